"""Where the learned fallback's value starts and ends (issue 12, learn32): a sentence ending in a colon announces
what follows and is never (part of) a value; an answer's scene-setting first sentence joins it; a lead-in that
names its field ends the way such frames end whatever the field (learned, pooled over fields)."""
from __future__ import annotations

import sys
from pathlib import Path

from mailbot_parsers import sentence_fields

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import train_sentence_fields as trainer  # noqa: E402

THINGS = ["mannequins", "task trainers", "ultrasound probes", "phantoms", "IV arms", "monitors", "stretchers",
          "drivers"]
NEED = "We would need the simulation lab and {x} for the practical day."
WHY = "Audit shows repeat rates near {n} percent because warming practice varies by room."
OTHER = ["Thank you for reading this note {n} and kind regards to the whole team.",
         "Please call me on day {n} if the team has any question about the idea."]


def _model() -> sentence_fields.Model:
    rows = [{"folder": "f", "doc": f"d{n}", "sentence": NEED.format(x=x), "label": "resources_required"}
            for n, x in enumerate(THINGS)]
    rows += [{"folder": "f", "doc": f"w{n}", "sentence": WHY.format(n=n + 10), "label": "rationale"} for n in range(8)]
    rows += [{"folder": "f", "doc": f"o{n}", "sentence": s.format(n=n), "label": "none"}
             for n in range(8) for s in OTHER]
    return sentence_fields.Model(trainer.train(rows, descriptions=False))


def test_a_sentence_ending_in_a_colon_is_no_value_nor_part_of_the_one_before_it() -> None:
    m = _model()
    colon = "We would need these items for the practical day:"
    assert m.classify(colon)[0] == "resources_required"  # (what it says leans to the field ...)
    got = sentence_fields.fallback(["We would need the simulation lab and mannequins for the practical day. " + colon],
                                   False, {"resources_required"}, [], m)
    assert got == {"resources_required": "We would need the simulation lab and mannequins for the practical day."}
    # (... and alone it gives nothing: the answer is what follows it)
    assert sentence_fields.fallback([colon], False, {"resources_required"}, [], m) == {}


def test_a_first_sentence_leaning_to_the_same_field_joins_the_answer() -> None:
    m = _model()
    lean = "Rates vary by room for the team here."
    key, p, margin = m.classify(lean)
    assert key == "rationale" and not (p >= sentence_fields.THRESHOLD and margin >= sentence_fields.MARGIN)
    sure = WHY.format(n=38)
    got = sentence_fields.fallback([f"{lean} {sure}"], False, {"rationale"}, [], m)
    assert got == {"rationale": f"{lean} {sure}"}
    # a sentence before it that leans elsewhere stays out
    other = OTHER[0].format(n=3)
    got = sentence_fields.fallback([f"{other} {sure}"], False, {"rationale"}, [], m)
    assert got == {"rationale": sure}


def test_a_field_outside_fillable_is_filled_only_when_the_caller_asks_for_it() -> None:
    m = _model()
    sure = WHY.format(n=38)
    assert sentence_fields.fallback([sure], False, {"rationale"}, [], m, ("resources_required",)) == {}
    assert sentence_fields.fallback([sure], False, {"rationale"}, [], m, ("rationale",)) == {"rationale": sure}


def _framed(doc: str, sentence: str, start: int, key: str = "summative_assessment") -> dict:
    return {"folder": "f", "doc": doc, "sentence": sentence, "label": key, "start": start, "loose": True}


FRAMED = [_framed("a", "Achievement would be shown through an observed exam on a manikin.", 5),
          _framed("b", "Assessment is through a timed practical with seeded errors.", 3),
          _framed("d", "Skills are built through a practical day with three stations.", 4, "competencies")]


def test_the_trainer_learns_how_a_lead_in_naming_its_field_ends_pooled_over_fields() -> None:
    assert trainer.frames(FRAMED) == ["through"]
    # (a cut there wrong once in four is below the precision floor)
    worse = [*FRAMED, _framed("e", "Learners would travel through the region for a week.", 0, "target_learners")]
    assert trainer.frames(worse) == []
    # an answer under a label is no evidence: the fallback reads loose sentences only
    assert trainer.frames([{**r, "loose": False} for r in FRAMED]) == []


def test_a_frame_cuts_only_after_words_that_name_the_field() -> None:
    cut = sentence_fields.unled("Achievement would be shown through ten observed fittings.", [], "summative_assessment",
                                ["through"])
    assert cut == "ten observed fittings"
    kept = "Patients come through the clinic door without any preparation."
    assert sentence_fields.unled(kept, [], "summative_assessment", ["through"]) == kept


def test_packed_counts_score_as_the_counts_they_pack() -> None:
    data = trainer.train([{"folder": "f", "doc": f"d{n}", "sentence": NEED.format(x=x), "label": "resources_required"}
                          for n, x in enumerate(THINGS)] +
                         [{"folder": "f", "doc": f"o{n}", "sentence": OTHER[0].format(n=n), "label": "none"}
                          for n in range(8)], descriptions=False)
    assert all(isinstance(row, str) for row in data["counts"].values())  # (the shipped file: fast to load)
    unpacked = {**data, "counts": {f: sentence_fields.unpack(r) for f, r in data["counts"].items()}}
    del unpacked["totals"]  # (an older file: the totals are counted when loading)
    sentence = "We would need the simulation lab for the practical day."
    assert sentence_fields.Model(data).scores(sentence) == sentence_fields.Model(unpacked).scores(sentence)
    assert sentence_fields.unpack(sentence_fields.pack({"0": 2, "3": 5})) == {"0": 2, "3": 5}
