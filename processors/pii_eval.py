"""Entity-level evaluation of the sensitive_data + secrets detectors on a ``pii.jsonl`` corpus.

Corpus format, one JSON object a line: ``{"id", "text", "entities": [{"type", "start", "end"}]}`` (offsets
into ``text``, end exclusive). Our entity names map onto the corpus's (:data:`ENTITY_MAP`); every other
secret entity counts as the corpus's generic ``API_KEY``. Other corpora's names for the same entities
(``PHONE_NUMBER``, ``EMAIL_ADDRESS``, ``SSN`` ...) are read as ours (:data:`GOLD_ALIASES`).

Two matchings are reported per type: **exact** (same type, same span) and **overlap** (same type, spans
intersect; each gold entity matches at most one prediction). Secrets get their own summary: recall over the
secret types and the number of secret findings on records that hold no entity at all (the look-alike
negatives: UUIDs, hashes, placeholders).

    python -m spanwatch.processors.pii_eval ../shared/eval/pii.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import normalize
from spanwatch.processors.rule_detector import RuleDetector, default_ruleset
from spanwatch.processors.rules import RuleMatch, RuleSet, resolve_overlaps

__all__ = ["ENTITY_MAP", "GOLD_ALIASES", "SECRET_TYPES", "evaluate_pii", "gold_type", "predict"]

# Our entity name -> the corpus's. Unlisted secret entities become API_KEY (see corpus_type).
ENTITY_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "EMAIL": "EMAIL",
    "HEALTH_CONDITION": "HEALTH_CONDITION",
    "ADDRESS": "ADDRESS",
    "PHONE": "PHONE",
    "DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "JWT": "JWT",
    "MEDICAL_RECORD": "MEDICAL_RECORD",
    "IBAN": "IBAN",
    "GITHUB_TOKEN": "GITHUB_TOKEN",
    "AWS_ACCESS_KEY": "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY": "AWS_SECRET_KEY",
    "SLACK_TOKEN": "SLACK_TOKEN",
    "IP_ADDRESS": "IP_ADDRESS",
    "PRIVATE_KEY": "PRIVATE_KEY",
}
# Other corpora's names for the same entities (Presidio's, common generators'), read as ours so that a corpus
# labelled "PHONE_NUMBER" is not scored as if every phone number were missed. Matched after upper-casing and
# turning spaces and hyphens into underscores; a name not listed is kept as it is.
GOLD_ALIASES: dict[str, str] = {
    "NAME": "PERSON", "PERSON_NAME": "PERSON", "FULL_NAME": "PERSON", "PER": "PERSON",
    "EMAIL_ADDRESS": "EMAIL", "E_MAIL": "EMAIL",
    "PHONE_NUMBER": "PHONE", "PHONENUMBER": "PHONE", "TELEPHONE": "PHONE", "TELEPHONENUM": "PHONE",
    "STREET_ADDRESS": "ADDRESS", "POSTAL_ADDRESS": "ADDRESS", "HOME_ADDRESS": "ADDRESS",
    "DOB": "DATE_OF_BIRTH", "BIRTHDATE": "DATE_OF_BIRTH", "BIRTH_DATE": "DATE_OF_BIRTH",
    "CREDIT_CARD_NUMBER": "CREDIT_CARD", "CREDITCARDNUMBER": "CREDIT_CARD", "CARD_NUMBER": "CREDIT_CARD",
    "PAN": "CREDIT_CARD",
    "SSN": "US_SSN", "SOCIAL_SECURITY_NUMBER": "US_SSN",
    "IBAN_CODE": "IBAN",
    "IP": "IP_ADDRESS", "IPV4": "IP_ADDRESS", "IPV6": "IP_ADDRESS", "IPV4_ADDRESS": "IP_ADDRESS",
    "IPV6_ADDRESS": "IP_ADDRESS",
    "MRN": "MEDICAL_RECORD", "MEDICAL_RECORD_NUMBER": "MEDICAL_RECORD",
    "MEDICAL_CONDITION": "HEALTH_CONDITION", "DIAGNOSIS": "HEALTH_CONDITION",
    "AWS_ACCESS_KEY_ID": "AWS_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY": "AWS_SECRET_KEY",
    "GITHUB_PAT": "GITHUB_TOKEN", "SLACK_BOT_TOKEN": "SLACK_TOKEN",
    "PRIVATE_KEY_BLOCK": "PRIVATE_KEY", "RSA_PRIVATE_KEY": "PRIVATE_KEY",
    "API_TOKEN": "API_KEY", "ACCESS_TOKEN": "API_KEY", "SECRET": "API_KEY", "SECRET_KEY": "API_KEY",
    "GENERIC_SECRET": "API_KEY", "TOKEN": "API_KEY",
}


def gold_type(name: str) -> str:
    """A corpus's entity name read as ours (:data:`GOLD_ALIASES`)."""
    key = name.strip().upper().replace(" ", "_").replace("-", "_")
    return GOLD_ALIASES.get(key, key)


