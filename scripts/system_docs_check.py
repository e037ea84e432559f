"""False alarms on the machine's own documentation: paragraphs of /usr/share/doc (READMEs, NEWS files, upstream and
Debian changelogs, compressed or not), scored by the shipped detect stage as user prompts and as tool results.

    python scripts/system_docs_check.py [--docs-dir /usr/share/doc] [--pattern '*'] [--limit 3000] [--show]
    python scripts/system_docs_check.py --docs-dir ~/go/pkg/mod --pattern '*.md'   # Go modules' READMEs, templates

A second corpus of ordinary technical text beside ``package_docs_check.py``, never tuned on: version histories
(GNU ChangeLog entries, commit logs, diffstats, git shortlogs) and release notes, which a user pastes to ask for a
summary and a coding agent reads from ``git log``. Paragraphs of 200-3,000 characters (copyright files skipped,
duplicates by their first 80 characters dropped), shuffled with a fixed seed. The numbers depend on the packages
installed; the README quotes a run on the development machine.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import random
import re
from pathlib import Path

from spanwatch.processors.detect import DetectConfig, analyze_text
from spanwatch.processors.interaction import MessageKind

_PARAGRAPH = re.compile(r"\n\s*\n")
_SKIP_SUFFIXES = frozenset({".html", ".htm", ".png", ".svg", ".css", ".js", ".pdf", ".jpg", ".gif"})


def paragraphs(docs: Path, limit: int, pattern: str = "*") -> list[tuple[str, str]]:
    """(file, paragraph) pairs from the files under ``docs`` matching ``pattern``, shuffled, first ``limit``."""
    out: list[tuple[str, str]] = []
    for f in sorted(docs.rglob(pattern)):
        if not f.is_file() or f.suffix in _SKIP_SUFFIXES or "copyright" in f.name:
            continue
        try:
            data = f.read_bytes()
            text = (gzip.decompress(data) if f.suffix == ".gz" else data).decode("utf-8")
        except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError):
            continue  # unreadable, not gzip after all, or not text
        out.extend((str(f), p.strip()) for p in _PARAGRAPH.split(text) if 200 <= len(p.strip()) <= 3000)
    random.Random(0).shuffle(out)
    seen: set[str] = set()
    kept: list[tuple[str, str]] = []
    for f, p in out:
        if p[:80] not in seen:
            seen.add(p[:80])
            kept.append((f, p))
    return kept[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs-dir", type=Path, default=Path("/usr/share/doc"))
    ap.add_argument("--pattern", default="*", help="file name glob, e.g. '*.md' (default: every file)")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--show", action="store_true", help="print each flagged paragraph with its rules")
    args = ap.parse_args()
    texts = paragraphs(args.docs_dir.expanduser(), args.limit, args.pattern)
    cfg = DetectConfig()
    for kind in (MessageKind.USER, MessageKind.TOOL_RESULT):
        rules: collections.Counter[str] = collections.Counter()
        flagged = 0
        for i, (f, p) in enumerate(texts):
            verdict = analyze_text(p, kind, cfg)
            if verdict.label == "benign":
                continue
            flagged += 1
            ids = sorted({x.rule_id for x in verdict.findings})
            rules.update(ids)
            if args.show:
                print(f"=== {kind.value} #{i} {verdict.score:.2f} {ids} {f}\n{p[:600]}\n")
        top = ", ".join(f"{r} {n}" for r, n in rules.most_common(6))
        print(f"{kind.value:16s} flagged {flagged} of {len(texts)} paragraphs ({top})")


if __name__ == "__main__":
    main()
