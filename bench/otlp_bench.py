"""spanwatch vs. a real OpenTelemetry Collector, side by side: OTLP/gRPC in → batch → OTLP/gRPC out to one sink.

    python bench/otlp_bench.py [--duration S] [--load testbed|max|both] [--json out.json] [--profile DIR]

Both systems get the same pass-through pipeline (otlp receiver, grpc only → batch 8192 / 200ms → otlp exporter,
compression none, default sending queue) and the same load, one after the other, each pinned to one core
(``--sut-cpu``, default 1) while the load generator and the sink share the other (``--gen-cpu``, default 0).

Loads:
* ``testbed``: the collector contrib testbed's Trace10kSPS/OTLP-gRPC: 10,000 spans/s, 10 spans per request, open loop.
* ``max``: maximum throughput: 512-span requests, closed loop with ``--concurrency`` requests in flight.

Per system and load it reports accepted spans/s (acknowledged by the system under test), exported spans/s (seen
by the sink), CPU seconds per million spans and % of a core (utime+stime from /proc/<pid>/stat over the
measurement window), peak RSS (VmHWM), p50/p99 receive→export latency (probe span send time → sink arrival) and
the machine's load average, then the ratios spanwatch / collector. The collector binary comes from
``--otelcol``, ``$OTELCOL_BIN`` or ``tests/infra/build_otelcol.sh`` (which builds and caches it).

Set ``--profile DIR`` to add a py-spy run of spanwatch at each selected load (separate runs, not the measured ones);
``SPANWATCH_BENCH_CPROFILE=FILE`` runs spanwatch under cProfile instead when py-spy is not usable.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import grpc

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")
LOADS: dict[str, dict[str, Any]] = {
    "testbed": {"spans": 10, "rate": 10_000.0, "desc": "10k spans/s, 10 spans/request (collector testbed)"},
    "max": {"spans": 512, "rate": 0.0, "desc": "max throughput, 512 spans/request, closed loop"},
}
TARGETS = {"testbed_cpu_ratio_max": 2.0, "testbed_rss_ratio_max": 2.0, "max_spans_per_s_min": 100_000.0}


# ---------------------------------------------------------------------------------------------- process helpers

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"process exited with {proc.returncode} before listening:\n{tail(log)}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"nothing listening on {port} after {timeout}s:\n{tail(log)}")


def tail(path: Path, n: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def pinned(cpu: str | None, argv: list[str]) -> list[str]:
    return ["taskset", "-c", cpu, *argv] if cpu and shutil.which("taskset") else argv


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rpartition(")")[2].split()
    # fields[0] is state (field 3); utime, stime are fields 14, 15.
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def status_kib(pid: int, key: str) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def loadavg() -> list[float]:
    with open("/proc/loadavg") as fh:
        return [float(x) for x in fh.read().split()[:3]]


def stop(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------------------------------------- systems under test

def locate_otelcol(explicit: str | None) -> Path:
    for cand in (explicit, os.environ.get("OTELCOL_BIN")):
        if cand:
            path = Path(cand)
            if not os.access(path, os.X_OK):
                raise SystemExit(f"collector binary {path} is not executable")
            return path
    script = REPO / "tests" / "infra" / "build_otelcol.sh"
    if not script.exists():
        raise SystemExit(f"no collector: pass --otelcol or set OTELCOL_BIN ({script} is missing)")
    print(f"bench: locating/building the collector with {script.relative_to(REPO)} …", file=sys.stderr)
    out = subprocess.run(["bash", str(script)], check=True, stdout=subprocess.PIPE, text=True).stdout
    return Path(out.strip().splitlines()[-1])


def spanwatch_config(port: int, sink: int, data_dir: Path, compression: str) -> str:
    return f"""\
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:{port}
processors:
  batch:
    send_batch_size: 8192
    timeout: 200ms
exporters:
  otlp:
    endpoint: 127.0.0.1:{sink}
    tls:
      insecure: true
    compression: {compression}
service:
  extensions: []
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlp]
  telemetry:
    logs:
      level: warn
    metrics:
      level: none
  data_dir: {data_dir}
"""


def otelcol_config(port: int, sink: int, compression: str, exporter_type: str) -> str:
    return f"""\
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:{port}
processors:
  batch:
    send_batch_size: 8192
    timeout: 200ms
