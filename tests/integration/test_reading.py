"""What mailbot says about a form's fields, through the real servers: never "missing" unless the
parser is sure; scans read by the OCR job off the intake path; the applicant's answers by reply;
staff corrections by reply (SET)."""
from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from apphelpers import CE, MAILBOX, SHARED, body_text
from mailbot.config import load_settings
from mailbot.intake import ocr_jobs
from mailbot.intake.poller import poll_once
from mailbot.intake.sandbox import Sandbox
from mailbot.mail.emails import field_label
from mailbot.mail.outbox import flush
from mailbot.store.db import open_database
from mailbot.store.models import Application, Document, Event, InboundMessage, OcrJob
from test_review import Office, fresh, one, reply

APPLICANT = "amara.okonkwo@riverside.example.org"
SCANNED_FORM = SHARED / "corpus" / "Scan_20260203_0915.pdf"
SCANNED_LETTER = SHARED / "corpus-b" / "Oakridge LOS signed.pdf"

# A retyped form: "Summative Assessment" is there with no answer (sure: missing); the Education
# Plan question is worded so the parser cannot place it (uncertain: never claimed missing).
FORM = [
    ("Proposed Title", "Wound Care for Community Nurses"), ("Name of Proposer", "Amara Okonkwo"),
    ("Email", APPLICANT), ("Type of Request", "New micro-credential"),
    ("Target Learners", "Registered nurses in home care"), ("Rationale / Need", "Chronic wounds are common."),
    ("Competencies / Skills Targeted", "Wound assessment; dressing selection"),
    ("Learning Outcomes", "Assess a wound; choose a dressing"), ("Summative Assessment", ""),
    ("Partner Organization", "Riverside Home Care"), ("Endorsement Status", "Confirmed"),
    ("How our idea serves the institute over five years", "Community care priority"),
]


