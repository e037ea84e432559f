"""Detection side by side, in one run, on the same texts: spanwatch vs Presidio's analyzer and LLM Guard's Secrets
scanner (issue 3). Quality and speed on ``../shared/eval/pii.jsonl``.

    bash bench/setup_compare.sh                  # once: the separate venv the other tools live in
    /tmp/venv/bin/python bench/compare_guards.py [--repeat 3] [--json out.json]

How it is run:

* spanwatch runs in this process; Presidio and LLM Guard run in a worker subprocess started with the bench venv's
  Python (``--worker``). Texts go over a temporary JSON file; each side times only its analysis loop, after a
  warm-up, pinned to the same single CPU. The passes are interleaved (round r times every tool once, one after
  the other) so load drift on a shared machine hits all tools alike. Speed is texts per CPU-second (process
  time; wall time is in the JSON), the median over ``--repeat`` rounds; "vs spanwatch" is the median (and
  range) over rounds of tool speed ÷ spanwatch speed.
* spanwatch: the ``sensitive_data`` + ``secrets`` rule detectors exactly as ``spanwatch.processors.pii_eval``
  runs them (normalize, scan, overlaps resolved across both), with the detector built once. For scale, the whole
  detection stage (``analyze_text``: all detectors + the ML tier) is timed on the same texts too.
* Presidio: ``AnalyzerEngine.analyze(text, language="en")`` with its default recognizers, scored at its default
  ``score_threshold`` (0) and at 0.5. No spaCy model can be installed here (see setup_compare.sh), so its NLP
  engine is a blank English pipeline plus spaCy's lookup lemmatizer (its context enhancer compares lemmas): its
  pattern/checksum/context recognizers work, its NER types (PERSON, LOCATION, NRP) find nothing, and its speed is
  that of a tokenizer-only pipeline (a real model adds NER time per text). ``--spacy-model`` uses a model instead.
* LLM Guard: its unmodified ``llm_guard.input_scanners.secrets.Secrets().scan(text)`` is what is timed. Spans for
  scoring come from an untimed second pass that repeats the scanner's own steps (detect-secrets over a temp file
  with LLM Guard's plugin set, then ``text.find(secret_value)``), checked to flag the same texts as ``scan``.

Scoring follows pii_eval: entity-level, overlap span match (a gold entity matches at most one prediction of the
same type), micro over the corpus's types. Presidio types are mapped to the corpus's (:data:`PRESIDIO_MAP`;
DATE_TIME→DATE_OF_BIRTH and LOCATION→ADDRESS are the nearest analogues). Secrets are also scored type-agnostically
(any secret prediction overlapping a gold secret counts), since the tools name secret kinds differently: recall on
the secret entities and rows, and secret findings on the 299 look-alike negative rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATASET = REPO.parent / "shared" / "eval" / "pii.jsonl"
BENCH_ENV = Path(os.environ.get("SPANWATCH_CACHE", Path.home() / ".cache" / "spanwatch")) / "bench-compare"

SECRET_TYPES = frozenset(
    {"API_KEY", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY"}
)
PRESIDIO_MAP = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
    "LOCATION": "ADDRESS",
}
# detect-secrets type names -> corpus types; every other detect-secrets finding is a generic API_KEY (as pii_eval
# does for our own unlisted secret rules).
LLM_GUARD_MAP = {
    "AWS Access Key": "AWS_ACCESS_KEY",
    "JSON Web Token": "JWT",
    "Private Key": "PRIVATE_KEY",
    "GitHub Token": "GITHUB_TOKEN",
    "Slack Token": "SLACK_TOKEN",
}

Pred = tuple[str, int, int]


# ---------------------------------------------------------------------------------------------------------------
# Worker side: runs in the bench venv, must not import spanwatch.


def _pin(cpu: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})


def _timed_pass(fn: Any, texts: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one pass. CPU time (user + system, so LLM Guard's temp-file writes count)
    is what the table reports: on a machine shared with other jobs it is far steadier than wall time, and every
    loop here is single-threaded and pinned to one core, so CPU time is the one-core cost."""
    c0, t0 = time.process_time(), time.perf_counter()
    for t in texts:
        fn(t)
    return time.process_time() - c0, time.perf_counter() - t0


