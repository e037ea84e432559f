"""A poisoned tool definition seen through real instrumentation: the real ``openai`` client offers a ``get_weather``
tool whose description (a malicious MCP server's) orders the model to read the user's SSH key into a parameter and
keep quiet (``instrumented_client.py`` with ``PLAY=poisoned``), under OpenLLMetry and OpenInference, which record the
tools offered on each call. What the real OTLP/HTTP exporters sent runs through extract -> detect -> context -> risk:
the definition is reported by ``tool_poisoning`` on its own message, and the risk stage alerts.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spanwatch.processors.context import ContextConfig, ContextProcessor
from spanwatch.processors.detect import DetectConfig, DetectProcessor
from spanwatch.processors.extract import ExtractConfig, extract
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.risk import RiskConfig, RiskProcessor
from tests.e2e import instrumented_client as client
from tests.infra.fake_llm import FakeLLM, FakeLLMServer
from tests.infra.otlp_capture import OTLPCapture

pytestmark = pytest.mark.slow

RUNNER = Path(__file__).with_name("instrumented_client.py")
INSTRUMENTATION = {"openllmetry": "opentelemetry-instrumentation-openai",
                   "openinference": "openinference-instrumentation-openai"}


@pytest.fixture(scope="module")
def fake_llm() -> Iterator[FakeLLMServer]:
    with FakeLLMServer(FakeLLM(text_reply="It is sunny in Paris.")) as server:
        yield server


@pytest.mark.parametrize("scenario", sorted(INSTRUMENTATION))
def test_poisoned_definition_is_reported_and_alerts(scenario: str, fake_llm: FakeLLMServer) -> None:
    try:
        importlib.metadata.version(INSTRUMENTATION[scenario])
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{INSTRUMENTATION[scenario]} is not installed (pip install -e '.[dev]')")
    with OTLPCapture() as sink:
        done = subprocess.run([sys.executable, str(RUNNER), scenario, fake_llm.base_url, sink.endpoint],
                              capture_output=True, text=True, timeout=180, env=client.child_env(PLAY="poisoned"),
                              check=False)
        assert done.returncode == 0, f"{scenario} runner failed:\n{done.stdout}\n{done.stderr}"
        traces = sink.batch("traces")
    traces.interactions = extract(traces, ExtractConfig())
    risk = RiskProcessor(RiskConfig())
    risk.process(ContextProcessor(ContextConfig()).process(DetectProcessor(DetectConfig()).process(traces)))
    hits = [(it, f) for it in traces.interactions for f in it.findings if f.detector == "tool_poisoning"]
    assert hits, [(m.kind, m.tool_name) for it in traces.interactions for m in it.messages]
    for it, f in hits:
        assert it.messages[f.message_index].kind is MessageKind.TOOL_DEFINITION
        assert it.messages[f.message_index].tool_name == "get_weather"
    assert {f.rule_id for _, f in hits} >= {"tool_poisoning.concepts.credential_harvest"}
    threshold = RiskConfig().risk_threshold
    assert all(it.risk is not None and it.risk.score >= threshold for it, _ in hits)
    assert any("disconnect the MCP server" in r for it, _ in hits for r in (it.risk.recommendations if it.risk else []))
