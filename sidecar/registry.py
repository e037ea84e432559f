"""The component registry: built-in factories plus plugins from entry points, imported only when used.

Every built-in component is listed below by kind, type and module, so the registry can answer "which types
exist" without importing anything. A module is imported the first time a config names its type: a sidecar
running the pass-through pipeline never loads the detectors, the classifier or the security exporters (their
imports cost ~55 MiB of RSS, more than the collector's whole footprint). ``all()`` (used by
``spanwatch components``) imports everything.

Plugins arrive through the entry-point groups ``spanwatch.receivers``, ``spanwatch.processors``,
``spanwatch.exporters`` and ``spanwatch.extensions``. Each entry point's name is the component type and its value
names a module-level ``Factory``; it is loaded, like a built-in, only when a config uses that type. Plugins never
arrive through import side effects.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from spanwatch.component import KINDS, Factory, Kind

log = logging.getLogger("spanwatch.registry")


@dataclass(frozen=True, slots=True)
class Builtin:
    """Where a built-in component lives. ``optional`` ones may be missing or lack their extra packages."""

    kind: Kind
    type: str
    module: str
    optional: bool = False


BUILTINS: tuple[Builtin, ...] = (
    Builtin("receiver", "otlp", "spanwatch.receivers.otlp"),
    Builtin("processor", "memory_limiter", "spanwatch.processors.memory_limiter"),
    Builtin("processor", "batch", "spanwatch.processors.batch"),
    Builtin("processor", "extract", "spanwatch.processors.extract_processor", optional=True),
    Builtin("processor", "detect", "spanwatch.processors.detect", optional=True),
    Builtin("processor", "context", "spanwatch.processors.context", optional=True),
    Builtin("processor", "behavior", "spanwatch.processors.behavior", optional=True),
    Builtin("processor", "risk", "spanwatch.processors.risk", optional=True),
    Builtin("processor", "compliance", "spanwatch.processors.compliance", optional=True),
    Builtin("processor", "enrich", "spanwatch.processors.enrich", optional=True),
    Builtin("processor", "redact", "spanwatch.processors.redact", optional=True),
    Builtin("exporter", "otlp", "spanwatch.exporters.otlp"),
    Builtin("exporter", "otlphttp", "spanwatch.exporters.otlphttp"),
    Builtin("exporter", "file", "spanwatch.exporters.file"),
    Builtin("exporter", "debug", "spanwatch.exporters.debug"),
    Builtin("exporter", "audit", "spanwatch.exporters.audit", optional=True),
    Builtin("exporter", "elasticsearch", "spanwatch.exporters.elasticsearch", optional=True),
    Builtin("exporter", "webhook", "spanwatch.exporters.webhook", optional=True),
    Builtin("exporter", "prometheus", "spanwatch.exporters.prometheus", optional=True),
    Builtin("extension", "health_check", "spanwatch.extensions.health_check"),
    Builtin("extension", "file_storage", "spanwatch.extensions.file_storage"),
)
GROUPS: dict[Kind, str] = {k: f"spanwatch.{k}s" for k in KINDS}

# A source of a factory not loaded yet: a built-in module or a plugin's entry point.
_Source = Builtin | EntryPoint


class Registry:
    """Factories by kind and type. ``factories`` are ready; ``lazy`` ones are imported on first ``get``.

    A type that fails to load (an optional stage without its extra packages, a broken plugin) is logged once
    and then behaves as unknown, so a config naming it gets the usual "unknown type" problem.
    """

    def __init__(self, factories: Iterable[Factory[Any]] = (), *, lazy: Iterable[_Source] = ()) -> None:
        self._by_kind: dict[Kind, dict[str, Factory[Any]]] = {k: {} for k in KINDS}
        self._lazy: dict[Kind, dict[str, _Source]] = {k: {} for k in KINDS}
        for source in lazy:
            kind = source.kind if isinstance(source, Builtin) else _kind_of_group(source.group)
            self._lazy[kind][source.type if isinstance(source, Builtin) else source.name] = source
        for f in factories:
            self._by_kind[f.kind][f.type] = f
            self._lazy[f.kind].pop(f.type, None)

    def get(self, kind: Kind, type_: str) -> Factory[Any] | None:
        factory = self._by_kind[kind].get(type_)
        if factory is None and type_ in self._lazy[kind]:
            factory = self._resolve(kind, type_)
        return factory

    def types(self, kind: Kind) -> list[str]:
        """Every type of this kind, loaded or not (no imports: error messages list these)."""
        return sorted(self._by_kind[kind].keys() | self._lazy[kind].keys())

    def all(self) -> list[Factory[Any]]:
        """Every factory that loads; imports every component module."""
        for kind in KINDS:
            for type_ in list(self._lazy[kind]):
                self._resolve(kind, type_)
        return [f for k in KINDS for _, f in sorted(self._by_kind[k].items())]

    def _resolve(self, kind: Kind, type_: str) -> Factory[Any] | None:
        source = self._lazy[kind].pop(type_)
        factory = _load_builtin(source) if isinstance(source, Builtin) else _load_plugin(source, kind)
        if factory is not None:
            self._by_kind[kind][type_] = factory
        return factory


def _kind_of_group(group: str) -> Kind:
    for kind, name in GROUPS.items():
        if name == group:
            return kind
    raise ValueError(f"{group} is not a spanwatch component entry-point group")


def _load_builtin(entry: Builtin) -> Factory[Any] | None:
    try:
        mod = importlib.import_module(entry.module)
    except ModuleNotFoundError as exc:
        if not entry.optional:
            raise
        if exc.name is not None and (exc.name == entry.module or entry.module.startswith(exc.name)):
            return None  # the stage itself is not part of this install
        # An optional stage whose own dependencies are missing must not take the core down with it.
        log.error("Could not load component.", extra={"fields": {"module": entry.module, "error": str(exc)}})
        return None
    factory = getattr(mod, "FACTORY", None)
    if factory is None and entry.optional:
        return None
    if not isinstance(factory, Factory) or factory.kind != entry.kind or factory.type != entry.type:
        raise TypeError(f"{entry.module}.FACTORY is not the spanwatch {entry.kind} Factory {entry.type!r}")
    return factory


def _load_plugin(ep: EntryPoint, kind: Kind) -> Factory[Any] | None:
    try:
        plugin = ep.load()
    except Exception as exc:  # a broken plugin must not stop the sidecar; say which one and why
        log.error("Could not load plugin.", extra={"fields": {"entry_point": ep.value, "error": str(exc)}})
        return None
    if isinstance(plugin, Factory) and plugin.kind == kind and plugin.type == ep.name:
        return plugin
    log.error("Plugin is not a Factory of the right kind and type.",
              extra={"fields": {"entry_point": ep.value, "kind": kind, "type": ep.name}})
    return None


def default_registry() -> Registry:
    """Built-ins, then plugins (a plugin may replace a built-in type); nothing is imported yet."""
    sources: list[_Source] = list(BUILTINS)
    for kind in KINDS:
        sources.extend(entry_points(group=GROUPS[kind]))
    return Registry(lazy=sources)
