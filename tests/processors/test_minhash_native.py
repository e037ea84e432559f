"""The context stage's native MinHash (processors/_minhash.c) returns what its Python reference returns."""

from __future__ import annotations

import random
import sys

import pytest

from spanwatch.processors import context
from tests.harness import eval_texts, import_native

NATIVE, WHY = import_native("_minhash")
pytestmark = pytest.mark.skipif(NATIVE is None, reason=WHY)
if NATIVE is None:
    print(f"SKIP test_minhash_native: {WHY}", file=sys.stderr)

# Every code point, lone surrogates included, in order.
_ALL = "".join(map(chr, range(0x110000)))
EDGES = ["", " ", "a", "a b", "a b c", "a b c d", "ÄÖ ü ß", "İstanbul ǅ", "\ud800 lone surrogate", "x" * 5000,
         " ".join(["same"] * 100), "tab\tand\nnewline", "日本語のテキスト です"]


def test_when_context_has_the_extension_then_it_uses_it() -> None:
    assert NATIVE is not None
    assert context._native is NATIVE
    assert context._best_jaccard is NATIVE.best_jaccard


@pytest.mark.parametrize("corpus", ["prompts.jsonl", "pii.jsonl", "indirect.jsonl"])
def test_when_dev_texts_are_hashed_then_native_equals_python(corpus: str) -> None:
    assert NATIVE is not None
    for text in [*eval_texts(corpus), *EDGES]:
        for max_words in (2048, 3):
            words = context._words(text, max_words)
            assert NATIVE.signature(words) == context._minhash_words(words), text[:80]
            assert NATIVE.signature_text(text.lower(), max_words) == context._minhash_words(words), text[:80]
            assert context.minhash(text, max_words) == context._minhash_words(words), text[:80]


@pytest.mark.parametrize("sep", ["", " ", "a", "_"])
def test_when_every_code_point_is_split_into_words_then_native_equals_python(sep: str) -> None:
    # signature_text splits the words itself: word characters (re's \w) must be the same ones on every code point.
    assert NATIVE is not None
    for lo in range(0, 0x110000, 0x8000):
        chunk = sep.join(_ALL[lo:lo + 0x8000])
        reference = context._minhash_words(context._words(chunk, 1 << 30))
        assert NATIVE.signature_text(chunk.lower(), 1 << 30) == reference, hex(lo)


def test_when_signatures_are_compared_then_native_equals_python() -> None:
    assert NATIVE is not None
    sigs = [context.minhash(t) for t in [*eval_texts("prompts.jsonl", limit=400), *EDGES]]
    rng = random.Random(7)
    for sig in sigs:
        # Runs of 0-5 stored signatures, the text's own among them now and then (an exact repeat).
        stored = rng.sample(sigs, rng.randrange(6))
        if rng.random() < 0.2:
            stored.append(sig)
        run = bytearray(b"".join(stored))
        assert NATIVE.best_jaccard(sig, run) == context._best_jaccard_py(sig, run)


def test_when_signature_text_gets_other_than_a_str_and_an_int_then_it_raises_type_error() -> None:
    assert NATIVE is not None
    with pytest.raises(TypeError):
        NATIVE.signature_text(b"bytes", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        NATIVE.signature_text("text", "3")  # type: ignore[arg-type]


@pytest.mark.parametrize("args", [("not a list",), ([b"ok", "str"],)])
def test_when_signature_gets_other_than_a_list_of_bytes_then_it_raises_type_error(args: tuple[object]) -> None:
    assert NATIVE is not None
    with pytest.raises(TypeError):
        NATIVE.signature(*args)


def test_when_best_jaccard_gets_partial_signatures_then_it_raises_value_error() -> None:
    assert NATIVE is not None
    sig = context.minhash("one two three")
    with pytest.raises(ValueError, match="whole signatures"):
        NATIVE.best_jaccard(sig, sig[:-1])
    with pytest.raises(ValueError, match="whole signatures"):
        NATIVE.best_jaccard(sig[:10], sig)
