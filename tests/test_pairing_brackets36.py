"""Issue 14: a translator's note in brackets closing a translation, longer than the short notes found by their form, that
talks about the text or its translation ("(the literal version makes no sense in english)") is left out when the Arabic
has no bracket and gives none of its words about the text (edges._about_bracket); a bracket the Arabic has, or whose
words about the text the Arabic gives, stays."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "فبقى كان بيحكي قصته و أزاي هو بي .. يعني بيعيش الموضوع ده"
ENGLISH = "It was about his biography and how he was living"


def _paired(arabic: str, english: str) -> str | None:
    """The translation found for ``arabic`` when its author answers a request with ``english``."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "english pls?"), ("3", "2", "A", english)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize(
    "note",
    [
        " (the literal version makes no sense in english)",
        " (this is a loose rendering, the dialect is hard to follow)",
        " (literally it's closer to 'by my eyes' but that sounds odd)",
        " [the original phrase is a pun that doesn't survive translation]",
    ],
)
def test_a_long_note_about_the_translation_in_brackets_is_left_out(note):
    assert _paired(ARABIC, ENGLISH + note) == ENGLISH


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("الجملة دي صعبة (حرفيا)", "This sentence is difficult (literally)"),
        ("تعلمت كلمة جديدة اليوم في درس اللغة العربية", "I learned a new word today (in the Arabic language lesson)"),
        ("قرأت المقال كاملا (الترجمة الإنجليزية)", "I read the whole article (the English translation)"),
    ],
)
def test_a_bracket_the_arabic_accounts_for_stays(arabic, english):
    assert _paired(arabic, english) == english
