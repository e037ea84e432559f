"""Blind rounds of single texts (``{"id", "label", "family", "text"}`` JSON lines), scored as one message kind."""

from __future__ import annotations

import json
from pathlib import Path

from spanwatch.processors.detect import analyze_text
from spanwatch.processors.interaction import MessageKind


def score_round(path: Path, kind: MessageKind) -> tuple[int, list[str]]:
    """How many of the round's attacks are flagged, and the ids of its benign texts that are."""
    attacks = 0
    false_alarms: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            hit = analyze_text(row["text"], kind).label != "benign"
            if row["label"] != "benign":
                attacks += hit
            elif hit:
                false_alarms.append(row["id"])
    return attacks, false_alarms
