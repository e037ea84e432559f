"""The OTLP receivers, driven by the real OpenTelemetry SDK exporters and by hand-written requests."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.rpc import status_pb2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter as GrpcLogExporter
from opentelemetry.exporter.otlp.proto.grpc.exporter import Compression as GrpcCompression
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GrpcSpanExporter
from opentelemetry.exporter.otlp.proto.http import Compression as HttpCompression
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter as HttpLogExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as HttpSpanExporter
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from tests.harness import Sidecar, base_config, exported_logs, exported_spans, wait_until

TRACE_ID_HEX = "5b8efff798038103d269b633813fc60c"
SPAN_ID_HEX = "eee19b7ec3c1b174"


@pytest.fixture()
def sidecar(tmp_path: Path) -> Iterator[Sidecar]:
    with Sidecar(base_config(tmp_path)) as sc:
        yield sc


def _emit(provider: TracerProvider, n: int, tag: str) -> None:
    tracer = provider.get_tracer("tests")
    for i in range(n):
        with tracer.start_as_current_span(f"op-{tag}-{i}") as span:
            span.set_attribute("test.tag", tag)
            span.set_attribute("test.index", i)
            span.set_attribute("test.list", ["a", "b"])
            span.set_attribute("test.ratio", 0.25)
    provider.force_flush()
    provider.shutdown()


@pytest.mark.parametrize("transport, compression", [
    ("grpc", None), ("grpc", "gzip"), ("http", None), ("http", "gzip"),
])
def test_when_sdk_exports_spans_then_all_arrive_with_attributes_intact(
        sidecar: Sidecar, tmp_path: Path, transport: str, compression: str | None) -> None:
    exporter: Any
    if transport == "grpc":
        exporter = GrpcSpanExporter(endpoint=f"http://{sidecar.grpc}", insecure=True,
                                    compression=GrpcCompression.Gzip if compression else None)
    else:
        exporter = HttpSpanExporter(endpoint=f"{sidecar.http}/v1/traces",
                                    compression=HttpCompression.Gzip if compression else HttpCompression.NoCompression)
    provider = TracerProvider(resource=Resource.create({"service.name": "receiver-test"}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    _emit(provider, 20, f"{transport}-{compression}")

    out = tmp_path / "traces.pb"
    assert wait_until(lambda: len(exported_spans(out)) == 20)
    spans = exported_spans(out)
    for span in spans:
        attrs = {kv.key: kv.value for kv in span.attributes}
        assert attrs["test.tag"].string_value == f"{transport}-{compression}"
        assert [v.string_value for v in attrs["test.list"].array_value.values] == ["a", "b"]
        assert attrs["test.ratio"].double_value == 0.25
    assert sorted(kv.value.int_value for s in spans for kv in s.attributes if kv.key == "test.index") == list(range(20))
    assert sidecar.metric("spanwatch_receiver_accepted_spans_total", transport=transport) == 20


@pytest.mark.parametrize("transport", ["grpc", "http"])
def test_when_sdk_exports_logs_then_they_arrive(sidecar: Sidecar, tmp_path: Path, transport: str) -> None:
    exporter: Any = (GrpcLogExporter(endpoint=f"http://{sidecar.grpc}", insecure=True) if transport == "grpc"
                     else HttpLogExporter(endpoint=f"{sidecar.http}/v1/logs"))
    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
    logger = provider.get_logger("tests")
    from opentelemetry._logs import LogRecord

    for i in range(5):
        logger.emit(LogRecord(body=f"hello {i}", attributes={"event.name": "gen_ai.user.message", "i": i}))
    provider.shutdown()
    out = tmp_path / "logs.pb"
    assert wait_until(lambda: len(exported_logs(out)) == 5)
    assert sorted(r.body.string_value for r in exported_logs(out)) == [f"hello {i}" for i in range(5)]


def _post(url: str, body: bytes, ctype: str = "application/json",
          headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": ctype, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


def _json_request(**span_overrides: Any) -> dict[str, Any]:
    span = {
        "traceId": TRACE_ID_HEX, "spanId": SPAN_ID_HEX, "name": "chat gpt-4o", "kind": 3,
        "startTimeUnixNano": "1700000000000000000", "endTimeUnixNano": 1700000001000000000,
        "attributes": [
            {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
            {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "42"}},
            {"key": "gen_ai.usage.output_tokens", "value": {"intValue": 7}},
        ],
        "status": {"code": 1},
        "someFutureField": {"ignored": True},
    }
    span.update(span_overrides)
    return {"resourceSpans": [{"resource": {"attributes": [
        {"key": "service.name", "value": {"stringValue": "json-agent"}}]},
        "scopeSpans": [{"scope": {"name": "hand"}, "spans": [span]}]}]}


def test_when_otlp_json_is_posted_then_ids_ints_and_enums_decode(sidecar: Sidecar, tmp_path: Path) -> None:
    status, body, headers = _post(f"{sidecar.http}/v1/traces", json.dumps(_json_request()).encode())
    assert status == 200, body
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body) == {}
    out = tmp_path / "traces.pb"
    assert wait_until(lambda: len(exported_spans(out)) == 1)
    (span,) = exported_spans(out)
    assert span.trace_id.hex() == TRACE_ID_HEX and span.span_id.hex() == SPAN_ID_HEX
    assert span.kind == 3 and span.status.code == 1
    assert span.start_time_unix_nano == 1700000000000000000 and span.end_time_unix_nano == 1700000001000000000
    attrs = {kv.key: kv.value for kv in span.attributes}
    assert attrs["gen_ai.usage.input_tokens"].int_value == 42
    assert attrs["gen_ai.usage.output_tokens"].int_value == 7


def test_when_a_span_has_zero_ids_then_partial_success_reports_it(sidecar: Sidecar, tmp_path: Path) -> None:
    req = _json_request()
    good = req["resourceSpans"][0]["scopeSpans"][0]["spans"][0]
    bad = dict(good, traceId="00" * 16)
    req["resourceSpans"][0]["scopeSpans"][0]["spans"] = [good, bad]
    status, body, _ = _post(f"{sidecar.http}/v1/traces", json.dumps(req).encode())
    assert status == 200
    reply = json.loads(body)
    assert reply["partialSuccess"]["rejectedSpans"] == "1"
    assert "trace_id and span_id must be non-zero" in reply["partialSuccess"]["errorMessage"]
    assert wait_until(lambda: len(exported_spans(tmp_path / "traces.pb")) == 1)


def _status_message(body: bytes, json_body: bool) -> str:
    if json_body:
        return str(json.loads(body)["message"])
    return status_pb2.Status.FromString(body).message


BAD_HTTP = [
    # (name, body, content type, headers, expected status, text expected in the Status message)
    ("truncated protobuf", ExportTraceServiceRequest(resource_spans=[{}]).SerializeToString()[:-1] + b"\x0a\xff",
     "application/x-protobuf", {}, 400, "not a valid protobuf"),
    ("invalid json", b'{"resourceSpans": [', "application/json", {}, 400, "invalid JSON"),
    ("json not an object", b"[1, 2]", "application/json", {}, 400, "must be a JSON object"),
    ("wrong content type", b"hello", "text/plain", {}, 415, "unsupported content type"),
    ("bad gzip", b"not gzip at all", "application/json", {"Content-Encoding": "gzip"}, 400, "invalid gzip"),
    ("unknown encoding", b"{}", "application/json", {"Content-Encoding": "br"}, 400, "unsupported Content-Encoding"),
    ("garbage hex id", json.dumps(_json_request(traceId="zz" * 16)).encode(), "application/json", {}, 400,
     "is not a hex id"),
    ("short id", json.dumps(_json_request(spanId="abcd")).encode(), "application/json", {}, 400,
     "must be 8 bytes"),
]


@pytest.mark.parametrize("name, body, ctype, headers, expected, text", BAD_HTTP, ids=[b[0] for b in BAD_HTTP])
def test_when_http_input_is_bad_then_status_is_right_and_server_keeps_serving(  # noqa: PLR0917 (parametrized)
        sidecar: Sidecar, name: str, body: bytes, ctype: str, headers: dict[str, str], expected: int,
        text: str) -> None:
    status, reply, reply_headers = _post(f"{sidecar.http}/v1/traces", body, ctype, headers)
    assert status == expected
    assert text in _status_message(reply, reply_headers["Content-Type"].startswith("application/json"))
    assert sidecar.metric("spanwatch_receiver_bad_requests_total") >= 1
    ok, _, _ = _post(f"{sidecar.http}/v1/traces", json.dumps(_json_request()).encode())
    assert ok == 200


def test_when_protobuf_request_is_bad_then_error_body_is_protobuf_status(sidecar: Sidecar) -> None:
    status, reply, headers = _post(f"{sidecar.http}/v1/traces", b"\xff\xff\xff", "application/x-protobuf")
    assert status == 400
    assert headers["Content-Type"] == "application/x-protobuf"
    assert status_pb2.Status.FromString(reply).code == 3  # INVALID_ARGUMENT


def test_when_http_body_is_oversize_or_a_zip_bomb_then_413(tmp_path: Path) -> None:
    cfg = base_config(tmp_path)
    cfg["receivers"]["otlp"]["protocols"]["http"]["max_request_body_size"] = "64KiB"
    with Sidecar(cfg) as sc:
        big = ExportTraceServiceRequest()
        span = big.resource_spans.add().scope_spans.add().spans.add()
        span.trace_id, span.span_id, span.name = bytes(range(1, 17)), bytes(range(1, 9)), "x" * (100 * 1024)
        status, reply, _ = _post(f"{sc.http}/v1/traces", big.SerializeToString(), "application/x-protobuf")
        assert status == 413
        # 10 MiB of zeros gzips to ~10 KiB: small on the wire, refused once inflation passes the limit.
        bomb = gzip.compress(b"\x00" * (10 * 1024 * 1024))
        assert len(bomb) < 64 * 1024
        status, reply, _ = _post(f"{sc.http}/v1/traces", bomb, "application/x-protobuf",
                                 {"Content-Encoding": "gzip"})
        assert status == 413
        assert "after decompression" in status_pb2.Status.FromString(reply).message
        assert sc.metric("spanwatch_receiver_bad_requests_total", reason="too_large") == 2


def _grpc_export(target: str, payload: bytes, **kw: Any) -> Any:
    with grpc.insecure_channel(target) as channel:
        call = channel.unary_unary("/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                                   request_serializer=None, response_deserializer=ExportTraceServiceResponse.FromString)
        return call(payload, timeout=10, **kw)


def test_when_grpc_input_is_bad_then_invalid_argument_and_oversize_is_resource_exhausted(tmp_path: Path) -> None:
    cfg = base_config(tmp_path)
    cfg["receivers"]["otlp"]["protocols"]["grpc"]["max_recv_msg_size_mib"] = 0.0625  # 64 KiB
    with Sidecar(cfg) as sc:
        with pytest.raises(grpc.RpcError) as err:
            _grpc_export(sc.grpc, b"\xff\xff\xff")
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        with pytest.raises(grpc.RpcError) as err:
            _grpc_export(sc.grpc, b"\x0a" + b"\x80" * 5)
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        with pytest.raises(grpc.RpcError) as err:
            _grpc_export(sc.grpc, b"\x0a\x03" + b"x" * 70000)
        assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        # No RetryInfo on an oversize message: the client must not retry it.
        assert not any(k == "google.rpc.retryinfo-bin" for k, _ in (err.value.trailing_metadata() or ()))
        ok = ExportTraceServiceRequest()
        s = ok.resource_spans.add().scope_spans.add().spans.add()
        s.trace_id, s.span_id, s.name = bytes(range(1, 17)), bytes(range(1, 9)), "fine"
        assert _grpc_export(sc.grpc, ok.SerializeToString()) == ExportTraceServiceResponse()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=2048), json_body=st.booleans())
def test_random_bytes_never_break_the_http_receiver(sidecar: Sidecar, body: bytes, json_body: bool) -> None:
    status, _, _ = _post(f"{sidecar.http}/v1/traces", body,
                         "application/json" if json_body else "application/x-protobuf")
    assert status in (200, 400)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=2048))
def test_random_bytes_never_break_the_grpc_receiver(sidecar: Sidecar, body: bytes) -> None:
    try:
        _grpc_export(sidecar.grpc, body)
    except grpc.RpcError as exc:
        assert exc.code() == grpc.StatusCode.INVALID_ARGUMENT
