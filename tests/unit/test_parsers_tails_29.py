"""Values read whole at their ends: an enrolment given as a product, a partner's name before a status clause, a
content control that wraps its answer cell, a long answer under sub-headings of its own, a number wrapped at its
hyphen; and the one rule for a hybrid course."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import partner_line
from mailbot_parsers.composite import logistics
from mailbot_parsers.line_breaks import joined
from mailbot_parsers.normalise import BULLETED, delivery_format, to_number, to_value
from tests.parser_samples import docx, p, tc, text_pdf


def test_an_enrolment_given_as_groups_times_learners_is_their_product() -> None:
    assert to_number("3 x 10 (30)", "expected_enrolment") == 30
    assert to_number("2 × 12", "expected_enrolment") == 24
    assert to_number("64 (4 x 16)", "expected_enrolment") == 64  # the total first, its breakdown in brackets
    assert to_number("3 cohorts of 16 (48 per year)", "expected_enrolment") == 48
    # ... a product is a count of learners only: hours keep their first figure
    assert to_number("3 x 10", "estimated_hours") == 3


def test_a_partner_named_before_a_semicolon_and_a_status_clause_is_the_name_alone() -> None:
    found = partner_line("Halton Pharmacy Network; they have agreed, letter to follow.")
    assert found == {"partner_name": "Halton Pharmacy Network", "endorsement_status": "confirmed"}


def test_a_contact_clause_after_the_semicolon_keeps_the_contact() -> None:
    found = partner_line("Halton Pharmacy Network; contact Dr. Jo Roy (jroy@example.org). Letter of support attached.")
    assert found.get("partner_name") == "Halton Pharmacy Network"
    assert found.get("partner_contact", "").startswith("Dr. Jo Roy")


def test_a_clause_before_the_semicolon_is_no_name_to_split_off() -> None:
    found = partner_line("The network is discussing an endorsement with us; nothing is confirmed yet.")
    assert found.get("partner_name") != "The network is discussing an endorsement with us"
    assert found.get("endorsement_status") != "confirmed"


def _row(label: str, cell: str) -> str:
    return "<w:tr>" + tc(label) + cell + "</w:tr>"


def _cell_control(tag: str, value: str) -> str:
    """A content control that wraps the whole answer cell (w:sdt around w:tc), tagged with the field's key."""
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="7"/></w:sdtPr>'
            f"<w:sdtContent>{tc(value)}</w:sdtContent></w:sdt>")


def test_a_content_control_around_a_whole_answer_cell_is_read_by_its_tag() -> None:
    answers = [
        ("Micro-course title", "proposal_title", "Blood Culture Stewardship"),
        ("Your name", "proposer_name", "Imani Castellano-Ruiz"),
        ("Designation/credentials", "proposer_title", "Senior Technologist, Microbiology"),
        ("Email address", "proposer_email", "icastellano@example.org"),
        ("Audience", "target_learners", "Laboratory assistants in specimen reception"),
        ("Need / justification", "rationale", "Contaminated blood cultures lead to needless antibiotics."),
        ("Key skills", "competencies", "Collection technique; labelling; transport"),
        ("How will achievement be evidenced?", "summative_assessment", "An observed collection with a checklist."),
        ("Employer partner", "partner_name", "Northgate Regional Laboratory"),
    ]
    rows = "".join(_row(label, _cell_control(tag, value)) for label, tag, value in answers)
    body = p("Micro-Course / Credential Concept Form", style="Title") + \
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>' + rows + "</w:tbl>"
    result = parsers.parse(docx(body), "concept.docx")
    assert result.is_concept_form
    for _, tag, value in answers:
        assert result.fields.get(tag) == value, tag


_ESSAY = [
    "Proposed Title: Pre-analytical Quality for Laboratory Assistants",
    "Name of Proposer: Kalani Marchetti-Obi",
    "Email: kmarchetti@example.org",
    "Target Learners: Laboratory assistants in specimen reception",
    "Why is this needed?",
    "Summary",
    "Most laboratory errors happen before the specimen reaches the analyser.",
    "The consequences",
    "A rejected specimen means a patient is collected again, sometimes days later.",
    "What other laboratories told us",
    "Two laboratories offered case material and one offered a bench for practice.",
    "The public health laboratory raised a point we had not considered about",
    "specimens shipped over long distances.",
    "Fit with the Education Plan",
    "The program would reach many workers who are new to the sector.",
    "Equity and language",
    "Many of the staff speak English as an additional language.",
    "Risks and mitigation",
    "The main risk we see is access for staff who work shifts.",
    "Competencies: Specimen acceptance criteria; accessioning; storage and transport",
    "Summative Assessment: A timed practical with seeded errors.",
    "Industry / Employment Partner: Crestmoor Regional Laboratory",
    "How does this support the Education Plan?",
    "Workforce development for laboratory support staff.",
]


def test_a_long_answer_under_its_own_sub_headings_runs_on_through_one_that_names_a_field() -> None:
    result = parsers.parse(text_pdf([_ESSAY]), "proposal.pdf")
    f = result.fields
    assert f.get("education_plan_alignment") == "Workforce development for laboratory support staff."
    rationale = str(f.get("rationale"))
    assert rationale.startswith("Summary Most laboratory errors")
    # (a prose line opening "The public ..." or "The main ..." names no field: it goes on with the answer)
    assert "The public health laboratory raised a point" in rationale
    assert "Fit with the Education Plan The program would reach" in rationale
    assert rationale.endswith("The main risk we see is access for staff who work shifts.")
    assert f.get("target_learners") == "Laboratory assistants in specimen reception"


def test_a_number_wrapped_at_its_hyphen_joins_whole_and_other_lines_with_a_space() -> None:
    assert joined("(jroy@example.org, 905-555-", "0138)") == "(jroy@example.org, 905-555-0138)"
    assert joined("Reading tracings for COVID-", "19 wards") == "Reading tracings for COVID-19 wards"
    assert joined("in the ", " morning") == "in the morning"
    assert joined("two sessions -", "3 hours each") == "two sessions - 3 hours each"  # (a dash set apart)


def test_one_rule_says_when_a_course_is_hybrid_wherever_the_format_is_read() -> None:
    assert delivery_format("Online modules + a half-day lab in person") == "hybrid"
    assert delivery_format("Mostly in person with a short online pre-module") == "hybrid"
    assert delivery_format("Online modules + one clinic day (blended)") == "hybrid"
    assert delivery_format("Online or in person, to be decided") is None
    assert delivery_format("Online  In person  Hybrid") != "hybrid"  # the options only listed
    assert delivery_format("Fully online") == "online"
    # the answer to the format question and a logistics sentence read alike
    sentence = "Mostly in person with a short online pre-module, 6 hours, starting May 2027"
    assert logistics(sentence)["delivery_format"] == to_value("delivery_format", [(sentence, False)]) == "hybrid"


def test_a_bullet_drawn_or_typed_opens_a_bulleted_line() -> None:
    for line in ("• Letter of support attached", "➢ Letter of support attached", "- Letter of support attached",
                 "– Letter of support attached", "* Letter of support attached"):
        assert BULLETED.match(line), line
    assert not BULLETED.match("1. Letter of support attached")  # (a number is a list's, not a bullet)
    assert not BULLETED.match("-5 degrees")
