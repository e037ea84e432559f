"""Real OTLP records, real extraction, hand-placed findings: the inputs of the enrich and redact tests.

Interactions come from ``extract`` so their SourceLocations are the ones production sees; findings are built
here by locating a planted value in the extracted texts, so the tests do not depend on any detector.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from spanwatch.batch import Batch, Chunk
from spanwatch.processors.extract import ExtractConfig, extract
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction

TRACE_ID = bytes.fromhex("0af7651916cd43dd8448eb211c80319c")
SPAN_ID = bytes.fromhex("b7ad6b7169203331")

ENTITY_CATEGORY = {
    "EMAIL": "pii", "PHONE": "pii", "US_SSN": "pii", "PERSON": "pii", "CREDIT_CARD": "payment", "CVV": "payment",
    "TRACK_DATA": "payment", "AWS_ACCESS_KEY": "secret", "MRN": "phi", "INJECTION": "prompt_injection",
}


def av(value: Any) -> AnyValue:
    """A Python value as an AnyValue; dicts become kvlists and lists arrays (the structured form)."""
    out = AnyValue()
    if isinstance(value, bool):
        out.bool_value = value
    elif isinstance(value, int):
        out.int_value = value
    elif isinstance(value, float):
        out.double_value = value
    elif isinstance(value, str):
        out.string_value = value
    elif isinstance(value, bytes):
        out.bytes_value = value
    elif isinstance(value, dict):
        out.kvlist_value.SetInParent()
        out.kvlist_value.values.extend(KeyValue(key=k, value=av(v)) for k, v in value.items())
    elif isinstance(value, list):
        out.array_value.SetInParent()
        out.array_value.values.extend(av(v) for v in value)
    return out


def plain(value: AnyValue) -> Any:
    """An AnyValue back as Python values."""
    kind = value.WhichOneof("value")
    if kind == "kvlist_value":
        return {kv.key: plain(kv.value) for kv in value.kvlist_value.values}
    if kind == "array_value":
        return [plain(v) for v in value.array_value.values]
    return getattr(value, kind) if kind else None


def kvs(attrs: dict[str, Any]) -> list[KeyValue]:
    return [KeyValue(key=k, value=av(v)) for k, v in attrs.items()]


def span_batch(attrs: dict[str, Any], *, events: Sequence[tuple[str, dict[str, Any]]] = (),
               resource: dict[str, Any] | None = None, extract_config: ExtractConfig | None = None) -> Batch:
    request = ExportTraceServiceRequest()
    rs = request.resource_spans.add()
    rs.resource.attributes.extend(kvs(resource or {"service.name": "agent-svc"}))
    span = rs.scope_spans.add().spans.add()
    span.name = "chat gpt-4o"
    span.trace_id, span.span_id = TRACE_ID, SPAN_ID
    span.start_time_unix_nano = 1_764_000_000_000_000_000
    span.attributes.extend(kvs(attrs))
    for name, ev_attrs in events:
        ev = span.events.add()
        ev.name = name
        ev.attributes.extend(kvs(ev_attrs))
    batch = Batch(signal="traces", chunks=[Chunk.decoded("traces", request, request.SerializeToString())])
    batch.interactions = extract(batch, extract_config or ExtractConfig())
    return batch


def log_batch(event_name: str, body: Any, attrs: dict[str, Any] | None = None) -> Batch:
    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.extend(kvs({"service.name": "agent-svc"}))
    rec = rl.scope_logs.add().log_records.add()
    rec.event_name = event_name
    rec.trace_id, rec.span_id = TRACE_ID, SPAN_ID
    rec.time_unix_nano = 1_764_000_000_000_000_000
    if body is not None:
        rec.body.CopyFrom(av(body))
    rec.attributes.extend(kvs(attrs or {}))
    batch = Batch(signal="logs", chunks=[Chunk.decoded("logs", request, request.SerializeToString())])
    batch.interactions = extract(batch, ExtractConfig())
    return batch


def find(it: Interaction, value: str, entity: str, *, occurrence: int = 0, severity: Severity = Severity.HIGH,
         category: str = "", start_shift: int = 0, end_shift: int = 0, evidence: str = "") -> Finding:
    """A finding over the ``occurrence``-th extracted text that contains ``value``."""
    hits = [(i, m.text.index(value)) for i, m in enumerate(it.messages) if value in m.text]
    assert len(hits) > occurrence, f"{value!r} not extracted: {[m.text for m in it.messages]}"
    index, start = hits[occurrence]
    category = category or ENTITY_CATEGORY.get(entity, "pii")
    return Finding(
        detector="sensitive_data" if category != "prompt_injection" else "prompt_injection",
        rule_id=f"{category}.{entity.lower()}", category=category, score=0.9, confidence=0.8, severity=severity,
        message_index=index, start=start + start_shift, end=start + len(value) + end_shift,
        evidence=evidence or f"{entity} ***", value_hash="", entity_type=entity,
        tags=("owasp_llm:LLM02", "compliance:gdpr") if category != "prompt_injection" else ("owasp_llm:LLM01",),
    )


def add(batch: Batch, *findings: Finding, index: int = 0) -> Batch:
    it = batch.interactions[index]
    it.findings.extend(findings)
    return batch


def attr(record: Any, key: str) -> Any:
    values = [kv.value for kv in record.attributes if kv.key == key]
    assert len(values) == 1, f"{key}: {len(values)} entries"
    return plain(values[0])


def wire_of(batch: Batch) -> bytes:
    return b"".join(c.wire() for c in [*batch.chunks, *batch.derived_logs])
