"""Replay a recorded conversation through the detect → context → behavior → risk stages, as the sidecar sees it.

``spanwatch eval`` uses this for conversation corpora: a multi-turn attack (Crescendo, persistence after a
refusal, a reworded injection) is only visible to the conversation stages, so scoring each turn on its own would
measure a different product from the one that runs. The replay builds the interactions an instrumented agent
would produce: each assistant reply closes one chat call whose input is the whole history so far (re-sent, as
chat APIs require) plus the new user, tool or document turns; trailing turns without a reply close a last call.

Time is simulated (calls ``turn_gap`` seconds apart, conversations ``conversation_gap`` apart, starting on a
weekday at noon UTC) so behaviour baselines see a plausible rate and the stages' clocks agree with the
interactions' timestamps. Nothing is exported: the interactions carry no OTLP record worth sending.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from spanwatch.batch import Batch, Chunk
from spanwatch.processors.behavior import BehaviorConfig, BehaviorProcessor
from spanwatch.processors.context import ContextConfig, ContextProcessor
from spanwatch.processors.detect import DetectConfig, DetectProcessor
from spanwatch.processors.finding import ATTACK_CATEGORIES
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation
from spanwatch.processors.risk import RiskConfig, RiskProcessor

__all__ = ["AgentTraceOutcome", "ReplayOutcome", "Replayer", "message_kind", "replay_agent_trace"]

# Role spellings seen in exported chats and eval corpora; anything else is read as a user turn (the strictest
# reading: user prompts get the full injection/jailbreak scan).
_KINDS: Mapping[str, MessageKind] = {
    "system": MessageKind.SYSTEM, "developer": MessageKind.SYSTEM,
    "user": MessageKind.USER, "human": MessageKind.USER,
    "assistant": MessageKind.ASSISTANT, "ai": MessageKind.ASSISTANT, "model": MessageKind.ASSISTANT,
    "bot": MessageKind.ASSISTANT, "gpt": MessageKind.ASSISTANT,
    "tool": MessageKind.TOOL_RESULT, "function": MessageKind.TOOL_RESULT, "tool_result": MessageKind.TOOL_RESULT,
    "ipython": MessageKind.TOOL_RESULT,
    "document": MessageKind.RETRIEVAL, "retrieval": MessageKind.RETRIEVAL,
    "retrieved_document": MessageKind.RETRIEVAL, "context": MessageKind.RETRIEVAL,
    "tool_call": MessageKind.TOOL_CALL, "tool_call_arguments": MessageKind.TOOL_CALL,
    "function_call": MessageKind.TOOL_CALL,
}
# What the model produced in this call is read from the output attribute; everything else (including earlier
# replies, re-sent as history) from the input attribute. The context and behavior stages tell them apart so.
_INPUT = SourceLocation(container="span", key="gen_ai.input.messages")
_OUTPUT = SourceLocation(container="span", key="gen_ai.output.messages")
_START = 1_764_158_400.0  # Wednesday 2025-11-26 12:00 UTC: inside default business hours


def message_kind(role: str) -> MessageKind:
    """The message kind a corpus role names (case-insensitive; unknown roles are user prompts)."""
    return _KINDS.get(role.strip().lower(), MessageKind.USER)


@dataclass(frozen=True, slots=True)
class ReplayOutcome:
    """How the pipeline judged one conversation.

    ``score`` is the highest risk score of any call; ``alerted`` whether a risk alert fired, and
    ``first_alert_call`` on which call (1-based; 0 = never); ``threat_types`` and ``signals`` are the union over
    the calls (finding categories and context/behavior signal kinds). ``finding_score`` is the strongest attack
    finding of any call (the detect stage alone, with no conversation stage: the baseline they improve on).
    """

    score: float
    finding_score: float
    level: str
    alerted: bool
    first_alert_call: int
    calls: int
    threat_types: tuple[str, ...]
    signals: tuple[str, ...]


class Replayer:
    """The conversation stages with a shared simulated clock; one instance replays a whole corpus in order, so
    agent baselines build up across conversations as they would in production."""

    def __init__(self, *, detect: DetectConfig | None = None, context: ContextConfig | None = None,
                 behavior: BehaviorConfig | None = None, risk: RiskConfig | None = None,
                 turn_gap: float = 20.0, conversation_gap: float = 120.0, agent: str = "eval-agent") -> None:
        self._now = _START
        clock = self._clock
        self.detect = DetectProcessor(detect or DetectConfig())
        self.context = ContextProcessor(context or ContextConfig(), clock=clock, name="eval-replay")
        self.behavior = BehaviorProcessor(behavior or BehaviorConfig(), clock=clock)
        self.risk = RiskProcessor(risk or RiskConfig(), clock=clock)
        self.turn_gap = turn_gap
        self.conversation_gap = conversation_gap
        self.agent = agent
        self._ids = itertools.count(1)
        self._empty = Chunk(message=ExportTraceServiceRequest(), raw=b"", items=1, nbytes=0)

    def _clock(self) -> float:
        return self._now

    def replay(self, conversation_id: str, turns: Iterable[tuple[str, str]]) -> ReplayOutcome:
        """Run ``(role, text)`` turns as chat calls; returns the conversation's outcome."""
        history: list[Message] = []
        pending: list[Message] = []
        best, level, alerted, first, calls, strongest = 0.0, "low", False, 0, 0, 0.0
        threats: set[str] = set()
        signals: set[str] = set()

        def call(reply: Message | None) -> None:
            nonlocal best, level, alerted, first, calls, strongest
            calls += 1
            msgs = [*history, *pending] if reply is None else [*history, *pending, reply]
            it = self._interaction(conversation_id, msgs, reply)
            batch = self.detect.process(Batch(signal="traces", interactions=[it]))
            # Read before the context stage, which consumes the conversation cues.
            strongest = max([strongest, *(f.score for f in it.findings if f.category in ATTACK_CATEGORIES)])
            for stage in (self.context, self.behavior, self.risk):
                batch = stage.process(batch)
            if it.risk is not None:
                if it.risk.score > best:
                    best, level = it.risk.score, str(it.risk.level)
                threats.update(it.risk.threat_types)
            signals.update(s.kind for s in it.signals)
            if batch.alerts and not alerted:
                alerted, first = True, calls
            self._now += self.turn_gap

        for role, text in turns:
            kind = message_kind(role)
            if kind is MessageKind.ASSISTANT:
                reply = Message(role="assistant", kind=kind, text=text, source=_OUTPUT)
                call(reply)
                history.extend(pending)
                history.append(reply._replace(source=_INPUT))
                pending.clear()
            else:
                pending.append(Message(role=role.strip().lower() or "user", kind=kind, text=text, source=_INPUT))
        if any(m.kind is not MessageKind.SYSTEM for m in pending):
            call(None)
        self._now += self.conversation_gap
        return ReplayOutcome(score=round(best, 4), finding_score=round(strongest, 4), level=level, alerted=alerted,
                             first_alert_call=first, calls=calls, threat_types=tuple(sorted(threats)),
                             signals=tuple(sorted(signals)))

    def _interaction(self, conversation_id: str, messages: list[Message], reply: Message | None) -> Interaction:
        n = next(self._ids)
        text_in = sum(len(m.text) for m in messages) - (len(reply.text) if reply else 0)
        return Interaction(
            signal="traces", chunk=self._empty, record=Span(), trace_id=n.to_bytes(16, "big"),
            span_id=n.to_bytes(8, "big"), conversation_id=conversation_id, conversation_id_source="eval",
            user_id=f"user-{conversation_id}", agent_id=self.agent, agent_name=self.agent, service_name="eval",
            operation="chat", time_unix_nano=int(self._now * 1e9), input_tokens=text_in // 4,
            output_tokens=len(reply.text) // 4 if reply else 0, messages=messages,
        )


