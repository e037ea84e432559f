"""Blind PII/PHI rounds of session 13, in sentence styles the dev corpus lacks (my own wording and invented
values; cards pass Luhn, IBANs mod-97, SSNs the SSA rules).

Texts carry inline annotations ``[[TYPE:value]]``. A probe passes when every gold entity is overlapped by a
prediction of its type and no prediction falls outside the gold entities (``pii_eval.predict``, overlap
matching as the held-out PII score uses). Convention, as in make_pii.py: every person's name is PERSON, famous
people included; HEALTH_CONDITION is a diagnosis, pregnancy, allergy or medication said about a patient.
"""

from __future__ import annotations

import re

import pytest

from spanwatch.processors.pii_eval import predict
from tests.processors.probe_params import strict_xfail

# Round 1, HELD OUT (written and scored first, never tuned on): generator-template sentences ("My name is X and my
# phone is Y", "Please update the address on file for X to Y", "X (born DATE) was admitted with CONDITION"), names
# of many origins, middle initials and suffixes, lower- and upper-case names, PO boxes, rural routes, UK/CA/AU
# postcodes, +44/+49/+91 phones with extensions, written-out DOBs, discharge summaries, prescriptions, claims, lab
# reports, portal messages, JSON. First score: 24 of 111 entities missed, 1 extra ("Jack Daniel's" on a look-alike),
# 1 boundary difference.
ROUND_1 = [
    "My name is [[PERSON:Oluwadamilare Bankole]] and my phone is [[PHONE:(412) 555-0187]].",
    (
        "Please update the address on file for [[PERSON:Thi Hong Nhung Tran]] to "
        "[[ADDRESS:1180 Washington Ave, Apt 4B, Albany, NY 12203]]."
    ),
    (
        "[[PERSON:Grzegorz Wiśniewski]] (born [[DATE_OF_BIRTH:March 3rd, 1985]]) was admitted"
        " with [[HEALTH_CONDITION:community-acquired pneumonia]]."
    ),
    (
        "Contact [[PERSON:Siobhan O'Neill]] at [[EMAIL:siobhan.oneill@kestrelmail.ie]] for "
        "the signed lease."
    ),
    (
        "[[PERSON:Marcus T. Whitfield Jr.]] requested a copy of his statement; card ending "
        "[[CREDIT_CARD:4712 6309 8512 7344]]."
    ),
    (
        "The account belongs to [[PERSON:Lucía García-López]], DOB "
        "[[DATE_OF_BIRTH:14/02/1979]], IBAN [[IBAN:GB77BARC20658237914406]]."
    ),
    strict_xfail(
        "[[PERSON:Nguyen Van Long]] called from [[PHONE:+84 90 312 4477]] about the refund.",
        "held out: round 1 miss, left untuned",
    ),
    "[[PERSON:Abdulrahman Al-Farsi]] lives at [[ADDRESS:PO Box 7731, Tucson, AZ 85725]].",
    strict_xfail(
        "[[PERSON:priya natarajan]] - [[EMAIL:priya.n@orbitmail.in]] - [[PHONE:+91 98450 21763]]",
        "held out: round 1 miss, left untuned",
    ),
    (
        "CUSTOMER: [[PERSON:HENRIK LUNDQVIST]]  SSN: [[US_SSN:512-48-7391]]  DOB: "
        "[[DATE_OF_BIRTH:1962-11-08]]"
    ),
    (
        "Send the replacement card to [[PERSON:Chidinma Okafor-Eze]], [[ADDRESS:42 Lincoln "
        "St, Unit 3, Springfield, IL 62704]]."
    ),
    "Dr. [[PERSON:Wen-Hsuan Liu]] can be reached at [[PHONE:617.555.0142 x204]].",
    (
        "[[PERSON:Fionnuala McGrath]]'s new address is [[ADDRESS:Flat 12, 87 Kingsland Road, "
        "London, E2 8AG]]."
    ),
    strict_xfail(
        "Ship to: [[PERSON:Benoît Lefebvre]], [[ADDRESS:220 Rue Saint-Paul O, Montreal, QC H2Y 1Z9]]",
        "held out: round 1 miss, left untuned",
    ),
    (
        "Mailing address for [[PERSON:Tomasz Zieliński]]: [[ADDRESS:14 Banksia Crescent, "
        "Toowong, QLD 4066]]"
    ),
    (
        "Patient [[PERSON:Hamza Qureshi]], MRN [[MEDICAL_RECORD:MRN-40917326]], DOB "
        "[[DATE_OF_BIRTH:3 March 1985]]. Dx: [[HEALTH_CONDITION:T2DM]], "
        "[[HEALTH_CONDITION:HTN]]. Rx: [[HEALTH_CONDITION:metformin 500 mg]] BID."
    ),
    (
        "Discharge summary - [[PERSON:Mei-Ling Chow]] (med rec no. "
        "[[MEDICAL_RECORD:88204719]]) admitted for [[HEALTH_CONDITION:CHF]] exacerbation, "
        "discharged on [[HEALTH_CONDITION:furosemide 40 mg]] daily."
    ),
    (
        "Hi, I'm [[PERSON:Kwabena Asante-Mensah]]. My insurer denied the claim for my "
        "[[HEALTH_CONDITION:COPD]] inhaler; my member email is [[EMAIL:kasante.m@gmail.com]]."
    ),
    (
        "Portal message from [[PERSON:Daniela Ruiz]]: I'm 24 weeks "
        "[[HEALTH_CONDITION:pregnant]] and my [[HEALTH_CONDITION:gestational diabetes]] "
        "numbers are high again."
    ),
    (
        "Lab report for [[PERSON:Oleksandr Kovalenko]] (DOB [[DATE_OF_BIRTH:07/22/1958]]): "
        "HbA1c 8.9%, consistent with poorly controlled [[HEALTH_CONDITION:type 2 diabetes]]."
    ),
    strict_xfail(
        (
            "Allergies: penicillin. Problem list: [[HEALTH_CONDITION:MDD]], "
            "[[HEALTH_CONDITION:GAD]], [[HEALTH_CONDITION:HIV]] (on "
            "[[HEALTH_CONDITION:Biktarvy]]). Patient: [[PERSON:Jamal Whitaker]]."
        ),
        "held out: round 1 miss, left untuned",
    ),
    (
        "Insurance claim #CLM-2210-8841: insured [[PERSON:Ngozi Eze]], policy holder, "
        "diagnosis [[HEALTH_CONDITION:rheumatoid arthritis]], drug "
        "[[HEALTH_CONDITION:adalimumab]]."
    ),
    (
        "{\"patient_name\": \"[[PERSON:Bui Thi Mai]]\", \"dob\": \"[[DATE_OF_BIRTH:1991-06-30]]\", "
        "\"conditions\": [\"[[HEALTH_CONDITION:asthma]]\", \"[[HEALTH_CONDITION:bipolar "
        "disorder]]\"], \"mrn\": \"[[MEDICAL_RECORD:MR3381920]]\"}"
    ),
    "Please charge [[CREDIT_CARD:3471 902663 84511]] for [[PERSON:Rajesh Venkataraman]]'s booking.",
    "Refund [[PERSON:Anneliese Vogt]] via IBAN [[IBAN:DE79 5001 0517 5893 1044 72]] - thanks.",
    (
        "Payout to [[PERSON:Zbigniew Nowak]], account [[IBAN:PL20102055581111148235730012]], "
        "ref INV-20931."
    ),
    (
        "The login from [[IP_ADDRESS:185.44.210.17]] used "
        "[[EMAIL:t.mwangi@harborlane.co.ke]], which belongs to [[PERSON:Tabitha Mwangi]]."
    ),
    "Visitor log: [[PERSON:Xu Jiaming]], [[PHONE:+86 138 1234 9876]], arrived 09:15.",
    "Emergency contact: [[PERSON:Aoife Byrne]] (sister) [[PHONE:+353 87 123 4567]]",
    "[[PERSON:Lars Henrik Østergaard]] was born on [[DATE_OF_BIRTH:12 September 1974]] in Aarhus.",
    strict_xfail(
        (
            "Born [[DATE_OF_BIRTH:Aug 9 1990]], [[PERSON:Kenji Watanabe]] is the primary "
            "cardholder ([[CREDIT_CARD:5182-0493-7716-2504]])."
        ),
        "held out: round 1 miss, left untuned",
    ),
    (
        "Applicant [[PERSON:Fatou Diallo]] - DOB [[DATE_OF_BIRTH:02/11/88]] - SSN "
        "[[US_SSN:233-71-0846]] - tel [[PHONE:202-555-0193 ext. 12]]"
    ),
    (
        "Our records show [[PERSON:Mohammed bin Rashid Al Harthy]] at [[ADDRESS:77 Lincoln "
        "Road, Peterborough, PE1 2SN]]."
    ),
    (
        "Tell [[PERSON:Sunita Raghunathan]] her [[HEALTH_CONDITION:levothyroxine 75 mcg]] "
        "refill is ready."
    ),
    (
        "Call [[PERSON:Paddy O'Sullivan]] on [[PHONE:+44 7700 900 461]] or email "
        "[[EMAIL:paddy.osullivan@kilnworks.co.uk]]."
    ),
    strict_xfail(
        (
            "Caller verified identity: [[PERSON:Hyun-woo Park]], date of birth "
            "[[DATE_OF_BIRTH:5/17/1983]], last four of card [[CREDIT_CARD:6011873029144650]]."
        ),
        "held out: round 1 miss, left untuned",
    ),
    strict_xfail(
        (
            "Please add [[PERSON:Ifeanyi Chukwu]] to the policy; his mobile is [[PHONE:+234 805 "
            "311 2094]] and his address is [[ADDRESS:RR 2 Box 118, Dalton, NE 69131]]."
        ),
        "held out: round 1 miss, left untuned",
    ),
    (
        "Rx: [[HEALTH_CONDITION:sertraline 100 mg]] PO daily for [[HEALTH_CONDITION:major "
        "depressive disorder]]; pt [[PERSON:Elif Yıldız]], chart # "
        "[[MEDICAL_RECORD:55-20918]]."
    ),
    (
        "Wire from [[PERSON:Pieter de Vries]] ([[IBAN:NL50RABO0318473920]]) received, client "
        "IP [[IP_ADDRESS:2a02:a45f:1c:900::17]]."
    ),
    (
        "[[PERSON:Aaliyah Jefferson-Brooks]] paid with [[CREDIT_CARD:2271049388561727]] and "
        "asked for the receipt at [[EMAIL:aaliyah.jb@fastmail.com]]."
    ),
    "I finally bought the Jordan 4 sneakers and a used Ford Focus this weekend.",
    "Take Washington Ave north, then turn onto Lincoln St at the light.",
    "What is the usual starting dose of metformin for adults, and how does it lower glucose?",
    "Upgrade to version 10.4.22.118 before March 3rd, 2025.",
    "Order 2024-0311-7781 shipped on 2024-03-11 at 14:02:55 UTC.",
    "Part number 555-0187-22 is the replacement hinge for model 412.",
    "Washington crossed the Delaware in December 1776; why was it a turning point?",
    "The HIV lifecycle has seven stages; explain reverse transcription for my biology class.",
    "Room 204, ext. 12 is the printer room; the meeting ID is 881 2047 1930.",
    strict_xfail(
        "Jack Daniel's and Johnnie Walker are both on the bar menu tonight.",
        "held out: round 1 miss, left untuned",
    ),
]

