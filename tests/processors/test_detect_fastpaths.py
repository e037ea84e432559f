"""The detection stage's fast paths return what the plain code they replace returns.

Each fast path (RE2's low-level ``Match`` on bytes encoded once instead of the ``re2`` wrapper on str, RE2
counting dialogue turns, splitting a line from its end) is compared with its reference on every dev text and on
generated texts built from the characters where the two could disagree.
"""

from __future__ import annotations

import hmac
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spanwatch.processors import detect, indirect_injection, jailbreak, normalize, rule_detector
from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import Message, MessageKind, SourceLocation
from spanwatch.processors.malicious_content import MaliciousContentDetector
from spanwatch.processors.rules import RuleSet
from spanwatch.processors.secrets import SecretsDetector
from tests.harness import eval_texts

_TEXTS = eval_texts("prompts.jsonl", "indirect.jsonl", "pii.jsonl")
_REGEXES = {
    "url": normalize._URLENC, "hex": normalize._HEX, "base64": normalize._BASE64, "rot13": normalize._ROT13_HINT,
    "leet": normalize._LEET_HINT, "needs_fold": normalize._NEEDS_FOLD, "mixed": normalize._MIXED,
}
_NO_RE2 = normalize._native(normalize._BASE64) is None


def _wrapper_spans(rx: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]  # type: ignore[attr-defined]


def _wrapper_found(rx: object, text: str) -> bool:
    return rx.search(text) is not None  # type: ignore[attr-defined]


@pytest.mark.skipif(_NO_RE2, reason="google-re2 without its low-level module: the wrapper itself runs")
@pytest.mark.parametrize("name", sorted(_REGEXES))
def test_when_native_re2_runs_on_the_dev_texts_then_spans_equal_the_wrappers(name: str) -> None:
    rx = _REGEXES[name]
    for text in _TEXTS:
        raw = text.encode("utf-8")
        assert list(normalize._finditer_spans(rx, text, raw)) == _wrapper_spans(rx, text)
        assert list(normalize._finditer_spans(rx, text)) == _wrapper_spans(rx, text)
        assert normalize._found(rx, text, raw) == _wrapper_found(rx, text)


# Characters around which byte and character offsets part, encodings start and stop, and words turn leet.
_PIECES = ["%41", "%4", "%", "deadbeefdeadbeef", "\\x41", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY", "==", "gur", "naq",
           "p@ss", "h3llo", "é", "ж", "а", "𝐚", "\u200b", "한", "\ud7a3", " ", "\n", "x", "A", "0", "_", "-"]


@pytest.mark.skipif(_NO_RE2, reason="google-re2 without its low-level module: the wrapper itself runs")
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_when_native_re2_runs_on_mixed_scripts_then_spans_equal_the_wrappers(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rx in _REGEXES.values():
        assert list(normalize._finditer_spans(rx, text, text.encode("utf-8"))) == _wrapper_spans(rx, text)
        assert normalize._found(rx, text) == _wrapper_found(rx, text)


def test_when_text_has_a_lone_surrogate_then_the_native_path_raises_as_the_wrapper_did() -> None:
    text = "abc %41%42%43 \ud800"
    raw = text.encode("utf-8", "surrogatepass")
    with pytest.raises(UnicodeEncodeError):
        list(normalize._finditer_spans(normalize._URLENC, text, raw))
    with pytest.raises(UnicodeEncodeError):
        normalize._found(normalize._LEET_HINT, text, raw)


# Every non-ASCII character that is whitespace or has an ASCII case mapping: where RE2 and re could disagree.
_EXOTIC = [c for c in map(chr, range(0x80, 0x110000)) if not 0xD800 <= ord(c) <= 0xDFFF
           and (c.isspace() or any(x.isascii() for x in (c.lower(), c.upper(), c.casefold())))]


def _turn_pieces() -> list[str]:
    return ["user", "User", "AI", "a", "Answer", "q", "Q", "gpt", "chatGPT", "model", "human", "agent", "bot",
            "customer", "quest", "ion", "ass", "istant", ":", ":", " ", " ", "\n", "\t", "\x0b", "\x0c", "\r",
            "\x1c", "\x1f", "x", "answ", "us", "er", "a", "i", "s", "\u0131", "\u0130", "\u017f", "\u212a",
            "usuario", "Réponse", "RÉPONSE", "пользователь", "ОТВЕТ", "用户", "\uff1a", "답변", "antwort", "ANTWORT",
            *_EXOTIC]


def test_when_a_role_letter_or_space_is_exotic_then_re2_reads_it_as_re_does() -> None:
    for c in _EXOTIC:
        for text in (f"{c}user: x", f"x{c}ai{c}:{c}", f"us{c}r: ", f"a{c}: ", f"chatbot:{c}", f"quest{c}on: "):
            assert jailbreak._count_turns(text) == len(jailbreak._TURN.findall(text)), repr(text)


def test_when_turns_are_counted_then_the_count_equals_findall() -> None:
    rng = random.Random(11)
    pieces = _turn_pieces()
    generated = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(20000)]
    generated.append("user: a\ud800 user: b")  # a lone surrogate: findall itself counts
    turns = 0
    for text in _TEXTS + generated:
        n = jailbreak._count_turns(text)
        assert n == len(jailbreak._TURN.findall(text)), text
        turns += n
    assert turns > 1000  # the generated texts do hold turns


