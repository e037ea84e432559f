"""What both OTLP transports share: decode, validate ids, hand to the pipelines, build the response.

Strict where OTLP is strict: an id of the wrong length fails the whole request (as the collector's pdata
does); a span with an all-zero or empty trace or span id is rejected alone and reported in ``partial_success``.
"""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceResponse
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from spanwatch import otlp_json
from spanwatch.batch import REQUEST_TYPES, Batch, Chunk, Request, Signal
from spanwatch.component import ComponentID, Consumer, Host
from spanwatch.errors import RefusedError

Response = ExportTraceServiceResponse | ExportLogsServiceResponse | ExportMetricsServiceResponse
RESPONSE_TYPES: dict[Signal, type[Response]] = {
    "traces": ExportTraceServiceResponse,
    "logs": ExportLogsServiceResponse,
    "metrics": ExportMetricsServiceResponse,
}
ITEM_NAMES: dict[Signal, str] = {"traces": "spans", "logs": "log_records", "metrics": "metric_points"}
_ZERO16 = bytes(16)
_ZERO8 = bytes(8)


class BadRequestError(ValueError):
    """The payload can never be accepted (HTTP 400 / gRPC INVALID_ARGUMENT)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(slots=True)
class Outcome:
    response: Response
    accepted: int
    rejected: int


def _check_traces(req: ExportTraceServiceRequest) -> tuple[int, str]:
    """Validate id lengths; drop spans with zero ids. Returns (rejected count, first reason)."""
    rejected = 0
    reason = ""
    for ri, rs in enumerate(req.resource_spans):
        for si, ss in enumerate(rs.scope_spans):
            # Fast path: every id read once (each read builds a bytes object); most requests are all valid.
            for span in ss.spans:
                tid, sid, pid = span.trace_id, span.span_id, span.parent_span_id
                if (len(tid) != 16 or len(sid) != 8 or tid == _ZERO16 or sid == _ZERO8
                        or (pid and len(pid) != 8)):
                    break
            else:
                continue
            bad: list[int] = []
            for i, span in enumerate(ss.spans):
                tid, sid = span.trace_id, span.span_id
                if len(tid) == 16 and len(sid) == 8 and tid != _ZERO16 and sid != _ZERO8 and (
                        not span.parent_span_id or len(span.parent_span_id) == 8):
                    continue
                where = f"resource_spans[{ri}].scope_spans[{si}].spans[{i}]"
                if len(tid) not in (0, 16):
                    raise BadRequestError(f"{where}.trace_id: must be 16 bytes, got {len(tid)}", "bad_id")
                if len(sid) not in (0, 8):
                    raise BadRequestError(f"{where}.span_id: must be 8 bytes, got {len(sid)}", "bad_id")
                if len(span.parent_span_id) not in (0, 8):
                    raise BadRequestError(f"{where}.parent_span_id: must be 8 bytes, got {len(span.parent_span_id)}",
                                     "bad_id")
                bad.append(i)
                if not reason:
                    reason = f"{where}: trace_id and span_id must be non-zero"
            if bad:
                rejected += len(bad)
                drop = set(bad)
                keep = [s for i, s in enumerate(ss.spans) if i not in drop]
                del ss.spans[:]
                ss.spans.extend(keep)
    return rejected, reason


def _check_logs(req: ExportLogsServiceRequest) -> None:
    for ri, rl in enumerate(req.resource_logs):
        for si, sl in enumerate(rl.scope_logs):
            for i, rec in enumerate(sl.log_records):
                # Log records may carry no trace context; ids, when present, must have the right length.
                if len(rec.trace_id) not in (0, 16):
                    raise BadRequestError(f"resource_logs[{ri}].scope_logs[{si}].log_records[{i}].trace_id: "
                                     f"must be 16 bytes, got {len(rec.trace_id)}", "bad_id")
                if len(rec.span_id) not in (0, 8):
                    raise BadRequestError(f"resource_logs[{ri}].scope_logs[{si}].log_records[{i}].span_id: "
                                     f"must be 8 bytes, got {len(rec.span_id)}", "bad_id")


def decode(signal: Signal, body: bytes, *, json: bool) -> tuple[Request, bytes | None]:
    """Parse a request body. Returns the message and the wire bytes to keep (None for JSON input)."""
    message = REQUEST_TYPES[signal]()
    if json:
        try:
            otlp_json.decode(body, message)
        except otlp_json.OtlpJsonError as exc:
            raise BadRequestError(str(exc), "invalid_json") from None
        return message, None
    try:
        message.ParseFromString(body)
    except (DecodeError, ValueError) as exc:  # upb raises DecodeError; bad UTF-8 in strings raises too
        raise BadRequestError(f"not a valid protobuf {message.DESCRIPTOR.name}: {exc}", "invalid_protobuf") from None
    return message, body


class Ingest:
    """Shared per-receiver state and metrics."""

    def __init__(self, id_: ComponentID, transport: str, host: Host, consumers: dict[Signal, Consumer]) -> None:
        self.id = id_
        self.transport = transport
        self.host = host
        self.consumers = consumers
        t = host.telemetry
        self._accepted = {s: t.counter(f"receiver_accepted_{n}_total",
                                       f"{n.replace('_', ' ').capitalize()} accepted and handed to the pipeline.",
                                       ["receiver", "transport"]) for s, n in ITEM_NAMES.items()}
        self._refused = {s: t.counter(f"receiver_refused_{n}_total",
                                      f"{n.replace('_', ' ').capitalize()} refused (backpressure or bad data).",
                                      ["receiver", "transport"]) for s, n in ITEM_NAMES.items()}
        self._requests = t.counter("receiver_requests_total", "Export requests by outcome.",
                                   ["receiver", "transport", "outcome"])
        self._bad = t.counter("receiver_bad_requests_total", "Requests rejected as malformed, by reason.",
                              ["receiver", "transport", "reason"])
        self._labels = (str(id_), transport)

    def count_bad(self, reason: str) -> None:
        self._bad.add(1, *self._labels, reason)
        self._requests.add(1, *self._labels, "bad_request")

    def count_refused(self, signal: Signal, items: int) -> None:
        self._refused[signal].add(items, *self._labels)
        self._requests.add(1, *self._labels, "refused")

    async def export(self, signal: Signal, message: Request, raw: bytes | None) -> Outcome:
        """Validate and hand to the pipelines; raises BadRequestError or RefusedError."""
        consumer = self.consumers.get(signal)
        if consumer is None:
            raise BadRequestError(f"this receiver has no {signal} pipeline", "no_pipeline")
        rejected, reason = 0, ""
        if signal == "traces":
            assert isinstance(message, ExportTraceServiceRequest)
            rejected, reason = _check_traces(message)
            if rejected:
                raw = None
        elif signal == "logs":
            assert isinstance(message, ExportLogsServiceRequest)
            _check_logs(message)
        chunk = Chunk.decoded(signal, message, raw)
        if chunk.items == 0 and rejected == 0:
            # Nothing to do; an empty request is valid and acknowledged.
            self._requests.add(1, *self._labels, "success")
            return Outcome(RESPONSE_TYPES[signal](), 0, 0)
        try:
            if chunk.items:
                await consumer.consume(Batch(signal=signal, chunks=[chunk]))
        except RefusedError:
            self.count_refused(signal, chunk.items)
            raise
        self._accepted[signal].add(chunk.items, *self._labels)
        self._requests.add(1, *self._labels, "success")
        response = RESPONSE_TYPES[signal]()
        if rejected:
            # Only spans are ever rejected one by one (zero ids); say how many and why.
            assert isinstance(response, ExportTraceServiceResponse)
            self._refused[signal].add(rejected, *self._labels)
            response.partial_success.rejected_spans = rejected
            response.partial_success.error_message = reason
        return Outcome(response, chunk.items, rejected)

