"""Every email template renders, in text and HTML, and inbound data stays data."""
from __future__ import annotations

from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from mailbot.mail.emails import EMAILS, make_message, template_languages, template_names, writes_to_outsiders
from mailbot.mail.language import LANGUAGES

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=timezone.utc)
APP = SimpleNamespace(reference="MC-2026-0001", title="Title <script>alert(1)</script> {{ 7*7 }}",
                      applicant_email="a@example.org", applicant_name="Dana <b>", needs_manual_review=False,
                      stage="awaiting_applicant")


def _digest():  # type: ignore[no-untyped-def]
    from mailbot.clock.digest import Digest, Line

    line = Line(APP.reference, APP.title, "CE assessment", APP.applicant_name, NOW, 3, "waiting for CE <i>")
    return Digest(
        week="2026-W48", start=NOW, end=NOW, open_total=5,
        funnel=[{"stage": "ce_assessment", "label": "CE assessment", "count": 3, "pct": 100},
                {"stage": "awaiting_applicant", "label": "Awaiting applicant", "count": 0, "pct": 0}],
        closed=[{"stage": "approved", "label": "Approved", "count": 1}],
        new=[line], overdue=[line], due_soon=[line], waiting=[line],
        decisions=[{"at": NOW, "reference": APP.reference, "title": APP.title, "keyword": "SUPPORTED",
                    "actor": "ce.lead@michener.example", "from": "CE assessment", "to": "SMT concept review",
                    "what": "CE assessment -> SMT concept review", "decided": True, "good": True}],
        gaps=[{"code": "R1", "text": "competency <b>", "count": 1, "references": [APP.reference]}],
        median_assessment_days=12.5, assessments_counted=4, last_mail_read=NOW, mailbox_stale=False,
        attention=2, failed_mail=0, uncertain_mail=1,
    )


# One row per state a field can be in (mailbot.review.formdata.field_rows), values from inbound mail.
ROWS = [
    {"key": "proposal_title", "value": APP.title, "status": "uncertain", "why": "ocr label_line '<b>', confidence 40%"},
    {"key": "rationale", "value": "", "status": "missing", "why": ""},
    {"key": "proposer_name", "value": "Dana <b>", "status": "read", "why": "table 'Name', confidence 100%"},
]

