"""Throughput of the normaliser and the rule engine on ~1.5 KB texts built from the eval corpora.

    python bench/bench_rules.py [--n 3000] [--engine hyperscan|re2|both] [--profile] [--memory 10000000]

Reports texts/s on one core (CPU time of this process, so other work on a shared machine does not count) for:

* ``db pass``    – the single multi-pattern database scan alone (which patterns match);
* ``kv db pass`` – the same for the keyword-view rules (the second database, over the folded view);
* ``scan``       – RuleSet.scan on already-normalised text: database pass + precise regexes + validators + context;
* ``normalize``  – normalize() alone;
* ``norm+scan``  – what the detect processor pays per message;

and, as the reference run in the same invocation (DESIGN.md: benchmarks report ratios), a loop of Python ``re``
searches over the same patterns, the design the one-database engine replaces.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import time
from collections.abc import Callable
from pathlib import Path

from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import normalize
from spanwatch.processors.rules import RuleSet, load_builtin_packs

EVAL = Path("/work/shared/eval")
MAX_CHARS = 32_000


def build_texts(n: int, size: int = 1500, seed: int = 7) -> list[str]:
    pool: list[str] = []
    for name, key in (("prompts.jsonl", "text"), ("indirect.jsonl", "context"), ("pii.jsonl", "text")):
        with (EVAL / name).open(encoding="utf-8") as fh:
            pool.extend(json.loads(line)[key] for line in fh)
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        length = 0
        while length < size:
            t = rng.choice(pool)
            parts.append(t)
            length += len(t) + 1
        out.append("\n".join(parts)[:size])
    return out


def rate(fn: Callable[[], object], count: int, min_seconds: float = 1.0) -> float:
    """Texts per second of ``fn`` (which processes ``count`` texts), best of repeated runs, in CPU time."""
    best = float("inf")
    spent = 0.0
    runs = 0
    while spent < min_seconds or runs < 2:
        t0 = time.process_time()
        fn()
        dt = time.process_time() - t0
        best = min(best, dt)
        spent += dt
        runs += 1
    return count / best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--engine", default="both")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--memory", type=int, default=0, metavar="N",
                    help="also run normalize + scan over N texts (the sample cycled) and print RSS as it goes")
    a = ap.parse_args()
    texts = build_texts(a.n)
    avg = sum(len(t) for t in texts) / len(texts)
    packs = load_builtin_packs()
    n_patterns = sum(len(r.patterns) for p in packs for r in p.rules)
    print(f"{len(texts)} texts, mean {avg:.0f} chars; {sum(len(p.rules) for p in packs)} rules, {n_patterns} patterns")
    norms = [normalize(t, max_chars=MAX_CHARS) for t in texts]
    ascii_share = sum(n.is_identity for n in norms) / len(norms)
    print(f"fast path (identity) share: {ascii_share:.1%}")

    r_norm = rate(lambda: [normalize(t, max_chars=MAX_CHARS) for t in texts], len(texts))
    print(f"{'normalize':<26}{r_norm:>12,.0f} texts/s")

    engines = ["hyperscan", "re2"] if a.engine == "both" else [a.engine]
    for eng in engines:
        rs = RuleSet.compile(packs, engine=eng)
        db = rs._text_db
        r_db = rate(lambda db=db: [db.matched(n.text) for n in norms], len(texts))
        kvs = [n.keyword_view for n in norms]
        kv_db = rs._kv_db
        r_kv = rate(lambda db=kv_db, kvs=kvs: [db.matched(kv) for kv in kvs], len(texts))

        def scan_all(rs: RuleSet = rs) -> None:
            for n in norms:
                n.cache.clear()
                rs.scan(n, MessageKind.USER)

        r_scan = rate(scan_all, len(texts))

        def full(rs: RuleSet = rs) -> None:
            for t in texts:
                rs.scan(normalize(t, max_chars=MAX_CHARS), MessageKind.USER)

        r_full = rate(full, len(texts))
        n_pat = len(rs._text)  # ids past the patterns are context-word entries, not candidate matches
        hits = sum(1 for n in norms if any(pid < n_pat for pid in db.matched(n.text)))
        print(f"[{eng}] texts with a candidate pattern hit: {hits / len(texts):.1%}")
        print(f"[{eng}] {'db pass':<20}{r_db:>12,.0f} texts/s")
        print(f"[{eng}] {'kv db pass':<20}{r_kv:>12,.0f} texts/s")
        print(f"[{eng}] {'scan':<20}{r_scan:>12,.0f} texts/s")
        print(f"[{eng}] {'norm+scan':<20}{r_full:>12,.0f} texts/s")
        if a.profile and eng == engines[0]:
            prof = cProfile.Profile()
            prof.enable()
            full()
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(14)

    # Reference: one Python `re` search per pattern per text (what the single database replaces).
    compiled = [p.compiled for pk in packs for r in pk.rules for p in r.patterns]
    sample = norms[: max(50, len(norms) // 20)]
    r_ref = rate(lambda: [[c.search(n.text) for c in compiled] for n in sample], len(sample), min_seconds=0.5)
    print(f"{'reference re loop':<26}{r_ref:>12,.0f} texts/s (Python re, {len(compiled)} patterns each)")
    print(f"ratio db pass / reference: {r_db / r_ref:,.0f}x; scan / reference: {r_scan / r_ref:,.1f}x")
    if a.memory:
        memory_run(texts, packs, a.memory)


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory_run(texts: list[str], packs: list[object], total: int) -> None:
    """RSS while normalising and scanning ``total`` texts: flat means every memo is bounded."""
    rs = RuleSet.compile(packs)  # type: ignore[arg-type]
    # Distinct texts, so that a per-text memo keyed on content would show up as growth.
    step = max(1, total // 10)
    t0 = time.process_time()
    for i in range(total):
        t = texts[i % len(texts)]
        rs.scan(normalize(f"{i} {t}", max_chars=MAX_CHARS), MessageKind.USER)
        if i % step == 0 or i == total - 1:
            print(f"memory: {i + 1:>11,} texts  RSS {rss_mib():7.1f} MiB  "
                  f"{(i + 1) / max(time.process_time() - t0, 1e-9):,.0f} texts/s")


if __name__ == "__main__":
    main()
