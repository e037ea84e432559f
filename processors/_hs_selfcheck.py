"""A compiled Hyperscan database checked against its own patterns, so that a pattern it mishandles still works.

Hyperscan (the build the ``hyperscan`` wheel ships) misses some matches of some patterns once the match sits a
few dozen bytes into the text: ``\\b(pretend|act|play)( to be| as| ... )? my departed (mom|...)`` after
"hello hello hello hello hello ", while RE2 and ``re`` find it. Which shapes fail depends on the whole
database and on the compile flags, so no rewrite rule avoids it. Instead, after compiling, each pattern is
scanned with strings drawn from the pattern itself (a small generator over ``re``'s parse tree), alone and
after long prefixes; a pattern the database does not report for a string ``re`` matches is *unreliable* and is
reported as a candidate for every text, so the precise regex (RE2) decides it. The result is cached with the
database, so this costs one check per compile, not per start-up.

The check finds the faults its samples reach: seeded and deterministic, it is a safety net, not a proof.
"""

from __future__ import annotations

import random
import re
import re._constants as sre_c  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_p  # type: ignore[import-not-found,unused-ignore]
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any

__all__ = ["PREFIXES", "VERSION", "sample", "samples", "unreliable"]

VERSION = 3  # part of the cache key: a changed check re-runs on cached databases

# Long and varied text before the match: the faults seen so far need the match some 25+ bytes in.
PREFIXES = ("", "hello " * 10, "x" * 30 + " ", "a b c d e f g h i j k l m n o p q r s t ",
            "the report was filed on monday and then we talked about it again ")
SAMPLES = 24  # strings per pattern and seed
SEEDS = (0, 1, 2, 3)  # the faults seen so far need particular strings: one seed found one of the two, four find both
_CATEGORY = {sre_c.CATEGORY_DIGIT: "7", sre_c.CATEGORY_SPACE: " ", sre_c.CATEGORY_WORD: "k",
             sre_c.CATEGORY_NOT_SPACE: "k", sre_c.CATEGORY_NOT_WORD: " ", sre_c.CATEGORY_NOT_DIGIT: "k"}


def sample(tree: Any, rng: random.Random, first: list[int] | None = None) -> str:
    """One string of the language of ``tree`` (``re._parser.parse`` output), repeats kept short. Assertions
    (anchors, look-arounds) are skipped, so callers keep only samples the regex really matches. ``first``: a
    one-item list; when given, the first alternation met takes alternative ``first[0]`` (modulo its size), and
    the list is emptied, so callers can walk every alternative of a pattern's leading word list."""
    return _sample(_plain(tree), rng, first)


# A parse tree as a plain program (:func:`_plain`), sampled with the same random draws in the same order as a walk
# of the parse tree itself: iterating ``re._parser.SubPattern`` goes through its Python ``__getitem__``, and
# literals, classes without ranges and groups need no work per sample. Nodes: a constant string; (_CLASS, chars)
# for a class without ranges; (_RANGES, negated, members: each a character or a (lo, hi) range to draw from);
# (_BRANCH, alternatives); (_REPEAT, lo, hi, body).
_Plain = tuple[Any, ...]
_CLASS, _RANGES, _BRANCH, _REPEAT = range(4)


def _plain(tree: Any) -> _Plain:
    out: list[Any] = []
    for op, av in tree.data if isinstance(tree, sre_p.SubPattern) else tree:
        if op is sre_c.LITERAL:
            node: Any = chr(av)
        elif op is sre_c.NOT_LITERAL:
            node = "q" if chr(av) != "q" else "z"
        elif op is sre_c.ANY:
            node = "a"
        elif op is sre_c.CATEGORY:
            node = _CATEGORY.get(av, "k")
        elif op is sre_c.IN:
            node = _plain_class(av)
        elif op is sre_c.BRANCH:
            node = (_BRANCH, [_plain(alt) for alt in av[1]])
        elif op is sre_c.SUBPATTERN:
            out.extend(_plain(av[-1]))
            continue
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            lo, hi, sub = av
            node = (_REPEAT, lo, lo + 2 if hi == sre_c.MAXREPEAT else min(hi, lo + 2), _plain(sub))
        else:
            continue  # assertions, anchors, group references: they add no text
        if isinstance(node, str) and out and isinstance(out[-1], str):
            out[-1] += node
        else:
            out.append(node)
    return tuple(out)


