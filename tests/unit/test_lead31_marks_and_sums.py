"""Chosen options marked by hand-typed or drawn marks, and totals written as a sum (stop 31, lead).

Three habits of forms made by other tools: an option list typed one option a line with the chosen one
followed by "– X"; a flattened form whose option captions sit in a row under their label with a lone
"X" drawn just left of the chosen one; an hours answer written as the sum that gives it ("3 x 5 h = 15 hours").
"""
from __future__ import annotations

import io

import docx
import pytest

import mailbot_parsers as parsers
from mailbot_parsers.normalise import marked_after, to_number
from tests.printed_samples import _pdf

# the rest of a proposal, so that each document is a concept form whatever its choices say
OTHER_ANSWERS = [
    ("Target Learners", "Registered nurses on acute stroke units"),
    ("Rationale / Need", "Aspiration pneumonia after stroke fell where nurses screen within four hours."),
    ("Competencies / Skills", "Screening before oral intake; positioning; documenting the result"),
    ("Learning Outcomes", "Perform a bedside water swallow screen"),
    ("Summative Assessment", "An observed screen scored with a checklist"),
    ("Industry / Employment Partner", "Lakeshore Stroke Network"),
    ("Education Plan Alignment", "Supports the Plan's goal of short clinical upskilling"),
]


@pytest.mark.parametrize("lines, code", [
    (["Letter attached", "Confirmed", "In discussion – X", "None"], "in_discussion"),
    (["Online (x)", "In person", "Hybrid"], "online"),
    (["Online", "In person", "Hybrid ✓"], "hybrid"),
])
def test_one_option_marked_after_its_caption_is_the_answer(lines: list[str], code: str) -> None:
    key = "delivery_format" if "Online" in lines[0] else "endorsement_status"
    assert marked_after(key, lines) == code


@pytest.mark.parametrize("lines", [
    ["Online – X", "In person – X", "Hybrid"],      # two marked: no answer
    ["Online", "In person", "Hybrid"],              # none marked
    ["We will run it online – X"],                  # one line: no list of options
    ["Online – X", "a lab day at Michener"],        # a line that is no option
])
def test_no_single_marked_option_gives_no_answer(lines: list[str]) -> None:
    assert marked_after("delivery_format", lines) is None


def test_the_result_of_a_written_sum_is_the_number() -> None:
    assert to_number("3 x 5 h = 15 hours", "estimated_hours") == 15
    assert to_number("8 online + 4 lab = 12", "estimated_hours") == 12
    assert to_number("3 cohorts x 16 = 48", "expected_enrolment") == 48
    assert to_number("about 12 hours", "estimated_hours") == 12


def test_a_docx_table_with_the_chosen_option_marked_after_it_is_read_for_sure() -> None:
    doc = docx.Document()
    rows = [("Proposed Title", "Ear Irrigation for Practice Nurses"), ("Name of Proposer", "Ines Vallbona"),
            ("Email", "ivallbona@example.org"),
            ("Delivery Format", "Online\nIn person – X\nHybrid"),
            ("Endorsement Status", "Letter attached\nConfirmed\nIn discussion – X\nNone"),
            ("Estimated Hours", "2 x 3 h = 6 hours"), *OTHER_ANSWERS]
    table = doc.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].paragraphs[0].text = answer.split("\n")[0]
        for line in answer.split("\n")[1:]:
            cells[1].add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    r = parsers.parse(buf.getvalue(), "concept form.docx")
    assert r.fields["delivery_format"] == "in_person"
    assert r.fields["endorsement_status"] == "in_discussion"
    assert r.fields["estimated_hours"] == 6
    assert "delivery_format" not in r.uncertain_fields and "endorsement_status" not in r.uncertain_fields


def _flattened_with_option_rows() -> bytes:
    """Labels at the left margin, answers in a column at x=230; each choice's captions in a row under its label,
    indented, with a lone 'X' drawn just left of the chosen caption (a flattened form's tick)."""
    pdf = _pdf()
    pdf.set_font("helvetica", "", 9)
    y = 60.0
    rows: list[tuple[str, object]] = [
        ("Course Title", "Bedside Swallow Screening for Stroke Nurses"), ("Contact Name", "Teodora Quispe"),
        ("Contact Email", "tquispe@example.org"), ("Telephone", "416-555-0173"),
        ("Request Type", [("New micro-credential", False), ("Convert an existing program", False), ("Micro-course", True)]),
        *OTHER_ANSWERS,
        ("Format", [("Online", False), ("In person", True), ("Hybrid", False)]),
        ("Total Learning Hours", "6"),
    ]
    for label, answer in rows:
        pdf.text(40, y, label)
        if isinstance(answer, str):
            pdf.text(230, y, answer)
            y += 26
            continue
        y += 14
        x = 64.0
        for caption, chosen in answer:
            if chosen:
                pdf.text(x - 12, y, "X")
            pdf.text(x, y, caption)
            x += pdf.get_string_width(caption) + 40
        y += 26
    return bytes(pdf.output())


