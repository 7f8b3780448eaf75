"""bench/pairing_reworded_neg.py: each variant is a negative thread (the item expects no translation) whose only change is
the translation's comment, every family gives one on a thread with a name, a number and a content word, the slots are
filled from the thread, and the banks have wordings for both halves."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import pairing_reworded_neg as neg  # noqa: E402
from _blind import check_banks  # noqa: E402

ARABIC = "دفع سامي 20 دولارا ثمن التذاكر."
ENGLISH = "Sami paid 20 dollars for the tickets."
RECORD = {
    "id": "t/0", "split": "tuned", "kind": "pos", "shape": "s", "source": "Tatoeba",
    "comments": [["1", None, "a", ARABIC], ["2", "1", "b", "what does it say?"], ["3", "2", "a", f"Translation: {ENGLISH} :)"]],
    "items": [{"arabic": ["1", 0, len(ARABIC)], "expected": ["3", 13, 13 + len(ENGLISH)], "continued": []}],
}
OTHERS = [("Layla bought a new car last week.", ["Layla"]), (ENGLISH, ["Sami"])]


def test_every_variant_is_a_negative_that_changes_only_the_translations_comment():
    for half in (0, 1):
        variants = neg.variants(RECORD, OTHERS, half, random.Random(3))
        assert {(v.family, v.mode) for v in variants} == {
            *((f, "comment") for f in ("topic: name", "topic: number", "topic: word", "request", "tools", "rebuttal", "joke",
                                        "other passage", "similar length")),
            ("other passage", "in place"), ("other passage, name", "in place"), ("similar length", "in place"),
        }
        for v in variants:
            assert v.record["kind"] == "neg" and v.record["items"][0]["expected"] is None
            assert v.record["comments"][:2] == RECORD["comments"][:2]
            text = v.record["comments"][2][3]
            assert ENGLISH not in text and text.strip()
            if v.mode == "in place":
                assert text.startswith("Translation: ") and text.endswith(" :)")
        by = {(v.family, v.mode): v.record["comments"][2][3] for v in variants}
        assert "Sami" in by["topic: name", "comment"] and "20" in by["topic: number", "comment"]
        assert "dollars" in by["topic: word", "comment"] and ARABIC in by["rebuttal", "comment"]
        assert by["other passage", "comment"] == OTHERS[0][0] and "Sami" in by["other passage, name", "in place"]


def test_a_thread_without_names_or_numbers_has_no_variant_that_needs_them():
    english = "the tickets were paid for yesterday."  # no name, no number
    record = {**RECORD, "comments": [["1", None, "a", "دفعوا ثمن التذاكر أمس."], RECORD["comments"][1], ["3", "2", "a", english]],
              "items": [{"arabic": ["1", 0, len(ARABIC)], "expected": ["3", 0, len(english)], "continued": []}]}
    families = {v.family for v in neg.variants(record, OTHERS, 0, random.Random(3))}
    assert not families & {"topic: name", "topic: number", "other passage, name"}


def test_the_banks_word_both_halves():
    check_banks(neg.BANKS)
