"""Verification and querying of an audit directory, without the writer and without trusting ``state.json``.

``verify`` recomputes every record hash, the ``seq``/``prev_hash`` links and the Merkle root at every
checkpoint size, and checks each checkpoint's signature against keys the caller trusts. Output follows AWS
CloudTrail's ``validate-logs``: totals first, then one line per failure with its location and a reason code.
"""

from __future__ import annotations

import binascii
import enum
import hashlib
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from spanwatch.exporters._audit_files import CHECKPOINTS, SegmentFile, list_segments, read_lines
from spanwatch.exporters._audit_record import (
    GENESIS_HASH,
    JSON,
    RECORD_DOMAIN,
    CanonicalError,
    canonical,
    checkpoint_hash,
    checkpoint_signature_ok,
    parse_rfc3339_ns,
)
from spanwatch.exporters._merkle import EMPTY_ROOT, CompactTree, inclusion_proof, leaf_hash, root_of

if TYPE_CHECKING:
    from spanwatch.exporters._audit_keys import KeyStore


class Reason(enum.StrEnum):
    """Why verification failed at a location. Stable strings: alerting rules match on them."""

    HASH_MISMATCH = "hash_mismatch"  # record_hash is not the hash of the record's content (edited)
    PREV_HASH_MISMATCH = "prev_hash_mismatch"  # prev_hash is not the previous record's hash (insert/replace)
    MISSING_SEQ = "missing_seq"  # seq jumps forward: records were deleted
    SEQ_OUT_OF_ORDER = "seq_out_of_order"  # seq repeats or goes back: records reordered, duplicated or inserted
    BAD_FORMAT = "bad_format"  # a line that is not a record/checkpoint at all (garbage, torn, unreadable gzip)
    BAD_SIGNATURE = "bad_signature"  # checkpoint signature does not verify under its key
    UNKNOWN_KEY = "unknown_key"  # checkpoint signed by a key the verifier does not trust
    CHECKPOINT_INCONSISTENT = "checkpoint_inconsistent"  # signed root/origin/link disagrees with the log
    CHECKPOINT_MISSING = "checkpoint_missing"  # the copy holds a checkpoint the primary lost, or there is none
    TRUNCATED_AFTER_CHECKPOINT = "truncated_after_checkpoint"  # a checkpoint vouches for more records than exist


@dataclass(frozen=True, slots=True)
class Failure:
    reason: Reason
    location: str  # "<file>:<line>", 1-based, as editors and grep print it
    detail: str
    seq: int | None = None

    def line(self) -> str:
        return f"{self.location}: {self.reason}: {self.detail}"


@dataclass(slots=True)
class VerifyReport:
    directory: str
    records: int = 0
    invalid_records: int = 0
    segments: int = 0
    checkpoints: int = 0
    checkpoints_invalid: int = 0
    size: int = 0
    root: str = EMPTY_ROOT.hex()
    last_checkpoint: dict[str, JSON] | None = None
    unanchored_records: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def valid_records(self) -> int:
        return self.records - self.invalid_records

    @property
    def checkpoints_valid(self) -> int:
        return self.checkpoints - self.checkpoints_invalid

    @property
    def integrity_rate(self) -> float:
        """Valid records and checkpoints as a percentage of all of them (100.0 for an empty log)."""
        total = self.records + self.checkpoints
        if total == 0:
            return 100.0
        return 100.0 * (self.valid_records + self.checkpoints_valid) / total

    def to_dict(self) -> dict[str, object]:
        return {
            "directory": self.directory, "ok": self.ok,
            "records": {"total": self.records, "valid": self.valid_records, "invalid": self.invalid_records},
            "segments": self.segments,
            "checkpoints": {"total": self.checkpoints, "valid": self.checkpoints_valid,
                            "invalid": self.checkpoints_invalid},
            "integrity_rate": round(self.integrity_rate, 4), "size": self.size, "root": self.root,
            "last_checkpoint": self.last_checkpoint, "unanchored_records": self.unanchored_records,
            "failures": [{"reason": str(f.reason), "location": f.location, "seq": f.seq, "detail": f.detail}
                         for f in self.failures],
        }

    def render(self) -> str:
        lines = [
            f"Results for {self.directory}:",
            f"{self.checkpoints_valid}/{self.checkpoints} checkpoints valid",
            f"{self.valid_records}/{self.records} records valid in {self.segments} segments",
            f"integrity {self.integrity_rate:.2f}%; tree size {self.size}, root {self.root}",
        ]
        if self.last_checkpoint is not None:
            cp = self.last_checkpoint
            lines.append(f"last valid checkpoint: size {cp.get('size')} at {cp.get('time')} by key {cp.get('kid')}")
        if self.unanchored_records:
            lines.append(f"{self.unanchored_records} records after the last checkpoint are not yet signed")
        lines.extend(f.line() for f in self.failures)
        return "\n".join(lines)


