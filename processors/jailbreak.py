"""Jailbreaks: role-play personas (DAN, "developer mode", "no restrictions"), refusal suppression,
hypothetical framing (``config/rules/jailbreak.yaml``), plus two heuristics patterns cannot express:

* **many-shot dialogue stuffing**: a single prompt holding many dialogue-shaped turns ("User: … Assistant: …");
  success of many-shot jailbreaking grows with the number of faux turns (detection-anchors §5);
* **adversarial suffix** (GCG-style): a fluent request followed by a tail of odd tokens. Perplexity filters
  need a language model; a cheap proxy is *contrast*: the tail's share of bracket/symbol characters and of
  tokens that mix letters with brackets or change case mid-word, against the head of the same text. Contrast,
  not absolute levels, keeps code snippets and markup (symbol-heavy throughout) from scoring.
"""

from __future__ import annotations

import itertools
import re

from spanwatch.processors._threat import RuleBackedDetector, heuristic_finding
from spanwatch.processors.concepts import combos_for
from spanwatch.processors.finding import Finding, Severity
from spanwatch.processors.interaction import MessageKind
from spanwatch.processors.normalize import _UNANCHORED, NormalizedText, _fast_re, _native

TAGS = ("owasp_llm:LLM01", "owasp_asi:ASI01", "atlas:AML.T0054")

# The look-ahead (every role's first letter, under the same case folding) lets re skip the alternation at the
# spaces before other words: same matches, ~40 % less time on colon-heavy texts.
# Dialogue roles in the languages many-shot prompts are also written in (Spanish, Portuguese, French, Italian,
# German, Russian, Chinese, Japanese, Korean): the asking side, then the answering side. A full-width colon
# ("用户：") needs no space after it.
QUESTION_ROLES_FOREIGN = ("usuario", "usuário", "utilisateur", "utente", "benutzer", "nutzer", "pregunta",
                          "pergunta", "frage", "domanda", "пользователь", "вопрос", "用户", "问", "ユーザー", "質問",
                          "사용자", "질문")
ANSWER_ROLES_FOREIGN = ("asistente", "assistente", "assistent", "respuesta", "resposta", "réponse", "reponse",
                        "risposta", "antwort", "ассистент", "ответ", "助手", "答", "回答", "アシスタント", "어시스턴트",
                        "답변")
_FOREIGN_ROLES = "|".join(QUESTION_ROLES_FOREIGN + ANSWER_ROLES_FOREIGN)
_TURN = re.compile(
    r"(?:^|\n|\s)(?=[abcdfghmnpqru]|[^\x00-\x7f])"
    r"(?:user|human|assistant|ai|bot|chatbot|gpt|chatgpt|model|q|a|question|answer|customer|agent|"
    + _FOREIGN_ROLES + r")\s*(?::\s|\uff1a)",
    re.IGNORECASE,
)
MANY_SHOT_MIN_TURNS = 8
# _TURN for RE2, which then counts the same matches in one linear read of the text (~50 -> ~5 us per 1.5 KB):
# ``re``'s str ``\s`` spelled out (RE2's ``\s`` is ASCII and lacks \v), and "i" with the two letters ``re``'s
# case folding adds to it (dotted and dotless I; RE2 folds the others, the long s and the Kelvin sign included,
# as ``re`` does: a test compares every code point). The look-ahead only skipped work: every role starts with one
# of its letters.
_SPACE = "[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_ROLES = "user|human|assistant|ai|bot|chatbot|gpt|chatgpt|model|q|a|question|answer|customer|agent|" + _FOREIGN_ROLES
_ROLES_I = _ROLES.replace("i", "[i\u0130\u0131]")
_TURN_RE2 = _native(_fast_re(f"(?i)(?:^|{_SPACE})(?:{_ROLES_I}){_SPACE}*(?::{_SPACE}|\uff1a)"))


