"""Issue 14 (bilingual/pairing/edges.py translated_frame): a frame whose manner names the translation, then the text and a
copula ("Translated, it's Not really, ...", "Roughly translated, it is "..."", "Word for word, it's ...") says that what
follows is the translation, as "It means" does. Before, the frame was passed as a lead but marked nothing, so a loose
translation so given stayed under the bar."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs


@pytest.mark.parametrize("text", [
    "Translated, it's Okay, once I wake up, I get dressed then I wake my daughter up.",
    'Roughly translated, it is "Go home now, it is late."',
    "Word for word, it's The house is big and old.",
])
def test_a_translating_frame_marks_the_translation(text):
    assert cues.marked(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "Phonetically it's Msh awy ya3ni bhb alhdw' aktr",
    "For anyone wondering, it's The Thuluth style.",
    "Translated, it's nice.",
])
def test_other_frames_mark_nothing(text):
    assert not cues.marked(text, 0, len(text))


def test_the_asker_translating_under_a_remark_is_paired():
    rows = [
        ("1", None, "ink_and_oud", "Got this done in Dubai last summer, artist swore it's a nice saying. What does my tattoo "
         "actually say?\nماشي أول ما بصحي بلبس بعد كده بصحي بنتي"),
        ("2", "1", "letterer", "Thuluth style I think, the tall verticals give it away."),
        ("3", "2", "ink_and_oud", "Translated, it's Okay, once I wake up, I get dressed then I wake my daughter up."),
    ]
    found = pairs(make_thread(rows))
    assert [(p.translation.comment if p.translation else None, p.translation_text) for p in found] == [
        ("3", "Okay, once I wake up, I get dressed then I wake my daughter up."),
    ]


def test_unrelated_english_so_framed_stays_unpaired():
    rows = [
        ("1", None, "ink_and_oud", "What does my tattoo actually say?\nماشي أول ما بصحي بلبس بعد كده بصحي بنتي"),
        ("2", "1", "nadia_k", "Translated, it's The museum opens at nine and closes at five on weekdays."),
    ]
    assert [p.translation for p in pairs(make_thread(rows))] == [None]
