"""Question-and-answer documents, grid tables and slide handouts: composite answers read field by field.

A label that asks for two fields ("Role / unit"), an inline list after a lead-in naming the learners, a partner line
over the state of its endorsement, the total of hours given in parts, the program named under the conversion option,
a tick used as a list's bullet, a one-row logistics table on a slide. Every document is built here, in our own words.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import partner_line
from mailbot_parsers.composite import logistics, phones, role_beside_unit
from mailbot_parsers.normalise import to_list
from tests.parser_samples import docx, p, positioned_pdf, table, tc, tr


def test_a_role_and_unit_answer_splits_at_its_dash_or_comma_whichever_side_names_the_job():
    assert role_beside_unit("Clinical Dietitian – Nutrition Services") == ("Clinical Dietitian", "Nutrition Services")
    assert role_beside_unit("Nutrition Services, Clinical Dietitian") == ("Clinical Dietitian", "Nutrition Services")
    assert role_beside_unit("Clinical Dietitian") is None
    assert role_beside_unit("Clinical Dietitian, Nurse Educator") is None  # two roles are one title


def test_the_total_of_hours_given_in_parts_is_the_course_s_hours():
    facts = logistics("Blended – 4 h of modules + 3 h of skills lab (7 h total); 40 learners a year")
    assert facts["estimated_hours"] == 7 and facts["expected_enrolment"] == 40
    assert logistics("Online, 9 hours; 20 learners a year")["estimated_hours"] == 9


def test_a_partner_paragraph_over_its_endorsement_paragraph():
    found = partner_line("Lakeshore Dietetic Network – Priya Osei-Lund, Practice Lead, posei@example.com\n"
                         "Endorsement agreed by phone; letter of support to follow.")
    assert found["partner_name"] == "Lakeshore Dietetic Network"
    assert found["partner_contact"] == "Priya Osei-Lund, Practice Lead, posei@example.com"


def test_a_french_extension_stays_with_its_number():
    assert phones("Tél. : 555-0142 poste 318") == ["555-0142 poste 318"]


def test_ticks_before_every_item_are_the_list_s_bullets():
    lines = [("✓ Weigh a patient safely", False), ("✓ Chart the weight", False)]
    assert to_list(lines) == ["Weigh a patient safely", "Chart the weight"]


def _qa_table() -> bytes:
    return docx(
        p("Tube feeding basics – concept summary", bold=True)
        + table(
            tr("No.", "Response", "Item on the CE form"),
            tr("1", "Tube Feeding Basics for Ward Nurses", "Proposed title"),
            tr("2", tc(p("Mirela Quansah-Holt"), p("Clinical Dietitian, Nutrition Services"),
                       p("mquansah@example.org")), "Proposer (name, role, email)"),
            tr("3", tc(p("Conversion of an existing program:"), p("Enteral Nutrition Refresher (Unit 2)")),
               "Type of request"),
            tr("4", "Ward nurses who start and monitor tube feeds", "Target learners"),
            tr("5", "Participants will: check tube placement, set up a feeding pump, flush a tube and record intake.",
               "Competencies"),
            tr("6", "Blended – 2 h online + 3 h skills lab (5 h total); 48 learners/yr", "Format, hours, enrolment"),
        )
    )


def test_a_table_with_its_labels_last_reads_composite_cells_field_by_field():
    r = parsers.parse(_qa_table(), "concept summary.docx")
    assert r.fields["proposal_title"] == "Tube Feeding Basics for Ward Nurses"
    assert r.fields["request_type"] == "existing_program"
    assert r.fields.get("existing_program_name") == "Enteral Nutrition Refresher (Unit 2)"
    assert r.fields["competencies"] == ("check tube placement; set up a feeding pump; flush a tube; "
                                        "record intake")
    assert r.fields["estimated_hours"] == 5 and r.fields["expected_enrolment"] == 48


def test_a_grid_label_row_may_hold_a_label_that_asks_two_fields():
    doc = docx(p("Micro-credential concept – tube feeding basics", bold=True) + table(
        tr("Proposed title", "Date"),
        tr("Tube Feeding Basics for Ward Nurses", "2026-12-03"),
        tr("Submitted by", "Role / unit"),
        tr("Mirela Quansah-Holt", "Clinical Dietitian, Nutrition Services"),
        tr("Target learners", "Summative assessment"),
        tr("Ward nurses who start and monitor tube feeds", "Observed pump set-up scored on a checklist"),
        tr("Learning outcomes", "Endorsement status"),
        tr("Check tube placement before each feed", "Letter of support attached"),
        tr("Rationale", "Industry partner"),
        tr("Tube feeds are started late on our wards", "Lakeshore Dietetic Network"),
    ))
    r = parsers.parse(doc, "grid.docx")
    assert r.fields["proposer_name"] == "Mirela Quansah-Holt"
    assert r.fields["proposer_title"] == "Clinical Dietitian"
    assert r.fields["proposer_department"] == "Nutrition Services"


def test_a_one_row_logistics_table_on_a_slide_reads_across():
    runs = [(300, 700, "Delivery"),
            (50, 650, "Format"), (200, 650, "Hours"), (320, 650, "Learners / year"), (470, 650, "Start"),
            (50, 625, "Hybrid"), (200, 625, "12"), (320, 625, "36"), (470, 625, "March 2028"),
            (50, 560, "Proposed title: Tube Feeding Basics"), (50, 540, "Name of proposer: Mirela Quansah-Holt"),
            (50, 520, "Target learners: Ward nurses who start and monitor tube feeds"),
            (50, 500, "Summative assessment: Observed pump set-up scored on a checklist"),
            (50, 480, "Learning outcomes: Check tube placement before each feed"),
            (50, 460, "Endorsement status: Letter of support attached")]
    r = parsers.parse(positioned_pdf(runs), "slides.pdf")
    assert r.fields.get("estimated_hours") == 12
    assert r.fields.get("expected_enrolment") == 36
    assert r.fields.get("proposed_start") == "March 2028"


def _form_service_print(date_answer: str, completed: str) -> bytes:
    """A form service's response print: a two-column metadata block, then each question over its answer."""
    runs: list[tuple[float, float, str]] = [(60, 760, "Course concept submission"),
                                            (70, 730, "Response"), (200, 730, "7"),
                                            (70, 714, "Start time"), (200, 714, "11/24/26 10:02:11"),
                                            (70, 698, "Completion time"), (200, 698, completed),
                                            (70, 682, "Email"), (200, 682, "anonymous"),
                                            (70, 666, "Name"), (200, 666, "anonymous")]
    qa = [("Full name", "Odalys Brennan-Mokoena"), ("Email address", "obm@example.org"),
          ("Title of the course", "Bladder Scanning for Ward Nurses"),
          ("Target learners", "Ward nurses on medical units"), ("Summative assessment", "Observed scan with a checklist"),
          ("Learning outcomes", "Perform a bladder scan"), ("Hours", "3"), ("Delivery format", "In person"),
          ("Today's date", date_answer)]
    y = 630.0
    for n, (question, answer) in enumerate(qa, 1):
        runs += [(58, y, f"{n}."), (72, y, question), (72 + 6 * len(question), y, "*"), (66, y - 20, answer)]
        y -= 48
    return positioned_pdf(runs)


