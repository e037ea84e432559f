"""Privacy end to end: planted PII, PHI, secrets and card data go in through the real OpenTelemetry SDK exporters
(OTLP/HTTP and OTLP/gRPC) and must not come out of any exporter, in any encoding.

Topology: SDK → spanwatch (front: the full security pipeline, ``redact`` last) → file exporters (OTLP/JSON lines
and length-prefixed protobuf) and an ``otlp`` exporter → a second spanwatch (the backend, writing its own files).
Afterwards every byte under both data directories, both metrics endpoints and the captured logs are searched for
each planted value, raw, JSON-escaped and base64-encoded at every alignment: zero occurrences allowed. A positive
check proves the data did arrive (redacted), so an empty output cannot pass. In ``full`` mode only the card data
must be absent.

Detection is swappable: an oracle (findings exactly at the planted values: any leak is the redactor's), the real
sensitive-data and secrets rule detectors wired in by the test, and the registered ``detect`` processor (xfail
until it exists and fills ``interaction.findings``).
"""

from __future__ import annotations

import base64
import json
import logging
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter as GrpcLogExporter
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GrpcSpanExporter
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter as HttpLogExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as HttpSpanExporter
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from spanwatch.batch import Batch
from spanwatch.component import Factory, Stability
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.normalize import normalize
from spanwatch.processors.secrets import SecretsDetector
from spanwatch.processors.sensitive_data import SensitiveDataDetector
from spanwatch.registry import Registry, default_registry
from tests.harness import Sidecar, base_config, exported_logs, exported_spans, free_port, wait_until

HASH_KEY_ENV = "SPANWATCH_E2E_HASH_KEY"
SECURITY_STAGES = ("extract", "detect", "context", "behavior", "risk", "compliance", "enrich", "redact")


def _luhn_complete(prefix: str) -> str:
    digits = [int(c) for c in prefix]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if i % 2 == 0 else digit  # the check digit goes right of these, so they shift
        total += doubled - 9 if doubled > 9 else doubled
    return prefix + str((10 - total % 10) % 10)


PAN = _luhn_complete("453914880343646")
PAN_SPACED = " ".join(PAN[i:i + 4] for i in range(0, 16, 4))
PLANTED: dict[str, str] = {
    "email": "maria.gonzalez@clinic-mail.net",
    "ssn": "536-22-1947",
    "phone": "(415) 555-0142",
    "mrn": "MRN-84723911",
    "aws_key": "AKIAQ4XZ7NM2P5RT6WYK",
    "github_token": "ghp_" + "R8x2Lq7Zt4Vn9Kc1Bw6Hs3Jd5Mf0Pg2Ye8Ua",
    "pan": PAN_SPACED,
    "cvv": "cvv 482",
}
# Forms a value may take in stored bytes besides itself (digits of a PAN without separators).
EXTRA_FORMS = {"pan": [PAN], "cvv": ["482"]}


def _needles(value: str) -> list[bytes]:
    raw = value.encode()
    out = {raw, json.dumps(value).encode()[1:-1]}
    for pad in range(3):  # base64 at every alignment inside a longer byte string: the stable middle of each
        enc = base64.b64encode(b"\0" * pad + raw + b"\0\0")
        core = enc[4 if pad else 0:-4]
        if len(core) >= 8:
            out.add(core)
    return sorted(out)


def _all_needles() -> dict[str, list[bytes]]:
    needles: dict[str, list[bytes]] = {}
    for name, value in PLANTED.items():
        forms = [value, *EXTRA_FORMS.get(name, [])]
        # Three-digit CVVs are only searched with their label: bare "482" occurs in any timestamp.
        needles[name] = sorted({n for f in forms if len(f) > 3 for n in _needles(f)})
    return needles


def _registered_processors() -> set[str]:
    return set(default_registry().types("processor"))


def _pipeline() -> list[str]:
    have = _registered_processors()
    return [p for p in SECURITY_STAGES if p in have]


