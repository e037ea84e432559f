"""Throughput of the detection stage on ~1.5 KB texts, one core.

    /tmp/venv/bin/python bench/bench_detect.py [--n 4000] [--eval-dir ../shared/eval]

Rates are CPU time of this process (best of three passes).

Texts: benign-looking prose/table/code mixes of ~1.5 KB built from a fixed seed (plus, with --eval-dir, dev-set
texts padded or cut to 1.5 KB). Stages are timed separately so a regression points at its cause; every line is
also given as a ratio to a reference run in the same invocation (``str.lower`` + ``re.search`` over the same
texts), which makes numbers from different machines comparable.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from spanwatch.processors._threat import evidence, value_hash
from spanwatch.processors.classifier import get_model
from spanwatch.processors.detect import DetectConfig, _engine, analyze_text
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.jailbreak import adversarial_suffix_score, many_shot_score
from spanwatch.processors.normalize import normalize

WORDS = (
    'the', 'of', 'and', 'to', 'in', 'is', 'you', 'that', 'it', 'he', 'was', 'for', 'on', 'are', 'as', 'with',
    'his', 'they', 'at', 'be', 'this', 'have', 'from', 'or', 'one', 'had', 'by', 'word', 'but', 'not', 'what',
    'all', 'were', 'we', 'when', 'your', 'can', 'said', 'there', 'use', 'an', 'each', 'which', 'she', 'do', 'how',
    'their', 'if', 'will', 'up', 'other', 'about', 'out', 'many', 'then', 'them', 'these', 'so', 'some', 'her',
    'would', 'make', 'like', 'him', 'into', 'time', 'has', 'look', 'two', 'more', 'write', 'go', 'see', 'number',
    'no', 'way', 'could', 'people', 'my', 'than', 'first', 'water', 'been', 'call', 'who', 'oil', 'its', 'now',
    'find', 'long', 'down', 'day', 'did', 'get', 'come', 'made', 'may', 'part', 'ignore', 'system',
    'instructions', 'table', 'assistant', 'answer',
)


def synth(rng: random.Random, size: int = 1500) -> str:
    kind = rng.random()
    parts: list[str] = []
    n = 0
    while n < size:
        if kind < 0.5:
            s = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))).capitalize() + ". "
        elif kind < 0.8:
            s = "| " + " | ".join(str(rng.randint(1, 9999)) if rng.random() < 0.5 else rng.choice(WORDS)
                                  for _ in range(5)) + " |\n"
        else:
            s = f"    x{rng.randint(0, 99)} = compute({rng.choice(WORDS)!r}, {rng.randint(0, 9)})\n"
        parts.append(s)
        n += len(s)
    return "".join(parts)[:size]


def load_eval(eval_dir: Path, rng: random.Random, n: int) -> list[str]:
    texts: list[str] = []
    for name, key in (("prompts.jsonl", "text"), ("indirect.jsonl", "context")):
        for line in (eval_dir / name).open(encoding="utf-8"):
            texts.append(json.loads(line)[key])
    rng.shuffle(texts)
    out = []
    for text in texts[:n]:
        padded = text
        while len(padded) < 1500:
            padded = padded + "\n" + text
        out.append(padded[:1500])
    return out


def timeit(fn: Callable[[str], object], texts: list[str], repeat: int = 3) -> float:
    """Texts per second, best of ``repeat`` passes, in CPU time of this process (other work on a shared
    machine does not count; the reference line shares the conditions either way)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - start)
    return len(texts) / max(best, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--eval-dir", type=Path)
    args = ap.parse_args()
    rng = random.Random(7)
    texts = load_eval(args.eval_dir, rng, args.n) if args.eval_dir else [synth(rng) for _ in range(args.n)]
    eng = _engine(DetectConfig())
    eng.rules.wait_compiled()  # on an empty cache the engine scans with RE2 until Hyperscan is compiled
    model = get_model()
    analyze_text("warm up", MessageKind.USER)
    probe = re.compile(r"ignore (all )?previous instructions", re.IGNORECASE)
    ref = timeit(lambda t: probe.search(t.lower()), texts)
    rules = eng.rules
    kv_of = {t: normalize(t, max_chars=32768).keyword_view for t in texts}  # the view built outside the timing
    stages: list[tuple[str, Callable[[str], object]]] = [
        ("normalize", lambda t: normalize(t, max_chars=32768)),
        ("normalize + keyword view", lambda t: normalize(t, max_chars=32768).keyword_view),
        # Every text rule (both kind databases), then what a user prompt and a tool result actually scan: the
        # data-only patterns (indirect pack) live in their own database, scanned for data kinds only.
        ("rule engine db pass (text)", rules._text_db.matched),
        ("rule engine db pass (text, user prompt)", lambda t: rules._text_db.matched_for(t, MessageKind.USER)),
        ("rule engine db pass (text, tool result)", lambda t: rules._text_db.matched_for(t, MessageKind.TOOL_RESULT)),
        ("rule engine db pass (keyword view)", lambda t: rules._kv_db.matched(kv_of[t])),
        ("rule engine db pass (keyword view, user prompt)",
         lambda t: rules._kv_db.matched_for(kv_of[t], MessageKind.USER)),
        ("normalize + rule scan", lambda t: eng.rules.scan(normalize(t, max_chars=32768), MessageKind.USER)),
        ("classifier only", model.score),
        ("classifier (numpy reference)", model.score_reference),
        ("analyze_text, rules only (ml=false)", lambda t: analyze_text(t, MessageKind.USER, DetectConfig(ml=False))),
        ("analyze_text, user prompt", lambda t: analyze_text(t, MessageKind.USER)),
        ("analyze_text, tool result", lambda t: analyze_text(t, MessageKind.TOOL_RESULT)),
        ("analyze_text, assistant output", lambda t: analyze_text(t, MessageKind.ASSISTANT)),
        # Per-text pieces outside the scans: the jailbreak heuristics run on every prompt, and the ensemble finding
        # masks and hashes the whole text of every prompt the calibrated score flags.
        ("jailbreak heuristics (many-shot, suffix)", lambda t: (many_shot_score(t), adversarial_suffix_score(t))),
        ("whole-text evidence + value hash", lambda t: (evidence(t, 0, len(t)), value_hash(t))),
    ]
    # The keyword view's map back to the text (built when a keyword rule must be located), and the non-ASCII
    # share of the texts alone (their slow path is otherwise diluted by the ASCII majority).
    stages.insert(2, ("normalize + keyword view + token map",
                      lambda t: normalize(t, max_chars=32768).keyword_to_original(0, 1)))
    non_ascii = [t for t in texts if not t.isascii()]
    subset_stages: list[tuple[str, Callable[[str], object]]] = [
        ("non-ASCII only: normalize + keyword view", lambda t: normalize(t, max_chars=32768).keyword_view),
        ("non-ASCII only: analyze_text, user prompt", lambda t: analyze_text(t, MessageKind.USER)),
    ]
    avg = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} texts, {avg:.0f} chars avg ({'eval' if args.eval_dir else 'synthetic'})")
    print(f"{'reference (lower + re.search)':40} {ref:>10,.0f} texts/s")
    for name, fn in stages:
        rate = timeit(fn, texts)
        print(f"{name:40} {rate:>10,.0f} texts/s   {rate / ref:6.3f}x reference")
    for name, fn in subset_stages if non_ascii else ():
        rate = timeit(fn, non_ascii)
        print(f"{name:40} {rate:>10,.0f} texts/s   {rate / ref:6.3f}x reference   ({len(non_ascii)} texts)")


if __name__ == "__main__":
    main()
