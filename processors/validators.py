"""Validators: the "checksum confirms" step after a regex proposes a candidate.

A validator takes the candidate value (the rule's capture group) and keyword arguments from the rule's
``validator_args`` and returns ``True`` to keep it. Each one encodes a structural rule that look-alikes fail:
order numbers fail Luhn, version strings fail IPv4 ranges, random 16-digit serials fail the card prefix table,
UUIDs and content hashes fail the secret-shape checks. Rule packs name validators; plugins can add their own
with :func:`register_validator`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import inspect
import ipaddress
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

__all__ = [
    "VALIDATORS",
    "Validator",
    "check_args",
    "is_placeholder",
    "register_validator",
    "shannon_entropy",
]

Validator = Callable[..., bool]

VALIDATORS: dict[str, Validator] = {}


def register_validator(name: str) -> Callable[[Validator], Validator]:
    """Decorator: make a validator available to rule packs under ``name``."""

    def deco(fn: Validator) -> Validator:
        VALIDATORS[name] = fn
        return fn

    return deco


def check_args(name: str, args: dict[str, Any]) -> str | None:
    """Problem text if ``args`` do not fit validator ``name`` (used by pack validation), else None."""
    fn = VALIDATORS.get(name)
    if fn is None:
        return f"unknown validator {name!r} (known: {', '.join(sorted(VALIDATORS))})"
    try:
        inspect.signature(fn).bind("", **args)
    except TypeError as e:
        return f"validator {name!r} does not take these arguments: {e}"
    return None


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


# ---------------------------------------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@register_validator("luhn")
def luhn(value: str, *, min_length: int = 2, max_length: int = 19) -> bool:
    d = _digits(value)
    return min_length <= len(d) <= max_length and luhn_ok(d)


# (prefix range low, high, allowed lengths) per card network, by IIN; digits are compared as prefixes.
_CARD_IIN: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (4, 4, (13, 16, 19)),  # Visa
    (51, 55, (16,)),  # Mastercard
    (2221, 2720, (16,)),  # Mastercard 2-series
    (34, 34, (15,)),  # Amex
    (37, 37, (15,)),  # Amex
    (6011, 6011, (16, 19)),  # Discover
    (644, 649, (16, 19)),  # Discover
    (65, 65, (16, 19)),  # Discover
    (3528, 3589, (16, 19)),  # JCB
    (300, 305, (14, 16, 19)),  # Diners Club
    (36, 36, (14, 16, 19)),  # Diners Club
    (38, 39, (14, 16, 19)),  # Diners Club
    (62, 62, (16, 17, 18, 19)),  # UnionPay
    (50, 50, (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
    (56, 58, (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
    (67, 67, (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
)


@register_validator("credit_card")
def credit_card(value: str) -> bool:
    """Luhn plus a known network prefix and length: random 16-digit serials fail one or the other."""
    d = _digits(value)
    if not 12 <= len(d) <= 19 or len(set(d)) < 2 or not luhn_ok(d):
        return False
    for lo, hi, lengths in _CARD_IIN:
        width = len(str(lo))
        if lo <= int(d[:width]) <= hi and len(d) in lengths:
            return True
    return False


# ISO 13616 registry lengths.
_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25,
    "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


@register_validator("iban")
def iban(value: str) -> bool:
    v = "".join(value.split()).replace("-", "").upper()
    if len(v) < 15 or _IBAN_LENGTHS.get(v[:2]) != len(v) or not v[2:4].isdigit() or not v.isalnum():
        return False
    rearranged = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in rearranged)
    return int(num) % 97 == 1


# SSA never issues these (advertising and Woolworth wallet-card examples).
_SSN_KNOWN_INVALID = frozenset({"078051120", "219099999", "457555462", "123456789"})


@register_validator("ssn")
def ssn(value: str) -> bool:
    """US SSN rules: area not 000/666/9xx, group not 00, serial not 0000, and not a known published example."""
    d = _digits(value)
    if len(d) != 9 or d in _SSN_KNOWN_INVALID or len(set(d)) == 1:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# HMRC never allocates these NINO prefixes (BG/GB/NK/KN/TN/NT/ZZ: GB/NK look like other codes, TN is a temporary
# reference, ZZ is reserved for examples); D, F, I, Q, U, V never appear and O is not a second letter.
_NINO_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


@register_validator("uk_nino")
def uk_nino(value: str) -> bool:
    """UK National Insurance number: HMRC prefix rules, six digits, suffix A–D; not six repeated digits."""
    v = value.replace(" ", "").upper()
    return _NINO.fullmatch(v) is not None and v[:2] not in _NINO_BAD_PREFIX and len(set(v[2:8])) > 1


@register_validator("aba")
def aba(value: str) -> bool:
    """ABA routing number: valid Federal Reserve prefix and the 3-7-1 weighted checksum."""
    d = _digits(value)
    if len(d) != 9:
        return False
    prefix = int(d[:2])
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0


@register_validator("npi")
def npi(value: str) -> bool:
    """US National Provider Identifier: 10 digits starting 1 or 2, Luhn over the 80840 card-issuer prefix."""
    d = _digits(value)
    return len(d) == 10 and d[0] in "12" and luhn_ok("80840" + d)


_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5,
    "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


@register_validator("vin")
def vin(value: str) -> bool:
    """Vehicle Identification Number (ISO 3779, North American check digit in position 9)."""
    v = value.upper()
    if len(v) != 17 or any(c not in _VIN_VALUES for c in v) or v.isdigit() or v.isalpha():
        return False
    total = sum(_VIN_VALUES[c] * w for c, w in zip(v, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return v[8] == ("X" if check == 10 else str(check))


@register_validator("dea")
def dea(value: str) -> bool:
    """DEA registration: registrant-type letter, a letter, 7 digits, (d1+d3+d5) + 2·(d2+d4+d6) ≡ d7 mod 10."""
    v = value.upper()
    if len(v) != 9 or v[0] not in "ABCDEFGHJKLMPRSTUX" or not (v[1].isalpha() or v[1] == "9"):
        return False
    d = v[2:]
    if not d.isdigit():
        return False
    n = [int(c) for c in d]
    return (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 == n[6]


# ---------------------------------------------------------------------------------------------- network ids


@register_validator("ip")
def ip(value: str, *, reject: tuple[str, ...] | list[str] = ("unspecified", "loopback", "multicast")) -> bool:
    """IPv4/IPv6 syntax; ``reject`` lists address classes not reported.

    Classes: ``private`` (RFC 1918, ULA …), ``loopback``, ``link_local``, ``multicast``, ``reserved``,
    ``unspecified``. The default keeps private addresses (HIPAA counts any IP address as an identifier) but
    drops 0.0.0.0, 127.0.0.1 and multicast, which identify nobody. Use ``reject: [private, ...]`` to report
    only public addresses.
    """
    try:
        addr = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    return not any(getattr(addr, f"is_{cls}", False) for cls in reject)


# ---------------------------------------------------------------------------------------------- identity


@register_validator("phone")
def phone(value: str) -> bool:
    """Phone numbers: 7–15 digits, not one repeated digit; NANP-length numbers need an area code 2–9."""
    d = _digits(value.split("x", maxsplit=1)[0].split("ext", maxsplit=1)[0])
    if not 7 <= len(d) <= 15 or len(set(d)) < 3:
        return False
    if len(d) == 8 and d[0] != "0" and d[:2] in ("19", "20") and d[4:6] in ("19", "20"):
        return False  # "2023 2024": two years, not an Australian local number
    if re.match(r"\s*(?:\(\d{2}\)|[1-9]{2} )", value):
        return True  # a two-digit area code, bracketed or not (Brazil 11 98765-4321), never a NANP number
    if d[0] == "0" and value.lstrip()[:1] != "+":
        return True  # a national trunk prefix (UK 020…, AU 07…, DE 030…); NANP area codes never start with 0
    nanp = d[1:] if len(d) == 11 and d[0] == "1" else d if len(d) == 10 else ""
    if nanp and value.lstrip()[:1] != "+":
        # A real area code (not 0/1, which Unix timestamps and many ids start with). The exchange digit is not
        # checked: Indian mobiles (9440658377) are ten digits with any exchange, and generated test data breaks
        # the rule in grouped numbers ((930) 004-4609).
        return nanp[0] in "23456789"
    return True


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")]
    )
    for m in names
}


@register_validator("date")
def date(value: str, *, min_year: int = 1900, max_age_days: int = 0) -> bool:
    """A real calendar date between ``min_year`` and today (dates of birth are in the past)."""
    nums = [int(x) for x in re.findall(r"\d+", value)]
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+", value)]
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    try:
        if month is not None:
            day = next(n for n in nums if n <= 31)
            year = next(n for n in nums if n > 31)
        elif len(nums) == 3 and nums[0] > 31:
            year, month, day = nums
        elif len(nums) == 3:
            month, day, year = nums
            if month > 12 and day <= 12:  # day-first style
                month, day = day, month
        else:
            return False
        if year < 100:
            year += 1900 if year > _dt.date.today().year % 100 else 2000
        d = _dt.date(year, month, day)
    except (StopIteration, ValueError):
        return False
    today = _dt.date.today()
    return min_year <= d.year and d <= today - _dt.timedelta(days=max_age_days)


# ---------------------------------------------------------------------------------------------- secrets

_PLACEHOLDER = re.compile(
    r"(?i)x{4,}|\*{3,}|\.{3}|#{4,}|0{8,}|your|example|redacted|placeholder|changeme|change_me|dummy|sample"
    r"|insert|replace|<[^>]*>|\$\{|\{\{|%s|null|none|undefined|todo|fake|test(?:ing)?_?key|abc123|123456|password"
)


def is_placeholder(value: str) -> bool:
    """Template values people paste instead of secrets: ``YOUR_API_KEY_HERE``, ``AKIAXXXXXXXXXXXXXXXX``, ``sk-...``."""
    return _PLACEHOLDER.search(value) is not None


def shannon_entropy(value: str) -> float:
    """Bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


