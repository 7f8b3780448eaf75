"""Issue 14, round 32's tuned half (bilingual/pairing/find.py _passage_time, _keyed; cues.py _VIDEO_TIME): a reply line
opening with the video's moment the Arabic's line opens with ("5:02 لأ خالص ..." answered "5:02 → No, ...") is keyed to
that moment: introduced as its translation; a video's moment opening a line is no word of the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import tight, video_time

ARABIC2 = "فدي كانت أخر أخر سفرية حلوة."
ENGLISH2 = "That was the last .. last nice trip."


def _paired(rows: list[tuple[str, str | None, str | None, str]], comment: str, english: str) -> None:
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and found[0].translation.comment == comment
    assert found[0].translation_text == english


@pytest.mark.parametrize(("stamp", "mark"), [("14:48", " - "), ("0:46", " → "), ("1:02:13", " ~ ")])
def test_a_video_moment_repeated_from_the_arabic_line_keys_the_reply(stamp, mark):
    _paired([("1", None, "A", f"{stamp} {ARABIC2}"), ("2", "1", "B", f"{stamp}{mark}{ENGLISH2}")], "2", ENGLISH2)


@pytest.mark.parametrize("names", ["@A ", "@A, "])
def test_the_moment_after_the_names_a_reply_addresses_keys_it_too(names):
    _paired([("1", None, "A", f"14:48 {ARABIC2}"), ("2", "1", "B", f"{names}14:48 - {ENGLISH2}")], "2", ENGLISH2)


def test_another_moment_keys_nothing():
    found = pairs(make_thread([("1", None, "A", f"14:48 {ARABIC2}"), ("2", "1", "B", f"3:10 - {ENGLISH2}")]))
    assert found[0].translation is None


@pytest.mark.parametrize(("text", "time"), [("5:02 → No, absolutely not", "5:02"), ("[1:23:45] He says hi", "1:23:45"), ("0:35 - intro", "0:35"),
                                            ("5:30 PM is late", None), ("10:30 am we met there", None), ("3:16 is a verse", None)])
def test_a_video_moment_opening_a_line_is_no_word_of_it(text, time):
    assert video_time(text, 0) == time
    first, _ = tight(text, 0, len(text))
    assert (first > 0) == (time is not None)