def _send(front: Sidecar) -> None:
    """One conversation per protocol, with content in every place the conventions put it."""
    resource = Resource.create({"service.name": "privacy-e2e"})
    p = PLANTED
    for protocol in ("http", "grpc"):
        tracer_provider = TracerProvider(resource=resource)
        logger_provider = LoggerProvider(resource=resource)
        if protocol == "http":
            span_exporter: Any = HttpSpanExporter(endpoint=f"{front.http}/v1/traces")
            log_exporter: Any = HttpLogExporter(endpoint=f"{front.http}/v1/logs")
        else:
            span_exporter = GrpcSpanExporter(endpoint=f"http://{front.grpc}", insecure=True)
            log_exporter = GrpcLogExporter(endpoint=f"http://{front.grpc}", insecure=True)
        tracer_provider.add_span_processor(SimpleSpanProcessor(span_exporter))
        logger_provider.add_log_record_processor(SimpleLogRecordProcessor(log_exporter))
        tracer = tracer_provider.get_tracer("agent")
        logger = logger_provider.get_logger("agent")
        conversation = {"gen_ai.conversation.id": f"conv-{protocol}", "gen_ai.provider.name": "openai",
                        "gen_ai.request.model": "gpt-4o", "gen_ai.operation.name": "chat"}

        # OTel GenAI semconv: JSON-string messages on the span, plus an old-style span event.
        with tracer.start_as_current_span("chat gpt-4o") as span:
            span.set_attributes(conversation)
            span.set_attribute("gen_ai.system_instructions", json.dumps(
                [{"type": "text", "content": "You are a clinic assistant."}]))
            span.set_attribute("gen_ai.input.messages", json.dumps([{"role": "user", "parts": [{
                "type": "text",
                "content": f"Hi, I'm reachable at {p['email']} or {p['phone']}, SSN {p['ssn']}."}]}]))
            span.set_attribute("gen_ai.output.messages", json.dumps([{"role": "assistant", "finish_reason": "stop",
                                                                      "parts": [{"type": "text", "content":
                                                                                 f"Noted {p['email']}."}]}]))
            span.add_event("gen_ai.content.prompt", {"gen_ai.prompt": f"Patient record {p['mrn']} follow-up."})
            # Legacy per-message event, content in a structured body.
            logger.emit(event_name="gen_ai.user.message", body={"role": "user", "content":
                        f"My chart is {p['mrn']} and my key is {p['aws_key']}"},
                        attributes={"gen_ai.system": "openai", "gen_ai.conversation.id": f"conv-{protocol}"})

        # OpenLLMetry flattened keys: card data in a prompt.
        with tracer.start_as_current_span("openai.chat") as span:
            span.set_attributes({"gen_ai.system": "openai", "gen_ai.conversation.id": f"conv-{protocol}",
                                 "gen_ai.prompt.0.role": "user",
                                 "gen_ai.prompt.0.content": f"Charge my card {p['pan']} exp 09/29 {p['cvv']}",
                                 "gen_ai.completion.0.role": "assistant",
                                 "gen_ai.completion.0.content": "Payment submitted."})

        # OpenInference: flattened messages, and input.value repeating them (not read by extraction).
        blob = json.dumps({"messages": [{"role": "user", "content": f"Deploy with token {p['github_token']}"}]})
        with tracer.start_as_current_span("ChatCompletion") as span:
            span.set_attributes({"openinference.span.kind": "LLM", "session.id": f"conv-{protocol}",
                                 "llm.input_messages.0.message.role": "user",
                                 "llm.input_messages.0.message.content": f"Deploy with token {p['github_token']}",
                                 "input.value": blob, "input.mime_type": "application/json"})
        tracer_provider.shutdown()
        logger_provider.shutdown()


# --- an oracle detector: findings exactly where the planted values are ----------------------------------------
# Separates redaction from detection recall: with it, a leak can only be the redactor's (or an exporter's) fault.

ORACLE: dict[str, tuple[str, str, str]] = {  # name -> (entity, category, text to find)
    "email": ("EMAIL", "pii", PLANTED["email"]), "ssn": ("US_SSN", "pii", PLANTED["ssn"]),
    "phone": ("PHONE", "pii", PLANTED["phone"]), "mrn": ("MRN", "phi", PLANTED["mrn"]),
    "aws_key": ("AWS_ACCESS_KEY", "secret", PLANTED["aws_key"]),
    "github_token": ("GITHUB_TOKEN", "secret", PLANTED["github_token"]),
    "pan": ("CREDIT_CARD", "payment", PLANTED["pan"]), "cvv": ("CVV", "payment", PLANTED["cvv"]),
}


@dataclass(frozen=True, kw_only=True)
class OracleConfig:
    def validate(self) -> list[str]:
        return []


