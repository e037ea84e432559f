"""The Helm chart (helm/spanwatch), rendered by the real helm CLI (built by tests/infra/build_helm.sh).

What the chart renders is then run: the container's args and environment start a real spanwatch that answers
its probes, and a config given in values passes `spanwatch validate` as the init container would run it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.harness import free_port, wait_until

ROOT = Path(__file__).resolve().parents[1]
CHART = ROOT / "helm" / "spanwatch"

pytestmark = pytest.mark.peers


@pytest.fixture(scope="session")
def helm() -> Path:
    out = subprocess.run(["bash", str(ROOT / "tests/infra/build_helm.sh")], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        if os.environ.get("SPANWATCH_ALLOW_SKIP_PEERS") == "1":
            pytest.skip(f"helm could not be built: {out.stderr[-500:]}")
        pytest.fail(f"helm could not be built:\n{out.stderr[-2000:]}")
    return Path(out.stdout.strip().splitlines()[-1])


def _template(helm: Path, *args: str) -> list[dict[str, Any]]:
    out = subprocess.run([str(helm), "template", "sw", str(CHART), *args], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stderr
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def _kind(docs: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    (doc,) = [d for d in docs if d["kind"] == kind]
    return doc


def test_chart_lints_in_both_modes(helm: Path) -> None:
    for mode in ("gateway", "sidecar"):
        out = subprocess.run([str(helm), "lint", str(CHART), "--set", f"mode={mode}"], capture_output=True,
                             text=True, check=False)
        assert out.returncode == 0, out.stdout + out.stderr


def test_an_unknown_mode_fails_with_a_message_naming_the_key(helm: Path) -> None:
    out = subprocess.run([str(helm), "template", "sw", str(CHART), "--set", "mode=daemonset"], capture_output=True,
                         text=True, check=False)
    assert out.returncode != 0
    assert 'mode must be gateway or sidecar, got "daemonset"' in out.stderr


def test_sidecar_mode_renders_the_container_as_data_and_no_workload(helm: Path) -> None:
    docs = _template(helm, "--set", "mode=sidecar")
    assert not [d for d in docs if d["kind"] in ("Deployment", "Service", "PersistentVolumeClaim")]
    data = _kind(docs, "ConfigMap")["data"]
    container = yaml.safe_load(data["container.yaml"])
    assert container["restartPolicy"] == "Always"  # a native sidecar: starts first, stops last
    assert yaml.safe_load(data["volumes.yaml"]) == [{"name": "data", "emptyDir": {}}]


def _container(helm: Path, mode: str, *args: str) -> dict[str, Any]:
    docs = _template(helm, "--set", f"mode={mode}", *args)
    if mode == "gateway":
        (container,) = _kind(docs, "Deployment")["spec"]["template"]["spec"]["containers"]
        return dict(container)
    return dict(yaml.safe_load(_kind(docs, "ConfigMap")["data"]["container.yaml"]))


@pytest.mark.parametrize("mode", ["gateway", "sidecar"])
def test_the_rendered_container_starts_a_working_spanwatch(helm: Path, tmp_path: Path, mode: str) -> None:
    ports = {"otlpGrpc": free_port(), "otlpHttp": free_port(), "health": free_port(), "metrics": free_port()}
    args = [a for k, v in ports.items() for a in ("--set", f"ports.{k}={v}")]
    container = _container(helm, mode, *args, "--set", f"dataDir={tmp_path / 'data'}")
    assert container["readinessProbe"]["httpGet"]["port"] == "health"
    if mode == "gateway":
        service = _kind(_template(helm, *args), "Service")
        assert {p["name"]: p["port"] for p in service["spec"]["ports"]} == {
            "otlp-grpc": ports["otlpGrpc"], "otlp-http": ports["otlpHttp"], "metrics": ports["metrics"]}
    env = {e["name"]: e["value"] for e in container["env"] if "value" in e}
    env["MY_POD_IP"] = "127.0.0.1"
    proc = subprocess.Popen([sys.executable, "-m", "spanwatch", *container["args"]], cwd=tmp_path,
                            env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        def healthy() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{ports['health']}/", timeout=2) as resp:
                    return resp.status == 200
            except OSError:
                return False

        # dataDir is fresh, so the rule cache is cold: the pod serves on RE2 within seconds while Hyperscan
        # compiles in the background (a generous bound all the same: the suite shares 2 vCPUs).
        assert wait_until(healthy, timeout=240), "the rendered container never became healthy"
        with urllib.request.urlopen(f"http://127.0.0.1:{ports['metrics']}/metrics", timeout=5) as resp:
            assert b"spanwatch_receiver_accepted_spans_total" in resp.read()
        # Bound to every interface, as a pod must be (the defaults bind to localhost).
        body = json.dumps({"resourceSpans": []}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{ports['otlpHttp']}/v1/traces", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert resp.status == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, output
    assert (tmp_path / "data" / "cache").is_dir()  # the rule cache lands under dataDir, not the read-only root


def test_a_config_in_values_becomes_a_configmap_that_validates(helm: Path, tmp_path: Path) -> None:
    default = yaml.safe_load(resources.files("spanwatch.defaults").joinpath("default.yaml").read_text())
    values = tmp_path / "values.yaml"
    values.write_text(yaml.safe_dump({"config": default}))
    docs = _template(helm, "-f", str(values))
    config_text = _kind(docs, "ConfigMap")["data"]["config.yaml"]
    (tmp_path / "config.yaml").write_text(config_text)
    spec = _kind(docs, "Deployment")["spec"]["template"]["spec"]
    (init,) = spec["initContainers"]
    assert init["args"] == ["validate", "/etc/spanwatch/config.yaml"]
    assert spec["containers"][0]["args"] == ["run", "--config", "/etc/spanwatch/config.yaml"]
    out = subprocess.run([sys.executable, "-m", "spanwatch", "validate", str(tmp_path / "config.yaml")],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    # A broken config is caught by the same command the init container runs, before the pod serves.
    broken = dict(default, processors={**default["processors"], "batch": {"timeout": "-1s"}})
    values.write_text(yaml.safe_dump({"config": broken}))
    (tmp_path / "config.yaml").write_text(_kind(_template(helm, "-f", str(values)), "ConfigMap")["data"]
                                          ["config.yaml"])
    out = subprocess.run([sys.executable, "-m", "spanwatch", "validate", str(tmp_path / "config.yaml")],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 2 and "processors::batch: timeout must be > 0" in out.stdout + out.stderr