# Round 2 (development): sentence-start names with no cue, verbs before names, possessives, upper-case forms, rural
# routes, written-out DOBs, intl phones, clinical notes, claims, tables. First score: 30 of 105 entities missed, 1
# extra ("Dear Dr. Mensah", a gold error: it is a name, now annotated), 1 boundary. 'chest pain' was annotated
# later, when round 5 made symptoms said about a patient HEALTH_CONDITION.
ROUND_2 = [
    (
        "Hello, my name is [[PERSON:Babajide Adeyemi-Cole]], my email is "
        "[[EMAIL:b.adeyemicole@zmail.ng]] and my number is [[PHONE:+234 702 118 4493]]."
    ),
    (
        "[[PERSON:Temitope Olawale]] requested that we change her billing address to "
        "[[ADDRESS:905 Jefferson Blvd, Suite 210, Dayton, OH 45402]]."
    ),
    (
        "[[PERSON:Ewa Kowalczyk-Dąbrowska]] was diagnosed with [[HEALTH_CONDITION:multiple "
        "sclerosis]] in 2019 and now takes [[HEALTH_CONDITION:ocrelizumab]]."
    ),
    (
        "Can you email [[PERSON:Tran Quoc Bao]] at [[EMAIL:tqbao88@vnmail.vn]]? He is "
        "expecting the contract."
    ),
    "[[PERSON:Rosalind K. Abernathy III]], [[ADDRESS:PO Box 2291, Bozeman, MT 59771]]",
    (
        "Reimburse [[PERSON:Chukwuma Obi]] to IBAN [[IBAN:GB34 LOYD 3096 3218 4726 50]] for "
        "the travel costs."
    ),
    (
        "[[PERSON:Aditi Raghavan]]'s phone number is [[PHONE:+91 80 4123 7788]] and her date "
        "of birth is [[DATE_OF_BIRTH:21st June 1990]]."
    ),
    (
        "NAME: [[PERSON:SOO-AH JEONG]]\nDOB: [[DATE_OF_BIRTH:04/09/1977]]\nPHONE: [[PHONE:(323)"
        " 555-0164]]"
    ),
    "[[PERSON:Wojciech Mazur]] lives at [[ADDRESS:Rural Route 4, Box 57, Hillsboro, ND 58045]].",
    "Forward the invoice to [[PERSON:Niamh Gallagher]] ([[EMAIL:niamh.gallagher@brightwater.ie]]).",
    (
        "[[PERSON:Ahmad Nasser Haddad]] paid [[CREDIT_CARD:4556-7302-1948-8360]] on 04/02; "
        "flag if it bounces."
    ),
    "Please update the phone number for [[PERSON:Olamide Fashola]] to [[PHONE:020 7946 0321]].",
    (
        "Send the welcome pack to [[PERSON:Kaveh Rostami]] at [[ADDRESS:33 Kensington Park "
        "Road, Brighton, BN1 6GT]]."
    ),
    (
        "New tenant: [[PERSON:Sinéad Ní Bhriain]], moving into [[ADDRESS:Unit 7, 19 Harbour "
        "Street, Wollongong, NSW 2500]] on the 1st."
    ),
    (
        "[[PERSON:Yusuf Demir]] can be reached at [[PHONE:+49 30 901820 55]] or "
        "[[EMAIL:yusuf.demir@posteo.de]]."
    ),
    (
        "Customer [[PERSON:Darnell Washington]] reported the card "
        "[[CREDIT_CARD:378204199355613]] stolen."
    ),
    (
        "Mailing address: [[ADDRESS:1402 Lincoln Street, Apt 9C, Denver, CO 80203]]. "
        "Recipient: [[PERSON:Guadalupe Ortiz]]."
    ),
    (
        "[[PERSON:Dang Minh Chau]] (DOB [[DATE_OF_BIRTH:1988-02-14]]) presented to ED with "
        "[[HEALTH_CONDITION:chest pain]]; hx [[HEALTH_CONDITION:CAD]], "
        "[[HEALTH_CONDITION:hyperlipidemia]]."
    ),
    (
        "Assessment: 67 y/o M with [[HEALTH_CONDITION:COPD]] and [[HEALTH_CONDITION:atrial "
        "fibrillation]], on [[HEALTH_CONDITION:apixaban 5 mg]] BID. MRN: "
        "[[MEDICAL_RECORD:00493817]]. Patient name: [[PERSON:Reginald Okonjo]]."
    ),
    (
        "Prescription for [[PERSON:Hadiza Bello]]: [[HEALTH_CONDITION:amoxicillin 875 mg]] "
        "twice daily x 10 days. DOB [[DATE_OF_BIRTH:11/30/2001]]."
    ),
    (
        "Dear [[PERSON:Dr. Mensah]], your patient [[PERSON:Kofi Boateng]] (hospital no. "
        "[[MEDICAL_RECORD:H-3381027]]) has tested positive for [[HEALTH_CONDITION:hepatitis "
        "B]]."
    ),
    (
        "Patient portal: Hi, this is [[PERSON:Marisa Vlahos]]. My "
        "[[HEALTH_CONDITION:anxiety]] has been worse since I stopped the "
        "[[HEALTH_CONDITION:escitalopram 10 mg]]. Can I restart?"
    ),
    (
        "Claim CLM-77120: member [[PERSON:Tuan Anh Pham]], DOB [[DATE_OF_BIRTH:August 1, "
        "1969]], billed for [[HEALTH_CONDITION:dialysis]] due to [[HEALTH_CONDITION:end-stage"
        " renal disease]]."
    ),
    (
        "Labs for pt [[PERSON:Iwona Szymańska]]: CD4 count 410, viral load undetectable, "
        "[[HEALTH_CONDITION:HIV]] positive since 2015. MRN# [[MEDICAL_RECORD:7713094]]"
    ),
    (
        "[{\"name\": \"[[PERSON:Sunil Bhattacharya]]\", \"diagnosis\": "
        "\"[[HEALTH_CONDITION:schizophrenia]]\", \"medication\": \"[[HEALTH_CONDITION:clozapine "
        "200 mg]]\"}]"
    ),
    strict_xfail(
        (
            "| Patient | DOB | Condition |\n| [[PERSON:Amaka Nwosu]] | "
            "[[DATE_OF_BIRTH:1979-05-23]] | [[HEALTH_CONDITION:sickle cell disease]] |"
        ),
        "round 2: left (a DOB in a table row; its DOB column header is beyond the 32-character context window)",
    ),
    (
        "Allergy: sulfa drugs. [[PERSON:Lê Thị Hương]] is 30 weeks "
        "[[HEALTH_CONDITION:pregnant]] with [[HEALTH_CONDITION:preeclampsia]]."
    ),
    "The SSN on the W-2 for [[PERSON:Cedric Moreau-Baptiste]] is [[US_SSN:418 26 7305]].",
    (
        "[[PERSON:Haruki Tanaka]] (SSN [[US_SSN:601-32-8874]]) works remotely from "
        "[[IP_ADDRESS:73.158.12.201]]."
    ),
    (
        "Beneficiary name: [[PERSON:Marguerite Delacroix]] / IBAN: [[IBAN:FR76 3000 6000 0112"
        " 3456 7890 189]] / BIC: BNPAFRPP"
    ),
    "Pay [[PERSON:Jesús Martínez Ortega]] the deposit: [[IBAN:ES6000491500051234567892]].",
    (
        "[[PERSON:Giulia Bernasconi]] - [[IBAN:IT66R0306909606100000063912]] - [[PHONE:+39 02"
        " 8734 5521]]"
    ),
    "Our new hire [[PERSON:Kalani Akana]] was born on [[DATE_OF_BIRTH:the 9th of November 1996]].",
    (
        "[[PERSON:Oyelaran Adebisi]], born [[DATE_OF_BIRTH:1975.08.12]], applies for a loan; "
        "SSN [[US_SSN:372-11-6459]]."
    ),
    "Please call [[PERSON:Ruairí Breathnach]] back on [[PHONE:+44 (0)28 9032 1177]] ext. 331.",
    (
        "Text [[PERSON:Lindiwe Dlamini]] at [[PHONE:+27 82 555 7193]] once the card "
        "[[CREDIT_CARD:6011 2055 8834 9174]] is activated."
    ),
    (
        "Login alert: [[EMAIL:maja.lindqvist@bredband.se]] signed in from "
        "[[IP_ADDRESS:2001:4860:4802:32::a]] and [[IP_ADDRESS:91.198.174.192]]."
    ),
    "Ship the order to [[PERSON:Anh Thu Vo]], [[ADDRESS:58 Trafalgar Street, Toronto, ON M5V 2T6]].",
    (
        "i am [[PERSON:rohan mehta]], phone [[PHONE:98201 44376]], email "
        "[[EMAIL:rohanm@rediffmail.com]]"
    ),
    (
        "Card on file for [[PERSON:Eleanor Fitzgerald-Hayes]]: [[CREDIT_CARD:5360 1827 4455 "
        "1903]], exp 11/27."
    ),
    "Lincoln Park and Washington Square are both worth a visit on Sunday.",
    "Does apixaban interact with grapefruit juice? Asking for a pharmacology quiz.",
    "Ticket 4410-2291-7713 was closed on 2025-01-14T09:30:00Z.",
    "Marie Curie won two Nobel prizes; summarise her research for a history essay.",
    "The Chevy Malibu and Honda Civic both got recalls; SKU 202-555-0164-B.",
    "Release 2.14.0 fixed the crash in the PO Box parser (issue #5507).",
    "Call center hours: 9-5 Monday to Friday; press 3 for billing.",
    "Pregnancy and anxiety are common topics in our prenatal course syllabus.",
    "Tesla Model 3 and Jordan Air 1 prices rose 3% this quarter.",
    "Route 66 passes through Springfield, IL and Tulsa, OK.",
]

