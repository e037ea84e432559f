"""Direct prompt injection: instruction override, system-prompt extraction, role/delimiter spoofing, payload
splitting, in user prompts and tool-call arguments.

Patterns: ``config/rules/injection.yaml``. The same phrases inside tool results or documents are reported by
``indirect_injection`` instead (different ATLAS technique, different owner to alert).
"""

from __future__ import annotations

from spanwatch.processors._threat import DIRECT_KINDS, RuleBackedDetector
from spanwatch.processors.concepts import combos_for


class PromptInjectionDetector(RuleBackedDetector):
    name = "prompt_injection"
    owns = frozenset({"prompt_injection"})
    combos = combos_for("prompt_injection")
    kinds = DIRECT_KINDS
