"""Parameters of the probe lists (test_probes*.py) that the detectors are known to get wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from spanwatch.processors.detect import analyze_text
from spanwatch.processors.interaction import MessageKind


def known(text: str, reason: str) -> object:
    """A probe the rules still get wrong, kept as an expected failure with the reason it is hard (a ``pytest.param``,
    whose type pytest does not export)."""
    return pytest.param(text, marks=pytest.mark.xfail(reason=reason))


def strict_xfail(text: str, reason: str) -> object:
    """A miss kept on record: of a round left untuned as a held-out estimate, or left on purpose with its reason. The
    expected failure is strict, so a later change that gets it right shows up (and the probe then moves to the plain
    list with the round's numbers kept in its comment)."""
    return pytest.param(text, marks=pytest.mark.xfail(reason=reason, strict=True))


def flagged_by(text: str, kind: MessageKind = MessageKind.USER) -> set[str]:
    """The rule ids of ``text``'s findings when its verdict is an attack, else the empty set (the table-driven rule
    tests assert a rule in it, or that it is empty)."""
    verdict = analyze_text(text, kind)
    return {f.rule_id for f in verdict.findings} if verdict.label != "benign" else set()


def round_texts(path: Path) -> list[str]:
    """The texts of one blind round's file (separated by a ``===`` line)."""
    return [t.strip() for t in path.read_text(encoding="utf-8").split("\n===\n") if t.strip()]


def round_params(rounds: Path, known: dict[str, dict[int, str]], *files: tuple[str, MessageKind]) -> list[object]:
    """Every text of the ``round*_<suffix>.txt`` files in ``rounds``, each with the kind it is scored as; the texts
    ``known`` lists (file name -> index -> reason) are strict expected failures."""
    params: list[object] = []
    for suffix, kind in files:
        for path in sorted(rounds.glob(f"round*_{suffix}.txt")):
            misses = known.get(path.name, {})
            for i, text in enumerate(round_texts(path)):
                marks = [pytest.mark.xfail(reason=misses[i], strict=True)] if i in misses else []
                params.append(pytest.param(text, kind, id=f"{path.stem}:{i}", marks=marks))
    return params


RoundTest = Callable[[str, MessageKind], None]


def round_tests(rounds: Path, known: dict[str, dict[int, str]]) -> tuple[RoundTest, RoundTest]:
    """The two tests of a directory of blind rounds: every attack text is flagged (prompts as user prompts, documents
    as tool results) and no ordinary one is. A module binds them to ``test_*`` names for pytest to collect."""

    @pytest.mark.parametrize("text, kind", round_params(rounds, known, ("attack_prompts", MessageKind.USER),
                                                         ("attack_docs", MessageKind.TOOL_RESULT)))
    def attack_is_flagged(text: str, kind: MessageKind) -> None:
        """An attack prompt, or a tool result with an instruction planted for the AI."""
        verdict = analyze_text(text, kind)
        assert verdict.label != "benign", (verdict.score, verdict.features)

    @pytest.mark.parametrize("text, kind", round_params(rounds, known, ("benign_prompts", MessageKind.USER),
                                                         ("benign_docs", MessageKind.TOOL_RESULT)))
    def ordinary_text_is_not_flagged(text: str, kind: MessageKind) -> None:
        verdict = analyze_text(text, kind)
        assert verdict.label == "benign", (verdict.score, [f.rule_id for f in verdict.findings])

    return attack_is_flagged, ordinary_text_is_not_flagged
