"""Issue 14, false pairs on negatives (rounds 20-28, 40: "one word glossed"): a reply that picks one or two Arabic words out
of a longer passage and says what they mean ("«يحب» is 'loves', the rest is beyond me", "the word ليلى is Layla if that
helps", "• القاهرة – 'Cairo'") glosses those words, whatever its marks between the word and its English, and translates
no passage; a reply that translates the whole passage, or a translation after the passage's own sentence, keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import find, pairs

# (a passage of several words, one word of it, that word's English, the passage's translation)
LINES = [
    ("سافر سامي إلى القاهرة مع ليلى في الصيف.", "القاهرة", "Cairo", "Sami travelled to Cairo with Layla in the summer."),
    ("سامي يحب ليلى كثيرا.", "ليلى", "Layla", "Sami loves Layla a lot."),
    ("زار توم ماري في المستشفى أمس.", "المستشفى", "the hospital", "Tom visited Mary in the hospital yesterday."),
]
# one word's gloss, in the ways a forum, a Reddit thread, a YouTube reply or a flashcard note writes it
GLOSSES = [
    "I only know «{W}», I think that's \"{G}\". Someone else will have to do the rest.",
    "the word {W} is '{G}' if that helps",
    "Only word I recognise is \"{W}\" — pretty sure that's {G}? no idea about the rest",
    "• {W} – '{G}'\nEverything else is review.",
    "{W} ({G}), the others escape me sorry",
]
KEPT = [
    "Translation: {T}",
    "«{W}» is {G}. The whole sentence: {T}",
]


def _paired(arabic: str, reply: str) -> str | None:
    """The English the Arabic is paired with in the reply under it, if any."""
    rows = [("1", None, "A", "What does this mean?\n\n" + arabic), ("2", "1", "B", reply)]
    found = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return found[0].translation_text if found and found[0].translation is not None else None


def test_fragment_before():
    """One or two Arabic words alone on the English's line, closed by quotes or a mark, are a fragment; the end of a
    sentence of three words or more is none."""
    for before in ["«الأمان» = ", "the word بسبب ", "Only know one word: «الأخيرة» ", "x «كل الناس» - "]:
        assert find._FRAGMENT_BEFORE.search(before) is not None, before
    for before in ["السعيدة مع سليمة. ", "كل الناس سيموتون حتماً ", "x «كل الناس كلهم» = ", "The word is "]:
        assert find._FRAGMENT_BEFORE.search(before) is None, before


def test_glossed_word_is_no_translation():
    """A word of the passage glossed in a reply: none paired (before the rule: 6 of 15)."""
    paired = [(w, g) for (ar, w, e, _), g in itertools.product(LINES, GLOSSES) if _paired(ar, g.format(W=w, G=e)) is not None]
    print(f"paired: {len(paired)} of 15", paired)
    assert not paired


def test_whole_translation_kept():
    """A plain translation, and one after a word's gloss on the same line, keep their pairs."""
    for (ar, w, e, tr), k in itertools.product(LINES, KEPT):
        assert _paired(ar, k.format(W=w, G=e, T=tr)) == tr, k.format(W=w, G=e, T=tr)


def test_same_comment_translation_kept():
    """The passage's own comment: English right after its last sentence is its translation, no gloss."""
    for ar, _, _, tr in LINES:
        rows = [("1", None, "A", f"{ar} {tr}")]
        found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
        assert found and found[0].translation_text == tr, ar
