"""Elasticsearch exporter throughput into a real local node, and its memory while the node is unreachable.

    python bench/bench_es.py [--findings 50000] [--repeat 3] [--down-findings 200000] [--json-only]

Starts its own Elasticsearch 8.14 node (tests/infra/peers.py, built/cached by tests/infra/build_elasticsearch.sh)
and drives the exporter with pre-built batches (500 findings each: 100 interactions x 5 findings), so what is
measured is the exporter: ECS document building, NDJSON encoding, the sending queue, concurrent ``_bulk``
requests and per-document result handling, until every document is indexed.

Reference, in the same invocation (DESIGN.md: benchmarks report ratios): the official client's
``elasticsearch.helpers.async_bulk`` with the same documents (already built as dicts, ``create`` actions,
``chunk_size`` = the exporter's ``bulk.max_docs``). After one untimed warm-up run, runs alternate
exporter/reference; medians are reported.

Memory while down: the exporter points at a port where nothing listens and is fed ``--down-findings``
findings; the peak RSS growth of this process is reported for the in-memory queue (bounded by
``sending_queue.max_bytes``: over it, batches are refused, never buffered) and for the persistent queue
(payloads on disk).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import logging
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spanwatch.batch import Batch  # noqa: E402
from spanwatch.component import ComponentID, Host  # noqa: E402
from spanwatch.confmap import decode  # noqa: E402
from spanwatch.errors import RefusedError  # noqa: E402
from spanwatch.exporters.elasticsearch import (  # noqa: E402
    FACTORY,
    ElasticsearchExporter,
    ElasticsearchExporterConfig,
    finding_documents,
)
from spanwatch.extensions.file_storage import FileStorage, FileStorageConfig  # noqa: E402
from spanwatch.processors.finding import Finding, Severity  # noqa: E402
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation  # noqa: E402
from spanwatch.telemetry import Telemetry  # noqa: E402
from tests.infra.peers import Elasticsearch, build_elasticsearch  # noqa: E402

PER_INTERACTION = 5
PER_BATCH = 100  # interactions
_LOC = SourceLocation(container="span", key="gen_ai.input.messages")
_RULES = [("secret.aws_access_key", "secret", ()),
          ("prompt_injection.ignore_previous", "prompt_injection", ("atlas:AML.T0051.000", "owasp_llm:LLM01")),
          ("pii.email", "pii", ("gdpr:art4",)), ("jailbreak.dan", "jailbreak", ("atlas:AML.T0054",)),
          ("pii.credit_card", "payment", ("pci_dss:3.4",))]


def build_batches(findings: int, run: str) -> list[Batch]:
    t0 = 1_764_000_000_000_000_000
    interactions = []
    for n in range(findings // PER_INTERACTION):
        fs = [Finding(detector="rules", rule_id=rule, category=cat, score=0.5 + (n % 50) / 100, confidence=0.8,
                      severity=Severity((n + i) % 5), message_index=0, start=i * 12, end=i * 12 + 9,
                      evidence="****" + str(n % 97).rjust(4, "*"), value_hash=f"{(n * 31 + i) & 0xFFFFFFFF:016x}",
                      entity_type=cat, tags=tags)
              for i, (rule, cat, tags) in enumerate(_RULES[:PER_INTERACTION])]
        interactions.append(Interaction(
            signal="traces", chunk=None, record=None,  # type: ignore[arg-type]
            trace_id=run.encode().ljust(8, b"_")[:8] + n.to_bytes(8, "big"), span_id=n.to_bytes(8, "big"),
            conversation_id=f"conv-{n % 1000}", user_id=f"user-{n % 300}", agent_id="agent-7",
            agent_name="support-bot", service_name="agent-svc", provider="openai", model="gpt-4o", operation="chat",
            time_unix_nano=t0 + n * 1_000_000,
            messages=[Message(role="user", kind=MessageKind.USER, text=f"[{run} {n}]", source=_LOC)],
            findings=fs))
    return [Batch(signal="traces", interactions=interactions[i:i + PER_BATCH])
            for i in range(0, len(interactions), PER_BATCH)]


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


class PeakRss:
    """Samples this process's RSS every 20 ms on the event loop while active."""

    def __init__(self) -> None:
        self.peak = rss_bytes()
        self._task: asyncio.Task[None] | None = None

    async def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, rss_bytes())
            await asyncio.sleep(0.02)

    async def __aenter__(self) -> PeakRss:
        self._task = asyncio.get_running_loop().create_task(self._sample())
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self.peak = max(self.peak, rss_bytes())


