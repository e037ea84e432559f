"""Conversation cues: per-prompt, sub-threshold evidence that only the context stage combines into a signal.

A Crescendo conversation is innocent one turn at a time: a fiction or class framing, then "make it realistic",
"the exact steps", "expand on step 3", "without the warnings". Each of those is common in benign prompts, so they
cannot be threat findings; across turns, after a harm topic, they are the attack. This detector reports the
patterns of ``config/rules/conversation.yaml`` (owned by ``conversation_cues``) as ``conversation_cue`` findings
at :attr:`Severity.INFO`, from the same single rule scan as every other detector (no second pass over the text).

Where they go (the choice the rest of the pipeline relies on):

* the **context** stage reads the cues of the current user turn into a few bits per turn and removes every
  ``conversation_cue`` finding from the interaction (``ContextProcessor.observe``), so compliance, enrichment,
  redaction and the exporters never see them;
* **risk** gives them no weight and skips them (a pipeline without a context stage scores them as nothing);
* **detect**'s verdict ignores them: they feed no calibration feature, and with ``ml: false`` they neither raise
  the top score nor name a label.

Findings carry no evidence snippet and no value hash: nothing of the prompt is kept or computed for them.
"""

from __future__ import annotations

from spanwatch.processors._threat import RuleBackedDetector
from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import NormalizedText

CUE_CATEGORY = "conversation_cue"
DETECTOR = "conversation_cues"


def cue_kind(rule_id: str) -> str:
    """The cue kind a rule id names: ``cue.harm.weapons`` → ``harm``, ``cue.specific`` → ``specific``."""
    return rule_id.split(".", 2)[1] if rule_id.startswith("cue.") else ""


class ConversationCueDetector(RuleBackedDetector):
    name = DETECTOR
    owns = frozenset({DETECTOR})
    # Crescendo is the user steering the model; cues in replies, tool results or documents mean nothing here.
    kinds = frozenset({MessageKind.USER})

    def scan_text(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        if kind not in self.kinds:
            return []
        mine = self.matches(norm, kind)
        if not mine:
            return []
        # One finding per rule; the context stage needs only which cues a turn holds.
        seen: dict[str, Finding] = {}
        for m in mine:
            r = m.rule
            if r.id not in seen:
                seen[r.id] = Finding(detector=DETECTOR, rule_id=r.id, category=r.category, score=m.score,
                                     confidence=m.score, severity=r.severity, message_index=index, start=m.start,
                                     end=m.end)
        return list(seen.values())
