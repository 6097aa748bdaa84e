"""Every email template renders, in text and HTML, and inbound data stays data."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from mailbot.mail.emails import EMAILS, make_message, template_languages, template_names, writes_to_outsiders
from mailbot.mail.language import LANGUAGES
from mailbot.ops.samples import CONTEXTS, NOW


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


@pytest.mark.parametrize("name", template_names())
def test_each_html_part_shows_its_own_markup_as_markup(name):
    # A macro's output is the template's own HTML: escaping it would show tags as text. The
    # contexts' hostile values (<script>, <b>, <i>) stay escaped, which the test above checks.
    from mailbot.mail.emails import render

    html = render(name, CONTEXTS[name])[2]
    assert not re.search(r"&lt;/?(?:td|tr|table|div|h3|p|span)\b", html)
