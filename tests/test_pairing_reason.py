"""Issue 14 (bilingual/align/words.py english_concepts): "why" after "that's", "this is", "which is" heads a relative
that gives a reason ("That's why I left the job.", فعشان كده سيبت الشغل), said in Arabic by "because" (عشان كده, لهذا);
counted as the question word, the translation was charged for a "why" its Arabic lacks and for the Arabic's "because"
it lacked. "When it comes to" is "as for", no time. Tuned development set: 4 translations won, none lost."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import english_concepts
from bilingual.pairing import pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("english", "concepts"), [
    ("That's why I left.", {"because"}), ("which is why he stayed", {"because"}), ("it is why we came", {"because"}),
    ("Why did you leave?", {"why"}), ("I don't know why", {"neg", "know", "why"}),
    ("especially when it comes to food", set()), ("When I came back", {"when"}),
])
def test_thats_why_gives_a_reason_and_when_it_comes_to_no_time(english, concepts):
    assert english_concepts(english) == concepts


def test_a_reply_saying_thats_why_translates_because_this():
    assert _reply("فعشان كده سيبت الشغل", "That's why I left the job.") == ["That's why I left the job."]


@pytest.mark.parametrize("english", ["I bought a new car last week.", "The weather is nice today."])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("فعشان كده سيبت الشغل", english) == [None]
