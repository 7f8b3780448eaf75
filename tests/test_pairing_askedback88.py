"""Issue 14 (false pairs; rounds 12 and 13, edges.asks_back): English that is one question ("Does this look familiar to
you?", "You want a divorce, don't you?") under Arabic that marks its sentences' ends and asks nothing (no question mark,
no question word) counts 1.5 against it as the Arabic's translation: the poster's answer to a request, or a reader's
reply, asking something back. A translation keeps a statement a statement; a question translated as a question (its
mark, a question word, or an unpunctuated Egyptian transcript that asks without a mark) is still paired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import asks_back


def _translation(arabic: str, *answers: str, request: str = "tr pls") -> str | None:
    rows = [("1", None, "A", arabic), ("2", "1", "B", request)] + [(str(k), "2", "A", a) for k, a in enumerate(answers, 3)]
    return pairs(make_thread(rows))[0].translation_text


def test_the_posters_question_back_is_no_translation():
    # Sami threw a chair through the window.
    assert _translation("ألقى سامي بكرسيّ عبر النّافذة.", "Does this look familiar to you?") is None


def test_a_question_with_a_tag_split_over_two_replies_is_no_translation():
    # I don't know what's going on here. Fadil was never there.
    arabic = "أنا لا أعرف ما يجري هنا. لم يكن فاضل هناك أبدا."
    answers = ("You want a divorce, don't you? (1/2)", "Can I speak to the doctor? (2/2)")
    assert _translation(arabic, *answers, request="what does this say?") is None


@pytest.mark.parametrize(("arabic", "answer"), [
    ("هل سبق لك أن زرت القاهرة؟", "Have you ever been to Cairo?"),  # its question mark
    ("هل سبق و ذهبت للسباحة عارياً.", "Have you ever gone skinny dipping?"),  # a question word, a full stop typed
    ("ربما أنت تعلم أين هي كتبي.", "Maybe you know where my books are?"),  # not asked as a question
    ("انت رايح فين النهارده", "Where are you going today?"),  # Egyptian, unpunctuated
])
def test_a_question_translated_as_a_question_is_still_paired(arabic, answer):
    assert _translation(arabic, answer) == answer


@pytest.mark.parametrize(("english", "arabic", "asked"), [
    ("Does this look familiar to you?", "ألقى سامي بكرسيّ عبر النّافذة.", True),
    ('"Why would anyone do that?"', "ألقى سامي بكرسيّ عبر النّافذة.", True),
    ("You want a divorce, don't you?", "لم يكن فاضل هناك أبدا.", True),
    ("Sami threw a chair through the window?", "ألقى سامي بكرسيّ عبر النّافذة.", False),  # no auxiliary, no tag
    ("Sami threw a chair. Why?", "ألقى سامي بكرسيّ عبر النّافذة.", False),  # two sentences
    ("Does this look familiar to you?", "ألقى سامي بكرسيّ عبر النّافذة", False),  # the Arabic marks no end
    ("Where are you going?", "إلى أين أنت ذاهب.", False),  # a question word
    ("Where are you going?", "إلى أين أنت ذاهب؟", False),
])
def test_asks_back(english, arabic, asked):
    assert asks_back(english, [arabic]) is asked
