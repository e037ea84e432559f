"""Malicious content in what an agent runs or is handed: destructive and download-and-run shell commands,
reverse shells, SQL/shell/template injection in tool-call arguments, exfiltration URLs and markdown-image
beacons that carry data in their query string.

Patterns: ``config/rules/malicious.yaml``. User prompts are mostly out of scope on purpose ("kill -9 the
process", "what does rm -rf / do?" are questions); reverse shells are reported everywhere.
"""

from __future__ import annotations

from spanwatch.processors._threat import RuleBackedDetector


class MaliciousContentDetector(RuleBackedDetector):
    name = "malicious_content"
    owns = frozenset({"malicious_content"})
