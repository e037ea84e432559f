"""The ``redact`` processor (always last): what leaves spanwatch holds only as much content as the mode allows.

Modes (``mode``):

* ``full`` — content is exported as received, **except card data**: PAN, CVV and track data (``card_entities``)
  are replaced in every mode unless ``allow_card_data: true`` (PCI DSS 3.3.1: no sensitive authentication data
  after authorisation; 3.4.1: PAN unreadable wherever it is stored).
* ``redact`` (default; GDPR 5(1)(c) minimisation, 25 by default) — every finding whose category is in
  ``categories`` (personal, health, special-category, payment data and secrets) is replaced by a **typed
  placeholder** such as ``[EMAIL_1]``. Placeholders are consistent within a conversation: the same value gets
  the same number on every turn, in spans and in log events alike, so an analyst can still follow "the user
  gave [EMAIL_1], the tool returned [EMAIL_1]" without seeing the address. The map behind it is keyed by an
  HMAC of the value (never the value), per conversation, and LRU-bounded both in conversations and in values
  per conversation; numbers are never reused, so an evicted value that returns gets a new number rather than
  someone else's.
* ``hash_only`` — every GenAI content string (each extracted message's text, at its location) is replaced by
  ``hmac-sha256:<hex>``, a keyed digest under ``hash_key`` (PCI DSS 3.5.1.1: hashes of PAN must be keyed; GDPR
  32(1)(a) pseudonymisation). Equal texts still correlate; nobody without the key can test a guess. The mode
  refuses to start without a key of at least 16 bytes. Inside a message-valued attribute (JSON or structured)
  every other string leaf is digested as well, except structural fields (``role``, ``type``, ``finish_reason``,
  ids, ``mime_type``, ``modality``): extraction is bounded (``max_messages``, unknown part shapes), and text it
  did not read must not leave readable either.

**Where edits land.** Each message carries a ``SourceLocation`` (see ``spanwatch.processors.extract``): the
container (span attributes, a span event's attributes, a log record's attributes or body), the key, and the
JSON path of the text inside the value. The path is followed into a JSON string (parsed, edited, re-serialised
— only when something in it changed) or into a structured AnyValue (edited in place), so message structure
survives. Finding offsets index the message text, which is a prefix of the string at the location (extraction
may cut long texts), so replacements are applied right-to-left by offset; overlapping findings are merged into
one placeholder named after the longest of them. When the stored string no longer starts with the extracted
text (a node that extraction had to serialise itself), each matched value is replaced wherever it occurs.

**Sweep** (``sweep``, on by default). Detection reads each text once, but instrumentations repeat content: an
OpenInference span's ``input.value`` duplicates its ``llm.input_messages``, a pydantic-ai agent span repeats the
whole conversation. After the located edits, every string in the record (attributes, span events, log body,
names) is searched for the values just replaced — raw and in their JSON-escaped forms — and those copies are
replaced too; the same sweep runs over ``batch.derived_logs``, so a finding event can never carry a raw value
even if a detector's evidence masking failed. Values shorter than ``sweep_min_chars`` are only replaced where
detected (sweeping ``123`` would destroy unrelated numbers).

**Vault** (``vault_dir`` + ``vault_key``, redact mode, off by default). Each placeholder's original value, when
first given in a conversation and of a category in ``vault_categories``, is sealed (AES-256-GCM) into an
append-only file an authorised responder opens offline with ``spanwatch vault reveal`` (``processors/vault.py``).

Raw values never reach logs or metrics: this module logs nothing about content and keeps values only in local
variables for the duration of one batch (the vault holds them encrypted only).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import orjson
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import ByteSize
from spanwatch.processors._anyvalue import py_value as _py
from spanwatch.processors.vault import MIN_KEY_BYTES as MIN_VAULT_KEY_BYTES
from spanwatch.processors.vault import Vault

if TYPE_CHECKING:
    from google.protobuf.internal.containers import RepeatedCompositeFieldContainer

    from spanwatch.processors.finding import Finding
    from spanwatch.processors.interaction import Interaction
    from spanwatch.telemetry import Counter

__all__ = [
    "DEFAULT_CARD_ENTITIES",
    "DEFAULT_CATEGORIES",
    "DEFAULT_CONTENT_KEYS",
    "HASH_PREFIX",
    "RedactConfig",
    "RedactProcessor",
]

Mode = Literal["full", "redact", "hash_only"]
HASH_PREFIX = "hmac-sha256:"
# Sensitive-data and secret categories of the rule packs (config/rules/*.yaml).
DEFAULT_CATEGORIES: tuple[str, ...] = ("pii", "phi", "payment", "secret", "special_category", "credentials",
                                       "financial", "government_id", "health", "contact", "identity", "location",
                                       "network_id", "device_id", "payment_card")
# Content attributes of the conventions in shared/reference/genai-conventions.md, including the opaque blobs
# that extraction skips when structured messages are present, and pydantic-ai's final_result.
DEFAULT_CONTENT_KEYS: tuple[str, ...] = (
    "gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions", "gen_ai.tool.call.arguments",
    "gen_ai.tool.call.result", "gen_ai.retrieval.documents", "gen_ai.retrieval.query.text", "gen_ai.prompt",
    "gen_ai.completion", "input.value", "output.value", "traceloop.entity.input", "traceloop.entity.output",
    "langfuse.observation.input", "langfuse.observation.output", "langfuse.trace.input", "langfuse.trace.output",
    "pydantic_ai.all_messages", "final_result", "tool_arguments", "tool_response",
)
# PCI DSS card data: masked in every mode unless allow_card_data.
DEFAULT_CARD_ENTITIES: tuple[str, ...] = ("CREDIT_CARD", "CVV", "TRACK_DATA", "PAN")
# What the vault keeps by default: personal and health data. Never secrets (the answer to a leaked key is rotation,
# not retrieval) and never payment data; card data only with allow_card_data as well.
DEFAULT_VAULT_CATEGORIES: tuple[str, ...] = tuple(
    c for c in DEFAULT_CATEGORIES if c not in ("secret", "credentials", "payment", "payment_card", "financial"))
_log = logging.getLogger(__name__)
_DIGEST_CHARS = len(HASH_PREFIX) + 64
_MIN_KEY_BYTES = 16  # 128 bits, PCI DSS 3.5.1.1's floor for keyed hashes
_LABEL = re.compile(r"[^A-Z0-9]+")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, kw_only=True)
class RedactConfig:
    # full | redact | hash_only (see the module docstring). redact is the privacy-preserving default.
    mode: Mode = "redact"
    # Keep PAN/CVV/track data readable in full mode; needs a documented business need (PCI DSS 3.4.1).
    allow_card_data: bool = False
    # Finding categories replaced in redact mode.
    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    # Finding entity types that are card data: replaced in every mode unless allow_card_data.
    card_entities: tuple[str, ...] = DEFAULT_CARD_ENTITIES
    # Attributes that hold content wherever they appear on a GenAI record: hash_only digests their text (string
    # leaves of JSON/structured values, structural fields kept) even where extraction did not read them.
    content_keys: tuple[str, ...] = DEFAULT_CONTENT_KEYS
    # HMAC key (e.g. ${env:SPANWATCH_HASH_KEY}); required for hash_only, also keys placeholder maps if set.
    hash_key: str = ""
    # Conversations whose placeholder numbering is remembered (least recently used are forgotten first).
    max_conversations: int = 10_000
    # Distinct values remembered per conversation.
    max_values_per_conversation: int = 1_000
    # Distinct values remembered in all (about 150 bytes each): whole conversations are forgotten past it.
    max_values: int = 100_000
    # Also replace copies of replaced values elsewhere in the same record and in finding events.
    sweep: bool = True
    # Shortest value the sweep searches for; shorter ones are replaced only where detected.
    sweep_min_chars: int = 6
    # Redaction vault (processors/vault.py), redact mode only: each placeholder's original value, AES-256-GCM
    # encrypted under vault_key, appended to <vault_dir>/vault.jsonl (under service.data_dir unless absolute), for
    # `spanwatch vault reveal`. Empty: no vault, values are gone once replaced.
    vault_dir: str = ""
    # Vault secret (at least 16 bytes), from the environment, e.g. ${env:SPANWATCH_VAULT_KEY}.
    vault_key: str = ""
    # Finding categories whose values the vault keeps (card data also needs allow_card_data).
    vault_categories: tuple[str, ...] = DEFAULT_VAULT_CATEGORIES
    # Vault file bound; past it, new records are refused and counted, never rotated away.
    vault_max_bytes: ByteSize = ByteSize("256MiB")

    def validate(self) -> list[str]:
        problems = []
        if self.mode == "hash_only" and not self.hash_key:
            problems.append("hash_key must be set when mode is hash_only "
                            "(a deployment secret, e.g. hash_key: ${env:SPANWATCH_HASH_KEY})")
        elif self.hash_key and len(self.hash_key.encode()) < _MIN_KEY_BYTES:
            problems.append(f"hash_key must be at least {_MIN_KEY_BYTES} bytes, got {len(self.hash_key.encode())}")
        if self.max_conversations < 1:
            problems.append(f"max_conversations must be >= 1, got {self.max_conversations}")
        if self.max_values_per_conversation < 1:
            problems.append(f"max_values_per_conversation must be >= 1, got {self.max_values_per_conversation}")
        if self.max_values < 1:
            problems.append(f"max_values must be >= 1, got {self.max_values}")
        if self.sweep_min_chars < 1:
            problems.append(f"sweep_min_chars must be >= 1, got {self.sweep_min_chars}")
        if any(not c for c in self.categories):
            problems.append("categories must not contain empty names")
        if self.vault_dir:
            if self.mode != "redact":
                problems.append(f"vault_dir keeps the values behind placeholders, which only mode redact gives; "
                                f"unset vault_dir or set mode: redact (got {self.mode!r})")
            if len(self.vault_key.encode()) < MIN_VAULT_KEY_BYTES:
                problems.append(f"vault_key must be at least {MIN_VAULT_KEY_BYTES} bytes when vault_dir is set "
                                "(a deployment secret, e.g. vault_key: ${env:SPANWATCH_VAULT_KEY})")
            if self.vault_max_bytes < 4096:
                problems.append(f"vault_max_bytes must be >= 4KiB, got {self.vault_max_bytes}")
        return problems


# --- placeholder numbering -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Conversation:
    numbers: OrderedDict[bytes, str] = field(default_factory=OrderedDict)  # value digest -> placeholder
    counters: dict[str, int] = field(default_factory=dict)  # label -> last number given


class PlaceholderStore:
    """Per-conversation ``digest → placeholder`` maps, LRU-bounded per conversation, in conversations and in total.

    Keys are 128-bit HMACs (of the conversation id, and of the label and canonical value), so the store's size
    does not depend on what clients send and holds nothing that reverses to a value without the key.
    """

    def __init__(self, key: bytes, max_conversations: int, max_values: int, max_total: int) -> None:
        self._key = key
        self._max_conversations = max_conversations
        self._max_values = max_values
        self._max_total = max_total
        self._total = 0
        self._conversations: OrderedDict[bytes, _Conversation] = OrderedDict()
        self._lock = threading.Lock()  # pipelines of different signals may run on different threads

    def _mac(self, data: str) -> bytes:
        return hmac.digest(self._key, data.encode("utf-8", "surrogatepass"), "sha256")[:16]

    def digest(self, label: str, value: str) -> bytes:
        # Canonical form, so "4111 1111 1111 1111" and "4111111111111111" (or an e-mail's case) share a number.
        if label in DEFAULT_CARD_ENTITIES or label.endswith(("CARD", "IBAN", "SSN")):
            canon = _NON_ALNUM.sub("", value).upper()
        else:
            canon = _SPACE.sub(" ", value).strip().lower()
        return self._mac(f"{label}\x00{canon}")

    def conversation_key(self, conversation: str) -> bytes:
        return self._mac(conversation)

    def placeholder(self, conversation: str, label: str, value: str) -> str:
        return self.placeholder_for(self._mac(conversation), label, self.digest(label, value))

    def placeholder_for(self, conv_key: bytes, label: str, digest: bytes) -> str:
        """``placeholder`` with the conversation key and the value's digest already worked out."""
        return self.assign(conv_key, label, digest)[0]

    def assign(self, conv_key: bytes, label: str, digest: bytes) -> tuple[str, bool]:
        """``placeholder_for``, and whether the number was given just now (the vault records only those)."""
        with self._lock:
            conv = self._conversations.get(conv_key)
            if conv is None:
                conv = self._conversations[conv_key] = _Conversation()
            else:
                self._conversations.move_to_end(conv_key)
            found = conv.numbers.get(digest)
            if found is not None:
                conv.numbers.move_to_end(digest)
                return found, False
            n = conv.counters.get(label, 0) + 1
            conv.counters[label] = n
            text = f"[{label}_{n}]"
            conv.numbers[digest] = text
            self._total += 1
            if len(conv.numbers) > self._max_values:
                conv.numbers.popitem(last=False)
                self._total -= 1
            # Whole conversations go, least recently used first, never the one being written.
            while len(self._conversations) > 1 and (len(self._conversations) > self._max_conversations
                                                    or self._total > self._max_total):
                _, old = self._conversations.popitem(last=False)
                self._total -= len(old.numbers)
            return text, True

    def __len__(self) -> int:
        return len(self._conversations)

    @property
    def values(self) -> int:
        return self._total


