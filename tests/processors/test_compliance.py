"""The compliance mapping: findings (category, entity type, rule-pack tags) and signals → framework tags."""

from __future__ import annotations

import pytest

from spanwatch.processors.assessment import ContextSignal
from spanwatch.processors.compliance import ComplianceConfig, ComplianceProcessor, compliance_tags
from spanwatch.processors.finding import Finding
from spanwatch.processors.risk import RiskConfig, RiskProcessor
from tests.processors.builders import batch, finding, interaction

PII_TAGS = ("owasp_llm:LLM02", "atlas:AML.T0057", "compliance:gdpr", "compliance:ccpa", "data_category:contact",
            "hipaa_identifier:email")


@pytest.mark.parametrize("f, present, absent", [
    (finding("pii", entity="EMAIL", tags=PII_TAGS),
     {"gdpr:art4", "hipaa:164.514", "owasp_llm:LLM02", "atlas:AML.T0057", "iso27001:A.8.11"},
     {"pci_dss:3.4", "soc2:CC7.2", "ccpa:spi:government_id"}),
    (finding("pii", entity="US_SSN", tags=("data_category:government_id", "hipaa_identifier:ssn")),
     {"gdpr:art4", "ccpa:spi:government_id", "hipaa:164.514"}, {"gdpr:art9:health"}),
    (finding("special_category", entity="RELIGIOUS_BELIEF", tags=("gdpr_art9:religion",)),
     {"gdpr:art9:religion", "ccpa:spi:religious_beliefs", "gdpr:art4"}, {"hipaa:164.514"}),
    (finding("special_category", entity="POLITICAL_OPINION", tags=("gdpr_art9:political_opinions",)),
     {"gdpr:art9:political_opinions"}, {"ccpa:spi:political_opinions"}),
    (finding("phi", entity="MEDICAL_RECORD", tags=("gdpr_art9:health", "hipaa_identifier:medical_record_numbers")),
     {"hipaa:164.514", "gdpr:art9:health", "ccpa:spi:health"}, set()),
    (finding("payment", entity="CREDIT_CARD", tags=("data_category:payment_card",)),
     {"pci_dss:3.4", "ccpa:spi:financial_account"}, {"pci_dss:3.3.1"}),
    (finding("payment", entity="CVV"), {"pci_dss:3.3.1"}, {"pci_dss:3.4"}),
    (finding("payment", entity="TRACK_DATA"), {"pci_dss:3.3.1"}, set()),
    (finding("secret", entity="AWS_ACCESS_KEY", tags=("data_category:credentials", "owasp_asi:ASI03")),
     {"soc2:CC7.2", "iso27001:A.8.15", "iso27001:A.8.11", "ccpa:spi:account_login", "owasp_asi:ASI03"},
     {"gdpr:art4"}),
    (finding("prompt_injection"), {"owasp_llm:LLM01", "owasp_asi:ASI01", "atlas:AML.T0051.000", "soc2:CC7.2"},
     {"gdpr:art4"}),
    (finding("indirect_prompt_injection"), {"atlas:AML.T0051.001", "owasp_asi:ASI06"}, set()),
    (finding("injection"), {"owasp_llm:LLM01", "atlas:AML.T0051.000"}, set()),  # the detect stage's ensemble
    (finding("jailbreak"), {"atlas:AML.T0054", "owasp_llm:LLM01"}, set()),
    (finding("system_prompt_extraction"), {"owasp_llm:LLM07", "atlas:AML.T0056"}, set()),
    (finding("dangerous_command"), {"owasp_llm:LLM06", "owasp_asi:ASI05"}, set()),
    (finding("mystery", tags=("owasp_llm:LLM09", "atlas:AML.T0048", "note")), {"owasp_llm:LLM09", "atlas:AML.T0048"},
     {"soc2:CC7.2"}),
])
def test_when_a_finding_is_mapped_then_its_frameworks_are_tagged(f: Finding, present: set[str],
                                                                 absent: set[str]) -> None:
    tags = compliance_tags([f], [])
    assert present <= set(tags), sorted(present - set(tags))
    assert not absent & set(tags)
    assert list(tags) == sorted(set(tags))


@pytest.mark.parametrize("kind, present", [
    ("escalation", {"owasp_llm:LLM01", "atlas:AML.T0054", "soc2:CC7.2"}),
    ("many_shot", {"owasp_llm:LLM01", "atlas:AML.T0054"}),
    ("pii_accumulation", {"owasp_llm:LLM02", "atlas:AML.T0057"}),
    ("anomaly.tool_calls", {"soc2:CC7.2", "iso27001:A.8.16", "owasp_asi:ASI10"}),
    ("new_tool", {"owasp_asi:ASI02", "owasp_llm:LLM06"}),
])
def test_when_a_signal_is_mapped_then_its_frameworks_are_tagged(kind: str, present: set[str]) -> None:
    assert present <= set(compliance_tags([], [ContextSignal("context", kind, 0.9)]))


def test_when_there_is_no_evidence_then_no_tags() -> None:
    assert compliance_tags([], []) == ()
    assert compliance_tags([], [ContextSignal("context", "history", 0.9)]) == ()  # a summary, not new evidence


def test_when_frameworks_are_restricted_then_only_those_remain() -> None:
    f = finding("pii", entity="EMAIL", tags=PII_TAGS)
    assert compliance_tags([f], [], frameworks=("gdpr",)) == ("gdpr:art4",)


def test_when_processor_runs_after_risk_then_tags_and_alerts_use_its_mapping() -> None:
    it = interaction("c", findings=[finding("secret", 0.99, rule_id="acme.badge", entity="BADGE")])
    b = batch(it)
    RiskProcessor(RiskConfig()).process(b)
    proc = ComplianceProcessor(ComplianceConfig(frameworks=("soc2", "gdpr"),
                                                extra_mappings={"rule:acme.badge": ["gdpr:art4"]}))
    proc.process(b)
    assert it.risk is not None and it.risk.compliance_tags == ("gdpr:art4", "soc2:CC7.2")
    assert b.alerts[0].compliance_tags == ("gdpr:art4", "soc2:CC7.2")


def test_when_no_risk_stage_ran_then_tags_still_have_a_home() -> None:
    it = interaction("c", findings=[finding("payment", entity="CVV")])
    ComplianceProcessor(ComplianceConfig()).process(batch(it))
    assert it.risk is not None and "pci_dss:3.3.1" in it.risk.compliance_tags and it.risk.score == 0.0


@pytest.mark.parametrize("kwargs, problem", [
    ({"frameworks": ("sox",)}, "frameworks must name known frameworks"),
    ({"extra_mappings": {"badge": ["gdpr:art4"]}}, "extra_mappings keys must start with category:"),
])
def test_when_config_is_bad_then_validate_names_key_and_constraint(kwargs: dict[str, object], problem: str) -> None:
    assert any(p.startswith(problem) for p in ComplianceConfig(**kwargs).validate())  # type: ignore[arg-type]
