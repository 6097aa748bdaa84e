"""The common retyped genres of round 10: a one-page pitch whose "at a glance" box sets each label in the SECOND
column (value | label), and a format named by its parts and called blended as well. Built with fpdf2 in our own
wording (not copies of the round 10 files)."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.normalise import to_value

# (heading, text) of the pitch's sections
SECTIONS: list[tuple[str, str]] = [
    ("The problem", "Night-shift staff set up the bladder scanner without any common training, so volumes are "
                    "often misread and catheters are placed that were not needed."),
    ("Who", "Registered nurses and personal support workers on inpatient surgical wards."),
    ("What they learn", "Skills: scanner set-up, probe placement, reading the volume, deciding when to escalate."),
    ("Partner", "Westbrook Continence Service has agreed to endorse it."),
]
# (answer, label) rows of the glance box, label second
GLANCE: list[tuple[str, str]] = [
    ("New micro-credential", "Type"),
    ("Online theory + 1 ward practice shift (blended)", "Format"),
    ("6", "Hours"),
    ("Spring 2028", "Start"),
    ("3 March 2027", "Date"),
]


def _pitch_pdf(glance: list[tuple[str, str]], label_x: float = 420) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    y = 60.0
    pdf.text(56, y, "Bladder Scanning on Surgical Wards")
    pdf.set_font("helvetica", "", 9)
    y += 18
    pdf.text(56, y, "Ines Vantongeren - Clinical Nurse Educator - Surgical Programme - ivantongeren@example.org")
    for heading, text in SECTIONS:
        y += 26
        pdf.set_font("helvetica", "B", 11)
        pdf.text(56, y, heading)
        pdf.set_font("helvetica", "", 9)
        pdf.set_xy(56, y + 4)
        pdf.multi_cell(480, 12, text)
        y = pdf.get_y() + 2
    y += 20
    pdf.set_font("helvetica", "B", 11)
    pdf.text(56, y, "In short")
    pdf.set_font("helvetica", "", 9)
    for answer, label in glance:
        y += 11  # (rows at line spacing, as a typeset table sets them)
        pdf.text(62, y, answer)
        pdf.text(label_x, y, label)
    return bytes(pdf.output())


def test_a_glance_box_with_labels_in_the_second_column_is_read_label_first() -> None:
    result = parsers.parse(_pitch_pdf(GLANCE), "pitch.pdf")
    assert result.is_concept_form
    assert result.fields["request_type"] == "new"
    assert result.fields["estimated_hours"] == 6
    assert result.fields["proposed_start"] == "Spring 2028"
    assert result.fields["submission_date"] == "2027-03-03"
    assert result.fields["delivery_format"] == "hybrid"


def test_rows_without_a_common_label_column_are_left_as_written() -> None:
    from mailbot_parsers import pdf_layout, right_labels

    data = _pitch_pdf(GLANCE)
    runs = pdf_layout.page_lines(data, 5, None, set())
    assert len(right_labels.table_rows(runs)) == len(GLANCE)
    # too few rows: a line that happens to end in a word set far right is no table
    assert right_labels.table_rows(pdf_layout.page_lines(_pitch_pdf(GLANCE[:2]), 5, None, set())) == {}


def test_a_table_with_its_labels_first_is_not_flipped() -> None:
    from mailbot_parsers import pdf_layout, right_labels

    first = [(label, answer) for answer, label in GLANCE]
    runs = pdf_layout.page_lines(_pitch_pdf(first, label_x=200), 5, None, set())
    assert right_labels.table_rows(runs) == {}


def test_a_format_named_by_its_parts_and_called_blended_is_hybrid() -> None:
    assert to_value("delivery_format", [("Online modules + one clinic day (blended)", False)]) == "hybrid"
    # ... but not when the writer leaves the choice open or says it is not
    assert to_value("delivery_format", [("Online or blended", False)]) == "online"
    assert to_value("delivery_format", [("Online only (not blended)", False)]) == "online"
    # ... nor when the options are only listed (a print whose boxes did not decode)
    assert to_value("delivery_format", [("\x00 Online \x00 In person \x00 Hybrid", False)]) != "hybrid"


# a slide deck exported to PDF: one topic a slide, a bullet drawn as a run of its own before each item
SLIDES: list[tuple[str, list[str]]] = [
    ("Type of request", ["New micro-credential"]),
    ("Who is this for?", ["Telemetry technicians on cardiac step-down units"]),
    ("Why is this needed?", ["Missed rhythm changes on night shifts", "No shared orientation across sites"]),
    ("Skills", ["Lead placement and signal quality", "Rhythm recognition", "Escalation"]),
    ("Learning outcomes", ["Place leads and check the signal against the unit", "standard",
                           "Recognise life-threatening rhythms", "Escalate using the unit algorithm"]),
    ("Assessment", ["Rhythm strip test and an observed escalation, graded with a checklist"]),
    ("Partner", ["Lakeview Cardiac Network", "Letter of support: attached"]),
    ("Education Plan fit", ["Supports safe care in allied health roles"]),
    ("Logistics", ["Format: hybrid", "Hours: 12", "Start: Fall 2027", "Learners: 30 per year"]),
]


def _slides_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format=(540, 960))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "", 34)
    pdf.text(120, 130, "Cardiac Monitoring Basics for")
    pdf.text(200, 172, "Telemetry Technicians")
    pdf.set_font("helvetica", "", 18)
    for n, line in enumerate(["Concept proposal to Michener CE", "Priya Haldane-Osei, Charge Technician",
                              "Cardiology Unit, Lakeview General Hospital", "phaldane@example.org - 416-555-0190",
                              "12 January 2027"]):
        pdf.text(260, 240 + 28 * n, line)
    for heading, items in SLIDES:
        pdf.add_page()
        pdf.set_font("helvetica", "", 40)
        pdf.text(300, 90, heading)
        y = 160.0
        for item in items:
            if not item[:1].islower():
                pdf.set_font("helvetica", "", 40)
                pdf.text(52, y + 4, "\x95")  # the bullet, a run of its own in a larger size, as Impress draws it
            pdf.set_font("helvetica", "", 26)
            pdf.text(81, y, item)
            y += 36
    return bytes(pdf.output())


def test_a_slide_deck_reads_as_its_bullets_say() -> None:
    result = parsers.parse(_slides_pdf(), "slides.pdf")
    assert result.is_concept_form
    f = result.fields
    # a wrapped title is one title, and the byline under it is the proposer's
    assert f["proposal_title"] == "Cardiac Monitoring Basics for Telemetry Technicians"
    assert f["proposer_name"] == "Priya Haldane-Osei"
    # a bullet lists an item: it ticks nothing, even before an option's words
    assert f["target_learners"] == "Telemetry technicians on cardiac step-down units"
    assert f["delivery_format"] == "hybrid"
    # a bullet's wrapped line in lower case ("standard") is no label of its own
    assert f["learning_outcomes"][0] == "Place leads and check the signal against the unit standard"
    assert "competency_framework" not in f
    # "Learners: 30 per year" counts the learners
    assert f["expected_enrolment"] == 30


def _memo() -> bytes:
    from tests.parser_samples import docx, p

    return docx(
        p("MEMORANDUM", bold=True)
        + p("To: Continuing Education, The Michener Institute")
        + p("From: Tomasz Abernethy-Kaur, Coordinator, Infection Prevention – Eastlake Health")
        + p("Date: March 3, 2027")
        + p("This memo sets out our concept for a micro-course, Safe Handling of Reusable Scopes, for endoscopy "
            "reprocessing staff in community hospitals.")
        + p("Why it matters", style="Heading2")
        + p("Audits found scopes stored wet and logs left incomplete on two of our sites last year.")
        + p("What staff will learn", style="Heading2")
        + p("Skills: leak testing, manual cleaning, drying and storage, and traceability records.")
        + p("Outcomes:")
        + p("Perform a leak test to the manufacturer's instructions", numbered=True)
        + p("Complete the traceability record for each scope", numbered=True)
        + p("How we will know", style="Heading2")
        + p("Assessment: an observed reprocessing cycle, scored with a checklist.")
        + p("Partner and fit", style="Heading2")
        + p("The Eastlake Sterile Services Network supports it; its signed letter of support is attached.")
        + p("It fits Michener's Education Plan priority of patient safety in allied health practice.")
        + p("Practicalities", style="Heading2")
        + p("We see it delivered in person, 6 hours in total, for about 40 staff a year, first cohort in May 2027.")
    )


def test_a_memo_names_its_concept_for_a_course_and_its_inline_phrases_end_with_the_sentence() -> None:
    result = parsers.parse(_memo(), "memo.docx")
    assert result.is_concept_form
    f = result.fields
    # "our concept for a micro-course, <title>, for <learners>": the kind, the title and whom it is for
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == "endoscopy reprocessing staff in community hospitals"
    # "Skills: leak testing, ... records." goes on in lower case: its full stop ends the writer's sentence
    assert f["competencies"] == "leak testing, manual cleaning, drying and storage, and traceability records"
    assert f["summative_assessment"] == "an observed reprocessing cycle, scored with a checklist"
    # (read whole, but uncertain since calib32: a sentence's enumeration is kept whole by some makers and split into
    # "; " items by others, so which the office wants is a guess; the reading itself is right)
    assert "competencies" in result.uncertain_fields
    assert result.sources["competencies"].doubts == ("inline_list",)


def test_a_partner_named_before_a_dash_and_a_clause() -> None:
    from mailbot_parsers.prose import organisation_of

    assert organisation_of("Westbrook Eye Group – we are talking about an endorsement, nothing signed.") == \
        "Westbrook Eye Group"
    # a name that goes on after the dash in capitals is one name ("... – Cardiac Rehab Section")
    assert organisation_of("Lakeshore Heart Network – Cardiac Rehab Section") == \
        "Lakeshore Heart Network – Cardiac Rehab Section"


def test_an_enrolment_given_as_a_span_is_no_number() -> None:
    from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tr

    def form(enrolment: str) -> bytes:
        rows = [(LABELS[k], v) for k, v in ANSWERS.items()] + [("Expected Enrolment per Year", enrolment)]
        return docx(p("Micro-Course / Credential Concept Form", style="Title") + table("".join(tr(a, b) for a, b in rows)))

    result = parsers.parse(form("25-30"), "form.docx")
    assert "expected_enrolment" not in result.fields
    assert "expected_enrolment" in result.uncertain_fields  # unread, for a person: not the lower end
    assert parsers.parse(form("30 a year"), "form.docx").fields["expected_enrolment"] == 30


# (label, answer lines) of a ruled two-column form printed over two pages; the page break falls inside a row
PAGE_ONE = [("Proposed Title", ["Feeding Assessment for Care Aides"]), ("Name of Proposer", ["Odile Marchand-Tse"]),
            ("Target Learners", ["Care aides in long-term care"]), ("Rationale / Need", ["Choking incidents rose."]),
            ("Delivery Format", ["In person at the home,"])]
PAGE_TWO = [(None, ["with one online module", "before the first visit"]), ("Estimated Hours", ["5"]),
            ("Proposed Start", ["Fall 2027"]), ("Expected Enrolment per Year", ["about 60"]),
            ("Industry / Employment Partner", ["Harbour Care Homes, with its", "clinical education team"])]


def _ruled_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", "", 9)
    for rows, top in ((PAGE_ONE, 640.0), (PAGE_TWO, 60.0)):
        pdf.add_page()
        if rows is PAGE_ONE:
            pdf.text(57, 80, "Micro-Course / Credential Concept Form")
        y = top
        pdf.rect(50, y, 500, 0.6, style="F")
        for label, answers in rows:
            for n, answer in enumerate(answers):
                if label and n == 0:
                    pdf.text(57, y + 10, label)
                pdf.text(307, y + 9 + 10 * n, answer)
            y += 11 + 10 * (len(answers) - 1)  # (rows set close, as a print's table sets them)
            pdf.rect(50, y, 500, 0.6, style="F")
    return bytes(pdf.output())


def test_a_ruled_row_broken_by_the_page_ends_on_the_next_page_not_in_a_later_row() -> None:
    result = parsers.parse(_ruled_pdf(), "form.pdf")
    assert result.fields["proposed_start"] == "Fall 2027"
    assert result.fields["delivery_format"] == "hybrid"
    assert result.fields["estimated_hours"] == 5


def test_a_row_broken_by_the_page_is_not_claimed_by_a_label_centred_on_the_next_page() -> None:
    # the geometry of a print whose table goes on over a page break (x0, y0, x1, y1, text), rules across both columns
    from mailbot_parsers.pdf_layout import Line, Rule, column_pairs

    def runs(page: int, rows: list[tuple[float, float, float, float, str]]) -> list[Line]:
        return [Line(page, *row) for row in rows]

    first = runs(0, [(57, 147, 130, 155, "Rationale / Need"), (307, 147, 480, 155, "Falls rose by a third."),
                     (57, 134, 150, 142, "Target Learners"), (307, 134, 470, 142, "Care aides on night shift"),
                     (57, 121, 140, 129, "Estimated Cost"), (307, 121, 340, 129, "None"),
                     (57, 82, 135, 91, "Delivery Format"), (316, 84, 348, 92, "Online")])
    second = runs(1, [(316, 706.9, 360, 716.4, "In person"), (316, 694.2, 350, 704.2, "Hybrid"),
                      (57, 683.3, 136, 691.0, "Estimated Hours"), (307, 681.1, 429, 691.0, "Six (two 3-hour workshops)"),
                      (57, 668.0, 127, 677.9, "Proposed Start"), (306, 670.2, 348, 677.9, "Fall 2027"),
                      (57, 654.8, 198, 664.7, "Expected Enrolment per Year"), (306, 657.0, 344, 664.7, "about 50"),
                      (57, 641.7, 151, 651.6, "Resources Required"),
                      (306, 643.9, 491, 651.6, "A classroom with scales and stadiometers."),
                      (57, 630.7, 130, 638.4, "Date Submitted"), (307, 630.7, 356, 638.1, "1 Dec 2026")])
    rules = [Rule(0, y, 51, 550) for y in (160.0, 145.0, 132.0, 119.0, 95.0, 79.0)] + \
        [Rule(1, y, 51, 550) for y in (720.2, 694.5, 681.2, 668.2, 655.0, 641.9, 628.7)]
    pairs = {p.label: p.answer for p in column_pairs([first, second], 306.0, rules) if not isinstance(p, str)}
    assert pairs["Delivery Format"] == ["Online", "In person", "Hybrid"]
    assert pairs["Proposed Start"] == ["Fall 2027"]


def test_a_signature_number_alone_on_its_line_is_the_proposers_phone() -> None:
    from tests.parser_samples import docx, p

    lines = ["Subject: Micro-credential proposal - wound photography", "Hello CE team,",
             "I'd like to propose a new micro-credential called Wound Photography for Home Care Nurses.",
             "Who it is for: home care nurses who document wounds",
             "Skills: consent, lighting and framing, measurement, secure upload.",
             "Assessment: a graded set of ten photographs against a checklist.",
             "Partner: Lakeside Home Care has agreed to endorse it; the letter follows next week.",
             "Education Plan: it supports safe care closer to home, a priority of the Plan.",
             "Practically, it would be online, about 4 hours, for 60 nurses a year, starting in spring 2027.",
             "Thanks,", "Amara Lindgren-Osei", "Wound Care Nurse Clinician", "Lakeside Home Care", "705-555-0161"]
    result = parsers.parse(docx("".join(p(t) for t in lines)), "proposal.docx")
    assert result.is_concept_form
    assert result.fields["proposer_phone"] == "705-555-0161"


def test_a_question_asked_already_over_an_answer_that_states_another_field_asks_that_one() -> None:
    from tests.parser_samples import python_docx_bold_label_form

    pairs = [("Course", "Pressure Injury Staging for Care Aides"),
             ("The gap", "Staging is guessed on nights and wound referrals arrive late."),
             ("Who", "Care aides and practical nurses in long-term care homes."),
             ("What they will learn", "Skills: staging, skin checks, repositioning, escalation."),
             ("Partner", "Lakeside Long-Term Care Network has agreed to endorse it."),
             ("Why Michener", "It extends the Education Plan's commitment to credentials for unregulated care roles.")]
    result = parsers.parse(python_docx_bold_label_form(pairs), "pitch.docx")
    assert result.fields["education_plan_alignment"] == pairs[-1][1]
    assert result.fields["rationale"] == pairs[1][1]


def test_a_contact_at_a_sentence_end_leaves_the_full_stop_to_the_sentence() -> None:
    from tests.parser_samples import docx, p

    lines = ["Proposal: Wound Photography for Home Care Nurses",
             "Who it is for: home care nurses who document wounds",
             "Skills: consent, lighting and framing, measurement, secure upload.",
             "Assessment: a graded set of ten photographs against a checklist.",
             "Partner: Lakeside Home Care has agreed to endorse it. Contact: Dr. Ines Vallet (ivallet@example.com).",
             "Education Plan: it supports safe care closer to home, a priority of the Plan.",
             "Type of request: new micro-credential"]
    result = parsers.parse(docx("".join(p(t) for t in lines)), "proposal.docx")
    assert result.fields["partner_contact"] == "Dr. Ines Vallet (ivallet@example.com)"
    # ... and so on a printed page whose line broke before "Contact:"
    from tests.parser_samples import text_pdf

    printed = [*lines[:4], "Partner: Lakeside Home Care has agreed to endorse it; the letter comes next",
               "week. Contact: Dr. Ines Vallet (ivallet@example.com).", *lines[5:]]
    assert parsers.parse(text_pdf([printed]), "proposal.pdf").fields["partner_contact"] == \
        "Dr. Ines Vallet (ivallet@example.com)"
