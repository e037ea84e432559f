"""The keyword view's native word split (processors/_words.c) returns what its regex reference returns."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spanwatch.processors import _threat, normalize
from spanwatch.processors.normalize import _regex_token_map, _regex_token_spans, _regex_words
from tests.harness import eval_texts, import_native

WORDS, WHY = import_native("_words")
pytestmark = pytest.mark.skipif(WORDS is None, reason=WHY)
if WORDS is None:
    print(f"SKIP test_words_native: {WHY}", file=sys.stderr)

# Every code point, lone surrogates included, in order: runs of neighbours, each one alone, each one glued.
_ALL = "".join(map(chr, range(0x110000)))


def test_when_normalize_has_the_extension_then_it_uses_it() -> None:
    assert WORDS is not None
    assert normalize._words is WORDS.words
    assert normalize._token_spans is WORDS.token_spans
    assert _threat._collapse is WORDS.collapse
    assert normalize._token_map is WORDS.token_map


@pytest.mark.parametrize("sep", ["", "-", "a", " ", "_"])
def test_when_every_code_point_is_split_then_native_equals_regex(sep: str) -> None:
    assert WORDS is not None
    for lo in range(0, 0x110000, 0x10000):
        chunk = sep.join(_ALL[lo:lo + 0x10000])
        assert WORDS.words(chunk) == _regex_words(chunk), hex(lo)
        assert WORDS.token_spans(chunk, 0, len(chunk)) == _regex_token_spans(chunk, 0, len(chunk)), hex(lo)
        assert WORDS.collapse(chunk) == _threat._split_join(chunk), hex(lo)
        assert WORDS.token_map(chunk) == _regex_token_map(chunk), hex(lo)


@pytest.mark.parametrize("text", ["", " ", "___", "a", " a ", "a_b", "ab  cd", "\u00e9t\u00e9 \u0967\u0968 x\u00b2",
                                  "\U0001d41a\U0001d41b", "\u0915\u093e\u0930 \u0924", "\ud800a\udfff"])
def test_when_edge_text_is_split_then_native_equals_regex(text: str) -> None:
    assert WORDS is not None
    assert WORDS.words(text) == _regex_words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200))
def test_when_random_text_is_split_then_native_equals_regex(text: str) -> None:
    assert WORDS is not None
    assert WORDS.words(text) == _regex_words(text)
    assert WORDS.collapse(text) == _threat._split_join(text)
    assert WORDS.token_map(text) == _regex_token_map(text)
    for start, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
        assert WORDS.token_spans(text, start, end) == _regex_token_spans(text, start, end)


@pytest.mark.parametrize("text", ["", "@$", "a@b$c_d", "  x  ", "\u00e9@\u0967$ _", "p@ssw0rd, $ecret"])
def test_when_edge_text_is_tokenized_then_native_equals_regex(text: str) -> None:
    assert WORDS is not None
    assert WORDS.token_map(text) == _regex_token_map(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert WORDS.token_spans(text, start, end) == _regex_token_spans(text, start, end)


def test_when_token_bounds_are_outside_the_text_then_value_error() -> None:
    assert WORDS is not None
    for start, end in ((-1, 2), (0, 4), (2, 1)):
        with pytest.raises(ValueError):
            WORDS.token_spans("abc", start, end)


def test_when_dev_texts_are_split_then_native_equals_regex() -> None:
    assert WORDS is not None
    texts = [t.lower() for t in eval_texts("prompts.jsonl", "indirect.jsonl", "pii.jsonl")]
    for text in texts:
        assert WORDS.words(text) == _regex_words(text), text[:80]
        assert WORDS.token_spans(text, 0, len(text)) == _regex_token_spans(text, 0, len(text)), text[:80]


def test_when_argument_is_not_str_then_type_error() -> None:
    assert WORDS is not None
    with pytest.raises(TypeError):
        WORDS.words(b"bytes")  # type: ignore[arg-type]


def test_when_the_extension_is_missing_then_keyword_views_and_maps_are_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert WORDS is not None
    texts = eval_texts("prompts.jsonl", "indirect.jsonl")
    texts = [*texts[::7], "i g n o r e \u0430ll", "p@ssw0rd \u03a3\u039f\u03a3 \u0130stanbul", "a-b-c-d caf\u00e9"]

    def views() -> list[tuple[str, list[int] | None, list[int]]]:
        out = []
        for text in texts:
            n = normalize.normalize(text, max_chars=32768)
            kv = n.keyword_view
            n.keyword_to_original(0, len(kv))
            out.append((kv, n._kv_pos, n._kv_norm))
        return out

    native = views()
    monkeypatch.setattr(normalize, "_NATIVE_WORDS", False)
    monkeypatch.setattr(normalize, "_words", _regex_words)
    monkeypatch.setattr(normalize, "_token_spans", _regex_token_spans)
    assert views() == native


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\n", "\x1c", "\x85", "\xa0", "\u3000", "\u2028", "a", "\u00e9",
                                         "\u0416", "\U0001f600", "\u200b", "\ud800"]), max_size=60))
def test_when_whitespace_is_collapsed_then_native_equals_split_join(text: str) -> None:
    assert WORDS is not None
    out = WORDS.collapse(text)
    assert out == _threat._split_join(text)
    assert out.isascii() == _threat._split_join(text).isascii()  # same (narrowest) string kind
