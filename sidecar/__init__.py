"""spanwatch: a passive security monitor for AI agents, shaped like an OpenTelemetry Collector."""

__version__ = "0.1.0"
