"""PII evaluation: metrics are computed right, and the detectors meet the issue's targets on the dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from spanwatch.processors.pii_eval import evaluate_pii, evaluate_rows, format_table

DEV = Path("/work/shared/eval/pii.jsonl")


def test_exact_and_overlap_matching_on_a_tiny_corpus() -> None:
    text = "Hi, this is Amber Walker, call (415) 555-2671. Order #9083016613."
    rows = [
        {"id": "1", "text": text, "entities": [
            {"type": "PERSON", "start": 12, "end": 24},
            {"type": "PHONE", "start": 30, "end": 44},  # gold one char short: overlap but not exact
        ]},
        {"id": "2", "text": "nothing here", "entities": []},
    ]
    r = evaluate_rows(rows)
    assert r["overlap"]["per_type"]["PERSON"]["f1"] == 1.0
    assert r["overlap"]["per_type"]["PHONE"]["tp"] == 1
    assert r["exact"]["per_type"]["PHONE"]["fp"] == 1 and r["exact"]["per_type"]["PHONE"]["fn"] == 1
    assert r["negatives"] == 1 and r["secret_fp_on_negatives"] == 0
    assert "PERSON" in format_table(r)


def test_another_corpus_naming_scheme_is_read_as_ours() -> None:
    text = "Hi, this is Amber Walker, call (415) 555-2671 or write to amber.walker@example.com."
    rows = [{"id": "1", "text": text, "entities": [
        {"type": "name", "start": 12, "end": 24},
        {"type": "PHONE_NUMBER", "start": 31, "end": 45},
        {"type": "email-address", "start": 58, "end": 82},
    ]}]
    r = evaluate_rows(rows)
    assert r["exact"]["micro"]["f1"] == 1.0
    assert {"PERSON", "PHONE", "EMAIL"} <= set(r["exact"]["per_type"])


@pytest.mark.skipif(not DEV.exists(), reason="development corpus not available")
def test_dev_corpus_meets_targets() -> None:
    r = evaluate_pii(DEV)
    assert r["overlap"]["micro"]["f1"] >= 0.95
    assert r["exact"]["micro"]["f1"] >= 0.95
    assert r["overlap"]["secrets_recall"] >= 0.98
    assert r["secret_fp_on_negatives"] == 0