def test_a_form_service_print_reads_each_question_over_its_answer_past_its_metadata_block():
    r = parsers.parse(_form_service_print("11/30/2026", "11/24/26 10:20:40"), "Forms response 7.pdf")
    assert r.fields["proposer_name"] == "Odalys Brennan-Mokoena"
    assert r.fields["proposal_title"] == "Bladder Scanning for Ward Nurses"
    assert r.fields["estimated_hours"] == 3
    assert "proposed_start" not in r.fields  # the metadata's start time is no answer


def test_an_ambiguous_numeric_date_follows_the_document_s_month_first_dates():
    r = parsers.parse(_form_service_print("12/1/2026", "11/24/26 10:20:40"), "Forms response 7.pdf")
    assert r.fields["submission_date"] == "2026-12-01"


def test_a_lettered_point_starts_the_next_answer():
    doc = docx(
        p("Answers to the concept questions", bold=True)
        + p("a) Course name: Bladder Scanning for Ward Nurses")
        + p("b) Who you are: Odalys Brennan-Mokoena, Nurse Educator, Medicine Program")
        + p("c) Email and phone: obm@example.org / 416-555-0162")
        + p("d) Learners: Ward nurses on medical units")
        + p("e) Learning outcomes: Perform a bladder scan and record the volume")
        + p("f) Summative assessment: Observed scan with a checklist")
        + p("g) Partner and endorsement: Urology Nurses Network – letter of support attached")
    )
    r = parsers.parse(doc, "answers.docx")
    assert "obm@example.org" not in str(r.fields.get("proposer_name", ""))
    assert r.fields.get("proposer_email") == "obm@example.org"
