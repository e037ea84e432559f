"""Delivery to a real OTLP backend (a second spanwatch with a file sink): retries, permanent errors, full queues,
persistence across SIGKILL, and draining on SIGTERM."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as HttpSpanExporter
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from tests.harness import Sidecar, SidecarProcess, base_config, exported_spans, free_port, wait_until

FAST_RETRY = {"initial_interval": "100ms", "max_interval": "500ms", "max_elapsed_time": "120s"}


def backend_config(tmp: Path, grpc_port: int) -> dict[str, Any]:
    cfg = base_config(tmp, signals=("traces",))
    cfg["receivers"]["otlp"]["protocols"]["grpc"]["endpoint"] = f"127.0.0.1:{grpc_port}"
    return cfg


def front_config(tmp: Path, backend_port: int, *, exporter: dict[str, Any] | None = None,
                 persistent: bool = False) -> dict[str, Any]:
    exp: dict[str, Any] = exporter or {
        "endpoint": f"127.0.0.1:{backend_port}", "tls": {"insecure": True}, "timeout": "2s",
        "retry_on_failure": FAST_RETRY, "sending_queue": {"num_consumers": 2, "queue_size": 1000},
    }
    extensions: dict[str, Any] = {"health_check": {"endpoint": f"127.0.0.1:{free_port()}"}}
    if persistent:
        extensions["file_storage"] = {"directory": str(tmp / "queue")}
        exp["sending_queue"]["storage"] = "file_storage"
    return base_config(tmp, exporters={"otlp" if exporter is None else "otlphttp": exp}, extensions=extensions,
                       signals=("traces",))


def send_spans(http_endpoint: str, n: int, tag: str) -> None:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(HttpSpanExporter(endpoint=f"{http_endpoint}/v1/traces")))
    tracer = provider.get_tracer("delivery")
    for i in range(n):
        with tracer.start_as_current_span(f"{tag}-{i}") as span:
            span.set_attribute("seq", i)
            span.set_attribute("tag", tag)
    provider.shutdown()


def names(path: Path) -> set[str]:
    return {s.name for s in exported_spans(path)}


def test_when_backend_is_down_then_data_is_retried_until_it_is_up(tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / "back").mkdir()
    with Sidecar(front_config(tmp_path / "front", port)) as front:
        send_spans(front.http, 10, "late")
        time.sleep(1.0)
        assert front.metric("spanwatch_exporter_retries_total") >= 1
        with Sidecar(backend_config(tmp_path / "back", port)):
            out = tmp_path / "back" / "traces.pb"
            assert wait_until(lambda: names(out) == {f"late-{i}" for i in range(10)}, timeout=20)
        assert front.metric("spanwatch_exporter_sent_spans_total", exporter="otlp") == 10
        assert front.metric("spanwatch_exporter_send_failed_spans_total") == 0


def test_when_backend_rejects_permanently_then_data_is_dropped_and_counted(tmp_path: Path) -> None:
    port = free_port()
    with Sidecar(backend_config(tmp_path / "back", port)) as back:
        # A wrong URL path is a 404 from a real OTLP/HTTP server: permanent, never retried.
        exporter = {"traces_endpoint": f"{back.http}/v1/nope", "retry_on_failure": FAST_RETRY,
                    "sending_queue": {"num_consumers": 1}}
        with Sidecar(front_config(tmp_path / "front", port, exporter=exporter)) as front:
            send_spans(front.http, 3, "rejected")
            assert wait_until(lambda: front.metric("spanwatch_exporter_send_failed_spans_total") == 3)
            assert front.metric("spanwatch_exporter_retries_total") == 0


def test_when_the_queue_is_full_then_clients_get_a_retryable_refusal(tmp_path: Path) -> None:
    port = free_port()  # nothing listens: every send fails and stays queued
    cfg = front_config(tmp_path, port)
    cfg["exporters"]["otlp"]["sending_queue"] = {"num_consumers": 1, "queue_size": 2}
    with Sidecar(cfg) as front:
        body = json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [{
            "traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174", "name": "x"}]}]}]})
        codes = []
        for _ in range(5):
            req = urllib.request.Request(f"{front.http}/v1/traces", data=body.encode(), method="POST",
                                         headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=10) as resp:
                    codes.append(resp.status)
            except urllib.error.HTTPError as exc:
                codes.append(exc.code)
                assert exc.headers["Retry-After"]
        assert codes.count(200) >= 2 and codes[-1] == 503, codes
        assert front.metric("spanwatch_exporter_enqueue_failed_spans_total") >= 1
        assert front.metric("spanwatch_exporter_queue_size") >= 1


@pytest.mark.slow
def test_when_spanwatch_is_killed_then_every_acknowledged_span_arrives_after_restart(tmp_path: Path) -> None:
    port = free_port()
    cfg = front_config(tmp_path / "front", port, persistent=True)
    (tmp_path / "front").mkdir(parents=True, exist_ok=True)
    front = SidecarProcess(cfg, tmp_path / "front").start()
    try:
        send_spans(front.http, 50, "durable")  # every call returned 200: acknowledged
        assert front.metric("spanwatch_exporter_queue_size") >= 1
    finally:
        front.kill()  # SIGKILL: no drain, no flush
    (tmp_path / "back").mkdir()
    with Sidecar(backend_config(tmp_path / "back", port)):
        restarted = SidecarProcess(cfg, tmp_path / "front").start()
        try:
            out = tmp_path / "back" / "traces.pb"
            assert wait_until(lambda: names(out) >= {f"durable-{i}" for i in range(50)}, timeout=30)
        finally:
            restarted.kill()


@pytest.mark.slow
def test_when_sigterm_then_the_pipeline_drains_and_exits_zero(tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / "back").mkdir()
    (tmp_path / "front").mkdir()
    with Sidecar(backend_config(tmp_path / "back", port)):
        cfg = front_config(tmp_path / "front", port)
        cfg["processors"] = {"batch": {"timeout": "5s", "send_batch_size": 100000}}  # holds data until drained
        front = SidecarProcess(cfg, tmp_path / "front").start()
        statuses: list[int] = []
        try:
            import threading

            def post(i: int) -> None:
                body = json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [{
                    "traceId": "5b8efff798038103d269b633813fc60c", "spanId": f"{i + 1:016x}",
                    "name": f"drain-{i}"}]}]}]})
                req = urllib.request.Request(f"{front.http}/v1/traces", data=body.encode(), method="POST",
                                             headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=30) as resp:
                    statuses.append(resp.status)

            senders = [threading.Thread(target=post, args=(i,)) for i in range(5)]
            for s in senders:
                s.start()
            time.sleep(1.0)  # all five are now waiting inside the batch processor
            assert names(tmp_path / "back" / "traces.pb") == set()
            assert front.terminate() == 0
            for s in senders:
                s.join(10)
        finally:
            if front.proc and front.proc.poll() is None:
                front.kill()
        assert statuses == [200] * 5
        assert wait_until(lambda: names(tmp_path / "back" / "traces.pb") == {f"drain-{i}" for i in range(5)}, 5)