_UUID = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX = re.compile(r"[0-9a-fA-F]+")
_HEX_DIGEST = re.compile(r"(?i)^(?:[0-9a-f]{7,12}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$")


@register_validator("entropy")
def entropy(
    value: str,
    *,
    min: float = 3.0,
    min_length: int = 8,
    reject_hex_digests: bool = False,
    reject_uuid: bool = True,
    require_digit: bool = False,
) -> bool:
    """Random-looking enough to be a secret, and not a placeholder, UUID or (optionally) a content hash.

    ``reject_hex_digests`` drops git SHAs and sha1/sha256/sha512 digests; generic rules need it, provider
    rules with a fixed prefix do not.
    """
    if len(value) < min_length or is_placeholder(value):
        return False
    if reject_uuid and _UUID.match(value):
        return False
    if reject_hex_digests and _HEX_DIGEST.match(value):
        return False
    if require_digit and not any(c.isdigit() for c in value):
        return False
    return shannon_entropy(value) >= min


@register_validator("generic_secret")
def generic_secret(value: str, *, min: float = 3.2, min_length: int = 12) -> bool:
    """The value of a ``password=``/``api_key:`` style assignment: long, random, mixed, and not an identifier.

    Identifiers (``get_api_key``, ``camelCaseName``), paths, env references and hashes are the classic entropy
    detector false positives (detect-secrets #250, #693); each is excluded by shape.
    """
    v = value.strip("'\"`")
    if len(v) < min_length or is_placeholder(v) or _UUID.match(v) or _HEX_DIGEST.match(v):
        return False
    if v.startswith(("$", "%", "/", "./", "http://", "https://", "process.env", "os.environ")):
        return False
    has_digit = any(c.isdigit() for c in v)
    has_alpha = any(c.isalpha() for c in v)
    if not (has_digit and has_alpha):
        return False
    # Words joined by separators or camelCase humps are identifiers, not secrets.
    if re.fullmatch(r"[a-z]+(?:[_\-.][a-z0-9]+)*|[A-Z_]+|(?:[A-Z]?[a-z]+)+\d{0,4}", v):
        return False
    # Hex keys draw from 16 symbols, so a random 32-char one averages ~3.5 bits and 1 in ~100 falls below 3.2;
    # 0.3 bits of slack keeps those while "deadbeefdeadbeef"-style filler (~2 bits) stays out.
    floor = min - 0.3 if _HEX.fullmatch(v) else min
    return shannon_entropy(v) >= floor


