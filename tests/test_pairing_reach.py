"""How far pairing's wording cues read around a segment: a fixed reach, so a comment of one endless line or of
thousands of leads costs time in proportion to its length (a 240 kB comment of "It's saying ..." took 32 s, 1.6 s now;
bench-free checks of what the reach means, not timings)."""

from __future__ import annotations

from bilingual.pairing import cues

ENGLISH = "The weather is lovely today."


def _segment(text: str) -> tuple[int, int]:
    start = text.index(ENGLISH)
    return start, start + len(ENGLISH)


def test_a_request_for_arabic_on_the_segments_line_or_paragraph_is_read() -> None:
    for text in (f"How do you say this in Arabic? {ENGLISH}", f"{ENGLISH} How would I write that in Arabic?",
                 f"Can someone translate this into Arabic please:\n{ENGLISH}"):
        assert cues.asks_for_arabic(text, *_segment(text)), text


def test_a_request_past_the_reach_or_in_another_paragraph_is_not() -> None:
    filler = " ".join(["and so on"] * 40)  # 399 characters: past the 300 read either side
    for text in (f"How do you say this in Arabic? {filler}. {ENGLISH}", f"{ENGLISH} {filler}. How would I write that in Arabic?",
                 f"How do you say this in Arabic?\n\n{ENGLISH}", f"{ENGLISH}\nunrelated line\nHow would I write that in Arabic?"):
        assert not cues.asks_for_arabic(text, *_segment(text)), text


def test_a_lead_is_found_at_the_start_however_long_the_rest() -> None:
    for rest in ("", " " + "It's saying " * 2000):
        text = f"Translation: {ENGLISH}{rest}"
        assert cues.lead_in(text, 0, len(text)) == len("Translation: ")
