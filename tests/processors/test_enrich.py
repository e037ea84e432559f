"""The enrich processor: attributes on GenAI records, finding and alert events as OTLP log records."""

from __future__ import annotations

import json
from typing import Any

import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from spanwatch.batch import Batch, count_items
from spanwatch.processors.assessment import Alert, RiskAssessment
from spanwatch.processors.compliance import compliance_tags
from spanwatch.processors.enrich import FINDING_EVENT, EnrichConfig, EnrichProcessor, upsert
from spanwatch.processors.finding import Severity
from tests.processors.privacy_records import SPAN_ID, TRACE_ID, add, attr, av, find, log_batch, span_batch

EMAIL = "jane.doe@example.com"
PAN = "4111 1111 1111 1111"
CONV = {"gen_ai.conversation.id": "conv-9", "gen_ai.agent.id": "ag-1", "gen_ai.agent.name": "support",
        "user.id": "u-42"}


def chat(text: str = f"mail {EMAIL}, card {PAN}", **extra: Any) -> Batch:
    return span_batch({**CONV, "gen_ai.prompt.0.role": "user", "gen_ai.prompt.0.content": text, **extra},
                      resource={"service.name": "agent-svc", "deployment.environment": "prod"})


def risk(score: float = 0.82, level: str = "high") -> RiskAssessment:
    return RiskAssessment(score=score, confidence=0.9, level=level, threat_types=("payment", "pii"),
                          compliance_tags=("gdpr:art4", "pci_dss:3.4"))


def span_of(batch: Batch) -> Any:
    return batch.chunks[0].message.resource_spans[0].scope_spans[0].spans[0]  # type: ignore[union-attr]


def derived(batch: Batch) -> ExportLogsServiceRequest:
    assert len(batch.derived_logs) == 1
    message = batch.derived_logs[0].message
    assert isinstance(message, ExportLogsServiceRequest)
    return ExportLogsServiceRequest.FromString(batch.derived_logs[0].wire())


def records(batch: Batch) -> list[Any]:
    return [r for rl in derived(batch).resource_logs for sl in rl.scope_logs for r in sl.log_records]


def enriched(batch: Batch, **config: Any) -> Batch:
    return EnrichProcessor(EnrichConfig(**config)).process(batch)


def test_when_an_interaction_is_assessed_then_its_span_carries_the_verdict_attributes() -> None:
    batch = chat()
    it = batch.interactions[0]
    add(batch, find(it, EMAIL, "EMAIL", severity=Severity.MEDIUM), find(it, PAN, "CREDIT_CARD"))
    it.risk = risk()
    enriched(batch)
    span = span_of(batch)
    assert attr(span, "spanwatch.risk.score") == pytest.approx(0.82)
    assert attr(span, "spanwatch.risk.level") == "high"
    assert attr(span, "spanwatch.threat.types") == ["payment", "pii"]
    assert attr(span, "spanwatch.finding.count") == 2
    assert attr(span, "spanwatch.compliance.tags") == ["gdpr:art4", "pci_dss:3.4"]
    assert batch.chunks[0].raw is None  # marked modified: re-serialised at export


def test_when_attributes_already_exist_then_they_are_upserted_never_duplicated() -> None:
    batch = chat()
    span = span_of(batch)
    span.attributes.add(key="spanwatch.risk.score", value=av(0.1))
    span.attributes.add(key="spanwatch.risk.score", value=av(0.2))  # a duplicate from a careless upstream
    span.attributes.add(key="spanwatch.finding.count", value=av(7))
    batch.interactions[0].risk = risk()
    processor = EnrichProcessor(EnrichConfig())
    processor.process(batch)
    processor.process(batch)
    keys = [kv.key for kv in span.attributes]
    for key in ("spanwatch.risk.score", "spanwatch.risk.level", "spanwatch.threat.types",
                "spanwatch.finding.count", "spanwatch.compliance.tags"):
        assert keys.count(key) == 1, key
    assert attr(span, "spanwatch.finding.count") == 0


def test_when_there_is_no_risk_stage_then_score_and_level_are_left_off_and_the_rest_comes_from_findings() -> None:
    batch = chat()
    add(batch, find(batch.interactions[0], PAN, "CREDIT_CARD"))
    enriched(batch)
    span = span_of(batch)
    keys = {kv.key for kv in span.attributes}
    assert "spanwatch.risk.score" not in keys and "spanwatch.risk.level" not in keys
    assert attr(span, "spanwatch.threat.types") == ["payment"]
    assert attr(span, "spanwatch.finding.count") == 1
    assert isinstance(attr(span, "spanwatch.compliance.tags"), list)


