"""Normalise message text once, for every detector, and keep the way back to the original offsets.

Attackers hide text from pattern matchers with invisible characters, Unicode tag characters, look-alike letters,
encodings (base64, hex, URL, rot13, reversed text), leetspeak and spaced letters; emoji smuggling reached 100 %
evasion against every detector tested in arXiv 2504.11168. :func:`normalize` undoes those tricks and *records* each one
in ``flags``, because using them is itself a signal worth scoring.

Three views come out:

* ``text``: NFKC, invisible/bidi controls removed, tag characters decoded to ASCII, confusables folded to
  ASCII, unusual whitespace turned into plain spaces, and string escapes (``\\n``, ``\\"``, ``\\u00e9`` ...)
  decoded when a text carries several (a tool result serialised as JSON keeps its lines and quotes that way).
  Rules match here; :meth:`NormalizedText.to_original` maps a span back to the caller's text.
* ``decoded_segments``: bounded decodings of base64 / hex / URL-encoded / rot13 / reversed / split-word /
  variation-selector runs. Each carries the *original* span of the encoded text, so a finding inside a decoding
  points at it.
* ``keyword_view`` (lazy): lower-cased, leetspeak folded, spaced letters joined, punctuation collapsed, for the
  keyword layer only. Offsets map back with :meth:`NormalizedText.keyword_to_original`.

Speed: pure printable-ASCII text (the common case) takes the fast path, where ``text`` *is* the input and only
C-level regex scans run. The slow path loops in Python over non-ASCII characters only; ASCII runs are copied
as slices. Texts longer than ``max_chars`` are cut to a head and a tail window (flag ``truncated``).
"""

from __future__ import annotations

import base64
import binascii
import bisect
import codecs
import contextlib
import html
import re
import threading
import unicodedata
import urllib.parse
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

__all__ = ["FLAGS", "KEYWORD_DIGITS", "KEYWORD_DIGITS_TABLE", "OBFUSCATION_FLAGS", "DecodedSegment", "NormalizedText",
           "confirmed_finditer", "fold_char", "normalize", "prepare"]

# Every flag :func:`normalize` can set. ``OBFUSCATION_FLAGS`` are the ones that are an attacker's hiding effort;
# ``truncated`` (a long text) and ``spaced_letters`` (tables, acronyms) say nothing about intent.
OBFUSCATION_FLAGS = frozenset({
    "zero_width", "bidi_control", "unicode_tags", "homoglyph", "variation_selectors", "emoji_smuggling",
    "base64", "hex", "url_encoded", "rot13", "reversed", "split_words", "scrambled_words", "leetspeak",
})
# "escapes": string escapes or HTML references were decoded (serialised data, not an attacker's effort).
FLAGS = OBFUSCATION_FLAGS | {"spaced_letters", "truncated", "escapes"}

# ---------------------------------------------------------------------------------------------- character sets

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad\u034f\u115f\u1160\u3164")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

# Look-alikes NFKC leaves alone (it already folds full-width and mathematical letters). Cyrillic and Greek
# letters that render like Latin ones, plus a few IPA/small-capital forms seen in homoglyph attacks.
_CONFUSABLES: dict[str, str] = {
    # Cyrillic lower
    "а": "a", "в": "b", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "к": "k", "м": "m", "н": "h", "т": "t",
    "ё": "e", "ї": "i", "ɡ": "g",
    # Cyrillic upper
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek lower
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "γ": "y", "ω": "w",
    # Greek upper
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin extensions / IPA / small capitals
    "ı": "i", "İ": "I", "ɑ": "a", "ɩ": "i", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g",
    "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
}

# Typographic apostrophes and quotes, folded to ASCII without counting as a trick: phones and word processors type
# "don’t" and “system”, and the rules spell "don't" (a text-view pattern with ' missed every curly-quoted prompt).
_TYPOGRAPHIC: dict[str, str] = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'",
                                "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"'}

# Characters that are never in clean printable ASCII text: the fast-path test is ``isascii()`` and no match here.
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# JSON / C string escapes and HTML character references. Agents hand tool results over as JSON strings
# ("...\\n\\nIGNORE ...") and fetched pages as HTML ("I&#x27;m your developer"): with the line breaks and quotes
# escaped, rules that read lines and quoted text miss what the model reads plainly (an injected line in a
# JSON-escaped tool result kept rule evidence in 134 of 200 dev injections, against 200 of 200 unescaped).
# HTML block tags (<br>, </p>, </div> ...) are kept and followed by a line break, so a page's lines are lines.
# Decoded only when a text has at least _MIN_ESCAPES of them, so a prompt that mentions "\\n" or "&amp;" once
# reads as written.
_ESCAPE = re.compile(
    r"\\(?:[nrt\"/\\]|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4})"
    r"|&(?:quot|amp|apos|lt|gt|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
    r"|<(?i:br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/pre|/title|/td|/th)\b[^<>]{0,200}>"
)
_SIMPLE_ESCAPES = {"\\n": "\n", "\\r": "\n", "\\t": " ", '\\"': '"', "\\/": "/", "\\\\": "\\",
                   "&quot;": '"', "&amp;": "&", "&apos;": "'", "&lt;": "<", "&gt;": ">", "&#39;": "'",
                   "&#x27;": "'", "&#34;": '"', "&#x22;": '"'}
_MIN_ESCAPES = 2
# What _escape_count counts, by the character that must be in the text for any of them to be.
_ESCAPE_MARKS = (("\\", (b"\\n", b'\\"', b"\\t", b"\\u")),
                 ("&", (b"&#", b"&quot;", b"&amp;", b"&apos;", b"&lt;", b"&gt;")),
                 ("<", (b"<br", b"<BR", b"</p>", b"</div>", b"</li>", b"</tr>")))


def _escape_count(text: str, raw: bytes | None) -> int:
    """Escapes and references of ``_ESCAPE_MARKS`` in ``text`` (0 without their lead characters): C-level
    counts, for the fast path's check."""
    n = 0
    for lead, marks in _ESCAPE_MARKS:
        if lead in text:
            if raw is None:
                raw = text.encode("utf-8", "surrogatepass")
            n += sum(raw.count(m) for m in marks)
    return n


# The slow path splits text into printable-ASCII runs (copied as slices) and single other characters.
_SPLIT = re.compile(r"[\t\n\r\x20-\x7e]+|[^\t\n\r\x20-\x7e]")

# ---------------------------------------------------------------------------------------------- encodings

_MAX_SEGMENTS = 16  # decodings per text: an attacker must not make us decode forever
_MAX_SEGMENT_CHARS = 4096  # encoded characters per decoding
_MIN_DECODED = 8



def _fast_re(pattern: str) -> Any:
    """RE2 (linear time, no backtracking) when installed, else ``re``: these scans run on every text."""
    try:
        import re2
    except ImportError:
        return re.compile(pattern)
    opts = re2.Options()
    opts.log_errors = False
    return re2.compile(pattern, opts)


try:
    from re2 import _re2

    _UNANCHORED: Any = _re2.RE2.Anchor.UNANCHORED
    _bytes_to_chars: Any = _re2.BytesToCharLen
    _chars_to_bytes: Any = _re2.CharLenToBytes
except ImportError:  # no RE2: _fast_re gave ``re`` patterns, which the helpers below call as they are
    _UNANCHORED = _bytes_to_chars = _chars_to_bytes = None


def _native(rx: Any) -> Any:
    """The ``_re2.RE2`` object inside a ``re2`` wrapper, or None (``re`` pattern, or a build without one).

    The wrapper costs more than the scan on these texts: every ``search`` or ``finditer`` call re-encodes the
    str, runs a generator, sorts the span offsets into a dict and builds a match object (~3 us per call, a
    handful of calls per text). Its ``Match`` on bytes encoded once per text returns the same spans.
    """
    rx = getattr(rx, "_regexp", None)
    return rx if _UNANCHORED is not None and callable(getattr(rx, "Match", None)) else None


def _re2_only(pattern: str) -> Any:
    """The low-level RE2 object of ``pattern`` (RE2 syntax), or None without RE2: its callers then take their
    ``re`` path."""
    try:
        import re2  # noqa: F401 - only whether it imports
    except ImportError:
        return None
    return _native(_fast_re(pattern))


def _strict_utf8(text: str, raw: bytes | None) -> bytes:
    """``text`` as the ``re2`` wrapper encodes it (strict UTF-8), reusing ``raw`` (its UTF-8 with lone surrogates
    passed through) when that is the same bytes: a surrogate always encodes to ED A0..BF, so without an ED byte
    nothing differs. With one, the strict encode runs and, for a lone surrogate, raises as the wrapper did."""
    if raw is None or b"\xed" in raw:
        return text.encode("utf-8")
    return raw