def _count_turns(text: str) -> int:
    """``len(_TURN.findall(text))``."""
    if _TURN_RE2 is None:
        return len(_TURN.findall(text))
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, which RE2 does not read as characters
        return len(_TURN.findall(text))
    match = _TURN_RE2.Match
    n = len(raw)
    pos = count = 0
    while True:  # findall's loop: the next search starts where a match ended (none is empty)
        end = match(_UNANCHORED, raw, pos, n)[0][1]
        if end < 0:
            return count
        count += 1
        pos = end


_SYMBOLS = frozenset("[]{}()<>|\\^~`$@#=*_+")
_TAIL_TOKENS = 14
_MIN_TOKENS = 18


def many_shot_score(text: str) -> tuple[float, int]:
    """(score, turns): 0 below ``MANY_SHOT_MIN_TURNS`` dialogue-shaped turns, rising towards 0.9."""
    if text.count(":") + text.count("\uff1a") < MANY_SHOT_MIN_TURNS:  # cheap exit: every turn has a colon
        return 0.0, 0
    turns = _count_turns(text)
    if turns < MANY_SHOT_MIN_TURNS:
        return 0.0, turns
    # The shots prime the model to answer the last question the same way, so the dialogue is left open on a
    # question. One closed on an answer is a pasted transcript or FAQ (to summarise, translate, review).
    if _closed_on_answer(text):
        return 0.0, turns
    return min(0.9, 0.55 + 0.02 * (turns - MANY_SHOT_MIN_TURNS)), turns


_ANSWER_ROLES = frozenset({"assistant", "ai", "bot", "chatbot", "gpt", "chatgpt", "model", "a", "answer", "agent",
                           *ANSWER_ROLES_FOREIGN})


def _closed_on_answer(text: str) -> bool:
    """Whether the dialogue ends on an answer: its last marker names the answering side and an answer follows it.
    A bare "Assistant: " at the very end is the slot left open for the model (only called on texts with many
    markers)."""
    last = None
    for last in _TURN.finditer(text):  # noqa: B007 - only the last one is wanted
        pass
    return (last is not None and last.group(0).strip().rstrip(":\uff1a").strip().lower() in _ANSWER_ROLES
            and bool(text[last.end():].strip()))


# A fill-in blank ("____", "____.") is a worksheet's, not an optimiser's token.
_PLAIN = re.compile(r"^[#(\[{<\"']*[A-Za-z]+[)\]}>\"'.,;:!?]*$|^[(\[]?[A-Za-z0-9][)\]]$|^[(\"']*_{2,}[)\"'.,;:!?]*$")
_GLUED = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}|[a-z]{3,}\d|\d[a-z]{3,}")


def _odd_token(tok: str) -> bool:
    if _PLAIN.match(tok):
        return False
    # A symbol with a letter, or two symbols. Counted by deletion (one C pass, as _symbol_ratio); letters are
    # looked for only when there is exactly one symbol.
    symbols = len(tok) - len(tok.translate(_SYMBOL_DROP))
    if symbols >= 2 or (symbols and any(c.isalpha() for c in tok)):
        return True
    # camel-case glued words ("HTMLsvg", "shortlyPlease") and letter/digit soup ("spanifying6")
    return len(tok) > 5 and _GLUED.search(tok) is not None


_SYMBOL_DROP = str.maketrans(dict.fromkeys(_SYMBOLS))


def _symbol_ratio(s: str) -> float:
    # Counting by deletion is one C pass; the same count as findall over the symbol class.
    return (len(s) - len(s.translate(_SYMBOL_DROP))) / max(len(s), 1)


def _tail_start(text: str, tail: list[str]) -> int:
    """Where the first of ``tail`` (the last whitespace-separated tokens of ``text``, in order) starts in ``text``.

    Only whitespace follows each token up to the next one, and a token holds none, so the last occurrence of a
    token before the next one's start is that token.
    """
    end = len(text)
    for tok in reversed(tail):
        end = text.rfind(tok, 0, end)
    return end


def _has_words(head: str, n: int) -> bool:
    """``len(head.split()) >= n`` without splitting 2 KB when its end already shows enough words."""
    if len(head[-200:].split()) > n:  # the window's first token may be cut: one extra
        return True
    return len(head.split()) >= n