@pytest.mark.parametrize("flag, key", [
    ("risk_score", "spanwatch.risk.score"), ("risk_level", "spanwatch.risk.level"),
    ("threat_types", "spanwatch.threat.types"), ("finding_count", "spanwatch.finding.count"),
    ("compliance_tags", "spanwatch.compliance.tags"),
])
def test_when_an_attribute_is_switched_off_then_it_is_not_written(flag: str, key: str) -> None:
    batch = chat()
    batch.interactions[0].risk = risk()
    enriched(batch, **{flag: False})
    assert key not in {kv.key for kv in span_of(batch).attributes}


def test_when_a_finding_is_made_then_it_leaves_as_a_spanwatch_finding_log_record() -> None:
    batch = chat()
    add(batch, find(batch.interactions[0], PAN, "CREDIT_CARD", severity=Severity.CRITICAL,
                    evidence="CREDIT_CARD **** **** **** ****"))
    enriched(batch)
    request = derived(batch)
    assert len(request.resource_logs) == 1
    resource = {kv.key: kv.value.string_value for kv in request.resource_logs[0].resource.attributes}
    assert resource == {"service.name": "agent-svc", "deployment.environment": "prod"}
    scope = request.resource_logs[0].scope_logs[0]
    assert scope.scope.name == "spanwatch"
    (rec,) = scope.log_records
    assert rec.event_name == FINDING_EVENT
    assert attr(rec, "event.name") == FINDING_EVENT
    assert rec.trace_id == TRACE_ID and rec.span_id == SPAN_ID
    assert rec.time_unix_nano == 1_764_000_000_000_000_000 and rec.observed_time_unix_nano > 0
    assert (rec.severity_number, rec.severity_text) == (21, "FATAL")
    assert rec.body.string_value == "critical payment finding in user_prompt: payment.credit_card"
    start = f"mail {EMAIL}, card ".__len__()
    expected = {
        "spanwatch.detector": "sensitive_data", "spanwatch.rule.id": "payment.credit_card",
        "spanwatch.finding.category": "payment", "spanwatch.finding.severity": "critical",
        "spanwatch.finding.score": 0.9, "spanwatch.finding.confidence": 0.8, "spanwatch.finding.message_index": 0,
        "spanwatch.finding.start": start, "spanwatch.finding.end": start + len(PAN),
        "spanwatch.finding.evidence": "CREDIT_CARD **** **** **** ****", "spanwatch.finding.entity_type": "CREDIT_CARD",
        "spanwatch.finding.source": "span:gen_ai.prompt.0.content",
        "gen_ai.conversation.id": "conv-9", "gen_ai.agent.id": "ag-1", "gen_ai.agent.name": "support",
        "user.id": "u-42",
    }
    for key, value in expected.items():
        assert attr(rec, key) == (pytest.approx(value) if isinstance(value, float) else value), key
    assert "LLM02" in attr(rec, "spanwatch.tags.owasp_llm")
    assert PAN.encode() not in batch.derived_logs[0].wire()


@pytest.mark.parametrize("severity, number, text", [
    (Severity.INFO, 9, "INFO"), (Severity.LOW, 13, "WARN"), (Severity.MEDIUM, 14, "WARN2"),
    (Severity.HIGH, 17, "ERROR"), (Severity.CRITICAL, 21, "FATAL"),
])
def test_when_findings_have_a_severity_then_the_log_severity_maps_it(severity: Severity, number: int,
                                                                      text: str) -> None:
    batch = chat()
    add(batch, find(batch.interactions[0], EMAIL, "EMAIL", severity=severity))
    enriched(batch)
    (rec,) = records(batch)
    assert (rec.severity_number, rec.severity_text) == (number, text)


@pytest.mark.parametrize("config, expected", [
    ({}, 2), ({"min_severity": "high"}, 1), ({"min_severity": "critical"}, 0), ({"emit_finding_logs": False}, 0),
])
def test_when_min_severity_or_the_switch_is_set_then_fewer_finding_logs_leave(
        config: dict[str, Any], expected: int) -> None:
    batch = chat()
    it = batch.interactions[0]
    add(batch, find(it, EMAIL, "EMAIL", severity=Severity.LOW), find(it, PAN, "CREDIT_CARD"))
    enriched(batch, **config)
    got = len(records(batch)) if batch.derived_logs else 0
    assert got == expected
    assert attr(span_of(batch), "spanwatch.finding.count") == 2  # counts are not filtered


