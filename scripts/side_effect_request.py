"""The word classes of ``indirect.side_effect_request`` and the seven patterns built from them.

The rule's regexes in ``config/rules/indirect.yaml`` are long because they spell out word classes (request openers,
side-effect verbs, sensitive objects, outside destinations) several times over. They are written here once, by
name; edit a class here, then rewrite the rule's patterns and check they agree:

    python scripts/side_effect_request.py --write     # rewrite the rule's regex/prefilter lines in the YAML
    python scripts/side_effect_request.py --check     # exit 1 if the YAML and this file disagree (a test runs it)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

PACK = Path(__file__).resolve().parent.parent / "config" / "rules" / "indirect.yaml"
RULE_ID = "indirect.side_effect_request"
GAP = r"(?:[^.!?\n]|\.(?=\w))"
REQ = (r"(?:please|kindly|pls|plz|(?:could|can|would|will)\s+you(?:\s+please)?|i\s+need\s+you\s+to|i(?:'d|"
       r"\s+would)\s+like\s+you\s+to|make\s+sure\s+(?:to|you)|be\s+sure\s+to|go\s+ahead\s+and)")
ADV = r"(?:(?:also|just|now|then|quickly|immediately|urgently|still|go\s+ahead\s+and)\s+){0,2}"
# Sentence or line start (a list bullet, a quote, a JSON string, a label's colon), or a linking word.
OPEN = r"(?:^|[.!?;:>\[\]" + "'\"" + r"(]\s*|\\n\s*|[-*•]\s+|\b(?:and|then|also|just|so)\s+)"
VERB = (r"(?:transfer|wire|send|pay|forward|share|grant|give|add|invite|delete|erase|remove|wipe|purge|unlock|disable|"
        r"deactivate|turn\s+off|switch\s+off|change|reset|update|purchase|buy|order|book|cancel|schedule|post|publish|"
        r"upload|download|install|run|execute|e-?mail|text|export|sync|move|sell|withdraw|approve|leak|dump|copy|mail)")
OBJ_HI = (r"(?:money|funds|balance|payments?|savings|deposits?|gift\s*cards?|shares|stocks?|crypto|bitcoin|[$€£]\s?\d|"
          r"\d[\d,.]*\s?(?:usd|eur|euros?|dollars|gbp|pounds|btc|eth)\b|(?:usd|eur|gbp|chf|cad|aud)\s?\d|wires?|"
          r"transfers?|access|permissions?|rights|admin|administrator|owner|co-owner|ownership|keys?|codes?|pins?|"
          r"passwords?|passcodes?|credentials|logins?|2fa|two-factor|tokens?|contacts|location|passports?|"
          r"licen[cs]es?|medical|tax(?:es)?|address(?:es)?|phone\s+numbers?|pay\s?slips|ids?|id\s+cards?|"
          r"bank\s+details|ssns?|social\s+security|tax\s+returns?|prescriptions?|lab\s+results|insurance|cameras?|"
          r"alarms?|locks?|doors?|gates?|thermostats?|security\s+system|sensors?|refunds?|points|miles|credits|"
          r"rewards|databases?|db|dumps?)")
# Everyday things (mail, files, invoices, orders) count only when they are someone's stored things or all of them:
# "forward every invoice in the Finance folder", "the tenant's lease", not "forward invoices from the vendor to ap@".
OBJ_LO = (r"(?:files?|folders?|records?|documents?|docs|data|history|photos?|albums?|e-?mails|messages|inbox|mailbox|"
          r"statements|invoices?|scans?|leases?|contracts?|copies|certificates?|accounts?|orders?|subscriptions?|"
          r"bookings?|reservations?|appointments?|repositor(?:y|ies)|repos?|plans?|workspaces?|drives?|helper|script|"
          r"installer|binary|payload)")
OBJ = "(?:" + OBJ_HI + "|" + OBJ_LO + ")"
MARK = (r"\b(?:all|every|each|entire|whole|everything|my|our|his|her|their|the\s+user's|[a-z]+'s|[a-z]+s'|saved|"
        r"stored|private|personal|confidential|full|latest|recent)\b")
EMAIL = r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
DEST = ("(?:" + "|".join([
    EMAIL,
    r"https?://", r"(?:s3|gs|ftp|sftp|ssh|git|scp)://", r"www\.[a-z0-9-]+\.",
    r"(?:an?\s+)?(?:public\s+)?(?:reply|comment|post|review)\s+(?:here|below|to\s+this|on\s+this|in\s+this)\b",
    r"publicly\b",
    r"(?:[a-z]+\s+){0,2}(?:account|acct|iban|wallet|routing|beneficiary|card|member\s+id|customer\s+id|user\s+id|"
    r"member|player\s+id)(?:\s+(?:number|no\.?|#|id))?\s*:?\s*#?\s*[a-z]{0,4}\d[\d -]{3,}\d",
    r"iban\s*:?\s*[a-z]{2}\d{2}",
    r"[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}",
    r"0x[0-9a-f]{20,}",
    r"\+\d[\d ()-]{7,}\d", r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b", r"0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b",
    r"@[a-z0-9_][a-z0-9_.-]{1,38}",
    r"the\s+(?:whole\s+)?(?:public|internet)\b",
    r"(?:the\s+)?(?:following|(?:address|account|number|link|contact)\s+below)\b",
]) + ")")
# A person outside the conversation named with a handle: "my cousin Ravi (ravi.k_88)", "marco_lift99",
# "the GitHub user ext-contractor-44".
HANDLE = r"(?:\(\s*@?[a-z0-9._-]*[0-9_][a-z0-9._-]*\s*\)|\b[a-z][a-z0-9.-]*(?:_[a-z0-9.-]*|[a-z]-?\d{2,})\b)"
STREET = (r"\d{1,5}[a-z]?,?\s+(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|"
          r"court|ct|place|pl)\b")
NOTME = r"(?!\s+(?:me|us)\b)"
NOTOWN = r"(?!my\s+(?!\w+'s\b))"
NOYOUR = r"(?!" + GAP + r"{0,60}?\byour\b)"
head = r"(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" + ADV + VERB + r"\b"
OWNDETAILS = r"(?!\s+(?:our|my)\s+(?:bank(?:ing)?|payment|remittance|billing)\s+(?:details|information|info)\b)"
p1 = (r"(?im)" + head + NOTME + OWNDETAILS + NOYOUR + r"(?:" + GAP + r"{0,60}?(?:\b|(?=[$€£]))" + OBJ_HI + "|" + GAP +
      r"{0,40}?" + MARK + GAP + r"{0,30}?\b" + OBJ_LO + ")" + GAP + r"{0,60}?\b(?:to|with|for|into|on|at|via|as|in)\s+"
      + NOTOWN + r"(?:(?:the|a|an|this|our)\s+|my\s+\w+'s\s+)?(?:[^\s.!?]+\s+){0,3}?" + DEST)
pf1 = r"(?i)(?:\b|\\n)" + VERB + r"\b" + r"[^\n]{0,200}?\b(?:to|with|for|into|on|at|via|as|in)\s+[^\n]{0,40}?" + DEST
ACCV = r"(?:grant|give|add|invite|make|share|assign|hand\s+over|transfer|send|text|e-?mail|forward|tell|show)"
ACCO = (r"(?:access|permissions?|rights|admin(?:istrator)?s?|owners?|co-owners?|ownership|keys?|codes?|pins?|"
        r"passwords?|passcodes?|credentials|logins?|2fa|two-factor|tokens?|write\s+access|editor|delegate)")
head_access = r"(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" + ADV + ACCV + r"\b"
ROLE = (r"(?:(?:(?:full|edit|editing|write|admin|administrator|read|owner|root|unrestricted|permanent|"
        r"guest)\s+)+(?:access|rights|permissions|privileges|control)|as\s+(?:an?\s+|the\s+)?(?:co-?)?(?:owners?|"
        r"admin(?:istrator)?s?|editors?|delegates?|maintainers?|members?|authori[sz]ed\s+users?|trusted\s+contacts?|"
        r"collaborators?)|(?:with|and\s+give\s+(?:them|him|her))\s+(?:(?:full|edit|editing|write|admin|read|owner|"
        r"root|unrestricted)\s+)*(?:access|rights|permissions|privileges)|(?:the|my|our|his|her|"
        r"their)\s+(?:[a-z-]+\s+){0,2}(?:codes?|pins?|passwords?|passcodes?|keys?|credentials|logins?|access|rights|"
        r"permissions))\b")
p2 = (r"(?im)" + head_access + NOTME + NOYOUR + GAP + r"{0,60}?(?:" + HANDLE + "|" + DEST + ")" + GAP + r"{0,40}?\b" +
      ROLE + r"|" + head_access + NOYOUR + GAP + r"{0,60}?\b" + ACCO + GAP + r"{0,40}?\bto\s+(?:the\s+)?(?:(?:github|"
      r"gitlab|external|outside|new|guest)\s+)?(?:user|member|account|contractor|guest|handle|username)\s+" + HANDLE)
# Protection switched off or a way in opened, with no one to send anything to: "please disable the hallway camera
# and switch off the alarm", "turn off the garage camera ... for the whole weekend".
DEV = (r"(?:cameras?|alarms?(?:\s+system)?|security\s+system|motion\s+sensors?|smart\s+locks?|locks?|(?:front|back|"
       r"side|garage|patio)\s+(?:door|gate)s?|doors?|gates?|smoke\s+detectors?)")
OFFV = r"(?:disable|deactivate|disarm|turn\s+off|switch\s+off|shut\s+off|unlock|unlatch|pause|mute)"
WHEN = (r"\b(?:tonight|today|overnight|all\s+(?:night|day|week(?:end)?)|for\s+the\s+(?:whole\s+|entire\s+)?(?:night|"
        r"day|week(?:end)?)|until|at\s+\d|every\s+(?:day|night)|for\s+[a-z]+\b|and\s+(?:then\s+)?(?:unlock|open|"
        r"disable|turn\s+off|switch\s+off|leave))")
p3 = (r"(?im)\b" + REQ + r"\s+" + ADV + OFFV + r"\b" + NOYOUR + GAP + r"{0,40}?\b" + DEV + r"\b|" + r"(?:" + OPEN +
      r")" + ADV + OFFV + r"\b" + NOYOUR + GAP + r"{0,40}?\b" + DEV + r"\b" + GAP + r"{0,60}?" + WHEN)
# The user's mail, files or messages erased in bulk: "Delete all the emails in the inbox that come from ...".
DATA = (r"(?:e-?mails|messages|files|photos|contacts|records|backups|documents|notes|texts|chats|conversations|alerts|"
        r"statements|invoices|recordings)")
p4 = (r"(?im)(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" + ADV + r"(?:delete|erase|wipe|purge|remove|"
      r"trash|clear)\s+(?:all|every|each|everything)\b" + NOYOUR + GAP + r"{0,30}?\b" + DATA + r"\b" + GAP +
      r"{0,40}?\b(?:in|from|on|of)\s+(?:my|the\s+user's|our|this|the)\s+(?:[a-z-]+\s+)?(?:inbox|mailbox|mail|drive|"
      r"account|phone|cloud|folder|gallery|e-?mail)|" + r"(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" +
      ADV + r"(?:delete|erase|wipe|purge|remove|trash|clear)\s+(?:all|every|each|everything)\b" + NOYOUR + GAP +
      r"{0,30}?\b" + DATA + r"\b" + GAP + r"{0,40}?\bfrom\s+(?:" + EMAIL + r"|(?:my|the\s+user's|the)\s+(?:bank|"
      r"doctor|lawyer|accountant|employer|landlord|school|insurer|security\s+team))")
# Spending on a stored means of payment: "order five laptops with the stored company card", "book two seats on the
# user's saved Amex". The thing bought varies; the card on file is what makes it the reader's job.
PAYM = (r"(?:amex|american\s+express|visa|mastercard|credit\s+card|debit\s+card|cards?\s+on\s+file|card|paypal|"
        r"apple\s+pay|google\s+pay|account\s+on\s+file|points|miles)")
p5 = (r"(?im)(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" + ADV + r"(?:order|buy|purchase|book|reserve|"
      r"rent|subscribe\s+to|sign\s+(?:me\s+|them\s+|the\s+user\s+)?up\s+for|top\s+up|pay\s+for)\b" + NOYOUR + GAP +
      r"{0,80}?\b(?:with|using|on|via|through|charged\s+to|from|onto)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|"
      r"the\s+user's\s+)?(?:(?:stored|saved|company|corporate|business|family|joint|default|registered|linked|"
      r"[a-z]+'s)\s+){0,2}" + PAYM + r"\b")
p6 = (r"(?im)(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" + ADV + r"(?:change|update|set|switch|redirect|"
      r"reroute|divert|move)\b" + GAP + r"{0,40}?\b(?:shipping|delivery|mailing|billing|postal|"
      r"forwarding)\s+address(?:es)?\b" + GAP + r"{0,20}?\b(?:on|of|for|in)\s+(?:all|every|each|any)\b" + GAP +
      r"{0,60}?\bto\s+" + STREET)
p7 = (r"(?im)(?:" + OPEN + r"(?:" + REQ + r"\s+)?|\b" + REQ + r"\s+)" + ADV + r"(?:share|publish|open\s+up|make)\b" +
      NOYOUR + GAP + r"{0,30}?" + MARK + GAP + r"{0,30}?\b" + OBJ + GAP + r"{0,40}?\b(?:(?:with|to)\s+(?:anyone|"
      r"everyone)\s+(?:with|who\s+has)\s+the\s+link|public(?:ly)?\b|visible\s+to\s+(?:anyone|everyone))")
PF = {
    "p1": pf1,
    "p2": (r"(?i)(?:\b|\\n)" + ACCV + r"\b[^\n]{0,200}?" + ROLE + r"|\b" + ACCO + r"[^\n]{0,60}?\bto\s+[^\n]{0,40}?\b"
           r"(?:user|member|account|contractor|guest|handle|username)\s+" + HANDLE),
    "p3": r"(?i)(?:\b|\\n)" + OFFV + r"\b[^\n]{0,60}?\b" + DEV + r"\b",
    "p5": (r"(?i)(?:\b|\\n)(?:order|buy|purchase|book|reserve|rent|subscribe|sign|top|pay)\b[^\n]{0,140}?\b"
           r"(?:with|using|on|via|through|to|from|onto)\s+[^\n]{0,40}?" + PAYM + r"\b"),
    "p6": (r"(?i)(?:\b|\\n)(?:shipping|delivery|mailing|billing|postal|forwarding)\s+address(?:es)?\b[^\n]{0,30}?\b"
           r"(?:on|of|for|in)\s+(?:all|every|each|any)\b"),
    "p7": (r"(?i)(?:(?:with|to)\s+(?:anyone|everyone)\s+(?:with|who\s+has)\s+the\s+link|public|"
           r"visible\s+to\s+(?:anyone|everyone))"),
    "p4": (r"(?i)(?:\b|\\n)(?:delete|erase|wipe|purge|remove|trash|clear)\s+(?:all|every|each|everything)\b"
           r"[^\n]{0,50}?\b" + DATA + r"\b"),
}

# The rule's patterns in YAML order: (regex, prefilter).
PATTERNS: list[tuple[str, str]] = [(p1, PF["p1"]), (p2, PF["p2"]), (p3, PF["p3"]), (p5, PF["p5"]), (p6, PF["p6"]),
                                   (p7, PF["p7"]), (p4, PF["p4"])]


def _quoted(x: str) -> str:
    return "'" + x.replace("'", "''") + "'"


def in_pack(text: str) -> list[tuple[str, str]]:
    """The rule's (regex, prefilter) pairs as the pack file holds them."""
    rule = next(r for r in yaml.safe_load(text)["rules"] if r["id"] == RULE_ID)
    return [(p["regex"], p["prefilter"]) for p in rule["patterns"]]


def rewrite(text: str) -> str:
    """``text`` with the rule's regex and prefilter lines replaced, in order, by :data:`PATTERNS`."""
    lines = text.split("\n")
    start = lines.index(f"  - id: {RULE_ID}")
    pending = iter(PATTERNS)
    regex, prefilter = next(pending)
    for i in range(start + 1, len(lines)):
        if lines[i].startswith("  - id: "):
            break
        if lines[i].startswith("      - regex: "):
            lines[i] = "      - regex: " + _quoted(regex)
        elif lines[i].startswith("        prefilter: "):
            lines[i] = "        prefilter: " + _quoted(prefilter)
            regex, prefilter = next(pending, ("", ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="rewrite the rule's patterns in the pack file")
    ap.add_argument("--check", action="store_true", help="exit 1 if the pack file and the word classes disagree")
    args = ap.parse_args(argv)
    text = PACK.read_text(encoding="utf-8")
    if args.write:
        text = rewrite(text)
        PACK.write_text(text, encoding="utf-8")
    if in_pack(text) != PATTERNS:
        print(f"{PACK}: {RULE_ID} differs from scripts/side_effect_request.py; run it with --write",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