CONTEXTS = {
    "parked_summary": {"messages": [{"id": 42, "sender": "x@example.org", "subject": "<script>{{ 7*7 }}",
                                     "reason": "handling failed 3 times", "kind": "poison"}],
                       "folder": "mailbot/Needs attention"},
    "review_request": {
        "app": APP, "stage": "SMT concept review", "received": NOW, "target_date": NOW, "deadline_date": NOW,
        "missing": [], "requirements_unmet": [], "documents": [], "problem": "", "comment": "CE: SUPPORTED {{ 7*7 }}",
        "changed": ["Learning Outcomes"], "fields": [("proposal_title", APP.title)], "keywords": ["ENDORSED"],
        "mailto": {"ENDORSED": "mailto:ce+tok@michener.example?subject=ENDORSED%20%5BMC-2026-0001%5D"},
        "help": ["NOTE <text>: add an internal note."], "attached": ["form <1>.docx"], "withheld": [],
    },
    "stage_changed": {"app": APP, "stage": "Awaiting applicant", "explain": "We need more information.",
                      "comment": "<script>alert(1)</script>", "target_date": NOW, "terminal": False,
                      "awaiting_you": True},
    "deferred": {"app": APP, "stage": "CE assessment", "weeks": 2, "target_date": NOW},
    "decision_withdrawn": {"app": APP, "keyword": "SUPPORTED", "actor": "ce.lead@michener.example",
                           "decided_stage": "CE assessment", "moved_to": "SMT concept review", "to_applicant": True},
    "command_result": {"reference": "MC-2026-0001", "title": APP.title, "lines": ["SUPPORTED: done."], "ok": True,
                       "subject": "Re: [MC-2026-0001] {{ 7*7 }}"},
    "security_alert": {"sender": "x@example.org", "keyword": "SUPPORTED", "reason": "no token",
                       "reference": "MC-2026-0001", "subject": "<script>", "message_id": "<a@b>"},
    "acknowledgement": {
        "applicant_name": "Dana", "target_date": NOW, "deadline_date": NOW, "assessment_promise": "2 to 4 weeks",
        "applications": [{"reference": "MC-2026-0001", "title": APP.title, "problem": "", "needs_manual_review": False,
                          "awaiting": "", "missing": ["Summative Assessment"], "uncertain": ["Rationale <b>"],
                          "requirements_unmet": ["R2: ..."], "letters": [], "scans": ["scan <i>.pdf"]}],
    },
    "no_form": {"applicant_name": "Lee", "subject": "Concept form", "ignored": 1},
    "sender_notice": {"applicant_name": "Lee", "subject": "x", "problem": "too large.", "max_mb": 25},
    "reminder": {
        "kind": "before_target", "app": APP, "stage": "CE assessment", "received": NOW, "entered": NOW,
        "days_in_stage": 11, "target_date": NOW, "deadline_date": NOW, "days_left": 3, "days_overdue": 0,
        "waiting_for": "ce.lead@michener.example", "keywords": ["SUPPORTED", "MORE INFO"],
        "mailto": {"SUPPORTED": "mailto:ce+tok@michener.example?subject=SUPPORTED"},
    },
    "escalation": {
        "kind": "escalation", "app": APP, "stage": "CE assessment", "received": NOW, "entered": NOW,
        "days_in_stage": 29, "target_date": NOW, "deadline_date": NOW, "days_left": 0, "days_overdue": 1,
        "waiting_for": "ce.lead@michener.example", "keywords": [], "mailto": {},
    },
    "digest": {"d": _digest()},
    "delivery_failed": {"template": "acknowledgement", "recipients": ["jo…@example.org"], "reason": "<b>550</b> {{ 7*7 }}",
                        "reference": "MC-2026-0001", "title": APP.title, "row_id": 12},
    "ce_new_applications": {
        "applicant": "a@example.org", "received": NOW, "target_date": NOW, "deadline_date": NOW,
        "documents": ["form.docx", "<script>.docx"], "keywords": ["SUPPORTED"],
        "items": [{"app": APP, "problem": "", "missing": [], "requirements_unmet": [], "reply": "ce+tok@michener.example",
                   "mailto": {"SUPPORTED": "mailto:ce+tok@michener.example?subject=SUPPORTED"}},
                  {"app": APP, "problem": "unreadable {{ 7*7 }}", "missing": ["Title"], "requirements_unmet": ["R1"],
                   "reply": "ce+tok2@michener.example",
                   "mailto": {"SUPPORTED": "mailto:ce+tok2@michener.example?subject=SUPPORTED"}}],
    },
    "operator_alert": {"event": "alert", "title": "the mailbox cannot be read <b>", "text": "{{ 7*7 }} <script>",
                       "started": "2026-11-29 10:00 EST", "ended": "", "duration": "", "waited": "",
                       "error": "<script>alert(1)</script>", "mailbox": "ce@michener.example",
                       "config": "mailbot.toml"},
    "ce_new_application": {
        "app": APP, "received": NOW, "target_date": NOW, "deadline_date": NOW, "missing": [], "requirements_unmet": [],
        "documents": ["form.docx"], "problem": "", "fields": [("proposal_title", APP.title)], "keywords": ["SUPPORTED"],
        "mailto": {"SUPPORTED": "mailto:ce+tok@michener.example?subject=SUPPORTED"},
        "rows": ROWS, "awaiting": "", "uncertain": ["Rationale"], "can_set": True,
        "attached": [], "withheld": ["big <scan>.pdf"],
    },
    "fields_read": {
        "app": APP, "event": "ocr", "filename": "scan <b>.pdf", "kind": "concept_form", "what": "a concept form <i>",
        "is_form": True, "failed": False, "no_form_left": False, "answered": [], "rows": ROWS,
        "missing": ["Rationale"], "uncertain": ["Proposed Title"],
    },
    "already_recorded": {"applicant_name": "Dana <b>", "applications": [
        {"reference": "MC-2026-0001", "title": APP.title, "received": NOW, "stage": "CE assessment"}]},
    "weekly_queue": {"week": "2026-W48", "overdue": 1, "items": [SimpleNamespace(
        app=APP, stage="CE assessment", waiting_since=NOW, target=NOW, deadline=NOW, overdue_days=2,
        keywords=["SUPPORTED"], reply="ce+tok@michener.example",
        mailto={"SUPPORTED": "mailto:ce+tok@michener.example?subject=SUPPORTED"})]},
    "documents": {"app": APP, "names": ["form <1>.docx", "letter.pdf"]},
}


