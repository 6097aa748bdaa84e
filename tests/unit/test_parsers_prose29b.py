"""Skills typed on one line with a bullet between them are a list (prose29b)."""
from mailbot_parsers.normalise import to_value


def test_competencies_set_apart_by_inline_bullets_are_joined_as_items() -> None:
    got = to_value("competencies", [("Checking the drip rate • Reading a chart aloud • Calling for help early", False)])
    assert got == "Checking the drip rate; Reading a chart aloud; Calling for help early"


def test_a_lone_middle_dot_between_two_words_is_not_a_list() -> None:
    got = to_value("competencies", [("Triage · sorting", False)])
    assert got == "Triage · sorting"


def test_slashes_still_split() -> None:
    got = to_value("competencies", [("wound care basics / dressing selection / pain review", False)])
    assert got == "wound care basics; dressing selection; pain review"


def test_a_bracketed_registration_after_the_name_is_no_role() -> None:
    from mailbot_parsers.bylines import signed_block
    got = signed_block(["Mira Tanaka-Olsen, CO(C)\nSenior Orthotist\nGait Laboratory, Riverside Hospital\nmira@example.org"])
    assert got["proposer_name"] == "Mira Tanaka-Olsen"
    assert got["proposer_title"] == "Senior Orthotist"
    assert got["proposer_department"] == "Gait Laboratory, Riverside Hospital"


def test_role_unit_and_organisation_on_one_line_under_the_name() -> None:
    from mailbot_parsers.composite import contact_line
    got = contact_line("Rémi Caron-Adjei\nTechnicienne en pharmacie, Service de pharmacie, Hôpital du Lac\nremi@example.org")
    assert got["proposer_title"] == "Technicienne en pharmacie"
    assert got["proposer_department"] == "Service de pharmacie, Hôpital du Lac"


def test_a_unit_and_its_organisation_alone_stay_the_department() -> None:
    from mailbot_parsers.composite import contact_line
    got = contact_line("Rémi Caron-Adjei\nService de pharmacie, Hôpital du Lac\nremi@example.org")
    assert got["proposer_department"] == "Service de pharmacie, Hôpital du Lac"
    assert "proposer_title" not in got


def test_an_option_that_heads_its_own_line_is_the_choice() -> None:
    import mailbot_parsers as parsers
    from tests.parser_samples import docx, p
    pairs = [("Proposed title", "Sterile Compounding Refresher"), ("Name of proposer", "Priya Lindqvist-Amadi"),
             ("Email", "p.lindqvist@example.org"),
             ("Rationale", "Two audits found gaps in garbing and in beyond-use dating. Staff asked for practice time."),
             ("Learning outcomes", "Garb correctly; assign beyond-use dates; clean the hood."),
             ("Partner organization", "Riverside General Hospital")]
    body = p("Compounding course idea", style="Heading1") + "".join(p(q, bold=True) + p(a) for q, a in pairs)
    body += p("Logistics", bold=True) + p("• Plan: supports the pharmacy priorities") \
        + p("• Blended: online modules + sim lab") + p("• 6 hours")
    r = parsers.parse(docx(body), "idea.docx")
    assert r.fields.get("delivery_format") == "hybrid"


def test_a_memo_header_line_that_wraps_onto_a_bare_word_keeps_it() -> None:
    import mailbot_parsers as parsers
    from tests.parser_samples import text_pdf
    lines = ["MEMORANDUM", "To: Continuing Education, Michener Institute",
             "From: Odile Brennan-Achebe, Manager, Wound Care – Regional Vascular",
             "Program", "Date: March 3, 2027", "Re: Proposed micro-course on compression bandaging",
             "We propose a new micro-course, Compression Bandaging for Leg Ulcers, for home care nurses.",
             "Background. Few nurses apply compression at the right pressure and ulcers stay open for months.",
             "Assessment. Two observed bandage applications scored with a pressure sensor and a checklist.",
             "Logistics. In person, about 4 hours, roughly 40 learners a year, beginning in May 2027."]
    r = parsers.parse(text_pdf([lines]), "memo.pdf")
    assert r.fields.get("proposer_department") == "Regional Vascular Program"


def test_a_heading_after_a_byline_contact_row_opens_its_own_answer() -> None:
    import mailbot_parsers as parsers
    from tests.parser_samples import text_pdf
    lines = ["CONCEPT PROPOSAL · MICRO-COURSE", "Compression Bandaging for Leg Ulcers",
             "Submitted by Odile Brennan-Achebe (Wound Care Nurse, Home Care Program), Department of Nursing,",
             "Lakeside Health",
             "obrennan@example.org · 416-555-0142 · 3 March 2027",
             "Why this matters",
             "Few nurses apply compression at the right pressure, and venous ulcers stay open for months as a result.",
             "Who will take it",
             "Home care nurses and wound care clinicians.",
             "Evidence of achievement",
             "Two observed bandage applications scored with a pressure sensor and a checklist."]
    r = parsers.parse(text_pdf([lines]), "proposal.pdf")
    assert (r.fields.get("rationale") or "").startswith("Few nurses apply compression")
    assert r.fields.get("proposer_title") == "Wound Care Nurse, Home Care Program"
    assert r.fields.get("proposer_department") == "Department of Nursing, Lakeside Health"
    assert r.fields.get("submission_date") == "2027-03-03"  # the date closing the byline's contact row


def test_a_sentence_ending_before_a_label_on_its_line_stays_with_the_answer_above() -> None:
    import mailbot_parsers as parsers
    from tests.parser_samples import text_pdf
    lines = ["MEMORANDUM", "To: Continuing Education, Michener Institute",
             "From: Odile Brennan-Achebe, Manager, Wound Care – Regional Vascular Program", "Date: March 3, 2027",
             "Re: Proposed micro-course on compression bandaging",
             "We propose a new micro-course, Compression Bandaging for Leg Ulcers, for home care nurses.",
             "Background. Few nurses apply compression at the right pressure and ulcers stay open for months.",
             "Assessment. Two observed bandage applications scored with a pressure sensor and a checklist.",
             "Partner. The Leg Ulcer Alliance of Ontario endorses the proposal; its signed letter of support",
             "is attached. Contact: Petra Ilunga-Sorensen, Education Lead",
             "Logistics. In person, about 4 hours, roughly 40 learners a year, beginning in May 2027."]
    r = parsers.parse(text_pdf([lines]), "memo.pdf")
    assert r.fields.get("endorsement_status") == "letter_attached"
    assert r.fields.get("partner_contact") == "Petra Ilunga-Sorensen, Education Lead"


def test_four_pieces_after_the_name_are_not_split_at_the_first_comma() -> None:
    from mailbot_parsers.composite import contact_line
    got = contact_line("Ada Roy-Lindqvist\nPractice Leader, Respiratory Therapy, Critical Care Program, Lakeside Health")
    assert "proposer_title" not in got or got["proposer_title"] != "Practice Leader"
