"""Dates as form services and writers stamp them:

- a numeric date followed by a time on the 12-hour clock ("11/2/2026 8:47:13 AM") is written the US way, month
  first (a 24-hour time, or none, leaves the day-first reading);
- "Dec 2/26": the month in letters, then the day and the year after a slash;
- a bilingual sheet that closes with the date in both languages on one line ("Envoyé le 2 décembre 2026 / Sent
  December 2, 2026"): either half is the closing date."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from mailbot_parsers.normalise import to_date


def test_a_twelve_hour_time_after_the_date_makes_it_month_first() -> None:
    assert to_date("submitted 11/2/2026 8:47:13 AM") == "2026-11-02"
    assert to_date("11/2/2026, 8:47 pm") == "2026-11-02"
    assert to_date("11/2/2026 14:47") == "2026-02-11"
    assert to_date("25/11/2026 8:47 AM") == "2026-11-25"


def test_month_in_letters_then_day_and_year_after_a_slash() -> None:
    assert to_date("Dec 2/26") == "2026-12-02"
    assert to_date("Nov. 30/2026") == "2026-11-30"


def test_a_bilingual_closing_line_gives_the_submission_date() -> None:
    import docx

    d = docx.Document()
    for text in ["Questionnaire – concept de microcours / micro-course concept",
                 "1. Course title / Titre du cours", "Safe Handling of Hazardous Drugs",
                 "2. Your name / Votre nom", "Ines Marchetti-Oduya",
                 "3. Email / Courriel", "i.marchetti@example.org",
                 "4. Who is it for? / Pour qui ?", "Pharmacy technicians who prepare chemotherapy.",
                 "5. Why is it needed? / Pourquoi ?", "The provincial standard now requires yearly documented training.",
                 "6. Competencies / Compétences", "- donning and doffing PPE", "- spill clean-up",
                 "7. Learning outcomes / Résultats d'apprentissage", "- Don and doff PPE to the standard.",
                 "- Clean up a spill with the kit.",
                 "8. How will learners be assessed? / Évaluation", "An observed compounding session with a checklist.",
                 "9. Partner / Partenaire", "Regional Cancer Pharmacy Network",
                 "10. Fit with the Education Plan / Lien avec le Plan", "Safe practice and workplace learning.",
                 "11. Format, hours, learners / Format, heures, participants", "In person, 5 hours, 24 per year",
                 "Envoyé le 2 décembre 2026 / Sent December 2, 2026"]:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    r = parsers.parse(out.getvalue(), "questionnaire bilingue.docx")
    assert r.is_concept_form
    assert r.fields["submission_date"] == "2026-12-02"
