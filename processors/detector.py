"""The seam every detector implements, built-in or plugin (entry point group ``spanwatch.detectors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from spanwatch.processors.finding import Finding
    from spanwatch.processors.interaction import Interaction, Message
    from spanwatch.processors.normalize import NormalizedText


@runtime_checkable
class Detector(Protocol):
    """Finds threats or sensitive data in one message.

    ``scan`` receives the message, its index in ``interaction.messages`` (findings carry it) and the text
    already normalised once for all detectors. Offsets in returned findings refer to ``message.text`` (map
    normalised offsets back with ``norm.to_original``). Detectors are pure: no I/O, no shared mutable state.
    """

    name: str

    def scan(self, interaction: Interaction, index: int, message: Message, norm: NormalizedText) -> list[Finding]:
        ...
