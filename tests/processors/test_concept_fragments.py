"""The agent-misuse ideas read in fragments a helper wrote for each of them (session 25,
``english/fragments/<idea>.txt``): a claimed role, someone else's records, a skipped check, a control switched off,
secrecy, haste, an asserted approval, money moved, data sent outside, a research or fiction pretext. Every fragment
of an idea must match its concept rule; what no pattern reads yet is a strict expected failure. The held-out set
(``english/fragments_heldout``) is only counted, by ``scripts/concept_fragments.py``; its numbers are in the README.

A fragment alone is one idea, never an attack: only the combinations in ``processors/concepts.py`` are reported, and
the workplace requests of ``english/roundW1_benign_prompts.txt`` (the same ideas, legitimately) must stay clean.
"""

from __future__ import annotations

import pytest

from scripts.concept_fragments import FRAGMENTS, IDEAS, concepts_of, fragments

_MISS = "written-from fragment: a wording the idea's patterns do not read yet"

# Fragment indexes (0-based lines) no pattern reads yet, per idea.
KNOWN: dict[str, frozenset[int]] = {
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
}


def _params() -> list[object]:
    params: list[object] = []
    for idea, concept in IDEAS.items():
        for i, line in enumerate(fragments(FRAGMENTS / "fragments", idea)):
            marks = [pytest.mark.xfail(reason=_MISS, strict=True)] if i in KNOWN[idea] else []
            params.append(pytest.param(line, concept, id=f"{idea}:{i}", marks=marks))
    return params


@pytest.mark.parametrize("text, concept", _params())
def test_when_fragment_of_idea_then_its_concept_matches(text: str, concept: str) -> None:
    assert concept in concepts_of(text)
