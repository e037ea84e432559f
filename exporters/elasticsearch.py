"""The ``elasticsearch`` exporter: findings (and optionally enriched GenAI spans) as ECS-aligned documents.

* **Where.** Findings go to the data stream ``logs-spanwatch.findings-<namespace>``; spans, when enabled, to
  ``traces-spanwatch.spans-<namespace>``. At start the exporter installs (idempotently) one ILM policy per
  retention class, component templates with the mappings below, and index templates that outrank the built-in
  ``logs-*-*``/``traces-*-*`` ones. If Elasticsearch is down at start, installation is retried before the first
  bulk request instead of failing the sidecar.
* **How.** The official ``elasticsearch`` client (8.x line; through REST compatibility it also talks to ES 9),
  ``_bulk`` with ``create`` actions. Every document has a deterministic ``_id`` (a hash of trace id, span id,
  rule and offsets), so re-sending a bulk request after a failure is idempotent: a 409 means "already indexed".
* **Failures.** Request-level 429/502/503/504, timeouts and connection errors are retried with jittered backoff
  by the shared delivery helper (and, with a persistent queue, survive restarts and ES outages). Per-document
  failures: retryable statuses retry the request (already indexed documents answer 409); mapping and other
  permanent failures are written to a dead-letter file (JSON lines) and counted; nothing is dropped silently.

Mappings (``findings``): ``@timestamp`` date; ``event.{kind,category,type,dataset,module,id}`` keyword,
``event.severity`` long, ``event.risk_score`` float; ``rule.{id,name,category,ruleset}`` keyword;
``threat.framework``, ``threat.technique.id`` keyword; ``user.id``, ``service.name``, ``trace.id``, ``span.id``
keyword; ``gen_ai.conversation.id``, ``gen_ai.agent.{id,name}``, ``gen_ai.provider.name``,
``gen_ai.request.model``, ``gen_ai.operation.name`` keyword; ``spanwatch.finding.{detector,category,severity,
entity_type,value_hash,message_kind}`` keyword, ``.{score,confidence}`` float, ``.{message_index,start,end}``
long, ``.evidence`` text (already masked); ``spanwatch.risk.{score}`` float, ``.level`` keyword;
``spanwatch.compliance`` and ``tags`` keyword; ``message`` text. Unknown fields are not indexed
(``dynamic: false``) but kept in ``_source``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from spanwatch.batch import Batch, Signal
from spanwatch.component import ComponentID, Factory, Host, Stability
from spanwatch.confmap import ByteSize, Duration
from spanwatch.errors import PermanentExportError, RetryableExportError
from spanwatch.exporters._delivery import Delivery, QueueConfig, RetryConfig
from spanwatch.processors.interaction import Interaction
from spanwatch.telemetry import fields

log = logging.getLogger("spanwatch.exporter.elasticsearch")

_RETRYABLE = frozenset({429, 502, 503, 504})
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

    def validate(self) -> list[str]:
        problems = []
        if self.max_docs < 1:
            problems.append(f"max_docs must be >= 1, got {self.max_docs}")
        if self.max_bytes < 1024:
            problems.append(f"max_bytes must be >= 1KiB, got {self.max_bytes}")
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
        if not self.namespace or not self.namespace.islower() or "-" in self.namespace:
            problems.append(f"namespace must be lowercase without dashes (data stream rules), got {self.namespace!r}")
        for key in ("findings_retention", "spans_retention"):
            if getattr(self, key) not in RETENTION:
                problems.append(f"{key} must be one of {', '.join(RETENTION)}, got {getattr(self, key)!r}")
        if bool(self.username) != bool(self.password):
            problems.append("username and password must be set together")
        if not self.findings and not self.spans:
            problems.append("at least one of findings, spans must be true")
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


def finding_documents(it: Interaction, namespace: str) -> list[tuple[str, dict[str, Any]]]:
    """(document id, ECS document) for each finding of one interaction."""
    out = []
    trace_id, span_id = it.trace_id.hex(), it.span_id.hex()
    risk = it.risk
    for f in it.findings:
        doc_id = hashlib.sha256(f"{trace_id}:{span_id}:{f.rule_id}:{f.message_index}:{f.start}:{f.end}:"
                                f"{it.time_unix_nano}".encode()).hexdigest()[:40]
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


class BulkSender:
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
        self.installed = not config.install_templates
        path = Path(config.dead_letter_path)
        self.dead_letter = path if path.is_absolute() else host.data_dir / path
        self.label = label
        t = host.telemetry
        self._indexed = t.counter("exporter_elasticsearch_docs_total", "Documents by outcome "
                                  "(indexed, duplicate, dead_letter, retried).", ["exporter", "outcome"])

    async def install(self) -> None:
        """ILM policies, component templates and index templates; PUTs are idempotent."""
        es = self.client
        for cls, age in RETENTION.items():
            await es.ilm.put_lifecycle(name=f"spanwatch-{cls}", policy={
                "_meta": {"managed_by": "spanwatch"},
                "phases": {"hot": {"actions": {"rollover": {"max_age": "7d", "max_primary_shard_size": "50gb"}}},
                           "delete": {"min_age": age, "actions": {"delete": {}}}}})
        for name, mappings in (("findings", FINDING_MAPPINGS), ("spans", SPAN_MAPPINGS)):
            await es.cluster.put_component_template(name=f"spanwatch-{name}-mappings",
                                                    template={"mappings": mappings},
                                                    meta={"managed_by": "spanwatch"})
        for ds_type, name, retention in (("logs", "findings", self.config.findings_retention),
                                         ("traces", "spans", self.config.spans_retention)):
            await es.cluster.put_component_template(
                name=f"spanwatch-{name}-settings",
                template={"settings": {"index.lifecycle.name": f"spanwatch-{retention}"}},
                meta={"managed_by": "spanwatch"})
            await es.indices.put_index_template(
                name=f"{ds_type}-spanwatch.{name}", index_patterns=[f"{ds_type}-spanwatch.{name}-*"],
                data_stream={}, priority=500,
                composed_of=[f"spanwatch-{name}-mappings", f"spanwatch-{name}-settings"],
                meta={"managed_by": "spanwatch", "description": f"spanwatch {name}"})
        self.installed = True
        log.info("Installed Elasticsearch templates and ILM policies.", extra=fields(exporter=self.label))

    async def send(self, signal: Signal, payload: bytes, items: int) -> int:
        from elasticsearch import ApiError, ConnectionError, ConnectionTimeout, TransportError

        try:
            if not self.installed:
                await self.install()
            response = await self.client.bulk(operations=payload, filter_path="errors,items.*.status,"
                                              "items.*.error,items.*._id")
        except ApiError as exc:
            status = exc.meta.status
            if status in _RETRYABLE:
                raise RetryableExportError(f"bulk request failed: HTTP {status}") from None
            raise PermanentExportError(f"bulk request rejected: HTTP {status}: {exc.message}") from None
        except (ConnectionError, ConnectionTimeout, TransportError) as exc:
            raise RetryableExportError(f"elasticsearch unreachable: {type(exc).__name__}") from None
        body = response.body
        items_out = body.get("items", [])
        if not body.get("errors"):
            self._indexed.add(len(items_out), self.label, "indexed")
            return 0
        lines = payload.split(b"\n")
        retry = 0
        dead: list[bytes] = []
        for i, item in enumerate(items_out):
            result = next(iter(item.values()))
            status = int(result.get("status", 0))
            if status < 300:
                self._indexed.add(1, self.label, "indexed")
            elif status == 409:
                self._indexed.add(1, self.label, "duplicate")  # indexed by an earlier attempt
            elif status in _RETRYABLE:
                retry += 1
            else:
                doc = lines[2 * i + 1] if 2 * i + 1 < len(lines) else b"{}"
                dead.append(orjson.dumps({"time": _iso(0), "status": status, "error": result.get("error"),
                                          "document": orjson.loads(doc)}))
        if dead:
            self._write_dead_letters(dead)
        if retry:
            self._indexed.add(retry, self.label, "retried")
            # Re-sending the whole request is safe: what was indexed answers 409 next time.
            raise RetryableExportError(f"{retry} document(s) rejected with a retryable status")
        return len(dead)

    def _write_dead_letters(self, lines: list[bytes]) -> None:
        self.dead_letter.parent.mkdir(parents=True, exist_ok=True)
        with open(self.dead_letter, "ab") as f:
            f.write(b"\n".join(lines) + b"\n")
            f.flush()
            os.fsync(f.fileno())
        self._indexed.add(len(lines), self.label, "dead_letter")
        log.error("Elasticsearch rejected documents permanently; written to the dead-letter file.",
                  extra=fields(exporter=self.label, documents=len(lines), path=str(self.dead_letter)))

    async def close(self) -> None:
        await self.client.close()


def encoder(config: ElasticsearchExporterConfig) -> Any:
    findings_index = f"logs-spanwatch.findings-{config.namespace}"
    spans_index = f"traces-spanwatch.spans-{config.namespace}"
    max_docs, max_bytes = config.bulk.max_docs, int(config.bulk.max_bytes)

    def encode(batch: Batch) -> list[tuple[Signal, int, bytes]]:
        payloads: list[tuple[Signal, int, bytes]] = []
        lines: list[bytes] = []
        size = 0

        def cut() -> None:
            nonlocal lines, size
            if lines:
                payloads.append(("logs", len(lines) // 2, b"\n".join(lines) + b"\n"))
                lines, size = [], 0

        for it in batch.interactions:
            docs: list[tuple[str, str, dict[str, Any]]] = []
            if config.findings:
                docs += [(findings_index, i, d) for i, d in finding_documents(it, config.namespace)]
            if config.spans and it.signal == "traces":
                sid, sdoc = span_document(it, config.namespace)
                docs.append((spans_index, sid, sdoc))
            for index, doc_id, doc in docs:
                action = orjson.dumps({"create": {"_index": index, "_id": doc_id}})
                body = orjson.dumps(doc)
                if lines and (len(lines) // 2 >= max_docs or size + len(action) + len(body) > max_bytes):
                    cut()
                lines += [action, body]
                size += len(action) + len(body) + 2
        cut()
        return payloads

    return encode


def _create(id_: ComponentID, config: ElasticsearchExporterConfig, host: Host) -> Delivery:
    return Delivery(id_, BulkSender(config, host, str(id_)), host, queue=config.sending_queue,
                    retry=config.retry_on_failure, timeout=float(config.timeout), encode=encoder(config))


FACTORY: Factory[ElasticsearchExporterConfig] = Factory(
    type="elasticsearch",
    kind="exporter",
    config_type=ElasticsearchExporterConfig,
    create=_create,
    stability={"traces": Stability.ALPHA, "logs": Stability.ALPHA},
    description="Findings (and GenAI spans) as ECS documents in data streams, with templates, ILM and dead letters.",
)
