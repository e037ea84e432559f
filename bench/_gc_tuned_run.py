"""Experiment (bench only): run ``spanwatch`` with the cyclic GC tuned, to measure what that would save.

``gc.freeze()`` after the imports moves every start-up object out of the collected generations, and a gen-0
threshold of 50,000 (default 700) makes young collections ~70× rarer; the per-request garbage (futures, protobuf
wrappers) is freed by reference counting anyway. Used by ``otlp_bench.py --gc-tune``.
"""

from __future__ import annotations

import gc
import sys

import spanwatch.registry
import spanwatch.service
from spanwatch.cli import main

if __name__ == "__main__":
    # The registry imports components lazily; import the benchmark pipeline's ones now so they are frozen too.
    registry = spanwatch.registry.default_registry()
    for kind, type_ in (("receiver", "otlp"), ("processor", "batch"), ("exporter", "otlp")):
        registry.get(kind, type_)
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    sys.exit(main(sys.argv[1:]))
