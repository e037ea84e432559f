"""An agent obeying an injected tool result, seen through real instrumentation: the real ``openai`` client under
openai-v2 (both modes) plays a mail agent (``instrumented_client.py`` with ``PLAY=injected``) against the loopback
fake model, scripted to call ``send_mail`` to the address the injected e-mail named. What the real OTLP/HTTP
exporters sent runs through extract -> detect -> context -> risk.

Span mode carries the injected result and the obeying call in one span: the detect stage's ``tool_provenance``
reports it. Events mode writes each message as its own log record: the context stage's ``tainted_action`` signal
joins them. Either way the risk stage alerts. ``PLAY=business`` does the same with an injection no attack rule
reads (a bill asking, as business mail, to move the autopay) while the user only asked what they owe:
``provenance.unrequested_action`` in span mode, ``tainted_action`` in events mode.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spanwatch.batch import Batch
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


def _scripted(reply: str, tool: str, arguments: str) -> Iterator[FakeLLMServer]:
    """The loopback fake model, scripted to read the mailbox, then call ``tool`` with ``arguments``, then answer."""
    llm = FakeLLM(text_reply=reply, tool_arguments='{"limit": 1}', followup_calls=[(tool, arguments)])
    with FakeLLMServer(llm) as server:
        yield server


@pytest.fixture(scope="module")
def fake_llm() -> Iterator[FakeLLMServer]:
    yield from _scripted("Done.", "send_mail", client.INJECTED_SEND)


@pytest.fixture(scope="module")
def business_llm() -> Iterator[FakeLLMServer]:
    yield from _scripted("You owe $142.18.", "update_autopay", client.BUSINESS_UPDATE)


def _play(scenario: str, fake_llm: FakeLLMServer, play: str = "injected") -> dict[str, Batch]:
    try:
        importlib.metadata.version("opentelemetry-instrumentation-openai-v2")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("opentelemetry-instrumentation-openai-v2 is not installed (pip install -e '.[dev]')")
    with OTLPCapture() as sink:
        env = client.child_env(PLAY=play)
        done = subprocess.run([sys.executable, str(RUNNER), scenario, fake_llm.base_url, sink.endpoint],
                              capture_output=True, text=True, timeout=180, env=env, check=False)
        assert done.returncode == 0, f"{scenario} runner failed:\n{done.stdout}\n{done.stderr}"
        batches = {signal: sink.batch(signal) for signal in ("traces", "logs")}
    detect, context = DetectProcessor(DetectConfig()), ContextProcessor(ContextConfig())
    risk = RiskProcessor(RiskConfig())
    for b in batches.values():
        b.interactions = extract(b, ExtractConfig())
        risk.process(context.process(detect.process(b)))
    return batches


def test_span_mode_reports_the_obeying_call_in_the_span(fake_llm: FakeLLMServer) -> None:
    traces = _play("v2_latest", fake_llm)["traces"]
    hits = [(it, f) for it in traces.interactions for f in it.findings
            if f.rule_id == "provenance.injected_destination"]
    assert hits, [(m.kind, m.tool_name) for it in traces.interactions for m in it.messages]
    it, f = hits[0]
    call = it.messages[f.message_index]
    assert (call.kind, call.tool_name) == (MessageKind.TOOL_CALL, "send_mail")
    assert call.text[f.start:f.end] == client.INJECTED_ADDRESS
    assert it.risk is not None and it.risk.level == "critical"
    assert client.INJECTED_ADDRESS not in f.evidence


def test_events_mode_joins_the_records_in_the_context_stage(fake_llm: FakeLLMServer) -> None:
    logs = _play("v2_events", fake_llm)["logs"]
    flagged = [it for it in logs.interactions if any(s.kind == "tainted_action" for s in it.signals)]
    assert len(flagged) == 1, [(m.kind, m.tool_name) for it in logs.interactions for m in it.messages]
    [it] = flagged
    assert any(m.kind is MessageKind.TOOL_CALL and m.tool_name == "send_mail" for m in it.messages)
    assert it.risk is not None and it.risk.score >= RiskConfig().risk_threshold
    # the injected result itself was an indirect injection in its own record
    assert any(f.category == "indirect_injection" for r in logs.interactions for f in r.findings
               if r.messages and r.messages[0].kind is MessageKind.TOOL_RESULT)


def test_span_mode_reports_an_unrequested_action_on_a_business_mail_value(business_llm: FakeLLMServer) -> None:
    traces = _play("v2_latest", business_llm, "business")["traces"]
    # No attack rule reads the bill: what gives it away is the action the user never asked for.
    assert not any(f.category in ("indirect_injection", "indirect_prompt_injection")
                   for it in traces.interactions for f in it.findings)
    hits = [(it, f) for it in traces.interactions for f in it.findings
            if f.rule_id == "provenance.unrequested_action"]
    assert hits, [(m.kind, m.tool_name) for it in traces.interactions for m in it.messages]
    it, f = hits[0]
    assert it.messages[f.message_index].tool_name == "update_autopay"
    assert client.BUSINESS_ACCOUNT not in f.evidence
    assert it.risk is not None and it.risk.score >= RiskConfig().risk_threshold


def test_events_mode_joins_an_unrequested_action_across_records(business_llm: FakeLLMServer) -> None:
    logs = _play("v2_events", business_llm, "business")["logs"]
    flagged = [it for it in logs.interactions if any(s.kind == "tainted_action" for s in it.signals)]
    assert len(flagged) == 1, [(m.kind, m.tool_name) for it in logs.interactions for m in it.messages]
    assert any(m.tool_name == "update_autopay" for m in flagged[0].messages)
