"""Suite-wide pytest configuration: the real peers (collector, Elasticsearch) as fixtures, and the rule databases
compiled before any test runs."""

from __future__ import annotations

import pytest

pytest_plugins = ["tests.infra.fixtures"]


@pytest.fixture(scope="session", autouse=True)
def _compiled_rule_databases() -> None:
    """Compile the shipped rule packs once, up front. A cold compile takes ~45 s on one core (after a rule change,
    or on a fresh machine); done inside a test that starts spanwatch with a readiness timeout, it would fail that
    test instead. The databases land in the on-disk cache, where every spanwatch process started later finds them.
    """
    from spanwatch.processors.rules import RuleSet, load_builtin_packs

    try:
        RuleSet.compile(load_builtin_packs(), engine="hyperscan")
    except ImportError:  # no Hyperscan wheel here: RE2 compiles in milliseconds, nothing to warm
        return
