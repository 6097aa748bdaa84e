"""Reading commands from replies: only the sender's fresh first line (or a bare subject) counts."""
from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from mailbot.mail.htmltext import html_to_text
from mailbot.review.commands import COMMANDS, KEYWORDS, help_lines
from mailbot.review.replies import ParsedReply, fresh_text, parse_reply, strip_subject
from mailbot.review.workflow import Role, Stage

CORPUS = Path(__file__).resolve().parents[1] / "data" / "shared" / "corpus" / "emails"
STAFF_REPLY = CORPUS / "11-staff-reply-supported.eml"
STAFF_COMMENT = (
    "Strong proposal with a committed partner and a credible assessment. Please go ahead with "
    "development planning; I'd like to see the assessor guide before launch."
)

OUTLOOK_REPLY = """\
NOT SUPPORTED \u2013 the partner letter is missing.
We need a signed letter before this can go further.

Priya Shah
Program Manager, Continuing Education

________________________________
From: Continuing Education <ce@michener.example>
Sent: Tuesday, February 3, 2026 9:02 AM
To: Priya Shah <priya.shah@michener.example>
Subject: [MC-2026-0007] Concept review: ECMO

A micro-credential concept is ready for your review.
Reply SUPPORTED, NOT SUPPORTED or MORE INFO on the first line.
"""

OUTLOOK_HEADERS_ONLY = """\
More info: what is the planned cohort size?

From: Continuing Education <ce@michener.example>
Sent: Tuesday, February 3, 2026 9:02 AM
To: Priya Shah <priya.shah@michener.example>
Subject: [MC-2026-0007] Concept review

SUPPORTED
"""

ORIGINAL_MESSAGE = """\
endorsed

-----Original Message-----
From: Continuing Education
NOT ENDORSED
"""

GMAIL_REPLY = """\
Endorsed. Good fit with our strategy.

Kind regards,
Samir

On Tue, Feb 3, 2026 at 9:02 AM Continuing Education <
ce@michener.example> wrote:

> NOT ENDORSED is also possible.
"""

APPLICANT_QUOTING = """\
Thank you! I will send the full proposal next month.

On Tue, Feb 3, 2026 at 9:02 AM Continuing Education <ce@michener.example> wrote:
> SUPPORTED
> Your concept was supported by CE.
"""

OUTLOOK_HTML = """\
<html><head><style>p.MsoNormal {margin:0}</style></head><body>
<div class="WordSection1">
<p class="MsoNormal">Supported<o:p></o:p></p>
<p class="MsoNormal">Looks solid.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Priya<o:p></o:p></p>
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Continuing Education<br><b>Sent:</b> Tuesday</div>
<div>NOT SUPPORTED<br>Reply with your decision.</div>
</body></html>
"""

GMAIL_HTML = """\
<div dir="ltr">more info<div>What is the <b>cohort</b> size?</div><div><br></div><div>Amara</div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Feb 3, 2026 wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px"><div>SUPPORTED</div><p>unclosed</blockquote></div>
"""


def _staff_reply_parts() -> tuple[str, str, str]:
    message = email.message_from_bytes(STAFF_REPLY.read_bytes(), policy=policy.default)
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return plain, html, str(message["Subject"])


def test_the_corpus_staff_reply_is_supported_with_its_paragraph_as_comment():
    plain, _, subject = _staff_reply_parts()
    reply = parse_reply(plain, subject)
    assert reply.keyword == "SUPPORTED"
    assert reply.comment == STAFF_COMMENT
    assert reply.source == "body"
    assert "wrote:" not in reply.fresh_text and ">" not in reply.fresh_text


def test_the_corpus_staff_reply_reads_the_same_from_its_html_part():
    plain, html, subject = _staff_reply_parts()
    assert parse_reply(html_to_text(html), subject) == parse_reply(plain, subject)


def test_outlook_reply_reads_not_supported_never_supported():
    reply = parse_reply(OUTLOOK_REPLY, "RE: [MC-2026-0007] Concept review: ECMO")
    assert reply.keyword == "NOT SUPPORTED"
    assert reply.comment == "the partner letter is missing.\nWe need a signed letter before this can go further."
    assert "From:" not in reply.fresh_text


def test_outlook_header_block_without_separator_ends_the_fresh_text():
    reply = parse_reply(OUTLOOK_HEADERS_ONLY)
    assert reply.keyword == "MORE INFO"
    assert reply.comment == "what is the planned cohort size?"
    assert "SUPPORTED" not in reply.fresh_text


def test_original_message_separator_ends_the_fresh_text():
    reply = parse_reply(ORIGINAL_MESSAGE)
    assert reply.keyword == "ENDORSED"
    assert reply.fresh_text == "endorsed"


def test_gmail_reply_with_wrapped_attribution_and_closing():
    reply = parse_reply(GMAIL_REPLY)
    assert reply.keyword == "ENDORSED"
    assert reply.comment == "Good fit with our strategy."
    assert reply.fresh_text == "Endorsed. Good fit with our strategy."


