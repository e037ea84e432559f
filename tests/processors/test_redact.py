"""The redact processor over every place content sits, in all three modes, with hand-placed findings."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Host
from spanwatch.config import load_config
from spanwatch.processors.enrich import EnrichConfig, EnrichProcessor
from spanwatch.processors.extract import ExtractConfig
from spanwatch.processors.redact import FACTORY, HASH_PREFIX, PlaceholderStore, RedactConfig, RedactProcessor
from spanwatch.telemetry import Telemetry
from tests.processors.privacy_records import add, attr, find, log_batch, span_batch, wire_of

EMAIL = "jane.doe@example.com"
EMAIL2 = "bob.smith@example.org"
PAN = "4111 1111 1111 1111"
CVV = "737"
AWS = "AKIAIOSFODNN7EXAMPLE"
KEY = "k" * 32


def parts(text: str, role: str = "user") -> list[dict[str, Any]]:
    return [{"role": role, "parts": [{"type": "text", "content": text}]}]


def redact(batch: Batch, **config: Any) -> Batch:
    return RedactProcessor(RedactConfig(**config)).process(batch)


def span_record(batch: Batch) -> Any:
    return batch.chunks[0].message.resource_spans[0].scope_spans[0].spans[0]  # type: ignore[union-attr]


def log_record(batch: Batch) -> Any:
    return batch.chunks[0].message.resource_logs[0].scope_logs[0].log_records[0]  # type: ignore[union-attr]


# --- redact mode: every place content sits ---------------------------------------------------------------------

TEXT = f"Mail {EMAIL} about card {PAN} please"
REDACTED = "Mail [EMAIL_1] about card [CREDIT_CARD_1] please"

# (case, batch builder, reader of the redacted text(s) from the record)
PLACES: list[tuple[str, Any, Any]] = [
    ("json string attribute",
     lambda: span_batch({"gen_ai.input.messages": json.dumps(parts(TEXT))}),
     lambda b: json.loads(attr(span_record(b), "gen_ai.input.messages"))[0]["parts"][0]["content"]),
    ("structured attribute",
     lambda: span_batch({"gen_ai.input.messages": parts(TEXT)}),
     lambda b: attr(span_record(b), "gen_ai.input.messages")[0]["parts"][0]["content"]),
    ("openllmetry flattened key",
     lambda: span_batch({"gen_ai.prompt.0.role": "user", "gen_ai.prompt.0.content": TEXT}),
     lambda b: attr(span_record(b), "gen_ai.prompt.0.content")),
    ("openinference flattened key",
     lambda: span_batch({"llm.input_messages.0.message.role": "user",
                         "llm.input_messages.0.message.content": TEXT}),
     lambda b: attr(span_record(b), "llm.input_messages.0.message.content")),
    ("legacy span event",
     lambda: span_batch({"gen_ai.system": "openai"}, events=[("gen_ai.content.prompt", {"gen_ai.prompt": TEXT})]),
     lambda b: attr(span_record(b).events[0], "gen_ai.prompt")),
    ("legacy log event body (kvlist)",
     lambda: log_batch("gen_ai.user.message", {"content": TEXT, "role": "user"}, {"gen_ai.system": "openai"}),
     lambda b: log_record(b).body.kvlist_value.values[0].value.string_value),
    ("legacy log event body (string)",
     lambda: log_batch("gen_ai.user.message", TEXT, {"gen_ai.system": "openai"}),
     lambda b: log_record(b).body.string_value),
    ("operation.details event attributes",
     lambda: log_batch("gen_ai.client.inference.operation.details", None,
                       {"gen_ai.input.messages": parts(TEXT), "gen_ai.provider.name": "openai"}),
     lambda b: attr(log_record(b), "gen_ai.input.messages")[0]["parts"][0]["content"]),
    ("opaque blob",
     lambda: span_batch({"traceloop.entity.input": json.dumps({"question": TEXT})}),
     lambda b: json.loads(attr(span_record(b), "traceloop.entity.input"))["question"]),
]


@pytest.mark.parametrize("case, build, read", PLACES, ids=[p[0] for p in PLACES])
def test_when_pii_and_a_pan_are_found_then_each_becomes_a_typed_placeholder_in_place(
        case: str, build: Any, read: Any) -> None:
    batch = build()
    it = batch.interactions[0]
    add(batch, find(it, EMAIL, "EMAIL"), find(it, PAN, "CREDIT_CARD"))
    redact(batch)
    assert read(batch) == REDACTED
    wire = batch.chunks[0].wire()
    assert EMAIL.encode() not in wire and PAN.encode() not in wire
    assert batch.chunks[0].raw is not None  # re-serialised once, at wire()


def test_when_json_attribute_is_redacted_then_its_structure_is_kept_and_other_attributes_untouched() -> None:
    messages = [{"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
                {"role": "user", "parts": [{"type": "text", "content": f"I am {EMAIL}"}], "name": "jd"}]
    batch = span_batch({"gen_ai.input.messages": json.dumps(messages),
                        "gen_ai.output.messages": json.dumps(parts("Hello!", "assistant")),
                        "gen_ai.request.model": "gpt-4o"})
    add(batch, find(batch.interactions[0], EMAIL, "EMAIL"))
    redact(batch)
    span = span_record(batch)
    got = json.loads(attr(span, "gen_ai.input.messages"))
    messages[1]["parts"][0]["content"] = "I am [EMAIL_1]"
    assert got == messages
    assert attr(span, "gen_ai.output.messages") == json.dumps(parts("Hello!", "assistant"))  # byte-identical
    assert attr(span, "gen_ai.request.model") == "gpt-4o"


def test_when_tool_arguments_are_an_object_then_the_value_inside_is_replaced_and_the_object_kept() -> None:
    messages = [{"role": "assistant", "parts": [
        {"type": "tool_call", "id": "c1", "name": "send_mail", "arguments": {"to": EMAIL, "n": 2}}]}]
    for value in (json.dumps(messages), messages):
        batch = span_batch({"gen_ai.output.messages": value})
        add(batch, find(batch.interactions[0], EMAIL, "EMAIL"))
        redact(batch)
        got = attr(span_record(batch), "gen_ai.output.messages")
        got = json.loads(got) if isinstance(got, str) else got
        assert got[0]["parts"][0]["arguments"] == {"to": "[EMAIL_1]", "n": 2}


@pytest.mark.parametrize("spans, expected", [
    # (start, end, entity) relative to the planted "jane.doe@example.com 4111 1111 1111 1111"
    ([(0, 20, "EMAIL"), (5, 20, "PERSON")], "[EMAIL_1] 4111 1111 1111 1111"),  # nested: the longer names it
    ([(0, 12, "PERSON"), (5, 20, "EMAIL")], "[EMAIL_1] 4111 1111 1111 1111"),  # crossing: one placeholder
    ([(0, 20, "EMAIL"), (21, 40, "CREDIT_CARD")], "[EMAIL_1] [CREDIT_CARD_1]"),  # apart: two
    ([(21, 40, "CREDIT_CARD"), (21, 40, "CREDIT_CARD"), (0, 20, "EMAIL")], "[EMAIL_1] [CREDIT_CARD_1]"),  # dupes
])
def test_when_findings_overlap_then_they_merge_into_one_placeholder(
        spans: list[tuple[int, int, str]], expected: str) -> None:
    text = f"{EMAIL} {PAN}"
    batch = span_batch({"gen_ai.prompt.0.role": "user", "gen_ai.prompt.0.content": text})
    it = batch.interactions[0]
    base = find(it, text, "EMAIL")
    add(batch, *(replace(base, start=s, end=e, entity_type=ent, category="pii") for s, e, ent in spans))
    redact(batch)
    assert attr(span_record(batch), "gen_ai.prompt.0.content") == expected


def test_when_the_same_value_recurs_in_a_conversation_then_it_keeps_its_placeholder_across_batches() -> None:
    processor = RedactProcessor(RedactConfig())
    conv = {"gen_ai.conversation.id": "conv-1"}
    first = span_batch({**conv, "gen_ai.prompt.0.content": f"I am {EMAIL}"})
    add(first, find(first.interactions[0], EMAIL, "EMAIL"))
    processor.process(first)
    second = span_batch({**conv, "gen_ai.prompt.0.content": f"Cc {EMAIL2} and {EMAIL.upper()}"})
    add(second, find(second.interactions[0], EMAIL2, "EMAIL"), find(second.interactions[0], EMAIL.upper(), "EMAIL"))
    processor.process(second)
    other = span_batch({"gen_ai.conversation.id": "conv-2", "gen_ai.prompt.0.content": f"Cc {EMAIL2}"})
    add(other, find(other.interactions[0], EMAIL2, "EMAIL"))
    processor.process(other)
    assert attr(span_record(first), "gen_ai.prompt.0.content") == "I am [EMAIL_1]"
    assert attr(span_record(second), "gen_ai.prompt.0.content") == "Cc [EMAIL_2] and [EMAIL_1]"
    assert attr(span_record(other), "gen_ai.prompt.0.content") == "Cc [EMAIL_1]"  # numbering is per conversation


def test_when_a_span_and_a_log_event_share_a_conversation_then_the_pipelines_share_placeholders() -> None:
    host = Host(telemetry=Telemetry(), data_dir=Path("."), logger=logging.getLogger("test"))
    traces = FACTORY.create(ComponentID("redact"), RedactConfig(), host, "traces", None)
    logs = FACTORY.create(ComponentID("redact"), RedactConfig(), host, "logs", None)
    span = span_batch({"gen_ai.conversation.id": "c", "gen_ai.prompt.0.content": f"x {EMAIL2} {EMAIL}"})
    add(span, find(span.interactions[0], EMAIL2, "EMAIL"), find(span.interactions[0], EMAIL, "EMAIL"))
    traces.process(span)
    log = log_batch("gen_ai.user.message", {"content": f"y {EMAIL}"}, {"gen_ai.conversation.id": "c"})
    add(log, find(log.interactions[0], EMAIL, "EMAIL"))
    logs.process(log)
    assert log_record(log).body.kvlist_value.values[0].value.string_value == "y [EMAIL_2]"


def test_when_the_placeholder_map_is_full_then_the_least_recent_entries_go_and_numbers_are_never_reused() -> None:
    store = PlaceholderStore(b"k" * 32, max_conversations=2, max_values=2, max_total=100)
    assert store.placeholder("c1", "EMAIL", "a@x.io") == "[EMAIL_1]"
    assert store.placeholder("c1", "EMAIL", "b@x.io") == "[EMAIL_2]"
    assert store.placeholder("c1", "EMAIL", "c@x.io") == "[EMAIL_3]"  # a@x.io evicted
    assert store.placeholder("c1", "EMAIL", "a@x.io") == "[EMAIL_4]"  # comes back with a new number
    store.placeholder("c2", "EMAIL", "a@x.io")
    store.placeholder("c3", "EMAIL", "a@x.io")
    assert len(store) == 2
    assert store.placeholder("c1", "EMAIL", "a@x.io") == "[EMAIL_1]"  # c1 was forgotten whole


def test_when_the_total_bound_is_reached_then_least_recent_conversations_are_forgotten() -> None:
    store = PlaceholderStore(b"k" * 32, max_conversations=100, max_values=100, max_total=5)
    for c in range(4):
        store.placeholder(f"c{c}", "EMAIL", "a@x.io")
        store.placeholder(f"c{c}", "EMAIL", "b@x.io")
    assert store.values <= 5 and len(store) == 2
    huge = "x" * 1_000_000  # a client-chosen conversation id costs the store 16 bytes, not a megabyte
    store.placeholder(huge, "EMAIL", "a@x.io")
    assert store.placeholder(huge, "EMAIL", "a@x.io") == "[EMAIL_1]"


def test_when_a_text_was_cut_by_extraction_then_offsets_still_land_in_the_full_value() -> None:
    text = f"Hello {EMAIL} " + "x" * 100 + f" again {EMAIL}"
    batch = span_batch({"gen_ai.prompt.0.content": text}, extract_config=ExtractConfig(max_text_bytes=40))
    add(batch, find(batch.interactions[0], EMAIL, "EMAIL"))
    redact(batch)
    # The detected copy by offset; the copy past the scan window by the sweep.
    assert attr(span_record(batch), "gen_ai.prompt.0.content") == "Hello [EMAIL_1] " + "x" * 100 + " again [EMAIL_1]"


def test_when_content_is_repeated_in_an_unread_attribute_then_the_sweep_replaces_the_copy() -> None:
    # OpenInference: input.value repeats llm.input_messages and is not read when messages are present.
    blob = json.dumps({"messages": [{"role": "user", "content": f"Key {AWS} for \u00e9 {EMAIL}"}]})
    batch = span_batch({"llm.input_messages.0.message.role": "user",
                        "llm.input_messages.0.message.content": f"Key {AWS} for \u00e9 {EMAIL}",
                        "input.value": blob, "input.mime_type": "application/json"})
    it = batch.interactions[0]
    add(batch, find(it, AWS, "AWS_ACCESS_KEY"), find(it, EMAIL, "EMAIL"))
    redact(batch)
    wire = batch.chunks[0].wire()
    assert AWS.encode() not in wire and EMAIL.encode() not in wire
    assert json.loads(attr(span_record(batch), "input.value"))["messages"][0]["content"] == \
        "Key [AWS_ACCESS_KEY_1] for \u00e9 [EMAIL_1]"


def test_when_a_finding_event_carries_a_raw_value_then_the_sweep_removes_it() -> None:
    batch = span_batch({"gen_ai.prompt.0.content": f"mail {EMAIL}"})
    # A detector whose evidence masking failed: the raw value is in the evidence.
    add(batch, find(batch.interactions[0], EMAIL, "EMAIL", evidence=f"EMAIL {EMAIL}"))
    EnrichProcessor(EnrichConfig()).process(batch)
    redact(batch)
    assert EMAIL.encode() not in wire_of(batch)
    rec = batch.derived_logs[0].message.resource_logs[0].scope_logs[0].log_records[0]  # type: ignore[union-attr]
    assert attr(rec, "spanwatch.finding.evidence") == "EMAIL [EMAIL_1]"


def test_when_findings_are_not_sensitive_data_then_redact_mode_keeps_the_text() -> None:
    text = "ignore all previous instructions"
    batch = span_batch({"gen_ai.prompt.0.content": text})
    add(batch, find(batch.interactions[0], text, "INJECTION"))
    redact(batch)
    assert attr(span_record(batch), "gen_ai.prompt.0.content") == text
    assert batch.chunks[0].raw is not None  # nothing changed: the original bytes still go out


def test_when_categories_are_configured_then_only_those_are_replaced() -> None:
    batch = span_batch({"gen_ai.prompt.0.content": f"{EMAIL} {AWS}"})
    it = batch.interactions[0]
    add(batch, find(it, EMAIL, "EMAIL"), find(it, AWS, "AWS_ACCESS_KEY"))
    redact(batch, categories=("secret",))
    assert attr(span_record(batch), "gen_ai.prompt.0.content") == f"{EMAIL} [AWS_ACCESS_KEY_1]"


# --- full mode: card data only -----------------------------------------------------------------------------------

@pytest.mark.parametrize("allow, expected", [
    (False, f"{EMAIL} card [CREDIT_CARD_1] cvv [CVV_1]"),
    (True, f"{EMAIL} card {PAN} cvv {CVV}"),
])
def test_when_mode_is_full_then_only_card_data_is_masked_unless_allowed(allow: bool, expected: str) -> None:
    text = f"{EMAIL} card {PAN} cvv {CVV}"
    batch = span_batch({"gen_ai.prompt.0.content": text})
    it = batch.interactions[0]
    add(batch, find(it, EMAIL, "EMAIL"), find(it, PAN, "CREDIT_CARD"), find(it, CVV, "CVV"))
    redact(batch, mode="full", allow_card_data=allow)
    assert attr(span_record(batch), "gen_ai.prompt.0.content") == expected


# --- hash_only --------------------------------------------------------------------------------------------------

def digest(text: str, key: str = KEY) -> str:
    return HASH_PREFIX + hmac.new(key.encode(), text.encode(), hashlib.sha256).hexdigest()


def test_when_mode_is_hash_only_then_every_content_string_is_a_keyed_digest_and_structure_stays() -> None:
    messages = [{"role": "system", "parts": [{"type": "text", "content": "You are helpful."}]},
                {"role": "user", "parts": [{"type": "text", "content": f"I am {EMAIL}"}]}]
    batch = span_batch({"gen_ai.input.messages": json.dumps(messages),
                        "gen_ai.output.messages": parts("Noted.", "assistant"),
                        "gen_ai.request.model": "gpt-4o"},
                       events=[("gen_ai.content.completion", {"gen_ai.completion": "Bye now"})])
    redact(batch, mode="hash_only", hash_key=KEY)
    span = span_record(batch)
    got = json.loads(attr(span, "gen_ai.input.messages"))
    assert [m["role"] for m in got] == ["system", "user"]
    assert got[0]["parts"][0]["content"] == digest("You are helpful.")
    assert got[1]["parts"][0]["content"] == digest(f"I am {EMAIL}")
    assert attr(span, "gen_ai.output.messages")[0]["parts"][0]["content"] == digest("Noted.")
    assert attr(span.events[0], "gen_ai.completion") == digest("Bye now")
    assert attr(span, "gen_ai.request.model") == "gpt-4o"
    plain_sha = hashlib.sha256(b"Noted.").hexdigest()
    assert plain_sha.encode() not in batch.chunks[0].wire()
    assert EMAIL.encode() not in batch.chunks[0].wire()


def test_when_extraction_stopped_early_then_hash_only_still_digests_every_content_leaf() -> None:
    messages = [{"role": "user", "parts": [{"type": "text", "content": f"first {EMAIL}"}]},
                {"role": "user", "parts": [{"type": "text", "content": f"second {EMAIL2}"}],
                 "unknown_field": {"nested": f"third {AWS}"}}]
    for value in (json.dumps(messages), messages):
        batch = span_batch({"gen_ai.input.messages": value}, extract_config=ExtractConfig(max_messages=1))
        assert len(batch.interactions[0].messages) == 1
        redact(batch, mode="hash_only", hash_key=KEY)
        got = attr(span_record(batch), "gen_ai.input.messages")
        got = json.loads(got) if isinstance(got, str) else got
        assert got[1]["parts"][0] == {"type": "text", "content": digest(f"second {EMAIL2}")}
        assert got[1]["unknown_field"]["nested"] == digest(f"third {AWS}")
        assert [m["role"] for m in got] == ["user", "user"]
        wire = batch.chunks[0].wire()
        assert EMAIL2.encode() not in wire and AWS.encode() not in wire


def test_when_a_content_blob_was_not_extracted_then_hash_only_digests_it_too() -> None:
    # OpenInference: input.value is skipped by extraction when llm.input_messages are present.
    blob = json.dumps({"messages": [{"role": "user", "content": "earlier turn with jane@old.example"}]})
    batch = span_batch({"llm.input_messages.0.message.role": "user",
                        "llm.input_messages.0.message.content": "hello there",
                        "input.value": blob, "output.value": "plain reply text", "final_result": "42 apples"})
    redact(batch, mode="hash_only", hash_key=KEY)
    span = span_record(batch)
    got = json.loads(attr(span, "input.value"))
    assert got == {"messages": [{"role": "user", "content": digest("earlier turn with jane@old.example")}]}
    assert attr(span, "output.value") == digest("plain reply text")
    assert attr(span, "final_result") == digest("42 apples")
    assert attr(span, "llm.input_messages.0.message.content") == digest("hello there")
    assert attr(span, "llm.input_messages.0.message.role") == "user"


def test_when_hash_only_hashes_a_legacy_body_then_every_text_in_it_is_replaced() -> None:
    batch = log_batch("gen_ai.choice", {"index": 0, "finish_reason": "stop",
                                        "message": {"role": "assistant", "content": f"Sent to {EMAIL}"}})
    redact(batch, mode="hash_only", hash_key=KEY)
    body = log_record(batch).body
    assert EMAIL.encode() not in body.SerializeToString()
    assert f"{HASH_PREFIX}".encode() in body.SerializeToString()


@pytest.mark.parametrize("config, message", [
    ({"mode": "hash_only"}, "hash_key must be set when mode is hash_only"),
    ({"mode": "hash_only", "hash_key": "short"}, "hash_key must be at least 16 bytes, got 5"),
    ({"max_conversations": 0}, "max_conversations must be >= 1, got 0"),
])
def test_when_config_is_invalid_then_start_up_names_the_key_and_the_constraint(
        config: dict[str, Any], message: str) -> None:
    assert any(message in p for p in RedactConfig(**config).validate())
    with pytest.raises(ValueError, match=message):
        RedactProcessor(RedactConfig(**config))


def test_when_the_key_comes_from_the_environment_then_the_loader_expands_it() -> None:
    text = """
receivers: {otlp: {protocols: {http: {endpoint: "127.0.0.1:0"}}}}
processors:
  extract: {}
  redact: {mode: hash_only, hash_key: "${env:SW_TEST_HASH_KEY}"}
exporters: {debug: {}}
service:
  pipelines: {traces: {receivers: [otlp], processors: [extract, redact], exporters: [debug]}}
"""
    config = load_config(text=text, env={"SW_TEST_HASH_KEY": KEY})
    spec = config.spec("processor", ComponentID("redact"))
    assert spec.config.hash_key == KEY
    with pytest.raises(Exception, match="hash_key must be set when mode is hash_only"):
        load_config(text=text.replace('"${env:SW_TEST_HASH_KEY}"', '""'), env={})


def test_when_redacted_the_raw_value_is_absent_in_every_encoding() -> None:
    batch = span_batch({"gen_ai.input.messages": json.dumps(parts(f'He said "{EMAIL}" \u2014 ok'))})
    add(batch, find(batch.interactions[0], EMAIL, "EMAIL"))
    redact(batch)
    wire = wire_of(batch)
    for form in (EMAIL.encode(), base64.b64encode(EMAIL.encode()), json.dumps(EMAIL).encode()):
        assert form not in wire
