"""Direct prompt injection: instruction override, system-prompt extraction, role/delimiter spoofing, payload
splitting, in user prompts, tool-call arguments and system prompts.

Patterns: ``config/rules/injection.yaml``. The same phrases inside tool results or documents are reported by
``indirect_injection`` instead (different ATLAS technique, different owner to alert).

A system prompt is read with the prompt rules: applications fill fields of it with what users wrote (a nickname, a
profile bio, a saved memory, custom instructions), so an injection there is a user's, in the operator's text. The
detect stage then sets aside what operators write on purpose (their defences that quote attacks; see
``processors/detect.py``). On 160 production-style system prompts this added no false alarm and 4 of 60 attacks
(session 29).
"""

from __future__ import annotations

from spanwatch.processors._threat import DIRECT_KINDS, RuleBackedDetector
from spanwatch.processors.concepts import combos_for
from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import NormalizedText


class PromptInjectionDetector(RuleBackedDetector):
    name = "prompt_injection"
    owns = frozenset({"prompt_injection"})
    combos = combos_for("prompt_injection")
    kinds = DIRECT_KINDS

    def scan_text(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        return super().scan_text(text, MessageKind.USER if kind is MessageKind.SYSTEM else kind, index, norm)
