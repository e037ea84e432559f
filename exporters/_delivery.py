"""The exporter helper every network exporter shares: sending queue, retries, failure classification.

Mirrors the collector's exporterhelper: ``retry_on_failure`` (5 s → 30 s, ×1.5, jitter, give up after 300 s),
``sending_queue`` (consumers, size in requests, bounded bytes, optionally persistent through a ``file_storage``
extension) and a per-attempt ``timeout``. One difference on purpose: a full queue refuses the data upstream
with a retryable error instead of dropping it, so the client re-sends and nothing acknowledged is lost.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Protocol

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Host
from spanwatch.confmap import ByteSize, Duration
from spanwatch.errors import PermanentExportError, RefusedError, RetryableExportError
from spanwatch.telemetry import fields

ITEM_NAMES: dict[Signal, str] = {"traces": "spans", "logs": "log_records", "metrics": "metric_points"}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from an HTTP ``Retry-After`` header (delay-seconds or an HTTP-date); None if absent or bad."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, (parsedate_to_datetime(value) - dt.datetime.now(dt.UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, kw_only=True)
class RetryConfig:
    enabled: bool = True
    # First wait after a failed attempt.
    initial_interval: Duration = Duration("5s")
    # Each wait is the interval ± this fraction, so many senders don't retry in lock-step.
    randomization_factor: float = 0.5
    multiplier: float = 1.5
    max_interval: Duration = Duration("30s")
    # Give up (drop and count) after this long; 0 retries forever.
    max_elapsed_time: Duration = Duration("300s")

    def validate(self) -> list[str]:
        problems = []
        if self.initial_interval <= 0:
            problems.append(f"initial_interval must be > 0, got {self.initial_interval}")
        if not 0 <= self.randomization_factor < 1:
            problems.append(f"randomization_factor must be in [0, 1), got {self.randomization_factor}")
        if self.multiplier < 1:
            problems.append(f"multiplier must be >= 1, got {self.multiplier}")
        if self.max_interval < self.initial_interval:
            problems.append(f"max_interval must be >= initial_interval, got {self.max_interval}")
        if self.max_elapsed_time < 0:
            problems.append(f"max_elapsed_time must be >= 0, got {self.max_elapsed_time}")
        return problems


@dataclass(frozen=True, kw_only=True)
class QueueConfig:
    enabled: bool = True
    # Concurrent senders draining the queue.
    num_consumers: int = 10
    # Capacity in requests (batches); a full queue refuses new data with a retryable error.
    queue_size: int = 1000
    # Capacity in bytes of serialised requests, the bound that actually protects memory (or disk).
    max_bytes: ByteSize = ByteSize("256MiB")
    # Id of a file_storage extension: makes the queue persistent (survives restarts and SIGKILL).
    storage: str | None = None
    # On shutdown, how long an in-memory queue may keep sending before what is left is dropped (and logged).
    drain_timeout: Duration = Duration("15s")

    def validate(self) -> list[str]:
        problems = []
        if self.num_consumers <= 0:
            problems.append(f"num_consumers must be > 0, got {self.num_consumers}")
        if self.queue_size <= 0:
            problems.append(f"queue_size must be > 0, got {self.queue_size}")
        if self.max_bytes <= 0:
            problems.append(f"max_bytes must be > 0, got {self.max_bytes}")
        return problems


class Sender(Protocol):
    """The destination-specific part: one attempt to send one serialised request.

    Returns the number of items the backend rejected (partial success); raises RetryableExportError or
    PermanentExportError. Anything else raised counts as retryable.
    """

    async def send(self, signal: Signal, payload: bytes, items: int) -> int: ...

    async def close(self) -> None: ...


def otlp_payloads(batch: Batch) -> list[tuple[Signal, int, bytes]]:
    """The default encoding: the batch's OTLP wire bytes, serialised at most once."""
    return [(batch.signal, batch.items, batch.wire())]


