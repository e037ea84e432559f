"""Erasure by crypto-shredding, and the hash-only privacy mode."""

from __future__ import annotations

import stat
from pathlib import Path

import orjson
import pytest
from cryptography.exceptions import InvalidTag

from spanwatch.exporters._audit_keys import KeyErasedError, KeyStore, Pseudonymizer, trusted_keys
from spanwatch.exporters.audit import AuditConfig, AuditEvent, AuditLog, TrailQuery, trail, unseal, verify

SECRET_TEXT = "my card is 4111 1111 1111 1111, email alice@example.com"


def _config(tmp_path: Path, **kw: object) -> AuditConfig:
    base: dict[str, object] = {"directory": str(tmp_path / "audit"),
                               "encrypt_fields": ("data.evidence", "data.text", "user_id")}
    base.update(kw)
    return AuditConfig(**base)  # type: ignore[arg-type]


def _event(user: str, conversation: str = "c-1") -> AuditEvent:
    return AuditEvent(event_type="finding", source="detect/pci", user_id=user, conversation_id=conversation,
                      security_level="critical", risk_score=0.99,
                      data={"rule_id": "pci.pan", "evidence": "4111 **** **** 1111", "text": SECRET_TEXT})


def _raw(tmp_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted((tmp_path / "audit").glob("segment-*")))


def test_content_fields_are_sealed_and_readable_with_the_key(tmp_path: Path) -> None:
    with AuditLog(_config(tmp_path)) as log:
        entry = log.append(_event("alice"))
        assert log.read_sealed(entry.record) == {
            "data.evidence": "4111 **** **** 1111", "data.text": SECRET_TEXT, "user_id": "alice"}
    raw = _raw(tmp_path)
    # The values as written, not their fragments: the chain's hex digests hold "4111" now and then (a clean-clone
    # run failed on it in session 26).
    for plain in (b'"alice"', b"alice@example.com", b"4111 1111", b"4111 ****"):
        assert plain not in raw
    rec = entry.record
    assert rec["user_id"] is None and rec["data"] == {"rule_id": "pci.pan"}
    assert set(rec["sealed"]) == {"kid", "nonce", "ct"}  # type: ignore[arg-type]


def test_erase_destroys_the_key_chain_still_verifies_and_content_is_gone(tmp_path: Path) -> None:
    log = AuditLog(_config(tmp_path))
    alice = log.append(_event("alice"))
    bob = log.append(_event("bob"))
    erased = log.erase("alice", request_id="dsr-42", operator="dpo")
    log.close()

    store = KeyStore(tmp_path / "audit-keys" / "content")
    with pytest.raises(KeyErasedError, match="was erased"):
        unseal(alice.record, store)
    assert unseal(bob.record, store)["user_id"] == "bob"

    kid = alice.record["sealed"]["kid"]  # type: ignore[index]
    assert erased.record["event_type"] == "erasure"
    assert erased.record["data"] == {"key_id": kid, "keys_destroyed": 1, "operator": "dpo", "request_id": "dsr-42"}
    journal = (tmp_path / "audit-keys" / "content" / "keys.jsonl").read_bytes()
    assert str(kid).encode() not in journal and bob.record["sealed"]["kid"].encode() in journal  # type: ignore[index]
    # The erasure record and the whole directory say nothing about who was erased.
    assert b"alice" not in _raw(tmp_path)
    assert b"alice" not in b"".join(p.read_bytes() for p in (tmp_path / "audit-keys").rglob("*") if p.is_file())

    report = verify(tmp_path / "audit", trusted_keys([tmp_path / "audit-keys" / "signing.key.pub"]))
    assert report.ok, report.render()

    shown = trail(tmp_path / "audit", TrailQuery(types=("finding",)), store)
    assert [r["unsealed"] for r in shown] == [{"erased": True},
                                              {"data.evidence": "4111 **** **** 1111", "data.text": SECRET_TEXT,
                                               "user_id": "bob"}]


def test_erasing_unknown_subject_is_recorded_without_keys(tmp_path: Path) -> None:
    with AuditLog(_config(tmp_path)) as log:
        entry = log.erase("nobody", request_id="dsr-1")
    assert entry.record["data"] == {"key_id": None, "keys_destroyed": 0, "operator": "", "request_id": "dsr-1"}


def test_subject_falls_back_to_conversation_and_keys_persist_across_restarts(tmp_path: Path) -> None:
    with AuditLog(_config(tmp_path)) as log:
        first = log.append(_event("", conversation="conv-7"))
    with AuditLog(_config(tmp_path)) as log:
        second = log.append(_event("", conversation="conv-7"))
        assert log.read_sealed(first.record)["data.text"] == SECRET_TEXT
        log.erase("conv-7")
    assert first.record["sealed"]["kid"] == second.record["sealed"]["kid"]  # type: ignore[index]
    with pytest.raises(KeyErasedError):
        unseal(second.record, KeyStore(tmp_path / "audit-keys" / "content"))


def test_sealed_payload_cannot_be_moved_to_another_record(tmp_path: Path) -> None:
    with AuditLog(_config(tmp_path)) as log:
        a = log.append(_event("alice"))
        b = log.append(_event("alice"))
    moved = dict(b.record, sealed=a.record["sealed"])
    with pytest.raises(InvalidTag):
        unseal(moved, KeyStore(tmp_path / "audit-keys" / "content"))


def test_torn_key_journal_line_is_cut_so_later_keys_survive(tmp_path: Path) -> None:
    store_dir = tmp_path / "audit-keys" / "content"
    with AuditLog(_config(tmp_path)) as log:
        log.append(_event("alice"))
    journal = store_dir / "keys.jsonl"
    journal.write_bytes(journal.read_bytes() + b'{"ref":"abc","ki')  # crash mid-append
    with AuditLog(_config(tmp_path)) as log:
        bob = log.append(_event("bob"))
    assert unseal(bob.record, KeyStore(store_dir))["user_id"] == "bob"


def test_key_files_are_private(tmp_path: Path) -> None:
    with AuditLog(_config(tmp_path)) as log:
        log.append(_event("alice"))
    content = tmp_path / "audit-keys" / "content"
    assert stat.S_IMODE(content.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in content.iterdir()} == {0o600}


def test_hash_only_mode_replaces_fields_with_keyed_digests(tmp_path: Path) -> None:
    cfg = _config(tmp_path, encrypt_fields=(), hash_fields=("user_id", "data.email"))
    with AuditLog(cfg) as log:
        a = log.append(AuditEvent(event_type="finding", source="x", user_id="alice",
                                  data={"email": "alice@example.com", "n": 1}))
        b = log.append(AuditEvent(event_type="finding", source="x", user_id="alice", data={"email": "other@x.io"}))
    key = (tmp_path / "audit-keys" / "pseudonym.key").read_bytes()
    p = Pseudonymizer(key)
    assert a.record["user_id"] == p.digest("alice") == b.record["user_id"]  # correlatable
    assert a.record["data"] == {"email": p.digest("alice@example.com"), "n": 1}
    assert str(a.record["user_id"]).startswith("hmac-sha256:")
    assert b"alice" not in _raw(tmp_path)
    # Keyed: another deployment (another key) cannot recompute or link the pseudonym.
    assert Pseudonymizer(b"k" * 32).digest("alice") != p.digest("alice")
    assert orjson.loads(orjson.dumps(a.record))["user_id"] == p.digest("alice")


def test_pseudonym_key_must_be_long_enough() -> None:
    with pytest.raises(ValueError, match="pseudonym key must be at least 16 bytes"):
        Pseudonymizer(b"short")
