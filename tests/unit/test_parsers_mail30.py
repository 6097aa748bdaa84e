"""Round 12 genres G5 (proposal e-mails printed from a mail client) and G6 (letters proposing a course): small
documents generated here in our own wording (fpdf2, python-docx, text lines), not copies of the round 12 files."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from mailbot_parsers.bylines import letter_from, partner_line, signed_block
from mailbot_parsers.classify import proposes
from mailbot_parsers.composite import logistics, role_and_unit
from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF, one paragraph a line, set with fpdf2 (the page wraps the long ones)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_left_margin(56)
    pdf.set_xy(56, 56)
    pdf.set_font("helvetica", "", 10)
    for text in lines:
        pdf.multi_cell(480, 13, text)
        pdf.ln(4)
    return bytes(pdf.output())


# a mail client's print: header lines, then a message that asks the office politely, with no label at all
MAIL_PRINT = [
    "From: Petra Lindgren-Osei <plindgren@example.org>",
    "To: ce@michener.example",
    "Subject: Course idea: Safe Use of Bladder Scanners on Medical Wards",
    "Date: Mon, 7 Dec 2026 09:12:44 -0500",
    "Dear Continuing Education,",
    "Please consider a micro-course, Safe Use of Bladder Scanners on Medical Wards, for ward nurses and "
    "patient care assistants.",
    "After the course a learner should be able to (1) prepare the patient and the scanner, (2) take and read a "
    "volume correctly and (3) decide when to escalate a retention.",
    "We would assess it with an observed scan on a simulator plus a short quiz. It fits safe care close to home, "
    "which the Education Plan names.",
    "It would be online with one practical hour, about three hours in total. We would expect 40 or so a year.",
    "No partner has been approached yet.",
    "Kind regards,",
    "Petra Lindgren-Osei",
    "Clinical Nurse Specialist | General Medicine | 555-0177",
]


def test_a_polite_request_to_the_office_is_a_proposal() -> None:
    assert proposes("Please consider a micro-course, Bladder Scanning Basics, for ward nurses.")
    assert not proposes("Please consider the attached invoice for the course materials.")


def test_a_mail_print_that_asks_politely_is_read_as_a_concept_form() -> None:
    result = parsers.parse(_pdf(MAIL_PRINT), "print.pdf")
    assert result.is_concept_form
    f = result.fields
    assert f["request_type"] == "micro_course"
    assert f["proposal_title"] == "Safe Use of Bladder Scanners on Medical Wards"
    assert f["target_learners"] == "ward nurses and patient care assistants"
    assert f["proposer_name"] == "Petra Lindgren-Osei"
    assert f["proposer_email"] == "plindgren@example.org"
    assert f["expected_enrolment"] == 40
    assert f["endorsement_status"] == "none"


def test_a_row_of_pieces_under_the_signed_name_is_one_piece_a_line() -> None:
    found = signed_block(["Petra Lindgren-Osei", "Clinical Nurse Specialist | General Medicine | 555-0177"])
    assert found == {"proposer_name": "Petra Lindgren-Osei", "proposer_title": "Clinical Nurse Specialist",
                     "proposer_department": "General Medicine", "proposer_phone": "555-0177"}


def test_a_regulated_designation_after_the_name_is_no_role() -> None:
    found = signed_block(["Ilse Marchetti-Dube, PT Reg. (Ont.)", "Physiotherapy Practice Lead",
                          "Falls Clinic, Harbourview Hospital", "imd@example.org | direct 905-555-0163"])
    assert found["proposer_name"] == "Ilse Marchetti-Dube"
    assert found["proposer_title"] == "Physiotherapy Practice Lead"
    assert found["proposer_department"] == "Falls Clinic, Harbourview Hospital"
    assert found["proposer_phone"] == "905-555-0163"


def test_a_profession_named_by_its_suffix_is_a_role() -> None:
    assert role_and_unit("Audiologist, Northgate Hearing Services") == ("Audiologist", "Northgate Hearing Services")
    assert role_and_unit("Registered Dietitian, Renal Program") == ("Registered Dietitian", "Renal Program")


def test_an_approximate_yearly_enrolment_is_the_number() -> None:
    assert logistics("We would expect 60 or so a year across both sites.") == {"expected_enrolment": 60}


def test_the_writer_of_an_enclosed_letter_of_support_is_the_partner() -> None:
    assert letter_from("A letter of support from Harbour Valley Seniors Network is enclosed") == \
        "Harbour Valley Seniors Network"
    found = partner_line("A letter of support from Harbour Valley Seniors Network is enclosed; our contact there is "
                         "Omar Tessaro, otessaro@example.com.")
    assert found["partner_name"] == "Harbour Valley Seniors Network"
    assert found["endorsement_status"] == "letter_attached"
    assert found["partner_contact"] == "Omar Tessaro, otessaro@example.com"


def test_a_printed_bulleted_answer_ends_at_the_next_sentence() -> None:
    blocks = [Block(text=t, line=True, list_item=t.startswith("•")) for t in [
        "Dear Continuing Education,",
        "We propose a new micro-course, Ostomy Care Basics, for home care nurses. Ostomy leaks bring patients back",
        "often. The skills we want to build are:",
        "• Measuring the stoma",
        "• Fitting the appliance",
        "• Protecting the skin",
        "We would assess it with an observed appliance change on a model and a short quiz.",
    ]]
    ex = extract(blocks)
    assert ex.fields["competencies"] == "Measuring the stoma; Fitting the appliance; Protecting the skin"


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


LETTER = [
    "November 30, 2026",
    "Dear colleagues in Continuing Education,",
    "I would like to offer an idea for a course, Mouth Care for Residents with Dementia, intended for personal "
    "support workers in retirement homes. This would be a micro-course rather than a full credential.",
    "Learners will complete an observed mouth-care routine signed off by their supervisor.",
    "The course supports the Education Plan by reaching staff outside hospitals.",
    "We have spoken with Elmcrest Retirement Living; they are interested, but nothing is agreed yet. I picture "
    "three hours online, self-paced.",
    "Kind regards,",
    "Tomasz Achebe-Lund",
    "Dental Hygienist, Elmcrest Oral Health Clinic",
    "tal@example.com · 289-555-0144",
]


def test_a_letter_that_offers_an_idea_for_a_course_proposes_it() -> None:
    result = parsers.parse(_docx(LETTER), "letter.docx")
    assert result.is_concept_form
    f = result.fields
    assert f["proposal_title"] == "Mouth Care for Residents with Dementia"
    assert f["target_learners"] == "personal support workers in retirement homes"
    assert f["partner_name"] == "Elmcrest Retirement Living"
    assert f["endorsement_status"] == "in_discussion"


def test_a_message_whose_subject_names_it_a_proposal_is_one() -> None:
    lines = [ln.replace("Subject: Course idea:", "Subject: Proposal:") for ln in MAIL_PRINT
             if not ln.startswith("Please consider")]
    result = parsers.parse(_pdf(lines), "print.pdf")
    assert result.is_concept_form
    invoice = [ln.replace("Subject: Course idea:", "Subject: Invoice 2291:") for ln in MAIL_PRINT
               if not ln.startswith("Please consider")]
    assert not parsers.parse(_pdf(invoice), "print.pdf").is_concept_form
