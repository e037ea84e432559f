"""The ``compliance`` processor: findings and signals → compliance framework tags on ``interaction.risk``.

The mapping is data (``MAPPING`` below). Keys are selectors matched against each finding and signal:

* ``category:<category>``: the finding's category (``prompt_injection``, ``pii``, ``secret`` …);
* ``entity:<ENTITY>``: the finding's ``entity_type`` (``CREDIT_CARD``, ``CVV`` …);
* ``tag:<key>:<value>`` / ``tag:<key>:*``: a rule-pack tag as findings carry it (``gdpr_art9:health``); in the
  values of a ``*`` selector, ``{}`` stands for the tag's value;
* ``signal:<kind>`` / ``signal:<prefix>.*``: a context or behaviour signal (``escalation``, ``anomaly.*``).

Values are the framework tags, one vocabulary across frameworks (shared/reference/audit-compliance-anchors.md §2):
``gdpr:art4`` (personal data), ``gdpr:art9:<category>`` (special categories), ``ccpa:spi:<kind>`` (CPRA
1798.140(ae) sensitive personal information), ``hipaa:164.514`` (a Safe Harbor identifier), ``pci_dss:3.4``
(PAN; v4 3.4.1 display masking), ``pci_dss:3.3.1`` (sensitive authentication data: CVV, track data), ``soc2:CC7.2``
(a security event to monitor and analyse), ``iso27001:A.8.15`` (logging), ``iso27001:A.8.16`` (monitoring for
anomalous behaviour), ``iso27001:A.8.11`` (data to be masked), ``owasp_llm:LLM0x``, ``owasp_asi:ASI0x`` and
``atlas:AML.Txxxx``. Extend or override it with ``extra_mappings``; restrict the output with ``frameworks``.

The ``risk`` processor applies the same mapping when it scores, so alerts carry tags; this processor exists for
pipelines that want a custom mapping or a framework filter, and updates the batch's alerts to match.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.processors.assessment import Alert, ContextSignal, RiskAssessment
from spanwatch.processors.finding import Finding

_SECURITY_EVENT = ("soc2:CC7.2", "iso27001:A.8.15", "iso27001:A.8.16")
_MASK = ("iso27001:A.8.11",)
_INJECTION = ("owasp_llm:LLM01", "owasp_asi:ASI01", *_SECURITY_EVENT)

MAPPING: dict[str, tuple[str, ...]] = {
    # Framework tags the rule packs already name pass through in our vocabulary.
    "tag:owasp_llm:*": ("owasp_llm:{}",),
    "tag:owasp_asi:*": ("owasp_asi:{}",),
    "tag:atlas:*": ("atlas:{}",),
    # GDPR Art. 9 special categories; each is also CPRA sensitive PI (1798.140(ae)(3), (5)-(7)).
    "tag:gdpr_art9:*": ("gdpr:art4", "gdpr:art9:{}", *_MASK),
    "tag:gdpr_art9:racial_ethnic_origin": ("ccpa:spi:racial_ethnic_origin",),
    "tag:gdpr_art9:religion": ("ccpa:spi:religious_beliefs",),
    "tag:gdpr_art9:trade_union_membership": ("ccpa:spi:union_membership",),
    "tag:gdpr_art9:genetic_data": ("ccpa:spi:genetic_data",),
    "tag:gdpr_art9:health": ("ccpa:spi:health",),
    "tag:gdpr_art9:sex_life_sexual_orientation": ("ccpa:spi:sex_life_orientation",),
    # political_opinions is Art. 9 but not CPRA sensitive PI.
    # HIPAA Safe Harbor: any of the 18 identifiers makes the data PHI when it concerns health.
    "tag:hipaa_identifier:*": ("hipaa:164.514",),
    # Personal data by kind.
    "tag:data_category:contact": ("gdpr:art4", *_MASK),
    "tag:data_category:identity": ("gdpr:art4", *_MASK),
    "tag:data_category:location": ("gdpr:art4", *_MASK),
    "tag:data_category:network_id": ("gdpr:art4", *_MASK),
    "tag:data_category:device_id": ("gdpr:art4", *_MASK),
    "tag:data_category:government_id": ("gdpr:art4", "ccpa:spi:government_id", *_MASK),
    "tag:data_category:health": ("gdpr:art4", "gdpr:art9:health", "ccpa:spi:health", *_MASK),
    # CPRA lists a card or account number *with* its access code; we tag the number alone so a reviewer sees it.
    "tag:data_category:payment_card": ("gdpr:art4", "ccpa:spi:financial_account", *_MASK),
    "tag:data_category:financial": ("gdpr:art4", "ccpa:spi:financial_account", *_MASK),
    "tag:data_category:credentials": ("ccpa:spi:account_login", *_SECURITY_EVENT, *_MASK),
    # PCI DSS v4.0.1: PAN display/storage (3.4.x), sensitive authentication data never kept (3.3.1).
    "entity:CREDIT_CARD": ("pci_dss:3.4",),
    "entity:CVV": ("pci_dss:3.3.1",),
    "entity:TRACK_DATA": ("pci_dss:3.3.1",),
    "entity:PIN_BLOCK": ("pci_dss:3.3.1",),
    "entity:US_SSN": ("ccpa:spi:government_id",),
    "entity:PASSPORT": ("ccpa:spi:government_id",),
    "entity:DRIVERS_LICENSE": ("ccpa:spi:government_id",),
    # Categories, so findings without rule-pack tags (classifiers, plugins) are tagged too.
    "category:prompt_injection": (*_INJECTION, "atlas:AML.T0051.000"),
    "category:indirect_prompt_injection": (*_INJECTION, "owasp_asi:ASI06", "atlas:AML.T0051.001"),
    # The detect stage's ensemble verdicts.
    "category:injection": (*_INJECTION, "atlas:AML.T0051.000"),
    "category:indirect_injection": (*_INJECTION, "owasp_asi:ASI06", "atlas:AML.T0051.001"),
    "category:jailbreak": (*_INJECTION, "atlas:AML.T0054"),
    "category:system_prompt_extraction": ("owasp_llm:LLM07", "atlas:AML.T0056", *_SECURITY_EVENT),
    "category:role_spoofing": (*_INJECTION, "atlas:AML.T0051.000"),
    "category:payload_splitting": (*_INJECTION, "atlas:AML.T0051.000"),
    "category:social_engineering": ("owasp_llm:LLM01", "owasp_asi:ASI09", *_SECURITY_EVENT),
    "category:manipulation": ("owasp_llm:LLM01", "owasp_asi:ASI09", *_SECURITY_EVENT),
    "category:impersonation": ("owasp_llm:LLM01", "owasp_asi:ASI09", *_SECURITY_EVENT),
    "category:dangerous_command": ("owasp_llm:LLM05", "owasp_llm:LLM06", "owasp_asi:ASI02", "owasp_asi:ASI05",
                                   *_SECURITY_EVENT),
    "category:code_injection": ("owasp_llm:LLM05", "owasp_asi:ASI05", *_SECURITY_EVENT),
    "category:data_exfiltration": ("owasp_llm:LLM02", "atlas:AML.T0024", *_SECURITY_EVENT),
    "category:untrusted_action": ("owasp_llm:LLM01", "owasp_llm:LLM06", "owasp_asi:ASI01", "owasp_asi:ASI02",
                                  "atlas:AML.T0051.001", *_SECURITY_EVENT),
    # A poisoned tool definition: an injection through the agent's supply chain (an MCP server, a tool package).
    "category:tool_poisoning": ("owasp_llm:LLM01", "owasp_asi:ASI01", "owasp_asi:ASI04", "atlas:AML.T0051.001",
                                *_SECURITY_EVENT),
    "category:egress_violation": ("owasp_llm:LLM02", "owasp_llm:LLM06", "owasp_asi:ASI02", "atlas:AML.T0024",
                                  *_SECURITY_EVENT),
    "category:secret": ("owasp_llm:LLM02", "atlas:AML.T0057", *_SECURITY_EVENT, *_MASK),
    "category:pii": ("owasp_llm:LLM02", "gdpr:art4", *_MASK),
    "category:phi": ("owasp_llm:LLM02", "gdpr:art4", "hipaa:164.514", *_MASK),
    "category:payment": ("owasp_llm:LLM02", "gdpr:art4", *_MASK),
    "category:special_category": ("owasp_llm:LLM02", "gdpr:art4", *_MASK),
    # Multi-turn and behavioural evidence.
    "signal:escalation": ("owasp_llm:LLM01", "atlas:AML.T0054", *_SECURITY_EVENT),
    "signal:persistence": ("owasp_llm:LLM01", "atlas:AML.T0054", *_SECURITY_EVENT),
    "signal:many_shot": ("owasp_llm:LLM01", "atlas:AML.T0054", *_SECURITY_EVENT),
    "signal:near_duplicate": ("owasp_llm:LLM01", "atlas:AML.T0051.000", *_SECURITY_EVENT),
    "signal:topic_drift": ("owasp_llm:LLM02",),
    "signal:pii_accumulation": ("owasp_llm:LLM02", "atlas:AML.T0057", *_SECURITY_EVENT),
    "signal:anomaly.*": ("owasp_asi:ASI10", *_SECURITY_EVENT),
    "signal:new_tool": ("owasp_llm:LLM06", "owasp_asi:ASI02", *_SECURITY_EVENT),
    "signal:tainted_action": ("owasp_llm:LLM01", "owasp_llm:LLM06", "owasp_asi:ASI01", "owasp_asi:ASI02",
                              "atlas:AML.T0051.001", *_SECURITY_EVENT),
    "signal:repetition": ("owasp_asi:ASI02", "owasp_asi:ASI08", *_SECURITY_EVENT),
    "signal:off_hours": ("owasp_asi:ASI03", *_SECURITY_EVENT),
}
FRAMEWORKS = ("gdpr", "ccpa", "hipaa", "pci_dss", "soc2", "iso27001", "owasp_llm", "owasp_asi", "atlas")
_NOT_EVIDENCE = frozenset({"history"})  # a summary of earlier turns, whose own tags were given then


def _expand(values: Iterable[str], wildcard: str, out: set[str]) -> None:
    for v in values:
        out.add(v.replace("{}", wildcard) if "{}" in v else v)


# Tags depend only on a finding's category, entity type, rule and tags, and a batch repeats the same few (an agent
# re-sends its history every turn): computed once per table and key. Each entry holds its table, so the id in the
# key cannot be reused while the entry lives; the caches are cleared when they reach their bound.
_TAG_CACHE: dict[tuple[int, str, str, str, tuple[str, ...]], frozenset[str]] = {}
_TABLES: dict[int, Mapping[str, tuple[str, ...]]] = {}
# Signal tags depend only on the kind (a dozen of them): cached the same way.
_SIGNAL_CACHE: dict[tuple[int, str], frozenset[str]] = {}
_TAG_CACHE_MAX = 4096
_K = TypeVar("_K", bound=Hashable)


def finding_tags(f: Finding, table: Mapping[str, tuple[str, ...]] = MAPPING) -> frozenset[str]:
    key = (id(table), f.category, f.entity_type, f.rule_id, f.tags)
    tags = _TAG_CACHE.get(key)
    return tags if tags is not None else _remember(_TAG_CACHE, key, table, _finding_tags(f, table))


def _remember(cache: dict[_K, frozenset[str]], key: _K, table: Mapping[str, tuple[str, ...]],
              tags: set[str]) -> frozenset[str]:
    """Store a cache miss; both caches are bounded together and pin their table (its id is part of the key)."""
    if len(cache) >= _TAG_CACHE_MAX:
        _clear_caches()
    _TABLES[id(table)] = table
    cache[key] = frozen = frozenset(tags)
    return frozen


def _clear_caches() -> None:
    # Together: an entry of either cache is only valid while _TABLES holds its table (so its id is not reused).
    _TAG_CACHE.clear()
    _SIGNAL_CACHE.clear()
    _TABLES.clear()


def _finding_tags(f: Finding, table: Mapping[str, tuple[str, ...]]) -> set[str]:
    out: set[str] = set()
    _expand(table.get(f"category:{f.category}", ()), "", out)
    if f.entity_type:
        _expand(table.get(f"entity:{f.entity_type}", ()), "", out)
    _expand(table.get(f"rule:{f.rule_id}", ()), "", out)
    for tag in f.tags:
        key, _, value = tag.partition(":")
        if not value:
            continue
        _expand(table.get(f"tag:{key}:{value}", ()), value, out)
        _expand(table.get(f"tag:{key}:*", ()), value, out)
    return out


def signal_tags(s: ContextSignal, table: Mapping[str, tuple[str, ...]] = MAPPING) -> set[str]:
    return set(_cached_signal_tags(s.kind, table))


def _cached_signal_tags(kind: str, table: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    key = (id(table), kind)
    tags = _SIGNAL_CACHE.get(key)
    return tags if tags is not None else _remember(_SIGNAL_CACHE, key, table, _signal_tags(kind, table))


def _signal_tags(kind: str, table: Mapping[str, tuple[str, ...]]) -> set[str]:
    if kind in _NOT_EVIDENCE:
        return set()
    out: set[str] = set()
    _expand(table.get(f"signal:{kind}", ()), "", out)
    prefix, dot, _ = kind.partition(".")
    if dot:
        _expand(table.get(f"signal:{prefix}.*", ()), "", out)
    return out


def compliance_tags(findings: Iterable[Finding], signals: Iterable[ContextSignal], *,
                    table: Mapping[str, tuple[str, ...]] = MAPPING, frameworks: Iterable[str] = ()
                    ) -> tuple[str, ...]:
    """Sorted, de-duplicated framework tags for this evidence (``frameworks`` restricts the output)."""
    out: set[str] = set()
    tid = id(table)
    for f in findings:
        # finding_tags' cache, looked up here first: an assessment asks for every finding of a re-sent history.
        tags = _TAG_CACHE.get((tid, f.category, f.entity_type, f.rule_id, f.tags))
        out |= tags if tags is not None else finding_tags(f, table)
    for s in signals:
        out |= _cached_signal_tags(s.kind, table)
    keep = tuple(frameworks)
    if keep:
        out = {t for t in out if t.partition(":")[0] in keep}
    return tuple(sorted(out))


@dataclasses.dataclass(frozen=True, kw_only=True)
class ComplianceConfig:
    # Frameworks whose tags are kept (gdpr, ccpa, hipaa, pci_dss, soc2, iso27001, owasp_llm, owasp_asi, atlas);
    # empty keeps all.
    frameworks: tuple[str, ...] = ()
    # Extra selector → tags entries, merged over the built-in table (same selector syntax, e.g.
    # "rule:acme.badge_id": ["gdpr:art4"]).
    extra_mappings: dict[str, list[str]] = dataclasses.field(default_factory=dict)

    def validate(self) -> list[str]:
        problems: list[str] = []
        for fw in self.frameworks:
            if fw not in FRAMEWORKS:
                problems.append(f"frameworks must name known frameworks ({', '.join(FRAMEWORKS)}), got {fw!r}")
        for key in self.extra_mappings:
            kind = key.partition(":")[0]
            if kind not in ("category", "entity", "tag", "signal", "rule") or ":" not in key:
                problems.append(f"extra_mappings keys must start with category:, entity:, rule:, tag: or signal:, "
                                f"got {key!r}")
        return problems


class ComplianceProcessor:
    def __init__(self, config: ComplianceConfig) -> None:
        self.config = config
        table = dict(MAPPING)
        for key, tags in config.extra_mappings.items():
            table[key] = tuple(dict.fromkeys((*table.get(key, ()), *tags)))
        self.table = table

    def process(self, batch: Batch) -> Batch:
        by_span: dict[tuple[str, str], tuple[str, ...]] = {}
        for it in batch.interactions:
            if not it.findings and not it.signals and it.risk is None:
                continue
            tags = compliance_tags(it.findings, it.signals, table=self.table, frameworks=self.config.frameworks)
            if it.risk is None:
                # No risk stage in this pipeline: the tags still need a home the exporters read.
                it.risk = RiskAssessment(score=0.0, confidence=0.0, level="low")
            it.risk.compliance_tags = tags
            by_span[(it.trace_id.hex(), it.span_id.hex())] = tags
        if batch.alerts and by_span:
            batch.alerts = [_with_tags(a, by_span.get((a.trace_id, a.span_id))) for a in batch.alerts]
        return batch


def _with_tags(alert: Alert, tags: tuple[str, ...] | None) -> Alert:
    # The risk stage usually tagged the alert with these very tags already: a copy only when they differ.
    if tags is None or alert.compliance_tags == tags:
        return alert
    return dataclasses.replace(alert, compliance_tags=tags)


def _create(id_: ComponentID, config: ComplianceConfig, host: Host, signal: Signal, next_: object
            ) -> ComplianceProcessor:
    return ComplianceProcessor(config)


FACTORY: Factory[ComplianceConfig] = Factory(
    type="compliance",
    kind="processor",
    config_type=ComplianceConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Maps findings and signals to GDPR, CCPA, HIPAA, PCI DSS, SOC 2, ISO 27001, OWASP and ATLAS tags.",
    requires_before=("extract",),
)
