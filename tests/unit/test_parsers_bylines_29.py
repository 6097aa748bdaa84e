"""Who proposes: the proposer's name, role, unit, address and number read from bylines, signatures and contact lines.

The structure tells the pieces apart: commas part the name, the role and the unit; one spaced dash parts the unit
from the organisation; a role named by its job word alone ("Manager") goes on after a comma; a line of the writer's
own (a paragraph in a cell) is one piece; a line ending on its address or number ends a signature. Strings and
documents are made up here, in our own wording."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers
from mailbot_parsers.bylines import as_signed, person_line, signature


def test_a_job_word_alone_takes_its_portfolio_the_dash_parts_the_organisation() -> None:
    found = person_line("Tarik Oyelaran-Moss, Director, Patient Flow – Eastbrook Health")
    assert found["proposer_name"] == "Tarik Oyelaran-Moss"
    assert found["proposer_title"] == "Director, Patient Flow"
    assert found["proposer_department"] == "Eastbrook Health"


def test_a_print_line_wrapped_after_the_dash_is_one_line() -> None:
    found = person_line("Odile Marchetti, Director, Clinical Nutrition — Allied Health, Eastvale Regional\nHealth Network")
    assert found["proposer_title"] == "Director, Clinical Nutrition"
    assert found["proposer_department"] == "Allied Health, Eastvale Regional Health Network"


def test_spaced_middle_dots_part_a_contact_line_as_bars_do() -> None:
    found = person_line("Liv Ambrose-Tan · Radiation Therapist, Planning Lead · Radiation Oncology, Kestrel Cancer Centre"
                        "\nlambrose@example.org · 416-555-0170")
    assert found["proposer_name"] == "Liv Ambrose-Tan"
    assert found["proposer_title"] == "Radiation Therapist, Planning Lead"
    assert found["proposer_department"] == "Radiation Oncology, Kestrel Cancer Centre"
    assert found["proposer_phone"] == "416-555-0170"


def test_the_date_at_the_end_of_a_byline_is_no_unit() -> None:
    found = person_line("Noor Castellanos-Ibe, Vascular Sonographer · Vascular Lab, Elmbrook Hospital · "
                        "ncastellanos@example.org · 905-555-0138 · 12 Oct 2026")
    assert found["proposer_department"] == "Vascular Lab, Elmbrook Hospital"
    assert found["proposer_phone"] == "905-555-0138"


def test_a_named_role_is_whole_and_the_unit_keeps_its_dash() -> None:
    found = person_line("Ines Vatanen-Brook, Sleep Lab Coordinator, Respirology – Westfield Lung Institute, "
                        "ivatanen@example.org, 905-555-0142")
    assert found["proposer_title"] == "Sleep Lab Coordinator"
    assert found["proposer_department"] == "Respirology – Westfield Lung Institute"
    assert found["proposer_email"] == "ivatanen@example.org"
    assert found["proposer_phone"] == "905-555-0142"


def test_a_sub_unit_after_the_dash_stays_with_the_unit() -> None:
    found = person_line("Oren Lakatos, Sonographer, Diagnostic Imaging – Vascular")
    assert found["proposer_title"] == "Sonographer"
    assert found["proposer_department"] == "Diagnostic Imaging – Vascular"


def test_a_short_lead_in_with_a_colon_is_no_part_of_the_name() -> None:
    found = person_line("Me: Ayla Brennan-Osei, Charge Therapist, Rehabilitation – Northvale Hospital, "
                        "abrennan@example.org")
    assert found["proposer_name"] == "Ayla Brennan-Osei"
    assert found["proposer_title"] == "Charge Therapist"


def test_a_role_in_lower_case_is_the_title_and_the_names_after_it_the_unit() -> None:
    found = person_line("Mathilde Rousseau-Diallo, technologiste principale, Service de biochimie, Hôpital du Lac")
    assert found["proposer_name"] == "Mathilde Rousseau-Diallo"
    assert found["proposer_title"] == "technologiste principale"
    assert found["proposer_department"] == "Service de biochimie, Hôpital du Lac"


def test_a_signature_ends_on_its_contact_line() -> None:
    found = signature(["Yara Holmqvist, Clinical Educator · Dialysis, Lakepoint Hospital · yholm@example.org · "
                       "647-555-0119", "The plan"])
    assert found["proposer_department"] == "Dialysis, Lakepoint Hospital"


def test_a_number_cut_by_the_line_end_is_no_unit() -> None:
    found = signature(["Piet Agyemang | Practice Lead | Coastal Paramedic Services | pagyemang@example.com | 705-"])
    assert found["proposer_department"] == "Coastal Paramedic Services"


def test_the_name_as_signed_drops_the_honorific() -> None:
    assert as_signed("Dr. Lena Kowalczyk-Ade", ["Thank you.", "Lena Kowalczyk-Ade", "lk@example.org"]) \
        == "Lena Kowalczyk-Ade"
    assert as_signed("Dr. Lena Kowalczyk-Ade", ["Thank you.", "lk@example.org"]) == "Dr. Lena Kowalczyk-Ade"


def _docx(build) -> bytes:  # type: ignore[no-untyped-def]
    d = docx.Document()
    build(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_contact_cell_keeps_its_own_lines_apart() -> None:
    def build(d) -> None:  # type: ignore[no-untyped-def]
        d.add_heading("Wound photography – our answers", 0)
        t = d.add_table(rows=0, cols=2)
        for value, label in (("Wound Photography for Nurses", "Course title"),
                             (None, "Contact"),
                             ("New micro-credential", "This proposal is for"),
                             ("Registered nurses in home care", "Who is this for?"),
                             ("Photos in charts are unusable for tracking healing.", "Why is this needed?"),
                             ("Consent, lighting, scale markers and secure upload.", "Competencies addressed"),
                             ("Take a consented, scaled wound photo\nUpload it securely to the chart",
                              "By the end learners will be able to"),
                             ("Ten audited photos meeting the standard.", "How will achievement be evidenced?"),
                             ("Brightlake Home Care Network", "Endorsing partner / external body"),
                             ("Letter of support attached", "Endorsement"),
                             ("Serves the Plan's priority on community practice.", "Strategic alignment"),
                             ("Online\n6 hours\n40 learners per year", "Format & size"),
                             ("Fall 2027", "Target launch")):
            row = t.add_row().cells
            if value is None:
                cell = row[0]
                cell.paragraphs[0].text = "Marisa Delacroix-Obi"
                for line in ("Clinical Nurse Specialist, Wound Care", "Home Care Program, Brightlake Health",
                             "mdelacroix@example.org", "416-555-0164"):
                    cell.add_paragraph(line)
            else:
                row[0].text = value
            row[1].text = label
    r = parsers.parse(_docx(build), "answers.docx")
    assert r.fields.get("proposer_name") == "Marisa Delacroix-Obi"
    assert r.fields.get("proposer_title") == "Clinical Nurse Specialist, Wound Care"
    assert r.fields.get("proposer_department") == "Home Care Program, Brightlake Health"


def test_a_sentence_subject_is_no_label() -> None:
    from mailbot_parsers.sections import _PREDICATE
    assert _PREDICATE.match("would like to propose a course")
    assert not _PREDICATE.match("Eastlake Paramedic Services")


def test_words_said_twice_back_to_back_are_pieces_run_together() -> None:
    from mailbot_parsers.calibration import unit_shaped
    assert unit_shaped("Medical Imaging, Fernwood Children's Centre")
    assert not unit_shaped("Medical Imaging Medical Imaging, Fernwood Children's Centre")
