"""OTLP/JSON: the protobuf JSON mapping with OTLP's exceptions.

Trace and span ids are hex strings (protobuf's JSON mapping would use base64), enums are integers, 64-bit
integers may be strings or numbers, and unknown fields are ignored (OTLP spec, "JSON Protobuf Encoding").
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import orjson
from google.protobuf import json_format
from google.protobuf.message import Message

_ID_KEYS = frozenset({"traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id"})
_ID_LENGTHS = {"traceId": 16, "trace_id": 16}


class OtlpJsonError(ValueError):
    pass


def _ids_hex_to_b64(node: Any, path: str = "") -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _ID_KEYS and isinstance(value, str):
                if value == "":
                    continue
                try:
                    raw = bytes.fromhex(value)
                except ValueError:
                    raise OtlpJsonError(f"{path}{key}: {value!r} is not a hex id") from None
                expected = _ID_LENGTHS.get(key, 8)
                if len(raw) != expected:
                    raise OtlpJsonError(f"{path}{key}: must be {expected} bytes ({expected * 2} hex digits), "
                                        f"got {len(raw)}")
                node[key] = base64.b64encode(raw).decode()
            else:
                _ids_hex_to_b64(value, f"{path}{key}.")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _ids_hex_to_b64(value, f"{path}[{i}].")


def _ids_b64_to_hex(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _ID_KEYS and isinstance(value, str):
                node[key] = base64.b64decode(value).hex()
            else:
                _ids_b64_to_hex(value)
    elif isinstance(node, list):
        for value in node:
            _ids_b64_to_hex(value)


def decode(data: bytes, message: Message) -> None:
    """Parse OTLP/JSON ``data`` into ``message`` (raises OtlpJsonError with a reason a client can act on)."""
    try:
        tree = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise OtlpJsonError(f"invalid JSON: {exc}") from None
    if not isinstance(tree, dict):
        raise OtlpJsonError("the request body must be a JSON object")
    _ids_hex_to_b64(tree)
    try:
        json_format.ParseDict(tree, message, ignore_unknown_fields=True)
    except (json_format.ParseError, binascii.Error, TypeError, ValueError) as exc:
        raise OtlpJsonError(f"not a valid OTLP/JSON {message.DESCRIPTOR.name}: {exc}") from None


def to_dict(message: Message) -> dict[str, Any]:
    tree: dict[str, Any] = json_format.MessageToDict(message, use_integers_for_enums=True)
    _ids_b64_to_hex(tree)
    return tree


def encode(message: Message) -> bytes:
    return orjson.dumps(to_dict(message))
