"""Issue 14, false pairs on negatives: "a reply that quotes the Arabic and then argues with it ("> ...Arabic... That is
not true at all") is paired with its rebuttal, and the quoted copy is paired too". English after a quote of the Arabic
that opens by calling it false ("Nobody says that anymore.", "Says who?") and goes on is the writer's argument; a
translation after a quote, or one introduced after the rebuttal ("Wrong. It actually says: ..."), keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import rebuts

SENTENCES = [
    ("لا تدري ماذا تفعل، أليس كذلك؟", "You don't know what to do, do you?"),
    ("كان سامي يعلم أنّ ليلى كانت تبحث عنه.", "Sami knew that Layla was looking for him."),
    ("سافر أحمد إلى القاهرة في عام 2019 مع عائلته.", "Ahmed travelled to Cairo in 2019 with his family."),
    ("الحكومة لا تهتم بالفقراء أبدا.", "The government never cares about the poor."),
    ("يعني مش عارف أعمل إيه دلوقتي بصراحة", "I mean I honestly don't know what to do now"),
]
REBUTTALS = ["Nobody says that anymore.", "That's just not true.", "Completely wrong.", "Says who?", "Not true at all.",
             "Propaganda, plain and simple.", "This is fake news lol", "I disagree.", "That never happened.", "Citation needed."]
TAILS = ["What's the real reason you don't want to do this?", "Sami and his family travelled a lot back then, I know them.",
         "The government does care, look at the numbers from 2019.", "I honestly don't know why people keep posting this."]


def _pairs(rows: list[tuple[str, str | None, str, str]]) -> list[tuple[str | None, str | None]]:
    """(the passage's comment, its translation's) of every pair."""
    return [(p.passage.location.comment, p.translation.comment) for p in pairs(make_thread(rows)) if p.translation is not None]


def test_rebuttal_sentences():
    """Sentences that call what they answer false, and near misses that do not."""
    for text in ["Nobody says that anymore.", "That's just not true.", "Says who?", "No one believes this anymore.", "That's a myth.",
                 "Source: trust me bro.", "False.", "I strongly disagree.", "Not even close.", "I highly doubt it.", "Stop spreading lies.",
                 "This has been debunked already."]:
        assert rebuts(text, 0, len(text)), text
    for text in ["The train left.", "I never said that.", "Nobody came to the party.", "He is wrong.", "Who says that to his mother?",
                 "Wrong number.", "No one knows.", "The source of the Nile is in Uganda.", "I doubt he will come.", "Stop the car.",
                 "It was not even close to the station.", "Absolutely nothing happened."]:
        assert not rebuts(text, 0, len(text)), text


def test_a_quote_argued_with_pairs_neither_the_passage_nor_its_copy():
    """"> <Arabic>\\n\\nNobody says that anymore. What's the real reason ...": before, 10 of 200 such replies were paired
    with the passage and 10 of 200 with the quoted copy."""
    passage = copy = 0
    for (arabic, _), rebuttal, tail in itertools.product(SENTENCES, REBUTTALS, TAILS):
        found = _pairs([("1", None, "A", arabic), ("2", "1", "B", f"> {arabic}\n\n{rebuttal} {tail}")])
        passage += any(c == "1" for c, _ in found)
        copy += any(c == "2" for c, _ in found)
    print(f"passages paired: {passage} of 200, quoted copies: {copy} of 200")
    assert passage <= 2 and copy <= 2


def test_a_translation_after_a_quote_keeps_its_pair():
    """A quote then its translation, plain or introduced, and a rebuttal then a translation introduced as one."""
    for (arabic, english), lead in itertools.product(SENTENCES, ["", "Translation: ", "It says: "]):
        assert ("1", "2") in _pairs([("1", None, "A", arabic), ("2", "1", "B", f"> {arabic}\n\n{lead}{english}")])
    for (arabic, english), rebuttal in itertools.product(SENTENCES, ["Wrong. It actually says: ", "Completely wrong. Translation: "]):
        rows = [("1", None, "A", arabic), ("2", "1", "B", "It says the weather is nice."), ("3", "1", "C", f"> {arabic}\n\n{rebuttal}{english}")]
        assert ("1", "3") in _pairs(rows)
    arabic, english = "هذا غير صحيح. لم يحدث ذلك أبدا.", "That's not true. That never happened."
    assert _pairs([("1", None, "A", f"{arabic}\n\n{english}")]) == [("1", "1")]  # the author's own Arabic rebuttal, translated
