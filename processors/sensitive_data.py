"""The sensitive-data detector: PII, PHI (HIPAA Safe Harbor identifiers), payment data, GDPR Art. 9 data.

Backed by ``config/rules/pii.yaml``, ``phi.yaml``, ``payment.yaml`` and ``special_category.yaml``. Every
shape-only pattern is confirmed by a validator (Luhn + card prefixes, mod-97, SSN area rules, real calendar
dates, IP ranges) or by context words, which is what keeps order numbers, timestamps, version strings, UUIDs,
ISBNs and tracking numbers out (the shape-only false positives users complain about).

Names have no checksum and we run no NER model: a PERSON is two or three capitalised words *and* a cue nearby
("my name is", "Patient", "Dear", honorifics, a phone or e-mail right after it, ``"name":`` keys). Special
categories report statements about a person ("I am a practising Muslim"), not topic mentions.
"""

from __future__ import annotations

from spanwatch.processors.rule_detector import RuleDetector
from spanwatch.processors.rules import RuleSet

__all__ = ["SensitiveDataDetector"]


class SensitiveDataDetector(RuleDetector):
    def __init__(self, *, rules: RuleSet | None = None, hash_key: bytes | None = None, min_score: float = 0.0) -> None:
        super().__init__("sensitive_data", rules=rules, hash_key=hash_key, min_score=min_score)
