"""The rule engine: YAML rule packs compiled into one multi-pattern database, scanned once per text.

Shape (presidio's "regex proposes, validator confirms, context boosts"):

1. Every pattern of every loaded pack goes into **one** database: Hyperscan when it imports, else an RE2
   ``Set``. One scan of the normalised text says *which* patterns match. Most texts match nothing and leave
   here after that single call.
2. Only the patterns that matched run their precise regex to find spans and groups: RE2 when the regex is in
   its syntax (linear time; 25x faster than ``re`` on word-list alternations), Python ``re`` when it needs
   look-arounds or back-references. Patterns that can only pass with a context word (base score below
   ``min_score``) are skipped outright when none of their context words is in the text (a small second database,
   scanned only for texts where such a pattern hit). How each entry runs is resolved once per rule set
   (:func:`_plan`): RE2's low-level object called directly on the text's bytes (the wrapper re-encodes str per
   call), capture-free when only the whole match is wanted; look-around and back-reference regexes found by an
   RE2 superset with the same starts (``[^C]X`` for a leading ``(?<![C])``) and confirmed by ``re``.
3. The rule's validator (Luhn, mod-97, entropy …) confirms or drops the candidate.
4. Context words near the match add ``boost``; negative words subtract ``penalty``; the result must reach
   ``min_score``. On ASCII text RE2 reads the windows (:func:`_context_finder`), elsewhere ``re``.

Both databases only *select* patterns and the precise regex decides, so the two backends give identical
findings (a test checks it on the eval corpora). Hyperscan runs with ``HS_FLAG_SINGLEMATCH``: one callback per
matching pattern, whatever the number of hits, which keeps Python out of the scan loop. ``HS_FLAG_SOM_LEFTMOST``
is deliberately not used: start offsets come from the precise regex, and SOM costs scan state and rejects some
patterns. The database pattern is the rule's regex (or its ``prefilter``) with look-arounds removed and bounded
repeats above 24 loosened (``{0,400}`` → ``*``): a superset, which is all selection needs, and without which
Hyperscan takes minutes or reports "pattern too large". ASCII texts (most of them) are scanned by a second,
byte-mode database of the patterns' ASCII projections, which is cheaper and selects the same patterns on ASCII
input. Compiled Hyperscan databases are cached on disk
(``$SPANWATCH_CACHE_DIR``, default ``~/.cache/spanwatch``), keyed by a hash of the patterns; on an empty cache
they compile side by side on worker threads (see :class:`_Compiles`), or, for the sidecar, in the background
while RE2 databases of the same patterns serve (``RuleSet.compile(..., background=True)``).

Regex semantics are ASCII for ``\\w``/``\\d``/``\\b`` in all three engines (RE2's default), which is why text is
normalised (NFKC + confusable folding) first.

Pack schema: see ``config/rules/secrets.yaml``; unknown keys are errors and every problem is reported with its
path (``rules[3].patterns[0].regex: does not compile: ...``). A ``keyword_view: true`` rule matches the
lower-cased, leetspeak-folded view, where "base64" reads "base6a": its patterns and context words are written in
plain words and the loader spells their literal digits as the view does (:func:`fold_keyword_digits`).

A compiled :class:`RuleSet` is not thread-safe (Hyperscan scratch space); build one per thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import importlib.resources
import itertools
import json
import logging
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Protocol

import yaml

from spanwatch.confmap import safe_load
from spanwatch.processors import _hs_selfcheck
from spanwatch.processors.finding import Severity
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import (
    KEYWORD_DIGITS,
    KEYWORD_DIGITS_TABLE,
    NormalizedText,
    confirmed_finditer,
    fold_char,
    normalize,
)
from spanwatch.processors.validators import VALIDATORS, check_args

__all__ = [
    "ContextSpec",
    "Pattern",
    "Rule",
    "RuleMatch",
    "RulePack",
    "RulePackError",
    "RuleSet",
    "builtin_pack_names",
    "load_builtin_packs",
    "resolve_overlaps",
    "return_freed_memory",
]

ENGINE_ENV = "SPANWATCH_REGEX_ENGINE"
_ALL_KINDS = frozenset(MessageKind)
_SEVERITIES = {s.label: s for s in Severity}
_RULE_ID = re.compile(r"^[a-z0-9_]+(?:\.[a-z0-9_\-]+)+$")


class RulePackError(ValueError):
    """A rule pack is invalid. ``problems`` lists every problem, each prefixed with its path."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"invalid rule pack {source}:\n" + "\n".join(f"  {p}" for p in problems))


# ---------------------------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: str
    compiled: re.Pattern[str]
    db_regex: str  # what the multi-pattern database matches: a superset of ``regex``
    score: float | None = None
    group: int | str = 0
    # The engine confirming matches: RE2 when the regex is in its syntax (a DFA: 25x faster than ``re`` on the
    # large word-list alternations), else ``compiled``. Same leftmost-first semantics, ASCII classes in both.
    matcher: Any = None
    group_index: int = 0
    takes_bytes: bool = False  # ``matcher`` is RE2 and may be given ASCII text as bytes


_NEEDS_PYTHON_RE = re.compile(r"\(\?<?[=!]|\(\?P=|\\[1-9]")


_BACKREF = re.compile(r"\(\?P=|\\[1-9]")
# RE2 unrolls a bounded repeat into that many states; past a few hundred its DFA runs out of memory and the
# NFA fallback is 50x slower than Python ``re`` (1.8 ms vs 31 µs per text for ``<!--[^>]{0,400}?…``). Such
# regexes are found like look-around ones: RE2 runs the loosened regex (``*`` for the big repeat), ``re`` confirms.
_BIG_REPEAT = re.compile(r"\{\d*,?(\d{3,})\}")


def _precise_matcher(regex: str, compiled: re.Pattern[str]) -> Any:
    try:
        import re2
    except ImportError:
        return compiled
    opts = re2.Options()
    opts.log_errors = False
    opts.max_mem = 64 << 20
    if _BIG_REPEAT.search(regex) or _NEEDS_PYTHON_RE.search(regex):
        if _BACKREF.search(regex):
            return compiled
        try:
            return _LookaroundMatcher(re2.compile(_finder_regex(regex), opts), compiled)
        except Exception:
            return compiled
    try:
        return re2.compile(regex, opts)
    except Exception:  # outside RE2 syntax: Python re confirms instead
        return compiled


def _finder_regex(regex: str) -> str:
    """The look-around-free regex RE2 finds candidate starts with: a superset of ``regex`` with the same starts.

    A positive look-ahead that ends the regex is kept as consumed text: ``X(?=Y)`` starts a match exactly where
    ``XY`` starts one, and a name is only a candidate when the phone number or e-mail really follows it.
    Anywhere else a look-ahead constrains text that later atoms also read, so it is dropped like the rest.
    """
    last = _last_top_level_group(regex)
    if last is not None and regex.startswith("(?=", last):
        return _strip_lookarounds(regex[:last]) + "(?:" + _strip_lookarounds(regex[last + 3 :])
    return _strip_lookarounds(regex)


def _last_top_level_group(regex: str) -> int | None:
    """Start of the group that closes at the very end of ``regex`` at depth 0, if the regex ends with one."""
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(regex, i)
        elif c == "(":
            end = _group_end(regex, i)
            if end == n - 1:
                return i
            i = end + 1
        else:
            i += 1
    return None


def _class_end(regex: str, i: int) -> int:
    """Index just past the character class opening at ``regex[i] == "["`` (``[^]…]`` and ``[]…]`` included)."""
    i += 1
    if regex[i : i + 1] == "^":
        i += 1
    if regex[i : i + 1] == "]":  # a leading "]" is a literal, not the end
        i += 1
    n = len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        i += 1
        if c == "]":
            return i
    return n


