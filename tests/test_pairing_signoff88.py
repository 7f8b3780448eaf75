"""Issue 14, spans: a letter's sign-off on a last line of its own under the translation ("— love, auntie Salma 💐",
"-- thanks, Dave") stayed in the span when the Arabic accounts for its closing word (بحب "love", شكرا "thanks"): a dash,
a closing word and a comma before a name is a signature, whatever the Arabic says."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


@pytest.mark.parametrize(("arabic", "english", "sign"), [
    ("انا مش بحب اتعامل مع الناس اللي فاكرة نفسها دايما صح", "I don't like dealing with people who think they are always right.", "— love, auntie Salma 💐"),
    ("انا مش بحب اتعامل مع الناس اللي فاكرة نفسها دايما صح", "I don't like dealing with people who think they are always right.", "-- love, Dave"),
    ("شكرا لكل اللي سأل عليا وانا تعبان", "Thank you to everyone who asked about me while I was sick.", "~ thanks, M.K."),
])
def test_sign_off_line_is_no_part_of_the_span(arabic, english, sign):
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "C", f"{english}\n{sign}")]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [english]


def test_a_last_line_of_the_translation_stays():
    """A line of the translation itself after a dash ("— love is all we need") is no sign-off: no comma after the word."""
    english = "My grandmother always said one thing.\n— love is all we need"
    rows = [("1", None, "A", "جدتي كانت دايما بتقول حاجة واحدة\n— الحب هو كل اللي محتاجينه"), ("2", "1", "B", "what does this say?"),
            ("3", "2", "C", english)]
    found = [p.translation_text for p in pairs(make_thread(rows))]
    assert all(t is None or "love is all we need" in t for t in found)
