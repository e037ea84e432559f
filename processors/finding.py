"""A Finding: one detection in one message, carrying offsets and hashes, never the matched text."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

# Finding categories that are attack pressure: the context stage's per-turn risk, escalation and persistence, and the
# "injected content" tool_provenance traces. Data categories (PII, secrets ...) are exposure, not attack.
# ``injection``/``indirect_injection`` are the detect stage's ensemble verdicts.
ATTACK_CATEGORIES = frozenset({
    "injection", "indirect_injection", "prompt_injection", "indirect_prompt_injection", "jailbreak",
    "system_prompt_extraction", "role_spoofing", "payload_splitting", "social_engineering", "manipulation",
    "impersonation", "dangerous_command", "code_injection", "data_exfiltration", "malicious", "harmful_content",
    "untrusted_action", "tool_poisoning",
})


class Severity(enum.IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Finding:
    """One detection.

    ``message_index`` indexes ``Interaction.messages``; ``start``/``end`` are character offsets into that
    message's original (un-normalised) text, end exclusive. ``evidence`` is already redacted (a masked
    snippet); ``value_hash`` is a keyed digest of the matched value so repeats can be correlated without
    keeping the value.
    """

    detector: str
    rule_id: str
    category: str
    score: float
    confidence: float
    severity: Severity
    message_index: int
    start: int
    end: int
    evidence: str = ""
    value_hash: str = ""
    entity_type: str = ""
    tags: tuple[str, ...] = field(default=())
