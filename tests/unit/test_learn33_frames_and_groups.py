"""The learned fallback (issue 12, learn33): the forms of "to be" pooled as one frame ending (not before a
participle), a smaller model, training without some folders, and the bench leaving a group of folders out."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mailbot_parsers import sentence_fields

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import train_sentence_fields as trainer  # noqa: E402


def _words(text: str) -> list[str]:
    return [w for w, _ in sentence_fields.words_at(text)]


def test_the_forms_of_to_be_are_one_frame_ending_but_not_before_a_participle() -> None:
    words = _words("The learners would be porters in acute care.")
    assert sentence_fields.frame_ending(words, 4) == sentence_fields.BE_ENDING
    assert sentence_fields.frame_ending(_words("The skills are triage and lifting."), 3) == sentence_fields.BE_ENDING
    # a passive goes on: the value starts after its verb and preposition, not after "be"
    assert sentence_fields.frame_ending(_words("Learners will be assessed on ten scans."), 3) == ""
    assert sentence_fields.frame_ending(_words("Achievement would be shown through a logbook."), 3) == ""
    assert sentence_fields.frame_ending(words, 2) == "learners"  # any other word is its own ending


def test_a_frame_ending_in_to_be_cuts_only_after_words_that_name_the_field() -> None:
    frames = [sentence_fields.BE_ENDING]
    assert sentence_fields.unled("Assessment would be an observed station with a checklist.", [],
                                 "summative_assessment", frames) == "an observed station with a checklist"
    assert sentence_fields.unled("The learners are porters and nurses in acute care.", [], "target_learners",
                                 frames) == "porters and nurses in acute care"
    # nothing before "is" names the field: the sentence stays whole
    kept = "The plan is to run it twice a year in the lab."
    assert sentence_fields.unled(kept, [], "summative_assessment", frames) == kept
    passive = "Learners will be assessed on ten supervised scans by a preceptor."
    assert sentence_fields.unled(passive, [], "summative_assessment", frames) == passive


def test_a_lead_in_of_twelve_words_is_still_cut() -> None:
    sentence = "It would be a micro-course, not a full credential, for home care nurses who visit clients."
    assert sentence_fields.lead_of(sentence, "home care nurses who visit clients") == 11
    assert sentence_fields.unled(sentence, ["for"]) == "home care nurses who visit clients"


def _row(doc: str, sentence: str, label: str, start: int) -> dict:
    return {"folder": "f", "doc": doc, "sentence": sentence, "label": label, "start": start}


def test_the_trainer_pools_the_forms_of_to_be_into_one_frame() -> None:
    rows = [_row("d1", "Assessment would be an observed station with a checklist.", "summative_assessment", 3),
            _row("d2", "The skills we would teach are triage, lifting and transfers.", "competencies", 6),
            _row("d3", "The summative piece is a recorded role-play with a rubric.", "summative_assessment", 4)]
    assert sentence_fields.BE_ENDING in trainer.frames(rows)
    assert sentence_fields.BE_ENDING not in trainer.frames(rows[:2])  # two documents are not yet a habit


def test_the_figure_model_keeps_rarer_features_than_the_sentence_classifier() -> None:
    assert trainer.FIGURE_MIN_COUNT <= trainer.MIN_COUNT
    rows = [{"folder": "f", "doc": "d", "sentence": "We expect 40 learners a year.", "label": "expected_enrolment",
             "figures": ["expected_enrolment"]} for _ in range(trainer.FIGURE_MIN_COUNT)]
    data = trainer.train(rows, descriptions=False)
    assert data["figures"]["counts"]  # seen FIGURE_MIN_COUNT times: kept in the figure model
    assert all(sum(sentence_fields.unpack(v).values()) >= trainer.MIN_COUNT for v in data["counts"].values())


def _cache(tmp_path: Path) -> Path:
    rows = [{"folder": folder, "doc": f"{folder}-{n}", "sentence": text, "label": label, "loose": True}
            for folder in ("tests/data/devset/roundXa/tuning", "tests/data/devset/roundY/tuning")
            for n, (text, label) in enumerate([
                ("We would need a simulation lab and two instructors for the day.", "resources_required"),
                ("It is meant for new graduate nurses on surgical wards.", "target_learners"),
                ("Kind regards and thank you for your time and help.", "none"),
                ("Falls on our wards doubled last year and staff feel unprepared.", "rationale")])]
    docs = [{"folder": r["folder"], "doc": r["doc"], "form": True, "loose": [r["sentence"]], "wrapped": False,
             "empty": [r["label"]], "values": [], "expected": {r["label"]: r["sentence"]}, "ruled": {}} for r in rows]
    cache = tmp_path / "cache.json"
    cache.write_text(json.dumps({"rows": rows, "docs": docs}), encoding="utf-8")
    return cache


def test_the_trainer_can_leave_folders_out_of_a_cached_collection(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    folders = ["tests/data/devset/roundXa/tuning", "tests/data/devset/roundY/tuning"]
    for skip, name in ((["--skip", "roundX"], "without.json"), ([], "with.json")):
        subprocess.run([sys.executable, str(ROOT / "tools" / "train_sentence_fields.py"), "--cache", str(cache),
                        "--out", str(tmp_path / name), *skip, *folders], check=True, capture_output=True)
    without = json.loads((tmp_path / "without.json").read_text(encoding="utf-8"))
    both = json.loads((tmp_path / "with.json").read_text(encoding="utf-8"))
    # the descriptions and one folder's four sentences, against two folders' eight
    assert sum(both["docs"]) - sum(without["docs"]) == 4


def test_the_bench_leaves_a_group_of_folders_out_and_reads_only_that_group(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "sentence_fields.py"), "--cache", str(cache),
                          "--hold", "roundX"], check=True, capture_output=True, text=True).stdout
    assert "leave one group out (roundX)" in out
    assert "== sentences, leave one group out (roundX): 4" in out  # the held-out group's sentences only