def _group_end(regex: str, i: int) -> int:
    """Index of the ``)`` closing the group opening at ``regex[i] == "("`` (``len(regex)`` if it never closes)."""
    depth, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(regex, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return n


class _LookaroundMatcher:
    """``finditer`` of a regex RE2 cannot run as is, found by RE2 and confirmed by Python ``re`` at each start.

    Python ``re`` tries a pattern that opens with a look-behind at every position of the text (30–200 µs per
    1.5 KB text here); RE2 runs the same regex without its look-arounds, a superset, in one linear pass. A match
    of the regex starts where the superset matches, so trying ``re.match`` at each leftmost superset start, and
    searching on from the next character when it fails, yields exactly ``compiled.finditer``'s matches.
    """

    __slots__ = ("_exact", "_finder")

    def __init__(self, finder: Any, exact: re.Pattern[str]) -> None:
        self._finder = finder
        self._exact = exact

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return confirmed_finditer(self._finder, self._exact, text)


@dataclass(frozen=True, slots=True)
class ContextSpec:
    words: tuple[str, ...] = ()
    window: int = 48
    boost: float = 0.2
    negative: tuple[str, ...] = ()
    penalty: float = 0.4
    negative_window: int = 48
    words_re: re.Pattern[str] | None = None
    negative_re: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    detector: str
    category: str
    severity: Severity
    score: float
    patterns: tuple[Pattern, ...]
    entity: str = ""
    keyword_view: bool = False
    validator: str = ""
    validator_args: Mapping[str, Any] = field(default_factory=dict)
    context: ContextSpec | None = None
    min_score: float = 0.0
    applies_to: frozenset[MessageKind] = _ALL_KINDS
    tags: Mapping[str, Any] = field(default_factory=dict)
    pack: str = ""

    @property
    def tag_list(self) -> tuple[str, ...]:
        """Tags flattened to ``key:value`` strings (lists expand), as findings carry them."""
        out: list[str] = []
        for k, v in self.tags.items():
            if isinstance(v, list | tuple):
                out.extend(f"{k}:{x}" for x in v)
            else:
                out.append(f"{k}:{v}")
        return tuple(out)


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """One confirmed match. ``start``/``end`` are offsets in the ORIGINAL text.

    ``value`` is the matched (normalised) value, kept only so the detector can hash and mask it; it must never
    be logged or exported. ``via`` says where it was found: ``text``, ``keyword_view`` or ``decoded:<enc>``.
    """

    rule: Rule
    start: int
    end: int
    score: float
    value: str
    via: str = "text"


@dataclass(frozen=True, slots=True)
class RulePack:
    name: str
    version: int
    rules: tuple[Rule, ...]
    source: str = ""

    @classmethod
    def load(cls, path: str | os.PathLike[str] | Traversable) -> RulePack:
        """Load a pack from a file path or an ``importlib.resources`` traversable."""
        if isinstance(path, str | os.PathLike):
            p = Path(path)
            text, source = p.read_text(encoding="utf-8"), str(p)
        else:
            text, source = path.read_text(encoding="utf-8"), str(path)
        try:
            data = safe_load(text)
        except yaml.YAMLError as e:
            raise RulePackError(source, [f"not valid YAML: {e}"]) from e
        return cls.from_mapping(data, source=source)

    @classmethod
    def from_mapping(cls, data: Any, *, source: str = "<mapping>") -> RulePack:
        problems: list[str] = []
        pack = _parse_pack(data, problems)
        if problems or pack is None:
            raise RulePackError(source, problems)
        return RulePack(pack[0], pack[1], pack[2], source)


def builtin_pack_names() -> list[str]:
    root = importlib.resources.files("spanwatch.defaults") / "rules"
    return sorted(p.name[: -len(".yaml")] for p in root.iterdir() if p.name.endswith(".yaml"))


def load_builtin_packs(names: Iterable[str] | None = None) -> list[RulePack]:
    """The packs shipped in ``config/rules`` (package ``spanwatch.defaults``), all or the ``names`` given."""
    root = importlib.resources.files("spanwatch.defaults") / "rules"
    wanted = builtin_pack_names() if names is None else list(names)
    return [RulePack.load(root / f"{n}.yaml") for n in wanted]


# ---------------------------------------------------------------------------------------------- validation

_PACK_KEYS = {"pack", "version", "rules", "description"}
_RULE_KEYS = {
    "id", "detector", "category", "entity", "severity", "score", "patterns", "keyword_view", "validator",
    "validator_args", "context", "min_score", "applies_to", "tags", "description",
}
_PATTERN_KEYS = {"regex", "score", "group", "prefilter"}
_CONTEXT_KEYS = {"words", "window", "boost", "negative", "penalty", "negative_window"}


def _unknown(d: Mapping[str, Any], allowed: set[str], path: str, problems: list[str]) -> None:
    for k in d:
        if k not in allowed:
            problems.append(f"{path}{k}: unknown key (allowed: {', '.join(sorted(allowed))})")


def _score(v: Any, path: str, problems: list[str]) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0.0 <= float(v) <= 1.0:
        problems.append(f"{path}: must be a number in [0, 1], got {v!r}")
        return None
    return float(v)


def _strip_lookarounds(regex: str) -> str:
    """Remove ``(?=…)``, ``(?!…)``, ``(?<=…)``, ``(?<!…)``: what is left matches a superset of the regex."""
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            out.append(regex[i : i + 2])
            i += 2
            continue
        if c == "[":
            end = _class_end(regex, i)
            out.append(regex[i:end])
            i = end
            continue
        if regex.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(regex, i) + 1
            continue
        if c == "{":
            q = _QUANT.match(regex, i)
            if q is not None:
                out.append(_relax_quantifier(int(q.group(1)), q.group(2), q.group(3)))
                i = q.end()
                continue
        out.append(c)
        i += 1
    # Named groups are Python syntax; RE2 and Hyperscan want plain groups for selection.
    return re.sub(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>", "(", "".join(out))


def _drop_optional_tail(db_regex: str) -> str:
    """``db_regex`` without the optional pieces that end it: the same texts as candidates, for less scan work.

    The database only says *whether* a pattern matches somewhere, and ``X(?:Y)?`` matches a text exactly when ``X``
    does, so its optional tail (``?``, ``*``, ``{0,n}``) only costs Hyperscan states: the medication pattern's
    optional dose and form (``(?:\\s+\\d+…mg…)?(?:\\s+(?:tablets?|…|er|sr))?``) cost ~5 us of the ~40 of the user
    prompt database per 1.5 KB text. A group that ends the pattern (``+`` or unquantified) loses its branches'
    optional tails the same way. A trailing ``\\b`` (or ``$``) goes only with an optional piece before it that
    every branch ends with (``X(?:Y)?\\b`` is not ``X\\b``, so both go); one after a plain word (``(?:a|b)\\b``) stays,
    as it keeps the candidates few. A result that could match the empty string keeps the pattern as it was.
    """
    out = "|".join(_strip_tail(branch) for branch in _pieces(db_regex))
    if out == db_regex:
        return db_regex
    try:
        rx = re.compile(out, re.ASCII)
    except re.error:
        return db_regex
    if any((m := rx.search(s)) is not None and m.end() == m.start() for s in ("", " ", "a a", "\n")):
        return db_regex
    return out


_QUANTIFIER_AT = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_ESCAPE_AT = re.compile(r"\\(?:x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[pP]\{[^}]*\}|.)",
                        re.DOTALL)
_GROUP_OPEN = re.compile(r"\((?:\?(?:[a-zA-Z]*(?:-[a-zA-Z]*)?:)?)?")
_ZERO_WIDTH = frozenset({"\\b", "\\B", "$", "\\z", "\\Z"})


def _pieces(body: str) -> list[list[tuple[str, str]]]:
    """The top-level branches of ``body``, each a list of (atom, quantifier) pieces."""
    branches: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c == "|":
            branches.append(cur)
            cur = []
            i += 1
            continue
        if c == "\\":
            m = _ESCAPE_AT.match(body, i)
            j = m.end() if m else i + 2
        elif c == "[":
            j = _class_end(body, i)
        elif c == "(":
            j = _group_end(body, i) + 1
        else:
            j = i + 1
        q = _QUANTIFIER_AT.match(body, j)
        quant = q.group() if q else ""
        cur.append((body[i:j], quant))
        i = j + len(quant)
    branches.append(cur)
    return branches


def _optional(quant: str) -> bool:
    return quant.startswith(("?", "*")) or quant.startswith(("{0,", "{,"))


def _group_body(atom: str, quant: str) -> tuple[str, str] | None:
    """(opening, body) of a plain or non-capturing group that must match at least once; None otherwise (flag
    setters such as ``(?i)``, optional groups, other atoms)."""
    if not atom.startswith("(") or quant not in ("", "+"):
        return None
    m = _GROUP_OPEN.match(atom)
    opening = m.group() if m else "("
    if opening.startswith("(?") and not opening.endswith(":"):
        return None
    return opening, atom[len(opening) : -1]


def _ends_optional(atom: str, quant: str) -> bool:
    if _optional(quant):
        return True
    g = _group_body(atom, quant)
    return g is not None and all(b and _ends_optional(*b[-1]) for b in _pieces(g[1]))


def _strip_tail(branch: list[tuple[str, str]]) -> str:
    while branch:
        atom, quant = branch[-1]
        if _optional(quant):
            branch.pop()
            continue
        if atom in _ZERO_WIDTH:
            k = len(branch) - 1
            while k >= 0 and branch[k][0] in _ZERO_WIDTH:
                k -= 1
            if k >= 0 and _ends_optional(*branch[k]):
                del branch[k + 1 :]
                continue
            break
        g = _group_body(atom, quant)
        if g is not None:
            inner = "|".join(_strip_tail(b) for b in _pieces(g[1]))
            if not inner:
                branch.pop()
                continue
            branch[-1] = (g[0] + inner + ")", "")
        break
    return "".join(a + q for a, q in branch)


_QUANT = re.compile(r"\{(\d+)(,?)(\d*)\}")
# Hyperscan compiles a bounded repeat {m,n} into n states: {0,400} makes a pattern "too large" or minutes to
# compile. The database only selects patterns, so a looser repeat (a superset) costs nothing in precision.
_MAX_BOUND = 24


def _relax_quantifier(lo: int, comma: str, hi: str) -> str:
    if not comma:  # {n}
        return f"{{{lo}}}" if lo <= _MAX_BOUND else f"{{{_MAX_BOUND},}}"
    lo2 = min(lo, _MAX_BOUND)
    if not hi:  # {m,}
        return f"{{{lo2},}}"
    if int(hi) <= _MAX_BOUND:
        return f"{{{lo},{hi}}}"
    return "*" if lo2 == 0 else f"{{{lo2},}}"


def _db_compiles(db_regex: str) -> str | None:
    """Problem text if the database pattern is outside the portable subset (RE2 syntax)."""
    try:
        import re2

        re2.compile(db_regex)
    except ImportError:
        return None
    except Exception as e:  # re2.error and friends
        return str(e)
    return None


_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")
_ESCAPE_WIDTH = {"x": 4, "u": 6, "U": 10}


def _map_literals(regex: str, spell: Callable[[str], str]) -> str:
    """``regex`` with ``spell`` applied to each literal character; escapes (``\\d``, ``\\1``, ``\\x41``), classes,
    quantifier bounds and group names are copied as written."""
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            nxt = regex[i + 1 : i + 2]
            j = i + _ESCAPE_WIDTH.get(nxt, 2)
            while nxt.isdigit() and j < n and regex[j].isdigit():  # a multi-digit back-reference
                j += 1
            out.append(regex[i:j])
            i = j
        elif c == "[":
            j = i + 1
            j += regex[j : j + 1] == "^"
            j += regex[j : j + 1] == "]"
            while j < n and regex[j] != "]":
                j += 2 if regex[j] == "\\" else 1
            out.append(regex[i : j + 1])
            i = j + 1
        elif c == "{" and (m := _QUANTIFIER.match(regex, i)):
            out.append(m.group())
            i = m.end()
        elif c == "(" and regex.startswith(("(?P<", "(?P="), i):
            j = regex.find(">" if regex[i + 3] == "<" else ")", i) + 1 or n
            out.append(regex[i:j])
            i = j
        else:
            out.append(spell(c))
            i += 1
    return "".join(out)


def fold_keyword_digits(regex: str) -> str:
    """``regex`` with its literal digits spelled as the keyword view spells them (it folds leetspeak, so "base64"
    reads "base6a" there and "rot13" "rotie"): a keyword-view pattern is written in plain words and matched in the
    folded view. Escapes, classes, quantifier bounds and group names keep theirs."""
    return _map_literals(regex, lambda c: KEYWORD_DIGITS.get(c, c))


_REGEX_META = frozenset(".^$*+?{}[]\\|()")


def _fold_literal(c: str) -> str:
    f = c if c.isascii() else fold_char(c)
    if f == c:
        return c
    f = "".join("\\" + x if x in _REGEX_META else x for x in f)
    # A following quantifier must still apply to the whole character.
    return f if len(f) == 1 else f"(?:{f})"


def fold_pattern_chars(regex: str) -> str:
    """``regex`` with each literal non-ASCII character outside a class spelled as normalisation leaves it in a text
    (NFKC, look-alikes folded): Thai "ำ" becomes "ํา", Turkish "ı" "i", a full-width "：" ":", Cyrillic "т" "t".
    Rules are matched against the normalised text, where the original characters no longer occur. Classes are
    kept as written (folding a range's end points would change the range)."""
    return regex if regex.isascii() else _map_literals(regex, _fold_literal)


def _parse_pattern(p: Any, path: str, problems: list[str], *, keyword_view: bool = False) -> Pattern | None:
    if isinstance(p, str):
        p = {"regex": p}
    if not isinstance(p, Mapping):
        problems.append(f"{path}: must be a mapping with a regex, got {type(p).__name__}")
        return None
    _unknown(p, _PATTERN_KEYS, path + ".", problems)
    regex = p.get("regex")
    if not isinstance(regex, str) or not regex:
        problems.append(f"{path}.regex: required, a non-empty string")
        return None
    regex = fold_pattern_chars(regex)
    if keyword_view:
        regex = fold_keyword_digits(regex)
        marks = sorted({c for c in regex if unicodedata.category(c) in ("Mn", "Mc", "Me")})
        if marks:
            # The keyword view splits words at every non-alphanumeric character, combining marks included, so a
            # Devanagari, Bengali or Thai word never occurs in it whole and such a pattern could never match.
            problems.append(f"{path}.regex: has combining marks ({' '.join(f'U+{ord(c):04X}' for c in marks)}), "
                            "which the keyword view splits words at: set keyword_view: false on this rule")
            return None
    ok = True
    try:
        compiled = re.compile(regex, re.ASCII)
    except re.error as e:
        problems.append(f"{path}.regex: does not compile: {e}")
        return None
    score = None
    if "score" in p:
        score = _score(p["score"], f"{path}.score", problems)
        ok = ok and score is not None
    group = p.get("group", 0)
    if isinstance(group, bool) or not isinstance(group, int | str):
        problems.append(f"{path}.group: must be a group number or name, got {group!r}")
        ok = False
    elif isinstance(group, int) and not 0 <= group <= compiled.groups:
        problems.append(f"{path}.group: regex has {compiled.groups} groups, got {group}")
        ok = False
    elif isinstance(group, str) and group not in compiled.groupindex:
        problems.append(f"{path}.group: regex has no group named {group!r}")
        ok = False
    prefilter = p.get("prefilter")
    if prefilter is not None and not isinstance(prefilter, str):
        problems.append(f"{path}.prefilter: must be a string")
        return None
    if prefilter:
        prefilter = fold_pattern_chars(prefilter)
    if keyword_view and prefilter:
        prefilter = fold_keyword_digits(prefilter)
    db_regex = _drop_optional_tail(_strip_lookarounds(prefilter if prefilter else regex))
    err = _db_compiles(db_regex)
    if err is not None:
        problems.append(
            f"{path}.{'prefilter' if prefilter else 'regex'}: not usable by the multi-pattern database "
            f"(RE2 syntax, no back-references): {err}; add a simpler 'prefilter' that matches a superset"
        )
        ok = False
    if not ok:
        return None
    gidx = compiled.groupindex[group] if isinstance(group, str) else group
    matcher = _precise_matcher(regex, compiled)
    takes_bytes = matcher is not compiled and not isinstance(matcher, _LookaroundMatcher)
    return Pattern(regex, compiled, db_regex, score, group, matcher, gidx, takes_bytes)


def _words_re(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alt = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alt})(?![a-z0-9])", re.IGNORECASE)


def _str_list(v: Any, path: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        problems.append(f"{path}: must be a list of non-empty strings")
        return ()
    return tuple(v)


def _parse_context(c: Any, path: str, problems: list[str], *, keyword_view: bool = False) -> ContextSpec | None:
    if not isinstance(c, Mapping):
        problems.append(f"{path}: must be a mapping")
        return None
    _unknown(c, _CONTEXT_KEYS, path + ".", problems)
    words = _str_list(c.get("words", []), f"{path}.words", problems)
    negative = _str_list(c.get("negative", []), f"{path}.negative", problems)
    if keyword_view:  # read in the keyword view, as its patterns: "base64" is "base6a" there
        words = tuple(dict.fromkeys(w.translate(KEYWORD_DIGITS_TABLE) for w in words))
        negative = tuple(dict.fromkeys(w.translate(KEYWORD_DIGITS_TABLE) for w in negative))
    window = c.get("window", 48)
    if isinstance(window, bool) or not isinstance(window, int) or window <= 0:
        problems.append(f"{path}.window: must be a positive integer, got {window!r}")
        window = 48
    boost = _score(c.get("boost", 0.2), f"{path}.boost", problems) or 0.0
    penalty = _score(c.get("penalty", 0.4), f"{path}.penalty", problems) or 0.0
    # Negative words are often only telling right next to the value ("version 1.2.3.4"); default: same window.
    neg_window = c.get("negative_window", window)
    if isinstance(neg_window, bool) or not isinstance(neg_window, int) or neg_window <= 0:
        problems.append(f"{path}.negative_window: must be a positive integer, got {neg_window!r}")
        neg_window = window
    return ContextSpec(words, window, boost, negative, penalty, neg_window, _words_re(words), _words_re(negative))


def _parse_rule(r: Any, path: str, seen: set[str], problems: list[str]) -> Rule | None:
    if not isinstance(r, Mapping):
        problems.append(f"{path}: must be a mapping")
        return None
    before = len(problems)
    _unknown(r, _RULE_KEYS, path + ".", problems)
    rid = r.get("id")
    if not isinstance(rid, str) or not _RULE_ID.match(rid):
        problems.append(f"{path}.id: required, dotted lower-case like 'secrets.aws_access_key_id', got {rid!r}")
        rid = ""
    elif rid in seen:
        problems.append(f"{path}.id: duplicate rule id {rid!r}")
    seen.add(rid)
    for key in ("detector", "category"):
        if not isinstance(r.get(key), str) or not r.get(key):
            problems.append(f"{path}.{key}: required, a non-empty string")
    entity = r.get("entity", "")
    if not isinstance(entity, str):
        problems.append(f"{path}.entity: must be a string")
    sev = _SEVERITIES.get(str(r.get("severity", "")).lower())
    if sev is None:
        problems.append(f"{path}.severity: must be one of {', '.join(_SEVERITIES)}, got {r.get('severity')!r}")
    score = _score(r.get("score"), f"{path}.score", problems)
    kv = r.get("keyword_view", False)
    if not isinstance(kv, bool):
        problems.append(f"{path}.keyword_view: must be true or false")
    raw_patterns = r.get("patterns")
    patterns: list[Pattern] = []
    if not isinstance(raw_patterns, list) or not raw_patterns:
        problems.append(f"{path}.patterns: required, a non-empty list")
    else:
        for j, p in enumerate(raw_patterns):
            pat = _parse_pattern(p, f"{path}.patterns[{j}]", problems, keyword_view=kv is True)
            if pat is not None:
                patterns.append(pat)
    validator = r.get("validator", "") or ""
    vargs = r.get("validator_args", {}) or {}
    if not isinstance(vargs, Mapping):
        problems.append(f"{path}.validator_args: must be a mapping")
        vargs = {}
    if validator:
        if not isinstance(validator, str):
            problems.append(f"{path}.validator: must be a validator name")
        else:
            err = check_args(validator, dict(vargs))
            if err is not None:
                problems.append(f"{path}.validator: {err}")
    elif vargs:
        problems.append(f"{path}.validator_args: given without a validator")
    context = None
    if "context" in r:
        context = _parse_context(r["context"], f"{path}.context", problems, keyword_view=kv is True)
    min_score = 0.0
    if "min_score" in r:
        min_score = _score(r["min_score"], f"{path}.min_score", problems) or 0.0
    applies: frozenset[MessageKind] = _ALL_KINDS
    if "applies_to" in r:
        kinds = _str_list(r["applies_to"], f"{path}.applies_to", problems)
        known = {k.value: k for k in MessageKind}
        bad = [k for k in kinds if k not in known]
        if bad:
            problems.append(f"{path}.applies_to: unknown message kinds {bad} (known: {', '.join(known)})")
        applies = frozenset(known[k] for k in kinds if k in known)
    tags = r.get("tags", {}) or {}
    if not isinstance(tags, Mapping):
        problems.append(f"{path}.tags: must be a mapping")
        tags = {}
    if len(problems) != before or sev is None or score is None:
        return None
    return Rule(
        id=rid, detector=r["detector"], category=r["category"], severity=sev, score=score,
        patterns=tuple(patterns), entity=entity, keyword_view=kv, validator=validator,
        validator_args=dict(vargs), context=context, min_score=min_score, applies_to=applies, tags=dict(tags),
    )


def _parse_pack(data: Any, problems: list[str]) -> tuple[str, int, tuple[Rule, ...]] | None:
    if not isinstance(data, Mapping):
        problems.append("pack: the file must be a mapping with pack, version and rules")
        return None
    _unknown(data, _PACK_KEYS, "", problems)
    name = data.get("pack")
    if not isinstance(name, str) or not name:
        problems.append("pack: required, a non-empty string")
        name = ""
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(f"version: must be an integer >= 1, got {version!r}")
        version = 0
    raw = data.get("rules")
    rules: list[Rule] = []
    if not isinstance(raw, list) or not raw:
        problems.append("rules: required, a non-empty list")
        return None
    seen: set[str] = set()
    for i, r in enumerate(raw):
        rule = _parse_rule(r, f"rules[{i}]", seen, problems)
        if rule is not None:
            rules.append(Rule(**{**_rule_fields(rule), "pack": name}))
    return name, version, tuple(rules)


def _rule_fields(rule: Rule) -> dict[str, Any]:
    return {f: getattr(rule, f) for f in Rule.__dataclass_fields__}


# ---------------------------------------------------------------------------------------------- backends


class _Backend(Protocol):
    name: str

    def matched(self, text: str) -> list[int]: ...


class _HyperscanBackend:
    """Two databases of the same patterns: one in UTF-8 mode, and one in byte mode for ASCII texts (most texts).

    On ASCII input a pattern's non-ASCII parts can never match, and in UTF-8 mode they still cost: a Unicode
    class such as ``[A-ZÀ-ÖØ-Þ…]`` becomes a multi-byte automaton. The ASCII database holds each pattern's ASCII
    projection (:func:`_ascii_projection`), which matches exactly what the pattern matches on ASCII input; byte
    mode also drops the UTF-8 decoding of classes and ``.``. About 3 us of ~24 per 1.5 KB text.
    """

    name = "hyperscan"

    def __init__(self, regexes: Sequence[str], compiles: _Compiles | None = None) -> None:
        import hyperscan

        base = hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY
        exprs: list[bytes] = []
        flags: list[int] = []
        ascii_exprs: list[bytes] = []
        ascii_flags: list[int] = []
        for rx in regexes:
            body, extra = _inline_flags(rx, hyperscan)
            if extra & hyperscan.HS_FLAG_MULTILINE and body.startswith("^"):
                # The same places, spelled without the multiline anchor: with several "(?m)^" patterns in one
                # database, Hyperscan (UTF-8 mode especially) missed "^[SYSTEM] ..." lines that RE2 finds (12 of
                # the 15 dev texts where the engines disagreed). The precise regex still decides in _confirm.
                body = "(?:^|\n)" + body[1:]
            exprs.append(body.encode("utf-8"))
            flags.append(base | extra | hyperscan.HS_FLAG_UTF8)
            # Multiline-anchored patterns stay in UTF-8 mode: in byte mode Hyperscan missed "^[SYSTEM] Help …" after
            # a table (caseless + multiline), alone in its database, where UTF-8 mode and RE2 find it.
            projected = None if extra & hyperscan.HS_FLAG_MULTILINE else _ascii_projection(body)
            if projected is None:  # a class this walk does not read: the UTF-8 pattern is exact on ASCII too
                ascii_exprs.append(exprs[-1])
                ascii_flags.append(flags[-1])
            else:
                ascii_exprs.append(projected.encode("ascii"))
                ascii_flags.append(base | extra)
        self._regexes = regexes
        self._always: tuple[int, ...] = ()
        jobs = [(exprs, flags), (ascii_exprs, ascii_flags)]
        if compiles is None:
            self._ready([_compile_cached(e, f, hyperscan) for e, f in jobs])
        else:
            compiles.submit(jobs, self._ready)

    def _ready(self, dbs: list[tuple[Any, str]]) -> None:
        """Take the compiled databases (with their serialised bytes' digests) and check them."""
        (self._db, digest), (self._ascii_db, ascii_digest) = dbs
        # Patterns these databases were seen to miss (processors/_hs_selfcheck.py): candidates for every text, so
        # the precise regex decides them. Checked once per compile; the verdict is cached under the digest of the
        # serialised databases, which holds the Hyperscan version and the CPU features they were compiled for, so
        # a database compiled afresh (another version, another CPU) is checked afresh.
        key = repr((_HS_CACHE_VERSION, _hs_selfcheck.VERSION, list(self._regexes), digest, ascii_digest))
        self._always = _unreliable_cached(hashlib.sha256(key.encode()).hexdigest()[:32], self._regexes, self._scan)

    def _scan(self, text: str) -> list[int]:
        hits: list[int] = []
        if text.isascii():
            self._ascii_db.scan(text.encode("ascii"), match_event_handler=_on_match, context=hits)
        else:
            self._db.scan(text.encode("utf-8", "replace"), match_event_handler=_on_match, context=hits)
        return hits

    def matched(self, text: str) -> list[int]:
        hits = self._scan(text)
        if self._always:
            hits.extend(self._always)
        return hits


def _unreliable_cached(digest: str, regexes: Sequence[str], scan: Callable[[str], list[int]]) -> tuple[int, ...]:
    name = f"hs-{digest}.unreliable.json"
    cached = _cache_read(name)
    if cached is not None:
        with contextlib.suppress(ValueError, TypeError):
            ids = json.loads(cached)
            if isinstance(ids, list) and all(isinstance(i, int) and 0 <= i < len(regexes) for i in ids):
                return tuple(ids)
    found = tuple(_hs_selfcheck.unreliable(regexes, scan))
    if found:
        _log.info("hyperscan missed sampled matches of %d pattern(s); the precise regex checks them on every "
                  "text: %s", len(found), ", ".join(regexes[i][:60] for i in found))
    _cache_write(name, json.dumps(list(found)).encode())
    return found


def _db_digest(exprs: list[bytes], flags: list[int]) -> str:
    return hashlib.sha256(repr((_HS_CACHE_VERSION, exprs, flags)).encode()).hexdigest()[:32]


def _from_bytes(data: bytes, hyperscan: Any) -> tuple[Any, str]:
    """A serialised database, loaded with its own scratch space (so rule sets on other threads never share one),
    and the digest of its bytes."""
    db = hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
    # loadb leaves the scratch unallocated; allocating it refuses a database of another Hyperscan version or for
    # CPU features this machine lacks.
    db.scratch = hyperscan.Scratch(db)
    return db, hashlib.sha256(data).hexdigest()


def _load_cached(digest: str, hyperscan: Any) -> tuple[Any, str] | None:
    cached = _cache_read(f"hs-{digest}.db")
    if cached is None:
        return None
    try:
        return _from_bytes(cached, hyperscan)
    except (hyperscan.error, TypeError, ValueError):
        return None  # stale or foreign file: compile afresh and overwrite it


def _compile_bytes(digest: str, exprs: list[bytes], flags: list[int], hyperscan: Any) -> bytes:
    """Compile a block-mode database of ``exprs``, store its serialised form in the cache directory, return it."""
    db = hyperscan.Database()
    ids = list(range(len(exprs)))
    try:
        db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    except hyperscan.error:
        # Some RE2-valid constructs exceed Hyperscan's limits; compile those as prefilters (superset). What even a
        # prefilter cannot express (an anchor inside a user pack's pattern) becomes an empty pattern: a candidate
        # in every text, so the precise regex decides, rather than a rule set that fails to load.
        # Finding them compiles every pattern alone, a cost paid on each cold start (~25 s for one built-in pattern
        # in session 17), so the log names them: a rule 'prefilter' avoids the retry.
        exprs, flags = list(exprs), list(flags)
        for i, (e, f) in enumerate(zip(exprs, flags, strict=True)):
            if not _hs_fails(e, f, hyperscan):
                continue
            _log.warning("hyperscan cannot compile pattern %r as written; it selects as a prefilter or for every text "
                         "instead. Give its rule a simpler 'prefilter' to speed up cold starts", e[:80])
            if _hs_fails(e, f | hyperscan.HS_FLAG_PREFILTER, hyperscan):
                exprs[i], flags[i] = b"", hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY
            else:
                flags[i] = f | hyperscan.HS_FLAG_PREFILTER
        db = hyperscan.Database()
        db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    data = bytes(hyperscan.dumpb(db))
    _cache_write(f"hs-{digest}.db", data)
    return data


def _compile_cached(exprs: list[bytes], flags: list[int], hyperscan: Any) -> tuple[Any, str]:
    """A block-mode database of ``exprs``, and the digest of its serialised form; compiled once, then loaded from
    the cache directory. On the calling thread."""
    # Compiling a few hundred patterns takes seconds; a serialised database loads in milliseconds.
    digest = _db_digest(exprs, flags)
    loaded = _load_cached(digest, hyperscan)
    if loaded is not None:
        return loaded
    return _from_bytes(_compile_bytes(digest, exprs, flags, hyperscan), hyperscan)


# Hyperscan compiles run on worker threads: the binding releases the GIL while compiling, so on an empty cache a
# rule set's databases (24, ~110 s of compile on one core) build side by side. Bounded, because each compile holds
# its own working memory.
_COMPILE_THREADS = max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1))
_COMPILE_SLOTS = threading.BoundedSemaphore(_COMPILE_THREADS)
# Background compiles (a sidecar serving on RE2 meanwhile) run one at a time: RE2's sets and the scans need memory
# and a core too, and the compile's own time no longer delays anything.
_BACKGROUND_SLOT = threading.BoundedSemaphore(1)
# Compiles under way in this process, by database digest: rule sets built while one is running (one per thread,
# or one per detect config) wait for it instead of compiling the same patterns again. Cleared when each ends.
_INFLIGHT: dict[str, Future[bytes]] = {}
_INFLIGHT_LOCK = threading.Lock()
# Niceness of a background compile's thread (Linux sets it per thread): serving, and the agent next to the
# sidecar, come first while spanwatch scans with RE2.
_BACKGROUND_NICE = 10


def _compile_shared(digest: str, exprs: list[bytes], flags: list[int], hyperscan: Any, *,
                    background: bool) -> tuple[Any, str] | Future[bytes]:
    """The database of ``exprs`` from the cache, else its serialised form compiled once per process on a daemon
    thread: a process stopped mid-compile (SIGTERM during a cold start) exits at once instead of finishing a
    database nobody will scan."""
    with _INFLIGHT_LOCK:
        fut = _INFLIGHT.get(digest)
        if fut is None:
            # Looked up under the lock: a compile writes the cache before it leaves _INFLIGHT, so a database that
            # finished since the caller last looked is loaded, not compiled a second time.
            loaded = _load_cached(digest, hyperscan)
            if loaded is not None:
                return loaded
            fut = _INFLIGHT[digest] = Future()
            threading.Thread(target=_compile_job, args=(fut, digest, (exprs, flags), hyperscan, background),
                             name="spanwatch-hs-compile", daemon=True).start()
    return fut


def _compile_job(fut: Future[bytes], digest: str, job: tuple[list[bytes], list[int]], hyperscan: Any,
                 background: bool) -> None:
    exprs, flags = job
    with _BACKGROUND_SLOT if background else contextlib.nullcontext(), _COMPILE_SLOTS:
        if background and hasattr(os, "setpriority"):
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _BACKGROUND_NICE)
        try:
            fut.set_result(_compile_bytes(digest, exprs, flags, hyperscan))
        except BaseException as exc:  # handed to whoever waits on the future
            fut.set_exception(exc)
        finally:
            with _INFLIGHT_LOCK:
                _INFLIGHT.pop(digest, None)
            # A compile's working memory (up to ~200 MiB for the largest database) stays in the heap after it is
            # freed: without this the 24 built-in databases took the process to ~1 GiB, with it ~400 MiB at most.
            return_freed_memory()