def test_an_applicant_quoting_a_keyword_is_not_a_command():
    reply = parse_reply(APPLICANT_QUOTING, "Re: [MC-2026-0007] Your concept was supported")
    assert reply.keyword is None
    assert reply.fresh_text == "Thank you! I will send the full proposal next month."


def test_a_reply_that_only_quotes_is_not_a_command():
    assert parse_reply("> SUPPORTED\n> more\n").keyword is None


def test_bottom_posted_keywords_below_the_quote_are_not_read():
    assert parse_reply("> Please decide.\n\nSUPPORTED\n").keyword is None


@pytest.mark.parametrize("text", [
    "I think this should be supported.",
    "We are not supported by finance yet? SUPPORTED",
    "Hello,\n\nSUPPORTED",
])
def test_a_keyword_mid_sentence_or_after_the_first_line_is_not_a_command(text):
    assert parse_reply(text).keyword is None


def test_a_keyword_in_a_signature_is_not_a_command():
    reply = parse_reply("Will look next week.\n-- \nENDORSED BY THE SMT SINCE 2019\n")
    assert reply.keyword is None
    assert reply.fresh_text == "Will look next week."


def test_a_disclaimer_is_never_read_and_never_kept():
    text = (
        "CAUTION: This email originated from outside of the organization. Do not click links.\n\n"
        "Withdraw\n\nWe lost our funding.\n\n"
        "CONFIDENTIALITY: This email and any attachments are confidential. SUPPORTED\n"
    )
    reply = parse_reply(text)
    assert reply.keyword == "WITHDRAW"
    assert reply.comment == "We lost our funding."
    assert "CONFIDENTIALITY" not in reply.fresh_text and "CAUTION" not in reply.fresh_text


def test_a_disclaimer_alone_is_not_a_command():
    assert parse_reply("Disclaimer: SUPPORTED communications by email are confidential.").keyword is None


@pytest.mark.parametrize("line,keyword,comment", [
    ("supported", "SUPPORTED", ""),
    ("  Supported!!  ", "SUPPORTED", ""),
    ("**SUPPORTED**", "SUPPORTED", ""),
    ("*Not Supported* - budget", "NOT SUPPORTED", "budget"),
    ("Decision: SUPPORTED", "SUPPORTED", ""),
    ("**Decision:** not-supported.", "NOT SUPPORTED", ""),
    ("NOT   ENDORSED: weak outcomes", "NOT ENDORSED", "weak outcomes"),
    ("Not approved \u2014 see minutes", "NOT APPROVED", "see minutes"),
    ("approved", "APPROVED", ""),
    ("- REVISE, the budget is thin", "REVISE", "the budget is thin"),
    ("more info: cohort size?", "MORE INFO", "cohort size?"),
    ("Complete", "COMPLETE", ""),
    ("reviewed.", "REVIEWED", ""),
    ("REOPEN", "REOPEN", ""),
    ("status", "STATUS", ""),
    ("\u200bSUPPORTED\xa0", "SUPPORTED", ""),
])
def test_keyword_spellings(line, keyword, comment):
    reply = parse_reply(line + "\n")
    assert (reply.keyword, reply.comment) == (keyword, comment)


@pytest.mark.parametrize("line", ["SUPPORTEDLY yes", "supporter", "Not sure", "NOTED", "approvedx", "Withdrawn"])
def test_words_that_merely_start_like_a_keyword_are_not_keywords(line):
    assert parse_reply(line).keyword is None


def test_keywords_are_tried_longest_first():
    assert KEYWORDS.index("NOT SUPPORTED") < KEYWORDS.index("SUPPORTED")
    assert KEYWORDS.index("NOT ENDORSED") < KEYWORDS.index("ENDORSED")
    assert KEYWORDS.index("NOT APPROVED") < KEYWORDS.index("APPROVED")
    assert not {"INTAKE", "REVISED", "PROPOSAL", "FORWARD"} & set(KEYWORDS)


def test_comment_is_rest_of_line_and_the_following_paragraph_only():
    reply = parse_reply("SUPPORTED with pleasure\n\nFirst paragraph\ncontinues.\n\nSecond paragraph.\n")
    assert reply.comment == "with pleasure\nFirst paragraph\ncontinues."


def test_assign_takes_an_address_argument():
    reply = parse_reply("ASSIGN <Jane.Doe@michener.ca> she knows ECMO\n")
    assert (reply.keyword, reply.argument, reply.comment) == ("ASSIGN", "Jane.Doe@michener.ca", "she knows ECMO")
    assert COMMANDS["ASSIGN"].check(reply.argument) is None


def test_assign_without_an_address_is_explained():
    reply = parse_reply("Assign someone please")
    assert reply.keyword == "ASSIGN" and reply.argument == ""
    assert "needs an email address" in COMMANDS["ASSIGN"].check(reply.argument)


def test_note_takes_its_text_as_argument():
    reply = parse_reply("NOTE called the lead today\nshe will send the letter\n\nPriya")
    assert reply.argument == "called the lead today\nshe will send the letter"
    assert COMMANDS["NOTE"].check(reply.argument) is None
    assert COMMANDS["NOTE"].check(parse_reply("NOTE").argument) is not None


