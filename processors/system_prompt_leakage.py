"""System-prompt leakage: an assistant output that reproduces much of the system instructions, or echoes a
canary token planted in them.

Overlap is measured on word 5-gram shingles (hashed, exact set intersection — for prompts of a few KB a
MinHash sketch would only add error): the share of the system prompt's shingles that reappear in the output.
Quoting a sentence is normal; reproducing a third of the instructions is a leak. Canaries are configured
strings (e.g. a random token placed in the system prompt) whose appearance in any output or outgoing tool call
means the instructions left the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spanwatch.processors._threat import evidence, heuristic_finding, value_hash
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction, Message, MessageKind
from spanwatch.processors.normalize import NormalizedText

TAGS = ("owasp_llm:LLM07", "owasp_asi:ASI01", "atlas:AML.T0056")
_WORDS = re.compile(r"\w+")
SHINGLE = 5
MIN_SHINGLES = 8          # system prompts shorter than this (in shingles) are too generic to judge
DEFAULT_MIN_OVERLAP = 0.3
_OUTPUT_KINDS = frozenset({MessageKind.ASSISTANT, MessageKind.TOOL_CALL, MessageKind.REASONING})


def _shingle_hashes(text: str, k: int = SHINGLE) -> Iterator[int]:
    words = _WORDS.findall(text.lower())
    # The k-word windows zipped from shifted word lists: the tuples a slice at every position would give (none when
    # there are fewer than k words), built and hashed in C.
    return map(hash, zip(*(words[i:] for i in range(k)), strict=False))


# Texts up to these lengths keep their shingles in the memos below (about one shingle per 5 characters): the memos
# hold at most ~16 MB, typical prompts and replies far less.
_MEMO_SYSTEM_CHARS = 16384
_MEMO_OUTPUT_CHARS = 4096


def system_shingles(system: str) -> frozenset[int]:
    """The shingles of a system prompt: every output message of every span of an agent is compared with the same
    instructions (in a re-sent history, several per span), so those up to _MEMO_SYSTEM_CHARS are hashed once."""
    return _memo_system(system) if len(system) <= _MEMO_SYSTEM_CHARS else frozenset(_shingle_hashes(system))


def output_shingles(output: str) -> frozenset[int]:
    """The shingles of an output: a re-sent history carries every earlier reply again in each span, so those up to
    _MEMO_OUTPUT_CHARS are hashed once."""
    return _memo_output(output) if len(output) <= _MEMO_OUTPUT_CHARS else frozenset(_shingle_hashes(output))


@lru_cache(maxsize=32)
def _memo_system(system: str) -> frozenset[int]:
    return frozenset(_shingle_hashes(system))


@lru_cache(maxsize=256)
def _memo_output(output: str) -> frozenset[int]:
    return frozenset(_shingle_hashes(output))


def overlap(system_sh: frozenset[int], output_sh: frozenset[int]) -> tuple[float, int]:
    """(share of the system prompt's shingles found in the output's, number of system shingles)."""
    if not system_sh:
        return 0.0, 0
    return len(system_sh & output_sh) / len(system_sh), len(system_sh)


class SystemPromptLeakageDetector:
    name = "system_prompt_leakage"

    def __init__(self, *, canaries: Sequence[str] = (), min_overlap: float = DEFAULT_MIN_OVERLAP) -> None:
        self.canaries = tuple(c for c in canaries if c)
        self.min_overlap = min_overlap
        # (messages list, its length, system text) of the interaction scanned last: see _system.
        self._memo: tuple[list[Message] | None, int, str] = (None, 0, "")

    def _system(self, interaction: Interaction) -> str:
        """The interaction's system instructions joined. Detect scans an interaction's messages in one pass, and a
        re-sent history holds several outputs: joined once per interaction, not once per output (a pass over every
        message for each output was quadratic in the history). Keyed by the messages list (held, so its identity
        is not reused) and its length."""
        messages = interaction.messages
        memo = self._memo
        if memo[0] is messages and memo[1] == len(messages):
            return memo[2]
        system = "\n".join(m.text for m in messages if m.kind == MessageKind.SYSTEM)
        self._memo = (messages, len(messages), system)
        return system

    def scan(self, interaction: Interaction, index: int, message: Message, norm: NormalizedText) -> list[Finding]:
        if message.kind not in _OUTPUT_KINDS:
            return []
        out: list[Finding] = []
        text = message.text
        for canary in self.canaries:
            pos = text.find(canary)
            if pos >= 0:
                out.append(Finding(
                    detector=self.name, rule_id="leakage.canary_token", category="system_prompt_leakage",
                    score=1.0, confidence=1.0, severity=Severity.CRITICAL, message_index=index, start=pos,
                    end=pos + len(canary), evidence=evidence(text, pos, pos + len(canary)),
                    value_hash=value_hash(canary), tags=TAGS,
                ))
        if message.kind == MessageKind.TOOL_CALL:
            return out
        system = self._system(interaction)
        if not system:
            return out
        out_sh = output_shingles(text)
        # The share below is at most len(out_sh) / MIN_SHINGLES (a judged system prompt has at least that many
        # shingles): a reply too short to reach min_overlap even so is not compared with the system prompt.
        if len(out_sh) / MIN_SHINGLES < self.min_overlap:
            return out
        share, n = overlap(system_shingles(system), out_sh)
        if n >= MIN_SHINGLES and share >= self.min_overlap:
            score = min(1.0, 0.6 + 0.4 * share)
            sev = Severity.HIGH if share >= 0.6 else Severity.MEDIUM
            out.append(heuristic_finding(self.name, "leakage.system_prompt_overlap", category="system_prompt_leakage",
                                         score=score, severity=sev, index=index, text=text, start=0, end=len(text),
                                         tags=TAGS))
        return out
