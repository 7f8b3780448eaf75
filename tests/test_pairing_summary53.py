"""Issue 14, false pairs on negatives: English offered as a summary ("The gist: ...", "Summary for the non-Arabic
folks: ...") whose words explain none of the Arabic and that speaks of the writer or the text, never as them ("it's a
positive review, mostly about the service", "she's annoyed at the neighbours") says what the text is about, not what
it says: its lead is no mark of a translation (find._summary_only). A gist that renders the Arabic keeps its pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

A1 = "ليلى تحبّ القيل و القال."
A2 = "أودّ أن أمضي المزيد من الوقت مع خالتي."
A4 = "كان سامي يعلم أنّ ليلى كانت تبحث عنه."
A5 = "لأ خالص أنا ممكن يعنى أبدأ كلام على طول و اللى هو نفتح مواضيع كتيرة جدا يعنى فلأ ده عادى يعني"


def _thread(arabic: str, english: str, by: str):
    return make_thread([("1", None, "A", arabic), ("2", "1", "B", "english?"), ("3", "2", by, english)])


@pytest.mark.parametrize("arabic, english, by", [
    (A1, "The gist: she's annoyed at the neighbours, nothing serious.", "A"),
    (A2, "Summary for the non-Arabic folks: it's a positive review, mostly about the service.", "C"),
    (A2, "Summary for the non-Arabic folks: it's a positive review, mostly about the service.", "A"),
])
def test_a_summary_of_what_the_text_is_about_is_no_translation(arabic, english, by):
    """Each was paired before (0.94-0.99)."""
    assert [p.translation_text for p in pairs(_thread(arabic, english, by)) if p.translation] == []


@pytest.mark.parametrize("arabic, english", [
    (A4, "The gist: Sami knew that Layla was looking for him."),
    (A5, "the gist: No, absolutely not, I can start a conversation directly, we open lots of topics, it's normal"),
    (A1, "In short: Layla loves gossip."),
    (A2, "gist: she wants to spend more time with her aunt"),
])
def test_a_gist_that_renders_the_arabic_keeps_its_pair(arabic, english):
    (p,) = pairs(_thread(arabic, english, "A"))
    assert p.translation is not None and english.endswith(p.translation_text)
