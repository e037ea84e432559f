"""Config loading and whole-tree validation: every problem reported at once, each with its key path."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spanwatch.config import default_config_text, load_config
from spanwatch.confmap import ByteSize, Duration
from spanwatch.errors import ConfigError

MINIMAL = """
receivers:
  otlp:
    protocols:
      grpc:
exporters:
  debug:
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [debug]
"""


def problems(text: str, env: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as err:
        load_config(text=textwrap.dedent(text), env=env or {})
    return err.value.problems


def test_the_embedded_default_config_is_valid() -> None:
    config = load_config(env={})
    assert {p.name for p in config.pipelines} == {"traces", "logs", "metrics"}
    assert config.service.telemetry.metrics.address == "localhost:8888"


def test_a_protocol_key_with_no_value_turns_it_on_with_defaults() -> None:
    config = load_config(text=MINIMAL, env={})
    (spec,) = config.components["receiver"].values()
    assert spec.config.protocols.grpc.endpoint == "localhost:4317"
    assert spec.config.protocols.http is None


BAD = [
    ("negative batch timeout",
     MINIMAL + "processors:\n  batch:\n    timeout: -1s\n",
     ["processors::batch: timeout must be > 0, got -1s"]),
    ("unknown key with a suggestion",
     MINIMAL.replace("  debug:", "  debug:\n    verbosty: basic"),
     ['exporters::debug: unknown key "verbosty" (did you mean "verbosity"?)']),
    ("wrong type",
     MINIMAL + "processors:\n  batch:\n    send_batch_size: lots\n",
     ["processors::batch::send_batch_size: must be an integer, got 'lots'"]),
    ("max below size",
     MINIMAL + "processors:\n  batch:\n    send_batch_size: 100\n    send_batch_max_size: 10\n",
     ["processors::batch: send_batch_max_size must be greater or equal to send_batch_size, got 10 < 100"]),
    ("unknown component type",
     MINIMAL + "processors:\n  magic:\n",
     ['processors::magic: unknown processor type "magic" (known: batch, ']),
    ("pipeline references an unconfigured exporter",
     MINIMAL.replace("exporters: [debug]", "exporters: [debug, otlp/backend]"),
     ['service::pipelines::traces: references exporter "otlp/backend" which is not configured']),
    ("bad pipeline name",
     MINIMAL.replace("    traces:", "    spans:"),
     ['service::pipelines::spans: pipeline name must start with traces, logs or metrics, got "spans"']),
    ("pipeline without exporters",
     MINIMAL.replace("      exporters: [debug]", "      exporters: []"),
     ["service::pipelines::traces: must have at least one exporter"]),
    ("bad endpoint",
     MINIMAL.replace("      grpc:", "      grpc:\n        endpoint: nowhere"),
     ["receivers::otlp::protocols::grpc: endpoint must be host:port (e.g. localhost:4317), got 'nowhere'"]),
    ("bad duration",
     MINIMAL + "processors:\n  batch:\n    timeout: soon\n",
     ["processors::batch::timeout: must be a duration (e.g. 200ms, 5s), got 'soon'"]),
    ("otlp exporter needs an endpoint",
     MINIMAL.replace("  debug:", "  debug:\n  otlp:\n    tls: {insecure: true}"),
     ['exporters::otlp: endpoint must be set (e.g. "collector:4317")']),
    ("unset env var",
     MINIMAL.replace("      grpc:", "      grpc:\n        endpoint: ${env:NOPE}"),
     ["receivers::otlp::protocols::grpc::endpoint: environment variable NOPE is not set "
      "(set it, or give a default with ${env:NOPE:-value})"]),
    ("bad component id",
     MINIMAL + "processors:\n  Batch/x y:\n",
     ['processors::Batch/x y: "Batch/x y" is not a component id (use type or type/name, e.g. otlp/backend-1)']),
    ("unknown top-level key",
     MINIMAL + "recievers: {}\n",
     ['unknown top-level key "recievers" (known: receivers, processors, exporters, extensions, service)']),
    ("literal choice",
     MINIMAL + "  telemetry:\n    logs:\n      encoding: xml\n",
     ["service::telemetry::logs::encoding: must be one of console, json, got 'xml'"]),
    ("memory limiter without a limit",
     MINIMAL + "processors:\n  memory_limiter:\n    limit_percentage: 0\n",
     ["processors::memory_limiter: either limit_mib or limit_percentage must be > 0"]),
]


@pytest.mark.parametrize("name, text, expected", BAD, ids=[b[0] for b in BAD])
def test_when_config_is_bad_then_the_exact_problem_is_reported(name: str, text: str, expected: list[str]) -> None:
    got = problems(text)
    for want in expected:
        assert any(p.startswith(want) for p in got), f"{want!r} not in {got!r}"


def test_a_key_given_twice_is_named_with_both_lines() -> None:
    (problem,) = problems(MINIMAL + "processors:\n  batch:\n    timeout: 1s\n    timeout: 5s\n")
    assert "key 'timeout' appears twice (first on line 15); remove one of them" in problem


def test_every_problem_is_reported_at_once() -> None:
    text = MINIMAL.replace("exporters: [debug]", "exporters: [debug, missing]") + textwrap.dedent("""
        processors:
          batch:
            timeout: -1s
            send_batch_size: 0
          memory_limiter:
            limit_percentage: 120
        """)
    got = problems(text)
    assert len(got) >= 4, got
    assert any("timeout must be > 0" in p for p in got)
    assert any("send_batch_size must be > 0" in p for p in got)
    assert any("limit_percentage must be in [0, 100], got 120" in p for p in got)
    assert any('references exporter "missing"' in p for p in got)


def test_env_substitution_types_whole_values_and_interpolates_parts() -> None:
    text = MINIMAL.replace("      grpc:", "      grpc:\n        endpoint: ${env:HOST}:${env:PORT:-4317}\n"
                           "        max_recv_msg_size_mib: ${env:MSG_MIB}")
    config = load_config(text=text, env={"HOST": "127.0.0.1", "MSG_MIB": "8"})
    (spec,) = config.components["receiver"].values()
    assert spec.config.protocols.grpc.endpoint == "127.0.0.1:4317"
    assert spec.config.protocols.grpc.max_recv_msg_size_mib == 8
    escaped = load_config(text=MINIMAL.replace("  debug:", "  debug:\n  file:\n    path: $${env:X}.jsonl"), env={})
    assert escaped.components["exporter"][next(iter(c for c in escaped.components["exporter"]
                                                     if c.type == "file"))].config.path == "${env:X}.jsonl"


@pytest.mark.parametrize("text, seconds", [("200ms", 0.2), ("5s", 5.0), ("1m", 60.0), ("1.5h", 5400.0), (3, 3.0)])
def test_durations(text: str | int, seconds: float) -> None:
    assert Duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text, n", [("4MiB", 4 << 20), ("512KiB", 512 << 10), ("1GiB", 1 << 30), (100, 100)])
def test_sizes(text: str | int, n: int) -> None:
    assert ByteSize(text) == n


def test_validate_command_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL)
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL + "processors:\n  batch:\n    timeout: -1s\n    send_batch_size: 0\n")
    run = [sys.executable, "-m", "spanwatch", "validate"]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "valid" in ok.stdout
    fail = subprocess.run([*run, str(bad)], capture_output=True, text=True, check=False)
    assert fail.returncode == 2
    assert "processors::batch: timeout must be > 0, got -1s" in fail.stderr
    assert "processors::batch: send_batch_size must be > 0, got 0" in fail.stderr


def test_cli_components_and_version() -> None:
    out = subprocess.run([sys.executable, "-m", "spanwatch", "components"], capture_output=True, text=True,
                         check=True).stdout
    for kind, type_ in (("receiver", "otlp"), ("processor", "batch"), ("processor", "memory_limiter"),
                        ("exporter", "otlp"), ("exporter", "otlphttp"), ("exporter", "file"),
                        ("exporter", "debug"), ("extension", "health_check"), ("extension", "file_storage")):
        assert any(line.split()[:2] == [kind, type_] for line in out.splitlines()), (kind, type_)
    version = subprocess.run([sys.executable, "-m", "spanwatch", "--version"], capture_output=True, text=True,
                             check=True).stdout
    assert version.startswith("spanwatch ")


def test_default_config_documents_every_key_of_its_components() -> None:
    """The shipped default.yaml spells out every field of every component it configures (it is the reference)."""
    import dataclasses

    import yaml

    from spanwatch.registry import default_registry

    data = yaml.safe_load(default_config_text())
    registry = default_registry()
    kinds = {"receivers": "receiver", "processors": "processor", "exporters": "exporter", "extensions": "extension"}

    def walk(cls: type, value: dict[str, object], path: str) -> list[str]:
        missing = []
        for f in dataclasses.fields(cls):
            if f.name not in value:
                missing.append(f"{path}::{f.name}")
                continue
            sub = value[f.name]
            if dataclasses.is_dataclass(f.type) and isinstance(sub, dict):
                missing += walk(f.type, sub, f"{path}::{f.name}")  # type: ignore[arg-type]
        return missing

    missing: list[str] = []
    for section, kind in kinds.items():
        for key, value in (data.get(section) or {}).items():
            factory = registry.get(kind, key.partition("/")[0])  # type: ignore[arg-type]
            assert factory is not None
            if dataclasses.is_dataclass(factory.config_type) and isinstance(value, dict):
                import typing

                hints = typing.get_type_hints(factory.config_type)
                for f in dataclasses.fields(factory.config_type):
                    if f.name not in value:
                        missing.append(f"{section}::{key}::{f.name}")
                    elif isinstance(value[f.name], dict):
                        tp = hints[f.name]
                        if dataclasses.is_dataclass(tp):
                            missing += walk(tp, value[f.name], f"{section}::{key}::{f.name}")  # type: ignore[arg-type]
    assert missing == []