def make_exporter(url: str, namespace: str, workdir: Path, *, consumers: int, max_docs: int,
                  queue: dict[str, Any] | None = None, storage: Path | None = None
                  ) -> tuple[ElasticsearchExporter, Host]:
    raw: dict[str, Any] = {"endpoints": [url], "namespace": namespace, "timeout": "30s",
                           "bulk": {"max_docs": max_docs, "flush_interval": "0s"},
                           "retry_on_failure": {"initial_interval": "200ms", "max_interval": "1s"},
                           "sending_queue": {"num_consumers": consumers, **(queue or {})}}
    if storage is not None:
        raw["sending_queue"]["storage"] = "file_storage"
    problems: list[str] = []
    config = decode(ElasticsearchExporterConfig, raw, "exporters::elasticsearch", problems)
    assert config is not None, problems
    extensions: dict[ComponentID, object] = {}
    host = Host(telemetry=Telemetry(), data_dir=workdir, logger=logging.getLogger("bench"), extensions=extensions)
    if storage is not None:
        extensions[ComponentID("file_storage")] = FileStorage(ComponentID("file_storage"),
                                                              FileStorageConfig(directory=str(storage)), host)
    exporter = FACTORY.create(ComponentID("elasticsearch"), config, host)
    assert isinstance(exporter, ElasticsearchExporter)
    return exporter, host


def count(es: Elasticsearch, index: str) -> int:
    es.request("POST", f"/{index}/_refresh")
    status, body = es.request("GET", f"/{index}/_count")
    return int(body["count"]) if status == 200 else -1


async def run_exporter(es: Elasticsearch, batches: list[Batch], namespace: str, workdir: Path, *,
                       consumers: int, max_docs: int) -> dict[str, Any]:
    exporter, host = make_exporter(es.url, namespace, workdir, consumers=consumers, max_docs=max_docs)
    await exporter.start()  # installs templates: not part of the measured time
    gc.collect()
    async with PeakRss() as rss:
        t0, c0 = time.perf_counter(), time.process_time()
        for b in batches:
            await exporter.consume(b)
        assert exporter.queue is not None
        while exporter.queue.size():
            await asyncio.sleep(0.002)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    await exporter.shutdown()
    n = sum(len(it.findings) for b in batches for it in b.interactions)
    sent = host.telemetry.counter("exporter_sent_log_records_total", "").get("elasticsearch")
    retries = host.telemetry.counter("exporter_retries_total", "").get("elasticsearch")
    return {"findings": n, "seconds": round(elapsed, 3), "findings_per_s": round(n / elapsed),
            "client_cpu_s": round(cpu, 2), "sent": int(sent), "request_retries": int(retries),
            "peak_rss_mib": round(rss.peak / 2**20, 1)}


