"""False alarms on ordinary technical text: the paragraphs of the installed packages' documentation, scored by the
shipped detect stage as user prompts and as tool results.

    python scripts/package_docs_check.py [--site-packages DIR] [--limit 6000]

Paragraphs of 200-3,000 characters from every README/.md/.rst file and METADATA under the environment's
site-packages (this project's own README excepted: it quotes attacks on purpose), shuffled with a fixed seed. Prints
how many are flagged as prompts and as tool results, and, for the paragraphs that hold code, how many behind "What
does this do?" and behind "I get an error with this, can you help?" and a code fence (how developers paste code).
The numbers depend on what is installed; the README quotes a run in the test environment (``make test``'s venv).
"""

from __future__ import annotations

import argparse
import random
import re
import sysconfig
from pathlib import Path

from spanwatch.processors.detect import DetectConfig, analyze_text
from spanwatch.processors.interaction import MessageKind

_PARAGRAPH = re.compile(r"\n\s*\n")
_HAS_CODE = re.compile(r"[(){}=<>]|^\s*(>>>|\$|import|def|class)\b", re.M)
_ASKS = ("", "What does this do?\n\n", "I get an error with this, can you help?\n```\n")


def paragraphs(site: Path, limit: int) -> list[str]:
    own = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    files = sorted([*site.rglob("*.md"), *site.rglob("*.rst"), *site.rglob("METADATA")])
    out: list[str] = []
    for f in files:
        try:
            text = f.read_text(encoding="utf-8", errors="ignore")
        except OSError:
            continue
        out.extend(p.strip() for p in _PARAGRAPH.split(text)
                   if 200 <= len(p.strip()) <= 3000 and p.strip()[:80] not in own)
    random.Random(0).shuffle(out)
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site-packages", type=Path, default=Path(sysconfig.get_paths()["purelib"]))
    ap.add_argument("--limit", type=int, default=6000)
    args = ap.parse_args()
    texts = paragraphs(args.site_packages, args.limit)
    cfg = DetectConfig()
    for kind in (MessageKind.USER, MessageKind.TOOL_RESULT):
        flagged = sum(analyze_text(t, kind, cfg).label != "benign" for t in texts)
        print(f"{kind.value:16s} flagged {flagged} of {len(texts)} paragraphs")
    code = [t for t in texts if _HAS_CODE.search(t)]
    for ask in _ASKS:
        flagged = sum(analyze_text(ask + t, MessageKind.USER, cfg).label != "benign" for t in code)
        print(f"code paragraphs behind {ask.splitlines()[0] if ask else '(nothing)'!r}: flagged {flagged} of "
              f"{len(code)}")


if __name__ == "__main__":
    main()
