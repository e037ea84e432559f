"""Audit records and checkpoints: their canonical bytes, hashes and signatures.

Canonical bytes (``canonical()``), the only form ever hashed or signed:

1. a JSON object (RFC 8259) encoded as UTF-8, with no byte-order mark and no whitespace between tokens;
2. object keys are strings, sorted by their UTF-8 bytes (the same as code point order; RFC 8785 sorts by
   UTF-16 units, which differs only for keys holding characters above U+FFFF), and unique;
3. strings are escaped minimally, as RFC 8785 / ECMAScript ``JSON.stringify``: ``\\"`` and ``\\\\``, the short
   forms ``\\b \\t \\n \\f \\r``, other C0 controls as ``\\u00xx`` (lowercase hex), everything else — including
   ``/``, DEL, U+2028 and non-ASCII — as literal UTF-8; lone surrogates are rejected;
4. integers are JSON integers within ±(2^53 − 1), so every JSON reader (JavaScript included) reads them
   exactly; ``true``/``false``/``null`` as usual;
5. there are no JSON floats: a float becomes a *string* holding its shortest round-trip decimal (Python
   ``repr``, e.g. ``0.87`` → ``"0.87"``, ``1e-07`` → ``"1e-07"``); NaN and infinities are rejected. Verifiers
   never re-render a number, so no cross-language float formatting rule is needed;
6. tuples become arrays; bytes, sets and other types are rejected (callers encode bytes as base64 or hex).

A record has exactly these members (all present, ``null`` only where said):

- ``seq`` (int, from 0, no gaps), ``time`` (RFC 3339 UTC with nanoseconds, ``2026-11-25T22:19:22.123456789Z``),
  ``event_type`` (``finding``, ``erasure``, ``chain_started``, ``chain_stopped``, ``chain_recovered`` …),
  ``source`` (the component), ``agent_id``, ``user_id``, ``conversation_id`` (strings; ``null`` once sealed),
  ``security_level`` (info/low/medium/high/critical), ``risk_score`` (float rendered as a string, rule 5),
  ``data`` (object, the event's content, minus sealed fields);
- ``sealed``: ``null`` or ``{"kid", "nonce", "ct"}`` — the AES-256-GCM ciphertext (base64url, unpadded) of the
  canonical object ``{field path: value}`` of the fields named in ``encrypt_fields``, under the subject's key
  ``kid``, with associated data ``b"spanwatch.audit.sealed.v1\x00" ‖ seq ‖ 0x00 ‖ prev_hash``;
- ``prev_hash``: the previous record's ``record_hash`` (64 zeros for seq 0); ``record_hash``: see below.

The record hash is ``SHA-256(b"spanwatch.audit.record.v1\\x00" ‖ canonical(record without record_hash))``; the
domain tag keeps a record hash from ever equalling a checkpoint's or a Merkle node's. The Merkle leaf input
is the 32-byte record hash. Signed checkpoint bodies use ``b"spanwatch.audit.checkpoint.v1\\x00"``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

RECORD_DOMAIN = b"spanwatch.audit.record.v1\x00"
CHECKPOINT_DOMAIN = b"spanwatch.audit.checkpoint.v1\x00"
KEY_ID_DOMAIN = b"spanwatch.audit.key.v1\x00"
GENESIS_HASH = "0" * 64  # prev_hash of seq 0: there is no previous record
MAX_SAFE_INT = (1 << 53) - 1

JSON: TypeAlias = bool | int | str | list["JSON"] | dict[str, "JSON"] | None

SECURITY_LEVELS = ("info", "low", "medium", "high", "critical")

# Event types the chain writes about itself (PCI DSS 10.2.1.6: start, stop and pause of audit logging).
CHAIN_STARTED = "chain_started"
CHAIN_STOPPED = "chain_stopped"
CHAIN_RECOVERED = "chain_recovered"
ERASURE = "erasure"
FINDING = "finding"
ALERT = "alert"

_OPTS = orjson.OPT_SORT_KEYS | orjson.OPT_STRICT_INTEGER


class CanonicalError(ValueError):
    pass


def normalise(value: Any, path: str = "data") -> JSON:
    """Turn a Python value into the canonical JSON data model (rules 4–6 above), naming the bad key."""
    t = type(value)
    if t is str or t is bool or value is None:
        return value  # type: ignore[no-any-return]
    if t is dict or isinstance(value, Mapping):
        out: dict[str, JSON] = {}
        for k, v in value.items():
            if type(k) is not str:
                raise CanonicalError(f"{path} keys must be strings, got {k!r}")
            tv = type(v)
            # Most values are plain strings, small ints and finite floats: handle them inline, without the
            # recursive call and its path string (this loop is most of the cost of an append).
            if tv is str or tv is bool or v is None or (tv is int and -MAX_SAFE_INT <= v <= MAX_SAFE_INT):
                out[k] = v
            elif tv is float and math.isfinite(v):
                out[k] = repr(v)
            else:
                out[k] = normalise(v, f"{path}.{k}")
        return out
    if t is list or t is tuple:
        items: list[JSON] = []
        for i, v in enumerate(value):
            tv = type(v)
            items.append(v if tv is str or tv is bool or v is None else normalise(v, f"{path}[{i}]"))
        return items
    if isinstance(value, str | bool):
        return str(value) if isinstance(value, str) else bool(value)  # subclasses (StrEnum) become plain values
    if isinstance(value, int):
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise CanonicalError(f"{path} must be an integer within ±(2^53-1), got {value}; send it as a string")
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CanonicalError(f"{path} must be a finite number, got {value!r}")
        return repr(float(value))
    if isinstance(value, list | tuple):
        return [normalise(v, f"{path}[{i}]") for i, v in enumerate(value)]
    raise CanonicalError(f"{path} must be null, bool, int, float, str, list or mapping, got {type(value).__name__}"
                         "; encode bytes as base64 or hex first")


def canonical(obj: Mapping[str, JSON]) -> bytes:
    """Canonical bytes of an already-normalised object (see the module docstring)."""
    try:
        return orjson.dumps(obj, option=_OPTS)
    except orjson.JSONEncodeError as exc:
        raise CanonicalError(f"record is not canonical JSON: {exc}") from exc


def record_hash(record_without_hash: Mapping[str, JSON]) -> str:
    return hashlib.sha256(RECORD_DOMAIN + canonical(record_without_hash)).hexdigest()


_second_cache: tuple[int, str] = (-1, "")


def rfc3339_ns(t_ns: int) -> str:
    """RFC 3339 UTC with nanoseconds, e.g. ``2026-11-25T22:19:22.123456789Z``."""
    global _second_cache  # noqa: PLW0603 - a one-entry cache: strftime dominates the append cost otherwise
    sec, ns = divmod(t_ns, 1_000_000_000)
    cached_sec, prefix = _second_cache
    if cached_sec != sec:
        prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(sec))
        _second_cache = (sec, prefix)
    return f"{prefix}.{ns:09d}Z"


def parse_rfc3339_ns(text: str) -> int:
    """Inverse of ``rfc3339_ns``; also accepts fewer fraction digits, ``+00:00`` for ``Z``, and a bare date."""
    import calendar

    body = text.strip()
    if len(body) == 10:
        body += "T00:00:00Z"  # a bare date is midnight UTC, the natural reading of --since 2026-01-31
    if body.endswith("Z"):
        body = body[:-1]
    elif body.endswith("+00:00"):
        body = body[:-6]
    else:
        raise ValueError(f"time {text!r} must be UTC, ending in Z (e.g. 2026-01-31T12:00:00Z)")
    main, _, frac = body.partition(".")
    try:
        tm = time.strptime(main, "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise ValueError(f"time {text!r} is not RFC 3339 (use e.g. 2026-01-31T12:00:00Z)") from None
    if frac and not frac.isdigit():
        raise ValueError(f"time {text!r} has a bad fraction of a second")
    ns = int((frac + "000000000")[:9]) if frac else 0
    return calendar.timegm(tm) * 1_000_000_000 + ns


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEvent:
    """What a caller wants recorded. ``time_ns`` defaults to the log's clock at append time."""

    event_type: str
    source: str
    agent_id: str = ""
    user_id: str = ""
    conversation_id: str = ""
    security_level: str = "info"
    risk_score: float = 0.0
    data: Mapping[str, Any] = field(default_factory=dict)
    time_ns: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """A record as written: its position and hash, and the record itself (sealed fields already removed)."""

    seq: int
    record_hash: str
    segment: str
    record: dict[str, JSON]


