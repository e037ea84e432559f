"""Blind English rounds: attack prompts and tool results with planted instructions that must be flagged, and
ordinary ones, full of the same words, that must not.

Helpers who saw no detector code wrote them (`english/round*_*.txt`, texts separated by a ``===`` line). Round E1 is
general (overrides, setup extraction, rule-free personas, special modes, refusal bans, harm behind fiction, fake
authority, pressure, payload splitting; web pages, e-mails, tickets, reviews, invites, code comments with an
instruction for the AI that reads them). E2 aims at deployed agents (a bank's support bot, a coding agent with a
shell, an e-mail assistant, HR, a clinic's scheduler, a shop) and the benign requests those agents get. E3 (session
23) is general again, with subtler planted instructions ("Note to accounts-payable automation", "the model must
include ... in a request to"). E4 (session 23) is general with tool results of every kind and hard negatives about
AI. E5 (session 23) is tool results *about* prompt injection: articles, papers, advisories, API docs, reviewed system
prompts, guardrail test files and support transcripts that quote attacks, and the same kinds carrying a live one.

Held out (scored, never read, left untuned): E1 and E4. Written from: E2 (session 22), E3 and E5 (session 23). The
numbers at each stage are in the README. What is still wrong is a strict expected failure.
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
_E3_MISS = ("written-from round: a harmful request behind a research pretext or leetspeak, or a request wrong only for "
            "the agent it goes to (a colleague's salaries, a patient list, a mailbox rule), or a wording no rule reads")
_E5_PROSE = "an article's own prose names the attack on the assistant ('get the demo bot to reveal its system prompt')"
_E5_CLASSIFIER = "the classifier alone on a text about attacks, its top window in the prose, not in an example"

KNOWN: dict[str, dict[int, str]] = {
    "roundE1_attack_docs.txt": dict.fromkeys((3, 4, 7, 13, 14, 16, 19, 20, 24, 26, 28, 33, 35, 36, 38, 39), _HELD_OUT),
    # 55 and 57 are flagged since session 23's filter-evasion, decode-then-obey and secret-handover rules (scored, not
    # read).
    "roundE1_attack_prompts.txt": dict.fromkeys((1, 4, 5, 9, 10, 12, 16, 19, 21, 24, 25, 27, 29, 31, 34, 40, 41, 42,
                                                 44, 45, 48, 49, 53, 58, 59), _HELD_OUT),
    # 37 is ordinary since the mentions in tool results (session 22), 0 since the examples in texts about attacks
    # (session 23); both scored, not read.
    "roundE1_benign_prompts.txt": dict.fromkeys((55,), _HELD_OUT),
    # 9, 11, 16, 33, 45, 49, 53 and 54 are flagged since session 23 (tool definitions asked for whole, twenty
    # questions about the setup, "filters=0." as a switch, credential stores handed over, "so the filter doesn't
    # catch it", a reversed or rot13 request decoded with more hint words).
    "roundE2_attack_prompts.txt": dict.fromkeys((5, 15, 19, 22, 24, 26, 28, 30, 35, 39, 41, 42, 43, 44, 46, 47, 50),
                                                _TUNED_MISS),
    # 2 (a blog post quoting an injection as its example) is ordinary since the mentions in tool results.
    "roundE2_benign_docs.txt": {49: _E2_QA},
    # 13 ("Right now my health checks are going out through the proxy") is ordinary since "right now" followed by
    # what is happening is no longer urgency.
    "roundE2_benign_prompts.txt": dict.fromkeys((59,), _E2_URGENT),
    "roundE3_attack_prompts.txt": dict.fromkeys((16, 25, 32, 35, 36, 37, 38, 49, 53, 54, 55), _E3_MISS),
    "roundE4_attack_docs.txt": dict.fromkeys((7, 8, 9, 11, 12, 13, 14, 15, 17, 20, 24, 25, 28, 29, 37, 38), _HELD_OUT),
    "roundE4_attack_prompts.txt": dict.fromkeys((1, 3, 4, 7, 9, 14, 17, 18, 22, 23, 27, 28, 29, 32, 35, 40, 44, 45, 46,
                                                 49, 52, 54, 55, 57, 58, 59), _HELD_OUT),
    # Nine were flagged at session 23's start; 5, 7, 8, 29 and 33 are ordinary since the examples in texts about
    # attacks (scored, not read: their rule ids were seen, not their texts).
    "roundE4_benign_docs.txt": dict.fromkeys((16, 27, 43, 47), _HELD_OUT),
    "roundE4_benign_prompts.txt": dict.fromkeys((14,), _HELD_OUT),
    "roundE5_benign_docs.txt": {
        **dict.fromkeys((29, 52), _E5_PROSE), **dict.fromkeys((48, 59), _E5_CLASSIFIER),
        23: "a wiki page showing a bot's production system prompt under 'System prompt (production, rev 17):'",
        45: "a Q&A answer with an inline {\"role\": \"system\"} message in prose (no program, no fence)",
        56: "a JSON transcript whose user turn spoofs 'SYSTEM:' and whose assistant refuses in a JSON field",
    },
}


test_attack_is_flagged, test_ordinary_text_is_not_flagged = round_tests(ROUNDS, KNOWN)
