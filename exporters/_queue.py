"""Bounded sending queues: in memory, or persistent on disk.

The persistent queue is an append-only log of segment files plus a small ``ack`` file holding the watermark
(every index below it is delivered or dropped). A record is written before the receiver acknowledges the data,
so a SIGKILL or a backend outage loses nothing: after restart every record at or above the watermark is sent
again (at-least-once: a record delivered just before the crash may be sent twice). A torn record at the tail
of the last segment (crash mid-write) is detected by its CRC and truncated.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spanwatch.batch import Signal

_SIGNAL_CODES: dict[Signal, int] = {"traces": 1, "logs": 2, "metrics": 3}
_SIGNALS_BY_CODE: dict[int, Signal] = {v: k for k, v in _SIGNAL_CODES.items()}
# length, crc32(payload), index, signal code, items
_HEADER = struct.Struct("<IIQBI")
_ACK = struct.Struct("<QI")
_MAGIC = b"SWQ1"


class QueueFull(Exception):  # noqa: N818 - reads as a condition, like asyncio.QueueFull
    pass


@dataclass(slots=True)
class QueueItem:
    index: int
    signal: Signal
    items: int
    payload: bytes


class SendingQueue(Protocol):
    capacity: int

    def put(self, signal: Signal, items: int, payload: bytes) -> None: ...

    async def get(self) -> QueueItem: ...

    def done(self, item: QueueItem) -> None: ...

    def size(self) -> int: ...

    def nbytes(self) -> int: ...

    def close(self) -> None: ...


class _Waitable:
    def __init__(self) -> None:
        self._event = asyncio.Event()

    def _wake(self) -> None:
        self._event.set()

    async def _wait(self) -> None:
        await self._event.wait()
        self._event.clear()


class MemoryQueue(_Waitable):
    def __init__(self, capacity: int, max_bytes: int) -> None:
        super().__init__()
        self.capacity = capacity
        self.max_bytes = max_bytes
        self._items: collections.deque[QueueItem] = collections.deque()
        self._bytes = 0
        self._next = 0
        self._inflight = 0

    def put(self, signal: Signal, items: int, payload: bytes) -> None:
        if self.size() >= self.capacity or (self.size() and self._bytes + len(payload) > self.max_bytes):
            raise QueueFull
        self._items.append(QueueItem(self._next, signal, items, payload))
        self._next += 1
        self._bytes += len(payload)
        self._wake()

    async def get(self) -> QueueItem:
        while not self._items:
            await self._wait()
        item = self._items.popleft()
        self._inflight += 1
        if self._items:
            self._wake()
        return item

    def done(self, item: QueueItem) -> None:
        self._inflight -= 1
        self._bytes -= len(item.payload)

    def size(self) -> int:
        """Queued plus in flight: what a drain must still wait for."""
        return len(self._items) + self._inflight

    def nbytes(self) -> int:
        return self._bytes

    def close(self) -> None:
        return None


@dataclass(slots=True)
class _Entry:
    index: int
    segment: int
    offset: int
    length: int
    signal: Signal
    items: int


class PersistentQueue(_Waitable):
    """Disk-backed queue. ``put`` returns once the record is in the OS (and on disk with ``fsync``)."""

    def __init__(self, directory: Path, capacity: int, max_bytes: int, *, fsync: bool = False,
                 segment_bytes: int = 32 * 1024 * 1024) -> None:
        super().__init__()
        self.directory = directory
        self.capacity = capacity
        self.max_bytes = max_bytes
        self.fsync = fsync
        self.segment_bytes = segment_bytes
        self._pending: collections.deque[_Entry] = collections.deque()
        self._inflight = 0
        self._bytes = 0
        self._done: set[int] = set()
        self._segments: dict[int, int] = {}  # first index -> fd
        self._segment_sizes: dict[int, int] = {}
        self._active = -1
        self.recovered = 0
        self.truncated_bytes = 0
        directory.mkdir(parents=True, exist_ok=True)
        self._ack_fd = os.open(directory / "ack", os.O_RDWR | os.O_CREAT, 0o600)
        self._watermark = self._read_ack()
        self._next = self._watermark
        self._recover()

    # -- recovery --------------------------------------------------------------------------------------------

    def _read_ack(self) -> int:
        data = os.pread(self._ack_fd, _ACK.size, 0)
        if len(data) == _ACK.size:
            mark, crc = _ACK.unpack(data)
            if crc == zlib.crc32(struct.pack("<Q", mark)):
                return int(mark)
        # A missing or torn ack file means "nothing confirmed": resend everything (duplicates, never loss).
        return 0

    def _write_ack(self) -> None:
        packed = struct.pack("<Q", self._watermark)
        os.pwrite(self._ack_fd, _ACK.pack(self._watermark, zlib.crc32(packed)), 0)

    def _recover(self) -> None:
        files = sorted(self.directory.glob("seg-*.log"))
        for n, path in enumerate(files):
            first = int(path.stem[4:])
            fd = os.open(path, os.O_RDWR | os.O_APPEND)
            size = os.fstat(fd).st_size
            offset = self._scan_segment(fd, first, size, last=(n == len(files) - 1))
            if offset < size:
                self.truncated_bytes += size - offset
                os.ftruncate(fd, offset)
            self._segments[first] = fd
            self._segment_sizes[first] = offset
            self._active = first
        self.recovered = len(self._pending)
        self._gc_segments()

    def _scan_segment(self, fd: int, first: int, size: int, *, last: bool) -> int:
        offset = 0
        if size >= len(_MAGIC):
            if os.pread(fd, len(_MAGIC), 0) != _MAGIC:
                return 0
            offset = len(_MAGIC)
        while offset + _HEADER.size <= size:
            length, crc, index, code, items = _HEADER.unpack(os.pread(fd, _HEADER.size, offset))
            if offset + _HEADER.size + length > size:
                break
            payload = os.pread(fd, length, offset + _HEADER.size)
            if zlib.crc32(payload) != crc or code not in _SIGNALS_BY_CODE:
                break
            if index >= self._watermark:
                self._pending.append(_Entry(index, first, offset + _HEADER.size, length, _SIGNALS_BY_CODE[code],
                                            items))
                self._bytes += length
            self._next = max(self._next, index + 1)
            offset += _HEADER.size + length
        return offset

    # -- queue -----------------------------------------------------------------------------------------------

    def put(self, signal: Signal, items: int, payload: bytes) -> None:
        if self.size() >= self.capacity or (self.size() and self._bytes + len(payload) > self.max_bytes):
            raise QueueFull
        if self._active < 0 or self._segment_sizes[self._active] >= self.segment_bytes:
            self._new_segment()
        fd = self._segments[self._active]
        index = self._next
        record = _HEADER.pack(len(payload), zlib.crc32(payload), index, _SIGNAL_CODES[signal], items) + payload
        offset = self._segment_sizes[self._active]
        written = os.write(fd, record)
        if written != len(record):
            # Out of disk: undo the partial record so the segment stays parseable, and refuse the data.
            os.ftruncate(fd, offset)
            raise QueueFull
        if self.fsync:
            os.fsync(fd)
        self._segment_sizes[self._active] = offset + len(record)
        self._pending.append(_Entry(index, self._active, offset + _HEADER.size, len(payload), signal, items))
        self._bytes += len(payload)
        self._next += 1
        self._wake()

    def _new_segment(self) -> None:
        first = self._next
        path = self.directory / f"seg-{first:020d}.log"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        os.write(fd, _MAGIC)
        self._segments[first] = fd
        self._segment_sizes[first] = len(_MAGIC)
        self._active = first

    async def get(self) -> QueueItem:
        while not self._pending:
            await self._wait()
        entry = self._pending.popleft()
        if self._pending:
            self._wake()
        self._inflight += 1
        payload = os.pread(self._segments[entry.segment], entry.length, entry.offset)
        return QueueItem(entry.index, entry.signal, entry.items, payload)

    def done(self, item: QueueItem) -> None:
        self._inflight -= 1
        self._bytes -= len(item.payload)
        self._done.add(item.index)
        moved = False
        while self._watermark in self._done:
            self._done.discard(self._watermark)
            self._watermark += 1
            moved = True
        if moved:
            self._write_ack()
            self._gc_segments()

    def _gc_segments(self) -> None:
        firsts = sorted(self._segments)
        for first, following in itertools.pairwise(firsts):
            if following <= self._watermark and first != self._active:
                os.close(self._segments.pop(first))
                self._segment_sizes.pop(first)
                (self.directory / f"seg-{first:020d}.log").unlink(missing_ok=True)

    def size(self) -> int:
        return len(self._pending) + self._inflight

    def nbytes(self) -> int:
        return self._bytes

    def close(self) -> None:
        for fd in self._segments.values():
            if self.fsync:
                os.fsync(fd)
            os.close(fd)
        self._segments.clear()
        if self._ack_fd >= 0:
            os.close(self._ack_fd)
            self._ack_fd = -1
