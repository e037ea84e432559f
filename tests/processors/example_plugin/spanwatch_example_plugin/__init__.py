"""An example spanwatch detector plugin: reports canary tokens (``CANARY-`` + 8 hex) leaking into messages.

Installed by tests/processors/test_registry.py by putting this folder on ``sys.path``: the
``spanwatch_example_plugin-0.1.0.dist-info/entry_points.txt`` next to it is what ``importlib.metadata`` reads,
exactly as for a pip-installed distribution whose pyproject.toml declares::

    [project.entry-points."spanwatch.detectors"]
    canary = "spanwatch_example_plugin:CanaryDetector"
"""

from __future__ import annotations

import re

from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction, Message
from spanwatch.processors.normalize import NormalizedText
from spanwatch.processors.rule_detector import hash_value

_CANARY = re.compile(r"CANARY-[0-9a-f]{8}")


class CanaryDetector:
    name = "canary"

    def __init__(self, *, hash_key: bytes | None = None) -> None:
        self._key = hash_key

    def scan(self, interaction: Interaction, index: int, message: Message, norm: NormalizedText) -> list[Finding]:
        out = []
        for m in _CANARY.finditer(norm.text):
            start, end = norm.to_original(m.start(), m.end())
            out.append(Finding(detector=self.name, rule_id="canary.token", category="canary", score=1.0,
                               confidence=1.0, severity=Severity.CRITICAL, message_index=index, start=start,
                               end=end, evidence="CANARY-********", value_hash=hash_value(m.group(), self._key),
                               entity_type="CANARY_TOKEN", tags=("owasp_llm:LLM07",)))
        return out
