"""Issue 14 (round 16's tuned half; bilingual/pairing/find.py, cues.py): in a chat without reply links, the passage
author's later comment that opens with a word to an asker ("Sure thing. ...", "Here you go! ...") answers someone who
asked, so its English counts as more likely the translation than the author's other English."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import acknowledged

CHAT = [
    ("c1", None, "huda", "There are cats on Mars, too."),
    ("c2", None, "fox", '"Where did you eat lunch?" "I ate at a restaurant."'),
    ("c3", None, "noor", "Fadil's body was in the garbage."),
    ("c4", None, "noor", "Well, it's obvious now."),
    ("c5", None, "noor", "Has anyone seen that movie?"),
    ("c6", None, "fox", "I'm really scared of thunderstorms."),
    ("c7", None, "dave_t", "that's wild"),
    ("c8", None, "fox", "We are responsible for your protection from now on."),
    ("c9", None, "noor", "Sami spent more time with Layla."),
    ("c10", None, "fox", "Sami saw Muslims praying."),
    ("c11", None, "amal", "الحب و الكره شعوران متعاكسان"),
    ("c12", None, "dave_t", "huh"),
    ("c13", None, "beirut", "I'm crying"),
]
LOVE_EN = "Love and hate are opposite emotions."


def _translations(english: str) -> list[str | None]:
    rows = [*CHAT, ("c14", None, "amal", english), ("c15", None, "noor", "It's impossible for me to explain it to you.")]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize("word", ["Sure thing.", "Here you go!", "Of course.", "No problem.", "@dave_t sure thing.", "Happy to help."])
def test_the_authors_comment_opening_with_a_word_to_an_asker_answers(word):
    assert _translations(f"{word} {LOVE_EN}") == [LOVE_EN]


@pytest.mark.parametrize("english", [LOVE_EN, "Sure thing. See you all tomorrow then."])
def test_without_the_word_or_without_a_translation_nothing_is_paired(english):
    assert _translations(english) == [None]


def test_acknowledged_reads_only_the_words_before():
    text = "Sure thing. Love and hate are opposite emotions."
    assert acknowledged(text, text.index("Love"))
    assert not acknowledged("Sure thing, love is blind.", 12) and not acknowledged(text, 0)
