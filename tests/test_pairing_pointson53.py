"""Issue 14, false pairs on negatives: English just before the Arabic that points on to it ("Hi! For the engraved
bracelet, the text is below.\\nThe Arabic: ...") announces the text; the Arabic's label ("The Arabic:", "In Arabic:")
does not make it a translation given before its original (find._points_on). A translation before its original keeps
its pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

A1 = "كانت رسالة سامي مكتوبة يدويّا."
A2 = "الصبر مفتاح الفرج"
A3 = "أودّ أن أمضي المزيد من الوقت مع خالتي."


@pytest.mark.parametrize("text", [f"Hi! For the engraved bracelet, the text is below.\nThe Arabic: {A1}",
                                  f"For the cake topper, as follows.\nIn Arabic: {A1}"])
def test_english_pointing_on_to_the_arabic_is_no_translation(text):
    """Both were paired before (0.91, 0.92)."""
    assert [p.translation_text for p in pairs(make_thread([("1", None, "A", text)])) if p.translation] == []


@pytest.mark.parametrize("text, english", [
    (f"Sami's letter was handwritten.\nThe Arabic: {A1}", "Sami's letter was handwritten."),
    (f"Patience is the key to relief. Original below:\n{A2}", "Patience is the key to relief."),
    (f"I'd like to spend more time with my aunt.\n\nOriginal: {A3}", "I'd like to spend more time with my aunt"),
])
def test_a_translation_before_its_original_keeps_its_pair(text, english):
    (p,) = pairs(make_thread([("1", None, "A", text)]))
    assert p.translation_text is not None and p.translation_text.startswith(english)
