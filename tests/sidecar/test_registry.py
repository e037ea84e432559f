"""The component registry imports a component's module only when a config uses it.

Each check runs in a fresh interpreter, because this test process has long since imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

from spanwatch.registry import BUILTINS, default_registry

PASS_THROUGH = """
receivers: {otlp: {protocols: {grpc: {endpoint: 127.0.0.1:0}}}}
processors: {batch: {}}
exporters: {otlp: {endpoint: 127.0.0.1:1, tls: {insecure: true}}}
service: {pipelines: {traces: {receivers: [otlp], processors: [batch], exporters: [otlp]}}}
"""


def _fresh(code: str) -> Any:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_when_a_config_uses_only_core_components_then_no_other_component_module_is_imported() -> None:
    got = _fresh(f"""
        import json, sys
        from spanwatch.config import load_config
        load_config(text={PASS_THROUGH!r})
        prefixes = ("spanwatch.processors.", "spanwatch.exporters.", "numpy")
        print(json.dumps(sorted(m for m in sys.modules if m.startswith(prefixes))))
    """)
    loaded = set(got)
    assert "numpy" not in loaded
    assert {"spanwatch.processors.detect", "spanwatch.processors.redact", "spanwatch.exporters.elasticsearch",
            "spanwatch.exporters.audit", "spanwatch.exporters.otlphttp"}.isdisjoint(loaded)
    assert {"spanwatch.processors.batch", "spanwatch.exporters.otlp"} <= loaded


def test_when_types_are_listed_then_nothing_is_imported_and_every_builtin_is_known() -> None:
    got = _fresh("""
        import json, sys
        from spanwatch.registry import default_registry
        r = default_registry()
        types = {k: r.types(k) for k in ("receiver", "processor", "exporter", "extension")}
        print(json.dumps({"types": types, "detect": "spanwatch.processors.detect" in sys.modules}))
    """)
    assert got["detect"] is False
    types = got["types"]
    for b in BUILTINS:
        assert b.type in types[b.kind], b


def test_when_an_unused_type_is_configured_then_it_is_loaded_and_validated() -> None:
    from spanwatch.config import ConfigError, load_config

    bad = PASS_THROUGH.replace("processors: {batch: {}}", "processors: {batch: {}, detect: {min_score: 1.5}}")
    try:
        load_config(text=bad)
    except ConfigError as exc:
        assert any(p.startswith("processors::detect: ") for p in exc.problems), exc.problems
    else:
        raise AssertionError("an out-of-range detect setting was accepted")


def test_unknown_type_lists_every_known_type() -> None:
    from spanwatch.config import ConfigError, load_config

    try:
        load_config(text=PASS_THROUGH.replace("processors: {batch: {}}", "processors: {batch: {}, nope: {}}"))
    except ConfigError as exc:
        assert any('unknown processor type "nope"' in p and "redact" in p for p in exc.problems), exc.problems
    else:
        raise AssertionError("an unknown processor type was accepted")


def test_all_loads_every_builtin_factory_with_its_declared_kind_and_type() -> None:
    factories = {(f.kind, f.type) for f in default_registry().all()}
    assert {(b.kind, b.type) for b in BUILTINS} <= factories
