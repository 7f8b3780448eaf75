"""Issue 14 (bilingual/align/words.py :func:`arabic_concepts`): Modern Standard Arabic's لِمَ "why" is spelled as its
negation لم, so a question opening with it ("لم تأخرت اليوم؟") counted as a negation, and its translation ("Why were
you late today?") was charged for a "why" the Arabic lacked and a "not" the English lacked. Opening a question, لم is
"why"; elsewhere it is still the negation, and unrelated English under such a question stays unpaired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import arabic_concepts
from bilingual.pairing import pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("لم نتوقف هنا؟", "Why stop here?"),
    ("لمَ ابتسمت؟", "Why did you smile?"),
])
def test_a_reply_translating_a_why_question_is_paired(arabic, english):
    assert _reply(arabic, english) == [english]


@pytest.mark.parametrize("english", ["I had pasta for dinner.", "I bought a new car last week."])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("لم ابتسمت؟", english) == [None]


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("لم تأخرت؟", {"why"}),
    ("ولم تركت عملك؟", {"why"}),
    ("هل أنت بخير؟ لم لا تأكل؟", {"why", "neg"}),
    ("لم يذهب إلى المدرسة.", {"neg", "school"}),  # a statement: the negation
    ("قال إنه لم يأكل؟", {"neg"}),  # not the first word of the question
    ("لم يأت أحد. لماذا؟", {"neg", "why"}),  # the question is another sentence
])
def test_lam_opening_a_question_asks_why(arabic, concepts):
    assert arabic_concepts(arabic) == concepts