@dataclass(slots=True)
class _Anchor:
    location: str
    size: int
    root: str


def _read_checkpoints(path: Path, label: str, keys: Mapping[str, Ed25519PublicKey], report: VerifyReport | None,
                      failures: list[Failure], *, origin: str | None = None,
                      ) -> tuple[list[_Anchor], list[tuple[str, dict[str, JSON]]], set[str]]:
    """Check one checkpoints file. Returns trusted anchors, the valid checkpoints and every line's hash."""
    anchors: list[_Anchor] = []
    valid: list[tuple[str, dict[str, JSON]]] = []
    hashes: set[str] = set()
    if not path.exists():
        return anchors, valid, hashes
    prev = GENESIS_HASH
    last_size = 0
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for i, line in enumerate(lines, 1):
        loc = f"{label}:{i}"
        if report is not None:
            report.checkpoints += 1
        before = len(failures)
        this_hash = checkpoint_hash(line)
        hashes.add(this_hash)
        try:
            cp = orjson.loads(line)
            size, root, kid, cp_prev = cp["size"], cp["root"], cp["kid"], cp["prev"]
            cp_origin = cp["origin"]
            if not (isinstance(size, int) and isinstance(root, str) and isinstance(kid, str)):
                raise TypeError
        except (orjson.JSONDecodeError, KeyError, TypeError):
            failures.append(Failure(Reason.BAD_FORMAT, loc, "not a checkpoint (expected origin, size, root, prev, "
                                                             "time, kid, sig)"))
            prev = this_hash
            if report is not None:
                report.checkpoints_invalid += 1
            continue
        key = keys.get(kid)
        if key is None:
            failures.append(Failure(Reason.UNKNOWN_KEY, loc, f"signed by key {kid}, which is not trusted; pass its "
                                                             "public key with --key"))
        elif not checkpoint_signature_ok(cp, key):
            failures.append(Failure(Reason.BAD_SIGNATURE, loc, f"signature does not verify under key {kid}"))
        else:
            if cp_prev != prev:
                failures.append(Failure(Reason.CHECKPOINT_INCONSISTENT, loc,
                                        "prev does not match the checkpoint before it (a checkpoint was removed, "
                                        "reordered or forged)"))
            if origin is None:
                origin = cp_origin
            elif cp_origin != origin:
                failures.append(Failure(Reason.CHECKPOINT_INCONSISTENT, loc,
                                        f"origin {cp_origin!r} differs from {origin!r}"))
            if size < last_size:
                failures.append(Failure(Reason.CHECKPOINT_INCONSISTENT, loc,
                                        f"size {size} is smaller than the earlier checkpoint's {last_size}"))
            last_size = max(last_size, size)
            # A checkpoint signed by a trusted key vouches for its root even when its link is broken.
            anchors.append(_Anchor(loc, size, root))
            if len(failures) == before:
                valid.append((loc, cp))
        if len(failures) != before and report is not None:
            report.checkpoints_invalid += 1
        prev = this_hash
    return anchors, valid, hashes


_RH = b',"record_hash":"'
_PREV = b'"prev_hash":"'
_SEQ = b',"seq":'