class _NotCachedError(Exception):
    """A database of the rule set is not in the cache directory (raised by a cache-only :class:`_Compiles`)."""


class _Compiles:
    """Databases loaded from the cache or compiled on worker threads (:func:`_compile_shared`); each backend's
    self-check runs on the calling thread as soon as its databases are ready, while the workers compile the next
    ones. A context manager: leaving the block waits for every backend submitted in it (and re-raises a compile
    error).

    ``cached_only``: ``submit`` raises :class:`_NotCachedError` for a database the cache does not hold, compiling
    nothing. ``background``: the compiles run at a lower CPU priority.
    """

    def __init__(self, *, cached_only: bool = False, background: bool = False) -> None:
        self._cached_only = cached_only
        self._background = background
        self._pending: list[tuple[list[tuple[Any, str] | Future[bytes]],
                                  Callable[[list[tuple[Any, str]]], None]]] = []

    def submit(self, jobs: Sequence[tuple[list[bytes], list[int]]],
               ready: Callable[[list[tuple[Any, str]]], None]) -> None:
        """Compile ``jobs`` (expressions, flags); ``ready`` takes the databases, in order, on the calling thread."""
        import hyperscan

        dbs: list[tuple[Any, str] | Future[bytes]] = []
        for exprs, flags in jobs:
            digest = _db_digest(exprs, flags)
            if self._cached_only:
                loaded = _load_cached(digest, hyperscan)
                if loaded is None:
                    raise _NotCachedError(digest)
                dbs.append(loaded)
            else:
                dbs.append(_compile_shared(digest, exprs, flags, hyperscan, background=self._background))
        self._pending.append((dbs, ready))

    def __enter__(self) -> _Compiles:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is not None:
            return  # the compiles under way finish into the cache; the next start loads them
        import hyperscan

        for dbs, ready in self._pending:
            ready([_from_bytes(d.result(), hyperscan) if isinstance(d, Future) else d for d in dbs])


