"""Hand-built Interactions and Findings for the context, behavior, risk and compliance tests."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from spanwatch.batch import Batch, Chunk
from spanwatch.processors.assessment import ContextSignal
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation

K = MessageKind
_LOC = SourceLocation(container="span", key="gen_ai.input.messages")
# What the model produced in this call (replies, tool calls) is read from the output attribute; the same kinds
# read from the input attribute are the re-sent history (``replayed=True``).
_OUT = SourceLocation(container="span", key="gen_ai.output.messages")
_SEVERITY = {"secret": Severity.HIGH, "pii": Severity.MEDIUM}
T0 = 1_764_000_000.0  # a Tuesday, 16:00 UTC


def message(kind: MessageKind, text: str, tool: str = "", *, replayed: bool = False) -> Message:
    role = {K.USER: "user", K.ASSISTANT: "assistant", K.SYSTEM: "system"}.get(kind, "tool")
    output = kind in (K.ASSISTANT, K.TOOL_CALL) and not replayed
    return Message(role=role, kind=kind, text=text, source=_OUT if output else _LOC, tool_name=tool)


def finding(category: str, score: float = 0.9, *, index: int = 0, rule_id: str = "", entity: str = "",
            value: str = "", tags: Sequence[str] = ()) -> Finding:
    return Finding(
        detector="test", rule_id=rule_id or f"{category}.rule", category=category, score=score, confidence=score,
        severity=_SEVERITY.get(category, Severity.HIGH), message_index=index, start=0, end=1,
        value_hash=hashlib.sha256(value.encode()).hexdigest()[:16] if value else "", entity_type=entity,
        tags=tuple(tags),
    )


_ids = itertools.count(1)


def interaction(conversation: str = "c1", messages: Sequence[Message] = (), findings: Sequence[Finding] = (), *,
                at: float = T0, user: str = "u1", agent: str = "a1", input_tokens: int = 100,
                output_tokens: int = 100, error: bool = False, signals: Sequence[ContextSignal] = ()
                ) -> Interaction:
    n = next(_ids)
    chunk = Chunk(message=ExportTraceServiceRequest(), raw=b"", items=1, nbytes=0)
    return Interaction(
        signal="traces", chunk=chunk, record=Span(), trace_id=n.to_bytes(16, "big"), span_id=n.to_bytes(8, "big"),
        conversation_id=conversation, user_id=user, agent_id=agent, agent_name=agent, service_name="svc",
        time_unix_nano=int(at * 1e9), input_tokens=input_tokens, output_tokens=output_tokens, is_error=error,
        messages=list(messages), findings=list(findings), signals=list(signals),
    )


def turn(conversation: str, user_text: str, reply: str = "Sure.", findings: Sequence[Finding] = (), *,
         at: float = T0) -> Interaction:
    """One chat turn: the user's prompt (index 0) and the model's reply (index 1)."""
    return interaction(conversation, [message(K.USER, user_text), message(K.ASSISTANT, reply)], findings, at=at)


def batch(*interactions: Interaction) -> Batch:
    return Batch(signal="traces", interactions=list(interactions))


def kinds(it: Interaction) -> list[str]:
    return [s.kind for s in it.signals]
