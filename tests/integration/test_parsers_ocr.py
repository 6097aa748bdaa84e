"""Scans: parse() only notices them; read_scan() reads them with OCR and lets the words decide.

The scans are made here: a page of text drawn with Pillow, speckled and skewed a
little like a photocopy, saved as an image-only PDF (no text layer).
"""
from __future__ import annotations

import io
import random
import zipfile

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import text_pdf

FORM_LINES = [
    "Micro-Course / Credential Concept Form",
    "Proposed Title: Wound Care for Community Nurses",
    "Name of Proposer: Amara Okonkwo",
    "Position / Title: Clinical Nurse Educator",
    "Email: amara.okonkwo@riverside.example.org",
    "Phone: 416-555-0199",
    "Target Learners: Registered nurses working in home and community care.",
    "Rationale / Need: Chronic wounds are a growing share of home care visits.",
    "Learning Outcomes: Assess a chronic wound and select a dressing.",
    "Summative Assessment: Observed dressing change on a simulator.",
    "Partner Organization: Riverside Home Care",
    "Endorsement Status: Confirmed, letter attached",
    "Education Plan Alignment: Community and home care priorities.",
    "Delivery Format: Hybrid",
    "Estimated Hours: 12",
]
LETTER_LINES = [
    "Riverside Home Care",
    "March 2, 2026",
    "To the Continuing Education Office",
    "Letter of support: Wound Care for Community Nurses",
    "We are pleased to support the micro-course proposed by Amara Okonkwo.",
    "Our nurses see more chronic wounds every year and we will release",
    "staff to attend the course and share outcome data with the office.",
    "Sincerely,",
    "Daniel Roberge, Director of Nursing",
]


def _page(lines: list[str], *, skew: float = 0.8, noise: int = 1500, seed: int = 7) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(seed)
    img = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=26)
    for i, line in enumerate(lines):
        draw.text((110, 120 + 52 * i), line, fill=20, font=font)
    for _ in range(noise):  # photocopier speckle
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        draw.point((x, y), fill=rnd.randrange(0, 120))
    img = img.rotate(skew, fillcolor=255)
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=150)
    return buf.getvalue()


def _shadowed_page(lines: list[str]) -> bytes:
    """A phone photo of a form: the lower part of the page in the phone's shadow, darker toward the foot."""
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    img = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=26)
    for i, line in enumerate(lines):
        draw.text((110, 120 + 52 * i), line, fill=20, font=font)
    shade = Image.new("L", img.size, 255)
    shading = ImageDraw.Draw(shade)
    for y in range(400, img.height):
        shading.line([(0, y), (img.width, y)], fill=int(255 * max(0.3, 1.0 - (y - 400) / 500)))
    buf = io.BytesIO()
    ImageChops.multiply(img, shade).save(buf, "PDF", resolution=150)
    return buf.getvalue()


