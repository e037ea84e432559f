"""Loopback OTLP/gRPC sink for the benchmark: counts spans and measures receive→export latency.

Raw-bytes handlers (no protobuf parse): spans are counted by walking the request's three outer levels, and the
send time of each probe span (see _otlp_data) gives the latency ``arrival − send`` for every span of its request.
Control RPCs on the same port (``/bench.Sink/Stats`` and ``/bench.Sink/Reset``, JSON in and out) let the
orchestrator read per-window numbers and reuse one sink for both systems under test.

    python bench/sink.py --port 0       # prints "PORT <n>" when ready
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from concurrent import futures
from pathlib import Path

import grpc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _otlp_data import walk

TRACE_EXPORT = "opentelemetry.proto.collector.trace.v1.TraceService"
EMPTY_RESPONSE = b""  # an ExportTraceServiceResponse with no fields set


class Sink:
    def __init__(self, sample: int) -> None:
        self.lock = threading.Lock()
        self.sample = max(1, sample)
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.arrivals: list[tuple[int, int, int]] = []  # (arrival ns, spans, bytes)
            self.latencies: list[tuple[int, int]] = []     # (arrival ns, latency ns)
            self.requests = 0

    def export(self, body: bytes, context: grpc.ServicerContext) -> bytes:
        now = time.time_ns()
        self.requests += 1  # under the GIL; only used for sampling
        probes: list[int] | None = [] if self.requests % self.sample == 0 else None
        spans = walk(body, probes)
        with self.lock:
            self.arrivals.append((now, spans, len(body)))
            if probes:
                self.latencies.extend((now, now - t) for t in probes)
        return EMPTY_RESPONSE

    def stats(self, body: bytes, context: grpc.ServicerContext) -> bytes:
        q = json.loads(body or b"{}")
        t0, t1 = int(q.get("t0_ns", 0)), int(q.get("t1_ns", 2**63))
        with self.lock:
            arr = list(self.arrivals)
            lat = [v for a, v in self.latencies if t0 <= a < t1]
        in_window = [(a, s, b) for a, s, b in arr if t0 <= a < t1]
        lat.sort()

        def pct(p: float) -> float | None:
            if not lat:
                return None
            return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] / 1e6

        out = {
            "total_spans": sum(s for _, s, _ in arr),
            "total_requests": len(arr),
            "window_spans": sum(s for _, s, _ in in_window),
            "window_requests": len(in_window),
            "window_bytes": sum(b for _, _, b in in_window),
            "latency_samples": len(lat),
            "latency_ms": {"p50": pct(50), "p90": pct(90), "p99": pct(99), "max": lat[-1] / 1e6 if lat else None},
            "last_arrival_ns": arr[-1][0] if arr else None,
        }
        return json.dumps(out).encode()

    def do_reset(self, body: bytes, context: grpc.ServicerContext) -> bytes:
        self.reset()
        return b"{}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--sample", type=int, default=1, help="read probe latencies in 1 of N requests")
    args = ap.parse_args()

    sink = Sink(args.sample)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=args.workers), options=[
        ("grpc.max_receive_message_length", 256 * 1024 * 1024),
        ("grpc.so_reuseport", 0),
    ])

    def raw(fn):  # type: ignore[no-untyped-def]
        return grpc.unary_unary_rpc_method_handler(fn, request_deserializer=None, response_serializer=None)

    server.add_generic_rpc_handlers((
        grpc.method_handlers_generic_handler(TRACE_EXPORT, {"Export": raw(sink.export)}),
        grpc.method_handlers_generic_handler("bench.Sink", {"Stats": raw(sink.stats), "Reset": raw(sink.do_reset)}),
    ))
    port = server.add_insecure_port(f"{args.host}:{args.port}")
    server.start()
    print(f"PORT {port}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    server.stop(1).wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
