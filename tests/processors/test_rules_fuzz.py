"""Every shipped pattern against its own database: a string the pattern matches, alone and after long
prefixes, must be a candidate of the multi-pattern database that holds it.

The corpus equivalence tests (Hyperscan == RE2 on the dev texts) only see shapes the corpora contain. Hyperscan
misses some matches of some patterns once the match sits a few dozen bytes into the text ("hello hello ...
play my departed mom"), so the backend checks itself after compiling (processors/_hs_selfcheck.py) and hands the
patterns it was seen to miss to the precise regex on every text. This test draws its own strings (other seeds)
and checks the result end to end, through the databases the rule set really scans.
"""

from __future__ import annotations

import re
import re._parser as sre_p  # type: ignore[import-not-found,unused-ignore]
from collections.abc import Iterator

import pytest

from spanwatch.processors import _hs_selfcheck, rules
from spanwatch.processors.rules import RuleSet, load_builtin_packs


def _misses(rs: RuleSet, seeds: tuple[int, ...]) -> list[str]:
    """The self-check's sampling, run against the databases the rule set really scans (their own self-check
    included), with other seeds."""
    out: list[str] = []
    for view, keyword_view, db in (("keyword view", True, rs._kv_db), ("text", False, rs._text_db)):
        table, regexes = rules._build_table([r for r in rs.rules if r.keyword_view == keyword_view])
        # A context-gated entry is a candidate only with a context word elsewhere in the text.
        gated = {pid for pid, (_, _, ctx_pid) in enumerate(table) if ctx_pid >= 0}
        bad = _hs_selfcheck.unreliable(regexes[: len(table)], db.matched, seeds=seeds, skip=gated)
        out += [f"{view} {table[pid][0].id}: {regexes[pid][:80]!r}" for pid in bad]
    return out


def test_every_pattern_is_a_candidate_of_its_database_after_long_prefixes() -> None:
    pytest.importorskip("hyperscan")
    rs = RuleSet.compile(load_builtin_packs(), engine="hyperscan")
    misses = _misses(rs, seeds=(4, 5, 6, 7))
    assert not misses, "\n".join(misses[:20])


def test_when_database_misses_a_pattern_then_the_self_check_hands_it_to_the_precise_regex() -> None:
    pytest.importorskip("hyperscan")
    # This shape is one Hyperscan misses after "hello " x5 when compiled caseless (found by the fuzz above).
    rx = (r"(?i)\b(pretend|act|roleplay|role play|play)( to be| as| that you are| you are| you re| that you re)? "
          r"my (dead|late|deceased|dying|departed) (grandma|grandmother|grandpa|grandfather|mother|father|mom|dad|"
          r"granny|nana|uncle|aunt|auntie|brother|sister|cousin|friend|husband|wife)\b")
    backend = rules._HyperscanBackend([rx])
    text = "hello " * 10 + "play my departed mom"
    assert re.search(rx, text)
    assert backend._scan(text) == []  # the fault itself: if Hyperscan is fixed, this line tells us
    assert backend.matched(text) == [0]


def test_no_pattern_relies_on_a_unicode_word_boundary() -> None:
    """Hyperscan and RE2 read ``\\b`` and ``\\w`` as ASCII: ``\\b(à|a) la`` never matches "à la" there, while
    Python's ``re`` (Unicode by default) would let a test pass. Strings drawn from each pattern with a non-ASCII
    literal must match the same in ASCII mode."""
    unicode_only: list[str] = []
    for rule, _, p in _shipped_patterns():
        if p.regex.isascii():
            continue
        uni, asc = re.compile(p.regex), re.compile(p.regex, re.ASCII)
        tree = sre_p.parse(p.regex)
        strings = ("x " + s + " y" for seed in range(4) for s in _hs_selfcheck.samples(tree, p.regex, seed))
        bad = next((s for s in strings if uni.search(s) and not asc.search(s)), None)
        if bad is not None:
            unicode_only.append(f"{rule.id}: {bad!r}")
    assert not unicode_only, "\n".join(unicode_only)


def test_every_prefilter_matches_what_its_regex_matches() -> None:
    """A ``prefilter`` is what the database scans instead of the regex, so it must match a superset. A stale one
    (the regex grew an alternative, the prefilter did not) would not lose matches silently - the self-check makes
    the pattern a candidate of every text - but it would cost that on every text, unnoticed."""
    too_narrow: list[str] = []
    for rule, j, p in _shipped_patterns():
        if p.db_regex == rules._strip_lookarounds(p.regex):
            continue
        db = re.compile(p.db_regex, re.ASCII)
        tree = sre_p.parse(p.regex, re.ASCII)
        for seed in range(6):
            for s in _hs_selfcheck.samples(tree, p.regex, seed):
                text = "Note: " + s
                for t in (text, text.lower()) if not rule.keyword_view else (text.lower(),):
                    if p.compiled.search(t) and not db.search(t):
                        too_narrow.append(f"{rule.id}[{j}]: {t!r}")
    assert not too_narrow, "\n".join(too_narrow[:20])


def _shipped_patterns() -> Iterator[tuple[rules.Rule, int, rules.Pattern]]:
    """Every pattern of the built-in packs, with its rule and its index in the rule."""
    for pack in load_builtin_packs():
        for rule in pack.rules:
            for j, p in enumerate(rule.patterns):
                yield rule, j, p
