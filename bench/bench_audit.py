"""Audit chain throughput: records/s appended (fsync: interval, 1 s) and records/s verified. Prints JSON.

    python bench/bench_audit.py [--records 200000] [--batch 100] [--dir /tmp/x]

Targets: append >= 20,000 records/s, verify >= 100,000 records/s. ``*_per_s`` is wall clock; ``*_per_cpu_s`` is
records per second of this process's CPU time, the fairer number on a shared, overloaded machine. The reference
run in the same invocation is the floor any writer pays (canonical JSON + SHA-256 of the same record, nothing
else), so the ratios say how much the chain itself (sealing, Merkle tree, writes, checkpoints) costs here.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

import orjson

from spanwatch.confmap import ByteSize, Duration
from spanwatch.exporters._audit_keys import trusted_keys
from spanwatch.exporters.audit import AuditConfig, AuditEvent, AuditLog, verify


def make_events(n: int) -> list[AuditEvent]:
    return [AuditEvent(event_type="finding", source="detect/pii", agent_id="support-bot", user_id=f"user-{i % 500}",
                       conversation_id=f"conv-{i % 2000}", security_level="high", risk_score=0.82,
                       data={"detector": "pii", "rule_id": "pii.email", "category": "pii", "confidence": 0.91,
                             "message_index": 2, "start": 118, "end": 139, "evidence": "j***@example.com",
                             "value_hash": "3f5a0c9e1b7d2a46", "entity_type": "EMAIL_ADDRESS",
                             "tags": ["gdpr:art4", "owasp_llm:LLM02"], "trace_id": "0af7651916cd43dd8448eb211c80319c",
                             "span_id": "b7ad6b7169203331"})
            for i in range(n)]


def reference(events: list[AuditEvent]) -> float:
    """Wall-clock rate of the floor: canonical JSON + SHA-256 per record."""
    t0 = time.perf_counter()
    for i, e in enumerate(events):
        rec = {"agent_id": e.agent_id, "conversation_id": e.conversation_id, "data": dict(e.data), "seq": i,
               "event_type": e.event_type, "user_id": e.user_id, "risk_score": repr(e.risk_score)}
        hashlib.sha256(orjson.dumps(rec, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)).digest()
    return len(events) / (time.perf_counter() - t0)


def bench_append(directory: Path, events: list[AuditEvent], batch: int, encrypt: bool) -> tuple[float, float]:
    # Sealed runs use the default encrypt_fields (user_id, data.evidence, data.text): 500 subjects, 500 keys.
    # 16 MiB segments, so a 200k-record run has several (as a busy day would) and parallel verify has work.
    cfg = AuditConfig(directory=str(directory), fsync="interval", fsync_interval=Duration("1s"),
                      max_log_size=ByteSize("16MiB"), encrypt_fields=AuditConfig().encrypt_fields if encrypt else ())
    log = AuditLog(cfg)
    t0, c0 = time.perf_counter(), time.process_time()
    if batch <= 1:
        for e in events:
            log.append(e)
    else:
        for i in range(0, len(events), batch):
            log.append_many(events[i:i + batch])
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    log.close()
    return len(events) / elapsed, len(events) / cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--dir", type=Path, default=None)
    args = ap.parse_args()
    base = args.dir or Path(tempfile.mkdtemp(prefix="bench-audit-"))
    events = make_events(args.records)
    results: dict[str, object] = {"records": args.records, "cpus": os.cpu_count(), "fsync": "interval 1s",
                                  "load_average_1m": round(os.getloadavg()[0], 2)}
    try:
        ref = reference(events)
        results["reference_canonical_sha256_per_s"] = round(ref)
        for name, batch, encrypt in (("append_one_by_one_sealed", 1, True), ("append_batched_sealed", args.batch,
                                     True), ("append_batched_plain", args.batch, False)):
            d = base / name
            rate, cpu_rate = bench_append(d, events, batch, encrypt)
            results[f"{name}_per_s"] = round(rate)
            results[f"{name}_per_cpu_s"] = round(cpu_rate)
            results[f"{name}_vs_reference"] = round(rate / ref, 3)
        d = base / "append_batched_sealed"
        keys = trusted_keys([d.with_name(d.name + "-keys") / "signing.key.pub"])
        t0, c0 = time.perf_counter(), time.process_time()
        report = verify(d, keys)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        assert report.ok, report.render()
        results["verify_per_s"] = round(report.records / elapsed)
        results["verify_per_cpu_s"] = round(report.records / cpu)
        results["verify_vs_reference"] = round(report.records / elapsed / ref, 3)
        workers = min(os.cpu_count() or 1, 4)
        t0 = time.perf_counter()
        report = verify(d, keys, workers=workers)
        elapsed = time.perf_counter() - t0
        assert report.ok, report.render()
        results[f"verify_{workers}_workers_per_s"] = round(report.records / elapsed)
        results["verify_segments"] = report.segments
        results["bytes_per_record"] = round(sum(p.stat().st_size for p in d.glob("segment-*")) / report.records, 1)
        results["targets_met"] = {
            "append_ge_20000_wall": results["append_one_by_one_sealed_per_s"] >= 20_000,  # type: ignore[operator]
            "append_ge_20000_cpu": results["append_one_by_one_sealed_per_cpu_s"] >= 20_000,  # type: ignore[operator]
            "verify_ge_100000_wall": max(results["verify_per_s"],  # type: ignore[type-var]
                                         results[f"verify_{workers}_workers_per_s"]) >= 100_000,
            "verify_ge_100000_cpu": results["verify_per_cpu_s"] >= 100_000,  # type: ignore[operator]
        }
    finally:
        if args.dir is None:
            shutil.rmtree(base, ignore_errors=True)
    print(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
