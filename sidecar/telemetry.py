"""Self-telemetry: counters, gauges and histograms rendered in the Prometheus text format.

Deliberately tiny: an increment is a dict update on the event loop thread (no locks, no label objects), so
counting every request costs next to nothing. Names follow the collector's internal metrics with our prefix
(``spanwatch_receiver_accepted_spans_total`` …). Never put a user, session or conversation id in a label.
"""

from __future__ import annotations

import bisect
import json
import logging
import math
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence

PREFIX = "spanwatch_"
LabelValues = tuple[str, ...]

DURATION_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _fmt(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


class _Metric:
    kind = ""

    def __init__(self, name: str, help_: str, labels: Sequence[str]) -> None:
        self.name = PREFIX + name
        self.help = help_
        self.label_names = tuple(labels)

    def _labels(self, values: LabelValues, extra: str = "") -> str:
        parts = [f'{n}="{_escape(v)}"' for n, v in zip(self.label_names, values, strict=True)]
        if extra:
            parts.append(extra)
        return "{" + ",".join(parts) + "}" if parts else ""

    def header(self) -> list[str]:
        return [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} {self.kind}"]

    def render(self) -> list[str]:
        raise NotImplementedError


class Counter(_Metric):
    kind = "counter"

    def __init__(self, name: str, help_: str, labels: Sequence[str] = ()) -> None:
        super().__init__(name, help_, labels)
        self.values: dict[LabelValues, float] = {}

    def add(self, amount: float, *labels: str) -> None:
        self.values[labels] = self.values.get(labels, 0.0) + amount

    def get(self, *labels: str) -> float:
        return self.values.get(labels, 0.0)

    def total(self) -> float:
        return sum(self.values.values())

    def render(self) -> list[str]:
        return [f"{self.name}{self._labels(k)} {_fmt(v)}" for k, v in sorted(self.values.items())]


class Gauge(_Metric):
    kind = "gauge"

    def __init__(self, name: str, help_: str, labels: Sequence[str] = ()) -> None:
        super().__init__(name, help_, labels)
        self.values: dict[LabelValues, float] = {}
        self.callbacks: dict[LabelValues, Callable[[], float]] = {}

    def set(self, value: float, *labels: str) -> None:
        self.values[labels] = value

    def set_function(self, fn: Callable[[], float], *labels: str) -> None:
        """Read the value at scrape time (queue sizes, RSS) instead of tracking every change."""
        self.callbacks[labels] = fn

    def get(self, *labels: str) -> float:
        if labels in self.callbacks:
            return self.callbacks[labels]()
        return self.values.get(labels, 0.0)

    def render(self) -> list[str]:
        merged = dict(self.values)
        for k, fn in self.callbacks.items():
            try:
                merged[k] = fn()
            except Exception:  # a broken callback must not break the scrape
                continue
        return [f"{self.name}{self._labels(k)} {_fmt(v)}" for k, v in sorted(merged.items())]


class Histogram(_Metric):
    kind = "histogram"

    def __init__(self, name: str, help_: str, labels: Sequence[str] = (),
                 buckets: Sequence[float] = DURATION_BUCKETS) -> None:
        super().__init__(name, help_, labels)
        self.buckets = tuple(buckets)
        self.series: dict[LabelValues, list[float]] = {}  # bucket counts..., +Inf count, sum

    def observe(self, value: float, *labels: str) -> None:
        row = self.series.get(labels)
        if row is None:
            row = self.series[labels] = [0.0] * (len(self.buckets) + 2)
        row[bisect.bisect_left(self.buckets, value)] += 1
        row[-1] += value

    def count(self, *labels: str) -> float:
        row = self.series.get(labels)
        return sum(row[:-1]) if row else 0.0

    def render(self) -> list[str]:
        out: list[str] = []
        for k, row in sorted(self.series.items()):
            cumulative = 0.0
            for bound, n in zip(self.buckets, row, strict=False):
                cumulative += n
                le = 'le="' + _fmt(bound) + '"'
                out.append(f"{self.name}_bucket{self._labels(k, le)} {_fmt(cumulative)}")
            cumulative += row[len(self.buckets)]
            inf = 'le="+Inf"'
            out.append(f"{self.name}_bucket{self._labels(k, inf)} {_fmt(cumulative)}")
            out.append(f"{self.name}_sum{self._labels(k)} {_fmt(row[-1])}")
            out.append(f"{self.name}_count{self._labels(k)} {_fmt(cumulative)}")
        return out


class Telemetry:
    """The registry of self-metrics. Components ask for metrics by name; asking twice returns the same one."""

    def __init__(self) -> None:
        self._metrics: dict[str, _Metric] = {}
        self.start_time = time.time()
        self._register_process_metrics()

    def counter(self, name: str, help_: str, labels: Sequence[str] = ()) -> Counter:
        metric = self._get(Counter, name, help_, labels)
        assert isinstance(metric, Counter)
        return metric

    def gauge(self, name: str, help_: str, labels: Sequence[str] = ()) -> Gauge:
        metric = self._get(Gauge, name, help_, labels)
        assert isinstance(metric, Gauge)
        return metric

    def histogram(self, name: str, help_: str, labels: Sequence[str] = (),
                  buckets: Sequence[float] = DURATION_BUCKETS) -> Histogram:
        metric = self._metrics.get(PREFIX + name)
        if metric is None:
            metric = Histogram(name, help_, labels, buckets)
            self._metrics[metric.name] = metric
        assert isinstance(metric, Histogram)
        return metric

    def _get(self, cls: type[Counter] | type[Gauge], name: str, help_: str, labels: Sequence[str]) -> _Any:
        metric = self._metrics.get(PREFIX + name)
        if metric is None:
            metric = cls(name, help_, labels)
            self._metrics[metric.name] = metric
        if not isinstance(metric, cls):
            raise TypeError(f"metric {name} already registered as {metric.kind}")
        return metric

    def metrics(self) -> Iterable[_Metric]:
        return self._metrics.values()

    def render(self) -> str:
        lines: list[str] = []
        for metric in sorted(self._metrics.values(), key=lambda m: m.name):
            body = metric.render()
            if body or metric.kind != "histogram":
                lines.extend(metric.header())
                lines.extend(body)
        return "\n".join(lines) + "\n"

    def _register_process_metrics(self) -> None:
        rss = self.gauge("process_memory_rss_bytes", "Resident set size of the spanwatch process.")
        rss.set_function(read_rss_bytes)
        cpu = self.gauge("process_cpu_seconds", "Total user and system CPU time of the process.")
        cpu.set_function(lambda: sum(os.times()[:2]))
        uptime = self.gauge("process_uptime_seconds", "Seconds since the process started.")
        uptime.set_function(lambda: time.time() - self.start_time)
        info = self.gauge("build_info", "Build information; the value is always 1.", ["version"])
        from spanwatch import __version__

        info.set(1, __version__)


_Any = Counter | Gauge  # what _get returns; callers know which one they asked for


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def read_rss_bytes() -> float:
    """Current RSS from /proc (cheap enough to call every check interval); falls back to ru_maxrss."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return float(int(f.read().split()[1]) * _PAGE)
    except OSError:
        import resource

        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


# --------------------------------------------------------------------------------------------------------------
# Structured logs


class JsonFormatter(logging.Formatter):
    """One JSON object per line: fields first, then the message (Vector's style rule)."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            payload.update(fields)
        payload["msg"] = record.getMessage()
        if record.exc_info:
            payload["error"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


class ConsoleFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        ts = time.strftime("%H:%M:%S", time.localtime(record.created))
        fields = getattr(record, "fields", None)
        extra = " ".join(f"{k}={v}" for k, v in fields.items()) if isinstance(fields, dict) else ""
        line = f"{ts} {record.levelname:<7} {record.name}: {record.getMessage()}" + (f"  {extra}" if extra else "")
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


_lock = threading.Lock()


def setup_logging(level: str, encoding: str) -> None:
    with _lock:
        root = logging.getLogger("spanwatch")
        for handler in list(root.handlers):
            root.removeHandler(handler)
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter() if encoding == "json" else ConsoleFormatter())
        root.addHandler(handler)
        root.setLevel(level.upper())
        root.propagate = False


def fields(**kwargs: object) -> dict[str, object]:
    """``log.info("Started.", extra=fields(endpoint=...))``"""
    return {"fields": kwargs}
