"""The ``enrich`` processor: what detection learned, written back onto the telemetry and out as finding events.

Two outputs, both in OTLP so any backend that receives the agent's spans receives the verdict too:

* **Attributes on the record.** Every span or log record that carried GenAI content (each ``Interaction``'s
  ``record``) gets ``spanwatch.risk.score`` (double 0–1), ``spanwatch.risk.level``, ``spanwatch.threat.types``
  (string[]), ``spanwatch.finding.count`` (int) and ``spanwatch.compliance.tags`` (string[]) — upserted, so a
  record enriched twice (a second spanwatch downstream) still has each key once. Without a ``risk`` stage there
  is no score or level to state, so those two are left off rather than guessed; threat types and compliance
  tags then come from the findings themselves.
* **Finding events.** Each finding at or above ``min_severity`` becomes a log record with
  ``event_name = "spanwatch.finding"`` (and the ``event.name`` attribute older consumers read), the trace and
  span ids of the record it concerns, its resource (copied, so ``service.name`` matches the span's) and scope
  ``spanwatch``. Attributes describe the finding by offsets, rule and redacted evidence, never by content.
  They leave as one ``ExportLogsServiceRequest`` chunk per batch in ``batch.derived_logs``, which the end of
  the pipeline sends through the same exporters as a logs batch.

**Alerts** (``batch.alerts``, from ``risk``) are also written as ``spanwatch.alert`` log records by default
(``emit_alert_logs``): webhook and audit exporters consume ``batch.alerts`` directly, but a deployment whose only
exporter is OTLP would otherwise never see an alert. The records carry the alert's scores and tags and its
content-free summary, nothing more.

``redact`` runs after this stage, so what this stage adds is redacted with everything else.
"""

from __future__ import annotations

import struct
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from spanwatch.batch import Batch, Chunk, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.processors._wire import (
    field_double,
    field_int,
    field_string,
    field_strings,
    kv_int,
    kv_string,
    kv_strings,
    length_delimited,
    varint,
)
from spanwatch.processors.compliance import compliance_tags, finding_tags
from spanwatch.processors.finding import Finding, Severity

if TYPE_CHECKING:
    from google.protobuf.internal.containers import RepeatedCompositeFieldContainer

    from spanwatch.processors.assessment import Alert
    from spanwatch.processors.interaction import Interaction, MessageKind

__all__ = [
    "ALERT_EVENT",
    "FINDING_EVENT",
    "SEVERITY_NUMBERS",
    "EnrichConfig",
    "EnrichProcessor",
    "upsert",
]

FINDING_EVENT = "spanwatch.finding"
ALERT_EVENT = "spanwatch.alert"
SCOPE_NAME = "spanwatch"
# Serialised finding records and span attribute blocks kept for re-use (a few hundred bytes each); cleared when full.
_TEMPLATES_MAX = 4096
# Tag bytes of the repeated ``attributes`` field: Span field 9, LogRecord field 6 (both length-delimited).
_SPAN_ATTRIBUTES = 0x4A
_LOG_ATTRIBUTES = 0x32

SeverityName = Literal["info", "low", "medium", "high", "critical"]

# Finding severity → OTel SeverityNumber. INFO stays INFO; anything a human should look at is WARN or above, so
# a backend's "warnings and errors" view shows exactly the findings worth triage.
SEVERITY_NUMBERS: dict[Severity, tuple[int, str]] = {
    Severity.INFO: (9, "INFO"),
    Severity.LOW: (13, "WARN"),
    Severity.MEDIUM: (14, "WARN2"),
    Severity.HIGH: (17, "ERROR"),
    Severity.CRITICAL: (21, "FATAL"),
}
_LEVEL_SEVERITY: dict[str, Severity] = {
    "low": Severity.LOW, "medium": Severity.MEDIUM, "high": Severity.HIGH, "critical": Severity.CRITICAL,
}