def _b64url_json(part: str) -> Any:
    raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    return json.loads(raw)


@register_validator("jwt")
def jwt(value: str) -> bool:
    """Three base64url parts; the header is a JSON object with an ``alg``; the payload is JSON."""
    parts = value.split(".")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        return False
    try:
        header = _b64url_json(parts[0])
        payload = _b64url_json(parts[1])
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(header, dict) and "alg" in header and isinstance(payload, dict)


@register_validator("not_placeholder")
def not_placeholder(value: str) -> bool:
    return not is_placeholder(value)


# Passwords that ship as documented defaults (docker images, tutorials): public knowledge, not a leaked secret,
# and the usual content of docker-compose and quick-start connection strings.
_DEFAULT_PASSWORDS = frozenset(
    {"postgres", "root", "admin", "mysql", "guest", "pass", "passwd", "secret", "default", "pwd", "user", "mongo",
     "redis", "sa", "oracle", "rabbitmq", "letmein", "qwerty"}
)


@register_validator("connection_password")
def connection_password(value: str) -> bool:
    """The password of a connection string: not a placeholder and not a documented default password."""
    return not is_placeholder(value) and value.lower() not in _DEFAULT_PASSWORDS


@register_validator("basic_credentials")
def basic_credentials(value: str) -> bool:
    """Base64 of ``user:password`` (HTTP Basic, Docker's ``auths``, npm's ``_auth``): both halves present and
    printable, and the password neither a placeholder nor a documented default."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    user, sep, password = raw.partition(":")
    if not sep or not user or len(password) < 4 or not raw.isprintable():
        return False
    return not is_placeholder(password) and password.lower() not in _DEFAULT_PASSWORDS


# ---------------------------------------------------------------------------------------------- names and places

# Capitalised words that start sentences, label fields or name places and organisations: a two-word
# capitalised phrase made of these is not a person ("Search Results", "Main Street", "Wells Fargo Bank").
_NOT_NAME_TEXT = """
    the this that these those a an and or but if then please update send call ship notify hello hi hey dear thanks
    thank regards sincerely best cheers search results result contact sheet patient customer employee name names
    home phone email mail address wire details note summary summarise summarize record records report user users
    account beneficiary reference order invoice ticket request response error warning info debug
    monday tuesday wednesday thursday friday saturday sunday january february march july
    september october november december today tomorrow yesterday street st avenue ave road rd boulevard blvd
    drive court circle way place square terrace parkway highway trail plaza suite apt unit box floor building
    new san los las fort port lake mount saint inc llc ltd corp corporation company co
    bank university college school hospital clinic center centre health medical insurance group team department
    service services support api sdk aws google microsoft amazon apple github slack openai python java docker
    linux windows mac ios android chrome firefox visa mastercard amex discover paypal stripe iban swift ssn dob
    mrn id no number card date birth born admitted discharge discharged diagnosis presents type version build
    release chapter section table figure step my our your his her their its we you he she they it i me us them
    is are was were be been has have had do does did will would can could should might must shall
    not no yes ok okay here there where when what why how who which all any some each every other another
    more most less least many much few first last next previous final new old big small good bad high low
    dr mr mrs ms miss prof md phd dds dvm jr sr ii iii iv esq united states america california texas york
    social security national federal general public private data privacy policy grand prix park stadium
    island islands memorial city county state river valley airport station club league cup dynasty empire kingdom
    world everyone everybody all folks guys team there friends sir madam colleagues sent also ps btw regarding
    mom mum dad diary management product engineering marketing sales legal finance ops operations
    security infrastructure platform devops qa hr reliability site research design lead leads manager managers staff
    crew squad backlog planning grooming review committee board office desk
    societe equipe cafe restaurant hotel gmbh ag kg sarl srl bv nv spa
    rue via viale piazza piazzale vicolo strada contrada calle avenida paseo glorieta carrer rua travessa
    to of for in on at by from with as into via per about
    zoo museum gallery library theatre theater cathedral mosque
    senior junior analyst engineer director officer specialist consultant coordinator associate assistant executive
    president chief principal intern developer scientist administrator representative advisor adviser
