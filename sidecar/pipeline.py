"""Pipelines: receivers fan in, processors run in order, exporters fan out.

Each processor is wrapped in a node that counts items in and out and times the call (the collector's
processorhelper). The last node fans out to every exporter and returns only when each has taken the batch
(queued in memory or persisted), which is what lets a receiver acknowledge data it will not lose.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Consumer, Processor, SkipBatch
from spanwatch.errors import RefusedError
from spanwatch.telemetry import Telemetry, fields

_log = logging.getLogger("spanwatch.pipeline")


class ProcessorNode:
    """Runs a pure processor and hands its result to the next consumer."""

    def __init__(self, id_: ComponentID, processor: Processor, next_: Consumer, telemetry: Telemetry,
                 pipeline: str) -> None:
        self.id = id_
        self.processor = processor
        self.next = next_
        label = str(id_)
        self._labels = (label, pipeline)
        self._incoming = telemetry.counter("processor_incoming_items_total", "Items a processor received.",
                                           ["processor", "pipeline"])
        self._outgoing = telemetry.counter("processor_outgoing_items_total", "Items a processor passed on.",
                                           ["processor", "pipeline"])
        self._dropped = telemetry.counter("processor_dropped_items_total", "Items a processor dropped on purpose.",
                                          ["processor", "pipeline"])
        self._duration = telemetry.histogram("processor_duration_seconds", "Time spent inside a processor call.",
                                             ["processor", "pipeline"])
        self._errors = telemetry.counter("processor_errors_total",
                                         "Processor calls that raised; the batch went on unprocessed (or was "
                                         "refused, for fail-closed processors such as redact).",
                                         ["processor", "pipeline"])
        self._fail_closed = bool(getattr(processor, "fail_closed", False))
        self._last_logged = 0.0

    async def consume(self, batch: Batch) -> None:
        n_in = batch.items
        self._incoming.add(n_in, *self._labels)
        t0 = time.perf_counter()
        try:
            out = self.processor.process(batch)
        except SkipBatch:
            self._dropped.add(n_in, *self._labels)
            return
        except Exception as exc:
            self._errors.add(1, *self._labels)
            now = time.monotonic()
            if now - self._last_logged >= 10.0:  # one traceback per 10 s: a poison record must not flood logs
                self._last_logged = now
                outcome = "batch refused" if self._fail_closed else "batch passed on unprocessed"
                _log.error("Processor failed.", exc_info=True,
                           extra=fields(processor=self._labels[0], pipeline=self._labels[1], outcome=outcome))
            if self._fail_closed:
                raise RefusedError(f"processor {self._labels[0]} failed: {type(exc).__name__}",
                                   retryable=False) from None
            out = batch
        finally:
            self._duration.observe(time.perf_counter() - t0, *self._labels)
        self._outgoing.add(out.items, *self._labels)
        await self.next.consume(out)


class StageNode:
    """Counts items into a processor that is itself a consumer (batch, memory_limiter).

    Its duration is not timed: a stage's call includes waiting for everything downstream.
    """

    def __init__(self, id_: ComponentID, stage: Consumer, telemetry: Telemetry, pipeline: str) -> None:
        self.stage = stage
        self._labels = (str(id_), pipeline)
        self._incoming = telemetry.counter("processor_incoming_items_total", "Items a processor received.",
                                           ["processor", "pipeline"])

    async def consume(self, batch: Batch) -> None:
        self._incoming.add(batch.items, *self._labels)
        await self.stage.consume(batch)


class FanOut:
    """The end of a pipeline: every exporter gets the same batch (exporters never mutate it).

    Log records the processors derived from the batch (``spanwatch.finding`` / ``spanwatch.alert`` events) go to
    ``derived_to``: the exporters of the logs pipelines, so findings land where the user sends logs (a traces
    file stays a traces file), or, without a logs pipeline, this pipeline's exporters that accept logs.
    """

    def __init__(self, exporters: Sequence[Consumer], derived_to: Sequence[Consumer] | None = None) -> None:
        self.exporters = list(exporters)
        self.derived_to = list(self.exporters if derived_to is None else derived_to)

    async def consume(self, batch: Batch) -> None:
        if batch.derived_logs:
            derived = Batch(signal="logs", chunks=batch.derived_logs)
            batch.derived_logs = []
            if self.derived_to:
                await self._send(derived, self.derived_to)
        await self._send(batch, self.exporters)

    @staticmethod
    async def _send(batch: Batch, exporters: Sequence[Consumer]) -> None:
        if len(exporters) == 1:
            await exporters[0].consume(batch)
            return
        results = await asyncio.gather(*(e.consume(batch) for e in exporters), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            # Some exporter could not take the data: refuse upstream so the client re-sends. Exporters that did
            # take it will see a duplicate; at-least-once, never loss.
            retryable = all(isinstance(e, RefusedError) and e.retryable for e in errors)
            raise RefusedError(f"{len(errors)} exporter(s) refused the data: {errors[0]}", retryable=retryable)


class PipelineEntry:
    """What a receiver feeds: counts nothing itself, just names the pipeline for errors."""

    def __init__(self, name: str, signal: Signal, first: Consumer) -> None:
        self.name = name
        self.signal = signal
        self.first = first

    async def consume(self, batch: Batch) -> None:
        await self.first.consume(batch)


class Broadcast:
    """One receiver feeding several pipelines of the same signal."""

    def __init__(self, entries: Sequence[Consumer]) -> None:
        self.entries = list(entries)

    async def consume(self, batch: Batch) -> None:
        if len(self.entries) == 1:
            await self.entries[0].consume(batch)
            return
        # Each pipeline may mutate its batch (enrichment, redaction), so each gets its own copy of the chunks.
        copies = [batch] + [_copy(batch) for _ in self.entries[1:]]
        results = await asyncio.gather(*(e.consume(b) for e, b in zip(self.entries, copies, strict=True)),
                                       return_exceptions=True)
        for r in results:
            if isinstance(r, BaseException):
                raise r


def _copy(batch: Batch) -> Batch:
    from spanwatch.batch import REQUEST_TYPES, Chunk

    chunks = []
    for c in batch.chunks:
        wire = c.wire()
        msg = REQUEST_TYPES[batch.signal]()
        msg.ParseFromString(wire)
        chunks.append(Chunk(message=msg, raw=wire, items=c.items, nbytes=c.nbytes))
    return Batch(signal=batch.signal, chunks=chunks)