SECRET_TYPES = frozenset(
    {"API_KEY", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY"}
)
_MAX_CHARS = 64_000


def corpus_type(m: RuleMatch) -> str:
    entity = m.rule.entity or m.rule.category.upper()
    if entity in ENTITY_MAP:
        return ENTITY_MAP[entity]
    return "API_KEY" if m.rule.category == "secret" else entity


def predict(text: str, rules: RuleSet | None = None) -> list[tuple[str, int, int]]:
    """(corpus type, start, end) for one text: both detectors, overlaps resolved across them (as redaction)."""
    rs = rules if rules is not None else default_ruleset()
    det = RuleDetector("eval", rules=rs, detectors=("sensitive_data", "secrets"))
    norm = normalize(text, max_chars=_MAX_CHARS)
    matches = resolve_overlaps(det.matches(norm, MessageKind.USER))
    return [(corpus_type(m), m.start, m.end) for m in matches]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def match_entities(gold: list[tuple[str, int, int]], pred: list[tuple[str, int, int]], exact: bool) -> tuple[
    dict[str, int], dict[str, int], dict[str, int], list[tuple[str, int, int]]
]:
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    used: set[int] = set()
    unmatched_pred: list[tuple[str, int, int]] = []
    for p in pred:
        hit = None
        for gi, g in enumerate(gold):
            if gi in used or g[0] != p[0]:
                continue
            if (g[1], g[2]) == (p[1], p[2]) if exact else (p[1] < g[2] and g[1] < p[2]):
                hit = gi
                break
        if hit is None:
            fp[p[0]] += 1
            unmatched_pred.append(p)
        else:
            used.add(hit)
            tp[p[0]] += 1
    for gi, g in enumerate(gold):
        if gi not in used:
            fn[g[0]] += 1
    return tp, fp, fn, unmatched_pred


def evaluate_pii(path: str | Path, *, rules: RuleSet | None = None, errors: int = 0) -> dict[str, Any]:
    """Per-type and micro precision/recall/F1 (exact and overlap) over a pii.jsonl corpus.

    ``errors`` > 0 adds up to that many false-positive and false-negative examples (id, type, span text) to
    the result, for tuning; never use it on data that must not be printed.
    """
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return evaluate_rows(rows, rules=rules, errors=errors)


def evaluate_rows(rows: Iterable[dict[str, Any]], *, rules: RuleSet | None = None, errors: int = 0) -> dict[str, Any]:
    totals: dict[str, dict[str, dict[str, int]]] = {
        mode: {"tp": defaultdict(int), "fp": defaultdict(int), "fn": defaultdict(int)} for mode in ("exact", "overlap")
    }
    secret_fp_on_negatives = 0
    negatives = 0
    n = 0
    fp_examples: list[dict[str, Any]] = []
    fn_examples: list[dict[str, Any]] = []
    for row in rows:
        n += 1
        text = row["text"]
        gold = [(gold_type(e["type"]), e["start"], e["end"]) for e in row["entities"]]
        pred = predict(text, rules)
        if not gold:
            negatives += 1
            secret_fp_on_negatives += sum(1 for p in pred if p[0] in SECRET_TYPES)
        for mode in ("exact", "overlap"):
            tp, fp, fn, unmatched = match_entities(gold, pred, exact=mode == "exact")
            for k, v in tp.items():
                totals[mode]["tp"][k] += v
            for k, v in fp.items():
                totals[mode]["fp"][k] += v
            for k, v in fn.items():
                totals[mode]["fn"][k] += v
            if errors and mode == "overlap":
                for p in unmatched:
                    if len(fp_examples) < errors:
                        fp_examples.append({"id": row["id"], "type": p[0], "text": text[p[1] : p[2]],
                                            "context": text[max(0, p[1] - 40) : p[2] + 40]})
                matched_gold = _gold_matched(gold, pred)
                for g in gold:
                    if g not in matched_gold and len(fn_examples) < errors:
                        fn_examples.append({"id": row["id"], "type": g[0], "text": text[g[1] : g[2]],
                                            "context": text[max(0, g[1] - 40) : g[2] + 40],
                                            "pred": [(p[0], text[p[1] : p[2]]) for p in pred]})
    result: dict[str, Any] = {"records": n, "negatives": negatives}
    types = sorted({ty for counts in totals.values() for d in counts.values() for ty in d})
    for mode, t in totals.items():
        per_type = {}
        for ty in types:
            n_tp, n_fp, n_fn = t["tp"][ty], t["fp"][ty], t["fn"][ty]
            per_type[ty] = {"support": n_tp + n_fn, "tp": n_tp, "fp": n_fp, "fn": n_fn, **prf(n_tp, n_fp, n_fn)}
        corpus = [ty for ty in types if t["tp"][ty] + t["fn"][ty] > 0]
        micro = prf(sum(t["tp"][x] for x in corpus), sum(t["fp"][x] for x in corpus),
                     sum(t["fn"][x] for x in corpus))
        sec = [ty for ty in corpus if ty in SECRET_TYPES]
        sec_tp, sec_fn = sum(t["tp"][x] for x in sec), sum(t["fn"][x] for x in sec)
        result[mode] = {
            "per_type": per_type,
            "micro": micro,
            "micro_all_predictions": prf(sum(t["tp"].values()), sum(t["fp"].values()), sum(t["fn"].values())),
            "secrets_recall": round(sec_tp / (sec_tp + sec_fn), 4) if sec_tp + sec_fn else 0.0,
        }
    result["secret_fp_on_negatives"] = secret_fp_on_negatives
    if errors:
        result["false_positives"] = fp_examples
        result["false_negatives"] = fn_examples
    return result


def _gold_matched(gold: list[tuple[str, int, int]], pred: list[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    return {g for g in gold if any(p[0] == g[0] and p[1] < g[2] and g[1] < p[2] for p in pred)}


def format_table(result: dict[str, Any]) -> str:
    """A per-type table (overlap and exact F1) for reports."""
    lines = [f"{'type':<22}{'support':>8}{'P':>8}{'R':>8}{'F1':>8}{'exact F1':>10}"]
    for ty, row in result["overlap"]["per_type"].items():
        ex = result["exact"]["per_type"][ty]
        lines.append(f"{ty:<22}{row['support']:>8}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
                     f"{ex['f1']:>10.3f}")
    o, e = result["overlap"]["micro"], result["exact"]["micro"]
    lines.append(f"{'micro (corpus types)':<22}{'':>8}{o['precision']:>8.3f}{o['recall']:>8.3f}{o['f1']:>8.3f}"
                 f"{e['f1']:>10.3f}")
    lines.append(f"secrets recall (overlap) {result['overlap']['secrets_recall']:.4f}; "
                 f"secret findings on {result['negatives']} negative records: {result['secret_fp_on_negatives']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m spanwatch.processors.pii_eval PII_JSONL [--errors N]", file=sys.stderr)
        return 2
    errors = int(args[args.index("--errors") + 1]) if "--errors" in args else 0
    result = evaluate_pii(args[0], errors=errors)
    print(format_table(result))
    if errors:
        print(json.dumps({"false_positives": result["false_positives"], "false_negatives": result["false_negatives"]},
                         indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
