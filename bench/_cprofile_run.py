"""Run ``spanwatch`` under cProfile (bench only): ``python bench/_cprofile_run.py OUT.pstats run --config X``.

Used by otlp_bench.py when ``SPANWATCH_BENCH_CPROFILE`` is set (py-spy unavailable). spanwatch handles SIGTERM
itself and returns from main, so the profile is written on a normal stop.
"""

from __future__ import annotations

import cProfile
import sys

from spanwatch.cli import main

if __name__ == "__main__":
    out = sys.argv[1]
    prof = cProfile.Profile()
    try:
        code = prof.runcall(main, sys.argv[2:])
    finally:
        prof.dump_stats(out)
    sys.exit(code)
