"""pytest fixtures for the real peers of tests/infra/peers.py.

Register once in the top-level ``tests/conftest.py``::

    pytest_plugins = ["tests.infra.fixtures"]

Fixtures:

``otelcol_binary`` (session)  Path of the collector binary, built on first use if missing.
``elasticsearch_home`` (session)  Path of the Elasticsearch distribution, fetched on first use if missing.
``otelcol`` (function)  a started ``OtelCollector`` in the test's tmp dir, stopped after the test.
``otelcol_factory`` (function)  ``otelcol_factory(**kwargs) -> OtelCollector``: more collectors, or one with
    ``forward_to``/``overrides``/``self_metrics``; each is started and stopped after the test.
``elasticsearch`` (session)  one started ``Elasticsearch`` shared by the session (a JVM start costs 10-60 s);
    tests must use their own index names and not restart it.
``elasticsearch_factory`` (function)  ``elasticsearch_factory(settings=..., heap_mb=...) -> Elasticsearch``: a
    private node, e.g. with tiny ``indexing_pressure.memory.limit`` for 429 tests or to stop/restart it.

When a peer cannot be built the fixture fails the test, with the build script's output. Set
``SPANWATCH_ALLOW_SKIP_PEERS=1`` to skip those tests instead (for a machine without Go, Java or Maven).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.infra.peers import (
    Elasticsearch,
    OtelCollector,
    PeerError,
    build_elasticsearch,
    build_otelcol,
)


def _unavailable(what: str, err: Exception) -> None:
    message = f"{what} is not available: {err}"
    if os.environ.get("SPANWATCH_ALLOW_SKIP_PEERS") == "1":
        pytest.skip(message)
    pytest.fail(message + "\n(set SPANWATCH_ALLOW_SKIP_PEERS=1 to skip instead)", pytrace=False)


@pytest.fixture(scope="session")
def otelcol_binary() -> Path:
    try:
        return build_otelcol()
    except (PeerError, OSError) as err:
        _unavailable("the OpenTelemetry Collector (tests/infra/build_otelcol.sh)", err)
        raise  # unreachable: _unavailable always raises


@pytest.fixture(scope="session")
def elasticsearch_home() -> Path:
    try:
        return build_elasticsearch()
    except (PeerError, OSError) as err:
        _unavailable("Elasticsearch (tests/infra/build_elasticsearch.sh)", err)
        raise


@pytest.fixture
def otelcol_factory(otelcol_binary: Path, tmp_path: Path) -> Iterator[Callable[..., OtelCollector]]:
    started: list[OtelCollector] = []

    def make(**kwargs: Any) -> OtelCollector:
        collector = OtelCollector(otelcol_binary, tmp_path / f"otelcol-{len(started)}", **kwargs)
        started.append(collector)
        collector.start()
        return collector

    yield make
    for collector in started:
        collector.close()


@pytest.fixture
def otelcol(otelcol_factory: Callable[..., OtelCollector]) -> OtelCollector:
    return otelcol_factory()


@pytest.fixture(scope="session")
def elasticsearch(elasticsearch_home: Path) -> Iterator[Elasticsearch]:
    # No workdir: when we run as root the node runs as nobody, which cannot enter pytest's private tmp dirs;
    # the class makes (and removes) a suitable directory itself.
    with Elasticsearch(elasticsearch_home) as node:
        yield node


@pytest.fixture
def elasticsearch_factory(elasticsearch_home: Path) -> Iterator[Callable[..., Elasticsearch]]:
    started: list[Elasticsearch] = []

    def make(**kwargs: Any) -> Elasticsearch:
        node = Elasticsearch(elasticsearch_home, **kwargs)
        started.append(node)
        node.start()
        return node

    yield make
    for node in started:
        node.close()
