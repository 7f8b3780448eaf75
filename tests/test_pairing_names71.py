"""Issue 14, false pairs on negatives: the author's answer to a request that renders none of the Arabic's informative
words and shares a name with it, while it leaves out another name or a loanword the Arabic spells ("Sami should have
waited." for Arabic about Sami and Layla), is about someone or something else: it loses the answer's bonus, as English
sharing only names with Arabic of three informative words or more did. The author's translation, which writes them, stays."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.evidence import unwritten_spelled


def _answered(arabic: str, english: str) -> bool:
    """Whether the author's English answer to a request under its Arabic is paired with it."""
    rows = [("1", None, "amr", arabic), ("2", "1", "kim", "Please translate"), ("3", "2", "amr", english)]
    return any(p.translation is not None and p.translation.comment == "3" for p in pairs(make_thread(rows)))


def test_unwritten_spelled_are_the_names_and_loanwords_the_english_leaves_out():
    assert unwritten_spelled(("اتصل سامي بليلى أمس.",), ("Sami should have stayed home.",)) == ("layla",)
    assert unwritten_spelled(("اتصل سامي بليلى أمس.",), ("Sami called Layla yesterday.",)) == ()
    assert unwritten_spelled(("تحب ماري الموسيقى الكلاسيكية.",), ("Mary is a very good cook.",)) == ("music",)
    assert unwritten_spelled(("تحب ماري الموسيقى الكلاسيكية.",), ("Mary loves classical music.",)) == ()


@pytest.mark.parametrize(("arabic", "translation", "other"), [
    ("اتصل سامي بليلى أمس.", "Sami called Layla yesterday.", "Sami should have stayed home."),
    ("قالت ليلى لسامي إنها ستتأخر.", "Layla told Sami she would be late.", "Layla never liked soup."),
    ("شاهد سامي فيديو على يوتيوب.", "Sami watched a video on YouTube.", "Sami went to bed early."),
    ("تحب ماري الموسيقى الكلاسيكية.", "Mary loves classical music.", "Mary is a very good cook."),
    ("كان توم وماري في المطعم.", "Tom and Mary were at the restaurant.", "Mary can't swim."),
    ("سامي يكره ليلى.", "Sami hates Layla.", "Sami has a big dog."),
    ("ذهبت ليلى مع سامي إلى السينما.", "Layla went to the cinema with Sami.", "Layla was born in April."),
])
def test_the_authors_answer_that_leaves_out_a_name_the_arabic_spells_is_no_translation(arabic, translation, other):
    assert not _answered(arabic, other)
    assert _answered(arabic, translation)
