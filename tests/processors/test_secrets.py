"""Secrets detector: provider formats, generic assignments, and the look-alikes that must stay quiet."""

from __future__ import annotations

import random
import string

import pytest

from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import Message, MessageKind, SourceLocation
from spanwatch.processors.normalize import normalize
from spanwatch.processors.secrets import SecretsDetector
from tests.processors.lookalikes import LOOKALIKE_IDENTIFIERS

_rng = random.Random(1234)
KEY = b"k" * 32
UPPER_DIGITS = string.ascii_uppercase + string.digits


def rnd(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


@pytest.fixture(scope="module")
def detector() -> SecretsDetector:
    return SecretsDetector(hash_key=KEY)


def findings(det: SecretsDetector, text: str) -> list[Finding]:
    msg = Message(role="user", kind=MessageKind.USER, text=text, source=SourceLocation("span", "gen_ai.prompt"))
    return det.scan(None, 0, msg, normalize(text, max_chars=100_000))  # type: ignore[arg-type]


AWS_ID = "AKIA" + rnd(16, string.ascii_uppercase + "234567")
AWS_SECRET = rnd(38) + "/+"
GH = "ghp_" + rnd(36)
SLACK = f"xoxb-{rnd(11, string.digits)}-{rnd(12, string.digits)}-{rnd(24)}"
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
       ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
PEM = "-----BEGIN RSA PRIVATE KEY-----\n" + rnd(64) + "\n" + rnd(40) + "==\n-----END RSA PRIVATE KEY-----"

POSITIVES = [
    (f"export AWS_ACCESS_KEY_ID={AWS_ID}", "AWS_ACCESS_KEY", AWS_ID),
    (f"aws_secret_access_key = {AWS_SECRET}", "AWS_SECRET_KEY", AWS_SECRET),
    (f"boto3 fails with my aws secret {AWS_SECRET} why", "AWS_SECRET_KEY", AWS_SECRET),
    (f"git clone https://{GH}@github.com/acme/x.git", "GITHUB_TOKEN", GH),
    ("token github_pat_" + (v := rnd(22)) + "_" + (w := rnd(59)), "GITHUB_TOKEN", f"github_pat_{v}_{w}"),
    (f"glpat-{(g := rnd(20))} is the CI token", "GITLAB_TOKEN", f"glpat-{g}"),
    (f"SLACK_BOT_TOKEN={SLACK}", "SLACK_TOKEN", SLACK),
    # Tokens whose first part is a one-digit version (xoxa-2-…, xoxe.xoxp-1-…).
    (f"xoxa-2-{(x1 := rnd(12, string.digits))}-{(x2 := rnd(12, string.digits))}-{(x3 := rnd(32, '0123456789abcdef'))}",
     "SLACK_TOKEN", f"xoxa-2-{x1}-{x2}-{x3}"),
    (f"Authorization: Bearer {JWT}", "JWT", JWT),
    (f"why does ssh reject this key?\n{PEM}", "PRIVATE_KEY", PEM),
    (f"OPENAI_API_KEY=sk-proj-{(o := rnd(20))}T3BlbkFJ{(p := rnd(20))}", "OPENAI_API_KEY", f"sk-proj-{o}T3BlbkFJ{p}"),
    (f"key sk-ant-api03-{(a := rnd(93))}AA", "ANTHROPIC_API_KEY", f"sk-ant-api03-{a}AA"),
    (f"HF_TOKEN=hf_{(h := rnd(34))}", "LLM_API_KEY", f"hf_{h}"),
    (f"stripe sk_live_{(s := rnd(24))}", "STRIPE_KEY", f"sk_live_{s}"),
    (f"SG.{(s1 := rnd(22))}.{(s2 := rnd(43))}", "SENDGRID_API_KEY", f"SG.{s1}.{s2}"),
    (f"//registry.npmjs.org/:_authToken=npm_{(n := rnd(36))}", "NPM_TOKEN", f"npm_{n}"),
    (f"AIza{(gk := rnd(35))}", "GCP_API_KEY", f"AIza{gk}"),
    (f"bot {rnd(9, string.digits)}:AA{(t := rnd(33))}", "TELEGRAM_BOT_TOKEN", None),
    (f"shpat_{(sh := rnd(32, '0123456789abcdef'))}", "SHOPIFY_TOKEN", f"shpat_{sh}"),
    (f"dop_v1_{(do := rnd(64, '0123456789abcdef'))}", "DIGITALOCEAN_TOKEN", f"dop_v1_{do}"),
    # Sentry organisation tokens start sntrys_ (the rule once expected sntrs_ and missed every real one).
    (f"SENTRY_AUTH_TOKEN is sntrys_eyJ{(se := rnd(60))}_{(se2 := rnd(43))}", "SENTRY_TOKEN", f"sntrys_eyJ{se}_{se2}"),
    # Developer-platform tokens found by their prefix alone, with no keyword next to them.
    *[(f"oops, I pasted {tok} into the chat", "API_TOKEN", tok) for tok in (
        "pul-" + rnd(40, "0123456789abcdef"),
        "rubygems_" + rnd(48, "0123456789abcdef"),
        "dckr_pat_" + rnd(27),
        "bkua_" + rnd(40, "0123456789abcdef"),
        "CFPAT-" + rnd(43),
        "sgp_" + rnd(40, "0123456789abcdef"),
        "nfp_" + rnd(36),
        "pscale_tkn_" + rnd(43),
        "dt0c01." + rnd(24, UPPER_DIGITS) + "." + rnd(64, UPPER_DIGITS),
        "shippo_live_" + rnd(40, "0123456789abcdef"),
        "EZAK" + rnd(54),
        "xkeysib-" + rnd(64, "0123456789abcdef") + "-" + rnd(16),
        "sk.eyJ1Ijoi" + rnd(50) + "." + rnd(22),
    )],
    *[(f"the key {tok} stopped working", "LLM_API_KEY", tok) for tok in (
        "sk-or-v1-" + rnd(64, "0123456789abcdef"),
        "nvapi-" + rnd(64),
        "pcsk_" + rnd(6) + "_" + rnd(65),
        "api_org_" + rnd(34),
    )],
    ("postgres://app:Xk9vQ2mLp7@db.internal:5432/prod", "CONNECTION_STRING", "Xk9vQ2mLp7"),
    (f'"api_key": "{(ak := rnd(32, "0123456789abcdef"))}"', "GENERIC_SECRET", ak),
    (f"client_secret: {(cs := rnd(40))}", "GENERIC_SECRET", cs),
    ("DB_PASSWORD=hunter2hunter2", "PASSWORD", "hunter2hunter2"),
    ("my password is Tr0ub4dor&3", "PASSWORD", "Tr0ub4dor&3"),
    # Base64 of user:password (a blind round of 36 provider formats caught all but Docker's "auth").
    ('{"auths": {"registry.internal": {"auth": "Y2k6UkVZTzZ2ZkdYcXBVRkgyZFVwZUw="}}}', "BASIC_AUTH_CREDENTIALS",
     "Y2k6UkVZTzZ2ZkdYcXBVRkgyZFVwZUw="),
    ("//npm.internal/:_auth=ZGVwbG95OnM0dkVyeVN0cjBuZ1Bhc3M=", "BASIC_AUTH_CREDENTIALS",
     "ZGVwbG95OnM0dkVyeVN0cjBuZ1Bhc3M="),
    ("Authorization: Basic ZGVwbG95OnM0dkVyeVN0cjBuZ1Bhc3M=", "BASIC_AUTH_CREDENTIALS",
     "ZGVwbG95OnM0dkVyeVN0cjBuZ1Bhc3M="),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES)
def test_when_secret_present_then_reported_with_masked_evidence(detector: SecretsDetector, text: str, entity: str,
                                                                value: str | None) -> None:
    fs = findings(detector, text)
    assert [f.entity_type for f in fs] == [entity]
    f = fs[0]
    if value is not None:
        assert text[f.start : f.end] == value
        # Evidence keeps at most a four-character prefix (a PEM block its header line) and never the secret.
        secret = value.split("\n")[1] if entity == "PRIVATE_KEY" else value
        assert secret[4:12] not in f.evidence
    assert f.category == "secret" and f.severity >= 3 and len(f.value_hash) == 64
    assert "owasp_llm:LLM02" in f.tags


NEGATIVES = [
    "The request id was 550e8400-e29b-41d4-a716-446655440000 and the commit is "
    "9fceb02d0ae598e95dc970b74767f19372d61af8.",
    "Docker image sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 failed the scan.",
    "Set the header to Authorization: Bearer YOUR_API_KEY_HERE and replace it with your own value.",
    "Use AKIAXXXXXXXXXXXXXXXX in examples, never a real key; also sk-... or "
    "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
    "api_key: <your-api-key>",
    "password = get_password_from_vault()",
    "token: process.env.GITHUB_TOKEN",
    "The ISBN of the book is 978-3-16-148410-0; tracking 1Z999AA10123456784.",
    "Explain what a JWT is and why the signature matters; how do I rotate AWS access keys?",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7pK9 user@host is my public key",
    "the secret to good bread is patience",
    "const apiKeyName = 'OPENAI_API_KEY'; const tokenCount = 4096;",
    # Placeholders with a real prefix: the entropy floor keeps them quiet.
    "PULUMI_ACCESS_TOKEN=pul-0000000000000000000000000000000000000000",
    "Mapbox public tokens look like pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja2V4YW1wbGUifQ.abcdefghijklmnopqrstuv",
    # Base64 that is not a user and a password, or whose password is a placeholder or a documented default.
    '{"auth": "aGVsbG8gd29ybGQ="}',
    "Authorization: Basic dXNlcjpwYXNz",
    "Authorization: Basic dXNlcjpZT1VSX1BBU1NXT1JE",
    # Hard negatives: identifiers and hashes that look like keys, card or phone numbers but are none of them.
    *LOOKALIKE_IDENTIFIERS,
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_look_alike_then_no_secret(detector: SecretsDetector, text: str) -> None:
    assert findings(detector, text) == []


def test_when_secret_is_hidden_with_zero_width_chars_then_found_at_original_span(detector: SecretsDetector) -> None:
    hidden = GH[:10] + "\u200b" + GH[10:]
    text = f"token: {hidden} ok"
    (f,) = findings(detector, text)
    assert text[f.start : f.end] == hidden


def test_same_value_same_hash_under_one_key_and_different_under_another() -> None:
    a = findings(SecretsDetector(hash_key=KEY), f"x {GH}")[0].value_hash
    b = findings(SecretsDetector(hash_key=KEY), f"y {GH} z")[0].value_hash
    c = findings(SecretsDetector(hash_key=b"other-key" * 4), f"x {GH}")[0].value_hash
    assert a == b != c


# Connection strings outside the dev corpus's shapes: Redis URLs carry no user name, and quick-start/docker
# defaults (postgres:postgres, guest:guest) are public knowledge rather than a leaked secret.
CONNECTION_CASES = [
    (f"REDIS_URL=redis://:{(rp := rnd(20))}@cache.prod:6379/0", rp),
    (f"mongodb+srv://admin:{(mp := rnd(16))}@cluster0.ab1cd.mongodb.net/test", mp),
    ("postgres://postgres:postgres@localhost/postgres", None),
    ("amqp://guest:guest@localhost:5672/", None),
    ("mysql://root:root@127.0.0.1:3306/app", None),
    ("mongodb://localhost:27017/test", None),
]


@pytest.mark.parametrize(("text", "password"), CONNECTION_CASES)
def test_when_connection_string_then_only_a_real_password_reported(detector: SecretsDetector, text: str,
                                                                   password: str | None) -> None:
    got = [(f.entity_type, text[f.start : f.end]) for f in findings(detector, text)]
    assert got == ([("CONNECTION_STRING", password)] if password else [])


def test_when_hex_api_key_has_low_entropy_by_chance_then_still_reported(detector: SecretsDetector) -> None:
    text = "api_key: 138c221fc2fdf7cbf3071f3fc2c7cb26\nendpoint: https://api.vendor.example/"
    assert [text[f.start : f.end] for f in findings(detector, text)] == ["138c221fc2fdf7cbf3071f3fc2c7cb26"]
