"""Issue 14, thirty-fifth round: the frame's leftovers. A hedge ("prob", "lit.", "approx") is a frame's adverb that
needs a capital or a quote after it (``edges._frame_lead``, no longer ``_saying_lead``'s phrase), and a frame may follow
a whole sentence that was a lead ("That's not what it says. It's School begins ...": round 16's "wrong word corrected
by another" thread kept "It's"). The Arabic and English are real Tatoeba sentences."""

from __future__ import annotations

import pytest

from bilingual.pairing.edges import extra_lead

STORM = ("أحدثت العاصفة الكثير من الخسائر.", "The storm caused a lot of damage.")
SCHOOL = "يبدأ الدوام الدراسي في الثامنة و النصف."  # round 16's card: the table gives "school" for الدراسي


def _kept(english: str, arabic: str) -> str:
    """What ``extra_lead`` keeps of ``english`` as the translation of ``arabic``."""
    return english[extra_lead(english, 0, len(english), arabic) :]


@pytest.mark.parametrize(
    "lead",
    ["That's not what it says. It's ", "Nope, that's not what it says. It's ", "That's not what it reads. It's "],
)
def test_a_frame_after_a_sentence_that_was_a_lead(lead: str) -> None:
    """A copula frame after a sentence the Arabic has no room for goes too, the clause after it in capitals."""
    assert _kept(lead + "School begins at 8:30 a.m.", SCHOOL) == "School begins at 8:30 a.m."


@pytest.mark.parametrize(
    ("arabic", "english"),
    [("إنها تمطر مجدداً!", "It's raining again!"), ("إنها مسالة حياة أو موت.", "It's a matter of life and death."),
     (STORM[0], "It's a storm that caused a lot of damage.")],
)
def test_a_translation_opening_with_its_after_such_a_sentence_stays_whole(arabic: str, english: str) -> None:
    """The translation's own "It's" before lower case is no frame, after a lead sentence as anywhere."""
    assert _kept("That's not what it says. " + english, arabic) == english


@pytest.mark.parametrize("hedge", ["prob ", "lol prob ", "lit. ", "the post is prob ", "probably "])
def test_a_hedge_before_a_capital_is_a_frame(hedge: str) -> None:
    """A hedge, alone, after chat markers or after a text's copula, frames the capitalised translation after it."""
    assert _kept(hedge + STORM[1], STORM[0]) == STORM[1]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [(STORM[0], "probably the storm caused a lot of damage."), ("سأريك بعض الصور.", "probably I will show you some pictures.")],
)
def test_a_hedge_before_lower_case_or_i_is_the_writers_own(arabic: str, english: str) -> None:
    """A hedge needs a capital or a quote after it: before lower case or "I" it is the sentence's own."""
    assert _kept(english, arabic) == english
