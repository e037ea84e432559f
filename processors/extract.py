"""Interaction extraction: the GenAI conversation inside OTLP spans and log records, as ``Interaction`` views.

Content can sit in four kinds of places, and instrumentations disagree about which (see
``shared/reference/genai-conventions.md``), so every record is read against all of them:

* **OTel GenAI semconv attributes**: ``gen_ai.system_instructions``, ``gen_ai.input.messages``,
  ``gen_ai.output.messages``, ``gen_ai.tool.definitions``, ``gen_ai.tool.call.arguments``/``.result``,
  ``gen_ai.retrieval.query.text``/``.documents``, each a JSON string *or* a structured AnyValue, on spans and on
  the ``gen_ai.client.inference.operation.details`` log event.
* **Legacy per-message events**: ``gen_ai.{system,user,assistant,tool}.message`` and ``gen_ai.choice`` log
  records with the content in the body (openai-v2's and OpenLLMetry's body shapes); old OpenLIT's span events
  ``gen_ai.content.prompt``/``.completion`` and tool keys ``gen_ai.tool.args``/``gen_ai.response.tool_calls``.
* **Flattened vendor keys**: OpenLLMetry ``gen_ai.prompt.{i}.*``/``gen_ai.completion.{i}.*``
  (``tool_calls.{j}.*`` included), ``llm.request.functions.{i}.*``; OpenInference
  ``llm.input_messages.{i}.message.*``/``llm.output_messages``, ``llm.tools.{i}.tool.json_schema``,
  ``llm.prompts``/``llm.choices``, ``retrieval.documents.{i}.document.content``.
* **Opaque blobs**: ``input.value``/``output.value`` (OpenInference, honouring ``*.mime_type``),
  ``traceloop.entity.input``/``output``, ``langfuse.observation.*``/``langfuse.trace.*`` input and output,
  ``gen_ai.prompt``/``gen_ai.completion`` (LangSmith, old OpenLIT), ``pydantic_ai.all_messages`` and
  pydantic-ai v2's ``tool_arguments``/``tool_response``. A blob whose shape is a known message format (parts,
  OpenAI chat, LangChain) is split into messages; anything else is kept whole as one message. A blob is only
  read when the same side (input or output) has no structured messages, so an OpenInference LLM span is not
  scanned twice (its ``input.value`` repeats ``llm.input_messages``). On *tool* spans (``execute_tool``,
  OpenInference ``TOOL``, traceloop ``tool``, Langfuse/LangSmith ``tool``) the input blob is the tool call's
  arguments and the output blob its result.

Parsing is lenient and never raises on content: malformed JSON is plain text, unknown part types are dropped
unless they carry a ``content``/``text`` string, tool results are read from ``response`` or ``result``, and
tool arguments may be an object or a string (objects are kept as compact JSON). JSON nested deeper than the
parser's stack is scanned whole as raw text, and a record that still fails is logged (at most once a minute)
and skipped, so one bad record never costs the batch. Tool results that carry only a call id are named from
the matching call in the same record, or for per-message events in the same batch; tool spans that name their
tool only in the span name (Langfuse ``@observe(as_type="tool")``) are named from it.

**Bounds.** Each message's text is cut to ``max_text_bytes`` characters and each record yields at most
``max_messages`` messages, so detectors scan bounded windows: content past the window is not scanned. Every
attribute value is read out of protobuf once; message texts are those strings (or slices of them), not copies.

**Locations.** Each message carries a ``SourceLocation``: the container (``span``, ``span_event`` or ``log``),
the attribute key (``body`` for a log body) and the JSON path of the text inside the value. The path is the
same whether the value is a JSON string or a structured AnyValue (ints index arrays, strings key maps), so the
redactor can rewrite exactly that string. An empty path means the whole attribute value is the text. When the
node at the path is not a string (tool arguments given as an object, a tool definition), the text is its
compact JSON and the whole node is what a redactor replaces.

**Conversation id.** ``ExtractConfig.conversation_id_keys`` is tried in order on the record's own attributes,
then in order on its resource's attributes; the first non-empty value wins and
``Interaction.conversation_id_source`` names its key (``resource:<key>`` when it came from the resource).
When none matches and ``fallback_to_trace_id`` is set, the hex trace id is used and the source is
``trace_id``. The GenAI spec forbids instrumentations from sending a trace id as ``gen_ai.conversation.id``;
the fallback is ours, for grouping, and is marked as such. ``langsmith.trace.session_id`` is deliberately not
a default key: it names a LangSmith project, not a conversation.

**Re-sent histories.** Chat agents send the whole conversation on every call. The ``extract`` processor keeps
the last ``gen_ai.input.messages``/``gen_ai.system_instructions`` JSON value per conversation (``Histories``,
bounded), and a value that only appends to it is read from the appended items on: the same messages, read once.

**Cheap rejection.** Most telemetry is not GenAI. A chunk whose wire bytes contain none of the GenAI key
prefixes is skipped whole (one multi-literal scan, Hyperscan where available: keys and event names are stored
verbatim, so there are no false negatives). Otherwise a span or log record is only parsed when one of its
attribute keys starts with a GenAI prefix (one C-level ``str.startswith`` per key against a fixed tuple), one
of its span events is named ``gen_ai.*``, or its event name is ``gen_ai.*``.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import orjson
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from spanwatch.confmap import ByteSize
from spanwatch.processors._anyvalue import py_value as _py
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation

if TYPE_CHECKING:
    from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord
    from opentelemetry.proto.resource.v1.resource_pb2 import Resource
    from opentelemetry.proto.trace.v1.trace_pb2 import Span

    from spanwatch.batch import Batch, Chunk

__all__ = [
    "DEFAULT_CONVERSATION_ID_KEYS",
    "DEFAULT_USER_ID_KEYS",
    "ExtractConfig",
    "Histories",
    "extract",
    "extract_log_record",
    "extract_span",
    "from_request",
    "is_genai_log_record",
    "is_genai_span",
    "is_history",
]

DEFAULT_CONVERSATION_ID_KEYS: tuple[str, ...] = (
    "gen_ai.conversation.id",
    "session.id",
    "langfuse.session.id",
    "traceloop.association.properties.session_id",
    "traceloop.association.properties.conversation_id",
    "traceloop.association.properties.chat_id",
    "traceloop.association.properties.thread_id",
    "langsmith.metadata.session_id",
    "langsmith.metadata.thread_id",
    "langsmith.metadata.conversation_id",
)

DEFAULT_USER_ID_KEYS: tuple[str, ...] = (
    "user.id",
    "enduser.id",
    "langfuse.user.id",
    "traceloop.association.properties.user_id",
    "langsmith.metadata.user_id",
    "enduser.pseudo.id",
    # The OpenAI request's free-form ``user`` field, as OpenLLMetry/OpenLIT record it: weaker, so last.
    "gen_ai.request.user",
    "gen_ai.user",
    "llm.user",
)


@dataclass(frozen=True, kw_only=True)
class ExtractConfig:
    """How interactions are read out of spans and log records (the ``extract`` section of the config)."""

    conversation_id_keys: tuple[str, ...] = DEFAULT_CONVERSATION_ID_KEYS
    """Attribute keys holding a conversation/session/thread id, tried in order: record first, then resource."""
    fallback_to_trace_id: bool = True
    """Use the hex trace id as the conversation id when no key matches (source ``trace_id``)."""
    user_id_keys: tuple[str, ...] = DEFAULT_USER_ID_KEYS
    """Attribute keys holding an end-user id, tried in order: record first, then resource."""
    max_text_bytes: ByteSize = ByteSize("256KiB")
    """Longest text kept per message (``256KiB``, counted in characters); detectors scan at most this window."""
    max_messages: int = 512
    """Most messages taken from one span or log record; later ones are not extracted."""

    def validate(self) -> list[str]:
        problems = []
        if self.max_text_bytes < 1:
            problems.append(f"max_text_bytes must be >= 1, got {self.max_text_bytes!r}")
        if self.max_messages < 1:
            problems.append(f"max_messages must be >= 1, got {self.max_messages!r}")
        if any(not k for k in self.conversation_id_keys):
            problems.append("conversation_id_keys must not contain empty keys")
        if any(not k for k in self.user_id_keys):
            problems.append("user_id_keys must not contain empty keys")
        return problems


# --- cheap rejection -------------------------------------------------------------------------------------------

# A tuple, because str.startswith(tuple) tests every prefix in one C call per key.
_GENAI_KEY_PREFIXES: tuple[str, ...] = (
    "gen_ai.",
    "llm.",
    "openinference.",
    "traceloop.entity.",
    "traceloop.span.kind",
    "langfuse.",
    "langsmith.",
    "pydantic_ai.",
    "input.value",
    "output.value",
    "tool.name",
    "retrieval.documents.",
    "tool_arguments",
    "tool_response",
)


def _build_wire_scanner(literals: tuple[bytes, ...], backend: str = "auto") -> Callable[[bytes], bool]:
    """A function telling whether any literal occurs in a byte string: one multi-literal pass.

    Hyperscan where available (GB/s, ~10x faster than decoding the same request), else RE2 (about the cost of
    decoding), else one ``bytes`` search per literal. ``backend`` forces one, for tests.
    """
    if backend in ("auto", "hyperscan"):
        try:
            import hyperscan

            n = len(literals)
            db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            db.compile(
                expressions=[re.escape(lit) for lit in literals],
                ids=list(range(n)),
                elements=n,
                flags=[hyperscan.HS_FLAG_SINGLEMATCH] * n,
            )
            lock = threading.Lock()  # the database owns one scratch space; scans must not share it

            def stop(*_: object) -> bool:
                return True  # the first hit answers the question; stop the scan there

            def scan_hs(data: bytes) -> bool:
                with lock:
                    try:
                        db.scan(data, match_event_handler=stop)
                    except hyperscan.ScanTerminated:
                        return True
                return False

            return scan_hs
        except Exception:  # not installed, or no SIMD support on this CPU: fall back
            if backend == "hyperscan":
                raise
    if backend in ("auto", "re2"):
        try:
            import re2

            rx = re2.compile(b"|".join(re.escape(lit) for lit in literals))
            return lambda data: rx.search(data) is not None
        except Exception:
            if backend == "re2":
                raise
    return lambda data: any(lit in data for lit in literals)


# Keys and event names sit verbatim in the wire bytes, so a request without any prefix holds no GenAI record.
_WIRE_LITERALS = tuple(p.encode() for p in _GENAI_KEY_PREFIXES)
_wire_scanner: Callable[[bytes], bool] | None = None


def _wire_may_hold_genai(raw: bytes) -> bool:
    """Whole-request rejection before any span is touched; a hit only means the per-record check runs."""
    global _wire_scanner  # noqa: PLW0603 - built on first use so importing the module compiles nothing
    if _wire_scanner is None:
        _wire_scanner = _build_wire_scanner(_WIRE_LITERALS)
    return _wire_scanner(raw)


def _has_genai_key(attributes: Iterable[KeyValue]) -> bool:
    return any(kv.key.startswith(_GENAI_KEY_PREFIXES) for kv in attributes)


def is_genai_span(span: Span, keys: Iterable[str] | None = None) -> bool:
    """Whether a span may carry GenAI content or identities; cheap, so it runs on every span. ``keys``: its
    attribute keys when the caller has them already (walking the protobuf attributes again builds every KeyValue
    wrapper again, ~3 us per span)."""
    if keys is not None:
        if any(k.startswith(_GENAI_KEY_PREFIXES) for k in keys):
            return True
    elif _has_genai_key(span.attributes):
        return True
    return any(ev.name.startswith("gen_ai.") for ev in span.events)


def _event_name(record: LogRecord) -> str:
    if record.event_name:
        return str(record.event_name)
    # Older SDKs put the event name in an attribute instead of the LogRecord field.
    for kv in record.attributes:
        if kv.key == "event.name":
            return str(kv.value.string_value)
    return ""


def is_genai_log_record(record: LogRecord) -> bool:
    """Whether a log record is a GenAI event or carries GenAI attributes."""
    return _event_name(record).startswith("gen_ai.") or _has_genai_key(record.attributes)


# --- AnyValue helpers -------------------------------------------------------------------------------------------

_JSON_START = re.compile(r"\s*[\[{]")


def _load(value: AnyValue) -> tuple[object, str | None]:
    """``(node, raw)``: a JSON string is parsed (malformed JSON stays text); structured values are converted.

    ``raw`` is the attribute's string when it was one, so a fallback can keep the original text instead of
    re-serialising the parsed node.
    """
    if value.WhichOneof("value") != "string_value":
        return _py(value), None
    return _load_text(value.string_value)


def _load_text(raw: str) -> tuple[object, str]:
    """``_load`` of a string value."""
    if _JSON_START.match(raw) is None:
        return raw, raw
    try:
        return orjson.loads(raw), raw
    except orjson.JSONDecodeError:
        return raw, raw


def _scalar(value: AnyValue | None) -> str:
    if value is None:
        return ""
    kind = value.WhichOneof("value")
    if kind == "string_value":
        return str(value.string_value)
    if kind == "int_value":
        return str(value.int_value)
    if kind == "double_value":
        return repr(value.double_value)
    if kind == "bool_value":
        return "true" if value.bool_value else "false"
    return ""


def _int(value: AnyValue | None) -> int:
    if value is None:
        return 0
    kind = value.WhichOneof("value")
    if kind == "int_value":
        return int(value.int_value)
    if kind == "double_value":
        return int(value.double_value)
    if kind == "string_value":
        try:
            return int(value.string_value)
        except ValueError:
            return 0
    return 0


def _dump(node: object) -> str:
    """Compact JSON for a non-string node (tool arguments given as an object, a tool definition)."""
    try:
        return orjson.dumps(node).decode()
    except TypeError:  # e.g. an int wider than 64 bits; still text worth scanning
        return str(node)


def _text(node: object) -> str:
    if isinstance(node, str):
        return node
    if node is None:
        return ""
    return _dump(node)


# --- message collection -----------------------------------------------------------------------------------------

Path = tuple[str | int, ...]

_ROLE_KIND: dict[str, MessageKind] = {
    "system": MessageKind.SYSTEM,
    "developer": MessageKind.SYSTEM,
    "user": MessageKind.USER,
    "human": MessageKind.USER,
    "assistant": MessageKind.ASSISTANT,
    "ai": MessageKind.ASSISTANT,
    "model": MessageKind.ASSISTANT,
    "bot": MessageKind.ASSISTANT,
    "tool": MessageKind.TOOL_RESULT,
    "function": MessageKind.TOOL_RESULT,
    "ipython": MessageKind.TOOL_RESULT,
}

# LangChain serialised message classes and message ``type`` values -> roles.
_LANGCHAIN_ROLES: dict[str, str] = {
    "HumanMessage": "user",
    "AIMessage": "assistant",
    "SystemMessage": "system",
    "ToolMessage": "tool",
    "FunctionMessage": "tool",
    "ChatMessage": "user",
    "human": "user",
    "ai": "assistant",
}

_TOOL_CALL_PARTS = frozenset({"tool_call", "function_call", "tool_use", "server_tool_call"})
_TOOL_RESULT_PARTS = frozenset(
    {"tool_call_response", "tool_result", "function_call_output", "function_response", "server_tool_call_response"}
)
_REASONING_PARTS = frozenset({"reasoning", "thinking", "redacted_thinking"})
# Binary payloads or references: nothing a text detector can read.
_SKIP_PARTS = frozenset(
    {"blob", "file", "uri", "image", "image_url", "input_image", "audio", "input_audio", "video", "input_file"}
)
_RESULT_KEYS = ("response", "result", "content", "output", "server_tool_call_response")
# Dict keys that, in a blob that is not a message list, hold the text itself (LangSmith run inputs etc.).
_BLOB_TEXT_KEYS = ("input", "output", "prompt", "query", "question", "completion", "answer", "text", "content")


def _kind_for(role: str, default: MessageKind) -> MessageKind:
    # The table's keys are lowercase, so a role found as sent needs no lowercased copy (nearly every role is).
    found = _ROLE_KIND.get(role)
    if found is not None:
        return found
    return _ROLE_KIND.get(role.lower(), default) if role else default


class _Out:
    """The messages of one record, under the per-record bounds."""

    __slots__ = ("container", "conversation", "event_index", "histories", "max_chars", "max_messages", "messages")

    def __init__(self, config: ExtractConfig, container: str, messages: list[Message] | None = None,
                 histories: Histories | None = None, conversation: str = "") -> None:
        self.container = container
        self.event_index = -1
        self.max_chars = config.max_text_bytes
        self.max_messages = config.max_messages
        self.messages: list[Message] = [] if messages is None else messages
        # Where re-sent histories are remembered (None: every value is read whole), and under which conversation.
        self.histories = histories if conversation else None
        self.conversation = conversation

    @property
    def full(self) -> bool:
        return len(self.messages) >= self.max_messages

    def add(
        self,
        key: str,
        path: Path,
        role: str,
        kind: MessageKind,
        text: str,
        *,
        tool_name: str = "",
        tool_call_id: str = "",
    ) -> None:
        messages = self.messages
        if not text or len(messages) >= self.max_messages:
            return
        if len(text) > self.max_chars:
            text = text[: self.max_chars]
        messages.append(Message(role, kind, text, _location(self.container, key, path, self.event_index),
                                tool_name, tool_call_id))


# Locations recur: message i of ``gen_ai.input.messages`` sits at the same path in every span of every re-sent
# history. One shared object per location (they are immutable and name keys and positions, never content) means
# one allocation less per message, and far fewer objects for the garbage collector to walk. Cleared when full.
_LOCATIONS: dict[tuple[str, str, Path, int], SourceLocation] = {}
_LOCATIONS_MAX = 65_536


def _location(container: str, key: str, path: Path, event_index: int) -> SourceLocation:
    ident = (container, key, path, event_index)
    loc = _LOCATIONS.get(ident)
    if loc is None:
        if len(_LOCATIONS) >= _LOCATIONS_MAX:
            _LOCATIONS.clear()
        loc = _LOCATIONS[ident] = SourceLocation(container, key, path, event_index)
    return loc


def _parse_content(out: _Out, key: str, node: object, path: Path, *, role: str, kind: MessageKind,
                   first: int = 0) -> int:
    """Any node that may hold messages: a message list, one message, parts, a text. Returns messages added.

    ``first`` is the index of a list's first item in the value it came from (a re-sent history's new turns).
    """
    messages = out.messages
    before = len(messages)
    if isinstance(node, str):
        out.add(key, path, role, _kind_for(role, kind), node)
    elif isinstance(node, list):
        for i, item in enumerate(node, first):
            if len(messages) >= out.max_messages:
                break
            if type(item) is dict and _SEMCONV_MESSAGE_KEYS.issuperset(item):
                # The GenAI semconv message ({"role", "parts"[, "finish_reason", "name"]}), what the official
                # instrumentations send for every turn of a re-sent history: read as _parse_message would, inline.
                item_role = item.get("role")
                parts = item.get("parts")
                if type(item_role) is str and item_role and type(parts) is list:
                    item_kind = _kind_for(item_role, kind)
                    for j, part in enumerate(parts):
                        if type(part) is dict and part.get("type") == "text":
                            content = part.get("content")
                            if type(content) is str:
                                # out.add, inlined: every turn of every re-sent history passes here.
                                if content and len(messages) < out.max_messages:
                                    if len(content) > out.max_chars:
                                        content = content[: out.max_chars]
                                    location = _location(out.container, key, (*path, i, "parts", j, "content"),
                                                         out.event_index)
                                    messages.append(Message(item_role, item_kind, content, location))
                                continue
                        _parse_part(out, key, part, (*path, i, "parts", j), role=item_role, kind=item_kind)
                    continue
            if isinstance(item, dict):
                if _is_message(item):
                    _parse_message(out, key, item, (*path, i), role=role, kind=kind)
                else:
                    _parse_part(out, key, item, (*path, i), role=role, kind=kind)
            elif isinstance(item, list | str):
                _parse_content(out, key, item, (*path, i), role=role, kind=kind)
    elif isinstance(node, dict):
        _parse_dict(out, key, node, path, role=role, kind=kind)
    return len(messages) - before


_SEMCONV_MESSAGE_KEYS = frozenset({"role", "parts", "finish_reason", "name"})


def _is_message(node: dict[str, object]) -> bool:
    if "role" in node or "parts" in node or "tool_calls" in node:
        return True
    t = node.get("type")
    if isinstance(t, str) and t in _LANGCHAIN_ROLES:
        return True
    return node.get("lc") == 1 and isinstance(node.get("kwargs"), dict)


def _parse_dict(out: _Out, key: str, node: dict[str, object], path: Path, *, role: str, kind: MessageKind) -> None:
    if _is_message(node):
        _parse_message(out, key, node, path, role=role, kind=kind)
        return
    if isinstance(node.get("messages"), list):  # OpenAI request bodies, LangSmith chat inputs
        _parse_content(out, key, node["messages"], (*path, "messages"), role=role, kind=kind)
        return
    choices = node.get("choices")
    if isinstance(choices, list):  # OpenAI responses
        for i, choice in enumerate(choices):
            if not isinstance(choice, dict):
                continue
            if isinstance(choice.get("message"), dict):
                _parse_message(
                    out, key, choice["message"], (*path, "choices", i, "message"), role="assistant", kind=kind
                )
            elif isinstance(choice.get("text"), str):
                out.add(key, (*path, "choices", i, "text"), "assistant", MessageKind.ASSISTANT, choice["text"])
        return
    generations = node.get("generations")
    if isinstance(generations, list):  # LangChain LLMResult: one list of generations per prompt
        for i, per_prompt in enumerate(generations):
            for j, gen in enumerate(per_prompt if isinstance(per_prompt, list) else [per_prompt]):
                gpath = (*path, "generations", i, j) if isinstance(per_prompt, list) else (*path, "generations", i)
                if isinstance(gen, dict) and isinstance(gen.get("message"), dict):
                    _parse_message(out, key, gen["message"], (*gpath, "message"), role="assistant", kind=kind)
                elif isinstance(gen, dict) and isinstance(gen.get("text"), str):
                    out.add(key, (*gpath, "text"), "assistant", MessageKind.ASSISTANT, gen["text"])
        return
    if isinstance(node.get("type"), str) and ("content" in node or "text" in node):
        _parse_part(out, key, node, path, role=role, kind=kind)
        return
    for k in _BLOB_TEXT_KEYS:
        if k in node:
            _parse_content(out, key, node[k], (*path, k), role=role, kind=kind)


# Message keys besides role/parts/content that can hold text; checked in one set operation per message.
_MESSAGE_EXTRAS = frozenset({"reasoning_content", "reasoning", "refusal", "tool_calls", "function_call", "message"})


def _parse_message(out: _Out, key: str, msg: dict[str, object], path: Path, *, role: str, kind: MessageKind) -> None:
    raw_role = msg.get("role")
    if isinstance(raw_role, str) and raw_role:
        role = raw_role
    else:
        t = msg.get("type")
        ident = msg.get("id")
        if isinstance(t, str) and t in _LANGCHAIN_ROLES:
            role = _LANGCHAIN_ROLES[t]
        elif msg.get("lc") == 1 and isinstance(ident, list) and ident and str(ident[-1]) in _LANGCHAIN_ROLES:
            role = _LANGCHAIN_ROLES[str(ident[-1])]
        kwargs = msg.get("kwargs")
        if msg.get("lc") == 1 and isinstance(kwargs, dict):  # LangChain's serialised constructor form
            msg, path = kwargs, (*path, "kwargs")
    kind = _kind_for(role, kind)
    tool_result = kind is MessageKind.TOOL_RESULT
    call_id = _text(msg.get("tool_call_id") or (msg.get("id") if tool_result else "") or "")
    tool_name = _text(msg.get("name") or "") if tool_result else ""

    parts = msg.get("parts")
    if isinstance(parts, list):
        for j, part in enumerate(parts):
            # The semconv text part is nearly every part there is (and a re-sent history repeats it every turn):
            # read it here, as _parse_part would, without the general dispatch.
            if type(part) is dict and part.get("type") == "text":
                content = part.get("content")
                if type(content) is str:
                    out.add(key, (*path, "parts", j, "content"), role, kind, content)
                    continue
            _parse_part(out, key, part, (*path, "parts", j), role=role, kind=kind)
    content = msg.get("content")
    if isinstance(content, str):
        out.add(key, (*path, "content"), role, kind, content, tool_name=tool_name, tool_call_id=call_id)
    elif isinstance(content, list):
        for j, part in enumerate(content):
            _parse_part(out, key, part, (*path, "content", j), role=role, kind=kind, call_id=call_id)
    elif isinstance(content, dict):
        _parse_part(out, key, content, (*path, "content"), role=role, kind=kind, call_id=call_id)
    if _MESSAGE_EXTRAS.isdisjoint(msg):  # the common case (semconv parts, plain chat): nothing more to read
        return
    for reasoning_key in ("reasoning_content", "reasoning"):
        value = msg.get(reasoning_key)
        if isinstance(value, str):
            out.add(key, (*path, reasoning_key), role, MessageKind.REASONING, value)
    refusal = msg.get("refusal")
    if isinstance(refusal, str):
        out.add(key, (*path, "refusal"), role, kind, refusal)
    calls = msg.get("tool_calls")
    if isinstance(calls, list):
        for j, call in enumerate(calls):
            if isinstance(call, dict):
                _parse_tool_call(out, key, call, (*path, "tool_calls", j), role)
    function_call = msg.get("function_call")
    if isinstance(function_call, dict):  # the pre-tools OpenAI shape
        _parse_tool_call(out, key, function_call, (*path, "function_call"), role)
    nested = msg.get("message")
    if isinstance(nested, dict):  # a choice wrapping its message
        _parse_message(out, key, nested, (*path, "message"), role=role, kind=kind)


def _parse_tool_call(out: _Out, key: str, call: dict[str, object], path: Path, role: str) -> None:
    fn, fpath = call, path
    nested = call.get("function")
    if isinstance(nested, dict):
        fn, fpath = nested, (*path, "function")
    name = _text(fn.get("name") or call.get("name") or "")
    call_id = _text(call.get("id") or call.get("tool_call_id") or call.get("call_id") or "")
    for arg_key in ("arguments", "input", "args", "server_tool_call"):
        if arg_key in fn:
            out.add(
                key,
                (*fpath, arg_key),
                role,
                MessageKind.TOOL_CALL,
                _text(fn[arg_key]),
                tool_name=name,
                tool_call_id=call_id,
            )
            return


def _parse_part(
    out: _Out, key: str, part: object, path: Path, *, role: str, kind: MessageKind, call_id: str = ""
) -> None:
    if isinstance(part, str):
        out.add(key, path, role, kind, part, tool_call_id=call_id if kind is MessageKind.TOOL_RESULT else "")
        return
    if not isinstance(part, dict):
        return
    ptype = part.get("type")
    ptype = ptype if isinstance(ptype, str) else ""
    if ptype in _TOOL_CALL_PARTS:
        _parse_tool_call(out, key, part, path, role)
        return
    if ptype in _TOOL_RESULT_PARTS:
        result_id = _text(part.get("id") or part.get("tool_use_id") or part.get("call_id") or call_id)
        name = _text(part.get("name") or "")
        for rk in _RESULT_KEYS:
            if rk not in part:
                continue
            value = part[rk]
            if isinstance(value, list) and all(isinstance(v, dict) and "type" in v for v in value):
                # Anthropic-style results: a list of content blocks; keep each text block addressable.
                for j, block in enumerate(value):
                    text = block.get("text", block.get("content"))
                    if isinstance(text, str):
                        out.add(
                            key,
                            (*path, rk, j),
                            role,
                            MessageKind.TOOL_RESULT,
                            text,
                            tool_name=name,
                            tool_call_id=result_id,
                        )
            else:
                out.add(
                    key,
                    (*path, rk),
                    role,
                    MessageKind.TOOL_RESULT,
                    _text(value),
                    tool_name=name,
                    tool_call_id=result_id,
                )
            return
        return
    if ptype in _SKIP_PARTS:
        return
    part_kind = MessageKind.REASONING if ptype in _REASONING_PARTS else kind
    for tk in ("content", "text", "thinking", "refusal"):
        value = part.get(tk)
        if isinstance(value, str):
            result_id = call_id if part_kind is MessageKind.TOOL_RESULT else ""
            out.add(key, (*path, tk), role, part_kind, value, tool_call_id=result_id)
            return


# --- attribute sources ------------------------------------------------------------------------------------------

_OPENLLMETRY_FLAT = re.compile(r"gen_ai\.(prompt|completion)\.(\d+)\.(.+)")
_OPENINFERENCE_FLAT = re.compile(r"llm\.(input|output)_messages\.(\d+)\.message\.(.+)")
_FLAT_TOOL_CALL = re.compile(r"tool_calls\.(\d+)\.(?:tool_call\.)?(?:function\.)?(name|arguments|id)")
_FLAT_CONTENTS = re.compile(r"contents\.(\d+)\.message_content\.(text|type)")
_FLAT_PROMPTS = re.compile(r"llm\.(prompts|choices)\.(\d+)\.(?:prompt|completion)\.text")
_FLAT_FUNCTIONS = re.compile(r"llm\.request\.functions\.(\d+)\.(name|description|parameters)")
_FLAT_TOOL_SCHEMA = re.compile(r"llm\.tools\.(\d+)\.tool\.json_schema")
_FLAT_DOCUMENTS = re.compile(r"retrieval\.documents\.(\d+)\.document\.content")

_INPUT_BLOBS = (
    "gen_ai.prompt",
    "traceloop.entity.input",
    "langfuse.observation.input",
    "langfuse.trace.input",
    "input.value",
    "pydantic_ai.all_messages",
)
# Attributes whose messages are the request: the history an agent re-sends on every call. Later stages that count
# what an agent *did* (behaviour) skip assistant turns and tool calls read from them, which were counted when made.
REQUEST_KEYS = frozenset({"gen_ai.input.messages", *_INPUT_BLOBS})
REQUEST_KEY_PREFIXES = ("gen_ai.prompt.", "llm.input_messages.", "llm.prompts.")
# Legacy per-message events that re-send the history: an assistant turn here was made by an earlier call.
_HISTORY_EVENTS = frozenset({"gen_ai.assistant.message"})


def from_request(m: Message) -> bool:
    """True when ``m`` was read from a request attribute (the history re-sent with the request)."""
    key = m.source.key
    return key in REQUEST_KEYS or key.startswith(REQUEST_KEY_PREFIXES)


def is_history(it: Interaction, m: Message) -> bool:
    """True when ``m`` is part of the history the request re-sent (made by an earlier call), not this call's own
    output: read from a request attribute, or a legacy ``gen_ai.assistant.message`` event (``gen_ai.choice`` is
    the call's output)."""
    if from_request(m):
        return True
    # A logs-batch interaction is always read from a LogRecord (extract_log_record).
    return it.signal == "logs" and _event_name(cast("LogRecord", it.record)) in _HISTORY_EVENTS

_OUTPUT_BLOBS = (
    "gen_ai.completion",
    "traceloop.entity.output",
    "langfuse.observation.output",
    "langfuse.trace.output",
    "output.value",
)
# Attributes whose whole value is one tool call's arguments or one tool's result: a string, a JSON string or a
# structured value (kept as compact JSON).
_WHOLE_TOOL_VALUES: tuple[tuple[str, str, MessageKind], ...] = (
    ("gen_ai.tool.call.arguments", "assistant", MessageKind.TOOL_CALL),
    ("tool_arguments", "assistant", MessageKind.TOOL_CALL),  # pydantic-ai instrumentation v2 ("running tool")
    ("gen_ai.tool.args", "assistant", MessageKind.TOOL_CALL),  # old OpenLIT
    ("gen_ai.response.tool_calls", "assistant", MessageKind.TOOL_CALL),  # old OpenLIT: the calls, as text
    ("gen_ai.tool.call.result", "tool", MessageKind.TOOL_RESULT),
    ("tool_response", "tool", MessageKind.TOOL_RESULT),  # pydantic-ai instrumentation v2
)
_TOOL_NAME_KEYS = ("gen_ai.tool.name", "tool.name", "traceloop.entity.name")
# Every content attribute ``_read_attributes`` reads besides the three semconv message keys and the indexed
# (flattened) vendor keys; a record with none of them takes the semconv-only path.
_OTHER_CONTENT_KEYS = frozenset({
    "gen_ai.retrieval.query.text", "gen_ai.retrieval.documents", "gen_ai.tool.definitions", "llm.prompts",
    "llm.choices", *(k for k, _, _ in _WHOLE_TOOL_VALUES), *_INPUT_BLOBS, *_OUTPUT_BLOBS,
})
_TOOL_CALL_ID_KEYS = ("gen_ai.tool.call.id", "tool.id", "tool_call.id")


def _first(attrs: Mapping[str, AnyValue], keys: Iterable[str]) -> str:
    for k in keys:
        av = attrs.get(k)
        if av is not None:
            v = _scalar(av)
            if v:
                return v
    return ""


def _is_tool_span(attrs: Mapping[str, AnyValue]) -> bool:
    if _scalar(attrs.get("gen_ai.operation.name")) == "execute_tool":
        return True
    if "tool_arguments" in attrs or "tool_response" in attrs:
        return True
    for k in ("openinference.span.kind", "traceloop.span.kind", "langfuse.observation.type", "langsmith.span.kind"):
        if _scalar(attrs.get(k)).lower() == "tool":
            return True
    return False


def _read_attributes(out: _Out, attrs: Mapping[str, AnyValue], span_name: str = "") -> None:
    """Every content source in one attribute map, in conversation order: system, input, tools, output."""
    flat = _flat_index(attrs)
    if flat is _NO_FLAT and _OTHER_CONTENT_KEYS.isdisjoint(attrs):
        # What the official instrumentations send: content only in the three semconv message attributes. Every
        # other source below would read nothing, so only these are read (same messages, same order).
        _read_semconv(out, attrs, "gen_ai.system_instructions", "system", MessageKind.SYSTEM)
        _read_semconv(out, attrs, "gen_ai.input.messages", "user", MessageKind.USER)
        _read_semconv(out, attrs, "gen_ai.output.messages", "assistant", MessageKind.ASSISTANT)
        return
    tool_name = _first(attrs, _TOOL_NAME_KEYS)
    is_tool = _is_tool_span(attrs)
    if not tool_name and span_name and is_tool:
        # Langfuse tool observations (and other decorators) name the tool only in the span name.
        tool_name = span_name.removeprefix("execute_tool ").strip()
    tool_call_id = _first(attrs, _TOOL_CALL_ID_KEYS)

    av = attrs.get("gen_ai.system_instructions")
    if av is not None:
        node, _ = _load(av)
        _parse_content(out, "gen_ai.system_instructions", node, (), role="system", kind=MessageKind.SYSTEM)

    structured_input = 0
    av = attrs.get("gen_ai.input.messages")
    if av is not None:
        node, _ = _load(av)
        structured_input += _parse_content(out, "gen_ai.input.messages", node, (), role="user", kind=MessageKind.USER)
    structured_input += _emit_flat(out, attrs, flat.inputs, "user", MessageKind.USER)
    structured_input += _emit_prompts(out, attrs, flat.prompts, "prompts")

    av = attrs.get("gen_ai.retrieval.query.text")
    if av is not None:
        out.add("gen_ai.retrieval.query.text", (), "user", MessageKind.USER, _scalar(av))
    av = attrs.get("gen_ai.retrieval.documents")
    if av is not None:
        node, raw = _load(av)
        _emit_documents(out, "gen_ai.retrieval.documents", node, raw)
    _emit_flat_documents(out, attrs, flat.documents)

    av = attrs.get("gen_ai.tool.definitions")
    if av is not None:
        node, raw = _load(av)
        _emit_tool_definitions(out, "gen_ai.tool.definitions", node, raw)
    _emit_flat_tool_definitions(out, attrs, flat)

    for key, role, kind in _WHOLE_TOOL_VALUES:
        av = attrs.get(key)
        if av is not None:
            text = _scalar(av) or _text(_py(av))
            out.add(key, (), role, kind, text, tool_name=tool_name, tool_call_id=tool_call_id)

    if not structured_input:
        _read_blobs(out, attrs, _INPUT_BLOBS, "user", MessageKind.USER, is_tool, tool_name, tool_call_id)

    structured_output = 0
    av = attrs.get("gen_ai.output.messages")
    if av is not None:
        node, _ = _load(av)
        structured_output += _parse_content(
            out, "gen_ai.output.messages", node, (), role="assistant", kind=MessageKind.ASSISTANT
        )
    structured_output += _emit_flat(out, attrs, flat.outputs, "assistant", MessageKind.ASSISTANT)
    structured_output += _emit_prompts(out, attrs, flat.choices, "choices")
    if not structured_output:
        _read_blobs(out, attrs, _OUTPUT_BLOBS, "assistant", MessageKind.ASSISTANT, is_tool, tool_name, tool_call_id)


def _read_semconv(out: _Out, attrs: Mapping[str, AnyValue], key: str, role: str, kind: MessageKind) -> None:
    av = attrs.get(key)
    if av is None:
        return
    if out.histories is not None and key in _RESENT_KEYS and av.WhichOneof("value") == "string_value":
        _read_resent(out, key, av.string_value, role, kind)
        return
    node, _ = _load(av)
    _parse_content(out, key, node, (), role=role, kind=kind)


# JSON whitespace (RFC 8259), the only characters orjson skips between tokens: str.strip() would skip more.
_JSON_SPACE = " \t\n\r"
# The values an agent re-sends whole on every call of a conversation.
_RESENT_KEYS = frozenset({"gen_ai.system_instructions", "gen_ai.input.messages"})


# (raw, head, items, messages): the JSON array text last read, its length up to (not including) its closing
# bracket, its items and what reading them gave (never changed after). A plain tuple: one is made per span read.
_History = tuple[str, int, int, list[Message]]


class Histories:
    """The last message-list value read per conversation and attribute, so a re-sent history is read once.

    Chat agents send the whole history on every call: turn n's ``gen_ai.input.messages`` is turn n-1's JSON array
    with the new messages appended. When a value starts with the text of the array last read for the same
    conversation and attribute (up to its closing bracket) and goes on with a comma, only the appended items are
    parsed; the earlier items' messages are the ones read before (immutable, so shared). Items of a JSON array are
    read independently of each other, so this gives the same messages, paths and order as reading the value whole;
    any other value (a shorter or edited history, invalid JSON, a bound reached) is read whole.

    Bounded in entries and in characters held (an entry counts twice its value's length: the value, and the
    message texts read from it, which are about as long at most), least recently used first out. Not thread-safe,
    and the messages depend on the bounds of the config they were read under: one per pipeline (the ``extract``
    processor's own).
    """

    def __init__(self, max_entries: int = 4096, max_chars: int = 16 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self.chars = 0
        # Insertion order is recency order (a used entry is re-inserted): the first one is the least recent.
        self._entries: dict[tuple[str, str, int, str], _History] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, ident: tuple[str, str, int, str]) -> _History | None:
        return self._entries.get(ident)

    def touch(self, ident: tuple[str, str, int, str]) -> None:
        self._entries[ident] = self._entries.pop(ident)

    def put(self, ident: tuple[str, str, int, str], raw: str, items: int, messages: list[Message],
            old: _History | None) -> None:
        """Remember ``raw`` (read as a JSON array of ``items`` items) for ``ident``; ``old`` is its entry, if any."""
        entries = self._entries
        if old is not None:
            del entries[ident]
            self.chars -= 2 * len(old[0])
        if 2 * len(raw) > self.max_chars:
            return
        # Kept whole; the head is sliced only when a later value is compared with it (most never are).
        head = len(raw.rstrip(_JSON_SPACE)) - 1  # the caller read raw as a JSON array: it ends with "]"
        entries[ident] = (raw, head, items, messages)
        self.chars += 2 * len(raw)
        while len(entries) > self.max_entries or self.chars > self.max_chars:
            self.chars -= 2 * len(entries.pop(next(iter(entries)))[0])


def _read_resent(out: _Out, key: str, raw: str, role: str, kind: MessageKind) -> None:
    """``_parse_content`` of a JSON string value, reading only what was appended since the conversation's last one."""
    histories = out.histories
    assert histories is not None
    ident = (out.conversation, out.container, out.event_index, key)
    messages = out.messages
    start = len(messages)
    seen = histories.get(ident)
    if seen is not None and raw.startswith(seen[0][:seen[1]]):
        rest = raw[seen[1]:].lstrip(_JSON_SPACE)
        tail: object = None
        if rest[:1] == "]" and not rest[1:].strip(_JSON_SPACE):
            tail = []  # the same array again
        elif rest[:1] == ",":
            try:
                tail = orjson.loads("[" + rest[1:])
            except orjson.JSONDecodeError:
                tail = None
            if not tail:  # "[…, ]" is not JSON: the whole value is text, as reading it whole decides
                tail = None
        if type(tail) is list:
            messages.extend(seen[3])
            _parse_content(out, key, tail, (), role=role, kind=kind, first=seen[2])
            if len(messages) < out.max_messages:  # no bound reached, so nothing was cut short
                if tail:
                    histories.put(ident, raw, seen[2] + len(tail), messages[start:], seen)
                else:
                    histories.touch(ident)
                return
            del messages[start:]
    node, _ = _load_text(raw)
    _parse_content(out, key, node, (), role=role, kind=kind)
    if type(node) is list and len(messages) < out.max_messages:
        histories.put(ident, raw, len(node), messages[start:], seen)


def _read_blobs(out: _Out, attrs: Mapping[str, AnyValue], keys: Sequence[str], role: str, kind: MessageKind,  # noqa: PLR0917
                is_tool: bool, tool_name: str, tool_call_id: str) -> None:
    """The opaque input or output blobs (``input.value``, ``traceloop.entity.input`` …) present on the record."""
    for key in keys:
        av = attrs.get(key)
        if av is not None:
            _read_blob(out, attrs, key, av, role=role, kind=kind, is_tool=is_tool, tool_name=tool_name,
                       tool_call_id=tool_call_id)


def _read_blob(
    out: _Out,
    attrs: Mapping[str, AnyValue],
    key: str,
    av: AnyValue,
    *,
    role: str,
    kind: MessageKind,
    is_tool: bool,
    tool_name: str,
    tool_call_id: str,
) -> None:
    if is_tool and key != "pydantic_ai.all_messages":
        # A tool span's input is the call's arguments and its output the result: one text each, unsplit.
        text = _scalar(av) or _text(_py(av))
        if kind is MessageKind.USER:
            out.add(key, (), "assistant", MessageKind.TOOL_CALL, text, tool_name=tool_name, tool_call_id=tool_call_id)
        else:
            out.add(key, (), "tool", MessageKind.TOOL_RESULT, text, tool_name=tool_name, tool_call_id=tool_call_id)
        return
    mime = _scalar(attrs.get(key.replace(".value", ".mime_type"))) if key.endswith(".value") else ""
    if mime.startswith("text/"):
        out.add(key, (), role, kind, _scalar(av))
        return
    node, raw = _load(av)
    if _parse_content(out, key, node, (), role=role, kind=kind) == 0 and not isinstance(node, str):
        # A shape we do not know: keep the whole value as one text rather than lose it.
        out.add(key, (), role, kind, raw if raw is not None else _text(node))


_FLAT_PREFIXES = (
    "gen_ai.prompt.",
    "gen_ai.completion.",
    "llm.input_messages.",
    "llm.output_messages.",
    "llm.prompts.",
    "llm.choices.",
    "llm.request.functions.",
    "llm.tools.",
    "retrieval.documents.",
)


@dataclass(slots=True)
class _Flat:
    """Indexed vendor keys of one attribute map, grouped by index, found in one pass over the keys."""

    inputs: dict[int, dict[str, str]] = dataclasses.field(default_factory=dict)
    outputs: dict[int, dict[str, str]] = dataclasses.field(default_factory=dict)
    prompts: dict[int, str] = dataclasses.field(default_factory=dict)
    choices: dict[int, str] = dataclasses.field(default_factory=dict)
    functions: dict[int, dict[str, str]] = dataclasses.field(default_factory=dict)
    tools: dict[int, str] = dataclasses.field(default_factory=dict)
    documents: dict[int, str] = dataclasses.field(default_factory=dict)


_NO_FLAT = _Flat()


def _flat_index(attrs: Mapping[str, AnyValue]) -> _Flat:
    flat: _Flat | None = None
    for key in attrs:
        if not key.startswith(_FLAT_PREFIXES):
            continue
        if flat is None:
            flat = _Flat()
        if key.startswith("gen_ai."):
            m = _OPENLLMETRY_FLAT.fullmatch(key)
            if m is not None:
                side = flat.inputs if m.group(1) == "prompt" else flat.outputs
                side.setdefault(int(m.group(2)), {})[m.group(3)] = key
        elif key.startswith(("llm.input_messages.", "llm.output_messages.")):
            m = _OPENINFERENCE_FLAT.fullmatch(key)
            if m is not None:
                side = flat.inputs if m.group(1) == "input" else flat.outputs
                side.setdefault(int(m.group(2)), {})[m.group(3)] = key
        elif key.startswith(("llm.prompts.", "llm.choices.")):
            m = _FLAT_PROMPTS.fullmatch(key)
            if m is not None:
                (flat.prompts if m.group(1) == "prompts" else flat.choices)[int(m.group(2))] = key
        elif key.startswith("llm.request.functions."):
            m = _FLAT_FUNCTIONS.fullmatch(key)
            if m is not None:
                flat.functions.setdefault(int(m.group(1)), {})[m.group(2)] = key
        elif key.startswith("llm.tools."):
            m = _FLAT_TOOL_SCHEMA.fullmatch(key)
            if m is not None:
                flat.tools[int(m.group(1))] = key
        else:
            m = _FLAT_DOCUMENTS.fullmatch(key)
            if m is not None:
                flat.documents[int(m.group(1))] = key
    return flat if flat is not None else _NO_FLAT


def _emit_flat(
    out: _Out, attrs: Mapping[str, AnyValue], side: dict[int, dict[str, str]], role: str, kind: MessageKind
) -> int:
    before = len(out.messages)
    for i in sorted(side):
        if out.full:
            break
        fields = side[i]
        msg_role = _scalar(attrs.get(fields.get("role", ""))) or role
        msg_kind = _kind_for(msg_role, kind)
        tool_result = msg_kind is MessageKind.TOOL_RESULT
        call_id = _scalar(attrs.get(fields.get("tool_call_id", ""))) if tool_result else ""
        name = _scalar(attrs.get(fields.get("name", ""))) if tool_result else ""
        content_key = fields.get("content")
        if content_key is not None:
            node, raw = _load(attrs[content_key])
            # OpenLLMetry stores list content (text + image parts) as a JSON string in the same key.
            if (
                not isinstance(node, list)
                or _parse_content(out, content_key, node, (), role=msg_role, kind=msg_kind) == 0
            ):
                out.add(
                    content_key,
                    (),
                    msg_role,
                    msg_kind,
                    raw if raw is not None else _text(node),
                    tool_name=name,
                    tool_call_id=call_id,
                )
        for field_name in ("refusal", "reasoning_content"):
            fkey = fields.get(field_name)
            if fkey is not None:
                fkind = MessageKind.REASONING if field_name == "reasoning_content" else msg_kind
                out.add(fkey, (), msg_role, fkind, _scalar(attrs[fkey]))
        contents: dict[int, str] = {}
        calls: dict[int, dict[str, str]] = {}
        for fname, fkey in fields.items():
            if fname.startswith("contents."):
                m = _FLAT_CONTENTS.fullmatch(fname)
                if m is not None and m.group(2) == "text":
                    contents[int(m.group(1))] = fkey
            elif fname.startswith("tool_calls."):
                m = _FLAT_TOOL_CALL.fullmatch(fname)
                if m is not None:
                    calls.setdefault(int(m.group(1)), {})[m.group(2)] = fkey
        for j in sorted(contents):
            out.add(
                contents[j], (), msg_role, msg_kind, _scalar(attrs[contents[j]]), tool_name=name, tool_call_id=call_id
            )
        for j in sorted(calls):
            call = calls[j]
            args_key = call.get("arguments")
            if args_key is None:
                continue
            out.add(
                args_key,
                (),
                msg_role,
                MessageKind.TOOL_CALL,
                _scalar(attrs[args_key]) or _text(_py(attrs[args_key])),
                tool_name=_scalar(attrs.get(call.get("name", ""))),
                tool_call_id=_scalar(attrs.get(call.get("id", ""))),
            )
    return len(out.messages) - before


def _emit_prompts(out: _Out, attrs: Mapping[str, AnyValue], found: dict[int, str], which: str) -> int:
    """OpenInference legacy completions: ``llm.prompts.{i}.prompt.text`` / ``llm.choices.{i}.completion.text``."""
    before = len(out.messages)
    role, kind = ("user", MessageKind.USER) if which == "prompts" else ("assistant", MessageKind.ASSISTANT)
    for i in sorted(found):
        out.add(found[i], (), role, kind, _scalar(attrs[found[i]]))
    whole = attrs.get(f"llm.{which}")  # older releases: one string array
    if whole is not None and whole.WhichOneof("value") == "array_value":
        for i, v in enumerate(whole.array_value.values):
            out.add(f"llm.{which}", (i,), role, kind, _scalar(v))
    return len(out.messages) - before


def _definition_name(node: object) -> str:
    if not isinstance(node, dict):
        return ""
    fn = node.get("function")
    if isinstance(fn, dict) and fn.get("name"):
        return _text(fn["name"])
    return _text(node.get("name") or "")


def _emit_tool_definitions(out: _Out, key: str, node: object, raw: str | None) -> None:
    if isinstance(node, list):
        for i, definition in enumerate(node):
            out.add(
                key,
                (i,),
                "system",
                MessageKind.TOOL_DEFINITION,
                _text(definition),
                tool_name=_definition_name(definition),
            )
    elif node is not None:
        text = raw if raw is not None else _text(node)
        out.add(key, (), "system", MessageKind.TOOL_DEFINITION, text, tool_name=_definition_name(node))


def _emit_flat_tool_definitions(out: _Out, attrs: Mapping[str, AnyValue], flat: _Flat) -> None:
    for i in sorted(flat.tools):
        key = flat.tools[i]
        node, raw = _load(attrs[key])
        text = raw if raw is not None else _text(node)
        out.add(key, (), "system", MessageKind.TOOL_DEFINITION, text, tool_name=_definition_name(node))
    for i in sorted(flat.functions):
        fields = flat.functions[i]
        name = _scalar(attrs.get(fields.get("name", "")))
        for field_name in ("description", "parameters"):
            fkey = fields.get(field_name)
            if fkey is not None:
                text = _scalar(attrs[fkey]) or _text(_py(attrs[fkey]))
                out.add(fkey, (), "system", MessageKind.TOOL_DEFINITION, text, tool_name=name)


def _emit_documents(out: _Out, key: str, node: object, raw: str | None) -> None:
    if isinstance(node, list):
        for i, doc in enumerate(node):
            if isinstance(doc, dict):
                for ck in ("content", "text", "page_content"):
                    if isinstance(doc.get(ck), str):
                        out.add(key, (i, ck), "tool", MessageKind.RETRIEVAL, doc[ck])
                        break
                else:
                    out.add(key, (i,), "tool", MessageKind.RETRIEVAL, _text(doc))
            else:
                out.add(key, (i,), "tool", MessageKind.RETRIEVAL, _text(doc))
    elif node is not None:
        out.add(key, (), "tool", MessageKind.RETRIEVAL, raw if raw is not None else _text(node))


def _emit_flat_documents(out: _Out, attrs: Mapping[str, AnyValue], docs: dict[int, str]) -> None:
    for i in sorted(docs):
        out.add(docs[i], (), "tool", MessageKind.RETRIEVAL, _scalar(attrs[docs[i]]))


# --- legacy log events ------------------------------------------------------------------------------------------

_LEGACY_EVENT_ROLES: dict[str, str] = {
    "gen_ai.system.message": "system",
    "gen_ai.user.message": "user",
    "gen_ai.assistant.message": "assistant",
    "gen_ai.tool.message": "tool",
    "gen_ai.tools.message": "tool",  # old OpenLIT's spelling
    "gen_ai.choice": "assistant",
}


def _read_legacy_body(out: _Out, event: str, body: AnyValue) -> None:
    role = _LEGACY_EVENT_ROLES[event]
    node, raw = _load(body)
    kind = _ROLE_KIND[role]
    if isinstance(node, dict):
        _parse_message(out, "body", node, (), role=role, kind=kind)
    elif isinstance(node, str):
        out.add("body", (), role, kind, node)
    elif node is not None and _parse_content(out, "body", node, (), role=role, kind=kind) == 0:
        out.add("body", (), role, kind, raw if raw is not None else _text(node))


# --- identities -------------------------------------------------------------------------------------------------

_PROVIDER_KEYS = ("gen_ai.provider.name", "gen_ai.system", "llm.provider", "llm.system")
_MODEL_KEYS = ("gen_ai.request.model", "gen_ai.response.model", "llm.model_name", "langfuse.observation.model.name")
_OPERATION_KEYS = (
    "gen_ai.operation.name",
    "llm.request.type",
    "openinference.span.kind",
    "traceloop.span.kind",
    "langsmith.span.kind",
    "langfuse.observation.type",
)
_AGENT_NAME_KEYS = ("gen_ai.agent.name", "agent.name", "agent_name")
_INPUT_TOKEN_KEYS = ("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.token_count.prompt")
_OUTPUT_TOKEN_KEYS = ("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens", "llm.token_count.completion")


@dataclass(frozen=True, slots=True)
class _ResourceView:
    attrs: Mapping[str, AnyValue]
    service_name: str
    # What each key tuple finds on the resource: the same for all its records, so looked up once.
    found: dict[tuple[str, ...], tuple[str, str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, resource: Resource | None) -> _ResourceView:
        if resource is None:
            return _EMPTY_RESOURCE
        attrs = {kv.key: kv.value for kv in resource.attributes}
        return cls(attrs, _scalar(attrs.get("service.name")))

    def lookup(self, keys: tuple[str, ...]) -> tuple[str, str]:
        """``(value, "resource:<key>")`` for the first key set on the resource, else ``("", "")``."""
        hit = self.found.get(keys)
        if hit is None:
            hit = ("", "")
            for k in keys:
                av = self.attrs.get(k)
                if av is not None and (v := _scalar(av)):
                    hit = (v, f"resource:{k}")
                    break
            if len(self.found) < 64:  # key tuples come from the config: a handful
                self.found[keys] = hit
        return hit


_EMPTY_RESOURCE = _ResourceView({}, "")


def _lookup(keys: tuple[str, ...], attrs: Mapping[str, AnyValue], resource: _ResourceView) -> tuple[str, str]:
    """``(value, source)`` for the first key set on the record, else the first set on the resource."""
    for k in keys:
        av = attrs.get(k)
        if av is not None and (v := _scalar(av)):
            return v, k
    return resource.lookup(keys)


# Vendor span kinds mapped onto GenAI operation names, so later stages compare one vocabulary.
_OPERATION_ALIASES: dict[str, str] = {
    "llm": "chat",
    "completion": "text_completion",
    "tool": "execute_tool",
    "retriever": "retrieval",
    "embedding": "embeddings",
    "agent": "invoke_agent",
    "workflow": "invoke_workflow",
    "generation": "chat",
}


def _operation(attrs: Mapping[str, AnyValue]) -> str:
    op = _first(attrs, _OPERATION_KEYS)
    return _OPERATION_ALIASES.get(op.lower(), op.lower()) if op else ""


def _fill(
    interaction: Interaction, attrs: Mapping[str, AnyValue], resource: _ResourceView, config: ExtractConfig
) -> None:
    conv, source = _lookup(config.conversation_id_keys, attrs, resource)
    if not conv and config.fallback_to_trace_id and interaction.trace_id:
        conv, source = interaction.trace_id.hex(), "trace_id"
    interaction.conversation_id, interaction.conversation_id_source = conv, source
    interaction.user_id = _lookup(config.user_id_keys, attrs, resource)[0]
    interaction.agent_id = _lookup(("gen_ai.agent.id",), attrs, resource)[0]
    interaction.agent_name = _lookup(_AGENT_NAME_KEYS, attrs, resource)[0]
    interaction.service_name = resource.service_name
    interaction.provider = _first(attrs, _PROVIDER_KEYS)
    interaction.model = _first(attrs, _MODEL_KEYS)
    interaction.operation = _operation(attrs)
    interaction.input_tokens = _first_int(attrs, _INPUT_TOKEN_KEYS)
    interaction.output_tokens = _first_int(attrs, _OUTPUT_TOKEN_KEYS)
    usage = attrs.get("langfuse.observation.usage_details")
    if usage is not None and not (interaction.input_tokens or interaction.output_tokens):
        interaction.input_tokens, interaction.output_tokens = _usage_details(usage)
    if "error.type" in attrs:
        interaction.is_error = True


def _first_int(attrs: Mapping[str, AnyValue], keys: tuple[str, ...]) -> int:
    """The first non-zero count among ``keys``, else 0."""
    for k in keys:
        av = attrs.get(k)
        if av is not None and (n := _int(av)):
            return n
    return 0


def _usage_details(value: AnyValue) -> tuple[int, int]:
    """Langfuse's usage JSON (``input``/``output`` or the provider's own names); a few hundred bytes."""
    node, _ = _load(value)
    if not isinstance(node, dict):
        return 0, 0

    def pick(*keys: str) -> int:
        for k in keys:
            v = node.get(k)
            if isinstance(v, int | float) and not isinstance(v, bool):
                return int(v)
        return 0

    return (
        pick("input", "input_tokens", "prompt_tokens", "promptTokens"),
        pick("output", "output_tokens", "completion_tokens", "completionTokens"),
    )


def _name_tool_results(messages: list[Message], names: dict[str, str] | None = None) -> None:
    """Give tool results the tool name of the call they answer (parts and tool events carry only the call id).

    ``names`` maps call ids to tool names seen elsewhere (other log records of the batch); without it only
    calls in ``messages`` themselves are used.
    """
    if names is None:
        names = _tool_names(messages)
    if not names:
        return
    for i, m in enumerate(messages):
        if m.kind is MessageKind.TOOL_RESULT and not m.tool_name and m.tool_call_id in names:
            messages[i] = m._replace(tool_name=names[m.tool_call_id])


def _tool_names(messages: Iterable[Message]) -> dict[str, str]:
    return {
        m.tool_call_id: m.tool_name
        for m in messages
        if m.kind is MessageKind.TOOL_CALL and m.tool_call_id and m.tool_name
    }


_logger = logging.getLogger(__name__)
_last_unreadable = -60.0


def _unreadable(what: str) -> None:
    """Logs a record extraction could not read, at most once a minute (bad input must not flood the log)."""
    global _last_unreadable  # noqa: PLW0603 - one process-wide rate limit
    now = time.monotonic()
    if now - _last_unreadable >= 60.0:
        _last_unreadable = now
        _logger.warning("Could not read the GenAI content of a %s; it passes through unread.", what, exc_info=True)


# --- public API -------------------------------------------------------------------------------------------------

_STATUS_CODE_ERROR = 2
_SEVERITY_ERROR = 17


# Keys whose values are content even when their structure cannot be read (see ``_read_guarded``).
_RAW_CONTENT_KEYS: dict[str, tuple[str, MessageKind]] = {
    "gen_ai.system_instructions": ("system", MessageKind.SYSTEM),
    "gen_ai.input.messages": ("user", MessageKind.USER),
    **{k: ("user", MessageKind.USER) for k in _INPUT_BLOBS},
    "gen_ai.retrieval.documents": ("tool", MessageKind.RETRIEVAL),
    "gen_ai.tool.definitions": ("system", MessageKind.TOOL_DEFINITION),
    **{k: (role, kind) for k, role, kind in _WHOLE_TOOL_VALUES},
    "gen_ai.output.messages": ("assistant", MessageKind.ASSISTANT),
    **{k: ("assistant", MessageKind.ASSISTANT) for k in _OUTPUT_BLOBS},
}


def _read_guarded(out: _Out, attrs: Mapping[str, AnyValue], span_name: str = "") -> None:
    """``_read_attributes``, degrading to raw text when a JSON value nests deeper than Python's stack.

    orjson accepts 1024 levels of nesting; walking that recursively would overflow. Rather than lose the
    record (an attacker could hide a prompt that way), every content value is then scanned whole, as text.
    """
    start = len(out.messages)
    try:
        _read_attributes(out, attrs, span_name)
    except RecursionError:
        del out.messages[start:]
        for key, (role, kind) in _RAW_CONTENT_KEYS.items():
            av = attrs.get(key)
            if av is not None and av.WhichOneof("value") == "string_value":
                out.add(key, (), role, kind, av.string_value)


def _span(span: Span, chunk: Chunk, config: ExtractConfig, resource: _ResourceView,
          histories: Histories | None = None, *, attrs: dict[str, AnyValue] | None = None) -> Interaction:
    """Reads a span that passed ``is_genai_span``; ``attrs`` is its attribute map when the caller built it."""
    if attrs is None:
        attrs = {kv.key: kv.value for kv in span.attributes}
    interaction = Interaction(
        signal="traces",
        chunk=chunk,
        record=span,
        trace_id=bytes(span.trace_id),
        span_id=bytes(span.span_id),
        time_unix_nano=int(span.start_time_unix_nano),
        is_error=span.status.code == _STATUS_CODE_ERROR,
    )
    # Identities first: the conversation id names the history this span re-sends.
    _fill(interaction, attrs, resource, config)
    out = _Out(config, "span", interaction.messages, histories, interaction.conversation_id)
    _read_guarded(out, attrs, str(span.name))
    for i, event in enumerate(span.events):
        if out.full:
            break
        if event.name.startswith("gen_ai."):
            out.container, out.event_index = "span_event", i
            _read_guarded(out, {kv.key: kv.value for kv in event.attributes})
    _name_tool_results(interaction.messages)
    return interaction


def _log(record: LogRecord, chunk: Chunk, config: ExtractConfig, resource: _ResourceView,
         histories: Histories | None = None) -> Interaction:
    """Reads a log record that passed ``is_genai_log_record``."""
    event = _event_name(record)
    attrs = {kv.key: kv.value for kv in record.attributes}
    interaction = Interaction(
        signal="logs",
        chunk=chunk,
        record=record,
        trace_id=bytes(record.trace_id),
        span_id=bytes(record.span_id),
        time_unix_nano=int(record.time_unix_nano or record.observed_time_unix_nano),
        is_error=record.severity_number >= _SEVERITY_ERROR,
    )
    _fill(interaction, attrs, resource, config)
    out = _Out(config, "log", interaction.messages, histories, interaction.conversation_id)
    # The operation.details event (and any other gen_ai event) carries its content as attributes.
    _read_guarded(out, attrs)
    if event in _LEGACY_EVENT_ROLES and record.HasField("body"):
        start = len(out.messages)
        try:
            _read_legacy_body(out, event, record.body)
        except RecursionError:  # a body nested deeper than the parser's stack: scan it as raw text instead
            del out.messages[start:]
            raw = _scalar(record.body)
            out.add("body", (), _LEGACY_EVENT_ROLES[event], _ROLE_KIND[_LEGACY_EVENT_ROLES[event]], raw)
    _name_tool_results(interaction.messages)
    if not interaction.operation and event in _LEGACY_EVENT_ROLES:
        interaction.operation = "chat"  # the legacy events are only emitted around chat calls
    return interaction


def extract_span(
    span: Span, chunk: Chunk, config: ExtractConfig | None = None, resource: Resource | None = None
) -> Interaction | None:
    """The Interaction for one span, or None when the span carries no GenAI keys.

    ``chunk`` is the Chunk the span lives in (kept on the Interaction for in-place enrichment); ``resource``
    is the span's resource, used for ``service.name`` and as the second place to look for ids.
    """
    if not is_genai_span(span):
        return None
    return _span(span, chunk, config or _DEFAULT_CONFIG, _ResourceView.of(resource))


def extract_log_record(
    record: LogRecord, chunk: Chunk, config: ExtractConfig | None = None, resource: Resource | None = None
) -> Interaction | None:
    """The Interaction for one log record, or None when it is neither a GenAI event nor has GenAI keys."""
    if not is_genai_log_record(record):
        return None
    return _log(record, chunk, config or _DEFAULT_CONFIG, _ResourceView.of(resource))


def extract(batch: Batch, config: ExtractConfig, histories: Histories | None = None) -> list[Interaction]:
    """Interactions for every GenAI span (traces batch) or log record (logs batch), in batch order.

    Metrics batches and non-GenAI records yield nothing. The batch is not modified. ``histories`` (kept by the
    caller across batches) lets a re-sent chat history be read once; the interactions are the same without it.
    """
    found: list[Interaction] = []
    if batch.signal == "traces":
        for chunk in batch.chunks:
            if chunk.raw is not None and not _wire_may_hold_genai(chunk.raw):
                continue
            if not isinstance(chunk.message, ExportTraceServiceRequest):
                continue
            for rs in chunk.message.resource_spans:
                resource: _ResourceView | None = None
                for ss in rs.scope_spans:
                    for span in ss.spans:
                        # The attribute map reading the span needs anyway, built once for the check too.
                        attrs = {kv.key: kv.value for kv in span.attributes}
                        if not is_genai_span(span, attrs):
                            continue
                        if resource is None:  # built once per resource, and only if something needs it
                            resource = _ResourceView.of(rs.resource)
                        try:
                            found.append(_span(span, chunk, config, resource, histories, attrs=attrs))
                        except Exception:  # a reading bug costs one record, never the batch
                            _unreadable("span")
    elif batch.signal == "logs":
        for chunk in batch.chunks:
            if chunk.raw is not None and not _wire_may_hold_genai(chunk.raw):
                continue
            if not isinstance(chunk.message, ExportLogsServiceRequest):
                continue
            for rl in chunk.message.resource_logs:
                resource = None
                for sl in rl.scope_logs:
                    for record in sl.log_records:
                        if not is_genai_log_record(record):
                            continue
                        if resource is None:
                            resource = _ResourceView.of(rl.resource)
                        try:
                            found.append(_log(record, chunk, config, resource, histories))
                        except Exception:
                            _unreadable("log record")
        # Legacy events put a tool call (assistant message or choice) and its result (tool message) in
        # separate records; name results from calls anywhere in the batch. Call ids are unique per call.
        names = _tool_names(m for it in found for m in it.messages)
        if names:
            for it in found:
                _name_tool_results(it.messages, names)
    return found


_DEFAULT_CONFIG = ExtractConfig()
