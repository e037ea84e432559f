"""The ``detect`` processor: every threat detector and the ML tier over each message, once.

Per message: normalise once (``normalize``), scan the rule engine once (the result is memoised on the
normalised text, so all rule-backed detectors share one multi-pattern pass), run each enabled detector, then
combine the evidence into one calibrated score per text:

    z = w · [classifier logits, strongest rule/heuristic score per family, obfuscation flags] + b

fitted by ``scripts/fit_calibration.py`` on the development set with held-out classifier logits (attacks from
models that did not see the text, benign prompts from models that did not see their *source*, so the weights
reflect how the classifier does on traffic unlike its training data; that script says why) and shifted so that
``z = 0`` sits at the benign-FPR budget (1 % for prompts on unseen benign sources, 2 % for tool
results/documents). ``score = sigmoid(z)``: 0.5 is the
decision threshold. When the calibrated score passes it, one ``ensemble.*`` finding summarises the verdict for
the message, next to the individual rule findings that explain it.

:func:`analyze_text` is the same path for one bare text (the eval CLI uses it).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import operator
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeGuard

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.processors._mention import (
    blank_defended,
    blank_quotes,
    defended_mention,
    discussed_mention,
    operator_mentions,
    quoted_mention,
    refused_turns,
)
from spanwatch.processors._threat import DATA_KINDS, RuleBackedDetector, heuristic_finding
from spanwatch.processors.classifier import ClassifierScore, get_model
from spanwatch.processors.codeshape import code_share, in_inline_code, on_program_lines
from spanwatch.processors.conversation_cues import ConversationCueDetector
from spanwatch.processors.detector import Detector
from spanwatch.processors.finding import ATTACK_CATEGORIES, Finding, Severity
from spanwatch.processors.indirect_injection import IndirectInjectionDetector
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation
from spanwatch.processors.jailbreak import JailbreakDetector
from spanwatch.processors.malicious_content import MaliciousContentDetector
from spanwatch.processors.normalize import OBFUSCATION_FLAGS, NormalizedText, normalize, prepare
from spanwatch.processors.prompt_injection import PromptInjectionDetector
from spanwatch.processors.registry import DetectorRegistry, RegistryError
from spanwatch.processors.rule_detector import RuleDetector
from spanwatch.processors.rules import RulePack, RuleSet, load_builtin_packs, return_freed_memory
from spanwatch.processors.social_engineering import SocialEngineeringDetector
from spanwatch.processors.system_prompt_leakage import DEFAULT_MIN_OVERLAP, SystemPromptLeakageDetector
from spanwatch.processors.tool_poisoning import ToolPoisoningDetector
from spanwatch.processors.tool_provenance import ToolProvenanceDetector

__all__ = [
    "DEFAULT_DETECTORS",
    "FACTORY",
    "THREAT_DETECTORS",
    "DetectConfig",
    "DetectProcessor",
    "TextVerdict",
    "analyze_text",
    "text_features",
]

CALIBRATION_RESOURCE = "calibration.json"
THREAT_DETECTORS = ("prompt_injection", "indirect_injection", "jailbreak", "social_engineering",
                    "malicious_content", "system_prompt_leakage", "tool_provenance", "tool_poisoning")
# Sensitive-data detectors (secrets, PII/PHI/PCI) run in the same pass over the same compiled rule set, and so do
# the conversation cues (info-severity evidence for the context stage, never a threat: processors/conversation_cues).
DEFAULT_DETECTORS = ("secrets", "sensitive_data", *THREAT_DETECTORS, "conversation_cues")
# Below this many characters the prompt logit counts proportionally less (see ``text_features``).
SHORT_TEXT_CHARS = 320
# From this rule score on, a negative classifier logit no longer lowers a prompt's score (see ``text_features``).
NO_VETO_RULE_SCORE = 0.55
_ML_KINDS = frozenset({MessageKind.USER, MessageKind.TOOL_CALL, MessageKind.TOOL_RESULT, MessageKind.RETRIEVAL})
_ENSEMBLE_TAGS = {
    "injection": ("owasp_llm:LLM01", "owasp_asi:ASI01", "atlas:AML.T0051.000"),
    "jailbreak": ("owasp_llm:LLM01", "owasp_asi:ASI01", "atlas:AML.T0054"),
    "indirect_injection": ("owasp_llm:LLM01", "owasp_asi:ASI01", "owasp_asi:ASI06", "atlas:AML.T0051.001"),
}


@dataclass(frozen=True, kw_only=True)
class DetectConfig:
    # Detectors to run, by registry name: built-ins (secrets, sensitive_data and THREAT_DETECTORS) or plugins
    # from the spanwatch.detectors entry-point group.
    detectors: tuple[str, ...] = DEFAULT_DETECTORS
    # Built-in rule packs to compile (names of config/rules/*.yaml); empty = all of them.
    builtin_packs: tuple[str, ...] = ()
    # Extra rule pack files (YAML, same schema), compiled into the same single database.
    rule_packs: tuple[str, ...] = ()
    # Findings scoring below this are dropped (each rule's own min_score applies first).
    min_score: float = 0.5
    # Run the offline classifier and the calibrated ensemble (false = rule findings only).
    ml: bool = True
    # Decision threshold on the calibrated score; 0.5 is the benign-FPR budget (1 % prompts, estimated on benign
    # sources the model never saw; 2 % data). Lower it for more recall at more false alarms.
    threshold: float = 0.5
    # Canary strings planted in system prompts; any output echoing one is a leak.
    canaries: tuple[str, ...] = ()
    # Share of the system prompt's word 5-grams an output must reproduce to count as a leak.
    leakage_min_overlap: float = DEFAULT_MIN_OVERLAP
    # Egress allowlist (tool_provenance): when set, a destination host in tool-call arguments, or an image URL in a
    # model's reply, must be one of these domains or a subdomain of one. Empty: no egress policy.
    egress_allowed_domains: tuple[str, ...] = ()
    # Characters scanned per message (head and tail kept beyond it).
    max_scan_chars: int = 32768
    # Regex engine: auto (Hyperscan if installed, else RE2), hyperscan or re2.
    regex_engine: str = "auto"
    # When Hyperscan's databases are not in the cache yet: "serve" scans with RE2 (same findings, slower) while
    # they compile in the background (~1 min on 2 cores), "wait" compiles them before the processor starts.
    regex_cold_start: str = "serve"
    # Verdict cache (per thread): texts already scored as the same message kind are not scored again. Bounded
    # by entries and by the approximate bytes held (text, normalised views, findings); 0 entries disables it.
    cache_entries: int = 65536
    cache_bytes: int = 64 * 1024 * 1024

    def validate(self) -> list[str]:
        problems: list[str] = []
        known = set(_registry().names())
        unknown = [d for d in self.detectors if d not in known]
        if unknown:
            problems.append(f"detectors: unknown {unknown} (known: {', '.join(sorted(known))})")
        for key in ("min_score", "threshold", "leakage_min_overlap"):
            v = getattr(self, key)
            if isinstance(v, bool) or not isinstance(v, int | float) or not 0.0 <= float(v) <= 1.0:
                problems.append(f"{key} must be in [0, 1], got {v!r}")
        if self.max_scan_chars <= 0:
            problems.append(f"max_scan_chars must be > 0, got {self.max_scan_chars}")
        if self.regex_engine not in ("auto", "hyperscan", "re2"):
            problems.append(f"regex_engine must be auto, hyperscan or re2, got {self.regex_engine!r}")
        if self.regex_cold_start not in ("serve", "wait"):
            problems.append(f"regex_cold_start must be serve or wait, got {self.regex_cold_start!r}")
        for key in ("cache_entries", "cache_bytes"):
            v = getattr(self, key)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                problems.append(f"{key} must be an integer >= 0, got {v!r}")
        if any(not c for c in self.canaries):
            problems.append("canaries: must be non-empty strings")
        bad = [d for d in self.egress_allowed_domains if not _DOMAIN.fullmatch(d)]
        if bad:
            problems.append(f"egress_allowed_domains: {bad} are not domain names; write bare hosts such as "
                            "'api.example.com' or 'example.com' (subdomains are allowed too), no scheme, path or port")
        return problems


# A host name as an allowlist entry: lower-case labels, at least one dot or a single label such as "localhost".
_DOMAIN = re.compile(r"(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")


_reg_lock = threading.Lock()
_reg: DetectorRegistry | None = None


def _registry() -> DetectorRegistry:
    """Built-ins plus entry-point plugins, discovered once (a broken plugin fails config validation)."""
    global _reg  # noqa: PLW0603 - process-wide, read-only after discovery
    if _reg is None:
        with _reg_lock:
            if _reg is None:
                reg = DetectorRegistry()
                try:
                    reg.discover()
                except RegistryError:
                    reg = DetectorRegistry()  # the loader reports plugin problems; built-ins still validate
                _reg = reg
    return _reg


# ---------------------------------------------------------------------------------------------- calibration


@dataclass(frozen=True, slots=True)
class _Calibrator:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError(f"calibration has {len(self.features)} features but {len(self.weights)} weights")

    def logit(self, feats: dict[str, float]) -> float:
        # sum(w * x, in feature order), its products formed in C rather than in a generator's frames.
        total: float = sum(map(operator.mul, self.weights, map(feats.get, self.features, _ZEROS)))
        return self.bias + total


_ZEROS = itertools.repeat(0.0)  # the default of every feats.get above, for as many features as there are


# Used only when no calibration file ships (e.g. while fitting it): rules decide, the classifier nudges.
_FALLBACK = {
    "direct": _Calibrator(("clf", "rule_injection", "rule_jailbreak", "rule_social", "obfuscation"),
                          (0.15, 6.0, 6.0, 4.0, 0.5), -3.5),
    "data": _Calibrator(("clf_doc_seg", "rule_indirect", "structure", "obfuscation"), (0.15, 6.0, 5.0, 0.5), -3.5),
}
_cal_lock = threading.Lock()
_calibration: dict[str, _Calibrator] | None = None


def load_calibration(path: str | None = None) -> dict[str, _Calibrator]:
    """The ``direct`` and ``data`` calibrators from ``path`` or the packaged ``calibration.json``."""
    try:
        if path is None:
            raw = resources.files("spanwatch.processors").joinpath(CALIBRATION_RESOURCE).read_text("utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
    except FileNotFoundError:
        return dict(_FALLBACK)
    data: dict[str, Any] = json.loads(raw)
    return {k: _Calibrator(tuple(v["features"]), tuple(float(x) for x in v["weights"]), float(v["bias"]))
            for k, v in data.items() if k in ("direct", "data")}


def _get_calibration() -> dict[str, _Calibrator]:
    global _calibration  # noqa: PLW0603 - process-wide read-only cache
    if _calibration is None:
        with _cal_lock:
            if _calibration is None:
                _calibration = load_calibration()
    return _calibration


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


# The feature each detector's strongest score goes to.
_PROMPT_FAMILY_DETECTORS = frozenset({"prompt_injection", "jailbreak", "social_engineering"})
_FAMILY = {"prompt_injection": "rule_injection", "jailbreak": "rule_jailbreak", "social_engineering": "rule_social",
           "malicious_content": "rule_malicious", "indirect_injection": "rule_indirect"}
_ROLE_SPOOFING = "injection.role_spoofing"
_COMBO = ".concepts."  # the rule ids of the concept combinations
_DISCUSSION, _REFUSAL = "concept.discussion", "concept.refusal"  # the evidence of _Engine._unsaid
# The prompt packs' rules, reported by their own detectors on prompts and by indirect_injection on tool results.
_PROMPT_PACKS = ("injection.", "jailbreak.", "social.")


def _prompt_family(f: Finding) -> bool:
    return f.detector in _PROMPT_FAMILY_DETECTORS or f.rule_id.startswith(_PROMPT_PACKS)


def text_features(kind: MessageKind, norm: NormalizedText, findings: Sequence[Finding],
                  clf: ClassifierScore | None) -> dict[str, float]:
    """The calibration inputs for one text: classifier logits, per detector family the noisy-or of its rules'
    strongest scores, obfuscation flags."""
    feats: dict[str, float] = {
        "rule_injection": 0.0, "rule_jailbreak": 0.0, "rule_social": 0.0, "rule_malicious": 0.0,
        "rule_indirect": 0.0, "structure": 0.0,
    }
    best: dict[tuple[str, str], float] = {}
    for f in findings:
        key = _FAMILY.get(f.detector)
        if key is None:
            continue
        if f.rule_id == "indirect.out_of_place_instruction":
            feats["structure"] = max(feats["structure"], f.score)
        elif f.score > best.get((key, f.rule_id), 0.0):
            best[key, f.rule_id] = f.score
    # Distinct rules of a family are separate cues (a persona, a token penalty and refusal suppression in one
    # template): noisy-or, so several weak mechanics count for more than one. The patterns of one rule are
    # variants of one cue: only the strongest counts.
    for (key, _), score in best.items():
        feats[key] = 1.0 - (1.0 - feats[key]) * (1.0 - score)
    feats["obfuscation"] = float(len(norm.flags & OBFUSCATION_FLAGS)) if norm.flags else 0.0
    if clf is not None:
        prompt, document = clf.heads.index("prompt"), clf.heads.index("document")
        feats["clf"] = clf.logits[prompt]
        feats["clf_seg"] = clf.window_logits[prompt]
        feats["clf_doc"] = clf.logits[document]
        feats["clf_doc_seg"] = clf.window_logits[document]
        # The prompt logit shrunk towards 0 for short texts: a logit from a few dozen n-grams is mostly noise
        # ("ignore the typo above" shares its strongest n-grams with an override), and short overrides are what
        # the rules catch anyway.
        feats["clf_conf"] = feats["clf"] * min(1.0, len(norm.text) / SHORT_TEXT_CHARS)
        # Its evidence for an attack counts for the prose share only: code, shell and markup read as attacks to a
        # model trained on prose prompts (processors/codeshape.py).
        if feats["clf_conf"] > 0.0:
            feats["clf_conf"] *= 1.0 - code_share(norm.text)
        # A prompt-family rule finding is evidence the classifier may add to but not veto: its negative logits on
        # attacks unlike the development set (in-the-wild jailbreak templates) would otherwise cancel the rule.
        # Leave-one-source-out recall at 1 % FPR 0.295 -> 0.361, the shifted-fit estimate unchanged (0.606).
        if max(feats["rule_injection"], feats["rule_jailbreak"], feats["rule_social"]) >= NO_VETO_RULE_SCORE:
            feats["clf_conf"] = max(feats["clf_conf"], 0.0)
    return feats


# ---------------------------------------------------------------------------------------------- engine


@dataclass(frozen=True, slots=True)
class TextVerdict:
    """The verdict on one text: calibrated ``score`` in [0, 1] (>= threshold means attack), ``label``
    (``benign``, ``injection``, ``jailbreak``, ``indirect_injection`` or, for a tool definition, ``tool_poisoning``)
    and the findings behind it."""

    score: float
    label: str
    findings: tuple[Finding, ...] = field(default=())
    features: dict[str, float] = field(default_factory=dict)


def _label(kind: MessageKind, feats: dict[str, float]) -> str:
    if kind in DATA_KINDS:
        return "indirect_injection"
    if kind is MessageKind.TOOL_DEFINITION:
        return "tool_poisoning"
    # Jailbreak when its evidence is the strongest rule family; classifier-only verdicts default to injection.
    if feats["rule_jailbreak"] > max(feats["rule_injection"], feats["rule_social"]):
        return "jailbreak"
    return "injection"


# Jailbreak mechanics an operator sets on purpose in its own system prompt: a persona ("You are Luna ... stay in
# character, never say you are an AI"), output rules ("respond only with JSON, no apologies, no disclaimers"), no
# refusals within the app's scope. One of them alone, or two output rules without a persona ("respond only with JSON;
# no apologies, no disclaimers"), flagged 6 of 160 production-style system prompts (session 29) and 2 of 60 with an
# attack in them; a jailbreak placed there stacks a persona with another mechanic, stacks three, or says what no
# operator needs (safety talk banned, a dual output, tags).
_OPERATOR_MECHANICS = frozenset({"jailbreak.persona", "jailbreak.persona_setup", "jailbreak.refusal_suppression",
                                 "jailbreak.template_mechanics"})
_PERSONA_MECHANICS = frozenset({"jailbreak.persona", "jailbreak.persona_setup"})
_STACKED_MECHANICS = 3
_HEAD_CHARS = 40


def _operator_setup(text: str, found: list[Finding]) -> list[Finding]:
    """A system prompt's findings without what its operator is entitled to write: the jailbreak mechanics above
    unless stacked or joined by a stronger jailbreak rule, and any attack phrase the prompt mentions rather than
    uses (a defensive rule naming it, "if a user says 'ignore your previous instructions', decline"; a quoted
    example in a classifier's instructions), read one finding at a time: a prompt holds many rules."""
    # The prompt's own role tag at its head ("<system> You are TermMate ...") is its wrapper, not a spoofed turn.
    head = len(text) - len(text.lstrip()) + _HEAD_CHARS
    found = [f for f in found if f.rule_id != _ROLE_SPOOFING or f.start >= head]
    weak = {f.rule_id for f in found if f.rule_id in _OPERATOR_MECHANICS}
    strong = any(f.detector == "jailbreak" and f.rule_id not in _OPERATOR_MECHANICS for f in found)
    stacked = len(weak) >= _STACKED_MECHANICS or (len(weak) >= 2 and bool(weak & _PERSONA_MECHANICS))
    if weak and not strong and not stacked:
        found = [f for f in found if f.rule_id not in weak]
    family = [f for f in found if _prompt_family(f)]
    if not family:
        return found
    mentioned = {id(f) for f, said in zip(family, operator_mentions(text, [(f.start, f.end) for f in family]),
                                          strict=True) if said}
    return [f for f in found if id(f) not in mentioned]


def _text_only(det: Detector) -> TypeGuard[RuleBackedDetector | RuleDetector]:
    """True when ``det``'s findings depend on the message text alone: a rule-backed or rule detector whose ``scan``
    is the base class's (a plugin subclass that overrides ``scan`` may read the interaction)."""
    return (isinstance(det, RuleBackedDetector) and type(det).scan is RuleBackedDetector.scan) or (
        isinstance(det, RuleDetector) and type(det).scan is RuleDetector.scan)


def _matches_only(det: RuleBackedDetector | RuleDetector, rules: RuleSet) -> bool:
    """True when ``det``'s findings are matches of ``rules`` alone (no finding on a text none of them matched):
    it scans ``rules`` and keeps the base class's ``scan_text``, ``matches`` and ``findings`` or ``extra``."""
    if det.rules is not rules:
        return False
    cls = type(det)
    if isinstance(det, RuleBackedDetector):
        base: type[RuleBackedDetector | RuleDetector] = RuleBackedDetector
        hook = "extra"
    else:
        base, hook = RuleDetector, "findings"
    return all(getattr(cls, name) is getattr(base, name) for name in ("scan_text", "matches", hook))


class _Engine:
    """Compiled rule set + detector instances; one per thread (Hyperscan scratch space is per database)."""

    def __init__(self, config: DetectConfig) -> None:
        self.config = config
        names = config.builtin_packs or None
        packs = load_builtin_packs(names)
        packs.extend(RulePack.load(p) for p in config.rule_packs)
        self.rules = RuleSet.compile(packs, engine=config.regex_engine,
                                     background=config.regex_cold_start == "serve")
        table: dict[str, Detector] = {
            "prompt_injection": PromptInjectionDetector(rules=self.rules),
            "indirect_injection": IndirectInjectionDetector(rules=self.rules),
            "jailbreak": JailbreakDetector(rules=self.rules),
            "social_engineering": SocialEngineeringDetector(rules=self.rules),
            "malicious_content": MaliciousContentDetector(rules=self.rules),
            "system_prompt_leakage": SystemPromptLeakageDetector(
                canaries=config.canaries, min_overlap=config.leakage_min_overlap),
            "conversation_cues": ConversationCueDetector(rules=self.rules),
            "tool_provenance": ToolProvenanceDetector(egress_allowed_domains=config.egress_allowed_domains),
            "tool_poisoning": ToolPoisoningDetector(rules=self.rules),
        }
        self.detectors = [table[d] if d in table else self._create(d) for d in config.detectors]
        # Rule-backed detectors (the threat families, and the secrets and sensitive-data rule detectors) read only
        # the text, so their findings can be cached by text and analyze_text reports them; the others (leakage
        # compares with the system prompt, plugins may read anything) see the interaction and run every time.
        self.text_detectors: list[RuleBackedDetector | RuleDetector] = [
            d for d in self.detectors if _text_only(d)]
        self.context_detectors = [d for d in self.detectors if not _text_only(d)]
        # The text detectors with something to say about a text no rule matched (a heuristic of their own, or rules
        # of another rule set), in the same order: the only ones text_verdict runs on such texts, which most are.
        self.unmatched_detectors = [d for d in self.text_detectors if not _matches_only(d, self.rules)]
        self.cache = _VerdictCache(config.cache_entries, config.cache_bytes)
        # Normalising's lazily built tables too: compiled with the rules, not in the first batch (~0.25 s).
        prepare()

    def _create(self, name: str) -> Detector:
        reg = _registry()
        try:
            # Rule-backed detectors share this rule set, so the text is scanned once for all of them.
            return reg.create(name, rules=self.rules)
        except TypeError:
            return reg.create(name)

    def _keep(self, findings: list[Finding], text: str) -> list[Finding]:
        """The findings that count: threat findings from ``min_score`` on, and no role tag inside a program."""
        kept = [f for f in findings if f.score >= self.config.min_score or f.detector not in THREAT_DETECTORS]
        # A role tag inside a program is the program's prompt ("messages=[{"role": "system", ...}]" in a pasted
        # snippet or a file a coding agent read), not a turn planted for the model: the OpenAI SDK's own examples
        # were flagged for it, as prompts and as tool results.
        # So is one quoted as an identifier in documentation ("rendered as `<system>`-tagged user content").
        spoofs = [(f.start, f.end) for f in kept if f.rule_id == _ROLE_SPOOFING]
        if spoofs and (on_program_lines(text, spoofs) or in_inline_code(text, spoofs)):
            kept = [f for f in kept if f.rule_id != _ROLE_SPOOFING]
        return kept

    def text_verdict(self, message: Message, norm: NormalizedText, index: int = 0) -> TextVerdict:
        """The verdict from the text alone: rule-backed detectors, the classifier and the calibrated ensemble."""
        detectors = self.text_detectors
        # The scan is memoised on norm: the detectors that report rule matches read this same result.
        if len(self.unmatched_detectors) < len(detectors) and not self.rules.scan(norm, message.kind):
            detectors = self.unmatched_detectors
        found: list[Finding] = []
        for det in detectors:
            found.extend(det.scan_text(message.text, message.kind, index, norm))
        return self._combine(message, norm, index, self._keep(found, message.text))

    def _combine(self, message: Message, norm: NormalizedText, index: int, found: list[Finding]) -> TextVerdict:
        kind = message.kind
        # An attack phrase a user quotes as the object of detection work, lists in a blocklist or names in a bot's
        # defensive rule ("if a user asks you to ..., refuse") is mentioned, not used (see _mention): its
        # prompt-family matches are no evidence and the classifier reads the text without them.
        # The same in a tool result: a coding agent reads a repository's system prompt or its guard's test cases.
        # A tool result that discusses attacks shows them as examples (quoted, or set apart as a block) or as a
        # transcript's refused turn: its threat matches all inside those are mentions too.
        quoted = defended = False
        unsaid: list[tuple[int, int]] = []  # a tool result's examples or refused turns that hold every threat match
        if found and kind is MessageKind.SYSTEM:
            found = _operator_setup(message.text, found)
        elif found and (kind is MessageKind.USER or kind in DATA_KINDS):
            if kind in DATA_KINDS:
                unsaid = self._unsaid(message.text, norm, kind, found)
            if not unsaid:  # they cover every threat match, so the narrower readings would change nothing
                spans = [(f.start, f.end) for f in found if _prompt_family(f)]
                quoted = quoted_mention(message.text, spans)
                defended = not quoted and defended_mention(message.text, spans)
        mentioned = quoted or defended
        if unsaid:
            found = [f for f in found if f.detector not in _FAMILY]
        elif mentioned:
            found = [f for f in found if not _prompt_family(f)]
        if not self.config.ml or kind not in _ML_KINDS:
            # The verdict is on attacks: a name or an e-mail address in a system prompt is exposure, not an injection,
            # and conversation cues are context evidence.
            scored = [f for f in found if f.category in ATTACK_CATEGORIES] if found else found
            top = max((f.score for f in scored), default=0.0)
            return TextVerdict(top, _label(kind, text_features(kind, norm, scored, None)) if scored else "benign",
                               tuple(found))
        # Only tool results and documents use the windowed (most suspicious line) logits; prompts skip them.
        if unsaid:  # rare: the classifier reads the text without them (blanked in the original, normalised again)
            read = normalize(blank_quotes(message.text, unsaid), max_chars=self.config.max_scan_chars).text
        else:
            read = blank_quotes(norm.text) if quoted else blank_defended(norm.text) if defended else norm.text
        clf = get_model().score(read, windows=kind in DATA_KINDS)
        feats = text_features(kind, norm, found, clf)
        cal = _get_calibration()["data" if kind in DATA_KINDS else "direct"]
        score = _sigmoid(cal.logit(feats))
        label = _label(kind, feats) if score >= self.config.threshold else "benign"
        if label != "benign":
            detector = {"indirect_injection": "indirect_injection", "jailbreak": "jailbreak"}.get(label,
                                                                                                 "prompt_injection")
            sev = Severity.HIGH if score >= 0.9 else Severity.MEDIUM
            start, end = (clf.window_start, clf.window_end) if kind in DATA_KINDS else (0, len(message.text))
            start, end = norm.to_original(start, min(end, len(norm.text))) if norm.text else (0, 0)
            found.append(heuristic_finding(detector, f"ensemble.{label}", category=label, score=score, severity=sev,
                                           index=index, text=message.text, start=start, end=end,
                                           tags=_ENSEMBLE_TAGS[label]))
        return TextVerdict(score, label, tuple(found), feats)

    def _unsaid(self, text: str, norm: NormalizedText, kind: MessageKind,
                found: list[Finding]) -> list[tuple[int, int]]:
        """A tool result's examples (if it discusses attacks) or refused transcript turns, when every threat match
        lies inside them (see _mention); else []. The words about attacks and the refusals come from the shared
        rule scan (memoised on ``norm``), so most texts cost nothing here."""
        # A combination's span runs from one idea to the other (across a table's cells): its two ends are what
        # must lie in examples.
        threat = [p for f in found if f.detector in _FAMILY
                  for p in (((f.start, f.start + 1), (f.end - 1, f.end)) if _COMBO in f.rule_id
                            else ((f.start, f.end),))]
        if not threat:
            return []
        discussion: list[tuple[int, int]] = []
        refusals: list[tuple[int, int]] = []
        for m in self.rules.scan(norm, kind):
            if m.rule.id == _DISCUSSION:
                discussion.append((m.start, m.end))
            elif m.rule.id == _REFUSAL:
                refusals.append((m.start, m.end))
        return discussed_mention(text, threat, discussion) or refused_turns(text, threat, refusals)

    def verdict(self, interaction: Interaction | None, index: int, message: Message,
                norm: NormalizedText) -> TextVerdict:
        """The full verdict on one message; without an interaction only the text detectors run."""
        if interaction is None:
            return self.text_verdict(message, norm, index)
        found: list[Finding] = []
        for det in self.detectors:
            found.extend(det.scan(interaction, index, message, norm))
        return self._combine(message, norm, index, self._keep(found, message.text))

    def message_findings(self, interaction: Interaction, index: int, message: Message) -> list[Finding]:
        """Findings for one message of ``interaction``, the text part from the verdict cache when it was seen."""
        text, raw = _scannable_utf8(message.text)
        if text is not message.text:
            message = message._replace(text=text)
        key = _cache_key(message.kind, message.text)
        hit = self.cache.get(key)
        if hit is None:
            norm = normalize(message.text, max_chars=self.config.max_scan_chars, utf8=raw)
            # Scored at its own index: a hit at the same index (a re-sent history keeps its order) copies nothing.
            findings = self.text_verdict(message, norm, index).findings
            self.cache.put(key, (norm, findings), _entry_bytes(message.text, findings))
            out = list(findings)
        else:
            norm, cached = hit
            out = [f if f.message_index == index else dataclasses.replace(f, message_index=index) for f in cached]
        for det in self.context_detectors:
            out.extend(f for f in det.scan(interaction, index, message, norm)
                       if f.score >= self.config.min_score or f.detector not in THREAT_DETECTORS)
        return out


def _cache_key(kind: MessageKind, text: str) -> str:
    # The kind and the text themselves (no kind's value holds a NUL, so the first one ends it): hashing a str is
    # one pass over it, ~4x cheaper than a digest of its UTF-8, and every message of a re-sent history is looked
    # up. A str, not a (kind, text) tuple: in the unique-texts pipeline bench the tuples cost a full collection more.
    return kind.value + "\0" + text


def _entry_bytes(text: str, findings: tuple[Finding, ...]) -> int:
    # The entry keeps the key (a copy of the text), the original, the normalised text and its offset maps: about
    # four copies of the text.
    return 4 * len(text) + 256 * (len(findings) + 1)


_CacheValue = tuple[NormalizedText, tuple[Finding, ...]]


class _VerdictCache:
    """A least-recently-used map bounded by entries and bytes (an entry over the byte bound is not kept)."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[str, tuple[_CacheValue, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: str) -> _CacheValue | None:
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return item[0]

    def put(self, key: str, value: _CacheValue, size: int) -> None:
        if self.max_entries <= 0 or size > self.max_bytes:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        self._items[key] = (value, size)
        self.bytes += size
        while len(self._items) > self.max_entries or self.bytes > self.max_bytes:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped


class _EngineCache(threading.local):
    engines: dict[DetectConfig, _Engine]

    def __init__(self) -> None:
        self.engines = {}


_engines = _EngineCache()


def clear_engines() -> None:
    """Forget this thread's compiled engines and their verdict caches: the next use starts cold (benchmarks that
    measure first-seen texts; a processor keeps its engine for its whole life)."""
    _engines.engines.clear()


def _engine(config: DetectConfig) -> _Engine:
    eng = _engines.engines.get(config)
    if eng is None:
        eng = _engines.engines[config] = _Engine(config)
        return_freed_memory()  # what building it allocated and dropped (rule compile, normaliser tables)
    return eng


_NO_SOURCE = SourceLocation(container="text", key="")
_DEFAULT = DetectConfig()


def wait_compiled(config: DetectConfig = _DEFAULT, timeout: float | None = None) -> bool:
    """Wait until this thread's engine for ``config`` scans with its final databases (see ``regex_cold_start``):
    benchmarks measure Hyperscan, not the RE2 that serves while it compiles. True when they are in use."""
    return _engine(config).rules.wait_compiled(timeout)


_SURROGATES = re.compile("[\ud800-\udfff]")


def scannable_text(text: str) -> str:
    """``text`` with lone surrogates replaced one for one by U+FFFD, so offsets still point into ``text``.

    OTLP strings are UTF-8 and cannot carry them, but the Python API can, and every encoder downstream (RE2,
    Hyperscan, the value hash) rejects them. Clean text is returned as is (the same object).
    """
    return _scannable_utf8(text)[0]


def _scannable_utf8(text: str) -> tuple[str, bytes | None]:
    """:func:`scannable_text` and, for clean non-ASCII text, the UTF-8 encoding that checked it (normalising reads
    the same bytes rather than encoding the text again); None otherwise."""
    if text.isascii():
        return text, None
    try:
        return text, text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text), None


def analyze_text(text: str, kind: MessageKind | str = MessageKind.USER,
                 config: DetectConfig = _DEFAULT) -> TextVerdict:
    """Score one text as the processor would score a message of ``kind`` (no interaction context, so the
    system-prompt leakage check, which needs the system prompt, does not run)."""
    if type(kind) is not MessageKind:  # most callers pass the member: skip the enum lookup
        kind = MessageKind(kind)
    eng = _engine(config)
    text, raw = _scannable_utf8(text)
    message = Message(role=kind.value, kind=kind, text=text, source=_NO_SOURCE)
    norm = normalize(text, max_chars=config.max_scan_chars, utf8=raw)
    return eng.verdict(None, 0, message, norm)


class DetectProcessor:
    """Appends findings to each interaction for every one of its messages (pure: Batch → Batch)."""

    def __init__(self, config: DetectConfig | None = None) -> None:
        self.config = config or DetectConfig()
        problems = self.config.validate()
        if problems:
            raise ValueError("; ".join(problems))
        _engine(self.config)  # compile at start-up: a bad pack fails fast, not on the first batch

    async def start(self) -> None:
        return None

    async def shutdown(self) -> None:
        # Nothing buffered: every batch is processed synchronously. Idempotent and safe without start().
        return None

    def process(self, batch: Batch) -> Batch:
        eng = _engine(self.config)
        for interaction in batch.interactions:
            for index, message in enumerate(interaction.messages):
                if message.text:
                    interaction.findings.extend(eng.message_findings(interaction, index, message))
        return batch


def _create(id_: ComponentID, config: DetectConfig, host: Host, signal: Signal, next_: object) -> DetectProcessor:
    return DetectProcessor(config)


FACTORY: Factory[DetectConfig] = Factory(
    type="detect",
    kind="processor",
    config_type=DetectConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Threat and sensitive-data detectors (one multi-pattern pass per text) plus the offline ML tier.",
    requires_before=("extract",),
)