exporters:
  {exporter_type}:
    endpoint: 127.0.0.1:{sink}
    tls:
      insecure: true
    compression: {compression}
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [{exporter_type}]
  telemetry:
    logs:
      level: warn
    metrics:
      level: none
"""


def otelcol_exporter_type(binary: Path) -> str:
    """``otlp_grpc`` in collectors that renamed the OTLP/gRPC exporter, ``otlp`` before."""
    try:
        out = subprocess.run([str(binary), "components"], capture_output=True, text=True, timeout=30,
                             check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "otlp"
    in_exporters = False
    names = set()
    for line in out.splitlines():
        if line.startswith("exporters:"):
            in_exporters = True
        elif in_exporters and line and not line.startswith((" ", "-")):
            in_exporters = False
        elif in_exporters and line.strip().startswith("- name:"):
            names.add(line.split(":", 1)[1].strip())
    return "otlp" if "otlp" in names or not names else ("otlp_grpc" if "otlp_grpc" in names else "otlp")


def start_system(name: str, args: argparse.Namespace, work: Path, sink_port: int, *,
                 otelcol: Path | None, exporter_type: str, profile_out: Path | None = None, spans: int = 10
                 ) -> tuple[subprocess.Popen[bytes], int, Path]:
    port = free_port()
    cfg = work / f"{name}.yaml"
    log = work / f"{name}.log"
    env = dict(os.environ)
    if name == "spanwatch":
        env.update(kv.split("=", 1) for kv in args.spanwatch_env)
        data = work / "spanwatch-data"
        data.mkdir(exist_ok=True)
        cfg.write_text(spanwatch_config(port, sink_port, data, args.compression))
        if profile_out is not None and os.environ.get("SPANWATCH_BENCH_CPROFILE"):
            argv = [sys.executable, str(HERE / "_cprofile_run.py"), str(profile_out), "run", "--config", str(cfg)]
        elif args.gc_tune:
            argv = [sys.executable, str(HERE / "_gc_tuned_run.py"), "run", "--config", str(cfg)]
        else:
            argv = [sys.executable, "-m", "spanwatch", "run", "--config", str(cfg)]
    elif name == "pyfloor":
        argv = [sys.executable, str(HERE / "_floor_server.py"), "--listen", f"127.0.0.1:{port}",
                "--export", f"127.0.0.1:{sink_port}", "--spans-per-request", str(spans), *args.pyfloor_arg]
    else:
        assert otelcol is not None
        cfg.write_text(otelcol_config(port, sink_port, args.compression, exporter_type))
        argv = [str(otelcol), "--config", str(cfg)]
    fh = log.open("wb")
    proc = subprocess.Popen(pinned(args.sut_cpu, argv), stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=work)
    wait_port(port, proc, 60.0, log)
    return proc, port, log


# ---------------------------------------------------------------------------------------------- sink control

class SinkClient:
    def __init__(self, port: int) -> None:
        self.channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        self._stats = self.channel.unary_unary("/bench.Sink/Stats")
        self._reset = self.channel.unary_unary("/bench.Sink/Reset")

    def stats(self, t0: int = 0, t1: int = 2**63) -> dict[str, Any]:
        return json.loads(self._stats(json.dumps({"t0_ns": t0, "t1_ns": t1}).encode(), timeout=30))

    def reset(self) -> None:
        self._reset(b"{}", timeout=10)


def start_sink(args: argparse.Namespace, work: Path) -> tuple[subprocess.Popen[bytes], int]:
    log = work / "sink.log"
    proc = subprocess.Popen(pinned(args.gen_cpu, [sys.executable, str(HERE / "sink.py"), "--port", "0",
                                                  "--sample", str(args.sample)]),
                            stdout=subprocess.PIPE, stderr=log.open("wb"))
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()
    if not line.startswith("PORT "):
        raise SystemExit(f"sink did not start: {line!r}\n{tail(log)}")
    return proc, int(line.split()[1])


# ---------------------------------------------------------------------------------------------- one run

def sleep_until(t_ns: int) -> None:
    d = (t_ns - time.time_ns()) / 1e9
    if d > 0:
        time.sleep(d)


def run_one(system: str, load: str, args: argparse.Namespace, *, work: Path, sink_port: int, sink: SinkClient,
            otelcol: Path | None, exporter_type: str, profile: Path | None = None,
            sink_pid: int | None = None) -> dict[str, Any]:
    spec = LOADS[load]
    sink.reset()
    proc, port, log = start_system(system, args, work, sink_port, otelcol=otelcol, exporter_type=exporter_type,
                                   profile_out=profile.with_suffix(".pstats") if profile else None,
                                   spans=spec["spans"])
    gen: subprocess.Popen[str] | None = None
    prof: subprocess.Popen[bytes] | None = None
    try:
        gen_argv = [sys.executable, str(HERE / "loadgen.py"), "--target", f"127.0.0.1:{port}",
                    "--eval-dir", str(args.eval_dir), "--spans", str(spec["spans"]),
                    "--warmup", str(args.warmup), "--duration", str(args.duration)]
        if spec["rate"]:
            gen_argv += ["--rate", str(spec["rate"])]
        else:
            gen_argv += ["--concurrency", str(args.concurrency), "--channels", str(args.channels)]
        gen = subprocess.Popen(pinned(args.gen_cpu, gen_argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=(work / f"loadgen-{system}-{load}.log").open("w"), text=True)
        assert gen.stdin is not None and gen.stdout is not None
        if gen.stdout.readline().strip() != "READY":
            raise SystemExit(f"load generator failed:\n{tail(work / f'loadgen-{system}-{load}.log')}")
        t0 = time.time_ns() + 300_000_000
        w0 = t0 + int(args.warmup * 1e9)
        w1 = w0 + int(args.duration * 1e9)
        gen.stdin.write(f"{t0}\n")
        gen.stdin.flush()
        load_before = loadavg()
        sleep_until(w0)
        cpu0 = cpu_seconds(proc.pid)
        gen0 = cpu_seconds(gen.pid)
        sink0 = cpu_seconds(sink_pid) if sink_pid else 0.0
        if profile is not None and not os.environ.get("SPANWATCH_BENCH_CPROFILE"):
            prof = subprocess.Popen([args.py_spy, "record", "--pid", str(proc.pid), "--duration",
                                     str(int(args.duration)), "--rate", "250", "--format", "raw",
                                     "--output", str(profile)]
                                    # --native needs to pause the process to unwind C stacks.
                                    + (["--native"] if args.native else ["--nonblocking"]),
                                    stdout=subprocess.DEVNULL, stderr=(work / "py-spy.log").open("wb"))
        sleep_until(w1)
        cpu1 = cpu_seconds(proc.pid)
        gen1 = cpu_seconds(gen.pid)
        sink1 = cpu_seconds(sink_pid) if sink_pid else 0.0
        hwm = status_kib(proc.pid, "VmHWM")
        rss = status_kib(proc.pid, "VmRSS")
        load_after = loadavg()
        out, _ = gen.communicate(timeout=args.warmup + args.duration + 120)
        lg = json.loads(out.strip().splitlines()[-1])
        # Wait until everything acknowledged reached the sink (spanwatch acks after hand-off to the queue).
        deadline = time.monotonic() + 15
        st = sink.stats()
        while st["total_spans"] < lg["total_ok_spans"] and time.monotonic() < deadline:
            time.sleep(0.2)
            st = sink.stats()
        win = sink.stats(w0, w1)
        lat = sink.stats(w0)  # latency of every probe that arrived from the window's start on
        if prof is not None:
            prof.wait(timeout=60)
            if prof.returncode:
                print(f"bench: py-spy failed:\n{tail(work / 'py-spy.log')}", file=sys.stderr)
    finally:
        if gen is not None and gen.poll() is None:
            gen.kill()
        stop(proc)
    cpu = cpu1 - cpu0
    accepted = lg["accepted_spans"]
    return {
        "system": system,
        "load": load,
        "accepted_spans_per_s": round(lg["accepted_spans_per_s"], 1),
        "offered_spans_per_s": round(lg["offered_spans_per_s"], 1),
        "exported_spans_per_s": round(win["window_spans"] / args.duration, 1),
        "cpu_seconds": round(cpu, 3),
        "cpu_pct_of_core": round(100 * cpu / args.duration, 1),
        "cpu_s_per_million_spans": round(cpu / (accepted / 1e6), 3) if accepted else None,
        "peak_rss_mib": round(hwm / 1024, 1),
        "rss_end_mib": round(rss / 1024, 1),
        "latency_ms_p50": lat["latency_ms"]["p50"],
        "latency_ms_p99": lat["latency_ms"]["p99"],
        "latency_samples": lat["latency_samples"],
        "ack_rtt_ms_p50": lg["ack_rtt_ms"]["p50"],
        "ack_rtt_ms_p99": lg["ack_rtt_ms"]["p99"],
        "request_bytes": lg["request_bytes"],
        "errors": lg["errors"],
        "skipped_requests": lg["skipped_requests"],
        "lost_spans": lg["total_ok_spans"] - st["total_spans"],
        "loadgen_cpu_pct": round(100 * (gen1 - gen0) / args.duration, 1),
        "sink_cpu_pct": round(100 * (sink1 - sink0) / args.duration, 1),
        "loadavg_before": load_before,
        "loadavg_after": load_after,
        "exit_code": proc.returncode,
        "log_tail": tail(log, 5) if proc.returncode not in (0, None) else "",
    }


# ---------------------------------------------------------------------------------------------- profile summary

def summarise_profile(raw: Path, top: int = 25) -> dict[str, list[tuple[str, float]]]:
    """Self and inclusive % per function from py-spy's collapsed stacks (``frame;frame;… count``)."""
    self_c: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack or not n.isdigit():
            continue
        count = int(n)
        frames = [f for f in stack.split(";") if f]
        # Skip the process/thread header frames py-spy puts first.
        frames = [f for f in frames if not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        total += count
        self_c[frames[-1]] += count
        for f in set(frames):
            incl[f] += count
    if not total:
        return {"self": [], "inclusive": []}
    return {
        "samples": [("total", float(total))],
        "self": [(f, round(100 * c / total, 1)) for f, c in self_c.most_common(top)],
        "inclusive": [(f, round(100 * c / total, 1)) for f, c in incl.most_common(top)],
    }


def summarise_pstats(path: Path, top: int = 25) -> dict[str, list[tuple[str, float]]]:
    import pstats

    st = pstats.Stats(str(path))
    total = st.total_tt or 1.0  # type: ignore[attr-defined]
    rows = st.stats  # type: ignore[attr-defined]
    by_tt = sorted(rows.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    by_ct = sorted(rows.items(), key=lambda kv: kv[1][3], reverse=True)[:top]

    def name(k: tuple[str, int, str]) -> str:
        return f"{k[2]} ({Path(k[0]).name}:{k[1]})"

    return {"self": [(name(k), round(100 * v[2] / total, 1)) for k, v in by_tt],
            "inclusive": [(name(k), round(100 * v[3] / total, 1)) for k, v in by_ct]}


# ---------------------------------------------------------------------------------------------- report

COLUMNS = [
    ("accepted_spans_per_s", "accepted spans/s", "{:,.0f}"),
    ("exported_spans_per_s", "exported spans/s", "{:,.0f}"),
    ("cpu_pct_of_core", "CPU % core", "{:.1f}"),
    ("cpu_s_per_million_spans", "CPU s / M spans", "{:.2f}"),
    ("peak_rss_mib", "peak RSS MiB", "{:.1f}"),
    ("latency_ms_p50", "p50 ms", "{:.1f}"),
    ("latency_ms_p99", "p99 ms", "{:.1f}"),
]
COLUMNS_KEYS = [c[0] for c in COLUMNS] + ["cpu_seconds", "rss_end_mib", "latency_samples", "ack_rtt_ms_p50",
                                           "ack_rtt_ms_p99", "loadgen_cpu_pct", "sink_cpu_pct", "lost_spans"]
RATIO_KEYS = ["accepted_spans_per_s", "cpu_s_per_million_spans", "peak_rss_mib", "latency_ms_p50", "latency_ms_p99"]


def fmt(v: Any, pattern: str) -> str:
    return "—" if v is None else pattern.format(v)


def ratios(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """spanwatch ÷ collector per load: each repetition's pair (measured minutes apart), then the median."""
    out: dict[str, dict[str, Any]] = {}
    for load in LOADS:
        reps = sorted({r["rep"] for r in results if r["load"] == load})
        per_rep: dict[str, list[float]] = {k: [] for k in RATIO_KEYS}
        for rep in reps:
            sw = next((r for r in results if (r["load"], r["system"], r["rep"]) == (load, "spanwatch", rep)), None)
            oc = next((r for r in results if (r["load"], r["system"], r["rep"]) == (load, "otelcol", rep)), None)
            if not (sw and oc):
                continue
            for k in RATIO_KEYS:
                if sw[k] is not None and oc[k]:
                    per_rep[k].append(sw[k] / oc[k])
        if any(per_rep.values()):
            out[load] = {k: (round(statistics.median(v), 2) if v else None) for k, v in per_rep.items()}
            out[load]["per_repetition"] = {k: [round(x, 2) for x in v] for k, v in per_rep.items()}
    return out


def medians(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (load, system): the median of each number over the repetitions."""
    rows = []
    for load in LOADS:
        for system in dict.fromkeys(r["system"] for r in results):
            runs = [r for r in results if r["load"] == load and r["system"] == system]
            if not runs:
                continue
            row: dict[str, Any] = {"load": load, "system": system, "runs": len(runs)}
            for k in COLUMNS_KEYS:
                vals = [r[k] for r in runs if r[k] is not None]
                row[k] = round(statistics.median(vals), 3) if vals else None
            row["loadavg_1m"] = [r["loadavg_after"][0] for r in runs]
            rows.append(row)
    return rows


def table(rows: list[dict[str, Any]], rat: dict[str, dict[str, Any]]) -> str:
    head = "| load | system | " + " | ".join(c[1] for c in COLUMNS) + " | load avg (1 min) |"
    lines = [head, "|" + "---|" * (len(COLUMNS) + 3)]
    for r in rows:
        cells = [fmt(r[k], p) for k, _, p in COLUMNS]
        la = ", ".join(f"{x:.1f}" for x in r["loadavg_1m"])
        lines.append(f"| {r['load']} | {r['system']} | " + " | ".join(cells) + f" | {la} |")
    for load, rr in rat.items():
        cells = []
        for k, _, _ in COLUMNS:
            v = rr.get(k)
            cells.append("—" if v is None else f"{v:.2f}×")
        lines.append(f"| {load} | **spanwatch ÷ collector** | " + " | ".join(cells) + " | |")
    return "\n".join(lines)


def verdicts(results: list[dict[str, Any]], rat: dict[str, dict[str, float | None]]) -> list[str]:
    out = []
    tb = rat.get("testbed")
    if tb:
        for key, label, limit in (("cpu_s_per_million_spans", "CPU", TARGETS["testbed_cpu_ratio_max"]),
                                  ("peak_rss_mib", "peak RSS", TARGETS["testbed_rss_ratio_max"])):
            v = tb.get(key)
            ok = v is not None and v <= limit
            out.append(f"testbed {label}: spanwatch/collector = {v}× (target ≤ {limit}×): {'PASS' if ok else 'FAIL'}")
    sw = next((r for r in results if r["load"] == "max" and r["system"] == "spanwatch"), None)
    if sw:
        v = sw["accepted_spans_per_s"]
        lim = TARGETS["max_spans_per_s_min"]
        verdict = "PASS" if v >= lim else "FAIL"
        out.append(f"max: spanwatch {v:,.0f} spans/s on one core (target ≥ {lim:,.0f}): {verdict}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=float, default=20.0, help="measured seconds per run (default 20)")
    ap.add_argument("--warmup", type=float, default=3.0, help="seconds of load before measuring (default 3)")
    ap.add_argument("--load", choices=["testbed", "max", "both"], default="both")
    ap.add_argument("--systems", default="spanwatch,otelcol",
                    help="comma list of spanwatch, otelcol, pyfloor (bare grpc.aio pass-through, a reference)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="repetitions (alternating which system goes first); the table shows medians and the "
                         "median of the per-repetition ratios")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--otelcol", help="collector binary (default: $OTELCOL_BIN or tests/infra/build_otelcol.sh)")
    ap.add_argument("--compression", choices=["none", "gzip"], default="none", help="exporters' compression")
    ap.add_argument("--concurrency", type=int, default=32, help="max load: requests in flight")
    ap.add_argument("--channels", type=int, default=4, help="max load: gRPC connections of the load generator")
    ap.add_argument("--sample", type=int, default=1, help="sink reads latency probes in 1 of N requests")
    ap.add_argument("--sut-cpu", default="1", help="CPU list for the systems under test ('' = no pinning)")
    ap.add_argument("--gen-cpu", default="0", help="CPU list for load generator and sink ('' = no pinning)")
    ap.add_argument("--spanwatch-env", action="append", default=[], metavar="K=V",
                    help="extra environment for spanwatch (e.g. MALLOC_ARENA_MAX=2); repeatable")
    ap.add_argument("--pyfloor-arg", action="append", default=[], metavar="ARG",
                    help="extra argument for the pyfloor reference (--parse, --ack=early); repeatable")
    ap.add_argument("--gc-tune", action="store_true",
                    help="experiment: run spanwatch with gc.freeze() and a higher gen-0 threshold (bench wrapper)")
    ap.add_argument("--profile", type=Path, help="directory: also profile spanwatch at each selected load with py-spy")
    ap.add_argument("--native", action="store_true", help="py-spy --native (C frames too)")
    ap.add_argument("--py-spy", default=shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy"))
    args = ap.parse_args()

    loads = ["testbed", "max"] if args.load == "both" else [args.load]
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if not (args.eval_dir / "prompts.jsonl").exists():
        raise SystemExit(f"no {args.eval_dir / 'prompts.jsonl'} (pass --eval-dir)")
    otelcol = locate_otelcol(args.otelcol) if "otelcol" in systems else None
    exporter_type = otelcol_exporter_type(otelcol) if otelcol else "otlp"

    work = Path(tempfile.mkdtemp(prefix="spanwatch-bench-"))
    results: list[dict[str, Any]] = []
    profile: dict[str, Any] | None = None
    sink_proc, sink_port = start_sink(args, work)
    sink = SinkClient(sink_port)
    try:
        for rep in range(args.repeat):
            for load in loads:
                # Alternate which system goes first, so a slow minute on the shared machine hits both.
                for system in (systems if rep % 2 == 0 else systems[::-1]):
                    print(f"bench: [{rep + 1}/{args.repeat}] {system} @ {load} ({LOADS[load]['desc']}), "
                          f"{args.duration:g}s …", file=sys.stderr)
                    r = run_one(system, load, args, work=work, sink_port=sink_port, sink=sink, otelcol=otelcol,
                                exporter_type=exporter_type,
                                sink_pid=sink_proc.pid)
                    r["rep"] = rep
                    results.append(r)
                    print("bench:   " + json.dumps({k: r[k] for k in (
                        "accepted_spans_per_s", "cpu_s_per_million_spans", "peak_rss_mib", "latency_ms_p50",
                        "latency_ms_p99", "errors", "lost_spans", "loadgen_cpu_pct", "sink_cpu_pct",
                        "loadavg_after")}), file=sys.stderr)
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
            profile = {}
            for load in loads:
                raw = args.profile / f"spanwatch-{load}.pyspy.txt"
                print(f"bench: profiling spanwatch @ {load} into {args.profile} …", file=sys.stderr)
                pr = run_one("spanwatch", load, args, work=work, sink_port=sink_port, sink=sink, otelcol=otelcol,
                             exporter_type=exporter_type,
                             profile=raw, sink_pid=sink_proc.pid)
                pstats_file = raw.with_suffix(".pstats")
                summary = summarise_pstats(pstats_file) if pstats_file.exists() else (
                    summarise_profile(raw) if raw.exists() else {})
                profile[load] = {"run": pr, "summary": summary, "raw": str(raw)}
            (args.profile / "summary.json").write_text(json.dumps(profile, indent=1))
    finally:
        stop(sink_proc, 10)

    rat = ratios(results)
    rows = medians(results)
    report = {
        "command": " ".join(["python", "bench/otlp_bench.py", *sys.argv[1:]]),
        "when_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "kernel": platform.release(),
                    "sut_cpu": args.sut_cpu, "gen_cpu": args.gen_cpu},
        "otelcol": str(otelcol) if otelcol else None,
        "config": {"duration_s": args.duration, "warmup_s": args.warmup, "compression": args.compression,
                   "repeat": args.repeat, "concurrency": args.concurrency, "channels": args.channels,
                   "spanwatch_env": args.spanwatch_env,
                   "gc_tune": args.gc_tune, "pipeline": "otlp(grpc) -> batch(8192, 200ms) -> otlp"},
        "summary_medians": rows,
        "results": results,
        "ratios_spanwatch_over_otelcol": rat,
        "verdicts": verdicts(rows, rat),
        "profile": profile,
    }
    print(table(rows, rat))
    for v in report["verdicts"]:
        print(v)
    for load, prof in (profile or {}).items():
        print(f"\nspanwatch profile at {load} load (self %; {prof['run']['cpu_pct_of_core']}% of a core):")
        for f, pct in prof["summary"].get("self", [])[:15]:
            print(f"  {pct:5.1f}%  {f}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
