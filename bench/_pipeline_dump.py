"""Dump everything the in-process security pipeline produces, to check that a speed change changed nothing.

    python bench/_pipeline_dump.py OUT.pickle [--spans 3000] [--compare BEFORE.pickle]

Runs the same workloads, stages and configuration as ``bench_pipeline.py inprocess`` (fixed seed), with the wall
clock and os.urandom pinned so timestamps and keyed hashes repeat, and records per batch: the exported span
bytes, the finding log records' bytes, every interaction (messages, findings, signals, risk) and the alerts;
after each workload: every conversation's context view and every behaviour baseline. ``--compare`` reports the
first difference. Detection changes change the output too: compare runs with the same detect code.
"""

from __future__ import annotations

import os
import time

_FIXED = 1_790_000_000.0
# Pinned before spanwatch is imported: processors bind ``time.time`` as their default clock at definition time.
time.time = lambda: _FIXED  # type: ignore[assignment]
time.time_ns = lambda: int(_FIXED * 1e9)  # type: ignore[assignment]
# Process-wide keys (the findings' value_hash key) repeat too.
os.urandom = lambda n: bytes(range(n))  # type: ignore[assignment]

import argparse  # noqa: E402
import pickle  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import bench_pipeline as bp  # noqa: E402


def _interaction(it: Any) -> tuple[Any, ...]:
    return (it.signal, it.trace_id, it.span_id, it.conversation_id, it.conversation_id_source, it.user_id,
            it.agent_id, it.agent_name, it.service_name, it.provider, it.model, it.operation, it.time_unix_nano,
            it.input_tokens, it.output_tokens, it.is_error, [tuple(m) for m in it.messages],
            [repr(f) for f in it.findings], [repr(s) for s in it.signals], repr(it.risk))


def dump(spans: int) -> dict[str, Any]:
    prompts, pii = bp.load_eval(bp.REPO.parent / "shared" / "eval")
    work = Path(tempfile.mkdtemp(prefix="spanwatch-pipeline-dump-"))
    out: dict[str, Any] = {}
    for workload in ("conversations", "unique"):
        requests = bp.build_requests(prompts, pii, spans=spans, per_request=512, unique=workload == "unique")
        bp.clear_engines()
        stages = bp.build_stages("redact", work / workload)
        batches = []
        for raw in requests:
            batch = bp.receive(raw)
            for _, proc in stages:
                batch = proc.process(batch)
            batches.append({
                "wire": batch.wire(),
                "logs": [c.wire() for c in batch.derived_logs],
                "interactions": [_interaction(it) for it in batch.interactions],
                "alerts": [repr(a) for a in batch.alerts],
            })
        procs = dict(stages)
        context, behavior = procs["context"], procs["behavior"]
        convs = sorted(context._store)
        keys = sorted(behavior._entities)
        out[workload] = {
            "batches": batches,
            "context": [repr(context.get_context(k)) for k in convs],
            "behavior": [(k, behavior.baseline(k)) for k in keys],
        }
    return out


def _first_diff(a: Any, b: Any, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path}: type {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return f"{path}: keys {sorted(a.keys() ^ b.keys())}"
        for k in a:
            d = _first_diff(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list | tuple):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            d = _first_diff(x, y, f"{path}[{i}]")
            if d:
                return d
        return f"{path}: length {len(a)} != {len(b)}" if len(a) != len(b) else None
    return None if a == b else f"{path}: {a!r:.300} != {b!r:.300}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--spans", type=int, default=3000)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()
    data = dump(args.spans)
    args.out.write_bytes(pickle.dumps(data))
    if args.compare:
        diff = _first_diff(pickle.loads(args.compare.read_bytes()), data)
        print(f"DIFFERENT: {diff}" if diff else "identical")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