_TOKEN = re.compile(r"\S+")


def _reference_tail(text: str) -> tuple[list[str], int] | None:
    """The line's last tokens and the first one's start, by re's \\S+ over the whole last line."""
    line_start = text.rstrip().rfind("\n") + 1
    toks = list(_TOKEN.finditer(text, line_start))
    if len(toks) < jailbreak._MIN_TOKENS:
        return None
    tail = toks[-jailbreak._TAIL_TOKENS:]
    return [m.group() for m in tail], tail[0].start()


def _fast_tail(text: str) -> tuple[list[str], int] | None:
    line_start = text.rstrip().rfind("\n") + 1
    toks = text[line_start:].rsplit(None, jailbreak._MIN_TOKENS)
    if len(toks) < jailbreak._MIN_TOKENS:
        return None
    tail = toks[-jailbreak._TAIL_TOKENS:]
    return tail, jailbreak._tail_start(text, tail)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["ab", "ab", "b", "a b", "[x]", "}{", " ", "  ", "\t", "\n", "\x1c", "\x85",
                                 "\u2003", "\u3000", "é", "!"]), max_size=80))
def test_when_the_tail_is_split_from_the_end_then_it_equals_the_regex_tokens(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _fast_tail(text) == _reference_tail(text)


def test_when_the_tail_is_split_on_the_dev_texts_then_it_equals_the_regex_tokens() -> None:
    for text in _TEXTS:
        assert _fast_tail(text) == _reference_tail(text)


_CONFIRMED = [(normalize._SPACED_SUPERSET, normalize._SPACED), (normalize._spaced_finder(), normalize._SPACED),
              (normalize._LEET_FINDER, normalize._LEET_WORD)]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "1", "3", "@", "$", " ", "  ", ". ", "-", "_", "*", "|", "é", "ж", "한",
                                 "\ud7a3", "𝐚", "\ud800", "\udfff", "p@ss", "h3llo", "i g n o r e", "x", "할 수 있다",
                                 "٣", "²", "\u0301", "ǅ", "\U00030000", "\n"]), max_size=50))
def test_when_candidates_are_confirmed_then_the_matches_equal_re(pieces: list[str]) -> None:
    text = "".join(pieces)
    raw = text.encode("utf-8", "surrogatepass")
    for finder, exact in _CONFIRMED:
        want = [m.span() for m in exact.finditer(text)]
        assert [m.span() for m in normalize.confirmed_finditer(finder, exact, text)] == want
        assert [m.span() for m in normalize.confirmed_finditer(finder, exact, text, raw)] == want


_FOLDING = ["，", "Ａ", "а", "е", "ο", "\u00a0", "ﬁ", "𝐚", "①", "\u2028", "中文", "ж", "é", "e\u0301", "한", "x", " ",
            "\u200b", "\u202e", "\U000e0041", "\ufe0f", "\x0b", "\ud800", "\U00030001", "\uff61"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FOLDING), max_size=60))
