"""The whole security pipeline: spans/s per stage in process, and receive→export latency when served.

    python bench/bench_pipeline.py inprocess [--spans 20000] [--repeat 3] [--json out.json]
    python bench/bench_pipeline.py served [--duration 10] [--load testbed|max|both] [--json out.json]

Spans are realistic GenAI chat spans (semconv ``gen_ai.input.messages``/``gen_ai.output.messages`` JSON, the
usual ``gen_ai.*`` attributes) with texts from ``shared/eval/`` (prompts.jsonl: benign, injection and jailbreak;
pii.jsonl: planted PII, secrets and card numbers). Two workloads:

* ``conversations``: agents re-send the whole history every turn, as real chat agents do, so most texts a span
  carries were already seen in an earlier turn (this is what a verdict cache in ``detect`` pays off on);
* ``unique``: the worst case: every span is a first turn whose texts were never seen before.

The security stages are configured exactly as the shipped ``config/default.yaml`` configures them (``--mode``
picks the privacy mode). ``inprocess`` times each stage on one core, in the order the sidecar runs them: receive
(protobuf decode into a ``Batch``), ``extract``, ``detect``, ``context``, ``behavior``, ``risk``, ``compliance``,
``enrich``, ``redact``, and export (serialising the batch and its finding log records). The reference is the
pass-through pipeline (receive + export only) measured in the same run; the ratio says what security costs on top
of receiving. ``gc_us_per_span`` is the part of the security pass spent in the cyclic garbage collector, already
inside the stage times (a full collection lands in whichever stage triggers it). Before the pass the start-up heap
is frozen out of the collector and young collections are made rarer, as the sidecar does once it has started
(``freeze_startup_heap``).

``served`` runs the real sidecar (OTLP/gRPC in → batch → security stages → OTLP/gRPC out to a sink) with the
load generator and sink of ``bench/otlp_bench.py``, once with the pass-through pipeline and once with the
security pipeline, and reports accepted spans/s, CPU per span and p50/p99 receive→export latency for both.
The batch timeout is ``--batch-timeout`` (default 50ms) in both, because the latency target (p99 ≤ 100 ms at
10k spans/s) cannot be met with the pass-through bench's 200 ms timeout whatever the processors cost.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import platform
import random
import statistics
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from spanwatch.batch import Batch, Chunk  # noqa: E402
from spanwatch.component import ComponentID, Host  # noqa: E402
from spanwatch.config import default_config_text, load_config  # noqa: E402
from spanwatch.processors.detect import clear_engines, wait_compiled  # noqa: E402
from spanwatch.service import freeze_startup_heap  # noqa: E402
from spanwatch.telemetry import Telemetry  # noqa: E402

STAGES = ("extract", "detect", "context", "behavior", "risk", "compliance", "enrich", "redact")
TARGETS = {"max_spans_per_s_min": 50_000.0, "testbed_p99_ms_max": 100.0}
SYSTEM_PROMPTS = (
    "You are a helpful assistant for ACME Corp customer support. Answer concisely and never reveal internal data.",
    "You are a coding agent. Use the tools provided to read and modify files in the repository.",
    "You are a travel booking assistant. Ask for missing details before calling booking tools.",
)
REPLIES = (
    "Sure, here is what I found.", "I can't help with that request.", "Here are the steps you asked for.",
    "Let me check that for you. The order ships tomorrow.", "I'm sorry, but I cannot share that information.",
)


def processors_yaml(mode: str) -> str:
    """The security stages exactly as the shipped default.yaml configures them, with the privacy mode chosen here."""
    shipped = yaml.safe_load(default_config_text())["processors"]
    stages = {name: dict(shipped.get(name) or {}) for name in STAGES}
    stages["redact"].update(mode=mode, hash_key="bench-deployment-key-0123456789abcdef")
    return textwrap.indent(yaml.safe_dump(stages, sort_keys=False, width=1000), "  ")


# ---------------------------------------------------------------------------------------------- workload

def load_eval(eval_dir: Path) -> tuple[list[str], list[str]]:
    prompts, pii = [], []
    with (eval_dir / "prompts.jsonl").open(encoding="utf-8") as fh:
        prompts = [json.loads(line)["text"] for line in fh if line.strip()]
    path = eval_dir / "pii.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            pii = [json.loads(line)["text"] for line in fh if line.strip()]
    return prompts, pii


def _kv(key: str, value: str | int) -> KeyValue:
    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    return KeyValue(key=key, value=AnyValue(string_value=value))


def _msg(role: str, text: str) -> dict[str, object]:
    return {"role": role, "parts": [{"type": "text", "content": text}]}


class Conversation:
    __slots__ = ("agent", "history", "id", "turns_left", "user")

    def __init__(self, rng: random.Random, n: int) -> None:
        self.id = f"conv-{n:08d}-{rng.getrandbits(32):08x}"
        self.user = f"user-{rng.randrange(2000)}"
        self.agent = rng.randrange(8)
        self.history: list[dict[str, object]] = [_msg("system", rng.choice(SYSTEM_PROMPTS))]
        self.turns_left = rng.randint(2, 10)


def _fill(span: Span, *, trace_id: bytes, span_id: bytes, t_ns: int, conv: str, user: str,
          inp: list[dict[str, object]], reply: str) -> None:
    span.trace_id, span.span_id, span.name = trace_id, span_id, "chat gpt-4o-mini"
    span.kind = Span.SPAN_KIND_CLIENT
    span.start_time_unix_nano, span.end_time_unix_nano = t_ns, t_ns + 900_000_000
    in_text = json.dumps(inp, ensure_ascii=False)
    span.attributes.extend([
        _kv("gen_ai.operation.name", "chat"), _kv("gen_ai.provider.name", "openai"),
        _kv("gen_ai.request.model", "gpt-4o-mini"), _kv("gen_ai.response.model", "gpt-4o-mini-2025-01-01"),
        _kv("gen_ai.usage.input_tokens", len(in_text) // 4), _kv("gen_ai.usage.output_tokens", len(reply) // 4),
        _kv("gen_ai.conversation.id", conv), _kv("user.id", user), _kv("server.address", "api.openai.com"),
        _kv("gen_ai.input.messages", in_text),
        _kv("gen_ai.output.messages", json.dumps([_msg("assistant", reply) | {"finish_reason": "stop"}],
                                                 ensure_ascii=False)),
    ])


def build_requests(prompts: list[str], pii: list[str], *, spans: int, per_request: int, unique: bool,
                   seed: int = 11) -> list[bytes]:
    """Serialised requests of ``per_request`` spans, ~64 conversations interleaved (several agents at once)."""
    rng = random.Random(seed)
    out: list[bytes] = []
    live: list[Conversation] = []
    n_conv = 0
    t_ns = 1_764_000_000_000_000_000
    made = 0
    while made < spans:
        req = ExportTraceServiceRequest()
        rs = req.resource_spans.add()
        rs.resource.attributes.extend([_kv("service.name", f"support-agent-{made % 8}"),
                                       _kv("telemetry.sdk.language", "python")])
        ss = rs.scope_spans.add()
        ss.scope.name = "opentelemetry.instrumentation.openai_v2"
        for _ in range(min(per_request, spans - made)):
            # One user turn in six carries PII/secrets/cards from pii.jsonl; the rest are eval prompts.
            text = rng.choice(pii) if pii and rng.random() < 1 / 6 else rng.choice(prompts)
            reply = rng.choice(REPLIES)
            span = ss.spans.add()
            ids = dict(trace_id=rng.randbytes(16), span_id=rng.randbytes(8), t_ns=t_ns + made * 1000)
            if unique:
                text = f"{text} (ticket {made})"
                inp = [_msg("system", f"{rng.choice(SYSTEM_PROMPTS)} Session {made}."), _msg("user", text)]
                _fill(span, conv=f"conv-u-{made}", user=f"user-{made % 2000}", inp=inp, reply=reply, **ids)
            else:
                while len(live) < 64:
                    live.append(Conversation(rng, n_conv))
                    n_conv += 1
                conv = live[rng.randrange(len(live))]
                conv.history.append(_msg("user", text))
                _fill(span, conv=conv.id, user=conv.user, inp=conv.history, reply=reply, **ids)
                conv.history.append(_msg("assistant", reply))
                conv.turns_left -= 1
                if conv.turns_left <= 0:
                    live.remove(conv)
            made += 1
        out.append(req.SerializeToString())
    return out


# ---------------------------------------------------------------------------------------------- in process

def build_stages(mode: str, data_dir: Path) -> list[tuple[str, Any]]:
    text = f"""\
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:0
processors:
{processors_yaml(mode)}exporters:
  debug: {{}}