def test_every_template_has_a_test_context():
    assert set(template_names()) == set(CONTEXTS)


def test_every_declared_email_kind_has_templates_and_every_template_set_is_declared():
    assert set(template_names()) == set(EMAILS)
    with pytest.raises(KeyError):
        make_message("undeclared", ["x@example.org"], {}, from_address="ce@michener.example", from_name="CE",
                     domain="michener.example", now=NOW)


@pytest.mark.parametrize("name", template_names())
def test_each_template_renders_text_and_html_with_inbound_values_escaped(name):
    ctx = CONTEXTS[name]
    out = make_message(name, ["x@example.org"], ctx, from_address="ce@michener.example", from_name="CE",
                       domain="michener.example", now=NOW, in_reply_to="<a@b>")
    text = out.message.get_body(preferencelist=("plain",)).get_content()
    html = out.message.get_body(preferencelist=("html",)).get_content()
    assert text.strip() and html.strip()
    assert "<script>" not in html
    assert "49" not in text + html  # {{ 7*7 }} in a value is never evaluated
    assert "\n" not in out.subject and out.subject
    assert out.message["Auto-Submitted"] and out.message["X-Auto-Response-Suppress"] == "All"


OUTSIDER_KINDS = [name for name in template_names() if writes_to_outsiders(name)]


def test_every_email_to_applicants_and_senders_exists_in_every_language():
    assert {"acknowledgement", "already_recorded", "stage_changed", "decision_withdrawn", "deferred", "no_form",
            "sender_notice", "command_result"} <= set(OUTSIDER_KINDS)
    missing = {name: sorted(set(LANGUAGES) - set(template_languages(name))) for name in OUTSIDER_KINDS}
    assert {name: langs for name, langs in missing.items() if langs} == {}


def test_a_template_set_in_another_language_belongs_to_a_declared_outsider_kind():
    from mailbot.mail.emails import TEMPLATE_DIR

    tagged = {p.name.split(".")[0] for p in TEMPLATE_DIR.glob("*.*.subject.j2")}
    assert tagged and tagged <= set(OUTSIDER_KINDS)


@pytest.mark.parametrize("name", OUTSIDER_KINDS)
def test_each_french_template_renders_in_french_with_inbound_values_escaped(name):
    ctx = CONTEXTS[name]
    out = make_message(name, ["x@example.org"], ctx, from_address="ce@michener.example", from_name="CE",
                       domain="michener.example", now=NOW, in_reply_to="<a@b>", language="fr")
    english = make_message(name, ["x@example.org"], ctx, from_address="ce@michener.example", from_name="CE",
                           domain="michener.example", now=NOW, in_reply_to="<a@b>")
    text = out.message.get_body(preferencelist=("plain",)).get_content()
    html = out.message.get_body(preferencelist=("html",)).get_content()
    assert text.strip() and html.strip() and out.message["Content-Language"] == "fr"
    assert text != english.message.get_body(preferencelist=("plain",)).get_content()
    assert "formation continue" in text and 'lang="fr-CA"' in html
    assert "<script>" not in html and "49" not in text + html
    assert "\n" not in out.subject and out.subject
    # Dates in a French email are French (the contexts' dates are 29 November 2026).
    assert "November" not in text + html and "Sunday" not in text + html