def test_a_flattened_form_with_option_rows_under_their_labels_reads_the_marked_options() -> None:
    r = parsers.parse(_flattened_with_option_rows(), "concept form (flattened).pdf")
    assert r.is_concept_form
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["delivery_format"] == "in_person"
    # the label above the options row keeps its own answer (the options row is not part of that label)
    assert r.fields["proposer_phone"] == "416-555-0173"
    assert r.fields["estimated_hours"] == 6


def _survey_print() -> bytes:
    """A form service's printed response: numbered questions marked '*', a 'Required' line under each required
    one, its own 'Page n of m' lines inside the text, an extension as the phone, and its footer."""
    lines = ["QuickPoll Surveys - Response #118", "Micro-Credential Concept Form", "Page 1 of 2",
             "1. Name *", "Required", "Anwen Castellanos", "2. Job Title", "Respiratory Therapist",
             "3. Email *", "Required", "acastellanos@example.org", "4. Phone / Extension", "x2231", "Page 2 of 2", "Your proposal",
             "5. Proposed Title *", "Required", "Home Ventilator Troubleshooting for Caregivers' Coaches",
             "6. Target Learners *", "Required", "Respiratory therapists who coach family caregivers",
             "7. Why is this needed? *", "Required", "Home ventilation patients are readmitted after alarms nobody understood.",
             "8. Skills and Competencies *", "Required", "alarm triage; circuit changes; coaching families",
             "9. Summative Assessment *", "Required", "An observed coaching session scored with a rubric.",
             "10. Endorsing Partner *", "Required", "Lakeshore Home Ventilation Program",
             "11. Alignment with the Education Plan *", "Required", "Competency-based continuing education for RTs.",
             "12. Resources Required", "A ventilator on loan for two sessions.",
             "Response submitted 2026-11-28 10:02:11 EST", "Powered by QuickPoll - Report abuse"]
    pdf = _pdf()
    pdf.set_font("helvetica", "", 10)
    y = 50.0
    for line in lines:
        if y > 800:
            pdf.add_page()
            y = 50.0
        pdf.text(40, y, line)
        y += 16
    return bytes(pdf.output())


def test_a_form_services_print_leaves_its_furniture_out_of_the_answers() -> None:
    r = parsers.parse(_survey_print(), "Survey response 118.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Anwen Castellanos"  # not "Required Anwen Castellanos"
    # an extension opens no sentence (question 4 stands), and the page's name under "Page 2 of 2" is no part of it
    assert r.fields["proposer_phone"] == "x2231"
    assert r.fields["proposal_title"] == "Home Ventilator Troubleshooting for Caregivers' Coaches"
    # the service's record of the reply and its footer are no part of the last answer; the record dates it
    assert r.fields["resources_required"] == "A ventilator on loan for two sessions."
    assert r.fields["submission_date"] == "2026-11-28"
    assert "Page" not in str(r.fields)


def test_a_header_row_over_a_row_whose_choice_cell_reads_like_a_label_pairs_them() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=0, cols=3)
    for row in [("Title of Micro-Course", "Contact Name", "Contact Email"),
                ("Cardiac Rehab Exercise Testing", "Mireille Anand", "manand@example.org"),
                *[(label, answer, answer) for label, answer in OTHER_ANSWERS],
                ("Delivery Mode", "Total Learning Hours", "Estimated Learners / Year"),
                ("In person (simulation lab)", "14", "18")]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    r = parsers.parse(buf.getvalue(), "concept grid.docx")
    assert (r.fields["delivery_format"], r.fields["estimated_hours"], r.fields["expected_enrolment"]) == ("in_person", 14, 18)


def test_a_start_that_is_a_date_with_a_time_of_day_is_doubted() -> None:
    from mailbot_parsers.calibration import ran_on
    assert ran_on("proposed_start", "27/11/2026 14:02 · Completed: 27/11/2026 14:41")
    assert not ran_on("proposed_start", "September 2027")


def test_a_lettered_part_name_that_names_a_field_does_not_make_it_missing() -> None:
    """'B – Need' heads the part of a form whose rows ask about the need in other words ('Problem we are solving'):
    nothing after the part's name says the rationale is empty, so it is unread, never 'missing'."""
    text = "\n".join([
        "Concept form", "A – Basics", "Title: Ward Delirium Screening for Porters", "Lead: Ana Roy, ana.roy@example.org",
        "Kind of proposal: New micro-credential", "B – Need", "Learners: Porters and unit clerks",
        "Problem we are solving", "Delirium goes unnoticed during transfers between units.",
        "C – Content", "Competencies: noticing sudden confusion; reporting it", "Outcomes: Recognise delirium",
        "Assessment: an observed transfer with a checklist", "D – Support",
        "Partner: Lakeshore Geriatric Network", "Endorsement status: Letter attached",
        "Education Plan: Supports short practical upskilling"])
    r = parsers.parse(text.encode(), "concept form.txt")
    assert r.is_concept_form
    assert "rationale" not in r.missing_required


def test_a_local_number_keeps_the_extension_written_after_it() -> None:
    from mailbot_parsers.composite import phones
    assert phones("Call 555-0104 ext 2231.") == ["555-0104 ext 2231"]
    assert phones("ext. 2231 or 555-0199") == ["ext. 2231", "555-0199"]
    assert phones("416-555-0104 ext 2231") == ["416-555-0104 ext 2231"]