def _finditer_spans(rx: Any, text: str, raw: bytes | None = None) -> Iterator[tuple[int, int]]:
    """Character spans of ``rx.finditer(text)`` (``rx`` from :func:`_fast_re`); ``raw``: ``text``'s UTF-8
    bytes when already encoded (lone surrogates passed through). The wrapper's loop exactly, on the bytes."""
    native = _native(rx)
    if native is None:
        for m in rx.finditer(text):
            yield m.span()
        return
    is_ascii = text.isascii()
    raw = (raw if raw is not None else text.encode("ascii")) if is_ascii else _strict_utf8(text, raw)
    match = native.Match
    pos, n = 0, len(raw)
    last_b = last_c = 0
    while True:
        s, e = match(_UNANCHORED, raw, pos, n)[0]
        if e < 0:
            return
        if is_ascii:
            yield s, e
        else:  # byte offsets to characters incrementally, as the wrapper does: they only grow
            last_c += _bytes_to_chars(raw, last_b, s)
            cs = last_c
            last_c += _bytes_to_chars(raw, s, e)
            last_b = e
            yield cs, last_c
        if pos == n:
            return
        if pos == e:  # an empty match: step one character
            pos += 1 if is_ascii else _chars_to_bytes(raw, pos, 1)
        else:
            pos = e


def _found(rx: Any, text: str, raw: bytes | None = None) -> bool:
    """``rx.search(text) is not None`` (``rx`` from :func:`_fast_re`), on ``raw`` when given (see above)."""
    native = _native(rx)
    if native is None:
        return rx.search(text) is not None
    if not text.isascii():
        raw = _strict_utf8(text, raw)
    elif raw is None:
        raw = text.encode("ascii")
    return bool(native.Match(_UNANCHORED, raw, 0, len(raw))[0][1] >= 0)


# Greedy runs are maximal, so no look-arounds are needed; a hex run of odd length is rejected in _find_encodings.
_BASE64 = _fast_re(r"[A-Za-z0-9+/_\-]{16,}={0,2}")
_HEX = _fast_re(r"(?:[0-9A-Fa-f]{2}){8,}|(?:\\x[0-9A-Fa-f]{2}){4,}")
_HEXCHARS = frozenset("0123456789abcdefABCDEF")
_B64_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_URLENC = _fast_re(r"[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,}")
# Common words after rot13 (the, and, you, ignore, instructions, previous, system, prompt, password, secret,
# all, reveal, tell, with, this, that, your, for, what, send, print, file, access, about, here, when, make, give).
# Two distinct ones in a text is a strong hint it is rot13 English.
_ROT13_HINT = _fast_re(
    r"(?i)\b(?:gur|naq|lbh|vtaber|vafgehpgvbaf|cerivbhf|flfgrz|cebzcg|cnffjbeq|frperg|nyy|erirny|gryy|jvgu|guvf"
    r"|gung|lbhe|sbe|jung|fraq|cevag|svyr|npprff|nobhg|urer|jura|znxr|tvir)\b"
)
# Some of the same words (and what, write, give, your, all, this, that, send, print, access, about, when, make)
# spelled backwards: "tpmorp metsys ruoy laever". No English word among them ("dna" is left out: DNA; "era",
# "elif" and "rof" too).
_REVERSED_HINT = _fast_re(
    r"(?i)\b(?:eht|uoy|ruoy|erongi|snoitcurtsni|suoiverp|metsys|tpmorp|drowssap|terces|laever|llet|htiw|tahw|etirw"
    r"|evig|lla|siht|taht|dnes|tnirp|ssecca|tuoba|nehw|ekam)\b"
)
# Words an attacker splits with hyphens, dots, underscores or asterisks so that no keyword sees them: "Ig-nore
# all prev-ious in-struc-tions". Two distinct ones split inside the word (not between words: "system-prompt" is
# two whole words) decode the text's head with them joined. Only these words are joined, so a text's ordinary
# compounds ("e-mail", "state-of-the-art") stay as written; a line-end hyphenation ("instruc-\ntions") has a
# line break in it and is left alone too.
_SPLIT_WORDS = (
    "ignore", "disregard", "forget", "previous", "prior", "instructions", "instruction", "directives", "system",
    "prompt", "reveal", "password", "secret", "jailbreak", "restrictions", "unrestricted", "unfiltered",
    "uncensored", "filters", "guidelines", "rules", "override", "bypass", "pretend", "developer", "confidential",
)
_SPLIT_SEP = "-._*"
_SPLIT_PATTERN = r"(?i)\b(?:" + "|".join(f"[{re.escape(_SPLIT_SEP)}]?".join(w) for w in _SPLIT_WORDS) + r")\b"
_SPLIT_HINT = _fast_re(_SPLIT_PATTERN)
_SPLIT_DECODE = re.compile(_SPLIT_PATTERN)
_UNSPLIT = str.maketrans("", "", _SPLIT_SEP)


def _split_hit(word: str) -> str | None:
    """The joined word of a split-word hint match, or None when nothing split it ("system" as written)."""
    joined = word.translate(_UNSPLIT)
    return joined.lower() if len(joined) < len(word) else None


def _unsplit(region: str) -> str:
    return _SPLIT_DECODE.sub(lambda m: m.group().translate(_UNSPLIT), region)


# Typoglycemia: the inner letters of words shuffled, the first and last kept ("ignroe all prevoius isntructions"),
# which people and models still read and no keyword sees. Two distinct words of this list scrambled in an ASCII
# text decode its head with them restored. A scramble is a true one: same length, first and last letters, the same
# inner letters in another order, never the word as written; a word is a run of [A-Za-z0-9_] of letters only.
# Checked by _asciikv.scrambled in one pass (~1 us per 1.5 KB; a regex for it cost ~7 us in RE2, more in Hyperscan).
_SCRAMBLE_WORDS = (
    "ignore", "disregard", "forget", "previous", "prior", "instructions", "instruction", "directions", "system",
    "prompt", "reveal", "password", "secret", "rules", "guidelines", "restrictions", "above", "print", "tell",
    "your", "output", "override", "bypass", "confidential", "everything", "initial", "hidden", "delete",
)
_SCRAMBLE_WORDS_B = " ".join(_SCRAMBLE_WORDS).encode("ascii")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _scramble_table(words: Iterable[str]) -> dict[tuple[str, str, int, str], str]:
    """(first letter, last letter, length, sorted inner letters) -> the word, for every word of ``words``."""
    return {(w[0], w[-1], len(w), "".join(sorted(w[1:-1]))): w for w in words}


_SCRAMBLE_OF = _scramble_table(_SCRAMBLE_WORDS)


def _unscrambled(word: str, table: Mapping[tuple[str, str, int, str], str] = _SCRAMBLE_OF) -> str | None:
    """The word of ``table`` that ``word`` is a true scramble of, or None."""
    w = word.lower()
    if len(w) < 4 or not w.isalpha():
        return None
    found = table.get((w[0], w[-1], len(w), "".join(sorted(w[1:-1]))))
    return found if found is not None and found != w else None


def _scrambled_reference(data: bytes, words: bytes = _SCRAMBLE_WORDS_B) -> int:
    """What ``_asciikv.scrambled`` returns (the fallback without a C compiler, and the tests' reference): bit i
    set when a word of the ASCII ``data`` is a true scramble of the i-th word of ``words``."""
    listed = words.decode("ascii").split()
    index = {w: i for i, w in enumerate(listed)}
    table = _scramble_table(listed)
    mask = 0
    for m in _ASCII_WORD.finditer(data.decode("ascii")):
        hit = _unscrambled(m.group(), table)
        if hit is not None:
            mask |= 1 << index[hit]
    return mask


def _unscramble(region: str) -> str:
    def fix(m: re.Match[str]) -> str:
        word = _unscrambled(m.group())
        if word is None:
            return m.group()
        return word.capitalize() if m.group()[0].isupper() else word
    return _ASCII_WORD.sub(fix, region)


