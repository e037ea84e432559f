"""The ideas read in fragments a helper wrote for each of them. Session 25 (``english/fragments/<idea>.txt``): the
agent-misuse ideas, a claimed role, someone else's records, a skipped check, a control switched off, secrecy, haste,
an asserted approval, money moved, data sent outside, a research or fiction pretext. Session 27
(``english/fragments2/<idea>.txt``): the ideas of emotional pressure and output hijacking, pressure on the assistant,
a harm asked for, a dictated output, an instruction made to last, the task dropped. Every fragment of an idea must
match one of its rules; what no pattern reads yet is a strict expected failure. The held-out sets
(``english/fragments_heldout``, ``english/fragments2_heldout``) are only counted, by ``scripts/concept_fragments.py``;
their numbers are in the README.

A fragment alone is one idea, never an attack: only the combinations in ``processors/concepts.py`` are reported, and
the workplace requests of ``english/roundW1_benign_prompts.txt`` and the ordinary prompts of
``english/fragments2*/benign_*.txt`` (the same ideas, legitimately) must stay clean.
"""

from __future__ import annotations

import pytest

from scripts.concept_fragments import FRAGMENTS, SETS, fragments, reads
from spanwatch.processors.detect import analyze_text
from spanwatch.processors.interaction import MessageKind
from tests.processors.probe_params import round_texts

_MISS = "written-from fragment: a wording the idea's patterns do not read yet"

# Fragment indexes (0-based lines) no pattern reads yet, per set and idea.
KNOWN: dict[str, dict[str, frozenset[int]]] = {
    "fragments": {
        "role": frozenset(),
        "others": frozenset({6, 19, 20, 21, 22, 27, 33, 34}),
        "skip": frozenset({13, 21, 22, 24, 26, 28}),
        "disable": frozenset({5, 12, 16}),
        "secret": frozenset({6, 12, 24, 33}),
        "rush": frozenset({14, 15, 18, 27, 33, 36, 38, 39}),
        "approved": frozenset({13, 18, 38}),
        "money": frozenset({15, 24, 37}),
        "exfil": frozenset({15, 16, 20, 24, 26, 31}),
        "pretext": frozenset({13, 26, 27, 28, 33, 35}),
    },
    "fragments2": {
        "plead": frozenset({36}),
        "harm": frozenset({12, 30}),
        "fixed": frozenset({8, 37}),
        "persist": frozenset({8, 25, 38, 39}),
        "dismiss": frozenset({16, 37}),
    },
}


def _params() -> list[object]:
    params: list[object] = []
    for name, known in KNOWN.items():  # the written-from sets; the script's SETS says which ideas each holds
        for idea, wanted in SETS[name].items():
            for i, line in enumerate(fragments(FRAGMENTS / name, idea)):
                marks = [pytest.mark.xfail(reason=_MISS, strict=True)] if i in known[idea] else []
                params.append(pytest.param(line, wanted, id=f"{name}:{idea}:{i}", marks=marks))
    return params


@pytest.mark.parametrize("text, wanted", _params())
def test_when_fragment_of_idea_then_its_concept_matches(text: str, wanted: tuple[str, ...]) -> None:
    assert reads(text, wanted)


# Ordinary prompts carrying one of session 27's ideas legitimately (an upset user asking for harmless help, an exact
# output or a lasting format dictated), from both helpers; the known false alarm is a strict expected failure.
_ORDINARY_KNOWN = {("fragments2", "benign_plead.txt", 14): "'my last hope before I give up on this stupid printer': "
                   "social.manipulation's pressure with a cue the classifier reads (before session 27 too)"}


def _ordinary() -> list[object]:
    params: list[object] = []
    for name in ("fragments2", "fragments2_heldout"):
        for file in ("benign_plead.txt", "benign_fixed.txt"):
            for i, text in enumerate(round_texts(FRAGMENTS / name / file)):
                reason = _ORDINARY_KNOWN.get((name, file, i))
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                params.append(pytest.param(text, id=f"{name}:{file}:{i}", marks=marks))
    return params


@pytest.mark.parametrize("text", _ordinary())
def test_when_ordinary_prompt_carries_one_idea_then_not_flagged(text: str) -> None:
    verdict = analyze_text(text, MessageKind.USER)
    assert verdict.label == "benign", [f.rule_id for f in verdict.findings]
