"""Issue 14 (round 29's tuned half; bilingual/pairing/find.py): a reply that quotes the Arabic ("> ..."), answers with its
English in a paragraph, then comments in a paragraph of its own ("That line is in the second lesson too.") leaves the
remark out by its structure: the window that ends the paragraph under the quote pays nothing for the English after it
(find._quote_answered; elsewhere a remark after a translation costs _REMARK_AFTER)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "أنت كبير و عاقل فالمفروض تخلصها"
_ENGLISH = "You're a grown up and you're sane so you're supposed to finish it."


def _found(reply: str) -> list[str]:
    thread = make_thread([("1", None, "A", f"My teacher's note:\n{_ARABIC}"), ("2", "1", "B", reply)])
    return [p.translation_text for p in pairs(thread) if p.translation_text]


@pytest.mark.parametrize("remark", [
    "Same line came up in my exam last year.",
    "We had that sentence in lesson two as well.",
    "Your teacher sounds strict, good luck!",
    "My dad used to tell me the same thing lol",
    "Classic line from every Egyptian parent ever.",
])
def test_the_paragraph_under_the_quote_is_the_answer_and_the_next_a_remark(remark):
    assert _ENGLISH in _found(f"> {_ARABIC}\n\n{_ENGLISH}\n\n{remark}")


def test_an_opinion_under_the_quote_is_no_translation():
    assert _found(f"> {_ARABIC}\n\nHonestly your teacher is just being strict here.\n\nGood luck with the exam!") == []
