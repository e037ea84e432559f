"""Suite-wide pytest configuration: the real peers (collector, Elasticsearch) as fixtures."""

pytest_plugins = ["tests.infra.fixtures"]
