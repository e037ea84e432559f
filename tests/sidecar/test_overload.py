"""Overload: drive spanwatch over its memory limit while the backend is down.

RSS must stay within the configured bound, clients must get retryable refusals, and once the backend is back
every acknowledged span must arrive.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from tests.harness import Sidecar, SidecarProcess, base_config, exported_spans, free_port, wait_until

LIMIT_MIB = 160


def request(seq: int, spans: int = 256) -> bytes:
    req = ExportTraceServiceRequest()
    ss = req.resource_spans.add().scope_spans.add()
    for i in range(spans):
        span = ss.spans.add()
        span.trace_id = (seq + 1).to_bytes(16, "big")
        span.span_id = (i + 1).to_bytes(8, "big")
        span.name = f"load-{seq}-{i}"
        span.attributes.append(KeyValue(key="payload", value=AnyValue(string_value="x" * 800)))
    return req.SerializeToString()


def vm_hwm_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


@pytest.mark.slow
def test_over_the_memory_limit_clients_are_refused_retryably_and_nothing_acknowledged_is_lost(
        tmp_path: Path) -> None:
    backend_port = free_port()
    (tmp_path / "front").mkdir()
    (tmp_path / "back").mkdir()
    exporters = {"otlp": {"endpoint": f"127.0.0.1:{backend_port}", "tls": {"insecure": True},
                          "retry_on_failure": {"initial_interval": "100ms", "max_interval": "1s",
                                               "max_elapsed_time": "0s"},
                          # A queue far larger than memory allows: the memory limiter must be what stops growth.
                          "sending_queue": {"num_consumers": 4, "queue_size": 100000, "max_bytes": "4GiB"}}}
    processors = {"memory_limiter": {"check_interval": "100ms", "limit_mib": LIMIT_MIB},
                  "batch": {"timeout": "50ms"}}
    cfg = base_config(tmp_path / "front", exporters=exporters, processors=processors, signals=("traces",))
    front = SidecarProcess(cfg, tmp_path / "front").start()
    accepted: set[int] = set()
    refused = 0
    retry_after_seen = False
    try:
        assert front.proc is not None
        deadline = time.monotonic() + 90
        seq = 0
        while time.monotonic() < deadline and refused < 20:
            req = urllib.request.Request(f"{front.http}/v1/traces", data=request(seq), method="POST",
                                         headers={"Content-Type": "application/x-protobuf"})
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    assert resp.status == 200
                    accepted.add(seq)
            except urllib.error.HTTPError as exc:
                assert exc.code in (429, 503), exc.code
                retry_after_seen = retry_after_seen or bool(exc.headers.get("Retry-After"))
                refused += 1
                time.sleep(0.05)
            seq += 1
        assert refused >= 20, "never refused: the memory limiter did not engage"
        assert retry_after_seen
        assert len(accepted) > 50
        peak_mib = vm_hwm_kib(front.proc.pid) / 1024
        assert peak_mib <= LIMIT_MIB, f"peak RSS {peak_mib:.0f} MiB over the {LIMIT_MIB} MiB limit"
        assert front.metric("spanwatch_processor_memory_limiter_refusing") == 1 or refused

        # Backend comes back: every acknowledged request must arrive.
        with Sidecar(base_config(tmp_path / "back", signals=("traces",),
                                 receiver={"protocols": {"grpc": {"endpoint": f"127.0.0.1:{backend_port}"}}})):
            out = tmp_path / "back" / "traces.pb"

            def arrived() -> set[int]:
                return {int.from_bytes(s.trace_id, "big") - 1 for s in exported_spans(out)}

            assert wait_until(lambda: arrived() >= accepted, timeout=120, interval=0.5), \
                f"missing {len(accepted - arrived())} acknowledged requests"
    finally:
        front.kill()