# Round 3 (development): envelope blocks, names with no cue at all, MRN label styles, Canadian/UK/AU addresses,
# extensions, written-out DOBs, lab/prescription/insurance forms, secrets mixed in. First score: 29 of 120 entities
# missed, 1 extra ("Ronald Reagan" in a look-alike: a famous person's name, which counts as PERSON under
# make_pii.py's convention; the text moved to the annotated list with both names).
ROUND_3 = [
    (
        "[[PERSON:Kemi Adeleke-Johnson]]\n[[ADDRESS:14 Maple Grove\nLeeds\nLS6 2QT]]\n"
        "[[PHONE:0113 496 0552]]"
    ),
    (
        "[[PERSON:Vu Thanh Hai]], 47, of [[ADDRESS:88 Queen Street West, Toronto, Ontario M5H"
        " 2M9]], phone [[PHONE:416-555-0138 ext. 7]]"
    ),
    (
        "Account holder [[PERSON:Przemysław Wróbel]] changed the payout IBAN to [[IBAN:DE24 "
        "2107 0024 0091 8273 64]] on 2024-05-02."
    ),
    strict_xfail(
        (
            "[[PERSON:Olusegun Bamidele]] and [[PERSON:Folake Bamidele]] share the account; "
            "contact [[EMAIL:bamidele.family@webmail.ng]]."
        ),
        "round 3: left (a sentence-initial name before 'and' and a plural verb: no predicate is read)",
    ),
    strict_xfail(
        (
            "We have [[PERSON:Xiaoling Zhou]] down as the guarantor, DOB [[DATE_OF_BIRTH:Dec. 2, "
            "1970]], phone [[PHONE:+86 21 6234 5678]]."
        ),
        "round 3: left ('we have X down as the guarantor': no cue is read)",
    ),
    (
        "Attendee: [[PERSON:Dr. Imani Okoro-Williams]], "
        "[[EMAIL:iokorowilliams@stmarys-health.org]], [[PHONE:(646) 555-0177 x3021]]"
    ),
    strict_xfail(
        (
            "Hi team - [[PERSON:Rafael Quiñones]] (rafa) starts Monday. SSN for payroll: "
            "[[US_SSN:541-90-2736]]. Home: [[ADDRESS:3120 Lincoln Way, Apt 22, Ames, IA 50014]]."
        ),
        "round 3: left (a nickname in brackets between the name and its verb)",
    ),
    (
        "The passenger, [[PERSON:Ms. Adwoa Sarpong]], born [[DATE_OF_BIRTH:22 Oct 1993]], "
        "requested a wheelchair."
    ),
    (
        "Surname: [[PERSON:Kowalski]], Given names: [[PERSON:Anna Maria]], DOB: "
        "[[DATE_OF_BIRTH:1987-09-03]]"
    ),
    (
        "Re: refund for [[PERSON:Ha-eun Seo]] - card [[CREDIT_CARD:4488 1209 3357 2611]], "
        "email [[EMAIL:haeun.seo@kmail.kr]]"
    ),
    "[[PERSON:Ignatius Mbeki-Nkosi]] is disputing a charge on [[CREDIT_CARD:3756-001288-39044]].",
    (
        "Please verify the identity of [[PERSON:Yolanda Castellanos Ruiz]] (date of birth: "
        "[[DATE_OF_BIRTH:17-01-1982]]) before releasing records."
    ),
    (
        "Tenant [[PERSON:Oyinkansola Adeyemi]] moved from [[ADDRESS:Suite 500, 1020 8 Ave SW,"
        " Calgary, AB T2P 1J2]] to [[ADDRESS:PO Box 118, Banff, AB T1L 1A3]]."
    ),
    strict_xfail(
        (
            "Deliveries for [[PERSON:Eamon Doherty]]: [[ADDRESS:Unit 4/22 Smith Street, Fitzroy "
            "VIC 3065]]. Mobile [[PHONE:0412 773 904]]."
        ),
        "round 3: left ('Deliveries for X:': 'deliveries' is not a record word)",
    ),
    (
        "PATIENT: [[PERSON:NGUYEN THI LAN]]   MRN: [[MEDICAL_RECORD:A00918273]]   DOB: "
        "[[DATE_OF_BIRTH:03/14/1955]]\nDx: [[HEALTH_CONDITION:CKD stage 3]], "
        "[[HEALTH_CONDITION:T2DM]], [[HEALTH_CONDITION:HTN]]\nMeds: [[HEALTH_CONDITION:insulin"
        " glargine]] 20 units qHS, [[HEALTH_CONDITION:losartan 50 mg]] daily"
    ),
    (
        "Medical Record #: [[MEDICAL_RECORD:66120934]]\nName: [[PERSON:Ravindra Kulkarni]]\n"
        "Allergies: [[HEALTH_CONDITION:penicillin allergy]]\nImpression: "
        "[[HEALTH_CONDITION:acute appendicitis]]"
    ),
    strict_xfail(
        (
            "EMR ID [[MEDICAL_RECORD:EMR-2209183]] - [[PERSON:Sakura Ishikawa]] - "
            "[[HEALTH_CONDITION:postpartum depression]], started [[HEALTH_CONDITION:sertraline 25"
            " mg]]."
        ),
        "round 3: left (a name between dashes after an EMR id with a condition after it: no name shape is read)",
    ),
    (
        "Dear [[PERSON:Mr. Oduya]], your lab results show an HbA1c of 7.2%, which indicates "
        "[[HEALTH_CONDITION:prediabetes]] has progressed to [[HEALTH_CONDITION:type 2 "
        "diabetes]]."
    ),
    (
        "Prior auth request: member [[PERSON:Hollis B. Grantham]], ID [[MEDICAL_RECORD:MRN "
        "30019284]], requesting [[HEALTH_CONDITION:Ozempic]] for [[HEALTH_CONDITION:obesity]]"
        " (BMI 41)."
    ),
    (
        "I was diagnosed with [[HEALTH_CONDITION:HIV]] last year and I'm on "
        "[[HEALTH_CONDITION:Biktarvy]]; my name is [[PERSON:Tendai Moyo]] and my clinic "
        "number is [[MEDICAL_RECORD:400918276]]."
    ),
    (
        "Therapy note: client [[PERSON:Noor Haddad]] reports worsening "
        "[[HEALTH_CONDITION:PTSD]] symptoms and [[HEALTH_CONDITION:insomnia]]; continue "
        "[[HEALTH_CONDITION:prazosin 2 mg]] nightly."
    ),
    (
        "{\"member\": {\"first_name\": \"[[PERSON:Oksana]]\", \"last_name\": \"[[PERSON:Hrytsenko]]\", "
        "\"birth_date\": \"[[DATE_OF_BIRTH:1990-12-01]]\"}, \"diagnoses\": "
        "[\"[[HEALTH_CONDITION:epilepsy]]\"], \"rx\": [\"[[HEALTH_CONDITION:levetiracetam 500 "
        "mg]]\"]}"
    ),
    (
        "Patient ID: [[MEDICAL_RECORD:PT-5529017]] | Name: [[PERSON:Aarav Malhotra]] | "
        "Condition: [[HEALTH_CONDITION:asthma]] | Inhaler: [[HEALTH_CONDITION:albuterol]]"
    ),
    "[[PERSON:Seamus Flanagan]] - 66 y/o - [[HEALTH_CONDITION:COPD]] exacerbation - admitted 3/2",
    (
        "Referral: [[PERSON:Maryam Tehrani]], DOB [[DATE_OF_BIRTH:09.04.1961]], to neurology "
        "for suspected [[HEALTH_CONDITION:Parkinson's disease]]."
    ),
    (
        "Can you check why [[PERSON:Chloé Marchand]] at [[IP_ADDRESS:90.84.127.33]] keeps "
        "getting locked out? Her email is [[EMAIL:chloe.marchand@orange.fr]]."
    ),
    (
        "Deploy key leak! [[PERSON:Bartholomew Quist]] pasted "
        "[[AWS_ACCESS_KEY:AKIA3NXQSXVKK6MFQQXY]] / "
        "[[AWS_SECRET_KEY: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]] into #general."
    ),
    (
        "My coworker [[PERSON:Anjali Deshpande]]'s GitHub token "
        "[[GITHUB_TOKEN:ghp_o86LuYUEtCMpGj63Acu30whOsyVydMQm3LI9]] was in the logs."
    ),
    (
        "born on [[DATE_OF_BIRTH:February 29th, 1996]], [[PERSON:Zhang Wei]] is eligible for "
        "the leap-year promo."
    ),
    "Wire [[IBAN:BE37310001234567]] - beneficiary [[PERSON:Maarten Claes]] - amount EUR 1,200",
    (
        "Client: [[PERSON:O'Brien, Declan]]\nTel: [[PHONE:+353 1 555 0192]]\nEmail: "
        "[[EMAIL:dobrien@corkmail.ie]]"
    ),
    (
        "[[PERSON:Carmen Ibáñez-Soto]] ([[EMAIL:cibanez@correo.es]], [[PHONE:+34 612 34 56 "
        "78]]) asked to cancel."
    ),
    (
        "Pls ship to [[PERSON:jamal abdi]], [[ADDRESS:612 Franklin Ave, Minneapolis, MN "
        "55405]], ph [[PHONE:612.555.0149]]"
    ),
    (
        "Contact info for [[PERSON:Bảo Ngọc Trương]]: [[EMAIL:baongoc.truong@mailvn.com]], "
        "[[PHONE:+84 28 3822 1190]]."
    ),
    (
        "Verify card [[CREDIT_CARD:5100773344218060]] for [[PERSON:Augustin Ndayishimiye]], "
        "billing ZIP 20910."
    ),
    (
        "I'm [[PERSON:Farida Yusupova]], DOB [[DATE_OF_BIRTH:4th July 1978]], and I need my "
        "[[HEALTH_CONDITION:lisinopril 20 mg]] refilled."
    ),
    "Next of kin: [[PERSON:Tupac Quispe Mamani]] (brother), [[PHONE:+51 984 221 330]]",
    "[[PERSON:Liang Qiu]] SSN [[US_SSN:214-66-0931]]",
    strict_xfail(
        "[[PERSON:Michael Jordan]] and [[PERSON:Ronald Reagan]] both appear in the 1980s chapter.",
        "round 3: left ('Michael Jordan and ...' opens the sentence with no cue; Ronald Reagan after 'and' is found)",
    ),
    "Home address of [[PERSON:Ilse van den Berg]]: [[ADDRESS:Prinsengracht 263, 1016 GV Amsterdam]]",
    (
        "On behalf of [[PERSON:Aleksandra Petrović]], please send the records to "
        "[[EMAIL:a.petrovic@medcentar.rs]]."
    ),
    "Lincoln Way and Jefferson Davis Highway were early US road names.",
    "Apply the CAD template to drawings 4412-A and 4413-B by Friday.",
    "The Ozempic shortage was widely covered in the news last year; what caused it?",
    "Queue depth at 10.2.14.7 peaked at 3,400 messages during build 7.12.0.1.",
    "Call extension 7 or dial 555 for the front desk.",
    "Tracking 1Z84X1920331224410 is on route to the Fitzroy depot.",
    "What's the half-life of sertraline 50 mg in elderly populations? (pharmacology exam)",
    "Order #30019284 for 12 maple grove planters ships 2024-03-14.",
    "Visa and Mastercard both require CVV2; see section 4.1.2 of the spec.",
]

