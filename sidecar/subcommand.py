"""What the ``spanwatch`` commands with sub-commands of their own (``audit``, ``vault``) share."""

from __future__ import annotations

import argparse
import sys

EXIT_USAGE = 2


def run_chosen(args: argparse.Namespace, attr: str, usage: str) -> int:
    """Run the sub-command function the parser stored under ``attr``; without one, print ``usage`` and return
    EXIT_USAGE."""
    func = getattr(args, attr, None)
    if func is None:
        print(usage, file=sys.stderr)
        return EXIT_USAGE
    result: int = func(args)
    return result
