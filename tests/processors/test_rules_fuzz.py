"""Every shipped pattern against its own database: a string the pattern matches, alone and after long
prefixes, must be a candidate of the multi-pattern database that holds it.

The corpus equivalence tests (Hyperscan == RE2 on the dev texts) only see shapes the corpora contain. Hyperscan
misses some matches of some patterns once the match sits a few dozen bytes into the text ("hello hello ...
play my departed mom"), so the backend checks itself after compiling (processors/_hs_selfcheck.py) and hands the
patterns it was seen to miss to the precise regex on every text. This test draws its own strings (another seed)
and checks the result end to end, through the databases the rule set really scans.
"""

from __future__ import annotations

import random
import re
import re._parser as sre_p  # type: ignore[import-not-found,unused-ignore]

import pytest

from spanwatch.processors import _hs_selfcheck, rules
from spanwatch.processors.rules import RuleSet, load_builtin_packs


def _misses(rs: RuleSet, seed: int, samples: int = 6) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    views = (
        ("keyword view", *rules._build_table([r for r in rs.rules if r.keyword_view]), rs._kv_db, True),
        ("text", *rules._build_table([r for r in rs.rules if not r.keyword_view]), rs._text_db, False),
    )
    for view, table, regexes, db, lower in views:
        for pid, (rule, _pattern, ctx_pid) in enumerate(table):
            if ctx_pid >= 0:
                continue  # reported only with a context word elsewhere in the text: not a plain candidate
            try:
                compiled = re.compile(regexes[pid])
                tree = sre_p.parse(regexes[pid])
            except (re.error, ValueError, TypeError):
                continue
            for i in range(samples):
                sample = _hs_selfcheck.sample(tree, rng, [i])
                if lower:
                    sample = sample.lower()
                for prefix in _hs_selfcheck.PREFIXES:
                    text = prefix + sample
                    if compiled.search(text) and pid not in db.matched(text):
                        out.append(f"{view} {rule.id}: {regexes[pid][:80]!r} on {text[-60:]!r}")
    return out


def test_every_pattern_is_a_candidate_of_its_database_after_long_prefixes() -> None:
    pytest.importorskip("hyperscan")
    rs = RuleSet.compile(load_builtin_packs(), engine="hyperscan")
    misses = _misses(rs, seed=11)
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
