"""Sensitive-data detector: PII, PHI, payment data, GDPR Art. 9 statements, and their look-alikes."""

from __future__ import annotations

import pytest

from spanwatch.processors.finding import Finding
from spanwatch.processors.interaction import Message, MessageKind, SourceLocation
from spanwatch.processors.normalize import normalize
from spanwatch.processors.sensitive_data import SensitiveDataDetector
from tests.processors.lookalikes import LOOKALIKE_IDENTIFIERS


@pytest.fixture(scope="module")
def detector() -> SensitiveDataDetector:
    return SensitiveDataDetector(hash_key=b"k" * 32)


def found(det: SensitiveDataDetector, text: str) -> list[tuple[str, str]]:
    msg = Message(role="user", kind=MessageKind.USER, text=text, source=SourceLocation("span", "gen_ai.prompt"))
    fs: list[Finding] = det.scan(None, 0, msg, normalize(text, max_chars=100_000))  # type: ignore[arg-type]
    return [(f.entity_type, text[f.start : f.end]) for f in fs]


POSITIVES = [
    # contact details
    ("Reach me at amber.walker@example.org today.", [("EMAIL", "amber.walker@example.org")]),
    ("Call me at (415) 555-2671 after six.", [("PHONE", "(415) 555-2671")]),
    ("My phone number is 4155552671.", [("PHONE", "4155552671")]),
    ("office +44 20 7946 0958", [("PHONE", "+44 20 7946 0958")]),
    # government ids
    ("For the background check my SSN is 536-22-1234.", [("US_SSN", "536-22-1234")]),
    ("social security number 536221234 on file", [("US_SSN", "536221234")]),
    ("passport number X12345678", [("PASSPORT", "X12345678")]),
    # names need a cue
    ("Hi, this is Amber Walker. Thanks!", [("PERSON", "Amber Walker")]),
    ("Dear Mrs. Nancy Scott, your order shipped.", [("PERSON", "Mrs. Nancy Scott")]),
    ("Best regards,\nSarah Connor", [("PERSON", "Sarah Connor")]),
    ('{"customer": "April Martinez"}', [("PERSON", "April Martinez")]),
    ("Jane Doe (jane@corp.com) approved it.", [("PERSON", "Jane Doe"), ("EMAIL", "jane@corp.com")]),
    # addresses, dates of birth, network ids
    ("Ship it to 16613 Andrea Circle, East Crystalshire, AR 76143.",
     [("ADDRESS", "16613 Andrea Circle, East Crystalshire, AR 76143")]),
    ("PSC 4041, Box 0423, APO AA 57679", [("ADDRESS", "PSC 4041, Box 0423, APO AA 57679")]),
    ("I was born on 1990-04-12 in Ohio.", [("DATE_OF_BIRTH", "1990-04-12")]),
    ("DOB July 25, 1943", [("DATE_OF_BIRTH", "July 25, 1943")]),
    ("Suspicious login from 24.232.211.73 at 03:14", [("IP_ADDRESS", "24.232.211.73")]),
    ("blocked 2001:db8:85a3::8a2e:370:7334 at the firewall", [("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334")]),
    # payment
    ("Use my Visa 4111-1111-1111-1111, CVV: 492", [("CREDIT_CARD", "4111-1111-1111-1111"), ("CVV", "492")]),
    ("amex 3782 822463 10005 please", [("CREDIT_CARD", "3782 822463 10005")]),
    ("refund to IBAN GB82 WEST 1234 5698 7654 32 (holder J. Smith)", [("IBAN", "GB82 WEST 1234 5698 7654 32")]),
    ("routing number 021000021", [("ABA_ROUTING", "021000021")]),
    # PHI
    ("Patient Robert Chen (MRN-3518210) presents with type 2 diabetes.",
     [("PERSON", "Robert Chen"), ("MEDICAL_RECORD", "MRN-3518210"), ("HEALTH_CONDITION", "type 2 diabetes")]),
    ("My doctor says my hypertension is getting worse.", [("HEALTH_CONDITION", "hypertension")]),
    ("She was prescribed sertraline 50 mg last week.", [("HEALTH_CONDITION", "sertraline 50 mg")]),
    ("She is 93 years old and lives alone.", [("AGE_OVER_89", "93 years old")]),
    ("member ID: XJH123456789", [("HEALTH_PLAN_ID", "XJH123456789")]),
    # GDPR Art. 9 statements about a person
    ("I am a practising Muslim.", [("RELIGIOUS_BELIEF", "Muslim")]),
    ("my brother is gay", [("SEXUAL_ORIENTATION", "gay")]),
    ("I'm a member of the teachers union", [("TRADE_UNION_MEMBERSHIP", "member of the teachers union")]),
    ("I always vote for the Labour party", [("POLITICAL_OPINION", "Labour party")]),
    ("the patient is of Nigerian descent", [("ETHNIC_ORIGIN", "Nigerian descent")]),
    ("She tested positive for BRCA1 mutation.", [("GENETIC_DATA", "BRCA1 mutation")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_sensitive_data_present_then_reported(detector: SensitiveDataDetector, text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert found(detector, text) == expected


NEGATIVES = [
    "Your order #9083016613 has shipped. Tracking number: 1Z999AA10123456784.",
    "Upgrade the SDK from 4.2.1 to 10.22.21.3 before the next release.",
    "Windows build 10.0.19041.1234 introduced a regression.",
    "Timestamp 1706483105 and order 2125550187 were logged.",
    "Test card number 4111 1111 1111 1112 was rejected by the validator, as expected.",
    "Serial number 1234 5678 9012 3456, firmware v2.3.1.",
    "The ISBN of the book is 978-3-16-148410-0.",
    "Meeting moved to 2024-03-05 at 10:30 in room 4.12.",
    "The request id was 550e8400-e29b-41d4-a716-446655440000.",
    "Never paste your SSN (***-**-****) or card number into a chat.",
    "What is the difference between an IBAN and a SWIFT code?",
    "Diabetes management tips for a school health class presentation, please.",
    "The history of Islam is fascinating; gay rights movements grew in the 1970s.",
    "Search Results for New York City and Los Angeles.",
    "Contact your.email@example.com for help.",
    "Call the function with timeout=30000 ms and retries=3.",
    "SSN 078-05-1120 was printed on a wallet insert.",
    # Hard negatives: identifiers and hashes that look like keys, card or phone numbers but are none of them.
    *LOOKALIKE_IDENTIFIERS,
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_look_alike_then_nothing_reported(detector: SensitiveDataDetector, text: str) -> None:
    assert found(detector, text) == []


def test_card_evidence_shows_no_digits_and_hash_ignores_separators(detector: SensitiveDataDetector) -> None:
    def one(text: str) -> Finding:
        msg = Message(role="user", kind=MessageKind.USER, text=text, source=SourceLocation("span", "x"))
        return detector.scan(None, 0, msg, normalize(text, max_chars=1000))[0]  # type: ignore[arg-type]

    a, b = one("card 4111 1111 1111 1111"), one("card 4111-1111-1111-1111")
    assert not any(c.isdigit() for c in a.evidence)
    assert a.value_hash == b.value_hash
    assert "compliance:pci_dss" in a.tags


# Phrasings outside the dev corpus's templates (robustness round): a name in a greeting, a sign-off or a
# first_name key, E.164 phones, mailto: links, lettered house numbers, envelope-style addresses, and
# conditions in clinical-note sections.
PHRASING_POSITIVES = [
    ("Hi Daniel, can you look at this?", [("PERSON", "Daniel")]),
    ("Hello Priya Raman,\nyour order has shipped.", [("PERSON", "Priya Raman")]),
    ("Thanks for the quick turnaround!\n\nBest,\nMargaret Holloway\nSenior Analyst", [("PERSON", "Margaret Holloway")]),
    ("Cheers,\nTom Whitaker", [("PERSON", "Tom Whitaker")]),
    ("-- \nJonathan Reyes | Acme Corp", [("PERSON", "Jonathan Reyes")]),
    ('{"first_name": "Oliver", "last_name": "Grant"}', [("PERSON", "Oliver"), ("PERSON", "Grant")]),
    ("phone +14155552671", [("PHONE", "+14155552671")]),
    ('{"mobile": "+447700900123"}', [("PHONE", "+447700900123")]),
    ('Contact <a href="mailto:support@acme-corp.io">us</a>', [("EMAIL", "support@acme-corp.io")]),
    ("Deliver to 221B Baker Street, London NW1 6XE", [("ADDRESS", "221B Baker Street, London NW1 6XE")]),
    ("Mailing address:\n1600 Pennsylvania Avenue NW\nWashington, DC 20500",
     [("ADDRESS", "1600 Pennsylvania Avenue NW\nWashington, DC 20500")]),
    ("I moved to 55 Maple Street, Apt 4B, Boston, MA 02118 last month.",
     [("ADDRESS", "55 Maple Street, Apt 4B, Boston, MA 02118")]),
    ("Assessment: type 2 diabetes mellitus, poorly controlled. Plan: increase metformin.",
     [("HEALTH_CONDITION", "type 2 diabetes mellitus"), ("HEALTH_CONDITION", "metformin")]),
    ("PMH: CHF, CKD stage 3.", [("HEALTH_CONDITION", "CHF"), ("HEALTH_CONDITION", "CKD stage 3")]),
    ("Impression: community-acquired pneumonia.", [("HEALTH_CONDITION", "community-acquired pneumonia")]),
    ("Reported by Wei Zhang on Tuesday.", [("PERSON", "Wei Zhang")]),
    ("sms 07700 900123 when you arrive", [("PHONE", "07700 900123")]),
    ("Mastercard 2221.0000.0000.0009", [("CREDIT_CARD", "2221.0000.0000.0009")]),
    ("<name>Ingrid Larsen</name>", [("PERSON", "Ingrid Larsen")]),
    ("Attendees: Carlos Mendes", [("PERSON", "Carlos Mendes")]),
    ("Home: 1200 W Main St, Apt 5, Columbus, OH 43215", [("ADDRESS", "1200 W Main St, Apt 5, Columbus, OH 43215")]),
    ("Discharge diagnosis: acute pancreatitis.", [("HEALTH_CONDITION", "acute pancreatitis")]),
    ("Started sertraline for anxiety two weeks ago.",
     [("HEALTH_CONDITION", "sertraline"), ("HEALTH_CONDITION", "anxiety")]),
]


@pytest.mark.parametrize(("text", "expected"), PHRASING_POSITIVES)
def test_when_pii_phrased_outside_templates_then_reported(detector: SensitiveDataDetector, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert sorted(found(detector, text)) == sorted(expected)


PHRASING_NEGATIVES = [
    "Hello World,\nthis is a test program.",
    "Hi team,\nthe deploy is done.",
    "Hey everyone, standup moved to 10.",
    "Thanks,\nThe Platform Team",
    "Best,\nSent from my iPhone",
    "Thanks!\nAlso, the build is green.",
    "Regards,\nCustomer Support",
    "The best Data Science courses of 2024",
    '{"first_name": "string", "last_name": "string"}',
    "diff: +1234567890 bytes",
    "Version 2 Build 3\nRelease Notes, v1",
    "Diabetes management tips for a school health class: increase activity, continue the plan.",
    "Build 2024.0502.1133.0001 deployed.",
    "Order 0203 1234 5678 shipped.",
    "Release 1.2.3.4 reported by CI.",
    "Thanks,\nEngineering",
    "Regards,\nHR Department",
    "We present Deep Learning for the rest of us.",
    "<name>string</name>",
    "Best,\nProduct Management",
    "Regards,\nFinance Ops",
    "Assigned to Backlog Grooming",
    "Dear Diary,",
]


@pytest.mark.parametrize("text", PHRASING_NEGATIVES)
def test_when_look_alike_of_new_phrasings_then_nothing_reported(detector: SensitiveDataDetector, text: str) -> None:
    assert found(detector, text) == []


def test_when_e164_number_passes_luhn_then_it_is_a_phone_not_a_card(detector: SensitiveDataDetector) -> None:
    assert found(detector, "call +4915112345678") == [("PHONE", "+4915112345678")]


# Non-US formats (Faker en_GB / en_AU / de_DE shapes): postcodes, states, street suffixes, trunk-0 phones.
INTERNATIONAL_POSITIVES = [
    ("Home: 303 White Ways, Walshland, W22 0HH", [("ADDRESS", "303 White Ways, Walshland, W22 0HH")]),
    ("to Flat 85H, Russell Coves, Bryanton, CA35 2PL.", [("ADDRESS", "Flat 85H, Russell Coves, Bryanton, CA35 2PL")]),
    ("Home: 52/7 Huber Quay, West James, TAS, 2914", [("ADDRESS", "52/7 Huber Quay, West James, TAS, 2914")]),
    ("bill it to Level 3 85 Kathryn Triangle, St. John, TAS, 2228.",
     [("ADDRESS", "Level 3 85 Kathryn Triangle, St. John, TAS, 2228")]),
    ("Home: Ellen-Schönland-Straße 120, 32245 Plauen", [("ADDRESS", "Ellen-Schönland-Straße 120, 32245 Plauen")]),
    ("new address Schlosserstraße 30, 48594 Monschau.", [("ADDRESS", "Schlosserstraße 30, 48594 Monschau")]),
    ("Phone: (0115) 4960573", [("PHONE", "(0115) 4960573")]),
    ("Phone: (07) 7621 6827", [("PHONE", "(07) 7621 6827")]),
    ("Phone: 0445-474-855", [("PHONE", "0445-474-855")]),
    ("Phone: 01930 36426", [("PHONE", "01930 36426")]),
    ("Contact sheet: Jack Allan, (0131)4960691, frankedwards@hotmail.com",
     [("PERSON", "Jack Allan"), ("PHONE", "(0131)4960691"), ("EMAIL", "frankedwards@hotmail.com")]),
    # Canada (province code and A1A 1A1 postal code), UK flats with a lower-case letter, Indian house numbers and
    # PINs, dotted Australian numbers, a number after a postcode in a contact line, an Indian mobile.
    ("bill it to 171 Mullen Spur, East Madison, NL A1V 3Y4.",
     [("ADDRESS", "171 Mullen Spur, East Madison, NL A1V 3Y4")]),
    ("Ship package 1ZFH1Y3UF5MI0DS5NU to Shane Nixon, Flat 29m, Glenn Shoals, Stephensonbury, JE4 6HH",
     [("PERSON", "Shane Nixon"), ("ADDRESS", "Flat 29m, Glenn Shoals, Stephensonbury, JE4 6HH")]),
    ("new address H.No. 64, Sankar Ganj, Kakinada-395322", [("ADDRESS", "H.No. 64, Sankar Ganj, Kakinada-395322")]),
    ("1. Deepa Sandal - 50/25, Chad Path, Solapur 379096",
     [("PERSON", "Deepa Sandal"), ("ADDRESS", "50/25, Chad Path, Solapur 379096")]),
    ("Phone: 0493.895.441", [("PHONE", "0493.895.441")]),
    ("Phone: 02.0986.9614", [("PHONE", "02.0986.9614")]),
    ("Rosa Key, 92 Holmes Manor, Juliafurt, SK20 1BH - 0121 4960581",
     [("PERSON", "Rosa Key"), ("ADDRESS", "92 Holmes Manor, Juliafurt, SK20 1BH"), ("PHONE", "0121 4960581")]),
    ("my mobile is 9440658377", [("PHONE", "9440658377")]),
    # French, Spanish, Italian, Dutch, Brazilian, New Zealand and Irish address shapes; French pairs and the
    # bracketed trunk 0; Brazilian and NZ numbers; a number after a continental postcode and town; surname
    # particles and four-word Spanish names; Italian honorifics.
    ("Phone: +33 (0)4 91 23 45 67", [("PHONE", "+33 (0)4 91 23 45 67")]),
    ("Contact: Amélie Durand, 04 91 23 45 67, amelie.d@example.fr",
     [("PERSON", "Amélie Durand"), ("PHONE", "04 91 23 45 67"), ("EMAIL", "amelie.d@example.fr")]),
    ("Ship to Hélène Marchand, 12, rue des Lilas, 69003 Lyon.",
     [("PERSON", "Hélène Marchand"), ("ADDRESS", "12, rue des Lilas, 69003 Lyon")]),
    ("new address avenue Foch, 75116 Paris", [("ADDRESS", "avenue Foch, 75116 Paris")]),
    ("bill it to Calle de Alcalá 42 Piso 3, Madrid, 28014.", [("ADDRESS", "Calle de Alcalá 42 Piso 3, Madrid, 28014")]),
    ("deliver to Via Garibaldi, 15 Scala 2, 10122, Torino (TO).",
     [("ADDRESS", "Via Garibaldi, 15 Scala 2, 10122, Torino (TO)")]),
    ("Home: Dorpsstraat 12, 1234AB, Zwolle", [("ADDRESS", "Dorpsstraat 12, 1234AB, Zwolle")]),
    ("Home: Rua das Flores, 250, Centro, 80010130 Curitiba / PR",
     [("ADDRESS", "Rua das Flores, 250, Centro, 80010130 Curitiba / PR")]),
    ("Home: Flat 3, 27 Kelburn Parade, Wellington 6012", [("ADDRESS", "Flat 3, 27 Kelburn Parade, Wellington 6012")]),
    ("new address PO Box 1120, Rotorua 3040", [("ADDRESS", "PO Box 1120, Rotorua 3040")]),
    ("Home: 14 Main Street, Tralee, Co. Kerry V92 X2Y3", [("ADDRESS", "14 Main Street, Tralee, Co. Kerry V92 X2Y3")]),
    ("1. Marco Bellini - Via Roma, 10, 00184, Roma (RM) - 3471234567",
     [("PERSON", "Marco Bellini"), ("ADDRESS", "Via Roma, 10, 00184, Roma (RM)"), ("PHONE", "3471234567")]),
    ("1. Jan de Vries - Kerkstraat 5, 3511 LK Utrecht - 030 2345678",
     [("PERSON", "Jan de Vries"), ("ADDRESS", "Kerkstraat 5, 3511 LK Utrecht"), ("PHONE", "030 2345678")]),
    ("Phone: 03 889 2152", [("PHONE", "03 889 2152")]),
    ("call me at 11 98765-4321", [("PHONE", "11 98765-4321")]),
    ("call me at 927 9227", [("PHONE", "927 9227")]),
    ("patient Camille de la Fontaine, born 1990-01-02",
     [("PERSON", "Camille de la Fontaine"), ("DATE_OF_BIRTH", "1990-01-02")]),
    ("1. Ana María Ortega Ruiz - Paseo del Prado 8, Madrid, 28014",
     [("PERSON", "Ana María Ortega Ruiz"), ("ADDRESS", "Paseo del Prado 8, Madrid, 28014")]),
    ("Sig. Bellini called about the invoice.", [("PERSON", "Sig. Bellini")]),
    ("2. 927 9227, nlow@example.net.", [("PHONE", "927 9227"), ("EMAIL", "nlow@example.net")]),
    # An invalid NANP area code: the number is not reported by its tail.
    ("Call (143) 433-8086, ops@example.com", [("EMAIL", "ops@example.com")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERNATIONAL_POSITIVES)
def test_when_non_us_format_then_reported(detector: SensitiveDataDetector, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert sorted(found(detector, text)) == sorted(expected)


INTERNATIONAL_NEGATIVES = [
    "chmod 0755 /usr/local/bin/app",
    "Room 0207 on floor 3",
    "Order 0203 1234 5678 shipped.",
    "The Hauptstraße is closed for repairs.",
    "Kernel 6.5.0-35-generic, build 0115 4960573",
    "Version 3 Release, Final Build, v2 0AB",
    "The ratio came out at 4633.6918 after the second run.",
    "Build 12, Release Notes, Version 2 100000 downloads",
    "Phone: (123) 456-7891",
    "See section 12 3456-7890 of the ledger.",
    "Release 2019 - 2020 build notes",
    "Plaza 3, Level 2, 12345 visitors",
    "The Via Appia is 560 km long.",
    "Our office moved to the Kerkstraat last year.",
    "We met at PO Box office 12 in Rotorua.",
    "Table 12 rows 0 - 2 were read, cost 04 12 for two.",
    "The de la Cruz family dinner was lovely.",
    "Invoice 0301234567 is overdue.",
]


@pytest.mark.parametrize("text", INTERNATIONAL_NEGATIVES)
def test_when_look_alike_of_non_us_format_then_nothing_reported(detector: SensitiveDataDetector, text: str) -> None:
    assert found(detector, text) == []


# Names with non-ASCII Latin letters, German titles and degrees, AU local phones, UK National Insurance numbers.
ACCENTED_AND_REGIONAL_POSITIVES = [
    ("Employee record -> Name: Luitgard Röhrdanz | SSN", [("PERSON", "Luitgard Röhrdanz")]),
    ("Summarise this discharge note: Tilo Heß was admitted yesterday", [("PERSON", "Tilo Heß")]),
    ("Dear Łukasz Żółkowski,", [("PERSON", "Łukasz Żółkowski")]),
    ("Dear José Álvarez,", [("PERSON", "José Álvarez")]),
    ("Hi Søren,", [("PERSON", "Søren")]),
    ("Herr Schmidt called back.", [("PERSON", "Herr Schmidt")]),
    ("Search results: 1. Nikola Möchlichen - Kreinallee 2, 47102 Bogen",
     [("PERSON", "Nikola Möchlichen"), ("ADDRESS", "Kreinallee 2, 47102 Bogen")]),
    ("Contact sheet: Nadia Junitz B.A., 09151 13355, vs@example.de",
     [("PERSON", "Nadia Junitz B.A."), ("PHONE", "09151 13355"), ("EMAIL", "vs@example.de")]),
    ("Contact sheet: Dipl.-Ing. Ivanka Krein, +49(0)7140 69474, gm@example.de",
     [("PERSON", "Dipl.-Ing. Ivanka Krein"), ("PHONE", "+49(0)7140 69474"), ("EMAIL", "gm@example.de")]),
    ("Phone: 7302 1573 | Home", [("PHONE", "7302 1573")]),
    ("call me on 8161-4099 tonight", [("PHONE", "8161-4099")]),
    ("Phone: 03 9697 3291", [("PHONE", "03 9697 3291")]),
    ("My national insurance number is AB 12 34 56 C.", [("UK_NINO", "AB 12 34 56 C")]),
    ("NINO: JG103759A", [("UK_NINO", "JG103759A")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCENTED_AND_REGIONAL_POSITIVES)
def test_when_accented_name_or_regional_id_then_reported(detector: SensitiveDataDetector, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert sorted(found(detector, text)) == sorted(expected)


ACCENTED_AND_REGIONAL_NEGATIVES = [
    "Contact: Société Générale for details",  # organisation words, accents aside
    "Thanks,\nÉquipe Produit",
    "Dipl.-Ing. degree holders may apply",
    "contact us about the 2023 2024 season",  # two years, not a local number
    "call about card 4111 1111 1111 1111",  # the card, not a phone inside it
    "Order 7302 1573 shipped, tel support closed",
    "SKU AB123456C in stock",  # NINO shape without NI wording
    "NI number: QQ123456C",  # HMRC's own example: Q is never a first letter
    "national insurance ZZ123456C",  # ZZ is never allocated
    "national insurance number AB123456E",  # suffix is A-D
]


@pytest.mark.parametrize("text", ACCENTED_AND_REGIONAL_NEGATIVES)
def test_when_look_alike_of_accented_or_regional_format_then_nothing_reported(
    detector: SensitiveDataDetector, text: str
) -> None:
    assert [f for f in found(detector, text) if f[0] in {"PERSON", "PHONE", "UK_NINO"}] == []


# Names in running text with only a weak cue (a preposition, a workplace verb, a list) count when the first word is
# a known given name; addresses and numbers in Dutch, French, Spanish, Italian, Brazilian and Indian formats.
WEAK_CUE_AND_REGIONAL_POSITIVES = [
    ("can you loop in Farah Haddad on this?", [("PERSON", "Farah Haddad")]),
    ("lunch with Kenji Mori and Olga Petrova on Thursday", [("PERSON", "Kenji Mori"), ("PERSON", "Olga Petrova")]),
    ("ask Anjali before merging", [("PERSON", "Anjali")]),
    ("Kwame phoned about the delivery window.", [("PERSON", "Kwame")]),
    ("Yesterday Paola Ricci mentioned the audit.", [("PERSON", "Paola Ricci")]),
    ("I signed Stefan Weber's contract today.", [("PERSON", "Stefan Weber")]),
    ("Great work on the release, Nikhil!", [("PERSON", "Nikhil")]),
    ("Attendees: Thanh Nguyen, Ji-woo Park, Esi Mensah", [("PERSON", "Thanh Nguyen"), ("PERSON", "Ji-woo Park"),
                                                       ("PERSON", "Esi Mensah")]),
    ("It's Tatiana Orlova, calling about my refund.", [("PERSON", "Tatiana Orlova")]),
    ("present – Ingrid Dahl, Omar Haddad.", [("PERSON", "Ingrid Dahl"), ("PERSON", "Omar Haddad")]),
    ("2041,Leticia Ramos,1988-06-30", [("PERSON", "Leticia Ramos")]),
    ("Geburtsdatum 09.11.1979", [("DATE_OF_BIRTH", "09.11.1979")]),
    ("Prinsengracht 263, 1016 GV Amsterdam", [("ADDRESS", "Prinsengracht 263, 1016 GV Amsterdam")]),
    ("4 Place Bellecour, 69002 Lyon", [("ADDRESS", "4 Place Bellecour, 69002 Lyon")]),
    ("Calle de Alcalá 48, 28014 Madrid", [("ADDRESS", "Calle de Alcalá 48, 28014 Madrid")]),
    ("Avenida Paulista, 1000, Bela Vista, São Paulo - SP, 01310-100",
     [("ADDRESS", "Avenida Paulista, 1000, Bela Vista, São Paulo - SP, 01310-100")]),
    ("22 Park Street, Kolkata, West Bengal 700016", [("ADDRESS", "22 Park Street, Kolkata, West Bengal 700016")]),
    ("WhatsApp (21) 98877-6655", [("PHONE", "(21) 98877-6655")]),
    ("Nigeria office +234 809 222 0145", [("PHONE", "+234 809 222 0145")]),
    ("mob 0412 345 678", [("PHONE", "0412 345 678")]),
    ("Amara already called twice today", [("PERSON", "Amara")]),
    ("still waiting on Tunde for the numbers", [("PERSON", "Tunde")]),
    ("DRI: @ldiaz (Lucia Diaz)", [("PERSON", "Lucia Diaz")]),
    ("Landlord: Bartholomew Quist", [("PERSON", "Bartholomew Quist")]),
    ("d.o.b. 11/09/67", [("DATE_OF_BIRTH", "11/09/67")]),
    ("Send it to PO Box 220, Juneau, AK 99802", [("ADDRESS", "PO Box 220, Juneau, AK 99802")]),
    ("Cliente: Maria Clara dos Reis", [("PERSON", "Maria Clara dos Reis")]),
    ("De: Rafael Nunes <rafael.nunes@example.com.br>", [("PERSON", "Rafael Nunes"),
                                                       ("EMAIL", "rafael.nunes@example.com.br")]),
    ("the contract owner is Femke van den Broek", [("PERSON", "Femke van den Broek")]),
    ("my colleague Tereza asked for the report", [("PERSON", "Tereza")]),
    ("write to d.o'neill@example.ie", [("EMAIL", "d.o'neill@example.ie")]),
    ("Patient ID: 20-4471-93, follow-up in clinic", [("MEDICAL_RECORD", "20-4471-93")]),
    ("hey its Tamar, can you call me back", [("PERSON", "Tamar")]),
    ("C-7, Sector 18, Gurugram, Haryana 122015", [("ADDRESS", "C-7, Sector 18, Gurugram, Haryana 122015")]),
    ("Referral for suspected multiple sclerosis, please see soon.", [("HEALTH_CONDITION", "multiple sclerosis")]),
    ("Jo Kane - 77 Elm Road, Dover, DE 19901 - 3025550147", [("ADDRESS", "77 Elm Road, Dover, DE 19901"),
                                                         ("PHONE", "3025550147")]),
    # "PO" of a PO Box is not a purchase order: the number next to it stays a phone.
    ("PO Box 12, call 2175550147", [("PHONE", "2175550147")]),
]


@pytest.mark.parametrize(("text", "expected"), WEAK_CUE_AND_REGIONAL_POSITIVES)
def test_when_name_has_weak_cue_or_format_is_regional_then_reported(
    detector: SensitiveDataDetector, text: str, expected: list[tuple[str, str]]
) -> None:
    got = found(detector, text)
    assert [e for e in expected if e not in got] == []


WEAK_CUE_AND_REGIONAL_NEGATIVES = [
    "Build it with Visual Studio and Docker Desktop.",  # a weak cue, but no given name after it
    "Thanks, Everyone!",
    "a plan for Alex to follow",  # a lone given name after "for" is as often a story character
    "John wants to buy three apples; how many are left?",
    "Export to Excel, Word and PowerPoint.",
    "Release notes – Bug Fixes, Performance Improvements.",
    "Explain the Ming Dynasty's trade routes.",
    "due by Jan 15 and Jun 30",  # month abbreviations are not names
    "Order #5512, shipped from CO 80202 - 4155552671",  # the ZIP-and-number shape needs a state code and ZIP
    "version 12.4, build 0042; 1015 CJ is a postcode fragment",
    "the license expires 11/09/27",  # a short date without birth wording
    "see @devops (Platform Team) for access",
    "his friend James slept 2 hours less than Harry",  # word problems: third-person relations are characters
    "The default is Visual Studio Code.",
    "Lisa and Peter sold four boxes.",
    "NHS no 485 777 3456, please update the record",  # an NHS number, not a US phone number
    "PO number 2175550147 was approved; PO# 217-555-0147 shipped",  # purchase orders
    "PO: 217-555-0148 and purchase order 217-555-0149 are open",
]


@pytest.mark.parametrize("text", WEAK_CUE_AND_REGIONAL_NEGATIVES)
def test_when_look_alike_of_weak_cue_or_regional_format_then_nothing_reported(
    detector: SensitiveDataDetector, text: str
) -> None:
    assert [f for f in found(detector, text) if f[0] in {"PERSON", "ADDRESS", "PHONE"}] == []


# A blind round in our own phrasing (chat, clinical shorthand, forms in other languages, JSON), scored once
# before any change: 4 names and 3 health entries missed of 62 entities. Fixed by a longer hand-written list of
# given names (weak cues need one), "Pt." and transfer-form labels (Empfänger, destinataire ...) as name cues,
# dosing and history shorthand as clinical context, and diagnoses named by their clinical suffix.
BLIND_ROUND_POSITIVES = [
    ("hey it's Dana Whitfield again, my new cell is (503) 555-0147", [("PERSON", "Dana Whitfield")]),
    ("Contact our DPO, Sofia Marchetti, at +39 02 8945 1120.", [("PERSON", "Sofia Marchetti")]),
    ("ok so Liam called, he wants the report by 5", [("PERSON", "Liam")]),
    ("Pt. George Alvarez, 67M, h/o congestive heart failure, currently on furosemide 40 mg daily.",
     [("PERSON", "George Alvarez"), ("HEALTH_CONDITION", "congestive heart failure"),
      ("HEALTH_CONDITION", "furosemide 40 mg")]),
    ("Überweisung bitte an DE75 5121 0800 1245 1261 99, Empfänger Jürgen Bäcker.", [("PERSON", "Jürgen Bäcker")]),
    ("Insured Marcus Reyes, DOB 03/15/1984, dx lumbar disc herniation.",
     [("HEALTH_CONDITION", "lumbar disc herniation")]),
    ("my therapist thinks the panic attacks are linked to my ADHD meds",
     [("HEALTH_CONDITION", "panic attacks"), ("HEALTH_CONDITION", "ADHD")]),
    ("The nurse noted Mr. Abernathy's peripheral neuropathy is worse on the left.",
     [("HEALTH_CONDITION", "neuropathy")]),
    ("Reminder from your physician: the follow-up for plantar fasciitis is Tuesday.",
     [("HEALTH_CONDITION", "fasciitis")]),
    # A third round on formats (dates, e-mails, phones, IPs, IBANs, record numbers): 26/28 before, the misses two
    # SSNs we had taken from memory that are published examples (rejected on purpose) and this record number.
    ("MR# 889102734 for the ER visit", [("MEDICAL_RECORD", "889102734")]),
]


@pytest.mark.parametrize(("text", "expected"), BLIND_ROUND_POSITIVES)
def test_when_pii_is_phrased_as_in_the_blind_round_then_reported(
    detector: SensitiveDataDetector, text: str, expected: list[tuple[str, str]]
) -> None:
    got = found(detector, text)
    assert [e for e in expected if e not in got] == []


BLIND_ROUND_NEGATIVES = [
    "Her diagnosis was quick, and the prognosis is good.",  # words with a clinical ending that name no condition
    "He has a diploma in nursing and a keen sense of aroma.",
    "The doctor showed great empathy and sympathy at the clinic.",
    "Typoglycemia is the meme that you can read words with scrambled letters; a condition it is not.",
    "Sent from Pt. Reyes National Seashore, the park ranger station.",
    "Mr #1 fan club since 2001234",
    "The patient portal explains what HbA1c means and how diabetes is diagnosed in a school lecture.",
]


@pytest.mark.parametrize("text", BLIND_ROUND_NEGATIVES)
def test_when_look_alike_of_the_blind_round_then_no_name_or_condition(detector: SensitiveDataDetector,
                                                                     text: str) -> None:
    assert [f for f in found(detector, text) if f[0] in {"PERSON", "HEALTH_CONDITION"}] == []
