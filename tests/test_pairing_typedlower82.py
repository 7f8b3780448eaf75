"""Issue 14, round 32's tuned half: a translation typed all in lower case opens with chat ("ok so in the case of sars cov 2
..."); with no capital after the openers they were kept as the translation's own words. A run of openers starting with a
chat word before English typed all in lower case is now left out; one opener the Arabic says (حسنًا: "okay are you ...") stays."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "غالبًا ما يكون للمرضى تاريخ يتعلق بالسفر إلى ووهان أو المناطق المتأثرة الأخرى."
_ENGLISH = "patients often have a history of travel to wuhan or other affected areas"


@pytest.mark.parametrize("chat", ["ok so ", "lol ok ", "okay so "])
def test_chat_openers_before_a_translation_typed_in_lower_case_are_left_out(chat: str) -> None:
    rows = [("1", None, "A", _ARABIC), ("2", "1", "B", "what does it mean?"), ("3", "2", "C", chat + _ENGLISH)]
    assert pairs(make_thread(rows))[0].translation_text == _ENGLISH


def test_an_opener_the_arabic_says_stays() -> None:
    english = "okay are you having any other symptoms along with this other than just the pain"
    rows = [("1", None, "A", "حسنًا هل لديك أي أعراض أخرى بالإضافة إلى هذا غير الألم"), ("2", "1", "B", "what does it mean?"), ("3", "2", "A", english)]
    assert pairs(make_thread(rows))[0].translation_text == english