# Round 4 (development): letters and e-mails, support tickets, CSV rows, YAML and HTML forms, chat logs, case notes,
# EOBs, signature blocks; title-case look-alikes from docs. First score: 18 of 104 entities missed, 5 extra (a
# Nigerian address I had left un-annotated by an editing slip, now annotated; a member id read as a health-plan
# number, a type the corpus does not score; 'HIV' in a lab test's name; 'Metformin' in a dosing reference; 'Senior
# Analyst' under a signature).
ROUND_4 = [
    (
        "From: [[PERSON:Adaeze Nwachukwu]] <[[EMAIL:adaeze.n@lagosmail.com]]>\nSubject: wrong "
        "address\n\nHi, my parcel went to my old place. Please use [[ADDRESS:17 Kensington "
        "Gardens Square, London W2 4BH]] from now on."
    ),
    (
        "Dear Sir/Madam,\n\nI am writing on behalf of my mother, [[PERSON:Halina Wójcik]] (DOB "
        "[[DATE_OF_BIRTH:11 May 1941]]), who has [[HEALTH_CONDITION:dementia]].\n\nYours "
        "faithfully,\n[[PERSON:Piotr Wójcik]]"
    ),
    (
        "Ticket #88213 - Customer [[PERSON:Thandiwe Mokoena]] says her card "
        "[[CREDIT_CARD:4012 8819 9302 1774]] was charged twice. Callback: [[PHONE:+27 11 555 "
        "0823]]."
    ),
    strict_xfail(
        (
            "name,email,phone,dob\n[[PERSON:Kaito "
            "Yamamoto]],[[EMAIL:kaito.y@jpmail.jp]],[[PHONE:+81 "
            "3-5555-0199]],[[DATE_OF_BIRTH:1994-07-19]]"
        ),
        "round 4: left (a DOB in a CSV row; the dob header is beyond the context window)",
    ),
    (
        "applicant:\n  full_name: [[PERSON:Mehmet Öztürk]]\n  email: "
        "[[EMAIL:m.ozturk@posta.com.tr]]\n  phone: \"[[PHONE:+90 532 555 0142]]\"\n  ssn: "
        "\"[[US_SSN:302-58-1947]]\""
    ),
    (
        "<input name=\"fullname\" value=\"[[PERSON:Catalina Herrera Vidal]]\"><input name=\"email\""
        " value=\"[[EMAIL:cata.herrera@correo.cl]]\">"
    ),
    (
        "[10:42] agent: can I have your full name please\n[10:42] user: [[PERSON:Olumide "
        "Akinola]]\n[10:43] agent: and the card number?\n[10:43] user: "
        "[[CREDIT_CARD:5454-0291-0388-2139]]"
    ),
    (
        "Case note: Met with [[PERSON:Dmitri Volkov]] today. He disclosed a history of "
        "[[HEALTH_CONDITION:alcohol use disorder]] and is currently taking "
        "[[HEALTH_CONDITION:naltrexone 50 mg]]."
    ),
    strict_xfail(
        (
            "EOB - Patient: [[PERSON:Precious Nkemelu]]  Claim #: 77-2209-114  Service: MRI brain"
            "  Diagnosis code G43.909 ([[HEALTH_CONDITION:migraine]])  Member ID: WX88219034"
        ),
        "round 4: left (a member id is read as a health-plan number (a type the corpus does not score))",
    ),
    strict_xfail(
        (
            "Reminder: [[PERSON:Dr. Anand Subramanian]] will see [[PERSON:Tiago Ferreira]] on "
            "Tuesday re: his [[HEALTH_CONDITION:gout]] flare."
        ),
        "round 4: left ('will see X on Tuesday': 'see' is not a cue)",
    ),
    "[[PERSON:Hoang Duc Anh]] transferred EUR 2,500 from [[IBAN:AT611904300234573201]] on 05/06.",
    (
        "Please confirm: is [[EMAIL:m.abubakar@kanomail.ng]] the right address for "
        "[[PERSON:Musa Abubakar]]?"
    ),
    (
        "The insured, [[PERSON:Gwendolyn Achterberg]], resides at [[ADDRESS:2204 Washington "
        "Street, Unit 5, Boston, MA 02119]]."
    ),
    "Our tenant [[PERSON:Kealoha Kahananui]] can be reached on [[PHONE:(808) 555-0116]] after 6pm.",
    (
        "SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-69550627262-395771542266-kpixchnjg8rri3vl0vtw3mod"
        "]]\nOPENAI_API_KEY=[[API_KEY:sk-fs7figrZbrDlzwOj3Ly07UNxbHJZYny0VeE7lgNusxjLN7SK]]"
    ),
    (
        "Pharmacy: new Rx for [[PERSON:Ngaire Te Whata]] - [[HEALTH_CONDITION:methotrexate 15"
        " mg]] weekly + folic acid; hx [[HEALTH_CONDITION:rheumatoid arthritis]]."
    ),
    "[[PERSON:Sven-Erik Lindström]]'s IBAN is [[IBAN:CH2804835012345678901]], correct?",
    (
        "Intake form\nFirst name: [[PERSON:Shirin]]\nLast name: [[PERSON:Mahmoudi]]\nDate of "
        "birth: [[DATE_OF_BIRTH:02/28/1986]]\nReason for visit: [[HEALTH_CONDITION:panic "
        "attacks]]"
    ),
    strict_xfail(
        "hey it's [[PERSON:deepika]] again, my new number is [[PHONE:+91 99876 54321]]",
        "round 4: left (a single lower-case given name ('it's deepika again'))",
    ),
    (
        "[[PERSON:Kwame Owusu-Ansah]] (SSN ending 4471) and his wife [[PERSON:Efua "
        "Owusu-Ansah]] both signed."
    ),
    (
        "Beneficiary: [[PERSON:Fionn Mac Cárthaigh]]\nIBAN: [[IBAN:IE29 AIBK 9311 5212 3456 "
        "78]]\nBIC: AIBKIE2D"
    ),
    (
        "Send the test results to [[PERSON:Yevgenia Sokolova]] at "
        "[[EMAIL:y.sokolova@yandex.ru]]; she tested positive for [[HEALTH_CONDITION:hepatitis"
        " C]]."
    ),
    (
        "Our records list [[PERSON:Babatunde Oyebanji]] at [[ADDRESS:PO Box 4567, Houston, TX"
        " 77210]] with phone [[PHONE:713-555-0162]]."
    ),
    (
        "Visitor [[PERSON:Mai Anh Dao]] signed in with ID card; emergency contact [[PHONE:+84"
        " 91 555 2044]]."
    ),
    "Authorise a [[CREDIT_CARD:3433 910445 21085]] charge for [[PERSON:Ruth Abernethy-Kamara]].",
    (
        "User [[PERSON:Ioana Popescu]] (ioana.p) logged in from [[IP_ADDRESS:188.27.130.54]] "
        "and [[IP_ADDRESS:2a01:4f8:c17:b0f::2]]."
    ),
    strict_xfail(
        (
            "[[PERSON:ZAINAB ABDULLAHI]], [[ADDRESS:45 Marina Road, Lagos Island, Lagos 101001]],"
            " [[PHONE:+234 1 555 0190]]"
        ),
        "round 4: left (an upper-case name opening a record line with no label)",
    ),
    (
        "MRN: [[MEDICAL_RECORD:4410982]]; pt is a 34F G2P1 at 28 weeks, "
        "[[HEALTH_CONDITION:gestational diabetes]] on [[HEALTH_CONDITION:insulin]]. Name: "
        "[[PERSON:Beatriz Nascimento]]."
    ),
    strict_xfail(
        (
            "My daughter [[PERSON:Amelia Kowalczyk]] (born [[DATE_OF_BIRTH:June 5, 2011]]) has "
            "[[HEALTH_CONDITION:type 1 diabetes]] and [[HEALTH_CONDITION:celiac disease]]."
        ),
        "round 4: left (the second condition is beyond the 64-character window of 'my daughter')",
    ),
    strict_xfail(
        (
            "Driver: [[PERSON:Jean-Baptiste Mukendi]], license plate KX-4471, mobile [[PHONE:+32 "
            "470 55 12 34]]"
        ),
        "round 4: left ('Driver:' is not a name label (software docs use it for drivers))",
    ),
    (
        "Happy birthday to [[PERSON:Oluwakemi Adebayo]], born [[DATE_OF_BIRTH:8/14/1990]]! "
        "(HR will update her file.)"
    ),
    strict_xfail(
        (
            "Lab: HIV-1/2 Ag/Ab REACTIVE. Patient [[PERSON:Carlos Mendoza Ríos]], DOB "
            "[[DATE_OF_BIRTH:1985-10-10]], MRN [[MEDICAL_RECORD:MR7720019]]. Dx: "
            "[[HEALTH_CONDITION:HIV]]."
        ),
        "round 4: left ('HIV' in the lab test's name is read as the condition too)",
    ),
    (
        "The caller gave SSN [[US_SSN:665-21-8830]] and zip 60614 and said her name was "
        "[[PERSON:LaToya Benson]]."
    ),
    (
        "Update: [[PERSON:Priyanka Iyer]]'s discharge meds - [[HEALTH_CONDITION:metoprolol 25"
        " mg]] BID, [[HEALTH_CONDITION:atorvastatin 40 mg]] nightly."
    ),
    "Ship to [[PERSON:Aroha Ngata]], [[ADDRESS:12 Kelburn Parade, Kelburn, Wellington 6012]]",
    (
        "Card holder: [[PERSON:Björn Håkansson]] | Number: [[CREDIT_CARD:6011560044123872]] |"
        " Exp: 03/29"
    ),
    (
        "I'm [[PERSON:Tomás Ó Briain]] and I live at [[ADDRESS:21 Main Street, Tralee, Co. "
        "Kerry V92 X2Y3]]."
    ),
    strict_xfail(
        (
            "[[PERSON:Dinh Van Khoa]], [[DATE_OF_BIRTH:1979-01-25]], [[HEALTH_CONDITION:hepatitis"
            " B]], [[HEALTH_CONDITION:tenofovir]]"
        ),
        "round 4: left (a bare record line: the date, condition and drug have no label or clinical word near them)",
    ),
    (
        "Regards,\n[[PERSON:Nomvula Khumalo]]\nSenior Analyst\n[[PHONE:+27 21 555 0177]]\n"
        "[[EMAIL:nkhumalo@capemail.co.za]]"
    ),
    "Add Custom Fields To The Invoice Template\n\nUse the Fields panel to add them.",
    "Washington Irving wrote 'Rip Van Winkle' in 1819; discuss its themes.",
    "Set MAX_RETRIES=5 and TIMEOUT_MS=30000 in the .env file; never commit real keys.",
    "Build 2024.11.07 passed; artifact sha 9f8e7d6c5b4a.",
    "Contact Support via the Help Center if the Reset Password link expires.",
    "Metformin is usually started at 500 mg once daily in adults (reference table 3).",
    "Call Stack Overflow answers with caution; copy Error Code 0x80070005 into the search.",
    "Route 9, Box Hill and Lincoln Park are tram stops in the city guide.",
    "The Ford Mustang and the Nissan Leaf were compared on 2023-05-01.",
    "Serial: 4012-8819-9302-1770 (printer), firmware 3.4.22.",
]

