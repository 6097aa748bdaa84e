"""Supports that make a weakly read value sure only when a second, independent reading agrees with it.

* a choice read from a printed menu agrees with the one option the menu's own marks tick (``marked``), and a value
  that is another option is doubted (``marked_other``);
* the job title and the department split from one contact line each have their own shape (``agreeing``);
* the proposer's name is the one the email address is built from;
* the partner's contact split from an answer that also named the organisation is a person;
* a yearly count or a start split from a logistics answer is stated alone, or as the object of a start verb, in
  the sentence it came from;
* the learners a proposing sentence names read as a group of people and nothing more.
"""
from __future__ import annotations

from mailbot_parsers.calibration import (agreeing_contact, agreeing_practicalities, count_alone, judge,
                                         learners_shaped, menu_mark, name_in_address, proposing_split, start_stated)


def _from(label: str, keys: list[str], method: str = "composite") -> dict[str, tuple[str, str]]:
    return {k: (method, label) for k in keys}


# -- printed menus ------------------------------------------------------------------------------------------------

def test_the_one_ticked_option_of_a_menu_is_its_answer_whatever_the_mark() -> None:
    assert menu_mark("delivery_format", "[ ] Online [X] In person [ ] Hybrid") == "in_person"
    assert menu_mark("delivery_format", "◉ Online\n○ In person\n○ Hybrid") == "online"
    assert menu_mark("request_type", "_ New micro-credential _ Convert an existing program X Micro-course") \
        == "micro_course"
    assert menu_mark("endorsement_status", "[ ] Letter attached [ ] Confirmed [ ] In discussion [x] None") == "none"


def test_a_menu_with_no_tick_or_several_or_a_loose_option_picks_nothing() -> None:
    assert menu_mark("delivery_format", "[ ] Online [ ] In person [ ] Hybrid") is None
    assert menu_mark("delivery_format", "[X] Online [X] In person [ ] Hybrid") is None
    # an option before the first mark has no box of its own: which one the tick belongs to is not shown
    assert menu_mark("endorsement_status", "Letter of support attached ✔ Endorsement confirmed In discussion") is None
    assert menu_mark("proposal_title", "[X] Online [ ] Hybrid") is None  # not a choice field


def test_a_choice_the_menu_ticks_is_sure_and_one_it_does_not_is_doubted() -> None:
    raw = "[]New micro-credential [ ]Convert an existing program [X] Micro-course"
    sure = judge("request_type", "micro_course", "Type of Request", 0.55, raw=raw, method="label_line")
    assert sure.confidence >= 0.85 and sure.supports == ("marked",)
    doubted = judge("request_type", "new", "Type of Request", 0.55, raw=raw, method="label_line")
    assert "marked_other" in doubted.doubts and doubted.confidence < 0.85


# -- a contact line split into pieces -----------------------------------------------------------------------------

def test_a_job_and_a_unit_split_from_one_answer_agree() -> None:
    values = {"proposer_name": "Graham Whitcombe", "proposer_title": "Manager, Occupational Health",
              "proposer_department": "People and Culture, Sunnyside Health Network"}
    read_from = {"proposer_name": ("label_line", "FROM"), **_from("FROM", ["proposer_title", "proposer_department"])}
    assert agreeing_contact(values, read_from) == {"proposer_title", "proposer_department"}


def test_a_piece_out_of_shape_shows_the_split_went_wrong_and_nothing_is_lifted() -> None:
    keys = ["proposer_title", "proposer_department"]
    # the unit where the job should be, and the job's unit as the department
    assert agreeing_contact({"proposer_title": "Anatomic Pathology",
                             "proposer_department": "Crestview General Hospital"}, _from("Who is sending this?", keys)) \
        == set()
    # the department took a word of the title
    assert agreeing_contact({"proposer_title": "Technologiste médicale",
                             "proposer_department": "formatrice Programme de technologie de laboratoire médical"},
                            _from("Responsable", keys)) == set()
    # a caption came along with the unit
    assert agreeing_contact({"proposer_title": "Podiatrist",
                             "proposer_department": "Clinique podologique Roy. Courriel, — téléphone"},
                            _from("Qui présente la proposition ?", keys)) == set()


def test_pieces_read_from_different_answers_do_not_agree() -> None:
    values = {"proposer_title": "Charge Technologist", "proposer_department": "Neurophysiology Laboratory"}
    read_from = {"proposer_title": ("composite", "From"), "proposer_department": ("composite", "Signature")}
    # (the job title alone, split from the answer to "From" and a role's shape, is sure on its own: calib34's titled_piece)
    assert agreeing_contact(values, read_from) == {"proposer_title"}
    read_from = {"proposer_title": ("composite", "Notes"), "proposer_department": ("composite", "Signature")}
    assert agreeing_contact(values, read_from) == set()


