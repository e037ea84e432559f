"""How many of each idea's fragments its concept rules read, in the fragments written from and in a second set from
another helper, held out (scored, never read).

    python scripts/concept_fragments.py

A helper who saw no code wrote 40 fragments per idea for each set (``tests/processors/english/<set>/<idea>.txt``, one
per line). Session 25's sets (``fragments``, ``fragments_heldout``) are the agent-misuse ideas: a claimed role,
someone else's records, a skipped check, a control switched off, secrecy, haste, an asserted approval, money moved,
data sent outside, a research or fiction pretext. Session 27's sets (``fragments2``, ``fragments2_heldout``) are the
ideas of emotional pressure and output hijacking: pressure on the assistant itself, a harm asked for, a dictated
output, an instruction made to last or reach others, the task dropped. The concept rules are the ideas the
combinations pair (``processors/concepts.py``); a fragment alone is never flagged.
"""

from __future__ import annotations

from pathlib import Path

from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import normalize
from spanwatch.processors.rule_detector import default_ruleset

FRAGMENTS = Path(__file__).resolve().parents[1] / "tests" / "processors" / "english"

# Each idea's file and the rule ids that read it (data sent outside is someone else's data: others_access; a harm is
# read by either harm concept or an operational-harm conversation cue, ``cue.harm.<area>``).
IDEAS: dict[str, tuple[str, ...]] = {
    "role": ("concept.claimed_role",), "others": ("concept.others_access",), "skip": ("concept.control_bypass",),
    "disable": ("concept.security_off",), "secret": ("concept.secrecy",), "rush": ("concept.pressure",),
    "approved": ("concept.claimed_ok",), "money": ("concept.money_move",), "exfil": ("concept.others_access",),
    "pretext": ("concept.fiction",),
}
IDEAS2: dict[str, tuple[str, ...]] = {
    "plead": ("concept.plead",), "harm": ("concept.harm_ask", "concept.harm_howto", "cue.harm."),
    "fixed": ("concept.fixed_text",), "persist": ("concept.persist", "concept.audience"),
    "dismiss": ("concept.dismiss",),
}
SETS: dict[str, dict[str, tuple[str, ...]]] = {
    "fragments": IDEAS, "fragments_heldout": IDEAS, "fragments2": IDEAS2, "fragments2_heldout": IDEAS2,
}


def fragments(directory: Path, idea: str) -> list[str]:
    """The fragments of one idea's file."""
    lines = (directory / f"{idea}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def concepts_of(text: str) -> set[str]:
    """The concept and cue rule ids the shipped rule packs match in ``text`` as a user prompt."""
    norm = normalize(text, max_chars=len(text) + 1)
    return {m.rule.id for m in default_ruleset().scan(norm, MessageKind.USER)}


def reads(text: str, wanted: tuple[str, ...]) -> bool:
    """Whether a rule of ``wanted`` matches ``text`` (an entry ending in "." names a family of rule ids)."""
    found = concepts_of(text)
    return any(w in found if not w.endswith(".") else any(f.startswith(w) for f in found) for w in wanted)


def main() -> None:
    for name, ideas in SETS.items():
        print(name)
        total = hits = 0
        for idea, wanted in ideas.items():
            lines = fragments(FRAGMENTS / name, idea)
            n = sum(reads(line, wanted) for line in lines)
            total, hits = total + len(lines), hits + n
            print(f"  {idea:9s} {' | '.join(wanted):48s} {n:3d} / {len(lines)}")
        print(f"  {'all':9s} {'':48s} {hits:3d} / {total}")


if __name__ == "__main__":
    main()
