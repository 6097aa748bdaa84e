"""The command objects agree with the transitions table, and event kinds carry their meaning."""
from __future__ import annotations

import pytest

from mailbot.review import workflow
from mailbot.review.commands import COMMANDS, KEYWORDS, decision, decision_keywords, help_lines, shares_comment
from mailbot.review.replies import parse_reply
from mailbot.review.workflow import TRANSITIONS, Role, Stage
from mailbot.store.events import EventKind


def test_every_decision_keyword_of_the_table_is_one_command_and_nothing_else_is_a_decision():
    assert {c.name for c in COMMANDS.values() if c.decision} == workflow.DECISION_KEYWORDS
    assert set(KEYWORDS) == set(COMMANDS)


@pytest.mark.parametrize("stage", list(Stage))
@pytest.mark.parametrize("role", list(Role))
def test_a_decision_is_usable_exactly_where_the_table_has_a_row_for_it(stage, role):
    for name, command in COMMANDS.items():
        if command.decision:
            in_table = any(t.stage == stage and t.role == role and t.keyword == name for t in TRANSITIONS)
            assert command.usable(stage, role) == in_table, (name, stage, role)


def test_internal_events_and_unknown_words_cannot_become_commands():
    for name in ("INTAKE", "FORWARD", "PROPOSAL", "REVISED", "BOGUS"):
        with pytest.raises(ValueError):
            decision(name)


def test_the_applicant_sees_the_comment_of_refusals_questions_and_reopening_only():
    assert {k for k in COMMANDS if shares_comment(k)} == {
        "MORE INFO", "NOT SUPPORTED", "NOT ENDORSED", "NOT APPROVED", "REVISE", "REOPEN"}


def test_decision_keywords_follow_the_table_order_and_skip_other_roles():
    assert decision_keywords(Stage.CE_ASSESSMENT, Role.CE) == ["SUPPORTED", "NOT SUPPORTED", "MORE INFO"]
    assert decision_keywords(Stage.CE_ASSESSMENT, Role.SMT) == []
    assert decision_keywords(Stage.CE_ASSESSMENT, None) == []


def test_applicants_may_use_withdraw_and_status_and_no_staff_command():
    open_to_applicant = {k for k, c in COMMANDS.items() if c.open_to([Role.APPLICANT])}
    assert open_to_applicant == {"WITHDRAW", "STATUS"}


def test_help_lines_come_from_the_objects_and_name_the_stage():
    lines = help_lines(Stage.SMT_CONCEPT_REVIEW, Role.SMT)
    assert lines[0] == "ENDORSED: moves the application on from SMT concept review."
    assert "STATUS: reply with the application's timeline." in lines
    assert help_lines(Stage.APPROVED, Role.APPLICANT) == ["STATUS: reply with the application's timeline."]


def test_each_command_reads_its_own_argument():
    assert parse_reply("ASSIGN jo@michener.ca\n").argument == "jo@michener.ca"
    assert parse_reply("NOTE called\n").argument == "called"
    assert parse_reply("SUPPORTED great idea\n").argument == ""


def test_event_kinds_state_their_meaning_once():
    assert EventKind.where("counts_as_decision") == (EventKind.DECISION,)
    assert set(EventKind.where("counts_as_acting")) == {EventKind.DECISION, EventKind.NOTE}
    assert EventKind.DECISION.in_digest and not EventKind.NOTE.in_digest
    assert EventKind.STAGE_CHANGE.moves_stage and not EventKind.STAGE_CHANGE.counts_as_decision
    assert all(kind.meaning.summary for kind in EventKind)
