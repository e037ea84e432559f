"""The service configuration: collector-shaped YAML, decoded and validated as one tree.

    receivers / processors / exporters / extensions:  id (type[/name]) -> component config
    service: {extensions: [...], pipelines: {traces[/name]: {receivers, processors, exporters}}, telemetry, data_dir}

``load_config`` returns a Config or raises ConfigError listing *every* problem with its key path.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from spanwatch.batch import SIGNALS, Signal
from spanwatch.component import ComponentID, Factory, Kind
from spanwatch.confmap import decode, expand_env, load_yaml
from spanwatch.errors import ConfigError
from spanwatch.registry import Registry, default_registry

SECTIONS: dict[str, Kind] = {
    "receivers": "receiver",
    "processors": "processor",
    "exporters": "exporter",
    "extensions": "extension",
}


@dataclass(frozen=True, kw_only=True)
class PipelineConfig:
    receivers: list[str] = field(default_factory=list)
    processors: list[str] = field(default_factory=list)
    exporters: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class LogsTelemetry:
    level: Literal["debug", "info", "warn", "warning", "error"] = "info"
    # console: human-readable lines; json: one JSON object per line for log pipelines.
    encoding: Literal["console", "json"] = "console"


@dataclass(frozen=True, kw_only=True)
class MetricsTelemetry:
    # none turns the self-metrics endpoint off.
    level: Literal["none", "basic", "normal", "detailed"] = "basic"
    # Prometheus scrape endpoint (GET /metrics), localhost by default like the collector's.
    address: str = "localhost:8888"

    def validate(self) -> list[str]:
        host, sep, port = self.address.rpartition(":")
        if not sep or not host or not port.isdigit():
            return [f"address must be host:port (e.g. localhost:8888), got {self.address!r}"]
        return []


@dataclass(frozen=True, kw_only=True)
class TelemetryConfig:
    logs: LogsTelemetry = LogsTelemetry()
    metrics: MetricsTelemetry = MetricsTelemetry()


@dataclass(frozen=True, kw_only=True)
class ServiceConfig:
    extensions: list[str] = field(default_factory=list)
    pipelines: dict[str, PipelineConfig] = field(default_factory=dict)
    telemetry: TelemetryConfig = TelemetryConfig()
    # Where components keep local state (file exporter output, persistent queues, audit chain).
    data_dir: str = "data"
    # Longest a SIGTERM drain may take before the process exits anyway.
    shutdown_timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    id: ComponentID
    kind: Kind
    factory: Factory[Any]
    config: Any


@dataclass(frozen=True, slots=True)
class Pipeline:
    name: str
    signal: Signal
    receivers: tuple[ComponentID, ...]
    processors: tuple[ComponentID, ...]
    exporters: tuple[ComponentID, ...]


@dataclass(frozen=True, slots=True)
class Config:
    components: Mapping[Kind, Mapping[ComponentID, ComponentSpec]]
    service: ServiceConfig
    pipelines: tuple[Pipeline, ...]
    source: str

    def spec(self, kind: Kind, id_: ComponentID) -> ComponentSpec:
        return self.components[kind][id_]


def default_config_text() -> str:
    return resources.files("spanwatch.defaults").joinpath("default.yaml").read_text()


def read_config_text(path: str | None) -> tuple[str, str]:
    if path is None:
        return default_config_text(), "<embedded default.yaml>"
    try:
        return Path(path).read_text(), path
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read config: {exc.strerror}"]) from None


def load_config(path: str | None = None, *, env: Mapping[str, str] | None = None,
                registry: Registry | None = None, text: str | None = None) -> Config:
    source = "<text>"
    if text is None:
        text, source = read_config_text(path)
    try:
        raw = load_yaml(text, source=source)
    except ValueError as exc:
        raise ConfigError([str(exc)]) from None
    problems: list[str] = []
    data = expand_env(raw, os.environ if env is None else env, problems)
    config = _build(data, registry or default_registry(), problems, source)
    if problems or config is None:
        raise ConfigError(problems)
    return config


def _build(data: dict[str, Any], registry: Registry, problems: list[str], source: str) -> Config | None:
    for key in data:
        if key not in SECTIONS and key != "service":
            hint = " (connectors are not supported yet)" if key == "connectors" else ""
            problems.append(f'unknown top-level key "{key}"{hint} (known: {", ".join([*SECTIONS, "service"])})')
    components: dict[Kind, dict[ComponentID, ComponentSpec]] = {k: {} for k in SECTIONS.values()}
    for section, kind in SECTIONS.items():
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            problems.append(f"{section}: must be a mapping of component ids to configs")
            continue
        for key, value in entries.items():
            path = f"{section}::{key}"
            try:
                cid = ComponentID.parse(str(key))
            except ValueError as exc:
                problems.append(f"{path}: {exc}")
                continue
            factory = registry.get(kind, cid.type)
            if factory is None:
                known = ", ".join(registry.types(kind)) or "none"
                problems.append(f'{path}: unknown {kind} type "{cid.type}" (known: {known})')
                continue
            cfg = decode(factory.config_type, value, path, problems)
            if cfg is not None:
                components[kind][cid] = ComponentSpec(cid, kind, factory, cfg)
    service = decode(ServiceConfig, data.get("service"), "service", problems)
    if service is None:
        return None
    pipelines = _pipelines(service, components, problems, data)
    for ext in service.extensions:
        try:
            if ComponentID.parse(ext) not in components["extension"] and not _mentioned(data, "extensions", ext):
                problems.append(f'service::extensions: references extension "{ext}" which is not configured')
        except ValueError as exc:
            problems.append(f"service::extensions: {exc}")
    if not pipelines and not problems:
        problems.append("service::pipelines: at least one pipeline must be configured")
    return Config(components=components, service=service, pipelines=tuple(pipelines), source=source)


def _mentioned(data: dict[str, Any], section: str, key: str) -> bool:
    """True when the id is in the YAML but failed to decode (already reported; don't report twice)."""
    entries = data.get(section)
    return isinstance(entries, dict) and key in entries


def _pipelines(service: ServiceConfig, components: Mapping[Kind, Mapping[ComponentID, ComponentSpec]],
               problems: list[str], data: dict[str, Any]) -> list[Pipeline]:
    out: list[Pipeline] = []
    for name, pipe in service.pipelines.items():
        path = f"service::pipelines::{name}"
        signal_name = name.partition("/")[0]
        if signal_name not in SIGNALS:
            problems.append(f'{path}: pipeline name must start with traces, logs or metrics, got "{name}"')
            continue
        signal: Signal = signal_name
        ids: dict[str, list[ComponentID]] = {}
        for role, kind, listed in (("receivers", "receiver", pipe.receivers),
                                   ("processors", "processor", pipe.processors),
                                   ("exporters", "exporter", pipe.exporters)):
            ids[role] = []
            if role != "processors" and not listed:
                problems.append(f"{path}: must have at least one {kind}")
            seen: set[ComponentID] = set()
            for text in listed:
                try:
                    cid = ComponentID.parse(text)
                except ValueError as exc:
                    problems.append(f"{path}::{role}: {exc}")
                    continue
                if cid in seen:
                    problems.append(f'{path}::{role}: "{text}" is listed twice')
                seen.add(cid)
                spec = components[kind].get(cid)  # type: ignore[index]
                if spec is None:
                    if not _mentioned(data, role, text):
                        problems.append(f'{path}: references {kind} "{text}" which is not configured')
                    continue
                if signal not in spec.factory.stability:
                    problems.append(f'{path}: {kind} "{text}" does not support {signal}')
                    continue
                ids[role].append(cid)
        earlier: list[str] = []
        for cid in ids["processors"]:
            spec = components["processor"][cid]
            for needed in spec.factory.requires_before:
                if needed not in earlier:
                    problems.append(f'{path}: processor "{cid}" needs a "{needed}" processor before it '
                                    f"(add {needed} earlier in processors)")
            earlier.append(cid.type)
        out.append(Pipeline(name, signal, tuple(ids["receivers"]), tuple(ids["processors"]),
                            tuple(ids["exporters"])))
    return out
