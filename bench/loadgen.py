"""OTLP/gRPC load generator for the benchmark: sends pre-built GenAI trace requests, open or closed loop.

Requests are built once before the run (texts from the eval set's prompts.jsonl); the send loop only stamps the
probe span's send time into a copy of the bytes. Two modes:

* ``--rate R``: open loop, R spans/s in requests of ``--spans`` spans (the collector testbed: 10k/s, 10 per request);
  at most ``--max-inflight`` requests outstanding, sends beyond that are skipped and counted.
* ``--concurrency C`` (no --rate): closed loop, C requests always in flight (maximum throughput).

Protocol with the orchestrator: prints ``READY`` once built and connected, reads ``<t0_ns>`` from stdin, starts at
t0, counts what completes in the window [t0 + warmup, t0 + warmup + duration), stops sending at the window's end,
waits for outstanding requests and prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

import grpc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _otlp_data import Prebuilt, default_eval_dir, prebuild

METHOD = "/opentelemetry.proto.collector.trace.v1.TraceService/Export"


class Stats:
    def __init__(self, w0: int, w1: int) -> None:
        self.w0, self.w1 = w0, w1
        self.sent_requests = self.sent_spans = 0
        self.ok_requests = self.ok_spans = 0
        self.window_ok_spans = self.window_ok_requests = self.window_sent_spans = 0
        self.errors: dict[str, int] = {}
        self.skipped = 0
        self.rtts: list[int] = []

    def done(self, spans: int, start: int, code: str | None) -> None:
        end = time.time_ns()
        if code is None:
            self.ok_requests += 1
            self.ok_spans += spans
            if self.w0 <= end < self.w1:
                self.window_ok_spans += spans
                self.window_ok_requests += 1
                self.rtts.append(end - start)
        else:
            self.errors[code] = self.errors.get(code, 0) + 1


async def run(args: argparse.Namespace, pool: list[Prebuilt], t0: int) -> dict[str, object]:
    w0 = t0 + int(args.warmup * 1e9)
    w1 = w0 + int(args.duration * 1e9)
    st = Stats(w0, w1)
    # Several connections, like several agents; each has its own HTTP/2 connection window, which limits a
    # single connection's throughput on a busy machine (the window updates wait for the scheduler).
    channels = [grpc.aio.insecure_channel(args.target, options=[
        ("grpc.max_send_message_length", 256 * 1024 * 1024), ("grpc.enable_retries", 0),
        ("grpc.use_local_subchannel_pool", 1)]) for _ in range(args.channels)]
    for ch in channels:
        await ch.channel_ready()
    calls = [ch.unary_unary(METHOD, request_serializer=None, response_deserializer=None) for ch in channels]
    inflight = 0
    idx = 0

    async def one(p: Prebuilt) -> None:
        nonlocal inflight
        call = calls[st.sent_requests % len(calls)]
        start = time.time_ns()
        payload = p.stamp(start)
        st.sent_requests += 1
        st.sent_spans += p.spans
        if w0 <= start < w1:
            st.window_sent_spans += p.spans
        try:
            await call(payload, timeout=args.timeout)
            st.done(p.spans, start, None)
        except grpc.aio.AioRpcError as exc:
            st.done(p.spans, start, exc.code().name)
        finally:
            inflight -= 1

    delay = (t0 - time.time_ns()) / 1e9
    if delay > 0:
        await asyncio.sleep(delay)
    tasks: set[asyncio.Task[None]] = set()
    if args.rate:
        interval_ns = int(1e9 * args.spans / args.rate)
        next_t = t0
        while True:
            now = time.time_ns()
            if now >= w1:
                break
            while next_t <= now:
                if inflight >= args.max_inflight:
                    st.skipped += 1
                else:
                    inflight += 1
                    task = asyncio.create_task(one(pool[idx % len(pool)]))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                    idx += 1
                next_t += interval_ns
            await asyncio.sleep(max(0.0, min((next_t - time.time_ns()) / 1e9, 0.005)))
    else:
        async def worker(k: int) -> None:
            nonlocal inflight
            i = k
            while time.time_ns() < w1:
                inflight += 1
                await one(pool[i % len(pool)])
                i += args.concurrency
        tasks.update(asyncio.create_task(worker(k)) for k in range(args.concurrency))
    if tasks:
        await asyncio.wait(list(tasks), timeout=args.timeout + 5)
    for ch in channels:
        await ch.close()
    rtts = sorted(st.rtts)

    def pct(p: float) -> float | None:
        return rtts[min(len(rtts) - 1, int(p / 100 * len(rtts)))] / 1e6 if rtts else None

    return {
        "window_s": args.duration,
        "accepted_spans": st.window_ok_spans,
        "accepted_requests": st.window_ok_requests,
        "accepted_spans_per_s": st.window_ok_spans / args.duration,
        "offered_spans_per_s": st.window_sent_spans / args.duration,
        "total_sent_spans": st.sent_spans,
        "total_ok_spans": st.ok_spans,
        "errors": st.errors,
        "skipped_requests": st.skipped,
        "request_bytes": sum(p.nbytes for p in pool) // len(pool),
        "ack_rtt_ms": {"p50": pct(50), "p99": pct(99)},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", required=True, help="host:port of the OTLP/gRPC receiver")
    ap.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    ap.add_argument("--spans", type=int, default=10, help="spans per request")
    ap.add_argument("--rate", type=float, default=0.0, help="spans/s (open loop); 0 = closed loop")
    ap.add_argument("--concurrency", type=int, default=32, help="closed loop: requests in flight")
    ap.add_argument("--max-inflight", type=int, default=4096)
    ap.add_argument("--channels", type=int, default=1, help="gRPC connections, requests spread round-robin")
    ap.add_argument("--pool", type=int, default=0, help="distinct pre-built requests (default: ~4096 spans' worth)")
    ap.add_argument("--warmup", type=float, default=3.0)
    ap.add_argument("--duration", type=float, default=20.0)
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args()
    pool = prebuild(args.eval_dir, args.spans, args.pool or max(8, 4096 // args.spans))
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    print("READY", flush=True)
    t0 = int(sys.stdin.readline())
    result = runner(run(args, pool, t0))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
