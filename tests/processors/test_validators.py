"""Validators: table-driven positives and the look-alikes each one exists to reject."""

from __future__ import annotations

import pytest

from spanwatch.processors import validators as v


@pytest.mark.parametrize(
    ("name", "value", "args", "expected"),
    [
        # Luhn / cards
        ("luhn", "4111 1111 1111 1111", {}, True),
        ("luhn", "4111 1111 1111 1112", {}, False),
        ("credit_card", "4111-1111-1111-1111", {}, True),
        ("credit_card", "378282246310005", {}, True),  # Amex test number
        ("credit_card", "6011111111111117", {}, True),
        ("credit_card", "5555555555554444", {}, True),
        ("credit_card", "2223003122003222", {}, True),  # Mastercard 2-series
        ("credit_card", "1234567812345670", {}, False),  # Luhn-valid but no card network starts with 1
        ("credit_card", "4111111111111112", {}, False),  # Luhn fails
        ("credit_card", "0000000000000000", {}, False),
        ("credit_card", "9780306406157", {}, False),  # ISBN-13
        # IBAN
        ("iban", "GB82 WEST 1234 5698 7654 32", {}, True),
        ("iban", "DE89370400440532013000", {}, True),
        ("iban", "GB82WEST12345698765433", {}, False),  # checksum
        ("iban", "GB82WEST123456987654", {}, False),  # wrong length for GB
        ("iban", "XX82WEST12345698765432", {}, False),  # unknown country
        # SSN
        ("ssn", "536-22-1234", {}, True),
        ("ssn", "000-12-3456", {}, False),
        ("ssn", "666-12-3456", {}, False),
        ("ssn", "912-12-3456", {}, False),
        ("ssn", "536-00-1234", {}, False),
        ("ssn", "536-22-0000", {}, False),
        ("ssn", "078-05-1120", {}, False),  # the Woolworth wallet card
        ("ssn", "123-45-6789", {}, False),
        # ABA routing
        ("aba", "011000015", {}, True),
        ("aba", "021000021", {}, True),
        ("aba", "021000022", {}, False),
        ("aba", "991000021", {}, False),  # no such Federal Reserve prefix
        # NPI
        ("npi", "1234567893", {}, True),
        ("npi", "1234567890", {}, False),
        ("npi", "3234567893", {}, False),
        # VIN
        ("vin", "1M8GDM9AXKP042788", {}, True),
        ("vin", "1M8GDM9A1KP042788", {}, False),
        ("vin", "11111111111111111", {}, False),  # digits only
        ("vin", "1M8GDM9AXKP04278I", {}, False),  # I is never used
        # DEA
        ("dea", "AB1234563", {}, True),
        ("dea", "AB1234564", {}, False),
        ("dea", "ZB1234563", {}, False),
        # IP
        ("ip", "8.8.8.8", {}, True),
        ("ip", "2001:4860:4860::8888", {}, True),
        ("ip", "10.0.0.1", {}, True),  # private addresses are identifiers too (HIPAA)
        ("ip", "10.0.0.1", {"reject": ["private"]}, False),
        ("ip", "127.0.0.1", {}, False),
        ("ip", "0.0.0.0", {}, False),
        ("ip", "10:30:00", {}, False),  # a time, not IPv6
        ("ip", "00:1a:2b:3c:4d:5e", {}, False),  # a MAC address
        ("ip", "256.1.1.1", {}, False),
        # JWT
        ("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", {}, True),
        ("jwt", "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.sig", {}, False),  # header has no alg
        ("jwt", "eyJhbGciOiJIUzI1NiJ9.notjson.sig", {}, False),
        # entropy
        ("entropy", "AKIAQ3EGDKZ7HBXWQ4MN", {"min": 2.8}, True),
        ("entropy", "AKIAXXXXXXXXXXXXXXXX", {"min": 2.8}, False),
        ("entropy", "YOUR_API_KEY_HERE", {}, False),
        ("entropy", "550e8400-e29b-41d4-a716-446655440000", {}, False),
        ("entropy", "da39a3ee5e6b4b0d3255bfef95601890afd80709", {"reject_hex_digests": True}, False),
        ("entropy", "aaaaaaaaaaaaaaaaaaaa", {}, False),
        # generic secrets
        ("generic_secret", "Zx8kQ2vN9pL4mR7tW1yB", {}, True),
        ("generic_secret", "get_api_key_from_env", {}, False),  # identifier
        ("generic_secret", "myPasswordVariable", {}, False),  # camelCase identifier
        ("generic_secret", "${GITHUB_TOKEN}", {}, False),
        ("generic_secret", "<your-token-here>", {}, False),
        ("generic_secret", "3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c3f9a8b7c", {}, False),  # git SHA
        # phone
        ("phone", "(415) 555-2671", {}, True),
        ("phone", "+44 20 7946 0958", {}, True),
        ("phone", "1706483105", {}, False),  # Unix timestamp: NANP area codes never start with 1
        # The exchange digit is not checked: Indian mobiles are ten bare digits with any exchange, and generated
        # test data breaks the rule in grouped numbers.
        ("phone", "415-155-2671", {}, True),
        ("phone", "9440658377", {}, True),
        ("phone", "11 98765-4321", {}, True),  # Brazilian DDD 11, not a NANP number with country code 1
        ("phone", "1 198 765 4321", {}, False),  # NANP with country code 1 and an area code starting 1
        # date
        ("date", "06/02/1983", {}, True),
        ("date", "1983-02-30", {}, False),
        ("date", "July 25, 1943", {}, True),
        ("date", "13/13/1990", {}, False),
        ("date", "01/01/2999", {}, False),  # in the future
        # names and addresses
        ("person_name", "Amber Walker", {}, True),
        ("person_name", "Dr. Jeremy Young MD", {}, True),
        ("person_name", "Search Results", {}, False),
        ("person_name", "Main Street", {}, False),
        ("person_name", "Walker", {}, False),
        ("person_name", "Walker", {"single": True}, True),
        ("person_name", "World", {"single": True}, False),
        ("person_name", "Sent", {"single": True}, False),
        ("person_name", "Team", {"single": True}, False),
        ("person_name", "Gülay Sager", {}, True),
        ("person_name", "Dipl.-Ing. Maria-Luise Wesack B.Eng.", {}, True),
        ("person_name", "Société Générale", {}, False),
        ("person_name", "Camille de la Fontaine", {}, True),
        ("person_name", "Ana María Ortega Ruiz", {}, True),
        ("person_name", "Sig.ra Paola Bellini", {}, True),
        ("person_name", "Anna Maria Luisa Ortega Ruiz", {}, False),  # five name words: a title, not a name
        # given=True: weak-cue rules want a known given name first; one word is then enough
        ("person_name", "Rahul", {"given": True}, True),
        ("person_name", "Oluwaseun Adeyemi", {"given": True}, True),
        ("person_name", "Min-jun Park", {"given": True}, True),  # "Park" is a surname after a given name
        ("person_name", "Visual Studio", {"given": True}, False),
        ("person_name", "Jan", {"given": True}, False),  # month abbreviation, left out of the list
        ("person_name", "Paris Hilton", {"given": True}, False),  # place-like given names are left out
        ("person_name", "Ming Dynasty", {"given": True}, False),
        ("person_name", "Central Park", {}, False),
        ("person_name", "Ana Paula dos Santos", {}, True),  # lower-case particles are not name words
        ("person_name", "van der", {}, False),
        ("phone", "(11) 91234-5678", {}, True),  # Brazilian area code, not NANP
        ("uk_nino", "AB 12 34 56 C", {}, True),
        ("uk_nino", "JG103759A", {}, True),
        ("uk_nino", "QQ123456C", {}, False),
        ("uk_nino", "ZZ123456C", {}, False),
        ("uk_nino", "GB123456A", {}, False),
        ("uk_nino", "AO123456A", {}, False),
        ("uk_nino", "AB123456E", {}, False),
        ("uk_nino", "AB111111A", {}, False),
        ("phone", "7302 1573", {}, True),
        ("phone", "2023 2024", {}, False),
        ("connection_password", "Xk9vQ2mLp7", {}, True),
        # A random 32-hex key that happens to sit below 3.2 bits; hex filler stays out.
        ("generic_secret", "138c221fc2fdf7cbf3071f3fc2c7cb26", {}, True),
        ("generic_secret", "deadbeefdeadbeefdeadbeef12", {}, False),
        ("phone", "(07) 7621 6827", {}, True),
        ("phone", "020 7946 0958", {}, True),
        ("phone", "155-555-0100", {}, False),
        ("connection_password", "postgres", {}, False),
        ("connection_password", "<password>", {}, False),
        ("us_address", "16613 Andrea Circle, East Crystalshire, AR 76143", {}, True),
        ("us_address", "12 Rue Cler, Paris, ZZ 75007", {}, False),
        ("email", "amber.walker@example.org", {}, True),
        ("email", "your.email@example.com", {}, False),
    ],
)
def test_validator_table(name: str, value: str, args: dict[str, object], expected: bool) -> None:
    assert v.VALIDATORS[name](value, **args) is expected


def test_when_args_do_not_fit_then_check_args_names_the_problem() -> None:
    assert v.check_args("entropy", {"min": 3.0}) is None
    problem = v.check_args("entropy", {"minimum": 3.0})
    assert problem is not None and "entropy" in problem
    assert "unknown validator" in (v.check_args("nope", {}) or "")


def test_shannon_entropy() -> None:
    assert v.shannon_entropy("") == 0.0
    assert v.shannon_entropy("aaaa") == 0.0
    assert v.shannon_entropy("abcd") == pytest.approx(2.0)


def test_given_names_are_single_name_words() -> None:
    # The list is a block of text split on whitespace: a comment line or a name broken by line wrapping inside it
    # became "names" ("south", "french", "and", "ji-"), and "Ask South Korea about it" a person.
    bad = [w for w in v.GIVEN_NAMES if not all(part.isalpha() for part in w.split("-")) or w.endswith("-")]
    assert bad == []
    assert not {"and", "south", "french", "name", "both"} & v.GIVEN_NAMES
