"""OTLP ``AnyValue`` to plain Python, shared by extraction and redaction."""

from __future__ import annotations

from opentelemetry.proto.common.v1.common_pb2 import AnyValue


def py_value(value: AnyValue) -> object:
    """A structured AnyValue as plain Python values (the one copy of its strings). Bytes and empty values hold
    no text to scan and become None."""
    kind = value.WhichOneof("value")
    if kind == "string_value":
        return value.string_value
    if kind == "kvlist_value":
        return {kv.key: py_value(kv.value) for kv in value.kvlist_value.values}
    if kind == "array_value":
        return [py_value(v) for v in value.array_value.values]
    if kind == "int_value":
        return value.int_value
    if kind == "double_value":
        return value.double_value
    if kind == "bool_value":
        return value.bool_value
    return None
