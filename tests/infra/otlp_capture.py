"""A minimal loopback OTLP/HTTP receiver that keeps what it is sent, for tests.

It accepts protobuf ``POST /v1/traces`` and ``/v1/logs`` (gzip or not) and answers with an empty
``Export*ServiceResponse``, which is all the SDK exporters need to report success. It is the stand-in capture
point until the tests switch to spanwatch's own receiver; tests only use ``endpoint`` and ``batch(signal)``,
so the swap is one fixture.
"""

from __future__ import annotations

import gzip
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from spanwatch.batch import Batch, Chunk, Signal

_ROUTES: dict[str, tuple[Signal, type[Any], type[Any]]] = {
    "/v1/traces": ("traces", ExportTraceServiceRequest, ExportTraceServiceResponse),
    "/v1/logs": ("logs", ExportLogsServiceRequest, ExportLogsServiceResponse),
}


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        route = _ROUTES.get(self.path)
        if route is None:
            self._reply(404, b"", "text/plain")
            return
        signal, request_type, response_type = route
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        encoding = (self.headers.get("Content-Encoding") or "").lower()
        if encoding == "gzip":
            raw = gzip.decompress(raw)
        elif encoding == "deflate":
            raw = zlib.decompress(raw)
        request = request_type()
        request.ParseFromString(raw)
        with self.server.lock:
            self.server.received.setdefault(signal, []).append(Chunk.decoded(signal, request, raw))
        self._reply(200, response_type().SerializeToString(), "application/x-protobuf")

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    received: dict[str, list[Chunk]]
    lock: threading.Lock


class OTLPCapture:
    """Receives OTLP/HTTP on 127.0.0.1 in a daemon thread; ``batch(signal)`` returns everything so far."""

    def __init__(self, port: int = 0) -> None:
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.received = {}
        self._server.lock = threading.Lock()
        self._thread = threading.Thread(target=self._server.serve_forever, name="otlp-capture", daemon=True)

    @property
    def endpoint(self) -> str:
        """Base URL; exporters append ``/v1/traces`` or ``/v1/logs``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def batch(self, signal: Signal) -> Batch:
        with self._server.lock:
            return Batch(signal=signal, chunks=list(self._server.received.get(signal, [])))

    def clear(self) -> None:
        with self._server.lock:
            self._server.received.clear()

    def start(self) -> OTLPCapture:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> OTLPCapture:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