# Round 5 (development): initial-first Indian names, short East Asian names, hyphenated given names, bin/binti/van
# der, Spanish/Dutch/German/French sentences, two-digit-year DOBs, Level/Suite addresses, voice-note style,
# symptoms, allergies, HIV status. First score: 25 of 103 entities missed, 2 extra (a start date read as a DOB; 'Mr.
# Bean', a TV character).
ROUND_5 = [
    strict_xfail(
        "Account opened by [[PERSON:K. Ramesh Babu]], PAN on file, mobile [[PHONE:+91 94440 18832]].",
        "round 5: left (initials first after 'opened by', a cue that needs a listed given name first)",
    ),
    strict_xfail(
        "[[PERSON:S. Venkataraman]] ([[EMAIL:svenkat@iitmail.in]]) asked for his Form 16.",
        "round 5: left (an initial and one surname: the name shapes want two words)",
    ),
    "Passenger [[PERSON:Li Na]], DOB [[DATE_OF_BIRTH:03/03/85]], seat 14C.",
    "[[PERSON:Sato Yuki]] can be reached at [[EMAIL:yuki.sato@nipponmail.jp]].",
    strict_xfail(
        (
            "[[PERSON:Anne-Marie Dubois]] and [[PERSON:Jean-Luc Moreau]] are the joint holders of"
            " [[IBAN:FR6517512000000466215873014]]."
        ),
        "round 5: left (a sentence-initial pair of names as the subject: no predicate is read)",
    ),
    "Transfer to [[PERSON:Nurul Aisyah binti Rahman]], Maybank, ref SALARY-OCT.",
    (
        "Dhr. [[PERSON:Joost van der Linden]] woont op [[ADDRESS:Keizersgracht 442, 1016 GD "
        "Amsterdam]], tel. [[PHONE:+31 20 555 0147]]."
    ),
    (
        "El cliente [[PERSON:Andrés Villalobos Paredes]] pidió el reembolso a "
        "[[IBAN:ES3020802105816372004418]]."
    ),
    (
        "Frau [[PERSON:Gülşen Aydın-Krause]], geb. [[DATE_OF_BIRTH:14.03.1976]], wohnhaft "
        "[[ADDRESS:Bergmannstraße 58, 10961 Berlin]]."
    ),
    (
        "voice note: hi its [[PERSON:Marcus Oyelowo]] calling about my prescription, call me "
        "back on [[PHONE:07700 900 318]], thanks"
    ),
    (
        "[[PERSON:Yuto Nakamura]] was born on [[DATE_OF_BIRTH:2/9/79]] and is allergic to "
        "[[HEALTH_CONDITION:penicillin]]."
    ),
    (
        "Deliver to [[ADDRESS:Level 3, 201 Kent Street, Sydney NSW 2000]], attention "
        "[[PERSON:Harriet Pemberton-Clarke]]."
    ),
    (
        "The suspect login (user [[EMAIL:r.kapoor@finmail.in]], IP "
        "[[IP_ADDRESS:49.205.77.142]]) belongs to [[PERSON:Ritu Kapoor]]."
    ),
    (
        "In the story, nurse [[PERSON:Ebere Okonkwo]] reviews [[PERSON:Mr. Adeyinka]]'s "
        "chart: [[HEALTH_CONDITION:sickle cell anemia]], on [[HEALTH_CONDITION:hydroxyurea "
        "500 mg]] daily."
    ),
    (
        "Patient states her name is [[PERSON:Marisol Quintanilla]], DOB "
        "[[DATE_OF_BIRTH:7/4/1962]]; she reports [[HEALTH_CONDITION:chest pain]] and a "
        "history of [[HEALTH_CONDITION:angina]]."
    ),
    (
        "CC: [[HEALTH_CONDITION:shortness of breath]]. HPI: 58M w/ [[HEALTH_CONDITION:CHF]], "
        "[[HEALTH_CONDITION:T2DM]]. Pt: [[PERSON:Abiodun Fashola]], MRN "
        "[[MEDICAL_RECORD:MRN-8830127]]."
    ),
    (
        "Please cancel the subscription for [[PERSON:Wiktoria Lewandowska]], card "
        "[[CREDIT_CARD:4761 7300 4812 2959]]."
    ),
    "[[PERSON:Chen Jie]]'s mobile number: [[PHONE:+86 139 1020 3344]]",
    (
        "To whom it may concern: [[PERSON:Aarav Bhatia]], born [[DATE_OF_BIRTH:21/08/1999]], "
        "has been our tenant at [[ADDRESS:Flat 3, 22 Cowley Road, Oxford, OX4 1HZ]] since "
        "2021."
    ),
    (
        "My SSN is [[US_SSN:528 71 3390]] and I was born [[DATE_OF_BIRTH:Jan 30, 1971]]; name"
        " on the account is [[PERSON:Rhiannon Pryce]]."
    ),
    "Contact: [[PERSON:Haruka Mori]] / [[PHONE:+81 90-5555-0123]] / [[EMAIL:haruka.mori@jmail.jp]]",
    (
        "[[PERSON:Siddharth Rao]] - [[ADDRESS:221 MG Road, Bengaluru, Karnataka 560001]] - "
        "[[PHONE:080 4567 1234]]"
    ),
    strict_xfail(
        (
            "Refill request: [[HEALTH_CONDITION:buprenorphine/naloxone 8 mg/2 mg]] for "
            "[[PERSON:Dustin Hargrove]] ([[HEALTH_CONDITION:opioid use disorder]])."
        ),
        "round 5: left (the condition in brackets is beyond the 64-character window of 'refill')",
    ),
    (
        "[[PERSON:Oyin Adeyemi]] is [[HEALTH_CONDITION:HIV positive]] and asked us not to "
        "tell her employer."
    ),
    "Pay [[CREDIT_CARD:3799 182003 44170]] - holder [[PERSON:Benedikt Schröder]].",
    strict_xfail(
        (
            "Employee: [[PERSON:Thanh Huong Le]] | Start: 2024-02-01 | DOB: "
            "[[DATE_OF_BIRTH:1990-11-23]] | SSN: [[US_SSN:771-20-4418]]"
        ),
        "round 5: left (a start date in the same record line as 'DOB:' is read as the DOB)",
    ),
    (
        "[[PERSON:Kofi Mensah-Bonsu]] works from [[ADDRESS:Suite 12, 480 Yonge Street, "
        "Toronto, ON M4Y 1X6]]."
    ),
    (
        "Addressed to [[PERSON:Mrs. Gwendolyn Okeke]], [[ADDRESS:9 Rosebank Avenue, "
        "Edinburgh, EH12 5PN]]."
    ),
    (
        "her sister [[PERSON:Tamsin Albright]] ([[PHONE:+44 7911 123456]]) picked up the "
        "[[HEALTH_CONDITION:sertraline]] prescription"
    ),
    "Guest list: [[PERSON:Parveen Akhtar]], [[PERSON:Lucas Moreira]], [[PERSON:Ayumi Fujita]].",
    strict_xfail(
        (
            "[[PERSON:Rukhsana Begum]] (NHS no. 943 476 5919) has [[HEALTH_CONDITION:COPD]] and "
            "uses [[HEALTH_CONDITION:tiotropium]]."
        ),
        "round 5: left (an NHS number in brackets after the name is not read as an identifier)",
    ),
    (
        "Order for [[PERSON:Stellan Bergqvist]], ship to [[ADDRESS:Storgatan 12, 114 51 "
        "Stockholm]], phone [[PHONE:+46 70 555 12 34]]."
    ),
    (
        "Card [[CREDIT_CARD:2224008711635242]] belongs to [[PERSON:Imogen Thistlewood]]; she "
        "lost it yesterday."
    ),
    "Father's name: [[PERSON:Rajendra Prasad Yadav]], mother's name: [[PERSON:Sushila Devi]].",
    "[[PERSON:Ngo Bao Chau]] received the results: [[HEALTH_CONDITION:stage II breast cancer]].",
    (
        "Emergency: [[PERSON:Tevita Fifita]], [[PHONE:+64 21 555 0198]], [[ADDRESS:15 Kelburn"
        " Parade, Wellington 6012]]"
    ),
    (
        "Ms [[PERSON:Ayesha Siddiqui]] requested her records; her date of birth is "
        "[[DATE_OF_BIRTH:1988/12/02]]."
    ),
    (
        "Kindly update beneficiary to [[PERSON:Chiamaka Ugwu]] - account "
        "[[IBAN:GB91HBUK40127654321098]]."
    ),
    (
        "Meet [[PERSON:Olamide Bankole]] at the front desk; her badge email is "
        "[[EMAIL:obankole@hq-corp.com]]."
    ),
    strict_xfail(
        (
            "[[PERSON:Antoine Girard]] a été hospitalisé pour [[HEALTH_CONDITION:pneumonia]] "
            "(dossier [[MEDICAL_RECORD:MR5560193]])."
        ),
        "round 5: left (French predicates ('a \u00e9t\u00e9 hospitalis\u00e9 pour') are not read)",
    ),
    "K. Means clustering and S. Curve fitting are covered in chapter 4.",
    "The Li-ion battery pack and the Sato process are unrelated.",
    "Level 3 of the garage, Kent Street entrance, opens at 7.",
    "Jean-Luc Picard is the captain in Star Trek: The Next Generation.",
    (
        "Hydroxyurea is used in sickle cell disease to raise fetal hemoglobin; explain the "
        "mechanism for the exam."
    ),
    "NHS 111 and 999 are the numbers to call in the UK.",
    "Version 2/9/79 of the manuscript was archived.",
    "Amazon Prime and Apple Music both raised prices in 2024.",
    strict_xfail(
        "Mr. Bean and Dr. Who are TV characters.",
        "round 5: left (a TV character after an honorific: a name by the convention, kept as the look-alike it was)",
    ),
    "Set the IP allowlist to 0.0.0.0/0 only in test environments.",
]