service:
  extensions: []
  pipelines:
    traces:
      receivers: [otlp]
      processors: [{", ".join(STAGES)}]
      exporters: [debug]
"""
    config = load_config(text=text)
    host = Host(telemetry=Telemetry(), data_dir=data_dir, logger=logging.getLogger("bench"))
    out = []
    for name in STAGES:
        spec = config.spec("processor", ComponentID(name))
        proc = spec.factory.create(spec.id, spec.config, host, "traces", None)
        if hasattr(proc, "start"):
            asyncio.run(proc.start())
        out.append((name, proc))
    return out


def receive(raw: bytes) -> Batch:
    message = ExportTraceServiceRequest.FromString(raw)
    return Batch(signal="traces", chunks=[Chunk.decoded("traces", message, raw)])


def export(batch: Batch) -> int:
    n = len(batch.wire())
    for c in batch.derived_logs:
        n += len(c.wire())
    return n


class GcClock:
    """Time spent inside the cyclic garbage collector, by ``clock``: reported beside the stages, whose times include
    it (a collection runs inside whichever stage allocated the object that triggered it, so one full collection of
    the start-up heap can land in any stage)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.spent = 0.0
        self.full = 0
        self.stage = ""  # set by run_pass: the stage running when a collection starts is charged with it
        self.by_stage: dict[str, float] = {}
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = self.clock()
        else:
            took = self.clock() - self._start
            self.spent += took
            self.by_stage[self.stage] = self.by_stage.get(self.stage, 0.0) + took
            self.full += info["generation"] == 2

    def __enter__(self) -> GcClock:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def run_pass(requests: list[bytes], stages: list[tuple[str, Any]] | None, clock: Callable[[], float],
             gc_clock: GcClock | None = None) -> dict[str, float]:
    """Seconds per stage over all requests (``stages`` None = the pass-through pipeline)."""
    spent = dict.fromkeys(("receive", *(n for n, _ in stages or ()), "export"), 0.0)
    at = gc_clock if gc_clock is not None else argparse.Namespace()  # where the current stage's name goes
    for raw in requests:
        at.stage = "receive"
        t0 = clock()
        batch = receive(raw)
        t1 = clock()
        spent["receive"] += t1 - t0
        for name, proc in stages or ():
            at.stage = name
            batch = proc.process(batch)
            t2 = clock()
            spent[name] += t2 - t1
            t1 = t2
        at.stage = "export"
        export(batch)
        spent["export"] += clock() - t1
    return spent


