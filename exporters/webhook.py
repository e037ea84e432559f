"""The ``webhook`` exporter: alerts POSTed to an HTTP endpoint as JSON, ECS JSON or CEF, signed and replay-safe.

Each alert is one request. Requests carry ``X-Spanwatch-Timestamp`` (unix seconds, set per attempt) and
``X-Spanwatch-Signature: v1=<hex>``, the HMAC-SHA256 of ``"<timestamp>.<body>"`` under the shared secret, so a
receiver can reject forged or replayed deliveries (``verify_signature`` below is the reference check). Alerts are
deduplicated per (conversation, threat types) within ``dedup_window`` and rate limited with a token bucket;
suppressed alerts are counted, never silently lost. Delivery (queue, retries with jitter, persistence, timeouts)
is the shared exporter helper's; 429/5xx and timeouts are retried, other 4xx are permanent.
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson

from spanwatch import __version__
from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.errors import PermanentExportError, RetryableExportError
from spanwatch.exporters._delivery import Delivery, QueueConfig, RetryConfig, parse_retry_after
from spanwatch.processors.assessment import Alert

LEVELS = ("low", "medium", "high", "critical")
_SEVERITY_NUMBER = {"low": 3, "medium": 5, "high": 8, "critical": 10}
_RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, kw_only=True)
class RateLimitConfig:
    # Sustained alerts per second, and the burst allowed above it; 0 turns the limit off.
    per_second: float = 5.0
    burst: int = 20

    def validate(self) -> list[str]:
        problems = []
        if self.per_second < 0:
            problems.append(f"per_second must be >= 0, got {self.per_second}")
        if self.burst < 1:
            problems.append(f"burst must be >= 1, got {self.burst}")
        return problems


@dataclass(frozen=True, kw_only=True)
class WebhookExporterConfig:
    # URL that receives one POST per alert.
    endpoint: str = ""
    # json (spanwatch's alert document), ecs (Elastic Common Schema) or cef (ArcSight CEF line, text/plain).
    format: str = "json"
    # Shared HMAC-SHA256 key; set it from the environment: ${env:SPANWATCH_WEBHOOK_SECRET}.
    secret: str = ""
    # Send unsigned requests when no secret is set (not recommended outside tests).
    allow_unsigned: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    # Only alerts at or above this level are sent.
    min_level: str = "high"
    # The same conversation and threat types alert once per window.
    dedup_window: Duration = Duration("10m")
    # Bound on remembered (conversation, types) keys for deduplication.
    dedup_max_keys: int = 100_000
    rate_limit: RateLimitConfig = RateLimitConfig()
    timeout: Duration = Duration("5s")
    retry_on_failure: RetryConfig = RetryConfig()
    sending_queue: QueueConfig = QueueConfig()

    def validate(self) -> list[str]:
        problems = []
        if not self.endpoint.startswith(("http://", "https://")):
            problems.append(f"endpoint must be an http:// or https:// URL, got {self.endpoint!r}")
        if self.format not in ("json", "ecs", "cef"):
            problems.append(f"format must be json, ecs or cef, got {self.format!r}")
        if not self.secret and not self.allow_unsigned:
            problems.append("secret must be set (e.g. secret: ${env:SPANWATCH_WEBHOOK_SECRET}), "
                            "or allow_unsigned: true to send unsigned requests")
        if self.min_level not in LEVELS:
            problems.append(f"min_level must be one of {', '.join(LEVELS)}, got {self.min_level!r}")
        if self.dedup_window < 0:
            problems.append(f"dedup_window must be >= 0, got {self.dedup_window}")
        if self.dedup_max_keys < 1:
            problems.append(f"dedup_max_keys must be >= 1, got {self.dedup_max_keys}")
        if self.timeout <= 0:
            problems.append(f"timeout must be > 0, got {self.timeout}")
        return problems


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    return "v1=" + hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def verify_signature(secret: bytes, timestamp: str, body: bytes, signature: str, *, tolerance: float = 300.0,
                     now: float | None = None) -> bool:
    """The receiver's check: a valid HMAC over this exact body and a timestamp within ``tolerance`` seconds."""
    try:
        age = abs((time.time() if now is None else now) - int(timestamp))
    except ValueError:
        return False
    return age <= tolerance and hmac.compare_digest(sign(secret, timestamp, body), signature)


