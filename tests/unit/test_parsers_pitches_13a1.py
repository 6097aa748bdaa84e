"""Pitch one-pagers and numbered narratives: a catchy headline over the course's real name, headings in the writer's
words, a skills paragraph that ends by naming its framework, a partner with the state of its letter in brackets, the
program a conversion names between commas. Small inputs of our own, in several wordings."""
from __future__ import annotations

import re

import pytest

import mailbot_parsers as parsers
from mailbot_parsers import composite, prose


def _pitch(headline: str, named: str, skills: str, partner: str, idea: str) -> bytes:
    lines = [headline, named, "1. The idea", idea, "2. Who it is for",
             "Medical radiation technologists in general radiography who image children only now and then.",
             "3. Skills", skills, "4. Outcomes", "1. Prepare a child for an examination.",
             "2. Choose a safe immobilisation device.", "5. Who backs it", partner,
             "6. Practicalities", "Hybrid: 3 h online + 3 h hands-on, 6 hours in all. First offering Fall 2027; about 45 "
             "learners a year. We bring the phantoms and two trainers.",
             "Contact: Ilse Marchetti, Clinical Instructor, Children's Imaging · imarchetti@example.org · 555-0126"]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("named, title", [
    ("Paediatric Positioning in General Radiography – a micro-credential pitch from Children's Imaging",
     "Paediatric Positioning in General Radiography"),
    ("Safe Immobilisation for Young Patients — a short proposal for Continuing Education",
     "Safe Immobilisation for Young Patients"),
    ("Calm Kids in the X-Ray Room – an idea for a micro-course", "Calm Kids in the X-Ray Room"),
])
def test_name_under_a_catchy_headline(named: str, title: str) -> None:
    r = parsers.parse(_pitch("Little Ones, Sharp Images", named, "Distraction; immobilisation; positioning.",
                             "Child Life Council of Ontario (letter attached).", "A new micro-credential."), "pitch.txt")
    assert r.fields.get("proposal_title") == title


@pytest.mark.parametrize("sentence, program", [
    ("Turn our in-house orientation module, Little Steps Orientation, into a Michener micro-credential.",
     "Little Steps Orientation"),
    ("We want to adapt our existing workshop, Safe Lifting Basics, into a micro-credential other sites can use.",
     "Safe Lifting Basics"),
    ("The plan is to transform the department's training course, Gentle Restraint Skills, into an online micro-course.",
     "Gentle Restraint Skills"),
])
def test_program_named_between_commas(sentence: str, program: str) -> None:
    found = prose.read([sentence])
    assert found["request_type"].value == "existing_program"
    assert found["existing_program_name"].value == program


@pytest.mark.parametrize("text, skills, framework", [
    ("Communication and distraction; safe use of devices; dose-conscious technique. Mapped to the CAMRT competency "
     "profile (2024).", "Communication and distraction; safe use of devices; dose-conscious technique",
     "CAMRT competency profile (2024)"),
    ("Airway checks; circuit set-up; leak testing. These align with the National Competency Framework.",
     "Airway checks; circuit set-up; leak testing", "National Competency Framework"),
])
def test_framework_sentence_after_the_skills(text: str, skills: str, framework: str) -> None:
    assert prose.framework_at_end(text) == (skills + ".", framework)


def test_skills_without_a_framework_sentence() -> None:
    assert prose.framework_at_end("Airway checks; circuit set-up. We would teach it in the sim lab.") is None


@pytest.mark.parametrize("text, name", [
    ("Child Life Council of Ontario (letter attached)", "Child Life Council of Ontario"),
    ("Westvale Radiology Group (endorsement confirmed).", "Westvale Radiology Group"),
    ("Westvale Radiology Group (Dr. Ana Roy, ana@example.org)", "Westvale Radiology Group (Dr. Ana Roy, ana@example.org)"),
])
def test_letter_state_in_brackets_is_no_part_of_the_partner(text: str, name: str) -> None:
    assert composite.without_status(text) == name


@pytest.mark.parametrize("sentence", [
    "Learners submit a recorded positioning of a phantom and pass a 20-item image critique test.",
    "Each participant completes an observed OSCE station scored with a checklist.",
    "Candidates sit a short online exam at the end.",
])
def test_assessment_said_in_the_present(sentence: str) -> None:
    assert prose.read([sentence])["summative_assessment"].value == sentence


def test_learners_doing_modules_is_no_assessment() -> None:
    assert "summative_assessment" not in prose.read(["Participants complete three online modules at their own pace."])


BOX = "Contact: Ilse Marchetti, Clinical Instructor, Children's Imaging · imarchetti@example.org · 555-0126"