# Closing lines of a fenced or quoted block at the end of a text: ``` ~~~ """ ''' (with optional spaces).
_TRAILING_FENCE = re.compile(r"(?:\n[ \t]*(?:`{3,}|~{3,}|\"{3}|'{3})[ \t]*)+\s*\Z")
# Normalisation flags under which the heuristics read the normalised text: characters that hide inside words
# (zero-width, bidi, tag, variation selectors), letters from another script, or string escapes (a prompt
# serialised as JSON ends in '\\"}' and spells its quotes \\") would otherwise make every word of the request look
# odd, or none of it English, or its tail look like symbols.
_READ_NORMALISED = frozenset({"zero_width", "bidi_control", "unicode_tags", "variation_selectors", "homoglyph",
                              "escapes"})


def adversarial_suffix_score(text: str) -> tuple[float, int, int]:
    """(score, start and end offsets of the suspicious tail) for a GCG-style gibberish suffix; score 0 when absent.

    Only the last line is examined (suffixes are appended to the request on the same line; code, tables and
    lists, which are symbol-heavy, span lines) and it is contrasted with the text before the tail. When a short
    closing paragraph follows ("Thanks, I need it by tomorrow."), the line before it is examined as well: a plain
    sentence after the suffix otherwise hides it.
    """
    fence = _TRAILING_FENCE.search(text, max(0, len(text) - 64))
    if fence is not None:
        # A request and its suffix pasted in a code fence or a quoted block end on the closing fence's line;
        # the suffix is the line before it.
        text = text[:fence.start()]
    body = text.rstrip()
    score, start = _line_suffix(body)
    if score == 0.0:
        last_break = body.rfind("\n")
        # One closing paragraph of plain prose at most, after a request of a few lines (an optimiser's prompt is one
        # line) ending in ASCII (its tokens are): a longer tail is a text of its own, not a sign-off, and reading a
        # long text's second-to-last line (prose, code, a list, another script) cost ~30 us per text that had one.
        # The paragraph is checked only behind a suffix.
        if (last_break > 0 and len(body) - last_break <= _CLOSING_CHARS and body.count("\n", 0, last_break) < 4
                and body[max(0, last_break - 200):last_break].isascii()):
            before = body[:last_break].rstrip()
            score, start = _line_suffix(before)
            if score > 0.0 and _plain_prose(body[last_break:]):
                return score, start, len(before)
        return 0.0, len(text), len(text)
    return score, start, len(body)


# The longest closing paragraph after a suffix that still counts as a sign-off.
_CLOSING_CHARS = 240


def _plain_prose(par: str) -> bool:
    """A paragraph of ordinary words: no odd token (it is not itself the suffix's continuation)."""
    tokens = par.split()
    return bool(tokens) and not _odd_tokens(tokens)