# ---------------------------------------------------------------------------------------------- keyword view

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# The digits among them, for rule packs: a keyword-view pattern's literal digits are spelled as the view spells them.
KEYWORD_DIGITS: dict[str, str] = {chr(k): str(v) for k, v in _LEET.items() if chr(k).isdigit()}
KEYWORD_DIGITS_TABLE = str.maketrans(KEYWORD_DIGITS)
_KV_SPLIT = re.compile(r"[\W_]+")
_KV_TOKEN = re.compile(r"(?:[^\W_]|[@$])+")
# A letter, then a leet digit/symbol, then a letter: "1gn0re", "p@ssw0rd". Two of them flag leetspeak.
_LEET_WORD = re.compile(r"(?<![\w@$])[A-Za-z0-9@$]*[A-Za-z][0134579@$]+[A-Za-z][A-Za-z0-9@$]*")
# A run starts with three letters or more ("a b" is too common in ordinary text to join on its own) and goes on
# across wider word gaps through shorter words: "p r e t e n d   y o u   h a v e   n o   r u l e s" is one run,
# so "n o" joins too, where a run per word left it apart and hid "no rules" from the keyword rules. It may open
# on one two-letter word before a wide gap ("d o   a n y t h i n g   n o w"); the supersets below propose both
# starts.
_SPACED = re.compile(
    r"(?<![^\W_])(?:[^\W_][ .\-_*|]{1,2}[^\W_](?:[ \t]{3,6}|[ \t]*/[ \t]*)(?=(?:[^\W_][ .\-_*|]{1,2}){2}[^\W_]))?"
    r"(?:[^\W_][ .\-_*|]{1,2}){2,}[^\W_]"
    r"(?:(?![^\W_])(?:[ \t]{3,6}|[ \t]*/[ \t]*)(?:[^\W_][ .\-_*|]{1,2})*[^\W_])*(?![^\W_])"
)
# The separators between the letters of a run; the commonest is the letter gap, and one that is longer, or
# holds a space or slash where the letter gap does not, is a word gap: "i g n o r e  a l l" reads "ignore all".
_SPACED_SEP = re.compile(r"[\W_]+")
# ASCII keyword view: every character but [a-z0-9] (after lower-casing and leet folding) becomes a separator.
_ASCII_SPLIT = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_LEET_AND_SPLIT = str.maketrans({**_ASCII_SPLIT, **_LEET})
# The same map as a bytes table: on ASCII text ``bytes.translate`` is one C lookup per byte, ``str.translate``
# with a dict table a dict lookup per character.
_LEET_AND_SPLIT_B = "".join(chr(c).translate(_LEET_AND_SPLIT) for c in range(128)).encode("ascii") + bytes(
    range(128, 256))
# Lower-casing folded into the same table (ASCII case mapping is per byte): one pass instead of two.
_LOWER_LEET_AND_SPLIT_B = bytes(range(256)).lower().translate(_LEET_AND_SPLIT_B)


def _ascii_keyword_view(text: str, raw: bytes | None = None) -> str:
    """``" ".join(text.lower().translate(_LEET_AND_SPLIT).split())`` for ASCII ``text``, on bytes (``raw``:
    ``text``'s bytes when already encoded)."""
    data = raw if raw is not None else text.encode("ascii")
    if _fold_words is not None:  # fold and join in one C pass (~6.5 -> ~2 us per 1.5 KB)
        return _fold_words(data, _LOWER_LEET_AND_SPLIT_B)
    folded = data.translate(_LOWER_LEET_AND_SPLIT_B)
    if _NATIVE_WORDS:  # one C pass instead of a bytes object per word (~14 -> ~5 us per 1.5 KB)
        return _words(folded.decode("ascii"))
    return b" ".join(folded.split()).decode("ascii")


# Bytes that belong to a keyword-view token in ASCII text (what _KV_TOKEN matches there), as a lookup table.
_KV_BYTE = np.array([chr(c).isalnum() or chr(c) in "@$" if c < 128 else False for c in range(256)], dtype=np.bool_)
_LEET_PAIRS = tuple((chr(k), v) for k, v in _LEET.items())


def _leet_fold(s: str) -> str:
    """``s.translate(_LEET)``; on non-ASCII text ``translate`` looks every character up in the table one by one,
    while eight C-level replaces (most skipped by a membership test) cost a few microseconds."""
    if s.isascii():
        return s.translate(_LEET)
    for k, v in _LEET_PAIRS:
        if k in s:
            s = s.replace(k, v)
    return s


def _regex_words(s: str) -> str:
    """The keyword view's word split: alphanumeric runs (re's ``\\w`` on str is ``str.isalnum()`` or "_")
    joined by single spaces. The reference for the C helper ``_words.words``."""
    return _KV_SPLIT.sub(" ", s).strip()


def _regex_token_spans(s: str, start: int, end: int) -> list[int]:
    """Flattened (start, end) of the keyword-view tokens in ``s[start:end]``; the reference for the C helper."""
    return [x for m in _KV_TOKEN.finditer(s, start, end) for x in m.span()]


def _regex_token_map(s: str) -> tuple[list[int], list[int]]:
    """(token spans, each token's offset in the joined words) when tokens keep their length; the reference for
    the C helper."""
    flat = _regex_token_spans(s, 0, len(s))
    pos = [0]
    for a, b in zip(flat[0:-2:2], flat[1:-2:2], strict=True):
        pos.append(pos[-1] + b - a + 1)
    return flat, pos if flat else []


try:
    # The same split in one C pass over the code points (~60 us -> ~3 us per 1.5 KB non-ASCII text).
    from spanwatch.processors._words import token_map as _token_map
    from spanwatch.processors._words import token_spans as _token_spans
    from spanwatch.processors._words import words as _words

    _NATIVE_WORDS = True
except ImportError:  # no C compiler when installed: the regexes compute the same results
    _words = _regex_words
    _token_spans = _regex_token_spans
    _token_map = _regex_token_map
    _NATIVE_WORDS = False

_fold_words: Callable[[bytes, bytes], str] | None
_scrambled: Callable[[bytes, bytes], int]
try:
    from spanwatch.processors._asciikv import fold_words as _native_fold_words
    from spanwatch.processors._asciikv import scrambled as _native_scrambled

    _fold_words = _native_fold_words
    _scrambled = _native_scrambled
except ImportError:  # no C compiler when installed: translate and words() compute the same view
    _fold_words = None
    _scrambled = _scrambled_reference


def _spaced_words(run: str) -> list[tuple[int, int]]:
    """(start, end) of each word of a spaced-letter run, relative to the run (see _SPACED_SEP)."""
    seps = [(m.start(), m.end(), m.group()) for m in _SPACED_SEP.finditer(run)]
    letter_gap = Counter(sep for _, _, sep in seps).most_common(1)[0][0] if seps else ""
    words: list[tuple[int, int]] = []
    start = 0
    for s, e, sep in seps:
        if sep != letter_gap and (
            len(sep) > len(letter_gap)
            or (" " in sep and " " not in letter_gap)
            or ("/" in sep and "/" not in letter_gap)
        ):
            words.append((start, s))
            start = e
    words.append((start, len(run)))
    return words


def _join_spaced(m: re.Match[str]) -> str:
    run = m.group()
    return " ".join("".join(c for c in run[s:e] if c.isalnum()) for s, e in _spaced_words(run))


# ---------------------------------------------------------------------------------------------- precheck
#
# Each C-level regex above costs microseconds per 1.5 KB text even when it finds nothing, and most texts contain
# none of these shapes. On ASCII text one Hyperscan scan answers "could this regex match?" for all of them at
# once; only the regexes whose bit is set then run. Each precheck pattern matches a superset of what its regex
# matches on ASCII text, so results are the same as without Hyperscan (tests compare both paths).

_H_CONTROL, _H_HEX, _H_BASE64, _H_ROT13, _H_LEET, _H_REVERSED, _H_SPLIT, _H_SPACED = (1 << i for i in range(8))
_ALL_HINTS = (1 << 8) - 1
_PRECHECK_PATTERNS = (
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]",
    rb"[0-9A-Fa-f]{16}|\\x[0-9A-Fa-f]{2}",
    rb"[A-Za-z0-9+/_\-]{16}",
    rb"\b(?:gur|naq|lbh|vtaber|vafgehpgvbaf|cerivbhf|flfgrz|cebzcg|cnffjbeq|frperg|nyy|erirny|gryy|jvgu)\b",
    rb"[A-Za-z][0134579@$]+[A-Za-z]",
    rb"\b(?:eht|uoy|ruoy|erongi|snoitcurtsni|suoiverp|metsys|tpmorp|drowssap|terces|laever|llet|htiw|tahw|etirw|evig)\b",
    # A split word's head up to its first separator and the two letters after it, as literals ("ig-no"): the word
    # with optional separators after every letter would hint at every "system" and "prompt" written whole, and
    # the head alone ("ig-") costs the scan of every text ~2 us more for its many short literals.
    rb"\b(?:" + b"|".join(sorted({
        (w[:i] + "[\\-._*]" + w[i] + ("[\\-._*]?" + w[i + 1] if i + 1 < len(w) else "")).encode()
        for w in _SPLIT_WORDS for i in range(1, len(w))})) + rb")",
    # _SPACED with its look-arounds as consumed neighbours. Also a superset for the keyword view's leet-folded
    # text, where @ and $ are letters: units may be @ or $, neighbours only need to be non-alphanumeric.
    rb"(?:^|[^A-Za-z0-9])(?:[A-Za-z0-9@$][ .\-_*|]{1,2}){2}[A-Za-z0-9@$](?:[^A-Za-z0-9]|$)",
)


