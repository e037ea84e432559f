"""``spanwatch audit verify|trail``: check and query an audit directory offline.

Mount under the main CLI::

    audit = commands.add_parser("audit", help="verify or query an audit chain")
    audit_cli.add_arguments(audit.add_subparsers(dest="audit_command", required=True))
    audit.set_defaults(func=audit_cli.run)

Exit codes: 0 when the chain verifies (or the query ran), 1 when verification found any failure, 2 for usage
errors (missing directory, no trusted key, bad time).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from spanwatch.exporters._audit_keys import KeyStore, trusted_keys
from spanwatch.exporters._audit_verify import TrailQuery, trail, verify
from spanwatch.subcommand import EXIT_USAGE, run_chosen

EXIT_OK = 0
EXIT_FAILED = 1


def add_arguments(subparsers: Any) -> None:
    """Add ``verify`` and ``trail`` to the ``audit`` command's subparsers."""
    v = subparsers.add_parser("verify", help="check hashes, links, Merkle roots and checkpoint signatures",
                              description="Verify an audit directory. Prints totals, then one line per failure "
                                          "as <file>:<line>: <reason>: <detail>. Exits 1 on any failure.")
    v.add_argument("directory", type=Path)
    v.add_argument("--key", action="append", type=Path, default=[], metavar="PEM",
                   help="trusted Ed25519 public key (repeatable, one per key id); default: <directory>-keys/"
                        "signing.key.pub, which proves less because it sits next to the log")
    v.add_argument("--copy-dir", type=Path, help="the checkpoint_copy_dir, to catch checkpoints the primary lost")
    v.add_argument("--origin", help="the log's expected origin (the exporter's origin setting); checkpoints of "
                                    "any other origin fail")
    v.add_argument("--allow-unsigned", action="store_true",
                   help="do not fail when no checkpoint covers the records (a log that crashed before its first)")
    v.add_argument("--jobs", type=int, default=1,
                   help="processes checking segments in parallel (default 1: on a busy host extra processes only "
                        "compete for the same cores; try the number of idle cores on an auditor's machine)")
    v.add_argument("--json", action="store_true", help="print the report as one JSON object")
    v.set_defaults(audit_func=_verify)

    t = subparsers.add_parser("trail", help="list audit events, oldest first",
                              description="Query the events of an audit directory (no verification; run verify).")
    t.add_argument("directory", type=Path)
    t.add_argument("--since", default="", help="RFC 3339 UTC time, inclusive (e.g. 2026-01-31T00:00:00Z)")
    t.add_argument("--until", default="", help="RFC 3339 UTC time, exclusive")
    t.add_argument("--type", action="append", default=[], dest="types", metavar="EVENT_TYPE",
                   help="only this event type (repeatable), e.g. finding, erasure, chain_started")
    t.add_argument("--limit", type=int, default=100, help="the most recent N matches (0: all; default 100)")
    t.add_argument("--key-store", type=Path, help="key store directory, to show sealed fields that were not erased")
    t.add_argument("--json", action="store_true", help="one JSON record per line")
    t.set_defaults(audit_func=_trail)


def run(args: argparse.Namespace) -> int:
    return run_chosen(args, "audit_func", "spanwatch audit: choose a command: verify or trail")


def _verify(args: argparse.Namespace) -> int:
    directory: Path = args.directory
    if not directory.is_dir():
        print(f"spanwatch audit verify: directory {directory} does not exist", file=sys.stderr)
        return EXIT_USAGE
    key_paths: list[Path] = list(args.key)
    if not key_paths:
        default = directory.with_name(directory.name + "-keys") / "signing.key.pub"
        if not default.exists():
            print(f"spanwatch audit verify: no trusted key; pass --key with the signing key's public half "
                  f"(looked for {default})", file=sys.stderr)
            return EXIT_USAGE
        print(f"note: trusting {default}, found next to the log; pass --key with a copy kept elsewhere for an "
              "independent check", file=sys.stderr)
        key_paths = [default]
    try:
        keys = trusted_keys(key_paths)
    except (OSError, ValueError) as exc:
        print(f"spanwatch audit verify: cannot load --key: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = verify(directory, keys, copy_dir=args.copy_dir, origin=args.origin,
                    require_checkpoint=not args.allow_unsigned, workers=max(1, args.jobs))
    if args.json:
        sys.stdout.write(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(report.render())
    return EXIT_OK if report.ok else EXIT_FAILED


def _trail(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        print(f"spanwatch audit trail: directory {args.directory} does not exist", file=sys.stderr)
        return EXIT_USAGE
    if args.limit < 0:
        print(f"spanwatch audit trail: --limit must be >= 0, got {args.limit}", file=sys.stderr)
        return EXIT_USAGE
    try:
        keys = KeyStore(args.key_store, create=False) if args.key_store else None
    except OSError as exc:
        print(f"spanwatch audit trail: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        records = trail(args.directory, TrailQuery(since=args.since, until=args.until, types=tuple(args.types),
                                                    limit=args.limit), keys)
    except ValueError as exc:
        print(f"spanwatch audit trail: {exc}", file=sys.stderr)
        return EXIT_USAGE
    out = sys.stdout
    for rec in records:
        if args.json:
            out.write(orjson.dumps(rec).decode() + "\n")
            continue
        who = " ".join(f"{k}={rec[k]}" for k in ("agent_id", "user_id", "conversation_id") if rec.get(k))
        data = orjson.dumps(rec.get("data")).decode()
        extra = ""
        if "unsealed" in rec:
            extra = " unsealed=" + orjson.dumps(rec["unsealed"]).decode()
        elif rec.get("sealed"):
            extra = " (sealed fields)"
        out.write(f"{rec.get('time')} #{rec.get('seq')} {rec.get('event_type')} {rec.get('security_level')} "
                  f"risk={rec.get('risk_score')} source={rec.get('source')} {who} {data}{extra}".replace("  ", " ")
                  + "\n")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spanwatch audit")
    add_arguments(parser.add_subparsers(dest="audit_command", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