# Pipelines of one redactor (traces and logs) share one store, so a span and a log event of the same
# conversation agree on [EMAIL_1]. Keyed by the component id within one Host; released on shutdown.
_STORES: dict[tuple[int, str], tuple[Host, PlaceholderStore, list[int]]] = {}
_STORES_LOCK = threading.Lock()


def _shared_store(host: Host | None, name: str, make: Callable[[], PlaceholderStore]) -> PlaceholderStore:
    if host is None:
        return make()
    with _STORES_LOCK:
        entry = _STORES.get((id(host), name))
        if entry is None:
            entry = _STORES[(id(host), name)] = (host, make(), [0])
        entry[2][0] += 1
        return entry[1]


def _release_store(host: Host | None, name: str) -> None:
    if host is None:
        return
    with _STORES_LOCK:
        entry = _STORES.get((id(host), name))
        if entry is not None:
            entry[2][0] -= 1
            if entry[2][0] <= 0:
                del _STORES[(id(host), name)]


# --- editing values at a location -------------------------------------------------------------------------------

Rewrite = Callable[[str], str]
# (container, event index, attribute key, JSON path): one text to rewrite.
_TargetKey = tuple[str, int, str, tuple[str | int, ...]]


def _dump(node: object) -> str:
    """The compact JSON extraction used for a non-string node (so offsets into it line up)."""
    try:
        return orjson.dumps(node).decode()
    except TypeError:
        return str(node)


