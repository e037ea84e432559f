# Stub of the native scoring core (processors/_ngram.c); classifier.py is its only caller. The C code takes any
# contiguous buffer of the right format; the stub names the types classifier.py passes.
import numpy as np
import numpy.typing as npt

def score(
    data: bytes,
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
) -> tuple[tuple[float, ...], tuple[float, ...], int]: ...
