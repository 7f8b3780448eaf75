"""What the aligner keeps of each side it analyses holds less (issue 20 item 2: at most 10x the input): pairing keeps
1,024 blocks of English and 512 Arabic sides analysed at once, and on a thread whose passages seldom repeat their
analyses were most of its bounded tables. An English segment's words are interned strings, its lower-case words the
same set when they are equal; an Arabic word's skeletons are the names cache's own set. Each is what it was, as a value."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.align import anchors
from bilingual.align.names import WORD, arabic_skeletons, fold
from bilingual.align.similarity import PreparedSource

ENGLISH = [
    "Sami ran for his life.",
    "he closely resembles his father",
    "O God, make us reach democracy in Saudi Arabia and prosperity in Somalia",
    "abc123 don't IRAN iran Iran's 100 percent, one hundred percent",
    "Élodie said «bonjour» to the Café owner twice",
    "",
]


def test_english_segments_words_as_before() -> None:
    for text in ENGLISH:
        english = anchors._english_words(text)
        pattern, lower = (anchors._ASCII_WORD, anchors._ASCII_LOWER_WORD) if text.isascii() else (WORD, anchors._LOWER_WORD)
        assert english.lowercase == frozenset(lower.findall(text)), text
        if text.isascii():
            assert english.words == frozenset(pattern.findall(text.lower())), text


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet="aAbBcC dD'.1é,\n", max_size=40))
def test_lower_case_words_any_text(text: str) -> None:
    lower = anchors._ASCII_LOWER_WORD if text.isascii() else anchors._LOWER_WORD
    assert anchors._english_words(text).lowercase == frozenset(lower.findall(text))


def test_segments_share_their_words_strings() -> None:
    """Two blocks with a word in common hold one string for it, not one each."""
    one = anchors._english_words("the translation of the prayer")
    two = anchors._english_words("a prayer for the translation")
    shared = {w: w for w in one.words}
    assert all(w is shared[w] for w in two.words if w in shared)
    assert one.lowercase is one.words  # no capital letter: one set held for both


def test_arabic_words_skeletons_are_the_cached_sets() -> None:
    text = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال سامي"
    side = anchors._arabic_anchors(text)
    for skeletons in side.word_skeletons:
        assert all(len(s) >= 2 for s in skeletons)
    found = [w for w in WORD.findall(fold(text)) if anchors._ARABIC_WORD.search(w)]
    cached = {id(arabic_skeletons(w)) for w in found}
    assert any(id(s) in cached for s in side.word_skeletons)
    assert anchors._long_skeletons(frozenset({"a", "bc", "def"})) == frozenset({"bc", "def"})
    kept = frozenset({"bc", "def"})
    assert anchors._long_skeletons(kept) is kept
    assert PreparedSource((text,), None).feature(anchors._arabic_side)[0][0].word_skeletons == side.word_skeletons
