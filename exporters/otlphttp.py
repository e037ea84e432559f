"""The ``otlphttp`` exporter: OTLP/HTTP (protobuf) to any OTLP backend.

429/502/503/504 are retryable (honouring Retry-After); any other 4xx or 5xx is permanent (OTLP spec).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field

import aiohttp

from spanwatch.batch import Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.errors import PermanentExportError, RetryableExportError
from spanwatch.exporters._delivery import Delivery, QueueConfig, RetryConfig, parse_retry_after
from spanwatch.exporters._otlp_response import RESPONSE_TYPES, rejected_count

_RETRYABLE = frozenset({429, 502, 503, 504})


@dataclass(frozen=True, kw_only=True)
class OtlpHttpExporterConfig:
    # Base URL; /v1/traces, /v1/logs and /v1/metrics are appended unless the per-signal URL is set.
    endpoint: str = ""
    traces_endpoint: str = ""
    logs_endpoint: str = ""
    metrics_endpoint: str = ""
    compression: str = "gzip"
    headers: dict[str, str] = field(default_factory=dict)
    timeout: Duration = Duration("5s")
    retry_on_failure: RetryConfig = RetryConfig()
    sending_queue: QueueConfig = QueueConfig()

    def validate(self) -> list[str]:
        problems = []
        urls = [self.endpoint, self.traces_endpoint, self.logs_endpoint, self.metrics_endpoint]
        if not any(urls):
            problems.append('endpoint must be set (e.g. "http://collector:4318")')
        for key, url in zip(("endpoint", "traces_endpoint", "logs_endpoint", "metrics_endpoint"), urls, strict=True):
            if url and not url.startswith(("http://", "https://")):
                problems.append(f"{key} must start with http:// or https://, got {url!r}")
        if self.compression not in ("gzip", "none", ""):
            problems.append(f"compression must be gzip or none, got {self.compression!r}")
        if self.timeout <= 0:
            problems.append(f"timeout must be > 0, got {self.timeout}")
        return problems


class HttpSender:
    def __init__(self, config: OtlpHttpExporterConfig) -> None:
        base = config.endpoint.rstrip("/")
        self.urls: dict[Signal, str] = {
            "traces": config.traces_endpoint or f"{base}/v1/traces",
            "logs": config.logs_endpoint or f"{base}/v1/logs",
            "metrics": config.metrics_endpoint or f"{base}/v1/metrics",
        }
        self.gzip = config.compression == "gzip"
        self.headers = {"Content-Type": "application/x-protobuf", **config.headers}
        if self.gzip:
            self.headers["Content-Encoding"] = "gzip"
        self.session: aiohttp.ClientSession | None = None

    async def send(self, signal: Signal, payload: bytes, items: int) -> int:
        if self.session is None:
            self.session = aiohttp.ClientSession(auto_decompress=True)
        body = gzip.compress(payload, compresslevel=1) if self.gzip else payload
        try:
            async with self.session.post(self.urls[signal], data=body, headers=self.headers) as resp:
                content = await resp.read()
                if resp.status == 200:
                    if not content or resp.content_type != "application/x-protobuf":
                        return 0
                    return rejected_count(RESPONSE_TYPES[signal].FromString(content))
                detail = f"HTTP {resp.status}: {content[:200].decode(errors='replace')}"
                if resp.status in _RETRYABLE:
                    raise RetryableExportError(detail, retry_after=parse_retry_after(resp.headers.get("Retry-After")))
                raise PermanentExportError(detail)
        except aiohttp.ClientError as exc:
            raise RetryableExportError(f"{type(exc).__name__}: {exc}") from None

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
            self.session = None


def _create(id_: ComponentID, config: OtlpHttpExporterConfig, host: Host) -> Delivery:
    return Delivery(id_, HttpSender(config), host, queue=config.sending_queue, retry=config.retry_on_failure,
                    timeout=float(config.timeout))


FACTORY: Factory[OtlpHttpExporterConfig] = Factory(
    type="otlphttp",
    kind="exporter",
    config_type=OtlpHttpExporterConfig,
    create=_create,
    stability={"traces": Stability.BETA, "logs": Stability.BETA, "metrics": Stability.BETA},
    description="OTLP/HTTP protobuf with retries and a sending queue (optionally persistent).",
)
