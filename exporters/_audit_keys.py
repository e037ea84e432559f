"""Keys for the audit chain: the checkpoint signing key, per-subject content keys, the pseudonym key.

- The Ed25519 signing key lives in a PKCS#8 PEM file (0600), created on first start; its public half is
  written next to it as ``<file>.pub`` so operators can hand it to verifiers.
- ``KeyStore`` holds one AES-256-GCM key per data subject (crypto-shredding), under a random key id, found
  through an HMAC of the subject. Erasure removes the subject's entry, after which nothing links the key id
  that stays in the chain to the person.
- ``Pseudonymizer`` is the hash-only privacy mode: HMAC-SHA-256 under a deployment key, never a bare hash,
  because unkeyed hashes of emails, phone numbers or PANs are brute-forced in minutes (PCI DSS 3.5.1.1).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
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


def write_secret(path: Path, data: bytes) -> None:
    """Create ``path`` with mode 0600 from the first byte (no window where another user could read it)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, SECRET_MODE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    # A rename or unlink is durable only once the directory entry itself is flushed.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load_or_create_signing_key(path: Path) -> Ed25519PrivateKey:
    if path.exists():
        if path.stat().st_mode & 0o077:
            # Like ssh, refuse a key others can read: whoever can read it can forge checkpoints.
            raise PermissionError(f"signing_key_file {path} is readable by group or others; run chmod 600 {path}")
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


class KeyErasedError(LookupError):
    """The content key was destroyed by an erasure: the sealed fields can never be read again."""


class KeyStore:
    """One AES-256-GCM key per data subject, for crypto-shredding.

    Layout (directory 0700, files 0600): ``index.key``, the HMAC key that turns a subject into a reference
    ``ref``; ``keys.jsonl``, one line ``{"ref", "kid", "key"}`` per subject. ``kid`` is random, so once a line is
    gone nothing links the kid left in the chain to the person.

    New keys are appended to the one journal and flushed by ``sync()`` (the writer calls it before it flushes
    the records that use them), so a burst of new subjects costs one fsync, not several files each. Erasure is
    rare and rewrites the journal without the subject's line (write new, fsync, rename over, fsync directory).
    """

    JOURNAL = "keys.jsonl"

    def __init__(self, directory: Path, *, create: bool = True) -> None:
        """``create=False`` opens an existing store for tools, refusing to invent a new one."""
        self.directory = directory
        index = directory / "index.key"
        if not create and not index.exists():
            raise FileNotFoundError(f"key store {directory} has no index.key; point --key-store at the "
                                    "key_store_dir of the audit exporter")
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not index.exists():
            write_secret(index, secrets.token_bytes(32))
        self._index_key = index.read_bytes()
        self._by_ref: dict[str, tuple[str, bytes]] = {}
        self._by_kid: dict[str, AESGCM] = {}
        self._by_subject: dict[str, tuple[str, AESGCM]] = {}
        self._load()
        self._fd = -1
        self._dirty = False

    def _load(self) -> None:
        path = self.directory / self.JOURNAL
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
        for line in data.split(b"\n"):
            try:
                doc = orjson.loads(line)
                self._by_ref[doc["ref"]] = (doc["kid"], bytes.fromhex(doc["key"]))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                continue  # a torn last line from a crash: its key never protected a durable record
        if data and not data.endswith(b"\n"):
            # Cut the torn line, or the next key appended would be glued to it and lost on the next load.
            os.truncate(path, data.rfind(b"\n") + 1)

    def _ref(self, subject: str) -> str:
        return hmac.new(self._index_key, subject.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def key_for(self, subject: str) -> tuple[str, AESGCM]:
        """The subject's (key id, cipher), created on first use."""
        hit = self._by_subject.get(subject)
        if hit is not None:
            return hit
        ref = self._ref(subject)
        known = self._by_ref.get(ref)
        if known is None:
            kid, raw = secrets.token_hex(16), AESGCM.generate_key(bit_length=256)
            if self._fd < 0:
                self._fd = os.open(self.directory / self.JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                                   SECRET_MODE)
            os.write(self._fd, orjson.dumps({"ref": ref, "kid": kid, "key": raw.hex()}) + b"\n")
            self._dirty = True
            self._by_ref[ref] = known = (kid, raw)
        kid, raw = known
        cipher = self._by_kid.get(kid) or AESGCM(raw)
        self._by_kid[kid] = cipher
        self._by_subject[subject] = (kid, cipher)
        return kid, cipher

    def sync(self) -> None:
        """Flush keys created since the last call (a record must never be durable while its key is not)."""
        if self._dirty:
            os.fsync(self._fd)
            self._dirty = False

    def cipher(self, kid: str) -> AESGCM:
        hit = self._by_kid.get(kid)
        if hit is not None:
            return hit
        for k, raw in self._by_ref.values():
            if k == kid:
                self._by_kid[kid] = cipher = AESGCM(raw)
                return cipher
        raise KeyErasedError(f"content key {kid} was erased or never existed in {self.directory}")

    def erase(self, subject: str) -> str | None:
        """Destroy the subject's key; returns its key id, or None when the subject never had one."""
        ref = self._ref(subject)
        self._by_subject.pop(subject, None)
        known = self._by_ref.pop(ref, None)
        if known is None:
            return None
        kid = known[0]
        self._by_kid.pop(kid, None)
        body = b"".join(orjson.dumps({"ref": r, "kid": k, "key": raw.hex()}) + b"\n"
                        for r, (k, raw) in self._by_ref.items())
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        # The old journal's blocks are freed, not wiped (copy-on-write filesystems and SSDs keep old blocks
        # anyway), which is why key backups must expire quickly; what erasure guarantees is that no file of
        # the store holds the key any more.
        write_secret(self.directory / self.JOURNAL, body)
        self._dirty = False
        return kid

    def close(self) -> None:
        if self._fd >= 0:
            self.sync()
            os.close(self._fd)
            self._fd = -1


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
