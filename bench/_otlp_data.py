"""Pre-built OTLP trace requests of realistic GenAI spans, and the byte markers the sink reads back.

Every span's ``span_id`` starts with a 4-byte magic, so the sink counts spans with one ``bytes.count`` instead of
parsing (a Span serialises its span_id as ``0x12 0x08 <8 bytes>``). The first span of every request is a *probe*
(a different magic); just before a request is sent the load generator writes the send time into the probe's
``end_time_unix_nano`` (and ``start_time`` = send time − its duration), a fixed64 at a known offset, so no
re-serialisation happens in the send loop. The sink finds each probe, walks a few fields to ``end_time`` and takes
arrival − send as the receive→export latency of all spans of that request.
"""

from __future__ import annotations

import json
import os
import random
import struct
from pathlib import Path

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

SPAN_MAGIC = b"\xfe\xed\x5b\x01"   # ordinary spans
PROBE_MAGIC = b"\xfe\xed\x5b\x02"  # the first span of each request: carries the send time
SPAN_MARK = b"\x12\x08" + SPAN_MAGIC
PROBE_MARK = b"\x12\x08" + PROBE_MAGIC
# Placeholders, unique in the serialised request, replaced by their offsets after serialisation.
_START_SENTINEL = 0x5357_5354_4152_5431  # "SWSTART1"
_END_SENTINEL = 0x5357_454E_4430_3031    # "SWEND001"
PROBE_DURATION_NS = 1_250_000_000        # the probe "LLM call" took 1.25 s

MODELS = ("gpt-4o-mini", "gpt-4.1", "claude-sonnet-4", "llama-3.1-70b-instruct")
SYSTEM_PROMPTS = (
    "You are a helpful assistant for ACME Corp customer support. Answer concisely and never reveal internal data.",
    "You are a coding agent. Use the tools provided to read and modify files in the repository.",
    "You are a travel booking assistant. Ask for missing details before calling booking tools.",
)


