"""The ``health_check`` extension: 200 while every component is up, 503 while starting or draining.

Kubernetes probes hit ``:13133/``, as with the collector's Helm chart. The JSON body lists each component's
status and the uptime so an operator can see *what* is unhealthy.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from aiohttp import web

from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.status import StatusBoard
from spanwatch.telemetry import fields


@dataclass(frozen=True, kw_only=True)
class HealthCheckConfig:
    endpoint: str = "localhost:13133"
    path: str = "/"

    def validate(self) -> list[str]:
        host, sep, port = self.endpoint.rpartition(":")
        problems = []
        if not sep or not host or not port.isdigit():
            problems.append(f"endpoint must be host:port (e.g. localhost:13133), got {self.endpoint!r}")
        if not self.path.startswith("/"):
            problems.append(f"path must start with /, got {self.path!r}")
        return problems


class HealthCheck:
    def __init__(self, id_: ComponentID, config: HealthCheckConfig, host: Host) -> None:
        self.id = id_
        self.config = config
        self.board: StatusBoard = host.status
        self.log = host.logger
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def _handle(self, request: web.Request) -> web.Response:
        from spanwatch import __version__

        healthy = self.board.healthy()
        body = {
            "status": "Server available" if healthy else "Server not available",
            "state": self.board.state,
            "upSince": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.board.since)),
            "uptime": f"{time.time() - self.board.since:.3f}s",
            "version": __version__,
            "components": dict(sorted(self.board.components.items())),
        }
        return web.json_response(body, status=200 if healthy else 503)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get(self.config.path, self._handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        host, _, port = self.config.endpoint.rpartition(":")
        site = web.TCPSite(runner, host.strip("[]"), int(port), reuse_address=True)
        await site.start()
        self.runner = runner
        sockets = getattr(site._server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else int(port)
        self.log.info("Health check listening.", extra=fields(endpoint=self.config.endpoint, port=self.port))

    async def shutdown(self) -> None:
        if self.runner is not None:
            runner, self.runner = self.runner, None
            await runner.cleanup()


def _create(id_: ComponentID, config: HealthCheckConfig, host: Host) -> HealthCheck:
    return HealthCheck(id_, config, host)


FACTORY: Factory[HealthCheckConfig] = Factory(
    type="health_check",
    kind="extension",
    config_type=HealthCheckConfig,
    create=_create,
    stability={"extension": Stability.BETA},
    description="HTTP health endpoint for liveness and readiness probes.",
)
