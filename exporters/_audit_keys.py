"""Keys for the audit chain: the checkpoint signing key, per-subject content keys, the pseudonym key.

- The Ed25519 signing key lives in a PKCS#8 PEM file (0600), created on first start; its public half is
  written next to it as ``<file>.pub`` so operators can hand it to verifiers.
- ``KeyStore`` holds one AES-256-GCM key per data subject (crypto-shredding). A key file is named by a random
  key id; a separate reference file, named by an HMAC of the subject, points at it. Erasure deletes both, after
  which nothing links the key id that stays in the chain to the person.
- ``Pseudonymizer`` is the hash-only privacy mode: HMAC-SHA-256 under a deployment key, never a bare hash,
  because unkeyed hashes of emails, phone numbers or PANs are brute-forced in minutes (PCI DSS 3.5.1.1).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_pem_public_key,
)

from spanwatch.exporters._audit_record import JSON, key_id, unb64

SEALED_AAD = b"spanwatch.audit.sealed.v1\x00"

SECRET_MODE = 0o600


def write_secret(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Create ``path`` with mode 0600 from the first byte (no window where another user could read it).

    ``durable=False`` leaves flushing to a later ``sync_filesystem``/``fsync_dir``, so many new keys cost one
    flush instead of three each.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, SECRET_MODE)
    try:
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if durable:
        fsync_dir(path.parent)


def _load_syncfs() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn: Callable[[int], int] = libc.syncfs
        return fn
    except (OSError, AttributeError):
        return None


_syncfs = _load_syncfs()


def sync_files(paths: list[Path], directory: Path) -> None:
    """Make ``paths`` (all in ``directory``) durable: one ``syncfs`` on Linux, else one fsync per file."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        if _syncfs is not None and _syncfs(fd) == 0:
            return
        for p in paths:
            with contextlib.suppress(FileNotFoundError):
                pfd = os.open(p, os.O_RDONLY)
                try:
                    os.fsync(pfd)
                finally:
                    os.close(pfd)
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    # A rename or unlink is durable only once the directory entry itself is flushed.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load_or_create_signing_key(path: Path) -> Ed25519PrivateKey:
    if path.exists():
        key = load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"signing_key_file {path} must hold an Ed25519 private key, got {type(key).__name__}")
        return key
    key = Ed25519PrivateKey.generate()
    write_secret(path, key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    pub = path.with_name(path.name + ".pub")
    pub.write_bytes(key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """A trusted key from a PEM public key, or from a private key file (its public half)."""
    data = path.read_bytes()
    if b"PRIVATE KEY" in data:
        private = load_pem_private_key(data, password=None)
        if not isinstance(private, Ed25519PrivateKey):
            raise ValueError(f"{path} must hold an Ed25519 key, got {type(private).__name__}")
        return private.public_key()
    key = load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"{path} must hold an Ed25519 public key, got {type(key).__name__}")
    return key


def trusted_keys(paths: list[Path]) -> dict[str, Ed25519PublicKey]:
    keys = [load_public_key(p) for p in paths]
    return {key_id(k): k for k in keys}


def _shred(path: Path) -> None:
    """Overwrite, flush, unlink. Overwriting is best effort (copy-on-write and SSD remapping keep old blocks),
    which is why key backups must expire quickly; the unlink is what the erasure guarantees."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY)
        try:
            os.write(fd, b"\x00" * size)
            os.fsync(fd)
        finally:
            os.close(fd)
        path.unlink()


class KeyErasedError(LookupError):
    """The content key was destroyed by an erasure: the sealed fields can never be read again."""


class KeyStore:
    """One AES-256-GCM key per data subject, for crypto-shredding.

    Layout: ``index.key`` (the HMAC key that turns a subject into a reference name), ``<ref>.ref`` (the random
    key id of that subject's key) and ``<kid>.key`` (the key). All files are 0600 and the directory 0700.
    """

    def __init__(self, directory: Path, *, create: bool = True) -> None:
        """``create=False`` opens an existing store read-mostly (for tools), refusing to invent a new one."""
        self.directory = directory
        index = directory / "index.key"
        if not create and not index.exists():
            raise FileNotFoundError(f"key store {directory} has no index.key; point --key-store at the "
                                    "key_store_dir of the audit exporter")
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not index.exists():
            write_secret(index, secrets.token_bytes(32))
        self._index_key = index.read_bytes()
        self._by_subject: dict[str, tuple[str, AESGCM]] = {}
        self._by_kid: dict[str, AESGCM] = {}
        self._unsynced: list[Path] = []

    def sync(self) -> None:
        """Flush keys created since the last call (a record must never be durable while its key is not)."""
        if self._unsynced:
            sync_files(self._unsynced, self.directory)
            self._unsynced = []

    def _ref(self, subject: str) -> Path:
        name = hmac.new(self._index_key, subject.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
        return self.directory / f"{name}.ref"

    def key_for(self, subject: str) -> tuple[str, AESGCM]:
        """The subject's (key id, cipher), created on first use."""
        hit = self._by_subject.get(subject)
        if hit is not None:
            return hit
        ref = self._ref(subject)
        if ref.exists():
            kid = ref.read_text().strip()
            cipher = self.cipher(kid)
        else:
            kid = secrets.token_hex(16)
            raw = AESGCM.generate_key(bit_length=256)
            # Not flushed here: AuditLog.sync() flushes new keys before the records that need them.
            write_secret(self.directory / f"{kid}.key", orjson.dumps({"kid": kid, "key": raw.hex()}), durable=False)
            write_secret(ref, kid.encode("ascii"), durable=False)
            self._unsynced += [self.directory / f"{kid}.key", ref]
            cipher = AESGCM(raw)
            self._by_kid[kid] = cipher
        self._by_subject[subject] = (kid, cipher)
        return kid, cipher

    def cipher(self, kid: str) -> AESGCM:
        hit = self._by_kid.get(kid)
        if hit is not None:
            return hit
        if not kid.isalnum():
            raise KeyErasedError(f"key id {kid!r} is malformed")
        try:
            doc = orjson.loads((self.directory / f"{kid}.key").read_bytes())
        except FileNotFoundError:
            raise KeyErasedError(f"content key {kid} was erased or never existed in {self.directory}") from None
        cipher = AESGCM(bytes.fromhex(doc["key"]))
        self._by_kid[kid] = cipher
        return cipher

    def erase(self, subject: str) -> str | None:
        """Destroy the subject's key; returns its key id, or None when the subject never had one."""
        ref = self._ref(subject)
        self._by_subject.pop(subject, None)
        try:
            kid = ref.read_text().strip()
        except FileNotFoundError:
            return None
        self._by_kid.pop(kid, None)
        _shred(self.directory / f"{kid}.key")
        _shred(ref)
        fsync_dir(self.directory)
        return kid


class Pseudonymizer:
    """Hash-only privacy mode: ``hmac-sha256:<hex>`` of a value under a deployment key (created 0600)."""

    PREFIX = "hmac-sha256:"

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError(f"pseudonym key must be at least 16 bytes (128 bits, PCI DSS 3.5.1.1), got {len(key)}")
        self._key = key

    @classmethod
    def from_file(cls, path: Path) -> Pseudonymizer:
        if not path.exists():
            write_secret(path, secrets.token_bytes(32))
        return cls(path.read_bytes())

    def digest(self, value: str) -> str:
        return self.PREFIX + hmac.new(self._key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def sealed_aad(seq: int, prev_hash: str) -> bytes:
    # Binding the ciphertext to its position stops a sealed payload from being replayed into another record.
    return SEALED_AAD + str(seq).encode() + b"\x00" + prev_hash.encode()


def unseal(record: dict[str, JSON], keys: KeyStore) -> dict[str, JSON]:
    """The sealed fields of a record, by field path. Raises ``KeyErasedError`` after an erasure."""
    sealed = record.get("sealed")
    if not isinstance(sealed, dict):
        return {}
    kid, nonce, ct = sealed.get("kid"), sealed.get("nonce"), sealed.get("ct")
    seq, prev = record.get("seq"), record.get("prev_hash")
    if not (isinstance(kid, str) and isinstance(nonce, str) and isinstance(ct, str) and isinstance(seq, int)
            and isinstance(prev, str)):
        raise ValueError("sealed must hold kid, nonce and ct strings")
    plain = keys.cipher(kid).decrypt(unb64(nonce), unb64(ct), sealed_aad(seq, prev))
    out = orjson.loads(plain)
    if not isinstance(out, dict):
        raise ValueError("sealed payload is not an object")
    return out
