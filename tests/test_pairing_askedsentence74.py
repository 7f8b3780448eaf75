"""Issue 14, a question that is the Arabic's own last sentence: Egyptian writes a question with a full stop ("تحب أجيبلك
جاكيت."), so an English question closing the translation was cut as one the writer asks the poster (edges._asked_after)
though the English without it had a sentence fewer than the Arabic marks. It now stays in the span then; a question after
a translation that already has the Arabic's sentences is still cut."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _found(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with (a reply under it)."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_question_the_arabic_marks_with_a_full_stop_stays() -> None:
    reply = "It is very cold here. Do you want me to bring you a jacket?"
    assert _found("الدنيا برد جدا هنا. تحب أجيبلك جاكيت.", reply) == reply


@pytest.mark.parametrize("reply", ["Sami got to the airport late. Can you wait for him there?"])
def test_question_beyond_the_arabic_sentences_is_cut(reply: str) -> None:
    assert _found("وصل سامي إلى المطار متأخرا.", reply) == "Sami got to the airport late."
