"""An interview transcript's first answer, or a letter's first sentence, has the speaker introduce themselves by
name, then role and unit ("Sure. I'm Ada Roy, Speech-Language Pathologist with the Cleft Team, Northern Lights
Children's Centre."): the role and the unit are the proposer's when the name is the proposer's, no one's otherwise."""
from __future__ import annotations

from mailbot_parsers.bylines import introduction


def test_a_speaker_who_gives_name_role_and_unit() -> None:
    found = introduction("Sure. I'm Marisol Ekwueme-Fraser, Speech-Language Pathologist with the Cleft and "
                         "Craniofacial Team, Northern Lights Children's Centre. We see many babies.")
    assert found == {"proposer_name": "Marisol Ekwueme-Fraser", "proposer_title": "Speech-Language Pathologist",
                     "proposer_department": "Cleft and Craniofacial Team, Northern Lights Children's Centre"}
    found = introduction("I'm Dr. Olufemi Hartigan, Associate Professor, Speech-Language Pathology at Westbrook University.")
    assert found["proposer_name"] == "Dr. Olufemi Hartigan"
    assert found["proposer_title"] == "Associate Professor, Speech-Language Pathology"
    assert found["proposer_department"] == "Westbrook University"


def test_no_role_given_is_no_introduction_and_the_old_form_still_reads() -> None:
    assert introduction("I'm Marisol Ekwueme-Fraser, and I am glad to talk.") == {}
    assert introduction("I am Health Education Lead in the Office of Indigenous Health.") == \
        {"proposer_title": "Health Education Lead", "proposer_department": "Office of Indigenous Health"}
