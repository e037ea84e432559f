"""Memory of the whole detection stage over many distinct texts: RSS must stay flat once the bounded memos fill.

    python bench/bench_detect_memory.py [--texts 10000000] [--every 250000] [--eval-dir ../shared/eval]

Each text is a ~1.5 KB dev-set text (padded as in ``bench_detect.py``) with a running number in front, so every
call is a cache miss that must be analysed and then stored: a memo keyed on content that were not bounded (the
verdict cache, the normaliser's per-character cache, the rule engine's memo) would show up as growth. The
verdict cache is bounded by ``detect.cache_entries``/``cache_bytes`` (65,536 entries / 64 MiB by default), so RSS
rises while it fills and then must stop rising. Prints RSS and texts/s (CPU time) at every ``--every`` texts,
and at the end the growth between the first line after the cache filled and the last.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_detect import load_eval
from bench_rules import rss_mib

from spanwatch.processors.detect import DetectConfig, analyze_text, wait_compiled
from spanwatch.processors.interaction import MessageKind


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=10_000_000)
    ap.add_argument("--every", type=int, default=250_000)
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    a = ap.parse_args()
    texts = load_eval(a.eval_dir, random.Random(7), 5000)
    config = DetectConfig()
    kinds = (MessageKind.USER, MessageKind.TOOL_RESULT)
    print(f"{a.texts:,} distinct texts of ~1.5 KB, verdict cache {config.cache_entries:,} entries / "
          f"{config.cache_bytes // 2**20} MiB", flush=True)
    wait_compiled(config)  # on an empty cache the engine scans with RE2 until Hyperscan is compiled
    filled: tuple[int, float] | None = None
    t0 = time.process_time()
    last = rss_mib()
    for i in range(a.texts):
        analyze_text(f"{i} {texts[i % len(texts)]}", kinds[i & 1], config)
        if (i + 1) % a.every == 0 or i + 1 == a.texts:
            last = rss_mib()
            rate = (i + 1) / max(time.process_time() - t0, 1e-9)
            print(f"{i + 1:>12,} texts  RSS {last:7.1f} MiB  {rate:8,.0f} texts/s", flush=True)
            if filled is None and i + 1 >= 2 * config.cache_entries:
                filled = (i + 1, last)
    if filled is not None:
        print(f"growth after the cache filled ({filled[0]:,} → {a.texts:,} texts): {last - filled[1]:+.1f} MiB")


if __name__ == "__main__":
    main()
