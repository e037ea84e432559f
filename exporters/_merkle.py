"""RFC 6962 Merkle tree hashing: append, roots, inclusion and consistency proofs.

The tree is Certificate Transparency's (RFC 6962 §2.1, unchanged in RFC 9162 §2.1):

- the empty tree's hash is SHA-256 of nothing;
- a leaf is SHA-256(0x00 ‖ leaf input), an interior node SHA-256(0x01 ‖ left ‖ right) — the distinct
  prefixes stop a leaf from ever being passed off as a node (second-preimage resistance);
- a tree of n > 1 leaves splits at k, the largest power of two smaller than n; nothing is duplicated.

``CompactTree`` keeps only the roots of the perfect subtrees that make up the current size (one per set bit
of n), so an append costs one leaf hash plus, amortised, one node hash, and memory is O(log n). Proofs are
built from the full list of leaf hashes (``inclusion_proof``/``consistency_proof``, offline tools) and
checked with the RFC 9162 §2.1.3.2 / §2.1.4.2 algorithms, which need only O(log n) hashes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
_sha256 = hashlib.sha256


def leaf_hash(data: bytes) -> bytes:
    return _sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return _sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class CompactTree:
    """An append-only RFC 6962 tree that remembers only its compact range (the subtree roots).

    ``_stack`` holds the roots of the perfect subtrees that make up ``size``, largest first: one per set bit of
    ``size``, so subtree heights never need storing.
    """

    __slots__ = ("_stack", "size")

    def __init__(self) -> None:
        self._stack: list[bytes] = []
        self.size = 0

    def append_leaf_hash(self, h: bytes) -> None:
        stack = self._stack
        n = self.size
        # Appending is binary increment: each trailing 1 bit of the old size is a subtree of equal height
        # waiting on its left, merged into a node one level up.
        while n & 1:
            h = _sha256(b"\x01" + stack.pop() + h).digest()
            n >>= 1
        stack.append(h)
        self.size += 1

    def append(self, data: bytes) -> None:
        """Add a leaf input (hashed with the 0x00 leaf prefix)."""
        h = _sha256(b"\x00" + data).digest()
        stack = self._stack
        n = self.size
        while n & 1:  # same as append_leaf_hash, inlined: this is the verifier's inner loop
            h = _sha256(b"\x01" + stack.pop() + h).digest()
            n >>= 1
        stack.append(h)
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        h = self._stack[-1]
        # Folding from the right equals the recursive split: the leftmost subtree is always the largest
        # power of two below the size, exactly RFC 6962's k.
        for s in reversed(self._stack[:-1]):
            h = _sha256(b"\x01" + s + h).digest()
        return h

    def state(self) -> list[tuple[int, bytes]]:
        """The compact range as (height, hash) pairs, to persist and resume without rereading every leaf."""
        heights = [b for b in range(self.size.bit_length() - 1, -1, -1) if self.size >> b & 1]
        return list(zip(heights, self._stack, strict=True))

    @classmethod
    def from_state(cls, size: int, state: Sequence[tuple[int, bytes]]) -> CompactTree:
        heights = [h for h, _ in state]
        expected = [b for b in range(size.bit_length() - 1, -1, -1) if size >> b & 1]
        if heights != expected or any(len(v) != HASH_SIZE for _, v in state):
            raise ValueError(f"compact range heights {heights} do not describe a tree of size {size}")
        tree = cls()
        tree._stack = [bytes(v) for _, v in state]
        tree.size = size
        return tree


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH(D[0:n]) over leaf hashes, by the recursive definition (reference implementation)."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = _split(n)
    return node_hash(root_of(leaf_hashes[:k]), root_of(leaf_hashes[k:]))


def inclusion_proof(leaf_hashes: Sequence[bytes], index: int) -> list[bytes]:
    """PATH(m, D[0:n]) from RFC 6962 §2.1.1: sibling hashes from the leaf up to the root."""
    n = len(leaf_hashes)
    if not 0 <= index < n:
        raise ValueError(f"index must be in [0, {n}), got {index}")
    if n == 1:
        return []
    k = _split(n)
    if index < k:
        return [*inclusion_proof(leaf_hashes[:k], index), root_of(leaf_hashes[k:])]
    return [*inclusion_proof(leaf_hashes[k:], index - k), root_of(leaf_hashes[:k])]


def consistency_proof(leaf_hashes: Sequence[bytes], old_size: int) -> list[bytes]:
    """PROOF(m, D[0:n]) from RFC 6962 §2.1.2: proves the first ``old_size`` leaves are a prefix."""
    n = len(leaf_hashes)
    if not 0 <= old_size <= n:
        raise ValueError(f"old_size must be in [0, {n}], got {old_size}")
    if old_size in (0, n):
        return []
    return _subproof(old_size, leaf_hashes, True)


def _subproof(m: int, d: Sequence[bytes], complete: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if complete else [root_of(d)]
    k = _split(n)
    if m <= k:
        return [*_subproof(m, d[:k], complete), root_of(d[k:])]
    return [*_subproof(m - k, d[k:], False), root_of(d[:k])]


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """RFC 9162 §2.1.3.2. Raises ``ValueError`` when the proof cannot belong to (index, size)."""
    if not 0 <= index < size:
        raise ValueError(f"index must be in [0, {size}), got {index}")
    if len(leaf) != HASH_SIZE or any(len(p) != HASH_SIZE for p in proof):
        raise ValueError("every hash must be 32 bytes")
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if sn == 0:
            raise ValueError("inclusion proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("inclusion proof is shorter than the tree is deep")
    return r


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> bool:
    try:
        return root_from_inclusion_proof(index, size, leaf, proof) == root
    except ValueError:
        return False


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes,
                       proof: Sequence[bytes]) -> bool:
    """RFC 9162 §2.1.4.2."""
    if not 0 <= old_size <= new_size:
        return False
    if any(len(p) != HASH_SIZE for p in proof):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof
    if not proof:
        return False
    path = list(proof)
    # When old_size is a power of two the old root is itself a node of the new tree, so the proof omits it.
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0