_NEVER_ASCII = r"\xff"  # in byte mode: a byte no ASCII text contains
_ESCAPE_CODES = {"t": 9, "n": 10, "v": 11, "f": 12, "r": 13}


def _ascii_projection(regex: str) -> str | None:
    """``regex`` for byte mode and ASCII input: the same matches there as ``regex`` in UTF-8 mode.

    Non-ASCII characters leave classes (a range is cut at ``\\x7f``); outside classes they become a byte that
    ASCII text never holds, so a branch that needs one never matches, as before. None when a class holds
    something this walk does not read (the caller keeps the UTF-8 pattern).
    """
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            out.append(regex[i : i + 2])
            i += 2
        elif c == "[":
            end = _class_end(regex, i)
            cls = _ascii_class(regex[i:end])
            if cls is None:
                return None
            out.append(cls)
            i = end
        else:
            out.append(c if c.isascii() else _NEVER_ASCII)
            i += 1
    return "".join(out)


def _ascii_class(cls: str) -> str | None:
    negated = cls.startswith("[^")
    atoms = _class_atoms(cls[2 if negated else 1 : -1])
    kept: list[str] = []
    k = 0
    while k < len(atoms):
        if k + 2 < len(atoms) and atoms[k + 1] == "-":
            lo, hi = _atom_code(atoms[k]), _atom_code(atoms[k + 2])
            if lo is None or hi is None:
                return None
            if lo < 0x80:
                top = atoms[k + 2] if hi < 0x80 else r"\x7f"
                kept.append(f"{atoms[k]}-{top}")
            k += 3
            continue
        code = _atom_code(atoms[k])
        if code is None or code < 0x80:  # None: a class escape such as \\d or \\s, ASCII in both modes
            kept.append(atoms[k])
        k += 1
    if not kept:  # only non-ASCII members: the class never matches ASCII, or (negated) matches all of it
        return r"[\x00-\x7f]" if negated else _NEVER_ASCII
    return ("[^" if negated else "[") + "".join(kept) + "]"


