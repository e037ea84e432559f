"""Errors that cross component boundaries.

The tree::

    SpanwatchError
     ├── ConfigError               config could not be loaded or is invalid (all problems listed)
     ├── RefusedError              a consumer refused data; ``retryable`` tells the receiver what to answer
     └── ExportError
          ├── RetryableExportError  the backend may accept the same data later (throttled, down, timeout)
          └── PermanentExportError  the backend will never accept this data (bad request); drop and count
"""

from __future__ import annotations


class SpanwatchError(Exception):
    pass


class ConfigError(SpanwatchError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid configuration:\n" + "\n".join(f"  {p}" for p in problems))


class RefusedError(SpanwatchError):
    """Data was not accepted. Retryable refusals tell the client to back off and send again."""

    def __init__(self, message: str, *, retryable: bool, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after


class ExportError(SpanwatchError):
    pass


class RetryableExportError(ExportError):
    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentExportError(ExportError):
    pass
