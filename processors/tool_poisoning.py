"""Tool poisoning: instructions hidden in a tool definition (an MCP server's ``tools/list`` entry, a function's
description or parameter schema), which the model reads as part of its setup on every call.

A malicious or compromised server does not need the user to fetch anything: its tool's description tells the model
to read ``~/.ssh/id_rsa`` and pass it as an innocuous argument, to BCC an address on every e-mail another tool
sends, or to hand over the whole conversation, and not to mention any of it. Honest definitions are imperative too
("You MUST pass the absolute path", "do not ask for confirmation before this read-only call"), so this detector
reads the few ideas no honest tool needs, in pairs (``config/rules/tool_poisoning.yaml``, combinations in
:mod:`~spanwatch.processors.concepts`), and one thing it reports alone: a definition that sets the other tools'
safety notes aside. Commands that download and run code, reverse shells and exfiltration URLs in a definition are
the malicious pack's (reported by ``malicious_content``).

Two readings of the pack's matches are the detector's own. Text hidden from a person reading the definition
(invisible characters, or a run of blank space that pushes the rest out of a tool picker's view) with any idea of
the pack is ``tool_poisoning.hidden_text``. Three or more distinct credential stores named in one definition (SSH
keys, cloud credentials, a kubeconfig, .env files as a parameter's defaults) is ``tool_poisoning.credential_sweep``:
a tool needs one credential at most, and a list of stores is a harvest list, wherever in the schema it sits. An
instruction where a schema keeps data or notes for people (a ``$comment``, an ``x-`` extension, ``examples``,
``default``, ``enum`` or ``const`` values: "$comment": "agent-note: set `known_creds` to the output of ...") that
holds an idea of the pack is ``tool_poisoning.schema_instruction``: honest schemas instruct the model in their
descriptions.
"""

from __future__ import annotations

import json
import re

from spanwatch.processors._threat import RuleBackedDetector, heuristic_finding
from spanwatch.processors.concepts import CONCEPT_DETECTOR, combos_for
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import NormalizedText, normalize
from spanwatch.processors.rules import RuleMatch

TAGS = ("owasp_llm:LLM01", "owasp_asi:ASI01", "owasp_asi:ASI04", "atlas:AML.T0051.001")
# Characters no one sees in a tool picker (flags set by normalisation).
_INVISIBLE_FLAGS = frozenset({"zero_width", "unicode_tags", "bidi_control"})
# A run of blank space long enough to push what follows out of view, then more text.
_PADDING = re.compile(r"\s{200,}\S")
# Credential stores, one group each: "~/.ssh/id_rsa" and "authorized_keys" are one store.
_STORE = re.compile(
    r"(?P<ssh>ssh|id_(?:rsa|ed25519|ecdsa|dsa)|authorized_keys)|(?P<aws>aws)|(?P<kube>kube)|(?P<gpg>gnupg)"
    r"|(?P<docker>docker)|(?P<azure>azure)|(?P<netrc>netrc)|(?P<npm>npmrc)|(?P<pypi>pypirc)"
    r"|(?P<git>git-credentials|config/gh)|(?P<gcloud>gcloud)|(?P<mcp>mcp|claude|cursor|codeium)|(?P<history>history)"
    r"|(?P<env>\.env\b|environ|printenv|process\.env|database_url|pgpassword)"
    r"|(?P<browser>cookie|local ?storage|login data|chrome|chromium|firefox|brave|safari|browser)"
    r"|(?P<vault>1password|bitwarden|lastpass|keepass|dashlane|keychain|password)",
    re.IGNORECASE,
)
_SWEEP_STORES = 3
# A schema's property name ("system_prompt": {"type": "string"} in a prompt-management tool) is a name, not a phrase
# of the direct-injection pack.
_JSON_KEY = re.compile(r'[\w.-]+"\s*:')
_SECRET_FILE = "concept.tool_secret_file"
# Schema keys whose values are data or notes for people, not instructions for the model.
_NOTE_KEYS = frozenset({"$comment", "examples", "example", "default", "enum", "const"})
# A note that gives orders: a sentence (six words or more) with words of an instruction in it.
_ORDER = re.compile(r"(?i)\b(you|your|assistant|agent|model|must|always|never|before|set|pass|run|read|include|send"
                    r"|call|use|put|paste|concatenate|upload|forward|add|replace)\b")
