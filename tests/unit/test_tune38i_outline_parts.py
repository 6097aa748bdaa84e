"""Genre structure of outlines, one-page summaries and logic models (tune38i), each shown by a document built here:

- a course outline's learners section also states the prerequisites, under a run-in label of their own, after the
  learners ("Intended for: ..." / "Prerequisites: ..."): the prerequisites are no part of who the learners are;
- a logic model's outputs column lists "• Who: the learners" beside other outputs ("• Four offerings of 30"): the
  learners are the labelled item only;
- a one-page summary's narrow contact column wraps the role's job word onto a line of its own
  ("Respiratory Therapist and Procedures" / "Educator"): the word ends the role, it does not open the unit;
- a partner's name going on after a dash ("Society of X – Ontario Chapter") over a line "Status: in discussion":
  the words after the dash are the name's, the status is the labelled line's.
"""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import PLAIN_PAIRS, docx_bytes, letter_pdf, pdf_bytes


def _outline() -> bytes:
    doc = Document()
    doc.add_heading("Micro-course concept", 1)
    for label, answer in PLAIN_PAIRS:
        if label != "Target learners":
            doc.add_paragraph(f"{label}: {answer}")
    doc.add_heading("Intended learners and prerequisites", 1)
    doc.add_paragraph("Intended for: Community nurses who manage negative pressure wound therapy at home.")
    doc.add_paragraph("Prerequisites: current wound care certificate; six months of home care experience.")
    doc.add_heading("Learning outcomes", 1)
    doc.add_paragraph("Learners will be able to:")
    for o in ("Apply a negative pressure dressing.", "Troubleshoot a leaking seal."):
        doc.add_paragraph(o, style="List Bullet")
    return docx_bytes(doc)


def test_an_outlines_prerequisites_are_not_its_learners() -> None:
    r = parsers.parse(_outline(), "course outline.docx")
    assert r.is_concept_form
    assert r.fields["target_learners"] == "Community nurses who manage negative pressure wound therapy at home."


def _sheet(lines: list[tuple[float, float, str, bool]]) -> bytes:
    pdf = letter_pdf(dejavu=True)
    for x, y, text, bold in lines:
        pdf.set_font("dejavu", "B" if bold else "", 10)
        pdf.text(x, y, text)
    return pdf_bytes(pdf)


def _logic_model() -> bytes:
    rows = ["Logic model - Blood Culture Contamination Reduction for Phlebotomists",
            "Lead: Oskar Lindqvist-Achebe", "Position: Phlebotomy Supervisor", "E-mail: o.lindqvist@example.com",
            "This is a: Micro-course", "Resources", "- Phlebotomy educators", "- Online platform",
            "Participants",
            "- Who: Phlebotomists and nurses who draw blood cultures in emergency departments",
            "- Four offerings of 25 = 100 per year", "Learning outcomes",
            "- Apply skin antisepsis correctly before venipuncture",
            "- Fill culture bottles in the right order and volume", "Evidence of achievement",
            "Observed blood culture collection scored with a checklist",
            "Why now: Contaminated blood cultures lead to needless antibiotics and longer stays in hospital.",
            "Education Plan: Supports the Education Plan's emphasis on patient safety and online learning",
            "Delivery: Online, 4 hours", "Partner: Regional Infection Prevention Network",
            "Date: March 3, 2027"]
    out = []
    y = 60.0
    for t in rows:
        head = not t.startswith("-") and ":" not in t
        out.append((72.0, y, t.replace("- ", "\u2022 ") if t.startswith("-") else t, head))
        y += 16
    return _sheet(out)


def test_a_logic_models_labelled_who_item_is_the_learners() -> None:
    r = parsers.parse(_logic_model(), "logic model.pdf")
    assert r.is_concept_form
    assert r.fields["target_learners"] == ("Phlebotomists and nurses who draw blood cultures in emergency "
                                           "departments")


