"""Issue 14 (round 23's jira-second-sentence; bilingual/pairing/find._explained_arabic): a translation said to be of a part
of a passage is held to the Arabic it explains, counted in sentences. Where the passage writes marks after its clauses (a
transcript's commas), the clauses it leaves without an end mark run on into one sentence, whose English is one sentence
too: counted a sentence each, they left room for a status line after it ("\\nAssigning to QA.") in its span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# (first Arabic sentence, the second: a transcript's clauses run on with commas, the English of the second)
CLAUSES = [
    ("الجو كان حر جدا امبارح.", "أنا رحت الشغل بدري الصبح، و خلصت التقرير اللي كان مطلوب مني، و بعدين قعدت مع زمايلي شوية، و رجعت البيت على الساعة خمسة",
     "I went to work early in the morning, finished the report I was asked for, then sat with my colleagues for a while, and came back home at five o'clock."),
    ("مش عارف أقول إيه.", "بابا كان بيشتغل في الخليج لما كنت صغير، و كنا بنسافر له كل صيف، و كنت بحب السفر ده جدا، بس دلوقتي خلاص",
     "My dad was working in the Gulf when I was young, and we used to travel to him every summer, and I really loved those trips, but now that's over."),
]
LEADS = ["Only the second sentence matters: {e}", "The part after the first sentence translates to: {e}", "Second bit only: {e}"]
TAILS = ["\nReassigned to Omar.", "\nMarked as resolved."]


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [english[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("lead", LEADS)
def test_a_line_after_a_partial_translation_of_run_on_clauses_is_no_part_of_it(lead, tail):
    for first, second, english in CLAUSES:
        assert _translations(f"{first} {second}", lead.format(e=english) + tail) == [english]


@pytest.mark.parametrize("lead", LEADS)
def test_the_clauses_translation_on_two_lines_stays(lead):
    for first, second, english in CLAUSES:
        head, rest = english.split(", ", 1)
        split = f"{head}.\n{rest[0].upper()}{rest[1:]}"
        assert _translations(f"{first} {second}", lead.format(e=split) + "\nMarked as resolved.") == [split]
