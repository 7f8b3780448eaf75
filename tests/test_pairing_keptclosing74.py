"""Issue 14, a word of the original kept closing the translation: "... stomach problems. Inshallah." where the Arabic says
إن شاء الله. The Latin word is read as an Arabizi passage of its own (an Arabic-script one is a passage too), so the English
block was cut there and the span ended before it. A word or two right after the span that spells words of the Arabic
(folded, or by consonant skeletons) is now the translation's last word (find._kept_closing); a formula the Arabic does not
say stays out, as does a word glossed after it ("Inshallah means God willing")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

BACK = "سيعود سامي من القاهرة يوم الخميس. إن شاء الله"
WORK = "وجدت عملا جديدا بعد سنة من البحث. الحمد لله"


def _found(arabic: str, reply: str) -> dict[str, str | None]:
    """Each passage of the thread (Arabic in comment 1, a reply under it) with the English it is paired with."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return {p.passage.text: p.translation_text for p in pairs(make_thread(rows))}


@pytest.mark.parametrize(("arabic", "reply"), [
    (BACK, "Sami will come back from Cairo on Thursday. Inshallah."),
    (BACK, "Sami will come back from Cairo on Thursday. إن شاء الله"),
    (WORK, "I found a new job after a year of searching. Alhamdulillah!"),
])
def test_kept_word_closes_translation(arabic: str, reply: str) -> None:
    assert _found(arabic, reply)[arabic.rstrip(".")] == reply


@pytest.mark.parametrize(("arabic", "reply", "wanted"), [
    ("سيعود سامي من القاهرة يوم الخميس.", "Sami will come back from Cairo on Thursday. Inshallah.", "Sami will come back from Cairo on Thursday."),
    (BACK, "Sami will come back from Cairo on Thursday. Inshallah means God willing", "Sami will come back from Cairo on Thursday."),
])
def test_word_not_kept_stays_out(arabic: str, reply: str, wanted: str) -> None:
    assert _found(arabic, reply)[arabic.rstrip(".")] == wanted
