"""proto/ stays in step with the Python models it documents."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from spanwatch.processors.finding import Finding, Severity

PROTO = Path(__file__).resolve().parents[1] / "proto" / "spanwatch" / "pb" / "v1" / "finding.proto"


def _fields(message: str) -> list[str]:
    text = PROTO.read_text()
    body = re.search(r"message " + message + r" \{(.*?)\n\}", text, re.S)
    assert body is not None
    return re.findall(r"^\s+(?:repeated\s+)?\w+\s+(\w+)\s*=\s*\d+;", body.group(1), re.M)


def test_finding_proto_matches_the_dataclass() -> None:
    assert _fields("Finding") == [f.name for f in dataclasses.fields(Finding)]


def test_severity_enum_matches() -> None:
    text = PROTO.read_text()
    for sev in Severity:
        assert f"SEVERITY_{sev.name} = {sev.value};" in text
