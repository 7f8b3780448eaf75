"""Issue 14, the translator's remark that a repeated line was translated once: a chant or a prayer written three times is
translated once, and the note after it ("(it is the same line three times over, I only wrote it once)") was kept in the
span: longer than a note may be, and in brackets where the Arabic, repeating its brackets, seemed to have more. A note of
up to 16 words that says the text repeats, where the Arabic does repeat a line or sentence, is now cut
(edges._repeat_note); the same words after a translation of an Arabic that repeats nothing are not such a note."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

TYRANT = "الله أكبر على كل من طغى وتجبر."
LIGHTS = "لا تنسوا أن تطفئوا الأنوار قبل الخروج (خاصة في المطبخ)."


def _found(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with (a reply under it)."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize(("arabic", "reply", "wanted"), [
    ("\n".join([TYRANT] * 3), "God is greater than every tyrant and oppressor. (it is the same line three times over, I only wrote it once)",
     "God is greater than every tyrant and oppressor."),
    ("\n".join([LIGHTS] * 3), "Translation: Do not forget to turn off the lights before leaving (especially in the kitchen). (the chant repeats, so once is enough)",
     "Do not forget to turn off the lights before leaving (especially in the kitchen)."),
    ("\n".join([TYRANT] * 2), "God is greater than every tyrant and oppressor. Repeated twice.", "God is greater than every tyrant and oppressor."),
])
def test_repeat_note_left_out(arabic: str, reply: str, wanted: str) -> None:
    assert _found(arabic, reply) == wanted
