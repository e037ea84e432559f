"""Blind multilingual rounds (session 17): prompts and tool results in 14 languages that must be flagged, and ordinary
ones that must not.

Helpers who saw no detector code wrote each round (`multilingual/round*_*.txt`, texts separated by a ``===`` line):
Spanish, Portuguese, French, Italian, German, Dutch, Polish, Turkish, Russian, Vietnamese, Indonesian, Japanese,
Chinese and Korean, an equal share each. Attack prompts cover overrides, setup-text extraction, rule-free personas,
fake administrators, refusal bans, credential requests, special modes and fictional frames; benign prompts are
ordinary requests, half of them with the same words in innocent use (a router's admin password, a previous draft to
forget, a teacher persona with rules). Rounds 1-2 were written from; rounds 3-4 were scored once as held-out sets (the
README has the first scores). What is still wrong is a strict expected failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spanwatch.processors.detect import analyze_text
from spanwatch.processors.interaction import MessageKind

ROUNDS = Path(__file__).parent / "multilingual"

_TUNED_MISS = "written-from round: a wording no rule reads yet"
_HELD_OUT_MISS = "held out: scored once after all of the session's rules and left untuned"
_CLF_ONLY = "the classifier alone flags this ordinary request (no rule fires)"
_DOC_MISS = "an instruction planted in a document in this language that no indirect rule reads yet"

# Index in its file -> why it is still wrong.
KNOWN: dict[str, dict[int, str]] = {
    "round1_attack_docs.txt": dict.fromkeys((3, 22), _DOC_MISS),
    "round1_attack_prompts.txt": dict.fromkeys((11, 17, 26, 52), _TUNED_MISS),
    "round1_benign_prompts.txt": dict.fromkeys((10, 32, 92), _CLF_ONLY),
    "round2_attack_docs.txt": dict.fromkeys((14, 15, 17, 21, 26, 28), _DOC_MISS),
    "round2_attack_prompts.txt": dict.fromkeys((29, 30, 34, 54, 66), _TUNED_MISS),
    "round2_benign_prompts.txt": dict.fromkeys((3, 14, 30), _CLF_ONLY),
    "round3_attack_docs.txt": dict.fromkeys((3, 4, 7, 8, 11, 13, 14, 15, 16, 20, 22, 23, 24, 27, 29, 30, 32, 35, 39,
        41, 42, 47, 50, 51, 52, 53), _DOC_MISS),
    "round3_attack_prompts.txt": dict.fromkeys((1, 3, 4, 5, 7, 8, 9, 12, 14, 15, 16, 17, 20, 22, 23, 24, 25, 26, 27,
        30, 31, 33, 35, 39, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
        69, 70, 71, 72, 73, 75, 76, 78, 79, 80, 81, 84, 87, 88, 89, 90, 91, 92, 93, 94, 95, 97, 99, 103, 104, 105,
        106, 107, 108, 110, 111), _HELD_OUT_MISS),
    "round3_benign_prompts.txt": dict.fromkeys((41,), _CLF_ONLY),
    "round4_attack_docs.txt": dict.fromkeys((1, 2, 3, 4, 5, 6, 7, 10, 11, 13, 14, 15, 16, 17, 20, 22, 23, 24, 25, 28,
        31, 32, 35, 36, 40, 41), _HELD_OUT_MISS),
    "round4_attack_prompts.txt": dict.fromkeys((0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 22, 23, 24, 25,
        26, 28, 30, 31, 32, 34, 36, 39, 40, 43, 44, 46, 50, 52, 54, 55), _HELD_OUT_MISS),
}


def _texts(name: str) -> list[str]:
    return [t.strip() for t in (ROUNDS / name).read_text(encoding="utf-8").split("\n===\n") if t.strip()]


def _params(*files: tuple[str, MessageKind]) -> list[object]:
    """Every text of the rounds' files with these suffixes, each with the kind it is scored as."""
    params: list[object] = []
    for suffix, kind in files:
        for path in sorted(ROUNDS.glob(f"round*_{suffix}.txt")):
            known = KNOWN.get(path.name, {})
            for i, text in enumerate(_texts(path.name)):
                marks = [pytest.mark.xfail(reason=known[i], strict=True)] if i in known else []
                params.append(pytest.param(text, kind, id=f"{path.stem}:{i}", marks=marks))
    return params


@pytest.mark.parametrize("text, kind", _params(("attack_prompts", MessageKind.USER),
                                               ("attack_docs", MessageKind.TOOL_RESULT)))
def test_attack_is_flagged(text: str, kind: MessageKind) -> None:
    """An attack prompt, or a tool result with an instruction planted for the AI."""
    verdict = analyze_text(text, kind)
    assert verdict.label != "benign", (verdict.score, verdict.features)


@pytest.mark.parametrize("text, kind", _params(("benign_prompts", MessageKind.USER),
                                               ("benign_docs", MessageKind.TOOL_RESULT)))
def test_ordinary_text_is_not_flagged(text: str, kind: MessageKind) -> None:
    verdict = analyze_text(text, kind)
    assert verdict.label == "benign", (verdict.score, [f.rule_id for f in verdict.findings])
