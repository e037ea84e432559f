"""``analyze_text`` texts/s over dev texts, for A/B runs of two checkouts on a noisy machine.

    git worktree add /tmp/before <commit>        # and build its C extensions: python setup.py build_ext --inplace
    for i in 1 2 3; do
        (cd /tmp/before && python bench/bench_analyze_ab.py --eval-dir ../shared/eval)
        python bench/bench_analyze_ab.py --eval-dir ../shared/eval
    done

Each run prints the best of ``--repeat`` passes (CPU time of this process) for a user prompt and a tool result.
Run the two checkouts alternately, several times: on a shared machine only interleaved pairs say anything (a
trivial reference loop moved by +-30 % between processes a minute apart). ``bench_detect.py`` times the stages.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from bench_detect import load_eval, timeit

from spanwatch.processors.detect import analyze_text, wait_compiled
from spanwatch.processors.interaction import MessageKind


def best_rate(texts: list[str], kind: MessageKind, repeat: int) -> float:
    wait_compiled()  # on an empty cache the engine scans with RE2 until Hyperscan is compiled
    for t in texts[:100]:  # warm-up: databases compiled or read from the cache, code paths hot
        analyze_text(t, kind)
    return timeit(lambda t: analyze_text(t, kind), texts, repeat)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, required=True, help="the shared/eval directory")
    ap.add_argument("--n", type=int, default=1000, help="dev texts, padded or cut to ~1.5 KB (default 1000)")
    ap.add_argument("--repeat", type=int, default=4, help="passes; the best is reported (default 4)")
    args = ap.parse_args()
    texts = load_eval(args.eval_dir, random.Random(7), args.n)
    user = best_rate(texts, MessageKind.USER, args.repeat)
    tool = best_rate(texts, MessageKind.TOOL_RESULT, args.repeat)
    print(f"analyze_text texts/s: user prompt {user:,.0f}  tool result {tool:,.0f}")


if __name__ == "__main__":
    main()
