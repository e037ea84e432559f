"""How much of a text is source code, shell or markup rather than prose.

The injection classifier learned its n-grams from prompts that are almost all prose; the attacks among them carry
brackets, quotes and template syntax (adversarial suffixes, jailbreak templates, fake role tags), the benign ones
hardly ever do. A pasted stack trace or code snippet therefore reads as an attack to it: 236 of 1,293 code-bearing
paragraphs of installed packages' documentation, and 481 of them behind "I get an error with this, can you
help?" and a code fence, were flagged as injections by the classifier alone (no rule). The detect stage counts the
classifier's evidence only for the prose share of a text (:func:`code_share`); the rules still read every line.

A role tag inside a program ("messages=[{"role": "system", "content": ...}]", "<|im_start|>system" in a tokenizer
test) is the program's prompt, not a turn planted for the model: :func:`on_program_lines` tells the detect stage
so.

Pure and cheap: a text without any code character returns at once; otherwise one pass over its lines with two
compiled patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Characters without which no line below is code: most prompts skip the line walk.
_CODE_CHARS = ("`", "(", "{", "=", "<", ";", "|", ">>>", "$ ", "://", "-")

# A line that starts like code, shell or a REPL session (matched at its start): a statement keyword, a prompt, a
# JSON key, a stack frame, a line of brackets, a markdown table row, a list of links, a package's metadata header
# ("Project-URL: ..."), reStructuredText markup (".. _target: url", ".. image::", ":target:"), and the records of a
# version history (a diffstat line is :data:`_DIFFSTAT`): a commit's headers ("commit 402aa0f...",
# "Author: ..."), a GNU ChangeLog entry ("* agent/findkey.c (key_parms_from_sexp): Add ...", "(agent_is_dsa_key):
# Ditto.") and a Debian changelog's sign-off (" -- Name <mail>  Tue, 19 Dec ...").
_CODE_START = re.compile(
    r"\s*(?:>>>|\$\s|#include\b|import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+|class\s+\w+[(:]"
    r"|return\b|(?:const|let|var)\s+\w+\s*=|function\b|func\s|package\s+\w|using\s+\w"
    r"|(?:public|private|protected)\s+(?:static|final|class|void|abstract|int|bool|[A-Z]\w*)\b"
    r"|(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\s|@\w+|#!|Traceback\b|File\s+\"|at\s+[\w.$]+\("
    r"|[\[{(]*\s*\"[\w.-]+\"\s*:|[\[\]{}(),;]+\s*$|\|.*\|\s*$"
    r"|(?:[-*+]|\d+[.)])?\s*(?:\*\*[^*\n]{1,40}\*\*:?\s*)?<?https?://\S+>?\s*$"
    r"|[A-Z][a-z]+(?:-[A-Za-z]+)+:\s"
    r"|\.\.\s+(?:_\S|\|[^|\s]+\|\s|[\w-]+::)|\s+:[a-z][\w-]*:(?:\s|$)"
    r"|\+?\s*commit\s+[0-9a-f]{7,40}\b|(?:Author|AuthorDate|Commit|CommitDate|Date|Merge|Signed-off-by|Reviewed-by"
    r"|Acked-by|Co-authored-by|Change-Id):\s"
    r"|\*\s+[\w./+-]+(?:,\s*[\w./+-]+)*\s*(?:\([^()]*\)\s*)?(?:\[[^\]]*\]\s*)?:(?:\s|$)|\([\w.,\s<>\[\]*-]+\)\s*:\s"
    r"|--\s.+<[^>\s]+@[^>\s]+>\s+\w{3},\s+\d)"
)
# Code shapes that prose lines also carry now and then ("ax^2 + bx + c = 0", a closing ";", an adversarial suffix's
# "({[" after a request): a call glued to its name ("frame(", not "item(s)"), an assignment or comparison between
# operands, an HTML/XML tag, a line ending in ";" or "{". Such a line is code only when no more than half of its
# words are plain words (_prose_share). Each shape is looked for only on lines holding its character: a character
# class at the head of a pattern makes Python's re try every position (~100 us on a 1.5 KB text).
_PAREN_WORD = re.compile(r"\s*[A-Za-z]{1,12}\s*\)(?:\s|$)")  # "(s)", "(see above)": prose
_ASSIGN = re.compile(r"[\w\]\)\"']\s*(?:==|!=|<=|>=|=>|->|\+=|-=|:=|=)\s*[\w\"'\[{(\-$./]")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def _glued_call(line: str) -> bool:
    """A "(" right after a name or a closing bracket, not opening a word in parentheses."""
    i = line.find("(", 1)
    while i > 0:
        prev = line[i - 1]
        if (prev.isalnum() or prev in "_])>") and not _PAREN_WORD.match(line, i + 1):
            return True
        i = line.find("(", i + 1)
    return False


def _code_shape(line: str) -> bool:
    return (("(" in line and _glued_call(line)) or (("=" in line or "->" in line) and bool(_ASSIGN.search(line)))
            or ("<" in line and bool(_TAG.search(line))) or line.rstrip().endswith((";", "{")))


# A plain word: no code character, and a letter of any script ("don't", "e-mail", "friend;", "「税金」を", "दोस्त").
# "f();", "x=1", "`code`", "[#13819](https://...)" and a bare number are not.
_PLAIN_WORD = re.compile(r"(?<!\S)[^\s(){}\[\]=<>;$\\_|@#*^~`\"]*[^\W\d_][^\s(){}\[\]=<>$\\_|@#*^~`\"]*(?!\S)")


def _prose_share(line: str) -> float:
    """The share of the line's words that are plain words (one C-level pass each for the words and the plain ones)."""
    words = len(line.split())
    return len(_PLAIN_WORD.findall(line)) / words if words else 1.0


