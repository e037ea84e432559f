"""Shutdown of the delivery helper when a send swallows its cancellation.

Client libraries sometimes turn a cancelled request into their own connection error, and on Python 3.11
``asyncio.wait_for`` can lose a cancellation that arrives as the inner call finishes. Either way the consumer's
shutdown cancel is gone; before the fix it went on retrying an unreachable backend forever and shutdown never
returned (a CI run hung for the whole 600 s test timeout).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from spanwatch.component import ComponentID, Host
from spanwatch.confmap import Duration
from spanwatch.exporters._delivery import Delivery, QueueConfig, RetryConfig
from spanwatch.telemetry import Telemetry


class CancelSwallowingSender:
    """Every attempt fails (the backend is down), and a cancel during an attempt comes out as a plain error."""

    def __init__(self) -> None:
        self.attempts = 0

    async def send(self, signal: str, payload: bytes, items: int) -> int:
        self.attempts += 1
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            raise ConnectionError("request aborted") from None
        raise ConnectionError("connection refused")

    async def close(self) -> None:
        return None


def test_shutdown_returns_even_when_a_send_swallows_the_cancel(tmp_path: Path) -> None:
    host = Host(telemetry=Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test.delivery"))
    sender = CancelSwallowingSender()
    delivery = Delivery(ComponentID("otlp"), sender, host,  # type: ignore[arg-type]
                        queue=QueueConfig(num_consumers=1, drain_timeout=Duration("50ms")),
                        retry=RetryConfig(initial_interval=Duration("1ms"), max_interval=Duration("1ms"),
                                          max_elapsed_time=Duration("0s")),
                        timeout=5.0)

    async def run() -> None:
        await delivery.start()
        assert delivery.queue is not None
        delivery.queue.put("traces", 1, b"payload")
        while sender.attempts < 3:  # retrying: the backend is down
            await asyncio.sleep(0.01)
        await asyncio.wait_for(delivery.shutdown(), 5.0)

    asyncio.run(run())
    attempts = sender.attempts
    assert attempts >= 3
    assert delivery._tasks == []
