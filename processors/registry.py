"""Detector registry: the built-in detectors plus plugins from the ``spanwatch.detectors`` entry-point group.

Writing a detector plugin
=========================

A detector is any object satisfying :class:`spanwatch.processors.detector.Detector`::

    class Detector(Protocol):
        name: str
        def scan(self, interaction: Interaction, index: int, message: Message,
                 norm: NormalizedText) -> list[Finding]: ...

* ``scan`` sees one message (``interaction.messages[index]``) and its text normalised once for every detector
  (``norm.text``, ``norm.flags``, ``norm.decoded_segments``, ``norm.keyword_view``).
* Findings carry offsets into ``message.text`` (map normalised offsets with ``norm.to_original``), a masked
  ``evidence`` snippet and a keyed ``value_hash`` (:func:`spanwatch.processors.rule_detector.hash_value`),
  never the matched value itself.
* Detectors are pure: no I/O in ``scan``, no shared mutable state, no work at import time.
* The simplest detector is rule data: ship a YAML rule pack (``config/rules/*.yaml`` schema) and use
  :class:`spanwatch.processors.rule_detector.RuleDetector` with your detector name; users add packs by path.

Publish it from your distribution's ``pyproject.toml``::

    [project.entry-points."spanwatch.detectors"]
    canary = "my_package.detectors:CanaryDetector"

The entry point names a *factory* (usually the class) called with keyword arguments from the detector's
config. Plugins are discovered at start-up; a plugin that fails to import, or whose name collides with a
built-in, is a start-up error naming the entry point (fail fast, never at the first message). Importing
spanwatch never loads plugins: discovery is explicit (:meth:`DetectorRegistry.discover`).
``tests/processors/example_plugin`` is a complete, installed-in-the-test example.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from collections.abc import Callable, Mapping
from typing import Any

from spanwatch.processors.detector import Detector

__all__ = ["BUILTIN_DETECTORS", "DETECTOR_GROUP", "DetectorFactory", "DetectorRegistry", "RegistryError"]

DETECTOR_GROUP = "spanwatch.detectors"

DetectorFactory = Callable[..., Detector]

# name -> "module:attribute". Strings, so listing the registry imports nothing heavy.
BUILTIN_DETECTORS: Mapping[str, str] = {
    "secrets": "spanwatch.processors.secrets:SecretsDetector",
    "sensitive_data": "spanwatch.processors.sensitive_data:SensitiveDataDetector",
    "prompt_injection": "spanwatch.processors.prompt_injection:PromptInjectionDetector",
    "indirect_injection": "spanwatch.processors.indirect_injection:IndirectInjectionDetector",
    "jailbreak": "spanwatch.processors.jailbreak:JailbreakDetector",
    "social_engineering": "spanwatch.processors.social_engineering:SocialEngineeringDetector",
    "malicious_content": "spanwatch.processors.malicious_content:MaliciousContentDetector",
    "system_prompt_leakage": "spanwatch.processors.system_prompt_leakage:SystemPromptLeakageDetector",
    "conversation_cues": "spanwatch.processors.conversation_cues:ConversationCueDetector",
    "tool_provenance": "spanwatch.processors.tool_provenance:ToolProvenanceDetector",
    "tool_poisoning": "spanwatch.processors.tool_poisoning:ToolPoisoningDetector",
}


class RegistryError(ValueError):
    """Plugin discovery or detector creation failed; ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("detector registry:\n" + "\n".join(f"  {p}" for p in problems))


def _load_target(target: str) -> Any:
    module, _, attr = target.partition(":")
    obj: Any = importlib.import_module(module)
    for part in attr.split(".") if attr else ():
        obj = getattr(obj, part)
    return obj


class DetectorRegistry:
    """Name → detector factory, for built-ins and discovered plugins."""

    def __init__(self) -> None:
        self._targets: dict[str, str] = dict(BUILTIN_DETECTORS)
        self._factories: dict[str, DetectorFactory] = {}
        self._origin: dict[str, str] = dict.fromkeys(BUILTIN_DETECTORS, "built-in")

    def register(self, name: str, factory: DetectorFactory, *, origin: str = "code") -> None:
        """Add a detector factory by hand (tests, embedding applications)."""
        if name in self._origin:
            raise RegistryError([f"{name}: already registered ({self._origin[name]}), cannot register from {origin}"])
        self._factories[name] = factory
        self._origin[name] = origin

    def discover(self, group: str = DETECTOR_GROUP) -> list[str]:
        """Load every entry point of ``group``; returns the plugin names added. All problems raise at once."""
        problems: list[str] = []
        added: list[str] = []
        for ep in importlib.metadata.entry_points(group=group):
            origin = f"entry point {ep.name!r} = {ep.value!r}"
            dist = getattr(ep, "dist", None)
            if dist is not None:
                origin += f" from {dist.metadata['Name']}"
            if ep.name in self._origin:
                problems.append(f"{ep.name}: {origin} collides with the {self._origin[ep.name]} detector of that name")
                continue
            try:
                factory = ep.load()
            except Exception as e:  # a broken plugin must name itself, whatever it raised
                problems.append(f"{ep.name}: {origin} failed to load: {type(e).__name__}: {e}")
                continue
            if not callable(factory):
                problems.append(f"{ep.name}: {origin} is not callable (expected a detector class or factory)")
                continue
            self._factories[ep.name] = factory
            self._origin[ep.name] = origin
            added.append(ep.name)
        if problems:
            raise RegistryError(problems)
        return added

    def names(self) -> list[str]:
        return sorted(self._origin)

    def origin(self, name: str) -> str:
        return self._origin[name]

    def factory(self, name: str) -> DetectorFactory:
        if name not in self._origin:
            raise RegistryError([f"{name}: unknown detector (known: {', '.join(self.names())})"])
        if name not in self._factories:
            self._factories[name] = _load_target(self._targets[name])
        return self._factories[name]

    def create(self, name: str, /, **kwargs: Any) -> Detector:
        """Build a detector and check it satisfies the Detector protocol."""
        det = self.factory(name)(**kwargs)
        if not isinstance(det, Detector):
            raise RegistryError([f"{name}: {self._origin[name]} built {type(det).__name__}, which has no "
                                 "'name' attribute and 'scan' method (the Detector protocol)"])
        return det
