"""The webhook exporter against a real local HTTP server: signatures, formats, failures, slowness, dedup, limits."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Host
from spanwatch.config import load_config
from spanwatch.confmap import decode
from spanwatch.errors import ConfigError
from spanwatch.exporters.webhook import FACTORY, WebhookExporterConfig, cef_line, verify_signature
from spanwatch.processors.assessment import Alert
from spanwatch.telemetry import Telemetry
from tests.harness import free_port, wait_until

SECRET = "s3cret-for-tests"


class Receiver:
    """A real HTTP server on loopback that records deliveries and can fail or stall on purpose."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_next = 0
        self.delay = 0.0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.Response(status=503, text="busy")
        self.received.append((dict(request.headers), body))
        return web.Response(status=204)

    def __enter__(self) -> Receiver:
        self.thread.start()

        async def start() -> web.AppRunner:
            app = web.Application()
            app.router.add_post("/hook", self.handle)
            runner = web.AppRunner(app)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", self.port).start()
            return runner

        self.runner = asyncio.run_coroutine_threadsafe(start(), self.loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


def alert(conversation: str = "conv-1", level: str = "critical", types: tuple[str, ...] = ("prompt_injection",),
          ) -> Alert:
    return Alert(time_unix_nano=time.time_ns(), conversation_id=conversation, agent_id="agent-7",
                 agent_name="support-bot", user_id="user-42", service_name="agent-svc",
                 trace_id="5b8efff798038103d269b633813fc60c", span_id="eee19b7ec3c1b174", score=0.93, level=level,
                 threat_types=types, compliance_tags=("atlas:AML.T0051.001", "owasp_llm:LLM01"),
                 summary="indirect prompt injection in a tool result | score 0.93",
                 recommendations=("treat the tool result as untrusted",), rule_ids=("indirect.instruction",))


def make_exporter(tmp_path: Path, **overrides: Any) -> Any:
    raw = {"endpoint": "http://127.0.0.1:1/hook", "secret": SECRET, "timeout": "1s",
           "retry_on_failure": {"initial_interval": "100ms", "max_interval": "300ms", "max_elapsed_time": "20s"},
           "sending_queue": {"num_consumers": 2}, **overrides}
    problems: list[str] = []
    config = decode(WebhookExporterConfig, raw, "exporters::webhook", problems)
    assert problems == [] and config is not None
    host = Host(telemetry=Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test"))
    return FACTORY.create(ComponentID("webhook"), config, host), host


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r


def run(coro: Any) -> Any:
    return asyncio.new_event_loop().run_until_complete(coro)


async def _deliver(exporter: Any, alerts: list[Alert], wait: float = 10.0) -> None:
    await exporter.start()
    await exporter.consume(Batch(signal="traces", alerts=alerts))
    deadline = time.monotonic() + wait
    while exporter.queue.size() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    await exporter.shutdown()


def test_when_an_alert_is_sent_then_it_is_signed_and_replay_safe(tmp_path: Path, receiver: Receiver) -> None:
    exporter, _ = make_exporter(tmp_path, endpoint=receiver.url)
    run(_deliver(exporter, [alert()]))
    ((headers, body),) = receiver.received
    doc = json.loads(body)
    assert doc["type"] == "spanwatch.alert" and doc["level"] == "critical"
    assert doc["threat_types"] == ["prompt_injection"] and doc["conversation_id"] == "conv-1"
    ts, sig = headers["X-Spanwatch-Timestamp"], headers["X-Spanwatch-Signature"]
    assert verify_signature(SECRET.encode(), ts, body, sig)
    assert not verify_signature(b"wrong", ts, body, sig)
    assert not verify_signature(SECRET.encode(), ts, body + b" ", sig)
    # A captured delivery replayed later is rejected by its timestamp.
    assert not verify_signature(SECRET.encode(), ts, body, sig, now=int(ts) + 3600)


def test_when_the_receiver_fails_or_is_slow_then_delivery_is_retried(tmp_path: Path, receiver: Receiver) -> None:
    receiver.fail_next = 2
    exporter, host = make_exporter(tmp_path, endpoint=receiver.url)
    run(_deliver(exporter, [alert("a")]))
    assert len(receiver.received) == 1
    assert host.telemetry.counter("exporter_retries_total", "").get("webhook") == 2
    receiver.received.clear()
    receiver.delay = 1.5  # longer than the 1 s timeout: the attempt times out and is retried
    exporter2, host2 = make_exporter(tmp_path, endpoint=receiver.url)

    async def slow_then_fast() -> None:
        await exporter2.start()
        await exporter2.consume(Batch(signal="traces", alerts=[alert("b")]))
        await asyncio.sleep(1.2)
        receiver.delay = 0
        deadline = time.monotonic() + 10
        while exporter2.queue.size() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        await exporter2.shutdown()

    run(slow_then_fast())
    assert host2.telemetry.counter("exporter_retries_total", "").get("webhook") >= 1
    assert wait_until(lambda: len(receiver.received) >= 1)


def test_duplicates_low_levels_and_bursts_are_suppressed_and_counted(tmp_path: Path, receiver: Receiver) -> None:
    exporter, host = make_exporter(tmp_path, endpoint=receiver.url, min_level="high",
                                   rate_limit={"per_second": 0.001, "burst": 3})
    alerts = [alert("c1"), alert("c1"), alert("c2", level="medium")] + [alert(f"burst-{i}") for i in range(5)]
    run(_deliver(exporter, alerts))
    sent = {json.loads(b)["conversation_id"] for _, b in receiver.received}
    assert sent == {"c1", "burst-0", "burst-1"}
    suppressed = host.telemetry.counter("exporter_webhook_suppressed_alerts_total", "")
    assert suppressed.get("webhook", "duplicate") == 1
    assert suppressed.get("webhook", "below_level") == 1
    assert suppressed.get("webhook", "rate_limited") == 3


@pytest.mark.parametrize("fmt", ["ecs", "cef"])
def test_siem_formats(tmp_path: Path, receiver: Receiver, fmt: str) -> None:
    exporter, _ = make_exporter(tmp_path, endpoint=receiver.url, format=fmt)
    run(_deliver(exporter, [alert()]))
    ((headers, body),) = receiver.received
    if fmt == "ecs":
        doc = json.loads(body)
        assert doc["event"]["kind"] == "alert" and doc["event"]["risk_score"] == 93.0
        assert doc["threat"]["technique"]["id"] == ["AML.T0051.001"]
    else:
        assert headers["Content-Type"].startswith("text/plain")
        line = body.decode()
        assert line.startswith("CEF:0|spanwatch|spanwatch|")
        assert "|indirect.instruction|prompt_injection|10|" in line
        assert "msg=indirect prompt injection in a tool result | score 0.93" in line


def test_cef_escapes_separators() -> None:
    import dataclasses

    line = cef_line(dataclasses.replace(alert(types=("a|b",)), summary="x=1\\y"))
    assert "|a\\|b|" in line
    assert "msg=x\\=1\\\\y" in line


def test_config_requires_a_secret_or_an_explicit_opt_out() -> None:
    text = """
receivers: {otlp: {protocols: {grpc: }}}
exporters: {webhook: {endpoint: "http://127.0.0.1:9/hook"}}
service: {pipelines: {traces: {receivers: [otlp], exporters: [webhook]}}}
"""
    with pytest.raises(ConfigError) as err:
        load_config(text=text, env={})
    assert any(p.startswith("exporters::webhook: secret must be set") for p in err.value.problems)