def test_a_name_agrees_with_the_address_built_from_it() -> None:
    assert name_in_address("Gareth Llewellyn", "gllewellyn@northshore.example.org")
    assert name_in_address("Rashida Vandersloot-Ibekwe", "r.vandersloot@example.org")
    assert name_in_address("Dr. Ana da Silva", "ana.silva@example.org")
    assert not name_in_address("Continuing Education", "gllewellyn@example.org")
    assert not name_in_address("Gareth Llewellyn", "info@northshore.example.org")
    values = {"proposer_name": "Gareth Llewellyn", "proposer_email": "gllewellyn@northshore.example.org"}
    read_from = {"proposer_name": ("label_line", "From"), "proposer_email": ("composite", "From")}
    assert "proposer_name" in agreeing_contact(values, read_from)


def test_the_partner_contact_beside_the_organisation_is_lifted_and_the_organisation_is_not() -> None:
    values = {"partner_name": "Cedarbrook Health Centre for Learning",
              "partner_contact": "Dr. Lorcan Abiodun-Whyte, Director", "endorsement_status": "confirmed"}
    read_from = _from("Who vouches for it?", ["partner_name", "partner_contact", "endorsement_status"])
    assert agreeing_contact(values, read_from) == {"partner_contact"}
    # a contact that is an organisation or a job, not a person, is not
    assert agreeing_contact({**values, "partner_contact": "Pharmacy Department"}, read_from) == set()


# -- the sentence a practicality came from ------------------------------------------------------------------------

def test_a_count_is_alone_only_when_its_sentence_states_no_other_count() -> None:
    assert count_alone(60, ["Hybrid, 12 hours, from spring 2027; we expect 60 learners a year."])
    assert not count_alone(10, ["Blended, 20 hours in total; 3 cohorts of 10 a year (30)."])
    assert not count_alone(16, ["Two intakes of 16 learners per year, 8 hours each."])
    assert not count_alone(40, ["Online, 6 hours."])  # no sentence states it per year


def test_a_start_is_stated_when_a_start_verb_governs_it_and_nothing_hedges_it() -> None:
    assert start_stated("spring 2027", ["A hybrid course of 14 hours, starting in spring 2027, 30 a year."])
    assert start_stated("Q1 2027", ["Launch Q1 2027"])
    assert not start_stated("September 2026", ["Online, 3 h, as soon as possible (ideally September 2026)."])
    assert not start_stated("May 2027", ["Funding is confirmed until May 2027."])


def test_a_logistics_answer_lifts_its_count_and_start_when_their_sentence_bears_them_out() -> None:
    values = {"delivery_format": "hybrid", "estimated_hours": 14, "proposed_start": "spring 2027",
              "expected_enrolment": 30}
    read_from = _from("sentence", list(values))
    text = "I imagine a hybrid course of about 14 hours, starting in spring 2027, for about 30 learners a year."
    assert agreeing_practicalities(values, read_from, [text]) == set(values)
    # (the year's total of several groups is lifted too, since stop 38: a group's size read instead is doubted by
    # one_group after the lift, see test_tune38e_calibration.py)
    several = "A hybrid course of about 14 hours, starting in spring 2027, with two cohorts of 15 (30 a year)."
    assert agreeing_practicalities(values, read_from, [several]) == set(values)


# -- the learners a sentence names --------------------------------------------------------------------------------

def test_learners_named_by_a_proposing_sentence_are_sure_when_they_read_as_a_group_and_nothing_more() -> None:
    assert learners_shaped("physiotherapists in outpatient and private practice who see patients with dizziness")
    assert learners_shaped("les inhalothérapeutes des hôpitaux régionaux")
    # the end of the title ran into it, the sentence went on with the logistics, or it is not a group
    assert not learners_shaped("Community Pharmacy Staff for community pharmacists who collect swabs")
    assert not learners_shaped("analysts and senior technologists, delivered online over 12 hours starting spring")
    assert not learners_shaped("the course. It runs twice")
    sure = judge("target_learners", "registered nurses in long-term care homes", "proposing sentence", 0.7,
                 method="prose")
    assert sure.confidence >= 0.85 and sure.supports == ("role", "typed")
    assert judge("target_learners", "Community Pharmacy Staff for pharmacists", "proposing sentence", 0.7,
                 method="prose").confidence < 0.85



def test_the_title_of_a_proposing_sentence_is_sure_when_its_learners_show_a_clean_split() -> None:
    read_from = _from("proposing sentence", ["proposal_title", "target_learners"], method="prose")
    values = {"proposal_title": "PET-CT Patient Preparation and Safety",
              "target_learners": "nuclear medicine technologists who are new to PET-CT"}
    assert proposing_split(values, read_from) == {"proposal_title"}
    ran_on = {"proposal_title": "Nasopharyngeal and Throat Swab Collection",
              "target_learners": "Community Pharmacy Staff for community pharmacists and pharmacy technicians"}
    assert proposing_split(ran_on, read_from) == set()
    # the two read from different places do not vouch for each other
    apart = {**read_from, "target_learners": ("label_line", "Learners")}
    assert proposing_split(values, apart) == set()
