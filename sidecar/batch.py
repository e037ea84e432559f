"""The unit that flows through a pipeline: decoded OTLP export requests kept as protobuf objects.

A Batch never re-encodes what nobody changed. Each Chunk keeps the bytes it arrived with; because repeated
protobuf fields concatenate, the wire form of a batch is the concatenation of its chunks' bytes, so an
unmodified batch is exported without a single serialisation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeAlias

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

if TYPE_CHECKING:
    from spanwatch.processors.assessment import Alert
    from spanwatch.processors.finding import Finding
    from spanwatch.processors.interaction import Interaction

Signal: TypeAlias = Literal["traces", "logs", "metrics"]
SIGNALS: tuple[Signal, ...] = ("traces", "logs", "metrics")
Request: TypeAlias = ExportTraceServiceRequest | ExportLogsServiceRequest | ExportMetricsServiceRequest

REQUEST_TYPES: dict[Signal, type[Request]] = {
    "traces": ExportTraceServiceRequest,
    "logs": ExportLogsServiceRequest,
    "metrics": ExportMetricsServiceRequest,
}


def count_items(signal: Signal, message: Request) -> int:
    """Spans, log records or metric data points in one request (the collector's item units)."""
    if signal == "traces":
        assert isinstance(message, ExportTraceServiceRequest)
        return sum(len(ss.spans) for rs in message.resource_spans for ss in rs.scope_spans)
    if signal == "logs":
        assert isinstance(message, ExportLogsServiceRequest)
        return sum(len(sl.log_records) for rl in message.resource_logs for sl in rl.scope_logs)
    assert isinstance(message, ExportMetricsServiceRequest)
    total = 0
    for rm in message.resource_metrics:
        for sm in rm.scope_metrics:
            for m in sm.metrics:
                kind = m.WhichOneof("data")
                if kind is not None:
                    total += len(getattr(m, kind).data_points)
    return total


@dataclass(slots=True)
class Chunk:
    """One decoded export request.

    ``raw`` holds the wire bytes while the message is unmodified; a processor that changes ``message``
    calls ``mark_modified()`` so the chunk is serialised once, at export.
    """

    message: Request
    raw: bytes | None
    items: int
    nbytes: int

    @classmethod
    def decoded(cls, signal: Signal, message: Request, raw: bytes | None = None) -> Chunk:
        size = len(raw) if raw is not None else message.ByteSize()
        return cls(message=message, raw=raw, items=count_items(signal, message), nbytes=size)

    def wire(self) -> bytes:
        if self.raw is None:
            self.raw = self.message.SerializeToString()
            self.nbytes = len(self.raw)
        return self.raw

    def mark_modified(self) -> None:
        self.raw = None


@dataclass(slots=True)
class Batch:
    """Chunks of one signal plus what detection learned about them.

    ``interactions`` (each holding its own findings, signals and risk) travel with the batch so no later stage
    re-parses text;
    ``derived_logs`` are log records produced by processors (finding events); the end of the pipeline sends them
    to the same exporters as a logs batch. ``alerts`` are for alert exporters (webhook, audit).
    """

    signal: Signal
    chunks: list[Chunk] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    derived_logs: list[Chunk] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        """Every interaction's findings, in interaction order (a fresh list; append to ``it.findings``)."""
        return [f for it in self.interactions for f in it.findings]

    @property
    def items(self) -> int:
        return sum(c.items for c in self.chunks)

    @property
    def nbytes(self) -> int:
        return sum(c.nbytes for c in self.chunks)

    def wire(self) -> bytes:
        """The merged export request: serialised chunks concatenate into one valid request."""
        if len(self.chunks) == 1:
            return self.chunks[0].wire()
        return b"".join(c.wire() for c in self.chunks)

    def merged(self) -> Request:
        """One protobuf request holding every chunk (parses the concatenated wire bytes once)."""
        message = REQUEST_TYPES[self.signal]()
        message.ParseFromString(self.wire())
        return message

    def __iter__(self) -> Iterator[Chunk]:
        return iter(self.chunks)

    def extend(self, other: Batch) -> None:
        self.chunks.extend(other.chunks)
        self.interactions.extend(other.interactions)
        self.derived_logs.extend(other.derived_logs)
        self.alerts.extend(other.alerts)