def _on_hint(pid: int, start: int, end: int, flags: int, context: Any) -> None:
    context[0] |= 1 << pid


class _Precheck:
    __slots__ = ("_db", "_db_spaced")

    def __init__(self) -> None:
        import hyperscan

        flags = hyperscan.HS_FLAG_SINGLEMATCH
        fl = [flags | (hyperscan.HS_FLAG_CASELESS if 1 << i in (_H_ROT13, _H_REVERSED, _H_SPLIT) else 0)
              for i in range(len(_PRECHECK_PATTERNS))]
        # Every entry but the spaced-letters one, which is a database of its own: its anchors and bounded repeats
        # made the single database of all six slower than the two scanned one after the other (~7.9 -> ~6.3 us
        # per 1.5 KB ASCII text). Non-ASCII text is scanned by the first alone: the spaced entry's neighbour class
        # matches every byte there.
        n = len(_PRECHECK_PATTERNS) - 1
        self._db = hyperscan.Database()
        self._db.compile(expressions=list(_PRECHECK_PATTERNS[:n]), ids=list(range(n)), elements=n, flags=fl[:n])
        self._db_spaced = hyperscan.Database()
        self._db_spaced.compile(expressions=[_PRECHECK_PATTERNS[n]], ids=[n], elements=1, flags=[fl[n]])

    def __call__(self, text: str, raw: bytes) -> int:
        """Hint bits for ``text``; ``raw`` is its UTF-8 encoding (lone surrogates passed through)."""
        box = [0]
        self._db.scan(raw, match_event_handler=_on_hint, context=box)
        if text.isascii():
            self._db_spaced.scan(raw, match_event_handler=_on_hint, context=box)
            return box[0]
        # The precheck classes are ASCII, as in the regexes they stand for, so the UTF-8 bytes answer the same
        # question; except _SPACED, whose \w is Unicode there: it always runs on non-ASCII text.
        return box[0] | _H_SPACED


class _PrecheckSlot(threading.local):
    """The precheck database, compiled on first use in each thread (milliseconds): Hyperscan scratch space
    must not be shared by concurrent scans."""

    db: _Precheck | None = None
    tried = False


_slot = _PrecheckSlot()


def _hints(text: str, raw: bytes | None = None) -> int:
    """Bit set of the shapes that may occur in ``text`` (``raw``: its UTF-8 bytes, when already encoded); all
    bits when there is no Hyperscan."""
    db = _slot.db
    if db is None:
        if _slot.tried:
            return _ALL_HINTS
        _slot.tried = True
        try:
            db = _slot.db = _Precheck()
        except Exception:  # no hyperscan (or an unusable build): every regex runs, as before
            return _ALL_HINTS
    return db(text, text.encode("utf-8", "surrogatepass") if raw is None else raw)


def set_precheck(enabled: bool) -> None:
    """Turn the Hyperscan precheck off (``False``) or back on; tests use it to compare both paths."""
    _slot.db = None
    _slot.tried = not enabled


@dataclass(frozen=True, slots=True)
class DecodedSegment:
    """Text recovered from an encoded run. ``start``/``end`` are the encoded run's span in the original text."""

    encoding: str
    start: int
    end: int
    text: str


class NormalizedText:
    """The normalised views of one text, and the maps back to it. Built by :func:`normalize`."""

    __slots__ = (
        "_hints",
        "_kv",
        "_kv_norm",
        "_kv_pos",
        "_no_spaced",
        "_run_n",
        "_run_o",
        "_run_w",
        "_utf8",
        "cache",
        "decoded_segments",
        "flags",
        "original",
        "text",
    )

    def __init__(
        self,
        original: str,
        text: str,
        flags: frozenset[str],
        decoded_segments: tuple[DecodedSegment, ...],
        runs: tuple[array[int], array[int], array[int]] | None,
    ) -> None:
        self.original = original
        self.text = text
        self.flags = flags
        self.decoded_segments = decoded_segments
        # None means identity; otherwise runs (norm start, orig start, orig width) – see _Builder.
        if runs is None:
            self._run_n: array[int] | None = None
            self._run_o: array[int] | None = None
            self._run_w: array[int] | None = None
        else:
            self._run_n, self._run_o, self._run_w = runs
        # Precheck bits for ``text`` (see _hints); all set means "unknown, run every regex".
        self._hints = _ALL_HINTS
        # True once _SPACED is known not to match ``text`` (set by normalize, reused by the keyword view).
        self._no_spaced = False
        self._utf8: bytes | None = None
        self._kv: str | None = None
        self._kv_pos: list[int] | None = None
        self._kv_norm: list[int] = []
        # Per-text memo for consumers (the rule engine keeps its scan here so detectors sharing one rule set
        # scan a text once).
        self.cache: dict[Any, Any] = {}

    def __repr__(self) -> str:
        return f"NormalizedText(text={self.text[:40]!r}, flags={sorted(self.flags)})"

    @property
    def utf8(self) -> bytes:
        """``text`` as UTF-8 (lone surrogates passed through), encoded once per text: the precheck, the rule
        engine's byte scans and the classifier can all read the same bytes."""
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8", "surrogatepass")
        return self._utf8

    @property
    def is_identity(self) -> bool:
        return self._run_n is None

    def _orig_index(self, n: int) -> tuple[int, int]:
        """Original (start, end) of the character at normalised offset ``n``."""
        assert self._run_n is not None and self._run_o is not None and self._run_w is not None
        i = bisect.bisect_right(self._run_n, n) - 1
        if self._run_w[i] != 1:
            return self._run_o[i], self._run_o[i] + self._run_w[i]
        o = self._run_o[i] + (n - self._run_n[i])
        return o, o + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span (end exclusive) to the smallest original span that produced it."""
        if self._run_n is None:
            return start, end
        if end <= start:
            o = self._orig_index(min(start, len(self.text) - 1))[0] if self.text else 0
            return o, o
        return self._orig_index(start)[0], self._orig_index(end - 1)[1]

    # -- keyword view -----------------------------------------------------------------------------------------

    @property
    def keyword_view(self) -> str:
        """Lower-cased, leet-folded, spaced-letter-joined words separated by single spaces (built on demand).

        Built with whole-string C-level operations; the token map back to ``text`` is only built when a
        keyword match must be located (:meth:`keyword_to_original`).
        """
        if self._kv is None:
            text = self.text
            spaced = self._hints & _H_SPACED
            if text.isascii():
                # ASCII: every non-[a-z0-9] character separates words, so one translate and a split/join do
                # what the regex split does, several times faster.
                if not spaced:
                    self._kv = _ascii_keyword_view(text, self._utf8)
                    return self._kv
                low = text.lower().translate(_LEET)
                if not self._spaced_ruled_out() and _spaced_search(low) is not None:
                    low = _SPACED.sub(_join_spaced, low)
                self._kv = " ".join(low.translate(_ASCII_SPLIT).split())
                return self._kv
            low = _leet_fold(text.lower())
            if len(low) != len(text):  # rare case-mapping expansions: build view and map together
                self._build_keyword_view()
            else:
                if not self._spaced_ruled_out() and _spaced_search(low) is not None:
                    low = _SPACED.sub(_join_spaced, low)
                self._kv = _words(low)
        assert self._kv is not None
        return self._kv

    def _spaced_ruled_out(self) -> bool:
        """No spaced-letter run in the folded view either: lower-casing keeps letters letters, and only @ and $
        turn from punctuation into letters in it."""
        return self._no_spaced and "@" not in self.text and "$" not in self.text

    def keyword_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``keyword_view`` span to the original text."""
        kv = self.keyword_view
        if self._kv_pos is None:
            fast = kv
            self._build_keyword_view()
            if self._kv != fast:
                # The token walk disagrees with the fast view (an edge of @/$ next to spaced letters): point at
                # the whole text rather than at the wrong words.
                self._kv = fast
                self._kv_pos = []
        kv = self.keyword_view
        if not self._kv_pos or end <= start:
            return (0, len(self.original)) if end > start else self.to_original(0, 0)
        i = bisect.bisect_right(self._kv_pos, start) - 1
        j = bisect.bisect_right(self._kv_pos, max(start, min(end, len(kv)) - 1)) - 1
        # Offsets inside a token map linearly unless the token was joined from spaced letters; clamp to the
        # token either way so the span never leaves the words that matched.
        ns = self._kv_norm[2 * i] + min(start - self._kv_pos[i], self._kv_norm[2 * i + 1] - self._kv_norm[2 * i])
        tok_end_n = self._kv_norm[2 * j + 1]
        ne = min(self._kv_norm[2 * j] + (end - self._kv_pos[j]), tok_end_n)
        if self._kv_norm[2 * j + 1] - self._kv_norm[2 * j] != _kv_token_len(kv, self._kv_pos, j):
            ne = tok_end_n
        if ns >= ne:
            ne = ns + 1
        return self.to_original(ns, ne)

    def _build_keyword_view(self) -> None:
        text = self.text
        if self._no_spaced and text.isascii():
            self._ascii_token_map(text)
            return
        if self._kv is not None and self._spaced_ruled_out() and "\u03a3" not in text:
            # The view was built from the whole text lower-cased and leet-folded at its length, with no spaced run
            # joined: the walk below would take one segment and slice the same tokens out of the same folded
            # text. Those tokens are the text's own token spans (a character is a token character exactly when
            # its fold is alphanumeric; a test checks every code point), so the map is _token_map's, built in
            # one C pass instead of a slice and a step per token (~90 -> ~25 us per 1.5 KB non-ASCII text).
            token_spans, offsets = _token_map(text)
            if len(self._kv) == (offsets[-1] + token_spans[-1] - token_spans[-2] if token_spans else 0):
                self._kv_norm, self._kv_pos = token_spans, offsets
                return
        parts: list[str] = []
        pos: list[int] = []
        norm: list[int] = []
        cursor = 0
        # Spaced-letter runs ("i g n o r e") become one token; everything else is split into word tokens.
        spans: list[tuple[int, int, bool]] = []
        last = 0
        # _no_spaced: normalize already found no run in ``text`` (the superset finder skips re's look-behind
        # at every position, which is slow on non-ASCII text).
        for m in () if self._no_spaced else confirmed_finditer(_spaced_finder(), _SPACED, text, self.utf8):
            spans.append((last, m.start(), False))
            spans.append((m.start(), m.end(), True))
            last = m.end()
        spans.append((last, len(text), False))
        for s, e, joined in spans:
            if joined:
                for ws, we in _spaced_words(text[s:e]):
                    tok = "".join(ch for ch in text[s + ws:s + we] if ch.isalnum()).lower().translate(_LEET)
                    pos.append(cursor)
                    norm.extend((s + ws, s + we))
                    parts.append(tok)
                    cursor += len(tok) + 1
                continue
            flat = _token_spans(text, s, e)
            if not flat:
                continue
            seg = text[s:e]
            low = seg.lower()
            bounds = zip(flat[0::2], flat[1::2], strict=True)
            # Lower-casing is per character except the final sigma, and never shrinks a character: when the
            # length holds and there is no capital sigma, each token is a slice of the segment folded at once.
            if len(low) == len(seg) and "\u03a3" not in seg:
                low = _leet_fold(low)
                toks = [low[a - s:b - s] for a, b in bounds]
            else:
                toks = [text[a:b].lower().translate(_LEET) for a, b in bounds]
            for tok in toks:
                pos.append(cursor)
                cursor += len(tok) + 1
            norm.extend(flat)
            parts.extend(toks)
        self._kv = " ".join(parts)
        self._kv_pos = pos
        self._kv_norm = norm


    def _ascii_token_map(self, text: str) -> None:
        """The token walk of :meth:`_build_keyword_view` for ASCII text without spaced letters, vectorised.

        There every token is a maximal run of ``[A-Za-z0-9@$]`` and folds to the same length, so the token
        bounds are the edges of a byte mask: a few numpy calls instead of a Python step per word (a 1.5 KB
        text has ~250 words).
        """
        if _NATIVE_WORDS:  # one C pass builds both lists (~35 -> ~10 us per 1.5 KB)
            self._kv_norm, self._kv_pos = _token_map(text)
            # The view already built is this one unless it joined spaced letters, which (no run in ``text``)
            # only "@" or "$" turned letters can bring about: then it is rebuilt, and the caller compares.
            if self._kv is None or "@" in text or "$" in text:
                self._kv = _ascii_keyword_view(text)
            return
        mask = _KV_BYTE[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]
        edges = np.flatnonzero(np.diff(np.concatenate(([False], mask, [False])).view(np.int8)))
        starts, ends = edges[0::2], edges[1::2]
        pos = np.zeros(len(starts), dtype=np.intp)
        np.cumsum(ends[:-1] - starts[:-1] + 1, out=pos[1:])
        self._kv = _ascii_keyword_view(text)
        self._kv_pos = pos.tolist()
        self._kv_norm = np.column_stack((starts, ends)).ravel().tolist()


