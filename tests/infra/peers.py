"""Real peers that tests start: an OpenTelemetry Collector and an Elasticsearch node, both on loopback.

The binaries come from ``tests/infra/build_otelcol.sh`` and ``tests/infra/build_elasticsearch.sh`` (run by
``tests/infra/setup.sh``) and live in the user cache, ``${SPANWATCH_CACHE:-~/.cache/spanwatch}``. Nothing here
mocks a peer: the collector is the real Go binary built with the collector builder, Elasticsearch is Elastic's
own 8.14 distribution.

Both classes keep their ports across ``stop()``/``start()`` so a test can take a backend away (an outage) and
bring it back where the sidecar expects it. Both are context managers that start on enter and clean up on exit.

Typical use::

    with OtelCollector(binary, tmp_path) as col:
        ...export to col.grpc_endpoint...
        spans = col.wait_for_spans(count=2)
        col.stop(); time.sleep(30); col.start()

    with Elasticsearch(home, tmp_path) as es:
        es.request("PUT", "/idx/_doc/1?refresh=true", {"a": 1})
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import os
import pwd
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

import yaml

INFRA_DIR = Path(__file__).resolve().parent
LOOPBACK = "127.0.0.1"
T = TypeVar("T")


class PeerError(RuntimeError):
    """A peer could not be built, started or reached."""


# --------------------------------------------------------------------------------------------------------------
# Small utilities


def cache_dir() -> Path:
    """Where build scripts put binaries; the same rule as the shell scripts use."""
    env = os.environ.get("SPANWATCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "spanwatch"


_HANDED_OUT: set[int] = set()
# Below Linux's ephemeral range (32768-60999): a port the kernel hands to some outgoing connection in the window
# between our check and the peer's bind would otherwise collide with it ("address already in use").
_PORT_RANGE = (20000, 32767)


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port that is free right now on ``host``, chosen at random below the ephemeral range.

    Well-known ports (4317, 9200) stay untouched, as another engineer's process on this shared machine may hold
    them; the ports this process handed out already are never handed out again. There is still a window between
    this check and the peer binding the port, but nothing else on the machine picks ports from this range by
    itself, so a collision needs another test run choosing the same random port at the same moment.
    """
    rng = random.SystemRandom()
    for _ in range(200):
        port = rng.randint(*_PORT_RANGE)
        if port in _HANDED_OUT:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
        _HANDED_OUT.add(port)
        return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:  # a crowded range: let the kernel choose
        sock.bind((host, 0))
        chosen: int = sock.getsockname()[1]
        return chosen


def port_is_open(host: str, port: int, timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _port_is_free(port: int) -> bool:
    return not port_is_open(LOOPBACK, port)


def wait_until(
    condition: Callable[[], bool],
    timeout: float,
    what: str,
    interval: float = 0.1,
    alive: Callable[[], str | None] | None = None,
) -> None:
    """Poll ``condition`` until it holds; fail early if ``alive`` reports that the process died."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return
        if alive is not None and (why := alive()) is not None:
            raise PeerError(f"{what}: {why}")
        if time.monotonic() > deadline:
            raise PeerError(f"{what}: not ready after {timeout:.0f}s")
        time.sleep(interval)


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _run_build_script(script: str, timeout: float) -> Path:
    """Run one of the idempotent build scripts and return the path it prints last."""
    proc = subprocess.run(
        ["bash", str(INFRA_DIR / script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise PeerError(f"{script} failed with exit code {proc.returncode}:\n{proc.stderr[-4000:]}")
    lines = proc.stdout.strip().splitlines()
    if not lines:
        raise PeerError(f"{script} printed no path")
    return Path(lines[-1])


def _process_group_rss(pgid: int) -> int:
    """Resident memory, in bytes, of every process in a process group (Elasticsearch runs two JVMs)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            # Field 5 (pgrp) comes after the command name, which is in parentheses and may contain spaces.
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[2]) != pgid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue  # the process went away while we looked
    return total