def _serialise(root: object) -> str:
    try:
        return orjson.dumps(root).decode()
    except TypeError:  # e.g. an int wider than 64 bits, which orjson refuses; the stdlib writes it
        return json.dumps(root, ensure_ascii=False, separators=(",", ":"))


def _to_anyvalue(node: object, out: AnyValue) -> None:
    out.Clear()
    if isinstance(node, str):
        out.string_value = node
    elif isinstance(node, bool):
        out.bool_value = node
    elif isinstance(node, int) and -(2**63) <= node < 2**63:
        out.int_value = node
    elif isinstance(node, float):
        out.double_value = node
    elif isinstance(node, dict):
        out.kvlist_value.SetInParent()
        for k, v in node.items():
            _to_anyvalue(v, out.kvlist_value.values.add(key=str(k)).value)
    elif isinstance(node, list):
        out.array_value.SetInParent()
        for v in node:
            _to_anyvalue(v, out.array_value.values.add())
    elif node is not None:
        out.string_value = str(node)


def _rewrite_node_text(text: str, rewrite: Rewrite) -> tuple[object, bool]:
    """A non-string node's compact JSON, rewritten; parsed back when it is still JSON (structure kept)."""
    new = rewrite(text)
    if new == text:
        return None, False
    try:
        return orjson.loads(new), True
    except orjson.JSONDecodeError:
        return new, True  # a digest, or a replacement that broke the syntax: the string itself


