"""Makes the peer fixtures available to tests/infra on their own.

The top-level tests/conftest.py should register them for the whole suite with
``pytest_plugins = ["tests.infra.fixtures"]``; once it does, this file can go.
"""

from tests.infra.fixtures import (  # noqa: F401  (imported fixtures are registered by name)
    elasticsearch,
    elasticsearch_factory,
    elasticsearch_home,
    otelcol,
    otelcol_binary,
    otelcol_factory,
)
