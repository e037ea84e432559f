# Stub of the native scoring core (processors/_ngram.c); classifier.py is its only caller. data is None when text
# is ASCII, else text.lower().encode("utf-8", "replace"). The C code takes any contiguous buffer of the right format
# for data, weights, bias and scratch; the stub names the types classifier.py passes.
import numpy as np
import numpy.typing as npt

def score(
    text: str,
    data: bytes | None,
    weights: npt.NDArray[np.float32],
    bias: npt.NDArray[np.float32],
    scratch: npt.NDArray[np.uint32],
    bits: int,
    ngram_min: int,
    ngram_max: int,
    window: int,
    max_bytes: int,
    windows: bool,
    /,
) -> tuple[tuple[float, ...], tuple[float, ...], int, int]: ...