def _class_atoms(body: str) -> list[str]:
    atoms: list[str] = []
    j = 0
    while j < len(body):
        step = 4 if body.startswith("\\x", j) else 2 if body[j] == "\\" else 1
        atoms.append(body[j : j + step])
        j += step
    return atoms


def _atom_code(atom: str) -> int | None:
    """The code point a class atom stands for; None for class escapes (\\d, \\w, \\s …)."""
    if len(atom) == 1:
        return ord(atom)
    if atom.startswith("\\x"):
        try:
            return int(atom[2:], 16)
        except ValueError:
            return None
    if atom[1] in _ESCAPE_CODES:
        return _ESCAPE_CODES[atom[1]]
    return ord(atom[1]) if not atom[1].isalnum() else None


_HS_CACHE_VERSION = 1
_log = logging.getLogger(__name__)
CACHE_ENV = "SPANWATCH_CACHE_DIR"


def _cache_dir() -> Path | None:
    """``$SPANWATCH_CACHE_DIR`` (empty disables), else ``$XDG_CACHE_HOME/spanwatch`` or ``~/.cache/spanwatch``."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "spanwatch"


def _cache_read(name: str) -> bytes | None:
    d = _cache_dir()
    if d is None:
        return None
    try:
        data = (d / name).read_bytes()
    except OSError:
        return None
    with contextlib.suppress(OSError):
        os.utime(d / name)  # recently used: pruning removes the least recently used databases first
    return data


# Compiled databases kept in the cache directory. Every edit of a rule pack compiles new ones (a rule set has up
# to four, ~3 MB each); without a bound the directory only grows.
CACHE_KEEP = 32


def _cache_prune(d: Path) -> None:
    """Remove all but the ``CACHE_KEEP`` most recently used databases, and as many self-check verdicts (best
    effort)."""
    try:
        for kind in ("hs-*.db", "hs-*.unreliable.json"):
            files = sorted(d.glob(kind), key=lambda f: f.stat().st_mtime, reverse=True)
            for f in files[CACHE_KEEP:]:
                f.unlink(missing_ok=True)
    except OSError:
        return


def _cache_prepare() -> None:
    """Create the cache directory now and warn if it cannot be written, rather than after a minute of compiling
    (best effort, like every cache write)."""
    d = _cache_dir()
    if d is None:
        return
    try:
        d.mkdir(parents=True, exist_ok=True)
        probe = d / f".probe.{os.getpid()}.{threading.get_ident()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        _log.warning("the rule cache directory %s is not writable (%s): every start compiles the Hyperscan "
                     "databases again; set $%s to a writable directory", d, e.strerror or e, CACHE_ENV)


def _cache_write(name: str, data: bytes) -> None:
    """Best effort: a read-only or full disk only costs the next start-up a compile."""
    d = _cache_dir()
    if d is None:
        return
    try:
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, d / name)  # atomic: concurrent processes never read a half-written file
    except OSError:
        return
    _cache_prune(d)


def _on_match(pid: int, start: int, end: int, flags: int, context: object) -> None:
    context.append(pid)  # type: ignore[attr-defined]  # always the list passed to scan()


def _hs_fails(expr: bytes, flags: int, hyperscan: Any) -> bool:
    try:
        db = hyperscan.Database()
        db.compile(expressions=[expr], ids=[0], elements=1, flags=[flags])
    except hyperscan.error:
        return True
    return False


_LEADING_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


def _inline_flags(rx: str, hyperscan: Any) -> tuple[str, int]:
    """Hyperscan wants leading ``(?ims)`` as compile flags."""
    m = _LEADING_FLAGS.match(rx)
    if m is None:
        return rx, 0
    extra = 0
    for ch in m.group(1):
        extra |= {"i": hyperscan.HS_FLAG_CASELESS, "s": hyperscan.HS_FLAG_DOTALL,
                  "m": hyperscan.HS_FLAG_MULTILINE}.get(ch, 0)
    return rx[m.end():], extra


_RE2_SET_MEMORY = 16 << 20
_RE2_SET_MEMORY_MAX = 1 << 30


class _Re2Backend:
    name = "re2"

    def __init__(self, regexes: Sequence[str]) -> None:
        import re2

        # A set's memory budget holds its program and then its DFA cache, which fills as texts are scanned; when
        # full the DFA starts afresh (a set's DFA never gives up). At 256 MiB the 12 sets of the built-in packs held
        # ~1 GiB after 6,000 dev texts; at 16 MiB the process plateaus at ~250 MiB, scanning ~30 % slower. A set
        # whose program does not fit (8 MiB was too small for the 840-pattern keyword set) gets twice as much.
        max_mem = _RE2_SET_MEMORY
        while True:
            opts = re2.Options()
            opts.max_mem = max_mem
            self._set = re2.Set.SearchSet(opts)
            for rx in regexes:
                self._set.Add(rx)
            try:
                self._set.Compile()
                return
            except re2.error:
                if max_mem >= _RE2_SET_MEMORY_MAX:
                    raise
                max_mem *= 2

    def matched(self, text: str) -> list[int]:
        return self._set.Match(text) or []


class _NoBackend:
    name = "none"

    def matched(self, text: str) -> list[int]:
        return []


class _ContextOnDemand:
    """The pattern database, and the context-word database only for texts where a pattern that needs one hit.

    Context-word entries exist for patterns that cannot be reported without a context word nearby (see
    :func:`_build_table`); their word lists are long lists of common words, about a sixth of the database's
    cost, and they only matter when one of those patterns matched, which few texts make happen. Same ids as
    one database of both: the patterns' ids, then the context entries' ids after them.
    """

    def __init__(self, patterns: _Backend, context: _Backend, offset: int, needs_context: frozenset[int]) -> None:
        self.name = patterns.name
        self._patterns = patterns
        self._context = context
        self._offset = offset
        self._needs_context = needs_context

    def matched(self, text: str) -> list[int]:
        ids = self._patterns.matched(text)
        if ids and not self._needs_context.isdisjoint(ids):
            ids.extend(self._offset + i for i in self._context.matched(text))
        return ids


def _selection(table: Sequence[_TableEntry], regexes: Sequence[str], engine: str, compiles: _Compiles | None
               ) -> _Backend:
    """The database(s) selecting candidate patterns of ``table`` (``regexes``: its patterns, then its context
    entries)."""
    n = len(table)
    if len(regexes) == n:
        return _make_backend(regexes, engine, compiles)
    needs = frozenset(pid for pid, (_, _, ctx_pid) in enumerate(table) if ctx_pid >= 0)
    return _ContextOnDemand(_make_backend(regexes[:n], engine, compiles),
                            _make_backend(regexes[n:], engine, compiles), n, needs)


class _Mapped:
    """A database over a subset of a table, reporting the table's ids (its local ids mapped back)."""

    def __init__(self, backend: _Backend, ids: Sequence[int]) -> None:
        self.name = backend.name
        self._backend = backend
        self._ids = tuple(ids)

    def matched(self, text: str) -> list[int]:
        ids = self._ids
        return [ids[i] for i in self._backend.matched(text)]


# Kinds scanned by a database of their own patterns only. A model's reply is the commonest text after the user's
# prompt, and only the data rules (PII, secrets, leakage) apply to it: scanned by the prompt and data databases
# it paid for ~1,000 patterns to use ~470 (~40 -> ~20 us per dev text), for ~10 % more compile time. A tool
# definition is read by a pack of its own (tool poisoning), whose patterns would otherwise be scanned on every tool
# result too.
_OWN_DATABASE_KINDS = (MessageKind.ASSISTANT, MessageKind.TOOL_DEFINITION)


