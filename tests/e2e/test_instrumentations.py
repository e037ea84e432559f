"""Extraction proven on what real instrumentations emit, not on hand-written spans.

Each scenario runs ``instrumented_client.py`` in its own interpreter: the real ``openai`` client, one real
instrumentation, the real OTel SDK with its OTLP/HTTP exporters, talking to ``tests/infra/fake_llm.py`` on
loopback. What the exporters send is captured by the ``otlp_sink`` fixture, turned into Batches and run through
``extract``. The conversation is fixed (see ``instrumented_client``): a tool call, the tool's result and a
streamed answer, in three traces.

``otlp_sink`` is the only capture point. It runs twice: once as a bare loopback OTLP/HTTP capture
(``tests/infra/otlp_capture.py``), once as spanwatch itself (its OTLP receiver, pipeline and file exporter, run
in-process by ``tests/harness.py``), so the same assertions also prove that what the instrumentations send
survives spanwatch's receive → pipeline → export path byte-for-byte enough to extract the same conversation.
"""

from __future__ import annotations

import importlib.metadata
import json
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from spanwatch.batch import REQUEST_TYPES, Batch, Chunk, Signal
from spanwatch.processors.extract import ExtractConfig, extract
from spanwatch.processors.interaction import Interaction, Message, MessageKind
from tests.e2e import instrumented_client as client
from tests.harness import Sidecar, base_config
from tests.infra.fake_llm import TOOL_CALL_ID, FakeLLM, FakeLLMServer
from tests.infra.otlp_capture import OTLPCapture

pytestmark = pytest.mark.slow

K = MessageKind
RUNNER = Path(__file__).with_name("instrumented_client.py")
REQUIRED = {
    "v2_events": ("opentelemetry-instrumentation-openai-v2",),
    "v2_latest": ("opentelemetry-instrumentation-openai-v2",),
    "openllmetry": ("opentelemetry-instrumentation-openai",),
    "openllmetry_events": ("opentelemetry-instrumentation-openai",),
    "openinference": ("openinference-instrumentation-openai",),
    "pydantic_ai": ("pydantic-ai-slim",),
    "pydantic_ai_v2": ("pydantic-ai-slim",),
    "langfuse": ("langfuse",),
    "langsmith": ("langsmith",),
}


class OTLPSink(Protocol):
    """What the tests need from the capture point: where to send, and what arrived as Batches."""

    @property
    def endpoint(self) -> str: ...

    def batch(self, signal: Signal) -> Batch: ...

    def clear(self) -> None: ...


@pytest.fixture(scope="module")
def fake_llm() -> Iterator[FakeLLMServer]:
    with FakeLLMServer(FakeLLM(text_reply="Hello from the fake model.")) as server:
        yield server


class SpanwatchSink:
    """spanwatch in-process: OTLP receiver -> batch -> file exporter (protobuf frames), read back as Batches."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._sidecar = Sidecar(base_config(data_dir, signals=("traces", "logs")))
        self._start: dict[str, int] = {}

    @property
    def endpoint(self) -> str:
        return self._sidecar.http

    def _frames(self, signal: Signal) -> list[bytes]:
        path = self.data_dir / f"{signal}.pb"
        data = path.read_bytes()[self._start.get(signal, 0) :] if path.exists() else b""
        frames, offset = [], 0
        while offset + 4 <= len(data):
            (n,) = struct.unpack(">I", data[offset : offset + 4])
            if offset + 4 + n > len(data):
                break
            frames.append(data[offset + 4 : offset + 4 + n])
            offset += 4 + n
        return frames

    def batch(self, signal: Signal) -> Batch:
        # The receiver has acknowledged everything once the runner exits; the exporter flushes on a timer, so
        # wait until the file stops growing.
        deadline, last, stable_since = time.monotonic() + 15, -1, time.monotonic()
        while time.monotonic() < deadline:
            size = sum(len(f) for f in self._frames(signal))
            if size != last:
                last, stable_since = size, time.monotonic()
            elif time.monotonic() - stable_since > 0.5:
                break
            time.sleep(0.05)
        chunks = []
        for raw in self._frames(signal):
            message = REQUEST_TYPES[signal]()
            message.ParseFromString(raw)
            chunks.append(Chunk.decoded(signal, message, raw))
        return Batch(signal=signal, chunks=chunks)

    def clear(self) -> None:
        for signal in ("traces", "logs"):
            path = self.data_dir / f"{signal}.pb"
            self._start[signal] = path.stat().st_size if path.exists() else 0

    def __enter__(self) -> SpanwatchSink:
        self._sidecar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._sidecar.stop()


@pytest.fixture(scope="module", params=["capture", "spanwatch"])
def otlp_sink(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OTLPSink]:
    """The capture point: a bare OTLP/HTTP capture, and spanwatch's own receiver + pipeline + file exporter."""
    if request.param == "capture":
        with OTLPCapture() as capture:
            yield capture
    else:
        with SpanwatchSink(tmp_path_factory.mktemp("spanwatch")) as sidecar:
            yield sidecar


