"""The risk processor: noisy-OR scores, levels, explanations, recommendations and deduplicated alerts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spanwatch.confmap import Duration
from spanwatch.processors.assessment import ContextSignal
from spanwatch.processors.conversation_cues import CUE_CATEGORY
from spanwatch.processors.finding import Finding
from spanwatch.processors.risk import RiskConfig, RiskProcessor, noisy_or, threshold_for_budget
from tests.processors.builders import T0, K, batch, finding, interaction, message


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> float:
        return self.t


def sig(kind: str, score: float) -> ContextSignal:
    return ContextSignal("context", kind, score)


@pytest.mark.parametrize("findings, signals, level", [
    ([], [], "low"),
    ([finding("pii", 0.5)], [], "low"),  # 0.5 x 0.5 = 0.25
    ([finding("pii", 0.9)], [], "medium"),  # 0.45
    ([finding("prompt_injection", 0.75)], [], "high"),  # 0.675
    ([finding("secret", 0.95)], [], "critical"),
    ([finding("pii", 0.9)], [sig("pii_accumulation", 0.8)], "high"),  # 1 - 0.55 x 0.52
    ([], [sig("off_hours", 0.4)], "low"),
    ([], [sig("escalation", 0.8), sig("persistence", 0.8)], "critical"),
])
def test_when_evidence_is_combined_then_level_follows(findings: list[Finding], signals: list[ContextSignal],
                                                      level: str) -> None:
    risk = RiskProcessor(RiskConfig()).assess(interaction(findings=findings, signals=signals))
    assert risk.level == level, risk.score


def test_when_one_rule_matches_many_times_then_it_counts_once() -> None:
    proc = RiskProcessor(RiskConfig())
    one = proc.assess(interaction(findings=[finding("pii", 0.9, rule_id="pii.email")]))
    ten = proc.assess(interaction(findings=[finding("pii", 0.9, rule_id="pii.email")] * 10))
    assert one.score == ten.score


_categories = st.sampled_from(["prompt_injection", "jailbreak", "secret", "pii", "payment", "unknown_thing"])
# r == 5: the detect stage's verdict finding, which risk floors at the alert threshold.
_findings = st.lists(st.builds(lambda c, s, r: finding(c, s, rule_id=f"r{r}" if r < 5 else f"ensemble.{c}"),
                               _categories, st.floats(0, 1), st.integers(0, 5)), max_size=6)
_signals = st.lists(st.builds(sig, st.sampled_from(["escalation", "history", "anomaly.tool_calls", "new_tool", "x"]),
                              st.floats(0, 1)), max_size=4)


@settings(max_examples=300, deadline=None)
@given(_findings, _signals, _findings, _signals)
def test_more_evidence_never_lowers_the_score(f1: list[Finding], s1: list[ContextSignal], f2: list[Finding],
                                               s2: list[ContextSignal]) -> None:
    proc = RiskProcessor(RiskConfig())
    base = proc.assess(interaction(findings=f1, signals=s1))
    more = proc.assess(interaction(findings=f1 + f2, signals=s1 + s2))
    assert 0.0 <= base.score <= more.score <= 1.0
    assert base.confidence <= more.confidence or not (f1 or s1)


@given(st.lists(st.floats(allow_nan=True), max_size=8))
def test_noisy_or_stays_in_range(terms: list[float]) -> None:
    assert 0.0 <= noisy_or(terms) <= 1.0


def test_when_scored_then_each_term_is_listed_largest_first() -> None:
    proc = RiskProcessor(RiskConfig())
    risk = proc.assess(interaction(findings=[finding("pii", 0.8, rule_id="pii.email"),
                                             finding("prompt_injection", 0.9, rule_id="injection.override")],
                                   signals=[sig("history", 0.5)]))
    assert [c.what for c in risk.contributions] == ["finding:injection.override", "finding:pii.email", "signal:history"]
    assert risk.contributions[0].amount == pytest.approx(0.81)
    assert risk.threat_types == ("pii", "prompt_injection")  # history explains, it is not a threat type


def test_when_a_key_leaks_through_a_tool_then_advice_names_the_tool_not_the_key() -> None:
    key = "AKIAIOSFODNN7EXAMPLE"
    it = interaction(messages=[message(K.USER, "list buckets"), message(K.TOOL_RESULT, f"key={key}", "aws_cli")],
                     findings=[finding("secret", 0.95, index=1, entity="AWS_ACCESS_KEY", value=key)])
    risk = RiskProcessor(RiskConfig()).assess(it)
    assert risk.recommendations == [
        "rotate the exposed AWS access key and review its recent use; it appeared in a tool result of aws_cli"]
    assert all(key not in r for r in risk.recommendations)


@pytest.mark.parametrize("category, entity, kind, words", [
    ("prompt_injection", "", K.TOOL_RESULT, "treat a tool result of t as untrusted"),
    ("prompt_injection", "", K.USER, "review this session for prompt-injection attempts"),
    ("payment", "CVV", K.USER, "PCI DSS 3.3.1"),
    ("payment", "CREDIT_CARD", K.ASSISTANT, "PCI DSS 3.4); it appeared in the model's reply"),
    ("phi", "MEDICAL_RECORD", K.RETRIEVAL, "PHI"),
    ("special_category", "HEALTH_CONDITION", K.USER, "Art. 9"),
    ("jailbreak", "", K.USER, "jailbreak"),
    ("something_new", "", K.USER, "review the something new finding"),
])
def test_when_findings_differ_then_advice_is_specific(category: str, entity: str, kind: K, words: str) -> None:
    it = interaction(messages=[message(kind, "text", "t")], findings=[finding(category, 0.9, entity=entity)])
    (line,) = RiskProcessor(RiskConfig()).assess(it).recommendations
    assert words in line


def test_when_score_crosses_threshold_then_one_alert_per_conversation_and_threat() -> None:
    clock = Clock()
    proc = RiskProcessor(RiskConfig(alert_dedup_window=Duration("10m")), clock=clock)

    def run(conv: str, *findings: Finding) -> int:
        b = batch(interaction(conv, findings=list(findings)))
        proc.process(b)
        return len(b.alerts)

    assert run("c1", finding("prompt_injection", 0.95)) == 1
    assert run("c1", finding("prompt_injection", 0.95)) == 0  # same conversation, same threat
    assert run("c2", finding("prompt_injection", 0.95)) == 1  # another conversation
    assert run("c1", finding("secret", 0.95)) == 1  # a new threat type in c1
    assert run("c1", finding("pii", 0.4)) == 0  # below the threshold
    clock.t += 601
    assert run("c1", finding("prompt_injection", 0.95)) == 1  # the window has passed


@pytest.mark.parametrize(("rule_id", "verdict_alerts", "score"), [
    ("ensemble.injection", True, 0.7),  # a labelled attack alerts, however close to the detect threshold
    ("ensemble.injection", False, 0.495),  # 0.9 x 0.55
    ("injection.override", True, 0.495),  # a single rule's finding is weighed, not floored
])
def test_when_the_detect_stage_labels_a_text_an_attack_then_it_alerts(rule_id: str, verdict_alerts: bool,
                                                                      score: float) -> None:
    b = batch(interaction("c1", findings=[finding("injection", 0.55, rule_id=rule_id)]))
    RiskProcessor(RiskConfig(verdict_alerts=verdict_alerts)).process(b)
    risk = b.interactions[0].risk
    assert risk is not None and risk.score == score
    assert len(b.alerts) == (score >= 0.7)


def test_when_alerting_then_the_alert_carries_context_but_no_content() -> None:
    b = batch(interaction("c9", [message(K.USER, "AKIAIOSFODNN7EXAMPLE")],
                          [finding("secret", 0.99, entity="AWS_ACCESS_KEY", value="AKIAIOSFODNN7EXAMPLE")]))
    RiskProcessor(RiskConfig()).process(b)
    (alert,) = b.alerts
    assert alert.conversation_id == "c9" and alert.level == "critical" and alert.threat_types == ("secret",)
    assert "soc2:CC7.2" in alert.compliance_tags and alert.rule_ids == ("secret.rule",)
    assert "AKIA" not in repr(alert)


def test_when_dedup_map_is_full_then_it_stays_bounded() -> None:
    proc = RiskProcessor(RiskConfig(max_dedup_entries=10))
    for i in range(50):
        proc.process(batch(interaction(f"c{i}", findings=[finding("secret", 0.99)])))
    assert len(proc._alerted) == 10


@pytest.mark.parametrize("kwargs, problem", [
    ({"risk_threshold": 1.2}, "risk_threshold must be in [0, 1], got 1.2"),
    ({"high_threshold": 0.2}, "medium_threshold < high_threshold < critical_threshold must hold, got 0.3, 0.2, 0.85"),
    ({"category_weights": {"pii": 2.0}}, "category_weights::pii must be in [0, 1], got 2.0"),
    ({"max_dedup_entries": 0}, "max_dedup_entries must be > 0, got 0"),
])
def test_when_config_is_bad_then_validate_names_key_and_constraint(kwargs: dict[str, object], problem: str) -> None:
    assert problem in RiskConfig(**kwargs).validate()  # type: ignore[arg-type]


def test_default_config_is_valid_and_weights_can_be_overridden() -> None:
    assert RiskConfig().validate() == []
    lenient = RiskProcessor(RiskConfig(category_weights={"pii": 0.1}))
    assert lenient.assess(interaction(findings=[finding("pii", 1.0)])).score == pytest.approx(0.1)


@pytest.mark.parametrize("scores, budget, threshold", [
    ([i / 100 for i in range(99)], 0.05, 0.94),  # k = ceil(100 x 0.95): the 95th smallest, 0.94; alert above it
    ([0.1] * 10, 0.05, 1.0),  # ten samples cannot promise 5 %
    ([0.2] * 200, 0.01, 0.2),
])
def test_when_calibrating_then_threshold_keeps_the_false_alarm_budget(scores: list[float], budget: float,
                                                                       threshold: float) -> None:
    t = threshold_for_budget(scores, budget)
    assert t == pytest.approx(threshold, abs=1e-6)
    assert t == 1.0 or sum(s >= t for s in scores) / len(scores) <= budget


def test_when_budget_is_out_of_range_then_calibration_refuses() -> None:
    with pytest.raises(ValueError, match=r"budget must be in \(0, 1\), got 0"):
        threshold_for_budget([0.1], 0)


def test_when_only_conversation_cues_are_present_then_they_count_for_nothing() -> None:
    # A pipeline without a context stage still sees the detect stage's info-level cues: they are not threats.
    cues = [finding(CUE_CATEGORY, 1.0, rule_id=r) for r in ("cue.harm.drugs", "cue.specific", "cue.frame")]
    assessed = RiskProcessor(RiskConfig()).assess(interaction("c", [message(K.USER, "x")], cues))
    assert assessed.score == 0.0 and assessed.confidence == 0.5 and not assessed.contributions
    alone = RiskProcessor(RiskConfig()).assess(interaction("c", [message(K.USER, "x")], [finding("jailbreak", 0.8)]))
    mixed = RiskProcessor(RiskConfig()).assess(
        interaction("c", [message(K.USER, "x")], [finding("jailbreak", 0.8), *cues]))
    assert (mixed.score, mixed.confidence, mixed.threat_types) == (alone.score, alone.confidence, alone.threat_types)
