"""The ``risk`` processor: findings, context and behaviour signals → one explained ``RiskAssessment`` and alerts.

The score is a noisy-OR over independent pieces of evidence, ``1 - Π(1 - w_i·s_i)``: each finding rule (its best
match in the interaction; ten matches of one rule are one piece of evidence) and each signal contributes its
strength ``s_i`` times a configured weight ``w_i`` in [0, 1]. The combination is monotone (evidence never lowers
the score), bounded in [0, 1], and explains itself: every term is listed in ``contributions``, largest first.
Conversation history arrives as the context stage's ``history`` signal (the decayed risk of earlier turns).
``conversation_cue`` findings (info-level Crescendo cues for the context stage) count for nothing here.

``confidence`` is the noisy-OR of the findings' own confidences (signals count 0.5 each, being indirect); with no
evidence at all it is 0.5, because silence from the detectors is weak evidence of safety.

When the score reaches ``risk_threshold`` an ``Alert`` is appended to ``batch.alerts``, at most once per
(conversation, threat type) within ``alert_dedup_window``.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import Duration
from spanwatch.processors.assessment import Alert, ContextSignal, Contribution, RiskAssessment
from spanwatch.processors.compliance import compliance_tags
from spanwatch.processors.conversation_cues import CUE_CATEGORY
from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import Interaction, MessageKind

# Weights: how much a fully confident piece of evidence of this kind says about compromise on its own. Attacks
# that act (indirect injection, exfiltration, commands) and leaked credentials weigh most; personal data alone
# is exposure, not attack, and weighs least.
DEFAULT_CATEGORY_WEIGHTS: dict[str, float] = {
    "indirect_prompt_injection": 1.0, "indirect_injection": 1.0, "data_exfiltration": 1.0, "dangerous_command": 1.0,
    "untrusted_action": 1.0, "tool_poisoning": 1.0, "egress_violation": 0.7,
    "secret": 1.0, "prompt_injection": 0.9, "injection": 0.9, "jailbreak": 0.9, "code_injection": 0.9, "payment": 0.9,
    "system_prompt_extraction": 0.8, "role_spoofing": 0.7, "payload_splitting": 0.7, "phi": 0.7,
    "social_engineering": 0.6, "impersonation": 0.6, "special_category": 0.6, "manipulation": 0.5, "pii": 0.5,
}
# Signals: multi-turn attack patterns weigh close to a direct finding; behaviour anomalies are weak on their own
# (they are unusual, not necessarily hostile) and mostly raise the score of something else.
DEFAULT_SIGNAL_WEIGHTS: dict[str, float] = {
    "tainted_action": 1.0, "escalation": 0.8, "persistence": 1.0, "near_duplicate": 0.7, "many_shot": 0.6,
    "history": 0.6, "pii_accumulation": 0.6, "topic_drift": 0.4, "repetition": 0.4, "anomaly": 0.3, "new_tool": 0.3,
    "off_hours": 0.2,
}
LEVELS = ("low", "medium", "high", "critical")
# Rule ids of the detect stage's verdict findings (processors/detect.py: one per text labelled an attack).
_VERDICT_PREFIX = "ensemble."

_WHERE = {
    MessageKind.SYSTEM: "the system prompt",
    MessageKind.USER: "the user's prompt",
    MessageKind.ASSISTANT: "the model's reply",
    MessageKind.TOOL_CALL: "tool call arguments",
    MessageKind.TOOL_RESULT: "a tool result",
    MessageKind.RETRIEVAL: "a retrieved document",
    MessageKind.REASONING: "the model's reasoning",
    MessageKind.TOOL_DEFINITION: "a tool definition",
}
_LABELS = {
    "AWS_ACCESS_KEY": "AWS access key", "AWS_SECRET_KEY": "AWS secret key", "GCP_API_KEY": "Google Cloud API key",
    "GCP_SERVICE_ACCOUNT": "Google Cloud service-account key", "GITHUB_TOKEN": "GitHub token",
    "GITLAB_TOKEN": "GitLab token", "OPENAI_API_KEY": "OpenAI API key", "ANTHROPIC_API_KEY": "Anthropic API key",
    "PRIVATE_KEY": "private key", "JWT": "JSON web token", "CONNECTION_STRING": "database connection string",
    "US_SSN": "social security number", "EMAIL": "email address", "PHONE": "phone number", "PERSON": "person name",
    "CREDIT_CARD": "card number", "CVV": "card security code", "TRACK_DATA": "magnetic-stripe track data",
    "IBAN": "IBAN", "IP_ADDRESS": "IP address", "DATE_OF_BIRTH": "date of birth",
}
_SIGNAL_ADVICE = {
    "escalation": "the conversation escalates turn by turn (Crescendo pattern): review it as a whole, "
                  "not message by message",
    "persistence": "the user keeps retrying attacks after refusals: consider ending or rate-limiting the session",
    "near_duplicate": "reworded variants of an earlier injection are being retried: block the pattern, "
                      "not the wording",
    "many_shot": "one prompt carries many faux dialogue turns (many-shot jailbreak): cap prompt length or strip "
                 "embedded dialogue before the model sees it",
    "topic_drift": "the conversation drifted into sensitive data: check what the agent may access in this session",
    "pii_accumulation": "personal data is accumulating in one conversation: check for harvesting and keep it "
                        "masked in logs",
    "new_tool": "an agent called a tool it never used before: confirm the tool is on its allowlist",
    "tainted_action": "a tool call acts on a destination that injected content in an earlier record supplied: stop "
                      "the action and review the tool result that carried it",
    "repetition": "one tool call keeps repeating: check for a loop or an agent being driven by injected content",
    "off_hours": "activity outside business hours for an entity that is normally quiet then: confirm it is expected",
}


@dataclass(frozen=True, kw_only=True)
class RiskConfig:
    # Score at which an alert is raised.
    risk_threshold: float = 0.7
    # Level boundaries: low < medium_threshold <= medium < high_threshold <= high < critical_threshold <= critical.
    medium_threshold: float = 0.3
    high_threshold: float = 0.6
    critical_threshold: float = 0.85
    # Weight of a finding per category (see DEFAULT_CATEGORY_WEIGHTS); categories not listed use finding_weight.
    category_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_CATEGORY_WEIGHTS))
    finding_weight: float = 0.7
    # Weight of a signal per kind, or per kind prefix before a dot (anomaly.*); others use signal_weight.
    signal_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SIGNAL_WEIGHTS))
    signal_weight: float = 0.3
    # A term must add at least this much to name its threat type in the assessment.
    min_threat_contribution: float = 0.1
    # One alert per (conversation, threat type) within this window; the dedup map is bounded by max_dedup_entries.
    alert_dedup_window: Duration = Duration("10m")
    max_dedup_entries: int = 100_000
    # Fill compliance_tags with the built-in mapping (the compliance processor can refine them later).
    compliance_tags: bool = True
    # A text the detect stage labels an attack (its calibrated ``ensemble.*`` verdict finding) scores at least
    # risk_threshold, so it alerts; false: the verdict weighs like any finding (weight x calibrated score).
    verdict_alerts: bool = True

    def validate(self) -> list[str]:
        problems: list[str] = []
        for key in ("risk_threshold", "medium_threshold", "high_threshold", "critical_threshold", "finding_weight",
                    "signal_weight", "min_threat_contribution"):
            value = getattr(self, key)
            if not 0.0 <= value <= 1.0:
                problems.append(f"{key} must be in [0, 1], got {value}")
        if not self.medium_threshold < self.high_threshold < self.critical_threshold:
            problems.append("medium_threshold < high_threshold < critical_threshold must hold, got "
                            f"{self.medium_threshold}, {self.high_threshold}, {self.critical_threshold}")
        for section in ("category_weights", "signal_weights"):
            for name, w in getattr(self, section).items():
                if not 0.0 <= w <= 1.0:
                    problems.append(f"{section}::{name} must be in [0, 1], got {w}")
        if self.alert_dedup_window < 0:
            problems.append(f"alert_dedup_window must be >= 0, got {self.alert_dedup_window}")
        if self.max_dedup_entries <= 0:
            problems.append(f"max_dedup_entries must be > 0, got {self.max_dedup_entries}")
        return problems


def _clamp(x: float) -> float:
    # NaN fails every comparison, so it counts as no evidence (0.0); comparisons, not isnan()/min() calls.
    return x if 0.0 <= x <= 1.0 else (1.0 if x > 1.0 else 0.0)


def noisy_or(terms: Iterable[float]) -> float:
    keep = 1.0
    for t in terms:
        keep *= 1.0 - (t if 0.0 <= t <= 1.0 else (1.0 if t > 1.0 else 0.0))  # _clamp(t), inlined
    return _clamp(1.0 - keep)


def _label(entity_type: str, rule_id: str, category: str) -> str:
    if entity_type in _LABELS:
        return _LABELS[entity_type]
    return (entity_type or rule_id.rpartition(".")[2] or category).replace("_", " ").lower()


def _where(kind: MessageKind | None, tool: str) -> tuple[str, str]:
    if kind is not None:
        where = _WHERE.get(kind, "a message")
        if tool and kind in (MessageKind.TOOL_RESULT, MessageKind.TOOL_CALL):
            where += f" of {tool}"
        return where, kind.value
    return "a message", ""


def recommendation(it: Interaction, f: Finding) -> str:
    """One concrete line for one finding type, naming where it appeared; never the matched value."""
    m = it.messages[f.message_index] if 0 <= f.message_index < len(it.messages) else None
    return _advice(f.category, f.entity_type, f.rule_id, m.kind if m else None, m.tool_name[:64] if m else "")


# A few dozen distinct lines in practice (category x entity x where); an agent re-sending its history asks for the
# same ones every turn.
@lru_cache(maxsize=4096)
def _advice(c: str, entity_type: str, rule_id: str, message_kind: MessageKind | None, tool: str) -> str:
    where, kind = _where(message_kind, tool)
    label = _label(entity_type, rule_id, c)
    untrusted = kind in (MessageKind.TOOL_RESULT.value, MessageKind.RETRIEVAL.value)
    if c == "secret":
        return f"rotate the exposed {label} and review its recent use; it appeared in {where}"
    if c == "payment":
        if entity_type in ("CVV", "TRACK_DATA", "PIN_BLOCK"):
            return (f"purge stored copies of the {label}: sensitive authentication data must never be kept "
                    f"(PCI DSS 3.3.1); it appeared in {where}")
        return f"keep the {label} masked in telemetry and out of prompts (PCI DSS 3.4); it appeared in {where}"
    if c == "phi":
        return (f"treat the {label} as PHI: restrict access and confirm the model provider is covered by a BAA; "
                f"it appeared in {where}")
    if c == "special_category":
        return f"special-category data ({label}) needs an Art. 9 basis: minimise or mask it; it appeared in {where}"
    if c == "pii":
        return f"mask the {label} in stored telemetry and check the agent needs it; it appeared in {where}"
    if c in ("prompt_injection", "injection", "indirect_prompt_injection", "indirect_injection", "role_spoofing",
             "payload_splitting"):
        if untrusted or c.startswith("indirect"):
            return (f"treat {where} as untrusted: it carries injected instructions; review the tool calls the agent "
                    "made after reading it")
        return f"review this session for prompt-injection attempts; one appeared in {where}"
    if c == "jailbreak":
        return f"check whether the model complied with the jailbreak attempt in {where} and review the conversation"
    if c == "system_prompt_extraction":
        return f"keep secrets out of the system prompt: an extraction attempt appeared in {where}"
    if c in ("dangerous_command", "code_injection"):
        return f"sandbox or block the command in {where} before any tool executes it"
    if c == "untrusted_action" and rule_id == "provenance.unrequested_action":
        return (f"review the call in {where}: the user asked only to read, and the agent acted on a value that a "
                "request in a tool result or document supplied (business-mail injection, or excessive agency)")
    if c == "untrusted_action":
        return (f"stop and review the call in {where}: it acts on a destination that only injected content "
                "supplied, not the user; treat the tool result or document it came from as hostile")
    if c == "tool_poisoning":
        return (f"disconnect the MCP server or tool package behind {where} and review the calls made since it was "
                "added: its definition tells the model to act for someone else (read secrets, change other tools, "
                "hide it from the user)")
    if c == "egress_violation":
        return (f"a host outside the egress allowlist appeared in {where}: block it at the network layer, or add it "
                "to detect.egress_allowed_domains if it is expected")
    if c == "data_exfiltration":
        return f"check egress allowlists: a data-exfiltration pattern appeared in {where}"
    if c in ("social_engineering", "manipulation", "impersonation"):
        return f"confirm any action requested in {where} out of band: it carries a {c.replace('_', '-')} attempt"
    return f"review the {c.replace('_', ' ')} finding ({label}) in {where}"


def signal_advice(s: ContextSignal) -> str:
    if s.kind in _SIGNAL_ADVICE:
        return _SIGNAL_ADVICE[s.kind]
    if s.kind.startswith("anomaly."):
        metric = s.kind.partition(".")[2].replace("_", " ")
        return f"{metric} departs from this agent's or user's baseline: check for misuse or a compromised agent"
    return f"review the {s.kind.replace('_', ' ')} signal from {s.source}"


def threshold_for_budget(benign_scores: Sequence[float], budget: float) -> float:
    """A ``risk_threshold`` whose false-alarm rate on fresh benign traffic stays within ``budget``.

    Split-conformal (arXiv 2208.02814): with n benign scores (one per conversation, its maximum), alerting at
    ``score >= t`` just above the ceil((n+1)(1-budget))-th smallest score has an expected false-alarm rate of at
    most ``budget`` on exchangeable benign data. Returns 1.0 when n is too small to promise that budget.
    """
    if not 0.0 < budget < 1.0:
        raise ValueError(f"budget must be in (0, 1), got {budget}")
    ordered = sorted(_clamp(s) for s in benign_scores)
    k = math.ceil((len(ordered) + 1) * (1.0 - budget))
    if k > len(ordered):
        return 1.0
    return min(1.0, math.nextafter(ordered[k - 1], math.inf))


class RiskProcessor:
    def __init__(self, config: RiskConfig, *, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self._clock = clock
        self._weights = {**DEFAULT_CATEGORY_WEIGHTS, **config.category_weights}
        self._signal_weights = {**DEFAULT_SIGNAL_WEIGHTS, **config.signal_weights}
        self._alerted: OrderedDict[tuple[str, str], float] = OrderedDict()

    def level(self, score: float) -> str:
        c = self.config
        if score >= c.critical_threshold:
            return "critical"
        if score >= c.high_threshold:
            return "high"
        if score >= c.medium_threshold:
            return "medium"
        return "low"

    def signal_weight(self, kind: str) -> float:
        w = self._signal_weights.get(kind)
        if w is None:
            w = self._signal_weights.get(kind.partition(".")[0], self.config.signal_weight)
        return w

    def assess(self, it: Interaction) -> RiskAssessment:
        cfg = self.config
        if not it.findings and not it.signals:
            # Most interactions carry no evidence: what the general path below computes for none, directly.
            return RiskAssessment(score=0.0, confidence=0.5, level=self.level(0.0))
        verdict_floor = cfg.risk_threshold if cfg.verdict_alerts else 0.0
        # One term per rule, its strongest weighted match (comparing weighted terms keeps the score monotone).
        best: dict[str, tuple[float, Finding]] = {}
        sure: dict[str, float] = {}  # per rule, the most confident match (kept apart so both stay monotone)
        for f in it.findings:
            if f.category == CUE_CATEGORY:  # context evidence, consumed by the context stage; never a threat here
                continue
            amount = self._weights.get(f.category, cfg.finding_weight) * _clamp(f.score)
            if verdict_floor and f.rule_id.startswith(_VERDICT_PREFIX):
                # The verdict already passed the detect threshold, picked for its false-positive rate; weighting
                # it again would let a labelled attack at 0.5-0.75 go without an alert.
                amount = max(amount, verdict_floor)
            held = best.get(f.rule_id)
            if held is None or amount > held[0]:
                best[f.rule_id] = (amount, f)
            sure[f.rule_id] = max(sure.get(f.rule_id, 0.0), _clamp(f.confidence))
        terms: list[tuple[float, str, str, str]] = []  # (amount, what, threat type, advice)
        confidences = list(sure.values())
        for amount, f in best.values():
            terms.append((amount, f"finding:{f.rule_id}", f.category, recommendation(it, f)))
        strongest: dict[str, ContextSignal] = {}
        for s in it.signals:
            held_s = strongest.get(s.kind)
            if held_s is None or s.score > held_s.score:
                strongest[s.kind] = s
        for s in strongest.values():
            amount = self.signal_weight(s.kind) * _clamp(s.score)
            threat = "" if s.kind == "history" else s.kind
            terms.append((amount, f"signal:{s.kind}", threat, "" if s.kind == "history" else signal_advice(s)))
            confidences.append(0.5)
        score = noisy_or([t[0] for t in terms])
        terms.sort(key=lambda t: (-t[0], t[1]))
        threats = sorted({t[2] for t in terms if t[2] and t[0] >= cfg.min_threat_contribution})
        advice = list(dict.fromkeys(t[3] for t in terms if t[3] and t[0] >= cfg.min_threat_contribution))
        tags = compliance_tags(it.findings, it.signals) if cfg.compliance_tags else ()
        return RiskAssessment(
            score=round(score, 4),
            confidence=round(noisy_or(confidences), 4) if confidences else 0.5,
            level=self.level(score),
            threat_types=tuple(threats),
            compliance_tags=tags,
            contributions=[Contribution(what, round(amount, 4)) for amount, what, _, _ in terms if amount > 0],
            recommendations=advice,
        )

    def process(self, batch: Batch) -> Batch:
        now = self._clock()
        self._expire(now)
        for it in batch.interactions:
            risk = self.assess(it)
            it.risk = risk
            if risk.score >= self.config.risk_threshold:
                alert = self._alert(it, risk, now)
                if alert is not None:
                    batch.alerts.append(alert)
        return batch

    def _alert(self, it: Interaction, risk: RiskAssessment, now: float) -> Alert | None:
        cfg = self.config
        conv = it.conversation_id or "trace:" + it.trace_id.hex()
        threats = risk.threat_types or ("conversation_risk",)
        fresh = False
        for threat in threats:
            key = (conv, threat)
            last = self._alerted.get(key)
            if last is None or now - last >= cfg.alert_dedup_window:
                fresh = True
                self._alerted[key] = now
                self._alerted.move_to_end(key)
        while len(self._alerted) > cfg.max_dedup_entries:
            self._alerted.popitem(last=False)
        if not fresh:
            return None
        return Alert(
            time_unix_nano=it.time_unix_nano or int(now * 1e9),
            conversation_id=it.conversation_id,
            agent_id=it.agent_id,
            agent_name=it.agent_name,
            user_id=it.user_id,
            service_name=it.service_name,
            trace_id=it.trace_id.hex(),
            span_id=it.span_id.hex(),
            score=risk.score,
            level=risk.level,
            threat_types=risk.threat_types,
            compliance_tags=risk.compliance_tags,
            summary=f"{risk.level} risk {risk.score:.2f}: {', '.join(threats)}",
            recommendations=tuple(risk.recommendations),
            rule_ids=tuple(sorted({f.rule_id for f in it.findings})),
        )

    def _expire(self, now: float) -> None:
        # Entries are kept in the order they were (re)stamped, so stale ones sit at the front.
        window = self.config.alert_dedup_window
        while self._alerted:
            last = next(iter(self._alerted.values()))
            if now - last < window:
                break
            self._alerted.popitem(last=False)


def _create(id_: ComponentID, config: RiskConfig, host: Host, signal: Signal, next_: object) -> RiskProcessor:
    return RiskProcessor(config)


FACTORY: Factory[RiskConfig] = Factory(
    type="risk",
    kind="processor",
    config_type=RiskConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Combines findings and context/behaviour signals into an explained, monotone risk score; alerts.",
    requires_before=("extract",),
)
