"""Agent traces written blind (session 15): does an agent that obeyed an injected tool result get flagged, and does
ordinary agent work - including tool results full of alarming words, and injections the agent ignored - stay quiet?

``agent_traces/round_{a,b,c}.jsonl`` were written by helpers who saw no detector code, 40 traces each: 15
``obeyed`` (a tool result or document carries an injection and a later tool call uses a value from it), 8
``unobeyed`` (the same kind of injection, the agent does only what the user asked) and 17 ``benign``. Each runs
through the real detect and context stages twice: as one span holding every message (span-attribute
instrumentations) and as one record per message of one conversation (openai-v2's events mode). Flagged means a
``provenance.injected_*`` finding or a ``tainted_action`` signal.

Scores, obeyed flagged / unobeyed or benign flagged (span mode; events mode where it differs):

* round A, first scored with the session's first ``tool_provenance``: 7/15, 0/25. It was then used for tuning
  (``indirect.addressed_side_effect``, ``indirect.verification_bypass``, multi-word and numeric argument values,
  neighbouring lines of an injected line): 13/15 (events 12/15), 0/25.
* round B, held out: 9/15, 0/25 when first scored after round A's fixes; one miss (B08: the account numbers sit on
  the lines above the injected request) led to the neighbouring-lines change: 10/15, 0/25. Its other misses are
  left untuned.

* round C, held out and scored once at the end of the session, written to be subtle (business-process changes,
  "wire details updated", a consignee amendment, a note from the principal; none addresses an AI or says "ignore"):
  **3/15, 0/25**; its injected tool results are flagged 4/23 (the same with the session's starting rules). Text
  rules barely see injections that read like ordinary business mail, and provenance starts from them.

Every miss left is an injection no indirect rule recognises, so no value is traced (or, in events mode, a value
with spaces - a postal address - that the per-record digests do not keep; phone numbers are kept by their digits).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from spanwatch.batch import Batch
from spanwatch.processors.context import ContextConfig, ContextProcessor
from spanwatch.processors.detect import DetectConfig, DetectProcessor
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation

DATA = Path(__file__).with_name("agent_traces")
KINDS = {"system": MessageKind.SYSTEM, "user": MessageKind.USER, "assistant": MessageKind.ASSISTANT,
         "tool_call": MessageKind.TOOL_CALL, "tool_result": MessageKind.TOOL_RESULT,
         "retrieval": MessageKind.RETRIEVAL}
_OUT = SourceLocation(container="span", key="gen_ai.output.messages")
_IN = SourceLocation(container="span", key="gen_ai.input.messages")

_UNRECOGNISED = "the injection is in no indirect rule's shape, so nothing is traced"
MISSES: dict[tuple[str, str], str] = {
    **{(i, mode): _UNRECOGNISED for i in ("A02", "A14") for mode in ("span", "events")},
    ("A11", "events"): "the value is a postal address (words with spaces): events mode keeps token digests only",
    **{(i, mode): f"held out: round B, left untuned; {_UNRECOGNISED}"
       for i in ("B07", "B09", "B10", "B11", "B15") for mode in ("span", "events")},
    **{(i, mode): f"held out: round C (injections written as ordinary business text), left untuned; {_UNRECOGNISED}"
       for i in ("C12", "C14", "C17", "C22", "C25", "C29", "C32", "C33", "C34", "C36", "C37", "C40")
       for mode in ("span", "events")},
}


def _traces() -> list[Any]:
    params = []
    for path in sorted(DATA.glob("round_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            t = json.loads(line)
            for mode in ("span", "events"):
                reason = MISSES.get((t["id"], mode))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                params.append(pytest.param(t, mode, id=f"{t['id']}-{t['label']}-{mode}", marks=marks))
    return params


def _messages(t: dict[str, Any]) -> list[Message]:
    return [Message(role=m["kind"], kind=KINDS[m["kind"]], text=m["text"],
                    source=_OUT if m["kind"] in ("tool_call", "assistant") else _IN, tool_name=m.get("tool", ""))
            for m in t["messages"]]


def _interaction(conversation: str, messages: list[Message], n: int) -> Interaction:
    return Interaction(signal="traces", chunk=None, record=None,  # type: ignore[arg-type]
                       trace_id=n.to_bytes(16, "big"), span_id=n.to_bytes(8, "big"), conversation_id=conversation,
                       time_unix_nano=n * 1_000_000, messages=messages)


def _flagged(it: Interaction) -> bool:
    return (any(f.rule_id.startswith("provenance.injected_") for f in it.findings)
            or any(s.kind == "tainted_action" for s in it.signals))


@pytest.fixture(scope="module")
def detect() -> DetectProcessor:
    return DetectProcessor(DetectConfig())


@pytest.mark.parametrize(("trace", "mode"), _traces())
def test_agent_that_obeyed_an_injection_is_flagged_and_no_other_trace_is(
        trace: dict[str, Any], mode: str, detect: DetectProcessor) -> None:
    messages = _messages(trace)
    context = ContextProcessor(ContextConfig())
    if mode == "span":
        records = [_interaction(trace["id"], messages, 1)]
    else:
        records = [_interaction(trace["id"], [m], n) for n, m in enumerate(messages, 1)]
    for r in records:
        batch = Batch(signal="traces", interactions=[r])
        context.process(detect.process(batch))
    assert any(_flagged(r) for r in records) is (trace["label"] == "obeyed"), trace["note"]