def _one_pager() -> bytes:
    main = ["Point-of-Care Ultrasound for Vascular Access", "Background",
            "Difficult intravenous access delays treatment; nurses are rarely taught to use ultrasound.",
            "Learners", "Emergency nurses who place peripheral intravenous lines.", "Outcomes",
            "Participants will be able to:", "1. Identify veins suitable for cannulation with ultrasound.",
            "2. Place an ultrasound-guided peripheral line.", "Assessment",
            "An observed simulated cannulation scored with a checklist (80% to pass).", "Alignment",
            "Supports simulation-based learning, a priority of the Education Plan.", "Resources",
            "Two ultrasound machines and a vascular access task trainer."]
    side = ["Contact", "Thandiwe Castellano-Rhee", "Clinical Nurse and Vascular Access", "Educator",
            "Emergency Department, Harbourview", "Regional Hospital", "t.castellano@example.com", "416-555-0142",
            "At a glance", "Type: Micro-course", "Delivery: In person", "Hours: 6", "Learners/year: 48",
            "Start: Fall 2027", "Skills", "\u2022 Vein selection with ultrasound", "\u2022 Sterile probe handling", "Endorsement", "Ontario Vascular Access",
            "Society \u2013 Toronto Chapter", "Status: in discussion with the chapter.", "Contact: Ruth Amadi, Chapter Chair"]
    lines = [(40.0, 60.0 + 16 * n, t, t in ("Background", "Learners", "Outcomes", "Assessment")) for n, t in enumerate(main)]
    # (the column is set under the text here, its lines as narrow as a sidebar's)
    top = 60.0 + 16 * len(main) + 20
    lines += [(40.0, top + 16 * n, t, t in ("Contact", "At a glance", "Endorsement", "Skills")) for n, t in enumerate(side)]
    return _sheet(lines)


def test_a_roles_job_word_wrapped_onto_its_own_line_ends_the_role() -> None:
    r = parsers.parse(_one_pager(), "one pager.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_title"] == "Clinical Nurse and Vascular Access Educator"
    assert not str(r.fields.get("proposer_department", "")).startswith("Educator")


def test_a_partners_name_goes_on_after_a_dash_before_its_status_line() -> None:
    r = parsers.parse(_one_pager(), "one pager.pdf")
    assert r.fields["partner_name"] == "Ontario Vascular Access Society \u2013 Toronto Chapter"


def _model_strip() -> bytes:
    # a logic model's top strip: the partner and a yes-or-no question about its letter printed on one line
    rows = ["Logic model - Point-of-Care Glucose Testing for Health Care Aides", "Lead: Ingrid Soto-Mwangi",
            "Position: Nurse Educator, Diabetes Program", "E-mail: i.soto@example.com", "This is a: Micro-course",
            "Partner: Northside Diabetes Network Letter of support attached? Yes", "Resources",
            "\u2022 Glucometers and quality control solutions", "Participants",
            "\u2022 Who: Health care aides in long-term care homes", "Learning outcomes",
            "\u2022 Perform a capillary glucose test with a meter", "\u2022 Report a low reading to the nurse at once",
            "Evidence of achievement", "Observed glucose test scored with a checklist",
            "Why now: Aides now do glucose checks in our homes without any training.",
            "Education Plan: Supports the Education Plan's emphasis on patient safety"]
    return _sheet([(72.0, 60.0 + 16 * n, t, ":" not in t and not t.startswith("\u2022")) for n, t in enumerate(rows)])


def test_a_yes_or_no_question_run_on_after_the_partner_is_not_its_name() -> None:
    r = parsers.parse(_model_strip(), "logic model.pdf")
    assert r.is_concept_form
    assert r.fields["partner_name"] == "Northside Diabetes Network"
    assert "partner_name" not in r.uncertain_fields
    # (the question's yes is its option, read from the question; how sure is calibration's to say)
    assert r.fields.get("endorsement_status", "letter_attached") == "letter_attached"


def test_a_lone_labelled_learners_item_drops_its_label() -> None:
    r = parsers.parse(_model_strip(), "logic model.pdf")
    assert r.fields["target_learners"] == "Health care aides in long-term care homes"


def test_a_titles_program_logic_model_suffix_is_the_pages_kind() -> None:
    from mailbot_parsers.sections import _genre_after
    assert _genre_after("Blood Culture Collection Essentials \u2013 Program Logic Model") == \
        "Blood Culture Collection Essentials"
    assert _genre_after("Blood Culture Collection \u2013 Program") == "Blood Culture Collection \u2013 Program"
