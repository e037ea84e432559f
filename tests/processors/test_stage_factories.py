"""The context, behavior, risk and compliance factories: YAML decoding, lifecycle, and a pipeline of all four."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

import pytest
import yaml

from spanwatch.component import ComponentID, Factory, Host
from spanwatch.confmap import decode
from spanwatch.processors import behavior, compliance, context, risk
from spanwatch.registry import default_registry
from spanwatch.telemetry import Telemetry
from tests.processors.builders import K, batch, finding, interaction, message

FACTORIES: list[Factory[Any]] = [context.FACTORY, behavior.FACTORY, risk.FACTORY, compliance.FACTORY]


def host(tmp_path: Path) -> Host:
    return Host(telemetry=Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test"))


def as_yaml(value: object) -> object:
    """A config value as a user would write it in YAML (durations and sizes as their text)."""
    if isinstance(value, tuple | list):
        return [as_yaml(v) for v in value]
    if isinstance(value, dict):
        return {k: as_yaml(v) for k, v in value.items()}
    if hasattr(value, "text"):
        return value.text
    return value


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.type)
def test_when_every_default_is_written_out_then_it_decodes_to_the_defaults(factory: Factory[Any]) -> None:
    default = factory.config_type()
    text = yaml.safe_dump({f.name: as_yaml(getattr(default, f.name)) for f in dataclasses.fields(default)})
    problems: list[str] = []
    assert decode(factory.config_type, yaml.safe_load(text), f"processors::{factory.type}", problems) == default
    assert problems == []


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.type)
def test_when_a_key_is_unknown_then_decoding_says_so(factory: Factory[Any]) -> None:
    problems: list[str] = []
    decode(factory.config_type, {"no_such_key": 1}, f"processors::{factory.type}", problems)
    assert problems and problems[0].startswith(f'processors::{factory.type}: unknown key "no_such_key"')


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.type)
async def test_when_created_then_start_process_and_double_shutdown_work(factory: Factory[Any], tmp_path: Path
                                                                        ) -> None:
    assert default_registry().get("processor", factory.type) is factory
    proc = factory.create(ComponentID(factory.type), factory.config_type(), host(tmp_path), "traces", None)
    if hasattr(proc, "start"):
        await proc.start()
    assert proc.process(batch()).interactions == []
    if hasattr(proc, "shutdown"):
        await proc.shutdown()
        await proc.shutdown()


async def test_when_state_dir_is_set_then_behavior_snapshots_under_data_dir(tmp_path: Path) -> None:
    cfg = behavior.BehaviorConfig(state_dir="baselines")
    proc = behavior.FACTORY.create(ComponentID("behavior", "main"), cfg, host(tmp_path), "traces", None)
    await proc.start()
    proc.process(batch(interaction("c")))
    await proc.shutdown()
    assert (tmp_path / "baselines" / "behavior-behavior_main-traces.json").exists()


def test_when_all_four_run_in_order_then_an_interaction_leaves_scored_and_tagged(tmp_path: Path) -> None:
    stages = [f.create(ComponentID(f.type), f.config_type(), host(tmp_path), "traces", None) for f in FACTORIES]
    key = "AKIAIOSFODNN7EXAMPLE"
    it = interaction("conv-1", [message(K.USER, "deploy"), message(K.TOOL_RESULT, f"aws_access_key_id={key}", "env")],
                     [finding("secret", 0.95, index=1, entity="AWS_ACCESS_KEY", value=key,
                              tags=("data_category:credentials",))])
    b = batch(it)
    for stage in stages:
        b = stage.process(b)
    assert it.risk is not None and it.risk.level == "critical"
    assert {"soc2:CC7.2", "iso27001:A.8.11", "ccpa:spi:account_login"} <= set(it.risk.compliance_tags)
    assert len(b.alerts) == 1 and b.alerts[0].compliance_tags == it.risk.compliance_tags
    assert key not in repr(b.alerts) and key not in repr(it.risk)
