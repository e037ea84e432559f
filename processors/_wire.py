"""Protobuf wire bytes for OTLP ``KeyValue`` attributes, built directly for the few shapes spanwatch writes.

``enrich`` adds the same handful of attributes to every GenAI span and a dozen to every finding record. Written
through the protobuf runtime that is one ``add()`` and one setter per value; encoded here and merged with one
``MergeFromString`` it is a few byte concatenations. The bytes are exactly what the runtime would write for the
same ``KeyValue`` (tests compare them), so the exported records do not change.

Field numbers (``opentelemetry/proto/common/v1/common.proto``): ``KeyValue`` key 1, value 2; ``AnyValue``
string_value 1, int_value 3, double_value 4, array_value 5; ``ArrayValue`` values 1.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "field_double", "field_int", "field_string", "field_strings", "kv_double", "kv_int", "kv_string", "kv_strings",
    "length_delimited", "varint",
]

_DOUBLE = struct.Struct("<d").pack


def varint(n: int) -> bytes:
    """An unsigned varint; negative ints are written as their 64-bit two's complement, as protobuf does."""
    if 0 <= n < 0x80:
        return bytes((n,))
    n &= 0xFFFF_FFFF_FFFF_FFFF
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def length_delimited(tag: int, payload: bytes) -> bytes:
    """One length-delimited field: ``tag`` is the whole tag byte (field number << 3 | 2, fields 1-15)."""
    n = len(payload)
    if n < 0x80:  # most values: a one-byte length
        return bytes((tag, n)) + payload
    return bytes((tag,)) + varint(n) + payload


# Keys and array elements (threat types, compliance tags, rule ids: labels, never content) repeat on every record;
# each is encoded once.
@lru_cache(maxsize=1024)
def _key(key: str) -> bytes:
    return length_delimited(0x0A, key.encode())


@lru_cache(maxsize=4096)
def _element(value: str) -> bytes:
    return length_delimited(0x0A, length_delimited(0x0A, value.encode()))


def _kv(key: str, any_value: bytes) -> bytes:
    return _key(key) + length_delimited(0x12, any_value)


def kv_string(key: str, value: str) -> bytes:
    return _kv(key, length_delimited(0x0A, value.encode()))


def kv_int(key: str, value: int) -> bytes:
    return _kv(key, b"\x18" + varint(value))


def kv_double(key: str, value: float) -> bytes:
    return _kv(key, b"\x21" + _DOUBLE(value))


def kv_strings(key: str, values: Iterable[str]) -> bytes:
    """A string array; an empty one is still a (present, empty) array, not an unset value."""
    return _kv(key, length_delimited(0x2A, b"".join(map(_element, values))))


# The same KeyValues as one entry of a repeated ``attributes`` field (``tag``: the record's attributes tag byte),
# built with as few calls as the common short values allow: these run for every number of every finding record.
@lru_cache(maxsize=1024)
def _double_prefix(tag: int, key: str) -> bytes:
    k = _key(key)
    return bytes((tag,)) + varint(len(k) + 11) + k + b"\x12\x09\x21"  # value: AnyValue of 9 bytes (tag + 8)


def field_double(tag: int, key: str, value: float) -> bytes:
    return _double_prefix(tag, key) + _DOUBLE(value)


def field_int(tag: int, key: str, value: int) -> bytes:
    k = _key(key)
    if 0 <= value < 0x80 and len(k) < 0x7C:  # a one-byte varint, every length one byte: offsets, indexes, counts
        return bytes((tag, len(k) + 4)) + k + bytes((0x12, 2, 0x18, value))
    v = varint(value)
    # AnyValue is 1 + at most 10 bytes: its length is one byte.
    return length_delimited(tag, k + bytes((0x12, len(v) + 1, 0x18)) + v)


def field_string(tag: int, key: str, value: str) -> bytes:
    v = value.encode()
    n = len(v)
    k = _key(key)
    size = len(k) + n + 4  # key, then 0x12 <len> 0x0A <len> and the bytes
    if size < 0x80:  # every length one byte
        return bytes((tag, size)) + k + bytes((0x12, n + 2, 0x0A, n)) + v
    return length_delimited(tag, k + length_delimited(0x12, length_delimited(0x0A, v)))


def field_strings(tag: int, key: str, values: Iterable[str]) -> bytes:
    return length_delimited(tag, kv_strings(key, values))