class _KindSplit:
    """A table's patterns (text or keyword view) in two databases: those that apply to user prompts, and those
    that only apply to other kinds (the indirect-injection pack: tool results and documents). A user prompt is
    scanned by the first database only, so data-only patterns cost it nothing; a tool result is scanned by both.
    Same ids as one database of the whole table, so the confirm pass sees the same candidates in the same order.
    The kinds of _OWN_DATABASE_KINDS have a third database holding just the patterns that apply to them: the
    candidates the two would give minus patterns that cannot apply, which the confirm pass drops anyway. Patterns
    that apply to those kinds only are kept out of the second database (a tool result never scans the tool-definition
    pack) and held in a fourth, read only when every candidate of the table is asked for.
    """

    def __init__(self, table: Sequence[_TableEntry], regexes: Sequence[str], engine: str,
                 compiles: _Compiles | None = None) -> None:
        own_kinds = frozenset(_OWN_DATABASE_KINDS)
        prompt = [pid for pid, (rule, _, _) in enumerate(table) if MessageKind.USER in rule.applies_to]
        others = [pid for pid, (rule, _, _) in enumerate(table) if MessageKind.USER not in rule.applies_to]
        rest = [pid for pid in others if not table[pid][0].applies_to <= own_kinds]
        own_only = [pid for pid in others if table[pid][0].applies_to <= own_kinds]
        self.name = engine
        self._prompt = self._subset(table, regexes, prompt, engine, compiles)
        self._rest = self._subset(table, regexes, rest, engine, compiles) if rest else None
        self._own_only = self._subset(table, regexes, own_only, engine, compiles) if own_only else None
        self._rest_kinds = frozenset(k for pid in rest for k in table[pid][0].applies_to)
        # None when every pattern applies to the kind: the whole table's databases are then its own.
        self._own: dict[MessageKind, _Backend | None] = {}
        for kind in _OWN_DATABASE_KINDS:
            pids = [pid for pid, (rule, _, _) in enumerate(table) if kind in rule.applies_to]
            self._own[kind] = self._subset(table, regexes, pids, engine, compiles) if len(pids) < len(table) else None

    @staticmethod
    def _subset(table: Sequence[_TableEntry], regexes: Sequence[str], pids: list[int], engine: str,
                compiles: _Compiles | None) -> _Backend:
        """A selection (patterns, then the context-word entries they need) over ``pids``, in table ids."""
        ctx_global = sorted({table[pid][2] for pid in pids if table[pid][2] >= 0})
        local_ctx = {g: len(pids) + i for i, g in enumerate(ctx_global)}
        local = [(table[pid][0], table[pid][1], local_ctx.get(table[pid][2], -1)) for pid in pids]
        local_regexes = [regexes[pid] for pid in pids] + [regexes[g] for g in ctx_global]
        return _Mapped(_selection(local, local_regexes, engine, compiles), pids + ctx_global)

    def matched(self, text: str) -> list[int]:
        """Every candidate of the whole table, as for a kind every rule applies to."""
        ids = self._prompt.matched(text)
        for db in (self._rest, self._own_only):
            if db is not None:
                ids.extend(db.matched(text))
        return ids

    def matched_for(self, text: str, kind: MessageKind) -> list[int]:
        """The candidates that can matter for ``kind``: the second database only for kinds its rules apply to."""
        if kind in self._own:
            own = self._own[kind]
            return self.matched(text) if own is None else own.matched(text)
        ids = self._prompt.matched(text)
        if self._rest is not None and kind in self._rest_kinds:
            ids.extend(self._rest.matched(text))
        return ids


def _make_backend(regexes: Sequence[str], engine: str, compiles: _Compiles | None = None) -> _Backend:
    if not regexes:
        return _NoBackend()
    if engine == "hyperscan":
        return _HyperscanBackend(regexes, compiles)
    if engine == "re2":
        return _Re2Backend(regexes)
    raise ValueError(f"regex engine must be auto, hyperscan or re2, got {engine!r}")


def _choose_engine(engine: str) -> str:
    if engine == "auto":
        engine = os.environ.get(ENGINE_ENV, "auto") or "auto"
    if engine == "auto":
        try:
            import hyperscan  # noqa: F401
        except ImportError:
            return "re2"
        return "hyperscan"
    return engine


# ---------------------------------------------------------------------------------------------- precise spans

_TableEntry = tuple[Rule, Pattern, int]

# How a table entry's precise regex is run (see _plan): RE2 alone, RE2 finder + ``re`` confirm, ``re`` alone,
# RE2 finder that also checks a leading look-behind + ``re`` confirm.
_MODE_RE2, _MODE_FOUND, _MODE_RE, _MODE_FOUND_LB = 0, 1, 2, 3

try:
    from re2 import _re2

    _UNANCHORED: Any = _re2.RE2.Anchor.UNANCHORED
    _bytes_to_chars: Any = _re2.BytesToCharLen
    _chars_to_bytes: Any = _re2.CharLenToBytes
except ImportError:  # no RE2: every pattern is confirmed by Python re (_MODE_RE)
    _UNANCHORED = _bytes_to_chars = _chars_to_bytes = None


def _low_level(matcher: Any) -> Any:
    """The ``_re2.RE2`` object inside a ``re2`` wrapper, or None if this ``re2`` build has none.

    The wrapper's ``finditer`` is a Python generator that re-encodes str text and builds a match object per
    hit; calling ``Match`` on the object it wraps, with the same loop, gives the same spans for a fraction of it.
    """
    rx = getattr(matcher, "_regexp", None)
    return rx if _UNANCHORED is not None and callable(getattr(rx, "Match", None)) else None


def _re2_spans(rx: Any, gidx: int, raw: bytes, is_ascii: bool) -> list[tuple[int, int]]:
    """Spans of group ``gidx`` of every match ``re2``'s ``finditer`` yields on the text ``raw`` encodes.

    The wrapper's loop exactly (including its step past an empty match), on bytes; for non-ASCII text byte
    offsets become character offsets incrementally, as the wrapper converts them: they only grow.
    """
    match = rx.Match
    out: list[tuple[int, int]] = []
    pos, n = 0, len(raw)
    if is_ascii:
        while True:
            spans = match(_UNANCHORED, raw, pos, n)
            end = spans[0][1]
            if end < 0:
                return out
            out.append(spans[gidx])
            if pos == n:
                return out
            pos = pos + 1 if pos == end else end
    last_b = last_c = 0
    while True:
        spans = match(_UNANCHORED, raw, pos, n)
        end = spans[0][1]
        if end < 0:
            return out
        s, e = spans[gidx]
        if s >= 0:
            if s < last_b:  # never with the spans RE2 returns; restart rather than count backwards
                last_b = last_c = 0
            last_c += _bytes_to_chars(raw, last_b, s)
            cs = last_c
            last_c += _bytes_to_chars(raw, s, e)
            last_b = e
            out.append((cs, last_c))
        if pos == n:
            return out
        pos = pos + _chars_to_bytes(raw, pos, 1) if pos == end else end


def _found_spans(  # noqa: PLR0917 - private hot-path helper
    finder: Any, exact: re.Pattern[str], gidx: int, text: str, raw: bytes, is_ascii: bool
) -> list[tuple[int, int]]:
    """Spans of group ``gidx`` of :func:`confirmed_finditer`'s matches (same loop, RE2 called directly)."""
    match = finder.Match
    confirm = exact.match
    out: list[tuple[int, int]] = []
    n = len(text)
    if is_ascii:
        pos = 0
        while pos <= n:
            q = match(_UNANCHORED, raw, pos, n)[0][0]
            if q < 0:
                return out
            m = confirm(text, q)
            if m is None:
                pos = q + 1
                continue
            out.append(m.span(gidx))
            e = m.end()
            pos = e if e > q else q + 1
        return out
    nb = len(raw)
    pos = bpos = 0  # the same place in text and in raw (valid UTF-8: RE2's own counters convert)
    while pos <= n:
        qb = match(_UNANCHORED, raw, bpos, nb)[0][0]
        if qb < 0:
            return out
        q = pos + _bytes_to_chars(raw, bpos, qb)
        m = confirm(text, q)
        nxt = m.end() if m is not None and m.end() > q else q + 1
        if m is not None:
            out.append(m.span(gidx))
        if nxt > n:
            return out
        bpos = qb + _chars_to_bytes(raw, qb, nxt - q)
        pos = nxt
    return out


_LEADING_LOOKBEHIND = re.compile(r"\(\?<!(\[(?!\^)(?:\\.|[^\]\\])+\]|\\[wd])\)")


def _lookbehind_finder(regex: str) -> str | None:
    """A finder for a regex that opens with a one-character negative look-behind, ``(?<![C])X``: ``[^C]X``.

    The plain finder drops the look-behind, so inside a run of ``C`` characters (a long digit string for
    ``(?<![\\w-])\\d{9}``, the letters of a word) it proposes every position and ``re`` rejects each one. A
    start ``q > 0`` of the regex has a non-``C`` character before it, so ``[^C]X`` matches from ``q - 1``:
    searched from one character before the search position, its matches end the look-behind's character just
    before every start the plain finder could confirm, in the same order. Start 0 has no character before
    it and is tried directly (:func:`_lookbehind_spans`). None when the regex has another shape, or a
    top-level ``|`` (the look-behind would then only guard the first branch).
    """
    m = _LEADING_LOOKBEHIND.match(regex)
    if m is None or _has_top_level_bar(regex):
        return None
    body = m.group(1)
    negated = "[^" + body[1:] if body.startswith("[") else body.upper()  # \w -> \W, \d -> \D
    return negated + "(?:" + _finder_regex(regex) + ")"


def _has_top_level_bar(regex: str) -> bool:
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(regex, i)
        elif c == "(":
            i = _group_end(regex, i) + 1
        elif c == "|":
            return True
        else:
            i += 1
    return False


def _capture_free(regex: str) -> str:
    """``regex`` with every capturing group made non-capturing: the same overall matches, and RE2 then finds
    them with its DFAs alone (only the match start is wanted from a finder)."""
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            out.append(regex[i : i + 2])
            i += 2
        elif c == "[":
            end = _class_end(regex, i)
            out.append(regex[i:end])
            i = end
        elif c == "(" and not regex.startswith("(?", i):
            out.append("(?:")
            i += 1
        elif regex.startswith("(?P<", i):
            out.append("(?:")
            i = regex.index(">", i) + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


_ASSERTION = re.compile(r"\\[bBAzZ]|[$^]|\(\?<?[=!]")
_NUMBERED_BACKREF = re.compile(r"\\([1-9])")


def _expand_backrefs(regex: str) -> str | None:
    """``regex`` with each back-reference ``\\N`` replaced by group N's own pattern: a superset of ``regex``
    with the same match starts (whatever text the group matched, the copy can match it too), in RE2 syntax.

    None when that is not sure: a named back-reference, or a referenced group that holds an assertion (its copy
    would test it at another place) or a back-reference itself.
    """
    if "(?P=" in regex:
        return None
    bodies: list[str] = []  # pattern of group 1, 2, … by opening order
    out: list[str] = []
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            ref = _NUMBERED_BACKREF.match(regex, i)
            if ref is not None:
                k = int(ref.group(1))
                if k > len(bodies):
                    return None  # a forward reference or one into a group still open
                body = bodies[k - 1]
                if _ASSERTION.search(body) or _NUMBERED_BACKREF.search(body):
                    return None
                out.append("(?:" + body + ")")
            else:
                out.append(regex[i : i + 2])
            i += 2
            continue
        if c == "[":
            end = _class_end(regex, i)
            out.append(regex[i:end])
            i = end
            continue
        if c == "(" and (not regex.startswith("(?", i) or regex.startswith("(?P<", i)):
            inner = i + 1 if not regex.startswith("(?P<", i) else regex.index(">", i) + 1
            bodies.append(regex[inner : _group_end(regex, i)])
        out.append(c)
        i += 1
    return "".join(out)


def _compile_re2(regex: str) -> Any:
    """``regex`` compiled by RE2 with the precise matchers' options, or None outside its syntax."""
    import re2

    opts = re2.Options()
    opts.log_errors = False
    opts.max_mem = 64 << 20
    try:
        return re2.compile(regex, opts)
    except Exception:  # re2.error and friends: the plain finder serves instead
        return None


