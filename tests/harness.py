"""Running spanwatch in tests: in-process (a Service on its own event-loop thread) or as a real process.

Both use free loopback ports and a temporary data directory; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import signal
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from spanwatch.config import load_config
from spanwatch.service import Service
from tests.infra.peers import free_port as _free_port


def free_port() -> int:
    return _free_port()


def eval_dir() -> Path:
    """The development corpora: ``shared/eval`` beside the repository, else the workspace's ``/work/shared/eval``
    (a clean clone may live anywhere)."""
    beside = Path(__file__).resolve().parents[2] / "shared" / "eval"
    return beside if beside.is_dir() else Path("/work/shared/eval")


def eval_texts(*names: str, limit: int | None = None) -> list[str]:
    """The texts of the named corpora (``prompts.jsonl``, ``indirect.jsonl``, ``pii.jsonl``) in file order, at
    most ``limit`` from each; a tool-result context where the corpus has one."""
    texts: list[str] = []
    for name in names:
        key = "context" if name == "indirect.jsonl" else "text"
        with (eval_dir() / name).open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)[key] for _, line in zip(range(limit or sys.maxsize), fh, strict=False))
    return texts


def import_native(name: str) -> tuple[ModuleType | None, str]:
    """The C extension ``spanwatch.processors.<name>``, or None and why it did not import (tests skip with it)."""
    try:
        return importlib.import_module(f"spanwatch.processors.{name}"), ""
    except ImportError as exc:
        return None, f"the C extension spanwatch.processors.{name} did not build or import: {exc}"


def base_config(data_dir: Path, *, exporters: dict[str, Any] | None = None,
                processors: dict[str, Any] | None = None, pipeline_processors: list[str] | None = None,
                extensions: dict[str, Any] | None = None, receiver: dict[str, Any] | None = None,
                signals: tuple[str, ...] = ("traces", "logs", "metrics")) -> dict[str, Any]:
    """A config on free ports: otlp in; by default one protobuf file sink per signal (``<signal>.pb`` in
    ``data_dir``, readable with read_proto_file), otherwise every pipeline feeds every given exporter."""
    per_signal = exporters is None
    if exporters is None:
        exporters = {f"file/{s}": {"path": f"{s}.pb", "format": "proto", "flush_interval": "20ms"} for s in signals}
    processors = processors if processors is not None else {"batch": {"timeout": "20ms"}}
    procs = pipeline_processors if pipeline_processors is not None else list(processors)
    extensions = extensions if extensions is not None else {"health_check": {"endpoint": f"127.0.0.1:{free_port()}"}}
    receiver = receiver or {"protocols": {"grpc": {"endpoint": f"127.0.0.1:{free_port()}"},
                                          "http": {"endpoint": f"127.0.0.1:{free_port()}"}}}
    return {
        "receivers": {"otlp": receiver},
        "processors": processors,
        "exporters": exporters,
        "extensions": extensions,
        "service": {
            "extensions": list(extensions),
            "pipelines": {s: {"receivers": ["otlp"], "processors": procs,
                              "exporters": [f"file/{s}"] if per_signal else list(exporters)}
                          for s in signals},
            "telemetry": {"logs": {"level": "warn"}, "metrics": {"address": f"127.0.0.1:{free_port()}"}},
            "data_dir": str(data_dir),
        },
    }


class Endpoints:
    def __init__(self, cfg: dict[str, Any]) -> None:
        protocols = cfg["receivers"]["otlp"]["protocols"]
        self.grpc = protocols.get("grpc", {}).get("endpoint", "")
        self.http = "http://" + protocols["http"]["endpoint"] if "http" in protocols else ""
        health = cfg.get("extensions", {}).get("health_check")
        self.health = f"http://{health['endpoint']}/" if health else ""
        self.metrics = f"http://{cfg['service']['telemetry']['metrics']['address']}/metrics"


class Sidecar(Endpoints):
    """A Service running on a background event-loop thread, so synchronous SDK exporters can talk to it."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        super().__init__(cfg)
        self.cfg = cfg
        self.loop = asyncio.new_event_loop()
        self.service: Service | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> Sidecar:
        self._thread.start()
        config = load_config(text=yaml.safe_dump(self.cfg))
        self.service = Service(config)
        # Start-up builds every stage (rule databases from the warm cache, models, listeners): a few seconds alone,
        # but past 30 s on the 2-core machine under load (other test processes, benchmarks) without anything wrong.
        asyncio.run_coroutine_threadsafe(self.service.start(), self.loop).result(120)
        return self

    def call(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        if self.service is not None:
            self.call(self.service.shutdown())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    def __enter__(self) -> Sidecar:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def metric(self, name: str, **labels: str) -> float:
        return scrape(self.metrics, name, **labels)


class SidecarProcess(Endpoints):
    """``python -m spanwatch run --config FILE`` as a child process (for SIGTERM/SIGKILL tests)."""

    def __init__(self, cfg: dict[str, Any], workdir: Path) -> None:
        super().__init__(cfg)
        self.cfg = cfg
        self.path = workdir / "spanwatch.yaml"
        self.path.write_text(yaml.safe_dump(cfg))
        self.log_path = workdir / "spanwatch.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> SidecarProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen([sys.executable, "-m", "spanwatch", "run", "--config", str(self.path)],
                                     stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        wait_http(self.health, timeout, proc=self.proc, log=self.log_path)
        return self

    def terminate(self, timeout: float = 60) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(10)

    def metric(self, name: str, **labels: str) -> float:
        return scrape(self.metrics, name, **labels)

    def __enter__(self) -> SidecarProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


def wait_http(url: str, timeout: float, *, proc: subprocess.Popen[bytes] | None = None,
              log: Path | None = None, want: int = 200) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}:\n{log.read_text() if log else ''}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == want:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} not ready after {timeout}s:\n{log.read_text() if log else ''}")


def scrape(url: str, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include ``labels``."""
    with urllib.request.urlopen(url, timeout=5) as resp:
        text = resp.read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        metric, _, label_text = head.partition("{")
        if metric != name:
            continue
        got = dict(p.split("=", 1) for p in label_text.rstrip("}").split(",") if "=" in p)
        if all(got.get(k) == f'"{v}"' for k, v in labels.items()):
            total += float(value)
    return total


def read_proto_file(path: Path) -> Iterator[bytes]:
    """Requests written by the file exporter with ``format: proto``."""
    if not path.exists():
        return
    data = path.read_bytes()
    offset = 0
    while offset + 4 <= len(data):
        (n,) = struct.unpack(">I", data[offset:offset + 4])
        if offset + 4 + n > len(data):
            break
        yield data[offset + 4: offset + 4 + n]
        offset += 4 + n


def exported_spans(path: Path) -> list[Any]:
    """Every span in the file sink, each with its resource attributes at ``.resource``."""
    spans = []
    for raw in read_proto_file(path):
        req = ExportTraceServiceRequest.FromString(raw)
        if not req.resource_spans:
            continue
        for rs in req.resource_spans:
            for ss in rs.scope_spans:
                spans.extend(ss.spans)
    return spans


def exported_logs(path: Path) -> list[Any]:
    out = []
    for raw in read_proto_file(path):
        req = ExportLogsServiceRequest.FromString(raw)
        for rl in req.resource_logs:
            for sl in rl.scope_logs:
                out.extend(sl.log_records)
    return out


def wait_until(predicate: Any, timeout: float = 10, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
