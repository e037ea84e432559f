"""Offline ML tier: hashed byte n-grams and a linear model, numpy (plus an optional C core), no network.

Why this shape: a transformer guard costs 100–200 ms per text on CPU and downloads hundreds of MB at first
call (detection-anchors §2, §7.5–7.6); a TF-IDF-style linear model is tens of microseconds and ships in the wheel.
Byte n-grams (not words) need no tokenizer, work the same in every script (a quarter of the injections in the
dev set are machine-translated) and survive the spacing/punctuation tricks that break word features.

Text preparation (``fold_text``): lower case, every ASCII digit becomes ``0`` and runs of spaces/tabs become one
space. Numbers and layout are what distinguishes one corpus's style from another's (math word problems, tables,
generated code); folding them keeps the model on the words, which is what carries intent and what transfers to
sources it was not trained on. Newlines stay, because documents are scored line by line.

Features are computed fully vectorised: the prepared UTF-8 bytes go into one numpy array, rolling polynomial
hashes of every 3-, 4- and 5-gram are built with one multiply-add per n (uint32 arithmetic, wrapping), and a
multiplicative hash picks the weight row. A text is the *set* of its n-grams (presence, not counts: a line
repeated 200 times in a log must not outvote the rest), found without sorting by scattering each occurrence's
position into a scratch table and keeping the occurrences that read their own position back.

Documents (tool results, retrieved pages) are also scored by their most suspicious line (long lines cut into
overlapping windows): per-position contributions and a prefix sum give every window's score in one pass, so an
instruction injected into a table or an email is not diluted by the benign bulk around it. Prompts skip this.

The model file ``injection_model.npz`` (package data, written by ``scripts/train_classifier.py``) holds
``weights`` (float16, shape ``(2**bits, heads)``), ``bias`` (float32, ``(heads,)``), ``heads`` (names),
``bits``, ``ngram_min``, ``ngram_max`` and ``window``.

``score`` runs on the native core ``_ngram`` (processors/_ngram.c, built when a C compiler is there) when it
imports, and on the numpy code here otherwise; ``SPANWATCH_NO_NATIVE=1`` forces numpy. The numpy code is the
reference (``score_reference``): the native core computes the same thing in plain loops over the bytes, because
for a 1.5 KB text numpy's per-call overhead, not the arithmetic, is most of the cost.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

__all__ = ["NATIVE", "NATIVE_STATUS", "ClassifierScore", "LinearNgramModel", "fold_text", "get_model", "hashed_rows",
           "line_span", "ngram_rows", "segments"]

MODEL_RESOURCE = "injection_model.npz"

# Odd 32-bit constants: the rolling base and one mixer per n, so a 3-gram and a 4-gram that share a rolling
# value land on different rows. The row is the *high* bits of the mixed value, the well-mixed ones.
_BASE = np.uint32(0x01000193)
_MIX = tuple(np.uint32(m) for m in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646C | 1,
                                    0xFD7046C5, 0xB55A4F09))

# Texts are cut to this many bytes (head and tail kept) before hashing: an injection sits near the start or the
# end far more often than in the middle of a 100 KB document, and the cap bounds the cost per text.
DEFAULT_MAX_BYTES = 16384
MIN_SEGMENT = 12

# The native core's score (processors/_ngram.pyi).
_NativeScore = Callable[
    [str, bytes | None, npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.uint32], int, int, int, int,
     int, bool],
    tuple[tuple[float, ...], tuple[float, ...], int, int],
]


def _load_native() -> tuple[_NativeScore | None, str]:
    if os.environ.get("SPANWATCH_NO_NATIVE", "") not in ("", "0"):
        return None, "disabled by SPANWATCH_NO_NATIVE"
    try:
        from spanwatch.processors._ngram import score
    except ImportError as exc:  # built without a C compiler: the numpy path computes the same scores
        return None, f"not importable ({exc})"
    return score, "native"


_native_score, NATIVE_STATUS = _load_native()
# Whether ``score`` runs on the native core; NATIVE_STATUS says why not.
NATIVE = _native_score is not None

IntArray = npt.NDArray[np.intp]
ByteArray = npt.NDArray[np.uint8]

# bytes.translate tables: digits -> "0", tab/CR/VT/FF -> space (newlines kept for line scoring).
_FOLD = bytes(48 if 48 <= c <= 57 else 32 if c in (9, 11, 12, 13) else c for c in range(256))


def fold_text(text: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ByteArray:
    """The prepared UTF-8 bytes of ``text``: lower-cased, digits folded to ``0``, space runs squeezed to one.

    Over ``max_bytes`` the head and the tail are kept.
    """
    return _prepare(text, max_bytes)[0]


def _prepare(text: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[ByteArray, bool]:
    raw = text.lower().encode("utf-8", "replace").translate(_FOLD)
    cut = len(raw) > max_bytes
    if cut:
        half = max_bytes // 2
        raw = raw[:half] + b" " + raw[-half:]
    data = np.frombuffer(raw, dtype=np.uint8)
    if b"  " in raw:
        sp = data == 32
        keep = ~(sp[1:] & sp[:-1])
        data = np.concatenate([data[:1], data[1:][keep]])
    return data, cut


def hashed_rows(data: ByteArray, bits: int, ngram_min: int, ngram_max: int) -> tuple[IntArray, list[int]]:
    """The weight row of every n-gram (``ngram_min``..``ngram_max``) of ``data``, all n concatenated, and how many
    there are of each n (the n-gram of size n starting at byte i is at offset i of its part)."""
    # +1 keeps a NUL byte from hashing like "nothing"; uint32 arithmetic wraps, which is what a hash wants.
    # One concatenation, one shift and one conversion for all n: each numpy call costs about as much as a few
    # hundred bytes of work, so fewer, larger calls are what makes a 1.5 KB text cheap.
    b = data.astype(np.uint32) + np.uint32(1)
    mixed: list[npt.NDArray[np.uint32]] = []
    h = b
    for n in range(1, ngram_max + 1):
        if n > 1:
            if len(h) <= 1:
                break
            h = h[:-1] * _BASE + b[n - 1:]
        if n >= ngram_min:
            mixed.append(h * _MIX[n % len(_MIX)])
    if not mixed:
        return np.zeros(0, dtype=np.intp), []
    rows = np.concatenate(mixed)
    rows >>= np.uint32(32 - bits)
    # intp, not uint32: numpy indexes with intp directly and converts anything else on every lookup.
    return rows.astype(np.intp), [len(m) for m in mixed]


def ngram_rows(data: ByteArray, bits: int, ngram_min: int, ngram_max: int) -> list[IntArray]:
    """One array per n (``ngram_min``..``ngram_max``): the weight row of the n-gram starting at each byte."""
    rows, sizes = hashed_rows(data, bits, ngram_min, ngram_max)
    return np.split(rows, np.cumsum(sizes)[:-1]) if sizes else []


def segments(data: ByteArray, window: int) -> tuple[IntArray, IntArray]:
    """Byte ranges of the lines of ``data``; a line longer than ``window`` becomes overlapping windows.

    Lines shorter than ``MIN_SEGMENT`` bytes are dropped (a lone ``###`` says nothing on its own); if nothing is
    left the whole text is one segment.
    """
    nl = np.flatnonzero(data == 10)
    starts = np.concatenate([[0], nl + 1]).astype(np.intp)
    ends = np.concatenate([nl, [len(data)]]).astype(np.intp)
    keep = (ends - starts) >= MIN_SEGMENT
    starts, ends = starts[keep], ends[keep]
    long = (ends - starts) > window
    if long.any():
        extra_s: list[IntArray] = []
        extra_e: list[IntArray] = []
        step = max(window // 2, 1)
        for s, e in zip(starts[long], ends[long], strict=True):
            ws = np.arange(s, e - window + step, step, dtype=np.intp)
            extra_s.append(ws)
            extra_e.append(np.minimum(ws + window, e))
        starts = np.concatenate([starts[~long], *extra_s])
        ends = np.concatenate([ends[~long], *extra_e])
    if len(starts) == 0:
        return np.array([0], dtype=np.intp), np.array([len(data)], dtype=np.intp)
    return starts, ends


@dataclass(frozen=True, slots=True)
class ClassifierScore:
    """Per-head logits for the whole text and for its most suspicious window.

    Without windowed scoring the window logits equal the whole-text ones and the window is the whole text.
    ``window_start``/``window_end`` are character offsets into the input: the whole line holding the window (the
    whole text when the input was cut to its head and tail).
    """

    heads: tuple[str, ...]
    logits: tuple[float, ...]
    window_logits: tuple[float, ...]
    window_start: int
    window_end: int

    def logit(self, head: str) -> float:
        return self.logits[self.heads.index(head)]

    def window_logit(self, head: str) -> float:
        return self.window_logits[self.heads.index(head)]


class _Scratch(threading.local):
    """Per-thread scratch table for the sort-free de-duplication (one slot per weight row)."""

    table: IntArray | None = None
    positions: IntArray | None = None
    # The native core's generation stamps (2**bits, then its generation and in-use slots).
    stamps: npt.NDArray[np.uint32] | None = None


class LinearNgramModel:
    """A linear model over hashed byte n-grams with several heads (e.g. ``prompt`` and ``document``)."""

    def __init__(
        self,
        weights: npt.NDArray[np.floating],
        bias: npt.NDArray[np.floating],
        heads: tuple[str, ...],
        *,
        bits: int,
        ngram_min: int,
        ngram_max: int,
        window: int,
    ) -> None:
        if weights.shape != (1 << bits, len(heads)):
            raise ValueError(f"weights must have shape {(1 << bits, len(heads))}, got {weights.shape}")
        # float32 at run time: float16 halves the file, but summing thousands of float16 values loses precision.
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        # One contiguous column per head as well: gathering from a 1-D array is cheaper than from rows of a 2-D one.
        self._columns = [np.ascontiguousarray(self.weights[:, h]) for h in range(len(heads))]
        self.bias = np.ascontiguousarray(bias, dtype=np.float32)
        self.heads = heads
        self.bits = bits
        self.ngram_min = ngram_min
        self.ngram_max = ngram_max
        self.window = window
        self._scratch = _Scratch()

    def distinct_rows(self, text: str) -> IntArray:
        """The weight rows of the distinct n-grams of ``text`` (the feature set the model was trained on)."""
        rows, _ = hashed_rows(fold_text(text), self.bits, self.ngram_min, self.ngram_max)
        return rows[self._first_occurrences(rows)]

    def _first_occurrences(self, rows: IntArray) -> npt.NDArray[np.bool_]:
        # Every occurrence writes its position into its row's slot; exactly one position per distinct row
        # survives the scatter and reads itself back. No sort, no clearing: every slot read was written just now.
        sc = self._scratch
        if sc.table is None or sc.positions is None or len(sc.positions) < len(rows):
            sc.table = np.zeros(1 << self.bits, dtype=np.intp)
            sc.positions = np.arange(max(len(rows), 4096), dtype=np.intp)
        pos = sc.positions[: len(rows)]
        sc.table[rows] = pos
        mask: npt.NDArray[np.bool_] = sc.table[rows] == pos
        return mask

    def score(self, text: str, *, windows: bool = True) -> ClassifierScore:
        """Logits of every head; with ``windows`` also those of the most suspicious line or window."""
        if _native_score is None:
            return self.score_reference(text, windows=windows)
        sc = self._scratch
        if sc.stamps is None:
            sc.stamps = np.zeros((1 << self.bits) + 2, dtype=np.uint32)
        # An ASCII text is read in place (the core lower-cases it while folding): lower() and encode() would copy it.
        data = None if text.isascii() else text.lower().encode("utf-8", "replace")
        logits, window_logits, start, end = _native_score(
            text, data, self.weights, self.bias, sc.stamps, self.bits, self.ngram_min, self.ngram_max, self.window,
            DEFAULT_MAX_BYTES, windows)
        return ClassifierScore(self.heads, logits, window_logits, start, end)

    def score_reference(self, text: str, *, windows: bool = True) -> ClassifierScore:
        """``score`` on the numpy path: the reference the native core is tested against."""
        data, cut = _prepare(text)
        rows, sizes = hashed_rows(data, self.bits, self.ngram_min, self.ngram_max)
        if not sizes:
            logits = tuple(float(x) for x in self.bias)
            return ClassifierScore(self.heads, logits, logits, 0, len(text))
        first = rows[self._first_occurrences(rows)]
        norm = 1.0 / math.sqrt(len(first))
        logits = tuple(float(col[first].sum()) * norm + float(b) for col, b in zip(self._columns, self.bias,
                                                                                  strict=True))
        if not windows:
            return ClassifierScore(self.heads, logits, logits, 0, len(text))
        # Per-position sums over every n (occurrences, not distinct n-grams: within one line repeats are rare).
        starts, ends = segments(data, self.window)
        grams = np.sqrt(np.maximum((ends - starts).astype(np.float64) * len(sizes), 1.0))
        offsets = np.cumsum([0, *sizes])
        window_logits: list[float] = []
        best_score = -math.inf
        best = 0
        for h, col in enumerate(self._columns):
            w = col[rows]
            contrib = np.zeros(len(data) + 1, dtype=np.float64)
            for k in range(len(sizes)):
                contrib[1: sizes[k] + 1] += w[offsets[k]: offsets[k + 1]]
            csum = np.cumsum(contrib)
            wls = (csum[ends] - csum[starts]) / grams + float(self.bias[h])
            i = int(np.argmax(wls))
            window_logits.append(float(wls[i]))
            if h == len(self._columns) - 1 and wls[i] > best_score:
                best_score, best = float(wls[i]), i
        # Newlines survive the preparation, so the window's line number finds it in the input (not past a cut).
        start, end = 0, len(text)
        if not cut:
            start, end = line_span(text, int(np.count_nonzero(data[: int(starts[best])] == 10)))
        return ClassifierScore(self.heads, logits, tuple(window_logits), start, end)

    @classmethod
    def load(cls, path: str | None = None) -> LinearNgramModel:
        """Load from ``path`` or from the packaged ``injection_model.npz`` (no network, ever)."""
        if path is None:
            ref = resources.files("spanwatch.processors").joinpath(MODEL_RESOURCE)
            with ref.open("rb") as fh:
                return cls._from_npz(np.load(fh, allow_pickle=False))
        with open(path, "rb") as fh:
            return cls._from_npz(np.load(fh, allow_pickle=False))

    @classmethod
    def _from_npz(cls, data: np.lib.npyio.NpzFile) -> LinearNgramModel:
        return cls(
            data["weights"], data["bias"], tuple(str(h) for h in data["heads"]),
            bits=int(data["bits"]), ngram_min=int(data["ngram_min"]), ngram_max=int(data["ngram_max"]),
            window=int(data["window"]),
        )

    def save(self, path: str) -> None:
        np.savez_compressed(
            path, weights=self.weights.astype(np.float16), bias=self.bias, heads=np.array(self.heads),
            bits=np.array(self.bits), ngram_min=np.array(self.ngram_min), ngram_max=np.array(self.ngram_max),
            window=np.array(self.window),
        )


def line_span(text: str, line: int) -> tuple[int, int]:
    """Character range of line number ``line`` (0-based) of ``text``, without its newline."""
    start = 0
    for _ in range(line):
        nl = text.find("\n", start)
        if nl < 0:
            return 0, len(text)
        start = nl + 1
    end = text.find("\n", start)
    return start, (len(text) if end < 0 else end)


_lock = threading.Lock()
_model: LinearNgramModel | None = None


def get_model() -> LinearNgramModel:
    """The packaged model, loaded on first use (lazily, so importing the module costs nothing)."""
    global _model  # noqa: PLW0603 - a process-wide read-only cache
    if _model is None:
        with _lock:
            if _model is None:
                _model = LinearNgramModel.load()
    return _model