def _line_suffix(text: str) -> tuple[float, int]:
    """adversarial_suffix_score's test of the last line of ``text``: (score, start of the tail)."""
    line_start = text.rfind("\n") + 1
    # Split from the end, at most _MIN_TOKENS times: a long line's head is one piece, never cut into words (str
    # whitespace is re's \s, so these are the line's \S+ tokens).
    tokens = text[line_start:].rsplit(None, _MIN_TOKENS)
    if len(tokens) < _MIN_TOKENS:
        return 0.0, len(text)
    tail = tokens[-_TAIL_TOKENS:]
    # Every test below only rules the text out, so the cheapest that rules most texts out goes first: a tail of
    # plain words.
    odd_tokens = _odd_tokens(tail)
    odd = len(odd_tokens) / len(tail)
    # Letters-only words glued in camel case ("strictlyFormat") only count for the word-salad marks below.
    glued = sum(1 for t in tail if len(t) > 5 and not t[1:].islower() and t.isalpha() and t.isascii()
                and not t.isupper() and _GLUED.search(t) is not None) / len(tail)
    if odd == 0.0 and glued == 0.0:
        return 0.0, len(text)
    head_end = _tail_start(text, tail)
    head = text[max(0, head_end - 2000): head_end]
    if not _has_words(head, 4):
        return 0.0, len(text)
    tail_text = text[head_end:]
    if _MARKUP.search(tail_text):
        # Inline code, bold, links and URLs are why a documentation line looks odd; a suffix is judged without
        # them (a pasted README paragraph scored as a suffix before).
        tail_text = _MARKUP.sub(" markup ", tail_text)
        tail = tail_text.split()[-_TAIL_TOKENS:]
        odd_tokens = _odd_tokens(tail)
        odd = len(odd_tokens) / len(tail)
    tail_sym = _symbol_ratio(tail_text)
    head_sym = _symbol_ratio(head)
    if odd >= 0.2 and _repeated_shapes(odd_tokens):
        # "(#412), (#415), (#417)": odd tokens of one shape are a list's references, not an optimiser's picks.
        return 0.0, len(text)
    if odd >= 0.2 and tail_sym >= 2 * head_sym + 0.01:
        return min(0.95, 0.3 + 1.0 * odd + 2.0 * (tail_sym - head_sym)), head_end
    # Fewer symbols: a word-salad tail still shows its optimiser. Three of five marks, each common alone, and
    # only after an English request: other languages' own words and capitalised nouns are no mark in them.
    words = head[-400:].lower().split()
    english = sum(w in _ENGLISH for w in words)
    if english < 2 or english <= sum(w in _FOREIGN for w in words):
        return 0.0, len(text)
    # A request in another language that quotes English (an error message, a log line) reads as English by the
    # head alone; its tail is that language's own sentence ("... GROUP BY id; o que eu tô fazendo de errado?"): three
    # function words in a row, where an optimiser's picks are scattered ("Cette heeft brilliant", "ich Hier eine").
    if _function_word_run(tail) >= 3:
        return 0.0, len(text)
    return _salad_score(tail, odd + glued, tail_sym - head_sym), head_end


# GCG-style optimisers pick tokens from the whole vocabulary, so their tails mix languages and steer the reply
# towards an affirmative opening ("Sure, here is"): short function words of other languages, and "Sure"/"Here"
# as tokens of the user's own prompt, are marks no English request carries in its last words.
_FOREIGN = frozenset((
    "und", "der", "nicht", "bitte", "etwa", "einige", "auch", "oder", "ist", "avec", "dans", "pour", "cette",
    "ensuite", "moins", "faut", "mais", "qui", "que", "vous", "nous", "siguiente", "cual", "pero", "muy", "esta",
    "heeft", "beide", "een", "niet", "maar", "ook", "della", "molto", "questo", "questa", "csak", "egy",
))  # none of them an English word ("die", "con", "los" are)
_ENGLISH = frozenset(("the", "to", "of", "and", "a", "an", "for", "that", "with", "how", "is", "in", "on", "my"))
# Function words of Portuguese, Spanish, French, Italian, German and Dutch that are not English words: only for
# telling a sentence in that language from an optimiser's scattered picks (see _salad_score's foreign mark).
_OTHER_LANGUAGE = _FOREIGN | frozenset((
    "meu", "minha", "eu", "você", "voce", "não", "nao", "é", "está", "tá", "tô", "uma", "um", "isso", "esse", "essa",
    "seu", "sua", "mas", "para", "com", "da", "dos", "das", "na", "o", "os", "de", "e", "el", "es", "y", "mi", "yo",
    "tu", "su", "lo", "del", "al", "una", "un", "por", "qué", "cómo", "ça", "je", "il", "est", "les", "des", "une",
    "du", "et", "ich", "ist", "das", "ein", "eine", "mit", "het", "ik", "di", "che", "non", "sono", "ho",
    "mio", "mia", "per",
))
_TOKEN_PUNCT = ".,;:!?\"'()[]{}"  # around a token, not part of the word
_PUNCT = _TOKEN_PUNCT + "¿¡"  # and the Spanish opening marks, for telling a sentence from picks