def test_french_dates_in_the_acknowledgement_are_written_the_french_way():
    ctx = {**CONTEXTS["acknowledgement"], "target_date": datetime(2026, 12, 2, 15, tzinfo=timezone.utc)}
    out = make_message("acknowledgement", ["x@example.org"], ctx, from_address="ce@michener.example",
                       from_name="CE", domain="michener.example", now=NOW, language="fr")
    assert "d'ici le mercredi 2 décembre 2026" in out.message.get_body(preferencelist=("plain",)).get_content()


@pytest.mark.parametrize("variant", [
    {"event": "answer", "answered": [{"label": "Rationale", "confident": False, "applied": True, "key": "rationale",
                                      "value": "<b>x</b>"},
                                     {"label": "Proposed Title", "confident": True, "applied": False,
                                      "key": "proposal_title", "value": "{{ 7*7 }}"}]},
    {"event": "ocr", "is_form": False, "no_form_left": True, "what": "not a concept form (OCR shows a letter)"},
    {"event": "ocr", "is_form": False, "failed": True, "what": "not read"},
])
def test_the_fields_read_email_renders_each_of_its_cases(variant):
    ctx = {**CONTEXTS["fields_read"], **variant}
    out = make_message("fields_read", ["x@example.org"], ctx, from_address="ce@michener.example", from_name="CE",
                       domain="michener.example", now=NOW)
    text = out.message.get_body(preferencelist=("plain",)).get_content()
    assert "SET <field key>" in text and "proposal_title" in text
    if variant["event"] == "answer":
        assert "not clearly labelled" in text and "NOT APPLIED" in text and "{{ 7*7 }}" in text
    elif variant.get("no_form_left"):
        assert "no concept form" in text


@pytest.mark.parametrize("awaiting, words", [
    ("readable_copy", "waits for a readable copy"), ("ocr", "will be read by OCR"),
])
def test_an_acknowledgement_that_waits_for_a_reading_claims_nothing_missing(awaiting, words):
    item = {**CONTEXTS["acknowledgement"]["applications"][0], "awaiting": awaiting, "missing": [], "uncertain": [],
            "requirements_unmet": [], "needs_manual_review": True, "problem": "the file is damaged."}
    ctx = {**CONTEXTS["acknowledgement"], "applications": [item]}
    out = make_message("acknowledgement", ["x@example.org"], ctx, from_address="ce@michener.example",
                       from_name="CE", domain="michener.example", now=NOW)
    text = " ".join(out.message.get_body(preferencelist=("plain",)).get_content().split())
    assert words in text
    assert "missing these required items" not in text and "All required items are present" not in text


def test_stored_documents_are_attached_with_a_safe_type_and_name():
    out = make_message("documents", ["x@example.org"], CONTEXTS["documents"], from_address="ce@michener.example",
                       from_name="CE", domain="michener.example", now=NOW, attachments=(
                           ("form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK1"),
                           ("evil\r\nBcc: x@y.z.pdf", "multipart/mixed; boundary=x", b"%PDF"),
                           ("note.txt", "text/html", b"<script>"),
                       ))
    parts = list(out.message.iter_attachments())
    assert [p.get_content_type() for p in parts] == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/octet-stream", "application/octet-stream"]
    assert [p.get_content() for p in parts] == [b"PK1", b"%PDF", b"<script>"]
    assert "\n" not in parts[1].get_filename() and out.message["Bcc"] is None
