"""The ``memory_limiter`` processor: refuse data with a retryable error while memory is above the soft limit.

Same model as the collector's: hard limit from ``limit_mib`` or ``limit_percentage`` of the container's limit;
soft limit = hard - spike (spike defaults to 20 % of hard). Above the soft limit receivers refuse before reading
request bodies (it registers itself as an admission gate) so clients back off and retry; above the hard limit it
also forces a garbage collection and gives freed memory back to the OS. Put it first in the pipeline.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import time
from dataclasses import dataclass
from pathlib import Path

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Consumer, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.errors import RefusedError
from spanwatch.telemetry import fields, read_rss_bytes

MIB = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class MemoryLimiterConfig:
    # How often memory is measured (also measured on demand, at most every 100 ms, when data arrives).
    check_interval: Duration = Duration("1s")
    # Hard limit in MiB; 0 means use limit_percentage.
    limit_mib: int = 0
    # Hard limit as a percentage of the container's memory limit (cgroup), or of physical memory without one.
    limit_percentage: int = 80
    # Headroom below the hard limit where refusals start; 0 means 20 % of the hard limit.
    spike_limit_mib: int = 0
    spike_limit_percentage: int = 0

    def validate(self) -> list[str]:
        problems = []
        if self.check_interval <= 0:
            problems.append(f"check_interval must be > 0, got {self.check_interval}")
        if self.limit_mib < 0:
            problems.append(f"limit_mib must be >= 0, got {self.limit_mib}")
        if not 0 <= self.limit_percentage <= 100:
            problems.append(f"limit_percentage must be in [0, 100], got {self.limit_percentage}")
        if self.limit_mib == 0 and self.limit_percentage == 0:
            problems.append("either limit_mib or limit_percentage must be > 0")
        if not 0 <= self.spike_limit_percentage <= 100:
            problems.append(f"spike_limit_percentage must be in [0, 100], got {self.spike_limit_percentage}")
        if self.limit_mib and self.spike_limit_mib >= self.limit_mib:
            problems.append(f"spike_limit_mib must be < limit_mib, got {self.spike_limit_mib} >= {self.limit_mib}")
        return problems


def container_memory_limit() -> int:
    """The cgroup memory limit (v2, then v1), or physical memory when the process is not limited."""
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text.isdigit() and int(text) < (1 << 60):
            return int(text)
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 8 * 1024 * MIB


def _malloc_trim() -> None:
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class MemoryLimiter:
    def __init__(self, id_: ComponentID, config: MemoryLimiterConfig, host: Host, signal: Signal,
                 next_: Consumer) -> None:
        self.id = id_
        self.config = config
        self.next = next_
        self.log = host.logger
        if config.limit_mib:
            self.hard = config.limit_mib * MIB
        else:
            self.hard = container_memory_limit() * config.limit_percentage // 100
        if config.spike_limit_mib:
            spike = config.spike_limit_mib * MIB
        elif config.spike_limit_percentage:
            spike = self.hard * config.spike_limit_percentage // 100
        else:
            spike = self.hard // 5
        self.soft = self.hard - spike
        self.refusing = False
        self._last_check = 0.0
        self._task: asyncio.Task[None] | None = None
        self._refused = host.telemetry.counter(
            "processor_memory_limiter_refused_items_total", "Items refused because memory was over the soft limit.",
            ["processor"])
        host.telemetry.gauge("processor_memory_limiter_soft_limit_bytes", "Soft memory limit.",
                             ["processor"]).set(self.soft, str(id_))
        host.telemetry.gauge("processor_memory_limiter_refusing", "1 while refusing data.",
                             ["processor"]).set_function(lambda: float(self.refusing), str(id_))
        host.gates.append(self)

    async def start(self) -> None:
        self.check()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.config.check_interval)
            self.check()

    def check(self) -> None:
        self._last_check = time.monotonic()
        rss = read_rss_bytes()
        if rss >= self.hard:
            gc.collect()
            _malloc_trim()
            rss = read_rss_bytes()
        was = self.refusing
        self.refusing = rss >= self.soft
        if self.refusing != was:
            if self.refusing:
                self.log.warning("Memory over the soft limit; refusing data.",
                                 extra=fields(rss_mib=round(rss / MIB, 1), soft_limit_mib=round(self.soft / MIB, 1)))
            else:
                self.log.info("Memory back under the soft limit; accepting data.",
                              extra=fields(rss_mib=round(rss / MIB, 1)))

    def refusal(self) -> RefusedError | None:
        if time.monotonic() - self._last_check > 0.1:
            self.check()
        if self.refusing:
            return RefusedError("memory usage is above the soft limit; retry later", retryable=True,
                                retry_after=max(1.0, float(self.config.check_interval)))
        return None

    async def consume(self, batch: Batch) -> None:
        refused = self.refusal()
        if refused is not None:
            self._refused.add(batch.items, str(self.id))
            raise refused
        await self.next.consume(batch)

    async def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None


def _create(id_: ComponentID, config: MemoryLimiterConfig, host: Host, signal: Signal,
            next_: Consumer) -> MemoryLimiter:
    return MemoryLimiter(id_, config, host, signal, next_)


FACTORY: Factory[MemoryLimiterConfig] = Factory(
    type="memory_limiter",
    kind="processor",
    config_type=MemoryLimiterConfig,
    create=_create,
    stability={"traces": Stability.BETA, "logs": Stability.BETA, "metrics": Stability.BETA},
    description="Refuses data with a retryable error while memory is above the soft limit.",
)
