"""The ``otlp`` receiver: OTLP over gRPC (4317) and HTTP (4318), bound to localhost by default."""

from __future__ import annotations

from dataclasses import dataclass

from spanwatch.batch import Signal
from spanwatch.component import ComponentID, Consumer, Factory, Host, Stability
from spanwatch.confmap import ByteSize
from spanwatch.receivers._ingest import Ingest
from spanwatch.receivers.otlp_grpc import GrpcServer
from spanwatch.receivers.otlp_http import HttpServer


def _endpoint_problems(key: str, endpoint: str) -> list[str]:
    host, sep, port = endpoint.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        return [f"{key} must be host:port (e.g. localhost:4317), got {endpoint!r}"]
    return []


@dataclass(frozen=True, kw_only=True)
class GrpcConfig:
    # Where to listen. localhost by default: in a pod, set 0.0.0.0:4317 (or ${env:MY_POD_IP}:4317) on purpose.
    endpoint: str = "localhost:4317"
    # Largest accepted message, MiB (grpcio's default is 4); larger ones get RESOURCE_EXHAUSTED, not retryable.
    max_recv_msg_size_mib: float = 4.0

    def validate(self) -> list[str]:
        problems = _endpoint_problems("endpoint", self.endpoint)
        if self.max_recv_msg_size_mib <= 0:
            problems.append(f"max_recv_msg_size_mib must be > 0, got {self.max_recv_msg_size_mib}")
        return problems


@dataclass(frozen=True, kw_only=True)
class HttpConfig:
    endpoint: str = "localhost:4318"
    # Largest accepted body after decompression (the collector's confighttp default, 20 MiB); larger → 413.
    max_request_body_size: ByteSize = ByteSize("20MiB")
    traces_url_path: str = "/v1/traces"
    logs_url_path: str = "/v1/logs"
    metrics_url_path: str = "/v1/metrics"

    def validate(self) -> list[str]:
        problems = _endpoint_problems("endpoint", self.endpoint)
        if self.max_request_body_size <= 0:
            problems.append(f"max_request_body_size must be > 0, got {self.max_request_body_size}")
        for key in ("traces_url_path", "logs_url_path", "metrics_url_path"):
            if not getattr(self, key).startswith("/"):
                problems.append(f"{key} must start with /, got {getattr(self, key)!r}")
        return problems


@dataclass(frozen=True, kw_only=True)
class ProtocolsConfig:
    # Each protocol runs when its key is present (even empty: ``grpc:``); omit a key to turn it off.
    grpc: GrpcConfig | None = None
    http: HttpConfig | None = None


@dataclass(frozen=True, kw_only=True)
class OtlpReceiverConfig:
    protocols: ProtocolsConfig = ProtocolsConfig()
    # Seconds a stopping receiver waits for in-flight requests to finish.
    shutdown_grace: float = 5.0

    def validate(self) -> list[str]:
        if self.protocols.grpc is None and self.protocols.http is None:
            return ["protocols must enable at least one of grpc, http"]
        return []


class OtlpReceiver:
    def __init__(self, id_: ComponentID, config: OtlpReceiverConfig, host: Host,
                 consumers: dict[Signal, Consumer]) -> None:
        self.id = id_
        self.config = config
        self.grpc: GrpcServer | None = None
        self.http: HttpServer | None = None
        log = host.logger
        if config.protocols.grpc is not None:
            g = config.protocols.grpc
            self.grpc = GrpcServer(Ingest(id_, "grpc", host, consumers), g.endpoint, g.max_recv_msg_size_mib, log)
        if config.protocols.http is not None:
            h = config.protocols.http
            paths: dict[Signal, str] = {"traces": h.traces_url_path, "logs": h.logs_url_path,
                                        "metrics": h.metrics_url_path}
            self.http = HttpServer(Ingest(id_, "http", host, consumers), h.endpoint, int(h.max_request_body_size),
                                   paths, log)
        self._started = False

    async def start(self) -> None:
        if self.grpc is not None:
            await self.grpc.start()
        if self.http is not None:
            try:
                await self.http.start()
            except OSError:
                if self.grpc is not None:
                    await self.grpc.stop(0)
                raise
        self._started = True

    async def shutdown(self) -> None:
        grace = self.config.shutdown_grace
        if self.http is not None:
            await self.http.stop(grace)
        if self.grpc is not None:
            await self.grpc.stop(grace)


def _create(id_: ComponentID, config: OtlpReceiverConfig, host: Host,
            consumers: dict[Signal, Consumer]) -> OtlpReceiver:
    return OtlpReceiver(id_, config, host, consumers)


FACTORY: Factory[OtlpReceiverConfig] = Factory(
    type="otlp",
    kind="receiver",
    config_type=OtlpReceiverConfig,
    create=_create,
    stability={"traces": Stability.BETA, "logs": Stability.BETA, "metrics": Stability.BETA},
    description="OTLP over gRPC and HTTP (protobuf and JSON, gzip), with backpressure.",
)
