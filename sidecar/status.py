"""Component and service status, read by the health extension."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class StatusBoard:
    # starting -> ready -> draining -> stopped
    state: str = "starting"
    since: float = field(default_factory=time.time)
    components: dict[str, str] = field(default_factory=dict)

    def set(self, component: str, status: str) -> None:
        self.components[component] = status

    def healthy(self) -> bool:
        return self.state == "ready" and all(s == "ok" for s in self.components.values())
