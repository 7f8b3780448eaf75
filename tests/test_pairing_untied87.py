"""Issue 14 (false pairs; rounds 9 and 14's "later top-level" threads, find._untied): in a thread whose comments reply
to one another, the author's later comment that is a bare sentence of English, saying nothing of what it is (no
lead-in, no word pointing to a post or naming a translation), counts 2.0 against it as the translation of their Arabic
above. A commenter who translates their own post there says so ("For those who asked, my comment above says: ...",
"... ^ my comment above in English") or replies under it; the English of another sentence posted later was paired on
a name or a word it shares. A translation the words show still is."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "استمرّ سامي في إرسال المال لليلى."  # Sami kept sending Layla money.


def _thread(last: str, arabic: str = ARABIC) -> list[tuple[str, str | None, str, str]]:
    return [("1", None, "A", arabic), ("2", "1", "B", "any translation?"), ("3", None, "C", "Great thread, thanks all."),
            ("4", "3", "D", "agreed"), ("5", None, "A", last)]


def _translation(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    return pairs(make_thread(rows))[0].translation_text


@pytest.mark.parametrize(("arabic", "english"), [
    (ARABIC, "Sami waited for Layla at the station."),
    ("هل أنتَ جمال صادق؟ أنا من محبّيكَ.", "Do you know the boy in the picture?"),
])
def test_a_bare_later_comment_of_another_sentence_is_no_translation(arabic, english):
    assert _translation(_thread(english, arabic)) is None


@pytest.mark.parametrize("last", [
    "For those who asked, my comment above says: Sami kept sending Layla money.",
    "Sami kept sending Layla money.\n\n^ my comment above in English",
    "Sami kept sending Layla money.",  # bare, but the words show it
])
def test_the_authors_later_translation_is_still_found(last):
    assert _translation(_thread(last)) == "Sami kept sending Layla money."

