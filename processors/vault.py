"""The redaction vault: the values the ``redact`` processor replaced, encrypted, for an authorised responder.

Redact mode exports ``[EMAIL_3]`` where the agent saw an address. That is the right default, but incident response
sometimes needs the original ("which customer's record did the injected tool call send out?"). llm-guard keeps a
vault for the same reason. This one is off unless ``redact.vault_dir`` and ``redact.vault_key`` are set, holds only
the categories in ``redact.vault_categories`` (personal and health data by default: never secrets, whose answer is
rotation, and never card data unless ``allow_card_data``), and is read offline with ``spanwatch vault reveal``.

**Format.** ``vault.jsonl`` in the directory, append-only, one line per placeholder given in a conversation::

    {"v": 1, "k": "<key id>", "c": "<conversation index>", "p": "[EMAIL_3]", "t": <unix seconds>, "n": "<nonce>",
     "x": "<sealed>"}

* ``c`` is HMAC-SHA-256 of the conversation id under the index key (32 hex characters): the file names no
  conversation; a lookup recomputes it.
* ``x`` is AES-256-GCM of the value under the encryption key with a random 96-bit nonce, the associated data
  binding it to ``c`` and ``p``: a record moved to another conversation or placeholder does not open.
* Both keys are derived from the configured secret with HKDF-SHA-256 under distinct labels; ``k`` (8 hex
  characters of a third derivation) tells a reader holding another key why nothing matches.

Bounded by ``max_bytes``: past it, records are refused and counted rather than rotated away, because an evidence
store that drops its oldest entries fails the investigation it exists for. :meth:`Vault.erase` removes one
conversation's records (GDPR Art. 17) by rewriting the file and renaming it into place.
"""

from __future__ import annotations

import base64
import hmac
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["FILE_NAME", "MIN_KEY_BYTES", "Revealed", "Vault", "VaultError"]

FILE_NAME = "vault.jsonl"
MIN_KEY_BYTES = 16
_VERSION = 1


class VaultError(Exception):
    """The vault cannot be used as asked (no key, an unreadable file); the message names the fix."""


@dataclass(frozen=True, slots=True)
class Revealed:
    """One record opened: its placeholder, value and write time; ``error`` instead of a value when it did not
    open (wrong key, or a record altered after it was written)."""

    placeholder: str
    value: str
    time: float
    line: int
    error: str = ""


def _write_synced(path: Path, mode: int, data: bytes) -> None:
    """Write ``data`` to ``path`` (created 0600; ``mode`` os.O_APPEND or os.O_TRUNC) and fsync it before returning:
    a record the processor reported written survives a crash."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | mode, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _derive(secret: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"spanwatch-vault-v1", info=label).derive(secret)


class Vault:
    """One vault file; thread-safe (the traces and logs pipelines' redactors share one)."""

    def __init__(self, directory: str | os.PathLike[str], secret: str, max_bytes: int = 256 << 20) -> None:
        raw = secret.encode()
        if len(raw) < MIN_KEY_BYTES:
            raise VaultError(f"vault key must be at least {MIN_KEY_BYTES} bytes, got {len(raw)} "
                             "(set a deployment secret, e.g. vault_key: ${env:SPANWATCH_VAULT_KEY})")
        self.path = Path(directory) / FILE_NAME
        self.max_bytes = max_bytes
        self._aead = AESGCM(_derive(raw, b"encryption"))
        self._index_key = _derive(raw, b"conversation index")
        self.key_id = _derive(raw, b"key id")[:4].hex()
        self._lock = threading.Lock()

    def index(self, conversation: str) -> str:
        return hmac.digest(self._index_key, conversation.encode("utf-8", "surrogatepass"), "sha256")[:16].hex()

    def seal(self, conversation: str, placeholder: str, value: str, now: float | None = None) -> bytes:
        """One record line (with its newline) for ``value`` behind ``placeholder`` in ``conversation``."""
        c = self.index(conversation)
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8", "surrogatepass"), f"{c}\x00{placeholder}".encode())
        stamp = round(time.time() if now is None else now, 3)
        return orjson.dumps({
            "v": _VERSION, "k": self.key_id, "c": c, "p": placeholder, "t": stamp,
            "n": base64.b64encode(nonce).decode(), "x": base64.b64encode(sealed).decode(),
        }) + b"\n"

    def append(self, lines: Iterable[bytes]) -> tuple[int, int]:
        """Append sealed records in one write; returns (written, refused over max_bytes). OSError propagates."""
        data = list(lines)
        if not data:
            return 0, 0
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            size = self.path.stat().st_size if self.path.exists() else 0
            keep: list[bytes] = []
            for line in data:
                if size + len(line) > self.max_bytes:
                    break
                keep.append(line)
                size += len(line)
            if keep:
                _write_synced(self.path, os.O_APPEND, b"".join(keep))
            return len(keep), len(data) - len(keep)

    def reveal(self, conversation: str, placeholder: str = "") -> list[Revealed]:
        """The records of ``conversation`` (only ``placeholder``'s if given), oldest first."""
        c = self.index(conversation)
        out: list[Revealed] = []
        for n, rec in self._records():
            if rec.get("c") != c or (placeholder and rec.get("p") != placeholder):
                continue
            stamp = rec.get("t")
            p, t = str(rec.get("p", "")), float(stamp) if isinstance(stamp, int | float) else 0.0
            try:
                nonce = base64.b64decode(str(rec["n"]), validate=True)
                sealed = base64.b64decode(str(rec["x"]), validate=True)
                value = self._aead.decrypt(nonce, sealed, f"{c}\x00{p}".encode()).decode("utf-8", "surrogatepass")
            except (InvalidTag, KeyError, ValueError) as exc:
                reason = "does not open with this key, or was altered" if isinstance(exc, InvalidTag) else "malformed"
                out.append(Revealed(p, "", t, n, error=reason))
                continue
            out.append(Revealed(p, value, t, n))
        return out

    def foreign_records(self) -> int:
        """Records written under another key (a reader with the wrong key finds no conversation at all)."""
        return sum(1 for _, rec in self._records() if rec.get("k") != self.key_id)

    def erase(self, conversation: str) -> int:
        """Remove every record of ``conversation``; returns how many went."""
        c = self.index(conversation)
        with self._lock:
            if not self.path.exists():
                return 0
            kept: list[bytes] = []
            removed = 0
            for line in self.path.read_bytes().splitlines(keepends=True):
                try:
                    mine = orjson.loads(line).get("c") == c
                except orjson.JSONDecodeError:
                    mine = False
                if mine:
                    removed += 1
                else:
                    kept.append(line)
            if removed:
                tmp = self.path.with_suffix(".tmp")
                _write_synced(tmp, os.O_TRUNC, b"".join(kept))
                os.replace(tmp, self.path)
            return removed

    def _records(self) -> Iterable[tuple[int, dict[str, object]]]:
        if not self.path.exists():
            return
        with self.path.open("rb") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    rec = orjson.loads(line)
                except orjson.JSONDecodeError:
                    continue
                if isinstance(rec, dict):
                    yield n, rec
