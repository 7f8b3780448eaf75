"""Issue 14, false pairs: a word's dictionary senses listed under a line saying what it can mean ("the word نفس on its
own can mean:\\n1) a soul\\n2) a self") were paired with the passage the word is from, as a translation introduced by
"can mean:" in a reply to a request. Such items are no translation of anything (cues._sense_item); a numbered
translation's items are sentences and stay."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces

LATE = "تأخر القطار ساعتين بسبب الثلج."
FOOD = "الأكل في ذلك المطعم كان رائعا جدا."
KEYS = "نسيت مفاتيحك في بيتي أمس."


def _paired(arabic: str, answer: str) -> str | None:
    """The English the Arabic of comment 1 is paired with, the answer given to a request under it."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "C", answer)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize(("arabic", "answer"), [
    (LATE, "the word القطار on its own can mean:\n1) a train\n2) a convoy\n3) a line"),
    (KEYS, "بيت could mean:\n- house\n- home\n- verse of a poem"),
    (FOOD, "المطعم has a few meanings depending on context:\n1. restaurant\n2. eatery\n3. dining hall"),
])
def test_senses_listed_unpaired(arabic: str, answer: str) -> None:
    assert _paired(arabic, answer) is None


@pytest.mark.parametrize(("arabic", "answer", "wanted"), [
    (LATE, "Translation:\n1) The train was two hours late\n2) because of the snow.", "The train was two hours late\n2) because of the snow."),
    (FOOD, "It can mean:\nThe food at that restaurant was really great.", "The food at that restaurant was really great."),
    (KEYS, "Here's what it means:\n1. You forgot your keys at my house yesterday.", "You forgot your keys at my house yesterday."),
])
def test_numbered_translation_paired(arabic: str, answer: str, wanted: str) -> None:
    assert _paired(arabic, answer) == wanted


def test_sense_items_introduce_nothing() -> None:
    text = "Possible meanings of عين:\n1) eye\n2) spring (of water)\n3) spy"
    item = text.index("spy")
    assert introduces(text, item - 3, len(text))
    long_item = "It can mean:\n1) the spring of water in the old village\n2) spy"
    assert not introduces(long_item, long_item.index("1)"), long_item.index("\n2)"))