def _lookbehind_spans(  # noqa: PLR0917 - private hot-path helper
    finder: Any, exact: re.Pattern[str], gidx: int, text: str, raw: bytes, is_ascii: bool
) -> list[tuple[int, int]]:
    """:func:`_found_spans` with a :func:`_lookbehind_finder`: the leftmost start ``q >= pos`` where ``exact``
    matches, every time, so the same matches; the finder's match starts on the character before ``q``."""
    match = finder.Match
    confirm = exact.match
    out: list[tuple[int, int]] = []
    n = len(text)
    m = confirm(text, 0)  # start 0: no character before it for the finder to read
    if m is not None:
        out.append(m.span(gidx))
        e = m.end()
        pos = e if e > 0 else 1
    else:
        pos = 1
    if is_ascii:
        while pos <= n:
            q = match(_UNANCHORED, raw, pos - 1, n)[0][0] + 1
            if q <= 0:
                return out
            m = confirm(text, q)
            if m is None:
                pos = q + 1
                continue
            out.append(m.span(gidx))
            e = m.end()
            pos = e if e > q else q + 1
        return out
    nb = len(raw)
    # pos (characters) and bpos (bytes) mark the same place; the search starts one character before it.
    bpos = _chars_to_bytes(raw, 0, pos)
    while pos <= n:
        back = bpos - 1
        while raw[back] & 0xC0 == 0x80:  # to the lead byte of the character before pos
            back -= 1
        mb = match(_UNANCHORED, raw, back, nb)[0][0]
        if mb < 0:
            return out
        qb = mb + _UTF8_LEN[raw[mb] >> 4]
        q = pos + _bytes_to_chars(raw, bpos, qb)
        m = confirm(text, q)
        nxt = m.end() if m is not None and m.end() > q else q + 1
        if m is not None:
            out.append(m.span(gidx))
        if nxt > n:
            return out
        bpos = qb + _chars_to_bytes(raw, qb, nxt - q)
        pos = nxt
    return out


# Length of a UTF-8 sequence by the high nibble of its lead byte.
_UTF8_LEN = (1,) * 12 + (2, 2, 3, 4)


def _entry_spans(  # noqa: PLR0917 - private hot-path helper
    mode: int, rx: Any, matcher: Any, gidx: int, text: str, raw: bytes | None, is_ascii: bool
) -> list[tuple[int, int]]:
    """Group ``gidx`` spans of ``matcher.finditer(text)``, found as ``mode`` says. ``raw``: ``text`` in UTF-8,
    None when RE2 must not read it (then the wrapper or ``re`` runs, as before: lone surrogates)."""
    if raw is not None:
        if mode == _MODE_RE2:
            return _re2_spans(rx, gidx, raw, is_ascii)
        if mode == _MODE_FOUND:
            return _found_spans(rx, matcher, gidx, text, raw, is_ascii)
        if mode == _MODE_FOUND_LB:
            return _lookbehind_spans(rx, matcher, gidx, text, raw, is_ascii)
    return [m.span(gidx) for m in matcher.finditer(text)]


@functools.lru_cache(maxsize=1024)
def _context_finder(words: tuple[str, ...]) -> Any:
    """RE2 answering "is a context word in this window" (``_words_re(words).search``) on ASCII windows, or None:
    one regex for a search from the text's (or window's) start, one for a search from one character early.

    Python ``re`` tries the look-behind and the word alternation at every position of the window (up to 18 µs
    for a 400-character one); RE2 reads it once. ``(?:^|[^a-z0-9])`` is the look-behind read as a character:
    given the window itself it sees the window's start as ``re`` does, and given the text with the search
    starting one character early it sees the character before the window, as ``re``'s look-behind does with
    ``pos``. ``(?:[^a-z0-9]|$)`` likewise for the look-ahead, on text cut at the window's end (``re``'s
    ``endpos``). On ASCII text and ASCII words ``re.IGNORECASE`` is ASCII case folding, RE2's ``(?i)`` there;
    a non-ASCII word can never match ASCII text, unless one of its characters folds onto an ASCII one (``ſ``,
    the Kelvin sign), and then RE2 is not used at all.
    """
    if not words or _UNANCHORED is None:
        return None
    kept: list[str] = []
    for w in words:
        low = w.lower()
        if low.isascii():
            kept.append(re.escape(low).replace("\\ ", " "))
        elif any(_folds_to_ascii(c) for c in low if not c.isascii()):
            return None
    alt = "|".join(kept) if kept else r"[^\x00-\x7f]"  # no ASCII word: never matches ASCII text
    at_start = _compile_re2(f"(?i)(?:^|[^a-z0-9])(?:{alt})(?:[^a-z0-9]|$)")
    # Searched from one character early, the word must not start there: that character is only looked at.
    early = _compile_re2(f"(?i)[^a-z0-9](?:{alt})(?:[^a-z0-9]|$)")
    if at_start is None or early is None:
        return None
    pair = (_low_level(at_start), _low_level(early))
    return pair if None not in pair else None


def _window_end(text: str | bytes, end: int) -> int:
    """``end`` moved past the rest of a word it cuts (at most 40 characters): a window ending inside "rowing" must
    not read "row" as a context word, any more than one starting inside "tomorrow" may."""
    stop = min(len(text), end + 40)
    while end < stop and text[end : end + 1].isalnum():
        end += 1
    return end


def _near(finder: Any, raw: bytes, s: int, e: int, window: int) -> bool:
    """``words_re.search(text, s - window, s) or words_re.search(text, e, _window_end(text, e + window))`` on
    ASCII ``raw`` (context or negative words): the text cut at the window's end, searched from one character early,
    whose character is only the look-behind's, so a word either edge of the window cuts is not read."""
    at_start, early = finder
    lo = max(0, s - window)
    before = raw[:s]
    if (early.Match(_UNANCHORED, before, lo - 1, s) if lo else at_start.Match(_UNANCHORED, before, 0, s))[0][1] >= 0:
        return True
    after = raw[: _window_end(raw, e + window)]
    return bool(early.Match(_UNANCHORED, after, e - 1, len(after))[0][1] >= 0)  # e > 0: e > s >= 0


def _folds_to_ascii(c: str) -> bool:
    return any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for a in range(128))


# One table entry as _confirm reads it, resolved once per rule set: rule, base score, validator (or None), its
# arguments, context-word entry id (-1: none), group index, mode, RE2 object (or None), the wrapper or ``re``
# pattern the mode falls back to, RE2 context-word and negative-word finders (or None: see _context_finder).
_Plan = tuple[Rule, float, Any, Mapping[str, Any], int, int, int, Any, Any, Any, Any]


def _plan(entry: _TableEntry) -> _Plan:
    rule = entry[0]
    ctx = rule.context
    words = _context_finder(ctx.words) if ctx is not None and ctx.words_re is not None else None
    negative = _context_finder(ctx.negative) if ctx is not None and ctx.negative_re is not None else None
    return (*_match_plan(entry), words, negative)


def _match_plan(entry: _TableEntry) -> tuple[Rule, float, Any, Mapping[str, Any], int, int, int, Any, Any]:
    rule, pat, ctx_pid = entry
    head = (rule, pat.score if pat.score is not None else rule.score,
            VALIDATORS[rule.validator] if rule.validator else None, rule.validator_args, ctx_pid, pat.group_index)
    matcher = pat.matcher
    if _UNANCHORED is None:  # no RE2
        return (*head, _MODE_RE, None, matcher)
    if pat.takes_bytes:
        # Only the whole match is wanted: RE2 finds it without captures by its DFAs alone.
        rx = _re2_finder(pat.regex) if pat.group_index == 0 else None
        rx = rx if rx is not None else _low_level(matcher)
        if rx is not None:
            return (*head, _MODE_RE2, rx, matcher)
        return (*head, _MODE_RE, None, matcher)
    exact = pat.compiled
    regex = pat.regex
    if not isinstance(matcher, _LookaroundMatcher):  # back-references: RE2 can find a superset of its matches
        expanded = _expand_backrefs(regex)
        if expanded is None:
            return (*head, _MODE_RE, None, matcher)
        regex = expanded
    lb = _lookbehind_finder(regex)
    if lb is not None:
        finder = _re2_finder(lb)
        if finder is not None:
            return (*head, _MODE_FOUND_LB, finder, exact)
    finder = _re2_finder(_finder_regex(regex))
    if finder is None and isinstance(matcher, _LookaroundMatcher):
        finder = _low_level(matcher._finder)
    if finder is None:
        return (*head, _MODE_RE, None, matcher)
    return (*head, _MODE_FOUND, finder, exact)


def _re2_finder(regex: str) -> Any:
    """The low-level RE2 object of ``regex`` without capturing groups, or None if RE2 does not take it."""
    compiled = _compile_re2(_capture_free(regex))
    rx = _low_level(compiled) if compiled is not None else None
    return rx if rx is not None and rx.NumberOfCapturingGroups() == 0 else None


# ---------------------------------------------------------------------------------------------- rule set


_RULESET_IDS = itertools.count()


def _build_table(rules: Sequence[Rule]) -> tuple[list[_TableEntry], list[str]]:
    """Database entries: every pattern, then one entry per context-word list that some pattern depends on.

    A pattern whose base score is below its rule's ``min_score`` can only be reported with a context word
    nearby; when the context-word scan finds none of those words anywhere in the text, its precise regex is
    skipped. Exact, because a word near a match is a word in the text: this only saves the confirm pass for
    broad shapes (bare digit runs) that need context, which most texts never satisfy.
    """
    table: list[_TableEntry] = []
    extra: list[str] = []
    ctx_ids: dict[str, int] = {}
    n_patterns = sum(len(r.patterns) for r in rules)
    for rule in rules:
        ctx = rule.context
        for p in rule.patterns:
            base = p.score if p.score is not None else rule.score
            ctx_pid = -1
            if ctx is not None and ctx.words and base < rule.min_score:
                if rule.id not in ctx_ids:
                    ctx_ids[rule.id] = n_patterns + len(extra)
                    words = "|".join(re.escape(w.lower()).replace("\\ ", " ") for w in ctx.words)
                    extra.append(f"(?i)(?:{words})")
                ctx_pid = ctx_ids[rule.id]
            table.append((rule, p, ctx_pid))
    return table, [p.db_regex for _, p, _ in table] + extra


