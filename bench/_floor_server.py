"""The floor of a Python OTLP pass-through: grpc.aio (uvloop) raw-bytes receiver → batch → grpc.aio export.

No parse, no id checks, no metrics: each request's bytes are appended to a pending batch (8192 spans or 200 ms,
span count taken from the load generator's fixed request size via ``--spans-per-request``) and, like spanwatch,
acknowledged only once its batch is handed to the exporter (``--ack early`` acknowledges at once, like the
collector). It tells how much of spanwatch's cost is grpc.aio itself. Selected with ``--systems pyfloor``.

    python bench/_floor_server.py --listen 127.0.0.1:PORT --export 127.0.0.1:SINK --spans-per-request 10
"""

from __future__ import annotations

import argparse
import asyncio
import signal

import grpc
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

SERVICE = "opentelemetry.proto.collector.trace.v1.TraceService"
METHOD = f"/{SERVICE}/Export"


async def serve(args: argparse.Namespace) -> None:
    loop = asyncio.get_running_loop()
    channel = grpc.aio.insecure_channel(args.export, options=[("grpc.max_send_message_length", 1 << 28)])
    call = channel.unary_unary(METHOD, request_serializer=None, response_deserializer=None)
    pending: list[bytes] = []
    parsed: list[object] = []  # --parse: the decoded requests, held until their batch is sent (like spanwatch)
    waiters: list[asyncio.Future[None]] = []
    items = 0
    timer: asyncio.TimerHandle | None = None
    sends: set[asyncio.Task[None]] = set()

    async def send(payload: bytes, ws: list[asyncio.Future[None]]) -> None:
        await call(payload, timeout=30)
        for w in ws:
            if not w.done():
                w.set_result(None)

    def flush() -> None:
        nonlocal pending, waiters, items, timer
        if timer is not None:
            timer.cancel()
            timer = None
        if not pending:
            return
        payload, ws = b"".join(pending), waiters
        pending, waiters, items = [], [], 0
        parsed.clear()
        t = loop.create_task(send(payload, ws))
        sends.add(t)
        t.add_done_callback(sends.discard)

    async def export(body: bytes, context: grpc.aio.ServicerContext) -> bytes:
        nonlocal items, timer
        pending.append(body)
        if args.parse:
            msg = ExportTraceServiceRequest()
            msg.ParseFromString(body)
            parsed.append(msg)
        items += args.spans_per_request
        fut: asyncio.Future[None] | None = None
        if args.ack == "late":
            fut = loop.create_future()
            waiters.append(fut)
        if items >= 8192:
            flush()
        elif timer is None:
            timer = loop.call_later(0.2, flush)
        if fut is not None:
            await fut
        return b""

    server = grpc.aio.server(options=[("grpc.max_receive_message_length", 64 << 20), ("grpc.so_reuseport", 0)])
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(
        SERVICE, {"Export": grpc.unary_unary_rpc_method_handler(export)}),))
    server.add_insecure_port(args.listen)
    await server.start()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    flush()
    await server.stop(2)
    if sends:
        await asyncio.wait(list(sends), timeout=10)
    await channel.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--listen", required=True)
    ap.add_argument("--export", required=True)
    ap.add_argument("--spans-per-request", type=int, required=True)
    ap.add_argument("--ack", choices=["late", "early"], default="late")
    ap.add_argument("--parse", action="store_true", help="also parse each request with upb and hold it")
    args = ap.parse_args()
    try:
        import uvloop
        uvloop.run(serve(args))
    except ImportError:
        asyncio.run(serve(args))


if __name__ == "__main__":
    main()