def _fields(line: bytes, seq: int) -> tuple[bytes, bytes, bytes] | None:
    """(record_hash, prev_hash, hashed bytes) of a canonical record line holding ``seq``, by byte position.

    In canonical form the top-level ``record_hash`` directly follows ``prev_hash`` and is the *last*
    occurrence of its key: members sorted after it (risk_score, sealed, security_level, seq, source, time,
    user_id) are strings, integers or the fixed ``sealed`` object, whose quotes are escaped or whose keys are
    ours. A line laid out any other way, or not holding the expected seq, returns None and is parsed instead.
    """
    j = line.rfind(_RH)
    if j < 78 or line[j - 78:j - 65] != _PREV or line[j + 80:j + 81] != b'"' or \
            line.find(b'%s%d,' % (_SEQ, seq), j) < 0:
        return None
    return line[j + 16:j + 80], line[j - 65:j - 1], line[:j] + line[j + 81:]


def _slow_check(line: bytes, loc: str, expected: int, prev_stored: bytes,
                failures: list[Failure]) -> tuple[int, bytes, bytes, int] | None:
    """Parse a line that failed the fast path and say exactly what is wrong with it.

    Returns (seq, stored hash, recomputed digest, 1 if the record failed else 0), or None for a non-record.
    """
    try:
        rec = orjson.loads(line)
        stored = rec.pop("record_hash")
        seq = rec["seq"]
        prev = rec["prev_hash"]
        if not (isinstance(seq, int) and isinstance(stored, str) and isinstance(prev, str)):
            raise TypeError
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        failures.append(Failure(Reason.BAD_FORMAT, loc, "not an audit record"))
        return None
    try:
        digest = hashlib.sha256(RECORD_DOMAIN + canonical(rec)).digest()
    except CanonicalError:
        digest = hashlib.sha256(RECORD_DOMAIN + line).digest()
    before = len(failures)
    if digest.hex() != stored:
        failures.append(Failure(Reason.HASH_MISMATCH, loc, f"seq {seq}: record_hash {stored[:16]}… but content "
                                                           f"hashes to {digest.hex()[:16]}…", seq))
    if seq > expected:
        failures.append(Failure(Reason.MISSING_SEQ, loc, f"expected seq {expected}, found {seq} "
                                                         f"({seq - expected} missing)", seq))
    elif seq < expected:
        failures.append(Failure(Reason.SEQ_OUT_OF_ORDER, loc, f"seq {seq} after seq {expected - 1}", seq))
    elif prev.encode() != prev_stored:
        failures.append(Failure(Reason.PREV_HASH_MISMATCH, loc,
                                f"seq {seq}: prev_hash does not match the record before it", seq))
    return seq, stored.encode(), digest, int(len(failures) != before)


@dataclass(frozen=True, slots=True)
class _Fast:
    """A segment a worker found clean: every line canonical, hashed right, linked to the one before."""

    n: int
    first_seq: int
    first_prev: bytes
    last: bytes
    leaves: bytes  # the RFC 6962 leaf hashes, 32 bytes each, in order


def _check_segment_alone(path: str, sealed: bool) -> _Fast | None:
    """Worker: verify one segment on its own, assuming its first record's seq and prev_hash are right (the
    caller checks that boundary). None means "something is off": the caller re-checks the segment serially,
    which names every failure."""
    sha = hashlib.sha256
    hexlify = binascii.hexlify
    try:
        lines = read_lines(SegmentFile(Path(path), 0, sealed))
        first = orjson.loads(lines[0]) if lines else None
    except (OSError, EOFError, ValueError):
        return None
    if not isinstance(first, dict) or not isinstance(first.get("seq"), int) or \
            not isinstance(first.get("prev_hash"), str):
        return None
    expected = first_seq = first["seq"]
    prev = first_prev = first["prev_hash"].encode()
    leaves = bytearray()
    for line in lines:
        fields = _fields(line, expected)
        if fields is None:
            return None
        stored, p, body = fields
        digest = sha(RECORD_DOMAIN + body).digest()
        if hexlify(digest) != stored or p != prev:
            return None
        leaves += sha(b"\x00" + digest).digest()
        expected += 1
        prev = stored
    return _Fast(len(lines), first_seq, first_prev, prev, bytes(leaves))