def test_when_the_interaction_is_a_log_event_then_the_log_record_is_enriched() -> None:
    batch = log_batch("gen_ai.user.message", {"content": f"mail {EMAIL}"}, {"gen_ai.system": "openai"})
    add(batch, find(batch.interactions[0], EMAIL, "EMAIL"))
    batch.interactions[0].risk = risk(0.3, "low")
    enriched(batch)
    rec = batch.chunks[0].message.resource_logs[0].scope_logs[0].log_records[0]  # type: ignore[union-attr]
    assert attr(rec, "spanwatch.risk.level") == "low"
    (finding_rec,) = records(batch)
    assert finding_rec.trace_id == TRACE_ID
    # The conversation id was the trace-id fallback: never written as gen_ai.conversation.id.
    assert "gen_ai.conversation.id" not in {kv.key for kv in finding_rec.attributes}


def test_when_risk_raised_alerts_then_each_leaves_as_a_spanwatch_alert_record() -> None:
    batch = chat()
    it = batch.interactions[0]
    batch.alerts.append(Alert(
        time_unix_nano=5, conversation_id="conv-9", agent_id="ag-1", agent_name="support", user_id="u-42",
        service_name="agent-svc", trace_id=TRACE_ID.hex(), span_id=SPAN_ID.hex(), score=0.9, level="critical",
        threat_types=("secret",), compliance_tags=("soc2:CC7.2",), summary="critical risk 0.90: secret",
        rule_ids=("secrets.aws",)))
    it.risk = risk()
    enriched(batch)
    (rec,) = records(batch)
    assert rec.event_name == "spanwatch.alert" and attr(rec, "event.name") == "spanwatch.alert"
    assert (rec.severity_number, rec.trace_id, rec.span_id) == (21, TRACE_ID, SPAN_ID)
    assert attr(rec, "spanwatch.threat.types") == ["secret"]
    assert attr(rec, "spanwatch.rule.ids") == ["secrets.aws"]
    assert rec.body.string_value == "critical risk 0.90: secret"
    resource = derived(batch).resource_logs[0].resource
    assert {kv.key for kv in resource.attributes} >= {"service.name"}
    enriched(no_alerts := chat(), emit_alert_logs=False)
    assert not no_alerts.derived_logs


def test_when_alerts_repeat_their_labels_then_each_record_is_what_the_runtime_would_write() -> None:
    # The repeated parts of alert records are encoded once and reused: every record still has its own score, ids
    # and time, and the derived chunk counts its records and bytes as a decoded request would.
    batch = chat()
    batch.interactions[0].risk = risk()
    for n, score in enumerate((0.9, 0.7, 0.9)):
        batch.alerts.append(Alert(
            time_unix_nano=5 + n, conversation_id="conv-9", agent_id="ag-1", agent_name="support", user_id="u-42",
            service_name="agent-svc", trace_id=TRACE_ID.hex(), span_id=f"{n:016x}", score=score, level="critical",
            threat_types=("secret",), compliance_tags=("soc2:CC7.2",), summary=f"critical risk {score:.2f}: secret",
            rule_ids=("secrets.aws",), recommendations=("Rotate the key.",)))
    enriched(batch)
    recs = records(batch)
    assert [(r.time_unix_nano, r.span_id, attr(r, "spanwatch.risk.score")) for r in recs] == [
        (5 + n, bytes.fromhex(f"{n:016x}"), pytest.approx(score)) for n, score in enumerate((0.9, 0.7, 0.9))]
    assert [r.body.string_value for r in recs] == [f"critical risk {s:.2f}: secret" for s in (0.9, 0.7, 0.9)]
    assert all(attr(r, "spanwatch.alert.recommendations") == ["Rotate the key."] for r in recs)
    assert all(attr(r, "user.id") == "u-42" for r in recs)
    (chunk,) = batch.derived_logs
    assert chunk.items == count_items("logs", chunk.message) == 3
    assert chunk.nbytes == len(chunk.message.SerializeToString())


def test_when_nothing_is_genai_then_the_batch_passes_untouched() -> None:
    batch = span_batch({"http.method": "GET"})
    assert not batch.interactions
    raw = batch.chunks[0].raw
    enriched(batch)
    assert batch.chunks[0].raw is raw and not batch.derived_logs


