"""More concept forms in one email than [intake] max_forms_per_message: held for a person, the cap
decided once per message (the rule's predicate and its handler read the same answer)."""
from __future__ import annotations

from email.message import EmailMessage
from functools import cache

from apphelpers import SHARED
from clockhelpers import local, make_env, route_mail
from sqlmodel import Session, select

from mailbot.intake import caps
from mailbot.intake.table import ATTENTION, ParsedDocument, parse_in_process
from mailbot.mail.message import Attachment
from mailbot.store.models import Application

FORM = SHARED / "corpus" / "Concept Form - PICC Insertion - C Okafor.docx"


@cache
def _form_result() -> ParsedDocument:
    return parse_in_process(Attachment(FORM.name, "application/octet-stream", FORM.read_bytes()))


def _as_form(att: Attachment) -> ParsedDocument:
    """Every attachment reads as the corpus form (parsed once): the cap counts forms, not their words."""
    return ParsedDocument(att, result=_form_result().result)


def _route(tmp_path, forms: int):  # type: ignore[no-untyped-def]
    settings, engine = make_env(tmp_path)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dana@harbourview.example.com", settings.mailbox_address, "Forms"
    msg["Message-ID"] = f"<cap-{forms}@harbourview.example.com>"
    msg.set_content("Our concept forms.")
    for n in range(forms):  # distinct bytes: identical copies would be one document
        msg.add_attachment(f"form {n}".encode(), maintype="application", subtype="octet-stream",
                           filename=f"form {n}.docx")
    outcome = route_mail(engine, settings, msg, local(2026, 11, 2, 10), extract=_as_form)
    with Session(engine) as s:
        return outcome, len(s.exec(select(Application)).all())


def test_one_form_over_the_cap_holds_the_email_and_the_cap_is_decided_once(tmp_path, monkeypatch):
    assert _form_result().result is not None and _form_result().result.is_concept_form
    calls: list[tuple[int, int]] = []
    real = caps.too_many_forms

    def counted(count: int, limit: int) -> str | None:
        calls.append((count, limit))
        return real(count, limit)

    monkeypatch.setattr(caps, "too_many_forms", counted)
    outcome, apps = _route(tmp_path, 6)
    assert (outcome.kind, outcome.folder, outcome.parked) == ("too_many_forms", ATTENTION, True)
    assert outcome.reason.startswith("6 concept forms in one email (more than [intake] max_forms_per_message = 5)")
    assert calls == [(6, 5)] and apps == 0


def test_as_many_forms_as_the_cap_are_submissions(tmp_path):
    outcome, apps = _route(tmp_path, 5)
    assert outcome.kind == "submission" and apps == 5