def _presidio_worker(texts: list[str], spacy_model: str) -> tuple[dict[str, Any], Any]:
    import importlib.metadata as md

    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    # The email recognizer calls tldextract, which would fetch the public suffix list over the network on first
    # use; the package's bundled snapshot gives the same answers offline.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    if spacy_model:
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": spacy_model}])
        nlp_engine.load()
        engine_note = f"spaCy model {spacy_model}"
    else:
        # Tokenizer + lookup lemmatizer (spacy-lookups-data): Presidio's context enhancer compares lemmas, so
        # without them context words ("phone", "ssn") would never raise a score. No NER component.
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank:en"}])
        nlp_engine.nlp = {"en": nlp}
        engine_note = "blank spaCy pipeline + lookup lemmatizer (pattern/context recognizers only, no NER)"
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    preds = [[(r.entity_type, r.start, r.end, r.score) for r in analyzer.analyze(t, language="en")] for t in texts]
    return {
        "tool": "presidio",
        "versions": {"presidio-analyzer": md.version("presidio-analyzer"), "spacy": md.version("spacy")},
        "engine": engine_note,
        "recognizers": sorted({r.name for r in analyzer.registry.recognizers}),
        "predictions": preds,
    }, lambda t: analyzer.analyze(t, language="en")


def _llm_guard_worker(texts: list[str]) -> tuple[dict[str, Any], Any]:
    import importlib.metadata as md
    import importlib.util
    import types

    # llm_guard/__init__ and input_scanners/__init__ import every scanner (torch, transformers). Stand-in package
    # objects with the real __path__ let the secrets module itself load unmodified without them.
    spec = importlib.util.find_spec("llm_guard")
    if spec is None or spec.origin is None:
        raise SystemExit("llm_guard is not installed in the bench env: run bench/setup_compare.sh")
    root = Path(spec.origin).parent
    for name, path in (("llm_guard", root), ("llm_guard.input_scanners", root / "input_scanners")):
        pkg = types.ModuleType(name)
        pkg.__path__ = [str(path)]
        sys.modules[name] = pkg
    from detect_secrets.core.secrets_collection import SecretsCollection
    from detect_secrets.settings import transient_settings
    from llm_guard.input_scanners.secrets import Secrets
    from llm_guard.util import configure_logger

    # The scanner logs a warning per detection to stdout; the worker's stdout is not a terminal anyone reads.
    configure_logger(log_level="ERROR", stream=sys.stderr)
    scanner = Secrets()

    def spans(text: str) -> list[tuple[str, int, int, float]]:
        # The scanner's own steps (llm_guard/input_scanners/secrets.py: scan), keeping the spans it computes.
        if text.strip() == "":
            return []
        collection = SecretsCollection()
        with tempfile.NamedTemporaryFile(delete=False) as fh:
            fh.write(text.encode("utf-8"))
        try:
            with transient_settings(scanner._detect_secrets_config):
                collection.scan_file(fh.name)
        finally:
            os.remove(fh.name)
        out = []
        for file in collection.files:
            for found in collection[file]:
                if found.secret_value is None:
                    continue
                start = text.find(found.secret_value)
                out.append((found.type, start, start + len(found.secret_value), 1.0))
        return out

    preds = [spans(t) for t in texts]
    flagged = [not scanner.scan(t)[1] for t in texts]
    return {
        "tool": "llm_guard",
        "versions": {"llm-guard": md.version("llm-guard"), "bc-detect-secrets": md.version("bc-detect-secrets")},
        "engine": f"Secrets scanner, {len(scanner._detect_secrets_config['plugins_used'])} detect-secrets plugins",
        "predictions": preds,
        "flagged": flagged,
    }, scanner.scan


def worker_main(args: argparse.Namespace) -> int:
    """Load the tool, write its predictions to --out, then answer each ``time`` line on stdin with the seconds
    of one timed pass over the texts, so the driver can interleave the tools' passes (load drifts on a shared
    machine; interleaving spreads it over all of them alike)."""
    _pin(args.cpu)
    # Protocol on the real stdout only; anything a library prints goes to stderr.
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    if args.worker == "presidio":
        result, fn = _presidio_worker(texts, args.spacy_model)
    else:
        result, fn = _llm_guard_worker(texts)
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    for t in texts[:50]:
        fn(t)
    proto.write("ready\n")
    for line in sys.stdin:
        if line.strip() != "time":
            break
        cpu, wall = _timed_pass(fn, texts)
        proto.write(f"{cpu!r} {wall!r}\n")
    return 0


