"""The sending queues: bounded, and (persistent) surviving restarts and torn writes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from spanwatch.exporters._queue import MemoryQueue, PersistentQueue, QueueFull


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.new_event_loop().run_until_complete(coro)


def test_memory_queue_is_bounded_in_items_and_bytes() -> None:
    q = MemoryQueue(capacity=2, max_bytes=10)
    q.put("traces", 1, b"12345")
    with pytest.raises(QueueFull):
        q.put("traces", 1, b"1234567")  # would pass 10 bytes
    q.put("traces", 1, b"123")
    with pytest.raises(QueueFull):
        q.put("traces", 1, b"")  # 2 items already
    assert q.size() == 2 and q.nbytes() == 8


def test_persistent_queue_resends_everything_not_acknowledged_after_reopen(tmp_path: Path) -> None:
    q = PersistentQueue(tmp_path, capacity=100, max_bytes=1 << 20)
    for i in range(10):
        q.put("traces", i, f"payload-{i}".encode())

    async def take(n: int) -> list[object]:
        return [await q.get() for _ in range(n)]

    items = run(take(5))
    for item in items[:3]:
        q.done(item)  # type: ignore[arg-type]
    q.done(items[4])  # type: ignore[arg-type]  # out of order: index 3 is still in flight
    q.close()

    reopened = PersistentQueue(tmp_path, capacity=100, max_bytes=1 << 20)
    assert reopened.recovered == 7  # 3..9: the watermark stops at the in-flight index 3
    got = run(asyncio.wait_for(_drain(reopened, 7), 5))
    assert [g.payload for g in got] == [f"payload-{i}".encode() for i in range(3, 10)]
    assert [g.signal for g in got] == ["traces"] * 7
    assert [g.items for g in got] == list(range(3, 10))


async def _drain(q: PersistentQueue, n: int) -> list:  # type: ignore[type-arg]
    return [await q.get() for _ in range(n)]


def test_persistent_queue_truncates_a_torn_tail_record(tmp_path: Path) -> None:
    q = PersistentQueue(tmp_path, capacity=100, max_bytes=1 << 20)
    q.put("logs", 1, b"complete")
    q.put("logs", 1, b"will be torn")
    q.close()
    (segment,) = tmp_path.glob("seg-*.log")
    data = segment.read_bytes()
    segment.write_bytes(data[:-5])  # a crash in the middle of the second write
    reopened = PersistentQueue(tmp_path, capacity=100, max_bytes=1 << 20)
    assert reopened.recovered == 1
    assert reopened.truncated_bytes > 0
    (item,) = run(_drain(reopened, 1))
    assert item.payload == b"complete"
    # New writes after recovery continue with fresh indices and are readable after another reopen.
    reopened.put("logs", 1, b"after")
    reopened.done(item)
    reopened.close()
    again = PersistentQueue(tmp_path, capacity=100, max_bytes=1 << 20)
    assert [i.payload for i in run(_drain(again, 1))] == [b"after"]


def test_persistent_queue_deletes_fully_acknowledged_segments(tmp_path: Path) -> None:
    q = PersistentQueue(tmp_path, capacity=1000, max_bytes=1 << 30, segment_bytes=1024)
    for _ in range(50):
        q.put("traces", 1, b"x" * 200)
    assert len(list(tmp_path.glob("seg-*.log"))) > 5
    for item in run(_drain(q, 50)):
        q.done(item)
    assert len(list(tmp_path.glob("seg-*.log"))) == 1
    q.close()


def test_persistent_queue_refuses_when_full(tmp_path: Path) -> None:
    q = PersistentQueue(tmp_path, capacity=2, max_bytes=1 << 20)
    q.put("traces", 1, b"a")
    q.put("traces", 1, b"b")
    with pytest.raises(QueueFull):
        q.put("traces", 1, b"c")
    q.close()
