"""The audit chain writer: canonical bytes, config validation, checkpoints, durability, rotation, recovery."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import itertools
import logging
import os
import stat
from pathlib import Path

import orjson
import pytest

from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Host
from spanwatch.confmap import ByteSize, Duration
from spanwatch.exporters._audit_keys import trusted_keys
from spanwatch.exporters._audit_record import CanonicalError, canonical, normalise, parse_rfc3339_ns, rfc3339_ns
from spanwatch.exporters._merkle import consistency_proof, leaf_hash, root_of, verify_consistency, verify_inclusion
from spanwatch.exporters.audit import (
    FACTORY,
    AuditConfig,
    AuditEvent,
    AuditLog,
    events_from_batch,
    prove_inclusion,
    verify,
)
from spanwatch.processors.assessment import Alert
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction
from spanwatch.telemetry import Telemetry


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_config(tmp_path: Path, **overrides: object) -> AuditConfig:
    base: dict[str, object] = {"directory": str(tmp_path / "audit")}
    base.update(overrides)
    return AuditConfig(**base)  # type: ignore[arg-type]


def keys_for(tmp_path: Path) -> dict[str, object]:
    return trusted_keys([tmp_path / "audit-keys" / "signing.key.pub"])  # type: ignore[return-value]


def event(i: int = 0, **kw: object) -> AuditEvent:
    fields: dict[str, object] = {"event_type": "finding", "source": "detect/pii", "agent_id": "agent-1",
                                 "user_id": "u-1", "conversation_id": "c-1", "security_level": "high",
                                 "risk_score": 0.75, "data": {"rule_id": "pii.email", "n": i}}
    fields.update(kw)
    return AuditEvent(**fields)  # type: ignore[arg-type]


def records(directory: Path) -> list[dict[str, object]]:
    out = []
    for p in sorted(directory.glob("segment-*")):
        data = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
        out.extend(orjson.loads(line) for line in data.splitlines() if line)
    return out


def checkpoints(directory: Path) -> list[dict[str, object]]:
    return [orjson.loads(x) for x in (directory / "checkpoints.jsonl").read_bytes().splitlines()]


# ------------------------------------------------------------------------------------------ canonical bytes


def test_canonical_bytes_are_exactly_specified() -> None:
    value = normalise({
        "z": 1, "a": [True, None, 2.5, -(2**53 - 1)], "é": "ü\n\t\x01\"\\/\u2028😀", "B": {"y": 0.1, "x": ()},
        "score": 1e-07,
    })
    expected = (b'{"B":{"x":[],"y":"0.1"},"a":[true,null,"2.5",-9007199254740991],"score":"1e-07","z":1,'
                b'"\xc3\xa9":"\xc3\xbc\\n\\t\\u0001\\"\\\\/\xe2\x80\xa8\xf0\x9f\x98\x80"}')
    assert canonical(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "message"), [
    ({"n": 2**53}, r"data.n must be an integer within ±\(2\^53-1\)"),
    ({"x": float("nan")}, "data.x must be a finite number"),
    ({"x": float("inf")}, "data.x must be a finite number"),
    ({"b": b"raw"}, "data.b must be null, bool, int, float, str, list or mapping, got bytes"),
    ({1: "x"}, "data keys must be strings"),
    ({"s": {1, 2}}, "got set"),
])
def test_when_value_not_canonical_then_error_names_the_key(value: object, message: str) -> None:
    with pytest.raises(CanonicalError, match=message):
        normalise(value)


def test_when_string_has_lone_surrogate_then_rejected() -> None:
    with pytest.raises(CanonicalError, match="not canonical JSON"):
        canonical({"s": "\ud800"})


def test_record_hash_is_domain_separated_sha256_of_canonical_record(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path, encrypt_fields=())) as log:
        entry = log.append(event(time_ns=1_764_000_000_123_456_789))
    rec = dict(entry.record)
    stored = rec.pop("record_hash")
    body = orjson.dumps(rec, option=orjson.OPT_SORT_KEYS)
    assert stored == hashlib.sha256(b"spanwatch.audit.record.v1\x00" + body).hexdigest()
    assert rec["time"] == "2025-11-24T16:00:00.123456789Z"
    assert rec["risk_score"] == "0.75"
    assert sorted(rec) == ["agent_id", "conversation_id", "data", "event_type", "prev_hash", "risk_score", "sealed",
                           "security_level", "seq", "source", "time", "user_id"]
    line = (tmp_path / "audit" / "segment-000000000000.jsonl").read_bytes().splitlines()[1]
    assert line == orjson.dumps(entry.record, option=orjson.OPT_SORT_KEYS)


def test_records_whose_data_mimics_chain_fields_still_verify_and_tamper_is_found(tmp_path: Path) -> None:
    """The writer splices record_hash in by byte position and verify reads fields the same way: nested keys
    named like ours, and quotes inside strings, must not confuse either."""
    tricky = {"record_hash": "f" * 64, "prev_hash": "e" * 64, "seq": 99, "sealed": {"kid": "x"},
              "nested": {"record_hash": "0" * 64}, "text": '","record_hash":"' + "a" * 64 + '"'}
    with AuditLog(make_config(tmp_path, encrypt_fields=())) as log:
        log.append(event(data=tricky, user_id='"prev_hash":"' + "1" * 64 + '"'))
    seg = tmp_path / "audit" / "segment-000000000000.jsonl"
    for line in seg.read_bytes().splitlines():
        rec = orjson.loads(line)
        assert line == orjson.dumps(rec, option=orjson.OPT_SORT_KEYS)
    assert records(tmp_path / "audit")[1]["data"] == tricky
    keys = keys_for(tmp_path)
    assert verify(tmp_path / "audit", keys).ok  # type: ignore[arg-type]
    seg.write_bytes(seg.read_bytes().replace(b'"seq":99', b'"seq":98'))
    report = verify(tmp_path / "audit", keys)  # type: ignore[arg-type]
    assert (report.failures[0].reason, report.failures[0].location) == ("hash_mismatch", f"{seg.name}:2")


def test_rfc3339_round_trips() -> None:
    t = 1_764_000_000_000_000_001
    assert rfc3339_ns(t) == "2025-11-24T16:00:00.000000001Z"
    assert parse_rfc3339_ns(rfc3339_ns(t)) == t
    assert parse_rfc3339_ns("2025-11-24T16:00:00Z") == t - 1
    assert parse_rfc3339_ns("2025-11-24") == 1_763_942_400_000_000_000
    with pytest.raises(ValueError, match="must be UTC"):
        parse_rfc3339_ns("2025-11-24T16:00:00+01:00")


# ------------------------------------------------------------------------------------------------ config


def test_default_config_is_valid() -> None:
    assert AuditConfig().validate() == []


@pytest.mark.parametrize(("overrides", "problem"), [
    ({"fsync": "sometimes"}, "fsync must be one of always, interval, never, got 'sometimes'"),
    ({"fsync_interval": Duration("0s")}, "fsync_interval must be > 0, got 0s"),
    ({"max_log_size": ByteSize(100)}, "max_log_size must be >= 4KiB, got 100"),
    ({"rotate_interval": Duration(-1)}, "rotate_interval must be >= 0 (0 turns time rotation off), got -1s"),
    ({"checkpoint_every_records": 0}, "checkpoint_every_records must be >= 1, got 0"),
    ({"checkpoint_interval": Duration(0)}, "checkpoint_interval must be > 0, got 0s"),
    ({"heartbeat_interval": Duration(0)}, "heartbeat_interval must be > 0, got 0s"),
    ({"origin": "has space"}, "origin must be non-empty without whitespace"),
    ({"encrypt_fields": ("text",)}, "encrypt_fields entry 'text' must be agent_id, user_id, conversation_id or "
                                    "data.<key>[.<key>...]"),
    ({"hash_fields": ("data.",)}, "hash_fields entry 'data.' must be"),
    ({"encrypt_fields": ("user_id",), "hash_fields": ("user_id",)},
     "encrypt_fields and hash_fields both list user_id; keep each in one of them"),
    ({"directory": "/srv/audit", "key_store_dir": "/srv/audit/keys"},
     "key_store_dir must be outside directory '/srv/audit', got '/srv/audit/keys'"),
    ({"directory": "/srv/audit", "checkpoint_copy_dir": "/srv/audit"}, "checkpoint_copy_dir must be outside"),
])
def test_when_config_invalid_then_validate_names_key_and_fix(overrides: dict[str, object], problem: str) -> None:
    problems = AuditConfig(**overrides).validate()  # type: ignore[arg-type]
    assert any(p.startswith(problem) for p in problems), problems


def test_when_config_invalid_then_audit_log_refuses_to_start(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="fsync must be one of"):
        AuditLog(make_config(tmp_path, fsync="sometimes"))


# --------------------------------------------------------------------------------------------- lifecycle


def test_lifecycle_records_start_and_stop_and_signs_final_checkpoint(tmp_path: Path) -> None:
    log = AuditLog(make_config(tmp_path))
    for i in range(5):
        log.append(event(i))
    log.close()
    log.close()  # idempotent
    with pytest.raises(RuntimeError, match="audit log is closed"):
        log.append(event())
    recs = records(tmp_path / "audit")
    assert [r["event_type"] for r in recs] == ["chain_started", *["finding"] * 5, "chain_stopped"]
    assert [r["seq"] for r in recs] == list(range(7))
    assert recs[0]["prev_hash"] == "0" * 64
    assert all(b["prev_hash"] == a["record_hash"] for a, b in itertools.pairwise(recs))
    last = checkpoints(tmp_path / "audit")[-1]
    assert last["size"] == 7 and last["origin"] == "spanwatch/audit"
    report = verify(tmp_path / "audit", keys_for(tmp_path))  # type: ignore[arg-type]
    assert report.ok, report.render()
    assert (report.records, report.checkpoints_valid, report.unanchored_records) == (7, 1, 0)
    assert report.integrity_rate == 100.0


def test_restart_continues_the_same_chain(tmp_path: Path) -> None:
    for _ in range(3):
        with AuditLog(make_config(tmp_path)) as log:
            log.append(event())
    recs = records(tmp_path / "audit")
    assert [r["seq"] for r in recs] == list(range(9))
    assert [r["event_type"] for r in recs].count("chain_started") == 3
    assert verify(tmp_path / "audit", keys_for(tmp_path)).ok  # type: ignore[arg-type]


def test_signing_key_created_0600_and_reused(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path)) as log:
        kid = log.key_id
    key = tmp_path / "audit-keys" / "signing.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    with AuditLog(make_config(tmp_path)) as log:
        assert log.key_id == kid
    assert {c["kid"] for c in checkpoints(tmp_path / "audit")} == {kid}


def test_when_signing_key_readable_by_others_then_refused(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path)):
        pass
    key = tmp_path / "audit-keys" / "signing.key"
    key.chmod(0o644)
    with pytest.raises(PermissionError, match=r"readable by group or others; run chmod 600"):
        AuditLog(make_config(tmp_path))


def test_when_second_writer_opens_directory_then_refused(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path)), pytest.raises(RuntimeError, match="already used by another audit writer"):
        AuditLog(make_config(tmp_path))


def test_when_bad_event_in_batch_then_nothing_written_and_chain_continues(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path)) as log:
        with pytest.raises(CanonicalError, match=r"data\.bad must be"):
            log.append_many([event(1), event(2, data={"bad": b"x"})])
        with pytest.raises(CanonicalError, match="security_level must be one of"):
            log.append(event(security_level="severe"))
        log.append(event(3))
    assert [r["seq"] for r in records(tmp_path / "audit")] == [0, 1, 2]
    assert verify(tmp_path / "audit", keys_for(tmp_path)).ok  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------- checkpoints


def test_checkpoint_root_is_rfc6962_root_over_record_hashes_and_proofs_verify(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path, checkpoint_every_records=7)) as log:
        log.append_many([event(i) for i in range(12)])
    recs = records(tmp_path / "audit")
    leaves = [leaf_hash(bytes.fromhex(str(r["record_hash"]))) for r in recs]
    for cp in checkpoints(tmp_path / "audit"):
        n = int(cp["size"])  # type: ignore[call-overload]
        assert cp["root"] == root_of(leaves[:n]).hex()
        for seq in (0, n // 2, n - 1):
            record_hash, proof, root = prove_inclusion(tmp_path / "audit", seq, n)
            assert root.hex() == cp["root"]
            assert verify_inclusion(seq, n, leaf_hash(record_hash), proof, root)
    cps = checkpoints(tmp_path / "audit")
    old, new = int(cps[0]["size"]), int(cps[-1]["size"])  # type: ignore[call-overload]
    assert verify_consistency(old, new, bytes.fromhex(str(cps[0]["root"])), bytes.fromhex(str(cps[-1]["root"])),
                              consistency_proof(leaves[:new], old))
    with pytest.raises(ValueError, match="seq must be in"):
        prove_inclusion(tmp_path / "audit", 99)


def test_checkpoint_every_n_records(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path, checkpoint_every_records=10)) as log:
        log.append_many([event(i) for i in range(9)])  # 1 start + 9 = 10 records
        assert [c["size"] for c in checkpoints(tmp_path / "audit")] == [10]
        for i in range(10):
            log.append(event(i))
        assert [c["size"] for c in checkpoints(tmp_path / "audit")] == [10, 20]
    cps = checkpoints(tmp_path / "audit")
    assert cps[-1]["size"] == 21


def test_checkpoint_interval_and_idle_heartbeats(tmp_path: Path) -> None:
    clock = FakeClock()
    cfg = make_config(tmp_path, checkpoint_interval=Duration("10s"), heartbeat_interval=Duration("60s"))
    log = AuditLog(cfg, monotonic=clock)
    log.append(event())
    clock.now += 5
    log.tick()
    assert not (tmp_path / "audit" / "checkpoints.jsonl").read_bytes()
    clock.now += 5
    log.tick()
    assert [c["size"] for c in checkpoints(tmp_path / "audit")] == [2]
    clock.now += 30
    log.tick()  # idle, but no heartbeat due yet
    assert len(checkpoints(tmp_path / "audit")) == 1
    clock.now += 30
    log.tick()
    clock.now += 60
    log.tick()
    cps = checkpoints(tmp_path / "audit")
    assert [c["size"] for c in cps] == [2, 2, 2]  # heartbeats re-sign the unchanged tree
    assert len({c["time"] for c in cps}) == 3
    log.close()
    assert verify(tmp_path / "audit", keys_for(tmp_path)).ok  # type: ignore[arg-type]


def test_checkpoints_are_copied_to_second_directory(tmp_path: Path) -> None:
    copy = tmp_path / "witness"
    with AuditLog(make_config(tmp_path, checkpoint_copy_dir=str(copy), checkpoint_every_records=2)) as log:
        log.append_many([event(i) for i in range(3)])
    assert (copy / "checkpoints.jsonl").read_bytes() == (tmp_path / "audit" / "checkpoints.jsonl").read_bytes()
    assert verify(tmp_path / "audit", keys_for(tmp_path), copy_dir=copy).ok  # type: ignore[arg-type]


# -------------------------------------------------------------------------------------------- durability


@pytest.mark.parametrize(("policy", "expected_syncs"), [("always", 5), ("never", 0), ("interval", 0)])
def test_fsync_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, policy: str, expected_syncs: int) -> None:
    # No sealing: a new subject's key adds one fsync of the key journal, counted apart from record fsyncs.
    log = AuditLog(make_config(tmp_path, fsync=policy, encrypt_fields=()), monotonic=FakeClock())
    calls: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    for i in range(5):
        log.append(event(i))
    assert len(calls) == expected_syncs
    monkeypatch.undo()
    log.close()


def test_fsync_interval_syncs_once_per_interval(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    log = AuditLog(make_config(tmp_path, fsync="interval", fsync_interval=Duration("1s"), encrypt_fields=()),
                   monotonic=clock)
    calls: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    log.append(event())
    clock.now += 1.0
    log.tick()
    log.tick()
    assert len(calls) == 1
    monkeypatch.undo()
    log.close()


def test_rotation_by_size_seals_compressed_segments(tmp_path: Path) -> None:
    with AuditLog(make_config(tmp_path, max_log_size=ByteSize("4KiB"))) as log:
        log.append_many([event(i) for i in range(60)])
        for i in range(60):
            log.append(event(i))
    names = sorted(p.name for p in (tmp_path / "audit").glob("segment-*"))
    assert len(names) > 3
    assert all(n.endswith(".jsonl.gz") for n in names[:-1]) and names[-1].endswith(".jsonl")
    assert [r["seq"] for r in records(tmp_path / "audit")] == list(range(122))
    report = verify(tmp_path / "audit", keys_for(tmp_path))  # type: ignore[arg-type]
    assert report.ok and report.segments == len(names), report.render()


@pytest.mark.parametrize("keep_state", [True, False])
def test_restart_after_rotation_resumes_with_or_without_state(tmp_path: Path, keep_state: bool) -> None:
    cfg = make_config(tmp_path, max_log_size=ByteSize("4KiB"))
    with AuditLog(cfg) as log:
        for i in range(40):
            log.append(event(i))
        size_before = log.size
    if not keep_state:
        (tmp_path / "audit" / "state.json").unlink()
    with AuditLog(cfg) as log:
        assert log.size == size_before + 2  # + chain_stopped, chain_started
        log.append(event())
    assert verify(tmp_path / "audit", keys_for(tmp_path)).ok  # type: ignore[arg-type]


def test_rotation_by_time(tmp_path: Path) -> None:
    clock = FakeClock()
    log = AuditLog(make_config(tmp_path, rotate_interval=Duration("1h")), monotonic=clock)
    log.append(event())
    clock.now += 3600
    log.tick()
    log.append(event())
    log.close()
    names = sorted(p.name for p in (tmp_path / "audit").glob("segment-*"))
    assert names == ["segment-000000000000.jsonl.gz", "segment-000000000002.jsonl"]


def test_torn_tail_is_truncated_and_recorded(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    with AuditLog(cfg) as log:
        log.append(event())
    seg = tmp_path / "audit" / "segment-000000000000.jsonl"
    good = seg.read_bytes()
    torn = b'{"agent_id":"agent-1","conversation_id":"c-1","data":{"n'
    seg.write_bytes(good + torn)
    with AuditLog(cfg) as log:
        log.append(event())
    recs = records(tmp_path / "audit")
    recovered = [r for r in recs if r["event_type"] == "chain_recovered"]
    assert len(recovered) == 1
    data = recovered[0]["data"]
    assert data == {"segment": seg.name, "truncated_bytes": len(torn), "dropped_lines": 1, "resumed_at_seq": 3}
    assert recovered[0]["security_level"] == "high"
    assert verify(tmp_path / "audit", keys_for(tmp_path)).ok  # type: ignore[arg-type]


def test_nul_filled_tail_after_power_loss_is_cut(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    with AuditLog(cfg) as log:
        log.append(event())
    seg = tmp_path / "audit" / "segment-000000000000.jsonl"
    seg.write_bytes(seg.read_bytes() + b"\x00" * 300 + b"\n" + b"\x00" * 100)
    with AuditLog(cfg):
        pass
    recovered = next(r for r in records(tmp_path / "audit") if r["event_type"] == "chain_recovered")
    assert recovered["data"]["truncated_bytes"] == 401  # type: ignore[index]
    assert verify(tmp_path / "audit", keys_for(tmp_path)).ok  # type: ignore[arg-type]


def test_when_last_complete_record_was_edited_then_restart_keeps_it_as_evidence(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    with AuditLog(cfg) as log:
        log.append(event())
    seg = tmp_path / "audit" / "segment-000000000000.jsonl"
    seg.write_bytes(seg.read_bytes().replace(b'"event_type":"chain_stopped"', b'"event_type":"chain_stoppeD"'))
    with AuditLog(cfg):
        pass
    assert not [r for r in records(tmp_path / "audit") if r["event_type"] == "chain_recovered"]
    report = verify(tmp_path / "audit", keys_for(tmp_path))  # type: ignore[arg-type]
    assert [(f.reason, f.location) for f in report.failures if f.location.startswith("segment")] == [
        ("hash_mismatch", f"{seg.name}:3")]


def test_when_crash_loses_checkpointed_records_then_recovery_says_so(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    with AuditLog(cfg) as log:
        log.append_many([event(i) for i in range(3)])
    seg = tmp_path / "audit" / "segment-000000000000.jsonl"
    lines = seg.read_bytes().splitlines(keepends=True)
    seg.write_bytes(b"".join(lines[:-1]) + lines[-1][:20])  # a torn chain_stopped record
    with AuditLog(cfg):
        pass
    recovered = next(r for r in records(tmp_path / "audit") if r["event_type"] == "chain_recovered")
    assert recovered["data"]["checkpointed_size"] == 5  # type: ignore[index]
    report = verify(tmp_path / "audit", keys_for(tmp_path))  # type: ignore[arg-type]
    assert not report.ok  # the signed size-5 root no longer matches: loud, never silent


def test_when_history_is_damaged_then_writer_still_starts_and_verify_reports_only_the_damage(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, max_log_size=ByteSize("4KiB"))
    with AuditLog(cfg) as log:
        log.append_many([event(i) for i in range(40)])
    sealed = sorted((tmp_path / "audit").glob("segment-*.gz"))[0]
    lines = gzip.decompress(sealed.read_bytes()).splitlines()
    lines[3] = b"garbage"
    sealed.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    (tmp_path / "audit" / "state.json").unlink()  # force the full scan
    with AuditLog(cfg) as log:
        log.append(event())
    report = verify(tmp_path / "audit", keys_for(tmp_path))  # type: ignore[arg-type]
    bad = [(f.reason, f.location) for f in report.failures if f.location.startswith("segment")]
    assert bad == [("bad_format", f"{sealed.name}:4"), ("missing_seq", f"{sealed.name}:5")]
    # Checkpoints signed before the damage disagree; those signed after the restart agree with verify's tree.
    last = checkpoints(tmp_path / "audit")[-1]
    assert all(f.location != f"checkpoints.jsonl:{len(checkpoints(tmp_path / 'audit'))}" for f in report.failures)
    assert last["root"] == report.root


# -------------------------------------------------------------------------------------------- exporter


def _finding(**kw: object) -> Finding:
    base: dict[str, object] = {"detector": "pii", "rule_id": "pii.email", "category": "pii", "score": 0.9,
                               "confidence": 0.8, "severity": Severity.HIGH, "message_index": 0, "start": 3,
                               "end": 20, "evidence": "a***@example.com", "value_hash": "ab12"}
    base.update(kw)
    return Finding(**base)  # type: ignore[arg-type]


def _interaction(*findings: Finding) -> Interaction:
    return Interaction(findings=list(findings), signal="traces", chunk=None, record=None, trace_id=b"\x01" * 16,  # type: ignore[arg-type]
                       span_id=b"\x02" * 8, conversation_id="conv-9", user_id="user-9", agent_id="agent-9",
                       model="gpt-4o", time_unix_nano=1_764_000_000_000_000_000)


def test_events_from_batch_turns_findings_into_events() -> None:
    batch = Batch(signal="traces", interactions=[_interaction(_finding(), _finding(rule_id="x"))])
    events = events_from_batch(batch)
    assert len(events) == 2
    e = events[0]
    assert (e.event_type, e.user_id, e.conversation_id, e.agent_id) == ("finding", "user-9", "conv-9", "agent-9")
    assert (e.security_level, e.risk_score, e.time_ns) == ("high", 0.9, 1_764_000_000_000_000_000)
    assert e.data["trace_id"] == "01" * 16 and e.data["evidence"] == "a***@example.com"
    assert events_from_batch(Batch(signal="traces")) == []


def test_exporter_component_lifecycle(tmp_path: Path) -> None:
    host = Host(telemetry=Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test"))
    exporter = FACTORY.create(ComponentID("audit"), AuditConfig(), host)

    async def scenario() -> None:
        await exporter.shutdown()  # safe before start
        await exporter.start()
        await exporter.consume(Batch(signal="traces", interactions=[_interaction(_finding())]))
        await exporter.shutdown()
        await exporter.shutdown()

    asyncio.run(scenario())
    directory = tmp_path / "audit" / "audit"
    recs = records(directory)
    assert [r["event_type"] for r in recs] == ["chain_started", "finding", "chain_stopped"]
    assert recs[1]["sealed"] is not None and "evidence" not in recs[1]["data"]  # type: ignore[operator]
    keys = trusted_keys([tmp_path / "audit" / "audit-keys" / "signing.key.pub"])
    assert verify(directory, keys).ok


def _alert() -> Alert:
    return Alert(time_unix_nano=1_764_000_000_000_000_000, conversation_id="conv-9", agent_id="agent-9",
                 agent_name="support", user_id="user-9", service_name="svc", trace_id="01" * 16, span_id="02" * 8,
                 score=0.93, level="critical", threat_types=("prompt_injection",),
                 compliance_tags=("owasp_llm:LLM01",), summary="prompt injection in a user prompt",
                 recommendations=("review the conversation",), rule_ids=("injection.override",))


def test_alerts_become_alert_events() -> None:
    batch = Batch(signal="traces", interactions=[_interaction(_finding())], alerts=[_alert()])
    events = events_from_batch(batch)
    assert [e.event_type for e in events] == ["finding", "alert"]
    alert = events[1]
    assert (alert.security_level, alert.risk_score, alert.conversation_id) == ("critical", 0.93, "conv-9")
    assert alert.data["threat_types"] == ["prompt_injection"] and alert.data["trace_id"] == "01" * 16


def test_start_up_verification_counts_intact_records_and_reports_tampering(tmp_path: Path) -> None:
    def run_once() -> Telemetry:
        telemetry = Telemetry()
        host = Host(telemetry=telemetry, data_dir=tmp_path, logger=logging.getLogger("test"))
        exporter = FACTORY.create(ComponentID("audit"), AuditConfig(), host)

        async def scenario() -> None:
            await exporter.start()
            await exporter.consume(Batch(signal="traces", interactions=[_interaction(_finding())]))
            await exporter.shutdown()

        asyncio.run(scenario())
        return telemetry

    first = run_once().render()
    assert 'spanwatch_exporter_audit_verified_records_total{' not in first  # nothing to verify yet
    second = run_once().render()
    assert 'spanwatch_exporter_audit_verified_records_total{exporter="audit"} 3' in second
    assert "spanwatch_exporter_audit_verify_failures_total{" not in second
    # Edit one byte of a record already vouched for by a checkpoint: the next start reports it.
    segment = next((tmp_path / "audit" / "audit").glob("segment-*.jsonl"))
    raw = bytearray(segment.read_bytes())
    at = raw.index(b'"finding"') + 2
    raw[at] = ord("F")
    segment.write_bytes(bytes(raw))
    third = run_once().render()
    assert 'spanwatch_exporter_audit_verify_failures_total{exporter="audit",reason="hash_mismatch"}' in third
