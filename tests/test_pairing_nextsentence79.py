"""Issue 14 (round 25's translations split over two posts): a writer's next reply opening "and the second sentence:",
"The next line:", "last part:" goes on with the translation begun in the reply before (cues.continues_from; parts.may_be_part
reads "sentence", "line", "bit" as hints of such a mark), and the mark is no part of the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import continues_from

PHONE = "أه جربتها مرة أن أنا خرجت ساعة من غير موبايل وبسيبه كتير يعنى مش .. فمقدرش أعيش من غيره لأنه مش هاعرف أقابل الناس."
FIRST = "Yes, I tried it once, I went out for an hour without a mobile, I often leave it behind actually"
SECOND = "So I can't live without it, because I won't be able to meet people."


@pytest.mark.parametrize("mark", ["and the second sentence: ", "The next sentence: ", "last part: ", "and the second line: "])
def test_a_mark_of_the_next_sentence_goes_on_from_the_reply_before(mark: str) -> None:
    assert continues_from(mark + SECOND)


def test_the_second_sentence_in_the_writers_next_reply_is_a_part() -> None:
    rows = [("1", None, "A", PHONE), ("2", "1", "B", "The description is only in Arabic. Can someone add an English caption?"),
            ("3", "2", "C", f"Translation, first sentence: {FIRST}"), ("4", "3", "C", f"and the second sentence: {SECOND}")]
    (pair,) = pairs(make_thread(rows))
    assert sorted((pair.translation_text or "", *pair.continued_text)) == sorted((FIRST, SECOND))