def test_when_two_resources_have_findings_then_each_finding_keeps_its_own_resource() -> None:
    first, second = chat(), span_batch({"gen_ai.prompt.0.content": f"x {EMAIL}"},
                                       resource={"service.name": "other-svc"})
    add(first, find(first.interactions[0], EMAIL, "EMAIL"))
    add(second, find(second.interactions[0], EMAIL, "EMAIL"))
    first.extend(second)
    enriched(first)
    names = sorted(kv.value.string_value for rl in derived(first).resource_logs for kv in rl.resource.attributes
                   if kv.key == "service.name")
    assert names == ["agent-svc", "other-svc"]
    assert json.dumps(names)  # plain strings


@pytest.mark.parametrize("findings", [1, 2, 300])
def test_when_the_logs_chunk_is_sized_from_its_parts_then_it_is_the_serialised_size(findings: int) -> None:
    # Records add up across a length prefix's one-, two- and three-byte forms (127 and 16,383 bytes).
    first, second = chat(), span_batch({"gen_ai.prompt.0.content": f"x {EMAIL}"},
                                       resource={"service.name": "other-svc"})
    it = first.interactions[0]
    add(first, *(find(it, EMAIL, "EMAIL", evidence=f"EMAIL *** {n}", start_shift=n % 3) for n in range(findings)))
    add(second, find(second.interactions[0], EMAIL, "EMAIL"))
    first.extend(second)
    enriched(first, once_per_conversation=False)
    (chunk,) = first.derived_logs
    assert chunk.items == findings + 1
    assert chunk.nbytes == len(chunk.message.SerializeToString())


def test_when_a_finding_is_re_sent_in_later_turns_then_its_record_leaves_once_per_conversation() -> None:
    proc = EnrichProcessor(EnrichConfig())
    every = EnrichProcessor(EnrichConfig(once_per_conversation=False))
    counts, counts_every, span_counts = [], [], []
    for turn in range(3):
        # Each span re-sends the first message (same position, text and finding); turn 2 adds a new finding.
        extra = {"gen_ai.prompt.1.role": "user", "gen_ai.prompt.1.content": f"again {EMAIL}"} if turn == 2 else {}
        for p, sink in ((proc, counts), (every, counts_every)):
            batch = chat(**extra)
            add(batch, find(batch.interactions[0], PAN, "CREDIT_CARD", severity=Severity.CRITICAL))
            if turn == 2:
                add(batch, find(batch.interactions[0], EMAIL, "EMAIL_ADDRESS", occurrence=1))
            p.process(batch)
            sink.append(len(records(batch)) if batch.derived_logs else 0)
            if p is proc:
                span_counts.append(attr(span_of(batch), "spanwatch.finding.count"))
    assert counts == [1, 0, 1]  # the card once; the new e-mail finding in turn 2
    assert counts_every == [1, 1, 2]
    assert span_counts == [1, 1, 2]  # the spans still count every finding they carry
    assert EnrichConfig(max_remembered_findings=0).validate() == ["max_remembered_findings must be >= 1, got 0"]


@pytest.mark.parametrize("with_risk", [True, False])
def test_when_a_record_is_fresh_then_the_merged_attributes_equal_upserting_each(with_risk: bool) -> None:
    # A chunk without "spanwatch." bytes takes the fast path (encoded attributes merged in one call); it must write
    # exactly what upserting each attribute writes.
    fast, expected = chat(), chat()
    assert fast.chunks[0].raw is not None and b"spanwatch." not in fast.chunks[0].raw
    it = fast.interactions[0]
    add(fast, find(it, EMAIL, "EMAIL", severity=Severity.MEDIUM), find(it, PAN, "CREDIT_CARD"))
    it.risk = risk() if with_risk else None
    enriched(fast)
    attrs = span_of(expected).attributes
    if with_risk:
        upsert(attrs, "spanwatch.risk.score", AnyValue(double_value=0.82))
        upsert(attrs, "spanwatch.risk.level", AnyValue(string_value="high"))
    threats = ["payment", "pii"]
    tags = ["gdpr:art4", "pci_dss:3.4"] if with_risk else sorted(compliance_tags(it.findings, it.signals))
    for key, values in (("spanwatch.threat.types", threats), ("spanwatch.finding.count", 2),
                        ("spanwatch.compliance.tags", tags)):
        value = AnyValue()
        if isinstance(values, int):
            value.int_value = values
        else:
            value.array_value.SetInParent()
            for v in values:
                value.array_value.values.add().string_value = v
        upsert(attrs, key, value)
    assert span_of(fast).SerializeToString() == span_of(expected).SerializeToString()