# A line of a program, not only of data: a call, an assignment, a statement keyword (a JSON key, a table row or a
# line of brackets alone are data, where a planted role message sits just as well).
_PROGRAM = re.compile(
    r"[\w\]\)]\((?!\s*[A-Za-z]{1,12}\s*\)(?:\s|$))|[\w\]\)]\s*(?:=|\+=|:=)\s*[\w\"'\[{(\-$./]"
    r"|^\s*(?:>>>|import\s|from\s+[\w.]+\s+import\b|def\s|class\s|return\b|const\s|let\s|var\s|function\b|async\s)"
)


# A diffstat line ("src/fccfg.c | 29 +++---"), looked for only on lines with a "|" (a long prose line cost ~3 us).
_DIFFSTAT = re.compile(r"\s*\S[^|\n]*\s\|\s+(?:\d+\s*[-+]*|Bin\b.*)\s*$")


def _is_code(line: str) -> bool:
    return (bool(_CODE_START.match(line)) or ("|" in line and _DIFFSTAT.match(line) is not None)
            or (_code_shape(line) and _prose_share(line) <= 0.5))


_FENCE = "```"
# A chat API's request body: the messages array next to the model it is sent to ("model": "gpt-4o"). The API's
# reference pages, SDK logs and a coding agent's fixtures show one; a planted turn is a message, not a request.
_REQUEST_BODY = re.compile(r"""["']model["']\s*:\s*["']""")


# A git shortlog's author line ("Jeff King (50):"): the indented commit subjects under it are records, not requests
# ("fsck: do not reuse child_process structs", "Make sure git-stash works from subdirectory.").
_SHORTLOG_AUTHOR = re.compile(r"[^\s:][^:\n]{0,60}\(\d+\):\s*$")


