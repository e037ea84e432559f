"""OTLP export responses, shared by the gRPC and HTTP exporters."""

from __future__ import annotations

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceResponse
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceResponse

from spanwatch.batch import Signal

Response = ExportTraceServiceResponse | ExportLogsServiceResponse | ExportMetricsServiceResponse
RESPONSE_TYPES: dict[Signal, type[Response]] = {
    "traces": ExportTraceServiceResponse,
    "logs": ExportLogsServiceResponse,
    "metrics": ExportMetricsServiceResponse,
}


def rejected_count(response: Response) -> int:
    """Items the backend rejected (``partial_success``); 0 when the whole request was accepted."""
    ps = response.partial_success
    return int(getattr(ps, "rejected_spans", 0) or getattr(ps, "rejected_log_records", 0)
               or getattr(ps, "rejected_data_points", 0))
