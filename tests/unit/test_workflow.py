"""The transition table: every row works, everything else is refused with the valid keywords."""
from __future__ import annotations

import itertools

import pytest

from mailbot.errors import MailbotError
from mailbot.review.workflow import (
    DECISION_KEYWORDS,
    INTERNAL_EVENTS,
    TERMINAL,
    TRANSITIONS,
    Role,
    Stage,
    TransitionError,
    allowed,
    apply,
    deciding_role,
    describe,
    explain,
    is_terminal,
)

REQUEST_TYPES = (None, "new", "existing_program", "micro_course")
ALL_KEYWORDS = sorted({t.keyword for t in TRANSITIONS} | {"ASSIGN", "NOTE", "STATUS", "BOGUS", ""})


def _expected(stage: Stage, keyword: str, role: Role, request_type: str | None) -> Stage | None:
    rows = [t for t in TRANSITIONS if (t.stage, t.keyword, t.role) == (stage, keyword, role)]
    specific = [t for t in rows if t.request_type is not None and t.request_type == request_type]
    generic = [t for t in rows if t.request_type is None]
    chosen = specific or generic
    return chosen[0].target if chosen else None


@pytest.mark.parametrize("row", TRANSITIONS, ids=lambda t: f"{t.stage}-{t.keyword}-{t.role}-{t.request_type}")
def test_every_row_of_the_table_is_applied(row):
    assert apply(row.stage, row.keyword, row.role, row.request_type) is row.target


def test_the_published_process_end_to_end():
    stage = Stage.RECEIVED
    for keyword, role in [
        ("INTAKE", Role.SYSTEM), ("MORE INFO", Role.CE), ("REVISED", Role.APPLICANT),
        ("SUPPORTED", Role.CE), ("ENDORSED", Role.SMT), ("PROPOSAL", Role.APPLICANT),
        ("FORWARD", Role.SYSTEM), ("REVISE", Role.SMT), ("PROPOSAL", Role.APPLICANT),
        ("FORWARD", Role.SYSTEM), ("ENDORSED", Role.SMT), ("APPROVED", Role.BOARD),
    ]:
        stage = apply(stage, keyword, role, "new")
    assert stage is Stage.APPROVED


def test_an_existing_program_goes_through_curriculum_quality_review():
    assert apply(Stage.SMT_CONCEPT_REVIEW, "ENDORSED", Role.SMT, "existing_program") is Stage.CURRICULUM_QUALITY_REVIEW
    assert apply(Stage.CURRICULUM_QUALITY_REVIEW, "COMPLETE", Role.CE) is Stage.IN_DEVELOPMENT
    assert apply(Stage.CURRICULUM_QUALITY_REVIEW, "reviewed", Role.CE) is Stage.IN_DEVELOPMENT


@pytest.mark.parametrize("request_type", [None, "new", "micro_course"])
def test_other_request_types_go_straight_to_development(request_type):
    assert apply(Stage.SMT_CONCEPT_REVIEW, "ENDORSED", Role.SMT, request_type) is Stage.IN_DEVELOPMENT


def test_the_proposal_endorsement_ignores_the_request_type():
    assert apply(Stage.SMT_PROPOSAL_REVIEW, "ENDORSED", Role.SMT, "existing_program") is Stage.BOARD_REVIEW


def test_every_combination_not_in_the_table_is_refused():
    checked = 0
    for stage, keyword, role, rtype in itertools.product(Stage, ALL_KEYWORDS, Role, REQUEST_TYPES):
        expected = _expected(stage, keyword, role, rtype)
        if expected is None:
            with pytest.raises(TransitionError):
                apply(stage, keyword, role, rtype)
            checked += 1
        else:
            assert apply(stage, keyword, role, rtype) is expected
    assert checked > 1000


def test_the_refusal_is_one_sentence_naming_the_valid_keywords():
    with pytest.raises(TransitionError) as err:
        apply(Stage.CE_ASSESSMENT, "APPROVED", Role.CE)
    message = str(err.value)
    assert "SUPPORTED, NOT SUPPORTED, MORE INFO" in message
    assert "CE assessment" in message
    assert isinstance(err.value, MailbotError)


def test_the_refusal_to_the_wrong_role_says_who_decides():
    with pytest.raises(TransitionError, match="waits for CE staff"):
        apply(Stage.CE_ASSESSMENT, "ENDORSED", Role.SMT)


def test_the_refusal_never_suggests_internal_events():
    with pytest.raises(TransitionError) as err:
        apply(Stage.IN_DEVELOPMENT, "SUPPORTED", Role.APPLICANT)
    assert "PROPOSAL" not in str(err.value)
    assert "WITHDRAW" in str(err.value)