@dataclass(frozen=True, kw_only=True)
class EnrichConfig:
    # Which attributes to upsert on each GenAI span/log record (all on: the names are in DESIGN.md).
    risk_score: bool = True
    risk_level: bool = True
    threat_types: bool = True
    finding_count: bool = True
    compliance_tags: bool = True
    # Emit one spanwatch.finding log record per finding (into batch.derived_logs).
    emit_finding_logs: bool = True
    # Findings below this severity get no log record (they are still counted on the span).
    min_severity: SeverityName = "info"
    # Emit one spanwatch.alert log record per alert, for OTLP-only deployments (alert exporters read
    # batch.alerts either way).
    emit_alert_logs: bool = True
    # Agents re-send the whole history on every call, so a finding in turn 1 is found again in every later span of
    # the conversation. Its log record leaves once per conversation (same message position, text, rule and
    # offsets); the spans still count it in spanwatch.finding.count. false: one record per finding per span.
    once_per_conversation: bool = True
    # Findings remembered for that (one ~100-byte entry each, least recent forgotten first).
    max_remembered_findings: int = 50_000

    def validate(self) -> list[str]:
        if self.max_remembered_findings < 1:
            return [f"max_remembered_findings must be >= 1, got {self.max_remembered_findings}"]
        return []


def upsert(attributes: RepeatedCompositeFieldContainer[KeyValue], key: str, value: AnyValue) -> None:
    """Set ``key`` to ``value``: the first existing entry is overwritten, any duplicates of it removed."""
    found = False
    i = 0
    while i < len(attributes):
        if attributes[i].key == key:
            if found:
                del attributes[i]
                continue
            attributes[i].value.CopyFrom(value)
            found = True
        i += 1
    if not found:
        attributes.add(key=key, value=value)


def _s(v: str) -> AnyValue:
    return AnyValue(string_value=v)


def _i(v: int) -> AnyValue:
    return AnyValue(int_value=v)


def _d(v: float) -> AnyValue:
    return AnyValue(double_value=v)


def _arr(values: Iterable[str]) -> AnyValue:
    av = AnyValue()
    _fill_array(av, values)
    return av


def _fill_array(av: AnyValue, values: Iterable[str]) -> None:
    array = av.array_value
    array.SetInParent()  # an empty list is still a list, not an unset value
    add = array.values.add
    for v in values:
        add().string_value = v


class _Resources:
    """Each record's resource, found by walking a chunk once (only chunks that produced findings)."""

    def __init__(self) -> None:
        self._by_record: dict[int, Resource] = {}
        self._walked: set[int] = set()

    def of(self, it: Interaction) -> Resource | None:
        chunk_id = id(it.chunk)
        if chunk_id not in self._walked:
            self._walked.add(chunk_id)
            msg = it.chunk.message
            if isinstance(msg, ExportTraceServiceRequest):
                for rs in msg.resource_spans:
                    for ss in rs.scope_spans:
                        for span in ss.spans:
                            self._by_record[id(span)] = rs.resource
            elif isinstance(msg, ExportLogsServiceRequest):
                for rl in msg.resource_logs:
                    for sl in rl.scope_logs:
                        for record in sl.log_records:
                            self._by_record[id(record)] = rl.resource
        # The protobuf runtime (upb) hands out one Python object per live sub-message, and the interaction holds
        # the record alive, so identity finds it again.
        return self._by_record.get(id(it.record))