def _code_lines(text: str) -> Iterator[tuple[int, str, int, bool]]:
    """Each non-blank line of ``text`` with its offset, its length without surrounding blanks, and whether it is
    code; a fence line itself is code too, and toggles the lines after it into code; a shortlog's author line makes
    the indented lines under it code, up to the next blank line; a line ending in "::" (reStructuredText's literal
    block: "Example::" in a docstring) makes the lines indented deeper than it code."""
    fenced = shortlog = False
    literal = -1  # the indentation of the "::" line while its literal block lasts
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        n = len(line.strip())
        if not n:
            shortlog = False
            continue
        indent = len(line) - len(line.lstrip())
        if literal >= 0:
            if indent > literal:
                yield start, line, n, True
                continue
            literal = -1
        if not fenced and line.rstrip().endswith("::"):
            literal = indent
        if line.lstrip().startswith(_FENCE):
            # A fence with an info string ("```python") only opens one: inside a fence it is a line of the block
            # (CommonMark), as when code that carries its own fences is pasted inside another.
            if not fenced or not line.strip().strip("`"):
                fenced = not fenced
            yield start, line, n, True
        elif shortlog and line[0] in " \t":
            yield start, line, n, True
        else:
            shortlog = not fenced and _SHORTLOG_AUTHOR.match(line) is not None
            yield start, line, n, fenced or shortlog or _is_code(line)


# A web address and the link markup around it: "[#12414](https://github.com/...)", "`Docs <https://...>`_".
_LINK = re.compile(r"\]?\(?<?https?://[^\s<>()\[\]`]+(?:\([^\s()]*\)[^\s<>()\[\]`]*)*[)>]?(?:`_{1,2})?")


# Inline code in prose: "`httpx2.Response`", "``get_encodings_from_content``" (not a link's "`Docs <url>`_").
_INLINE_CODE = re.compile(r"(`{1,2})(?![\s`])[^`\n]{1,80}(?<![\s`])\1(?![`_])")


def code_share(text: str) -> float:
    """The share of ``text``'s non-blank characters on code lines: lines inside (and of) ``` fences, and lines
    that start like code (:data:`_CODE_START`) or have a code shape and
    no more than half of their words plain (:func:`_code_shape`). 0.0 for prose.

    Web addresses in prose lines count as markup too: a changelog's bullets ("Fix X by [@user](https://...) in
    [#12414](https://...)") and a README's link lists are half addresses, whose path segments and brackets read as
    an attack's odd tokens to the classifier (classifier alone on 40 of the 53 documentation paragraphs it flagged
    as prompts in session 26); the prose around them still counts."""
    if not any(c in text for c in _CODE_CHARS):
        return 0.0
    code = total = 0
    for _, line, n, is_code in _code_lines(text):
        total += n
        if is_code:
            code += n
        else:
            markup = 0
            if "://" in line:
                markup += sum(m.end() - m.start() for m in _LINK.finditer(line))
            if "`" in line:
                markup += sum(m.end() - m.start() for m in _INLINE_CODE.finditer(line))
            code += min(n, markup)
    return code / total if total else 0.0


def on_program_lines(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text`` holds a program (a line with a call, an assignment or a statement, or a chat API's request
    body) and every span of ``spans`` (offsets into ``text``) lies on its code lines (inside a ``` fence, or a line
    read as code)."""
    if not spans or not any(c in text for c in _CODE_CHARS):
        return False
    code_ranges: list[tuple[int, int]] = []
    program = False
    for start, line, _, is_code in _code_lines(text):
        if is_code and not line.lstrip().startswith(_FENCE):
            code_ranges.append((start, start + len(line)))
            program = program or bool(_PROGRAM.search(line) or _REQUEST_BODY.search(line))
    return program and all(any(a <= s and e <= b for a, b in code_ranges) for s, e in spans)


# Inline code spans a text must hold for a role tag in one of them to be documentation: a page about a prompt
# framework names its tags among its other identifiers ("rendered as `<system>`-tagged user content", "`<|im_start|>`
# and similar tokens"); a planted turn is not one quoted identifier among several.
_DOC_INLINE_SPANS = 3


def in_inline_code(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text`` is written like documentation (at least :data:`_DOC_INLINE_SPANS` inline code spans) and
    each span of ``spans`` overlaps one of its inline code spans."""
    if not spans or "`" not in text:
        return False
    code = [(m.start(), m.end()) for m in _INLINE_CODE.finditer(text)]
    return len(code) >= _DOC_INLINE_SPANS and all(any(a <= s < b for a, b in code) for s, _ in spans)
