"""The running service: builds components from a Config, starts them in order, drains them on SIGTERM.

Start order: extensions → exporters → processors → receivers, so nothing receives data before everything
downstream can take it. Shutdown runs the reverse: receivers stop accepting and finish in-flight requests,
processors flush, exporters drain their queues (persistent queues keep what is left), extensions stop last.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import time
from pathlib import Path
from typing import Any

from aiohttp import web

from spanwatch.batch import Signal
from spanwatch.component import ComponentID, Consumer, Host, Kind
from spanwatch.config import Config
from spanwatch.pipeline import Broadcast, FanOut, PipelineEntry, ProcessorNode, StageNode
from spanwatch.telemetry import Telemetry, fields

log = logging.getLogger("spanwatch.service")


# Allocations between young collections once the service runs (CPython default: 700); see freeze_startup_heap.
GEN0_THRESHOLD = 20_000


def freeze_startup_heap() -> None:
    """Exempt everything built at start-up from the cyclic garbage collector's full collections.

    Modules, configs, rule packs, compiled patterns and models (tens of thousands of objects) live as long as the
    process, yet every full collection walked all of them again: three full collections per 10,000 spans cost about
    as much as the context stage (bench/bench_pipeline.py, gc_us_per_span). Collecting first keeps start-up garbage
    out of the frozen set; later garbage is collected as before. Called once by the process that owns the service
    (``run_until_stopped``), not by ``start``, which tests and embedders call many times in one process.

    Young collections are also made rarer (gen-0 threshold 700 -> 20,000 allocations): a batch allocates hundreds of
    thousands of short-lived containers (decoded spans, message lists, findings) that reference counting frees
    anyway, and at 700 the collector walked the survivors dozens of times per batch. In the bench this cut the
    collector's time from ~25-35 to ~8-18 us per span; the cost is at most ~20,000 cyclic objects waiting a little
    longer (a few MiB), and the older generations keep their default ratios.
    """
    gc.collect()
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)


class Service:
    def __init__(self, config: Config, *, telemetry: Telemetry | None = None) -> None:
        self.config = config
        self.telemetry = telemetry or Telemetry()
        self.data_dir = Path(config.service.data_dir)
        self.host = Host(telemetry=self.telemetry, data_dir=self.data_dir, logger=logging.getLogger("spanwatch"))
        self.extensions: dict[ComponentID, Any] = {}
        self.exporters: dict[ComponentID, Any] = {}
        self.processors: list[tuple[str, ComponentID, Any]] = []  # (pipeline, id, instance) in pipeline order
        self.receivers: dict[ComponentID, Any] = {}
        self._metrics_runner: web.AppRunner | None = None
        self.metrics_port = 0
        self._stop = asyncio.Event()
        self._state = "new"
        self._shutdown_done: asyncio.Event | None = None

    # -- build -----------------------------------------------------------------------------------------------

    def _spec(self, kind: Kind, cid: ComponentID) -> Any:
        return self.config.spec(kind, cid)

    def build(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for name in self.config.service.extensions:
            cid = ComponentID.parse(name)
            spec = self._spec("extension", cid)
            self.extensions[cid] = spec.factory.create(cid, spec.config, self.host)
        self.host.extensions = dict(self.extensions)
        for pipe in self.config.pipelines:
            for cid in pipe.exporters:
                if cid not in self.exporters:
                    spec = self._spec("exporter", cid)
                    self.exporters[cid] = spec.factory.create(cid, spec.config, self.host)
        # Derived log records (findings, alerts) follow the logs pipelines' exporters when there are any.
        logs_exporters = list(dict.fromkeys(c for pipe in self.config.pipelines if pipe.signal == "logs"
                                            for c in pipe.exporters))
        entries: dict[ComponentID, dict[Signal, list[Consumer]]] = {}
        for pipe in self.config.pipelines:
            derived = logs_exporters or [c for c in pipe.exporters
                                         if "logs" in self._spec("exporter", c).factory.stability]
            nxt: Consumer = FanOut([self.exporters[c] for c in pipe.exporters],
                                   [self.exporters[c] for c in derived])
            built: list[tuple[str, ComponentID, Any]] = []
            for cid in reversed(pipe.processors):
                spec = self._spec("processor", cid)
                obj = spec.factory.create(cid, spec.config, self.host, pipe.signal, nxt)
                built.append((pipe.name, cid, obj))
                if hasattr(obj, "consume"):
                    nxt = StageNode(cid, obj, self.telemetry, pipe.name)
                else:
                    nxt = ProcessorNode(cid, obj, nxt, self.telemetry, pipe.name)
            self.processors.extend(reversed(built))
            entry = PipelineEntry(pipe.name, pipe.signal, nxt)
            for rid in pipe.receivers:
                entries.setdefault(rid, {}).setdefault(pipe.signal, []).append(entry)
        for rid, by_signal in entries.items():
            spec = self._spec("receiver", rid)
            consumers: dict[Signal, Consumer] = {s: Broadcast(c) for s, c in by_signal.items()}
            self.receivers[rid] = spec.factory.create(rid, spec.config, self.host, consumers)
        for kind, group in (("extension", self.extensions), ("exporter", self.exporters),
                            ("receiver", self.receivers)):
            for cid in group:
                self.host.status.set(f"{kind}:{cid}", "starting")
        for pipe_name, cid, _ in self.processors:
            self.host.status.set(f"processor:{cid}@{pipe_name}", "starting")

    # -- lifecycle -------------------------------------------------------------------------------------------

    async def start(self) -> None:
        if self._state != "new":
            return
        self._state = "starting"
        self.host.status.state = "starting"
        self.build()
        for cid, ext in self.extensions.items():
            await self._start_one("extension", str(cid), ext)
        await self._start_metrics()
        for cid, exp in self.exporters.items():
            await self._start_one("exporter", str(cid), exp)
        for pipe_name, cid, proc in self.processors:
            await self._start_one("processor", f"{cid}@{pipe_name}", proc)
        for cid, rec in self.receivers.items():
            await self._start_one("receiver", str(cid), rec)
        self._state = "ready"
        self.host.status.state = "ready"
        log.info("Everything is ready. Begin running and processing data.",
                 extra=fields(pipelines=len(self.config.pipelines), config=self.config.source))

    async def _start_one(self, kind: str, name: str, component: Any) -> None:
        start = getattr(component, "start", None)
        try:
            if start is not None:
                await start()
        except Exception as exc:
            self.host.status.set(f"{kind}:{name}", "failed")
            log.error("Component failed to start.", extra=fields(kind=kind, id=name, error=str(exc)))
            await self.shutdown()
            raise RuntimeError(f"{kind} {name} failed to start: {exc}") from exc
        self.host.status.set(f"{kind}:{name}", "ok")

    async def _start_metrics(self) -> None:
        metrics = self.config.service.telemetry.metrics
        if metrics.level == "none":
            return

        async def handle(_: web.Request) -> web.Response:
            return web.Response(body=self.telemetry.render().encode(),
                                content_type="text/plain", charset="utf-8",
                                headers={"X-Content-Type-Options": "nosniff"})

        app = web.Application()
        app.router.add_get("/metrics", handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        host, _, port = metrics.address.rpartition(":")
        site = web.TCPSite(runner, host.strip("[]"), int(port), reuse_address=True)
        await site.start()
        self._metrics_runner = runner
        sockets = getattr(site._server, "sockets", None) or []
        self.metrics_port = sockets[0].getsockname()[1] if sockets else int(port)
        log.info("Self-metrics listening.", extra=fields(address=metrics.address, port=self.metrics_port))

    async def shutdown(self) -> None:
        """Idempotent, safe without start(), and draining."""
        if self._shutdown_done is not None:
            await self._shutdown_done.wait()
            return
        self._shutdown_done = asyncio.Event()
        self.host.status.state = "draining"
        t0 = time.monotonic()
        log.info("Shutdown: stopping receivers, draining pipelines and queues.")
        try:
            # Receivers' in-flight requests wait for their data to reach the exporters, so processors that hold
            # data (batch) flush first and pass through from now on; then receivers can finish and stop.
            for _, _, proc in self.processors:
                drain = getattr(proc, "drain", None)
                if drain is not None:
                    drain()
            # One component at a time, in order, so a failure leaves the rest in a predictable state.
            for group in (list(self.receivers.items()),
                          [(cid, p) for _, cid, p in self.processors],
                          list(self.exporters.items()),
                          list(self.extensions.items())):
                for cid, component in group:
                    stop = getattr(component, "shutdown", None)
                    if stop is None:
                        continue
                    try:
                        await stop()
                    except Exception as exc:
                        log.error("Component failed to shut down cleanly.", extra=fields(id=str(cid), error=str(exc)))
            if self._metrics_runner is not None:
                await self._metrics_runner.cleanup()
                self._metrics_runner = None
        finally:
            self.host.status.state = "stopped"
            self._state = "stopped"
            self._shutdown_done.set()
            log.info("Shutdown complete.", extra=fields(seconds=round(time.monotonic() - t0, 3)))

    def request_stop(self) -> None:
        self._stop.set()

    async def run_until_stopped(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.request_stop)
        await self.start()
        freeze_startup_heap()
        await self._stop.wait()
        try:
            await asyncio.wait_for(self.shutdown(), self.config.service.shutdown_timeout)
        except TimeoutError:
            log.error("Shutdown timed out; exiting with work left.",
                      extra=fields(timeout_s=self.config.service.shutdown_timeout))
