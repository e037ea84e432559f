"""Blind multilingual rounds (session 17): prompts and tool results in 14 languages that must be flagged, and ordinary
ones that must not.

Helpers who saw no detector code wrote each round (`multilingual/round*_*.txt`, texts separated by a ``===`` line):
Spanish, Portuguese, French, Italian, German, Dutch, Polish, Turkish, Russian, Vietnamese, Indonesian, Japanese,
Chinese and Korean, an equal share each. Attack prompts cover overrides, setup-text extraction, rule-free personas,
fake administrators, refusal bans, credential requests, special modes and fictional frames; benign prompts are
ordinary requests, half of them with the same words in innocent use (a router's admin password, a previous draft to
forget, a teacher persona with rules). Rounds 1-2 were written from; rounds 3-4 were scored once as held-out sets (the
README has the first scores). Session 21 wrote the concept combinations (processors/concepts.py) from round 3's
attack prompts and tool results, which makes round 3 a written-from round too; round 4 stayed unread (two of its
tool results, #1 and #5, were seen while checking the file format) and round 5 is the session's new held-out round.
Round 6 (tool results only, session 21) was scored once and then written from. What is still wrong is a strict
expected failure.
"""

from __future__ import annotations

from pathlib import Path

from tests.processors.probe_params import round_tests

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
    "round2_attack_docs.txt": dict.fromkeys((14, 17, 21, 26, 28), _DOC_MISS),
    "round2_attack_prompts.txt": dict.fromkeys((29, 34, 54, 66), _TUNED_MISS),
    # 3 and 30 (a Python and a JS error with their code) are ordinary since session 22: the classifier's evidence
    # counts for prose only.
    "round2_benign_prompts.txt": dict.fromkeys((14,), _CLF_ONLY),
    "round3_attack_docs.txt": dict.fromkeys((3, 7, 35, 42, 51, 52), _DOC_MISS),
    "round3_benign_prompts.txt": dict.fromkeys((41,), _CLF_ONLY),
    "round4_attack_docs.txt": dict.fromkeys((3, 4, 6, 7, 11, 13, 14, 15, 17, 20, 22, 23, 24, 25, 28, 31, 32, 35, 41),
        _HELD_OUT_MISS),
    "round4_attack_prompts.txt": dict.fromkeys((9, 10, 11, 12, 13, 14, 15, 17, 19, 22, 23, 24, 26, 28, 30, 31, 32,
        34, 36, 39, 40, 43, 44, 46, 52, 54, 55), _HELD_OUT_MISS),
    # Session 21's held-out round, written by a helper that saw no detector code; scored after each of the session's
    # rule changes, never read.
    "round5_attack_docs.txt": dict.fromkeys((1, 7, 10, 12, 13, 15, 16, 18, 20, 21, 24, 31, 32, 33, 34, 37, 39, 41),
        _HELD_OUT_MISS),
    "round5_attack_prompts.txt": dict.fromkeys((1, 4, 6, 16, 17, 18, 19, 20, 21, 25, 31, 32, 33, 34, 38, 39, 40, 43,
        44, 46, 47, 48, 51, 52, 53), _HELD_OUT_MISS),
    # Session 21's second helper round (tool results only), written from: scored once (40/84), then worked from.
    "round6_attack_docs.txt": dict.fromkeys((7, 15, 26, 27, 28, 46, 48, 56, 62, 70, 71, 80, 82, 83), _DOC_MISS),
}


test_attack_is_flagged, test_ordinary_text_is_not_flagged = round_tests(ROUNDS, KNOWN)
