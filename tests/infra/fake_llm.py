"""A loopback OpenAI-compatible server for end-to-end tests: ``POST /v1/chat/completions``.

It answers from a script rather than a model: a request whose last message is a user turn and that offers
tools gets a ``tool_calls`` reply; a request whose last message is a tool result gets a text reply that
quotes the result (or the next of ``FakeLLM.followup_calls``, an agent acting on it); anything else gets
``FakeLLM.text_reply``. ``"stream": true`` is answered with SSE chunks ending in ``data: [DONE]``, the way the
real API streams, including a final usage chunk when ``stream_options.include_usage`` is set. Every request body
is kept in ``requests`` so a test can check what the client really sent.

Run standalone for manual poking::

    python tests/infra/fake_llm.py 8089
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOOL_CALL_ID = "call_fake_0001"


@dataclass
class FakeLLM:
    """The script and the record of what was asked. Replies are plain dicts in the OpenAI wire shape."""

    text_reply: str = "Hello from the fake model."
    tool_arguments: str = '{"city": "Paris"}'
    # Tool calls (name, arguments) answered after the 1st, 2nd, ... tool result instead of quoting it: an agent
    # that acts on what a tool returned (the injected-tool-result scenario obeys its injection this way).
    followup_calls: list[tuple[str, str]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, body: dict[str, Any]) -> dict[str, Any]:
        """The assistant message for one request: ``{"content": ...}`` or ``{"tool_calls": [...]}``."""
        with self._lock:
            self.requests.append(body)
        messages = body.get("messages") or []
        last = messages[-1] if messages else {}
        tools = body.get("tools") or []
        if last.get("role") == "tool":
            results = sum(1 for m in messages if m.get("role") == "tool")
            if results <= len(self.followup_calls):
                name, arguments = self.followup_calls[results - 1]
                call = {"id": f"call_fake_{results + 1:04d}", "type": "function",
                        "function": {"name": name, "arguments": arguments}}
                return {"content": None, "tool_calls": [call]}
            return {"content": f"The tool said: {last.get('content', '')}"}
        if tools and last.get("role") == "user":
            name = tools[0].get("function", {}).get("name", "tool")
            return {
                "content": None,
                "tool_calls": [
                    {
                        "id": TOOL_CALL_ID,
                        "type": "function",
                        "function": {"name": name, "arguments": self.tool_arguments},
                    }
                ],
            }
        return {"content": self.text_reply}


def _completion(model: str, message: dict[str, Any]) -> dict[str, Any]:
    finish = "tool_calls" if message.get("tool_calls") else "stop"
    return {
        "id": "chatcmpl-fake-0001",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [
            {"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish, "logprobs": None}
        ],
        "usage": {"prompt_tokens": 21, "completion_tokens": 7, "total_tokens": 28},
    }


def _chunks(model: str, message: dict[str, Any], include_usage: bool) -> Iterator[dict[str, Any]]:
    base = {"id": "chatcmpl-fake-0002", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}

    yield chunk({"role": "assistant", "content": ""})
    if message.get("tool_calls"):
        for i, call in enumerate(message["tool_calls"]):
            fn = call["function"]
            yield chunk(
                {
                    "tool_calls": [
                        {
                            "index": i,
                            "id": call["id"],
                            "type": "function",
                            "function": {"name": fn["name"], "arguments": ""},
                        }
                    ]
                }
            )
            # Arguments arrive in pieces, as the real API sends them; instrumentations must join them.
            args = fn["arguments"]
            half = len(args) // 2
            for piece in (args[:half], args[half:]):
                yield chunk({"tool_calls": [{"index": i, "function": {"arguments": piece}}]})
        yield chunk({}, "tool_calls")
    else:
        words = (message.get("content") or "").split(" ")
        for i, word in enumerate(words):
            yield chunk({"content": word if i == 0 else " " + word})
        yield chunk({}, "stop")
    if include_usage:
        yield {**base, "choices": [], "usage": {"prompt_tokens": 21, "completion_tokens": 7, "total_tokens": 28}}


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean; failures show up as assertions instead

    def do_POST(self) -> None:
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
            return
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._json(400, {"error": {"message": "body is not JSON", "type": "invalid_request_error"}})
            return
        model = str(body.get("model") or "fake-model")
        message = self.server.llm.answer(body)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            for c in _chunks(model, message, include_usage):
                self.wfile.write(b"data: " + json.dumps(c).encode() + b"\n\n")
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True
            return
        self._json(200, _completion(model, message))

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    llm: FakeLLM


class FakeLLMServer:
    """Starts the fake on 127.0.0.1 (port 0 picks a free one) in a daemon thread; use as a context manager."""

    def __init__(self, llm: FakeLLM | None = None, port: int = 0) -> None:
        self.llm = llm or FakeLLM()
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.llm = self.llm
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-llm", daemon=True)

    @property
    def base_url(self) -> str:
        """What to pass as ``OpenAI(base_url=...)``; it includes ``/v1`` because the client appends the route."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    server = FakeLLMServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0).start()
    print(server.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
