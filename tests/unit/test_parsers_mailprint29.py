"""Proposals printed from mail programs: a table of the writer's own labels inside an Outlook print (its header block,
greeting and signature around the table), and an Apple Mail print whose From name is a short form of the signed one.
Small documents generated here in our own wording (fpdf2), not copies of devset files."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.normalise import choice_code, short_form

MARGIN = 58.0


def _page(rows: list[tuple[float, str]], size: float = 10, leading: float = 14) -> bytes:
    """A one-page PDF: each row is (x offset from the margin, text); a row of several cells is given as several
    entries joined by '\\t' after the first offset: 'Label\\t<offset>\\tanswer'; an empty row is a table's cell
    padding (a few points)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "", size)
    y = 60.0
    for x, text in rows:
        if not text:
            y += 6
            continue
        parts = text.split("\t")
        pdf.text(MARGIN + x, y, parts[0])
        for off, more in zip(parts[1::2], parts[2::2]):
            pdf.text(MARGIN + float(off), y, more)
        y += leading
    return bytes(pdf.output())


# Outlook's memo-style print: the printing user's name at the top, the header labels with their values a short way
# right of them, then the body with a table of the writer's own labels (answers further right); the mail's full-width
# lines around the table (header, greeting, closing, signature) outnumber the table's rows
OUTLOOK_TABLE = [
    (0, "Okonjo, Priya"),
    (0, "From:\t45\tVasquez-Lindgren, Tomas <tvasquez@example.org>"),
    (0, "Sent:\t45\tTuesday, December 1, 2026 9:12 AM"),
    (0, "To:\t45\tCE Intake <ce@michener.example>; Okonjo, Priya <pokonjo@michener.example>"),
    (0, "Subject:\t45\tDialysis access micro-course"),
    (0, "Good morning Priya and the CE team, here is the proposal we talked about last week."),
    (0, "Our renal program has run this teaching informally for two years and would like to make it a course;"),
    (0, "the answers below follow the order of the questions on your website."),
    (0, "Title\t75\tCannulation of New Fistulas for Dialysis Nurses"),
    (0, ""),
    (0, "Kind\t75\tMicro-course"),
    (0, ""),
    (0, "Learners\t75\tHaemodialysis nurses in satellite units"),
    (0, ""),
    (0, "Need\t75\tNew fistulas fail when they are cannulated too early or with the wrong needle."),
    (75, "Our satellite units see more new fistulas every year and have no structured training."),
    (0, ""),
    (0, "Skills\t75\tassessing a new fistula; choosing needle size; buttonhole technique"),
    (0, ""),
    (0, "Outcomes\t75\tAssess a fistula's maturity before the first cannulation."),
    (75, "Cannulate a new fistula with the right needle and angle."),
    (0, ""),
    (0, "Assessment\t75\tThree observed cannulations signed off by a nurse educator."),
    (0, ""),
    (0, "Endorsement\t75\tKidney Care Network - confirmed, letter to follow"),
    (0, ""),
    (0, "Ed Plan fit\t75\tSupports the Education Plan's priority on specialised practice."),
    (0, ""),
    (0, "Logistics\t75\tHybrid, 10 hours, about 25 per year, from March 2027"),
    (0, ""),
    (0, "Please let me know if anything is missing or if you would rather have the answers on your form."),
    (0, "We can meet with the committee any time in January."),
    (0, "Kind regards,"),
    (0, "Tomas Vasquez-Lindgren"),
    (0, "Clinical Nurse Educator | Renal Program, Lakeview Health Centre"),
    (0, "416-555-0190"),
]


def test_a_table_of_own_labels_inside_a_mail_print_is_read_as_pairs() -> None:
    result = parsers.parse(_page(OUTLOOK_TABLE), "outlook print.pdf")
    f = result.fields
    # the mail's header and greeting above the table and the signature under it no longer outvote its rows:
    # the answers end at the next label
    assert f.get("summative_assessment") == "Three observed cannulations signed off by a nurse educator."
    assert str(f.get("rationale", "")).startswith("New fistulas fail")
    assert "Skills" not in str(f.get("rationale", ""))
    assert f.get("proposal_title") == "Cannulation of New Fistulas for Dialysis Nurses"
    # the header block is still read as the mail's header: the sender proposes, not the printing user
    assert f.get("proposer_name") == "Tomas Vasquez-Lindgren"
    assert f.get("proposer_email") == "tvasquez@example.org"


APPLE_MAIL = [
    (0, "From: Sam Whitford-Okoro <swhitford@example.org>"),
    (0, "Subject: A micro-credential on high-flow nasal oxygen"),
    (0, "Date: November 20, 2026 at 2:10:33 PM EST"),
    (0, "To: ce@michener.example"),
    (0, "Hello,"),
    (0, "I would like to propose a new micro-credential called High-Flow Nasal Oxygen in the Ward, for ward"),
    (0, "nurses who start and wean high-flow therapy."),
    (0, "Breathline Medical is keen to endorse it, but nothing is agreed yet."),
    (0, "Thanks,"),
    (0, "Sam"),
    (0, "Samuel Whitford-Okoro, RRT"),
    (0, "Respiratory Therapist | Critical Care, Lakeview Hospital"),
    (0, "416-555-0177"),
]


def test_the_signed_full_name_wins_over_the_mail_header_s_short_form() -> None:
    result = parsers.parse(_page(APPLE_MAIL), "apple mail print.pdf")
    assert result.fields.get("proposer_name") == "Samuel Whitford-Okoro"
    assert "proposer_name" not in result.uncertain_fields
    assert result.fields.get("endorsement_status") != "confirmed"


def test_a_short_form_keeps_the_other_names_and_starts_the_given_name() -> None:
    assert short_form("Sam Whitford-Okoro", "Samuel Whitford-Okoro")
    assert not short_form("Samuel Whitford-Okoro", "Sam Whitford-Okoro")
    assert not short_form("Sam Whitford", "Samuel Whitford-Okoro")
    assert not short_form("Al Roy", "Alan Roy")  # (two letters say too little)
    assert not short_form("Dami Krause", "Oluwadamilare Krause")


def test_an_agreement_denied_is_still_in_discussion() -> None:
    assert choice_code("endorsement_status", "keen to endorse it, but nothing is agreed yet") == "in_discussion"
    assert choice_code("endorsement_status", "they have not formally endorsed it") == "in_discussion"
    assert choice_code("endorsement_status", "confirmed, letter to follow") == "confirmed"
    assert choice_code("endorsement_status", "No letter yet; agreed in principle") == "confirmed"