def _prechecked(segments: list[SegmentFile], workers: int) -> Iterator[tuple[SegmentFile, _Fast | None]]:
    """Each segment with a worker's verdict on it (None when checked serially), in order.

    At most ``2 × workers`` segments are in flight, so memory stays bounded on a log of any length.
    """
    if workers <= 1 or len(segments) < 2:
        for seg in segments:
            yield seg, None
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[SegmentFile, Future[_Fast | None]]] = deque()
        it = iter(segments)
        for seg in it:
            pending.append((seg, pool.submit(_check_segment_alone, str(seg.path), seg.sealed)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            seg, fut = pending.popleft()
            nxt = next(it, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_check_segment_alone, str(nxt.path), nxt.sealed)))
            yield seg, fut.result()


def verify(directory: Path | str, trusted_keys: Mapping[str, Ed25519PublicKey], *,
           copy_dir: Path | str | None = None, origin: str | None = None,
           require_checkpoint: bool = True, workers: int = 1) -> VerifyReport:
    """Check an audit directory end to end. ``trusted_keys`` maps key id → Ed25519 public key; ``origin``,
    when given, is the only log name accepted in checkpoints (otherwise the first valid checkpoint's).

    With ``require_checkpoint`` records that no trusted checkpoint covers at all are a failure: the writer
    signs one at least every ``checkpoint_interval`` and on shutdown, so a log without any is either brand new
    and crashed, or had its checkpoints deleted — and without them a rewritten chain is indistinguishable
    from the real one.

    ``workers`` > 1 checks segments in that many processes; the result is identical to a serial run.
    """
    directory = Path(directory)
    report = VerifyReport(directory=str(directory))
    failures = report.failures
    anchors, valid, primary_hashes = _read_checkpoints(directory / CHECKPOINTS, CHECKPOINTS, trusted_keys, report,
                                                       failures, origin=origin)
    if copy_dir is not None:
        copy_path = Path(copy_dir) / CHECKPOINTS
        copy_failures: list[Failure] = []
        copy_anchors, copy_valid, _ = _read_checkpoints(copy_path, str(copy_path), trusted_keys, None,
                                                        copy_failures, origin=origin)
        for loc, cp in copy_valid:
            if checkpoint_hash(canonical(cp)) not in primary_hashes:
                failures.append(Failure(Reason.CHECKPOINT_MISSING, loc, f"signed checkpoint of size {cp['size']} is "
                                                                        "missing from the primary directory"))
                anchors.append(next(a for a in copy_anchors if a.location == loc))
    if valid:
        report.last_checkpoint = {k: v for k, v in valid[-1][1].items() if k != "sig"}

    by_size: dict[int, list[_Anchor]] = {}
    for a in anchors:
        by_size.setdefault(a.size, []).append(a)
    tree = CompactTree()

    def check_anchors() -> None:
        hit = by_size.get(tree.size)
        if hit:
            root = tree.root().hex()
            for a in hit:
                if a.root != root:
                    failures.append(Failure(Reason.CHECKPOINT_INCONSISTENT, a.location,
                                            f"signed root {a.root[:16]}… for size {a.size}, the log gives "
                                            f"{root[:16]}… (records before it were changed)"))

    check_anchors()
    expected = 0
    prev_stored = GENESIS_HASH.encode()
    sha = hashlib.sha256
    hexlify = binascii.hexlify
    bad_records = 0
    n_records = 0
    segments = list_segments(directory)
    for seg, fast in _prechecked(segments, workers):
        report.segments += 1
        if fast is not None and fast.n and fast.first_seq == expected and fast.first_prev == prev_stored:
            # A worker found every line canonical, correctly hashed and linked; only the boundary with the
            # previous segment was left to check (just done), and the tree to extend.
            leaves = fast.leaves
            for k in range(0, len(leaves), 32):
                tree.append_leaf_hash(leaves[k:k + 32])
                if tree.size in by_size:
                    check_anchors()
            n_records += fast.n
            expected += fast.n
            prev_stored = fast.last
            continue
        try:
            lines = read_lines(seg)
        except (OSError, EOFError, ValueError) as exc:  # gzip.BadGzipFile is an OSError
            failures.append(Failure(Reason.BAD_FORMAT, seg.name, f"segment cannot be read: {exc}"))
            continue
        for i, line in enumerate(lines, 1):
            n_records += 1
            # Fast path: a line the writer produced is canonical, so the bytes it hashed are the line minus its
            # record_hash member, found by position (see _fields). Anything else takes the parsing path.
            fields = _fields(line, expected)
            if fields is not None:
                stored, prev, body = fields
                digest = sha(RECORD_DOMAIN + body).digest()
                if hexlify(digest) == stored and prev == prev_stored:
                    expected += 1
                    prev_stored = stored
                    tree.append(digest)
                    if tree.size in by_size:
                        check_anchors()
                    continue
            parsed = _slow_check(line, f"{seg.name}:{i}", expected, prev_stored, failures)
            if parsed is None:
                bad_records += 1
                continue
            seq, stored, digest, failed = parsed
            bad_records += failed
            expected = max(expected, seq + 1)
            prev_stored = stored
            tree.append(digest)
            if tree.size in by_size:
                check_anchors()
    report.records = n_records
    report.invalid_records = bad_records
    report.size = tree.size
    report.root = tree.root().hex()
    largest = 0
    for a in anchors:
        largest = max(largest, a.size)
        if a.size > tree.size:
            failures.append(Failure(Reason.TRUNCATED_AFTER_CHECKPOINT, a.location,
                                    f"checkpoint vouches for {a.size} records, the log holds {tree.size}"))
    report.unanchored_records = max(0, tree.size - largest)
    if require_checkpoint and tree.size and not anchors:
        failures.append(Failure(Reason.CHECKPOINT_MISSING, CHECKPOINTS,
                                f"no trusted checkpoint covers any of the {tree.size} records; pass --copy-dir "
                                "with the checkpoint copy, or --allow-unsigned for a log that never signed one"))
    return report


