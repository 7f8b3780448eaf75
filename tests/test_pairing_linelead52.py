"""Issue 14 (round 26's plant tag; bilingual/pairing/edges._line_lead): a line of its own that only introduces the lines under
it by a verb of saying or reading at its end, with no colon ("Packet reads", "The tag says", "Mum wrote"), is no part of the
translation under it, even where the Arabic marks no sentence's end (a transcript's) and so cannot tell a sentence too many.
Where the Arabic gives the line's words ("Everyone says" of الجميع يقول), the line is its translation's own."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead


def _start(text: str, arabic: str) -> str:
    return text[extra_lead(text, 0, len(text), arabic) :]


@pytest.mark.parametrize(
    "arabic, lead, english",
    [
        ("اللي هو استنى هقولك أنت أكيد عارفها بس أنا بجد مش فاكرة كانت بتبدأ بأيه", "Packet reads\n",
         "Wait I'll tell you, I'm sure you known it but I cannot remember the first part of it."),
        ("ممنوع الدخول بعد العاشرة ليلا", "the sign on the door says\n", "no entry after ten at night"),
        ("هرجع متأخر الأكل في التلاجة", "Mum wrote\n", "I will be home late, the food is in the fridge"),
        ("يحفظ بعيدا عن متناول الأطفال وأشعة الشمس المباشرة", "The label reads...\n", "keep away from children and direct sunlight"),
        ("الصبر مفتاح الفرج", "it translates to\n", "the patience is the key to relief"),
    ],
)
def test_a_line_that_introduces_the_lines_under_it_is_left_out(arabic, lead, english):
    assert _start(lead + english, arabic) == english


@pytest.mark.parametrize(
    "arabic, english",
    [
        ("الجميع يقول إن الحب أعمى ولا يرى", "Everyone says\nthat love is blind and cannot see"),
        ("أمي قالت إني لازم أرجع البيت بدري النهارده", "My mother said\nthat I should come home early today"),
        ("هو يقرأ ويكتب كل يوم في المكتبة", "He reads\nand writes every day in the library"),
    ],
)
def test_a_first_line_the_arabic_gives_stays(arabic, english):
    assert _start(english, arabic) == english


def test_the_tag_says_above_a_transcripts_translation():
    arabic, english = "هي أقرب حاجة كانت تايلاند", "The latest one was Thailand."
    reply = f"The tag says\n{english}\n🌿"
    rows = [("1", None, "A", f"Swap note from my neighbour, translation needed 🌱\n{arabic}"), ("2", "1", "B", reply)]
    assert [reply[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None] == [english]
