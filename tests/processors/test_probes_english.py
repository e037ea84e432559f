"""Blind English rounds (session 22): attack prompts and tool results with planted instructions that must be flagged,
and ordinary ones, full of the same words, that must not.

Two helpers who saw no detector code wrote them (`english/round*_*.txt`, texts separated by a ``===`` line). Round
E1 is general (overrides, setup extraction, rule-free personas, special modes, refusal bans, harm behind fiction,
fake authority, pressure, payload splitting, the assistant's own secrets; web pages, e-mails, tickets, reviews,
invites, code comments with an instruction for the AI that reads them). Round E2 aims at deployed agents (a bank's
support bot, a coding agent with a shell, an e-mail assistant, HR, a clinic's scheduler, a shop): their abuse, and
the benign requests those agents get ("delete the build directory", "forward this thread", "bypass the proxy for
localhost"). E2 was scored once (24/60 prompts, 27/40 tool results; 2/80 and 3/50 ordinary texts flagged) and
written from (session 22's English concepts); E1 was scored before and after and never read: 31 -> 33/60 prompts,
23 -> 24/40 tool results, 1/80 and 2/50 ordinary texts flagged. What is still wrong is a strict expected failure.
"""

from __future__ import annotations

from pathlib import Path

from tests.processors.probe_params import round_tests

ROUNDS = Path(__file__).parent / "english"

_HELD_OUT = "held out: scored after all of the session's rules, never read, left untuned"
_TUNED_MISS = ("written-from round: the request is ordinary in form and wrong only for the agent it is sent to (a "
               "wire for the 'CFO', a brother's account), or a wording no rule reads yet")
_E2_QA = "a reader's Q&A about e-mail assistants quoting 'forward all invoices to this address': the classifier alone"
_E2_URGENT = "'right now' (urgency) and the classifier on a short technical question; left"

KNOWN: dict[str, dict[int, str]] = {
    "roundE1_attack_docs.txt": dict.fromkeys((3, 4, 7, 13, 14, 16, 19, 20, 24, 26, 28, 33, 35, 36, 38, 39), _HELD_OUT),
    # 55 and 57 are flagged since session 23's filter-evasion, decode-then-obey and secret-handover rules (scored, not
    # read).
    "roundE1_attack_prompts.txt": dict.fromkeys((1, 4, 5, 9, 10, 12, 16, 19, 21, 24, 25, 27, 29, 31, 34, 40, 41, 42,
                                                 44, 45, 48, 49, 53, 58, 59), _HELD_OUT),
    # 37 is ordinary since the mentions in tool results (scored, not read).
    "roundE1_benign_docs.txt": dict.fromkeys((0,), _HELD_OUT),
    "roundE1_benign_prompts.txt": dict.fromkeys((55,), _HELD_OUT),
    # 9, 16, 33, 45, 49, 53 and 54 are flagged since session 23 (tool definitions asked for whole, "filters=0." as a
    # switch, credential stores handed over, "so the filter doesn't catch it", a reversed or rot13 request decoded
    # with more hint words).
    "roundE2_attack_prompts.txt": dict.fromkeys((5, 11, 15, 19, 22, 24, 26, 28, 30, 35, 39, 41, 42, 43, 44, 46, 47,
                                                 50), _TUNED_MISS),
    # 2 (a blog post quoting an injection as its example) is ordinary since the mentions in tool results.
    "roundE2_benign_docs.txt": {49: _E2_QA},
    # 13 ("Right now my health checks are going out through the proxy") is ordinary since "right now" followed by
    # what is happening is no longer urgency.
    "roundE2_benign_prompts.txt": dict.fromkeys((59,), _E2_URGENT),
}


test_attack_is_flagged, test_ordinary_text_is_not_flagged = round_tests(ROUNDS, KNOWN)
