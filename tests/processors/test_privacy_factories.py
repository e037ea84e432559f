"""The enrich and redact factories: YAML decoding, lifecycle, and the whole security tail on a real span."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

import pytest
import yaml

from spanwatch.component import ComponentID, Factory, Host
from spanwatch.confmap import decode
from spanwatch.processors import behavior, compliance, context, enrich, redact, risk
from spanwatch.registry import default_registry
from spanwatch.telemetry import Telemetry
from tests.processors.privacy_records import add, attr, find, span_batch

FACTORIES: list[Factory[Any]] = [enrich.FACTORY, redact.FACTORY]


def host(tmp_path: Path) -> Host:
    return Host(telemetry=Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test"))


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.type)
def test_when_every_default_is_written_out_then_it_decodes_to_the_defaults(factory: Factory[Any]) -> None:
    default = factory.config_type()
    values = {f.name: getattr(default, f.name) for f in dataclasses.fields(default)}
    # Written as a user would: tuples as lists, sizes (ByteSize, an int subclass) as plain byte counts.
    plain = {k: list(v) if isinstance(v, tuple) else int(v) if type(v) is not int and isinstance(v, int)
             and not isinstance(v, bool) else v for k, v in values.items()}
    text = yaml.safe_dump(plain)
    problems: list[str] = []
    assert decode(factory.config_type, yaml.safe_load(text), f"processors::{factory.type}", problems) == default
    assert problems == []


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.type)
def test_when_a_key_is_unknown_then_decoding_says_so(factory: Factory[Any]) -> None:
    problems: list[str] = []
    decode(factory.config_type, {"no_such_key": 1}, f"processors::{factory.type}", problems)
    assert problems and problems[0].startswith(f'processors::{factory.type}: unknown key "no_such_key"')


@pytest.mark.parametrize("config, problem", [
    ({"mode": "everything"}, "processors::redact::mode: must be one of full, redact, hash_only"),
    ({"min_severity": "severe"}, "processors::enrich::min_severity: must be one of info, low, medium, high"),
])
def test_when_a_choice_is_not_offered_then_decoding_lists_the_choices(config: dict[str, Any], problem: str) -> None:
    factory = redact.FACTORY if "mode" in config else enrich.FACTORY
    problems: list[str] = []
    decode(factory.config_type, config, f"processors::{factory.type}", problems)
    assert problems and problems[0].startswith(problem), problems


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.type)
async def test_when_created_then_start_process_and_double_shutdown_work(factory: Factory[Any], tmp_path: Path
                                                                        ) -> None:
    assert default_registry().get("processor", factory.type) is factory
    assert factory.requires_before == ("extract",)
    proc = factory.create(ComponentID(factory.type), factory.config_type(), host(tmp_path), "traces", None)
    if hasattr(proc, "start"):
        await proc.start()
    batch = span_batch({"http.method": "GET"})
    assert proc.process(batch).interactions == []
    if hasattr(proc, "shutdown"):
        await proc.shutdown()
        await proc.shutdown()


def test_when_the_whole_tail_runs_then_the_span_is_scored_tagged_redacted_and_findings_leave_clean(
        tmp_path: Path) -> None:
    key = "AKIAQ4XZ7NM2P5RT6WYK"
    batch = span_batch({"gen_ai.conversation.id": "conv-1", "gen_ai.prompt.0.role": "user",
                        "gen_ai.prompt.0.content": f"deploy with {key} and mail jane@example.com"})
    it = batch.interactions[0]
    add(batch, find(it, key, "AWS_ACCESS_KEY"), find(it, "jane@example.com", "EMAIL"))
    h = host(tmp_path)
    stages = [f.create(ComponentID(f.type), f.config_type(), h, "traces", None)
              for f in (context.FACTORY, behavior.FACTORY, risk.FACTORY, compliance.FACTORY, enrich.FACTORY,
                        redact.FACTORY)]
    for stage in stages:
        batch = stage.process(batch)
    span = batch.chunks[0].message.resource_spans[0].scope_spans[0].spans[0]  # type: ignore[union-attr]
    assert attr(span, "gen_ai.prompt.0.content") == "deploy with [AWS_ACCESS_KEY_1] and mail [EMAIL_1]"
    assert attr(span, "spanwatch.risk.level") in ("high", "critical")
    assert attr(span, "spanwatch.finding.count") == 2
    assert "secret" in attr(span, "spanwatch.threat.types")
    assert "iso27001:A.8.11" in attr(span, "spanwatch.compliance.tags")
    events = {r.event_name for rl in batch.derived_logs[0].message.resource_logs  # type: ignore[union-attr]
              for sl in rl.scope_logs for r in sl.log_records}
    assert events == {"spanwatch.finding", "spanwatch.alert"}
    wire = b"".join(c.wire() for c in [*batch.chunks, *batch.derived_logs])
    assert key.encode() not in wire and b"jane@example.com" not in wire
    assert h.telemetry.counter("processor_redact_replaced_total", "", ["processor", "mode", "type"]).get(
        "redact", "redact", "EMAIL") == 1
