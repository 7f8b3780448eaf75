"""Issue 14 (round 22's partial: first sentence only; bilingual/pairing/edges._own_quotation): a translation the writer
wraps in quotes of their own ('first bit says “... the word "pandemic" ...” no idea about the rest') ends at their close,
a remark after it left out, even where the Arabic quotes a word: the English writes that quotation inside, in the Arabic's
marks, so the wrapping quotes are the writer's, not the Arabic's."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

CASES = [
    ('يقول الطبيب إن كلمة "وباء" لا تعني أن المرض خطير، بل تعني أنه منتشر: ولا أحد يعرف متى ينتهي هذا الوضع الصعب في المدن الكبيرة.',
     'The doctor says the word "epidemic" does not mean the disease is dangerous, but that it is widespread:'),
    ('وصفت الصحيفة الاتفاق بأنه "تاريخي" رغم اعتراض بعض الدول عليه، وقالت إنه سيغير المنطقة. أما المعارضة فقد رفضت التعليق على الموضوع حتى الآن.',
     'The newspaper described the agreement as "historic" despite some countries objecting to it, and said it would change the region.'),
]


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [english[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("remark", [" not sure about the rest", " could be wrong tho", " that's my best guess"])
def test_a_remark_after_the_writers_own_quotes_is_left_out(remark):
    for arabic, english in CASES:
        assert _translations(arabic, f"first bit says “{english}”{remark}") == [english]
