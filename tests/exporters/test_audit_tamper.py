"""Tampering with an audit directory: every attack is found, with its location and reason code.

The fixture writes 3+ segments (two sealed and gzip-compressed, one active) and a checkpoint every 10 records.
Each test applies one attack the way an intruder with write access to the directory would, then verifies.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from spanwatch.confmap import ByteSize
from spanwatch.exporters._audit_keys import trusted_keys
from spanwatch.exporters._audit_record import (
    RECORD_DOMAIN,
    canonical,
    checkpoint_body,
    checkpoint_hash,
    sign_checkpoint,
)
from spanwatch.exporters.audit import AuditConfig, AuditEvent, AuditLog, Failure, Reason, VerifyReport, verify

Lines = list[bytes]


class Chain:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.dir = root / "audit"
        self.copy = root / "witness"
        cfg = AuditConfig(directory=str(self.dir), max_log_size=ByteSize("8KiB"), checkpoint_every_records=10,
                          checkpoint_copy_dir=str(self.copy))
        with AuditLog(cfg) as log:
            for i in range(60):
                log.append(AuditEvent(event_type="finding", source="detect/pii", user_id=f"u{i % 3}",
                                      security_level="medium", risk_score=0.5,
                                      data={"rule_id": "pii.email", "n": i}))
        self.keys: dict[str, Ed25519PublicKey] = trusted_keys([root / "audit-keys" / "signing.key.pub"])
        signing = load_pem_private_key((root / "audit-keys" / "signing.key").read_bytes(), None)
        assert isinstance(signing, Ed25519PrivateKey)
        self.signing = signing
        self.segments = sorted(self.dir.glob("segment-*"))

    def edit(self, seg: Path, fn: Callable[[Lines], Lines]) -> None:
        raw = seg.read_bytes()
        sealed = seg.suffix == ".gz"
        lines = (gzip.decompress(raw) if sealed else raw).splitlines()
        data = b"".join(x + b"\n" for x in fn(lines))
        seg.write_bytes(gzip.compress(data) if sealed else data)

    def lines(self, seg: Path) -> Lines:
        raw = seg.read_bytes()
        return (gzip.decompress(raw) if seg.suffix == ".gz" else raw).splitlines()

    def verify(self, **kw: object) -> VerifyReport:
        serial = verify(self.dir, self.keys, **kw)  # type: ignore[arg-type]
        # Segments checked in worker processes must give exactly the serial answer, tampered or not.
        parallel = verify(self.dir, self.keys, workers=2, **kw)  # type: ignore[arg-type]
        assert parallel.to_dict() == serial.to_dict()
        return serial


def rehash(rec: dict[str, object]) -> dict[str, object]:
    body = {k: v for k, v in rec.items() if k != "record_hash"}
    return {**body, "record_hash": hashlib.sha256(RECORD_DOMAIN + canonical(body)).hexdigest()}  # type: ignore[arg-type]


def reasons(report: VerifyReport) -> set[Reason]:
    return {f.reason for f in report.failures}


def only(report: VerifyReport, reason: Reason) -> list[Failure]:
    return [f for f in report.failures if f.reason == reason]


@pytest.fixture
def chain(tmp_path: Path) -> Chain:
    c = Chain(tmp_path)
    assert len(c.segments) >= 3 and c.segments[0].suffix == ".gz" and c.segments[-1].suffix == ".jsonl"
    report = c.verify(copy_dir=c.copy)
    assert report.ok, report.render()
    return c


def test_untouched_chain_verifies(chain: Chain) -> None:
    report = chain.verify()
    assert report.ok and report.records == 62 and report.checkpoints_valid >= 6
    assert report.integrity_rate == 100.0


@pytest.mark.parametrize("segment_index", [0, -1], ids=["sealed", "active"])
def test_edit_one_byte(chain: Chain, segment_index: int) -> None:
    seg = chain.segments[segment_index]

    def flip(lines: Lines) -> Lines:
        assert b'"pii.email"' in lines[2]
        lines[2] = lines[2].replace(b'"pii.email"', b'"pii.emaiL"')
        return lines

    chain.edit(seg, flip)
    report = chain.verify()
    seq = orjson.loads(chain.lines(seg)[2])["seq"]
    [hit] = only(report, Reason.HASH_MISMATCH)
    assert (hit.location, hit.seq) == (f"{seg.name}:3", seq)
    assert report.invalid_records == 1 and report.integrity_rate < 100.0
    if segment_index == 0:  # every later checkpoint signed the original root
        assert only(report, Reason.CHECKPOINT_INCONSISTENT)


def test_edit_and_rehash_one_record_breaks_the_next_link(chain: Chain) -> None:
    seg = chain.segments[0]

    def forge(lines: Lines) -> Lines:
        rec = orjson.loads(lines[4])
        rec["risk_score"] = "0.0"
        lines[4] = canonical(rehash(rec))  # type: ignore[arg-type]
        return lines

    chain.edit(seg, forge)
    report = chain.verify()
    [hit] = only(report, Reason.PREV_HASH_MISMATCH)
    assert hit.location == f"{seg.name}:6"
    assert only(report, Reason.CHECKPOINT_INCONSISTENT)


def test_insert_a_forged_record(chain: Chain) -> None:
    seg = chain.segments[0]

    def insert(lines: Lines) -> Lines:
        prev = orjson.loads(lines[4])
        forged = dict(orjson.loads(lines[5]))
        forged.update(data={"rule_id": "none", "n": -1}, prev_hash=prev["record_hash"])
        return [*lines[:5], canonical(rehash(forged)), *lines[5:]]  # type: ignore[arg-type]

    chain.edit(seg, insert)
    report = chain.verify()
    [hit] = only(report, Reason.SEQ_OUT_OF_ORDER)
    assert hit.location == f"{seg.name}:7" and hit.seq == 5
    assert Reason.CHECKPOINT_INCONSISTENT in reasons(report)


def test_insert_and_rewrite_the_rest_of_the_chain_is_caught_by_checkpoints(chain: Chain) -> None:
    """An intruder who renumbers and rehashes everything after the insert leaves a perfect hash chain; only
    the signed Merkle roots notice."""
    all_lines: list[tuple[Path, int]] = []
    for seg in chain.segments:
        all_lines.extend((seg, i) for i in range(len(chain.lines(seg))))
    contents = {seg: chain.lines(seg) for seg in chain.segments}
    recs = [orjson.loads(contents[s][i]) for s, i in all_lines]
    forged = dict(recs[5], data={"rule_id": "none"})
    new = [*recs[:5], forged, *recs[5:]]
    prev = new[4]["record_hash"]
    for seq, rec in enumerate(new[5:], start=5):
        rec.update(seq=seq, prev_hash=prev)
        new[seq] = rehash(rec)
        prev = new[seq]["record_hash"]
    # Keep segment boundaries; the last segment takes the extra record.
    pos = 0
    for seg in chain.segments:
        n = len(contents[seg]) + (1 if seg == chain.segments[-1] else 0)
        body = b"".join(canonical(r) + b"\n" for r in new[pos:pos + n])
        seg.write_bytes(gzip.compress(body) if seg.suffix == ".gz" else body)
        pos += n
    report = chain.verify()
    assert reasons(report) == {Reason.CHECKPOINT_INCONSISTENT}, report.render()
    assert report.failures[0].location.startswith("checkpoints.jsonl:")
    assert "records before it were changed" in report.failures[0].detail


def test_delete_a_record(chain: Chain) -> None:
    seg = chain.segments[1]
    first = orjson.loads(chain.lines(seg)[0])["seq"]
    chain.edit(seg, lambda lines: lines[:3] + lines[4:])
    report = chain.verify()
    [hit] = only(report, Reason.MISSING_SEQ)
    assert hit.location == f"{seg.name}:4" and hit.seq == first + 4
    assert f"expected seq {first + 3}, found {first + 4} (1 missing)" in hit.detail


def test_reorder_two_records(chain: Chain) -> None:
    seg = chain.segments[-1]
    first = orjson.loads(chain.lines(seg)[0])["seq"]
    chain.edit(seg, lambda lines: [lines[0], lines[2], lines[1], *lines[3:]])
    report = chain.verify()
    assert [(f.reason, f.location) for f in report.failures if f.location.startswith("segment")] == [
        (Reason.MISSING_SEQ, f"{seg.name}:2"), (Reason.SEQ_OUT_OF_ORDER, f"{seg.name}:3"),
        (Reason.PREV_HASH_MISMATCH, f"{seg.name}:4")]  # the record after the pair now follows the wrong one
    assert only(report, Reason.MISSING_SEQ)[0].seq == first + 2


def test_truncate_the_tail(chain: Chain) -> None:
    seg = chain.segments[-1]
    chain.edit(seg, lambda lines: lines[:-5])
    report = chain.verify()
    hits = only(report, Reason.TRUNCATED_AFTER_CHECKPOINT)
    assert hits and hits[-1].location == f"checkpoints.jsonl:{report.checkpoints}"
    assert "vouches for 62 records, the log holds 57" in hits[-1].detail


def test_truncate_tail_and_its_checkpoints_is_caught_by_the_copy(chain: Chain) -> None:
    """Cutting records *and* the checkpoints that signed them leaves a consistent prefix: the one blind spot
    of every log design, visible only against a head kept elsewhere."""
    seg = chain.segments[-1]
    chain.edit(seg, lambda lines: lines[:-5])
    cps = (chain.dir / "checkpoints.jsonl").read_bytes().splitlines()
    kept = [c for c in cps if orjson.loads(c)["size"] <= 57]
    (chain.dir / "checkpoints.jsonl").write_bytes(b"".join(c + b"\n" for c in kept))
    assert chain.verify().ok  # alone, the primary directory looks fine
    report = chain.verify(copy_dir=chain.copy)
    assert Reason.CHECKPOINT_MISSING in reasons(report)
    assert Reason.TRUNCATED_AFTER_CHECKPOINT in reasons(report)
    assert only(report, Reason.TRUNCATED_AFTER_CHECKPOINT)[0].location.startswith(str(chain.copy))


def test_replace_a_whole_segment(chain: Chain) -> None:
    """A self-consistent forged segment (same seqs, rehashed from genesis) breaks the link into the next."""
    seg = chain.segments[0]
    original = chain.lines(seg)
    prev = "0" * 64
    forged = []
    for line in original:
        rec = orjson.loads(line)
        rec.update(prev_hash=prev, data={"rule_id": "innocent"})
        rec = rehash(rec)
        prev = str(rec["record_hash"])
        forged.append(canonical(rec))  # type: ignore[arg-type]
    seg.write_bytes(gzip.compress(b"".join(x + b"\n" for x in forged)))
    report = chain.verify()
    [hit] = only(report, Reason.PREV_HASH_MISMATCH)
    assert hit.location == f"{chain.segments[1].name}:1"
    assert Reason.CHECKPOINT_INCONSISTENT in reasons(report)


def test_delete_a_whole_segment(chain: Chain) -> None:
    seg = chain.segments[1]
    n = len(chain.lines(seg))
    seg.unlink()
    report = chain.verify()
    [hit] = only(report, Reason.MISSING_SEQ)
    assert hit.location == f"{chain.segments[2].name}:1" and f"({n} missing)" in hit.detail


def test_garbage_line(chain: Chain) -> None:
    chain.edit(chain.segments[-1], lambda lines: [*lines[:2], b"not json at all", *lines[2:]])
    report = chain.verify()
    assert [f.location for f in only(report, Reason.BAD_FORMAT)] == [f"{chain.segments[-1].name}:3"]


def _append_checkpoint(chain: Chain, key: Ed25519PrivateKey, *, root: str | None = None,
                       size: int | None = None) -> int:
    path = chain.dir / "checkpoints.jsonl"
    lines = path.read_bytes().splitlines()
    last = orjson.loads(lines[-1])
    body = checkpoint_body(origin=last["origin"], size=last["size"] if size is None else size,
                           root=last["root"] if root is None else root, prev=checkpoint_hash(lines[-1]),
                           time_=last["time"], kid=last["kid"])
    if key is not chain.signing:
        from spanwatch.exporters._audit_record import key_id

        body["kid"] = key_id(key.public_key())
    path.write_bytes(path.read_bytes() + canonical(sign_checkpoint(body, key)) + b"\n")
    return len(lines) + 1


def test_forged_checkpoint_signed_with_unknown_key(chain: Chain) -> None:
    line = _append_checkpoint(chain, Ed25519PrivateKey.generate(), root="00" * 32)
    report = chain.verify()
    [hit] = report.failures
    assert (hit.reason, hit.location) == (Reason.UNKNOWN_KEY, f"checkpoints.jsonl:{line}")
    assert report.checkpoints_invalid == 1


def test_forged_checkpoint_with_valid_key_over_wrong_root(chain: Chain) -> None:
    line = _append_checkpoint(chain, chain.signing, root="ab" * 32)
    report = chain.verify()
    [hit] = report.failures
    assert (hit.reason, hit.location) == (Reason.CHECKPOINT_INCONSISTENT, f"checkpoints.jsonl:{line}")
    assert "signed root abababababababab" in hit.detail


def test_forged_checkpoint_with_valid_key_claiming_more_records(chain: Chain) -> None:
    line = _append_checkpoint(chain, chain.signing, size=100)
    [hit] = chain.verify().failures
    assert (hit.reason, hit.location) == (Reason.TRUNCATED_AFTER_CHECKPOINT, f"checkpoints.jsonl:{line}")


def test_checkpoint_edited_without_re_signing(chain: Chain) -> None:
    path = chain.dir / "checkpoints.jsonl"
    lines = path.read_bytes().splitlines()
    cp = orjson.loads(lines[1])
    cp["size"] = cp["size"] - 1
    lines[1] = canonical(cp)
    path.write_bytes(b"".join(x + b"\n" for x in lines))
    report = chain.verify()
    assert (Reason.BAD_SIGNATURE, "checkpoints.jsonl:2") in {(f.reason, f.location) for f in report.failures}


def test_checkpoint_removed_from_the_middle(chain: Chain) -> None:
    path = chain.dir / "checkpoints.jsonl"
    lines = path.read_bytes().splitlines()
    path.write_bytes(b"".join(x + b"\n" for x in lines[:2] + lines[3:]))
    report = chain.verify()
    [hit] = report.failures
    assert (hit.reason, hit.location) == (Reason.CHECKPOINT_INCONSISTENT, "checkpoints.jsonl:3")
    assert "prev does not match" in hit.detail


def test_delete_every_checkpoint(chain: Chain) -> None:
    (chain.dir / "checkpoints.jsonl").unlink()
    report = chain.verify()
    [hit] = report.failures
    assert (hit.reason, hit.location) == (Reason.CHECKPOINT_MISSING, "checkpoints.jsonl")
    assert chain.verify(require_checkpoint=False).ok
    assert Reason.CHECKPOINT_MISSING in reasons(chain.verify(copy_dir=chain.copy))
