"""``Retry-After`` parsing shared by the HTTP exporters (otlphttp, webhook): RFC 9110 allows delay-seconds or an
HTTP-date; anything else means "use the exporter's own backoff"."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime

import pytest

from spanwatch.exporters._delivery import parse_retry_after


@pytest.mark.parametrize(("value", "expected"), [
    ("7", 7.0),
    (" 30 ", 30.0),
    ("0", 0.0),
    (None, None),
    ("", None),
    ("soon", None),
    ("-5", None),       # not delay-seconds (no sign allowed) and not a date
    ("1.5", None),      # delay-seconds is an integer
])
def test_delay_seconds_and_garbage(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_http_date_in_the_future_gives_the_remaining_seconds() -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=120)
    seconds = parse_retry_after(format_datetime(when, usegmt=True))
    assert seconds is not None and 100 < seconds <= 120


def test_http_date_in_the_past_means_retry_now() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
