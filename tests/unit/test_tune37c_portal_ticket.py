"""A proposal typed into an intake portal and printed from the browser: the portal's bar ("Signed in as … Sign out"),
the ticket's metadata rows (Status, Submitted by, Created), then the portal's own captions above boxed answers. The
bar is no label; "Their contact person" under the partner is the partner's person, not the proposer; the question
right after the partner, in words no list holds, answered by where the endorsement stands, asks that state; the
ticket's Created row dates the request."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import paragraphs_pdf

PAGE = ["2026-11-20, 10:02 a.m. CE-2026-0377 - Service Portal",
        "Northfield Service Portal Signed in as r.vaszquez - Help - Sign out",
        "Ticket #CE-2026-0377 - Continuing Education request",
        "Status: New",
        "Submitted by: Rosa Vasquez-Laine (r.vaszquez@example.org)",
        "Created: Nov 19, 2026 4:12 PM",
        "Request details",
        "Name of the course or credential *",
        "Point-of-Care Ultrasound for Vascular Access",
        "Your contact details *",
        "Rosa Vasquez-Laine",
        "Vascular Access Nurse Specialist",
        "IV Therapy Team, Northfield General Hospital",
        "r.vaszquez@example.org",
        "What are you asking for? *",
        "New micro-credential",
        "Who would take it? *",
        "Registered nurses who insert peripheral IV catheters on inpatient units.",
        "What gap or need does it address? *",
        "Half of first attempts at difficult IV access fail on our units, and patients wait hours for a specialist.",
        "Skills the course builds *",
        "Probe handling; vessel selection; needle tracking in real time; asepsis with a probe cover.",
        "What will learners be able to do afterwards? *",
        "1. Select a suitable vein with ultrasound.",
        "2. Insert a catheter under real-time guidance.",
        "How will you check that learners can do it? *",
        "Five observed ultrasound-guided insertions signed off by a vascular access specialist.",
        "Outside organisation backing the idea *",
        "Regional Vascular Access Collaborative",
        "Where are things with them? *",
        "In discussion - no letter yet",
        "Their contact person",
        "Dana Whitfield-Osei, Program Lead",
        "How does it fit Michener's Education Plan? *",
        "Supports the Education Plan goal of simulation-based learning for practising nurses.",
        "Format",
        "Hybrid (online + in person)",
        "Total hours",
        "12",
        "Learners per year (estimate)",
        "48",
        "When could it start?",
        "March 2027",
        "Attachments: none",
        "Activity",
        "Nov 19, 2026 4:12 PM Ticket created by Rosa Vasquez-Laine via web form"]


def test_a_printed_portal_ticket_keeps_the_proposer_the_partner_contact_and_the_status_apart() -> None:
    # (the portal sets its captions in bold above the boxed answers)
    captions = {"Their contact person", "Format", "Total hours", "Learners per year (estimate)", "When could it start?"}
    r = parsers.parse(paragraphs_pdf([(t, 10, t.endswith("*") or t in captions) for t in PAGE], 500), "ticket.pdf")
    f = r.fields
    assert f.get("proposer_name") == "Rosa Vasquez-Laine"
    assert f.get("partner_contact") == "Dana Whitfield-Osei, Program Lead"
    assert f.get("endorsement_status") == "in_discussion"
    assert f.get("submission_date") == "2026-11-19"


def test_the_portal_bar_is_no_label_of_the_proposers_unit() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    lines = ["2026-11-20, 10:02 a.m. CE-2026-0377 · Service Portal",
             "Northfield Service Portal Signed in as r.vasquez · Help · Sign out",
             "Ticket #CE-2026-0377 – Continuing Education request", "Status: New",
             "Submitted by: Rosa Vasquez-Laine (r.vasquez@example.org)", "Your contact details *", "Rosa Vasquez-Laine",
             "Vascular Access Nurse Specialist", "IV Therapy Team, Northfield General Hospital"]
    ex = extract([Block(text=t, line=True, bold=t.endswith(("*", "request"))) for t in lines])
    assert "Sign out" not in str(ex.fields.get("proposer_department"))
