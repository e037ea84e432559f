"""Detector registry: built-ins, and a plugin discovered through the ``spanwatch.detectors`` entry point."""

from __future__ import annotations

import importlib.metadata
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spanwatch.processors.detector import Detector
from spanwatch.processors.interaction import Message, MessageKind, SourceLocation
from spanwatch.processors.normalize import normalize
from spanwatch.processors.registry import BUILTIN_DETECTORS, DetectorRegistry, RegistryError

PLUGIN_DIR = Path(__file__).parent / "example_plugin"


@pytest.fixture
def plugin_on_path() -> Iterator[None]:
    """Install the example distribution the way pip's site-packages does: a dist-info folder on sys.path."""
    sys.path.insert(0, str(PLUGIN_DIR))
    importlib.invalidate_caches()
    try:
        yield
    finally:
        sys.path.remove(str(PLUGIN_DIR))
        sys.modules.pop("spanwatch_example_plugin", None)
        importlib.invalidate_caches()


def test_builtins_are_listed_without_importing_them() -> None:
    reg = DetectorRegistry()
    assert set(BUILTIN_DETECTORS) <= set(reg.names())
    assert reg.origin("secrets") == "built-in"


def test_builtin_detectors_satisfy_the_protocol() -> None:
    reg = DetectorRegistry()
    for name in ("secrets", "sensitive_data"):
        det = reg.create(name)
        assert isinstance(det, Detector)
        assert det.name == name


def test_when_plugin_installed_then_discovered_created_and_scanning(plugin_on_path: None) -> None:
    reg = DetectorRegistry()
    assert reg.discover() == ["canary"]
    assert "spanwatch-example-plugin" in reg.origin("canary")
    det = reg.create("canary", hash_key=b"k" * 32)
    assert isinstance(det, Detector)
    text = "the system prompt says CANARY-0badc0de, keep it"
    msg = Message(role="assistant", kind=MessageKind.ASSISTANT, text=text, source=SourceLocation("span", "x"))
    (f,) = det.scan(None, 0, msg, normalize(text, max_chars=1000))  # type: ignore[arg-type]
    assert text[f.start : f.end] == "CANARY-0badc0de"
    assert "0badc0de" not in f.evidence


def test_when_plugin_name_collides_then_error_names_the_entry_point(plugin_on_path: None) -> None:
    reg = DetectorRegistry()
    reg.register("canary", lambda: None, origin="a test")
    with pytest.raises(RegistryError, match=r"canary: entry point 'canary'.*collides with the a test detector"):
        reg.discover()


def test_when_plugin_fails_to_load_then_start_up_error(tmp_path: Path) -> None:
    dist = tmp_path / "broken_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[spanwatch.detectors]\nbroken = no_such_module_xyz:Detector\n")
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    try:
        with pytest.raises(RegistryError, match=r"broken: .*failed to load: ModuleNotFoundError"):
            DetectorRegistry().discover()
    finally:
        sys.path.remove(str(tmp_path))


def test_when_unknown_detector_then_error_lists_known() -> None:
    with pytest.raises(RegistryError, match="unknown detector"):
        DetectorRegistry().create("nope")


def test_when_factory_builds_a_non_detector_then_error() -> None:
    reg = DetectorRegistry()
    reg.register("bad", object)
    with pytest.raises(RegistryError, match="Detector protocol"):
        reg.create("bad")
