"""Jailbreaks: role-play personas (DAN, "developer mode", "no restrictions"), refusal suppression,
hypothetical framing (``config/rules/jailbreak.yaml``), plus two heuristics patterns cannot express:

* **many-shot dialogue stuffing**: a single prompt holding many dialogue-shaped turns ("User: … Assistant: …");
  success of many-shot jailbreaking grows with the number of faux turns (detection-anchors §5);
* **adversarial suffix** (GCG-style): a fluent request followed by a tail of odd tokens. Perplexity filters
  need a language model; a cheap proxy is *contrast*: the tail's share of bracket/symbol characters and of
  tokens that mix letters with brackets or change case mid-word, against the head of the same text. Contrast,
  not absolute levels, keeps code snippets and markup (symbol-heavy throughout) from scoring.
"""

from __future__ import annotations

import re

from spanwatch.processors._threat import RuleBackedDetector, heuristic_finding
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import NormalizedText

TAGS = ("owasp_llm:LLM01", "owasp_asi:ASI01", "atlas:AML.T0054")

# The look-ahead (every role's first letter, under the same case folding) lets re skip the alternation at the
# spaces before other words: same matches, ~40 % less time on colon-heavy texts.
_TURN = re.compile(
    r"(?:^|\n|\s)(?=[abcghmqu])"
    r"(?:user|human|assistant|ai|bot|chatbot|gpt|chatgpt|model|q|a|question|answer|customer|agent)\s*:\s",
    re.IGNORECASE,
)
MANY_SHOT_MIN_TURNS = 8

_SYMBOLS = frozenset("[]{}()<>|\\^~`$@#=*_+")
_TAIL_TOKENS = 14
_MIN_TOKENS = 18


def many_shot_score(text: str) -> tuple[float, int]:
    """(score, turns): 0 below ``MANY_SHOT_MIN_TURNS`` dialogue-shaped turns, rising towards 0.9."""
    if text.count(":") < MANY_SHOT_MIN_TURNS:  # cheap exit: every turn has a colon
        return 0.0, 0
    turns = len(_TURN.findall(text))
    if turns < MANY_SHOT_MIN_TURNS:
        return 0.0, turns
    return min(0.9, 0.55 + 0.02 * (turns - MANY_SHOT_MIN_TURNS)), turns


_PLAIN = re.compile(r"^[#(\[{<\"']*[A-Za-z]+[)\]}>\"'.,;:!?]*$|^[(\[]?[A-Za-z0-9][)\]]$")
_TOKEN = re.compile(r"\S+")
_GLUED = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}|[a-z]{3,}\d|\d[a-z]{3,}")


def _odd_token(tok: str) -> bool:
    if _PLAIN.match(tok):
        return False
    # A symbol with a letter, or two symbols. Counted by deletion (one C pass, as _symbol_ratio); letters are
    # looked for only when there is exactly one symbol.
    symbols = len(tok) - len(tok.translate(_SYMBOL_DROP))
    if symbols >= 2 or (symbols and any(c.isalpha() for c in tok)):
        return True
    # camel-case glued words ("HTMLsvg", "shortlyPlease") and letter/digit soup ("spanifying6")
    return len(tok) > 5 and _GLUED.search(tok) is not None


_SYMBOL_DROP = str.maketrans(dict.fromkeys(_SYMBOLS))


def _symbol_ratio(s: str) -> float:
    # Counting by deletion is one C pass; the same count as findall over the symbol class.
    return (len(s) - len(s.translate(_SYMBOL_DROP))) / max(len(s), 1)


def _line_tokens(text: str, line_start: int, need: int) -> list[re.Match[str]]:
    """The whitespace-separated tokens ending the last line: all of them, or at least ``need`` of the last ones.

    A 1.5 KB single-line text has hundreds of tokens and only the tail matters, so windows grow from the end.
    """
    size = 256
    while True:
        lo = max(line_start, len(text) - size)
        toks = list(_TOKEN.finditer(text, lo))
        if lo == line_start:
            return toks
        if len(toks) > need:
            return toks[1:]  # the first may be cut by the window
        size *= 4


def _has_words(head: str, n: int) -> bool:
    """``len(head.split()) >= n`` without splitting 2 KB when its end already shows enough words."""
    if len(head[-200:].split()) > n:  # the window's first token may be cut: one extra
        return True
    return len(head.split()) >= n


def adversarial_suffix_score(text: str) -> tuple[float, int]:
    """(score, start offset of the suspicious tail) for a GCG-style gibberish suffix; 0 when absent.

    Only the last line is examined (suffixes are appended to the request on the same line; code, tables and
    lists, which are symbol-heavy, span lines) and it is contrasted with the text before the tail.
    """
    line_start = text.rstrip().rfind("\n") + 1
    tokens = _line_tokens(text, line_start, _MIN_TOKENS)
    if len(tokens) < _MIN_TOKENS:
        return 0.0, len(text)
    tail = tokens[-_TAIL_TOKENS:]
    head_end = tail[0].start()
    head = text[max(0, head_end - 2000): head_end]
    if not _has_words(head, 4):
        return 0.0, len(text)
    odd = sum(_odd_token(t.group()) for t in tail) / len(tail)
    if odd < 0.2:
        return 0.0, len(text)
    tail_sym = _symbol_ratio(text[head_end:])
    head_sym = _symbol_ratio(head)
    if tail_sym < 2 * head_sym + 0.01:
        return 0.0, len(text)
    score = min(0.95, 0.3 + 1.0 * odd + 2.0 * (tail_sym - head_sym))
    return score, head_end


class JailbreakDetector(RuleBackedDetector):
    name = "jailbreak"
    owns = frozenset({"jailbreak"})
    kinds = frozenset({MessageKind.USER, MessageKind.TOOL_CALL, MessageKind.TOOL_RESULT, MessageKind.RETRIEVAL,
                       MessageKind.SYSTEM})

    def extra(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        out: list[Finding] = []
        if kind not in (MessageKind.USER, MessageKind.TOOL_CALL):
            return out
        score, _turns = many_shot_score(text)
        if score > 0:
            out.append(heuristic_finding(self.name, "jailbreak.many_shot", category="jailbreak", score=score,
                                         severity=Severity.MEDIUM, index=index, text=text, start=0, end=len(text),
                                         tags=TAGS))
        score, start = adversarial_suffix_score(text)
        if score >= 0.5:
            out.append(heuristic_finding(self.name, "jailbreak.adversarial_suffix", category="jailbreak",
                                         score=score, severity=Severity.HIGH, index=index, text=text, start=start,
                                         end=len(text), tags=TAGS))
        return out
