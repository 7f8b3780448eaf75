"""Issue 14, round 32's tuned half (bilingual/pairing/cues.py _cue_above): the English under a subtitle cue's timing line
(a cue number, then "00:08:00,400 --> 00:08:03,900") is given as the subtitle of that moment: a lead naming the text, a weak mark."""

from __future__ import annotations

from bilingual.pairing.cues import names_text


def test_a_subtitle_cue_names_its_text():
    text = "399\n00:08:00,400 --> 00:08:03,900\nNo, absolutely not, I can start a conversation directly\n"
    start = text.index("No,")
    assert names_text(text, start, len(text) - 1)
    assert not names_text("399\nsome words here\nNo, absolutely not", 18, 36)
