"""Shared plumbing of the threat detectors: rule matches → findings, evidence snippets, value hashes.

Every threat detector is "rule pack data plus at most two hooks" (DESIGN.md): the patterns live in
``config/rules/{injection,indirect,jailbreak,social_engineering,malicious}.yaml`` and are scanned once per text
by the shared :class:`~spanwatch.processors.rules.RuleSet` (its result is memoised on the ``NormalizedText``,
so six detectors cost one scan). This module turns the matches a detector owns into :class:`Finding` objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spanwatch.processors.concepts import Combo, combo_hits
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction, Message, MessageKind
from spanwatch.processors.normalize import NormalizedText
from spanwatch.processors.rule_detector import default_ruleset, hash_value
from spanwatch.processors.rules import RuleMatch, RuleSet

# Message kinds that carry *data* (the model did not get them from the user): an instruction here is an
# indirect injection. Everything else is a direct channel.
DATA_KINDS = frozenset({MessageKind.TOOL_RESULT, MessageKind.RETRIEVAL})
DIRECT_KINDS = frozenset({MessageKind.USER, MessageKind.TOOL_CALL, MessageKind.SYSTEM})

_EVIDENCE_CHARS = 60
_EVIDENCE_SCAN = 1000
_EVIDENCE_WORDS = _EVIDENCE_CHARS // 2 + 1  # joined with spaces, this many words are longer than the cap
_LONG_TOKEN_CHARS = 20
_LONG_TOKEN = re.compile(rf"[A-Za-z0-9+/=_\-]{{{_LONG_TOKEN_CHARS},}}")
_TOKEN_RUN = re.compile(r"[A-Za-z0-9+/=_\-]*")  # the rest of a run of _LONG_TOKEN's characters
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_DIGITS = re.compile(r"\d")
_DIGIT_MASK = bytes.maketrans(b"0123456789", b"##########")


def _split_join(s: str) -> str:
    """``" ".join(s.split())``: whitespace runs become one space; the reference for the C helper."""
    return " ".join(s.split())


try:
    # One pass, no list of words (~12 -> ~4 us for a whole 1.5 KB text, hashed for every ensemble finding).
    from spanwatch.processors._words import collapse as _collapse
except ImportError:  # no C compiler when installed
    _collapse = _split_join


def _mask_token(m: re.Match[str]) -> str:
    return m.group()[:4] + "…"


def evidence(text: str, start: int, end: int) -> str:
    """A short, masked snippet of ``text[start:end]`` for humans triaging the finding.

    Injection text is not secret, but it can carry what the attacker wants exfiltrated or a victim's data, so
    digits, e-mail addresses and long token-like strings are masked and the snippet is capped.
    """
    # Only the head can reach a 60-character snippet (masking shrinks a long token to 5 characters, so 1,000
    # input characters always outlast the cap). Cutting first also keeps the e-mail pattern linear: on a long run
    # of word characters with no "@" it retries from every position, quadratic in the run's length.
    # str.split() and re's \s agree on what whitespace is (both Py_UNICODE_ISSPACE); split/join is ~5x faster.
    #
    # No masking pattern matches whitespace, so masking works word by word, and it leaves every word at least one
    # character long: the first 31 words give a snippet of 61+ characters whose capped form is the capped form of
    # the whole snippet. The rest is never joined nor masked (a 1.5 KB text: ~35 -> ~10 us).
    words = text[start:min(end, start + _EVIDENCE_SCAN)].split(maxsplit=_EVIDENCE_WORDS)
    del words[_EVIDENCE_WORDS:]
    snippet = " ".join(words)
    if "@" in snippet:  # the e-mail pattern retries from every position: 50 µs per 1,000 characters
        snippet = _EMAIL.sub("<email>", snippet)
    # A long token lies inside one word, and masking e-mails never lengthens a word's runs of token characters:
    # with no word of 20 characters there is none, and the pattern, which retries inside every word, is skipped.
    if words and max(map(len, words)) >= _LONG_TOKEN_CHARS:
        snippet = _mask_long_tokens(snippet)
    # Digits become "#" one for one, so masking them after the cap gives the same snippet from at most 59
    # characters rather than up to 1,000 (CJK text has few spaces: its 31 words are often the whole head).
    cut = len(snippet) > _EVIDENCE_CHARS
    if cut:
        snippet = snippet[: _EVIDENCE_CHARS - 1]
    # On ASCII text \d is [0-9], and translating by a table is one C pass (re.sub scans, then rebuilds). A bytes
    # table: str.translate looks every distinct character up in a dict (~2 us a snippet, ~0.3 us encoded).
    if snippet.isascii():
        snippet = snippet.encode("ascii").translate(_DIGIT_MASK).decode("ascii")
    else:
        snippet = _DIGITS.sub("#", snippet)
    return snippet + "…" if cut else snippet


def _mask_long_tokens(snippet: str) -> str:
    """``_LONG_TOKEN.sub(_mask_token, snippet)``, or a prefix of it longer than the evidence cap.

    The pattern's matches are the maximal runs of token characters of 20 or more, so a head of the snippet that
    ends where a run ends has the same runs as the snippet there, and its masked form begins the snippet's. The
    head is the cap's worth of characters and the rest of a run it cuts; only when masking shrinks it to the cap
    or less is the whole snippet masked.
    """
    run = _TOKEN_RUN.match(snippet, _EVIDENCE_CHARS + 1) if len(snippet) > _EVIDENCE_CHARS + 1 else None
    if run is not None:
        head = _LONG_TOKEN.sub(_mask_token, snippet[: run.end()])
        if len(head) > _EVIDENCE_CHARS:
            return head
    return _LONG_TOKEN.sub(_mask_token, snippet)


def value_hash(value: str, key: bytes | None = None) -> str:
    """Keyed digest (the rule engine's HMAC, deployment key or per-process key) of the lower-cased,
    space-collapsed matched value, so the same injection phrase correlates across messages."""
    digest: str = hash_value(_collapse(value.lower()), key)
    return digest


def finding_from_match(detector: str, index: int, text: str, m: RuleMatch,
                       *, category: str | None = None, tags: tuple[str, ...] | None = None) -> Finding:
    rule = m.rule
    return Finding(
        detector=detector,
        rule_id=rule.id,
        category=category or rule.category,
        score=float(m.score),
        confidence=float(m.score),
        severity=rule.severity,
        message_index=index,
        start=m.start,
        end=m.end,
        evidence=evidence(text, m.start, m.end),
        value_hash=value_hash(m.value),
        tags=tags if tags is not None else rule.tag_list,
    )


def heuristic_finding(detector: str, rule_id: str, *, category: str, score: float, severity: Severity,
                      index: int, text: str, start: int, end: int, tags: tuple[str, ...]) -> Finding:
    """A finding from a heuristic (no rule match behind it): same evidence masking and hashing."""
    return Finding(
        detector=detector, rule_id=rule_id, category=category, score=round(score, 4), confidence=round(score, 4),
        severity=severity, message_index=index, start=start, end=end, evidence=evidence(text, start, end),
        value_hash=value_hash(text[start:end]), tags=tags,
    )


def best_per_rule(matches: Iterable[RuleMatch]) -> list[RuleMatch]:
    """One finding per rule and message (the strongest match): ten "ignore previous instructions" in one
    prompt are one threat, and a flood of findings would drown the ones that matter."""
    best: dict[str, RuleMatch] = {}
    for m in matches:
        prev = best.get(m.rule.id)
        if prev is None or m.score > prev.score:
            best[m.rule.id] = m
    return sorted(best.values(), key=lambda m: m.start)


class RuleBackedDetector:
    """A detector whose findings are the rule-pack matches of the detectors named in ``owns``.

    Subclasses set ``name``, ``owns`` and ``kinds`` and may add a heuristic via :meth:`extra`.
    """

    name = "threat"
    owns: frozenset[str] = frozenset()
    kinds: frozenset[MessageKind] = frozenset(MessageKind)
    # Techniques recognised by the ideas they combine (processors/concepts.py), reported as this detector's.
    combos: tuple[Combo, ...] = ()
    # The category and tags a match of another detector's rules (one ``owns`` names beyond ``name``) is reported
    # under: the same phrase in another channel is another technique (an override inside a tool result is an
    # indirect injection). None keeps the rule's own.
    relabel: tuple[str, tuple[str, ...]] | None = None

    def __init__(self, *, rules: RuleSet | None = None) -> None:
        # The shared rule set: one compiled database and one scan per text for every detector using it.
        self.rules = rules if rules is not None else default_ruleset()

    def matches(self, norm: NormalizedText, kind: MessageKind) -> list[RuleMatch]:
        found = self.rules.scan(norm, kind)  # a fresh list: returned as is when empty (most texts)
        return [m for m in found if m.rule.detector in self.owns] if found else found

    def scan_text(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        if kind not in self.kinds:
            return []
        mine = self.matches(norm, kind)
        out = [self.finding(index, text, m) for m in best_per_rule(mine)] if mine else []
        out.extend(self.combo_findings(text, kind, index, norm))
        out.extend(self.extra(text, kind, index, norm))
        return out

    def finding(self, index: int, text: str, m: RuleMatch) -> Finding:
        """The finding for one match: under :attr:`relabel` when another detector's rule made it."""
        if self.relabel is None or m.rule.detector == self.name:
            return finding_from_match(self.name, index, text, m)
        category, tags = self.relabel
        return finding_from_match(self.name, index, text, m, category=category, tags=tags)

    def combo_findings(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        """This detector's :attr:`combos` present in the text, one finding each."""
        if not self.combos:
            return []
        found = self.rules.scan(norm, kind)  # memoised: the same list matches() filtered
        if not found:
            return []
        return [heuristic_finding(self.name, combo.rule_id, category=combo.category, score=combo.score,
                                  severity=Severity.MEDIUM, index=index, text=text, start=start, end=end,
                                  tags=combo.tags)
                for combo, start, end in combo_hits(found, self.combos, text)]

    def extra(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        return []

    def scan(self, interaction: Interaction, index: int, message: Message, norm: NormalizedText) -> list[Finding]:
        return self.scan_text(message.text, message.kind, index, norm)
