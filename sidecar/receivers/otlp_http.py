"""OTLP/HTTP server: ``/v1/traces``, ``/v1/logs``, ``/v1/metrics`` in protobuf or JSON.

Bodies are read with a hard cap, decompressed with a hard cap (a zip bomb stops at the limit, it never
expands), and answered in the request's content type. Errors carry a ``google.rpc.Status`` body.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Awaitable, Callable

from aiohttp import web
from google.rpc import code_pb2, status_pb2

from spanwatch import otlp_json
from spanwatch.batch import Signal
from spanwatch.errors import RefusedError
from spanwatch.receivers._ingest import BadRequestError, Ingest, decode
from spanwatch.telemetry import fields

PROTOBUF = "application/x-protobuf"
JSON = "application/json"
_READ_CHUNK = 64 * 1024


class TooLargeError(Exception):
    pass


def _inflate(body: bytes, encoding: str, limit: int) -> bytes:
    """Decompress gzip/deflate without ever holding more than ``limit`` bytes of output."""
    wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(body, limit + 1)
        if len(out) > limit or d.unconsumed_tail:
            raise TooLargeError
        out += d.flush()
    except zlib.error:
        if encoding == "deflate" and wbits == zlib.MAX_WBITS:
            # Some clients send raw deflate (no zlib header); RFC 9110 says zlib, be lenient.
            d = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                out = d.decompress(body, limit + 1)
            except zlib.error as exc:
                raise BadRequestError(f"invalid deflate body: {exc}", "bad_compression") from None
            if len(out) > limit or d.unconsumed_tail:
                raise TooLargeError from None
            return out
        raise BadRequestError(f"invalid {encoding} body", "bad_compression") from None
    if len(out) > limit:
        raise TooLargeError
    if not d.eof:
        raise BadRequestError(f"truncated {encoding} body", "bad_compression")
    return out


class HttpServer:
    def __init__(self, ingest: Ingest, endpoint: str, max_request_body_size: int, paths: dict[Signal, str],
                 log: logging.Logger) -> None:
        self.ingest = ingest
        self.endpoint = endpoint
        self.limit = max_request_body_size
        self.paths = paths
        self.log = log
        self.runner: web.AppRunner | None = None
        self.port = 0

    def _status(self, code: int, message: str, json: bool) -> bytes:
        status = status_pb2.Status(code=code, message=message)
        return otlp_json.encode(status) if json else status.SerializeToString()

    def _error(self, http_status: int, code: int, message: str, json: bool,
               headers: dict[str, str] | None = None) -> web.Response:
        return web.Response(status=http_status, body=self._status(code, message, json),
                            content_type=JSON if json else PROTOBUF, headers=headers)

    def _route(self, signal: Signal) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        ingest = self.ingest

        async def handle(request: web.Request) -> web.StreamResponse:
            ctype = request.content_type
            json = ctype == JSON
            if ctype not in (PROTOBUF, JSON):
                ingest.count_bad("unsupported_media_type")
                return self._error(415, code_pb2.INVALID_ARGUMENT,
                                   f"unsupported content type {ctype!r}; use {PROTOBUF} or {JSON}", True)
            refused = ingest.host.refusal()
            if refused is not None:
                ingest.count_refused(signal, 0)
                return self._refused(refused, json)
            encoding = request.headers.get("Content-Encoding", "").strip().lower()
            if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
                ingest.count_bad("bad_compression")
                return self._error(400, code_pb2.INVALID_ARGUMENT,
                                   f"unsupported Content-Encoding {encoding!r}; use gzip or deflate", json)
            declared = request.content_length
            if declared is not None and declared > self.limit:
                ingest.count_bad("too_large")
                return self._error(413, code_pb2.RESOURCE_EXHAUSTED,
                                   f"request body is {declared} bytes; the limit is {self.limit}", json)
            try:
                body = await self._read(request)
                if encoding in ("gzip", "x-gzip", "deflate"):
                    body = _inflate(body, encoding, self.limit)
                message, raw = decode(signal, body, json=json)
                outcome = await ingest.export(signal, message, raw)
            except TooLargeError:
                ingest.count_bad("too_large")
                return self._error(413, code_pb2.RESOURCE_EXHAUSTED,
                                   f"request body exceeds the limit of {self.limit} bytes (after decompression)",
                                   json)
            except BadRequestError as exc:
                ingest.count_bad(exc.reason)
                return self._error(400, code_pb2.INVALID_ARGUMENT, str(exc), json)
            except RefusedError as exc:
                return self._refused(exc, json)
            body_out = otlp_json.encode(outcome.response) if json else outcome.response.SerializeToString()
            return web.Response(status=200, body=body_out, content_type=JSON if json else PROTOBUF)

        return handle

    async def _read(self, request: web.Request) -> bytes:
        parts: list[bytes] = []
        size = 0
        while True:
            chunk = await request.content.read(_READ_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > self.limit:
                raise TooLargeError
            parts.append(chunk)
        return b"".join(parts)

    def _refused(self, exc: RefusedError, json: bool) -> web.Response:
        if exc.retryable:
            return self._error(503, code_pb2.UNAVAILABLE, str(exc), json,
                               headers={"Retry-After": str(max(1, round(exc.retry_after)))})
        return self._error(500, code_pb2.INTERNAL, str(exc), json)

    async def _not_allowed(self, request: web.Request) -> web.Response:
        return web.Response(status=405, text="only POST is allowed", headers={"Allow": "POST"})

    async def start(self) -> None:
        app = web.Application(client_max_size=self.limit + 1)
        for signal, path in self.paths.items():
            if signal in self.ingest.consumers:
                app.router.add_post(path, self._route(signal))
                app.router.add_route("*", path, self._not_allowed)
        # aiohttp would inflate bodies itself with no bound on the output; we inflate with a cap instead.
        runner = web.AppRunner(app, access_log=None, handle_signals=False, auto_decompress=False)
        await runner.setup()
        host, _, port = self.endpoint.rpartition(":")
        site = web.TCPSite(runner, host.strip("[]") or "localhost", int(port), reuse_address=True)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self.runner = runner
        server = site._server  # the bound socket tells the real port when 0 was asked for
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else int(port)
        self.log.info("OTLP/HTTP receiver listening.", extra=fields(endpoint=self.endpoint, port=self.port))

    async def stop(self, grace: float) -> None:
        if self.runner is not None:
            runner, self.runner = self.runner, None
            await runner.shutdown()
            await runner.cleanup()
