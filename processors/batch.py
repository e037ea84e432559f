"""The ``batch`` processor: groups requests into batches by size or time, like the collector's.

Unlike the collector's, it acknowledges nothing early: every caller waits until the batch holding its data has
been taken by the exporters, so a crash between receive and export cannot lose acknowledged data.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from spanwatch.batch import Batch, Chunk, Signal
from spanwatch.component import ComponentID, Consumer, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.processors._split import split_chunk


@dataclass(frozen=True, kw_only=True)
class BatchConfig:
    # Items (spans, log records, data points) that trigger sending a batch regardless of the timeout.
    send_batch_size: int = 8192
    # The longest a batch waits for more data before it is sent anyway.
    timeout: Duration = Duration("200ms")
    # Upper bound on items per sent batch (0 = no bound); larger requests are split.
    send_batch_max_size: int = 0

    def validate(self) -> list[str]:
        problems = []
        if self.send_batch_size <= 0:
            problems.append(f"send_batch_size must be > 0, got {self.send_batch_size}")
        if self.timeout <= 0:
            problems.append(f"timeout must be > 0, got {self.timeout}")
        if self.send_batch_max_size < 0:
            problems.append(f"send_batch_max_size must be >= 0, got {self.send_batch_max_size}")
        elif 0 < self.send_batch_max_size < self.send_batch_size:
            problems.append("send_batch_max_size must be greater or equal to send_batch_size, "
                            f"got {self.send_batch_max_size} < {self.send_batch_size}")
        return problems


class BatchProcessor:
    def __init__(self, id_: ComponentID, config: BatchConfig, host: Host, signal: Signal, next_: Consumer) -> None:
        self.id = id_
        self.config = config
        self.signal: Signal = signal
        self.next = next_
        self._pending = Batch(signal=signal)
        # Items in _pending, kept here because Batch.items sums over every chunk (one per request).
        self._pending_items = 0
        self._waiters: list[asyncio.Future[None]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._inflight: set[asyncio.Task[None]] = set()
        self._closed = False
        self._size_trigger = host.telemetry.counter(
            "processor_batch_batch_send_size_trigger_total", "Batches sent because they reached send_batch_size.",
            ["processor"])
        self._timeout_trigger = host.telemetry.counter(
            "processor_batch_timeout_trigger_send_total", "Batches sent because the timeout expired.", ["processor"])
        self._batch_size = host.telemetry.histogram(
            "processor_batch_batch_send_size", "Items per sent batch.", ["processor"],
            buckets=(10, 25, 50, 75, 100, 250, 500, 750, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000,
                     10000, 20000, 30000, 50000, 100000))

    async def start(self) -> None:
        return None

    async def consume(self, batch: Batch) -> None:
        if self._closed:
            await self.next.consume(batch)
            return
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._pending.extend(batch)
        self._pending_items += batch.items
        self._waiters.append(waiter)
        if self._pending_items >= self.config.send_batch_size:
            self._size_trigger.add(1, str(self.id))
            self._flush()
        elif self._timer is None:
            self._timer = loop.call_later(self.config.timeout, self._on_timeout)
        await waiter

    def _on_timeout(self) -> None:
        self._timer = None
        if self._pending.chunks:
            self._timeout_trigger.add(1, str(self.id))
            self._flush()

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, waiters = self._pending, self._waiters
        self._pending, self._waiters = Batch(signal=self.signal), []
        self._pending_items = 0
        task = asyncio.get_running_loop().create_task(self._send(batch, waiters))
        self._inflight.add(task)
        task.add_done_callback(self._inflight.discard)

    async def _send(self, batch: Batch, waiters: list[asyncio.Future[None]]) -> None:
        error: BaseException | None = None
        try:
            for part in self._split(batch):
                self._batch_size.observe(part.items, str(self.id))
                await self.next.consume(part)
        except BaseException as exc:  # handed to every waiting receiver, which answers its client
            error = exc
        for w in waiters:
            if not w.done():
                if error is None:
                    w.set_result(None)
                else:
                    w.set_exception(error)

    def _split(self, batch: Batch) -> list[Batch]:
        limit = self.config.send_batch_max_size
        if limit <= 0 or batch.items <= limit:
            return [batch]
        parts: list[Batch] = []
        current = Batch(signal=self.signal)
        for chunk in batch.chunks:
            pieces: list[Chunk] = [chunk] if chunk.items <= limit else split_chunk(self.signal, chunk, limit)
            for piece in pieces:
                if current.items + piece.items > limit and current.chunks:
                    parts.append(current)
                    current = Batch(signal=self.signal)
                current.chunks.append(piece)
        if current.chunks:
            parts.append(current)
        # Detection results stay with the first part; they are keyed by record, not by position.
        parts[0].interactions = batch.interactions
        parts[0].derived_logs = batch.derived_logs
        parts[0].alerts = batch.alerts
        return parts

    def drain(self) -> None:
        """Stop holding data: send what is pending now and pass everything after straight through.

        Called before receivers stop, because their in-flight requests are waiting for this flush.
        """
        if self._closed:
            return
        self._closed = True
        if self._pending.chunks:
            self._flush()

    async def shutdown(self) -> None:
        self.drain()
        if self._inflight:
            await asyncio.gather(*list(self._inflight), return_exceptions=True)


def _create(id_: ComponentID, config: BatchConfig, host: Host, signal: Signal, next_: Consumer) -> BatchProcessor:
    return BatchProcessor(id_, config, host, signal, next_)


FACTORY: Factory[BatchConfig] = Factory(
    type="batch",
    kind="processor",
    config_type=BatchConfig,
    create=_create,
    stability={"traces": Stability.BETA, "logs": Stability.BETA, "metrics": Stability.BETA},
    description="Groups data into batches by size or time; acknowledges only after export hand-off.",
)
