"""The elasticsearch exporter against a real Elasticsearch 8.14 node (tests/infra): mappings and search, the
degradations this node needs (no ILM, no constant_keyword) and the plain-index fallback, dead letters for
mapping conflicts, a real 429 storm, a 30 s outage and a restart with the persistent queue.

Every finding has a deterministic ``_id`` and is written with ``create``, so "arrived exactly once" is checked
as: the index holds exactly the expected ids, and the exporter counted each as indexed or duplicate.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spanwatch.batch import Batch
from spanwatch.component import ComponentID, Host
from spanwatch.config import load_config
from spanwatch.confmap import decode
from spanwatch.errors import ConfigError, RefusedError
from spanwatch.exporters.elasticsearch import (
    FACTORY,
    ElasticsearchExporter,
    ElasticsearchExporterConfig,
    bulk_lines,
    cut,
    finding_documents,
)
from spanwatch.extensions.file_storage import FileStorage, FileStorageConfig
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import Interaction, Message, MessageKind, SourceLocation
from spanwatch.telemetry import Telemetry
from tests.harness import free_port
from tests.infra.peers import Elasticsearch

FAST_RETRY = {"initial_interval": "100ms", "max_interval": "1s", "max_elapsed_time": "0s"}
T0 = 1_764_000_000_000_000_000
_LOC = SourceLocation(container="span", key="gen_ai.input.messages")


# -- builders ----------------------------------------------------------------------------------------------------


def interaction(n: int, findings: int, *, user: str = "user-42", tag: str = "t") -> Interaction:
    """Interaction number ``n`` of a run ``tag`` with ``findings`` distinct findings (distinct document ids)."""
    trace = (hash(tag) & 0xFFFF_FFFF).to_bytes(8, "big") + n.to_bytes(8, "big")
    rules = [("secret.aws_access_key", "secret", ()), ("prompt_injection.ignore_previous", "prompt_injection",
                                                       ("atlas:AML.T0051.000", "owasp_llm:LLM01"))]
    out = []
    for i in range(findings):
        rule, category, tags = rules[i % 2]
        out.append(Finding(detector="rules", rule_id=rule, category=category, score=0.91, confidence=0.8,
                           severity=Severity.HIGH, message_index=0, start=i * 10, end=i * 10 + 8,
                           evidence="AKIA************", value_hash="3f1c9e0a5d7b2e41", entity_type=category,
                           tags=tags))
    return Interaction(signal="traces", chunk=None, record=None,  # type: ignore[arg-type]
                       trace_id=trace, span_id=n.to_bytes(8, "big"), conversation_id=f"conv-{n % 7}",
                       user_id=user, agent_id="agent-7", agent_name="support-bot", service_name="agent-svc",
                       provider="openai", model="gpt-4o", operation="chat", time_unix_nano=T0 + n * 1000,
                       messages=[Message(role="user", kind=MessageKind.USER, text=f"[{tag} {n}]", source=_LOC)],
                       findings=out)


def batch(start: int, interactions: int, per: int = 5, **kwargs: Any) -> Batch:
    return Batch(signal="traces", interactions=[interaction(n, per, **kwargs)
                                                for n in range(start, start + interactions)])


def expected_ids(batches: list[Batch], namespace: str = "x") -> set[str]:
    return {doc_id for b in batches for it in b.interactions for doc_id, _ in finding_documents(it, namespace)}


def make_exporter(tmp_path: Path, url: str, *, storage: Path | None = None, telemetry: Telemetry | None = None,
                  **overrides: Any) -> tuple[ElasticsearchExporter, Host]:
    raw: dict[str, Any] = {"endpoints": [url], "timeout": "10s", "retry_on_failure": FAST_RETRY,
                           "sending_queue": {"num_consumers": 4}, **overrides}
    extensions: dict[ComponentID, object] = {}
    if storage is not None:
        raw["sending_queue"] = {**raw["sending_queue"], "storage": "file_storage"}
    problems: list[str] = []
    config = decode(ElasticsearchExporterConfig, raw, "exporters::elasticsearch", problems)
    assert problems == [] and config is not None
    host = Host(telemetry=telemetry or Telemetry(), data_dir=tmp_path, logger=logging.getLogger("test.es"),
                extensions=extensions)
    if storage is not None:
        extensions[ComponentID("file_storage")] = FileStorage(ComponentID("file_storage"),
                                                              FileStorageConfig(directory=str(storage)), host)
    exporter = FACTORY.create(ComponentID("elasticsearch"), config, host)
    assert isinstance(exporter, ElasticsearchExporter)
    return exporter, host


def metric(host: Host, name: str, *labels: str) -> float:
    return host.telemetry.counter(name, "").get("elasticsearch", *labels)


async def drain(exporter: ElasticsearchExporter, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    assert exporter.queue is not None
    while exporter.queue.size() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert exporter.queue.size() == 0, "the sending queue did not drain"


async def deliver(exporter: ElasticsearchExporter, batches: list[Batch]) -> None:
    await exporter.start()
    await asyncio.gather(*(exporter.consume(b) for b in batches))
    await drain(exporter)
    await exporter.shutdown()


def ids_in(es: Elasticsearch, index: str) -> list[str]:
    es.request("POST", f"/{index}/_refresh")
    status, body = es.request("POST", f"/{index}/_search", {"size": 10000, "_source": False,
                                                            "query": {"match_all": {}}})
    assert status == 200, body
    return [hit["_id"] for hit in body["hits"]["hits"]]


def search(es: Elasticsearch, index: str, query: dict[str, Any]) -> int:
    status, body = es.request("POST", f"/{index}/_search", {"size": 0, "track_total_hits": True, "query": query})
    assert status == 200, body
    return int(body["hits"]["total"]["value"])


def field_type(mappings: dict[str, Any], dotted: str) -> str:
    node: dict[str, Any] = mappings
    for part in dotted.split("."):
        node = node["properties"][part]
    return str(node["type"])


# -- without a peer ----------------------------------------------------------------------------------------------


def test_finding_documents_are_ecs_alerts_with_atlas_and_no_raw_values() -> None:
    it = interaction(1, 2)
    (id_a, secret), (id_b, injection) = finding_documents(it, "prod")
    assert id_a != id_b and finding_documents(it, "prod")[0][0] == id_a  # deterministic ids
    assert secret["event"]["kind"] == "alert" and secret["event"]["category"] == ["intrusion_detection"]
    assert secret["rule"]["id"] == "secret.aws_access_key" and secret["user"]["id"] == "user-42"
    assert secret["@timestamp"] == "2025-11-24T16:00:00.000001000Z"
    assert secret["gen_ai"]["conversation"]["id"] == "conv-1" and secret["gen_ai"]["agent"]["id"] == "agent-7"
    assert secret["trace"]["id"] == it.trace_id.hex() and secret["span"]["id"] == it.span_id.hex()
    assert secret["spanwatch"]["finding"]["evidence"] == "AKIA************" and "threat" not in secret
    assert injection["threat"] == {"framework": "MITRE ATLAS", "technique": {"id": ["AML.T0051.000"]}}
    assert injection["event"]["category"] == ["threat"] and injection["event"]["risk_score"] == 91.0


def test_bulk_payloads_are_cut_by_documents_and_by_bytes() -> None:
    config = ElasticsearchExporterConfig(endpoints=["http://127.0.0.1:9"], namespace="x")
    pairs = bulk_lines(config, batch(0, 10, per=3))
    assert len(pairs) == 30 and all(p.count(b"\n") == 2 for p in pairs)
    by_docs = cut(pairs, 7, 10_000_000)
    assert [items for _, items, _ in by_docs] == [7, 7, 7, 7, 2]
    size = len(pairs[0])
    by_bytes = cut(pairs, 1000, size * 4 + 1)
    assert all(items <= 4 and len(payload) <= size * 4 + 50 for _, items, payload in by_bytes)
    assert b"".join(payload for _, _, payload in by_bytes) == b"".join(pairs)
    # A document bigger than max_bytes still goes, alone.
    assert [items for _, items, _ in cut(pairs[:3], 10, 10)] == [1, 1, 1]


@pytest.mark.parametrize(("overrides", "problem"), [
    ({"endpoints": []}, "exporters::elasticsearch: endpoints must list at least one URL"),
    ({"endpoints": ["localhost:9200"]}, "exporters::elasticsearch: endpoints must be http:// or https:// URLs"),
    ({"namespace": "Prod-1"}, "exporters::elasticsearch: namespace must be lowercase"),
    ({"findings_retention": "forever"}, "exporters::elasticsearch: findings_retention must be one of short"),
    ({"username": "elastic"}, "exporters::elasticsearch: username and password must be set together"),
    ({"findings": False}, "exporters::elasticsearch: at least one of findings, spans must be true"),
    ({"bulk": {"max_docs": 0}}, "exporters::elasticsearch::bulk: max_docs must be >= 1, got 0"),
    ({"bulk": {"flush_interval": "-1s"}}, "exporters::elasticsearch::bulk: flush_interval must be >= 0"),
    ({"sending_queue": {"num_consumers": 0}}, "exporters::elasticsearch::sending_queue: num_consumers must be > 0"),
])
def test_config_problems_name_their_path(overrides: dict[str, Any], problem: str) -> None:
    exporter = {"endpoints": ["http://127.0.0.1:9200"], **overrides}
    text = json.dumps({"receivers": {"otlp": {"protocols": {"grpc": None}}},
                       "exporters": {"elasticsearch": exporter},
                       "service": {"pipelines": {"traces": {"receivers": ["otlp"],
                                                            "exporters": ["elasticsearch"]}}}})
    with pytest.raises(ConfigError) as err:
        load_config(text=text, env={})
    assert any(p.startswith(problem) for p in err.value.problems), err.value.problems


def test_every_problem_of_one_exporter_is_reported_at_once() -> None:
    config = ElasticsearchExporterConfig(endpoints=["es:9200"], namespace="A-b", spans_retention="x",
                                         username="u", findings=False)
    assert len(config.validate()) == 5


def test_when_elasticsearch_is_unreachable_then_the_queue_stays_bounded_and_refuses(tmp_path: Path) -> None:
    # Nothing listens at the endpoint: documents pile up in the sending queue until its byte bound, then
    # batches are refused (retryable, upstream) instead of growing memory.
    exporter, host = make_exporter(tmp_path, f"http://127.0.0.1:{free_port()}", namespace="bounded",
                                   sending_queue={"num_consumers": 1, "max_bytes": "64KiB", "drain_timeout": "100ms"},
                                   bulk={"flush_interval": "0s"})
    refused = 0

    async def flood() -> None:
        nonlocal refused
        await exporter.start()
        for n in range(40):
            try:
                await exporter.consume(batch(n * 5, 5, tag="bounded"))
            except RefusedError as exc:
                assert exc.retryable
                refused += 1
        assert exporter.queue is not None and exporter.queue.nbytes() <= 64 * 1024 + 8 * 1024
        await exporter.shutdown()

    asyncio.run(flood())
    assert refused > 20
    assert host.telemetry.counter("exporter_enqueue_failed_log_records_total", "").get("elasticsearch") == refused * 25


# -- against the shared node -------------------------------------------------------------------------------------


@pytest.mark.peers
def test_findings_are_searchable_with_their_mappings(tmp_path: Path, elasticsearch: Elasticsearch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    es = elasticsearch
    batches = [batch(0, 4), batch(4, 4)]
    exporter, host = make_exporter(tmp_path, es.url, namespace="search")
    with caplog.at_level(logging.WARNING, "spanwatch.exporter.elasticsearch"):
        asyncio.run(deliver(exporter, batches))
    index = "logs-spanwatch.findings-search"
    assert sorted(ids_in(es, index)) == sorted(expected_ids(batches))
    assert metric(host, "exporter_elasticsearch_indexed_documents_total") == 40
    assert host.telemetry.counter("exporter_sent_log_records_total", "").get("elasticsearch") == 40

    # A data stream (backing .ds- index) from our index template, which composes our component templates.
    status, body = es.request("GET", f"/{index}/_mapping")
    assert status == 200
    ((backing, mapping),) = body.items()
    assert backing.startswith(f".ds-{index}-")
    mappings = mapping["mappings"]
    assert mappings["dynamic"] == "false"
    assert field_type(mappings, "@timestamp") == "date_nanos"
    assert field_type(mappings, "rule.id") == "keyword"
    assert field_type(mappings, "event.risk_score") == "float"
    assert field_type(mappings, "event.severity") == "long"
    assert field_type(mappings, "spanwatch.finding.evidence") == "text"
    # This node has no constant_keyword mapper (x-pack): degraded to keyword, logged and counted.
    assert field_type(mappings, "data_stream.namespace") == "keyword"

    assert search(es, index, {"term": {"rule.id": "secret.aws_access_key"}}) == 24
    assert search(es, index, {"term": {"threat.technique.id": "AML.T0051.000"}}) == 16
    assert search(es, index, {"term": {"gen_ai.conversation.id": "conv-3"}}) == 5
    assert search(es, index, {"range": {"event.risk_score": {"gte": 90, "lt": 92}}}) == 40
    assert search(es, index, {"range": {"@timestamp": {"gte": "2025-11-24T16:00:00.000004000Z"}}}) == 20
    status, body = es.request("POST", f"/{index}/_search", {"size": 1, "query": {"term": {"rule.id":
                                                                                          "secret.aws_access_key"}}})
    doc = body["hits"]["hits"][0]["_source"]
    assert doc["event"]["kind"] == "alert" and doc["user"]["id"] == "user-42"

    # No ILM in this distribution: retention moves to the data stream lifecycle, and the template carries it.
    assert metric(host, "exporter_elasticsearch_degraded_total", "ilm") == 1
    assert metric(host, "exporter_elasticsearch_degraded_total", "constant_keyword") == 1
    status, body = es.request("GET", f"/_index_template/{index}")
    (template,) = body["index_templates"]
    assert template["index_template"]["data_stream"] is not None
    assert template["index_template"]["template"]["lifecycle"]["data_retention"] == "365d"
    assert template["index_template"]["composed_of"] == ["spanwatch-findings-mappings",
                                                         "spanwatch-findings-settings-search"]
    # Each missing feature is logged once, however many consumers raced to install.
    lacks = [r for r in caplog.records if r.getMessage().startswith("Elasticsearch lacks a feature")]
    assert len(lacks) == 2

    # Installing again (a restart) is idempotent and changes nothing.
    again, host2 = make_exporter(tmp_path, es.url, namespace="search")
    asyncio.run(deliver(again, batches))
    assert metric(host2, "exporter_elasticsearch_duplicate_documents_total") == 40
    assert metric(host2, "exporter_elasticsearch_indexed_documents_total") == 0
    assert sorted(ids_in(es, index)) == sorted(expected_ids(batches))
    assert es.request("GET", f"/_index_template/{index}")[1] == body


@pytest.mark.peers
@pytest.mark.parametrize(("once", "documents"), [(True, 2), (False, 3)])
def test_chat_history_resent_in_a_later_turn_is_indexed_once_per_conversation(
        tmp_path: Path, elasticsearch: Elasticsearch, once: bool, documents: int) -> None:
    es = elasticsearch
    namespace = f"history_{once}".lower()
    # Turn 1: the user pastes a key. Turn 2 (another span) re-sends turn 1 as history and adds a new message.
    turn1 = interaction(1, 1, tag=namespace)
    turn2 = interaction(2, 1, tag=namespace)
    turn2.conversation_id = turn1.conversation_id
    turn2.messages = [turn1.messages[0], Message(role="user", kind=MessageKind.USER, text="and now?", source=_LOC)]
    turn2.findings = [turn1.findings[0], dataclasses.replace(turn1.findings[0], message_index=1)]
    exporter, host = make_exporter(tmp_path, es.url, namespace=namespace, once_per_conversation=once,
                                   bulk={"flush_interval": "0s"}, sending_queue={"num_consumers": 1})
    asyncio.run(deliver(exporter, [Batch(signal="traces", interactions=[turn1]),
                                   Batch(signal="traces", interactions=[turn2])]))
    assert len(ids_in(es, f"logs-spanwatch.findings-{namespace}")) == documents
    assert metric(host, "exporter_elasticsearch_indexed_documents_total") == documents
    assert metric(host, "exporter_elasticsearch_duplicate_documents_total") == 3 - documents


@pytest.mark.peers
def test_when_data_streams_are_off_then_plain_indices_get_the_same_mappings(
        tmp_path: Path, elasticsearch: Elasticsearch) -> None:
    es = elasticsearch
    exporter, host = make_exporter(tmp_path, es.url, namespace="plain", data_stream=False, spans=True)
    batches = [batch(0, 3, tag="plain")]
    asyncio.run(deliver(exporter, batches))
    index = "logs-spanwatch.findings-plain"
    assert sorted(ids_in(es, index)) == sorted(expected_ids(batches))
    _, body = es.request("GET", f"/{index}/_mapping")
    ((name, mapping),) = body.items()
    assert name == index  # a plain index, no .ds- backing index
    assert field_type(mapping["mappings"], "rule.id") == "keyword"
    # Spans (metadata and risk, never content) go to their own index.
    assert len(ids_in(es, "traces-spanwatch.spans-plain")) == 3
    assert metric(host, "exporter_elasticsearch_indexed_documents_total") == 18


def bulk_requests(es: Elasticsearch, index: str) -> int:
    """Shard-level bulk operations on a one-shard data stream: one per bulk request that reached it."""
    status, body = es.request("GET", f"/{index}/_stats/bulk")
    assert status == 200, body
    return int(body["_all"]["primaries"]["bulk"]["total_operations"])


@pytest.mark.peers
@pytest.mark.parametrize(("interval", "most", "namespace"), [("300ms", 2, "coalesced"), ("0s", 40, "one_by_one")])
def test_small_batches_share_bulk_requests_within_the_flush_interval(
        tmp_path: Path, elasticsearch: Elasticsearch, interval: str, most: int, namespace: str) -> None:
    es = elasticsearch
    exporter, host = make_exporter(tmp_path, es.url, namespace=namespace, bulk={"flush_interval": interval})
    batches = [batch(n, 1, per=2, tag=namespace) for n in range(40)]

    async def concurrent_agents() -> None:
        await exporter.start()
        # Forty receivers' requests at once, two findings each; each returns once its documents are queued.
        await asyncio.gather(*(exporter.consume(b) for b in batches))
        assert exporter.queue is not None
        await drain(exporter)
        await exporter.shutdown()

    asyncio.run(concurrent_agents())
    index = f"logs-spanwatch.findings-{namespace}"
    assert sorted(ids_in(es, index)) == sorted(expected_ids(batches))
    requests = bulk_requests(es, index)
    assert requests <= most and (interval == "0s") == (requests == 40)
    assert metric(host, "exporter_elasticsearch_indexed_documents_total") == 80


@pytest.mark.peers
def test_a_mapping_conflict_goes_to_the_dead_letter_file_and_is_counted(
        tmp_path: Path, elasticsearch: Elasticsearch) -> None:
    es = elasticsearch
    # An operator-managed template (install_templates: false) that maps user.id as a number.
    status, _ = es.request("PUT", "/_index_template/dlq-findings", {
        "index_patterns": ["logs-spanwatch.findings-dlq"], "priority": 900, "data_stream": {},
        "template": {"mappings": {"properties": {"@timestamp": {"type": "date_nanos"},
                                                 "user": {"properties": {"id": {"type": "long"}}}}}}})
    assert status == 200
    exporter, host = make_exporter(tmp_path, es.url, namespace="dlq", install_templates=False)
    good, bad = batch(0, 2, per=3, user="1234", tag="dlq"), batch(2, 1, per=2, user="alice", tag="dlq")
    asyncio.run(deliver(exporter, [good, bad]))
    assert sorted(ids_in(es, "logs-spanwatch.findings-dlq")) == sorted(expected_ids([good]))
    lines = [json.loads(line) for line in (tmp_path / "elasticsearch-dead-letter.jsonl").read_text().splitlines()]
    assert len(lines) == 2
    assert {line["id"] for line in lines} == expected_ids([bad])
    assert all(line["status"] == 400 and line["error"]["type"] == "document_parsing_exception" for line in lines)
    assert all(line["document"]["user"]["id"] == "alice" and line["index"] == "logs-spanwatch.findings-dlq"
               for line in lines)
    assert metric(host, "exporter_elasticsearch_dead_letter_documents_total") == 2
    assert metric(host, "exporter_elasticsearch_indexed_documents_total") == 6
    assert host.telemetry.counter("exporter_send_failed_log_records_total", "").get("elasticsearch") == 2
    assert host.telemetry.counter("exporter_sent_log_records_total", "").get("elasticsearch") == 6


@pytest.mark.peers
def test_when_spanwatch_restarts_then_the_persistent_queue_still_delivers(
        tmp_path: Path, elasticsearch: Elasticsearch) -> None:
    es = elasticsearch
    storage = tmp_path / "queue"
    batches = [batch(i * 10, 10, tag="restart") for i in range(3)]
    # First run: the cluster is unreachable (nothing listens on this port), so everything stays queued on disk.
    dead_url = f"http://127.0.0.1:{free_port()}"
    first, host1 = make_exporter(tmp_path, dead_url, storage=storage, namespace="restart")

    async def first_run() -> None:
        await first.start()
        for b in batches:
            await first.consume(b)
        await asyncio.sleep(0.5)
        await first.shutdown()

    asyncio.run(first_run())
    assert host1.telemetry.counter("exporter_retries_total", "").get("elasticsearch") >= 1
    assert es.request("GET", "/logs-spanwatch.findings-restart")[0] == 404
    # Second run, same queue directory: nothing new is consumed, the recovered requests are sent.
    second, host2 = make_exporter(tmp_path, es.url, storage=storage, namespace="restart")

    async def second_run() -> None:
        await second.start()
        await drain(second)
        await second.shutdown()

    asyncio.run(second_run())
    assert sorted(ids_in(es, "logs-spanwatch.findings-restart")) == sorted(expected_ids(batches))
    assert metric(host2, "exporter_elasticsearch_indexed_documents_total") == 150


# -- against private nodes ---------------------------------------------------------------------------------------


@pytest.mark.peers
def test_a_real_429_storm_loses_nothing(tmp_path: Path, elasticsearch_factory: Callable[..., Elasticsearch]) -> None:
    # A saturated node, both ways it says so: indexing pressure over its (tiny) memory limit rejects whole bulk
    # requests with 429; one write thread with a one-slot queue rejects shard operations, which the bulk
    # response reports as 429 per document.
    es = elasticsearch_factory(settings={"thread_pool.write.size": 1, "thread_pool.write.queue_size": 1,
                                         "indexing_pressure.memory.limit": "160kb"})
    batches = [batch(i * 20, 20, tag="storm") for i in range(20)]
    exporter, host = make_exporter(tmp_path, es.url, namespace="storm", sending_queue={"num_consumers": 8},
                                   bulk={"max_docs": 25, "flush_interval": "0s"})
    asyncio.run(deliver(exporter, batches))
    _, stats = es.request("GET", "/_nodes/stats/indexing_pressure,thread_pool?filter_path=nodes.*.indexing_pressure"
                                 ".memory.total.coordinating_rejections,nodes.*.thread_pool.write.rejected")
    (node,) = stats["nodes"].values()
    request_rejections = node["indexing_pressure"]["memory"]["total"]["coordinating_rejections"]
    shard_rejections = node["thread_pool"]["write"]["rejected"]
    ids = ids_in(es, "logs-spanwatch.findings-storm")
    assert len(ids) == 2000 and set(ids) == expected_ids(batches)
    retried = metric(host, "exporter_elasticsearch_retried_documents_total")
    requests_retried = host.telemetry.counter("exporter_retries_total", "").get("elasticsearch")
    assert request_rejections > 0 and shard_rejections > 0, stats
    assert requests_retried > 0 and retried > 0
    indexed = metric(host, "exporter_elasticsearch_indexed_documents_total")
    duplicate = metric(host, "exporter_elasticsearch_duplicate_documents_total")
    assert indexed + duplicate == 2000 and indexed == 2000 - duplicate
    assert metric(host, "exporter_elasticsearch_dead_letter_documents_total") == 0
    assert host.telemetry.counter("exporter_sent_log_records_total", "").get("elasticsearch") == 2000
    print(f"429 storm: node rejected {request_rejections} requests and {shard_rejections} shard operations; "
          f"{requests_retried:.0f} retries, {retried:.0f} documents re-sent, {duplicate:.0f} answered 409")


@pytest.mark.peers
def test_requests_over_the_clusters_size_limit_are_split_and_an_oversized_document_is_dead_lettered(
        tmp_path: Path, elasticsearch_factory: Callable[..., Elasticsearch]) -> None:
    # The node answers 413 to any request body over 8 KiB (a cluster whose limit is below bulk.max_bytes).
    es = elasticsearch_factory(settings={"http.max_content_length": "8kb"})
    fits = batch(0, 6, per=5, tag="split")  # 30 documents, ~40 KB in one bulk request
    huge = batch(6, 1, per=1, tag="split")
    it = huge.interactions[0]
    it.findings[0] = dataclasses.replace(it.findings[0], evidence="*" * 12_000)
    exporter, host = make_exporter(tmp_path, es.url, namespace="split", bulk={"flush_interval": "0s"})
    asyncio.run(deliver(exporter, [fits, huge]))
    assert sorted(ids_in(es, "logs-spanwatch.findings-split")) == sorted(expected_ids([fits]))
    (line,) = [json.loads(x) for x in (tmp_path / "elasticsearch-dead-letter.jsonl").read_text().splitlines()]
    assert line["status"] == 413 and line["id"] in expected_ids([huge])
    assert metric(host, "exporter_elasticsearch_indexed_documents_total") == 30
    assert metric(host, "exporter_elasticsearch_dead_letter_documents_total") == 1
    assert host.telemetry.counter("exporter_send_failed_log_records_total", "").get("elasticsearch") == 1


@pytest.mark.peers
def test_when_elasticsearch_is_down_for_30_s_then_nothing_is_lost(
        tmp_path: Path, elasticsearch_factory: Callable[..., Elasticsearch]) -> None:
    es = elasticsearch_factory()
    storage = tmp_path / "queue"
    retry = {"initial_interval": "200ms", "max_interval": "2s", "max_elapsed_time": "0s"}
    sent: list[Batch] = [batch(0, 10, tag="outage")]

    async def scenario() -> Host:
        exporter, _ = make_exporter(tmp_path, es.url, storage=storage, namespace="outage", retry_on_failure=retry)
        await exporter.start()
        await exporter.consume(sent[0])
        await drain(exporter)
        await asyncio.to_thread(es.stop)
        down, n, restarted = time.monotonic(), 10, False
        # Findings keep coming while the node is down; half way through, spanwatch itself restarts.
        while time.monotonic() - down < 30:
            sent.append(batch(n, 5, tag="outage"))
            n += 5
            await exporter.consume(sent[-1])
            if not restarted and time.monotonic() - down > 15:
                await exporter.shutdown()
                exporter, host = make_exporter(tmp_path, es.url, storage=storage, namespace="outage",
                                               retry_on_failure=retry)
                await exporter.start()
                assert exporter.queue is not None and getattr(exporter.queue, "recovered", 0) > 0
                restarted = True
            await asyncio.sleep(1.0)
        assert exporter.queue is not None and exporter.queue.size() > 0
        await asyncio.to_thread(es.start)
        await drain(exporter, timeout=90)
        await exporter.shutdown()
        return host

    host = asyncio.run(scenario())
    ids = ids_in(es, "logs-spanwatch.findings-outage")
    assert len(sent) >= 25
    assert len(ids) == len(expected_ids(sent)) and set(ids) == expected_ids(sent)
    assert host.telemetry.counter("exporter_retries_total", "").get("elasticsearch") >= 1
    assert metric(host, "exporter_elasticsearch_dead_letter_documents_total") == 0
