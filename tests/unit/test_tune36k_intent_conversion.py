"""A letter of intent names itself the writer's intent to make a course; a French writer proposes to convert a program of
their own into a micro-program. A call that asks readers for letters of intent, and a plan, propose nothing."""
from mailbot_parsers.classify import proposes


def test_the_letter_is_the_writers_statement_of_intent() -> None:
    assert proposes("Please accept this letter as our statement of intent to develop a micro-course with the office.")


def test_a_call_for_letters_of_intent_is_not_one() -> None:
    assert not proposes("Submit a letter of intent to develop a micro-course by March 1.")
    assert not proposes("The board confirmed our intent to launch a new micro-course next year.")


def test_a_french_writer_proposes_to_convert_their_program() -> None:
    assert proposes("Nous souhaitons proposer la conversion de notre programme existant, Atelier de base, en "
                    "microprogramme.")
    assert not proposes("Le comité a approuvé la conversion du programme en microprogramme.")
