"""Splitting one oversized export request into requests of at most N items."""

from __future__ import annotations

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from spanwatch.batch import Chunk, Signal


def split_chunk(signal: Signal, chunk: Chunk, limit: int) -> list[Chunk]:
    """Split traces or logs by record, keeping each record's resource and scope. Metrics stay whole.

    Resource and scope headers are copied once per output request; records are copied once.
    """
    if signal == "metrics" or chunk.items <= limit:
        return [chunk]
    out: list[Chunk] = []
    if signal == "traces":
        assert isinstance(chunk.message, ExportTraceServiceRequest)
        req = ExportTraceServiceRequest()
        count = 0
        for rs in chunk.message.resource_spans:
            for ss in rs.scope_spans:
                spans = list(ss.spans)
                i = 0
                while i < len(spans):
                    take = min(limit - count, len(spans) - i)
                    new_rs = req.resource_spans.add()
                    new_rs.resource.CopyFrom(rs.resource)
                    new_rs.schema_url = rs.schema_url
                    new_ss = new_rs.scope_spans.add()
                    new_ss.scope.CopyFrom(ss.scope)
                    new_ss.schema_url = ss.schema_url
                    new_ss.spans.extend(spans[i:i + take])
                    i += take
                    count += take
                    if count >= limit:
                        out.append(Chunk.decoded(signal, req))
                        req, count = ExportTraceServiceRequest(), 0
        if count:
            out.append(Chunk.decoded(signal, req))
        return out
    assert isinstance(chunk.message, ExportLogsServiceRequest)
    lreq = ExportLogsServiceRequest()
    count = 0
    for rl in chunk.message.resource_logs:
        for sl in rl.scope_logs:
            records = list(sl.log_records)
            i = 0
            while i < len(records):
                take = min(limit - count, len(records) - i)
                new_rl = lreq.resource_logs.add()
                new_rl.resource.CopyFrom(rl.resource)
                new_rl.schema_url = rl.schema_url
                new_sl = new_rl.scope_logs.add()
                new_sl.scope.CopyFrom(sl.scope)
                new_sl.schema_url = sl.schema_url
                new_sl.log_records.extend(records[i:i + take])
                i += take
                count += take
                if count >= limit:
                    out.append(Chunk.decoded(signal, lreq))
                    lreq, count = ExportLogsServiceRequest(), 0
    if count:
        out.append(Chunk.decoded(signal, lreq))
    return out
