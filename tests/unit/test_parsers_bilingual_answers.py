"""An answer given in French and in English is read in English; one language alone stays whole."""
from mailbot_parsers.bilingual import english_lines, english_of, language


def test_language_by_function_words() -> None:
    assert language("Les infirmières de l'unité et les préposés") == "fr"
    assert language("Nurses of the unit and the porters") == "en"
    assert language("Coordonnatrice clinique / Clinical Coordinator") is None


def test_slash_halves_keep_the_english_one() -> None:
    assert english_of("Former les préposés à la mobilisation / Train the porters in the lifting of patients") \
        == "Train the porters in the lifting of patients"
    # halves with no clear language on one side (shared names, job titles) stay as written
    assert english_of("Imagerie médicale, Centre de santé de la Baie / Medical Imaging, Bay Centre") \
        == "Imagerie médicale, Centre de santé de la Baie / Medical Imaging, Bay Centre"
    assert english_of("Online / in person") == "Online / in person"


def test_french_paragraph_then_english_translation() -> None:
    lines = [("Les préposés et les commis qui servent des patients âgés.", False),
             ("Porters and clerks serving older patients.", False)]
    assert english_lines(lines) == [("Porters and clerks serving older patients.", False)]


def test_french_answer_with_an_english_sentence_stays_whole() -> None:
    lines = [("Les préposés et les commis qui servent des patients âgés dans les unités de soins.", False),
             ("See the attached plan.", False),
             ("Nous offrirons la formation pendant les heures de travail.", False)]
    assert english_lines(lines) == lines
    english = [("The porters of the ward.", False), ("The clerks at the desk.", False)]
    assert english_lines(english) == english