_PRIMING = re.compile(r"[^\w\[]*(?:sure|here)(?:is|s)?(?![a-z])", re.IGNORECASE)
_SHAPE = str.maketrans({**dict.fromkeys("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "a"),
                        **dict.fromkeys("0123456789", "9")})


_RUNS = re.compile(r"(.)\1+")


def _odd_tokens(tail: list[str]) -> list[str]:
    """The odd tokens of ``tail``; bare ASCII words are never odd and skip the call."""
    return [t for t in tail if not (t.isalpha() and t.isascii()) and _odd_token(t)]


def _repeated_shapes(odd_tokens: list[str]) -> bool:
    """Most odd tokens share their shape (letters as "a", digits as "9", runs squeezed)."""
    shapes = [_RUNS.sub(r"\1", t.translate(_SHAPE)) for t in odd_tokens]
    return len(shapes) >= 3 and len(set(shapes)) * 2 <= len(shapes)


def _function_word_run(tokens: list[str]) -> int:
    """The longest run of consecutive ``_OTHER_LANGUAGE`` words in ``tokens``."""
    run = best = 0
    for t in tokens:
        run = run + 1 if t.strip(_PUNCT).lower() in _OTHER_LANGUAGE else 0
        best = max(best, run)
    return best


# Paired inline code, bold, a markdown link, a URL: markup that explains odd tokens (bounded, one line).
_MARKUP = re.compile(
    r"``[^`\n]{1,80}``|`[^`\n]{1,80}`|\*\*[^*\n]{1,80}\*\*|\[[^\]\n]{1,120}\]\([^)\s]{1,400}\)|<?https?://[^\s>]+>?"
)


def _salad_score(tail: list[str], odd: float, sym_contrast: float) -> float:
    """0.5-0.7 when the tail has at least three of: two odd or glued tokens, a foreign function word, an affirmative
    priming token, two capitalised words mid-sentence, more symbols than the head; else 0.

    The tail comes without its markup (_MARKUP), which otherwise makes prose look odd.
    """
    foreign = any(t.strip(_TOKEN_PUNCT).lower() in _FOREIGN for t in tail)
    priming = any(_PRIMING.match(t) for t in tail)
    caps = sum(1 for prev, t in itertools.pairwise(tail)
               if t[:1].isupper() and not t.isupper() and prev[-1:] not in ".!?:\"'")
    marks = (odd >= 0.1) + foreign + priming + (caps >= 2) + (sym_contrast >= 0.03)
    return 0.0 if marks < 3 else 0.5 + 0.1 * (marks - 3)


class JailbreakDetector(RuleBackedDetector):
    name = "jailbreak"
    owns = frozenset({"jailbreak"})
    combos = combos_for("jailbreak")
    kinds = frozenset({MessageKind.USER, MessageKind.TOOL_CALL, MessageKind.TOOL_RESULT, MessageKind.RETRIEVAL,
                       MessageKind.SYSTEM})

    def extra(self, text: str, kind: MessageKind, index: int, norm: NormalizedText) -> list[Finding]:
        out: list[Finding] = []
        if kind not in (MessageKind.USER, MessageKind.TOOL_CALL):
            return out
        view = norm.text if norm.flags & _READ_NORMALISED else text
        score, _turns = many_shot_score(view)
        if score > 0:
            out.append(heuristic_finding(self.name, "jailbreak.many_shot", category="jailbreak", score=score,
                                         severity=Severity.MEDIUM, index=index, text=text, start=0, end=len(text),
                                         tags=TAGS))
        score, start, end = adversarial_suffix_score(view)
        if score >= 0.5:
            if view is not text:
                start, end = norm.to_original(start, end)
            out.append(heuristic_finding(self.name, "jailbreak.adversarial_suffix", category="jailbreak",
                                         score=score, severity=Severity.HIGH, index=index, text=text, start=start,
                                         end=end, tags=TAGS))
        return out
