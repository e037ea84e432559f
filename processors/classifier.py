"""Offline ML tier: hashed byte n-grams and a linear model, numpy only, no network.

Why this shape: a transformer guard costs 100–200 ms per text on CPU and downloads hundreds of MB at first
call (detection-anchors §2, §7.5–7.6); a TF-IDF-style linear model is sub-millisecond and ships in the wheel.
Byte n-grams (not words) need no tokenizer, work the same in every script (a quarter of the injections in the
dev set are machine-translated) and survive the spacing/punctuation tricks that break word features.

Features are computed fully vectorised: the text's UTF-8 bytes go into one numpy array, rolling polynomial
hashes of every 3-, 4- and 5-gram are built with one multiply-add per n, and a multiplicative hash picks the
weight row. Per-position contributions are kept, so a prefix sum gives the score of every window in one pass;
that is how a document (tool result, retrieved page) is scored by its most suspicious region instead of being
diluted by the benign bulk around an injected line.

The model file ``injection_model.npz`` (package data, written by ``scripts/train_classifier.py``) holds
``weights`` (float16, shape ``(2**bits, heads)``), ``bias`` (float32, ``(heads,)``), ``heads`` (names),
``bits``, ``ngram_min``, ``ngram_max``, ``window`` and an optional calibration table (``calib_*``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

MODEL_RESOURCE = "injection_model.npz"

# Odd 64-bit constants: the rolling base and one mixer per n, so a 3-gram and a 4-gram that share a rolling
# value land on different rows.
_BASE = np.uint64(0x100000001B3)
_MIX = tuple(np.uint64(m) for m in (
    0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
    0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9,
))

# Texts are cut to this many bytes (head and tail kept) before hashing: an injection sits near the start or the
# end far more often than in the middle of a 100 KB document, and the cap bounds the cost per text.
DEFAULT_MAX_BYTES = 16384

IntArray = npt.NDArray[np.intp]
FloatArray = npt.NDArray[np.float32]


def text_bytes(text: str, max_bytes: int = DEFAULT_MAX_BYTES) -> npt.NDArray[np.uint8]:
    """Lower-cased UTF-8 bytes of ``text`` as an array, head and tail kept when over ``max_bytes``."""
    raw = text.lower().encode("utf-8", "replace")
    if len(raw) > max_bytes:
        half = max_bytes // 2
        raw = raw[:half] + b" " + raw[-half:]
    return np.frombuffer(raw, dtype=np.uint8)


def ngram_rows(data: npt.NDArray[np.uint8], bits: int, ngram_min: int, ngram_max: int) -> list[IntArray]:
    """One array per n (``ngram_min``..``ngram_max``): the weight row of the n-gram starting at each byte."""
    # +1 keeps a NUL byte from hashing like "nothing"; uint64 arithmetic wraps, which is what a hash wants.
    b = data.astype(np.uint64) + np.uint64(1)
    shift = np.uint64(64 - bits)
    rows: list[IntArray] = []
    h = b
    for n in range(1, ngram_max + 1):
        if n > 1:
            if len(h) <= 1:
                break
            h = h[:-1] * _BASE + b[n - 1:]
        if n >= ngram_min:
            rows.append(((h * _MIX[n % len(_MIX)]) >> shift).astype(np.intp))
    return rows


MIN_SEGMENT = 12


def segments(data: npt.NDArray[np.uint8], window: int) -> tuple[IntArray, IntArray]:
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

    ``window_start``/``window_end`` are character offsets into the (lower-cased) input, which has the same
    length as the original for all but a few special-cased characters.
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
        calibration: dict[str, npt.NDArray[np.float64]] | None = None,
    ) -> None:
        if weights.shape != (1 << bits, len(heads)):
            raise ValueError(f"weights must have shape {(1 << bits, len(heads))}, got {weights.shape}")
        # float32 at run time: float16 halves the file, but summing thousands of float16 values loses precision.
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.heads = heads
        self.bits = bits
        self.ngram_min = ngram_min
        self.ngram_max = ngram_max
        self.window = window
        self.calibration = calibration or {}

    def score(self, text: str) -> ClassifierScore:
        data = text_bytes(text)
        n_heads = len(self.heads)
        if len(data) < self.ngram_min:
            logits = tuple(float(x) for x in self.bias)
            return ClassifierScore(self.heads, logits, logits, 0, len(text))
        parts = ngram_rows(data, self.bits, self.ngram_min, self.ngram_max)
        rows = np.concatenate(parts)
        # Presence, not counts: an n-gram repeated 200 times (a log, a table, generated code) must not outvote
        # the rest of the text. Each occurrence carries 1/(its count), so the whole-text sum is the sum over
        # distinct n-grams, and per-line sums stay approximately presence-based too.
        uniq, inverse, counts = np.unique(rows, return_inverse=True, return_counts=True)
        occ = self.weights[rows] / counts[inverse].astype(np.float32)[:, None]
        contrib = np.zeros((len(data), n_heads), dtype=np.float32)
        offset = 0
        for part in parts:
            contrib[: len(part)] += occ[offset: offset + len(part)]
            offset += len(part)
        per_gram = float(len(parts))
        total = contrib.sum(axis=0)
        logits = total / np.sqrt(max(len(uniq), 1)) + self.bias
        # The most suspicious line (long lines cut into overlapping windows): an instruction injected into a
        # table, email or code block is one line among many benign ones, so the whole-text score dilutes it.
        starts, ends = segments(data, self.window)
        csum = np.concatenate([np.zeros((1, n_heads), dtype=np.float32), np.cumsum(contrib, axis=0)])
        sums = csum[ends] - csum[starts]
        grams = np.maximum((ends - starts).astype(np.float32) * per_gram, 1.0)
        wls = sums / np.sqrt(grams)[:, None] + self.bias
        best = int(np.argmax(wls[:, -1]))
        wl = wls.max(axis=0)
        start_b, end_b = int(starts[best]), int(ends[best])
        raw = text.lower().encode("utf-8", "replace")
        start = len(raw[:start_b].decode("utf-8", "ignore"))
        end = min(len(text), start + len(raw[start_b:end_b].decode("utf-8", "ignore")))
        return ClassifierScore(self.heads, tuple(float(x) for x in logits), tuple(float(x) for x in wl), start, end)

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
        calibration = {k: np.asarray(data[k], dtype=np.float64) for k in data.files if k.startswith("calib_")}
        return cls(
            data["weights"], data["bias"], tuple(str(h) for h in data["heads"]),
            bits=int(data["bits"]), ngram_min=int(data["ngram_min"]), ngram_max=int(data["ngram_max"]),
            window=int(data["window"]), calibration=calibration,
        )

    def save(self, path: str, extra: dict[str, npt.NDArray[np.generic]] | None = None) -> None:
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "weights": self.weights.astype(np.float16), "bias": self.bias,
            "heads": np.array(self.heads), "bits": np.array(self.bits),
            "ngram_min": np.array(self.ngram_min), "ngram_max": np.array(self.ngram_max),
            "window": np.array(self.window),
        }
        for k, v in self.calibration.items():
            arrays[k] = v
        arrays.update(extra or {})
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


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