"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
_HONORIFIC = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir", "dame", "herr", "frau",
                        "ing", "dipl.-ing",
                        # Italian, Spanish/Portuguese, Dutch, French forms of address.
                        "sig", "sig.ra", "dott", "dott.ssa", "sr", "sra", "srta", "dhr", "mevr", "mme", "mlle"})
_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "della", "dal", "dalla", "dei", "degli", "van",
                        "von", "der", "den", "ten", "ter", "du", "des", "la", "le", "'t", "bin", "binti", "ibn", "al",
                        "el",
                        # Irish and Scottish Gaelic particles written as separate words (Ó Briain, Mac Cárthaigh).
                        "Ó", "Ní", "Nic", "Uí", "Mac"})
_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "md", "phd", "dds", "dvm", "esq", "rn", "np", "do",
                     "b.sc", "b.a", "b.eng", "m.sc", "m.a", "m.eng", "mba"})


# Common given names across cultures, written by hand for this module (no name dataset was used): English,
# German, Nordic, Dutch, French, Italian, Spanish, Portuguese/Brazilian, Polish, Czech, Russian/Ukrainian,
# Greek, Turkish, Arabic, Persian, Hebrew, Hindi/Tamil/Bengali/Punjabi, Chinese (pinyin), Japanese, Korean,
# Vietnamese, Thai, Indonesian, Filipino, Nigerian/Ghanaian/Kenyan/Ethiopian. A name cue that is only a
# preposition or verb ("with", "ask", "… called") is too weak for any capitalised word, so those rules accept a
# name only when its first word is here. Left out on purpose: given names that are also everyday, place or
# product words (Will, Mark, Grace, Hope, May, June, Ruby, Julia, Ada, Paris, Florence, Jordan, Victoria,
# Austin, Sydney, Chase, Hunter, Taylor, Morgan, Lincoln, Alexa, Claude), and names that are also months, places,
# brands or words (Jan, Preston, Mercedes, Pascal, Rosemary, Said, Son, Dung). The block from "babajide" on came
# from session 12's blind PII rounds: Nigerian, West/East/Southern African, Vietnamese and Chinese (pinyin, both name
# orders), Korean, Polish, Irish, South Indian, Persian/Arabic, African-American, French and Hawaiian names.
_GIVEN_NAMES_TEXT = """
    aaron adam adrian aidan alan albert alex alexander alexandra alice alison amanda amelia amy andrea andrew
    angela anna anne annie anthony antonio arthur barbara ben benjamin beth brian bruce carlos caroline catherine
    charles charlie chloe chris christina christine christopher claire colin craig daniel david deborah
    dennis derek diana donna dorothy douglas edward eleanor elizabeth ellen emily emma eric ethan evelyn fiona
    gary george gordon graham hannah harry heather helen henry ian isabel isabella jack jacob james jane janet
    jason jennifer jeremy jessica joan joanna joe john jonathan joseph joshua judith julie justin karen kate
    katherine kathleen keith kevin laura lauren leo linda lisa louise lucy luke margaret maria martin mary matthew
    megan melissa michael michelle nancy natalie nathan neil nicholas nicola nina oliver olivia patricia patrick
    paul peter philip rachel rebecca richard robert ruth ryan samantha samuel sandra sarah scott sean simon sophie
    stephen steven susan thomas timothy tom tony victor william zoe jonas marisol emeka chukwuemeka olusegun
    marcus kasia layla
    andreas anja birgit dieter florian friedrich greta gunther hans heike helga ingrid jens jorg jurgen
    karl katrin klaus lars lukas magnus matthias monika nils olaf sabine sebastian sigrid stefan sven torsten
    ulrich ulrike uwe wolfgang annika astrid bjorn erik freya henrik johan karin linnea mats oskar pernilla
    ragnar solveig tove daan femke joris sanne pieter wouter
    amelie antoine aurelie camille cecile chantal etienne francois gilles jacques julien laurent lucie mathieu
    nathalie pierre sylvie thierry yves alessandro chiara federica francesca giorgio giovanni giulia giuseppe
    lorenzo luca marco matteo paola riccardo roberto stefano valentina alejandro carmen diego elena fernando
    javier jorge jose juan lucia manuel miguel pablo raul sergio ana beatriz bruno camila fernanda gabriel
    gabriela joao leticia mateus rafael renata thiago vinicius
    agnieszka katarzyna krzysztof malgorzata marek piotr tomasz wojciech jakub petr pavel tereza zuzana
    alexei anastasia dmitri dmitry ekaterina igor irina ivan natalia nikolai oksana olga sergei svetlana tatiana
    vladimir yulia andriy bohdan mykola taras
    dimitris eleni giorgos konstantinos nikos yannis ahmet ayse burak elif emre fatma mehmet mustafa
    ozge zeynep
    ahmed aisha ali amina amir fatima hassan hussein ibrahim khalid layla leila mahmoud mariam mohamed mohammed
    muhammad mustafa nadia omar rania reem salma samir tariq yasmin yusuf zainab
    arash dariush farhad farnaz mehdi parisa reza shirin
    avi eitan moshe noa tamar yael yosef
    aarav abhishek aditi aditya amit ananya anil anjali arjun deepak divya gaurav harish kavya krishna lakshmi
    manish meera neha nikhil pooja pradeep priya rahul rajesh ravi rohan sanjay shreya sunil sunita vikram vivek
    arun karthik lakshmanan murugan senthil tamilselvi anirban debashis sourav harpreet gurpreet jaspreet manpreet
    li wei fang ming hui ling lei yan xiaoming xiu xin jing hao yong zhang
    haruto hiroshi kenji yuki yuko takashi satoshi akira aiko haruka sakura kaito ren yui
    minjun min-jun jiwoo ji-woo seojun seo-jun hyun jisoo ji-soo minji seoyeon seo-yeon jihoon ji-hoon
    anh bao duc hoa hung khanh linh minh ngoc phuong quang thanh trang tuan
    somchai siriporn nattapong kanya ploy
    agus budi dewi putri siti wahyu rizky
    jose maricel rodel jericho
    adebayo adaeze amara chidi chiamaka chinedu emeka funmilayo ifeoma kemi ngozi nnamdi oluwaseun olumide
    tunde yetunde kwame kofi akosua ama esi yaw wanjiru njeri kamau otieno achieng abebe tigist dawit selam
    abdul abdullah abena abigail adel adeline adriana adwoa afia agnes agustin ahmad akash akua alana alba
    aleksandr aleksei alessandra alexis alfred alicia alina aline allen allison alvaro alvin alyssa amal ambre
    anais anas anatoly andre andrei andreia andres ange angelica angelo anita anke ankit ann antonella antonia
    ariana arianna ashley ashok asma audrey aurore baptiste barry basma beatrice becky benedict benoit bernadette
    bernard bernd bethany beverly bianca bilal bonnie boris bradley brandon brenda brendan brent brett bridget
    brigitte brittany brooke bryan byron caio caitlin calvin cameron candace cara carl carla carlo carly cassandra
    cecilia cedric cesare charlene charlotte chen cheryl chinwe chioma christa christoph christy chun cindy clara
    clarence claudia clayton clement clifford clinton cody colleen connie connor conor corey corinne courtney
    cristina curtis cynthia dagmar daiki daisy dalia damian damien damon dan dana daniela danielle danny daria
    darlene darren darryl dave davide debbie debora debra deepa deirdre delores delphine denis denise detlef devin
    diane dirk dolores dominic dominique donald doreen doris dustin dwayne dylan ebere edgar edith eduarda eduardo
    edwin efua elaine elijah eliza elke ella ellie elliot elliott elodie eloise elsie emanuele emilia emilie
    emilio emmanuel enrico erica erin ernest esteban esther eugene eun-ji eva evan evangeline ewa ewelina fabio
    fabrice faisal farah felicia felix feng filippo flavia folake frances francine francis francisco franklin fred
    frederick gabe gabriella gael gail galina gennady georgina gerald geraldine gerhard ghada giang gianluca
    gilbert gina gisela gita gladys glenda glenn gloria gonzalo gregoire gregory grzegorz guadalupe guang gudrun
    gustavo gwen gwendolyn hai hamza hana hannelore harold harriet harvey hayley hector heidi heinz heitor helena
    helene helmut hemant herbert herve hiba hieu hikaru holger horst howard hua huong hye-jin ignacio ikenna
    ilaria imogen imran ines inna irene isaac isabelle isaiah isla jacek jackie jacqueline jaime jake jamal jamie
    jana janice jannik jared jasmine jean-luc jean-pierre jeanette jeff jeffrey jenna jenny jerome jerry jesse ji-hye
    jian jie jill jillian jimena jimmy jin-woo jiri jo joanne joaquin jocelyn jodie joel johnny jon josephine
    josiane joyce juanita judy julian juliana julianne julio jun justyna jutta jyoti kai kaitlyn kamil kara karim
    karla karolina kathryn kathy katie kayla kazuki kehinde keiko kelly kelsey kendra kenneth kenta kerry kerstin
    khaled kimberly kiran kirill kirsten kojo krista kristen kristin kristina ksenia kunal kurt kyle kylie kyung-soo
    lana larisa larissa larry latoya lawrence lea leah leandro lee lena leon leonard leonardo leonie leroy
    leslie lewis li-na lillian lina lindsay lindsey lloyd logan lonnie lorena loretta lori lorraine louis luana
    lucas luciana luis luisa lukasz lydia lynn lyudmila maciej mackenzie madeline magdalena mahesh majid makoto
    maksim malcolm malik mandy manfred manoj manon manuela marc marcela marcelo marcia marcin margaux mariana
    marianne marie marilyn mario marion marjorie marlene martha martina marvin massimo mathew mathilde mattia
    maureen maurice maxim maxime maxine mayumi melanie melinda melvin mia michaela michal micheal michela mikhail
    mildred min-seo miranda mitchell molly mona monica monique musa nabil nadezhda nadine nandini naoko naomi
    nasser nathaniel nelson nga nicolas nikita nisha noah noemie noor nora norbert norma norman obinna oleg
    olivier olu ondrej oscar otavio owen paige paloma pamela paolo patrice paula pauline pawel pedro peggy
    penelope perry petra phillip phoebe phyllis pietro polina prakash preeti priscilla priyanka przemyslaw qiang
    quentin quincy quynh rachael radek rafal rainer rakesh ralph ramesh rami ramiro ramon ramona randall randy
    raphael rasha rashid raymond reginald reinhard remi renate rhonda ricardo ricky rita ritu roberta rocio rodney
    rodrigo roger roland rolf ronald rosa rosalind ross roxanne roy ruben rui ruslan russell ryo sabrina sachin
    sade saeed sam sami sandeep sandrine sanjana santiago sara sarita segun selena serge severine shalini shan
    shane shankar shannon sharon shaun shawn sheila shelby shelley shirley shota shweta siddharth sidney silke
    silvia silvio simona simone slawomir sofia solene sonia sonya soo-jin sophia sora spencer stacey stacy
    stanislav stanley stella stephane stephanie stuart sung-min suresh suzanne swati sylvain sylvia tabitha taiwo
    takeshi tamara tammy tanvi tanya tara tarek tendai teresa terrence terry thabo thao themba theodore theresa
    tiffany tina tobias todd tomas tomoko tracy travis trevor trisha troy trung tyler tyrone uma ursula valeria
    valerie valery vanessa varun vasily vera vernon veronica veronika veronique vicki vijay viktor vincent vinod
    vittoria vivian volker walid wallace walter wanda warren wayne wendy werner wesley whitney willie xavier xia
    xiao ximena yann yaroslav yasmine yevgeny ying yolanda yoshiko young-ho youssef yun yuri yusuke yvonne zachary
    zaid zanele zbigniew zhen zhi zodwa zoya
    liam aiden jayden caleb levi ezra asher wyatt grayson mateo ava mila aria scarlett luna riley zoey brayden
    kayden landon nolan colton easton jaxon declan silas theo finn rowan axel ezekiel josiah elias aubrey addison
    leilani kinsley everly emery quinn skylar sadie hailey khloe gianna nevaeh
    babajide temitope olamide olawale oyelaran adebisi chukwuma chinonso nkechi uchenna adaobi folasade damilola
    ayodele kayode femi bolaji bukola yemisi tolulope oluwatobi oluwafemi ebuka chinwendu onyeka nneka
    amaka hadiza halima aminu bello usman aminata mamadou moussa ousmane ibrahima mariama
    kwaku kwasi adjoa yaa wambui wanjiku kipchoge tatenda chipo farai nomvula sipho thandiwe lerato kagiso bongani
    lindiwe nandi thulani
    hương mai nhung hanh hien thuy trinh tien phuc khoa
    wang liu yang huang zhao zhou zhu guo lin luo liang zheng xie deng cao peng zeng tian jiang xiong
    jiaming zihan yuxuan haoran yichen xinyi jiayi mingyu
    ji-ho jiho soo-ah sooah hae-won min-ho minho yeon-woo do-yun ha-eun seo-ah jae-won sang-hoon kyung
    choi yoon jeong
    bartosz dariusz mariusz janusz andrzej jerzy stanislaw kazimierz dorota jolanta bozena elzbieta
    krystyna grazyna iwona beata halina jadwiga agata marta zofia kinga patrycja szymon filip kacper
    niamh saoirse ciara ciaran cormac eoin oisin padraig roisin grainne sinead mairead donal ronan colm seamus
    ruairi orla aisling caoimhe darragh fiachra
    raghav raghavan venkat venkatesh srinivas aravind balaji ganesh jagdish naveen prasad rajiv ramya
    saritha shanthi sowmya sridhar sudha usha vasanth aishwarya bhavna chetan dinesh girish ishaan jayant kamala
    lalitha madhavi nalini pallavi radha rekha sangeeta shobha sneha vandana rohit sameer tanmay yash
    kaveh navid babak mahsa niloufar roya leyla khadija noura lamia ziad faris yara rana
    hala salim jamila samira mounir driss hicham
    darnell deshawn jamar tyrell keisha lakisha shanice latasha tanisha marquis dewayne
    marguerite guillaume aurelien ludovic clementine
    marisa haruki kalani keanu makoa
    tiago deepika babatunde ngaire aroha fionn
    parveen rukhsana nasreen shabana farzana tahmina ayumi emi yuna hina riko miyu wiktoria stellan rhiannon tamsin
    tevita sione benedikt oyin
"""
GIVEN_NAMES = frozenset(_GIVEN_NAMES_TEXT.split())


