"""The ``spanwatch`` command."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from spanwatch import __version__
from spanwatch.errors import ConfigError

# Subcommands contributed by other modules: name -> (module, help, has sub-commands). Each module has
# add_arguments(parser, or the command's subparsers when it has sub-commands) and run(args) -> int.
_PLUGGED = {
    "eval": ("spanwatch.evaluate", "evaluate the detectors on a labelled dataset (prompts, indirect, pii …)", False),
    "audit": ("spanwatch.audit_cli", "verify and query the signed audit chain (verify, trail)", True),
    "vault": ("spanwatch.vault_cli", "open or erase the redaction vault offline (reveal, erase)", True),
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="spanwatch",
        description="Passive security monitor for AI agents: an OpenTelemetry-collector-shaped sidecar. "
                    "Receives OTLP on localhost:4317 (gRPC) and :4318 (HTTP), detects threats and sensitive data, "
                    "and exports enriched telemetry. It never blocks the agent.",
    )
    p.add_argument("--version", action="version", version=f"spanwatch {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run the sidecar (embedded default config unless --config is given)")
    run.add_argument("--config", metavar="PATH", help="YAML config file (default: the embedded default.yaml)")

    val = sub.add_parser("validate", help="check a config file: exit 0 if valid, 2 listing every problem")
    val.add_argument("path", metavar="PATH", help="YAML config file")

    sub.add_parser("components", help="list receivers, processors, exporters and extensions with stability")
    sub.add_parser("default-config", help="print the embedded default config (commented)")

    for name, (module, help_, nested) in _PLUGGED.items():
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        sp = sub.add_parser(name, help=help_)
        mod.add_arguments(sp.add_subparsers(dest=f"{name}_command", metavar="COMMAND") if nested else sp)
        sp.set_defaults(_plugged=mod)
    return p


def _run(config_path: str | None) -> int:
    from spanwatch.config import load_config
    from spanwatch.service import Service
    from spanwatch.telemetry import setup_logging

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        print(f"spanwatch: {exc}", file=sys.stderr)
        return 2
    logs = config.service.telemetry.logs
    setup_logging("warning" if logs.level == "warn" else logs.level, logs.encoding)
    service = Service(config)
    try:
        if importlib.util.find_spec("uvloop") is not None:
            import uvloop

            uvloop.run(service.run_until_stopped())
        else:
            asyncio.run(service.run_until_stopped())
    except RuntimeError as exc:
        print(f"spanwatch: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"spanwatch: cannot start: {exc}", file=sys.stderr)
        return 1
    return 0


def _validate(path: str) -> int:
    from spanwatch.config import load_config

    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"{path}: {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    n = sum(len(v) for v in config.components.values())
    print(f"{path}: valid ({n} components, {len(config.pipelines)} pipelines)")
    return 0


def _components() -> int:
    from spanwatch.registry import default_registry

    registry = default_registry()
    rows = []
    for f in registry.all():
        stability = ", ".join(f"{s}: {v}" for s, v in f.stability.items())
        rows.append((f.kind, f.type, stability, f.description))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    header = ("KIND", "TYPE", "STABILITY", "DESCRIPTION")
    widths = [max(w, len(h)) for w, h in zip(widths, header[:3], strict=True)]
    for row in (header, *rows):
        print("  ".join(c.ljust(w) for c, w in zip(row[:3], widths, strict=True)) + "  " + row[3])
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "run":
        return _run(args.config)
    if args.command == "validate":
        return _validate(args.path)
    if args.command == "components":
        return _components()
    if args.command == "default-config":
        from spanwatch.config import default_config_text

        sys.stdout.write(default_config_text())
        return 0
    plugged = getattr(args, "_plugged", None)
    if plugged is not None:
        return int(plugged.run(args))
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
