"""Issue 14, a translation with a gap the commenter could not read or hear marked in it ("Where did SARS-CoV-2 ...
[illegible] ... from?", "(inaudible)", "[unclear]"): the sentence was cut at the ellipsis before the mark, and the
mark taken for a note after the translation, so the span ended before it or started after it. A gap note
(text.sentences.GAP_NOTE) is now inside its sentence, no note's start (edges.note_tail) and no word or length of the
English for the aligner (find._ungapped)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.text.sentences import sentences

PEN = "أخرجت قلماً من جيبها."
VIRUS = "من أين أتى سارس-كوف-2؟"
PHONE = (
    "لأ ممكن نتواصل ع التليفون الأرضى العادى والموبايل ده يعنى نتواصل اللى هو كل كام يوم مرة عشان نعرف الأخبار بس كفاية "
    "لكن الموبايل ده بيضع الوقت والنظر الصراحة"
)


def _found(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with (a reply to a request under it)."""
    rows = [("1", None, "A", "Found this on the whiteboard: " + arabic), ("2", "1", "B", "anyone know what it says?"), ("3", "2", "C", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize(("arabic", "lead", "english"), [
    (PEN, "photo is blurry but: ", "She took ... [illegible] ... pen out of her pocket."),
    (VIRUS, "from the clip: ", "Where did SARS-CoV-2 ... (inaudible) ... from?"),
    (PHONE, "audio is bad but: ", "No, we can use the normal landline to communicate, we communicate once every few days to "
     "know the news, that's enough, but frankly, the mobile ... [unclear] ... wastes time and good vision"),
])
def test_a_gap_note_inside_the_translation_stays_in_its_span(arabic: str, lead: str, english: str) -> None:
    assert _found(arabic, lead + english) == english


def test_a_gap_note_after_an_ellipsis_ends_no_sentence() -> None:
    text = "Where did it ... [illegible] ... from? No idea."
    assert [text[a:b] for a, b in sentences(text)] == ["Where did it ... [illegible] ... from?", "No idea."]