def _edit_anyvalue(av: AnyValue, path: tuple[str | int, ...], rewrite: Rewrite) -> bool:
    """Rewrite the text at ``path`` inside ``av`` (a JSON string or a structured value). True if changed."""
    kind = av.WhichOneof("value")
    if kind == "string_value":
        s = av.string_value
        if not path:
            new = rewrite(s)
            if new == s:
                return False
            av.string_value = new
            return True
        try:
            root = orjson.loads(s)
        except orjson.JSONDecodeError:
            return False  # the caller falls back to value replacement over the whole string
        if not _edit_py(root, path, rewrite):
            return False
        av.string_value = _serialise(root)
        return True
    target = av
    for p in path:
        nxt = _child(target, p)
        if nxt is None:
            return False
        target = nxt
    if target.WhichOneof("value") == "string_value":
        s = target.string_value
        new = rewrite(s)
        if new == s:
            return False
        target.string_value = new
        return True
    node, changed = _rewrite_node_text(_dump(_py(target)), rewrite)
    if changed:
        _to_anyvalue(node, target)
    return changed


def _child(av: AnyValue, step: str | int) -> AnyValue | None:
    if isinstance(step, int):
        if av.WhichOneof("value") == "array_value" and 0 <= step < len(av.array_value.values):
            return av.array_value.values[step]
        return None
    if av.WhichOneof("value") != "kvlist_value":
        return None
    found: AnyValue | None = None
    for kv in av.kvlist_value.values:
        if kv.key == step:
            found = kv.value  # the last one wins, as when extraction read it into a dict
    return found


def _edit_py(root: object, path: tuple[str | int, ...], rewrite: Rewrite) -> bool:
    parent = root
    for p in path[:-1]:
        parent = _step(parent, p)
        if parent is None:
            return False
    last = path[-1]
    target = _step(parent, last)
    if target is None:
        return False
    if isinstance(target, str):
        new = rewrite(target)
        if new == target:
            return False
        replacement: object = new
    else:
        replacement, changed = _rewrite_node_text(_dump(target), rewrite)
        if not changed:
            return False
    if isinstance(parent, dict):  # noqa: SIM114 - separate branches, so mypy narrows the index type for lists
        parent[last] = replacement
    elif isinstance(parent, list) and isinstance(last, int):
        parent[last] = replacement
    return True


def _step(node: object, p: str | int) -> object:
    if isinstance(p, int):
        return node[p] if isinstance(node, list) and 0 <= p < len(node) else None
    return node.get(p) if isinstance(node, dict) else None


def _attribute_values(record: Span | LogRecord, container: str, key: str, event_index: int) -> list[AnyValue]:
    """Every AnyValue a location names (all duplicates of a key: each could be read by some consumer)."""
    if isinstance(record, Span):
        if container == "span_event":
            if not 0 <= event_index < len(record.events):
                return []
            attrs: RepeatedCompositeFieldContainer[KeyValue] = record.events[event_index].attributes
        else:
            attrs = record.attributes
    else:
        if key == "body" and container == "log":
            return [record.body] if record.HasField("body") else []
        attrs = record.attributes
    return [kv.value for kv in attrs if kv.key == key]


# --- sweep ------------------------------------------------------------------------------------------------------


def _forms(value: str) -> Iterator[str]:
    """A value as it may appear in stored strings: raw, and escaped inside JSON (both escape styles)."""
    yield value
    compact = orjson.dumps(value).decode()[1:-1]
    if compact != value:
        yield compact
    ascii_form = json.dumps(value)[1:-1]
    if ascii_form not in (value, compact):
        yield ascii_form


