"""Forms in wordings and shapes the corpus does not contain, and documents that must stay non-forms.

The builders are those of ``bench/variants.py`` (loaded by path), so a test shows a
representative of each generated family; the full set is scored by the bench.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import acroform_pdf, docx, p, table, tc, text_pdf, tr

_BENCH = Path(__file__).resolve().parents[2] / "bench" / "variants.py"


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_variants", _BENCH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_variants"] = mod
    spec.loader.exec_module(mod)
    return mod


V = _load_bench()


def _parse(data: bytes, name: str) -> parsers.ParseResult:
    return parsers.parse(data, name)


# --------------------------------------------------------- hand-built ones --
def test_table_with_own_wordings_numbering_hints_and_words_for_choices() -> None:
    rows = "".join(tr(tc(p(label, bold=n % 2 == 0)), tc(*[p(x) for x in answer])) for n, (label, answer) in enumerate([
        ("1. Title of the proposed credential:", ["Wound Care Essentials"]),
        ("Q2 Main contact", ["Ada Lovelace"]),
        ("(c) E-mail", ["ada@example.org"]),
        ("Tel.", ["416-555-0100"]),
        ("Section B – What kind of request is this?", ["This is a brand new credential"]),
        ("Who is the audience?", ["Community nurses."]),
        ("Why is it needed?", ["Referrals doubled."]),
        ("Skills to be developed [R1]", ["Wound assessment; dressing selection"]),
        ("What will learners be able to do?", ["• Assess a wound.", "• Choose a dressing."]),
        ("How will learners be assessed? [R2]", ["Observed practical exam."]),
        ("Industry partner endorsing this [R3]", ["Northside Home Care"]),
        ("Has the partner endorsed it?", ["Partner has agreed, letter to follow"]),
        ("How does this fit Michener's Education Plan? [R4]", ["Community-based care."]),
        ("How will it be delivered?", ["blended"]),
        ("Hours of learning", ["twelve hours in total"]),
        ("Launch date", ["September 2026"]),
        ("Learners per year", ["about 3 cohorts of 20 per year"]),
        ("What is needed (resources)", ["A skills lab."]),
        ("Date submitted", ["March 3, 2026"]),
    ]))
    r = _parse(docx(p("Micro-credential proposal", style="Title") + table(rows)), "proposal.docx")
    assert r.is_concept_form
    assert r.fields == {
        "proposal_title": "Wound Care Essentials", "proposer_name": "Ada Lovelace",
        "proposer_email": "ada@example.org", "proposer_phone": "416-555-0100", "request_type": "new",
        "target_learners": "Community nurses.", "rationale": "Referrals doubled.",
        "competencies": "Wound assessment; dressing selection",
        "learning_outcomes": ["Assess a wound.", "Choose a dressing."],
        "summative_assessment": "Observed practical exam.", "partner_name": "Northside Home Care",
        "endorsement_status": "confirmed", "education_plan_alignment": "Community-based care.",
        "delivery_format": "hybrid", "estimated_hours": 12, "proposed_start": "September 2026",
        "expected_enrolment": 60, "resources_required": "A skills lab.", "submission_date": "2026-03-03",
    }
    assert r.missing_required == []


@pytest.mark.parametrize("written, key, code", [
    ("converting our existing certificate program", "request_type", "existing_program"),
    ("A single micro-course", "request_type", "micro_course"),
    ("fully online", "delivery_format", "online"),
    ("face to face", "delivery_format", "in_person"),
    ("letter attached", "endorsement_status", "letter_attached"),
    ("Discussions ongoing", "endorsement_status", "in_discussion"),
    ("None yet", "endorsement_status", "none"),
])
def test_choices_written_in_words(written: str, key: str, code: str) -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value(key, [(written, False)]) == code


@pytest.mark.parametrize("written, key, value", [
    ("about 3 cohorts of 16 per year", "expected_enrolment", 48),
    ("3 cohorts of 16 (48 per year)", "expected_enrolment", 48),
    ("~75 per year", "expected_enrolment", 75),
    ("Twelve hours", "estimated_hours", 12),
    ("forty-five hours", "estimated_hours", 45),
    ("3 Mar 2026", "submission_date", "2026-03-03"),
    ("2026/03/03", "submission_date", "2026-03-03"),
    ("March 3, 2026", "submission_date", "2026-03-03"),
])
def test_numbers_and_dates_written_as_people_write_them(written: str, key: str, value: object) -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value(key, [(written, False)]) == value


def test_fillable_pdf_with_abbreviated_and_meaningless_field_names() -> None:
    data = acroform_pdf([
        {"name": "propTitle", "type": "text", "value": "Wound Care Essentials"},
        {"name": "proposerNm", "type": "text", "value": "Ada Lovelace"},
        {"name": "emailAddr", "type": "text", "value": "ada@example.org"},
        {"name": "reqType", "type": "radio", "value": "New", "states": ["New", "Convert", "MicroCourse", "Off"]},
        {"name": "Text5", "type": "text", "value": "Community nurses.", "tooltip": "Who is the audience?"},
        {"name": "Text6", "type": "text", "value": "Referrals doubled.", "tooltip": "Why is it needed?"},
        {"name": "compSkills", "type": "text", "value": "Wound assessment"},
        {"name": "LOs", "type": "text", "value": "1. Assess a wound.\n2. Choose a dressing."},
        {"name": "summAssess", "type": "text", "value": "Observed practical exam."},
        {"name": "Text10", "type": "text", "value": "Northside Home Care", "tooltip": "Industry partner endorsing this"},
        {"name": "Group11", "type": "radio", "value": "Pending", "tooltip": "Status of partner endorsement",
         "states": ["Attached", "Agreed", "Pending", "Off"]},
        {"name": "edPlanAlign", "type": "text", "value": "Community-based care."},
        {"name": "PhoneExt", "type": "text", "value": "416-555-0100"},
    ])
    r = _parse(data, "form.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Wound Care Essentials"
    assert r.fields["proposer_name"] == "Ada Lovelace"
    assert r.fields["proposer_email"] == "ada@example.org"
    assert r.fields["proposer_phone"] == "416-555-0100"
    assert r.fields["request_type"] == "new"
    assert r.fields["target_learners"] == "Community nurses."
    assert r.fields["rationale"] == "Referrals doubled."
    assert r.fields["learning_outcomes"] == ["Assess a wound.", "Choose a dressing."]
    assert r.fields["partner_name"] == "Northside Home Care"
    assert r.fields["endorsement_status"] == "in_discussion"
    assert r.fields["education_plan_alignment"] == "Community-based care."
    assert r.missing_required == []


def test_printed_pdf_label_lines_in_own_words() -> None:
    lines = ["Proposal for a new micro-credential", "Proposed course name: Wound Care Essentials",
             "Name of the person submitting", "Ada Lovelace", "E-mail: ada@example.org", "Telephone / ext.: 416-555-0100",
             "Kind of proposal: A new micro-credential", "Who is the audience?: Community nurses.",
             "Need for this credential: Referrals doubled.", "Skills to be developed: Wound assessment",
             "Learning outcomes (list):", "1. Assess a wound.", "2. Choose a dressing.",
             "Final (summative) assessment: Observed practical exam.", "Name of industry partner: Northside Home Care",
             "Letter of support?: Yes, see attached letter", "Link to the Education Plan: Community-based care."]
    r = _parse(text_pdf([lines]), "proposal.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Wound Care Essentials"
    assert r.fields["proposer_name"] == "Ada Lovelace"
    assert r.fields["proposer_phone"] == "416-555-0100"
    assert r.fields["request_type"] == "new"
    assert r.fields["endorsement_status"] == "letter_attached"
    assert r.fields["learning_outcomes"] == ["Assess a wound.", "Choose a dressing."]
    assert r.missing_required == []


# ------------------------------------------------------ generated families --
@pytest.fixture(scope="module")
def variants() -> list:
    return V.generate(per_family=6)


@pytest.mark.parametrize("family", ["docx_table", "docx_colon", "docx_heading", "pdf_text", "pdf_fillable"])
def test_generated_family_is_read_as_forms_with_most_fields_right(variants: list, family: str) -> None:
    scores = [V.score(v) for v in variants if v.family == family]
    assert scores and all(s.class_ok for s in scores)
    total = sum(s.total for s in scores)
    ok = sum(s.ok for s in scores)
    assert ok / total >= 0.85, [(s.variant.name, s.misses) for s in scores if s.misses]


def test_generated_required_fields_of_tables_are_all_found(variants: list) -> None:
    for v in variants:
        if v.family != "docx_table":
            continue
        r = _parse(v.data, v.filename)
        missing = set(r.missing_required) - {k for k in parsers.REQUIRED_KEYS if k not in v.fields}
        assert not missing, (v.name, missing)


# -------------------------------------------------------------- non-forms --
@pytest.mark.parametrize("variant", V.nonforms(), ids=lambda v: v.name)
def test_unseen_non_forms_never_become_forms(variant) -> None:
    r = _parse(variant.data, variant.filename)
    assert not r.is_concept_form
    assert r.fields == {}


def test_a_syllabus_with_outcomes_and_assessment_but_no_partner_is_not_a_form() -> None:
    body = (p("Course Outline", style="Title") + table(tr("Course Title", "Phlebotomy Basics") + tr("Instructor", "B. Okoye")
                                                    + tr("Email", "b.okoye@example.org"))
            + p("Learning Outcomes", bold=True) + p("Draw blood safely.") + p("Label specimens.")
            + p("Assessment", bold=True) + p("Practical exam 60%, quiz 40%.")
            + p("Target Audience", bold=True) + p("Clinic staff.") + p("Delivery Format", bold=True) + p("In person"))
    r = _parse(docx(body), "outline.docx")
    assert not r.is_concept_form