class Delivery:
    """Queue + consumers + retries around a Sender. Implements the Consumer and Component protocols.

    ``encode`` turns a batch into the payloads to queue as (signal, items, bytes): OTLP wire bytes by default;
    security exporters encode what they send (alert JSON, bulk NDJSON) and return nothing for batches that
    carry nothing for them. Payloads are what the persistent queue stores, so they survive restarts as-is.
    """

    def __init__(self, id_: ComponentID, sender: Sender, host: Host, *, queue: QueueConfig,
                 retry: RetryConfig, timeout: float,
                 encode: Callable[[Batch], list[tuple[Signal, int, bytes]]] = otlp_payloads) -> None:
        from spanwatch.exporters._queue import MemoryQueue, PersistentQueue, SendingQueue

        self.id = id_
        self.sender = sender
        self.encode = encode
        self.host = host
        self.log = host.logger
        self.queue_config = queue
        self.retry = retry
        self.timeout = timeout
        self._closing = False
        self._stopped = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self.queue: SendingQueue | None = None
        if queue.enabled:
            if queue.storage:
                storage = host.extensions.get(ComponentID.parse(queue.storage))
                directory = getattr(storage, "directory", None)
                if not isinstance(directory, Path):
                    raise ValueError(f"sending_queue::storage: {queue.storage} is not a file_storage extension")
                fsync = bool(getattr(storage, "fsync", False))
                self.queue = PersistentQueue(directory / f"exporter_{str(id_).replace('/', '_')}",
                                             queue.queue_size, int(queue.max_bytes), fsync=fsync)
            else:
                self.queue = MemoryQueue(queue.queue_size, int(queue.max_bytes))
        t = host.telemetry
        label = str(id_)
        self._label = label
        self._sent = {s: t.counter(f"exporter_sent_{n}_total", f"{n.capitalize()} successfully sent.",
                                   ["exporter"]) for s, n in ITEM_NAMES.items()}
        self._failed = {s: t.counter(f"exporter_send_failed_{n}_total",
                                     f"{n.capitalize()} that could not be sent (permanent error or retries "
                                     "exhausted).", ["exporter"]) for s, n in ITEM_NAMES.items()}
        self._enqueue_failed = {s: t.counter(f"exporter_enqueue_failed_{n}_total",
                                             f"{n.capitalize()} refused because the sending queue was full.",
                                             ["exporter"]) for s, n in ITEM_NAMES.items()}
        self._retries = t.counter("exporter_retries_total", "Send attempts that failed and were retried.",
                                  ["exporter"])
        if self.queue is not None:
            q = self.queue
            t.gauge("exporter_queue_size", "Requests in the sending queue (including in flight).",
                    ["exporter"]).set_function(lambda: float(q.size()), label)
            t.gauge("exporter_queue_capacity", "Capacity of the sending queue in requests.",
                    ["exporter"]).set(float(q.capacity), label)
            t.gauge("exporter_queue_bytes", "Bytes of serialised requests in the sending queue.",
                    ["exporter"]).set_function(lambda: float(q.nbytes()), label)

    async def start(self) -> None:
        if self.queue is not None and not self._tasks:
            loop = asyncio.get_running_loop()
            self._tasks = [loop.create_task(self._consume_loop()) for _ in range(self.queue_config.num_consumers)]
            recovered = getattr(self.queue, "recovered", 0)
            if recovered:
                self.log.info("Resuming persisted requests.", extra=fields(exporter=self._label, requests=recovered))

    async def consume(self, batch: Batch) -> None:
        if self._closing:
            raise RefusedError(f"exporter {self._label} is shutting down", retryable=True)
        for signal, items, payload in self.encode(batch):
            if self.queue is None:
                await self._deliver(signal, payload, items)
                continue
            from spanwatch.exporters._queue import QueueFull

            try:
                self.queue.put(signal, items, payload)
            except QueueFull:
                self._enqueue_failed[signal].add(items, self._label)
                raise RefusedError(f"sending queue of exporter {self._label} is full", retryable=True,
                                   retry_after=5.0) from None
            except OSError as exc:
                self._enqueue_failed[signal].add(items, self._label)
                raise RefusedError(f"exporter {self._label} cannot persist data: {exc}", retryable=True) from exc

    async def _consume_loop(self) -> None:
        assert self.queue is not None
        while True:
            item = await self.queue.get()
            try:
                await self._deliver(item.signal, item.payload, item.items)
            except asyncio.CancelledError:
                # Interrupted by shutdown: leave it un-done so a persistent queue sends it after restart.
                raise
            self.queue.done(item)
            # Drop the reference now: otherwise each idle consumer keeps its last payload (a whole batch)
            # alive while it waits for the next one, num_consumers batches in all.
            del item

    async def _deliver(self, signal: Signal, payload: bytes, items: int) -> None:
        """Send with retries. Returns when sent, dropped as permanent, or given up (all counted)."""
        start = time.monotonic()
        interval = float(self.retry.initial_interval)
        while True:
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that arrives as the
                # send finishes, and a consumer that missed its shutdown cancel retried forever (seen in CI).
                async with asyncio.timeout(self.timeout):
                    rejected = await self.sender.send(signal, payload, items)
            except PermanentExportError as exc:
                self._failed[signal].add(items, self._label)
                self.log.error("Dropped data the backend rejected permanently.",
                               extra=fields(exporter=self._label, items=items, error=str(exc)))
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # RetryableExportError, timeouts, connection errors
                retry_after = exc.retry_after if isinstance(exc, RetryableExportError) else None
                delay = self._next_delay(interval, retry_after)
                elapsed = time.monotonic() - start
                max_elapsed = float(self.retry.max_elapsed_time)
                if not self.retry.enabled or (max_elapsed > 0 and elapsed + delay > max_elapsed):
                    self._failed[signal].add(items, self._label)
                    self.log.error("Dropped data after retries.",
                                   extra=fields(exporter=self._label, items=items, error=str(exc) or type(exc).__name__,
                                                elapsed_s=round(elapsed, 1)))
                    return
                if self._closing:
                    # Shutting down: stop here as a cancel would (a persistent queue keeps the record for the next
                    # start), even if the cancel itself was lost.
                    raise asyncio.CancelledError from None
                # A shutdown cancels this sleep: a persistent queue keeps the record for the next start.
                self._retries.add(1, self._label)
                self.log.warning("Export failed; will retry.",
                                 extra=fields(exporter=self._label, error=str(exc) or type(exc).__name__,
                                              retry_in_s=round(delay, 2)))
                await asyncio.sleep(delay)
                interval = min(interval * self.retry.multiplier, float(self.retry.max_interval))
                continue
            self._sent[signal].add(items - rejected, self._label)
            if rejected:
                self._failed[signal].add(rejected, self._label)
            return

    def _next_delay(self, interval: float, retry_after: float | None) -> float:
        if retry_after is not None and retry_after > 0:
            return min(retry_after, float(self.retry.max_interval))
        spread = self.retry.randomization_factor * interval
        return interval + random.uniform(-spread, spread)

    async def shutdown(self) -> None:
        if self._closing:
            await self._stopped.wait()
            return
        self._closing = True
        try:
            if self.queue is not None and self._tasks:
                if self.queue_config.storage is None:
                    await self._drain(float(self.queue_config.drain_timeout))
                for task in self._tasks:
                    task.cancel()
                await asyncio.gather(*self._tasks, return_exceptions=True)
                self._tasks = []
            if self.queue is not None:
                left = self.queue.size()
                if left and self.queue_config.storage is None:
                    self.log.error("Dropped queued data at shutdown (drain timeout).",
                                   extra=fields(exporter=self._label, requests=left))
                self.queue.close()
            await self.sender.close()
        finally:
            self._stopped.set()

    async def _drain(self, timeout: float) -> None:
        assert self.queue is not None
        deadline = time.monotonic() + timeout
        while self.queue.size() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