class _Process:
    """A child process in its own process group, so stop/kill reach its children and nothing else."""

    def __init__(self, name: str, log_path: Path) -> None:
        self.name = name
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def launch(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        user: int | None = None,
        group: int | None = None,
    ) -> None:
        if self.running:
            raise PeerError(f"{self.name} is already running")
        with self.log_path.open("ab") as log:
            log.write(f"\n==== start {time.strftime('%H:%M:%S')}: {' '.join(argv)}\n".encode())
            log.flush()
            self.proc = subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=dict(env) if env is not None else None,
                cwd=cwd,
                start_new_session=True,
                user=user,
                group=group,
                extra_groups=[] if user is not None else None,
            )

    def died(self) -> str | None:
        """Why the process is not running, or None while it runs."""
        if self.proc is None:
            return "never started"
        code = self.proc.poll()
        if code is None:
            return None
        return f"exited with code {code}; last output:\n{_tail(self.log_path)}"

    def signal_group(self, sig: signal.Signals) -> None:
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, sig)

    def terminate(self, timeout: float) -> None:
        """SIGTERM, the way an orchestrator stops a peer; SIGKILL if it does not exit in time."""
        if not self.running:
            return
        self.signal_group(signal.SIGTERM)
        try:
            assert self.proc is not None
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        # The leader may exit before its children (Elasticsearch's launcher and server JVM); leave none behind.
        self._reap_group(timeout=5)

    def kill(self) -> None:
        """SIGKILL the whole group: a crash, with no chance to flush."""
        if self.proc is None:
            return
        self.signal_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(10)
        self._reap_group(timeout=5)

    def _reap_group(self, timeout: float) -> None:
        """Wait for the rest of the group to exit; SIGKILL stragglers; give up quietly after that."""
        if self.proc is None:
            return
        pgid = self.proc.pid
        deadline = time.monotonic() + timeout
        killed = False
        while self._group_exists(pgid):
            if time.monotonic() > deadline:
                if killed:
                    return  # only unreaped zombies can be left; they hold no ports or files
                self.signal_group(signal.SIGKILL)
                killed = True
                deadline = time.monotonic() + timeout
            time.sleep(0.1)

    @staticmethod
    def _group_exists(pgid: int) -> bool:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


# --------------------------------------------------------------------------------------------------------------
# OpenTelemetry Collector


def otelcol_version() -> str:
    """dist.version of the builder manifest: names the cache directory of the binary."""
    manifest = yaml.safe_load((INFRA_DIR / "otelcol" / "builder-config.yaml").read_text())
    return str(manifest["dist"]["version"])


def otelcol_binary_path() -> Path:
    """Where ``build_otelcol.sh`` puts the binary (it may not exist yet)."""
    return cache_dir() / "otelcol" / otelcol_version() / "otelcol-spanwatch"


def build_otelcol(timeout: float = 1800) -> Path:
    """Build the collector if needed (minutes when cold, instant when cached) and return the binary."""
    return _run_build_script("build_otelcol.sh", timeout)


def _any_value(value: Mapping[str, Any]) -> Any:
    """Decode an OTLP/JSON AnyValue into a plain Python value.

    OTLP/JSON writes 64-bit ints as strings and bytes as base64; both are turned back into their real types so
    that tests compare with what the instrumented code set.
    """
    if "stringValue" in value:
        return value["stringValue"]
    if "boolValue" in value:
        return bool(value["boolValue"])
    if "intValue" in value:
        return int(value["intValue"])
    if "doubleValue" in value:
        return float(value["doubleValue"])
    if "bytesValue" in value:
        return base64.b64decode(value["bytesValue"])
    if "arrayValue" in value:
        return [_any_value(v) for v in value["arrayValue"].get("values", [])]
    if "kvlistValue" in value:
        return _attributes(value["kvlistValue"].get("values", []))
    return None  # an empty AnyValue