_URLSAFE = bytes.maketrans(b"+/", b"-_")


def b64(data: bytes) -> str:
    """Unpadded base64url (RFC 4648 §5)."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=").translate(_URLSAFE).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def raw_public_key(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """16 hex digits naming a public key; the verifier picks the trusted key by it (as CloudTrail does)."""
    return hashlib.sha256(KEY_ID_DOMAIN + raw_public_key(key)).hexdigest()[:16]


def checkpoint_body(*, origin: str, size: int, root: str, prev: str, time_: str, kid: str) -> dict[str, JSON]:
    return {"origin": origin, "size": size, "root": root, "prev": prev, "time": time_, "kid": kid}


def sign_checkpoint(body: dict[str, JSON], key: Ed25519PrivateKey) -> dict[str, JSON]:
    signed = dict(body)
    signed["sig"] = b64(key.sign(CHECKPOINT_DOMAIN + canonical(body)))
    return signed


def checkpoint_signature_ok(checkpoint: Mapping[str, JSON], key: Ed25519PublicKey) -> bool:
    body = {k: v for k, v in checkpoint.items() if k != "sig"}
    sig = checkpoint.get("sig")
    if not isinstance(sig, str):
        return False
    try:
        key.verify(unb64(sig), CHECKPOINT_DOMAIN + canonical(body))
    except (InvalidSignature, ValueError):
        return False
    return True


def checkpoint_hash(line: bytes) -> str:
    """What the next checkpoint's ``prev`` holds: SHA-256 of the whole signed line (without newline)."""
    return hashlib.sha256(CHECKPOINT_DOMAIN + line).hexdigest()
