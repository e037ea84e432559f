"""spanwatch's sensitive-data and secret rules side by side with Presidio's analyzer and LLM Guard's Secrets
scanner, on the same texts (``shared/eval/pii.jsonl``), in one run.

    bash bench/setup_compare.sh /tmp/cmpvenv            # once: the peers' separate environment
    python bench/bench_compare.py --peer-python /tmp/cmpvenv/bin/python [--pii ../shared/eval/pii.jsonl]

Speed is texts per CPU second over the whole corpus (each system in its own process, one core). Quality:

* PII: entity-level micro precision/recall/F1 with overlap matching (same type, spans overlap), on all corpus
  types and on the types Presidio detects with patterns (e-mail, phone, SSN, card, IBAN, IP address). Presidio
  runs without a spaCy model (none is on PyPI), so its NER types (PERSON, LOCATION, DATE_TIME) are missing.
* Secrets: record-level precision/recall/F1 (does the text hold a secret?), since LLM Guard's scanner answers
  per text; the corpus's secret types are API keys, AWS keys, GitHub and Slack tokens, JWTs and private keys.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from spanwatch.processors.pii_eval import SECRET_TYPES, predict
from spanwatch.processors.rules import RuleSet, load_builtin_packs

PRESIDIO_MAP = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "US_SSN": "US_SSN", "CREDIT_CARD": "CREDIT_CARD",
                "IBAN_CODE": "IBAN", "IP_ADDRESS": "IP_ADDRESS", "PERSON": "PERSON", "LOCATION": "ADDRESS",
                "DATE_TIME": "DATE_OF_BIRTH"}
PATTERN_TYPES = frozenset({"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IP_ADDRESS"})

Span = tuple[str, int, int]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def entity_prf(gold: list[list[Span]], pred: list[list[Span]], types: frozenset[str] | None) -> tuple[float, ...]:
    tp = fp = fn = 0
    for g_row, p_row in zip(gold, pred, strict=True):
        g = [x for x in g_row if types is None or x[0] in types]
        p = [x for x in p_row if types is None or x[0] in types]
        used: set[int] = set()
        for ty, s, e in g:
            hit = next((i for i, (pt, ps, pe) in enumerate(p) if i not in used and pt == ty and ps < e and s < pe),
                       None)
            if hit is None:
                fn += 1
            else:
                used.add(hit)
                tp += 1
        fp += len(p) - len(used)
    return _prf(tp, fp, fn)


def record_prf(truth: list[bool], flagged: list[bool]) -> tuple[float, float, float]:
    tp = sum(t and f for t, f in zip(truth, flagged, strict=True))
    fp = sum(f and not t for t, f in zip(truth, flagged, strict=True))
    fn = sum(t and not f for t, f in zip(truth, flagged, strict=True))
    return _prf(tp, fp, fn)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--peer-python", required=True, help="python of the environment made by setup_compare.sh")
    ap.add_argument("--pii", type=Path, default=Path("/work/shared/eval/pii.jsonl"))
    a = ap.parse_args()
    rows = [json.loads(line) for line in a.pii.open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    gold = [[(e["type"], e["start"], e["end"]) for e in r["entities"]] for r in rows]
    has_secret = [any(x[0] in SECRET_TYPES for x in g) for g in gold]

    rs = RuleSet.compile(load_builtin_packs())
    predict("warm up", rs)
    t0 = time.process_time()
    ours = [predict(t, rs) for t in texts]
    our_cpu = time.process_time() - t0

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "peers.json"
        subprocess.run([a.peer_python, str(Path(__file__).with_name("_compare_peers.py")), str(a.pii), str(out)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peers: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    pres = [[(PRESIDIO_MAP[ty], s, e) for ty, s, e, _score in row if ty in PRESIDIO_MAP]
            for row in peers["presidio"]["preds"]]
    lg_flags = peers["llm_guard_secrets"]["flags"]

    n = len(texts)
    ours_rate = n / our_cpu
    print(f"{n} texts from {a.pii.name}, mean {sum(map(len, texts)) / n:.0f} chars; rates in texts per CPU second")
    print(f"{'system':<34}{'texts/s':>10}{'x spanwatch':>13}   quality (P / R / F1)")
    p, r, f = entity_prf(gold, ours, None)
    p2, r2, f2 = entity_prf(gold, ours, PATTERN_TYPES)
    sp, sr, sf = record_prf(has_secret, [any(x[0] in SECRET_TYPES for x in row) for row in ours])
    print(f"{'spanwatch (PII + secret rules)':<34}{ours_rate:>10,.0f}{1.0:>13.2f}   "
          f"PII all {p:.3f}/{r:.3f}/{f:.3f}; PII pattern types {p2:.3f}/{r2:.3f}/{f2:.3f}; "
          f"secrets {sp:.3f}/{sr:.3f}/{sf:.3f}")
    rate = n / peers["presidio"]["cpu_s"]
    p, r, f = entity_prf(gold, pres, None)
    p2, r2, f2 = entity_prf(gold, pres, PATTERN_TYPES)
    print(f"{'Presidio analyzer (patterns only)':<34}{rate:>10,.0f}{rate / ours_rate:>13.3f}   "
          f"PII all {p:.3f}/{r:.3f}/{f:.3f}; PII pattern types {p2:.3f}/{r2:.3f}/{f2:.3f}")
    rate = n / peers["llm_guard_secrets"]["cpu_s"]
    sp, sr, sf = record_prf(has_secret, lg_flags)
    print(f"{'LLM Guard Secrets scanner':<34}{rate:>10,.0f}{rate / ours_rate:>13.3f}   "
          f"secrets {sp:.3f}/{sr:.3f}/{sf:.3f}")


if __name__ == "__main__":
    main()