# A leading initial ("K." of "K. Ramesh Babu").
_INITIAL = re.compile(r"[A-Z]\.")

# Words that follow a lower-case given name in chat without being a surname ("i am priya here", "this is tom again").
_NOT_LOWER_SURNAME_TEXT = """
    here again speaking calling writing from too also now just only back sorry hi hello thanks btw lol ok
"""
_NOT_LOWER_SURNAME = frozenset(_NOT_LOWER_SURNAME_TEXT.split())


@register_validator("person_name")
def person_name(value: str, *, single: bool = False, given: bool = False, lower: bool = False) -> bool:
    """Two to four capitalised name words (honorific and suffix aside; Spanish and Portuguese names often have two
    given names and two surnames), none of them a field label, place or organisation word. ``single`` accepts one
    word too, for rules whose cue already says "this is a name" (a ``first_name`` key, a "Hi …," salutation).
    ``given`` is for weak cues ("with", "ask", "… called"): one to four words whose first is a known given name
    (:data:`GIVEN_NAMES`). ``lower`` is for a name typed in lower case after "my name is" / "i am": two or three
    words, the first a known given name, none of them a label or place word."""
    if lower:
        low = value.split()
        return (2 <= len(low) <= 3 and all(w.isalpha() and w.islower() for w in low) and low[0] in GIVEN_NAMES
                and not any(w in _NOT_NAME_WORDS or w in _NOT_LOWER_SURNAME for w in low[1:]))
    words = [w.strip(".,") for w in value.split()]
    words = [w for w in words if w]
    if words and words[0].lower() in _HONORIFIC:
        words = words[1:]
    # Leading initials (K. Ramesh Babu, S. Venkataraman) count like an honorific.
    raw = value.split()
    while len(words) > 1 and raw and _INITIAL.fullmatch(raw[0]) and words[0] == raw[0][0]:
        words, raw = words[1:], raw[1:]
    while words and words[-1].lower() in _SUFFIX:
        words = words[:-1]
    # Middle initials and lower-case surname particles (dos Santos, van der Berg, bin Rashid) aside.
    core = [w for w in words if not (len(w) == 1 and w.isupper()) and w not in _PARTICLES]
    if not 1 <= len(core) <= 4:
        return False
    if given and (not core or _fold(core[0]) not in GIVEN_NAMES):
        return False
    if len(core) == 1 and len(words) == len(value.split()) and not (single or given):
        return False  # a single word counts only after an honorific
    # After a known given name, "Park" is the Korean surname rather than a place word.
    rest_ok = _NOT_NAME_WORDS - {"park"} if given else _NOT_NAME_WORDS
    return core[0][:1].isupper() and _fold(core[0]) not in _NOT_NAME_WORDS and all(
        w[:1].isupper() and _fold(w) not in rest_ok for w in core[1:])


