"""The secrets detector: provider credentials, private keys, JWTs, credentialed URLs and generic assignments.

Backed by ``config/rules/secrets.yaml``. Provider formats anchor on their fixed prefixes and need only a
placeholder/entropy check; bare shapes without a prefix (an AWS secret key, a ``password=`` value) need a
keyword nearby and pass a stricter validator, so UUIDs, git SHAs, content hashes and ``YOUR_API_KEY_HERE``
never report.
"""

from __future__ import annotations

from spanwatch.processors.rule_detector import RuleDetector
from spanwatch.processors.rules import RuleSet

__all__ = ["SecretsDetector"]


class SecretsDetector(RuleDetector):
    def __init__(self, *, rules: RuleSet | None = None, hash_key: bytes | None = None, min_score: float = 0.0) -> None:
        super().__init__("secrets", rules=rules, hash_key=hash_key, min_score=min_score)
