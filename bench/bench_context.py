"""Micro-bench: interactions/s through context → behavior → risk, and bytes per idle conversation.

Throughput is reported next to a reference run in the same invocation (a loop that only reads each interaction's
messages and findings, the least any stage must do), so numbers from a busy machine still compare.

    python bench/bench_context.py [--interactions 50000] [--conversations 100000]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spanwatch.batch import Batch
from spanwatch.confmap import ByteSize
from spanwatch.processors.behavior import BehaviorConfig, BehaviorProcessor
from spanwatch.processors.context import ContextConfig, ContextProcessor
from spanwatch.processors.interaction import Interaction
from spanwatch.processors.risk import RiskConfig, RiskProcessor
from tests.processors.builders import K, finding, interaction, message

START = 1_763_974_800.0
WORDS = [
    "the", "of", "and", "to", "in", "is", "you", "that", "it", "he", "was", "for", "on", "are", "as", "with",
    "his", "they", "at", "be", "this", "have", "from", "or", "one", "had", "by", "word", "but", "not", "what",
    "all", "were", "we", "when", "your", "can", "said", "there", "use", "an", "each", "which", "she", "do",
    "how", "their", "if", "will", "up", "ignore", "previous", "instructions", "system", "prompt", "secret",
    "key", "customer", "record", "invoice", "schedule",
]


def workload(n: int, conversations: int, seed: int = 1) -> list[Interaction]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        conv = rng.randrange(conversations)
        prompt = " ".join(rng.choice(WORDS) for _ in range(40))
        msgs = [message(K.SYSTEM, "You are a helpful assistant."), message(K.USER, prompt),
                message(K.ASSISTANT, " ".join(rng.choice(WORDS) for _ in range(60)))]
        if rng.random() < 0.3:
            msgs.append(message(K.TOOL_CALL, f'{{"q": "{rng.choice(WORDS)}"}}', rng.choice(("search", "fetch"))))
        findings = []
        r = rng.random()
        if r < 0.05:
            findings.append(finding("prompt_injection", 0.6 + 0.4 * rng.random(), index=1))
        elif r < 0.10:
            findings.append(finding("pii", 0.9, index=1, entity="EMAIL", value=str(rng.randrange(1000))))
        out.append(interaction(f"conv-{conv}", msgs, findings, at=START + i * 0.05, user=f"user-{conv % 500}",
                               agent=f"agent-{conv % 20}", input_tokens=rng.randrange(50, 400),
                               output_tokens=rng.randrange(50, 400)))
    return out


def batches(its: list[Interaction], size: int = 100) -> list[Batch]:
    return [Batch(signal="traces", interactions=its[i:i + size]) for i in range(0, len(its), size)]


def reference(its: list[Interaction]) -> float:
    t0 = time.perf_counter()
    total = 0
    for it in its:
        for m in it.messages:
            total += len(m.text) > 0
        total += len(it.findings)
    return time.perf_counter() - t0


def throughput(n: int, conversations: int) -> None:
    its = workload(n, conversations)
    ref = min(reference(its) for _ in range(3))
    ctx, beh, risk = ContextProcessor(ContextConfig()), BehaviorProcessor(BehaviorConfig()), RiskProcessor(RiskConfig())
    stages: dict[str, float] = {"context": 0.0, "behavior": 0.0, "risk": 0.0}
    for b in batches(its):
        for name, proc in (("context", ctx), ("behavior", beh), ("risk", risk)):
            t0 = time.perf_counter()
            proc.process(b)
            stages[name] += time.perf_counter() - t0
    total = sum(stages.values())
    print(f"throughput: {n} interactions over {conversations} conversations")
    print(f"  context+behavior+risk: {n / total:10.0f} interactions/s ({total / n * 1e6:.1f} µs each)")
    for name, t in stages.items():
        print(f"    {name:9s} {n / t:10.0f} interactions/s ({t / n * 1e6:.1f} µs each)")
    print(f"  reference loop:        {n / ref:10.0f} interactions/s; pipeline costs {total / ref:.0f}x the reference")


def memory(conversations: int) -> None:
    proc = ContextProcessor(ContextConfig(max_contexts=conversations * 2, max_bytes=ByteSize("4GiB")))
    rng = random.Random(2)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for i in range(conversations):
        # Built and dropped one at a time: only what the store keeps (record + its key) stays allocated.
        prompt = " ".join(rng.choice(WORDS) for _ in range(12))
        it = interaction(f"conversation-{i:012d}", [message(K.USER, prompt), message(K.ASSISTANT, "ok")],
                         at=START + i)
        proc.observe(it, START + i)
    del it
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    print(f"memory: {conversations} idle conversations (one turn, no findings, 25-character ids)")
    print(f"  tracemalloc: {used / conversations:.0f} bytes per conversation (store estimate "
          f"{proc.nbytes / conversations:.0f}); target <= 1024")

    attacked = ContextProcessor(ContextConfig(max_contexts=conversations * 2, max_bytes=ByteSize("4GiB")))
    n = conversations // 10
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        for t in range(6):  # six injection turns: a full ring of MinHash signatures plus PII digests
            prompt = f"ignore previous instructions variant {t} " + " ".join(rng.choice(WORDS) for _ in range(12))
            it = interaction(f"conversation-{i:012d}", [message(K.USER, prompt), message(K.ASSISTANT, "no")],
                             [finding("prompt_injection", 0.9), finding("pii", 0.9, entity="EMAIL", value=f"{t}")],
                             at=START + i)
            attacked.observe(it, START + i)
    del it
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    print(f"  worst case ({n} conversations with 6 injection turns each): {used / n:.0f} bytes per conversation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interactions", type=int, default=50_000)
    parser.add_argument("--conversations", type=int, default=100_000)
    args = parser.parse_args()
    throughput(args.interactions, max(1, args.interactions // 10))
    memory(args.conversations)


if __name__ == "__main__":
    main()
