"""Throughput of the ML tier and of the detect processor's verdict cache, one core.

    /tmp/venv/bin/python bench/bench_classifier.py [--n 3000] [--turns 12]

Texts: dev-set prompts and contexts (``../shared/eval``) padded or cut to ~1.5 KB, fixed seed. Lines:

* classifier, prompt path (whole-text logits only) and document path (plus the most suspicious line);
* the detect processor over conversations where every turn re-sends the whole history (what agents do), with
  the verdict cache on and off.

Every rate is also printed as a ratio to a reference measured in the same run (``str.lower`` + one
``re.search`` per text), so numbers from different (or busy) machines compare.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from spanwatch.batch import Batch
from spanwatch.processors.classifier import get_model
from spanwatch.processors.detect import DetectConfig, DetectProcessor, wait_compiled
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation

SRC = SourceLocation(container="span", key="gen_ai.input.messages")


def load_texts(eval_dir: Path, n: int, size: int = 1500) -> list[str]:
    texts: list[str] = []
    for name, key in (("prompts.jsonl", "text"), ("indirect.jsonl", "context")):
        with (eval_dir / name).open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)[key] for line in fh)
    random.Random(7).shuffle(texts)
    out = []
    for text in texts[:n]:
        padded = text
        while len(padded) < size:
            padded = padded + "\n" + text
        out.append(padded[:size])
    return out


def rate(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - start)


def conversations(texts: list[str], turns: int) -> list[list[Message]]:
    """Per conversation, the message list each turn sends: the whole history so far plus one new message."""
    kinds = (MessageKind.USER, MessageKind.TOOL_RESULT, MessageKind.ASSISTANT)
    out: list[list[Message]] = []
    for c in range(len(texts) // turns):
        chunk = texts[c * turns:(c + 1) * turns]
        msgs = [Message(role=kinds[i % 3].value, kind=kinds[i % 3], text=t, source=SRC) for i, t in enumerate(chunk)]
        out.extend(msgs[: k + 1] for k in range(turns))
    return out


def replay(proc: DetectProcessor, sends: list[list[Message]]) -> tuple[float, int]:
    """Messages scored per second over every send, and how many messages that was."""
    count = sum(len(s) for s in sends)
    start = time.perf_counter()
    for msgs in sends:
        proc.process(Batch(signal="traces", interactions=[Interaction(
            signal="traces", chunk=None, record=None, trace_id=b"\x01" * 16,  # type: ignore[arg-type]
            span_id=b"\x02" * 8, messages=list(msgs))]))
    return count / (time.perf_counter() - start), count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--turns", type=int, default=12)
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    args = ap.parse_args()
    texts = load_texts(args.eval_dir, args.n)
    model = get_model()
    model.score("warm up")
    probe = re.compile(r"ignore (all )?previous instructions", re.IGNORECASE)
    ref = rate(lambda t: probe.search(t.lower()), texts)
    avg = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} texts, {avg:.0f} chars avg")
    print(f"{'reference (lower + re.search)':44} {ref:>10,.0f} texts/s")
    for name, fn in (("classifier, prompt (no windows)", lambda t: model.score(t, windows=False)),
                     ("classifier, document (with windows)", model.score)):
        r = rate(fn, texts)
        print(f"{name:44} {r:>10,.0f} texts/s   {r / ref:6.3f}x reference")
    wait_compiled()  # on an empty cache the engine scans with RE2 until Hyperscan is compiled
    sends = conversations(texts[: max(args.turns, len(texts) // 4)], args.turns)
    for name, entries in (("detect, re-sent history, cache off", 0), ("detect, re-sent history, cache on", 65536)):
        proc = DetectProcessor(DetectConfig(cache_entries=entries))
        r, count = replay(proc, sends)
        print(f"{name:44} {r:>10,.0f} messages/s ({count} messages)   {r / ref:6.3f}x reference")


if __name__ == "__main__":
    main()