_NOTE_WORDS = 6
_MAX_NOTES = 32
# The pack's ideas that count with hidden text; naming credentials in general does not (a token parameter's own
# description does), nor an argument made to carry something ("pass the absolute path").
_IDEAS = frozenset({_SECRET_FILE, "concept.tool_history", "concept.tool_conceal", "concept.tool_other",
                    "concept.tool_redirect", "concept.tool_hidden_block", "concept.tool_claimed_consent",
                    "concept.tool_no_confirm", "concept.tool_foothold"})


class ToolPoisoningDetector(RuleBackedDetector):
    name = "tool_poisoning"
    # An override or extraction phrase of the direct-injection pack inside a definition is poisoning too (reported
    # here, the way indirect_injection reports one inside data).
    owns = frozenset({"tool_poisoning", "prompt_injection"})
    kinds = frozenset({MessageKind.TOOL_DEFINITION})
    combos = combos_for("tool_poisoning")
    relabel = ("tool_poisoning", TAGS)

    def matches(self, norm: NormalizedText, kind: MessageKind) -> list[RuleMatch]:
        found = super().matches(norm, kind)
        return [m for m in found if m.rule.detector == self.name or not _JSON_KEY.match(norm.original, m.start)]

    def extra(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        ideas = [m for m in self.rules.scan(norm, kind) if m.rule.detector == CONCEPT_DETECTOR and m.rule.id in _IDEAS]
        if not ideas:
            return []
        out: list[Finding] = []
        # The normalised text: a definition serialised as JSON has its padding as "\n\n..." escapes.
        if norm.flags & _INVISIBLE_FLAGS or _PADDING.search(norm.text) is not None:
            out.append(self._finding("tool_poisoning.hidden_text", ideas, index, text))
        files = [m for m in ideas if m.rule.id == _SECRET_FILE]
        stores = {s.lastgroup for m in files if (s := _STORE.search(m.value)) is not None}
        if len(stores) >= _SWEEP_STORES:
            out.append(self._finding("tool_poisoning.credential_sweep", files, index, text))
        note = self._ordering_note(text, kind)
        if note is not None:
            out.append(self._finding("tool_poisoning.schema_instruction", [note], index, text))
        return out

    def _ordering_note(self, text: str, kind: MessageKind) -> RuleMatch | None:
        """An idea of the pack inside a schema note that gives orders, as a match at the note's place in ``text``
        (its first idea's offsets shifted there when the note is found verbatim; else the idea's own)."""
        try:
            tree = json.loads(text)
        except ValueError:
            return None
        for note in _notes(tree):
            if len(note.split()) < _NOTE_WORDS or _ORDER.search(note) is None:
                continue
            found = [m for m in self.rules.scan(normalize(note, max_chars=len(note) + 1), kind)
                     if m.rule.detector == CONCEPT_DETECTOR and m.rule.id.startswith("concept.tool_")]
            if found:
                at = max(0, text.find(json.dumps(note)[1:41]))
                return RuleMatch(rule=found[0].rule, start=at + found[0].start, end=at + found[0].end,
                                 score=found[0].score, value="")
        return None

    def _finding(self, rule_id: str, matches: list[RuleMatch], index: int, text: str) -> Finding:
        first = min(matches, key=lambda m: m.start)  # offsets in the original text
        return heuristic_finding(self.name, rule_id, category="tool_poisoning", score=0.75, severity=Severity.HIGH,
                                 index=index, text=text, start=first.start, end=first.end, tags=TAGS)


def _notes(tree: object) -> list[str]:
    """The strings a JSON schema keeps under its note and data keys (``_NOTE_KEYS``, ``x-*``), depth first, at most
    ``_MAX_NOTES``."""
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(tree, False)]
    while stack and len(out) < _MAX_NOTES:
        node, is_note = stack.pop()
        if isinstance(node, str):
            if is_note:
                out.append(node)
        elif isinstance(node, dict):
            stack.extend((v, is_note or k in _NOTE_KEYS or (isinstance(k, str) and k.startswith("x-")))
                         for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, is_note) for v in node)
    return out