def return_freed_memory() -> None:
    """Hand the heap that start-up freed back to the OS (~8 ms). glibc keeps it otherwise: compiling every database
    on a cold start (empty rule cache) and building the normaliser's code-point tables left a process ~80 MiB above
    one that did neither (218 -> 140 MiB RSS after this call). A no-op where the C library has no
    ``malloc_trim`` (musl, macOS)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class RuleSet:
    """All loaded packs compiled into multi-pattern databases: the text rules (split by kind, see
    :class:`_KindSplit`) and the keyword-view rules."""

    def __init__(self, rules: Sequence[Rule], engine: str = "auto", *, background: bool = False) -> None:
        self.rules = tuple(rules)
        # Memo key on NormalizedText.cache; a counter, not id(), which a collected rule set could hand on.
        self._token = next(_RULESET_IDS)
        self.engine = _choose_engine(engine)
        self._compiled = threading.Event()
        self._text, text_regexes = _build_table([r for r in self.rules if not r.keyword_view])
        self._kv, kv_regexes = _build_table([r for r in self.rules if r.keyword_view])
        # The keyword view is lower case, so caseless changes no match, only Hyperscan's engine choice: compiled
        # case-sensitive, shapes such as "\b(as|answer as|...)( a| an)? (unconstrained|...) (ai|...)" were missed
        # once the match sat a few dozen bytes into the text (found by tests/processors/test_rules_fuzz.py;
        # RE2 and re matched). The precise regex that confirms each candidate is unchanged.
        kv_regexes = [rx if rx.startswith("(?i") else "(?i)" + rx for rx in kv_regexes]
        if background and self.engine == "hyperscan":
            try:
                self._text_db, self._kv_db = self._databases(text_regexes, kv_regexes, "hyperscan",
                                                             _Compiles(cached_only=True))
                self._compiled.set()
            except _NotCachedError:
                # Same candidates from RE2 (the precise regexes decide either way), so the same findings, ~15x
                # slower per text, from the first span instead of after a minute or more of compiling.
                self._text_db, self._kv_db = self._databases(text_regexes, kv_regexes, "re2", None)
                self.engine = "re2"
                _log.info("the Hyperscan rule databases are not in the cache (%s): scanning with RE2 until they "
                          "are compiled in the background", _cache_dir() or "cache disabled")
                _cache_prepare()
                threading.Thread(target=self._switch_to_hyperscan, args=(text_regexes, kv_regexes),
                                 name="spanwatch-hs-switch", daemon=True).start()
        else:
            compiles = _Compiles() if self.engine == "hyperscan" else None
            self._text_db, self._kv_db = self._databases(text_regexes, kv_regexes, self.engine, compiles)
            self._compiled.set()
        self._text_plans = [_plan(e) for e in self._text]
        self._kv_plans = [_plan(e) for e in self._kv]
        # A kind no keyword-view rule applies to would only have every keyword-view hit dropped: skip that pass.
        self._kv_kinds = frozenset(k for rule, _, _ in self._kv for k in rule.applies_to)
        return_freed_memory()

    def _databases(self, text_regexes: Sequence[str], kv_regexes: Sequence[str], engine: str,
                   compiles: _Compiles | None) -> tuple[_KindSplit, _KindSplit]:
        """The text and keyword-view selections; with ``compiles``, ready when this returns."""
        with compiles or contextlib.nullcontext():
            text_db = _KindSplit(self._text, text_regexes, engine, compiles)
            # Split by kind as the text table is: the indirect pack's keyword-view patterns (data kinds only) cost
            # a user prompt nothing (~6 us of ~32 per 1.5 KB prompt). Same ids, so the same candidates per kind.
            kv_db = _KindSplit(self._kv, kv_regexes, engine, compiles)
        return text_db, kv_db

    def _switch_to_hyperscan(self, text_regexes: Sequence[str], kv_regexes: Sequence[str]) -> None:
        """On a daemon thread: compile (and self-check) the Hyperscan databases, then scan with them. A scan under
        way may read one attribute before the switch and the other after: both engines select the same
        candidates, so it finds the same matches."""
        started = time.monotonic()
        try:
            dbs = self._databases(text_regexes, kv_regexes, "hyperscan", _Compiles(background=True))
        except Exception:
            _log.exception("compiling the Hyperscan rule databases failed; scanning stays on RE2 (same findings, "
                           "slower)")
            self._compiled.set()
            return
        self._text_db, self._kv_db = dbs
        self.engine = "hyperscan"
        self._compiled.set()
        return_freed_memory()  # the RE2 sets' DFA caches and the compiles' working memory
        _log.info("Hyperscan rule databases compiled in %.0f s; scanning with them from now on",
                  time.monotonic() - started)

    def wait_compiled(self, timeout: float | None = None) -> bool:
        """Wait for a background compile (see ``background``); True once the final databases are in use."""
        return self._compiled.wait(timeout)

    @classmethod
    def compile(cls, packs: Iterable[RulePack], *, engine: str = "auto", background: bool = False) -> RuleSet:
        """Compile packs. ``engine``: ``auto`` (Hyperscan if importable, ``$SPANWATCH_REGEX_ENGINE`` wins),
        ``hyperscan`` or ``re2``. Rule ids must be unique across packs.

        ``background``: when Hyperscan's databases are not in the cache directory yet, return at once with RE2
        databases (same findings, slower scans) and compile Hyperscan's on daemon threads at a lower CPU
        priority, switching to them when ready (``engine`` tells which is in use, :meth:`wait_compiled` waits).
        """
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        problems: list[str] = []
        for pack in packs:
            for r in pack.rules:
                if r.id in seen:
                    problems.append(f"{r.id}: defined in both pack {seen[r.id]!r} and pack {pack.name!r}")
                seen[r.id] = pack.name
                rules.append(r)
        if problems:
            raise RulePackError("<rule set>", problems)
        return cls(rules, engine, background=background)

    def scan(self, norm: NormalizedText, kind: MessageKind | str = MessageKind.USER) -> list[RuleMatch]:
        """Confirmed matches in ``norm`` (and its decoded segments), original offsets, sorted by start.

        The result is memoised on ``norm``, so several detectors sharing this rule set scan a text once.
        """
        key = (self._token, kind)
        cached = norm.cache.get(key)
        if cached is not None:
            return list(cached)
        if type(kind) is not MessageKind:  # most callers pass the member: skip the enum lookup
            kind = MessageKind(kind)
        out: list[RuleMatch] = []
        text = norm.text
        ids = self._text_db.matched_for(text, kind)
        if ids:
            _confirm(ids, self._text_plans, text, kind, norm.to_original, "text", out)
        for seg in norm.decoded_segments:
            # A match inside decoded text points at the whole encoded run it came from.
            span = (seg.start, seg.end)
            seg_ids = self._text_db.matched_for(seg.text, kind)
            if seg_ids:
                _confirm(seg_ids, self._text_plans, seg.text, kind, lambda s, e, span=span: span,
                         "decoded:" + seg.encoding, out)
            # The keyword rules read decoded text too ("forget everything above" hidden by rot13 or typoglycemia
            # is one of them); few texts have a decoded segment, so its view is built only for them.
            if kind in self._kv_kinds:
                seg_kv = normalize(seg.text, max_chars=len(seg.text) + 1).keyword_view
                seg_kv_ids = self._kv_db.matched_for(seg_kv, kind)
                if seg_kv_ids:
                    _confirm(seg_kv_ids, self._kv_plans, seg_kv, kind, lambda s, e, span=span: span,
                             "decoded:" + seg.encoding, out)
        if kind in self._kv_kinds:
            kv = norm.keyword_view
            kv_ids = self._kv_db.matched_for(kv, kind)
            if kv_ids:
                _confirm(kv_ids, self._kv_plans, kv, kind, norm.keyword_to_original, "keyword_view", out)
        out.sort(key=lambda m: (m.start, -m.end, -m.score))
        norm.cache[key] = tuple(out)
        return out


def _confirm(  # noqa: PLR0917 - private hot-path helper; keyword passing would cost per call
    ids: list[int],
    plans: list[_Plan],
    text: str,
    kind: MessageKind,
    to_original: Any,
    via: str,
    out: list[RuleMatch],
) -> None:
    """Run the precise regex of every pattern in ``ids`` on ``text``; validate, score and keep the best match
    per (rule, span)."""
    best: dict[tuple[str, int, int], RuleMatch] = {}
    idset = set(ids)
    n_plans = len(plans)
    is_ascii = text.isascii()
    # RE2 reads bytes: encode once per text, not once per pattern (the wrapper re-encodes str on every call).
    raw = text.encode("ascii") if is_ascii else None
    ascii_raw = raw  # context windows go to RE2 on ASCII text only (see _context_finder)
    strict_ok = True  # False: lone surrogates, which RE2 does not read as characters; the wrapper or re runs
    for pid in sorted(idset):
        if pid >= n_plans:
            continue  # a context-words entry, consulted below
        rule, base, validate, vargs, ctx_pid, gidx, mode, rx, matcher, words_rx, negative_rx = plans[pid]
        if kind not in rule.applies_to or (ctx_pid >= 0 and ctx_pid not in idset):
            continue
        if raw is None and mode != _MODE_RE:
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:
                raw, strict_ok = b"", False
        spans = _entry_spans(mode, rx, matcher, gidx, text, raw if strict_ok else None, is_ascii)
        ctx = rule.context
        for s, e in spans:
            if s < 0 or e <= s:
                continue
            value = text[s:e]
            if validate is not None and not validate(value, **vargs):
                continue
            score = base
            if ctx is not None:
                if ctx.words_re is not None:
                    if ascii_raw is not None and words_rx is not None:
                        near = _near(words_rx, ascii_raw, s, e, ctx.window)
                    else:
                        lo, hi = max(0, s - ctx.window), _window_end(text, e + ctx.window)
                        near = bool(ctx.words_re.search(text, lo, s) or ctx.words_re.search(text, e, hi))
                    if near:
                        score += ctx.boost
                if ctx.negative_re is not None:
                    if ascii_raw is not None and negative_rx is not None:
                        near = _near(negative_rx, ascii_raw, s, e, ctx.negative_window)
                    else:
                        lo, hi = max(0, s - ctx.negative_window), _window_end(text, e + ctx.negative_window)
                        near = bool(ctx.negative_re.search(text, lo, s) or ctx.negative_re.search(text, e, hi))
                    if near:
                        score -= ctx.penalty
            # Rounded as it is stored, before the cut: 0.6 + 0.3 - 0.35 is 0.5499… in floats and must meet 0.55.
            score = round(min(1.0, max(0.0, score)), 4)
            if score < rule.min_score or score <= 0.0:
                continue
            os_, oe = to_original(s, e)
            k = (rule.id, os_, oe)
            prev = best.get(k)
            if prev is None or prev.score < score:
                best[k] = RuleMatch(rule, os_, oe, score, value, via)
    out.extend(best.values())


def resolve_overlaps(matches: Iterable[RuleMatch]) -> list[RuleMatch]:
    """Keep the best of overlapping matches: highest score, then the longer span, then the earlier rule.

    Use it per detector (or across detectors for redaction) when one value matched several rules, e.g. a
    GitHub token that the generic-secret rule also sees.
    """
    ranked = sorted(matches, key=lambda m: (-m.score, -(m.end - m.start), m.start))
    kept: list[RuleMatch] = []
    for m in ranked:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