async def run_reference(es: Elasticsearch, batches: list[Batch], namespace: str, *, chunk: int) -> dict[str, Any]:
    from elasticsearch import AsyncElasticsearch
    from elasticsearch.helpers import async_bulk

    index = f"logs-spanwatch.findings-{namespace}"
    # Documents built before the clock starts: the reference gets its dicts for free, the exporter does not.
    actions = [{"_op_type": "create", "_index": index, "_id": doc_id, "_source": doc}
               for b in batches for it in b.interactions for doc_id, doc in finding_documents(it, namespace)]
    client = AsyncElasticsearch([es.url], request_timeout=30)
    # Same templates as the exporter's index (installed by a throw-away exporter, not timed).
    warm, _ = make_exporter(es.url, namespace, Path(tempfile.mkdtemp()), consumers=1, max_docs=chunk)
    await warm.sender.install()
    await warm.sender.close()
    gc.collect()
    async with PeakRss() as rss:
        t0, c0 = time.perf_counter(), time.process_time()
        ok, errors = await async_bulk(client, actions, chunk_size=chunk, max_retries=5, raise_on_error=False)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    await client.close()
    return {"findings": len(actions), "seconds": round(elapsed, 3), "findings_per_s": round(len(actions) / elapsed),
            "client_cpu_s": round(cpu, 2), "indexed": ok,
            "errors": len(errors) if isinstance(errors, list) else errors,
            "peak_rss_mib": round(rss.peak / 2**20, 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def run_down(batches: list[Batch], workdir: Path, *, persistent: bool, max_bytes: str) -> dict[str, Any]:
    """Feed the exporter while nothing listens at its endpoint; report RSS growth and refusals."""
    storage = workdir / "queue" if persistent else None
    exporter, _ = make_exporter(f"http://127.0.0.1:{free_port()}", "down", workdir, consumers=4, max_docs=500,
                                queue={"max_bytes": max_bytes, "queue_size": 100_000}, storage=storage)
    await exporter.start()
    gc.collect()
    base = rss_bytes()
    refused = 0
    async with PeakRss() as rss:
        for b in batches:
            try:
                await exporter.consume(b)
            except RefusedError:
                refused += 1
        await asyncio.sleep(0.5)
    assert exporter.queue is not None
    queued_bytes = exporter.queue.nbytes()
    await exporter.shutdown()
    return {"queue": "persistent" if persistent else "memory", "max_bytes": max_bytes,
            "findings_offered": sum(len(it.findings) for b in batches for it in b.interactions),
            "batches_refused": refused, "queued_mib": round(queued_bytes / 2**20, 1),
            # Growth can stay below queued_mib: freed pages of earlier runs are reused before RSS grows.
            "rss_base_mib": round(base / 2**20, 1), "rss_peak_mib": round(rss.peak / 2**20, 1),
            "rss_growth_mib": round((rss.peak - base) / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--findings", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--consumers", type=int, default=4)
    ap.add_argument("--max-docs", type=int, default=500)
    ap.add_argument("--down-findings", type=int, default=200_000)
    ap.add_argument("--down-max-bytes", default="64MiB")
    ap.add_argument("--heap-mb", type=int, default=1024)
    ap.add_argument("--c1-only", action="store_true",
                    help="keep the test fixture's C1-only JIT (fast start-up, slower indexing)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    # The unreachable-node runs log a retry warning per attempt; keep the output to the results.
    logging.getLogger("bench").setLevel(logging.CRITICAL)

    node = Elasticsearch(build_elasticsearch(), heap_mb=args.heap_mb)
    if not args.c1_only:
        # The fixture limits the JIT to C1 so that test nodes start fast; a production node runs C2, which
        # is what an indexing throughput should be measured against.
        node._prepare()
        options = node.workdir / "config" / "jvm.options.d" / "spanwatch.options"
        options.write_text(options.read_text().replace("-XX:TieredStopAtLevel=1\n", ""))
    node.start()
    try:
        # Warm-up, untimed: the node's JIT compiles its indexing path (a cold first run measured 3-4x slower).
        asyncio.run(run_exporter(node, build_batches(args.findings, "warm"), "warm",
                                 Path(tempfile.mkdtemp()), consumers=args.consumers, max_docs=args.max_docs))
        exporter_runs, reference_runs = [], []
        for rep in range(args.repeat):
            batches = build_batches(args.findings, f"e{rep}")
            order = ("exporter", "reference") if rep % 2 == 0 else ("reference", "exporter")
            for which in order:
                if which == "exporter":
                    exporter_runs.append(asyncio.run(run_exporter(
                        node, batches, f"exp{rep}", Path(tempfile.mkdtemp()), consumers=args.consumers,
                        max_docs=args.max_docs)))
                    assert count(node, f"logs-spanwatch.findings-exp{rep}") == args.findings
                else:
                    reference_runs.append(asyncio.run(run_reference(node, batches, f"ref{rep}",
                                                                    chunk=args.max_docs)))
                    assert count(node, f"logs-spanwatch.findings-ref{rep}") == args.findings
            del batches
        down_batches = build_batches(args.down_findings, "down")
        down = [asyncio.run(run_down(down_batches, Path(tempfile.mkdtemp()), persistent=p,
                                     max_bytes=args.down_max_bytes)) for p in (False, True)]
        exp = statistics.median(r["findings_per_s"] for r in exporter_runs)
        ref = statistics.median(r["findings_per_s"] for r in reference_runs)
        result = {
            "findings_per_run": args.findings, "repeat": args.repeat, "consumers": args.consumers,
            "bulk_max_docs": args.max_docs, "es_heap_mb": args.heap_mb, "es_jit": "c1" if args.c1_only else "c2",
            "exporter_findings_per_s": exp, "reference_async_bulk_findings_per_s": ref,
            "ratio_exporter_to_reference": round(exp / ref, 2), "target_findings_per_s": 5000,
            # Client-side cost alone (encoding, queue, bulk handling): what one core of the sidecar can feed.
            "exporter_findings_per_client_cpu_s": round(statistics.median(
                r["findings"] / max(r["client_cpu_s"], 1e-3) for r in exporter_runs)),
            "peak_rss_mib": max(r["peak_rss_mib"] for r in exporter_runs),
            "es_node_rss_mib": round(node.rss_bytes() / 2**20),
            "exporter_runs": exporter_runs, "reference_runs": reference_runs, "while_down": down,
        }
        print(json.dumps(result, indent=2))
    finally:
        node.close()


if __name__ == "__main__":
    main()