def _kv_token_len(kv: str, pos: list[int], j: int) -> int:
    end = pos[j + 1] - 1 if j + 1 < len(pos) else len(kv)
    return end - pos[j]


# ---------------------------------------------------------------------------------------------- slow path


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> tuple[str, bool]:
    """NFKC then confusable folding of one character; the bool says a look-alike was folded."""
    n = unicodedata.normalize("NFKC", ch)
    out = []
    confusable = False
    for c in n:
        f = _CONFUSABLES.get(c)
        if f is not None:
            out.append(f)
            confusable = True
        elif c in _TYPOGRAPHIC:
            out.append(_TYPOGRAPHIC[c])
        elif c.isspace() and c not in "\n\t":
            out.append(" ")
        elif unicodedata.category(c) in ("Cc", "Cf"):
            continue
        else:
            out.append(c)
    # Mathematical alphanumerics (𝐚𝐛𝐜) are folded by NFKC, but using them in running text is a homoglyph trick.
    if 0x1D400 <= ord(ch) <= 0x1D7FF:
        confusable = True
    return "".join(out), confusable


def fold_char(ch: str) -> str:
    """What one character of a text becomes in ``NormalizedText.text`` (NFKC, look-alikes folded): the rule loader
    spells a pattern's literal characters the same way, or they could never match."""
    return _fold_char(ch)[0]


@lru_cache(maxsize=1)
def _changing() -> re.Pattern[str]:
    """A class of every non-ASCII character :func:`_fold_char` does not return unchanged and unflagged."""
    ranges = _changing_ranges()

    def cls(rs: list[tuple[int, int]]) -> str:
        return "".join(f"\\U{a:08x}" if a == z else f"\\U{a:08x}-\\U{z:08x}" for a, z in rs)

    # The same class in two parts. ``re`` turns a class of BMP characters into a bitmap (one look-up per
    # character) but tests ranges above U+FFFF one by one, against every character of the text: with them in
    # one class a 1.5 KB text took ~150 us; the look-ahead keeps the astral ranges off BMP characters (~45 us).
    bmp = [(a, min(z, 0xFFFF)) for a, z in ranges if a < 0x10000]
    astral = [(max(a, 0x10000), z) for a, z in ranges if z >= 0x10000]
    return re.compile(f"[{cls(bmp)}]|(?=[\\U00010000-\\U0010ffff])[{cls(astral)}]")


@lru_cache(maxsize=1)
def _changing_re2() -> Any:
    """:func:`_changing`'s class for RE2 (low-level object), without the surrogates UTF-8 cannot hold; or None."""
    body = "".join(f"\\x{{{a:x}}}" if a == z else f"\\x{{{a:x}}}-\\x{{{z:x}}}"
                   for a, z in _changing_ranges() if not 0xD800 <= a <= 0xDFFF)
    try:
        return _re2_only(f"[{body}]")
    except Exception:  # a build whose memory budget the class exceeds: re answers alone
        return None


_MAX_CHANGING_PASSES = 32


def _changing_chars(run: str) -> set[str]:
    """``set(_changing().findall(run))``: the distinct characters of ``run`` that fold.

    ``re`` tries the class at every position (~70 us per 1.5 KB), while a run that folds mostly repeats one or two
    characters hundreds of times (full-width commas in CJK text). RE2 finds the leftmost one, every occurrence of
    it leaves the bytes at once (UTF-8 never matches inside another character's bytes), and the search goes on
    from there: one pass per distinct character.
    """
    rx = _changing_re2() if _UNANCHORED is not None else None
    if rx is not None:
        try:
            raw = run.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates, which RE2 does not read as characters
            raw = b""
        if raw:
            found: set[str] = set()
            pos = 0
            for _ in range(_MAX_CHANGING_PASSES):
                s, e = rx.Match(_UNANCHORED, raw, pos, len(raw))[0]
                if e < 0:
                    return found
                ch = raw[s:e]
                found.add(ch.decode("utf-8"))
                raw = raw.replace(ch, b"")
                pos = s
    return set(_changing().findall(run))


