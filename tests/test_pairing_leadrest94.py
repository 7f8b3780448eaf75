"""Issue 14, a lead cut inside its own sentence or line: a lead pattern ("it says", "this one is") matched the first words
of a longer lead ("Here is what it says in English. ...", "Lol this one is easy: ..."), and the rest of the lead ("in
English.", "easy:") stayed at the span's start. A few words up to the lead's colon, sentence end or line break, none the
Arabic accounts for, go with the lead when the English after them is the Arabic's (edges._lead_rest)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# ArzEn-ST's transcript and a Tatoeba sentence, as a learner asks about them and their writer answers
WORKED = "بس فأنا يعني انا ممكن تقول أن أنا أشتغلت ممكن ده سبب فاللي هو لأ هو مش هقدر أقعد معاك أكتر من كده"
WORKED_EN = "That's it, so I can say that I worked there because of this reason."
MONDAY = "إنه يوم الإثنين, كما تعلم"
MONDAY_EN = "It's Monday, you know."
DIMA = 'قال ديما لنفسه: "سأبدو مثل جيمس بوند حقيقي في هذه"، ثم دخل المحل.'
DIMA_EN = "\"I'd look like a real James Bond in that,\" Dima said to himself, then entered the store."
HOME = "اذهب إلى البيت الآن. ثم عد غدا في الصباح."
HOME_EN = "go home now. Then come back tomorrow in the morning."


def _answered(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with when its writer answers someone asking what it means."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this mean?"), ("3", "2", "A", reply)]
    return next((p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"), None)


@pytest.mark.parametrize("lead", ["Here is what it says in English. ", "Lol this one is easy. "])
@pytest.mark.parametrize(("arabic", "english"), [(WORKED, WORKED_EN), (MONDAY, MONDAY_EN)])
def test_the_rest_of_a_leads_sentence_goes_with_it(lead: str, arabic: str, english: str) -> None:
    assert _answered(arabic, lead + english) == english


@pytest.mark.parametrize("lead", ["Lol this one is easy: ", "haha this one is a classic: "])
def test_the_rest_of_a_lead_up_to_its_colon_goes_with_it(lead: str) -> None:
    assert _answered(DIMA, lead + DIMA_EN) == DIMA_EN


@pytest.mark.parametrize("lead", ["lol she says ", "It says "])
def test_words_the_arabic_accounts_for_after_a_lead_are_the_translations(lead: str) -> None:
    # "go home now." translates اذهب إلى البيت الآن: the translation's first sentence, not the lead's rest
    assert _answered(HOME, lead + HOME_EN) == HOME_EN


def test_an_ellipsis_ends_no_lead() -> None:
    # a transcript's pause after the lead: "so, .." is the speaker's, the translation's first words
    english = "so, .. so that's it, so I can say that I worked there because of this reason."
    assert _answered(WORKED, "ok ok so basically it says " + english) == english
