"""On-disk layout of an audit directory, shared by the writer and the verifier.

::

    <directory>/
      segment-000000000000.jsonl.gz   sealed segments: one canonical record per line, gzip-compressed
      segment-000000120000.jsonl      the active segment (named by its first seq), appended in place
      checkpoints.jsonl               signed checkpoints, one canonical JSON object per line, hash-linked
      state.json                      the writer's resume point at the last seal (never trusted by verify)
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

CHECKPOINTS = "checkpoints.jsonl"
STATE = "state.json"
_SEGMENT = re.compile(r"^segment-(\d{12})\.jsonl(\.gz)?$")


@dataclass(frozen=True, slots=True)
class SegmentFile:
    path: Path
    first_seq: int
    sealed: bool

    @property
    def name(self) -> str:
        return self.path.name


def segment_name(first_seq: int) -> str:
    return f"segment-{first_seq:012d}.jsonl"


def list_segments(directory: Path) -> list[SegmentFile]:
    """Segments in seq order. When a crash left both ``x.jsonl`` and ``x.jsonl.gz`` the plain file wins: the
    compressed copy may be incomplete, the plain one is only deleted after the copy is durable."""
    found: dict[int, SegmentFile] = {}
    if not directory.is_dir():
        return []
    for entry in directory.iterdir():
        m = _SEGMENT.match(entry.name)
        if m is None:
            continue
        seg = SegmentFile(entry, int(m.group(1)), m.group(2) is not None)
        prev = found.get(seg.first_seq)
        if prev is None or prev.sealed:
            found[seg.first_seq] = seg
    return [found[k] for k in sorted(found)]


def read_lines(seg: SegmentFile) -> list[bytes]:
    """Every line of a segment, a last line without its newline included (it is a torn write)."""
    data = gzip.decompress(seg.path.read_bytes()) if seg.sealed else seg.path.read_bytes()
    if not data:
        return []
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines


def ends_with_newline(seg: SegmentFile) -> bool:
    data = gzip.decompress(seg.path.read_bytes()) if seg.sealed else seg.path.read_bytes()
    return not data or data.endswith(b"\n")