def _boxed_table_page(lines: list[str]) -> bytes:
    """A form as a table with heavy cell borders: each label and answer in a box of its own."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=24)
    draw.text((100, 60), lines[0], fill=20, font=font)
    for i, line in enumerate(lines[1:]):
        label, answer = line.split(": ", 1)
        y = 120 + 60 * i
        draw.rectangle((90, y, 1185, y + 60), outline=30, width=3)
        draw.line((420, y, 420, y + 60), fill=30, width=3)
        draw.text((100, y + 16), label, fill=20, font=font)
        draw.text((428, y + 16), answer[:60], fill=20, font=font)
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=150)
    return buf.getvalue()


def _picture() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (1275, 1650), 235)
    draw = ImageDraw.Draw(img)
    for i in range(12):
        draw.ellipse((80 + 90 * i, 300 + 40 * i, 380 + 90 * i, 600 + 40 * i), outline=40, width=6)
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=150)
    return buf.getvalue()


def test_parse_flags_a_scan_for_ocr_without_running_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    def no_ocr(*args: object, **kwargs: object) -> object:
        raise AssertionError("parse() ran OCR")

    monkeypatch.setattr(pytesseract, "image_to_data", no_ocr)
    monkeypatch.setattr(pytesseract, "image_to_string", no_ocr)
    r = parsers.parse(_page(FORM_LINES), "Scan_0001.pdf")
    assert r.needs_ocr and r.kind == "scan" and not r.is_concept_form and r.fields == {}


def test_a_scanned_concept_form_is_a_form_for_review_with_every_field_uncertain() -> None:
    r = parsers.read_scan(_page(FORM_LINES), "Scan_0001.pdf")
    assert r.is_concept_form and r.needs_manual_review and not r.needs_ocr
    assert r.fields.get("proposer_email") == "amara.okonkwo@riverside.example.org"
    assert "Wound Care" in str(r.fields.get("proposal_title"))
    assert len(r.fields) >= 8
    assert r.sources and all(s.confidence <= 0.4 and s.method.startswith("ocr") for s in r.sources.values())
    assert r.missing_required == []  # OCR not finding a value does not show the applicant left it out
    assert sorted(r.uncertain_fields) == sorted(r.fields)  # the result itself says so, not only its warnings
    assert any("proposer_email" in w for w in r.warnings)


def test_the_shadowed_part_of_a_phone_photo_is_read_too() -> None:
    # one global threshold turns the shadowed half black; a local one (Sauvola) still finds its letters
    r = parsers.read_scan(_shadowed_page(FORM_LINES), "IMG_20260302_0915.pdf")
    assert r.is_concept_form and r.needs_manual_review
    assert {"estimated_hours", "delivery_format", "education_plan_alignment", "partner_name"} <= set(r.fields)
    assert r.fields["estimated_hours"] in (12, "12")


def test_a_clearly_read_form_is_read_once_and_a_shadowed_one_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    from mailbot_parsers import ocr

    thresholds: list[int] = []
    real = ocr._tesseract

    def counted(image: object, threshold: int, page: int, filename: str) -> ocr.TesseractData:
        thresholds.append(threshold)
        return real(image, threshold, page, filename)  # type: ignore[arg-type]

    monkeypatch.setattr(ocr, "_tesseract", counted)
    assert parsers.read_scan(_page(FORM_LINES), "Scan_0001.pdf").is_concept_form
    assert thresholds == [ocr.GLOBAL_THRESHOLD]  # a second reading doubles the time: not spent here
    thresholds.clear()
    parsers.read_scan(_shadowed_page(FORM_LINES), "IMG_20260302_0915.pdf")
    assert thresholds == [ocr.GLOBAL_THRESHOLD, ocr.LOCAL_THRESHOLD]


def test_a_table_with_heavy_borders_is_read_not_taken_for_a_picture() -> None:
    # Tesseract reads only the heading of this page as it is; without its rules, every cell
    r = parsers.read_scan(_boxed_table_page(FORM_LINES), "Scan_0005.pdf")
    assert r.is_concept_form and r.needs_manual_review
    assert r.fields.get("proposer_email") == "amara.okonkwo@riverside.example.org"
    assert r.fields.get("proposal_title") == "Wound Care for Community Nurses"
    assert len(r.fields) >= 12


def test_cell_borders_read_as_letters_are_dropped_from_the_words() -> None:
    from mailbot_parsers.ocr import _without_rules

    assert _without_rules("|Community", 91.0) == "Community"
    assert _without_rules("Inju|", 88.0) == "Inju"
    assert _without_rules("_|", 95.0) == ""
    assert _without_rules("~", 30.0) == ""  # a low-confidence mark with no letter in it
    assert _without_rules("—", 93.0) == "—"  # a dash Tesseract is sure of stays
    assert _without_rules("2024-2027)", 40.0) == "2024-2027)"  # doubtful letters are still letters


def test_specks_and_split_hyphens_of_a_fax_are_tidied_out_of_a_line() -> None:
    from mailbot_parsers.ocr import _tidy

    def words(text: str) -> list[tuple[str, int, int, int, int]]:
        return [(w, 10 * i, 0, 10 * i + 8, 12) for i, w in enumerate(text.split())]

    def line(text: str) -> str:
        return " ".join(w[0] for w in _tidy(words(text)))

    assert line(". ‘Public health nurses who. support families") == "Public health nurses who. support families"
    assert line("non- judgemental counselling on bed- -sharing") == "non-judgemental counselling on bed-sharing"
    assert line("September 2026 -") == "September 2026"
    assert line("Patient- and family-centred care") == "Patient- and family-centred care"  # the writer's hyphen
    assert line("the ‘Stop the Bleed’ course") == "the ‘Stop the Bleed’ course"  # a quote that closes is text
    assert line("- Assess an infant sleep environment") == "- Assess an infant sleep environment"  # a bullet
    merged = _tidy(words("bed- -sharing"))
    assert merged == [("bed-sharing", 0, 0, 18, 12)]  # one word spanning both boxes


def test_a_scanned_letter_of_support_is_not_a_form_and_needs_no_review() -> None:
    r = parsers.read_scan(_page(LETTER_LINES, seed=3), "Scan_0002.pdf")
    assert not r.is_concept_form and not r.needs_manual_review
    assert r.kind == "letter_of_support" and r.fields == {}


def test_a_scanned_picture_with_no_text_is_an_image() -> None:
    data = _picture()
    assert parsers.parse(data, "Scan_0003.pdf").needs_ocr
    r = parsers.read_scan(data, "Scan_0003.pdf")
    assert r.kind == "image" and not r.is_concept_form and not r.needs_manual_review


def test_a_scan_named_like_a_form_is_still_only_what_ocr_reads() -> None:
    r = parsers.read_scan(_page(LETTER_LINES, seed=5), "Concept Form - final.pdf")
    assert not r.is_concept_form


def test_read_scan_of_a_text_pdf_is_parse() -> None:
    data = text_pdf([["Letter of support", "We are pleased to support this proposal.", "Sincerely,", "A. Person"]])
    assert parsers.read_scan(data, "x.pdf") == parsers.parse(data, "x.pdf")


def test_a_pdf_that_draws_nothing_is_blank_not_a_scan() -> None:
    r = parsers.parse(text_pdf([[]]), "empty.pdf")
    assert not r.needs_ocr and not r.is_concept_form and r.kind in ("blank", "image")


def test_a_zip_named_pdf_is_not_what_it_claims() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("report.csv", "a,b\n1,2\n")
    with pytest.raises(parsers.NotWhatItClaims) as err:
        parsers.parse(buf.getvalue(), "Concept form.pdf")
    assert err.value.code == "damaged" and "Concept form.pdf" in err.value.user_message


def test_a_png_named_pdf_is_not_what_it_claims() -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(buf, "PNG")
    with pytest.raises(parsers.NotWhatItClaims):
        parsers.parse(buf.getvalue(), "concept_form.pdf")
    with pytest.raises(parsers.NotWhatItClaims):
        parsers.parse(buf.getvalue(), "attachment", content_type="application/pdf")


def test_a_truncated_pdf_is_damaged() -> None:
    data = text_pdf([[f"Proposed Title: Line {i}" for i in range(30)]] * 2)
    for cut in (0.3, 0.6, 0.9):
        with pytest.raises(parsers.DamagedFile):
            parsers.parse(data[: int(len(data) * cut)], "form.pdf")


def test_garbage_named_pdf_is_damaged() -> None:
    rnd = random.Random(1)
    with pytest.raises(parsers.DamagedFile):
        parsers.parse(bytes(rnd.randrange(256) for _ in range(4096)), "form.pdf")