def _plain_class(items: Any) -> Any:
    members: list[str | tuple[int, int]] = []
    negated = False
    for op, av in items:
        if op is sre_c.NEGATE:
            negated = True
        elif op is sre_c.LITERAL:
            members.append(chr(av))
        elif op is sre_c.RANGE:
            members.append((av[0], min(av[1], av[0] + 25)))
        elif op is sre_c.CATEGORY:
            members.append(_CATEGORY.get(av, "k"))
    if any(isinstance(m, tuple) for m in members):
        return (_RANGES, negated, tuple(members))
    if negated:
        return "k" if "k" not in members else "#"
    chars = [m for m in members if isinstance(m, str)]
    return (_CLASS, [c for c in chars if c.isascii()] or chars or ["k"])


def _sample(tree: _Plain, rng: random.Random, first: list[int] | None) -> str:
    out: list[str] = []
    for node in tree:
        if isinstance(node, str):
            out.append(node)
            continue
        tag = node[0]
        if tag == _CLASS:
            out.append(rng.choice(node[1]))
        elif tag == _BRANCH:
            alts = node[1]
            if first:
                out.append(_sample(alts[first.pop() % len(alts)], rng, first))
            else:
                out.append(_sample(rng.choice(alts), rng, first))
        elif tag == _REPEAT:
            _, lo, hi, sub = node
            out.append("".join(_sample(sub, rng, first) for _ in range(rng.randint(lo, hi))))
        else:
            out.append(_sample_ranges(node[1], node[2], rng))
    return "".join(out)


def _sample_ranges(negated: bool, members: tuple[str | tuple[int, int], ...], rng: random.Random) -> str:
    chars = [m if isinstance(m, str) else chr(rng.randint(*m)) for m in members]
    if negated:
        return "k" if "k" not in chars else "#"
    return rng.choice([c for c in chars if c.isascii()] or chars)


def unreliable(regexes: Sequence[str], matched: Callable[[str], list[int]], *, seeds: Sequence[int] = SEEDS,
               skip: Collection[int] = ()) -> list[int]:
    """Ids of ``regexes`` (Python/RE2 syntax, ids = positions) that ``matched`` (the compiled database's scan)
    fails to report on a sampled string ``re`` matches. ``skip``: ids not to check (entries the scan reports
    only under a condition of its own, such as a context word elsewhere in the text)."""
    bad: list[int] = []
    for pid, rx in enumerate(regexes):
        if pid in skip:
            continue
        try:
            compiled = re.compile(rx)
            tree = sre_p.parse(rx)
        except (re.error, ValueError, TypeError, RecursionError):
            continue
        # Seeds and lower-casing often give the same string again: each text is scanned once.
        strings = dict.fromkeys(v for seed in seeds for s in samples(tree, rx, seed) for v in (s, s.lower()))
        if _fails(pid, compiled, strings, matched):
            bad.append(pid)
    return bad


def samples(tree: Any, regex: str, seed: int, n: int = SAMPLES) -> Iterator[str]:
    """Up to ``n`` strings of the language of ``regex`` (``tree``: its ``re._parser.parse`` output). Seeded by the
    pattern itself: the same strings whichever database (and position) holds it, so a split database and the
    whole table are checked alike. The faults seen so far depend on which word of the leading alternation starts
    the match ("as" inside "answer as"): string i takes that alternation's word i, the rest drawn at random."""
    rng = random.Random(f"{seed}:{regex}")
    try:
        plain = _plain(tree)
    except RecursionError:
        return
    for i in range(n):
        try:
            yield _sample(plain, rng, [i])
        except (ValueError, TypeError, RecursionError):
            return


def _fails(pid: int, compiled: re.Pattern[str], strings: Iterable[str], matched: Callable[[str], list[int]]) -> bool:
    for s in strings:
        for prefix in PREFIXES:
            text = prefix + s
            if compiled.search(text) and pid not in matched(text):
                return True
    return False
