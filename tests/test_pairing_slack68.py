"""Issue 14, false pairs on negatives: the author's answer to a request keeps its bonus ("a translation unless the texts
show otherwise") while its coverage stays above :data:`~bilingual.pairing.evidence.ANSWER_SLACK`. At -0.5, English
three informative words short of the Arabic (coverage -0.52) kept all but 0.08 of it, and the author's unrelated
answers at the bar were paired (round 12's "He strongly cried out asking for help. (1/2)" under Arabic saying Sami
should mind his own business). Two words short stay spared; translations keep their pairs."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.evidence import answer_doubt


def test_three_words_short_doubted() -> None:
    assert answer_doubt(-0.52, 1.7) > 0.4  # 0.08 at a slack of -0.5


def test_two_words_short_spared() -> None:
    assert answer_doubt(-0.35, 1.7) == 0.0


@pytest.mark.parametrize(("arabic", "english"), [
    ("أحب أن أسافر إلى البحر في الصيف مع عائلتي.", "I love to travel to the sea in summer with my family."),
    ("تعلمت اللغة الفرنسية في المدرسة.", "I learned French at school."),
    ("كتب فاضل رسالة طويلة إلى أمه.", "Fadil wrote a long letter to his mother."),
])
def test_authors_translation_paired(arabic: str, english: str) -> None:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "A", english)]
    assert any(p.translation is not None for p in pairs(make_thread(rows)))
