"""The component model: ids, factories, and the small Protocols at the seams.

A component is one module exposing ``FACTORY``: a type id, a frozen keyword-only config dataclass whose fields
are the YAML keys, and ``create()``. Lifecycle rules (from the collector): ``start`` before data flows,
``shutdown`` idempotent, safe without ``start``, and draining.
"""

from __future__ import annotations

import builtins
import enum
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, runtime_checkable

from spanwatch.batch import SIGNALS, Batch, Signal
from spanwatch.errors import RefusedError
from spanwatch.status import StatusBoard

if TYPE_CHECKING:
    from spanwatch.telemetry import Telemetry

Kind = Literal["receiver", "processor", "exporter", "extension"]
KINDS: tuple[Kind, ...] = ("receiver", "processor", "exporter", "extension")
_ID = re.compile(r"^[a-z][a-z0-9_]*(/[A-Za-z0-9_.\-]+)?$")


class Stability(enum.StrEnum):
    DEVELOPMENT = "development"
    ALPHA = "alpha"
    BETA = "beta"
    STABLE = "stable"


@dataclass(frozen=True, slots=True, order=True)
class ComponentID:
    """``type[/name]``, e.g. ``otlp`` or ``otlp/backend-1``."""

    type: str
    name: str = ""

    @classmethod
    def parse(cls, text: str) -> ComponentID:
        if not _ID.match(text):
            raise ValueError(f'"{text}" is not a component id (use type or type/name, e.g. otlp/backend-1)')
        type_, _, name = text.partition("/")
        return cls(type_, name)

    def __str__(self) -> str:
        return f"{self.type}/{self.name}" if self.name else self.type


@runtime_checkable
class Component(Protocol):
    async def start(self) -> None: ...

    async def shutdown(self) -> None: ...


@runtime_checkable
class Consumer(Protocol):
    """Takes ownership of a batch. Returns once the data is safely handed on (queued or persisted).

    Raises ``RefusedError`` when it cannot take the data; the receiver turns that into a retryable or
    permanent refusal for the client, so nothing acknowledged is ever dropped silently.
    """

    async def consume(self, batch: Batch) -> None: ...


@runtime_checkable
class Processor(Protocol):
    """A pure ``Batch -> Batch`` function. The pipeline adds metrics, timing and chaining.

    When ``process`` raises, the pipeline counts and logs the error and passes the batch on as it was: a monitor
    must not lose the agent's telemetry to one odd record. A processor that guards data leaving (redact) sets
    ``fail_closed = True``; its failure then refuses the batch (not retryable) rather than let content out.
    """

    def process(self, batch: Batch) -> Batch: ...


class SkipBatch(Exception):  # noqa: N818 - a sentinel, like the collector's ErrSkipProcessingData
    """Raised by a processor to drop a batch on purpose (counted, not an error)."""


class Gate(Protocol):
    """Admission control consulted by receivers before they read a request body (e.g. memory_limiter)."""

    def refusal(self) -> RefusedError | None: ...


@dataclass(slots=True)
class Host:
    """What a component can see of the running service."""

    telemetry: Telemetry
    data_dir: Path
    logger: logging.Logger
    extensions: Mapping[ComponentID, object] = field(default_factory=dict)
    gates: list[Gate] = field(default_factory=list)
    status: StatusBoard = field(default_factory=StatusBoard)

    def refusal(self) -> RefusedError | None:
        for gate in self.gates:
            refused = gate.refusal()
            if refused is not None:
                return refused
        return None


C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class Factory(Generic[C]):
    """How a component type is configured and built.

    ``create(id, config, host, signal, next)``: ``signal`` and ``next`` are given to processors and receivers
    (receivers get a mapping signal → consumer); exporters and extensions ignore them.
    """

    type: str
    kind: Kind
    config_type: builtins.type[C]
    create: Callable[..., Any]
    stability: Mapping[str, Stability]
    description: str = ""
    # Processor types that must run earlier in the same pipeline (e.g. detect needs extract).
    requires_before: tuple[str, ...] = ()

    def signals(self) -> tuple[Signal, ...]:
        return tuple(s for s in SIGNALS if s in self.stability)
