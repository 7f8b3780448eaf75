"""Issue 14 (bilingual/pairing/cues.py _MARKER_BEFORE): a meaning word followed by an en or em dash ("literally — ...",
"Translation – ...") introduces what follows as one followed by a hyphen does ("Translation - ..."). Before, a phone's
or a word processor's dash hid the mark, and a loose translation so given stayed under the bar."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs


@pytest.mark.parametrize("text", [
    "literally — No, but you will bring it to your company.",
    "Translation – No, but you will bring it to your company.",
    "my grandma says — No, but you will bring it to your company.",
])
def test_a_dash_after_a_meaning_word_marks_what_follows(text):
    start = text.index("No, but")
    assert cues.marked(text, start, len(text))


def test_a_dash_after_another_word_marks_nothing():
    text = "Loved the film — No, but you will bring it to your company."
    assert not cues.marked(text, text.index("No, but"), len(text))


def test_a_literal_rendering_after_an_em_dash_is_paired():
    rows = [
        ("1", None, "cinephile_77", "The dialogue is gold, e.g. لأ بس هدخلى للشركة مش لبيتك انت هتدخلى للشركة اللي شغالة فيها قد إيه؟\n"
         "literally — No, but, you will bring to your company, not to your home, how much profit will you bring to the company "
         "you're working in?, i.e. the usual family drama"),
    ]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [
        "No, but, you will bring to your company, not to your home, how much profit will you bring to the company you're working in?",
    ]