def _attributes(kvs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    return {kv["key"]: _any_value(kv.get("value", {})) for kv in kvs}


@dataclass(frozen=True)
class ReceivedSpan:
    """One span as the collector's file exporter wrote it. Ids are lowercase hex, as in OTLP/JSON."""

    trace_id: str
    span_id: str
    parent_span_id: str
    name: str
    kind: int
    start_time_unix_nano: int
    end_time_unix_nano: int
    attributes: dict[str, Any]
    resource: dict[str, Any]
    scope_name: str
    status_code: int
    status_message: str
    events: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class ReceivedLog:
    """One log record as the collector's file exporter wrote it."""

    trace_id: str
    span_id: str
    body: Any
    severity_number: int
    severity_text: str
    time_unix_nano: int
    attributes: dict[str, Any]
    resource: dict[str, Any]
    scope_name: str
    event_name: str
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


_KIND_NAMES = {
    "SPAN_KIND_UNSPECIFIED": 0,
    "SPAN_KIND_INTERNAL": 1,
    "SPAN_KIND_SERVER": 2,
    "SPAN_KIND_CLIENT": 3,
    "SPAN_KIND_PRODUCER": 4,
    "SPAN_KIND_CONSUMER": 5,
}


def _enum(value: Any) -> int:
    # pdata's JSON writes enums as numbers, but OTLP/JSON allows names too; accept both.
    if isinstance(value, str):
        return _KIND_NAMES.get(value, 0) if value.startswith("SPAN_KIND") else int(value or 0)
    return int(value or 0)


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    """Complete JSON lines of a file another process is still appending to."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return
    # A line without its newline may still be being written; it is read on the next call.
    for line in data.split(b"\n")[:-1]:
        if line.strip():
            yield json.loads(line)


def parse_spans(path: Path) -> list[ReceivedSpan]:
    """Every span in a file written by the collector's file exporter (format: json, one request per line)."""
    spans: list[ReceivedSpan] = []
    for request in _json_lines(path):
        for rs in request.get("resourceSpans", []):
            resource = _attributes(rs.get("resource", {}).get("attributes", []))
            for ss in rs.get("scopeSpans", []):
                scope = ss.get("scope", {}).get("name", "")
                for s in ss.get("spans", []):
                    status = s.get("status", {})
                    spans.append(
                        ReceivedSpan(
                            trace_id=s.get("traceId", ""),
                            span_id=s.get("spanId", ""),
                            parent_span_id=s.get("parentSpanId", ""),
                            name=s.get("name", ""),
                            kind=_enum(s.get("kind", 0)),
                            start_time_unix_nano=int(s.get("startTimeUnixNano", 0)),
                            end_time_unix_nano=int(s.get("endTimeUnixNano", 0)),
                            attributes=_attributes(s.get("attributes", [])),
                            resource=resource,
                            scope_name=scope,
                            status_code=_enum(status.get("code", 0)),
                            status_message=status.get("message", ""),
                            events=[
                                {"name": e.get("name", ""), "attributes": _attributes(e.get("attributes", []))}
                                for e in s.get("events", [])
                            ],
                            raw=s,
                        )
                    )
    return spans


def parse_logs(path: Path) -> list[ReceivedLog]:
    """Every log record in a file written by the collector's file exporter."""
    logs: list[ReceivedLog] = []
    for request in _json_lines(path):
        for rl in request.get("resourceLogs", []):
            resource = _attributes(rl.get("resource", {}).get("attributes", []))
            for sl in rl.get("scopeLogs", []):
                scope = sl.get("scope", {}).get("name", "")
                for r in sl.get("logRecords", []):
                    logs.append(
                        ReceivedLog(
                            trace_id=r.get("traceId", ""),
                            span_id=r.get("spanId", ""),
                            body=_any_value(r["body"]) if "body" in r else None,
                            severity_number=_enum(r.get("severityNumber", 0)),
                            severity_text=r.get("severityText", ""),
                            time_unix_nano=int(r.get("timeUnixNano", 0)),
                            attributes=_attributes(r.get("attributes", [])),
                            resource=resource,
                            scope_name=scope,
                            event_name=r.get("eventName", ""),
                            raw=r,
                        )
                    )
    return logs


def _deep_merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


class OtelCollector:
    """A real OpenTelemetry Collector on loopback that writes everything it receives to files.

    Receivers: OTLP gRPC on ``grpc_port`` and OTLP HTTP on ``http_port`` (both free ports picked once and kept
    across restarts). Exporters: the contrib file exporter, one OTLP/JSON-lines file per signal in ``workdir``
    (``traces.jsonl``, ``logs.jsonl``, ``metrics.jsonl``), read back with ``spans()``/``logs()``.

    ``forward_to`` adds an OTLP gRPC exporter to every pipeline (e.g. the collector in front of the sidecar).
    ``overrides`` is deep-merged into the generated config last, for anything else (processors, queues...);
    list values replace, they are not appended. ``self_metrics=True`` serves the collector's own Prometheus
    metrics on ``metrics_url``; otherwise they are off, so no extra port is opened.
    """

    def __init__(
        self,
        binary: Path,
        workdir: Path,
        *,
        forward_to: str | None = None,
        overrides: Mapping[str, Any] | None = None,
        self_metrics: bool = False,
        flush_interval: str = "100ms",
        startup_timeout: float = 60,
    ) -> None:
        self.binary = binary
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.grpc_port = free_port()
        self.http_port = free_port()
        self.metrics_port = free_port() if self_metrics else None
        self.traces_path = workdir / "traces.jsonl"
        self.logs_path = workdir / "logs.jsonl"
        self.metrics_path = workdir / "metrics.jsonl"
        self.config_path = workdir / "otelcol.yaml"
        self.startup_timeout = startup_timeout
        self._process = _Process("otelcol", workdir / "otelcol.log")
        config = self._config(forward_to, flush_interval)
        if overrides:
            config = _deep_merge(config, overrides)
        self.config = config
        self.config_path.write_text(yaml.safe_dump(config, sort_keys=False))

    # -- configuration -----------------------------------------------------------------------------------------

    def _config(self, forward_to: str | None, flush_interval: str) -> dict[str, Any]:
        def file_exporter(path: Path) -> dict[str, Any]:
            # JSON (not proto) so a failing test's file can be read by a person; flushed often so tests see
            # data within a fraction of a second.
            # append: a restart (outage test) must not truncate what arrived before it.
            return {"path": str(path), "format": "json", "flush_interval": flush_interval, "append": True}

        exporters: dict[str, Any] = {
            "file/traces": file_exporter(self.traces_path),
            "file/logs": file_exporter(self.logs_path),
            "file/metrics": file_exporter(self.metrics_path),
        }
        extra: list[str] = []
        if forward_to is not None:
            # In collector v0.161 the OTLP gRPC exporter's type is otlp_grpc.
            exporters["otlp_grpc/forward"] = {"endpoint": forward_to, "tls": {"insecure": True}}
            extra.append("otlp_grpc/forward")

        telemetry: dict[str, Any] = {"logs": {"level": "info"}}
        if self.metrics_port is None:
            telemetry["metrics"] = {"level": "none"}
        else:
            telemetry["metrics"] = {
                "level": "detailed",
                "readers": [
                    {
                        "pull": {
                            "exporter": {
                                "prometheus": {
                                    "host": LOOPBACK,
                                    "port": self.metrics_port,
                                    "without_units": True,
                                    "without_type_suffix": True,
                                    "without_scope_info": True,
                                }
                            }
                        }
                    }
                ],
            }

        def pipeline(signal_name: str) -> dict[str, Any]:
            return {"receivers": ["otlp"], "exporters": [f"file/{signal_name}", *extra]}

        return {
            "receivers": {
                "otlp": {
                    "protocols": {
                        "grpc": {"endpoint": f"{LOOPBACK}:{self.grpc_port}"},
                        "http": {"endpoint": f"{LOOPBACK}:{self.http_port}"},
                    }
                }
            },
            "exporters": exporters,
            "service": {
                "telemetry": telemetry,
                "pipelines": {
                    "traces": pipeline("traces"),
                    "logs": pipeline("logs"),
                    "metrics": pipeline("metrics"),
                },
            },
        }

    # -- endpoints ---------------------------------------------------------------------------------------------

    @property
    def grpc_endpoint(self) -> str:
        """host:port for gRPC clients (the OTel SDK's OTLPSpanExporter takes ``http://`` + this)."""
        return f"{LOOPBACK}:{self.grpc_port}"

    @property
    def http_endpoint(self) -> str:
        """Base URL of the OTLP/HTTP receiver; signals go to ``/v1/traces``, ``/v1/logs``, ``/v1/metrics``."""
        return f"http://{LOOPBACK}:{self.http_port}"

    @property
    def metrics_url(self) -> str:
        if self.metrics_port is None:
            raise PeerError("started without self_metrics=True")
        return f"http://{LOOPBACK}:{self.metrics_port}/metrics"

    # -- lifecycle ---------------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process.running

    @property
    def pid(self) -> int | None:
        return self._process.proc.pid if self._process.proc is not None else None

    def start(self) -> None:
        """Start (or restart) on the same ports and files; returns when both receivers accept connections."""
        if not self.binary.exists():
            raise PeerError(f"collector binary missing: {self.binary} (run tests/infra/build_otelcol.sh)")
        for port in (self.grpc_port, self.http_port):
            # After a stop the port must be free again before the restart can bind it; a stranger holding it
            # would make the restart fail with a confusing bind error.
            wait_until(functools.partial(_port_is_free, port), 10, f"port {port} still taken")
        env = {**os.environ, "GOMAXPROCS": os.environ.get("GOMAXPROCS", "2")}
        self._process.launch([str(self.binary), "--config", f"file:{self.config_path}"], env=env)
        # Receivers start last, after the exporters, so open ports mean the whole pipeline is up.
        wait_until(
            lambda: port_is_open(LOOPBACK, self.grpc_port) and port_is_open(LOOPBACK, self.http_port),
            self.startup_timeout,
            "otelcol receivers",
            alive=self._process.died,
        )

    def stop(self, timeout: float = 15) -> None:
        """Graceful shutdown (SIGTERM): the file exporter flushes what it has."""
        self._process.terminate(timeout)

    def kill(self) -> None:
        """Crash it (SIGKILL): whatever was not flushed yet is lost, as in a real crash."""
        self._process.kill()

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- what arrived ------------------------------------------------------------------------------------------

    def spans(self) -> list[ReceivedSpan]:
        return parse_spans(self.traces_path)

    def logs(self) -> list[ReceivedLog]:
        return parse_logs(self.logs_path)

    def metrics_requests(self) -> list[dict[str, Any]]:
        """Raw OTLP/JSON metrics requests; metrics are rare in our tests, so no typed view."""
        return list(_json_lines(self.metrics_path))

    def span(self, span_id: str) -> ReceivedSpan:
        """The span with this hex id; fails if it did not arrive exactly once."""
        found = [s for s in self.spans() if s.span_id == span_id]
        if len(found) != 1:
            raise AssertionError(f"span {span_id} arrived {len(found)} times")
        return found[0]

    def spans_of_trace(self, trace_id: str) -> list[ReceivedSpan]:
        return [s for s in self.spans() if s.trace_id == trace_id]

    def wait_for_spans(
        self,
        count: int = 1,
        where: Callable[[ReceivedSpan], bool] | None = None,
        timeout: float = 15,
    ) -> list[ReceivedSpan]:
        """Wait until at least ``count`` spans (matching ``where``) have arrived; return the matching ones."""
        return _wait_for_items(self.spans, count, where, timeout, "spans")

    def wait_for_logs(
        self,
        count: int = 1,
        where: Callable[[ReceivedLog], bool] | None = None,
        timeout: float = 15,
    ) -> list[ReceivedLog]:
        """Wait until at least ``count`` log records (matching ``where``) have arrived; return the matching ones."""
        return _wait_for_items(self.logs, count, where, timeout, "log records")


def _wait_for_items(items: Callable[[], list[T]], count: int, where: Callable[[T], bool] | None, timeout: float,
                    what: str) -> list[T]:
    result: list[T] = []

    def enough() -> bool:
        nonlocal result
        result = [item for item in items() if where is None or where(item)]
        return len(result) >= count

    try:
        wait_until(enough, timeout, f"{count} {what}")
    except PeerError:
        raise AssertionError(f"expected {count} {what}, got {len(result)}: {result}") from None
    return result


# --------------------------------------------------------------------------------------------------------------
# Elasticsearch


def elasticsearch_version() -> str:
    """The version pinned in tests/infra/elasticsearch/pom.xml."""
    import xml.etree.ElementTree as ET

    root = ET.parse(INFRA_DIR / "elasticsearch" / "pom.xml").getroot()
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = root.find("m:properties/m:elasticsearch.version", ns)
    if node is None or not node.text:
        raise PeerError("no elasticsearch.version in tests/infra/elasticsearch/pom.xml")
    return node.text.strip()


def elasticsearch_home_path() -> Path:
    """Where ``build_elasticsearch.sh`` unpacks the node (it may not exist yet)."""
    version = elasticsearch_version()
    return cache_dir() / "elasticsearch" / version / f"elasticsearch-{version}"


def build_elasticsearch(timeout: float = 1200) -> Path:
    """Fetch the distribution if needed and return its home directory."""
    return _run_build_script("build_elasticsearch.sh", timeout)


def _java_home() -> str:
    """ES_JAVA_HOME for the node: the distribution we use ships no JDK, so it runs on the machine's Java."""
    for var in ("ES_JAVA_HOME", "JAVA_HOME"):
        if value := os.environ.get(var):
            return value
    java = shutil.which("java")
    if java is None:
        raise PeerError("no java on PATH and neither ES_JAVA_HOME nor JAVA_HOME set")
    return str(Path(java).resolve().parent.parent)


def _unprivileged_ids() -> tuple[int, int] | None:
    """(uid, gid) to run Elasticsearch as, or None when we are not root.

    Elasticsearch refuses to start as root ("can not run elasticsearch as root", no override in 8.x), and tests
    here and in CI run as root, so the node runs as ``nobody``.
    """
    if os.geteuid() != 0:
        return None
    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def _link_tree(src: Path, dst: Path) -> None:
    """A hard-linked copy of the node's home: instant, no extra disk, and readable by ``nobody`` even when
    the cache sits in root's private home. Falls back to copying across filesystems."""
    try:
        shutil.copytree(src, dst, copy_function=os.link, symlinks=True)
    except OSError:
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst, symlinks=True)