def _bound(name: str, text: str) -> int | None:
    if not text:
        return None
    try:
        return parse_rfc3339_ns(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not an RFC 3339 UTC time (use e.g. 2026-01-31T12:00:00Z or "
                         "2026-01-31)") from None


@dataclass(frozen=True, slots=True, kw_only=True)
class TrailQuery:
    since: str = ""  # RFC 3339, inclusive
    until: str = ""  # RFC 3339, exclusive
    types: tuple[str, ...] = ()
    limit: int = 100  # the most recent matches; 0 means all


def trail(directory: Path | str, query: TrailQuery, keys: KeyStore | None = None) -> list[dict[str, JSON]]:
    """Records matching ``query``, oldest first. With ``keys`` sealed fields are opened (``sealed`` becomes
    ``unsealed`` or ``{"erased": true}``)."""
    from spanwatch.exporters._audit_keys import KeyErasedError, unseal

    since = _bound("since", query.since)
    until = _bound("until", query.until)
    types = set(query.types)
    out: deque[dict[str, JSON]] = deque(maxlen=query.limit or None)
    for seg in list_segments(Path(directory)):
        for line in read_lines(seg):
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if types and rec.get("event_type") not in types:
                continue
            if since is not None or until is not None:
                try:
                    t = parse_rfc3339_ns(str(rec.get("time", "")))
                except ValueError:
                    continue
                if (since is not None and t < since) or (until is not None and t >= until):
                    continue
            if keys is not None and isinstance(rec.get("sealed"), dict):
                try:
                    rec["unsealed"] = unseal(rec, keys)
                except KeyErasedError:
                    rec["unsealed"] = {"erased": True}
            out.append(rec)
    return list(out)


def prove_inclusion(directory: Path | str, seq: int, size: int | None = None) -> tuple[bytes, list[bytes], bytes]:
    """(record hash, RFC 6962 inclusion proof, root) showing record ``seq`` is in the tree of ``size`` records.

    Give a checkpoint's size and compare the root with that checkpoint's signed root: anyone holding the proof
    and the checkpoint can then check the record with any RFC 6962 library (leaf input = the 32-byte record
    hash), without the rest of the log. Reads every record hash up to ``size`` (O(n)).
    """
    hashes: list[bytes] = []
    for seg in list_segments(Path(directory)):
        for line in read_lines(seg):
            hashes.append(bytes.fromhex(orjson.loads(line)["record_hash"]))
    n = len(hashes) if size is None else size
    if not 0 <= seq < n <= len(hashes):
        raise ValueError(f"seq must be in [0, size) and size at most {len(hashes)}, got seq {seq}, size {n}")
    leaves = [leaf_hash(h) for h in hashes[:n]]
    return hashes[seq], inclusion_proof(leaves, seq), root_of(leaves)
