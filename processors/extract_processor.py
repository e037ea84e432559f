"""The ``extract`` processor: fills ``batch.interactions`` from the GenAI content of spans and log records.

It goes first among the security stages (``detect``, ``context``, ``behavior``, ``risk``, ``enrich`` and
``redact`` read what it builds). Telemetry without GenAI content costs one multi-literal scan of its wire bytes
and passes through untouched. The reading rules are in ``spanwatch.processors.extract``.
"""

from __future__ import annotations

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Consumer, Factory, Host, Stability
from spanwatch.processors.extract import ExtractConfig, Histories, extract


class ExtractProcessor:
    def __init__(self, config: ExtractConfig) -> None:
        self.config = config
        # Chat agents re-send the whole history every call: remembered per conversation, only new turns are read.
        self.histories = Histories()

    def process(self, batch: Batch) -> Batch:
        if batch.signal != "metrics":
            batch.interactions = extract(batch, self.config, self.histories)
        return batch


def _create(id_: ComponentID, config: ExtractConfig, host: Host, signal: Signal, next_: Consumer) -> ExtractProcessor:
    return ExtractProcessor(config)


FACTORY: Factory[ExtractConfig] = Factory(
    type="extract",
    kind="processor",
    config_type=ExtractConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Reads GenAI interactions (messages, tool calls, ids) from every convention in use.",
)
