"""Issue 14, thirty-fourth round (round 18's tuned half; bilingual/pairing/edges.py, cues.py): a quotation offered
as one of alternatives is the translation without the lead before it, and a sentence saying the meaning cannot be
given is no translation, whatever was done with the Arabic before it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces

WALL = "قفز كين من فوق الحائط."
WALL_EN = "Ken jumped over the wall."


@pytest.mark.parametrize("lead", ["Could be ", "Probably either ", "Likely ", "Depends, maybe "])
def test_a_quotation_offered_as_one_of_alternatives_is_the_translation(lead):
    """'<lead> "<English>" or ...': whatever the lead's words, the "or" after the closing quote offers the
    quotation as one reading; the lead is no part of the translation."""
    rows = [("1", None, "A", WALL), ("2", "1", "B", f'{lead}"{WALL_EN}" or it is an idiom I do not know.')]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert [p.translation_text for p in found] == [WALL_EN]


def test_a_quotation_without_alternatives_keeps_its_own_words():
    """Without "or" after the quote, a name the Arabic spells before it stays the translation's own."""
    rows = [("1", None, "A", "قال كين: اقفز من فوق الحائط."), ("2", "1", "B", 'Ken said "Jump over the wall."')]
    (p,) = pairs(make_thread(rows))
    assert p.translation_text is not None and p.translation_text.startswith("Ken said")


@pytest.mark.parametrize("sentence", [
    "I can sound it out, but no clue what it means.",
    "Pronunciation is easy, the meaning I can't help you with.",
    "sorry, I can spell it but I couldn't tell you what it says.",
    "— that's the reading; honestly I don't know what it means, sorry.",
])
def test_a_sentence_saying_the_meaning_cannot_be_given_is_no_translation(sentence):
    assert introduces(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", [
    "I don't know whether he was honest or not.",
    "I can't help you with that.",
    "I don't understand this word.",
    "We can't say what we mean in public.",
])
def test_a_translation_about_not_knowing_stays_one(sentence):
    assert not introduces(sentence, 0, len(sentence))


@pytest.mark.parametrize(("arabic", "reading", "sentence"), [
    ("بعد كده اكتشفت إن انا كنت غبي جدا", "b'd kdh aktshft in ana knt ghby jda", "pronunciation is easy, the meaning I can't help you with."),
    ("فيعني دي اكتر حاجة يعني .. فدي اللي هي بالنسبالهم عدم سمع كلام بس يعني هي بالنسبالي أنا كسل",
     "fy'ny dy aktr haja y'ny fdy ally hy balnsbalhm dm sm klam bs y'ny hy balnsbaly ana ksl", "I can sound it out, but no clue what it means."),
])
def test_a_reading_out_with_no_meaning_pairs_nothing(arabic, reading, sentence):
    """A reply that romanizes the Arabic and says it cannot give the meaning translates nothing (neither the Arabic
    nor the romanized words the segmenter reads as Arabizi)."""
    rows = [("1", None, "A", f"[Arabic > English] What does this say?\n\n{arabic}"), ("2", "1", "B", f"Phonetically: {reading} — {sentence}")]
    assert all(p.translation is None for p in pairs(make_thread(rows)))


@pytest.mark.parametrize(("arabic", "reply", "english"), [
    ("هل تعلم الأعراض التي كانت تشعر بها؟", "hl tlm ala'rad alty kant tsh'r bha — Do you know what symptoms she was having?",
     "Do you know what symptoms she was having?"),
    ("أحبّ دراسة اللّغات الأجنبيّة.", "ahb drasa allghat alajnbya - I like to study foreign languages.", "I like to study foreign languages."),
    ("ذهب سامي وليلى إلى البيت.", "Sami and Layla — they went home.", "Sami and Layla — they went home."),  # names are the translation's own
])
def test_a_romanization_before_a_dash_is_left_out_of_the_span(arabic, reply, english):
    """The romanized line before the translation spells the Arabic's words (their consonants): no part of the span."""
    found = [p for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", reply)])) if p.translation is not None]
    assert [p.translation_text for p in found] == [english]


@pytest.mark.parametrize("reply", [
    "It's saying **{e}** (source: my teacher, she grew up in Amman)",
    "This one says __{e}__ [double-checked with a friend]",
    "That part reads **{e}** (I asked my dad)",
])
def test_a_translation_in_markdown_emphasis_ends_where_the_emphasis_closes(reply):
    """The emphasis after "It's saying", "This one says" introduces the translation and marks its extent: the note in
    brackets after it is the writer's, neither in the span nor a reason to doubt the pair."""
    rows = [("1", None, "A", f"[Arabic > English] What does this say?\n\n{WALL}"), ("2", "1", "B", reply.format(e=WALL_EN))]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert [p.translation_text for p in found] == [WALL_EN]


def test_emphasis_on_a_word_of_the_translation_does_not_end_it():
    """A word in emphasis at the translation's start is no extent: the span goes on after it."""
    rows = [("1", None, "A", WALL), ("2", "1", "B", "It says **Ken** jumped over the wall.")]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert len(found) == 1 and found[0].translation_text.endswith("jumped over the wall.")


@pytest.mark.parametrize("reply", [
    'Slightly off topic: how do I write "{e}" in Arabic?',
    'Could someone translate this into Arabic for me? "{e}"',
    'EN > AR please: {e}',
    'What would the Arabic translation of "{e}" be?',
])
def test_english_asked_to_be_put_into_arabic_is_no_translation(reply):
    """A request whose object is English and whose target is Arabic: its English is a source, whatever its words."""
    rows = [("1", None, "A", WALL), ("2", "1", "B", reply.format(e=WALL_EN))]
    assert all(p.translation is None for p in pairs(make_thread(rows)))


@pytest.mark.parametrize("sentence", [
    "In Arabic they say this when someone sneezes: God have mercy on you.",
    "We can say that I liked Barcelona most. There is a book in Arabic called a quarter of a gram.",
    "I need to learn Arabic for work.",
])
def test_english_about_arabic_that_asks_nothing_is_no_request(sentence):
    assert not introduces(sentence, 0, len(sentence))
