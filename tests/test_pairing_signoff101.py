"""Issue 14, a sign-off after a translation softened by a filler word or said as "that's about it" ("That's the gist
anyway.", "Hope that helps at least!", "Cheers then", "That's basically it."): only the bare sign-offs were known, so a
partial translation (shorter than its Arabic) ran on into the sign-off. Sign-offs now take a filler after them
(cues._FILLER) and "that's about / basically / pretty much it", "that's all it says", "HTH" are sign-offs (cues._SIGN_OFF);
a sentence of the translation that starts like one ("That is the gist of the story.") stays."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LATE = "قالت ليلى إنها ستتأخر ساعة بسبب الزحمة. وطلبت منا أن نبدأ الاجتماع بدونها."
LATE_EN = "Layla said she would be an hour late because of the traffic."


def _found(arabic: str, reply: str) -> list[str | None]:
    """The English the passage of comment 1 is paired with: a reply to a request under it."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "D", reply)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]


@pytest.mark.parametrize(("lead", "sign_off"), [
    ("The first part says: ", " That's the gist anyway."),
    ("First sentence: ", " Hope that helps at least!"),
    ("The first part says: ", " Cheers then"),
    ("First sentence: ", " That's basically it."),
])
def test_a_softened_sign_off_after_a_partial_translation_is_left_out(lead: str, sign_off: str) -> None:
    assert _found(LATE, lead + LATE_EN + sign_off) == [LATE_EN]


def test_a_sentence_about_a_gist_stays_in_the_translation() -> None:
    arabic = "قالت ليلى إنها ستتأخر ساعة. هذه هي خلاصة القصة."
    english = "Layla said she would be an hour late. That is the gist of the story."
    assert _found(arabic, "Translation: " + english) == [english]
