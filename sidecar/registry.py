"""The component registry: built-in factories plus plugins from entry points.

Plugins arrive through the entry-point groups ``spanwatch.receivers``, ``spanwatch.processors``,
``spanwatch.exporters`` and ``spanwatch.extensions`` (each entry point names a module-level ``Factory``),
never through import side effects.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from importlib.metadata import entry_points
from typing import Any

from spanwatch.component import KINDS, Factory, Kind

log = logging.getLogger("spanwatch.registry")

# kind -> modules exposing FACTORY. Optional ones (needing extra packages) are skipped if they can't import.
BUILTIN: dict[Kind, tuple[str, ...]] = {
    "receiver": ("spanwatch.receivers.otlp",),
    "processor": (
        "spanwatch.processors.memory_limiter",
        "spanwatch.processors.batch",
    ),
    "exporter": (
        "spanwatch.exporters.otlp",
        "spanwatch.exporters.otlphttp",
        "spanwatch.exporters.file",
        "spanwatch.exporters.debug",
    ),
    "extension": (
        "spanwatch.extensions.health_check",
        "spanwatch.extensions.file_storage",
    ),
}
# Added by later stages when present (detection, enrichment, security exporters); missing modules are fine.
OPTIONAL: dict[Kind, tuple[str, ...]] = {
    "processor": (
        "spanwatch.processors.extract_processor",
        "spanwatch.processors.detect",
        "spanwatch.processors.context",
        "spanwatch.processors.behavior",
        "spanwatch.processors.risk",
        "spanwatch.processors.compliance",
        "spanwatch.processors.enrich",
        "spanwatch.processors.redact",
    ),
    "exporter": (
        "spanwatch.exporters.audit",
        "spanwatch.exporters.elasticsearch",
        "spanwatch.exporters.webhook",
        "spanwatch.exporters.prometheus",
    ),
}
GROUPS: dict[Kind, str] = {k: f"spanwatch.{k}s" for k in KINDS}


class Registry:
    def __init__(self, factories: Iterable[Factory[Any]]) -> None:
        self._by_kind: dict[Kind, dict[str, Factory[Any]]] = {k: {} for k in KINDS}
        for f in factories:
            self._by_kind[f.kind][f.type] = f

    def get(self, kind: Kind, type_: str) -> Factory[Any] | None:
        return self._by_kind[kind].get(type_)

    def types(self, kind: Kind) -> list[str]:
        return sorted(self._by_kind[kind])

    def all(self) -> list[Factory[Any]]:
        return [f for k in KINDS for _, f in sorted(self._by_kind[k].items())]


def _load(module: str, *, optional: bool) -> Factory[Any] | None:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if optional and exc.name is not None and (exc.name == module or module.startswith(exc.name)):
            return None
        if not optional:
            raise
        # An optional stage whose own dependencies are missing must not take the core down with it.
        log.error("Could not load component.", extra={"fields": {"module": module, "error": str(exc)}})
        return None
    factory = getattr(mod, "FACTORY", None)
    if factory is None and optional:
        return None
    if not isinstance(factory, Factory):
        raise TypeError(f"{module}.FACTORY is not a spanwatch Factory")
    return factory


def default_registry() -> Registry:
    factories: list[Factory[Any]] = []
    for kind in KINDS:
        for module in BUILTIN.get(kind, ()):
            f = _load(module, optional=False)
            assert f is not None
            factories.append(f)
        for module in OPTIONAL.get(kind, ()):
            f = _load(module, optional=True)
            if f is not None:
                factories.append(f)
        for ep in entry_points(group=GROUPS[kind]):
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken plugin must not stop the sidecar; say which one and why
                log.error("Could not load plugin.", extra={"fields": {"entry_point": ep.value, "error": str(exc)}})
                continue
            if isinstance(plugin, Factory) and plugin.kind == kind:
                factories.append(plugin)
            else:
                log.error("Plugin is not a Factory of the right kind.",
                          extra={"fields": {"entry_point": ep.value, "kind": kind}})
    return Registry(factories)
