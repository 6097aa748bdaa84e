"""On the real test servers: applicants are answered in the language they wrote in, and stay so."""
from __future__ import annotations

import re

from apphelpers import CE, SHARED, body_text, expected
from test_review import Office, kinds, one, reply

FRENCH_EMAIL = SHARED / "corpus" / "emails" / "05-rfc2231-non-ascii-filename.eml"  # French email, bilingual form
ENGLISH_EMAIL = SHARED / "corpus" / "emails" / "02-gmail-fillable-pdf.eml"
FRENCH = expected(FRENCH_EMAIL)["sender"]
ENGLISH = expected(ENGLISH_EMAIL)["sender"]
FRENCH_DATE = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} (janvier|février|mars|"
                         r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b")


def test_a_french_form_is_acknowledged_in_french_and_an_english_one_in_english_and_a_later_update_too(
        tmp_path, dovecot, smtp_sink, capsys):  # type: ignore[no-untyped-def]
    o = Office(tmp_path, dovecot, smtp_sink)
    o.dovecot.append(FRENCH_EMAIL.read_bytes())
    o.dovecot.append(ENGLISH_EMAIL.read_bytes())
    sent = o.poll()
    assert kinds(sent) == sorted([("acknowledgement", FRENCH), ("acknowledgement", ENGLISH),
                                  ("ce_new_application", CE), ("ce_new_application", CE)])

    fr_ack = one(sent, "acknowledgement", FRENCH).message
    fr_text = body_text(fr_ack)
    assert fr_ack["Content-Language"] == "fr" and "] Reçu : " in fr_ack["Subject"]
    assert fr_text.startswith("Bonjour Geneviève Côté-Lévesque,")
    assert "Nous vous remercions" in fr_text and "bureau de la formation continue" in fr_text
    assert FRENCH_DATE.search(fr_text), fr_text
    assert "Thank you" not in fr_text and "What happens next" not in fr_text

    en_ack = one(sent, "acknowledgement", ENGLISH).message
    en_text = body_text(en_ack)
    assert en_ack["Content-Language"] == "en" and "] Received: " in en_ack["Subject"]
    assert "Thank you for your micro-credential concept form" in en_text and not FRENCH_DATE.search(en_text)

    # Staff read the office's language for both.
    for request in [m for m in sent if m.message["X-Mailbot"] == "ce_new_application"]:
        assert request.message["Content-Language"] == "en"
        assert "Received" in body_text(request.message)

    apps = {a["applicant_email"]: a for a in o.status(capsys)}
    fr_ref = apps[FRENCH]["reference"]
    fr_request = next(m for m in sent if m.message["X-Mailbot"] == "ce_new_application" and fr_ref in m.message["Subject"])

    # CE asks the French applicant for more information: the update is in French too.
    o.deliver(reply(fr_request, CE, "MORE INFO\nPlease confirm the partner's letter of support."))
    sent = o.poll()
    assert kinds(sent) == sorted([("command_result", CE), ("stage_changed", FRENCH)])
    update = one(sent, "stage_changed", FRENCH).message
    text = body_text(update)
    assert update["Content-Language"] == "fr"
    assert update["Subject"] == f"[{fr_ref}] Mise à jour : En attente de renseignements"
    assert "attend des renseignements supplémentaires de votre part" in text
    assert "Please confirm the partner's letter of support." in text  # the reviewer's own words, as written
    assert "WITHDRAW" in text and "has moved" not in text
    assert "done" in body_text(one(sent, "command_result", CE).message)  # CE's transcript stays English