@pytest.mark.parametrize("contact", [
    BOX,
    "Questions? Contact Ilse Marchetti, Clinical Instructor, Children's Imaging, at imarchetti@example.org or 555-0126.",
    "Pitched by Ilse Marchetti (Clinical Instructor, Children's Imaging) – imarchetti@example.org – 555-0126",
    "For questions, please email Ilse Marchetti, Clinical Instructor, Children's Imaging, at imarchetti@example.org.",
])
def test_proposer_of_a_pitch_not_its_headline(contact: str) -> None:
    text = _pitch("Little Ones, Sharp Images", "Paediatric Positioning in General Radiography – a micro-credential pitch",
                  "Distraction; immobilisation; positioning.", "Child Life Council of Ontario (letter attached).",
                  "A new micro-credential.").decode().replace(BOX, contact)
    r = parsers.parse(text.encode(), "pitch.txt")
    assert (r.fields.get("proposer_name"), r.fields.get("proposer_title"), r.fields.get("proposer_department")) == \
        ("Ilse Marchetti", "Clinical Instructor", "Children's Imaging")
    assert r.fields.get("proposer_email") == "imarchetti@example.org"


@pytest.mark.parametrize("heading", ["5. Who backs it", "5. Support", "5. Our partner"])
def test_partner_under_a_heading_in_the_writers_words(heading: str) -> None:
    # (as pdflatex sets them: the numbered headings in bold, the text in plain lines)
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract
    text = _pitch("Little Ones, Sharp Images", "Paediatric Positioning in General Radiography – a micro-credential pitch",
                  "Distraction; immobilisation; positioning.",
                  "Eastgate Imaging Network (letter to follow). Contact: Ravi Senn, rsenn@example.org.",
                  "A new micro-credential.").decode().replace("5. Who backs it", heading)
    head = re.compile(r"^\d\. [A-Z][a-z]+(?: [a-z]+)*$")
    blocks = [Block(text=t, line=True, bold=bool(head.match(t)) or n == 0) for n, t in enumerate(text.splitlines())]
    fields = extract(blocks).fields
    assert fields.get("partner_name") == "Eastgate Imaging Network"
    assert fields.get("partner_contact") == "Ravi Senn, rsenn@example.org"


def test_numbered_narrative_with_a_byline_at_the_end() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract
    lines = ["Fewer Repeats, Safer Scans",
             "A proposal for a micro-credential in CT contrast extravasation management",
             "1. Background", "Extravasation happens in about one in 400 injections here. Each event needs quick, correct "
             "action, and our newer technologists have not been trained for it.",
             "2. The proposal", "We propose a new micro-credential, CT Contrast Extravasation: Prevention and Response, for "
             "CT technologists and nurses who run power injectors.",
             "3. Skills and framework", "The course builds three skills: site selection and cannula checks; early "
             "recognition of extravasation; first-line management and reporting.",
             "4. Assessment", "A simulated extravasation scenario scored with a checklist, plus a 15-question quiz.",
             "5. Delivery", "Online, 6 hours in total; first run in spring 2027; about 50 learners a year.",
             "Submitted by Tomasz Varga-Bell, CT Charge Technologist, Medical Imaging · tvarga@example.org · 613-555-0164"]
    head = re.compile(r"^\d\. ")
    ex = extract([Block(text=t, line=True, bold=bool(head.match(t)) or n == 0) for n, t in enumerate(lines)])
    f = ex.fields
    assert (f.get("proposer_name"), f.get("proposer_title"), f.get("proposer_department")) == \
        ("Tomasz Varga-Bell", "CT Charge Technologist", "Medical Imaging")
    assert f.get("expected_enrolment") == 50
    assert f.get("proposal_title") == "CT Contrast Extravasation: Prevention and Response"
    assert f.get("target_learners") == "CT technologists and nurses who run power injectors"
    assert f.get("competencies") == ("site selection and cannula checks; early recognition of extravasation; "
                                     "first-line management and reporting")


@pytest.mark.parametrize("under", [
    ["Paediatric Positioning in General Radiography", "A micro-credential pitch from Children's Imaging"],
    ["Paediatric Positioning in General Radiography", "– a short proposal to Continuing Education"],
])
def test_name_on_its_own_line_over_what_the_document_is(under: list[str]) -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract
    lines = ["Little Ones, Sharp Images", *under, "1. The idea", "A new micro-credential for technologists.",
             "2. Who it is for", "Technologists in general radiography who image children only now and then."]
    ex = extract([Block(text=t, line=True, bold=n == 0 or t[:2] in ("1.", "2.")) for n, t in enumerate(lines)])
    assert ex.fields.get("proposal_title") == "Paediatric Positioning in General Radiography"


def test_headline_and_a_plain_subtitle_keep_the_headline() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract
    lines = ["Point-of-Care Ultrasound for Rural Nurses", "Prepared for the Continuing Education office",
             "1. The idea", "A new micro-credential for nurses.", "2. Who it is for", "Rural nurses who scan."]
    ex = extract([Block(text=t, line=True, bold=n == 0 or t[:2] in ("1.", "2.")) for n, t in enumerate(lines)])
    assert ex.fields.get("proposal_title") == "Point-of-Care Ultrasound for Rural Nurses"