class _Sweeper:
    """Replaces every known value (longest first, so a value containing another goes whole)."""

    def __init__(self, pairs: Iterable[tuple[str, str]], min_chars: int,
                 forms: Callable[[str], Iterable[str]] = _forms) -> None:
        table: dict[str, str] = {}
        for raw, replacement in pairs:
            if len(raw) < min_chars:
                continue
            for form in forms(raw):
                table.setdefault(form, replacement)
        self._pairs = sorted(table.items(), key=lambda kv: -len(kv[0]))
        self._shortest = len(self._pairs[-1][0]) if self._pairs else 0
        self._encoded = [raw.encode("utf-8", "surrogatepass") for raw, _ in self._pairs]

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def text(self, s: str) -> str:
        # Most strings in a record are ids, names and digests this stage wrote: skip them without searching.
        if len(s) < self._shortest or (s.startswith(HASH_PREFIX) and len(s) == _DIGEST_CHARS):
            return s
        for needle, replacement in self._pairs:
            if needle in s:
                s = s.replace(needle, replacement)
        return s

    def value(self, av: AnyValue) -> bool:
        kind = av.WhichOneof("value")
        if kind == "string_value":
            new = self.text(av.string_value)
            if new != av.string_value:
                av.string_value = new
                return True
            return False
        changed = False
        if kind == "kvlist_value":
            for kv in av.kvlist_value.values:
                changed |= self.value(kv.value)
        elif kind == "array_value":
            for v in av.array_value.values:
                changed |= self.value(v)
        elif kind == "bytes_value" and av.bytes_value:
            # Bytes are not text to scan, but a raw value stored as UTF-8 bytes is still the value.
            try:
                decoded = av.bytes_value.decode()
            except UnicodeDecodeError:
                return False
            new = self.text(decoded)
            if new != decoded:
                av.bytes_value = new.encode()
                return True
        return changed

    def attributes(self, attrs: RepeatedCompositeFieldContainer[KeyValue]) -> bool:
        changed = False
        for kv in attrs:
            changed |= self.value(kv.value)
        return changed

    def record(self, record: Span | LogRecord) -> bool:
        # A string field's UTF-8 bytes sit contiguously in the wire form, so a value absent from the serialised
        # record is absent from every string in it: one C-level search per value replaces walking every
        # attribute in Python, and the walk only runs when something is there to replace.
        wire = record.SerializeToString()
        for needle in self._encoded:
            if needle in wire:
                break
        else:
            return False
        changed = self.attributes(record.attributes)
        if isinstance(record, Span):
            for ev in record.events:
                changed |= self.attributes(ev.attributes)
            for link in record.links:
                changed |= self.attributes(link.attributes)
            if record.status.message:
                new = self.text(record.status.message)
                if new != record.status.message:
                    record.status.message = new
                    changed = True
        elif record.HasField("body"):
            changed |= self.value(record.body)
        return changed


# --- the processor ----------------------------------------------------------------------------------------------


def _label(f: Finding) -> str:
    return _label_of(f.entity_type or f.category or "REDACTED")