def inprocess(args: argparse.Namespace) -> dict[str, Any]:
    prompts, pii = load_eval(args.eval_dir)
    work = Path(tempfile.mkdtemp(prefix="spanwatch-bench-pipeline-"))
    # Thread CPU time: the other helpers' work on this shared machine does not count against us.
    clock = time.thread_time if args.cpu_clock else time.perf_counter
    report: dict[str, Any] = {"clock": "thread_time" if args.cpu_clock else "perf_counter", "workloads": {}}
    for workload in ("conversations", "unique"):
        requests = build_requests(prompts, pii, spans=args.spans, per_request=args.per_request,
                                  unique=workload == "unique")
        spans = args.spans
        wait_compiled()  # compiled and cached once: every repetition's engine then loads Hyperscan's databases
        runs: list[dict[str, Any]] = []
        for rep in range(args.repeat):
            gc.collect()
            ref = run_pass(requests, None, clock)
            # A fresh pipeline per repetition: caches and conversation stores start empty every time.
            # The detect stage's engine (and its verdict cache) is kept per thread and config: without this, every
            # repetition after the first would read its verdicts from the previous one's cache.
            clear_engines()
            stages = build_stages(args.mode, work / f"{workload}-{rep}")
            # What the sidecar does once everything has started; undone after the pass, so this repetition's
            # pipeline does not stay frozen (and uncollectable) under the next one.
            thresholds = gc.get_threshold()
            freeze_startup_heap()
            with GcClock(clock) as gc_clock:
                sec = run_pass(requests, stages, clock, gc_clock)
            gc.unfreeze()
            gc.set_threshold(*thresholds)
            runs.append({"ref": ref, "sec": sec, "gc": gc_clock.spent, "gc_full": gc_clock.full,
                         "gc_by_stage": gc_clock.by_stage})
        ref_total = statistics.median(sum(r["ref"].values()) for r in runs)
        sec_total = statistics.median(sum(r["sec"].values()) for r in runs)
        per_stage = {k: round(statistics.median(r["sec"][k] for r in runs) / spans * 1e6, 2) for k in runs[0]["sec"]}
        report["workloads"][workload] = {
            "spans": spans,
            "requests": len(requests),
            "avg_request_bytes": sum(map(len, requests)) // len(requests),
            "pass_through_spans_per_s": round(spans / ref_total),
            "security_spans_per_s": round(spans / sec_total),
            "security_over_pass_through_cost": round(sec_total / ref_total, 2),
            "us_per_span": per_stage,
            "share_pct": {k: round(100 * v / sum(per_stage.values()), 1) for k, v in per_stage.items()},
            # Included in the stages above: where a collection lands is chance, so compare stages with this in mind.
            "gc_us_per_span": round(statistics.median(r["gc"] for r in runs) / spans * 1e6, 2),
            "gc_us_per_span_by_stage": {k: round(statistics.median(r["gc_by_stage"].get(k, 0.0) for r in runs)
                                                 / spans * 1e6, 2) for k in runs[0]["sec"]},
            "gc_full_collections": [r["gc_full"] for r in runs],
            "target_spans_per_s": TARGETS["max_spans_per_s_min"],
            "meets_target": spans / sec_total >= TARGETS["max_spans_per_s_min"],
        }
    return report


