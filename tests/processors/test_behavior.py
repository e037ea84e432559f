"""The behavior processor: baselines, anomalies after warm-up, new tools, off-hours, repetition, snapshots."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from spanwatch.processors.behavior import BehaviorConfig, BehaviorProcessor
from spanwatch.processors.interaction import Interaction
from tests.processors.builders import T0, K, batch, interaction, kinds, message

DAY = 86400.0


def warm(proc: BehaviorProcessor, n: int = 40, *, start: float = T0, step: float = 60.0, agent: str = "a1",
         tools: tuple[str, ...] = ("search",)) -> float:
    """n ordinary interactions, one a minute, in business hours; returns the next timestamp."""
    t = start
    for i in range(n):
        msgs = [message(K.USER, f"question {i}"), message(K.ASSISTANT, "x" * (400 + (i % 7) * 20))]
        msgs += [message(K.TOOL_CALL, json.dumps({"q": i}), tool) for tool in tools]
        proc.process(batch(interaction(f"c{i}", msgs, at=t, agent=agent, input_tokens=100 + (i % 5) * 10,
                                       output_tokens=80 + (i % 3) * 10)))
        t += step
    return t


def observe(proc: BehaviorProcessor, it: Interaction) -> list[str]:
    proc.process(batch(it))
    return kinds(it)


@pytest.mark.parametrize("overrides, expected", [
    ({"input_tokens": 5000}, "anomaly.input_tokens"),
    ({"output_tokens": 6000}, "anomaly.output_tokens"),
    ({"response": "y" * 20000}, "anomaly.response_length"),
    ({"tool_calls": 12}, "anomaly.tool_calls"),
])
def test_when_a_metric_jumps_after_warm_up_then_anomaly(overrides: dict[str, object], expected: str) -> None:
    proc = BehaviorProcessor(BehaviorConfig())
    t = warm(proc)
    msgs = [message(K.USER, "q"), message(K.ASSISTANT, str(overrides.get("response", "x" * 420)))]
    calls = int(str(overrides.get("tool_calls", 1)))
    msgs += [message(K.TOOL_CALL, json.dumps({"q": i}), "search") for i in range(calls)]
    it = interaction("z", msgs, at=t, input_tokens=int(str(overrides.get("input_tokens", 110))),
                     output_tokens=int(str(overrides.get("output_tokens", 90))))
    assert expected in observe(proc, it)


def test_when_values_are_ordinary_then_no_anomaly() -> None:
    proc = BehaviorProcessor(BehaviorConfig())
    t = warm(proc)
    it = interaction("z", [message(K.USER, "q"), message(K.ASSISTANT, "x" * 430),
                           message(K.TOOL_CALL, "{}", "search")], at=t, input_tokens=120, output_tokens=90)
    assert observe(proc, it) == []


def test_when_still_warming_up_then_nothing_is_anomalous() -> None:
    proc = BehaviorProcessor(BehaviorConfig(min_samples=20))
    t = warm(proc, 10)
    it = interaction("z", [message(K.TOOL_CALL, "{}", "shell")], at=t, input_tokens=90000)
    assert observe(proc, it) == []


def test_when_an_agent_calls_a_tool_for_the_first_time_then_new_tool() -> None:
    proc = BehaviorProcessor(BehaviorConfig())
    t = warm(proc)
    seen = interaction("z", [message(K.TOOL_CALL, "{}", "search")], at=t)
    new = interaction("z", [message(K.TOOL_CALL, '{"cmd": "id"}', "shell")], at=t + 60)
    assert "new_tool" not in observe(proc, seen)
    assert "new_tool" in observe(proc, new)


def test_when_the_same_tool_call_repeats_then_repetition() -> None:
    proc = BehaviorProcessor(BehaviorConfig(repetition_threshold=5))
    out: list[list[str]] = []
    for i in range(6):
        out.append(observe(proc, interaction("z", [message(K.TOOL_CALL, '{"to": "x@evil.test"}', "send_email")],
                                             at=T0 + i)))
    assert "repetition" not in out[3] and "repetition" in out[4]
    varied = BehaviorProcessor(BehaviorConfig())
    assert all("repetition" not in observe(varied, interaction("z", [message(K.TOOL_CALL, f'{{"n": {i}}}', "t")],
                                                                    at=T0 + i)) for i in range(10))


def test_when_an_agent_re_sends_its_history_then_replayed_calls_and_replies_are_not_counted_again() -> None:
    proc = BehaviorProcessor(BehaviorConfig(repetition_threshold=5))
    call = message(K.TOOL_CALL, '{"q": "weather"}', "search")
    history = [message(K.USER, "hi"), message(K.TOOL_CALL, call.text, "search", replayed=True),
               message(K.ASSISTANT, "x" * 500, replayed=True)]
    first = observe(proc, interaction("h", [message(K.USER, "hi"), call], at=T0))
    # Eight more turns, each re-sending the first call and a long reply: one call made, once.
    later = [observe(proc, interaction("h", [*history, message(K.USER, f"turn {i}"), message(K.ASSISTANT, "ok")],
                                       at=T0 + 1 + i)) for i in range(8)]
    assert "repetition" not in first and all("repetition" not in s for s in later)
    base = proc.baseline("agent:a1")
    assert base is not None
    assert base["tool_calls"][1] < 0.2  # the mean: one call in nine interactions, not one per interaction
    assert base["response_length"][1] < 10  # "ok" per turn, not the replayed 500 characters


def test_when_a_daytime_agent_acts_at_night_then_off_hours() -> None:
    night = T0 + 11 * 3600  # Wednesday 03:00 UTC
    day_agent = BehaviorProcessor(BehaviorConfig())
    warm(day_agent, 40, step=60)
    assert "off_hours" in observe(day_agent, interaction("z", [], at=night))
    assert "off_hours" not in observe(day_agent, interaction("z", [], at=T0 + DAY))  # Wednesday 16:00


def test_when_an_agent_always_runs_at_night_then_night_is_normal() -> None:
    proc = BehaviorProcessor(BehaviorConfig())
    night = T0 + 11 * 3600
    warm(proc, 40, start=night, step=60)
    assert "off_hours" not in observe(proc, interaction("z", [], at=night + 3000))


def test_when_utc_offset_is_set_then_business_hours_are_local() -> None:
    # 16:00 UTC is 01:00 the next day at +09:00.
    proc = BehaviorProcessor(BehaviorConfig(utc_offset="+09:00"))
    assert proc._off_hours(T0) is True
    assert BehaviorProcessor(BehaviorConfig())._off_hours(T0) is False


def test_when_requests_burst_then_request_rate_anomaly_once_per_entity() -> None:
    proc = BehaviorProcessor(BehaviorConfig())
    t = warm(proc, 60, step=60)  # one a minute
    hits = [observe(proc, interaction("z", [], at=t + i * 0.5)).count("anomaly.request_rate") for i in range(40)]
    assert sum(hits) == 2  # once for the agent's baseline, once for the user's, then quiet for that minute


def test_when_errors_burst_then_error_rate_anomaly() -> None:
    proc = BehaviorProcessor(BehaviorConfig())
    t = warm(proc, 40)
    seen = []
    for i in range(6):
        seen += observe(proc, interaction("z", [], at=t + i * 60, error=True))
    assert "anomaly.error_rate" in seen


def test_when_restarted_then_baselines_survive(tmp_path: Path) -> None:
    path = tmp_path / "state" / "behavior.json"
    first = BehaviorProcessor(BehaviorConfig(), state_path=path)
    t = warm(first, 40)
    asyncio.run(first.shutdown())
    asyncio.run(first.shutdown())  # idempotent
    assert path.exists() and not path.with_name(path.name + ".tmp").exists()
    second = BehaviorProcessor(BehaviorConfig(), state_path=path)
    asyncio.run(second.start())
    assert second.baseline("agent:a1") == first.baseline("agent:a1")
    # Warm already: the first odd value after the restart is caught, and a tool seen before the restart is not new.
    it = interaction("z", [message(K.TOOL_CALL, "{}", "search")], at=t, input_tokens=50000)
    assert observe(second, it) == ["anomaly.input_tokens", "anomaly.input_tokens"]  # agent and user baselines


def test_when_snapshot_is_corrupt_then_start_is_cold_not_broken(tmp_path: Path) -> None:
    path = tmp_path / "behavior.json"
    path.write_text("{not json")
    proc = BehaviorProcessor(BehaviorConfig(), state_path=path)
    assert proc.restore() == 0 and len(proc) == 0


def test_when_snapshot_interval_passes_then_it_snapshots_while_running(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    now = [T0]
    proc = BehaviorProcessor(BehaviorConfig(snapshot_interval=BehaviorConfig().snapshot_interval), state_path=path,
                             clock=lambda: now[0])
    proc.process(batch(interaction("z", [], at=T0)))
    assert not path.exists()
    now[0] += 301
    proc.process(batch(interaction("z", [], at=T0 + 301)))
    assert json.loads(path.read_text())["version"] == 1


def test_when_entities_exceed_the_bound_then_least_recent_go() -> None:
    proc = BehaviorProcessor(BehaviorConfig(max_entities=4))
    for i in range(10):
        proc.process(batch(interaction("z", [], at=T0 + i, agent=f"agent-{i}", user=f"user-{i}")))
    assert len(proc) == 4 and proc.baseline("agent:agent-9") is not None and proc.baseline("agent:agent-0") is None


@pytest.mark.parametrize("kwargs, problem", [
    ({"pattern_window": 0}, "pattern_window must be > 0, got 0"),
    ({"z_threshold": -1.0}, "z_threshold must be > 0, got -1.0"),
    ({"business_hours": "9-17"}, "business_hours must be HH:MM-HH:MM, got '9-17'"),
    ({"business_days": ("monday",)},
     "business_days must name days as mon, tue, wed, thu, fri, sat, sun, got 'monday'"),
    ({"utc_offset": "UTC+2"}, "utc_offset must be ±HH:MM, got 'UTC+2'"),
    ({"repetition_threshold": 40}, "repetition_threshold must be <= repetition_window (16), got 40"),
])
def test_when_config_is_bad_then_validate_names_key_and_constraint(kwargs: dict[str, object], problem: str) -> None:
    assert problem in BehaviorConfig(**kwargs).validate()  # type: ignore[arg-type]


def test_default_config_is_valid() -> None:
    assert BehaviorConfig().validate() == []
