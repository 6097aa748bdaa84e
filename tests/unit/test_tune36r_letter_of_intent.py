"""A letter of intent states the proposal in sentences under a Re: line and signs it with a block: its statement of
intent to develop a course is a proposing sentence (the kind it names is the request), and a French letter's
conversion of an existing program named in commas ("la conversion de notre programme existant, X, en
microprogramme") and its answer to why ("Pourquoi ? Parce que ...") are read as the English ones are. (Whether a
letter is a form at all is the classifier's question: these read its sentences.)"""
from __future__ import annotations

from mailbot_parsers import prose
from mailbot_parsers.bylines import signed_block
from mailbot_parsers.composite import logistics
from mailbot_parsers.sections import _subject_title

LETTER = ["Please accept this letter as our statement of intent to develop a micro-course with Michener, titled as above.",
          "We are proposing it because community pharmacists lack current guidance on menopause care. The course is "
          "meant for community pharmacists and pharmacy residents.",
          "Learners would finish with two standardized-patient counselling encounters, scored by a pharmacist examiner."]


def test_an_english_letter_of_intent_s_sentences() -> None:
    found = {k: r.value for k, r in prose.read(LETTER).items()}
    assert found["request_type"] == "micro_course"
    assert found["target_learners"] == "community pharmacists and pharmacy residents"
    assert found["summative_assessment"] == "two standardized-patient counselling encounters, scored by a pharmacist examiner"
    assert _subject_title("Letter of intent – Menopause Symptom Management for Community Pharmacists") == \
        "Menopause Symptom Management for Community Pharmacists"
    assert logistics("We imagine it fully online, seven hours in all, launching in June 2027 for about one hundred "
                     "pharmacists a year.") == {"delivery_format": "online", "estimated_hours": 7,
                                                "expected_enrolment": 100, "proposed_start": "June 2027"}
    assert signed_block(["Beatrix Oyelaran-Stone", "Pharmacist and Clinical Lead, Kingsway Family Health Team",
                         "Tel. 519-555-0116"]) == {"proposer_name": "Beatrix Oyelaran-Stone",
                                                   "proposer_title": "Pharmacist and Clinical Lead",
                                                   "proposer_department": "Kingsway Family Health Team",
                                                   "proposer_phone": "519-555-0116"}


def test_a_french_letter_s_conversion_and_reason() -> None:
    found = {k: r.value for k, r in prose.read([
        "Nous souhaitons proposer la conversion de notre programme existant, Atelier d'initiation à la basse vision, "
        "en microprogramme.",
        "Pourquoi ? Parce que les listes d'attente en réadaptation visuelle s'allongent."]).items()}
    assert found["request_type"] == "existing_program"
    assert found["existing_program_name"] == "Atelier d'initiation à la basse vision"
    assert found["rationale"] == "les listes d'attente en réadaptation visuelle s'allongent"
    # (a sentence that converts nothing named is no conversion)
    assert "request_type" not in {k for k in prose.read(["Nous aimons notre programme, il marche bien."])}
