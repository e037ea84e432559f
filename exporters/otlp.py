"""The ``otlp`` exporter: OTLP/gRPC to any OTLP backend (collector, vendor gateway).

Sends the batch's wire bytes as they are (no re-encoding); classifies gRPC status codes per the OTLP spec:
CANCELLED, DEADLINE_EXCEEDED, ABORTED, OUT_OF_RANGE, UNAVAILABLE, DATA_LOSS are retryable, RESOURCE_EXHAUSTED
only with RetryInfo, everything else is permanent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import grpc
from google.rpc import error_details_pb2, status_pb2

from spanwatch.batch import Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.errors import PermanentExportError, RetryableExportError
from spanwatch.exporters._delivery import Delivery, QueueConfig, RetryConfig
from spanwatch.exporters._otlp_response import RESPONSE_TYPES, rejected_count

_METHODS: dict[Signal, str] = {
    "traces": "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
    "logs": "/opentelemetry.proto.collector.logs.v1.LogsService/Export",
    "metrics": "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export",
}
_RETRYABLE = frozenset({
    grpc.StatusCode.CANCELLED, grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.ABORTED,
    grpc.StatusCode.OUT_OF_RANGE, grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DATA_LOSS,
})


@dataclass(frozen=True, kw_only=True)
class TlsConfig:
    # Plain-text gRPC (no TLS). Needed for a collector on loopback; keep TLS for anything that leaves the pod.
    insecure: bool = False
    ca_file: str = ""
    cert_file: str = ""
    key_file: str = ""

    def validate(self) -> list[str]:
        if bool(self.cert_file) != bool(self.key_file):
            return ["cert_file and key_file must be set together"]
        return []


@dataclass(frozen=True, kw_only=True)
class OtlpExporterConfig:
    # host:port of the OTLP/gRPC backend (a scheme prefix http:// or https:// is accepted and stripped).
    endpoint: str = ""
    tls: TlsConfig = TlsConfig()
    # gzip (the collector's default) or none.
    compression: str = "gzip"
    headers: dict[str, str] = field(default_factory=dict)
    # Per attempt, retries excluded.
    timeout: Duration = Duration("5s")
    retry_on_failure: RetryConfig = RetryConfig()
    sending_queue: QueueConfig = QueueConfig()

    def validate(self) -> list[str]:
        problems = []
        if not self.endpoint:
            problems.append('endpoint must be set (e.g. "collector:4317")')
        if self.compression not in ("gzip", "none", ""):
            problems.append(f"compression must be gzip or none, got {self.compression!r}")
        if self.timeout <= 0:
            problems.append(f"timeout must be > 0, got {self.timeout}")
        return problems


def _target(endpoint: str) -> tuple[str, bool]:
    for scheme, secure in (("https://", True), ("http://", False)):
        if endpoint.startswith(scheme):
            return endpoint[len(scheme):].rstrip("/"), secure
    return endpoint, False


class GrpcSender:
    def __init__(self, config: OtlpExporterConfig) -> None:
        target, https = _target(config.endpoint)
        options = [("grpc.max_send_message_length", 64 * 1024 * 1024), ("grpc.enable_retries", 0)]
        compression = grpc.Compression.Gzip if config.compression == "gzip" else grpc.Compression.NoCompression
        if config.tls.insecure and not https:
            self.channel = grpc.aio.insecure_channel(target, options=options, compression=compression)
        else:
            def read(path: str) -> bytes | None:
                return Path(path).read_bytes() if path else None

            creds = grpc.ssl_channel_credentials(read(config.tls.ca_file), read(config.tls.key_file),
                                                 read(config.tls.cert_file))
            self.channel = grpc.aio.secure_channel(target, creds, options=options, compression=compression)
        self.metadata = tuple((k.lower(), v) for k, v in config.headers.items())
        self.calls = {
            s: self.channel.unary_unary(m, request_serializer=None, response_deserializer=RESPONSE_TYPES[s].FromString)
            for s, m in _METHODS.items()
        }

    async def send(self, signal: Signal, payload: bytes, items: int) -> int:
        try:
            response = await self.calls[signal](payload, metadata=self.metadata or None)
        except grpc.aio.AioRpcError as exc:
            code = exc.code()
            if code in _RETRYABLE:
                raise RetryableExportError(f"{code.name}: {exc.details()}") from None
            if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
                delay = _retry_delay(exc)
                if delay is not None:
                    raise RetryableExportError(f"{code.name}: {exc.details()}", retry_after=delay) from None
            raise PermanentExportError(f"{code.name}: {exc.details()}") from None
        return rejected_count(response)

    async def close(self) -> None:
        await self.channel.close()


def _retry_delay(exc: grpc.aio.AioRpcError) -> float | None:
    for key, value in exc.trailing_metadata() or ():
        if key == "grpc-status-details-bin" and isinstance(value, bytes):
            status = status_pb2.Status.FromString(value)
            for detail in status.details:
                info = error_details_pb2.RetryInfo()
                if detail.Unpack(info):
                    return float(info.retry_delay.seconds + info.retry_delay.nanos / 1e9)
        if key == "google.rpc.retryinfo-bin" and isinstance(value, bytes):
            info = error_details_pb2.RetryInfo.FromString(value)
            return float(info.retry_delay.seconds + info.retry_delay.nanos / 1e9)
    return None


def _create(id_: ComponentID, config: OtlpExporterConfig, host: Host) -> Delivery:
    return Delivery(id_, GrpcSender(config), host, queue=config.sending_queue, retry=config.retry_on_failure,
                    timeout=float(config.timeout))


FACTORY: Factory[OtlpExporterConfig] = Factory(
    type="otlp",
    kind="exporter",
    config_type=OtlpExporterConfig,
    create=_create,
    stability={"traces": Stability.BETA, "logs": Stability.BETA, "metrics": Stability.BETA},
    description="OTLP/gRPC with retries and a sending queue (optionally persistent).",
)