@lru_cache(maxsize=1024)  # a few dozen entity types and categories
def _label_of(name: str) -> str:
    return _LABEL.sub("_", name.upper()).strip("_") or "REDACTED"


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans become one, labelled after its longest member (an IBAN beats the digits inside it)."""
    out: list[tuple[int, int, str]] = []
    longest: list[int] = []
    for start, end, label in sorted(spans):
        if out and start < out[-1][1]:
            s0, e0, l0 = out[-1]
            if end - start > longest[-1]:
                l0, longest[-1] = label, end - start
            out[-1] = (s0, max(e0, end), l0)
        else:
            out.append((start, end, label))
            longest.append(end - start)
    return out


@dataclass(slots=True)
class _Target:
    """What to do to the text at one location: offset edits against ``text``, or one whole-value rewrite."""

    text: str
    edits: list[tuple[int, int, str]] = field(default_factory=list)
    values: list[tuple[str, str]] = field(default_factory=list)
    whole: Rewrite | None = None
    # Two different texts were extracted at this location (rare): offsets are not trusted, values are replaced.
    mismatch: bool = False

    def rewrite(self, s: str) -> str:
        if self.whole is not None:
            return self.whole(s)
        if not self.mismatch and s.startswith(self.text):
            for start, end, replacement in sorted(self.edits, reverse=True):  # right to left: offsets stay valid
                s = s[:start] + replacement + s[end:]
            return s
        for raw, replacement in sorted(self.values, key=lambda kv: -len(kv[0])):
            s = s.replace(raw, replacement)
        return s


class RedactProcessor:
    # A failure here must not let unredacted content out: the pipeline refuses the batch instead of passing it on.
    fail_closed = True

    def __init__(self, config: RedactConfig, host: Host | None = None, name: str = "redact") -> None:
        problems = config.validate()
        if problems:
            raise ValueError("; ".join(problems))
        self.config = config
        self._host = host
        self._name = name
        # Without a configured key, placeholders are keyed by a per-process secret: numbering works, and the
        # map holds nothing a memory dump could reverse by guessing.
        self._key = config.hash_key.encode() if config.hash_key else os.urandom(32)
        self._categories = frozenset(config.categories)
        self._cards = frozenset(config.card_entities)
        self._memo: dict[str, str] = {}
        self._conv_memo: dict[str, bytes] = {}
        self._value_memo: dict[tuple[str, str], bytes] = {}
        self._forms_memo: dict[str, tuple[str, ...]] = {}
        self._counts: dict[str, int] = {}
        self._sweepers: dict[tuple[tuple[str, str], ...], _Sweeper] = {}
        self._content_keys = frozenset(config.content_keys)
        # Evidence that masking happened (ISO 27001 A.8.11), by placeholder type; never a value or an id.
        self._replaced = host.telemetry.counter(
            "processor_redact_replaced_total", "Values replaced by the redact processor, by mode and type.",
            ["processor", "mode", "type"]) if host is not None else None
        self._store = _shared_store(
            host, name,
            lambda: PlaceholderStore(self._key, config.max_conversations, config.max_values_per_conversation,
                                     config.max_values))
        self._vault: Vault | None = None
        self._vaulted: Counter | None = None
        self._vault_categories = frozenset(config.vault_categories)
        self._sealed: list[bytes] = []  # this batch's vault records, appended in one write when it ends
        if config.vault_dir:
            directory = Path(config.vault_dir)
            if not directory.is_absolute() and host is not None:
                directory = host.data_dir / directory
            self._vault = Vault(directory, config.vault_key, int(config.vault_max_bytes))
            self._vaulted = host.telemetry.counter(
                "processor_redact_vault_records_total",
                "Redacted values offered to the vault, by result (written, refused over vault_max_bytes, failed).",
                ["processor", "result"]) if host is not None else None

    async def start(self) -> None:
        return None

    async def shutdown(self) -> None:
        if self._host is not None:
            _release_store(self._host, self._name)
            self._host = None

    def _count(self, type_: str) -> None:
        # Counted per batch and added to the metric once per type when the batch ends (one metric update per
        # replacement was a tenth of the stage's time on re-sent histories).
        self._counts[type_] = self._counts.get(type_, 0) + 1

    def _flush_counts(self) -> None:
        if self._replaced is not None:
            for type_, n in self._counts.items():
                self._replaced.add(n, self._name, self.config.mode, type_)
        self._counts.clear()

    def _digest(self, text: str) -> str:
        # Memoised per batch: hash_only digests each text where extraction found it and again where it is
        # rewritten, and a re-sent history repeats texts across the spans of a batch. The memo holds nothing the
        # batch does not already hold, and goes with it.
        digest = self._memo.get(text)
        if digest is None:
            digest = self._memo[text] = HASH_PREFIX + hmac.digest(
                self._key, text.encode("utf-8", "surrogatepass"), "sha256").hex()
        return digest

    def _conversation_key(self, conversation: str) -> bytes:
        # Memoised per batch like ``_digest``: the spans of one conversation in a batch share it.
        key = self._conv_memo.get(conversation)
        if key is None:
            key = self._conv_memo[conversation] = self._store.conversation_key(conversation)
        return key

    def _value_digest(self, label: str, raw: str) -> bytes:
        # Memoised per batch: a re-sent history carries the same value in every later span of its conversation.
        digest = self._value_memo.get((label, raw))
        if digest is None:
            digest = self._value_memo[(label, raw)] = self._store.digest(label, raw)
        return digest

    def _forms(self, raw: str) -> tuple[str, ...]:
        # Memoised per batch: each span of a conversation sweeps for the values its re-sent history holds.
        forms = self._forms_memo.get(raw)
        if forms is None:
            forms = self._forms_memo[raw] = tuple(_forms(raw))
        return forms

    def _sweeper(self, pairs: Iterable[tuple[str, str]]) -> _Sweeper:
        # Memoised per batch: the spans of a conversation re-send the same values turn after turn, and a span's
        # finding and alert records are swept with the span's own values.
        key = tuple(pairs)
        sweeper = self._sweepers.get(key)
        if sweeper is None:
            sweeper = self._sweepers[key] = _Sweeper(key, self.config.sweep_min_chars, self._forms)
        return sweeper

    def _selected(self, f: Finding) -> bool:
        card = f.entity_type in self._cards
        if card and not self.config.allow_card_data:
            return True
        if self.config.mode == "full":
            return False
        return f.category in self._categories or card

    def process(self, batch: Batch) -> Batch:
        if batch.signal == "metrics" or (self.config.mode == "full" and self.config.allow_card_data):
            return batch
        # The memos hold values of this batch only: cleared however the batch ends.
        try:
            out = self._process(batch)
            self._flush_vault()
            return out
        finally:
            self._sealed.clear()
            self._clear_memos()
            self._flush_counts()

    def _flush_vault(self) -> None:
        if self._vault is None or not self._sealed:
            return
        try:
            written, refused = self._vault.append(self._sealed)
        except OSError as exc:
            # The telemetry still leaves redacted: a vault that cannot be written loses the reversal, not the
            # privacy. Said once per batch, without any value.
            _log.warning("redact vault %s: %d record(s) not written: %s", self._vault.path, len(self._sealed),
                         exc.strerror or type(exc).__name__)
            written, refused, failed = 0, 0, len(self._sealed)
        else:
            failed = 0
        if self._vaulted is not None:
            for result, n in (("written", written), ("refused", refused), ("failed", failed)):
                if n:
                    self._vaulted.add(n, self._name, result)

    def _process(self, batch: Batch) -> Batch:
        # Replacements by the (trace id, span id) of the record they were made in: a derived log record (finding,
        # alert) carries its span's ids, so it is swept with that record's few values only. One sweeper with every
        # value of the batch cost O(values x strings) per batch, most of the redact stage's time.
        by_ids: dict[tuple[bytes, bytes], list[tuple[str, str]]] = {}
        for it in batch.interactions:
            pairs = self._interaction(it)
            ids = (it.trace_id, it.span_id)
            if pairs:
                by_ids.setdefault(ids, []).extend(pairs)
            else:
                by_ids.setdefault(ids, [])
        if self.config.sweep and batch.derived_logs and any(by_ids.values()):
            sweeps = _Sweeps(by_ids, self._sweeper)
            for chunk in batch.derived_logs:
                if _sweep_logs(chunk.message, sweeps):
                    chunk.mark_modified()
        return batch

    def _clear_memos(self) -> None:
        self._memo.clear()
        self._conv_memo.clear()
        self._value_memo.clear()
        self._forms_memo.clear()
        self._sweepers.clear()

    def _interaction(self, it: Interaction) -> list[tuple[str, str]]:
        """Edits one record; returns the (raw, replacement) pairs applied, for the sweep."""
        targets: dict[_TargetKey, _Target] = {}
        pairs: list[tuple[str, str]] = []
        if self.config.mode == "hash_only":
            for m in it.messages:
                loc = m.source
                key = (loc.container, loc.event_index, loc.key, loc.path)
                if key not in targets:
                    targets[key] = _Target(m.text, whole=self._digest)
                    # The sweep looks for the extracted text (a prefix of the stored value when extraction cut it).
                    pairs.append((m.text, self._digest(m.text)))
                    self._count("content")
            # Card data inside texts is gone with the texts; nothing else to select.
        else:
            by_message: dict[int, list[tuple[int, int, str]]] = {}
            for f in it.findings:
                if not self._selected(f) or not 0 <= f.message_index < len(it.messages):
                    continue
                text = it.messages[f.message_index].text
                if not 0 <= f.start < f.end <= len(text):
                    continue
                by_message.setdefault(f.message_index, []).append((f.start, f.end, _label(f)))
            conversation = it.conversation_id or f"trace:{it.trace_id.hex()}"
            conv_key: bytes | None = None
            # Labels whose values the vault keeps in this interaction (a label comes from one category in practice).
            vault_labels = frozenset(
                _label(f) for f in it.findings if f.category in self._vault_categories
                and (f.entity_type not in self._cards or self.config.allow_card_data)) if self._vault else frozenset()
            for index, spans in by_message.items():
                m = it.messages[index]
                loc = m.source
                key = (loc.container, loc.event_index, loc.key, loc.path)
                target = targets.get(key)
                if target is None:
                    target = targets[key] = _Target(m.text)
                elif target.text != m.text:
                    target.mismatch = True
                for start, end, label in _merge(spans):
                    raw = m.text[start:end]
                    if conv_key is None:
                        conv_key = self._conversation_key(conversation)
                    replacement, new = self._store.assign(conv_key, label, self._value_digest(label, raw))
                    if new and label in vault_labels:
                        assert self._vault is not None
                        self._sealed.append(self._vault.seal(conversation, replacement, raw))
                    target.edits.append((start, end, replacement))
                    target.values.append((raw, replacement))
                    pairs.append((raw, replacement))
                    self._count(label)
                target.edits = _merge(target.edits)
        changed = False
        if self.config.mode == "hash_only":
            changed = self._hash_content_keys(it.record, {(c, e, k) for c, e, k, _ in targets})
        if not targets:
            if changed:
                it.chunk.mark_modified()
            return []
        changed |= self._apply(it.record, targets)
        if self.config.sweep and pairs:
            sweeper = self._sweeper(pairs)
            if sweeper:
                changed |= sweeper.record(it.record)
        if changed:
            it.chunk.mark_modified()
        return pairs

    def _hash_content_keys(self, record: Span | LogRecord, done: set[tuple[str, int, str]]) -> bool:
        """hash_only: content attributes extraction did not read (a blob next to structured messages) go too."""
        keys = self._content_keys
        groups: list[tuple[str, int, RepeatedCompositeFieldContainer[KeyValue]]] = []
        if isinstance(record, Span):
            groups.append(("span", -1, record.attributes))
            groups.extend(("span_event", i, ev.attributes) for i, ev in enumerate(record.events))
        else:
            groups.append(("log", -1, record.attributes))
        changed = False
        for container, index, attrs in groups:
            for kv in attrs:
                if kv.key not in keys or (container, index, kv.key) in done:
                    continue
                av = kv.value
                if av.WhichOneof("value") != "string_value":
                    changed |= _hash_leaves_av(av, self._digest)
                    continue
                text = av.string_value
                if not text or (text.startswith(HASH_PREFIX) and len(text) == _DIGEST_CHARS):
                    continue
                try:
                    root = orjson.loads(text) if text.lstrip()[:1] in ("{", "[") else None
                except orjson.JSONDecodeError:
                    root = None
                if isinstance(root, dict | list):
                    root, leaf_changed = _hash_leaves_py(root, self._digest)
                    if leaf_changed:
                        av.string_value = _serialise(root)
                        changed = True
                else:
                    av.string_value = self._digest(text)
                    changed = True
                self._count("content")
        return changed

    def _apply(self, record: Span | LogRecord, targets: dict[_TargetKey, _Target]) -> bool:
        """Applies every target, parsing and re-serialising each JSON-string attribute at most once."""
        by_attribute: dict[tuple[str, int, str], list[tuple[tuple[str | int, ...], _Target]]] = {}
        for (container, event_index, attr_key, path), target in targets.items():
            by_attribute.setdefault((container, event_index, attr_key), []).append((path, target))
        changed = False
        for (container, event_index, attr_key), edits in by_attribute.items():
            # Deeper paths first; a whole-value edit (empty path) last, on what the others left.
            edits.sort(key=lambda pt: -len(pt[0]))
            leaves = self._digest if self.config.mode == "hash_only" else None
            for av in _attribute_values(record, container, attr_key, event_index):
                changed |= _apply_to_value(av, edits, leaves)
        return changed


# Fields of message JSON that describe structure, not content: kept readable by hash_only's leaf pass.
_STRUCTURAL = frozenset({"role", "type", "finish_reason", "id", "tool_call_id", "call_id", "mime_type", "modality",
                         "index"})


def _hash_leaves_py(node: object, digest: Rewrite, key: str | int | None = None) -> tuple[object, bool]:
    """Every content string leaf of a parsed message value, digested (what extraction's bounds left out too)."""
    if isinstance(node, str):
        if key in _STRUCTURAL or (node.startswith(HASH_PREFIX) and len(node) == _DIGEST_CHARS) or not node:
            return node, False
        return digest(node), True
    changed = False
    if isinstance(node, dict):
        for k in list(node):
            node[k], c = _hash_leaves_py(node[k], digest, k)
            changed |= c
    elif isinstance(node, list):
        for i, v in enumerate(node):
            node[i], c = _hash_leaves_py(v, digest, key)  # list items inherit their field's name
            changed |= c
    return node, changed


def _hash_leaves_av(av: AnyValue, digest: Rewrite, key: str | None = None) -> bool:
    kind = av.WhichOneof("value")
    if kind == "string_value":
        s = av.string_value
        if key in _STRUCTURAL or (s.startswith(HASH_PREFIX) and len(s) == _DIGEST_CHARS) or not s:
            return False
        av.string_value = digest(s)
        return True
    changed = False
    if kind == "kvlist_value":
        for kv in av.kvlist_value.values:
            changed |= _hash_leaves_av(kv.value, digest, kv.key)
    elif kind == "array_value":
        for v in av.array_value.values:
            changed |= _hash_leaves_av(v, digest, key)
    return changed


def _apply_to_value(av: AnyValue, edits: list[tuple[tuple[str | int, ...], _Target]],
                    leaves: Rewrite | None = None) -> bool:
    """Applies one attribute's edits; with ``leaves`` (hash_only) every other content leaf of a message value too."""
    changed = False
    nested = [(p, t) for p, t in edits if p]
    if nested and av.WhichOneof("value") == "string_value":
        try:
            root = orjson.loads(av.string_value)
        except orjson.JSONDecodeError:
            root = None
        if root is None:
            # The JSON no longer parses (it did at extraction): nothing can be located, so whatever was found
            # is replaced wherever it occurs, and in hash_only the whole value goes.
            for _, target in nested:
                if target.whole is not None:
                    av.string_value = target.whole(av.string_value)
                    return True
                changed |= _Sweeper(target.values, 1).value(av)
        else:
            json_changed = False
            for path, target in nested:
                json_changed |= _edit_py(root, path, target.rewrite)
            if leaves is not None:
                root, leaf_changed = _hash_leaves_py(root, leaves)
                json_changed |= leaf_changed
            if json_changed:
                av.string_value = _serialise(root)
                changed = True
    elif nested:
        for path, target in nested:
            changed |= _edit_anyvalue(av, path, target.rewrite)
        if leaves is not None:
            changed |= _hash_leaves_av(av, leaves)
    for path, target in edits:
        if not path:
            changed |= _edit_anyvalue(av, (), target.rewrite)
    return changed


class _Sweeps:
    """A sweeper per source record, built on first use; records from no known span get every value of the batch."""

    def __init__(self, by_ids: dict[tuple[bytes, bytes], list[tuple[str, str]]],
                 make: Callable[[Iterable[tuple[str, str]]], _Sweeper]) -> None:
        self._by_ids = by_ids
        self._make = make
        self._built: dict[tuple[bytes, bytes], _Sweeper] = {}
        self._all: _Sweeper | None = None

    def of(self, record: LogRecord) -> _Sweeper | None:
        ids = (record.trace_id, record.span_id)
        pairs = self._by_ids.get(ids)
        if pairs is None:
            if self._all is None:
                self._all = self._make(p for ps in self._by_ids.values() for p in ps)
            return self._all or None
        if not pairs:
            return None
        sweeper = self._built.get(ids)
        if sweeper is None:
            sweeper = self._built[ids] = self._make(pairs)
        return sweeper or None


def _sweep_logs(message: object, sweeps: _Sweeps) -> bool:
    if not isinstance(message, ExportLogsServiceRequest):
        return False
    changed = False
    for rl in message.resource_logs:
        for sl in rl.scope_logs:
            for record in sl.log_records:
                sweeper = sweeps.of(record)
                if sweeper is not None:
                    changed |= sweeper.record(record)
    return changed


def _create(id_: ComponentID, config: RedactConfig, host: Host, signal: Signal, next_: object) -> RedactProcessor:
    return RedactProcessor(config, host, str(id_))


FACTORY: Factory[RedactConfig] = Factory(
    type="redact",
    kind="processor",
    config_type=RedactConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Privacy modes for exported content: full (card data masked), redact (typed placeholders), "
                "hash_only (keyed digests).",
    requires_before=("extract",),
)