# Round 6, a second HELD-OUT round, written after all the fixes of rounds 2-5 and scored once, never tuned on: a
# fresh mix of template styles (names of many origins, suffixes, lower/upper case, PO boxes, AU/UK/US addresses,
# problem lists, portal messages, JSON). First score: 5 of 76 entities missed, 2 extra (an e-mail I had left un-
# annotated, now annotated; a documentation CIDR range in a lab note read as an IP).
ROUND_6 = [
    (
        "Good morning, I am [[PERSON:Obiageli Nwankwo]]; you can call me on [[PHONE:+234 809 "
        "441 2276]] or write to [[EMAIL:obiageli.nw@gmail.com]]."
    ),
    (
        "Change of address for [[PERSON:Truong Van Phuc]]: new address [[ADDRESS:3301 "
        "Jefferson Ave, Apt 12, Newport News, VA 23607]]."
    ),
    (
        "[[PERSON:Magdalena Zawadzka-Nowicka]], aged 58, was admitted on 02/03 with "
        "[[HEALTH_CONDITION:atrial fibrillation]]."
    ),
    "For any questions contact [[PERSON:Eoghan Mac Giolla]] at [[EMAIL:eoghan.mg@dublinworks.ie]].",
    strict_xfail(
        (
            "[[PERSON:Robert L. Whitcombe Sr.]] authorised [[CREDIT_CARD:4917-3022-1845-9067]] "
            "for the deposit."
        ),
        "held out: round 6 miss, left untuned",
    ),
    "The refund goes to [[PERSON:Sofía Mendoza-Aranda]], IBAN [[IBAN:NL41INGB0004417729]].",
    "Caller: [[PERSON:Phan Thi Kim Ngan]], callback [[PHONE:+84 93 777 1402]].",
    "[[PERSON:Hussein Al-Amiri]] resides at [[ADDRESS:PO Box 55012, Dearborn, MI 48126]].",
    strict_xfail(
        "customer [[PERSON:arjun krishnamurthy]] ([[EMAIL:arjun.k@fastmail.in]]) wants a callback",
        "held out: round 6 miss, left untuned",
    ),
    (
        "MEMBER: [[PERSON:ANNELIESE BRANDT]]  DOB: [[DATE_OF_BIRTH:08/19/1949]]  PLAN: "
        "Medicare Advantage"
    ),
    (
        "Send the statement to [[PERSON:Tobenna Eze]], [[ADDRESS:18 Jefferson Street, Apt 2, "
        "Hoboken, NJ 07030]]."
    ),
    (
        "[[PERSON:Zhu Yifan]] (DOB [[DATE_OF_BIRTH:21 April 1987]]) has "
        "[[HEALTH_CONDITION:hepatitis B]] and takes [[HEALTH_CONDITION:entecavir 0.5 mg]] "
        "daily."
    ),
    (
        "Prescribed: [[HEALTH_CONDITION:quetiapine 100 mg]] at bedtime for "
        "[[HEALTH_CONDITION:bipolar I disorder]]. Patient: [[PERSON:Callum Fraser-Reid]]. MRN"
        " [[MEDICAL_RECORD:00771349]]."
    ),
    (
        "Portal: hello, it's [[PERSON:Yasmin El-Sayed]], my [[HEALTH_CONDITION:asthma]] is "
        "flaring and I've run out of my [[HEALTH_CONDITION:budesonide inhaler]]."
    ),
    (
        "Claim for [[PERSON:Kwesi Appiah]], member since 2019, diagnosis "
        "[[HEALTH_CONDITION:COPD]], billed 3 nebulizer treatments."
    ),
    (
        "Problem list for pt [[PERSON:Dorota Kamińska]]: [[HEALTH_CONDITION:HTN]], "
        "[[HEALTH_CONDITION:HLD]], [[HEALTH_CONDITION:OSA]], [[HEALTH_CONDITION:GERD]]."
    ),
    (
        "{\"full_name\": \"[[PERSON:Rashida Mwakilema]]\", \"phone\": \"[[PHONE:+255 754 555 019]]\","
        " \"ssn\": \"[[US_SSN:146-52-9038]]\"}"
    ),
    (
        "Lives at [[ADDRESS:27 Wattle Street, Ultimo NSW 2007]]; name [[PERSON:Callie "
        "Brennan-Ng]]; mobile [[PHONE:0422 555 908]]."
    ),
    "[[PERSON:Ousmane Diop]] paid with [[CREDIT_CARD:3481 220095 73166]] and asked for a receipt.",
    (
        "Please verify [[PERSON:Hye-jin Lim]]'s date of birth ([[DATE_OF_BIRTH:1995-03-08]]) "
        "before the refill."
    ),
    "[[PERSON:Ludmila Horáková]] logged in from [[IP_ADDRESS:85.160.44.219]] at 02:11.",
    strict_xfail(
        (
            "Dear [[PERSON:Ms. Abena Frimpong]],\nyour appointment for [[HEALTH_CONDITION:prenatal"
            " care]] is confirmed."
        ),
        "held out: round 6 miss, left untuned",
    ),
    "Pay out to [[IBAN:DE67 1203 0000 1077 2345 61]] (holder: [[PERSON:Matthias Grünewald-Ortiz]]).",
    strict_xfail(
        (
            "[[PERSON:Gabriel Oyelaran]], [[ADDRESS:55 Queen Street, Cardiff, CF10 2BH]], "
            "[[PHONE:029 2055 0184]]"
        ),
        "held out: round 6 miss, left untuned",
    ),
    "Our driver [[PERSON:Manuel Ccori Huamán]] can be reached on [[PHONE:+51 987 654 321]].",
    (
        "SSN [[US_SSN:325-08-7716]] belongs to [[PERSON:Delphine Okafor]], born "
        "[[DATE_OF_BIRTH:July 23rd, 1968]]."
    ),
    (
        "Charge card [[CREDIT_CARD:6011734409182753]] for [[PERSON:Wanjiru Kamau]] and email "
        "the receipt to [[EMAIL:wkamau@nairobimail.co.ke]]."
    ),
    (
        "The [[HEALTH_CONDITION:HIV]] test for [[PERSON:Farhan Chowdhury]] (MRN "
        "[[MEDICAL_RECORD:MR4418207]]) came back positive."
    ),
    strict_xfail(
        (
            "[[PERSON:Kateryna Bondarenko]] was discharged on [[HEALTH_CONDITION:apixaban 5 mg]] "
            "after a [[HEALTH_CONDITION:pulmonary embolism]]."
        ),
        "held out: round 6 miss, left untuned",
    ),
    (
        "Wire to [[PERSON:Hemi Walker]] - card on file [[CREDIT_CARD:5500 1192 8374 6529]] - "
        "phone [[PHONE:+64 27 555 0162]]"
    ),
    "Jefferson Ave and Lincoln Blvd both close for the parade on Saturday.",
    "What does quetiapine do at the receptor level? Asking for a pharmacology class.",
    "Release 4.17.2 ships with build 20240308.1 and fixes ticket 555-0184.",
    "Abraham Lincoln's Gettysburg Address is about 270 words long.",
    "Buy the Jordan 1 Mid and the Kia Soul before the sale ends on March 8th, 2025.",
    strict_xfail(
        "Apt install -y nginx; then open port 8080 on 203.0.113.0/24 in the lab.",
        "held out: round 6 miss, left untuned",
    ),
    "Order 4417729001 was cancelled; refund reference RF-2291-8873.",
    "COPD awareness month posters are in the school lobby.",
]


_ANNOT = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)


def _parse(s: str) -> tuple[str, list[tuple[str, int, int]]]:
    out: list[str] = []
    gold: list[tuple[str, int, int]] = []
    pos = 0
    for m in _ANNOT.finditer(s):
        out.append(s[pos : m.start()])
        cur = sum(map(len, out))
        gold.append((m.group(1), cur, cur + len(m.group(2))))
        out.append(m.group(2))
        pos = m.end()
    out.append(s[pos:])
    return "".join(out), gold


def _overlaps(a: tuple[str, int, int], spans: list[tuple[str, int, int]]) -> bool:
    return any(a[0] == b[0] and a[1] < b[2] and b[1] < a[2] for b in spans)


@pytest.mark.parametrize("annotated", ROUND_1 + ROUND_2 + ROUND_3 + ROUND_4 + ROUND_5 + ROUND_6)
def test_blind_round_probe(annotated: str) -> None:
    text, gold = _parse(annotated)
    pred = predict(text)
    missed = [(t, text[s:e]) for t, s, e in gold if not _overlaps((t, s, e), pred)]
    extra = [(t, text[s:e]) for t, s, e in pred if not _overlaps((t, s, e), gold)]
    assert not missed and not extra, f"missed {missed}, extra {extra}"