# ---------------------------------------------------------------------------------------------- served

def served(args: argparse.Namespace) -> dict[str, Any]:
    import otlp_bench as ob  # the shared load generator / sink / process machinery

    # Compiled here into the shared cache, so the sidecar under test scans with Hyperscan from its first span rather
    # than with RE2 while it compiles (its regex_cold_start: serve).
    wait_compiled()

    original = ob.spanwatch_config
    security = {"on": False}

    def config(port: int, sink: int, data_dir: Path, compression: str) -> str:
        text = original(port, sink, data_dir, compression).replace("timeout: 200ms",
                                                                  f"timeout: {args.batch_timeout}")
        if security["on"]:
            text = text.replace("processors:\n  batch:", "processors:\n" + processors_yaml(args.mode) + "  batch:")
            text = text.replace("processors: [batch]", f"processors: [batch, {', '.join(STAGES)}]")
        return text

    ob.spanwatch_config = config
    ns = argparse.Namespace(
        duration=args.duration, warmup=args.warmup, eval_dir=args.eval_dir, compression="none",
        concurrency=args.concurrency, channels=4, sample=1, sut_cpu=args.sut_cpu, gen_cpu=args.gen_cpu,
        spanwatch_env=args.spanwatch_env, pyfloor_arg=[], gc_tune=args.gc_tune, native=False, py_spy="py-spy")
    loads = ["testbed", "max"] if args.load == "both" else [args.load]
    for rate in args.rate:
        # Open-loop loads the security pipeline can sustain: its latency there is the pipeline's own, while at a
        # rate above its capacity the latency is only the queue's.
        name = f"rate{rate:g}"
        ob.LOADS[name] = {"spans": 10, "rate": float(rate), "desc": f"{rate:g} spans/s, 10 spans/request"}
        loads.append(name)
    work = Path(tempfile.mkdtemp(prefix="spanwatch-bench-served-"))
    sink_proc, sink_port = ob.start_sink(ns, work)
    sink = ob.SinkClient(sink_port)
    results: list[dict[str, Any]] = []
    try:
        for load in loads:
            for pipeline in ("pass_through", "security"):
                security["on"] = pipeline == "security"
                print(f"bench: {pipeline} @ {load} ({ob.LOADS[load]['desc']}), {args.duration:g}s …", file=sys.stderr)
                r = ob.run_one("spanwatch", load, ns, work=work, sink_port=sink_port, sink=sink, otelcol=None,
                               exporter_type="otlp", sink_pid=sink_proc.pid)
                r["pipeline"] = pipeline
                results.append(r)
                print("bench:   " + json.dumps({k: r[k] for k in (
                    "accepted_spans_per_s", "cpu_s_per_million_spans", "latency_ms_p50", "latency_ms_p99",
                    "errors", "lost_spans", "loadavg_after")}), file=sys.stderr)
    finally:
        ob.stop(sink_proc, 10)
        ob.spanwatch_config = original
    ratios: dict[str, dict[str, float | None]] = {}
    for load in loads:
        p, s = (next(r for r in results if r["load"] == load and r["pipeline"] == k)
                for k in ("pass_through", "security"))
        ratios[load] = {k: (round(s[k] / p[k], 2) if p[k] and s[k] is not None else None) for k in (
            "accepted_spans_per_s", "cpu_s_per_million_spans", "latency_ms_p50", "latency_ms_p99")}
    verdicts = []
    for r in results:
        if r["pipeline"] != "security":
            continue
        if r["load"] == "testbed" and r["latency_ms_p99"] is not None:
            ok = r["latency_ms_p99"] <= TARGETS["testbed_p99_ms_max"]
            verdicts.append(f"p99 receive→export at 10k spans/s ≤ 100 ms: {'pass' if ok else 'FAIL'} "
                            f"({r['latency_ms_p99']} ms)")
        if r["load"] == "max":
            ok = r["accepted_spans_per_s"] >= TARGETS["max_spans_per_s_min"]
            verdicts.append(f"≥ 50,000 spans/s at max load: {'pass' if ok else 'FAIL'} "
                            f"({r['accepted_spans_per_s']:.0f}/s)")
    return {"batch_timeout": args.batch_timeout, "results": results, "ratios_security_over_pass_through": ratios,
            "verdicts": verdicts, "note": "load: bench/loadgen.py pool (prompts.jsonl texts, one turn per span)"}