@lru_cache(maxsize=1)
def _changing_ranges() -> list[tuple[int, int]]:
    """The code point ranges of :func:`_changing`.

    Built on the first text that needs it (about 0.1 s: one NFKC call per code point up to U+2FFFF). Lone
    surrogates and the rare planes above are simply listed: _fold_char handles them exactly, one by one.
    """
    ranges: list[tuple[int, int]] = []
    math = range(0x1D400, 0x1D800)
    for cp in range(0x80, 0x30000):
        if 0xD800 <= cp <= 0xDFFF:
            if cp == 0xD800:
                ranges.append((0xD800, 0xDFFF))
            continue
        ch = chr(cp)
        changes = (
            cp in math
            or ch in _CONFUSABLES
            or ch in _TYPOGRAPHIC
            or (ch.isspace() and ch not in "\n\t")
            or unicodedata.category(ch) in ("Cc", "Cf")
            or unicodedata.normalize("NFKC", ch) != ch
        )
        if changes:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    ranges.append((0x30000, 0x10FFFF))
    return ranges


class _Builder:
    """Accumulates normalised pieces and the run-length offset map.

    A run covers normalised characters that each come from one original character, consecutively
    (``width == 1``), or a single normalised character produced by a wider original group (``width > 1``);
    characters of an expansion (NFKC "ﬁ" → "fi") each get a width-1 run pointing at the same original character.
    """

    __slots__ = ("n", "parts", "run_n", "run_o", "run_w")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.run_n: array[int] = array("q")
        self.run_o: array[int] = array("q")
        self.run_w: array[int] = array("q")

    def linear(self, piece: str, orig: int) -> None:
        if not piece:
            return
        rn, ro, rw = self.run_n, self.run_o, self.run_w
        # Extend the previous run when this piece continues it exactly.
        if not (rn and rw[-1] == 1 and ro[-1] + (self.n - rn[-1]) == orig):
            rn.append(self.n)
            ro.append(orig)
            rw.append(1)
        self.parts.append(piece)
        self.n += len(piece)

    def mapped(self, piece: str, orig: int, width: int) -> None:
        """``piece`` comes from original[orig:orig+width] but not character for character."""
        if len(piece) == 1 and width == 1:
            self.linear(piece, orig)
            return
        for ch in piece:
            self.run_n.append(self.n)
            self.run_o.append(orig)
            self.run_w.append(width)
            self.parts.append(ch)
            self.n += 1


def _normalize_slow(text: str, base: int, b: _Builder, flags: set[str], segments: list[DecodedSegment],
                    *, raw: bytes | None = None) -> None:
    vs_run: list[int] = []
    vs_start = -1
    confusable_count = 0
    for s, piece, special in _special_split(text, raw):
        if piece:
            run = piece
            if vs_run:
                _flush_variation_selectors(vs_run, vs_start, base + s, flags, segments)
                vs_run = []
            # Most non-ASCII prose (Hindi, Chinese, accented Latin) needs no change: one C-level check per run
            # instead of a Python step per character.
            if run.isascii() or (unicodedata.is_normalized("NFKC", run) and not _found(_NEEDS_FOLD, run)):
                b.linear(run, base + s)
                continue
            # Only the characters _fold_char changes need work. When each folds to one character (Cyrillic or
            # Greek look-alikes, full-width punctuation), folding is a replace per distinct character and the
            # run keeps its length: one linear piece builds the same offset runs as a step per character.
            changes = _changing_chars(run)
            folds = [(ch, *_fold_char(ch)) for ch in changes]
            if all(len(f) == 1 and f not in changes for _, f, _ in folds):  # no fold feeds a later replace
                for ch, f, confusable in folds:
                    run = run.replace(ch, f)
                    if confusable:
                        confusable_count += 1
                b.linear(run, base + s)
                continue
            # Otherwise a Python step per changing character; the stretches between them (CJK text around one
            # full-width comma) are copied as slices, which builds the same offset runs.
            last = 0
            for cm in _changing().finditer(run):
                i = cm.start()
                if i > last:
                    b.linear(run[last:i], base + s + last)
                folded, confusable = _fold_char(cm.group())
                if confusable:
                    confusable_count += 1
                b.mapped(folded, base + s + i, 1)
                last = i + 1
            if last < len(run):
                b.linear(run[last:], base + s + last)
            continue
        ch = special
        if ch <= "\x7f":  # ASCII control characters become spaces, keeping offsets one to one
            b.linear(" ", base + s)
            continue
        cp = ord(ch)
        is_vs = 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF
        if is_vs:
            if not vs_run:
                vs_start = base + s
            vs_run.append(cp - 0xFE00 if cp <= 0xFE0F else cp - 0xE0100 + 16)
            continue
        if vs_run:
            _flush_variation_selectors(vs_run, vs_start, base + s, flags, segments)
            vs_run = []
        if ch in _ZERO_WIDTH:
            flags.add("zero_width")
            continue
        if ch in _BIDI:
            flags.add("bidi_control")
            continue
        if 0xE0000 <= cp <= 0xE007F:
            # Tag characters mirror ASCII invisibly; decoding them puts the smuggled text where rules see it.
            flags.add("unicode_tags")
            if 0x20 <= cp - 0xE0000 <= 0x7E:
                b.mapped(chr(cp - 0xE0000), base + s, 1)
            continue
        if 0x0300 <= cp <= 0x036F:
            # Stray combining marks break words apart visually intact ("i\u0301gnore"); drop them.
            continue
        folded, confusable = _fold_char(ch)
        if confusable:
            confusable_count += 1
        b.mapped(folded, base + s, 1)
    if vs_run:
        _flush_variation_selectors(vs_run, vs_start, base + len(text), flags, segments)
    if confusable_count and _mixed_script(text):
        flags.add("homoglyph")


_CONFUSABLE_CLASS = "".join(sorted(_CONFUSABLES))
# Characters handled one by one: invisible, bidi, tag, variation-selector, combining and control characters.
_SPECIAL_CLASS = (
    "".join(sorted(_ZERO_WIDTH | _BIDI))
    + "\U000e0000-\U000e007f\ufe00-\ufe0f\U000e0100-\U000e01ef\u0300-\u036f\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
)
_SPECIAL_SPLIT = re.compile(f"([^{_SPECIAL_CLASS}]+)|([{_SPECIAL_CLASS}])")
# The same class for RE2, every member spelled as a code point: whether a text has any such character at all.
_SPECIAL_RE2 = _re2_only("[" + "".join(c if c == "-" else f"\\x{{{ord(c):x}}}" for c in _SPECIAL_CLASS) + "]")


