"""The Interaction view: what one span or log record says about an agent's conversation.

Extraction (``spanwatch.processors.extract``) builds these from OTLP spans and log records; detectors read
them; nothing here copies the OTLP data more than once.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord
    from opentelemetry.proto.trace.v1.trace_pb2 import Span

    from spanwatch.batch import Chunk
    from spanwatch.processors.assessment import ContextSignal, RiskAssessment
    from spanwatch.processors.finding import Finding


class MessageKind(enum.StrEnum):
    """What a piece of text is, which decides how much an injection inside it matters."""

    SYSTEM = "system_instruction"
    USER = "user_prompt"
    ASSISTANT = "assistant_output"
    TOOL_CALL = "tool_call_arguments"
    TOOL_RESULT = "tool_result"
    RETRIEVAL = "retrieved_document"
    REASONING = "reasoning"
    TOOL_DEFINITION = "tool_definition"


class SourceLocation(NamedTuple):
    """Where a message's text sits in the OTLP record, so enrichment and redaction can find it again.

    ``container`` is ``span``, ``span_event`` or ``log``; ``key`` is the attribute key (or ``body``);
    ``path`` is the JSON path inside a structured/JSON value (empty for a plain string attribute);
    ``event_index`` is the index of the span event for ``span_event``.
    """

    container: str
    key: str
    path: tuple[str | int, ...] = ()
    event_index: int = -1


class Message(NamedTuple):
    """One text of an interaction, where it came from and who said it.

    ``SourceLocation`` and ``Message`` are immutable named tuples rather than frozen dataclasses: extraction makes
    one of each per message of a re-sent history (tens per span), and a frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` per field) cost five times as much as building the tuple.
    """

    role: str
    kind: MessageKind
    text: str
    source: SourceLocation
    tool_name: str = ""
    tool_call_id: str = ""


@dataclass(slots=True)
class Interaction:
    """One span or log record's GenAI content and identities.

    ``chunk`` and ``record`` point at the protobuf objects the interaction was read from, so enrichment and
    redaction change the right span or log record in place (then ``chunk.mark_modified()``) without searching.
    """

    signal: str
    chunk: Chunk
    record: Span | LogRecord
    trace_id: bytes
    span_id: bytes
    conversation_id: str = ""
    conversation_id_source: str = ""
    user_id: str = ""
    agent_id: str = ""
    agent_name: str = ""
    service_name: str = ""
    provider: str = ""
    model: str = ""
    operation: str = ""
    time_unix_nano: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    is_error: bool = False
    messages: list[Message] = field(default_factory=list)
    # Filled by the stages after extraction, in pipeline order: detect, context/behavior, risk.
    findings: list[Finding] = field(default_factory=list)
    signals: list[ContextSignal] = field(default_factory=list)
    risk: RiskAssessment | None = None
