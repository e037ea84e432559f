"""What the stages after detection add to an Interaction: context/behaviour signals, a risk assessment, alerts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class ContextSignal:
    """A conversation- or behaviour-level observation no single message shows.

    ``source`` is ``context`` or ``behavior``; ``kind`` e.g. ``escalation``, ``persistence``, ``near_duplicate``,
    ``many_shot``, ``topic_drift``, ``pii_accumulation``, ``anomaly.request_rate``, ``new_tool``, ``off_hours``;
    ``score`` is its strength in [0, 1]; ``detail`` a short human explanation without raw content.
    """

    source: str
    kind: str
    score: float
    detail: str = ""


class Contribution(NamedTuple):
    """One term of an explained risk score (a named tuple: risk makes one per term of every assessed span)."""

    what: str  # e.g. "finding:secrets.aws_access_key_id", "signal:escalation", "history"
    amount: float


@dataclass(slots=True)
class RiskAssessment:
    score: float  # [0, 1]
    confidence: float  # [0, 1]
    level: str  # low | medium | high | critical
    threat_types: tuple[str, ...] = ()
    compliance_tags: tuple[str, ...] = ()
    contributions: list[Contribution] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Alert:
    """Handed to alert exporters (webhook, audit) when a score crosses the threshold; deduplicated upstream."""

    time_unix_nano: int
    conversation_id: str
    agent_id: str
    agent_name: str
    user_id: str
    service_name: str
    trace_id: str  # hex
    span_id: str  # hex
    score: float
    level: str
    threat_types: tuple[str, ...]
    compliance_tags: tuple[str, ...]
    summary: str
    recommendations: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