def _docx(rows: list[tuple[str, str]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Micro-Course / Credential Concept Form", 1)
    table = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _with(msg: EmailMessage, name: str, data: bytes) -> EmailMessage:
    subtype = "pdf" if name.endswith(".pdf") else "octet-stream"
    msg.add_attachment(data, maintype="application", subtype=subtype, filename=name)
    return msg


def _rows(office: Office, model: Any) -> list[Any]:
    engine = open_database(load_settings(office.cfg).database_url)
    with Session(engine) as s:
        return list(s.exec(select(model)).all())


def _app(office: Office) -> Application:
    apps = _rows(office, Application)
    assert len(apps) == 1
    return apps[0]


def _section(text: str, start: str) -> str:
    return text.split(start, 1)[1].split("\n\n")[0] if start in text else ""


@pytest.fixture
def submitted(tmp_path: Path, dovecot, smtp_sink):  # type: ignore[no-untyped-def]
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(_with(fresh(APPLICANT, MAILBOX, "Concept form: wound care", "My concept form is attached."),
                    "Wound care concept form.docx", _docx(FORM)))
    sent = o.poll()
    o.ack = one(sent, "acknowledgement", APPLICANT)
    o.ce_request = one(sent, "ce_new_application", CE)
    return o


def test_an_uncertain_field_is_never_listed_as_missing_in_the_acknowledgement(submitted):
    text = body_text(submitted.ack.message)
    missing = _section(text, "missing these required items")
    assert "- Summative Assessment" in missing, "a field the parser is sure is empty is asked for"
    assert "Education Plan" not in missing, "a field the parser could not place is never claimed missing"
    assert f"- {field_label('education_plan_alignment')}" in _section(text, "the CE office will check them")
    assert "All required items are present" not in text
    app = _app(submitted)
    assert app.missing_required == ["summative_assessment"] and "education_plan_alignment" in app.uncertain_fields
    assert "R4" not in app.requirements_unmet, "an uncertain field is not claimed as an unmet requirement"


def test_the_ce_email_shows_what_was_read_what_is_uncertain_and_why(submitted):
    text = body_text(submitted.ce_request.message)
    assert f"{field_label('education_plan_alignment')} [UNCERTAIN]: (nothing read)" in text
    assert "not found on the form" in text
    assert "Summative Assessment [MISSING]" in text
    assert "Proposed Title: Wound Care for Community Nurses" in text and "confidence" in text
    assert "SET <field key>: <value>" in text


def test_the_applicants_reply_with_the_missing_items_is_read_into_the_application(submitted):
    o = submitted
    o.deliver(reply(o.ack, APPLICANT, "Hello,\n\nSummative Assessment: Observed dressing change on a simulator.\n"
                                      "Education Plan Alignment: Community and home care priorities.\n\nThanks,\nAmara"))
    sent = o.poll()
    app = _app(o)
    assert app.fields["summative_assessment"] == "Observed dressing change on a simulator."
    assert app.missing_required == [] and "education_plan_alignment" not in app.uncertain_fields
    assert app.stage == "ce_assessment"
    answered = [e for e in _rows(o, Event) if e.kind == "answered"]
    assert len(answered) == 1 and answered[0].actor == APPLICANT
    staff = body_text(one(sent, "fields_read", CE).message)
    assert "answered by reply" in staff and "Summative Assessment" in staff
    assert not [m for m in sent if APPLICANT in m.rcpt_tos], "the applicant is not answered twice"


def test_an_answer_that_is_not_clearly_labelled_is_kept_as_uncertain_for_staff(submitted):
    o = submitted
    o.deliver(reply(o.ack, APPLICANT, "The summative assessment will be an observed dressing change."))
    sent = o.poll()
    app = _app(o)
    assert "summative_assessment" in app.uncertain_fields and app.missing_required == []
    assert "not clearly labelled" in body_text(one(sent, "fields_read", CE).message)


def test_the_quoted_acknowledgement_is_not_read_as_answers(submitted):
    o = submitted
    o.deliver(reply(o.ack, APPLICANT, "I will send the rest next week."))
    o.poll()
    app = _app(o)
    assert app.missing_required == ["summative_assessment"] and app.amendments == {}


def test_ce_staff_correct_fields_by_reply_and_a_revision_keeps_corrections_it_does_not_change(submitted, capsys):
    o = submitted
    o.deliver(reply(o.ce_request, CE, "SET proposal_title: Chronic Wound Care for Community Nurses\n"
                                      "SET estimated_hours: 14"))
    sent = o.poll()
    transcript = body_text(one(sent, "command_result", CE).message)
    assert "proposal_title is now" in transcript and "estimated_hours is now" in transcript
    app = _app(o)
    assert app.title == "Chronic Wound Care for Community Nurses" and app.fields["estimated_hours"] == 14
    corrected = [e for e in _rows(o, Event) if e.kind == "corrected"]
    assert len(corrected) == 2 and all(e.actor == CE for e in corrected)
    assert o.status(capsys, app.reference)["fields"]["proposal_title"] == "Chronic Wound Care for Community Nurses"

    # The revision leaves the title as it was and answers the hours anew: the title correction stands.
    revised = [*FORM[:8], ("Summative Assessment", "Observed dressing change."), *FORM[9:],
               ("Estimated Hours", "10")]
    o.deliver(reply(o.ack, APPLICANT, "Revised form attached.", attach=("Wound care v2.docx", _docx(revised))))
    o.poll()
    app = _app(o)
    assert app.version == 2
    assert app.fields["proposal_title"] == "Chronic Wound Care for Community Nurses"
    assert app.fields["estimated_hours"] == 10
    assert app.missing_required == []


def test_set_from_the_applicant_or_without_proof_changes_nothing(submitted):
    o = submitted
    o.deliver(reply(o.ack, APPLICANT, "SET proposal_title: Something else"))
    o.deliver(fresh(CE, MAILBOX, f"SET [{_app(o).reference}]", "SET proposal_title: Forged title"))
    sent = o.poll()
    app = _app(o)
    assert app.title == "Wound Care for Community Nurses"
    assert not [e for e in _rows(o, Event) if e.kind == "corrected"]
    # The applicant's line is an answer to a field the form answered with confidence: staff see it, it is not applied.
    assert "NOT APPLIED" in body_text(one(sent, "fields_read", CE).message)


# ---- scans: the OCR job ---------------------------------------------------------------------

def _engine_and_settings(office: Office) -> tuple[Any, Any]:
    settings = load_settings(office.cfg)
    return open_database(settings.database_url), settings


def test_a_scan_is_acknowledged_at_once_and_staff_hear_when_ocr_has_read_it(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    engine, settings = _engine_and_settings(o)
    o.deliver(_with(fresh(APPLICANT, MAILBOX, "Concept form (scanned)", "Please find my concept form attached."),
                    "Scan_20260203_0915.pdf", SCANNED_FORM.read_bytes()))
    other = "lee.chen@example.org"
    o.deliver(_with(fresh(other, MAILBOX, "Concept form", "Attached."), "Wound care.docx", _docx(FORM)))

    # The poll itself never runs OCR: both are acknowledged, the scan waits in the job table.
    poll_once(engine, settings)
    flush(engine, settings)
    sent = list(smtp_sink.messages)
    ack = " ".join(body_text(one(sent, "acknowledgement", APPLICANT).message).split())
    assert "is a scan" in ack and "read by OCR" in ack and "missing these required items" not in ack
    one(sent, "acknowledgement", other)
    assert [j.state for j in _rows(o, OcrJob)] == ["pending"]
    scan_app = next(a for a in _rows(o, Application) if a.applicant_email == APPLICANT)
    assert scan_app.awaiting == "ocr" and scan_app.fields == {} and scan_app.missing_required == []

    with Sandbox() as sandbox:
        report = ocr_jobs.run(engine, settings, sandbox.read_scan)
        again = ocr_jobs.run(engine, settings, sandbox.read_scan)
    flush(engine, settings)
    assert report.read == 1 and again.read == 0, "a job is done once"
    later = smtp_sink.messages[len(sent):]
    staff = body_text(one(later, "fields_read", CE).message)
    assert "a concept form" in staff and "[UNCERTAIN]" in staff
    assert not [m for m in later if APPLICANT in m.rcpt_tos]
    app = next(a for a in _rows(o, Application) if a.applicant_email == APPLICANT)
    assert app.awaiting == "" and app.needs_manual_review and app.missing_required == []
    assert app.fields and set(app.fields) <= set(app.uncertain_fields), "every OCR value is uncertain"
    assert [j.state for j in _rows(o, OcrJob)] == ["done"]


def test_a_scan_whose_ocr_ran_out_of_time_is_read_again_not_given_up(tmp_path, dovecot, smtp_sink):
    from mailbot_parsers.ocr import OcrTimedOut

    o = Office(tmp_path, dovecot, smtp_sink)
    engine, settings = _engine_and_settings(o)
    o.deliver(_with(fresh(APPLICANT, MAILBOX, "Concept form (scanned)", "Please find my concept form attached."),
                    "Scan_20260203_0915.pdf", SCANNED_FORM.read_bytes()))
    poll_once(engine, settings)
    flush(engine, settings)
    calls: list[str] = []

    with Sandbox() as sandbox:
        def busy_then_free(data: bytes, filename: str) -> Any:
            calls.append(filename)
            if len(calls) == 1:  # the machine was busy: a page's OCR went past its time limit
                raise OcrTimedOut("OCR of page 1 over 20 s", filename)
            return sandbox.read_scan(data, filename)

        report = ocr_jobs.run(engine, settings, busy_then_free)
    assert len(calls) == 2 and report.read == 1 and report.failed == 0
    assert [j.state for j in _rows(o, OcrJob)] == ["done"]
    app = _app(o)
    assert app.fields and app.needs_manual_review and app.awaiting == ""


def test_a_scanned_letter_sent_as_a_form_is_recorded_as_not_a_form_and_staff_are_told(tmp_path, dovecot,
                                                                                      smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(_with(fresh(APPLICANT, MAILBOX, "My concept form", "Here is my concept form."),
                    "Oakridge LOS signed.pdf", SCANNED_LETTER.read_bytes()))
    sent = o.poll()  # poll --once: acknowledgements first, then the OCR job
    kinds_sent = [m.message["X-Mailbot"] for m in sent]
    assert kinds_sent.index("acknowledgement") < kinds_sent.index("fields_read"), "acknowledged before OCR"
    staff = " ".join(body_text(one(sent, "fields_read", CE).message).split())
    assert "not a concept form" in staff and "a letter" in staff and "no concept form" in staff
    app = _app(o)
    assert app.fields == {} and app.missing_required == [] and app.awaiting == ""
    assert [d.role for d in _rows(o, Document)] == ["letter_of_support"]
    assert any(e.kind == "ocr_read" and "not a concept form" in e.comment for e in _rows(o, Event))


def test_a_scan_with_no_word_of_a_form_is_answered_only_if_ocr_shows_a_form(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(_with(fresh("j.ostrowski@oakridge.example.org", MAILBOX, "From Oakridge", "See attached."),
                    "Oakridge LOS signed.pdf", SCANNED_LETTER.read_bytes()))
    o.deliver(_with(fresh("lucy.fernandes@example.org", MAILBOX, "Scan", "Sent from my scanner."),
                    "Scan_20260203_0915.pdf", SCANNED_FORM.read_bytes()))
    sent = o.poll()
    assert not [m for m in sent if "j.ostrowski@oakridge.example.org" in m.rcpt_tos], "a letter gets no answer"
    ack = one(sent, "acknowledgement", "lucy.fernandes@example.org")  # OCR showed a form: acknowledged now
    assert "missing these required items" not in body_text(ack.message)
    one(sent, "ce_new_application", CE)
    apps = _rows(o, Application)
    assert [a.applicant_email for a in apps] == ["lucy.fernandes@example.org"]
    assert sorted(j.outcome for j in _rows(o, OcrJob)) == ["concept_form", "letter_of_support"]
    letter = next(r for r in _rows(o, InboundMessage) if r.from_addr.startswith("j.ostrowski"))
    assert letter.target_folder == "attention" and letter.application_id is None


def test_parse_json_lists_uncertain_fields_beside_missing_required(tmp_path, capsys):
    from mailbot.ops.cli import main

    form = tmp_path / "form.docx"
    form.write_bytes(_docx(FORM))
    capsys.readouterr()
    assert main(["parse", str(form), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["missing_required"] == ["summative_assessment"]
    assert "education_plan_alignment" in out["uncertain_fields"]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    assert main(["parse", str(broken), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["uncertain_fields"] == [] and out["missing_required"] == []
