"""Re-sent chat histories read once (``extract.Histories``): the interactions equal reading every value whole.

Each case is a sequence of ``gen_ai.input.messages`` values sent in one conversation, turn after turn. Every value
is extracted twice, once with a shared ``Histories`` and once without, and the messages must be the same.
"""

from __future__ import annotations

import json

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from spanwatch.batch import Batch, Chunk
from spanwatch.processors.extract import ExtractConfig, Histories, extract
from spanwatch.processors.extract_processor import ExtractProcessor


def _msg(role: str, text: str) -> dict[str, object]:
    return {"role": role, "parts": [{"type": "text", "content": text}]}


def _batch(values: list[tuple[str, str]]) -> Batch:
    """One span per (conversation id, input.messages value), each with a fixed output."""
    req = ExportTraceServiceRequest()
    spans = req.resource_spans.add().scope_spans.add().spans
    for n, (conv, value) in enumerate(values):
        span = spans.add(trace_id=bytes(16), span_id=n.to_bytes(8, "big"), name="chat")
        span.attributes.extend([
            KeyValue(key="gen_ai.operation.name", value=AnyValue(string_value="chat")),
            KeyValue(key="gen_ai.conversation.id", value=AnyValue(string_value=conv)),
            KeyValue(key="gen_ai.input.messages", value=AnyValue(string_value=value)),
            KeyValue(key="gen_ai.output.messages", value=AnyValue(string_value=json.dumps([_msg("assistant", "ok")]))),
        ])
    return Batch(signal="traces", chunks=[Chunk.decoded("traces", req)])


def _history(turns: int, sep: str = ", ") -> list[str]:
    history = [_msg("system", "You are helpful.")]
    out = []
    for i in range(turns):
        history.append(_msg("user", f"question {i}"))
        out.append(json.dumps(history, separators=(sep, ": ")))
        history.append(_msg("assistant", f"answer {i}"))
    return out


def _same_as_whole(values: list[str], config: ExtractConfig | None = None, conv: str = "c1") -> Histories:
    config = config or ExtractConfig()
    histories = Histories()
    for value in values:
        batch = _batch([(conv, value)])
        whole = extract(batch, config)
        resent = extract(batch, config, histories)
        assert [it.messages for it in resent] == [it.messages for it in whole], value
    return histories


@pytest.mark.parametrize("values", [
    pytest.param(_history(6), id="growing history"),
    pytest.param(_history(6, sep=","), id="compact separators"),
    pytest.param([v.replace("}, {", "} ,\n\t{") for v in _history(5)], id="JSON whitespace around commas"),
    pytest.param(_history(3) + _history(3), id="history restarts"),
    pytest.param([_history(3)[2], _history(3)[2]], id="same value twice"),
    pytest.param([_history(3)[0], _history(3)[0][:-1] + ", ]"], id="trailing comma is text"),
    pytest.param([_history(3)[0], _history(3)[0][:-1] + ", {]"], id="broken tail is text"),
    pytest.param([_history(3)[0], _history(3)[0][:-1] + "\x0c, " + json.dumps(_msg("user", "x")) + "]"],
                 id="non-JSON whitespace is text"),
    pytest.param([_history(3)[0], _history(3)[0] + " trailing"], id="text after the array"),
    pytest.param([_history(2)[1], _history(2)[1].replace("question 0", "edited")], id="edited history"),
    pytest.param([_history(2)[1], json.dumps([_msg("user", "a")]) + " "], id="trailing whitespace"),
    pytest.param(["[1, 2]", "[1, 2, 3]", "[12, 3]"], id="non-message items"),
    pytest.param(['"plain"', '"plain", "more"'], id="not an array"),
])
def test_when_values_are_resent_then_messages_equal_reading_them_whole(values: list[str]) -> None:
    _same_as_whole(values)


def test_when_the_message_bound_is_reached_then_the_history_is_read_whole() -> None:
    config = ExtractConfig(max_messages=6)
    histories = _same_as_whole(_history(8), config)
    assert histories.chars <= sum(map(len, _history(8)))


def test_when_conversations_interleave_then_each_keeps_its_own_history() -> None:
    a, b = _history(4), [v.replace("question", "other") for v in _history(4)]
    histories = Histories()
    config = ExtractConfig()
    for x, y in zip(a, b, strict=True):
        batch = _batch([("a", x), ("b", y)])
        assert [it.messages for it in extract(batch, config, histories)] == [
            it.messages for it in extract(batch, config)]
    assert len(histories) == 2


def test_when_the_bounds_are_small_then_old_entries_go() -> None:
    histories = Histories(max_entries=2, max_chars=10_000)
    config = ExtractConfig()
    for n in range(5):
        extract(_batch([(f"c{n}", _history(2)[1])]), config, histories)
    assert len(histories) == 2
    histories = Histories(max_entries=100, max_chars=300)
    for n in range(5):
        extract(_batch([(f"c{n}", _history(2)[1])]), config, histories)
    assert histories.chars <= 300


def test_when_the_processor_sees_a_conversation_then_later_turns_share_earlier_messages() -> None:
    proc = ExtractProcessor(ExtractConfig())
    first, second = (proc.process(_batch([("c1", v)])).interactions[0] for v in _history(2))
    # The earlier turns' messages are the very objects read before: nothing re-parsed.
    assert all(x is y for x, y in zip(first.messages[:2], second.messages[:2], strict=True))
    assert [m.text for m in second.messages] == ["You are helpful.", "question 0", "answer 0", "question 1", "ok"]
