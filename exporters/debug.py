"""The ``debug`` exporter: a console summary of what passes through (and, at ``detailed``, the data)."""

from __future__ import annotations

import logging
from collections import Counter as Tally
from dataclasses import dataclass

from spanwatch import otlp_json
from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.exporters._delivery import ITEM_NAMES
from spanwatch.telemetry import fields


@dataclass(frozen=True, kw_only=True)
class DebugExporterConfig:
    # basic: one line per batch; normal: adds risk levels and threat types; detailed: the whole OTLP/JSON.
    verbosity: str = "basic"

    def validate(self) -> list[str]:
        if self.verbosity not in ("basic", "normal", "detailed"):
            return [f"verbosity must be basic, normal or detailed, got {self.verbosity!r}"]
        return []


class DebugExporter:
    def __init__(self, id_: ComponentID, config: DebugExporterConfig, host: Host) -> None:
        self.id = id_
        self.config = config
        self.log = logging.getLogger(f"spanwatch.exporter.{id_}")
        t = host.telemetry
        self._sent = {s: t.counter(f"exporter_sent_{n}_total", f"{n.capitalize()} successfully sent.",
                                   ["exporter"]) for s, n in ITEM_NAMES.items()}

    async def start(self) -> None:
        return None

    async def consume(self, batch: Batch) -> None:
        self._sent[batch.signal].add(batch.items, str(self.id))
        summary: dict[str, object] = {"signal": batch.signal, ITEM_NAMES[batch.signal]: batch.items,
                                      "requests": len(batch.chunks)}
        findings = batch.findings if self.config.verbosity != "basic" else []  # a fresh list per access
        if findings:
            summary["findings"] = len(findings)
            summary["threats"] = dict(Tally(f.category for f in findings))
        self.log.info("Exported batch.", extra=fields(**summary))
        if self.config.verbosity == "detailed":
            self.log.info(otlp_json.encode(batch.merged()).decode())

    async def shutdown(self) -> None:
        return None


def _create(id_: ComponentID, config: DebugExporterConfig, host: Host) -> DebugExporter:
    return DebugExporter(id_, config, host)


FACTORY: Factory[DebugExporterConfig] = Factory(
    type="debug",
    kind="exporter",
    config_type=DebugExporterConfig,
    create=_create,
    stability={"traces": Stability.DEVELOPMENT, "logs": Stability.DEVELOPMENT, "metrics": Stability.DEVELOPMENT},
    description="Logs a summary of each batch to the console.",
)