# ---------------------------------------------------------------------------------------------------------------
# Scoring: spanwatch's own entity matcher (greedy, overlap) and P/R/F1, so every tool is scored alike.


def _match(gold: list[Pred], pred: list[Pred]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    from spanwatch.processors.pii_eval import match_entities

    tp, fp, fn, _ = match_entities(gold, pred, exact=False)
    return tp, fp, fn


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    from spanwatch.processors.pii_eval import prf

    return {**prf(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}


def score(rows: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, Any]:
    gold_all = [[(e["type"], e["start"], e["end"]) for e in row["entities"]] for row in rows]
    corpus_types = {g[0] for gold in gold_all for g in gold}
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    s_tp = s_fp = s_fn = 0
    s_support: dict[str, int] = defaultdict(int)
    s_found: dict[str, int] = defaultdict(int)
    secret_rows = secret_rows_hit = 0
    neg_rows = neg_rows_flagged = neg_findings = 0
    for gold, pred in zip(gold_all, preds, strict=True):
        a, b, c = _match(gold, pred)
        for d, acc in ((a, tp), (b, fp), (c, fn)):
            for k, v in d.items():
                acc[k] += v
        # Type-agnostic secrets: every secret kind is one class.
        sg = [("SECRET", s, e) for ty, s, e in gold if ty in SECRET_TYPES]
        sp = [("SECRET", s, e) for ty, s, e in pred if ty in SECRET_TYPES]
        for ty, s, e in gold:
            if ty in SECRET_TYPES:
                s_support[ty] += 1
                s_found[ty] += any(p[1] < e and s < p[2] for p in sp)
        a, b, c = _match(sg, sp)
        s_tp, s_fp, s_fn = s_tp + a["SECRET"], s_fp + b["SECRET"], s_fn + c["SECRET"]
        if sg:
            secret_rows += 1
            secret_rows_hit += c["SECRET"] == 0
        if not gold:
            neg_rows += 1
            neg_rows_flagged += bool(sp)
            neg_findings += len(sp)
    types = sorted(corpus_types)
    pii_types = [t for t in types if t not in SECRET_TYPES]
    return {
        "per_type": {t: _prf(tp[t], fp[t], fn[t]) for t in types},
        "micro": _prf(sum(tp[t] for t in types), sum(fp[t] for t in types), sum(fn[t] for t in types)),
        "pii_micro": _prf(sum(tp[t] for t in pii_types), sum(fp[t] for t in pii_types),
                          sum(fn[t] for t in pii_types)),
        "secrets": {
            **_prf(s_tp, s_fp, s_fn),
            "rows": secret_rows,
            "row_recall": round(secret_rows_hit / secret_rows, 4) if secret_rows else 0.0,
            "negative_rows": neg_rows,
            "negative_rows_flagged": neg_rows_flagged,
            "findings_on_negatives": neg_findings,
            "recall_by_gold_type": {t: round(s_found[t] / s_support[t], 4) for t in sorted(s_support)},
        },
        "predictions_outside_corpus_types": sum(v for k, v in fp.items() if k not in corpus_types),
    }


# ---------------------------------------------------------------------------------------------------------------
# Driver side: the repo venv.


def _spanwatch(texts: list[str]) -> tuple[list[list[Pred]], bool, Any, Any]:
    """spanwatch's predictions, whether they equal pii_eval.predict's, and the two functions to time."""
    from spanwatch.processors.detect import DetectConfig, analyze_text, wait_compiled
    from spanwatch.processors.interaction import MessageKind
    from spanwatch.processors.normalize import normalize
    from spanwatch.processors.pii_eval import _MAX_CHARS, corpus_type, predict
    from spanwatch.processors.rule_detector import RuleDetector, default_ruleset
    from spanwatch.processors.rules import resolve_overlaps

    det = RuleDetector("eval", rules=default_ruleset(), detectors=("sensitive_data", "secrets"))

    def run(text: str) -> list[Pred]:
        # pii_eval.predict with the detector built once, as a deployment holds it.
        matches = resolve_overlaps(det.matches(normalize(text, max_chars=_MAX_CHARS), MessageKind.USER))
        return [(corpus_type(m), m.start, m.end) for m in matches]

    config = DetectConfig()
    wait_compiled(config)  # on an empty cache the engine scans with RE2 until Hyperscan is compiled

    def stage(text: str) -> object:
        return analyze_text(text, MessageKind.USER, config)

    preds = [run(t) for t in texts]
    same = all(p == predict(t) for p, t in zip(preds, texts, strict=True))
    for t in texts[:50]:
        run(t)
    try:
        for t in texts[:50]:
            stage(t)
    except Exception as exc:  # context only: the comparison must not depend on the rest of the stage
        return preds, same, run, f"not measured: {type(exc).__name__}: {exc}"
    return preds, same, run, stage


class _Worker:
    """A tool loaded in the bench venv, answering one timed pass per request."""

    def __init__(self, tool: str, texts_file: Path, cpu: int, spacy_model: str, tmp: Path) -> None:
        python = BENCH_ENV / "bin" / "python"
        if not python.exists():
            raise SystemExit(f"{python} not found: run bash bench/setup_compare.sh first")
        self.out = tmp / f"{tool}.json"
        cmd = [str(python), str(Path(__file__).resolve()), "--worker", tool, "--texts", str(texts_file),
               "--out", str(self.out), "--cpu", str(cpu), "--spacy-model", spacy_model]
        # Keep the repo (and its editable spanwatch) off the worker's import path.
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        self.proc = subprocess.Popen(cmd, env=env, cwd=tmp, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        if self._read() != "ready":
            raise SystemExit(f"{tool} worker failed to start")
        self.result: dict[str, Any] = json.loads(self.out.read_text(encoding="utf-8"))
        self.result["seconds"] = []
        self.result["wall_seconds"] = []

    def _read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def timed_pass(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("time\n")
        self.proc.stdin.flush()
        cpu, wall = self._read().split()
        self.result["seconds"].append(float(cpu))
        self.result["wall_seconds"].append(float(wall))

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def _tps(n: int, seconds: list[float]) -> float:
    return n / statistics.median(seconds)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--dataset", type=Path, default=DATASET)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the texts (median reported)")
    ap.add_argument("--cpu", type=int, default=-1, help="CPU to pin every timed loop to (default: the last one)")
    ap.add_argument("--spacy-model", default="", help="a spaCy model installed in the bench env (default: none)")
    ap.add_argument("--presidio-threshold", type=float, action="append",
                    help="also score Presidio at this score_threshold (repeatable; default 0 and 0.5)")
    ap.add_argument("--json", type=Path, help="write the full result here")
    ap.add_argument("--worker", choices=("presidio", "llm_guard"), help=argparse.SUPPRESS)
    ap.add_argument("--texts", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return worker_main(args)

    cpu = args.cpu if args.cpu >= 0 else max(os.sched_getaffinity(0))
    _pin(cpu)
    thresholds = args.presidio_threshold or [0.0, 0.5]
    rows = [json.loads(line) for line in args.dataset.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [row["text"] for row in rows]
    n = len(texts)

    sw_preds, sw_same, sw_run, sw_stage = _spanwatch(texts)
    sw_seconds: list[float] = []
    sw_wall: list[float] = []
    stage_seconds: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        workers = [_Worker(tool, texts_file, cpu, args.spacy_model, Path(tmp)) for tool in ("presidio", "llm_guard")]
        # Interleaved passes: every round times each tool once, so load drift hits all of them alike.
        for _ in range(args.repeat):
            cpu_s, wall_s = _timed_pass(sw_run, texts)
            sw_seconds.append(cpu_s)
            sw_wall.append(wall_s)
            if not isinstance(sw_stage, str):
                stage_seconds.append(_timed_pass(sw_stage, texts)[0])
            for w in workers:
                w.timed_pass()
        for w in workers:
            w.close()
    pr, lg = (w.result for w in workers)

    lg_preds = [[(LLM_GUARD_MAP.get(ty, "API_KEY"), s, e) for ty, s, e, _ in row] for row in lg["predictions"]]
    lg_consistent = all(bool(p) == f for p, f in zip(lg["predictions"], lg["flagged"], strict=True))
    sw_tps = _tps(n, sw_seconds)
    tools: list[dict[str, Any]] = [
        {"name": "spanwatch (sensitive_data + secrets)", "texts_per_s": sw_tps, "seconds": sw_seconds,
         "wall_texts_per_s": _tps(n, sw_wall),
         "quality": score(rows, sw_preds), "same_as_pii_eval_predict": sw_same},
    ]
    for th in thresholds:
        preds = [[(PRESIDIO_MAP.get(ty, ty), s, e) for ty, s, e, sc in row if sc >= th] for row in pr["predictions"]]
        tools.append({"name": f"Presidio analyzer (score >= {th:g})", "texts_per_s": _tps(n, pr["seconds"]),
                      "seconds": pr["seconds"], "wall_texts_per_s": _tps(n, pr["wall_seconds"]),
                      "quality": score(rows, preds), "threshold": th})
    tools.append({"name": "LLM Guard Secrets scanner", "texts_per_s": _tps(n, lg["seconds"]),
                  "seconds": lg["seconds"], "wall_texts_per_s": _tps(n, lg["wall_seconds"]),
                  "quality": score(rows, lg_preds), "spans_agree_with_scan": lg_consistent,
                  "secrets_only": True})
    for tool in tools:
        # Median of the per-round ratios: a round's passes ran back to back, so they saw about the same load.
        ratios = sorted(a / b for a, b in zip(sw_seconds, tool["seconds"], strict=True))
        tool["vs_spanwatch"] = statistics.median(ratios)
        tool["vs_spanwatch_range"] = [ratios[0], ratios[-1]]

    result = {
        "dataset": str(args.dataset), "texts": n, "mean_chars": round(sum(map(len, texts)) / n, 1),
        "cpu": cpu, "repeat": args.repeat,
        "spanwatch_detection_stage_texts_per_s": sw_stage if isinstance(sw_stage, str) else _tps(n, stage_seconds),
        "presidio": {k: pr[k] for k in ("versions", "engine", "recognizers")},
        "llm_guard": {k: lg[k] for k in ("versions", "engine")},
        "tools": tools,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "tools"}
                     | {"tools": [{k: v for k, v in t.items() if k != "quality"}
                                  | {"micro": t["quality"]["micro"], "pii_micro": t["quality"]["pii_micro"],
                                     "secrets": t["quality"]["secrets"]} for t in tools]}, indent=1))
    print()
    print(table(result))
    return 0


def table(result: dict[str, Any]) -> str:
    head = ("| tool | texts per CPU-s | vs spanwatch (range) | entity P / R / F1 (all types) | PII-only F1 "
            "| secrets P / R / F1 | secret rows found | secret findings on negatives (rows) |")
    lines = [head, "|" + "---|" * 8]
    for t in result["tools"]:
        q = t["quality"]
        m, p, s = q["micro"], q["pii_micro"], q["secrets"]
        lo, hi = t["vs_spanwatch_range"]
        # LLM Guard's scanner looks for secrets only: a PII score for it would just count the types it skips.
        pii = ("n/a (secrets only) | n/a" if t.get("secrets_only")
               else f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} | {p['f1']:.3f}")
        lines.append(
            f"| {t['name']} | {t['texts_per_s']:,.0f} | {t['vs_spanwatch']:.3f}× ({lo:.3f}–{hi:.3f}) | {pii} "
            f"| {s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} | {s['row_recall']:.3f} of {s['rows']} "
            f"| {s['findings_on_negatives']} ({s['negative_rows_flagged']} of {s['negative_rows']}) |")
    lines.append("")
    types = list(result["tools"][0]["quality"]["per_type"])
    lines.append("| type | support | " + " | ".join(t["name"] for t in result["tools"]) + " |")
    lines.append("|" + "---|" * (2 + len(result["tools"])))
    for ty in types:
        sup = result["tools"][0]["quality"]["per_type"][ty]
        cells = [f"{t['quality']['per_type'][ty]['f1']:.3f}" for t in result["tools"]]
        lines.append(f"| {ty} | {sup['tp'] + sup['fn']} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("| secret type (recall, any secret kind counts) | support | "
                 + " | ".join(t["name"] for t in result["tools"]) + " |")
    lines.append("|" + "---|" * (2 + len(result["tools"])))
    for ty in result["tools"][0]["quality"]["secrets"]["recall_by_gold_type"]:
        sup = result["tools"][0]["quality"]["per_type"][ty]
        cells = [f"{t['quality']['secrets']['recall_by_gold_type'][ty]:.3f}" for t in result["tools"]]
        lines.append(f"| {ty} | {sup['tp'] + sup['fn']} | " + " | ".join(cells) + " |")
    lines.append("")
    stage = result["spanwatch_detection_stage_texts_per_s"]
    lines.append("spanwatch whole detection stage (all detectors + ML tier, analyze_text) on the same texts: "
                 + (f"{stage:,.0f} texts/s" if isinstance(stage, float) else stage))
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
