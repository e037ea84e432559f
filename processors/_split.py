"""Splitting one oversized export request into requests of at most N items."""

from __future__ import annotations

from typing import Any

from spanwatch.batch import REQUEST_TYPES, Chunk, Signal

# (resource list, scope list, record list) field names per signal. Traces and logs have the same nesting, so
# one splitter serves both; metrics stay whole (a data point is not meaningful without its metric).
_FIELDS: dict[Signal, tuple[str, str, str]] = {
    "traces": ("resource_spans", "scope_spans", "spans"),
    "logs": ("resource_logs", "scope_logs", "log_records"),
}


def split_chunk(signal: Signal, chunk: Chunk, limit: int) -> list[Chunk]:
    """Split traces or logs by record, keeping each record's resource and scope. Metrics stay whole.

    Resource and scope headers are copied once per output request; records are copied once.
    """
    if signal not in _FIELDS or chunk.items <= limit:
        return [chunk]
    resource_field, scope_field, record_field = _FIELDS[signal]
    new_request = REQUEST_TYPES[signal]
    out: list[Chunk] = []
    req: Any = new_request()
    count = 0
    for res in getattr(chunk.message, resource_field):
        for scope in getattr(res, scope_field):
            records = list(getattr(scope, record_field))
            i = 0
            while i < len(records):
                take = min(limit - count, len(records) - i)
                new_res = getattr(req, resource_field).add()
                new_res.resource.CopyFrom(res.resource)
                new_res.schema_url = res.schema_url
                new_scope = getattr(new_res, scope_field).add()
                new_scope.scope.CopyFrom(scope.scope)
                new_scope.schema_url = scope.schema_url
                getattr(new_scope, record_field).extend(records[i:i + take])
                i += take
                count += take
                if count >= limit:
                    out.append(Chunk.decoded(signal, req))
                    req, count = new_request(), 0
    if count:
        out.append(Chunk.decoded(signal, req))
    return out
