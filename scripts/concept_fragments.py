"""How many of each agent-misuse idea's fragments its concept rule reads, in the fragments written from (session 25)
and in a second set from another helper, held out (scored, never read).

    python scripts/concept_fragments.py

A helper who saw no code wrote 40 fragments per idea for each set (``tests/processors/english/fragments*/<idea>.txt``,
one per line): a claimed role, someone else's records, a skipped check, a control switched off, secrecy, haste, an
asserted approval, money moved, data sent outside, a research or fiction pretext. The concept rules are the ideas the
agent-misuse combinations pair (``processors/concepts.py``); a fragment alone is never flagged.
"""

from __future__ import annotations

from pathlib import Path

from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import normalize
from spanwatch.processors.rule_detector import default_ruleset

FRAGMENTS = Path(__file__).resolve().parents[1] / "tests" / "processors" / "english"

# Each idea's file and the concept that reads it (data sent outside is someone else's data: others_access).
IDEAS: dict[str, str] = {
    "role": "concept.claimed_role", "others": "concept.others_access", "skip": "concept.control_bypass",
    "disable": "concept.security_off", "secret": "concept.secrecy", "rush": "concept.pressure",
    "approved": "concept.claimed_ok", "money": "concept.money_move", "exfil": "concept.others_access",
    "pretext": "concept.fiction",
}


def fragments(directory: Path, idea: str) -> list[str]:
    """The fragments of one idea's file."""
    lines = (directory / f"{idea}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def concepts_of(text: str) -> set[str]:
    """The concept rule ids the shipped rule packs match in ``text`` as a user prompt."""
    norm = normalize(text, max_chars=len(text) + 1)
    return {m.rule.id for m in default_ruleset().scan(norm, MessageKind.USER)}


def main() -> None:
    for name in ("fragments", "fragments_heldout"):
        print(name)
        total = hits = 0
        for idea, concept in IDEAS.items():
            lines = fragments(FRAGMENTS / name, idea)
            n = sum(concept in concepts_of(line) for line in lines)
            total, hits = total + len(lines), hits + n
            print(f"  {idea:9s} {concept:24s} {n:3d} / {len(lines)}")
        print(f"  {'all':9s} {'':24s} {hits:3d} / {total}")


if __name__ == "__main__":
    main()
