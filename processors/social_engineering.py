"""Social engineering of the model: authority claims, impersonation of staff/developers/vendors, urgency, and
manipulation (threats, guilt, emotional pressure, flattery).

Patterns: ``config/rules/social_engineering.yaml``. Each cue alone is common in benign text, so the pack keeps
base scores below ``min_score`` and needs a context word naming what the pressure is *for* (rules,
restrictions, the system prompt, a secret) before it reports.
"""

from __future__ import annotations

from spanwatch.processors._threat import RuleBackedDetector
from spanwatch.processors.concepts import combos_for
from spanwatch.processors.interaction import MessageKind


class SocialEngineeringDetector(RuleBackedDetector):
    name = "social_engineering"
    owns = frozenset({"social_engineering"})
    combos = combos_for("social_engineering")
    kinds = frozenset({MessageKind.USER, MessageKind.TOOL_CALL, MessageKind.TOOL_RESULT, MessageKind.RETRIEVAL})
