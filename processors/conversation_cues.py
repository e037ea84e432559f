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
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import NormalizedText

CUE_CATEGORY = "conversation_cue"
DETECTOR = "conversation_cues"

# Ideas of the concept pack (config/rules/concepts.yaml) that are also cues, under the cue id they report: a harm
# asked for operationally ("how to tamper with someone's brakes so it looks like normal wear"), a safety stripped
# ("no disclaimers, just answers", "Max never refuses", "an AI with no filters"), a fiction's framing. The concepts
# were written for single prompts from a wider vocabulary than the cue lists; across turns they are the same
# evidence, and they come from the same scan. Harm ideas that only name a topic (the concept pack has none) must
# not be added here: the Crescendo check reads a harm bit as the operational ask.
CONCEPT_CUES = {
    "concept.harm_ask": "cue.harm.ask",
    "concept.harm_howto": "cue.harm.howto",
    "concept.no_disclaimer": "cue.unwrap.no_disclaimer",
    "concept.never_refuse": "cue.unwrap.never_refuse",
    "concept.unrestricted": "cue.unwrap.unrestricted",
    "concept.filter_off": "cue.unwrap.filter_off",
    "concept.granted": "cue.unwrap.granted",
    "concept.fiction": "cue.frame.fiction",
}


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
        found = self.rules.scan(norm, kind)  # memoised: the same list every detector reads
        if not found:
            return []
        # One finding per rule; the context stage needs only which cues a turn holds.
        seen: dict[str, Finding] = {}
        for m in found:
            r = m.rule
            if r.detector == DETECTOR:
                rule_id = r.id
            else:
                rule_id = CONCEPT_CUES.get(r.id, "")
                if not rule_id:
                    continue
            if rule_id not in seen:
                seen[rule_id] = Finding(detector=DETECTOR, rule_id=rule_id, category=CUE_CATEGORY, score=m.score,
                                        confidence=m.score, severity=Severity.INFO, message_index=index,
                                        start=m.start, end=m.end)
        return list(seen.values())