@pytest.mark.parametrize("subject,keyword", [
    ("SUPPORTED", "SUPPORTED"),
    ("Re: [MC-2026-0007] not supported", "NOT SUPPORTED"),
    ("[MC-2026-0007] MORE INFO", "MORE INFO"),
    ("Supported - RE: [MC-2026-0007] Concept review: ECMO", "SUPPORTED"),
    ("AW: Fwd: RE: [MC-2026-0007] Endorsed", "ENDORSED"),
    ("Re: [MC-2026-0007] Concept review: ECMO", None),
    ("Re: [MC-2026-0007] Approved: ECMO Circuit Management", None),
    ("Re: [MC-2026-0007] More info needed about ECMO", None),
    ("[MC-2026-0007] Supported by CE: next steps", None),
])
def test_subject_is_a_command_only_when_it_is_the_keyword(subject, keyword):
    assert parse_reply("", subject).keyword == keyword


def test_body_keyword_wins_over_subject_and_subject_comment_comes_from_the_body():
    assert parse_reply("NOT SUPPORTED", "SUPPORTED").keyword == "NOT SUPPORTED"
    reply = parse_reply("Looks good to me.\n\nAmara", "SUPPORTED [MC-2026-0007]")
    assert (reply.keyword, reply.comment, reply.source) == ("SUPPORTED", "Looks good to me.", "subject")


def test_strip_subject():
    assert strip_subject("RE: Fwd: [MC-2026-0007] Concept review") == "Concept review"
    assert strip_subject("Re[2]: AW: x [CE-2026-0042]") == "x"


def test_no_keyword_gives_an_empty_command():
    assert parse_reply("Hello") == ParsedReply(None, "", "", "Hello", "")


def test_fresh_text_of_mixed_line_endings():
    assert fresh_text("SUPPORTED\r\nok\r\n\r\n> quoted\r\n") == "SUPPORTED\nok"


def test_outlook_html_reply_drops_everything_after_appendonsend():
    text = html_to_text(OUTLOOK_HTML)
    assert text == "Supported\nLooks solid.\n\nPriya"
    reply = parse_reply(text)
    assert (reply.keyword, reply.comment) == ("SUPPORTED", "Looks solid.")


def test_gmail_html_reply_drops_the_quote_even_with_unclosed_tags():
    text = html_to_text(GMAIL_HTML)
    assert text == "more info\nWhat is the cohort size?\n\nAmara"
    assert parse_reply(text).keyword == "MORE INFO"


def test_html_blockquote_and_head_are_dropped_and_entities_decoded():
    html = "<html><head><title>SUPPORTED</title></head><body><p>Ok &amp; fine</p><blockquote>SUPPORTED</blockquote><p>Bye</p></body></html>"
    assert html_to_text(html) == "Ok & fine\n\nBye"


def test_outlook_forward_marker_with_prefixed_id_also_stops():
    assert html_to_text('<div>NOTE hi</div><div id="x_divRplyFwdMsg">From: x</div><div>SUPPORTED</div>') == "NOTE hi"


def test_help_lines_list_valid_keywords_and_commands_for_the_role():
    lines = help_lines(Stage.CE_ASSESSMENT, Role.CE)
    assert lines[0].startswith("SUPPORTED:")
    assert any(line.startswith("ASSIGN") for line in lines)
    applicant = help_lines(Stage.IN_DEVELOPMENT, Role.APPLICANT)
    assert applicant[0].startswith("WITHDRAW") and not any("PROPOSAL" in line for line in applicant)
    assert not any(line.startswith("NOTE") for line in applicant)


@pytest.mark.parametrize("text", [
    "On " + "a " * 50_000,  # mail-parser-reply's "On ... wrote:" regex is quadratic per line
    "On a b wrote:x\n" * 20_000,
    "decision" + " -" * 50_000,
    "**" * 50_000 + "SUPPORTED",
    "From: x\n" * 50_000,
])
def test_hostile_bodies_are_read_in_linear_time(text):
    import time

    started = time.perf_counter()
    parse_reply(text, text)
    assert time.perf_counter() - started < 2.0


def test_a_keyword_buried_after_too_much_markup_is_not_read():
    assert parse_reply("*" * 500 + "SUPPORTED").keyword is None


def test_a_disclaimer_right_under_the_signature_is_cut_but_a_mid_sentence_warning_is_kept():
    reply = parse_reply(
        "NOT SUPPORTED. Warning: the partner email is unsigned.\n\nPriya Shah\n"
        "Confidential: this e-mail is intended only for the addressee.\nIf received in error, delete it."
    )
    assert reply.keyword == "NOT SUPPORTED"
    assert reply.comment == "Warning: the partner email is unsigned.\nPriya Shah"  # rest + next paragraph
    assert reply.fresh_text == "NOT SUPPORTED. Warning: the partner email is unsigned.\n\nPriya Shah"