class _LogsOut:
    """The derived logs of one batch: one ResourceLogs per distinct resource, one scope ``spanwatch``.

    Records arrive as encoded ``LogRecord`` bytes and are merged into their scope once, at the end: one C call per
    scope instead of a protobuf write per field of every record.
    """

    def __init__(self) -> None:
        self.request = ExportLogsServiceRequest()
        self._scopes: dict[int, tuple[ResourceLogs, ScopeLogs, list[bytes]]] = {}

    def records(self, resource: Resource | None) -> list[bytes]:
        """The list to append this resource's encoded log records to, in order."""
        key = id(resource) if resource is not None else 0
        entry = self._scopes.get(key)
        if entry is None:
            rl: ResourceLogs = self.request.resource_logs.add()
            if resource is not None:
                rl.resource.CopyFrom(resource)
            scope = rl.scope_logs.add()
            scope.scope.name = SCOPE_NAME
            scope.scope.version = _version()
            entry = self._scopes[key] = (rl, scope, [])
        return entry[2]

    def chunk(self) -> Chunk | None:
        if not self.request.resource_logs:
            return None
        items = 0
        nbytes = 0
        for rl, scope, records in self._scopes.values():
            # ScopeLogs.log_records is field 2: each record one length-delimited entry, appended in order.
            payload = b"".join(length_delimited(0x12, r) for r in records)
            # The request's size from its parts: ByteSize() on the whole request encodes every record once more
            # (the runtime sizes a message by encoding it). Measured before the merge, the ResourceLogs and its
            # ScopeLogs hold only the resource and the scope; the records add the payload's bytes to both, and
            # the ScopeLogs' length prefix may grow.
            rl_size, scope_size = rl.ByteSize(), scope.ByteSize()
            scope.MergeFromString(payload)
            rl_size += len(payload) + len(varint(scope_size + len(payload))) - len(varint(scope_size))
            nbytes += 1 + len(varint(rl_size)) + rl_size  # ExportLogsServiceRequest.resource_logs: field 1
            items += len(records)
        # The records were counted as they were made: Chunk.decoded would walk them all again to count them.
        return Chunk(message=self.request, raw=None, items=items, nbytes=nbytes)


@lru_cache(maxsize=1)
def _version() -> str:
    try:
        from importlib.metadata import version

        return version("spanwatch")
    except Exception:  # not installed as a distribution (a source checkout on sys.path)
        return ""


def _framework_tags(f: Finding) -> dict[str, list[str]]:
    """Compliance tags grouped by framework: ``pci_dss:3.4`` → ``{"pci_dss": ["3.4"]}``."""
    out: dict[str, list[str]] = {}
    for tag in sorted(finding_tags(f)):
        framework, sep, rest = tag.partition(":")
        if sep:
            out.setdefault(framework, []).append(rest)
    return out


