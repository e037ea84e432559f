"""The ``elasticsearch`` exporter: findings (and optionally enriched GenAI spans) as ECS-aligned documents.

* **Where.** Findings go to the data stream ``logs-spanwatch.findings-<namespace>``; spans, when enabled, to
  ``traces-spanwatch.spans-<namespace>``. At start the exporter installs (idempotently) one ILM policy per
  retention class (``spanwatch-short|standard|extended|regulated``), the component templates
  ``spanwatch-<findings|spans>-mappings`` (shared) and ``-settings-<namespace>`` (the retention), and one index
  template per data stream, priority 500, above the built-in ``logs-*-*``/``traces-*-*`` ones. If Elasticsearch
  is down at start, installation is retried before the first bulk request instead of failing the sidecar.
* **Clusters without a feature** (logged once, counted in ``exporter_elasticsearch_degraded_total{feature}``):
  no ILM → the index template carries a data stream lifecycle ``data_retention`` instead (``ilm``); no
  ``constant_keyword`` mapper → ``keyword`` (``constant_keyword``); no data streams → plain indices with the same
  names (``data_stream``; also ``data_stream: false``); templates refused (e.g. missing privileges) → indexing
  goes on without them (``templates``). Elastic's integ-test distribution, which the tests run, lacks ILM and
  ``constant_keyword``.
* **How.** The official ``elasticsearch`` client (8.x line; through REST compatibility it also talks to ES 9),
  ``_bulk`` with ``create`` actions. Every document has a deterministic ``_id`` (for a finding: conversation,
  message position, a digest of the message text, rule and offsets; per span without a conversation id or with
  ``once_per_conversation: false``), so re-sending after a failure is idempotent and chat history re-sent with
  every turn is indexed once: a 409 means "already indexed" and counts as sent. Small batches are coalesced for
  up to ``bulk.flush_interval`` (bulk requests are cut at ``bulk.max_docs`` / ``bulk.max_bytes``) before they
  enter the sending queue; a batch is acknowledged upstream only once its documents are queued.
* **Failures.** Request-level 429/502/503/504, timeouts and connection errors are retried with jittered backoff
  by the shared delivery helper (and, with a persistent queue, survive restarts and ES outages). Per-document
  failures: documents with a retryable status are re-sent (only those: the sender remembers what earlier
  attempts settled); mapping and other permanent failures, and every document of a request refused as a whole
  (400/401/403/413), are appended to the dead-letter file (JSON lines: time, status, error, index, id,
  document) and counted. Nothing is dropped silently.
* **Self-metrics.** The delivery helper's ``exporter_sent_log_records_total`` / ``exporter_send_failed_...`` /
  ``exporter_retries_total`` / queue gauges count documents (dead-lettered ones as failed), plus
  ``exporter_elasticsearch_{indexed,duplicate,dead_letter,retried}_documents_total``.

Mappings (``findings``): ``@timestamp`` date_nanos; ``event.{kind,category,type,dataset,module,id}`` keyword,
``event.severity`` long, ``event.risk_score`` float; ``rule.{id,name,category,ruleset}`` keyword;
``threat.framework``, ``threat.technique.id`` keyword; ``user.id``, ``service.name``, ``trace.id``, ``span.id``
keyword; ``gen_ai.conversation.id``, ``gen_ai.agent.{id,name}``, ``gen_ai.provider.name``,
``gen_ai.request.model``, ``gen_ai.operation.name`` keyword; ``spanwatch.finding.{detector,category,severity,
entity_type,value_hash,message_kind}`` keyword, ``.{score,confidence}`` float, ``.{message_index,start,end}``
long, ``.evidence`` text (already masked); ``spanwatch.risk.{score}`` float, ``.level`` keyword;
``spanwatch.compliance`` and ``tags`` keyword; ``message`` text; ``data_stream.*`` constant_keyword. Unknown
fields are not indexed (``dynamic: false``) but kept in ``_source``. Spans: ``name``, ids, ``gen_ai.*`` as above,
``spanwatch.risk``, ``spanwatch.threat.types``, ``spanwatch.finding.count`` (long), ``spanwatch.compliance``.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import orjson

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import ByteSize, Duration
from spanwatch.errors import RetryableExportError
from spanwatch.exporters._delivery import Delivery, QueueConfig, RetryConfig
from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import Interaction
from spanwatch.telemetry import Counter, fields

if TYPE_CHECKING:
    from elasticsearch import AsyncElasticsearch

log = logging.getLogger("spanwatch.exporter.elasticsearch")

_RETRYABLE = frozenset({429, 502, 503, 504})
_NAMESPACE = re.compile(r"[a-z0-9_]+")
_SEVERITY = {"info": 1, "low": 21, "medium": 47, "high": 73, "critical": 99}
# Retention classes (see shared compliance anchors): PCI DSS 10.5.1 wants 12 months, HIPAA documentation 6 years.
RETENTION: dict[str, str] = {"short": "30d", "standard": "90d", "extended": "365d", "regulated": "2555d"}

_KW = {"type": "keyword", "ignore_above": 1024}
FINDING_MAPPINGS: dict[str, Any] = {
    "dynamic": False,
    "properties": {
        "@timestamp": {"type": "date_nanos"},
        "message": {"type": "text"},
        "tags": _KW,
        "event": {"properties": {k: _KW for k in ("kind", "category", "type", "dataset", "module", "id")}
                  | {"severity": {"type": "long"}, "risk_score": {"type": "float"}}},
        "rule": {"properties": {k: _KW for k in ("id", "name", "category", "ruleset")}},
        "threat": {"properties": {"framework": _KW, "technique": {"properties": {"id": _KW}}}},
        "user": {"properties": {"id": _KW}},
        "service": {"properties": {"name": _KW}},
        "trace": {"properties": {"id": _KW}},
        "span": {"properties": {"id": _KW}},
        "gen_ai": {"properties": {
            "conversation": {"properties": {"id": _KW}},
            "agent": {"properties": {"id": _KW, "name": _KW}},
            "provider": {"properties": {"name": _KW}},
            "request": {"properties": {"model": _KW}},
            "operation": {"properties": {"name": _KW}},
        }},
        "spanwatch": {"properties": {
            "finding": {"properties": {
                **{k: _KW for k in ("detector", "category", "severity", "entity_type", "value_hash", "message_kind")},
                "score": {"type": "float"}, "confidence": {"type": "float"},
                "message_index": {"type": "long"}, "start": {"type": "long"}, "end": {"type": "long"},
                "evidence": {"type": "text"},
            }},
            "risk": {"properties": {"score": {"type": "float"}, "level": _KW}},
            "compliance": _KW,
        }},
        "data_stream": {"properties": {"type": {"type": "constant_keyword"},
                                       "dataset": {"type": "constant_keyword"},
                                       "namespace": {"type": "constant_keyword"}}},
    },
}
SPAN_MAPPINGS: dict[str, Any] = {
    "dynamic": False,
    "properties": {
        "@timestamp": {"type": "date_nanos"},
        "name": _KW,
        "trace": {"properties": {"id": _KW}},
        "span": {"properties": {"id": _KW}},
        "service": {"properties": {"name": _KW}},
        "user": {"properties": {"id": _KW}},
        "gen_ai": FINDING_MAPPINGS["properties"]["gen_ai"],
        "spanwatch": {"properties": {
            "risk": {"properties": {"score": {"type": "float"}, "level": _KW}},
            "threat": {"properties": {"types": _KW}},
            "finding": {"properties": {"count": {"type": "long"}}},
            "compliance": _KW,
        }},
        "data_stream": FINDING_MAPPINGS["properties"]["data_stream"],
    },
}


@dataclass(frozen=True, kw_only=True)
class BulkConfig:
    # A bulk request is cut at this many documents or bytes, whichever comes first.
    max_docs: int = 500
    max_bytes: ByteSize = ByteSize("5MiB")
    # Documents of small batches wait at most this long to share a bulk request; 0 sends each batch on its own.
    # The batch is acknowledged upstream only once its documents are in the sending queue.
    flush_interval: Duration = Duration("200ms")

    def validate(self) -> list[str]:
        problems = []
        if self.max_docs < 1:
            problems.append(f"max_docs must be >= 1, got {self.max_docs}")
        if self.max_bytes < 1024:
            problems.append(f"max_bytes must be >= 1KiB, got {self.max_bytes}")
        if self.flush_interval < 0:
            problems.append(f"flush_interval must be >= 0, got {self.flush_interval}")
        return problems


@dataclass(frozen=True, kw_only=True)
class ElasticsearchExporterConfig:
    # One or more node URLs.
    endpoints: list[str] = field(default_factory=list)
    # Credentials (prefer api_key); leave empty for an unsecured cluster.
    api_key: str = ""
    username: str = ""
    password: str = ""
    # Data stream namespace: logs-spanwatch.findings-<namespace>, traces-spanwatch.spans-<namespace>.
    namespace: str = "default"
    # Index findings; index enriched GenAI spans (metadata and risk, not content) too.
    findings: bool = True
    spans: bool = False
    # A finding in chat history the agent re-sends with every turn is indexed once per conversation (its
    # document id does not depend on the span; repeats answer 409). false: one document per finding per span.
    once_per_conversation: bool = True
    # Write to data streams (the default). false: plain indices with the same names, for clusters without data
    # streams; the exporter also falls back to this by itself when the cluster rejects a data stream template.
    data_stream: bool = True
    # ILM retention class of each data stream: short (30d), standard (90d), extended (365d), regulated (7y).
    findings_retention: str = "extended"
    spans_retention: str = "standard"
    # Install ILM policies and templates at start (idempotent); turn off when an operator manages them.
    install_templates: bool = True
    bulk: BulkConfig = BulkConfig()
    # Documents Elasticsearch rejects permanently (mapping errors) are appended here (under data_dir if relative).
    dead_letter_path: str = "elasticsearch-dead-letter.jsonl"
    timeout: Duration = Duration("30s")
    retry_on_failure: RetryConfig = RetryConfig()
    sending_queue: QueueConfig = QueueConfig()

    def validate(self) -> list[str]:
        problems = []
        if not self.endpoints:
            problems.append('endpoints must list at least one URL (e.g. ["http://localhost:9200"])')
        for url in self.endpoints:
            if not url.startswith(("http://", "https://")):
                problems.append(f"endpoints must be http:// or https:// URLs, got {url!r}")
        if not _NAMESPACE.fullmatch(self.namespace):
            problems.append("namespace must be lowercase letters, digits and _ (no dashes: data stream naming), "
                            f"got {self.namespace!r}")
        for key in ("findings_retention", "spans_retention"):
            if getattr(self, key) not in RETENTION:
                problems.append(f"{key} must be one of {', '.join(RETENTION)}, got {getattr(self, key)!r}")
        if bool(self.username) != bool(self.password):
            problems.append("username and password must be set together")
        if self.api_key and self.username:
            problems.append("set either api_key or username/password, not both")
        if not self.findings and not self.spans:
            problems.append("at least one of findings, spans must be true")
        if not self.dead_letter_path:
            problems.append("dead_letter_path must be set (permanently rejected documents are kept there)")
        if self.timeout <= 0:
            problems.append(f"timeout must be > 0, got {self.timeout}")
        return problems


def _iso(ns: int) -> str:
    seconds, rest = divmod(ns or time.time_ns(), 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{rest:09d}Z"


def _gen_ai(it: Interaction) -> dict[str, Any]:
    return {"conversation": {"id": it.conversation_id}, "agent": {"id": it.agent_id, "name": it.agent_name},
            "provider": {"name": it.provider}, "request": {"model": it.model},
            "operation": {"name": it.operation}}


def _finding_id(it: Interaction, f: Finding, per_conversation: bool, texts: dict[int, str]) -> str:
    """The document ``_id``: what makes a finding the same one when it is sent again.

    Per conversation (the default), a finding in a message the agent re-sends with every later turn (chat
    history) has the same id each time (conversation, message position, a digest of the text, rule, offsets),
    so Elasticsearch keeps its first occurrence and answers 409 to the repeats: one alert, not one per turn,
    across restarts and sidecar replicas alike (the enrich processor's once_per_conversation, without state).
    Otherwise, and without a conversation id, the id is per span.
    """
    if per_conversation and it.conversation_id:
        digest = texts.get(f.message_index)
        if digest is None:
            text = it.messages[f.message_index].text if 0 <= f.message_index < len(it.messages) else ""
            digest = texts[f.message_index] = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        basis = f"c\x00{it.conversation_id}\x00{f.message_index}\x00{digest}\x00{f.rule_id}\x00{f.start}\x00{f.end}"
    else:
        basis = (f"{it.trace_id.hex()}:{it.span_id.hex()}:{f.rule_id}:{f.message_index}:{f.start}:{f.end}:"
                 f"{it.time_unix_nano}")
    return hashlib.sha256(basis.encode()).hexdigest()[:40]


def finding_documents(it: Interaction, namespace: str, *, per_conversation: bool = True
                      ) -> list[tuple[str, dict[str, Any]]]:
    """(document id, ECS document) for each finding of one interaction."""
    out = []
    trace_id, span_id = it.trace_id.hex(), it.span_id.hex()
    risk = it.risk
    texts: dict[int, str] = {}
    for f in it.findings:
        doc_id = _finding_id(it, f, per_conversation, texts)
        atlas = [t.split(":", 1)[1] for t in f.tags if t.startswith("atlas:")]
        kind = it.messages[f.message_index].kind.value if f.message_index < len(it.messages) else ""
        doc: dict[str, Any] = {
            "@timestamp": _iso(it.time_unix_nano),
            "message": f"{f.category} ({f.rule_id}) in {kind or 'message'} {f.message_index}",
            "event": {"kind": "alert", "category": ["threat" if f.category not in ("pii", "phi", "secret", "payment",
                                                                                   "special_category")
                                                    else "intrusion_detection"],
                      "type": ["indicator"], "dataset": "spanwatch.findings", "module": "spanwatch", "id": doc_id,
                      "severity": _SEVERITY.get(f.severity.label, 47), "risk_score": round(f.score * 100, 2)},
            "rule": {"id": f.rule_id, "name": f.rule_id, "category": f.category, "ruleset": f.detector},
            "user": {"id": it.user_id},
            "service": {"name": it.service_name},
            "trace": {"id": trace_id},
            "span": {"id": span_id},
            "gen_ai": _gen_ai(it),
            "spanwatch": {
                "finding": {"detector": f.detector, "category": f.category, "severity": f.severity.label,
                            "score": f.score, "confidence": f.confidence, "message_index": f.message_index,
                            "message_kind": kind, "start": f.start, "end": f.end, "evidence": f.evidence,
                            "entity_type": f.entity_type, "value_hash": f.value_hash},
                "risk": {"score": risk.score, "level": risk.level} if risk else {},
                "compliance": list(risk.compliance_tags) if risk else [],
            },
            "tags": list(f.tags),
            "data_stream": {"type": "logs", "dataset": "spanwatch.findings", "namespace": namespace},
        }
        if atlas:
            doc["threat"] = {"framework": "MITRE ATLAS", "technique": {"id": atlas}}
        out.append((doc_id, doc))
    return out


def span_document(it: Interaction, namespace: str) -> tuple[str, dict[str, Any]]:
    risk = it.risk
    doc_id = hashlib.sha256(f"{it.trace_id.hex()}:{it.span_id.hex()}:{it.time_unix_nano}:{it.signal}".encode()
                            ).hexdigest()[:40]
    return doc_id, {
        "@timestamp": _iso(it.time_unix_nano),
        "name": getattr(it.record, "name", "") or it.operation,
        "trace": {"id": it.trace_id.hex()},
        "span": {"id": it.span_id.hex()},
        "service": {"name": it.service_name},
        "user": {"id": it.user_id},
        "gen_ai": _gen_ai(it),
        "spanwatch": {"risk": {"score": risk.score, "level": risk.level} if risk else {},
                      "threat": {"types": list(risk.threat_types) if risk else []},
                      "finding": {"count": len(it.findings)},
                      "compliance": list(risk.compliance_tags) if risk else []},
        "data_stream": {"type": "traces", "dataset": "spanwatch.spans", "namespace": namespace},
    }


def _error_text(exc: Any) -> str:
    """The error type and reason of an ApiError, without the request body it may echo."""
    body = getattr(exc, "body", None)
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return f"{error.get('type', '')}: {error.get('reason', '')}"
    return str(error or getattr(exc, "message", "") or type(exc).__name__)


def _unsupported(exc: Any) -> bool:
    """True when the cluster lacks the API or feature (not when it is busy or the request is wrong)."""
    status = getattr(getattr(exc, "meta", None), "status", 0)
    text = _error_text(exc).lower()
    return status in (404, 405, 410) or (status == 400 and ("no handler found" in text or "unknown setting" in text
                                                            or "no handler for type" in text
                                                            or "unknown field" in text
                                                            or "data_stream" in text or "lifecycle" in text))


def _without_constant_keyword(mappings: dict[str, Any]) -> dict[str, Any]:
    """The same mappings with ``constant_keyword`` (an x-pack mapper) replaced by ``keyword``."""
    out: dict[str, Any] = {}
    for key, value in mappings.items():
        if isinstance(value, dict):
            out[key] = _KW if value.get("type") == "constant_keyword" else _without_constant_keyword(value)
        else:
            out[key] = value
    return out


@dataclass(slots=True)
class _Progress:
    """What earlier attempts settled of one bulk payload, so a retry re-sends only what is still open."""

    settled: set[int] = field(default_factory=set)
    dead: int = 0


class Installer:
    """Puts the ILM policies, component templates and index templates; every PUT is idempotent.

    Degrades instead of failing where the cluster lacks a feature (the integ-test distribution, OpenSearch-like
    or serverless deployments): no ILM → retention through the data stream lifecycle; no ``constant_keyword`` →
    ``keyword``; no data streams → plain indices. Each degradation is logged once and counted by feature.
    """

    def __init__(self, client: AsyncElasticsearch, config: ElasticsearchExporterConfig, label: str,
                 degraded: Counter) -> None:
        self.client = client
        self.config = config
        self.label = label
        self._degraded = degraded
        self.data_stream = config.data_stream
        self.ilm = True
        self.features_missing: set[str] = set()

    def _degrade(self, feature: str, consequence: str, exc: Any) -> None:
        if feature in self.features_missing:
            return
        self.features_missing.add(feature)
        self._degraded.add(1, self.label, feature)
        log.warning("Elasticsearch lacks a feature; continuing without it.",
                    extra=fields(exporter=self.label, feature=feature, consequence=consequence,
                                 error=_error_text(exc)))

    async def install(self) -> None:
        from elasticsearch import ApiError

        es = self.client
        meta = {"managed_by": "spanwatch"}
        for cls, age in RETENTION.items():
            try:
                await es.ilm.put_lifecycle(name=f"spanwatch-{cls}", policy={
                    "_meta": meta,
                    "phases": {"hot": {"actions": {"rollover": {"max_age": "7d", "max_primary_shard_size": "50gb"}}},
                               "delete": {"min_age": age, "actions": {"delete": {}}}}})
            except ApiError as exc:
                if not _unsupported(exc):
                    raise
                self.ilm = False
                self._degrade("ilm", "retention through the data stream lifecycle instead of ILM policies", exc)
                break
        for name, full in (("findings", FINDING_MAPPINGS), ("spans", SPAN_MAPPINGS)):
            mappings = _without_constant_keyword(full) if "constant_keyword" in self.features_missing else full
            try:
                await es.cluster.put_component_template(name=f"spanwatch-{name}-mappings",
                                                        template={"mappings": mappings}, meta=meta)
            except ApiError as exc:
                if "constant_keyword" not in _error_text(exc):
                    raise
                self._degrade("constant_keyword", "data_stream.* mapped as keyword", exc)
                await es.cluster.put_component_template(name=f"spanwatch-{name}-mappings",
                                                        template={"mappings": _without_constant_keyword(full)},
                                                        meta=meta)
        for ds_type, name, retention in (("logs", "findings", self.config.findings_retention),
                                         ("traces", "spans", self.config.spans_retention)):
            await self._put_settings(name, retention)
            await self._put_index_template(ds_type, name, retention)
        log.info("Installed Elasticsearch templates.",
                 extra=fields(exporter=self.label, ilm=self.ilm, data_stream=self.data_stream))

    async def _put_settings(self, name: str, retention: str) -> None:
        # The ILM policy only on data streams: its rollover needs one (a plain index would need an alias), and its
        # delete phase on a never-rolled plain index would delete every finding at once. Without it the
        # template is empty, which keeps the names stable.
        settings = ({"index.lifecycle.name": f"spanwatch-{retention}"} if self.ilm and self.data_stream else {})
        await self.client.cluster.put_component_template(
            name=f"spanwatch-{name}-settings-{self.config.namespace}", template={"settings": settings},
            meta={"managed_by": "spanwatch"})

    async def _put_index_template(self, ds_type: str, name: str, retention: str) -> None:
        from elasticsearch import ApiError

        # One index template per namespace: deployments sharing a cluster keep their own retention. The mappings
        # component template is shared (it is the same for every namespace of one spanwatch version).
        stream = f"{ds_type}-spanwatch.{name}-{self.config.namespace}"
        args: dict[str, Any] = {
            "name": stream, "index_patterns": [stream],
            # Above the built-in logs-*-* / traces-*-* templates (priority 100) so ours wins.
            "priority": 500,
            "composed_of": [f"spanwatch-{name}-mappings", f"spanwatch-{name}-settings-{self.config.namespace}"],
            "meta": {"managed_by": "spanwatch", "description": f"spanwatch {name}, namespace "
                                                              f"{self.config.namespace}"}}
        if self.data_stream:
            lifecycle: dict[str, Any] = (
                {} if self.ilm or "data_stream_lifecycle" in self.features_missing
                else {"template": {"lifecycle": {"data_retention": RETENTION[retention]}}})
            try:
                await self.client.indices.put_index_template(**args, data_stream={}, **lifecycle)
                return
            except ApiError as exc:
                if not _unsupported(exc):
                    raise
                if lifecycle:
                    self._degrade("data_stream_lifecycle", "no retention is managed by spanwatch", exc)
                    try:
                        await self.client.indices.put_index_template(**args, data_stream={})
                        return
                    except ApiError as again:
                        if not _unsupported(again):
                            raise
                        exc = again
                self._degrade("data_stream", "plain indices with the data stream names", exc)
                self.data_stream = False
                await self._put_settings(name, retention)
        await self.client.indices.put_index_template(**args)


class BulkSender:
    """One ``_bulk`` attempt per call, with per-document outcomes. Implements the delivery helper's Sender."""

    def __init__(self, config: ElasticsearchExporterConfig, host: Host, label: str) -> None:
        from elasticsearch import AsyncElasticsearch

        auth: dict[str, Any] = {}
        if config.api_key:
            auth["api_key"] = config.api_key
        elif config.username:
            auth["basic_auth"] = (config.username, config.password)
        # Retries belong to the delivery helper (with the persistent queue behind it), not to the client.
        self.client = AsyncElasticsearch(config.endpoints, request_timeout=float(config.timeout), max_retries=0,
                                         retry_on_timeout=False, **auth)
        self.config = config
        self.label = label
        path = Path(config.dead_letter_path)
        self.dead_letter = path if path.is_absolute() else host.data_dir / path
        t = host.telemetry
        self._indexed = t.counter("exporter_elasticsearch_indexed_documents_total",
                                  "Documents Elasticsearch indexed.", ["exporter"])
        self._duplicate = t.counter("exporter_elasticsearch_duplicate_documents_total",
                                    "Documents already indexed (409 on create): by an earlier attempt, or a "
                                    "finding re-sent with chat history. Counted as sent.", ["exporter"])
        self._dead = t.counter("exporter_elasticsearch_dead_letter_documents_total",
                               "Documents rejected permanently and written to the dead-letter file.", ["exporter"])
        self._retried = t.counter("exporter_elasticsearch_retried_documents_total",
                                  "Documents re-sent after a retryable per-document status (429, 5xx).",
                                  ["exporter"])
        self._degraded = t.counter("exporter_elasticsearch_degraded_total",
                                   "Features the cluster lacks that the exporter works without, by feature.",
                                   ["exporter", "feature"])
        self.installer = Installer(self.client, config, label, self._degraded)
        self.installed = not config.install_templates
        self._install_lock = asyncio.Lock()
        # Keyed by a digest of the payload (not the payload: that would keep up to _MAX_PROGRESS requests alive);
        # entries go when their payload is settled, or oldest first if the delivery helper gave up on one.
        self._progress: collections.OrderedDict[bytes, _Progress] = collections.OrderedDict()

    async def install(self) -> None:
        """Install once; a busy or unreachable cluster raises (retried later), a refusal is logged and skipped."""
        from elasticsearch import ApiError

        async with self._install_lock:
            if self.installed:
                return
            try:
                await self.installer.install()
            except ApiError as exc:
                if exc.meta.status in _RETRYABLE:
                    raise
                # E.g. an API key without manage_index_templates: index anyway rather than hold data back; the
                # operator sees the error and the counter, and documents keep arriving.
                self._degraded.add(1, self.label, "templates")
                log.error("Could not install Elasticsearch templates; indexing without them.",
                          extra=fields(exporter=self.label, status=exc.meta.status, error=_error_text(exc)))
            self.installed = True

    async def send(self, signal: Signal, payload: bytes, items: int) -> int:
        from elasticsearch import ApiError, ConnectionError, ConnectionTimeout, TransportError

        key = _digest(payload) if self._progress else b""
        progress = self._progress.get(key) if key else None
        # Split into documents only when needed (a retry, an error): the common path sends the payload as is.
        pairs: list[bytes] = []
        if progress is None:
            open_ = list(range(payload.count(b"\n") // 2))
        else:
            pairs = _pairs(payload)
            open_ = [i for i in range(len(pairs)) if i not in progress.settled]
        try:
            if not self.installed:
                await self.install()
            try:
                results = await self._bulk(payload if progress is None else b"".join(pairs[i] for i in open_),
                                           open_)
            except ApiError as exc:
                if exc.meta.status != 413 or len(open_) < 2:
                    raise
                # Bigger than the cluster's http.max_content_length: halve until the requests fit.
                pairs = pairs or _pairs(payload)
                results = await self._bulk_split(pairs, open_)
        except ApiError as exc:
            status = exc.meta.status
            if status in _RETRYABLE:
                raise RetryableExportError(f"bulk request failed: HTTP {status}") from None
            # The whole request is refused (auth, bad request, one document over the size limit): keep every
            # open document in the dead-letter file rather than drop it.
            error = {"type": "request_rejected", "reason": _error_text(exc)}
            pairs = pairs or _pairs(payload)
            self._write_dead_letters([_dead_letter(pairs[i], status, error) for i in open_])
            return self._finish(key, progress, len(open_))
        except (ConnectionError, ConnectionTimeout, TransportError) as exc:
            raise RetryableExportError(f"elasticsearch unreachable: {type(exc).__name__}") from None
        if results is None:  # no document failed
            self._indexed.add(len(open_), self.label)
            return self._finish(key, progress, 0)
        if progress is None:
            progress = _Progress()
        pairs = pairs or _pairs(payload)
        retry = 0
        dead: list[bytes] = []
        for position, outcome in results:
            status = int(outcome.get("status", 0))
            if status < 300:
                self._indexed.add(1, self.label)
            elif status == 409:
                self._duplicate.add(1, self.label)
            elif status in _RETRYABLE or status == 0:
                retry += 1
                continue
            else:
                dead.append(_dead_letter(pairs[position], status, outcome.get("error")))
            progress.settled.add(position)
        if dead:
            self._write_dead_letters(dead)
            progress.dead += len(dead)
        if retry:
            self._retried.add(retry, self.label)
            key = key or _digest(payload)
            self._progress[key] = progress
            self._progress.move_to_end(key)
            while len(self._progress) > _MAX_PROGRESS:
                self._progress.popitem(last=False)
            raise RetryableExportError(f"{retry} document(s) rejected with a retryable status")
        return self._finish(key, progress, 0)

    async def _bulk(self, body: bytes, positions: list[int]) -> list[tuple[int, dict[str, Any]]] | None:
        """One ``_bulk`` request; None when no document failed, else (position, result) per document."""
        # Bytes go through unserialised (typed as a list of dicts): the NDJSON is built once, at encode time.
        response = await self.client.bulk(operations=cast(Any, body), filter_path="errors,items.*.status,"
                                          "items.*.error.type,items.*.error.reason")
        if not response.body.get("errors"):
            return None
        return [(p, next(iter(item.values()))) for p, item in zip(positions, response.body.get("items", []),
                                                                   strict=False)]

    async def _bulk_split(self, pairs: list[bytes], positions: list[int]) -> list[tuple[int, dict[str, Any]]]:
        from elasticsearch import ApiError

        try:
            results = await self._bulk(b"".join(pairs[i] for i in positions), positions)
        except ApiError as exc:
            if exc.meta.status != 413:
                raise
            if len(positions) == 1:  # one document over the limit: that document is dead-lettered, not its batch
                return [(positions[0], {"status": 413, "error": {"type": "request_too_large",
                                                                 "reason": _error_text(exc)}})]
            half = len(positions) // 2
            return await self._bulk_split(pairs, positions[:half]) + await self._bulk_split(pairs, positions[half:])
        return results if results is not None else [(p, {"status": 201}) for p in positions]

    def _finish(self, key: bytes, progress: _Progress | None, dead_now: int) -> int:
        """Forget the payload's progress; return how many of its documents were dead-lettered in all."""
        if key:
            self._progress.pop(key, None)
        return (progress.dead if progress else 0) + dead_now

    def _write_dead_letters(self, lines: list[bytes]) -> None:
        if not lines:
            return
        self.dead_letter.parent.mkdir(parents=True, exist_ok=True)
        with open(self.dead_letter, "ab") as f:
            f.write(b"\n".join(lines) + b"\n")
            f.flush()
            os.fsync(f.fileno())
        self._dead.add(len(lines), self.label)
        log.error("Elasticsearch rejected documents permanently; written to the dead-letter file.",
                  extra=fields(exporter=self.label, documents=len(lines), path=str(self.dead_letter)))

    async def close(self) -> None:
        await self.client.close()


_MAX_PROGRESS = 4096


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=16).digest()


def _pairs(payload: bytes) -> list[bytes]:
    """The (action line + document line) of each document of an NDJSON bulk payload, newlines included."""
    lines = payload.split(b"\n")
    return [lines[i] + b"\n" + lines[i + 1] + b"\n" for i in range(0, len(lines) - 1, 2)]


def _dead_letter(pair: bytes, status: int, error: Any) -> bytes:
    action, _, doc = pair.rstrip(b"\n").partition(b"\n")
    target = next(iter(orjson.loads(action).values()))
    return orjson.dumps({"time": _iso(0), "status": status, "error": error, "index": target.get("_index"),
                         "id": target.get("_id"), "document": orjson.loads(doc)})


def bulk_lines(config: ElasticsearchExporterConfig, batch: Batch) -> list[bytes]:
    """One ``create`` action + document pair (two NDJSON lines) per document the batch carries."""
    findings_index = f"logs-spanwatch.findings-{config.namespace}"
    spans_index = f"traces-spanwatch.spans-{config.namespace}"
    out: list[bytes] = []
    for it in batch.interactions:
        docs: list[tuple[str, str, dict[str, Any]]] = []
        if config.findings:
            docs += [(findings_index, i, d) for i, d in finding_documents(
                it, config.namespace, per_conversation=config.once_per_conversation)]
        if config.spans and it.signal == "traces":
            sid, sdoc = span_document(it, config.namespace)
            docs.append((spans_index, sid, sdoc))
        for index, doc_id, doc in docs:
            # create, never index: a re-sent document answers 409 instead of being written twice.
            out.append(orjson.dumps({"create": {"_index": index, "_id": doc_id}}) + b"\n" + orjson.dumps(doc)
                       + b"\n")
    return out


def cut(pairs: list[bytes], max_docs: int, max_bytes: int) -> list[tuple[Signal, int, bytes]]:
    """Bulk payloads of at most ``max_docs`` documents and ``max_bytes`` bytes (a bigger document goes alone)."""
    payloads: list[tuple[Signal, int, bytes]] = []
    start, size = 0, 0
    for i, pair in enumerate(pairs):
        if i > start and (i - start >= max_docs or size + len(pair) > max_bytes):
            payloads.append(("logs", i - start, b"".join(pairs[start:i])))
            start, size = i, 0
        size += len(pair)
    if start < len(pairs):
        payloads.append(("logs", len(pairs) - start, b"".join(pairs[start:])))
    return payloads


_FLUSH = Batch(signal="logs")


class ElasticsearchExporter:
    """Coalesces documents into bulk requests in front of the delivery helper (queue, retries, persistence).

    ``consume`` returns once the batch's documents are in the sending queue (persisted, with file storage),
    so what the receiver acknowledges survives an outage or a restart; small batches wait up to
    ``bulk.flush_interval`` for company.
    """

    def __init__(self, id_: ComponentID, config: ElasticsearchExporterConfig, host: Host) -> None:
        self.config = config
        self.sender = BulkSender(config, host, str(id_))
        self.delivery = Delivery(id_, self.sender, host, queue=config.sending_queue, retry=config.retry_on_failure,
                                 timeout=float(config.timeout), encode=self._take_ready)
        self.queue = self.delivery.queue
        self._interval = float(config.bulk.flush_interval)
        self._pairs: list[bytes] = []
        self._bytes = 0
        self._waiters: list[asyncio.Future[None]] = []
        self._ready: list[tuple[Signal, int, bytes]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._flushes: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        if not self.sender.installed:
            try:
                async with asyncio.timeout(min(float(self.config.timeout), 10.0)):
                    await self.sender.install()
            except Exception as exc:  # down or busy: never fail start-up; the first bulk request installs
                log.warning("Elasticsearch is not reachable at start; templates will be installed before the "
                            "first bulk request.", extra=fields(exporter=str(self.delivery.id),
                                                                 error=str(exc) or type(exc).__name__))
        await self.delivery.start()

    def _take_ready(self, _batch: Batch) -> list[tuple[Signal, int, bytes]]:
        # The delivery helper's encode hook: hands over what _flush cut, so enqueueing, refusals and their
        # counters stay in one place.
        ready, self._ready = self._ready, []
        return ready

    async def consume(self, batch: Batch) -> None:
        pairs = bulk_lines(self.config, batch)
        if not pairs:
            return
        bulk = self.config.bulk
        if self._interval <= 0:
            self._ready = cut(pairs, bulk.max_docs, int(bulk.max_bytes))
            await self.delivery.consume(_FLUSH)
            return
        waiter = asyncio.get_running_loop().create_future()
        self._pairs += pairs
        self._bytes += sum(len(p) for p in pairs)
        self._waiters.append(waiter)
        if len(self._pairs) >= bulk.max_docs or self._bytes >= bulk.max_bytes:
            await self._flush()
        elif self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self._interval, self._flush_soon)
        await waiter

    def _flush_soon(self) -> None:
        task = asyncio.get_running_loop().create_task(self._flush())
        self._flushes.add(task)
        task.add_done_callback(self._flushes.discard)

    async def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pairs, waiters = self._pairs, self._waiters
        self._pairs, self._waiters, self._bytes = [], [], 0
        if not pairs:
            return
        bulk = self.config.bulk
        # Cut and hand over without an await in between, so concurrent flushes cannot take each other's payloads.
        self._ready = cut(pairs, bulk.max_docs, int(bulk.max_bytes))
        try:
            await self.delivery.consume(_FLUSH)
        except Exception as exc:  # RefusedError (queue full, shutting down, disk): every waiter's batch is refused
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(exc)
            return
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def shutdown(self) -> None:
        # What consumers are waiting on goes into the queue first, then the delivery helper drains it.
        await self._flush()
        if self._flushes:
            await asyncio.gather(*self._flushes, return_exceptions=True)
        await self.delivery.shutdown()


def _create(id_: ComponentID, config: ElasticsearchExporterConfig, host: Host) -> ElasticsearchExporter:
    return ElasticsearchExporter(id_, config, host)


FACTORY: Factory[ElasticsearchExporterConfig] = Factory(
    type="elasticsearch",
    kind="exporter",
    config_type=ElasticsearchExporterConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Findings (and GenAI spans) as ECS documents in data streams, with templates, ILM and dead letters.",
)
