"""``spanwatch eval``: score a labelled corpus with the detection stage and report how it did.

Formats (detected from the first record, or ``--format``), as in ``shared/eval/README.md``:

* ``prompts``: ``{"text", "label", "category", "source"}``, label ``injection`` / ``jailbreak`` / ``benign``;
  scored as user prompts.
* ``indirect``: ``{"context", "label", ...}``; scored as tool results (data the agent reads).
* Either, with ``--kind``, scored as another kind of message: ``system_instruction`` for operators' system prompts,
  ``tool_definition`` for tools offered to the model (tool poisoning), ``assistant_output`` for replies.
* ``conversations``: ``{"turns": [{"role", "text"}], "label", ...}`` (``messages`` with ``content``, and
  ShareGPT's ``conversations`` with ``from`` / ``value``, also accepted); each conversation is replayed
  through the detect, context, behavior and risk stages (:mod:`spanwatch.processors.replay`), in file order,
  and scores as its highest risk score, flagged when it reaches ``risk_threshold`` (an alert). Multi-turn
  attacks that no single turn shows count only so.
* ``agents``: ``{"messages": [{"kind", "text", "tool"}], "label", ...}``: agent traces (``kind`` system, user,
  assistant, tool_call with the arguments as JSON, tool_result, retrieval). Label ``obeyed`` (the agent acted on
  an injected tool result) is the positive class; ``unobeyed`` and benign spellings are negative. Each trace runs
  through detect and context as one span and as one record per message
  (:func:`spanwatch.processors.replay.replay_agent_trace`); it is flagged by an ``untrusted_action`` finding
  (``provenance.injected_*`` or ``provenance.unrequested_action``; the span line) or by that or the
  ``tainted_action`` signal (the events-mode line).
* ``pii``: ``{"text", "entities"}``; delegated to :func:`spanwatch.processors.pii_eval.evaluate_pii`.

Metrics treat every non-benign label as the positive class: precision, recall, F1, false-positive rate at
the shipped threshold, and recall at 1 % FPR with the threshold picked on this corpus's benign rows (an upper
bound; the shipped threshold was picked on the development set). Breakdowns per label, per source repository
and per category show where the misses and false positives are.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

__all__ = ["add_arguments", "compute_metrics", "run"]

FORMATS = ("auto", "prompts", "indirect", "conversations", "agents", "pii")
# The message kinds a text corpus can be scored as (MessageKind's values; spelt out so the CLI imports nothing heavy).
KINDS = ("user_prompt", "system_instruction", "tool_definition", "tool_result", "retrieved_document",
         "assistant_output", "tool_call_arguments", "reasoning")
# Labels of an agent trace where the agent acted on injected content (the positive class of the agents format).
_OBEYED = frozenset({"obeyed", "attack", "injected", "compromised", "true", "1", "yes"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dataset", required=True, type=Path, help="labelled JSON-lines corpus")
    parser.add_argument("--format", choices=FORMATS, default="auto", help="corpus format (default: detect)")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON instead of tables")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records (0 = all)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--kind", choices=KINDS, default=None,
                        help="score a prompts or indirect corpus's texts as this kind of message (default: "
                             "user_prompt for prompts, tool_result for indirect)")
    parser.add_argument("--fpr", type=float, default=0.01,
                        help="FPR budget for the recall-at-FPR column (default 0.01)")


class _Progress:
    """A one-line progress bar on stderr; silent when stderr is not a terminal or when disabled."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.enabled = enabled and total >= 200 and stream.isatty()
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and done < self.total:
            return
        self.last = now
        frac = done / self.total
        rate = done / max(now - self.start, 1e-9)
        bar = "#" * int(30 * frac)
        self.stream.write(f"\r[{bar:<30}] {done}/{self.total} {rate:,.0f}/s")
        if done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def _read(path: Path, limit: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def _detect_format(row: dict[str, Any]) -> str:
    if "entities" in row:
        return "pii"
    msgs = row.get("messages")
    if isinstance(msgs, list) and any(isinstance(m, dict) and m.get("kind") in ("tool_call", "tool_result")
                                      for m in msgs):
        return "agents"
    if any(isinstance(row.get(key), list) for key in _TURN_LISTS):
        return "conversations"
    if "context" in row or "document" in row:
        return "indirect"
    return "prompts"


def _repo(source: str) -> str:
    return source.split(":", 1)[0] if source else "-"


def _category(cat: str) -> str:
    parts = (cat or "-").split("/")
    return "/".join(parts[:2])


def _score_rows(rows: list[dict[str, Any]], fmt: str, progress: _Progress, kind: str | None = None
                ) -> Iterator[tuple[float, str, float]]:
    """(score, predicted label, baseline score) per row; the baseline is the detect stage alone (for
    conversations, its strongest attack finding on any turn; otherwise the score itself)."""
    from spanwatch.processors.detect import DetectConfig, DetectProcessor, analyze_text
    from spanwatch.processors.interaction import MessageKind
    from spanwatch.processors.replay import Replayer, replay_agent_trace

    replayer: Replayer | None = None
    detect: DetectProcessor | None = None
    for i, row in enumerate(rows):
        if fmt == "agents":
            detect = detect or DetectProcessor(DetectConfig())
            steps = [(str(m.get("kind", m.get("role", "user"))), _turn_text(m), str(m.get("tool", "") or ""))
                     for m in row.get("messages", []) if isinstance(m, dict)]
            trace = replay_agent_trace(str(row.get("id", f"trace-{i}")), steps, detect=detect)
            yield trace.span, "untrusted_action" if trace.span else "benign", trace.events
        elif fmt == "prompts":
            v = analyze_text(_field(row, "text", "prompt", "input", "content"), MessageKind(kind or "user_prompt"))
            yield v.score, v.label, v.score
        elif fmt == "indirect":
            v = analyze_text(_field(row, "context", "document", "text", "content"), MessageKind(kind or "tool_result"))
            yield v.score, v.label, v.score
        else:
            if replayer is None:  # built on first use: prompt and document corpora never need it
                replayer = Replayer()
            turns = [(str(t.get("role", t.get("from", "user"))), _turn_text(t)) for t in _turn_list(row)]
            outcome = replayer.replay(str(row.get("id", f"conversation-{i}")), turns)
            yield outcome.score, ",".join(outcome.threat_types) or "benign", outcome.finding_score
        progress.update(i + 1)


def _field(row: dict[str, Any], *keys: str) -> str:
    """The first of ``keys`` the row has (corpora name the text differently), as a string."""
    for key in keys:
        value = row.get(key)
        if value is not None:
            return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return ""


# Where corpora keep a conversation's turns: ours, OpenAI-style chat, ShareGPT.
_TURN_LISTS = ("turns", "messages", "conversations", "conversation")


def _turn_list(row: dict[str, Any]) -> list[dict[str, Any]]:
    for key in _TURN_LISTS:
        turns = row.get(key)
        if isinstance(turns, list):
            return [t for t in turns if isinstance(t, dict)]
    return []


def _turn_text(turn: dict[str, Any]) -> str:
    """A turn's text: ``text``, ``value`` (ShareGPT), or ``content`` as a string or a list of OpenAI-style
    parts."""
    content = turn.get("text", turn.get("content", turn.get("value", "")))
    if isinstance(content, list):
        return "\n".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return "" if content is None else str(content)


def threshold_at_fpr(benign: list[float], fpr: float) -> float:
    """Lowest threshold (scores strictly above it flag) that keeps the benign FPR within ``fpr``."""
    if not benign:
        return 0.5
    s = sorted(benign, reverse=True)
    k = int(fpr * len(s))
    return s[k] if k < len(s) else s[-1]


def _group_metrics(items: Iterable[tuple[float, bool]], thr: float, thr_fpr: float) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    tp_at = fp_at = 0
    n = 0
    for score, positive in items:
        n += 1
        flagged = score >= thr
        if positive:
            tp += flagged
            fn += not flagged
            tp_at += score > thr_fpr
        else:
            fp += flagged
            tn += not flagged
            fp_at += score > thr_fpr
    pos, neg = tp + fn, fp + tn
    # Precision of a group without attacks is undefined (its false positives show in fpr), not 0.
    precision = tp / (tp + fp) if tp + fp and pos else None
    recall = tp / pos if pos else None
    f1 = (2 * precision * recall / (precision + recall)) if precision and recall else (0.0 if pos else None)
    return {
        "n": n, "positives": pos, "negatives": neg, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": precision, "recall": recall, "f1": f1,
        "fpr": fp / neg if neg else None,
        "recall_at_fpr": tp_at / pos if pos else None,
        "fpr_at_fpr_threshold": fp_at / neg if neg else None,
    }


# Labels other corpora use for the negative class (booleans and 0/1 included), all read as "benign".
_BENIGN = frozenset({"benign", "safe", "clean", "normal", "negative", "none", "no", "false", "0", "0.0", "",
                     "harmless", "unharmful", "legitimate", "regular", "not_injection", "non_injection"})


def _label(row: dict[str, Any]) -> str:
    """The row's label, lower-cased; every spelling of the negative class is ``benign``, and a bare true/1 is
    ``attack``."""
    raw = row.get("label", "benign")
    value = str(raw).strip().lower() if raw is not None else ""
    if value in _BENIGN:
        return "benign"
    return "attack" if value in ("true", "1", "1.0", "yes") else value


def _group_key(key: str, row: dict[str, Any]) -> str:
    if key == "label":
        return _label(row)
    if key == "source":
        return _repo(str(row.get("source", "")))
    # Our session corpora call it "family".
    return _category(str(row.get("category", row.get("family", ""))))


def compute_metrics(records: list[dict[str, Any]], scores: list[float], *, threshold: float = 0.5,
                    fpr: float = 0.01, positive_labels: frozenset[str] | None = None) -> dict[str, Any]:
    """Overall, per-label, per-source and per-category metrics for binary attack-vs-benign scores; the positive
    class is every non-benign label, or ``positive_labels`` when given."""
    if positive_labels is None:
        positive = [_label(r) != "benign" for r in records]
    else:
        positive = [_label(r) in positive_labels for r in records]
    thr_fpr = threshold_at_fpr([s for s, p in zip(scores, positive, strict=True) if not p], fpr)
    out: dict[str, Any] = {
        "threshold": threshold, "fpr_budget": fpr, "threshold_at_fpr": thr_fpr,
        "overall": _group_metrics(zip(scores, positive, strict=True), threshold, thr_fpr),
    }
    for key in ("label", "source", "category"):
        groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
        for r, s, p in zip(records, scores, positive, strict=True):
            groups[_group_key(key, r)].append((s, p))
        out[f"by_{key}"] = {g: _group_metrics(v, threshold, thr_fpr) for g, v in sorted(groups.items())}
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def _table(title: str, groups: dict[str, dict[str, Any]], out: TextIO, fpr: float) -> None:
    cols = ("n", "positives", "precision", "recall", "f1", "fpr", "recall_at_fpr")
    heads = ("n", "attacks", "prec", "recall", "f1", "fpr", f"R@{fpr:.0%}FPR")
    width = max([len(title), *(len(g) for g in groups)]) + 2
    out.write(f"{title:<{width}}" + "".join(f"{h:>10}" for h in heads) + "\n")
    for g, m in groups.items():
        out.write(f"{g:<{width}}" + "".join(f"{_fmt(m[c]):>10}" for c in cols) + "\n")
    out.write("\n")


def run(args: argparse.Namespace) -> int:
    path: Path = args.dataset
    if not path.is_file():
        print(f"eval: dataset {path} not found", file=sys.stderr)
        return 2
    rows = _read(path, args.limit)
    if not rows:
        print(f"eval: dataset {path} has no records", file=sys.stderr)
        return 2
    fmt = args.format if args.format != "auto" else _detect_format(rows[0])
    if fmt == "pii":
        from spanwatch.processors.pii_eval import evaluate_pii, format_table

        result = evaluate_pii(path)
        if args.json:
            print(json.dumps(result, indent=2, sort_keys=True, default=str))
        else:
            print(f"{path} (pii, {len(rows)} records)")
            print(format_table(result))
        return 0
    progress = _Progress(len(rows), sys.stderr, not args.no_progress)
    started = time.monotonic()
    scores: list[float] = []
    baseline: list[float] = []
    kind = getattr(args, "kind", None)
    if kind is not None and fmt not in ("prompts", "indirect"):
        print(f"eval: --kind applies to prompts and indirect corpora, not {fmt}", file=sys.stderr)
        return 2
    for score, _label, base in _score_rows(rows, fmt, progress, kind):
        scores.append(score)
        baseline.append(base)
    elapsed = time.monotonic() - started
    # A conversation is flagged by an alert, i.e. a risk score at the risk stage's threshold; texts by the
    # detect stage's verdict threshold.
    threshold = 0.5
    if fmt == "conversations":
        from spanwatch.processors.risk import RiskConfig

        threshold = RiskConfig().risk_threshold
    positives = _OBEYED if fmt == "agents" else None
    metrics = compute_metrics(rows, scores, threshold=threshold, fpr=args.fpr, positive_labels=positives)
    if fmt == "conversations":
        # What the conversation stages add: the same corpus judged by its turns' findings alone, at the detect
        # stage's verdict threshold.
        metrics["per_turn_findings"] = compute_metrics(rows, baseline, fpr=args.fpr)["overall"]
    if fmt == "agents":
        # The same traces with every message its own record (openai-v2's events mode).
        metrics["events_mode"] = compute_metrics(rows, baseline, fpr=args.fpr, positive_labels=positives)["overall"]
    metrics.update({"dataset": str(path), "format": fmt, "records": len(rows),
                    "seconds": round(elapsed, 3), "texts_per_second": round(len(rows) / max(elapsed, 1e-9), 1)})
    if args.json:
        print(json.dumps(metrics, indent=2, sort_keys=True))
        return 0
    out = sys.stdout
    out.write(f"{path} ({fmt}, {len(rows)} records, {metrics['texts_per_second']:.0f} texts/s)\n")
    what = "risk alert threshold" if fmt == "conversations" else "verdict threshold"
    out.write(f"threshold {metrics['threshold']:.2f} (shipped {what}); R@{args.fpr:.0%}FPR uses "
              f"{metrics['threshold_at_fpr']:.3f} picked on this corpus's benign rows\n")
    if fmt == "conversations":
        out.write("each conversation replayed through detect, context, behavior and risk; 'turns alone' is its "
                  "strongest per-turn attack finding at the verdict threshold 0.50\n")
    if fmt == "agents":
        out.write("each trace run through detect and context as one span ('span') and as one record per message "
                  "('events'); positive: label obeyed\n")
    out.write("\n")
    overall = {"all": metrics["overall"]}
    if fmt == "conversations":
        overall["turns alone"] = metrics["per_turn_findings"]
    if fmt == "agents":
        overall = {"span": metrics["overall"], "events": metrics["events_mode"]}
    _table("overall", overall, out, args.fpr)
    _table("label", metrics["by_label"], out, args.fpr)
    _table("source", metrics["by_source"], out, args.fpr)
    _table("category", metrics["by_category"], out, args.fpr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spanwatch eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
