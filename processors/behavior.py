"""The ``behavior`` processor: rolling per-agent and per-user baselines, and signals when an interaction departs.

Each entity (``agent:<id>`` and ``user:<id>``) keeps, per metric, an exponentially weighted mean and mean
absolute deviation over roughly ``pattern_window`` samples. After ``min_samples`` an interaction whose value lies
more than ``z_threshold`` robust deviations (1.2533 x mean absolute deviation, which equals sigma for a normal
distribution and is less dragged by outliers than the variance) from the mean emits
``ContextSignal(source="behavior", kind="anomaly.<metric>")``. Values are winsorised to the threshold before
they update the baseline, so one burst cannot teach the baseline that bursts are normal.

Metrics: ``request_rate`` (requests per minute bucket), ``input_tokens``, ``output_tokens``, ``tool_calls``
(per interaction), ``distinct_tools``, ``response_length`` (characters of assistant output), ``error_rate`` and
``refusal_rate`` (fast moving averages of 0/1 events, so a burst stands out against a quiet baseline). Also
``new_tool`` (an agent calls a tool it was never seen calling, after warm-up), ``off_hours`` (activity outside
business hours by an entity that is normally quiet then) and ``repetition`` (the same tool call, name and
arguments, repeated within the recent window).

State is bounded (``max_entities`` LRU) and can be snapshotted to ``state_dir`` as JSON (atomic write, then
rename) at shutdown and every ``snapshot_interval``, and restored at start, so baselines survive restarts.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.processors.assessment import ContextSignal
from spanwatch.processors.context import is_refusal
from spanwatch.processors.extract import from_request
from spanwatch.processors.interaction import Interaction, MessageKind

log = logging.getLogger("spanwatch.processors.behavior")

METRICS = ("request_rate", "input_tokens", "output_tokens", "tool_calls", "distinct_tools", "response_length",
           "error_rate", "refusal_rate")
# Only rises are suspicious: an agent suddenly quiet or terse is not an attack signal.
_FLOOR = {  # smallest deviation scale per metric, so a perfectly steady baseline does not make noise anomalous
    "request_rate": 2.0, "input_tokens": 50.0, "output_tokens": 50.0, "tool_calls": 1.0, "distinct_tools": 1.0,
    "response_length": 200.0, "error_rate": 0.05, "refusal_rate": 0.05,
}
_FAST = 0.2  # weight of the newest event in the 0/1 rate metrics (about the last 10 events)
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SNAPSHOT_VERSION = 1
_ACTIONS = frozenset({MessageKind.TOOL_CALL, MessageKind.ASSISTANT})


@dataclass(frozen=True, kw_only=True)
class BehaviorConfig:
    # Samples a baseline effectively remembers (EWMA weight 2 / (pattern_window + 1)).
    pattern_window: int = 100
    # Samples an entity needs before anything about it is called anomalous.
    min_samples: int = 20
    # Robust z-score beyond which a value is anomalous.
    z_threshold: float = 4.0
    # Entities (agents plus users) tracked; the least recently active is forgotten first.
    max_entities: int = 10_000
    # Distinct tool names remembered per entity for new_tool.
    max_tools: int = 256
    # Business hours (local, HH:MM-HH:MM), business days and the local offset from UTC.
    business_hours: str = "08:00-19:00"
    business_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    utc_offset: str = "+00:00"
    # off_hours fires only for entities whose share of off-hours activity is below this.
    off_hours_max_share: float = 0.05
    # Recent tool calls (name + arguments digests) compared for repetition, and the count that is repetitive.
    repetition_window: int = 16
    repetition_threshold: int = 5
    # Where baselines are snapshotted (relative to service.data_dir); empty disables snapshots.
    state_dir: str = ""
    snapshot_interval: Duration = Duration("5m")

    def validate(self) -> list[str]:
        problems: list[str] = []
        for key in ("pattern_window", "min_samples", "max_entities", "max_tools", "repetition_window",
                    "repetition_threshold"):
            value = getattr(self, key)
            if value <= 0:
                problems.append(f"{key} must be > 0, got {value}")
        if self.repetition_threshold > self.repetition_window:
            problems.append(f"repetition_threshold must be <= repetition_window ({self.repetition_window}), "
                            f"got {self.repetition_threshold}")
        if self.z_threshold <= 0:
            problems.append(f"z_threshold must be > 0, got {self.z_threshold}")
        if not 0.0 <= self.off_hours_max_share <= 1.0:
            problems.append(f"off_hours_max_share must be in [0, 1], got {self.off_hours_max_share}")
        m = _HOURS.match(self.business_hours)
        if m is None or int(m[1]) > 24 or int(m[3]) > 24 or int(m[2]) > 59 or int(m[4]) > 59:
            problems.append(f"business_hours must be HH:MM-HH:MM, got {self.business_hours!r}")
        bad = [d for d in self.business_days if d not in _DAYS]
        if bad:
            problems.append(f"business_days must name days as {', '.join(_DAYS)}, got {bad[0]!r}")
        o = _OFFSET.match(self.utc_offset)
        if o is None or int(o[2]) > 14 or int(o[3]) > 59:
            problems.append(f"utc_offset must be ±HH:MM, got {self.utc_offset!r}")
        if self.snapshot_interval <= 0:
            problems.append(f"snapshot_interval must be > 0, got {self.snapshot_interval}")
        return problems


class _Stat:
    """EWMA mean and mean absolute deviation of one metric."""

    __slots__ = ("mad", "mean", "n")

    def __init__(self, n: int = 0, mean: float = 0.0, mad: float = 0.0) -> None:
        self.n = n
        self.mean = mean
        self.mad = mad

    def z(self, x: float, floor: float) -> float:
        return (x - self.mean) / max(1.2533 * self.mad, floor)

    def update(self, x: float, alpha: float, floor: float, z_cap: float) -> None:
        n = self.n
        self.n = n + 1
        if n == 0:
            self.mean = x
            return
        mean = self.mean
        scale = 1.2533 * self.mad
        if floor > scale:  # noqa: PLR1730 - max(scale, floor) without a call, 7 times per span
            scale = floor
        # Winsorise: an outlier moves the baseline only as far as the threshold, never to itself.
        d = x - mean
        if d > z_cap * scale:
            d = z_cap * scale
        elif d < -z_cap * scale:
            d = -z_cap * scale
        a = 1.0 / (n + 1)  # a plain mean while warming up, EWMA after
        if alpha > a:  # noqa: PLR1730 - max(a, alpha) without a call
            a = alpha
        self.mean = mean + a * d
        self.mad += a * (abs(d) - self.mad)


class _Entity:
    __slots__ = ("bucket", "bucket_count", "error_fast", "last_off_bucket", "off_share", "recent_calls",
                 "refusal_fast", "samples", "stats", "tools")

    def __init__(self) -> None:
        self.stats: dict[str, _Stat] = {}
        self.samples = 0
        self.tools: set[int] = set()
        self.recent_calls: list[int] = []
        self.bucket = -1  # current minute bucket for request_rate
        self.bucket_count = 0
        self.error_fast = 0.0
        self.refusal_fast = 0.0
        self.off_share = 0.0
        self.last_off_bucket = -1

    def to_json(self) -> dict[str, Any]:
        return {
            "stats": {k: [s.n, s.mean, s.mad] for k, s in self.stats.items()},
            "samples": self.samples, "tools": sorted(self.tools), "error_fast": self.error_fast,
            "refusal_fast": self.refusal_fast, "off_share": self.off_share,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Entity:
        e = cls()
        e.stats = {str(k): _Stat(int(v[0]), float(v[1]), float(v[2])) for k, v in data.get("stats", {}).items()
                   if k in METRICS}
        e.samples = int(data.get("samples", 0))
        e.tools = {int(t) for t in data.get("tools", [])}
        e.error_fast = float(data.get("error_fast", 0.0))
        e.refusal_fast = float(data.get("refusal_fast", 0.0))
        e.off_share = float(data.get("off_share", 0.0))
        return e


def _digest(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class BehaviorProcessor:
    def __init__(self, config: BehaviorConfig, *, state_path: Path | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self._clock = clock
        self._alpha = 2.0 / (config.pattern_window + 1)
        self._entities: OrderedDict[str, _Entity] = OrderedDict()
        self.state_path = state_path
        m = _HOURS.match(config.business_hours)
        assert m is not None
        self._open = int(m[1]) * 60 + int(m[2])
        self._close = int(m[3]) * 60 + int(m[4])
        self._days = frozenset(_DAYS.index(d) for d in config.business_days)
        o = _OFFSET.match(config.utc_offset)
        assert o is not None
        sign = -1 if o[1] == "-" else 1
        self._tz = timezone(sign * timedelta(hours=int(o[2]), minutes=int(o[3])))
        self._last_snapshot = clock()
        self._closed = False
        self._off_minute, self._off_cached = -1.0, False

    def __len__(self) -> int:
        return len(self._entities)

    def baseline(self, key: str) -> dict[str, tuple[int, float, float]] | None:
        """``{metric: (samples, mean, robust deviation)}`` for ``agent:<id>`` or ``user:<id>``."""
        e = self._entities.get(key)
        if e is None:
            return None
        return {k: (s.n, s.mean, 1.2533 * s.mad) for k, s in e.stats.items()}

    # -- pipeline -------------------------------------------------------------------------------------------

    def process(self, batch: Batch) -> Batch:
        for it in sorted(batch.interactions, key=lambda i: i.time_unix_nano):
            self.observe(it)
        return batch

    def observe(self, it: Interaction) -> None:
        now = it.time_unix_nano / 1e9 if it.time_unix_nano else self._clock()
        tools: list[str] = []
        calls: list[int] = []
        response = 0
        refused = False
        for m in it.messages:
            if m.kind not in _ACTIONS:  # prompts, system text, results: nothing this stage counts
                continue
            if from_request(m):
                # The re-sent history: these calls and replies were counted in the interaction that made them.
                # Counting them again would grow tool_calls and response_length with the conversation and turn
                # one call, replayed turn after turn, into "repetition".
                continue
            if m.kind is MessageKind.TOOL_CALL:
                tools.append(m.tool_name)
                calls.append(_digest(f"{m.tool_name}\x00{m.text}"))
            elif m.kind is MessageKind.ASSISTANT:
                response += len(m.text)
                refused = refused or is_refusal(m.text)
        # The distinct tool names, sorted once per interaction for both entities (most interactions call none).
        names = sorted(set(tools)) if tools else []
        values = {
            "input_tokens": float(it.input_tokens), "output_tokens": float(it.output_tokens),
            "tool_calls": float(len(calls)), "distinct_tools": float(len(names)),
            "response_length": float(response),
        }
        agent = it.agent_id or it.agent_name or it.service_name
        off: bool | None = None  # the same instant for the agent and the user: worked out once
        for key in (f"agent:{agent}" if agent else "", f"user:{it.user_id}" if it.user_id else ""):
            if key:
                if off is None:
                    off = self._off_hours(now)
                self._observe_entity(key, it, now, values, names=names, calls=calls, refused=refused, off=off)
        if self.state_path is not None and self._clock() - self._last_snapshot >= self.config.snapshot_interval:
            self.snapshot()

    def _entity(self, key: str) -> _Entity:
        e = self._entities.get(key)
        if e is None:
            e = self._entities[key] = _Entity()
            while len(self._entities) > self.config.max_entities:
                self._entities.popitem(last=False)
        else:
            self._entities.move_to_end(key)
        return e

    def _observe_entity(self, key: str, it: Interaction, now: float, values: dict[str, float], *, names: list[str],
                        calls: list[int], refused: bool, off: bool) -> None:
        cfg = self.config
        e = self._entity(key)
        warm = e.samples >= cfg.min_samples
        out = it.signals
        who = key.partition(":")[0]

        # Request rate: count the current minute; a closed minute updates the baseline once.
        minute = int(now // 60)
        if minute != e.bucket:
            if e.bucket >= 0:
                gap = min(minute - e.bucket - 1, 5)  # a few quiet minutes count as zeros; long gaps do not
                self._update(e, "request_rate", float(e.bucket_count))
                for _ in range(max(0, gap)):
                    self._update(e, "request_rate", 0.0)
            e.bucket, e.bucket_count = minute, 0
        e.bucket_count += 1
        e.error_fast += _FAST * ((1.0 if it.is_error else 0.0) - e.error_fast)
        e.refusal_fast += _FAST * ((1.0 if refused else 0.0) - e.refusal_fast)
        current = dict(values, request_rate=float(e.bucket_count), error_rate=e.error_fast,
                       refusal_rate=e.refusal_fast)
        # One pass: each metric is checked against its baseline, then folded into it (metrics are independent, so
        # this is the same as checking all, then updating all). request_rate's baseline moves per closed minute.
        # _Stat.z and _Stat.update are inlined here (same arithmetic, one scale for both): this loop runs for seven
        # metrics of two entities on every span, and the method calls were most of the stage's time.
        alpha, z_cap, min_samples, stats = self._alpha, cfg.z_threshold, cfg.min_samples, e.stats
        for metric, x in current.items():
            stat = stats.get(metric)
            if stat is None:
                if metric != "request_rate":
                    stats[metric] = _Stat(1, x)  # what update() makes of a first sample
                continue
            n, mean, mad = stat.n, stat.mean, stat.mad
            scale = 1.2533 * mad
            floor = _FLOOR[metric]
            if floor > scale:  # noqa: PLR1730 - max(scale, floor) without a call
                scale = floor
            if warm and n >= min_samples:
                z = (x - mean) / scale
                # request_rate grows through the minute: say so once, when the count first crosses.
                if z > z_cap and not (metric == "request_rate" and (x - 1 - mean) / scale > z_cap):
                    score = min(1.0, 0.5 + 0.05 * (z - z_cap))
                    out.append(ContextSignal("behavior", f"anomaly.{metric}", round(score, 4),
                                             f"{who} {metric} {x:g} vs baseline {mean:.3g} (z={z:.1f})"))
            if metric == "request_rate":
                continue
            stat.n = n + 1
            if n == 0:
                stat.mean = x
                continue
            # Winsorise: an outlier moves the baseline only as far as the threshold, never to itself.
            d = x - mean
            if d > z_cap * scale:
                d = z_cap * scale
            elif d < -z_cap * scale:
                d = -z_cap * scale
            a = 1.0 / (n + 1)  # a plain mean while warming up, EWMA after
            if alpha > a:  # noqa: PLR1730 - max(a, alpha) without a call
                a = alpha
            stat.mean = mean + a * d
            stat.mad = mad + a * (abs(d) - mad)

        for name in names:  # distinct and sorted
            d = _digest(name)
            if d not in e.tools:
                if warm:
                    out.append(ContextSignal("behavior", "new_tool", 0.5,
                                             f"{who} called a tool never seen before: {name[:64]}"))
                if len(e.tools) < cfg.max_tools:
                    e.tools.add(d)
        if calls:
            e.recent_calls.extend(calls)
            del e.recent_calls[:-cfg.repetition_window]
            top = max(e.recent_calls.count(c) for c in set(calls))
            if top >= cfg.repetition_threshold:
                out.append(ContextSignal("behavior", "repetition",
                                         round(min(1.0, top / (2 * cfg.repetition_threshold)), 4),
                                         f"{who} repeated one tool call {top} times in its last "
                                         f"{len(e.recent_calls)}"))
        if off and warm and e.off_share < cfg.off_hours_max_share and minute // 60 != e.last_off_bucket:
            e.last_off_bucket = minute // 60  # once per hour is enough to say it
            out.append(ContextSignal("behavior", "off_hours", 0.4,
                                     f"{who} active outside business hours (usual share {e.off_share:.0%})"))
        a = max(self._alpha, 1.0 / (e.samples + 1))
        e.off_share += a * ((1.0 if off else 0.0) - e.off_share)
        e.samples += 1

    def _update(self, e: _Entity, metric: str, x: float) -> None:
        stat = e.stats.get(metric)
        if stat is None:
            stat = e.stats[metric] = _Stat()
        stat.update(x, self._alpha, _FLOOR[metric], self.config.z_threshold)

    def _off_hours(self, now: float) -> bool:
        # Constant within a UTC minute (the offset is whole minutes); an instant within a millisecond of a minute's
        # edge is worked out afresh, since the conversion rounds to microseconds and could land in the next one.
        minute, second = divmod(now, 60.0)
        safe = 0.001 < second < 59.999
        if safe and minute == self._off_minute:
            return self._off_cached
        off = self._off_hours_at(now)
        if safe:
            self._off_minute, self._off_cached = minute, off
        return off

    def _off_hours_at(self, now: float) -> bool:
        local = datetime.fromtimestamp(now, tz=UTC).astimezone(self._tz)
        if local.weekday() not in self._days:
            return True
        minute = local.hour * 60 + local.minute
        if self._open <= self._close:
            return not self._open <= minute < self._close
        return self._close <= minute < self._open  # hours that wrap midnight, e.g. 22:00-06:00

    # -- snapshots ------------------------------------------------------------------------------------------

    def snapshot(self) -> None:
        """Write every baseline to ``state_path`` atomically (temp file, fsync, rename)."""
        self._last_snapshot = self._clock()
        if self.state_path is None:
            return
        data = {"version": SNAPSHOT_VERSION, "entities": {k: e.to_json() for k, e in self._entities.items()}}
        path = self.state_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            with tmp.open("w", encoding="utf-8") as fh:
                json.dump(data, fh, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:  # losing a snapshot costs warm-up time, never data: log and carry on
            log.warning("Could not write behaviour snapshot.", extra={"fields": {"path": str(path),
                                                                                 "error": str(exc)}})

    def restore(self) -> int:
        """Load baselines from ``state_path``; returns the number of entities restored."""
        if self.state_path is None or not self.state_path.exists():
            return 0
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            if data.get("version") != SNAPSHOT_VERSION:
                raise ValueError(f"version must be {SNAPSHOT_VERSION}, got {data.get('version')!r}")
            entities = {str(k): _Entity.from_json(v) for k, v in data["entities"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            log.warning("Ignored unreadable behaviour snapshot.",
                        extra={"fields": {"path": str(self.state_path), "error": str(exc)}})
            return 0
        for key, e in list(entities.items())[-self.config.max_entities:]:
            self._entities[key] = e
        return len(self._entities)

    async def start(self) -> None:
        self.restore()

    async def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.snapshot()


def _create(id_: ComponentID, config: BehaviorConfig, host: Host, signal: Signal, next_: object
            ) -> BehaviorProcessor:
    path: Path | None = None
    if config.state_dir:
        base = Path(config.state_dir)
        if not base.is_absolute():
            base = host.data_dir / base
        # One file per instance: a processor used by two pipelines is two instances with their own baselines.
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(id_))
        path = base / f"behavior-{safe}-{signal}.json"
    return BehaviorProcessor(config, state_path=path)


FACTORY: Factory[BehaviorConfig] = Factory(
    type="behavior",
    kind="processor",
    config_type=BehaviorConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Per-agent and per-user baselines: anomalies, new tools, off-hours activity, repeated tool calls.",
    requires_before=("extract",),
)