def _utf8_or_empty(text: str) -> bytes:
    """``text`` as strict UTF-8, or b"" when it holds lone surrogates (which RE2 does not read as characters)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return b""


def _special_split(text: str, raw: bytes | None = None) -> Iterator[tuple[int, str, str]]:
    """(start, run, "") for each maximal run of ordinary characters and (start, "", character) for each special
    one, in order: ``_SPECIAL_SPLIT.finditer``'s groups.

    Two non-ASCII texts in a hundred hold a special character; ``re`` tests the class's astral ranges at every
    character (~14 us per 1.5 KB), while RE2 answers "none" in one read, and then the text is one run. ``raw``:
    ``text`` as strict UTF-8 when the caller has it.
    """
    if _SPECIAL_RE2 is not None and text:
        if raw is None:
            raw = _utf8_or_empty(text)
        if raw and _SPECIAL_RE2.Match(_UNANCHORED, raw, 0, len(raw))[0][1] < 0:
            yield 0, text, ""
            return
    for m in _SPECIAL_SPLIT.finditer(text):
        yield m.start(), m.group(1) or "", m.group(2) or ""
# In an NFKC-stable run, these still change: look-alikes, odd spaces, mathematical letters, format characters.
# Explicit character classes only, so RE2 (when installed) answers exactly as ``re`` would, 5-20x faster on
# non-ASCII text.
_NEEDS_FOLD = _fast_re(
    f"[{_CONFUSABLE_CLASS}{''.join(_TYPOGRAPHIC)}\x85\u2028\u2029\u2066-\u206f\ufff9-\ufffb\u0600-\u0605\U0001D400-\U0001D7FF]"
)
# Folded for matching but no sign of a trick next to Latin letters: letters of a living Latin orthography (the
# dotless i of Turkish and Azerbaijani: "nasıl", "yapalım"; flagging it made ordinary Turkish prompts score as
# obfuscated attacks; and their dotted capital I, whose lower case would carry a combining dot into the keyword view:
# "ASİSTANINA" must read "asistanina"). "ıgnore" is still folded to "ignore", so the rules still see it.
_NATIVE_LATIN = "ıİ"
_TRICK_CLASS = "".join(c for c in _CONFUSABLE_CLASS if c not in _NATIVE_LATIN)
_MIXED = _fast_re(
    f"[A-Za-z][{_TRICK_CLASS}]|[{_TRICK_CLASS}][A-Za-z]|[\U0001D400-\U0001D7FF]"
)


def _mixed_script(text: str) -> bool:
    """Look-alikes inside Latin words (not plain Russian or Greek prose) are the homoglyph trick."""
    return _found(_MIXED, text)


def _flush_variation_selectors(
    run: list[int], start: int, end: int, flags: set[str], segments: list[DecodedSegment]
) -> None:
    # One VS16 after an emoji is ordinary emoji presentation; longer runs carry data ("emoji smuggling").
    if len(run) < 2 and run[0] < 16:
        return
    flags.add("variation_selectors")
    decoded = bytes(run).decode("utf-8", errors="ignore")
    if len(decoded) >= 2 and _printable_ratio(decoded) >= 0.9:
        flags.add("emoji_smuggling")
        if len(segments) < _MAX_SEGMENTS:
            segments.append(DecodedSegment("variation_selectors", start, end, decoded))


# ---------------------------------------------------------------------------------------------- decoding


def _printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    good = sum(1 for c in s if c.isprintable() or c in "\n\t\r")
    return good / len(s)


def _looks_textual(s: str) -> bool:
    """Decoded bytes count as hidden text only when they read like text, not random key material."""
    if len(s) < _MIN_DECODED or _printable_ratio(s) < 0.95:
        return False
    letters = sum(1 for c in s if c.isalpha())
    return letters >= 0.5 * len(s.replace(" ", "")) and (" " in s or len(s) <= 24 or "{" in s)


def _try_base64(token: str) -> str | None:
    t = token.rstrip("=")
    if len(t) % 4 == 1:
        return None
    pad = "=" * (-len(t) % 4)
    try:
        raw = base64.urlsafe_b64decode(t + pad) if ("-" in t or "_" in t) else base64.b64decode(t + pad)
        s = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return s if _looks_textual(s) else None


def _try_hex(token: str) -> str | None:
    t = token.replace("\\x", "")
    try:
        s = bytes.fromhex(t).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return s if _looks_textual(s) else None


def _try_url(token: str) -> str | None:
    s = urllib.parse.unquote(token)
    if s == token or not _printable_ratio(s) >= 0.95:
        return None
    return s


def _find_encodings(
    norm: NormalizedText, flags: set[str], segments: list[DecodedSegment]
) -> None:
    text = norm.text
    hints = norm._hints
    raw = norm.utf8  # encoded once: RE2 reads these bytes for each of the regexes below
    if "%" in text:
        for ms, me in _finditer_spans(_URLENC, text, raw):
            if len(segments) >= _MAX_SEGMENTS:
                return
            if me - ms > _MAX_SEGMENT_CHARS:
                continue
            dec = _try_url(text[ms:me])
            if dec is not None:
                flags.add("url_encoded")
                s, e = norm.to_original(ms, me)
                segments.append(DecodedSegment("url", s, e, dec))
    for ms, me in _finditer_spans(_HEX, text, raw) if hints & _H_HEX else ():
        if len(segments) >= _MAX_SEGMENTS:
            return
        if me - ms > _MAX_SEGMENT_CHARS:
            continue
        tok = text[ms:me]
        if tok[:2] != "\\x" and ((ms and text[ms - 1] in _HEXCHARS) or text[me : me + 1] in _HEXCHARS):
            continue  # part of an odd-length hex run: not an encoding of bytes
        dec = _try_hex(tok)
        if dec is not None:
            flags.add("hex")
            s, e = norm.to_original(ms, me)
            segments.append(DecodedSegment("hex", s, e, dec))
    for ms, me in _finditer_spans(_BASE64, text, raw) if hints & _H_BASE64 else ():
        if len(segments) >= _MAX_SEGMENTS:
            return
        if me - ms > _MAX_SEGMENT_CHARS:
            continue
        if text[me : me + 1] in _B64_AFTER and me < len(text):
            continue  # padding followed by more token characters: not a base64 run
        tok = text[ms:me]
        if tok.startswith("eyJ"):
            # JWT parts are base64url JSON by design; the JWT rule reports them, not the obfuscation signal.
            continue
        dec = _try_base64(tok)
        if dec is not None:
            flags.add("base64")
            s, e = norm.to_original(ms, me)
            segments.append(DecodedSegment("base64", s, e, dec))
    # Whole-text encodings recognised by their words: two distinct hint words decode the text's head.
    for bit, hint, key, name, decode in _WORD_HINTED:
        if len(segments) < _MAX_SEGMENTS and hints & bit and text.isascii():
            hits = {key(text[hs:he]) for hs, he in _finditer_spans(hint, text, raw)}
            hits.discard(None)
            if len(hits) >= 2:
                flags.add(name)
                region = text[:_MAX_SEGMENT_CHARS]
                s, e = norm.to_original(0, len(region))
                segments.append(DecodedSegment(name, s, e, decode(region)))
    if len(segments) < _MAX_SEGMENTS and text.isascii():
        found = _scrambled(raw, _SCRAMBLE_WORDS_B)
        if found & (found - 1):  # two distinct words or more
            flags.add("scrambled_words")
            region = text[:_MAX_SEGMENT_CHARS]
            s, e = norm.to_original(0, len(region))
            segments.append(DecodedSegment("scrambled_words", s, e, _unscramble(region)))


# (precheck bit, hint regex, a hint match's word or None, flag, decoding of the text's head)
_WORD_HINTED: tuple[tuple[int, Any, Callable[[str], str | None], str, Callable[[str], str]], ...] = (
    (_H_ROT13, _ROT13_HINT, str.lower, "rot13", lambda region: codecs.encode(region, "rot13")),
    (_H_REVERSED, _REVERSED_HINT, str.lower, "reversed", lambda region: region[::-1]),
    (_H_SPLIT, _SPLIT_HINT, _split_hit, "split_words", _unsplit),
)
_LEET_HINT = _fast_re(r"[A-Za-z][0134579@$]+[A-Za-z]")


# Supersets without look-arounds for RE2 (linear, explicit classes): a spaced-letter unit is never one of the
# separators, and a leet word starts where its body does. ``re`` then confirms at the few candidate places.
_SPACED_SUPERSET = _fast_re(
    r"(?:[^ .\-_*|][ .\-_*|]{1,2}){2}[^ .\-_*|]|[^ .\-_*|][ .\-_*|]{1,2}[^ .\-_*|](?:[ \t]{3,6}|[ \t]*/[ \t]*)"
    r"[^ .\-_*|]"
)
_LEET_FINDER = _fast_re(r"[A-Za-z0-9@$]*[A-Za-z][0134579@$]+[A-Za-z][A-Za-z0-9@$]*")


@lru_cache(maxsize=1)
def _spaced_finder() -> Any:
    """A closer superset of _SPACED for RE2: units are alphanumerics (re's ``[^\\W_]``, spelled as the code point
    ranges ``str.isalnum`` accepts, so RE2's own Unicode tables play no part), and the third unit is followed
    by a non-alphanumeric or the end, as in every match of _SPACED (a fourth unit's separator, or the
    look-ahead). Korean puts one-syllable words between spaces ("할 수 있다"): the plain superset proposes them
    all, ~8 candidates per non-ASCII text, each confirmed by ``re`` in vain; this one ~0.4.

    Built on first use (~0.15 s: one ``re`` pass over every code point); _SPACED_SUPERSET if RE2 declines it.
    """
    every = "".join(map(chr, range(0x110000)))
    alnum = "".join(f"\\x{{{a:x}}}-\\x{{{b - 1:x}}}" for a, b in (m.span() for m in re.finditer(r"[^\W_]+", every)))
    finder = None
    with contextlib.suppress(Exception):  # over RE2's memory budget: the plain superset, more slowly
        finder = _fast_re(f"(?:[{alnum}][ .\\-_*|]{{1,2}}){{2}}[{alnum}](?:[^{alnum}]|$)"
                          f"|[{alnum}][ .\\-_*|]{{1,2}}[{alnum}](?:[ \\t]{{3,6}}|[ \\t]*/[ \\t]*)[{alnum}]")
    # Without RE2 _fast_re gives ``re``, which does not read \x{...}: confirmed_finditer runs _SPACED itself.
    return finder if _native(finder) is not None else _SPACED_SUPERSET


def confirmed_finditer(finder: Any, exact: re.Pattern[str], text: str,
                       raw: bytes | None = None) -> Iterator[re.Match[str]]:
    """``exact.finditer(text)``, found fast: ``finder`` (RE2, a look-around-free superset of ``exact`` whose
    matches start wherever ``exact``'s can) proposes the leftmost start; ``exact.match`` confirms it there, else
    the search goes on from the next character.

    Python ``re`` tries a pattern that opens with a look-behind at every position of the text (30–200 µs per
    1.5 KB); RE2 runs the superset in one linear pass and ``re`` only looks at the few candidate places.
    RE2 always gets bytes: given a str it re-encodes the whole text on every call. ``raw``: ``text``'s UTF-8
    (lone surrogates passed through) when the caller has it already. For ASCII text byte and character offsets
    agree; otherwise both are carried forward together (offsets only grow). RE2's own ``Match`` is called, not
    the wrapper's ``search`` (the same leftmost match, without a generator and a match object per candidate).
    """
    native = _native(finder)
    if native is None:  # no RE2 installed
        yield from exact.finditer(text)
        return
    find = native.Match
    match = exact.match
    n = len(text)
    if text.isascii():
        raw = raw if raw is not None else text.encode("ascii")
        pos = 0
        while pos <= n:
            q = find(_UNANCHORED, raw, pos, n)[0][0]
            if q < 0:
                return
            m = match(text, q)
            if m is None:
                pos = q + 1
                continue
            yield m
            e = m.end()
            pos = e if e > q else q + 1
        return
    raw = raw if raw is not None else text.encode("utf-8", "surrogatepass")
    nb = len(raw)
    # RE2's own counters convert offsets in valid UTF-8; an encoded lone surrogate (ED A0..BF) is counted by
    # decoding and encoding the stretch instead.
    valid = b"\xed" not in raw
    pos = bpos = 0  # the same place in text and in raw
    while pos <= n:
        qb = find(_UNANCHORED, raw, bpos, nb)[0][0]
        if qb < 0:
            return
        q = pos + (_bytes_to_chars(raw, bpos, qb) if valid else len(raw[bpos:qb].decode("utf-8", "surrogatepass")))
        m = match(text, q)
        nxt = m.end() if m is not None and m.end() > q else q + 1
        if m is not None:
            yield m
        if nxt > n:
            return
        bpos = qb + (_chars_to_bytes(raw, qb, nxt - q) if valid else len(text[q:nxt].encode("utf-8", "surrogatepass")))
        pos = nxt


def _leet_words(text: str, raw: bytes | None = None) -> list[str]:
    return [m.group() for m in confirmed_finditer(_LEET_FINDER, _LEET_WORD, text, raw)]


def _spaced_search(text: str, raw: bytes | None = None) -> re.Match[str] | None:
    return next(confirmed_finditer(_spaced_finder(), _SPACED, text, raw), None)


def _word_signals(text: str, hints: int, flags: set[str], raw: bytes | None = None) -> bool:
    """Add the leetspeak and spaced-letter flags; True when ``text`` has no spaced-letter run. ``raw``:
    ``text``'s UTF-8 bytes (lone surrogates passed through) when already encoded."""
    # A cheap scan first: most texts have no letter-digit-letter run at all.
    leet = _leet_words(text, raw) if hints & _H_LEET and _found(_LEET_HINT, text, raw) else []
    # Two leet words, not digits inside identifiers that are all hex or all caps (build ids, serials).
    if len([w for w in leet if not w.isupper() and not re.fullmatch(r"[0-9a-f]+", w)]) >= 2:
        flags.add("leetspeak")
    if hints & _H_SPACED and _spaced_search(text, raw) is not None:
        flags.add("spaced_letters")
        return False
    return True


# ---------------------------------------------------------------------------------------------- entry point


def prepare() -> None:
    """Build now what :func:`normalize` otherwise builds on the first text that needs it: the spaced-letter
    finder and the folding class (one pass over every code point each, ~0.25 s together) and this thread's
    precheck database. A processor calls it at start-up, so its first batch does not pay for them."""
    _spaced_finder()
    _changing()
    if _UNANCHORED is not None:
        _changing_re2()
    _hints("")


def _normalize_piece(piece: str, base: int, b: _Builder, flags: set[str], segments: list[DecodedSegment],
                     *, raw: bytes | None = None) -> None:
    """Clean printable ASCII is copied as one run; anything else takes the slow path (``raw``: see there)."""
    if piece.isascii() and _ASCII_CONTROL.search(piece) is None:
        b.linear(piece, base)
    else:
        _normalize_slow(piece, base, b, flags, segments, raw=raw)


def _normalize_escaped(piece: str, base: int, b: _Builder, flags: set[str], segments: list[DecodedSegment]) -> None:
    """Normalise ``piece`` with its string escapes and character references decoded (each decoded character maps
    to its whole escape) and a line break after each HTML block tag."""
    pos = 0
    for m in _ESCAPE.finditer(piece):
        start, end = m.span()
        _normalize_piece(piece[pos:start], base + pos, b, flags, segments)
        esc = m.group()
        simple = _SIMPLE_ESCAPES.get(esc)
        if simple is not None:
            b.mapped(simple, base + start, end - start)
        elif esc[0] == "<":
            b.linear(esc, base + start)
            b.mapped("\n", base + end, 0)
        elif esc[0] == "&":
            # Other references: the character goes through normalisation (a non-breaking space becomes a space).
            _normalize_piece(html.unescape(esc), base + start, b, flags, segments)
        else:
            # \uXXXX (or a surrogate pair): the character goes through normalisation like any other, so an
            # escaped zero-width space or look-alike letter is removed or folded and flagged. Its offsets point at
            # the escape's first character.
            code = int(esc[2:6], 16)
            if len(esc) > 6:
                code = 0x10000 + ((code - 0xD800) << 10) + (int(esc[8:12], 16) - 0xDC00)
            elif 0xD800 <= code <= 0xDFFF:
                # A lone surrogate ("\\udc00" with no partner) is no character: U+FFFD, as html.unescape reads
                # "&#xd800;". Passed on, it could not be encoded to UTF-8 by the steps after this one.
                code = 0xFFFD
            _normalize_piece(chr(code), base + start, b, flags, segments)
        pos = end
    _normalize_piece(piece[pos:], base + pos, b, flags, segments)


def normalize(text: str, *, max_chars: int, utf8: bytes | None = None) -> NormalizedText:
    """Normalise ``text`` for detection (see the module docstring). ``max_chars`` bounds the scanned text.
    ``utf8``: ``text`` as strict UTF-8 when the caller has encoded it already (it is not encoded again)."""
    flags: set[str] = set()
    segments: list[DecodedSegment] = []
    if max_chars <= 0:
        raise ValueError(f"max_chars must be > 0, got {max_chars}")
    truncated = len(text) > max_chars
    raw = text.encode("ascii") if not truncated and text.isascii() else None
    hints = _hints(text, raw) if raw is not None else _ALL_HINTS
    # The caller's UTF-8 (non-ASCII text) serves the count too, rather than a second encoding.
    escaped = _escape_count(text, raw if raw is not None else utf8) >= _MIN_ESCAPES
    if raw is not None and not escaped and not (hints & _H_CONTROL and _ASCII_CONTROL.search(text) is not None):
        norm = NormalizedText(text, text, frozenset(), (), None)
        norm._hints = hints
        norm._utf8 = raw
    else:
        b = _Builder()
        if truncated:
            # Injections sit at the start or the end of long documents; scan a head and a tail window.
            flags.add("truncated")
            head = max_chars // 2
            tail_start = len(text) - (max_chars - head)
            pieces: tuple[tuple[int, str], ...] = ((0, text[:head]), (tail_start, text[tail_start:]))
        else:
            pieces = ((0, text),)
        # The whole input's UTF-8, encoded once: the special-character check reads it, and when normalising
        # changed nothing (most non-ASCII prose) it is the output's too.
        whole = None if truncated else raw if raw is not None else utf8 if utf8 is not None else _utf8_or_empty(text)
        if escaped:
            flags.add("escapes")
        for i, (base, piece) in enumerate(pieces):
            if i:
                b.mapped("\n", base, 0)
            if escaped:
                _normalize_escaped(piece, base, b, flags, segments)
            else:
                _normalize_piece(piece, base, b, flags, segments, raw=whole)
        out = "".join(b.parts)
        runs = (b.run_n, b.run_o, b.run_w)
        norm = NormalizedText(text, out, frozenset(), (), runs)
        if whole and out == text:
            norm._utf8 = whole
        norm._hints = _hints(out, norm.utf8)
    _find_encodings(norm, flags, segments)
    norm._no_spaced = _word_signals(norm.text, norm._hints, flags, norm.utf8)
    norm.flags = frozenset(flags)
    norm.decoded_segments = tuple(segments)
    return norm
