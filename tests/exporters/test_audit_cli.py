"""``spanwatch audit verify|trail`` as functions: exit codes, totals, failure lines, JSON output."""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson
import pytest

from spanwatch import audit_cli
from spanwatch.exporters.audit import AuditConfig, AuditEvent, AuditLog


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    cfg = AuditConfig(directory=str(tmp_path / "audit"), checkpoint_every_records=5)
    with AuditLog(cfg) as log:
        for i in range(8):
            log.append(AuditEvent(event_type="finding" if i % 2 else "policy_change", source="detect",
                                  user_id="u1", time_ns=1_764_000_000_000_000_000 + i * 1_000_000_000,
                                  data={"i": i, "evidence": "masked"}))
    return tmp_path / "audit"


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="spanwatch")
    audit = parser.add_subparsers(dest="command").add_parser("audit")
    audit_cli.add_arguments(audit.add_subparsers(dest="audit_command", required=True))
    return audit_cli.run(parser.parse_args(["audit", *argv]))


def test_verify_ok_prints_totals(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = directory.parent / "audit-keys" / "signing.key.pub"
    assert run(["verify", str(directory), "--key", str(key)]) == 0
    out = capsys.readouterr().out
    assert "3/3 checkpoints valid" in out and "10/10 records valid in 1 segments" in out
    assert "integrity 100.00%" in out


def test_verify_failure_exits_1_with_one_line_per_failure(directory: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    seg = directory / "segment-000000000000.jsonl"
    lines = seg.read_bytes().splitlines()
    seg.write_bytes(b"\n".join(lines[:3] + lines[4:]) + b"\n")
    assert run(["verify", str(directory)]) == 1
    captured = capsys.readouterr()
    assert "trusting" in captured.err  # the default key sits next to the log, and the user is told so
    assert "segment-000000000000.jsonl:4: missing_seq: expected seq 3, found 4 (1 missing)" in captured.out


def test_verify_with_wrong_origin_fails(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["verify", str(directory), "--origin", "other/log"]) == 1
    assert "checkpoints.jsonl:1: checkpoint_inconsistent: origin 'spanwatch/audit' differs from 'other/log'" in \
        capsys.readouterr().out


def test_verify_json(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["verify", str(directory), "--json"]) == 0
    report = orjson.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["records"] == {"total": 10, "valid": 10, "invalid": 0}
    assert report["checkpoints"] == {"total": 3, "valid": 3, "invalid": 0}
    assert report["integrity_rate"] == 100.0 and report["failures"] == []


def test_verify_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["verify", str(tmp_path / "missing")]) == 2
    (tmp_path / "empty").mkdir()
    assert run(["verify", str(tmp_path / "empty")]) == 2
    assert "no trusted key; pass --key" in capsys.readouterr().err


def test_trail_filters_by_type_time_and_limit(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["trail", str(directory), "--type", "finding", "--since", "2025-11-24T16:00:02Z",
                "--until", "2025-11-24T16:00:07Z", "--limit", "2", "--json"]) == 0
    recs = [orjson.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["data"]["i"] for r in recs] == [3, 5]
    assert run(["trail", str(directory), "--type", "policy_change", "--limit", "0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and all(" policy_change " in line for line in out)
    assert "(sealed fields)" in out[0]


def test_trail_with_key_store_shows_sealed_fields(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = directory.parent / "audit-keys" / "content"
    assert run(["trail", str(directory), "--type", "finding", "--limit", "1", "--key-store", str(store)]) == 0
    out = capsys.readouterr().out
    assert 'unsealed={"data.evidence":"masked","user_id":"u1"}' in out and "user_id=" not in out


def test_trail_bad_time(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["trail", str(directory), "--since", "yesterday"]) == 2
    assert "since 'yesterday' is not an RFC 3339 UTC time" in capsys.readouterr().err