# ---------------------------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ip = sub.add_parser("inprocess", help="per-stage spans/s in this process, one core")
    ip.add_argument("--spans", type=int, default=20_000)
    ip.add_argument("--per-request", type=int, default=512)
    ip.add_argument("--repeat", type=int, default=3)
    ip.add_argument("--wall-clock", dest="cpu_clock", action="store_false",
                    help="time with perf_counter instead of this thread's CPU time")
    sv = sub.add_parser("served", help="the real sidecar between bench/loadgen.py and bench/sink.py")
    sv.add_argument("--duration", type=float, default=10.0)
    sv.add_argument("--warmup", type=float, default=3.0)
    sv.add_argument("--load", choices=["testbed", "max", "both"], default="both")
    sv.add_argument("--batch-timeout", default="50ms")
    sv.add_argument("--concurrency", type=int, default=32)
    sv.add_argument("--spanwatch-env", action="append", default=[], metavar="K=V",
                    help="extra environment for the sidecar (e.g. PYTHONPATH=...); repeatable")
    sv.add_argument("--gc-tune", action="store_true",
                    help="run the sidecar through bench/_gc_tuned_run.py (gc.freeze, higher gen-0 threshold)")
    sv.add_argument("--rate", type=float, action="append", default=[],
                    help="also an open-loop load at this many spans/s (10 per request); repeatable")
    sv.add_argument("--sut-cpu", default="1")
    sv.add_argument("--gen-cpu", default="0")
    for p in (ip, sv):
        p.add_argument("--mode", choices=["full", "redact", "hash_only"], default="redact", help="privacy mode")
        p.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
        p.add_argument("--json", type=Path)
    args = ap.parse_args()
    report: dict[str, Any] = {
        "command": " ".join(["python", "bench/bench_pipeline.py", *sys.argv[1:]]),
        "when_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "loadavg": os.getloadavg()},
        "privacy_mode": args.mode,
    }
    report.update(inprocess(args) if args.cmd == "inprocess" else served(args))
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