class EnrichProcessor:
    def __init__(self, config: EnrichConfig) -> None:
        self.config = config
        self._min = Severity[config.min_severity.upper()]
        self._templates: dict[tuple[object, ...], bytes] = {}
        self._reported: OrderedDict[int, None] = OrderedDict()
        self._blocks: dict[tuple[int, str | None, tuple[str, ...], int, tuple[str, ...]], bytes] = {}

    def process(self, batch: Batch) -> Batch:
        if batch.signal == "metrics" or not (batch.interactions or batch.alerts):
            return batch
        resources = _Resources()
        logs = _LogsOut()
        now = time.time_ns()
        clean: dict[int, bool] = {}
        for it in batch.interactions:
            chunk_clean = clean.get(id(it.chunk))
            if chunk_clean is None:
                # Attribute keys sit verbatim in the wire bytes: a chunk whose bytes never mention "spanwatch." has
                # no record enriched upstream, so none needs the key-by-key upsert. Decided before this stage
                # changes the chunk (which drops its bytes), so the answer holds for all its records.
                raw = it.chunk.raw
                chunk_clean = clean[id(it.chunk)] = raw is not None and b"spanwatch." not in raw
            self._annotate(it, chunk_clean)
            if self.config.emit_finding_logs:
                for f in it.findings:
                    if f.severity >= self._min and self._first_report(it, f):
                        logs.records(resources.of(it)).append(self._finding_record(it, f, now))
        if self.config.emit_alert_logs and batch.alerts:
            by_span = {(it.trace_id.hex(), it.span_id.hex()): it for it in batch.interactions}
            for alert in batch.alerts:
                source = by_span.get((alert.trace_id, alert.span_id))
                resource = resources.of(source) if source is not None else None
                logs.records(resource).append(self._alert_record(alert, now))
        chunk = logs.chunk()
        if chunk is not None:
            batch.derived_logs.append(chunk)
        return batch

    def _first_report(self, it: Interaction, f: Finding) -> bool:
        if not self.config.once_per_conversation or not it.conversation_id:
            return True
        text = it.messages[f.message_index].text if 0 <= f.message_index < len(it.messages) else ""
        # One int per entry: the hash of what makes it the same finding in a re-sent message (never the text).
        key = hash((it.conversation_id, f.message_index, text, f.rule_id, f.start, f.end))
        reported = self._reported
        if key in reported:
            reported.move_to_end(key)
            return False
        reported[key] = None
        if len(reported) > self.config.max_remembered_findings:
            reported.popitem(last=False)
        return True

    def _annotate(self, it: Interaction, clean: bool = False) -> None:
        cfg = self.config
        attrs = it.record.attributes
        risk = it.risk
        if risk is not None:
            threats: Sequence[str] = risk.threat_types
            tags: Sequence[str] = risk.compliance_tags
        else:
            threats = sorted({f.category for f in it.findings})
            tags = sorted(compliance_tags(it.findings, it.signals)) if it.findings or it.signals else []
        score = min(1.0, max(0.0, float(risk.score))) if risk is not None else 0.0
        # A record seldom holds spanwatch.* keys already (only when a second spanwatch enriched it upstream): one
        # scan decides (none when the chunk's bytes already did), and the common case appends the five values in
        # one merge of their encoded bytes instead of searching for each.
        if not clean and any(kv.key.startswith("spanwatch.") for kv in attrs):
            if cfg.risk_score and risk is not None:
                upsert(attrs, "spanwatch.risk.score", _d(score))
            if cfg.risk_level and risk is not None:
                upsert(attrs, "spanwatch.risk.level", _s(risk.level))
            if cfg.threat_types:
                upsert(attrs, "spanwatch.threat.types", _arr(threats))
            if cfg.finding_count:
                upsert(attrs, "spanwatch.finding.count", _i(len(it.findings)))
            if cfg.compliance_tags:
                upsert(attrs, "spanwatch.compliance.tags", _arr(tags))
        else:
            tag = _SPAN_ATTRIBUTES if it.signal == "traces" else _LOG_ATTRIBUTES
            # Everything but the score repeats across records (a level, a few labels, a count): encoded once.
            key = (tag, risk.level if risk is not None else None, tuple(threats), len(it.findings), tuple(tags))
            rest = self._blocks.get(key)
            if rest is None:
                rest = self._attribute_block(key)
                if len(self._blocks) >= _TEMPLATES_MAX:
                    self._blocks.clear()
                self._blocks[key] = rest
            if cfg.risk_score and risk is not None:
                rest = field_double(tag, "spanwatch.risk.score", score) + rest
            it.record.MergeFromString(rest)
        it.chunk.mark_modified()

    def _attribute_block(self, key: tuple[int, str | None, tuple[str, ...], int, tuple[str, ...]]) -> bytes:
        """The enrichment attributes after the score, as the record's wire bytes, in the upsert path's order."""
        cfg = self.config
        tag, level, threats, count, tags = key
        kvs: list[bytes] = []
        if cfg.risk_level and level is not None:
            kvs.append(kv_string("spanwatch.risk.level", level))
        if cfg.threat_types:
            kvs.append(kv_strings("spanwatch.threat.types", threats))
        if cfg.finding_count:
            kvs.append(kv_int("spanwatch.finding.count", count))
        if cfg.compliance_tags:
            kvs.append(kv_strings("spanwatch.compliance.tags", tags))
        return b"".join(length_delimited(tag, kv) for kv in kvs)

    def _finding_record(self, it: Interaction, f: Finding, now: int) -> bytes:
        """A finding's LogRecord, encoded. Its parts repeat (a rule's header and tags, a message's source, the
        identities of an agent and user) and are encoded once each; only the finding's numbers and evidence, the
        ids and the times are new for every record."""
        where = it.messages[f.message_index] if 0 <= f.message_index < len(it.messages) else None
        kind = where.kind if where is not None else None
        head = self._cached(("head", f.severity, f.category, f.rule_id, f.detector, kind),
                            lambda: _finding_head(f, kind))
        source = b"" if where is None else self._cached(
            ("source", where.source.container, where.source.key),
            lambda: field_string(_LOG_ATTRIBUTES, "spanwatch.finding.source",
                                 f"{where.source.container}:{where.source.key}"))
        tail = self._cached(("tail", f.category, f.entity_type, f.rule_id, f.tags), lambda: _finding_tail(f))
        # The GenAI conventions forbid a trace id as conversation id; extraction's fallback is ours, for grouping.
        conversation = it.conversation_id if it.conversation_id_source != "trace_id" else ""
        who = self._cached(("who", conversation, it.agent_id, it.agent_name, it.user_id),
                           lambda: b"".join(_identities(conversation, it.agent_id, it.agent_name, it.user_id)))
        return b"".join((
            head,
            field_double(_LOG_ATTRIBUTES, "spanwatch.finding.score", float(f.score)),
            field_double(_LOG_ATTRIBUTES, "spanwatch.finding.confidence", float(f.confidence)),
            field_int(_LOG_ATTRIBUTES, "spanwatch.finding.message_index", f.message_index),
            field_int(_LOG_ATTRIBUTES, "spanwatch.finding.start", f.start),
            field_int(_LOG_ATTRIBUTES, "spanwatch.finding.end", f.end),
            source,
            field_string(_LOG_ATTRIBUTES, "spanwatch.finding.evidence", f.evidence) if f.evidence else b"",
            tail,
            who,
            _ids_and_times(it.time_unix_nano or now, now, it.trace_id, it.span_id),
        ))

    def _cached(self, key: tuple[object, ...], build: Callable[[], bytes]) -> bytes:
        part = self._templates.get(key)
        if part is None:
            if len(self._templates) >= _TEMPLATES_MAX:
                self._templates.clear()
            part = self._templates[key] = build()
        return part

    def _strings(self, key: str, values: tuple[str, ...]) -> bytes:
        return self._cached(("strings", key, values), lambda: field_strings(_LOG_ATTRIBUTES, key, values))

    def _alert_record(self, alert: Alert, now: int) -> bytes:
        trace_id = span_id = b""
        try:
            trace_id = bytes.fromhex(alert.trace_id)
            span_id = bytes.fromhex(alert.span_id)
        except ValueError:  # an alert not tied to a span (aggregate): no ids rather than wrong ones
            pass
        # Like a finding record's, an alert record's parts repeat (a level, labels and advice, an agent's
        # identities) and are encoded once each; the summary (it names the score), ids and times are new for every
        # record. Each label is a part of its own: keyed together, one new rule id or piece of advice in a
        # conversation made every label a miss (half the alerts of the bench's conversations).
        level = alert.level
        tag = _LOG_ATTRIBUTES
        head = b"".join((
            self._cached(("alert-severity", level), lambda: _alert_severity(level)),
            _body(alert.summary),
            _ALERT_EVENT_NAMES,
        ))
        labels = b"".join((
            self._cached(("alert-level", level), lambda: field_string(tag, "spanwatch.risk.level", level)),
            self._strings("spanwatch.threat.types", alert.threat_types),
            self._strings("spanwatch.compliance.tags", alert.compliance_tags),
            self._strings("spanwatch.rule.ids", alert.rule_ids) if alert.rule_ids else b"",
            self._strings("spanwatch.alert.recommendations", alert.recommendations) if alert.recommendations
            else b"",
        ))
        conversation = alert.conversation_id if alert.conversation_id != alert.trace_id else ""
        who = self._cached(("who", conversation, alert.agent_id, alert.agent_name, alert.user_id),
                           lambda: b"".join(_identities(conversation, alert.agent_id, alert.agent_name,
                                                        alert.user_id)))
        return b"".join((
            head,
            field_double(_LOG_ATTRIBUTES, "spanwatch.risk.score", float(alert.score)),
            labels,
            who,
            _ids_and_times(alert.time_unix_nano or now, now, trace_id, span_id),
        ))