def _iso(ns: int) -> str:
    seconds, rest = divmod(ns, 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{rest // 1_000_000:03d}Z"


def alert_document(alert: Alert) -> dict[str, Any]:
    return {
        "type": "spanwatch.alert",
        "time": _iso(alert.time_unix_nano),
        "level": alert.level,
        "risk_score": round(alert.score, 4),
        "threat_types": list(alert.threat_types),
        "compliance_tags": list(alert.compliance_tags),
        "summary": alert.summary,
        "recommendations": list(alert.recommendations),
        "rule_ids": list(alert.rule_ids),
        "conversation_id": alert.conversation_id,
        "agent": {"id": alert.agent_id, "name": alert.agent_name},
        "user_id": alert.user_id,
        "service_name": alert.service_name,
        "trace_id": alert.trace_id,
        "span_id": alert.span_id,
    }


def ecs_document(alert: Alert) -> dict[str, Any]:
    return {
        "@timestamp": _iso(alert.time_unix_nano),
        "message": alert.summary,
        "event": {"kind": "alert", "category": ["intrusion_detection"], "type": ["indicator"],
                  "severity": _SEVERITY_NUMBER.get(alert.level, 5), "risk_score": round(alert.score * 100, 2),
                  "module": "spanwatch", "dataset": "spanwatch.alerts"},
        "rule": {"id": ",".join(alert.rule_ids), "name": ",".join(alert.threat_types)},
        "threat": {"framework": "MITRE ATLAS",
                   "technique": {"id": [t.split(":", 1)[1] for t in alert.compliance_tags if t.startswith("atlas:")]}},
        "user": {"id": alert.user_id},
        "service": {"name": alert.service_name},
        "trace": {"id": alert.trace_id},
        "span": {"id": alert.span_id},
        "labels": {"conversation_id": alert.conversation_id, "agent_id": alert.agent_id,
                   "agent_name": alert.agent_name, "level": alert.level},
        "tags": list(alert.compliance_tags),
        "observer": {"product": "spanwatch", "version": __version__},
    }


def _cef_header(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|")


def _cef_ext(value: str) -> str:
    return value.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n").replace("\r", "\\r")


def cef_line(alert: Alert) -> str:
    signature = alert.rule_ids[0] if alert.rule_ids else "spanwatch.alert"
    name = ", ".join(alert.threat_types) or "risk threshold crossed"
    ext = {
        "rt": str(alert.time_unix_nano // 1_000_000),
        "msg": alert.summary,
        "suser": alert.user_id,
        "cs1Label": "conversation_id", "cs1": alert.conversation_id,
        "cs2Label": "agent", "cs2": alert.agent_name or alert.agent_id,
        "cs3Label": "trace_id", "cs3": alert.trace_id,
        "cs4Label": "compliance", "cs4": ",".join(alert.compliance_tags),
        "cfp1Label": "risk_score", "cfp1": f"{alert.score:.4f}",
    }
    extension = " ".join(f"{k}={_cef_ext(v)}" for k, v in ext.items() if v)
    return (f"CEF:0|spanwatch|spanwatch|{_cef_header(__version__)}|{_cef_header(signature)}|{_cef_header(name)}|"
            f"{_SEVERITY_NUMBER.get(alert.level, 5)}|{extension}")


class AlertGate:
    """Level filter, per-(conversation, types) deduplication within a window, and a token-bucket rate limit."""

    def __init__(self, config: WebhookExporterConfig, host: Host, label: str) -> None:
        self.min_rank = LEVELS.index(config.min_level)
        self.window = float(config.dedup_window)
        self.max_keys = config.dedup_max_keys
        self.rate = config.rate_limit.per_second
        self.burst = float(config.rate_limit.burst)
        self.tokens = self.burst
        self.refilled = time.monotonic()
        self.seen: collections.OrderedDict[tuple[str, tuple[str, ...]], float] = collections.OrderedDict()
        self._suppressed = host.telemetry.counter("exporter_webhook_suppressed_alerts_total",
                                                  "Alerts not sent, by reason (below_level, duplicate, rate_limited).",
                                                  ["exporter", "reason"])
        self._label = label

    def admit(self, alert: Alert, now: float) -> bool:
        if alert.level not in LEVELS or LEVELS.index(alert.level) < self.min_rank:
            self._suppressed.add(1, self._label, "below_level")
            return False
        key = (alert.conversation_id, tuple(sorted(alert.threat_types)))
        last = self.seen.get(key)
        if last is not None and now - last < self.window:
            self._suppressed.add(1, self._label, "duplicate")
            return False
        if self.rate > 0:
            self.tokens = min(self.burst, self.tokens + (now - self.refilled) * self.rate)
            self.refilled = now
            if self.tokens < 1:
                self._suppressed.add(1, self._label, "rate_limited")
                return False
            self.tokens -= 1
        self.seen[key] = now
        self.seen.move_to_end(key)
        while len(self.seen) > self.max_keys:
            self.seen.popitem(last=False)
        return True


class WebhookSender:
    def __init__(self, config: WebhookExporterConfig) -> None:
        self.url = config.endpoint
        self.secret = config.secret.encode()
        self.content_type = "text/plain; charset=utf-8" if config.format == "cef" else "application/json"
        self.headers = dict(config.headers)
        self.session: aiohttp.ClientSession | None = None

    async def send(self, signal: Signal, payload: bytes, items: int) -> int:
        if self.session is None:
            self.session = aiohttp.ClientSession()
        headers = {"Content-Type": self.content_type, "User-Agent": f"spanwatch/{__version__}", **self.headers}
        if self.secret:
            timestamp = str(int(time.time()))  # per attempt, so a retry is not mistaken for a replay
            headers["X-Spanwatch-Timestamp"] = timestamp
            headers["X-Spanwatch-Signature"] = sign(self.secret, timestamp, payload)
        try:
            async with self.session.post(self.url, data=payload, headers=headers) as resp:
                text = (await resp.read())[:200].decode(errors="replace")
                if 200 <= resp.status < 300:
                    return 0
                detail = f"HTTP {resp.status}: {text}"
                if resp.status in _RETRYABLE:
                    raise RetryableExportError(detail, retry_after=parse_retry_after(resp.headers.get("Retry-After")))
                raise PermanentExportError(detail)
        except aiohttp.ClientError as exc:
            raise RetryableExportError(f"{type(exc).__name__}: {exc}") from None

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
            self.session = None


def _create(id_: ComponentID, config: WebhookExporterConfig, host: Host) -> Delivery:
    gate = AlertGate(config, host, str(id_))
    renderers: dict[str, Callable[[Alert], bytes]] = {
        "json": lambda a: orjson.dumps(alert_document(a)),
        "ecs": lambda a: orjson.dumps(ecs_document(a)),
        "cef": lambda a: cef_line(a).encode(),
    }
    render = renderers[config.format]

    def encode(batch: Batch) -> list[tuple[Signal, int, bytes]]:
        now = time.monotonic()
        # Alerts are queued under the logs signal: they are events, and the queue needs a signal tag.
        return [("logs", 1, render(a)) for a in batch.alerts if gate.admit(a, now)]

    return Delivery(id_, WebhookSender(config), host, queue=config.sending_queue, retry=config.retry_on_failure,
                    timeout=float(config.timeout), encode=encode)


FACTORY: Factory[WebhookExporterConfig] = Factory(
    type="webhook",
    kind="exporter",
    config_type=WebhookExporterConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Signed alert delivery (JSON, ECS or CEF) with dedup, rate limit, retries.",
)