# --- agent traces ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgentTraceOutcome:
    """Did the pipeline see an agent act on injected content? ``span`` is the strongest ``untrusted_action`` finding
    (``provenance.injected_*``, ``provenance.unrequested_action``) when the whole trace is one span
    (span-attribute instrumentations); ``events`` the same, or the ``tainted_action`` signal's score, when every
    message is its own record of one conversation (openai-v2's events mode). 0.0 when nothing was flagged."""

    span: float
    events: float


def _flag(it: Interaction) -> float:
    found = [f.score for f in it.findings if f.category == "untrusted_action"]
    found += [s.score for s in it.signals if s.kind == "tainted_action"]
    return max(found, default=0.0)


def replay_agent_trace(trace_id: str, messages: Iterable[tuple[str, str, str]], *,
                       detect: DetectProcessor | None = None) -> AgentTraceOutcome:
    """Run one agent trace - ``(kind or role, text, tool name)`` in the order they happened, tool calls as their
    argument JSON - through detect and context, as one span and as one record per message."""
    detect = detect or DetectProcessor(DetectConfig())
    msgs = []
    for role, text, tool in messages:
        kind = message_kind(role)
        # A tool call or a reply in the trace is this agent's own output; everything else was input.
        source = _OUTPUT if kind in (MessageKind.TOOL_CALL, MessageKind.ASSISTANT) else _INPUT
        msgs.append(Message(role=role, kind=kind, text=text, source=source, tool_name=tool))
    empty = Chunk(message=ExportTraceServiceRequest(), raw=b"", items=1, nbytes=0)

    def record(n: int, part: list[Message]) -> Interaction:
        return Interaction(signal="traces", chunk=empty, record=Span(), trace_id=n.to_bytes(16, "big"),
                           span_id=n.to_bytes(8, "big"), conversation_id=trace_id, time_unix_nano=n * 1_000_000,
                           messages=part)

    span_context = ContextProcessor(ContextConfig(), name="eval-agent-span")
    whole = record(1, msgs)
    span_context.process(detect.process(Batch(signal="traces", interactions=[whole])))
    events_context = ContextProcessor(ContextConfig(), name="eval-agent-events")
    events = 0.0
    for n, m in enumerate(msgs, 1):
        one = record(n, [m])
        events_context.process(detect.process(Batch(signal="traces", interactions=[one])))
        events = max(events, _flag(one))
    return AgentTraceOutcome(span=round(_flag(whole), 4), events=round(events, 4))