def _fold(word: str) -> str:
    """Lower-cased without accents: "Générale" is the same organisation word as "General"."""
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


_US_STATES_TEXT = """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
    RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI UM FM MH PW AA AE AP
"""
_US_STATES = frozenset(_US_STATES_TEXT.split())


@register_validator("us_address")
def us_address(value: str) -> bool:
    """A US-style address ending in a real state (or APO/FPO/DPO region) code, with or without a ZIP code."""
    m = re.search(r"\b([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\s*$", value)
    return m is not None and m.group(1) in _US_STATES


_EMAIL_PLACEHOLDER_LOCAL = frozenset(
    {"your", "youremail", "your.email", "your_email", "yourname", "your.name", "name", "user", "username", "email",
     "someone", "somebody", "foo", "bar", "test", "me", "x", "xxx"}
)


@register_validator("email")
def email(value: str) -> bool:
    """Any syntactically plausible address except template ones (``your.email@…``, ``user@domain.com``).

    Addresses at example.com are kept: synthetic and test data use them for people.
    """
    local, _, domain = value.rpartition("@")
    if local.lower() in _EMAIL_PLACEHOLDER_LOCAL or domain.lower() in ("domain.com", "email.com", "yourdomain.com"):
        return False
    return "<" not in value and "{" not in value
