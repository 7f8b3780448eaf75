"""Issue 14, false pairs on negatives: a reply that only guesses what the Arabic is about or mentions ("no idea, I can't
read Arabic, but I'd guess it's about understand and berber?") picks out words of the Arabic, so the word evidence reads
it as a translation; and "I don't know, I'm just here for the comments." under Arabic about someone not knowing was
paired on "know". Neither is a translation a reader can publish. The translations themselves, and one given after such a
sentence ("... Anyway, it means: ..."), keep their pairs."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import guesses, introduces

SENTENCES = [
    ("أستطيع فهم الأمازيغية لكن لا أستطيع تكلمها.", "understand and berber", "I can understand Berber, but I can't speak it."),
    ("في 11 مارس، أعلنت منظمة الصحة العالمية تفشي كورونا فيروس كجائحة.", "coronavirus and outbreak",
     "On 11 March, the World Health Organization declared the coronavirus outbreak a pandemic."),
    ("تطلّب الأمر حملة تلفزيونية وطنية لتعقّب فاضل و إلقاء القبض عليه.", "campaign and arrest",
     "It took a national TV campaign to track Fadil down and arrest him."),
    ("لم يكن فاضل يعرف أيّ شيء عن الإسلام.", "Fadil and Islam", "Fadil didn't know anything about Islam."),
]
GUESSES = ["no idea, I can't read Arabic, but I'd guess it's about {T}?", "My guess is it's something about {T}",
           "can't read it, guessing it mentions {T}?", "If I had to guess, it mentions {T}.", "Wild guess: it talks about {T}?",
           "I don't read Arabic. I would guess it has to do with {T}"]


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    """Whether the passage of comment 1 is paired."""
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_guesses():
    """A hedge of guessing before what the text is about or mentions; "about time", "about to", "about forty" and a guess
    at something else are no such guess."""
    for text in [g.format(T="love and war") for g in GUESSES] + ["not a clue, at a guess it's probably about money"]:
        assert guesses(text, 0, len(text)), text
    for text in ["I guess it's about time.", "I guess it's about to rain.", "I'd guess he's about forty.", "Guessing is about luck, not skill.",
                 "I guess you are right about that.", "My best guess is that he left early.", "It's about money, I guess."]:
        assert not guesses(text, 0, len(text)), text


def test_a_guess_is_no_translation():
    """Guesses naming words of the Arabic, by a third person after a request (before: 4 of 24 paired; none now)."""
    paired = sum(_paired([("1", None, "A", ar), ("2", "1", "B", "translation pls 🙏"), ("3", "2", "C", g.format(T=t))])
                 for (ar, t, _), g in itertools.product(SENTENCES, GUESSES))
    print(f"guesses paired: {paired} of 24")
    assert paired == 0


def test_just_here_for_the_comments():
    """The lurker's idiom, after not knowing or alone, is a remark that answers nothing; "I don't know, I'm tired." and
    "We are just here for the wedding." say what they say."""
    for text in ["I don't know, I'm just here for the comments.", "No idea, just here for the replies lol.", "dunno, only here for the memes",
                 "Only here for the drama."]:
        assert introduces(text + " More text.", 0, len(text)), text
    for text in ["I don't know, I'm tired.", "I don't know where the bus stop is.", "We are just here for the wedding."]:
        assert not introduces(text + " More text.", 0, len(text)), text
    ar = "لم يكن فاضل يعرف أيّ شيء عن الإسلام."
    for lurker in ["I don't know, I'm just here for the comments. This apple is very red. Hope that clears it up.",
                   "No idea, I'm only here for the replies lol. My cat is asleep on the sofa."]:
        assert not _paired([("1", None, "A", ar), ("2", "1", "B", "I don't speak Arabic, what does it say?"), ("3", "2", "C", lurker)]), lurker


def test_translations_keep_their_pairs():
    """The translation itself, plain or introduced, and one after the lurker's idiom ("Anyway, it means: ...")."""
    for (ar, _, tr), lead in itertools.product(SENTENCES, ["", "Translation: ", "I don't know, I'm just here for the comments. Anyway, it means: "]):
        assert _paired([("1", None, "A", ar), ("2", "1", "B", "translation pls 🙏"), ("3", "2", "C", lead + tr)]), lead + tr