class OracleDetect:
    def process(self, batch: Batch) -> Batch:
        for it in batch.interactions:
            for index, message in enumerate(it.messages):
                for entity, category, value in ORACLE.values():
                    start = message.text.find(value)
                    while start >= 0:
                        f = Finding(detector="oracle", rule_id=f"{category}.{entity.lower()}", category=category,
                                    score=0.9, confidence=0.9, severity=Severity.HIGH, message_index=index,
                                    start=start, end=start + len(value), evidence=f"{entity} ****",
                                    entity_type=entity, tags=("owasp_llm:LLM02",))
                        it.findings.append(f)
                        start = message.text.find(value, start + 1)
        return batch


class RuleDataDetect:
    """The real sensitive-data and secrets rule detectors, wired the way ``detect`` is expected to wire them."""

    def __init__(self) -> None:
        self.detectors = (SensitiveDataDetector(), SecretsDetector())

    def process(self, batch: Batch) -> Batch:
        for it in batch.interactions:
            for index, message in enumerate(it.messages):
                norm = normalize(message.text, max_chars=len(message.text) + 1)
                for detector in self.detectors:
                    found = detector.scan(it, index, message, norm)
                    it.findings.extend(found)
        return batch


_DEV = {"traces": Stability.DEVELOPMENT, "logs": Stability.DEVELOPMENT}
ORACLE_FACTORY: Factory[OracleConfig] = Factory(
    type="oracle", kind="processor", config_type=OracleConfig, create=lambda *_: OracleDetect(), stability=_DEV,
    requires_before=("extract",))
RULES_FACTORY: Factory[OracleConfig] = Factory(
    type="oracle", kind="processor", config_type=OracleConfig, create=lambda *_: RuleDataDetect(), stability=_DEV,
    requires_before=("extract",))


def _front_config(tmp: Path, backend_grpc: str, mode: str, *, oracle: bool = False) -> dict[str, Any]:
    redact: dict[str, Any] = {"mode": mode}
    if mode == "hash_only":
        redact["hash_key"] = f"${{env:{HASH_KEY_ENV}}}"
    stages = _pipeline()
    if oracle:
        stages = [("oracle" if p == "detect" else p) for p in stages]
        if "oracle" not in stages:
            stages.insert(stages.index("extract") + 1, "oracle")
    processors: dict[str, Any] = {p: {} for p in stages}
    processors["redact"] = redact
    exporters = {
        "file/json": {"path": "out.jsonl", "format": "json", "flush_interval": "20ms"},
        "file/proto": {"path": "out.pb", "format": "proto", "flush_interval": "20ms"},
        "otlp": {"endpoint": backend_grpc, "tls": {"insecure": True}, "timeout": "5s",
                 "retry_on_failure": {"initial_interval": "100ms", "max_interval": "500ms"}},
    }
    return base_config(tmp, exporters=exporters, processors=processors, signals=("traces", "logs"))


def _scan(paths: list[Path], texts: dict[str, bytes]) -> list[str]:
    """Every (value, form, where) occurrence; empty means clean."""
    blobs = dict(texts)
    for root in paths:
        for f in sorted(root.rglob("*")):
            if f.is_file():
                blobs[str(f)] = f.read_bytes()
    leaks = []
    for name, needles in _all_needles().items():
        for needle in needles:
            for where, data in blobs.items():
                if needle in data:
                    leaks.append(f"{name} as {needle!r} in {where}")
    return leaks