def _chown_tree(path: Path, uid: int, gid: int) -> None:
    os.chown(path, uid, gid)
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)


class Elasticsearch:
    """A real single-node Elasticsearch 8.14 on loopback with plain HTTP and no security.

    ``settings`` are extra node settings written to elasticsearch.yml, e.g.
    ``{"indexing_pressure.memory.limit": "1kb"}`` or ``{"thread_pool.write.queue_size": 1}`` to provoke real
    429s. Ports (HTTP and transport) are picked once and kept across ``stop()``/``start()``, and so is the
    data directory, so documents survive a restart.

    Which distribution: Elastic's integ-test-zip (see tests/infra/elasticsearch/pom.xml). It has the server,
    transport-netty4, x-pack-core/security and apm modules only: plain indices, bulk, search, mappings and
    ``_cat``/``_cluster`` APIs work; data streams, index templates that need the stack plugin, ingest
    pipelines, painless scripts and analyzers beyond ``standard`` are not there.

    The node's files go into ``workdir`` (config/, data/, logs/, tmp/). When running as root the node runs as
    ``nobody``, which cannot enter pytest's private tmp dirs, so then ``workdir`` defaults to a fresh directory
    made world-traversable under the system temp dir and removed on ``close()``.
    """

    def __init__(
        self,
        home: Path,
        workdir: Path | None = None,
        *,
        settings: Mapping[str, Any] | None = None,
        heap_mb: int = 512,
        http_port: int | None = None,
        startup_timeout: float = 300,
    ) -> None:
        self.home = home
        self.ids = _unprivileged_ids()
        self._own_workdir = workdir is None
        if workdir is None:
            workdir = Path(tempfile.mkdtemp(prefix="spanwatch-es-"))
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.http_port = http_port if http_port is not None else free_port()
        self.transport_port = free_port()
        self.settings = dict(settings or {})
        self.heap_mb = heap_mb
        self.startup_timeout = startup_timeout
        self.start_seconds: float | None = None
        self._process = _Process("elasticsearch", self.workdir / "elasticsearch.out")
        self._prepared = False

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.http_port}"

    @property
    def running(self) -> bool:
        return self._process.running

    def _prepare(self) -> None:
        """Lay out config/, data/, logs/ and tmp/ once; restarts reuse them so data survives."""
        if not (self.home / "bin" / "elasticsearch").exists():
            raise PeerError(f"Elasticsearch missing at {self.home} (run tests/infra/build_elasticsearch.sh)")
        conf = self.workdir / "config"
        for sub in ("data", "logs", "tmp"):
            (self.workdir / sub).mkdir(exist_ok=True)
        shutil.copytree(self.home / "config", conf, dirs_exist_ok=True)
        node_settings: dict[str, Any] = {
            "cluster.name": "spanwatch-test",
            "node.name": "es-0",
            "network.host": LOOPBACK,
            "http.port": self.http_port,
            # A fixed transport port too: the default range 9300-9399 may be taken by another node here.
            "transport.port": self.transport_port,
            "discovery.type": "single-node",
            "path.data": str(self.workdir / "data"),
            "path.logs": str(self.workdir / "logs"),
            # Plain http, no users: the sidecar's exporter is tested against the protocol, not against auth.
            "xpack.security.enabled": False,
            # The shared CI disk may be fuller than the 90% flood stage; a read-only index would fail tests
            # for a reason that has nothing to do with them.
            "cluster.routing.allocation.disk.threshold_enabled": False,
            "action.destructive_requires_name": False,
            # No settings for the GeoIP downloader or ML: those modules are not in this distribution, so the
            # node has nothing that reaches the network, and naming their settings would fail startup.
            **self.settings,
        }
        (conf / "elasticsearch.yml").write_text(yaml.safe_dump(node_settings, sort_keys=False))
        # The stock jvm.options writes gc logs, crash files and heap dumps relative to the node's home, which
        # we share read-only; point them into this node's own directories.
        options = (conf / "jvm.options").read_text()
        options = (
            options.replace("file=logs/gc.log", f"file={self.workdir / 'logs' / 'gc.log'}")
            .replace("-XX:ErrorFile=logs/", f"-XX:ErrorFile={self.workdir / 'logs'}/")
            .replace("-XX:HeapDumpPath=data", f"-XX:HeapDumpPath={self.workdir / 'data'}")
        )
        (conf / "jvm.options").write_text(options)
        (conf / "jvm.options.d").mkdir(exist_ok=True)
        (conf / "jvm.options.d" / "spanwatch.options").write_text(
            # Small fixed heap: six engineers share 24 GiB. C1-only JIT: startup on two busy cores is much
            # faster, and test workloads are too small to benefit from C2.
            f"-Xms{self.heap_mb}m\n-Xmx{self.heap_mb}m\n-XX:TieredStopAtLevel=1\n"
        )
        if self.ids is not None:
            uid, gid = self.ids
            closed = [p for p in self.workdir.resolve().parents if not p.stat().st_mode & 0o001]
            if closed:
                raise PeerError(
                    f"Elasticsearch runs as nobody (we are root) and cannot enter {closed[0]}; "
                    "leave workdir=None to get a suitable directory"
                )
            # The home, as linked here, lies where nobody can read it; everything else must be theirs.
            _link_tree(self.home, self.workdir / "home")
            os.chmod(self.workdir, 0o755)
            for sub in ("config", "data", "logs", "tmp"):
                _chown_tree(self.workdir / sub, uid, gid)
            self._run_home = self.workdir / "home"
            # The JVM writes gc logs and crash files relative to its cwd (workdir); let it.
            os.chown(self.workdir, uid, gid)
        else:
            self._run_home = self.home
        self._prepared = True

    def start(self) -> None:
        """Start (or restart) on the same ports and data; returns when cluster health is green or yellow."""
        if not self._prepared:
            self._prepare()
        wait_until(functools.partial(_port_is_free, self.http_port), 30, f"port {self.http_port} still taken")
        env = {
            **os.environ,
            "ES_JAVA_HOME": _java_home(),
            "ES_PATH_CONF": str(self.workdir / "config"),
            "ES_TMPDIR": str(self.workdir / "tmp"),
        }
        env.pop("JAVA_HOME", None)  # ES warns that JAVA_HOME is deprecated; ES_JAVA_HOME carries it
        env.pop("ES_JAVA_OPTS", None)  # the heap comes from jvm.options.d, not from the caller's environment
        user, group = self.ids if self.ids is not None else (None, None)
        started = time.monotonic()
        self._process.launch(
            [str(self._run_home / "bin" / "elasticsearch")], env=env, cwd=self.workdir, user=user, group=group
        )
        self.wait_healthy(self.startup_timeout)
        self.start_seconds = time.monotonic() - started

    def wait_healthy(self, timeout: float = 60) -> None:
        def healthy() -> bool:
            try:
                status, body = self.request("GET", "/_cluster/health?wait_for_status=yellow&timeout=1s", timeout=5)
            except (OSError, PeerError):
                return False
            return status == 200 and body.get("status") in ("green", "yellow")

        wait_until(healthy, timeout, "elasticsearch health", interval=0.5, alive=self._process.died)

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        ndjson: Sequence[Mapping[str, Any]] | None = None,
        timeout: float = 30,
    ) -> tuple[int, Any]:
        """One HTTP request with the standard library; returns (status, decoded JSON body).

        ``ndjson`` sends a bulk body (one JSON object per line). Error statuses are returned, not raised, so a
        test can assert a 429 the same way as a 200.
        """
        data: bytes | None = None
        headers = {"Accept": "application/json"}
        if ndjson is not None:
            data = b"".join(json.dumps(line).encode() + b"\n" for line in ndjson)
            headers["Content-Type"] = "application/x-ndjson"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, raw = err.code, err.read()
        try:
            return status, json.loads(raw) if raw else None
        except json.JSONDecodeError:
            return status, raw.decode(errors="replace")

    def rss_bytes(self) -> int:
        """Resident memory of the node (launcher JVM + server JVM)."""
        if self._process.proc is None or not self.running:
            return 0
        return _process_group_rss(self._process.proc.pid)

    def stop(self, timeout: float = 60) -> None:
        """Graceful shutdown (SIGTERM), as a service manager would do it."""
        self._process.terminate(timeout)

    def kill(self) -> None:
        self._process.kill()

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
