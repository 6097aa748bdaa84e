"""A required field is called missing only on evidence: the worst error the parser can make is to tell an applicant
that a question they answered is empty.

The readings that used to lose an answer (a label printed in two languages, a combo box's own typed text, a button on
in a state the reader cannot name, an answer line opening with another field's words), and the guard: on a printed
PDF a field is missing only where its label stands on the page with nothing in its answer's place.

Every PDF is built here from positioned text or fields, in our own words."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.empty_answers import shown_empty
from mailbot_parsers.pdf_layout import Line
from tests.parser_samples import ANSWERS, LABELS, acroform_pdf, docx, p, positioned_pdf, run, sdt, table, text_pdf, tr

# --------------------------------------------------------------- a label column in two languages ----

_BILINGUAL_ROWS = [
    ("Proposed Title", "Titre proposé", "Suturing Basics for Clinic Nurses"),
    ("Name of Proposer", "Nom du proposant", "Odile Brandt-Mensah"),
    ("Email", "Courriel", "obrandt@example.org"),
    ("Type of Request", "Type de demande", "New / Nouveau"),
    ("Target Learners", "Apprenants visés", "Clinic nurses who close simple wounds"),
    ("Rationale / Need", "Justification / besoin", None),
    ("Competencies / Skills Targeted", "Compétences visées", "Wound assessment; suture choice; knot tying"),
    ("Summative Assessment", "Évaluation sommative", "Observed suturing on a pad, scored with a checklist"),
    ("Industry / Employment Partner", "Partenaire du milieu de travail", "Lakeview Family Health Team"),
    ("Endorsement Status", "État de l'appui", "Confirmed / Confirmé"),
]


def _spreadsheet(rationale_drawn: bool = True) -> bytes:
    """A bilingual spreadsheet printed to PDF: English label, French label, answer; the one cell that wraps (the
    rationale, two lines) drawn after all the others, as spreadsheet programs draw multi-line cells."""
    runs: list[tuple[float, float, str]] = [(50, 760, "Concept Form / Formulaire de concept")]
    y = 730.0
    for en, fr, answer in _BILINGUAL_ROWS:
        runs += [(50, y, en), (190, y, fr)]
        if answer is not None:
            runs.append((340, y, answer))
        if en.startswith("Rationale"):
            rationale_y = y
            y -= 12
        y -= 20
    if rationale_drawn:
        runs += [(340, rationale_y, "Clinic nurses refer simple cuts to the emergency department;"),
                 (340, rationale_y - 12, "closing them in clinic saves a visit.")]
    return positioned_pdf(runs)


def test_a_label_printed_again_in_a_second_language_column_is_no_answer():
    r = parsers.parse(_spreadsheet(), "form.pdf")
    assert r.fields["rationale"] == ("Clinic nurses refer simple cuts to the emergency department; "
                                     "closing them in clinic saves a visit.")
    assert r.fields["proposer_name"] == "Odile Brandt-Mensah"
    assert r.fields["partner_name"] == "Lakeview Family Health Team"
    assert r.missing_required == [] or "rationale" not in r.missing_required


def test_the_bilingual_spreadsheet_with_the_rationale_left_blank_says_it_is_missing():
    r = parsers.parse(_spreadsheet(rationale_drawn=False), "form.pdf")
    assert "rationale" not in r.fields
    assert "rationale" in r.missing_required


# ---------------------------------------------------------------------------- fillable fields ----

def _fillable(*extra: dict) -> bytes:
    return acroform_pdf([
        {"name": "Proposed Title", "type": "text", "value": "Suturing Basics"},
        {"name": "Name of Proposer", "type": "text", "value": "Odile Brandt-Mensah"},
        {"name": "Email", "type": "text", "value": "obrandt@example.org"},
        {"name": "Target Learners", "type": "text", "value": "Clinic nurses who close simple wounds"},
        {"name": "Rationale", "type": "text", "value": "Simple cuts are sent to the emergency department."},
        {"name": "Learning Outcomes", "type": "text", "value": "Choose a suture; tie a square knot"},
        {"name": "Summative Assessment", "type": "text", "value": "Observed suturing on a pad"},
        {"name": "Industry Partner", "type": "text", "value": "Lakeview Family Health Team"},
        *extra,
    ])


def test_a_combo_box_holding_the_applicants_own_words_is_unread_not_missing():
    data = _fillable({"name": "Endorsement Status", "type": "combo", "value": "Said yes on the phone, paperwork soon",
                      "options": ["Letter of support attached", "Confirmed", "In discussion", "None yet"]})
    r = parsers.parse(data, "form.pdf")
    assert "endorsement_status" not in r.missing_required
    assert "endorsement_status" in r.uncertain_fields


def test_a_combo_box_option_given_as_an_export_value_reads_as_the_text_it_shows():
    data = _fillable({"name": "Endorsement Status", "type": "combo", "value": "3",
                      "options": [("1", "Letter of support attached"), ("2", "Confirmed"), ("3", "In discussion"),
                                  ("4", "None yet")]})
    assert parsers.parse(data, "form.pdf").fields["endorsement_status"] == "in_discussion"


def test_a_button_on_in_a_state_the_reader_cannot_name_is_unread_not_missing():
    data = _fillable({"name": "Endorsement Status", "type": "radio", "value": "Choice3", "states": ["Choice3", "Off"]})
    r = parsers.parse(data, "form.pdf")
    assert "endorsement_status" not in r.missing_required
    assert "endorsement_status" in r.uncertain_fields


def test_a_combo_box_left_empty_is_missing():
    data = _fillable({"name": "Endorsement Status", "type": "combo", "value": "",
                      "options": ["Letter of support attached", "Confirmed", "In discussion", "None yet"]})
    assert "endorsement_status" in parsers.parse(data, "form.pdf").missing_required


def test_a_fillable_form_answered_over_its_empty_fields_is_read_from_the_page():
    answers = {"Proposed Title": "Suturing Basics", "Name of Proposer": "Odile Brandt-Mensah",
               "Email": "obrandt@example.org", "Target Learners": "Clinic nurses who close simple wounds",
               "Rationale": "Simple cuts are sent to the emergency department.",
               "Competencies": "Wound assessment; suture choice", "Learning Outcomes": "Tie a square knot",
               "Summative Assessment": "Observed suturing on a pad", "Industry Partner": "Lakeview Family Health Team",
               "Endorsement Status": "Confirmed"}
    data = acroform_pdf([{"name": k, "label": k, "type": "text", "value": "", "typed": v} for k, v in answers.items()])
    r = parsers.parse(data, "form.pdf")
    assert r.is_concept_form
    assert r.fields["rationale"] == "Simple cuts are sent to the emergency department."
    assert "rationale" not in r.missing_required


def test_a_word_drop_down_holding_the_applicants_own_words_is_unread_not_missing():
    listed = '<w:dropDownList><w:listItem w:displayText="Confirmed" w:value="Confirmed"/></w:dropDownList>'
    data = docx(
        p("Micro-Course / Credential Concept Form", style="Title")
        + table("".join(tr(LABELS[k], v) for k, v in ANSWERS.items()))
        + p(sdt("endorsement_status", run("Said yes on the phone, paperwork soon"), extra_pr=listed)))
    r = parsers.parse(data, "form.docx")
    assert "endorsement_status" not in r.missing_required
    assert "endorsement_status" in r.uncertain_fields


# ----------------------------------------------------- an answer opening with another field's words ----

def test_an_answer_opening_with_the_words_of_a_field_answered_already_is_the_answer():
    data = text_pdf([[
        "CONCEPT FORM", "PROPOSED TITLE", "Suturing Basics for Clinic Nurses", "NAME OF PROPOSER", "Odile Brandt-Mensah",
        "DEPARTMENT / PROGRAM", "Family Practice Nursing", "EMAIL", "obrandt@example.org",
        "TARGET LEARNERS", "Clinic nurses who close simple wounds",
        "RATIONALE / NEED", "Our program sends simple cuts to the emergency department; closing them in clinic",
        "saves a visit.", "SUMMATIVE ASSESSMENT", "Observed suturing on a pad, scored with a checklist",
    ]])
    r = parsers.parse(data, "form.pdf")
    assert r.fields["rationale"].startswith("Our program sends simple cuts")
    assert r.fields["proposer_department"] == "Family Practice Nursing"


# ----------------------------------------------------------------------------------- the guard ----

def _line(x: float, y: float, text: str, size: float = 10.0) -> Line:
    return Line(0, x, y, x + 5.0 * len(text), y + size * 0.7, text, size=size)


def test_a_label_with_nothing_in_its_place_down_to_the_next_label_is_shown_empty():
    page = [_line(50, 700, "Rationale / Need"), _line(50, 660, "Summative Assessment"),
            _line(50, 645, "A checklist")]
    assert shown_empty([page], "Rationale / Need", "rationale")


def test_an_answer_beside_the_label_or_under_it_shows_the_field_answered():
    beside = [_line(50, 700, "Rationale / Need"), _line(300, 700, "Cuts are sent away"), _line(50, 660, "Summative Assessment")]
    under = [_line(50, 700, "Rationale / Need"), _line(50, 685, "Cuts are sent away"), _line(50, 660, "Summative Assessment")]
    assert not shown_empty([beside], "Rationale / Need", "rationale")
    assert not shown_empty([under], "Rationale / Need", "rationale")


def test_a_label_not_found_on_the_page_shows_nothing():
    page = [_line(50, 700, "Summative Assessment")]
    assert not shown_empty([page], "Rationale / Need", "rationale")


def test_hints_blanks_unticked_boxes_and_the_label_in_another_language_are_no_answer():
    page = [_line(50, 700, "Rationale / Need"), _line(190, 700, "Justification / besoin"),
            _line(50, 688, "(100 words at most)"), _line(50, 676, "________________"),
            _line(50, 664, "☐ Not applicable"), _line(50, 640, "Summative Assessment")]
    assert shown_empty([page], "Rationale / Need", "rationale")


def test_in_a_form_that_closes_its_labels_with_a_colon_the_next_such_line_is_the_next_label():
    # "Contact:" names no field surely on its own; closed with a colon like the label above it, it is a label
    page = [_line(110, 700, "(a) Partner:"), _line(110, 680, "(b) Contact:"), _line(110, 660, "(c) Status:")]
    assert shown_empty([page], "(a) Partner", "partner_name")
    page.insert(1, _line(110, 690, "Lakeview Family Health Team"))
    assert not shown_empty([page], "(a) Partner", "partner_name")


def test_a_label_wrapped_over_two_lines_is_found_whole():
    page = [_line(50, 700, "Alignment with Michener's"), _line(50, 690, "Education Plan"),
            _line(50, 660, "Delivery Format")]
    assert shown_empty([page], "Alignment with Michener's Education Plan", "education_plan_alignment")


def test_the_answer_under_a_label_beside_it_belongs_to_that_label_not_this_one():
    # two cards side by side: the left one empty, the right one answered under its own label
    page = [_line(50, 700, "Rationale / Need"), _line(320, 700, "Summative Assessment"),
            _line(320, 685, "A checklist"), _line(50, 660, "Target Learners"), _line(50, 645, "Clinic nurses")]
    assert shown_empty([page], "Rationale / Need", "rationale")


def test_a_label_that_ends_its_page_has_its_answer_looked_for_atop_the_next():
    first = [_line(50, 700, "Target Learners"), _line(50, 685, "Clinic nurses"), _line(50, 80, "Rationale / Need")]
    answered = [_line(50, 760, "Cuts are sent away"), _line(50, 730, "Summative Assessment")]
    blank = [_line(50, 730, "Summative Assessment"), _line(50, 715, "A checklist")]
    assert not shown_empty([first, answered], "Rationale / Need", "rationale")
    assert shown_empty([first, blank], "Rationale / Need", "rationale")


def test_a_printed_form_with_a_required_answer_left_blank_still_says_it_is_missing():
    data = text_pdf([[
        "Concept Form", "Proposed Title: Suturing Basics for Clinic Nurses", "Name of Proposer: Odile Brandt-Mensah",
        "Email: obrandt@example.org", "Target Learners: Clinic nurses who close simple wounds", "Rationale / Need:",
        "Competencies / Skills Targeted: Wound assessment; suture choice; knot tying",
        "Learning Outcomes: Choose a suture; tie a square knot",
        "Summative Assessment: Observed suturing on a pad, scored with a checklist",
        "Industry / Employment Partner: Lakeview Family Health Team", "Endorsement Status: Confirmed",
    ]])
    r = parsers.parse(data, "form.pdf")
    assert "rationale" in r.missing_required


def test_an_answer_the_reading_loses_on_a_printed_page_is_uncertain_not_missing(monkeypatch):
    # the reading of the bilingual spreadsheet without its fix (the translation column taken for the answers) finds
    # labels with nothing after them; the page shows text in their answers' place, so nothing is called missing
    from mailbot_parsers import translated_labels

    monkeypatch.setattr(translated_labels, "translation_column", lambda pages, x: False)
    r = parsers.parse(_spreadsheet(), "form.pdf")
    assert r.is_concept_form
    assert r.missing_required == []
    assert "rationale" not in r.fields and "rationale" in r.uncertain_fields
