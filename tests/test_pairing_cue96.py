"""Issue 14 (bilingual/pairing/cues.py :func:`past_cue_timing`): a reply giving a subtitle cue (its number, its timing
line "00:34:02,500 --> 00:34:05,900", its text) whose text goes on in lower case was cut as one clause with the timing
line, so the timing's numbers counted as anchors the Arabic lacked (about 6 nats) and the translation was missed. The
clause now starts past the timing line: the cue's text is paired, and a cue of unrelated English still is not."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import past_cue_timing


def _cue(arabic: str, english: str) -> list[str | None]:
    rows = [
        ("1", None, "A", f"Need English subs for this line in the short film:\n\n{arabic}"),
        ("2", "1", "B", f"Here's the cue for the .srt:\n\n206\n00:34:02,500 --> 00:34:05,900\n{english}\n"),
    ]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("وأنت تشعر بألم في الصدر", "and you're having chest pain"),
    ("ثم غادرنا المدينة في الصباح", "then we left the city in the morning"),
])
def test_a_cue_in_lower_case_is_paired(arabic, english):
    assert _cue(arabic, english) == [english]


def test_a_cue_of_unrelated_english_is_not():
    assert _cue("وأنت تشعر بألم في الصدر", "the parking lot closes at nine tonight") == [None]


@pytest.mark.parametrize(("text", "start"), [
    ("00:34:02,500 --> 00:34:05,900\nand you're having chest pain", 30),
    ("00:01.000 --> 00:04.000 align:start\nhello there", 36),
    ("and you're having chest pain", 0),  # no timing line
    ("00:34:02,500 --> 00:34:05,900", 0),  # a timing line alone: nothing after it
])
def test_the_clause_starts_past_the_timing_line(text, start):
    assert past_cue_timing(text, 0, len(text)) == start