def default_eval_dir() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def load_texts(eval_dir: Path, limit: int = 20000) -> list[str]:
    texts: list[str] = []
    with (eval_dir / "prompts.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    if not texts:
        raise SystemExit(f"no texts in {eval_dir / 'prompts.jsonl'}")
    return texts


def _kv(key: str, value: str | int | float | bool | list[str]) -> KeyValue:
    if isinstance(value, bool):
        return KeyValue(key=key, value=AnyValue(bool_value=value))
    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    if isinstance(value, float):
        return KeyValue(key=key, value=AnyValue(double_value=value))
    if isinstance(value, list):
        return KeyValue(key=key, value=AnyValue(array_value=ArrayValue(
            values=[AnyValue(string_value=v) for v in value])))
    return KeyValue(key=key, value=AnyValue(string_value=value))


def _messages(role: str, text: str, finish: str | None = None) -> dict[str, object]:
    msg: dict[str, object] = {"role": role, "parts": [{"type": "text", "content": text}]}
    if finish:
        msg["finish_reason"] = finish
    return msg


def _fill_span(span: Span, rng: random.Random, texts: list[str], *, trace_id: bytes, span_id: bytes,
               parent: bytes, t_ns: int) -> None:
    model = rng.choice(MODELS)
    prompt = rng.choice(texts)
    reply = rng.choice(texts)
    inp = [_messages("system", rng.choice(SYSTEM_PROMPTS)), _messages("user", prompt)]
    out = [_messages("assistant", reply, "stop")]
    in_tok = max(1, len(prompt) // 4 + 30)
    out_tok = max(1, len(reply) // 4)
    span.trace_id = trace_id
    span.span_id = span_id
    if parent:
        span.parent_span_id = parent
    span.name = f"chat {model}"
    span.kind = Span.SPAN_KIND_CLIENT
    dur = rng.randint(200_000_000, 4_000_000_000)
    span.start_time_unix_nano = t_ns
    span.end_time_unix_nano = t_ns + dur
    span.attributes.extend([
        _kv("gen_ai.operation.name", "chat"),
        _kv("gen_ai.provider.name", "openai"),
        _kv("gen_ai.system", "openai"),
        _kv("gen_ai.request.model", model),
        _kv("gen_ai.request.temperature", 0.2),
        _kv("gen_ai.request.max_tokens", 1024),
        _kv("gen_ai.response.model", model + "-2025-01-01"),
        _kv("gen_ai.response.id", f"chatcmpl-{rng.getrandbits(96):024x}"),
        _kv("gen_ai.response.finish_reasons", ["stop"]),
        _kv("gen_ai.usage.input_tokens", in_tok),
        _kv("gen_ai.usage.output_tokens", out_tok),
        _kv("gen_ai.conversation.id", f"conv-{rng.getrandbits(64):016x}"),
        _kv("server.address", "api.openai.com"),
        _kv("server.port", 443),
        _kv("gen_ai.input.messages", json.dumps(inp, ensure_ascii=False)),
        _kv("gen_ai.output.messages", json.dumps(out, ensure_ascii=False)),
    ])
    span.status.code = Status.STATUS_CODE_UNSET


def build_request(rng: random.Random, texts: list[str], spans: int, agent: int) -> ExportTraceServiceRequest:
    """One request from one agent process: ``spans`` chat spans, grouped ~10 per trace under an agent span."""
    req = ExportTraceServiceRequest()
    rs = req.resource_spans.add()
    rs.resource.attributes.extend([
        _kv("service.name", f"support-agent-{agent}"),
        _kv("service.instance.id", f"{rng.getrandbits(64):016x}"),
        _kv("telemetry.sdk.language", "python"),
        _kv("telemetry.sdk.name", "opentelemetry"),
        _kv("telemetry.sdk.version", "1.38.0"),
        _kv("deployment.environment.name", "production"),
    ])
    ss = rs.scope_spans.add()
    ss.scope.name = "opentelemetry.instrumentation.openai_v2"
    ss.scope.version = "2.4b0"
    t_ns = 1_764_000_000_000_000_000 + rng.getrandbits(40)
    trace_id = b""
    root = b""
    for i in range(spans):
        if i % 10 == 0:
            trace_id = os.urandom(16)
            root = os.urandom(8)
        magic = PROBE_MAGIC if i == 0 else SPAN_MAGIC
        span = ss.spans.add()
        _fill_span(span, rng, texts, trace_id=trace_id, span_id=magic + rng.getrandbits(32).to_bytes(4, "big"),
                   parent=root, t_ns=t_ns + i)
        if i == 0:
            span.start_time_unix_nano = _START_SENTINEL
            span.end_time_unix_nano = _END_SENTINEL
    return req


class Prebuilt:
    """A serialised request and the offsets of the probe's two timestamps."""

    __slots__ = ("buf", "end_off", "nbytes", "spans", "start_off")

    def __init__(self, req: ExportTraceServiceRequest, spans: int) -> None:
        raw = req.SerializeToString()
        self.start_off = raw.index(struct.pack("<Q", _START_SENTINEL))
        self.end_off = raw.index(struct.pack("<Q", _END_SENTINEL))
        if raw.count(SPAN_MARK) + raw.count(PROBE_MARK) != spans:
            raise RuntimeError("span marker collides with request content; change SPAN_MAGIC")
        self.buf = bytearray(raw)
        self.spans = spans
        self.nbytes = len(raw)

    def stamp(self, now_ns: int) -> bytes:
        struct.pack_into("<Q", self.buf, self.start_off, now_ns - PROBE_DURATION_NS)
        struct.pack_into("<Q", self.buf, self.end_off, now_ns)
        return bytes(self.buf)


def prebuild(eval_dir: Path, spans_per_request: int, count: int, seed: int = 7) -> list[Prebuilt]:
    texts = load_texts(eval_dir)
    rng = random.Random(seed)
    return [Prebuilt(build_request(rng, texts, spans_per_request, i % 8), spans_per_request) for i in range(count)]


def count_spans(body: bytes) -> int:
    """Spans in a request by byte search (slow on big bodies: two passes); the sink uses ``walk``."""
    return body.count(SPAN_MARK) + body.count(PROBE_MARK)


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _end_time(body: bytes, p: int, stop: int) -> int | None:
    """end_time_unix_nano (field 8, fixed64) of the span whose fields start at ``p``."""
    while p < stop:
        tag, p = _varint(body, p)
        field, wire = tag >> 3, tag & 7
        if field == 8 and wire == 1:
            return int(struct.unpack_from("<Q", body, p)[0])
        if wire == 0:
            _, p = _varint(body, p)
        elif wire == 1:
            p += 8
        elif wire == 2:
            n, p = _varint(body, p)
            p += n
        elif wire == 5:
            p += 4
        else:
            return None
    return None


def walk(body: bytes, probes: list[int] | None) -> int:
    """Count the spans of an ExportTraceServiceRequest by walking only its three outer levels (no parse).

    With ``probes`` given, appends the send time of every probe span found (its span_id starts with PROBE_MAGIC).
    """
    spans = 0
    vi = _varint
    p, end = 0, len(body)
    while p < end:                                   # ExportTraceServiceRequest
        tag, p = vi(body, p)
        n, p = vi(body, p)                           # every field here is LEN (resource_spans = 1)
        rs_end = p + n
        if tag != 0x0A:
            p = rs_end
            continue
        while p < rs_end:                            # ResourceSpans
            tag, p = vi(body, p)
            if tag & 7 != 2:
                if tag & 7 == 0:
                    _, p = vi(body, p)
                continue
            n, p = vi(body, p)
            ss_end = p + n
            if tag != 0x12:                          # scope_spans = 2
                p = ss_end
                continue
            while p < ss_end:                        # ScopeSpans
                tag, p = vi(body, p)
                if tag & 7 != 2:
                    if tag & 7 == 0:
                        _, p = vi(body, p)
                    continue
                n, p = vi(body, p)
                if tag == 0x12:                      # spans = 2
                    spans += 1
                    # Probe: span_id right after trace_id (fields in ascending order, as upb and most SDKs
                    # write them) or right before it at the end (descending, as the collector's pdata writes).
                    if probes is not None and (body.startswith(PROBE_MARK, p + 18)
                                               or body.startswith(PROBE_MARK, p + n - 28)):
                        t = _end_time(body, p, p + n)
                        if t is not None:
                            probes.append(t)
                p += n
    return spans


def probe_send_times(body: bytes) -> list[int]:
    out: list[int] = []
    walk(body, out)
    return out
