"""Issue 14, missed translations: an app developer's reply that gives the review's meaning in quotation marks ("We read
it as: “...” We're working on a fix.", "Thanks! We read this as "..." Let's get it fixed.") was missed for a loose
translation: "read it as" said no meaning, and a quotation without its end mark ran on into the developer's own sentence
("... so” We're working on a fix."), so the quotation was never a window of its own. "read it as" now introduces what it
quotes as "says" does, and a sentence that opens after a closing quote ends the one before it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs

LOOSE = [("يد واحدة لا تصفق.", "You can't do it alone"), ("على قد لحافك مد رجليك.", "Live within your means")]
REPLIES = ["We read it as: “{e}” We're working on a fix.", "For our team, the review says: “{e}” We're working on a fix.",
           'Thanks! We read this as "{e}" Let\'s get it fixed.']


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    found = next((p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1" and p.translation is not None), None)
    return None if found is None else found.translation_text


@pytest.mark.parametrize(("arabic", "english"), LOOSE)
@pytest.mark.parametrize("reply", REPLIES)
def test_a_developers_quoted_reading_of_the_review_is_paired(arabic: str, english: str, reply: str):
    assert _span([("1", None, "A", "★★☆☆☆ " + arabic), ("2", "1", "Dev", reply.format(e=english))]) == english


def test_a_sentence_opening_after_a_closing_quote_ends_the_one_before():
    text = "the review says “No, not at all” We're working on a fix."
    assert cues.run_ons(text, 0, len(text)) == [(0, text.index("”") + 1), (text.index("We're"), len(text))]
    assert cues.run_ons('he wrote "Hello" to me', 0, 22) == [(0, 22)]  # no sentence opens after the quote


@pytest.mark.parametrize("reply", ["Thanks for your feedback! We're working on a fix.", "We read every review. “Your satisfaction matters to us” Please update."])
def test_a_developers_own_words_are_no_translation(reply: str):
    for arabic, _ in LOOSE:
        assert _span([("1", None, "A", "★★☆☆☆ " + arabic), ("2", "1", "Dev", reply)]) is None
