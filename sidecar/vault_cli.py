"""``spanwatch vault reveal|erase``: open or erase the redaction vault offline (``processors/vault.py``).

The key is read from an environment variable (``--key-env``, default ``SPANWATCH_VAULT_KEY``), never from the
command line, where it would land in shell history and process listings.

Exit codes: 0 when every matching record opened (or the erase ran), 1 when a record did not open (wrong key or an
altered record), 2 for usage errors (no key, no vault file).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path
from typing import Any

import orjson

from spanwatch.processors.vault import FILE_NAME, Vault, VaultError
from spanwatch.subcommand import EXIT_USAGE, run_chosen

EXIT_OK = 0
EXIT_FAILED = 1


def add_arguments(subparsers: Any) -> None:
    """Add ``reveal`` and ``erase`` to the ``vault`` command's subparsers."""
    r = subparsers.add_parser("reveal", help="print the values behind one conversation's placeholders",
                              description="Open the vault records of one conversation (oldest first): "
                                          "placeholder, value, time written.")
    r.add_argument("directory", type=Path, help="the redact processor's vault_dir")
    r.add_argument("--conversation", required=True, help="conversation id (as exported in the telemetry)")
    r.add_argument("--placeholder", default="", help="only this placeholder, e.g. '[EMAIL_1]'")
    r.add_argument("--key-env", default="SPANWATCH_VAULT_KEY", help="environment variable holding the vault key")
    r.add_argument("--json", action="store_true", help="one JSON object per record")
    r.set_defaults(vault_func=_reveal)

    e = subparsers.add_parser("erase", help="remove one conversation's records (right to erasure)",
                              description="Rewrite the vault without the records of one conversation.")
    e.add_argument("directory", type=Path, help="the redact processor's vault_dir")
    e.add_argument("--conversation", required=True, help="conversation id")
    e.add_argument("--key-env", default="SPANWATCH_VAULT_KEY", help="environment variable holding the vault key")
    e.set_defaults(vault_func=_erase)


def run(args: argparse.Namespace) -> int:
    return run_chosen(args, "vault_func", "spanwatch vault: choose a command: reveal or erase")


def _open(args: argparse.Namespace, command: str) -> Vault | None:
    if not (args.directory / FILE_NAME).exists():
        print(f"spanwatch vault {command}: no {FILE_NAME} in {args.directory} (the redact processor's vault_dir)",
              file=sys.stderr)
        return None
    try:
        return Vault(args.directory, os.environ.get(args.key_env, ""))
    except VaultError as exc:
        print(f"spanwatch vault {command}: {exc}; export it as {args.key_env}", file=sys.stderr)
        return None


def _reveal(args: argparse.Namespace) -> int:
    vault = _open(args, "reveal")
    if vault is None:
        return EXIT_USAGE
    records = vault.reveal(args.conversation, args.placeholder)
    for r in records:
        when = datetime.datetime.fromtimestamp(r.time, datetime.UTC).isoformat(timespec="seconds")
        if args.json:
            row = {"placeholder": r.placeholder, "time": when, "line": r.line}
            row.update({"error": r.error} if r.error else {"value": r.value})
            sys.stdout.write(orjson.dumps(row).decode() + "\n")
        else:
            print(f"{r.placeholder}\t{when}\t" + (f"ERROR line {r.line}: {r.error}" if r.error else r.value))
    if not records:
        foreign = vault.foreign_records()
        if foreign:
            print(f"spanwatch vault reveal: no records under this key, and {foreign} record(s) written under another "
                  f"key: check {args.key_env}", file=sys.stderr)
            return EXIT_FAILED
        print(f"spanwatch vault reveal: no records for that conversation"
              f"{' and placeholder' if args.placeholder else ''}", file=sys.stderr)
    return EXIT_FAILED if any(r.error for r in records) else EXIT_OK


def _erase(args: argparse.Namespace) -> int:
    vault = _open(args, "erase")
    if vault is None:
        return EXIT_USAGE
    print(f"erased {vault.erase(args.conversation)} record(s)")
    return EXIT_OK
