"""Issue 14: a last line that turns from the text to the reader, wishing them well or closing the answer ("Good luck with
the research!", "Hope that's clear.", "Let me know if anything is unclear."), is the writer's, no part of the translation
above it, unless the Arabic wishes someone well itself."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# An ArzEn-ST utterance: unpunctuated Egyptian speech the word table knows little of, its English ending without a full stop.
_ARABIC = (
    "بس .. بس غير لأ يعني .. برضه الوحدة يعني مش حاجة حلوة، انك أنت تسافر و .. و كل صحابك و أهلك هنا، مش أحسن حاجة في الدنيا"
    " فبقى كان بيحكي قصته و أزاي هو بي .. يعني بيعيش الموضوع ده"
)
_ENGLISH = (
    "But .. but also being alone is not a nice thing, traveling and leaving your friends and family behind is not the best"
    " thing in the world. It was about his biography and how he was living"
)


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    """The translation found for the passage of comment "1"."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize(
    "closing",
    [
        "\n\nBest of luck with the family tree",  # a genealogy forum
        "\n\nHope that's clear.",  # Discourse
        "\n\nI hope this helps, and good luck with your studies.",  # Quora
        "\n\nhave fun in Cairo!! 🙌",  # a chat
        "\n\nFeel free to ask if you need the rest",
        "\n\nHappy learning!",
    ],
)
def test_a_wish_to_the_reader_on_its_own_line_is_left_out(closing: str) -> None:
    """Before, a last line of common words the table gives nothing of, after English the table knows little of, stayed in
    the span: the writer's wish to the reader is no sentence of the Arabic."""
    rows = [("1", None, "A", f"Can someone translate my aunt's voice note?\n\n{_ARABIC}"), ("2", "1", "B", f"{_ENGLISH}{closing}")]
    assert _span(rows) == _ENGLISH


def test_a_wish_the_arabic_makes_stays() -> None:
    """Where the Arabic wishes someone well itself (بالتوفيق), a last line of good wishes is its translation."""
    arabic = f"{_ARABIC}\nبالتوفيق ليكم كلكم"
    english = f"{_ENGLISH}\nGood luck to all of you"
    assert _span([("1", None, "A", arabic), ("2", "1", "B", english)]) == english


def test_a_verse_line_going_on_is_no_wish() -> None:
    """A line break inside a sentence (a verse's lines: "and they all\nhave a ...", a visitor book's poem and its English
    under it) opens no line of the writer's own."""
    arabic, english = "الناس هنا طيبين جدا\nوعندهم قلوب كبيرة.", "The people here are so kind\nand they all\nhave a generous soul."
    assert _span([("1", None, "A", f"Visitor book, page 3:\n{arabic}\n\nBelow it:\n{english}")]) == english


def test_a_wish_inside_the_line_is_not_cut_by_this_rule() -> None:
    """A wish that goes on in the translation's own line is no line of its own: only a whole last line is cut."""
    english = f"{_ENGLISH} good luck to him"
    span = _span([("1", None, "A", _ARABIC), ("2", "1", "B", english)])
    assert span is not None and span.startswith("But .. but also")
