"""The hand-built KeyValue bytes enrich merges into records are exactly what the protobuf runtime writes."""

from __future__ import annotations

import pytest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from spanwatch.processors._wire import (
    field_double,
    field_int,
    field_string,
    field_strings,
    kv_double,
    kv_int,
    kv_string,
    kv_strings,
    length_delimited,
    varint,
)

LONG_KEY = "spanwatch." * 14  # a key over 127 bytes: a two-byte length


@pytest.mark.parametrize("value", ["", "x", "héllo ☃ 𝄞", "a" * 127, "a" * 128, "b" * 20_000])
def test_when_a_string_value_is_encoded_then_it_matches_the_runtime(value: str) -> None:
    for key in ("k", LONG_KEY):
        assert kv_string(key, value) == KeyValue(key=key, value=AnyValue(string_value=value)).SerializeToString()


@pytest.mark.parametrize("value", [0, 1, 127, 128, 300, 2**31, 2**63 - 1, -1, -(2**63)])
def test_when_an_int_value_is_encoded_then_it_matches_the_runtime(value: int) -> None:
    assert kv_int("n", value) == KeyValue(key="n", value=AnyValue(int_value=value)).SerializeToString()


@pytest.mark.parametrize("value", [0.0, -0.0, 1.0, 0.1234, float("inf")])
def test_when_a_double_value_is_encoded_then_it_matches_the_runtime(value: float) -> None:
    assert kv_double("d", value) == KeyValue(key="d", value=AnyValue(double_value=value)).SerializeToString()


@pytest.mark.parametrize("values", [[], ["a"], ["x", "y" * 300, "é"], ["t"] * 100])
def test_when_a_string_array_is_encoded_then_it_matches_the_runtime_even_empty(values: list[str]) -> None:
    kv = KeyValue(key="t")
    kv.value.array_value.SetInParent()
    for v in values:
        kv.value.array_value.values.add().string_value = v
    assert kv_strings("t", values) == kv.SerializeToString()


def test_when_a_varint_is_negative_then_it_is_the_64_bit_twos_complement() -> None:
    assert varint(-1) == b"\xff" * 9 + b"\x01"
    assert varint(0) == b"\x00"
    assert varint(300) == b"\xac\x02"


@pytest.mark.parametrize("key", ["k", "spanwatch.finding.evidence", LONG_KEY])
def test_when_an_attribute_field_is_encoded_then_it_is_the_keyvalue_in_its_field(key: str) -> None:
    tag = 0x32  # LogRecord.attributes
    for s in ("", "x", "é", "a" * 100, "a" * 120, "a" * 121, "a" * 122, "a" * 126, "a" * 127, "a" * 128, "a" * 400):
        assert field_string(tag, key, s) == length_delimited(tag, kv_string(key, s))
    for n in (0, 1, 127, 128, 2**40, -1):
        assert field_int(tag, key, n) == length_delimited(tag, kv_int(key, n))
    for d in (0.0, 0.5, -1e300):
        assert field_double(tag, key, d) == length_delimited(tag, kv_double(key, d))
    assert field_strings(tag, key, ["a", "b"]) == length_delimited(tag, kv_strings(key, ["a", "b"]))