def _metrics(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return bytes(resp.read())


def _run(tmp_path: Path, mode: str, caplog: pytest.LogCaptureFixture, *,
         oracle: bool = False) -> tuple[list[Any], list[Any], list[str]]:
    caplog.set_level(logging.DEBUG)
    back_port = free_port()
    back_dir, front_dir = tmp_path / "back", tmp_path / "front"
    back_cfg = base_config(back_dir, signals=("traces", "logs"))
    back_cfg["receivers"]["otlp"]["protocols"]["grpc"]["endpoint"] = f"127.0.0.1:{back_port}"
    texts: dict[str, bytes] = {}
    with Sidecar(back_cfg) as back:
        with Sidecar(_front_config(front_dir, f"127.0.0.1:{back_port}", mode, oracle=oracle)) as front:
            _send(front)
            assert wait_until(lambda: len(exported_spans(back_dir / "traces.pb")) >= 6, timeout=30)
            assert wait_until(lambda: len(exported_logs(back_dir / "logs.pb")) >= 2, timeout=30)
            texts["front metrics"] = _metrics(front.metrics)
            assert front.metric("spanwatch_processor_redact_replaced_total", mode=mode) > 0
        texts["back metrics"] = _metrics(back.metrics)
    texts["captured logs"] = caplog.text.encode()
    spans = exported_spans(back_dir / "traces.pb")
    logs = exported_logs(back_dir / "logs.pb")
    return spans, logs, _scan([back_dir, front_dir], texts)


def _attrs(record: Any) -> dict[str, Any]:
    return {kv.key: kv.value for kv in record.attributes}


@pytest.mark.slow
def test_when_mode_is_hash_only_then_no_planted_value_leaves_in_any_form(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(HASH_KEY_ENV, "e2e-deployment-key-0123456789abcdef")
    spans, logs, leaks = _run(tmp_path, "hash_only", caplog)
    assert leaks == []
    # Positive check: the content arrived, as keyed digests where the text was.
    chat = next(s for s in spans if s.name == "chat gpt-4o")
    messages = json.loads(_attrs(chat)["gen_ai.input.messages"].string_value)
    assert messages[0]["role"] == "user"
    assert messages[0]["parts"][0]["content"].startswith("hmac-sha256:")
    assert _attrs(chat)["gen_ai.request.model"].string_value == "gpt-4o"
    user_events = [r for r in logs if r.event_name == "gen_ai.user.message"]
    assert len(user_events) == 2
    assert all("hmac-sha256:" in str(r.body) for r in user_events)
    assert all("spanwatch.finding.count" in _attrs(s) for s in spans)  # enrich ran before redact


def _assert_redacted(spans: list[Any], logs: list[Any], leaks: list[str]) -> None:
    assert leaks == []
    chat = next(s for s in spans if s.name == "chat gpt-4o" and
                _attrs(s)["gen_ai.conversation.id"].string_value == "conv-http")
    content = json.loads(_attrs(chat)["gen_ai.input.messages"].string_value)[0]["parts"][0]["content"]
    assert "[EMAIL_1]" in content and "[US_SSN_1]" in content
    # The same address in the reply of the same conversation: the same placeholder.
    reply = json.loads(_attrs(chat)["gen_ai.output.messages"].string_value)[0]["parts"][0]["content"]
    assert reply == "Noted [EMAIL_1]."
    findings = [r for r in logs if r.event_name == "spanwatch.finding"]
    assert findings, "finding events reach the OTLP backend"
    assert {_attrs(r)["spanwatch.finding.category"].string_value for r in findings} >= {"pii", "secret", "payment"}


@pytest.mark.slow
def test_when_findings_locate_every_planted_value_then_redact_mode_leaks_nothing(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = Registry([*default_registry().all(), ORACLE_FACTORY])
    monkeypatch.setattr("spanwatch.config.default_registry", lambda: registry)
    _assert_redacted(*_run(tmp_path, "redact", caplog, oracle=True))


@pytest.mark.slow
def test_when_the_rule_detectors_find_the_values_then_redact_mode_leaks_nothing(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = Registry([*default_registry().all(), RULES_FACTORY])
    monkeypatch.setattr("spanwatch.config.default_registry", lambda: registry)
    _assert_redacted(*_run(tmp_path, "redact", caplog, oracle=True))


@pytest.mark.slow
def test_when_mode_is_redact_then_no_planted_value_leaves_in_any_form(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _assert_redacted(*_run(tmp_path, "redact", caplog))


@pytest.mark.slow
def test_when_mode_is_full_then_card_data_is_still_masked_everywhere(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = Registry([*default_registry().all(), RULES_FACTORY])
    monkeypatch.setattr("spanwatch.config.default_registry", lambda: registry)
    spans, _, leaks = _run(tmp_path, "full", caplog, oracle=True)
    leaked = {leak.split(" as ")[0] for leak in leaks}
    assert "pan" not in leaked and "cvv" not in leaked  # PCI DSS 3.3.1 / 3.4.1, even in full-content mode
    assert "email" in leaked  # full mode keeps everything else as received
    card_span = next(s for s in spans if s.name == "openai.chat")
    assert _attrs(card_span)["gen_ai.prompt.0.content"].string_value == \
        "Charge my card [CREDIT_CARD_1] exp 09/29 cvv [CVV_1]"
