"""A sample context for every email kind: what the template test renders, and what an office's
override of a template must render with at start-up (mailbot/mail/overrides.py).

Values are hostile on purpose (markup, Jinja syntax, control of layout): the test checks that
they stay data. When a template starts using a new variable, add it here.
"""
from __future__ import annotations

from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=timezone.utc)
APP = SimpleNamespace(reference="MC-2026-0001", title="Title <script>alert(1)</script> {{ 7*7 }}",
                      applicant_email="a@example.org", applicant_name="Dana <b>", needs_manual_review=False,
                      stage="awaiting_applicant")


def _digest() -> Any:
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

CONTEXTS: dict[str, dict[str, Any]] = {
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
