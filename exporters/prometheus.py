"""The ``prometheus`` exporter: security metrics on the self-metrics endpoint (``localhost:8888/metrics``).

Pull-based, so it emits no "sent" counts (Vector's rule for pull sinks). It records, from what detection and
risk scoring attached to each batch:

* ``spanwatch_findings_total{detector,severity,category}``
* ``spanwatch_risk_score`` (histogram of per-interaction scores) and ``spanwatch_interactions_total{level}``
* ``spanwatch_alerts_total{level}``

Labels are bounded sets (detector names, severities, levels); never a user, session or conversation id.
The other security metrics come from the components that know them, on the same endpoint: detection time is
``spanwatch_processor_duration_seconds{processor="detect"}`` (per batch, from the pipeline); conversations in
memory are ``spanwatch_conversations_active{processor,pipeline}`` and ``spanwatch_processor_context_bytes`` (the
context processor, read at scrape time); audit appends are ``spanwatch_exporter_audit_records_total`` and
``spanwatch_exporter_audit_failed_records_total`` (audit exporter). Verification runs offline
(``spanwatch audit verify``), so it reports in its output and exit code, not on this endpoint.
``tests/exporters/test_prometheus_security_metrics.py`` scrapes all of them after a real OTLP send.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Factory, Host, Stability

_RISK_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)


@dataclass(frozen=True, kw_only=True)
class PrometheusExporterConfig:
    # Upper bounds of the risk score histogram buckets.
    risk_buckets: list[float] = field(default_factory=lambda: list(_RISK_BUCKETS))

    def validate(self) -> list[str]:
        if sorted(self.risk_buckets) != self.risk_buckets or not self.risk_buckets:
            return [f"risk_buckets must be a non-empty ascending list, got {self.risk_buckets}"]
        if any(not 0 < b <= 1 for b in self.risk_buckets):
            return [f"risk_buckets must be in (0, 1], got {self.risk_buckets}"]
        return []


class PrometheusExporter:
    def __init__(self, id_: ComponentID, config: PrometheusExporterConfig, host: Host) -> None:
        t = host.telemetry
        self.findings = t.counter("findings_total", "Findings by detector, severity and category.",
                                  ["detector", "severity", "category"])
        self.risk = t.histogram("risk_score", "Risk score of each interaction with GenAI content.", (),
                                buckets=tuple(config.risk_buckets))
        self.interactions = t.counter("interactions_total", "Interactions scored, by risk level.", ["level"])
        self.alerts = t.counter("alerts_total", "Alerts raised (risk over the threshold), by level.", ["level"])

    async def start(self) -> None:
        return None

    async def consume(self, batch: Batch) -> None:
        for interaction in batch.interactions:
            for f in interaction.findings:
                self.findings.add(1, f.detector, f.severity.label, f.category)
            if interaction.risk is not None:
                self.risk.observe(interaction.risk.score)
                self.interactions.add(1, interaction.risk.level)
        for alert in batch.alerts:
            self.alerts.add(1, alert.level)

    async def shutdown(self) -> None:
        return None


def _create(id_: ComponentID, config: PrometheusExporterConfig, host: Host) -> PrometheusExporter:
    return PrometheusExporter(id_, config, host)


FACTORY: Factory[PrometheusExporterConfig] = Factory(
    type="prometheus",
    kind="exporter",
    config_type=PrometheusExporterConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Security metrics (findings, risk, alerts) on the self-metrics endpoint.",
)