_FIXED64 = struct.Struct("<Q").pack


def _header(number: int, text: str, body: str, event: str) -> bytes:
    """severity_number (2), severity_text (3), body (5, an AnyValue string) and event_name (12)."""
    return b"".join((_severity(number, text), _body(body), length_delimited(0x62, event.encode())))


def _severity(number: int, text: str) -> bytes:
    return b"\x10" + varint(number) + length_delimited(0x1A, text.encode())


def _body(body: str) -> bytes:
    return length_delimited(0x2A, length_delimited(0x0A, body.encode()))


def _ids_and_times(time_unix_nano: int, observed_unix_nano: int, trace_id: bytes, span_id: bytes) -> bytes:
    """time_unix_nano (1), observed_time_unix_nano (11), trace_id (9), span_id (10). Zero or empty values parse
    to unset fields, as when assigned."""
    return b"".join((
        b"\x09" + _FIXED64(time_unix_nano),
        b"\x59" + _FIXED64(observed_unix_nano),
        length_delimited(0x4A, trace_id),
        length_delimited(0x52, span_id),
    ))


def _alert_severity(level: str) -> bytes:
    """An alert record's severity number and text, from its risk level."""
    return _severity(*SEVERITY_NUMBERS[_LEVEL_SEVERITY.get(level, Severity.HIGH)])