@dataclass
class Run:
    traces: Batch
    logs: Batch
    spans: list[Interaction]
    events: list[Interaction]


_runs: dict[tuple[str, str], Run] = {}


def run(scenario: str, fake_llm: FakeLLMServer, sink: OTLPSink) -> Run:
    """Runs a scenario once per sink (each is a whole interpreter start) and extracts what it exported."""
    if (scenario, type(sink).__name__) in _runs:
        return _runs[scenario, type(sink).__name__]
    for dist in REQUIRED[scenario]:
        try:
            importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{dist} is not installed (pip install -e '.[dev]')")
    sink.clear()
    env = client.child_env()
    done = subprocess.run(
        [sys.executable, str(RUNNER), scenario, fake_llm.base_url, sink.endpoint],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert done.returncode == 0, f"{scenario} runner failed:\n{done.stdout}\n{done.stderr}"
    traces, logs = sink.batch("traces"), sink.batch("logs")
    config = ExtractConfig()
    result = Run(traces, logs, extract(traces, config), extract(logs, config))
    _runs[scenario, type(sink).__name__] = result
    return result


# --- what the fixed conversation must look like ----------------------------------------------------------------

Step = tuple[str, str, Any, str, str]  # kind, role, text (tool arguments parsed as JSON), tool name, call id


def flow(messages: list[Message], *, definitions: bool = False) -> list[Step]:
    steps = []
    for m in messages:
        if (m.kind is K.TOOL_DEFINITION) != definitions:
            continue
        text: Any = json.loads(m.text) if m.kind in (K.TOOL_CALL, K.TOOL_DEFINITION) else m.text
        steps.append((m.kind.value, m.role, text, m.tool_name, m.tool_call_id))
    return steps


def expected_flows(result_tool_name: str) -> list[list[Step]]:
    system = (K.SYSTEM.value, "system", client.SYSTEM, "", "")
    user = (K.USER.value, "user", client.USER, "", "")
    call = (K.TOOL_CALL.value, "assistant", {"city": "Paris"}, "get_weather", TOOL_CALL_ID)
    result = (K.TOOL_RESULT.value, "tool", client.TOOL_RESULT, result_tool_name, TOOL_CALL_ID)
    answer = (K.ASSISTANT.value, "assistant", f"The tool said: {client.TOOL_RESULT}", "", "")
    streamed = (K.ASSISTANT.value, "assistant", "Hello from the fake model.", "", "")
    return [
        [system, user, call],
        [system, user, call, result, answer],
        [system, (K.USER.value, "user", client.STREAM_USER, "", ""), streamed],
    ]


def by_trace(interactions: list[Interaction]) -> list[list[Interaction]]:
    """Interactions grouped per trace, traces in call order (one trace per client call)."""
    groups: dict[bytes, list[Interaction]] = {}
    for it in sorted(interactions, key=lambda i: i.time_unix_nano):
        groups.setdefault(it.trace_id, []).append(it)
    return list(groups.values())


def resolve(it: Interaction, m: Message) -> Any:
    """Follows a message's SourceLocation into the exported record: the redactor's contract, checked."""
    record = it.record
    if m.source.container == "span_event":
        attributes = record.events[m.source.event_index].attributes  # type: ignore[union-attr]
    else:
        attributes = record.attributes
    value: AnyValue = (
        record.body
        if m.source.key == "body"
        else next(  # type: ignore[union-attr]
            kv.value for kv in attributes if kv.key == m.source.key
        )
    )
    if value.WhichOneof("value") == "string_value":
        node: Any = value.string_value
        if m.source.path:
            node = json.loads(node)
            for step in m.source.path:
                node = node[step]
        return node
    av = value
    for step in m.source.path:
        if isinstance(step, int):
            av = av.array_value.values[step]
        else:
            av = next(kv.value for kv in av.kvlist_value.values if kv.key == step)
    if av.WhichOneof("value") == "string_value":
        return av.string_value
    return json.loads(m.text)  # a structured non-string node: the text is its JSON


def assert_locations_resolve(interactions: list[Interaction]) -> None:
    checked = 0
    for it in interactions:
        for m in it.messages:
            found = resolve(it, m)
            assert found == (m.text if isinstance(found, str) else json.loads(m.text)), m.source
            checked += 1
    assert checked


def assert_common(spans: list[Interaction], service: str, *, provider: str = "openai") -> None:
    assert len(spans) == 3
    for it in spans:
        assert it.signal == "traces"
        assert it.provider == provider
        assert it.model == client.MODEL
        assert it.operation == "chat"
        assert it.service_name == service
        assert (it.input_tokens, it.output_tokens) == (21, 7)
        assert len(it.trace_id) == 16 and len(it.span_id) == 8
        assert not it.is_error


# --- scenarios --------------------------------------------------------------------------------------------------


def test_openai_v2_default_mode_content_in_legacy_log_events(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("v2_events", fake_llm, otlp_sink)
    assert_common(r.spans, "e2e-v2_events")
    # Default (semconv 1.30) mode: no content on spans, only in the gen_ai.*.message / gen_ai.choice events.
    assert all(it.messages == [] for it in r.spans)
    event_names = [rec.event_name for it in r.events for rec in [it.record]]
    assert {
        "gen_ai.system.message",
        "gen_ai.user.message",
        "gen_ai.assistant.message",
        "gen_ai.tool.message",
        "gen_ai.choice",
    } <= set(event_names)
    traces = by_trace(r.events)
    # Legacy events carry one message each; the tool result is named from the call's event in the same batch.
    assert [flow([m for it in t for m in it.messages]) for t in traces] == expected_flows("get_weather")
    span_traces = {it.trace_id for it in r.spans}
    for t in traces:
        assert {it.trace_id for it in t} <= span_traces
        assert all(it.span_id in {s.span_id for s in r.spans} for it in t)
        assert all(it.provider == "openai" and it.service_name == "e2e-v2_events" for it in t)
        assert all((it.conversation_id, it.conversation_id_source) == (it.trace_id.hex(), "trace_id") for it in t)
    assert all(m.source.key == "body" for it in r.events for m in it.messages)
    assert_locations_resolve(r.events)


def test_openai_v2_latest_span_and_event_mode(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("v2_latest", fake_llm, otlp_sink)
    assert_common(r.spans, "e2e-v2_latest")
    expected = expected_flows("get_weather")
    assert [flow(it.messages) for it in sorted(r.spans, key=lambda i: i.time_unix_nano)] == expected
    # JSON strings on spans.
    spans_keys = {m.source.key for it in r.spans for m in it.messages}
    assert spans_keys == {"gen_ai.input.messages", "gen_ai.output.messages"}
    assert_locations_resolve(r.spans)
    # The operation.details event carries the same conversation as structured log attributes.
    assert len(r.events) == 3
    assert {it.record.event_name for it in r.events} == {"gen_ai.client.inference.operation.details"}
    assert [flow(it.messages) for it in sorted(r.events, key=lambda i: i.time_unix_nano)] == expected
    event_values = {
        kv.value.WhichOneof("value")
        for it in r.events
        for kv in it.record.attributes
        if kv.key == "gen_ai.input.messages"
    }
    assert event_values == {"array_value"}
    assert_locations_resolve(r.events)
    by_span = {it.span_id: it for it in r.spans}
    for ev in r.events:
        span = by_span[ev.span_id]
        assert ev.trace_id == span.trace_id
        assert [m.source.path for m in ev.messages] == [m.source.path for m in span.messages]
        assert (ev.model, ev.provider, ev.conversation_id) == (span.model, span.provider, span.conversation_id)


def test_openllmetry(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("openllmetry", fake_llm, otlp_sink)
    assert_common(r.spans, "e2e-openllmetry")
    spans = sorted(r.spans, key=lambda i: i.time_unix_nano)
    assert [flow(it.messages) for it in spans] == expected_flows("get_weather")
    definitions = [flow(it.messages, definitions=True) for it in spans]
    assert (
        definitions[0]
        == definitions[1]
        == [(K.TOOL_DEFINITION.value, "system", {"type": "function", **client.TOOLS[0]["function"]}, "get_weather", "")]
    )
    assert definitions[2] == []
    assert all(it.conversation_id_source == "trace_id" for it in spans)
    assert_locations_resolve(spans)


def test_openllmetry_events_path(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("openllmetry_events", fake_llm, otlp_sink)
    assert_common(r.spans, "e2e-openllmetry_events")
    assert all(it.messages == [] for it in r.spans)
    # OpenLLMetry's event bodies differ from openai-v2's: gen_ai.choice keeps tool_calls beside the message,
    # gen_ai.tool.message has no id (so the result cannot be tied to its call), and the streamed choice is
    # emitted after its span ended, without trace context. Read in time order, the conversation is complete.
    events = sorted(r.events, key=lambda i: i.time_unix_nano)
    expected = expected_flows("get_weather")
    expected[1][3] = (K.TOOL_RESULT.value, "tool", client.TOOL_RESULT, "", "")
    assert flow([m for it in events for m in it.messages]) == [step for steps in expected for step in steps]
    assert all(it.provider == "openai" for it in events)
    assert_locations_resolve(events)


def test_openinference(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("openinference", fake_llm, otlp_sink)
    assert_common(r.spans, "e2e-openinference")
    spans = sorted(r.spans, key=lambda i: i.time_unix_nano)
    assert [flow(it.messages) for it in spans] == expected_flows("get_weather")
    assert [flow(it.messages, definitions=True) for it in spans][:2] == [
        [(K.TOOL_DEFINITION.value, "system", client.TOOLS[0], "get_weather", "")]
    ] * 2
    for it in spans:
        assert (it.conversation_id, it.conversation_id_source) == (client.SESSION_ID, "session.id")
        assert it.user_id == client.USER_ID
        # llm.input_messages were read; input.value (the same request as JSON) was not read again.
        assert not any(m.source.key in ("input.value", "output.value") for m in it.messages)
    assert_locations_resolve(spans)


@pytest.mark.parametrize(
    ("scenario", "tool_keys"),
    [
        ("pydantic_ai", {"gen_ai.tool.call.arguments", "gen_ai.tool.call.result"}),
        ("pydantic_ai_v2", {"tool_arguments", "tool_response"}),
    ],
)
def test_pydantic_ai_agent(fake_llm: FakeLLMServer, otlp_sink: OTLPSink, scenario: str, tool_keys: set[str]) -> None:
    r = run(scenario, fake_llm, otlp_sink)
    ops = {it.operation: it for it in r.spans if it.operation != "chat"}
    chats = sorted((it for it in r.spans if it.operation == "chat"), key=lambda i: i.time_unix_nano)
    assert len(r.spans) == 4 and set(ops) == {"execute_tool", "invoke_agent"} and len(chats) == 2
    assert len({it.trace_id for it in r.spans}) == 1
    for it in r.spans:
        assert (it.conversation_id, it.conversation_id_source) == (client.SESSION_ID, "gen_ai.conversation.id")
        assert it.agent_name == "weather_agent"
        assert it.service_name == f"e2e-{scenario}"
    for it in chats:
        assert (it.provider, it.model, it.input_tokens, it.output_tokens) == ("openai", client.MODEL, 21, 7)

    system = (K.SYSTEM.value, "system", client.SYSTEM, "", "")
    user = (K.USER.value, "user", client.USER, "", "")
    call = (K.TOOL_CALL.value, "assistant", {"city": "Paris"}, "get_weather", TOOL_CALL_ID)
    # pydantic-ai up to instrumentation v5 sends tool results back under role "user".
    result_in_history = (K.TOOL_RESULT.value, "user", client.TOOL_RESULT, "get_weather", TOOL_CALL_ID)
    answer = (K.ASSISTANT.value, "assistant", f"The tool said: {client.TOOL_RESULT}", "", "")
    assert flow(chats[0].messages) == [system, user, call]
    assert flow(chats[1].messages) == [system, user, call, result_in_history, answer]
    definition = {"type": "function", "name": "get_weather", "description": "Current weather for a city."}
    for it in chats:
        [(kind, _, schema, name, _)] = flow(it.messages, definitions=True)
        assert (kind, name) == (K.TOOL_DEFINITION.value, "get_weather")
        assert definition.items() <= schema.items()

    tool = ops["execute_tool"]
    assert flow(tool.messages) == [call, (K.TOOL_RESULT.value, "tool", client.TOOL_RESULT, "get_weather", TOOL_CALL_ID)]
    assert {m.source.key for m in tool.messages} == tool_keys
    agent = ops["invoke_agent"]
    assert flow(agent.messages) == [system, user, call, result_in_history, answer]
    assert {m.source.key for m in agent.messages} == {"gen_ai.system_instructions", "pydantic_ai.all_messages"}
    assert_locations_resolve(r.spans)


def test_langfuse_openai_integration_and_observe(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("langfuse", fake_llm, otlp_sink)
    assert len(r.spans) == 4 and len({it.trace_id for it in r.spans}) == 1
    for it in r.spans:
        assert (it.conversation_id, it.conversation_id_source) == (client.SESSION_ID, "session.id")
        assert it.user_id == client.USER_ID
    generations = sorted((it for it in r.spans if it.operation == "chat"), key=lambda i: i.time_unix_nano)
    [tool] = [it for it in r.spans if it.operation == "execute_tool"]
    [root] = [it for it in r.spans if it.operation == "span"]
    for it in generations:
        assert (it.model, it.input_tokens, it.output_tokens) == (client.MODEL, 21, 7)
        assert {m.source.key for m in it.messages} <= {"langfuse.observation.input", "langfuse.observation.output"}
    expected = expected_flows("get_weather")
    assert [flow(it.messages) for it in generations] == expected[:2]
    # The @observe'd tool: its input is the decorated function's arguments, named from the span name.
    assert flow(tool.messages) == [
        (K.TOOL_CALL.value, "assistant", {"args": [], "kwargs": {"city": "Paris"}}, "get_weather", ""),
        (K.TOOL_RESULT.value, "tool", client.TOOL_RESULT, "get_weather", ""),
    ]
    [(kind, role, text, _, _), answer] = flow(root.messages)
    assert (kind, role) == (K.USER.value, "user") and client.USER in text
    assert answer == expected[1][-1]
    assert_locations_resolve(r.spans)


def test_langsmith_wrap_openai_and_traceable_in_otel_mode(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    r = run("langsmith", fake_llm, otlp_sink)
    assert len(r.spans) == 4 and len({it.trace_id for it in r.spans}) == 1
    for it in r.spans:
        # The thread lives in run metadata; LangSmith's project id is never taken for a conversation.
        assert (it.conversation_id, it.conversation_id_source) == (client.SESSION_ID, "langsmith.metadata.thread_id")
    llm = sorted((it for it in r.spans if it.operation == "chat"), key=lambda i: i.time_unix_nano)
    [tool] = [it for it in r.spans if it.operation == "execute_tool"]
    [root] = [it for it in r.spans if it.operation == "chain"]
    for it in llm:
        assert (it.provider, it.model, it.input_tokens, it.output_tokens) == ("openai", client.MODEL, 21, 7)
        assert {m.source.key for m in it.messages} == {"gen_ai.prompt", "gen_ai.completion"}
    expected = expected_flows("get_weather")
    assert [flow(it.messages) for it in llm] == expected[:2]
    [call, result] = tool.messages
    assert (call.kind, call.tool_name, json.loads(call.text)) == (K.TOOL_CALL, "get_weather", {"city": "Paris"})
    assert (result.kind, result.tool_name, json.loads(result.text)) == (
        K.TOOL_RESULT,
        "get_weather",
        {"output": client.TOOL_RESULT},
    )
    assert flow(root.messages) == [(K.USER.value, "user", client.USER, "", ""), expected[1][-1]]
    assert_locations_resolve(r.spans)


def test_fake_llm_saw_what_the_client_sent(fake_llm: FakeLLMServer, otlp_sink: OTLPSink) -> None:
    run("openinference", fake_llm, otlp_sink)
    bodies = fake_llm.llm.requests
    assert any(b.get("stream") for b in bodies)
    assert any(m.get("role") == "tool" for b in bodies for m in b.get("messages", []))