def test_when_folding_characters_are_collected_then_they_equal_findall(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert normalize._changing_chars(text) == set(normalize._changing().findall(text))
    want = [(m.start(), m.group(1) or "", m.group(2) or "") for m in normalize._SPECIAL_SPLIT.finditer(text)]
    assert list(normalize._special_split(text)) == want


def test_when_a_run_folds_many_distinct_characters_then_findall_answers() -> None:
    text = "".join(chr(0xFF21 + i) for i in range(40)) * 3  # 40 full-width letters: past the pass budget
    assert normalize._changing_chars(text) == set(normalize._changing().findall(text))


@pytest.mark.skipif(_NO_RE2, reason="google-re2 without its low-level module: the wrapper itself runs")
def test_when_re2_classes_are_built_then_they_hold_the_same_code_points_as_re() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    raw = every.encode("utf-8")
    for native, exact in ((normalize._changing_re2(), normalize._changing()),
                          (normalize._SPECIAL_RE2, re.compile(f"[{normalize._SPECIAL_CLASS}]"))):
        got, pos = [], 0
        while True:
            s, e = native.Match(normalize._UNANCHORED, raw, pos, len(raw))[0]
            if e < 0:
                break
            got.append(raw[s:e].decode("utf-8"))
            pos = e
        assert got == exact.findall(every)


def test_when_spaced_letters_are_found_on_the_dev_texts_then_they_equal_re() -> None:
    for text in _TEXTS:
        want = [m.span() for m in normalize._SPACED.finditer(text)]
        got = normalize.confirmed_finditer(normalize._spaced_finder(), normalize._SPACED, text)
        assert [m.span() for m in got] == want


def _reference_out_of_place_lines(text: str) -> list[tuple[int, int, float]]:
    """The definition: lines are the text's "\n"-separated pieces (a blank one ends a table), rows counted by the
    row test alone; a prose line between two rows of one table counts whatever it says, one around a table only when
    it is addressed to the reader."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    for ln in text.split("\n"):
        pieces.append((pos, ln))
        pos += len(ln) + 1
    filled = [ln for _, ln in pieces if ln.strip()]
    rows = sum(indirect_injection._is_table_row(ln) for ln in filled)
    if rows < 3 or rows < 0.5 * len(filled):
        return []

    def row(k: int) -> bool:
        return 0 <= k < len(pieces) and bool(pieces[k][1].strip()) and indirect_injection._is_table_row(pieces[k][1])

    prose = [k for k, (_, ln) in enumerate(pieces)
             if ln.strip() and not indirect_injection._is_table_row(ln) and "|" not in ln
             and len(indirect_injection._WORD.findall(ln)) >= 3]
    out: list[tuple[int, int, float]] = []
    for k in prose:
        s, ln = pieces[k]
        if row(k - 1) and row(k + 1) and (
                indirect_injection._columns(pieces[k - 1][1]) == indirect_injection._columns(pieces[k + 1][1])):
            imperative = indirect_injection._IMPERATIVE.match(ln) or ln.rstrip().endswith("?")
            out.append((s, s + len(ln), 0.75 if imperative else 0.6))
            continue
        above = pieces[k - 1][1] if k > 0 else ""
        separated = bool(above.strip()) and indirect_injection._SEPARATOR.search(above) is not None
        if indirect_injection._addressed(ln, separated, len(prose) == 1):
            out.append((s, s + len(ln), 0.6))
    return out


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["| a | b |", "|", "\t", "\n", " ", "\u3000", "\x0b", "\x1c", "\x85", "\r\n",
                                 "Use emojis to answer.", "x | y | z", "a\tb\tc", "Who wrote it?", "  \n", "é"]),
                max_size=40))
def test_when_prose_sits_in_a_table_then_the_lines_equal_the_definition(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert indirect_injection.out_of_place_lines(text) == _reference_out_of_place_lines(text)


def test_when_dev_texts_are_checked_for_out_of_place_lines_then_they_equal_the_definition() -> None:
    for text in _TEXTS:
        assert indirect_injection.out_of_place_lines(text) == _reference_out_of_place_lines(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=150), st.text(max_size=300))
def test_when_a_value_is_hashed_then_the_digest_is_hmac_sha256(key: bytes, value: str) -> None:
    want = hmac.digest(key or rule_detector._PROCESS_KEY, value.encode("utf-8", "surrogatepass"), "sha256").hex()
    assert rule_detector.hash_value(value, key) == want


def test_when_a_character_is_folded_then_it_is_a_token_character_exactly_when_its_fold_is_alphanumeric() -> None:
    # What lets the keyword map of a non-ASCII text be its own token spans (_build_keyword_view's fast path).
    for cp in range(0x110000):
        c = chr(cp)
        low = c.lower()
        if len(low) == 1:
            assert (c.isalnum() or c in "@$") == low.translate(normalize._LEET).isalnum(), hex(cp)


def _maps(text: str) -> tuple[object, object]:
    n = normalize.normalize(text, max_chars=32768)
    assert n.keyword_view is not None
    n._build_keyword_view()
    fast = (n._kv, n._kv_pos, n._kv_norm)
    n._kv = None  # the walk over segments and tokens
    n._build_keyword_view()
    return fast, (n._kv, n._kv_pos, n._kv_norm)


def test_when_the_keyword_map_is_built_on_the_dev_texts_then_it_equals_the_walk() -> None:
    for text in _TEXTS:
        fast, walk = _maps(text)
        assert fast == walk


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Ignore", " ", "ALL", "p@ss", "$x", "é", "ß", "İ", "Σ", "ΟΔΟΣ ", "ǅ", "Ⅻ", "٣",
                                 "中文", "ж", "\u200b", "、", "1", "i g n o r e", "\n", "𝐀"]), max_size=40))
def test_when_the_keyword_map_is_built_then_it_equals_the_walk(pieces: list[str]) -> None:
    fast, walk = _maps("".join(pieces))
    assert fast == walk


_NO_RE2_SCRIPT = """
import json, sys
sys.modules["re2"] = None  # as if google-re2 were not installed
from spanwatch.processors import jailbreak, normalize
assert normalize._SPECIAL_RE2 is None and normalize._changing_re2() is None and jailbreak._TURN_RE2 is None
out = []
for text in json.load(sys.stdin):
    n = normalize.normalize(text, max_chars=32768)
    out.append([n.text, sorted(n.flags), [[d.encoding, d.start, d.end, d.text] for d in n.decoded_segments],
                n.keyword_view, list(n.keyword_to_original(0, len(n.keyword_view))), jailbreak._count_turns(text)])
json.dump(out, sys.stdout)
"""


def test_when_re2_is_missing_then_normalize_gives_the_same_views() -> None:
    import json
    import subprocess
    import sys

    texts = eval_texts("prompts.jsonl", "indirect.jsonl", "pii.jsonl", limit=300)
    texts += [t for t in _TEXTS if not t.isascii()][:300]
    proc = subprocess.run([sys.executable, "-c", _NO_RE2_SCRIPT], input=json.dumps(texts), capture_output=True,
                          text=True, check=True)
    for text, got in zip(texts, json.loads(proc.stdout), strict=True):
        n = normalize.normalize(text, max_chars=32768)
        want = [n.text, sorted(n.flags), [[d.encoding, d.start, d.end, d.text] for d in n.decoded_segments],
                n.keyword_view, list(n.keyword_to_original(0, len(n.keyword_view))), jailbreak._count_turns(text)]
        assert got == want


def _every_detector(eng: detect._Engine, message: Message, norm: normalize.NormalizedText) -> list[Finding]:
    """text_verdict's findings before the skip: every text detector, on every text, then the same combination (the
    mentions in it drop findings)."""
    found: list[Finding] = []
    for det in eng.text_detectors:
        found.extend(det.scan_text(message.text, message.kind, 0, norm))
    return list(eng._combine(message, norm, 0, eng._keep(found, message.text)).findings)


@pytest.mark.parametrize("kind", [MessageKind.USER, MessageKind.TOOL_RESULT])
def test_when_detectors_without_a_rule_match_are_skipped_then_the_findings_equal_every_detector(
        kind: MessageKind) -> None:
    eng = detect._engine(detect.DetectConfig(ml=False))
    # conversation_cues overrides scan_text (user prompts only, one finding per cue), and so do tool_poisoning
    # (tool definitions only: it re-labels the injection pack's matches) and prompt_injection (it reads a system
    # prompt with the prompt rules), so none of them is skipped.
    assert {d.name for d in eng.unmatched_detectors} == {"jailbreak", "indirect_injection", "conversation_cues",
                                                         "tool_poisoning", "prompt_injection"}
    for text in _TEXTS:
        message = Message(role=kind.value, kind=kind, text=text, source=SourceLocation(container="text", key=""))
        norm = normalize.normalize(text, max_chars=32768)
        assert list(eng.text_verdict(message, norm).findings) == _every_detector(eng, message, norm)


def test_when_a_rule_detector_adds_its_own_findings_then_it_runs_on_texts_no_rule_matched() -> None:
    class Extra(MaliciousContentDetector):
        def extra(self, text: str, kind: MessageKind, index: int, norm: normalize.NormalizedText) -> list[Finding]:
            return []

    class OwnRules(SecretsDetector):
        pass

    rules = detect._engine(detect.DetectConfig()).rules
    assert not detect._matches_only(Extra(rules=rules), rules)
    assert detect._matches_only(MaliciousContentDetector(rules=rules), rules)
    assert detect._matches_only(OwnRules(rules=rules), rules)
    assert not detect._matches_only(OwnRules(rules=RuleSet([])), rules)
