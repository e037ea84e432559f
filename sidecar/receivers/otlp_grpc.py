"""OTLP/gRPC server: TraceService, LogsService and MetricsService Export on one grpc.aio server.

Handlers take raw bytes (no generated deserializer) so the receiver keeps the wire bytes for pass-through and
parses exactly once. Oversize messages are refused by grpc itself with RESOURCE_EXHAUSTED (non-retryable, no
RetryInfo); backpressure answers RESOURCE_EXHAUSTED *with* RetryInfo, which OTLP clients treat as retryable.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import grpc
from google.protobuf import duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2

from spanwatch.batch import Signal
from spanwatch.errors import RefusedError
from spanwatch.receivers._ingest import BadRequestError, Ingest, decode
from spanwatch.telemetry import fields

SERVICES: dict[Signal, str] = {
    "traces": "opentelemetry.proto.collector.trace.v1.TraceService",
    "logs": "opentelemetry.proto.collector.logs.v1.LogsService",
    "metrics": "opentelemetry.proto.collector.metrics.v1.MetricsService",
}
MIB = 1024 * 1024


def _retry_metadata(message: str, delay: float) -> tuple[tuple[str, bytes], ...]:
    info = error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=int(delay),
                                                                         nanos=int((delay % 1) * 1e9)))
    status = status_pb2.Status(code=code_pb2.RESOURCE_EXHAUSTED, message=message)
    status.details.add().Pack(info)
    # grpc-status-details-bin is the standard rich-status trailer; the OTel Python exporter reads the
    # RetryInfo from its own google.rpc.retryinfo-bin key, so send both.
    return (("grpc-status-details-bin", status.SerializeToString()),
            ("google.rpc.retryinfo-bin", info.SerializeToString()))


class GrpcServer:
    def __init__(self, ingest: Ingest, endpoint: str, max_recv_msg_size_mib: float, log: logging.Logger) -> None:
        self.ingest = ingest
        self.endpoint = endpoint
        self.max_bytes = int(max_recv_msg_size_mib * MIB)
        self.log = log
        self.server: grpc.aio.Server | None = None
        self.port = 0

    def _handler(self, signal: Signal) -> Callable[[bytes, grpc.aio.ServicerContext], Awaitable[bytes]]:
        ingest = self.ingest

        async def export(body: bytes, context: grpc.aio.ServicerContext) -> bytes:
            refused = ingest.host.refusal()
            if refused is not None:
                ingest.count_refused(signal, 0)
                await self._refuse(context, refused)
            try:
                message, raw = decode(signal, body, json=False)
                outcome = await ingest.export(signal, message, raw)
            except BadRequestError as exc:
                ingest.count_bad(exc.reason)
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
            except RefusedError as exc:
                await self._refuse(context, exc)
            return outcome.response.SerializeToString()

        return export

    async def _refuse(self, context: grpc.aio.ServicerContext, exc: RefusedError) -> None:
        if exc.retryable:
            context.set_trailing_metadata(_retry_metadata(str(exc), exc.retry_after))
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))
        await context.abort(grpc.StatusCode.INTERNAL, str(exc))

    async def start(self) -> None:
        options = [
            ("grpc.max_receive_message_length", self.max_bytes),
            ("grpc.max_send_message_length", 4 * MIB),
            ("grpc.so_reuseport", 0),
        ]
        server = grpc.aio.server(options=options)
        for signal, service in SERVICES.items():
            if signal not in self.ingest.consumers:
                continue
            handler = grpc.unary_unary_rpc_method_handler(self._handler(signal))
            server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(service, {"Export": handler}),))
        self.port = server.add_insecure_port(self.endpoint)
        if self.port == 0:
            raise OSError(f"cannot listen on {self.endpoint} (address in use or not valid)")
        await server.start()
        self.server = server
        self.log.info("OTLP/gRPC receiver listening.", extra=fields(endpoint=self.endpoint, port=self.port))

    async def stop(self, grace: float) -> None:
        if self.server is not None:
            server, self.server = self.server, None
            await server.stop(grace)
