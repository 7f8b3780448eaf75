"""Issue 14 (bilingual/pairing/edges._frame_lead): "went" and "goes" are verbs of saying in chat only before a quote or a
capital ('so Sami goes "I am not paying."'); before lower case they are the translation's own verbs of going: "She went
home early." lost "She went" as a frame, alone or after a lead ("it says: They went out for dinner ...")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

CASES = [
    ("ذهبوا لتناول العشاء في مطعم راق.", "{}They went out for dinner at an upscale restaurant.", "They went out for dinner at an upscale restaurant."),
    ("هي راحت البيت بدري.", "{}She went home early.", "She went home early."),
    ("هو بيروح الشغل كل يوم.", "{}He goes to work every day.", "He goes to work every day."),
]


@pytest.mark.parametrize("lead", ["", "it says: ", "EDIT: for those asking: ", "Translation -- "])
@pytest.mark.parametrize(("arabic", "english", "span"), CASES, ids=[span for _, _, span in CASES])
def test_went_and_goes_before_lower_case_are_the_translations_own(arabic, english, span, lead):
    text = english.format(lead)
    found = [text[p.translation.start : p.translation.end] for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", text)])) if p.translation]
    assert found == [span]


def test_goes_before_a_quote_is_a_verb_of_saying():
    text = 'so Sami goes "I am not paying."'
    found = [text[p.translation.start : p.translation.end] for p in pairs(make_thread([("1", None, "A", "قال سامي: أنا مش هدفع."), ("2", "1", "B", text)])) if p.translation]
    assert found == ["I am not paying."]
