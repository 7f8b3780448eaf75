"""Issue 14: where a translation ends. A remark after it that talks of the text, its translator or the reader ("i might be
off on that last word", "Is this from the video?") and says nothing of the Arabic the translation left unsaid is no part of
the span, in any wording; a last sentence that translates the Arabic's last clause stays, whatever it talks of."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# A Disqus thread (the development set's "disqus deep, Reply to X" shape): the author translates her own post three replies down.
_ARABIC = "يسرّني أن أخبركم أنّ ليلى باكر ستصبح من اليوم فصاعدا مراقبة الممرّضات لهذه العيادة. لا أدري كيف فعلتَها."
_ENGLISH = "I'm very pleased to announce that Layla Bakir will be this clinic's nursing supervisor from today on. I don't know how you did it."


def _span(arabic: str, english: str) -> str | None:
    """The translation found for the Arabic of comment "c1", answered by ``english`` three replies down."""
    rows = [
        ("c1", None, "Priya Nair", f"Having lived in the region for a decade, I find the framing of this piece rather one-sided.\n\n{arabic}"),
        ("c2", "c1", "Ahmed Hassan", "The same thing was said in 2011 and we know how that ended."),
        ("c3", "c2", "Layla Mansour", "For the benefit of those of us without Arabic, what does this say?"),
        ("c4", "c3", "Priya Nair", english),
    ]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "c1"]
    return pair.translation_text


@pytest.mark.parametrize("remark", [" - i might be off on that last word.", " Is this from the video?"])
def test_a_remark_on_the_translation_or_to_the_reader_is_left_out(remark: str) -> None:
    """Before, a dashed hedge of more words than a note has, and a question back to the poster, stayed in the span: the
    Arabic, which asks nothing, explains none of their words, and the English before them translates it to its end."""
    assert _span(_ARABIC, _ENGLISH + remark) == _ENGLISH


def test_a_last_sentence_translating_the_arabic_stays() -> None:
    """"I hope you are well." has a word a remark to the reader has ("hope"), but translates the Arabic's last clause (أتمنى أن
    تكوني بخير, words the table is not sure of): without it the English is shorter than the Arabic's translation, so it stays."""
    english = f"{_ENGLISH} I hope you are well."
    assert _span(f"{_ARABIC} أتمنى أن تكوني بخير.", english) == english


def test_a_question_back_after_a_short_translation_is_left_out_when_the_arabic_has_no_room() -> None:
    """A translation a little short of its Arabic's length is closer to it with a question after it ("Who wrote it
    originally?"), but the Arabic marks one sentence and the English before the question has one: no room for it."""
    english = "Sami called Layla to come and get him."
    assert _span("اتّصل سامي بليلى، طالبا منها أن تأتي و تصطحبه.", f"{english} Who wrote it originally?") == english