def test_keywords_are_case_and_space_insensitive():
    assert apply("ce_assessment", "  not   supported ", "ce") is Stage.DECLINED


def test_not_supported_never_reads_as_supported():
    assert apply(Stage.CE_ASSESSMENT, "NOT SUPPORTED", Role.CE) is Stage.DECLINED


@pytest.mark.parametrize("stage", [s for s in Stage if s not in TERMINAL])
def test_the_applicant_may_withdraw_from_every_open_stage(stage):
    assert apply(stage, "WITHDRAW", Role.APPLICANT) is Stage.WITHDRAWN
    assert "WITHDRAW" in allowed(stage, Role.APPLICANT)


@pytest.mark.parametrize("stage", sorted(TERMINAL))
def test_nobody_withdraws_a_finished_application(stage):
    with pytest.raises(TransitionError):
        apply(stage, "WITHDRAW", Role.APPLICANT)


@pytest.mark.parametrize("stage", [s for s in Stage if s not in (
    Stage.CE_ASSESSMENT, Stage.RECEIVED, Stage.FULL_PROPOSAL_RECEIVED)])
def test_ce_may_reopen_from_any_stage_but_assessment_itself(stage):
    assert apply(stage, "REOPEN", Role.CE) is Stage.CE_ASSESSMENT
    for role in (Role.SMT, Role.BOARD, Role.APPLICANT, Role.SYSTEM):
        with pytest.raises(TransitionError):
            apply(stage, "REOPEN", role)


def test_an_approved_application_is_final_unless_ce_reopens_it():
    for role in Role:
        assert allowed(Stage.APPROVED, role) == (["REOPEN"] if role == Role.CE else [])
    with pytest.raises(TransitionError, match="the process has ended"):
        apply(Stage.APPROVED, "WITHDRAW", Role.APPLICANT)
    with pytest.raises(TransitionError):
        apply(Stage.CE_ASSESSMENT, "REOPEN", Role.CE)


def test_terminal_stages():
    assert {s for s in Stage if is_terminal(s)} == {Stage.APPROVED, Stage.DECLINED, Stage.WITHDRAWN}


@pytest.mark.parametrize("stage,role", [
    (Stage.RECEIVED, Role.SYSTEM), (Stage.CE_ASSESSMENT, Role.CE), (Stage.AWAITING_APPLICANT, Role.APPLICANT),
    (Stage.SMT_CONCEPT_REVIEW, Role.SMT), (Stage.CURRICULUM_QUALITY_REVIEW, Role.CE),
    (Stage.IN_DEVELOPMENT, Role.APPLICANT), (Stage.FULL_PROPOSAL_RECEIVED, Role.SYSTEM),
    (Stage.SMT_PROPOSAL_REVIEW, Role.SMT), (Stage.BOARD_REVIEW, Role.BOARD),
    (Stage.APPROVED, None), (Stage.DECLINED, None), (Stage.WITHDRAWN, None),
])
def test_deciding_role(stage, role):
    assert deciding_role(stage) is role


def test_allowed_lists_keywords_in_table_order():
    assert allowed(Stage.SMT_PROPOSAL_REVIEW, Role.SMT) == ["ENDORSED", "REVISE", "NOT ENDORSED"]
    assert allowed(Stage.SMT_CONCEPT_REVIEW, Role.SMT) == ["ENDORSED", "NOT ENDORSED"]
    assert allowed(Stage.BOARD_REVIEW, Role.BOARD) == ["APPROVED", "NOT APPROVED"]
    assert allowed(Stage.BOARD_REVIEW, Role.CE) == ["REOPEN"]


def test_every_stage_has_a_label_and_an_explanation():
    assert describe(Stage.SMT_CONCEPT_REVIEW) == "SMT concept review"
    for stage in Stage:
        assert describe(stage) and explain(stage).endswith(".")


def test_every_stage_is_reachable_and_every_open_stage_can_move():
    reached = {Stage.RECEIVED} | {t.target for t in TRANSITIONS}
    assert reached == set(Stage)
    for stage in Stage:
        if stage is not Stage.APPROVED:
            assert any(t.stage == stage for t in TRANSITIONS)


def test_decision_keywords_exclude_internal_events():
    assert not DECISION_KEYWORDS & INTERNAL_EVENTS
    assert {"SUPPORTED", "NOT SUPPORTED", "MORE INFO", "ENDORSED", "NOT ENDORSED", "REVISE",
            "COMPLETE", "REVIEWED", "APPROVED", "NOT APPROVED", "WITHDRAW", "REOPEN"} == DECISION_KEYWORDS
