"""Extraction cost relative to decoding the same request, in one invocation.

    python bench/bench_extract.py [--spans 20000] [--genai-ratio 0.1]

The reference is ``ExportTraceServiceRequest.ParseFromString`` on the same bytes: every request pays it at the
receiver anyway, so the ratio says what extraction adds on top of receiving. Two mixes are reported: plain
service telemetry only (what the cheap rejection must make nearly free) and a mix with a share of GenAI spans
carrying semconv JSON messages. Prints ratios, not absolute times, which depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import time

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import KeyValue

from spanwatch.batch import Batch, Chunk
from spanwatch.processors.extract import ExtractConfig, extract

PLAIN = {
    "http.request.method": "GET",
    "url.path": "/api/orders/42",
    "server.address": "orders",
    "http.response.status_code": "200",
    "network.peer.address": "10.0.0.7",
    "user_agent.original": "curl/8",
}
MESSAGES = [
    {"role": "system", "parts": [{"type": "text", "content": "You are a support agent. " * 20}]},
    {"role": "user", "parts": [{"type": "text", "content": "Where is my order 42? " * 10}]},
]
GENAI = {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4o",
    "gen_ai.conversation.id": "c-1",
    "gen_ai.input.messages": json.dumps(MESSAGES),
    "gen_ai.output.messages": json.dumps(
        [{"role": "assistant", "finish_reason": "stop", "parts": [{"type": "text", "content": "It ships today."}]}]
    ),
}


def build(spans: int, genai_ratio: float) -> bytes:
    request = ExportTraceServiceRequest()
    rs = request.resource_spans.add()
    rs.resource.attributes.add(key="service.name").value.string_value = "bench"
    scope = rs.scope_spans.add()
    every = int(1 / genai_ratio) if genai_ratio > 0 else 0
    for i in range(spans):
        span = scope.spans.add()
        span.trace_id, span.span_id, span.name = i.to_bytes(16, "big"), i.to_bytes(8, "big"), "op"
        attrs = GENAI if every and i % every == 0 else PLAIN
        span.attributes.extend(KeyValue(key=k, value={"string_value": v}) for k, v in attrs.items())
    return request.SerializeToString()


def best_of(fn: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=20000)
    parser.add_argument("--genai-ratio", type=float, default=0.1)
    args = parser.parse_args()
    config = ExtractConfig()
    for label, ratio in (("plain telemetry only", 0.0), (f"{args.genai_ratio:.0%} GenAI spans", args.genai_ratio)):
        raw = build(args.spans, ratio)
        request = ExportTraceServiceRequest.FromString(raw)
        batch = Batch(signal="traces", chunks=[Chunk.decoded("traces", request, raw)])
        parse = best_of(lambda raw=raw: ExportTraceServiceRequest.FromString(raw))
        found = extract(batch, config)
        cost = best_of(lambda batch=batch: extract(batch, config))
        print(f"{label:>24}: {args.spans} spans, {len(found)} interactions, extract/parse = {cost / parse:.2f}x")


if __name__ == "__main__":
    main()