# An alert record's event name, as the field (12) that follows the body and as the attribute that starts the rest.
_ALERT_EVENT_NAMES = length_delimited(0x62, ALERT_EVENT.encode()) + field_string(_LOG_ATTRIBUTES, "event.name",
                                                                                 ALERT_EVENT)


def _finding_head(f: Finding, kind: MessageKind | None) -> bytes:
    """The fields a rule's findings share: severity, a body naming what was found and where (never what it was:
    the body is what log viewers show first), the event name, and the attributes naming the rule."""
    number, text = SEVERITY_NUMBERS[f.severity]
    body = f"{f.severity.label} {f.category} finding{f' in {kind.value}' if kind is not None else ''}: {f.rule_id}"
    tag = _LOG_ATTRIBUTES
    return b"".join((
        _header(number, text, body, FINDING_EVENT),
        field_string(tag, "event.name", FINDING_EVENT),
        field_string(tag, "spanwatch.detector", f.detector),
        field_string(tag, "spanwatch.rule.id", f.rule_id),
        field_string(tag, "spanwatch.finding.category", f.category),
        field_string(tag, "spanwatch.finding.severity", f.severity.label),
    ))


def _finding_tail(f: Finding) -> bytes:
    """The entity type and the compliance tags by framework (which depend on category, entity, rule and tags)."""
    tag = _LOG_ATTRIBUTES
    fields = [field_string(tag, "spanwatch.finding.entity_type", f.entity_type)] if f.entity_type else []
    fields.extend(field_strings(tag, f"spanwatch.tags.{framework}", values)
                  for framework, values in _framework_tags(f).items())
    return b"".join(fields)


def _identities(conversation_id: str, agent_id: str, agent_name: str, user_id: str) -> list[bytes]:
    """The identity attributes that are set, as LogRecord attribute entries."""
    return [field_string(_LOG_ATTRIBUTES, key, value) for key, value in (
        ("gen_ai.conversation.id", conversation_id), ("gen_ai.agent.id", agent_id),
        ("gen_ai.agent.name", agent_name), ("user.id", user_id)) if value]


def _create(id_: ComponentID, config: EnrichConfig, host: Host, signal: Signal, next_: object) -> EnrichProcessor:
    return EnrichProcessor(config)


FACTORY: Factory[EnrichConfig] = Factory(
    type="enrich",
    kind="processor",
    config_type=EnrichConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Risk, threat and compliance attributes on GenAI spans; findings and alerts as OTLP log records.",
    requires_before=("extract",),
)
