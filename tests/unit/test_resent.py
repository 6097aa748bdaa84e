"""A form sent again is the same application; a changed form with the same title is a revision."""
from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

from apphelpers import CE, SHARED
from clockhelpers import local, mails, make_env, route_mail
from sqlmodel import Session, select

from mailbot.store.models import Application

FORM = SHARED / "corpus" / "Concept Form - PICC Insertion - C Okafor.docx"
LEAD = "c.okafor@hospital.example"
_n = [0]


def _submit(engine, settings, sender: str, name: str, data: bytes, now) -> str:  # type: ignore[no-untyped-def]
    _n[0] += 1
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, settings.mailbox_address, "Concept form"
    msg["Message-ID"] = f"<resent-{_n[0]}@hospital.example>"
    msg.set_content("Please find my concept form attached.")
    msg.add_attachment(data, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    return route_mail(engine, settings, msg, now).kind


def _changed(path: Path) -> bytes:
    """The same form with one answer edited (the title stays)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                assert b"Tip Confirmation" in data
                data = data.replace(b"ultrasound", b"ULTRASOUND-GUIDED-EDITED", 1)
            dst.writestr(item, data)
    return out.getvalue()


def _apps(engine) -> list[Application]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return list(s.exec(select(Application)).all())


def test_the_same_form_again_is_answered_with_its_reference_and_nothing_else(tmp_path):
    settings, engine = make_env(tmp_path)
    form = FORM.read_bytes()
    assert _submit(engine, settings, LEAD, FORM.name, form, local(2026, 11, 2, 10)) == "submission"
    assert _submit(engine, settings, LEAD, "copy.docx", form, local(2026, 11, 3, 10)) == "resent"
    [app] = _apps(engine)
    [again] = mails(engine, "already_recorded")
    assert again.recipients == [LEAD] and app.reference in again.subject
    assert len(mails(engine, "acknowledgement")) == 1 and len(mails(engine, "ce_new_application")) == 1
    # The same file from someone else is their own application.
    assert _submit(engine, settings, "someone.else@hospital.example", FORM.name, form,
                   local(2026, 11, 3, 11)) == "submission"
    assert len(_apps(engine)) == 2


def test_a_changed_form_with_the_same_title_is_a_revision_of_the_open_application(tmp_path):
    settings, engine = make_env(tmp_path)
    assert _submit(engine, settings, LEAD, FORM.name, FORM.read_bytes(), local(2026, 11, 2, 10)) == "submission"
    assert _submit(engine, settings, LEAD, FORM.name, _changed(FORM), local(2026, 11, 4, 10)) == "revision"
    [app] = _apps(engine)
    assert app.version == 2
    [review] = mails(engine, "review_request")
    assert review.recipients == [CE] and "version 2" in review.body.decode("utf-8", "replace")
