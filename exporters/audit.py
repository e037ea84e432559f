"""The ``audit`` exporter: a tamper-evident, append-only audit chain of security events.

Every event becomes one canonical JSON record (see ``_audit_record`` for the exact bytes) carrying ``seq``,
``prev_hash`` and ``record_hash``; the record hashes are the leaves of an RFC 6962 Merkle tree whose root is
signed (Ed25519) into a checkpoint every ``checkpoint_every_records`` records or ``checkpoint_interval``, on
shutdown, and as a heartbeat while idle. A hash chain alone cannot show that its tail was cut off or that the
whole log was swapped; a checkpoint kept elsewhere (``checkpoint_copy_dir``, a witness, a SIEM) can.

Content fields listed in ``encrypt_fields`` are sealed with AES-256-GCM under a per-subject key, so an erasure
request (GDPR 17) destroys the key instead of rewriting history: the chain still verifies, the content is
gone. ``verify()``, ``trail()`` and ``prove_inclusion()`` read a directory without the writer (see
``_audit_verify``); ``spanwatch audit verify|trail`` wraps them.

    log = AuditLog(AuditConfig(directory="/var/lib/spanwatch/audit"))
    log.append(AuditEvent(event_type="finding", source="detect/pii", user_id="u1", data={...}))
    log.erase("u1", request_id="dsr-42")   # crypto-shred, then a PII-free ``erasure`` record
    log.close()                            # ``chain_stopped`` + a final signed checkpoint; idempotent

    report = verify("/var/lib/spanwatch/audit", trusted_keys([Path("signing.key.pub")]))
    report.ok, report.render()             # totals, then "<file>:<line>: <reason>: <detail>" per failure
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

import spanwatch
from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import ByteSize, Duration
from spanwatch.errors import RefusedError
from spanwatch.exporters._audit_files import CHECKPOINTS, STATE, SegmentFile, list_segments, read_lines, segment_name
from spanwatch.exporters._audit_keys import (
    KeyErasedError,
    KeyStore,
    Pseudonymizer,
    fsync_dir,
    load_or_create_signing_key,
    sealed_aad,
    trusted_keys,
    unseal,
)
from spanwatch.exporters._audit_record import (
    ALERT,
    CHAIN_RECOVERED,
    CHAIN_STARTED,
    CHAIN_STOPPED,
    ERASURE,
    FINDING,
    GENESIS_HASH,
    JSON,
    RECORD_DOMAIN,
    SECURITY_LEVELS,
    AuditEntry,
    AuditEvent,
    CanonicalError,
    b64,
    canonical,
    checkpoint_body,
    checkpoint_hash,
    key_id,
    normalise,
    rfc3339_ns,
    sign_checkpoint,
)
from spanwatch.exporters._audit_verify import (
    Failure,
    Reason,
    TrailQuery,
    VerifyReport,
    prove_inclusion,
    trail,
    verify,
)
from spanwatch.exporters._merkle import CompactTree
from spanwatch.telemetry import fields

__all__ = [
    "FACTORY",
    "AuditConfig",
    "AuditEntry",
    "AuditEvent",
    "AuditExporter",
    "AuditLog",
    "CanonicalError",
    "Failure",
    "KeyErasedError",
    "Reason",
    "TrailQuery",
    "VerifyReport",
    "events_from_batch",
    "prove_inclusion",
    "trail",
    "trusted_keys",
    "unseal",
    "verify",
]

log = logging.getLogger(__name__)

FSYNC_POLICIES = ("always", "interval", "never")
_IDENTITY_FIELDS = ("agent_id", "user_id", "conversation_id")


@dataclass(frozen=True, kw_only=True)
class AuditConfig:
    # Where segments and checkpoints live. Empty means <data_dir>/audit/<exporter id> under the service.
    directory: str = ""
    # always: fsync every append (slowest, loses nothing acknowledged); interval: at most fsync_interval of
    # records can be lost on power failure; never: only before each checkpoint (records must be on disk before a
    # signature vouches for them). Under every policy a crash of the process alone loses nothing: each append
    # reaches the kernel before it returns.
    fsync: str = "interval"
    fsync_interval: Duration = Duration("1s")
    # Seal (compress) the active segment and start a new one at this size; sealed segments are never reopened.
    max_log_size: ByteSize = ByteSize("64MiB")
    # Also seal after this long, so a quiet log still ships daily files; 0 turns time rotation off.
    rotate_interval: Duration = Duration("24h")
    # Sign a checkpoint after this many records, or after checkpoint_interval with new records, whichever first.
    checkpoint_every_records: int = 10000
    checkpoint_interval: Duration = Duration("60s")
    # While idle, sign a checkpoint of the unchanged tree this often: proof the log was alive and not cut.
    heartbeat_interval: Duration = Duration("5m")
    # Ed25519 private key (PKCS#8 PEM), created 0600 on first start with its public half in <file>.pub.
    # Empty means <directory>-keys/signing.key: secrets never sit inside the log directory, so shipping or
    # backing up the log never ships the keys.
    signing_key_file: str = ""
    # Every checkpoint is also appended here (another disk, an NFS mount a witness reads); empty turns it off.
    checkpoint_copy_dir: str = ""
    # Names this log in its checkpoints (C2SP-style origin); verifiers refuse checkpoints of another origin.
    origin: str = "spanwatch/audit"
    # Fields sealed with AES-256-GCM under the subject's key (subject = user_id, else conversation_id):
    # agent_id, user_id, conversation_id, or data.<key>[.<key>...]. user_id is sealed by default so an erasure
    # leaves no name behind; the record keeps sealed.kid, a random per-subject pseudonym that still links a
    # subject's records to each other.
    encrypt_fields: tuple[str, ...] = ("user_id", "data.evidence", "data.text")
    # Per-subject content keys. Empty means <directory>-keys/content.
    key_store_dir: str = ""
    # Fields replaced by HMAC-SHA-256 under the deployment key (hash-only mode: correlatable, not readable).
    hash_fields: tuple[str, ...] = ()
    # The deployment key for hash_fields, created 0600 when missing. Empty means <directory>-keys/pseudonym.key.
    hash_key_file: str = ""
    # Verify the existing chain (hashes, Merkle roots, signatures against this log's own public key) before
    # appending to it at start, and count the result (exporter_audit_verified_records_total,
    # exporter_audit_verify_failures_total): tampering at rest shows up in metrics, not only when someone runs
    # `spanwatch audit verify`. Costs about 10 s per million records at start.
    verify_on_start: bool = True

    def validate(self) -> list[str]:
        problems = []
        if self.fsync not in FSYNC_POLICIES:
            problems.append(f"fsync must be one of {', '.join(FSYNC_POLICIES)}, got {self.fsync!r}")
        if self.fsync_interval <= 0:
            problems.append(f"fsync_interval must be > 0, got {self.fsync_interval}")
        if self.max_log_size < 4096:
            problems.append(f"max_log_size must be >= 4KiB, got {self.max_log_size}")
        if self.rotate_interval < 0:
            problems.append(f"rotate_interval must be >= 0 (0 turns time rotation off), got {self.rotate_interval}")
        if self.checkpoint_every_records < 1:
            problems.append(f"checkpoint_every_records must be >= 1, got {self.checkpoint_every_records}")
        if self.checkpoint_interval <= 0:
            problems.append(f"checkpoint_interval must be > 0, got {self.checkpoint_interval}")
        if self.heartbeat_interval <= 0:
            problems.append(f"heartbeat_interval must be > 0, got {self.heartbeat_interval}")
        if not self.origin or any(c.isspace() for c in self.origin):
            problems.append(f"origin must be non-empty without whitespace (e.g. example.com/audit), "
                            f"got {self.origin!r}")
        for key in ("encrypt_fields", "hash_fields"):
            for path in getattr(self, key):
                if path not in _IDENTITY_FIELDS and not (path.startswith("data.") and all(path.split("."))):
                    problems.append(f"{key} entry {path!r} must be agent_id, user_id, conversation_id or "
                                    "data.<key>[.<key>...]")
        both = sorted(set(self.encrypt_fields) & set(self.hash_fields))
        if both:
            problems.append(f"encrypt_fields and hash_fields both list {', '.join(both)}; keep each in one of them")
        if self.directory:
            d = Path(self.directory).resolve()
            for key in ("key_store_dir", "checkpoint_copy_dir"):
                other = getattr(self, key)
                if other and (Path(other).resolve() == d or d in Path(other).resolve().parents):
                    problems.append(f"{key} must be outside directory {self.directory!r}, got {other!r}"
                                    " (a copy of the log must not carry its keys or its own witness)")
        return problems

    def resolved(self, default_directory: Path | None = None) -> AuditConfig:
        """The config with every empty path filled in from ``directory``."""
        directory = Path(self.directory) if self.directory else default_directory
        if directory is None:
            raise ValueError("directory must be set (the folder that holds the audit segments)")
        keys = directory.with_name(directory.name + "-keys")
        return replace(
            self,
            directory=str(directory),
            signing_key_file=self.signing_key_file or str(keys / "signing.key"),
            key_store_dir=self.key_store_dir or str(keys / "content"),
            hash_key_file=self.hash_key_file or str(keys / "pseudonym.key"),
        )


def _get_path(data: dict[str, JSON], parts: list[str]) -> tuple[dict[str, JSON], str] | None:
    node: JSON = data
    for p in parts[:-1]:
        if not isinstance(node, dict):
            return None
        node = node.get(p)
    if not isinstance(node, dict) or parts[-1] not in node:
        return None
    return node, parts[-1]


class AuditLog:
    """The writer. Thread-safe; one writer per directory (enforced with an exclusive lock file).

    ``append`` writes the record to the kernel before returning; durability follows ``fsync``. Call ``tick``
    periodically (the exporter does, every 250 ms) so fsync intervals, checkpoints, heartbeats and time
    rotation happen while no records arrive.
    """

    def __init__(self, config: AuditConfig, *, clock: Callable[[], int] = time.time_ns,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        problems = config.validate()
        if problems:
            raise ValueError("; ".join(problems))
        self.config = config = config.resolved()
        self.directory = Path(config.directory)
        self._clock = clock
        self._mono = monotonic
        self._lock = threading.Lock()
        self._closed = False
        self._fd = -1
        self._cp_fd = -1
        self._copy_fd = -1
        self._lock_fd = -1
        self._signing = load_or_create_signing_key(Path(config.signing_key_file))
        self.key_id = key_id(self._signing.public_key())
        self._keys = KeyStore(Path(config.key_store_dir)) if config.encrypt_fields else None
        self._pseudo = Pseudonymizer.from_file(Path(config.hash_key_file)) if config.hash_fields else None
        # (field path, is it a top-level identity field, key path inside data)
        self._encrypt = [(p, p in _IDENTITY_FIELDS, p.split(".")[1:] if p.startswith("data.") else [p])
                         for p in config.encrypt_fields]
        self._hash = [(p, p in _IDENTITY_FIELDS, p.split(".")[1:] if p.startswith("data.") else [p])
                      for p in config.hash_fields]
        self._sync_every_append = config.fsync == "always"
        self._sync_interval = float(config.fsync_interval) if config.fsync == "interval" else None
        self._nonce_pool = b""
        self._next_due = 0.0  # monotonic time of the next periodic duty; 0 forces a full check first
        self._compressor: threading.Thread | None = None
        self._nonce_pos = 0
        try:
            self._open()
        except BaseException:
            self._release()
            raise

    # ----------------------------------------------------------------------------------------------- opening

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._take_lock()
        segments = list_segments(self.directory)
        # A crash between compressing a segment and opening its successor leaves a plain, non-last segment.
        for seg in segments[:-1]:
            if not seg.sealed:
                self._compress(seg.path)
        segments = list_segments(self.directory)
        self._tree = CompactTree()
        self._last_hash = GENESIS_HASH
        # The next record's seq. Equal to the tree size unless damaged history had unreadable lines, which
        # neither the writer nor verify can hash into the tree.
        self._next_seq = 0
        recovered: dict[str, JSON] | None = None
        active = segments[-1] if segments and not segments[-1].sealed else None
        if not self._resume_from_state(active):
            self._scan_sealed([s for s in segments if s.sealed])
        if active is not None:
            recovered = self._scan_active(active.path)
            self._segment_path = active.path
        else:
            self._segment_path = self.directory / segment_name(self._next_seq)
        self._fd = os.open(self._segment_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._segment_size = os.fstat(self._fd).st_size
        fsync_dir(self.directory)
        now = self._mono()
        self._segment_opened = now
        self._dirty = False
        self._last_sync = now
        self._open_checkpoints()
        self._last_checkpoint = now
        if recovered is not None:
            if self._checkpointed_size > self._tree.size:
                # Records a signed checkpoint covered are gone: say so loudly, verify will flag it as well.
                recovered["checkpointed_size"] = self._checkpointed_size
                log.error("Audit chain lost records covered by a checkpoint.",
                          extra={"size": self._tree.size, "checkpointed_size": self._checkpointed_size})
            self._append_locked(AuditEvent(event_type=CHAIN_RECOVERED, source="audit", security_level="high",
                                           data=recovered))
        self._append_locked(AuditEvent(event_type=CHAIN_STARTED, source="audit", data={
            "origin": self.config.origin, "version": spanwatch.__version__, "size": self._tree.size,
            "fsync": self.config.fsync, "key_id": self.key_id}))

    def _take_lock(self) -> None:
        import fcntl

        self._lock_fd = os.open(self.directory / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            self._lock_fd = -1
            raise RuntimeError(f"directory {self.directory} is already used by another audit writer; "
                               "give each audit exporter its own directory") from None

    def _resume_from_state(self, active: SegmentFile | None) -> bool:
        """Restore the tree from state.json when it describes exactly the sealed segments; False otherwise."""
        first_active = active.first_seq if active is not None else None
        try:
            state = orjson.loads((self.directory / STATE).read_bytes())
            size = int(state["size"])
            tree = CompactTree.from_state(size, [(int(h), bytes.fromhex(v)) for h, v in state["tree"]])
            last_hash = str(state["last_hash"])
            next_seq = int(state.get("next_seq", size))
        except (OSError, ValueError, KeyError, TypeError):
            return False
        if first_active is None or next_seq != first_active:
            return False
        self._tree, self._last_hash, self._next_seq = tree, last_hash, next_seq
        return True

    def _scan_sealed(self, segments: Iterable[SegmentFile]) -> None:
        # A damaged history must not keep the sidecar from starting (fail fast on config, never on data):
        # skip what cannot be read, exactly as verify does, so both compute the same tree, and let verify
        # report the damage.
        for seg in segments:
            try:
                lines = read_lines(seg)
            except (OSError, EOFError, ValueError) as exc:
                log.error("Audit segment unreadable; verify will report it.",
                          extra={"segment": seg.name, "error": str(exc)})
                continue
            for line in lines:
                self._load_line(line, seg.name)

    def _load_line(self, line: bytes, segment: str) -> None:
        try:
            rec = orjson.loads(line)
            h, seq = rec["record_hash"], rec["seq"]
            leaf = bytes.fromhex(h)
            if not isinstance(seq, int):
                raise TypeError
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            log.error("Audit record unreadable; verify will report it.", extra={"segment": segment})
            return
        self._tree.append(leaf)
        self._last_hash = h
        self._next_seq = max(self._next_seq, seq + 1)

    def _scan_active(self, path: Path) -> dict[str, JSON] | None:
        """Load the active segment; cut a torn tail (a crash mid-write) and describe the cut, else None."""
        data = path.read_bytes()
        lines = data.split(b"\n")
        complete = lines[:-1]  # the element after the last newline is b"" or a partial line
        keep = len(complete)
        # A crash leaves a partial last line (each batch is one write, so only its tail can be cut) or, after
        # a power loss on some filesystems, NUL-filled blocks. Only that is cut. A complete line that fails its
        # hash is not a crash but tampering: it stays, for verify to report.
        while keep > 0 and not complete[keep - 1].strip(b"\x00"):
            keep -= 1
        good_bytes = sum(len(x) + 1 for x in complete[:keep])
        for line in complete[:keep]:
            self._load_line(line, path.name)
        if good_bytes == len(data):
            return None
        with open(path, "r+b") as fh:
            fh.truncate(good_bytes)
            fh.flush()
            os.fsync(fh.fileno())
        log.warning("Audit segment had a torn tail; truncated it.",
                    extra={"segment": path.name, "truncated_bytes": len(data) - good_bytes})
        return {"segment": path.name, "truncated_bytes": len(data) - good_bytes,
                "dropped_lines": len(lines) - 1 - keep + (1 if lines[-1] else 0),
                "resumed_at_seq": self._next_seq}

    def _open_checkpoints(self) -> None:
        path = self.directory / CHECKPOINTS
        self._last_cp_hash = GENESIS_HASH
        self._checkpointed_size = 0
        if path.exists():
            data = path.read_bytes()
            lines = data.split(b"\n")
            keep = len(lines) - 1
            # Same rule as for segments: cut only what a crash leaves (a partial or NUL-filled tail).
            while keep > 0 and not lines[keep - 1].strip(b"\x00"):
                keep -= 1
            good = sum(len(x) + 1 for x in lines[:keep])
            if good != len(data):
                with open(path, "r+b") as fh:
                    fh.truncate(good)
            if keep:
                # The next checkpoint links to the last line whatever it holds, so verify sees an intact link
                # and reports the bad line itself.
                self._last_cp_hash = checkpoint_hash(lines[keep - 1])
            for line in reversed(lines[:keep]):
                try:
                    self._checkpointed_size = int(orjson.loads(line)["size"])
                    break
                except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                    continue
        self._cp_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if self.config.checkpoint_copy_dir:
            copy = Path(self.config.checkpoint_copy_dir)
            copy.mkdir(parents=True, exist_ok=True)
            self._copy_fd = os.open(copy / CHECKPOINTS, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._cp_pending = 0

    # ------------------------------------------------------------------------------------------- appending

    @property
    def size(self) -> int:
        return self._tree.size

    def root(self) -> bytes:
        with self._lock:
            return self._tree.root()

    def append(self, event: AuditEvent) -> AuditEntry:
        with self._lock:
            self._check_open()
            return self._append_locked(event)

    def append_many(self, events: Sequence[AuditEvent]) -> list[AuditEntry]:
        """Append several events with one write and at most one fsync."""
        with self._lock:
            self._check_open()
            return self._append_batch_locked(events)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("audit log is closed; create a new AuditLog to append again")

    def _append_locked(self, event: AuditEvent) -> AuditEntry:
        return self._append_batch_locked([event])[0]

    def _append_batch_locked(self, events: Sequence[AuditEvent]) -> list[AuditEntry]:
        entries: list[AuditEntry] = []
        lines: list[bytes] = []
        digests: list[bytes] = []
        tree, sha = self._tree, hashlib.sha256
        start_hash = self._last_hash
        segment = self._segment_path.name
        try:
            for event in events:
                seq = self._next_seq + len(entries)
                record = self._build(event, seq)
                body = canonical(record)
                digest = sha(RECORD_DOMAIN + body).digest()
                h = digest.hex()
                record["record_hash"] = h
                # record_hash sorts right after prev_hash, the last top-level "prev_hash" key in the bytes (any
                # earlier one is nested in data, which sorts before it), so splicing it in gives the same bytes
                # as serialising the record again, at a fraction of the cost.
                at = body.rfind(b'"prev_hash":"') + 78
                lines.append(b'%s,"record_hash":"%s"%s' % (body[:at], h.encode(), body[at:]))
                digests.append(digest)
                self._last_hash = h
                entries.append(AuditEntry(seq, h, segment, record))
        except Exception:
            # Nothing was written: the chain must continue from the last record that reached the file.
            self._last_hash = start_hash
            raise
        blob = b"\n".join(lines) + b"\n"
        try:
            written = os.write(self._fd, blob)
            while written < len(blob):  # a short write on a regular file is rare but legal
                written += os.write(self._fd, blob[written:])
        except OSError:
            # Disk full or I/O error: cut any partial line so the file stays a valid chain, then report.
            self._last_hash = start_hash
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._segment_size)
            raise
        for d in digests:
            tree.append(d)
        self._next_seq += len(entries)
        self._segment_size += len(blob)
        self._cp_pending += len(entries)
        self._dirty = True
        if self._sync_every_append:
            self._sync_locked()
        self._periodic_locked()
        return entries

    def _build(self, event: AuditEvent, seq: int) -> dict[str, JSON]:
        if event.security_level not in SECURITY_LEVELS:
            raise CanonicalError(f"security_level must be one of {', '.join(SECURITY_LEVELS)}, "
                                 f"got {event.security_level!r}")
        risk: JSON
        if type(event.risk_score) is float and math.isfinite(event.risk_score):
            risk = repr(event.risk_score)
        else:
            risk = normalise(float(event.risk_score), "risk_score")
        record: dict[str, JSON] = {
            "agent_id": event.agent_id,
            "conversation_id": event.conversation_id,
            "data": normalise(event.data),
            "event_type": event.event_type,
            "prev_hash": self._last_hash,
            "risk_score": risk,
            "sealed": None,
            "security_level": event.security_level,
            "seq": seq,
            "source": event.source,
            "time": rfc3339_ns(event.time_ns if event.time_ns is not None else self._clock()),
            "user_id": event.user_id,
        }
        if self._pseudo is not None:
            for _, top, parts in self._hash:
                hit = _get_path(record if top else _as_dict(record["data"]), parts)
                if hit is not None and hit[0][hit[1]] not in (None, ""):
                    node, key = hit
                    value = node[key]
                    node[key] = self._pseudo.digest(value if isinstance(value, str) else canonical({"v": value})
                                                    .decode())
        if self._keys is not None:
            plain: dict[str, JSON] = {}
            for path, top, parts in self._encrypt:
                if top:
                    if record[path]:
                        plain[path] = record[path]
                        record[path] = None
                    continue
                hit = _get_path(_as_dict(record["data"]), parts)
                if hit is not None:
                    node, key = hit
                    plain[path] = node.pop(key)
            if plain:
                subject = event.user_id or event.conversation_id
                kid, cipher = self._keys.key_for(subject)
                nonce = self._nonce()
                ct = cipher.encrypt(nonce, canonical(plain), sealed_aad(seq, self._last_hash))
                record["sealed"] = {"kid": kid, "nonce": b64(nonce), "ct": b64(ct)}
        return record

    def _nonce(self) -> bytes:
        # 96-bit random GCM nonces, drawn from the OS in bulk: one getrandom call per 1024 records.
        pos = self._nonce_pos
        if pos + 12 > len(self._nonce_pool):
            self._nonce_pool, pos = os.urandom(12 * 1024), 0
        self._nonce_pos = pos + 12
        return self._nonce_pool[pos:pos + 12]

    # ---------------------------------------------------------------------------------- periodic duties

    def tick(self) -> None:
        """Run due fsyncs, checkpoints, heartbeats and time rotation; cheap when nothing is due."""
        with self._lock:
            if not self._closed:
                self._periodic_locked()

    def _periodic_locked(self) -> None:
        now = self._mono()
        cfg = self.config
        # The common case on the append path: nothing is due. Three comparisons instead of the full walk.
        if now < self._next_due and self._cp_pending < cfg.checkpoint_every_records and \
                self._segment_size < cfg.max_log_size:
            return
        if self._sync_interval is not None and self._dirty and now - self._last_sync >= self._sync_interval:
            self._sync_locked()
        since_cp = now - self._last_checkpoint
        if self._cp_pending >= cfg.checkpoint_every_records or (self._cp_pending and
                                                                  since_cp >= cfg.checkpoint_interval):
            self.checkpoint_locked()
        elif not self._cp_pending and since_cp >= cfg.heartbeat_interval:
            self.checkpoint_locked()  # heartbeat: same size, new time — the log was alive and uncut
        if self._segment_size >= cfg.max_log_size or (
                cfg.rotate_interval and self._segment_size and now - self._segment_opened >= cfg.rotate_interval):
            self._rotate_locked()
        # The earliest moment a time-driven duty can fall due; conservative (a wake-up may find nothing to do).
        due = self._last_checkpoint + min(cfg.checkpoint_interval, cfg.heartbeat_interval)
        if self._sync_interval is not None:
            due = min(due, self._last_sync + self._sync_interval)
        if cfg.rotate_interval:
            due = min(due, self._segment_opened + cfg.rotate_interval)
        self._next_due = due

    def _sync_locked(self) -> None:
        if self._keys is not None:
            self._keys.sync()
        if self._dirty:
            os.fsync(self._fd)
            self._dirty = False
        self._last_sync = self._mono()

    def checkpoint(self) -> dict[str, JSON]:
        with self._lock:
            self._check_open()
            return self.checkpoint_locked()

    def checkpoint_locked(self) -> dict[str, JSON]:
        # Records must be durable before a signature vouches for them, or a crash could leave a checkpoint
        # over records that never reached the disk.
        self._sync_locked()
        body = checkpoint_body(origin=self.config.origin, size=self._tree.size, root=self._tree.root().hex(),
                               prev=self._last_cp_hash, time_=rfc3339_ns(self._clock()), kid=self.key_id)
        signed = sign_checkpoint(body, self._signing)
        line = canonical(signed)
        os.write(self._cp_fd, line + b"\n")
        os.fsync(self._cp_fd)
        if self._copy_fd >= 0:
            try:
                os.write(self._copy_fd, line + b"\n")
                os.fsync(self._copy_fd)
            except OSError as exc:
                # The copy is a second line of defence; losing it must not stop the primary chain.
                log.error("Could not copy an audit checkpoint.", extra={"error": str(exc)})
        self._last_cp_hash = checkpoint_hash(line)
        self._checkpointed_size = self._tree.size
        self._cp_pending = 0
        self._last_checkpoint = self._mono()
        return signed

    def _rotate_locked(self) -> None:
        self._sync_locked()
        os.close(self._fd)
        # Compressing 64 MiB takes about a second: do it off the append path. A crash mid-way leaves the plain
        # segment, which the next start compresses (and readers prefer the plain file while both exist).
        self._join_compressor()
        self._compressor = threading.Thread(target=self._compress_logged, args=(self._segment_path,),
                                            name="audit-compress", daemon=True)
        self._compressor.start()
        state = {"size": self._tree.size, "next_seq": self._next_seq, "last_hash": self._last_hash,
                 "tree": [[h, v.hex()] for h, v in self._tree.state()]}
        tmp = self.directory / (STATE + ".tmp")
        tmp.write_bytes(orjson.dumps(state))
        os.replace(tmp, self.directory / STATE)
        self._segment_path = self.directory / segment_name(self._next_seq)
        self._fd = os.open(self._segment_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        fsync_dir(self.directory)
        self._segment_size = 0
        self._segment_opened = self._mono()

    def _join_compressor(self) -> None:
        if self._compressor is not None:
            self._compressor.join()
            self._compressor = None

    def _compress_logged(self, path: Path) -> None:
        try:
            self._compress(path)
        except OSError as exc:
            log.error("Could not compress a sealed audit segment; it stays uncompressed.",
                      extra={"segment": path.name, "error": str(exc)})

    def _compress(self, path: Path) -> None:
        gz = path.with_name(path.name + ".gz")
        tmp = path.with_name(path.name + ".gz.tmp")
        # mtime=0 keeps the compressed bytes a pure function of the content.
        data = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, gz)
        fsync_dir(self.directory)
        path.unlink()
        fsync_dir(self.directory)

    # ------------------------------------------------------------------------------------------ erasure

    def erase(self, subject: str, *, request_id: str = "", operator: str = "") -> AuditEntry:
        """Crypto-shred a subject: destroy its content key and record the erasure without naming the subject.

        The records stay and still verify; their sealed fields can never be decrypted again.
        """
        with self._lock:
            self._check_open()
            # Key first, record second: a crash in between loses the record of an erasure that happened, never
            # leaves a record claiming an erasure that did not.
            kid = self._keys.erase(subject) if self._keys is not None else None
            entry = self._append_locked(AuditEvent(event_type=ERASURE, source="audit", security_level="info", data={
                "key_id": kid, "keys_destroyed": 0 if kid is None else 1, "request_id": request_id,
                "operator": operator}))
            self._sync_locked()
            return entry

    def read_sealed(self, record: dict[str, JSON]) -> dict[str, JSON]:
        if self._keys is None:
            return {}
        return unseal(record, self._keys)

    # --------------------------------------------------------------------------------------------- close

    def close(self) -> None:
        """Record chain_stopped, sign a final checkpoint, flush and release the directory. Idempotent."""
        with self._lock:
            if self._closed:
                return
            try:
                self._append_locked(AuditEvent(event_type=CHAIN_STOPPED, source="audit",
                                               data={"records": self._next_seq + 1}))
                self.checkpoint_locked()
            finally:
                self._closed = True
                self._release()

    def _release(self) -> None:
        self._join_compressor()
        if self._keys is not None:
            with contextlib.suppress(OSError):
                self._keys.close()
        # The directory lock goes last, so no other writer can start while files are still open here.
        for fd in (self._fd, self._cp_fd, self._copy_fd, self._lock_fd):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._cp_fd = self._copy_fd = self._lock_fd = -1

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _as_dict(value: JSON) -> dict[str, JSON]:
    return value if isinstance(value, dict) else {}


# ------------------------------------------------------------------------------------------------ exporter

_LEVELS = {0: "info", 1: "low", 2: "medium", 3: "high", 4: "critical"}


def events_from_batch(batch: Batch, source: str = "detect") -> list[AuditEvent]:
    """One ``finding`` event per finding (identities from the interaction it belongs to), one ``alert`` per alert.

    Findings carry offsets, hashes and an already-masked evidence snippet, never the matched value.
    """
    events = []
    for inter in batch.interactions:
        identity: dict[str, Any] = {"trace_id": inter.trace_id.hex(), "span_id": inter.span_id.hex()}
        if inter.model:
            identity["model"] = inter.model
        for f in inter.findings:
            data: dict[str, Any] = {
                "detector": f.detector, "rule_id": f.rule_id, "category": f.category, "confidence": f.confidence,
                "message_index": f.message_index, "start": f.start, "end": f.end, "evidence": f.evidence,
                "value_hash": f.value_hash, "entity_type": f.entity_type, "tags": list(f.tags), **identity,
            }
            events.append(AuditEvent(
                event_type=FINDING, source=source, agent_id=inter.agent_id, user_id=inter.user_id,
                conversation_id=inter.conversation_id, security_level=_LEVELS.get(int(f.severity), "info"),
                risk_score=f.score, data=data, time_ns=inter.time_unix_nano or None))
    for a in batch.alerts:
        events.append(AuditEvent(
            event_type=ALERT, source="risk", agent_id=a.agent_id, user_id=a.user_id,
            conversation_id=a.conversation_id,
            security_level=a.level if a.level in SECURITY_LEVELS else "high", risk_score=a.score,
            data={"trace_id": a.trace_id, "span_id": a.span_id, "threat_types": list(a.threat_types),
                  "compliance_tags": list(a.compliance_tags), "rule_ids": list(a.rule_ids), "summary": a.summary,
                  "recommendations": list(a.recommendations), "service_name": a.service_name},
            time_ns=a.time_unix_nano or None))
    return events


class AuditExporter:
    def __init__(self, id_: ComponentID, config: AuditConfig, host: Host) -> None:
        self.id = id_
        default_dir = host.data_dir / "audit" / (str(id_).replace("/", "_"))
        self.config = config.resolved(default_dir)
        self.log_: AuditLog | None = None
        self._task: asyncio.Task[None] | None = None
        self._logger = host.logger
        t = host.telemetry
        self._label = str(id_)
        self._records = t.counter("exporter_audit_records_total", "Records appended to the audit chain.",
                                  ["exporter"])
        self._failed = t.counter("exporter_audit_failed_records_total",
                                 "Events the audit chain could not append.", ["exporter"])
        self._verified = t.counter("exporter_audit_verified_records_total",
                                   "Records found intact by the start-up verification of the chain.", ["exporter"])
        self._verify_failures = t.counter("exporter_audit_verify_failures_total",
                                          "Integrity failures found by the start-up verification, by reason.",
                                          ["exporter", "reason"])

    async def start(self) -> None:
        if self.log_ is None:
            if self.config.verify_on_start:
                await asyncio.to_thread(self._verify_existing)
            self.log_ = await asyncio.to_thread(AuditLog, self.config)
            self._task = asyncio.get_running_loop().create_task(self._ticker())

    def _verify_existing(self) -> None:
        """Check what an earlier run left, before this run appends to it (no writer is active yet)."""
        directory = Path(self.config.directory)
        public = Path(self.config.signing_key_file + ".pub")
        if not directory.is_dir() or not any(directory.iterdir()) or not public.exists():
            return
        report = verify(directory, trusted_keys([public]), origin=self.config.origin)
        self._verified.add(report.valid_records, self._label)
        for failure in report.failures:
            self._verify_failures.add(1, self._label, str(failure.reason))
        if not report.ok:
            self._logger.error("Audit chain failed verification at start; appending continues after it.",
                               extra=fields(directory=str(directory), failures=len(report.failures),
                                            first=report.failures[0].line()))

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(0.25)
            if self.log_ is not None:
                try:
                    await asyncio.to_thread(self.log_.tick)
                except OSError as exc:
                    self._logger.error("Audit chain periodic work failed.", extra={"error": str(exc)})

    async def consume(self, batch: Batch) -> None:
        if self.log_ is None:
            raise RuntimeError("audit exporter used before start()")
        events = events_from_batch(batch)
        if not events:
            return
        try:
            # Disk writes and fsync run off the event loop so receivers keep serving meanwhile.
            await asyncio.to_thread(self.log_.append_many, events)
        except CanonicalError as exc:
            self._failed.add(len(events), self._label)
            raise RefusedError(f"audit chain rejected an event: {exc}", retryable=False) from exc
        except OSError as exc:
            self._failed.add(len(events), self._label)
            raise RefusedError(f"audit chain could not write: {exc}", retryable=True) from exc
        self._records.add(len(events), self._label)

    async def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self.log_ is not None:
            await asyncio.to_thread(self.log_.close)
            self.log_ = None


def _create(id_: ComponentID, config: AuditConfig, host: Host) -> AuditExporter:
    return AuditExporter(id_, config, host)


FACTORY: Factory[AuditConfig] = Factory(
    type="audit",
    kind="exporter",
    config_type=AuditConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Appends findings to a signed, hash-chained, Merkle-checkpointed audit log.",
)
