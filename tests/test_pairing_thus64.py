"""Issue 14 (rounds 25-28's tuned Egyptian translations; bilingual/align/words.py, align/anchors.py): Egyptian's كده
(MSA كذلك, هكذا) is "like this", "like that", "so", "then", not the "this" that ك + ده spells; as "this" it charged
translations saying "that", "so" or "then". Its concept ("thus") is met by those English words and charged on the
Arabic side only (the English words are common without it); in a reading of Arabizi ("kdh") it stays "this"."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align import prepare_source, prepare_target
from bilingual.align.words import arabic_concepts, english_concepts
from bilingual.pairing import pairs
from bilingual.pairing.find import _DECISION_ANCHORS


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("بعد كده روحنا البيت", {"thus", "house"}),
    ("مش كده يا عم", {"neg", "thus"}),
    ("ليه بتعمل كدا؟", {"why", "thus"}),
    ("وكذلك الطلاب", {"thus"}),
    ("الكتاب ده حلو", {"this", "good"}),
])
def test_keda_is_its_own_concept(arabic, concepts):
    assert arabic_concepts(arabic) == concepts


def test_keda_read_from_arabizi_stays_this():
    assert arabic_concepts("بعد كده", read=True) == {"this"}


def test_thus_is_english_only_when_loose():
    assert english_concepts("so that's it, then we left") == frozenset()
    assert english_concepts("so that's it, then we left", loose=True) == {"thus"}
    assert english_concepts("like this", loose=True) == {"this", "thus"}


def test_the_anchors_charge_keda_on_the_arabic_side_only():
    def tally(arabic: str, english: str) -> tuple[float, float]:
        return _DECISION_ANCHORS.source_tally(prepare_source([arabic]), prepare_target([english]), [0], [0])

    assert tally("بعد كده نروح", "then we go") == (pytest.approx(0.44), 0.0)  # was a "this" charge
    assert tally("بعد كده نروح", "we go")[1] == pytest.approx(0.57)
    source, target = prepare_source(["نروح البيت"]), prepare_target(["so we go home", "we go home"])
    cells = _DECISION_ANCHORS.scorer(source, target).rows(1, 1, range(1), range(2))[0]
    assert cells[0] == pytest.approx(cells[1])  # English "so" without كده: no charge


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.translation_text]


@pytest.mark.parametrize(("arabic", "english"), [
    ("مش عارفة ليه بيعمل كده معايا", "I don't know why he does that to me"),
    ("كنا بنذاكر و بعد كده نروح النادي", "We used to study and then go to the club"),
    ("هو دايما كده، مش بيسمع الكلام", "He's always like that, he never listens"),
    ("لو كده يبقى مش هنروح بكرة", "If so, we won't go tomorrow"),
])
def test_a_translation_of_keda_without_this_pairs(arabic, english):
    assert _translations(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("مش عارفة ليه بيعمل كده معايا", "so that's why I left the group"),
    ("كنا بنذاكر و بعد كده نروح النادي", "Then what happened?"),
    ("هو دايما كده، مش بيسمع الكلام", "That is a great photo"),
    ("لو كده يبقى مش هنروح بكرة", "So are you coming tomorrow or not?"),
])
def test_a_reply_that_does_not_translate_stays_unpaired(arabic, english):
    assert _translations(arabic, english) == []
