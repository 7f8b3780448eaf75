"""Issue 14, false pairs on negatives: English that says what the Arabic is about ("Summary for non-Arabic readers: mostly
about candidates, developing and available.", "something about campaign and national, the rest is context") summarises
its topic; it is no translation a reader can publish, however it is introduced. A translation, introduced or not, and one
that opens with "It's about ..." (no hedge before "about") keep their pairs."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import describes

SENTENCES = [
    ("لا يتوفر لقاح، ولكن تعمل هيئات مختلفة بنشاط على تطوير لقاحات مرشحة.", "candidates, developing and available",
     "No vaccine is available, but various bodies are actively working on developing candidate vaccines."),
    ("في 11 مارس، أعلنت منظمة الصحة العالمية تفشي كورونا فيروس كجائحة.", "coronavirus, declared and outbreak",
     "On 11 March, the World Health Organization declared the coronavirus outbreak a pandemic."),
    ("تطلّب الأمر حملة تلفزيونية وطنية لتعقّب فاضل و إلقاء القبض عليه.", "campaign and national",
     "It took a national TV campaign to track Fadil down and arrest him."),
    ("يعني مش عارف أعمل إيه دلوقتي بصراحة", "don't, know and work", "I mean I honestly don't know what to do now"),
]
GISTS = ["Summary for non-Arabic readers: mostly about {T}. Well said!", "tl;dr it's mostly about {T}", "Something about {T}, the rest is context.",
         "Gist: basically about {T}.", "mainly about {T} I think", "For non-Arabic readers: roughly about {T}."]


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    """Whether the passage of comment 1 is paired."""
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_describes():
    """Hedged "about" at the English's start (its lead passed) describes; "It's about money." and "About 300" do not."""
    for text in ["Summary: mostly about candidates, developing and available.", "something about campaign and national, the rest is context",
                 "It's basically about the vaccine.", "tl;dr it's mostly about the WHO", "Translation: something about a wedding, not sure"]:
        assert describes(text, 0, len(text)), text
    for text in ["It's about money.", "About 300 people died.", "We talked about the trip.", "He is mostly about business these days.",
                 "It is all about the money."]:
        assert not describes(text, 0, len(text)), text


def test_a_summary_of_the_topic_is_no_translation():
    """Keyword summaries under the Arabic, as a reply and as the author's answer to a request (before, 22 of 24 replies and
    24 of 24 answers were paired; 0 and 3 now)."""
    replies = sum(_paired([("1", None, "A", ar), ("2", "1", "B", g.format(T=t))]) for (ar, t, _), g in itertools.product(SENTENCES, GISTS))
    answers = sum(_paired([("1", None, "A", ar), ("2", "1", "B", "what does it say?"), ("3", "2", "A", g.format(T=t))])
                  for (ar, t, _), g in itertools.product(SENTENCES, GISTS))
    print(f"summaries paired: {replies} of 24 replies, {answers} of 24 answers")
    assert replies <= 2 and answers <= 6


def test_a_translation_keeps_its_pair():
    """The translation itself, plain or introduced ("Summary: ..." too), and "It's about money only." for الأمر يتعلق بالمال فقط."""
    for (ar, _, tr), lead in itertools.product(SENTENCES, ["", "Summary: ", "Translation: ", "It says: "]):
        assert _paired([("1", None, "A", ar), ("2", "1", "B", lead + tr)])
    assert _paired([("1", None, "A", "الأمر يتعلق بالمال فقط."), ("2", "1", "B", "what does it say?"), ("3", "2", "A", "It's about money only.")])
