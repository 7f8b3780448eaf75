"""Issue 14 (round 18's tuned half; bilingual/pairing/cues.py, edges.py): a lead that says the whole follows
("So the whole thing:", "All together:") starts the translation after word-by-word glosses, and a sentence saying
a part of the Arabic was left untranslated ("The rest is beyond me.") closes it, though it opens in a capital."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

DATING = "بدأ سامي يواعد ليلى."
DATING_EN = "Sami started dating Layla."
CRIME = "كان سامي يعيش حياة إجراميّة. إنتظري دقيقة, يا ماري!"
CRIME_EN = "Sami lived a life of crime."


def _translations(arabic: str, english: str) -> list[str | None]:
    return [p.translation_text for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)]))]


@pytest.mark.parametrize("lead", ["So the whole thing:", "All together:", "Altogether ->", "Putting it all together:", "ok so the whole sentence =", "In full:"])
def test_a_lead_naming_the_whole_starts_the_translation_after_glosses(lead):
    """Word-by-word glosses, then the whole sentence after a lead saying it is the whole: the gloss line above it
    ("dating") is no part of the sentence's translation."""
    english = f"Word by word:\nبدأ = started\nسامي = sami\nيواعد = dating\n\n{lead} {DATING_EN}"
    assert _translations(DATING, english)[0] == DATING_EN


@pytest.mark.parametrize("lead", ["Close! The whole thing is:", "Nearly. The full sentence would be:", "All together it's:"])
def test_a_lead_naming_the_whole_completes_a_learners_attempt(lead):
    """The asker's attempt breaks off ("Sami started..."); the answer gives the whole after a lead saying so."""
    rows = [("1", None, "A", f'{DATING}\n\nMy attempt: "Sami started..." and then I get lost.'), ("2", "1", "B", f"{lead} {DATING_EN}")]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [DATING_EN]


@pytest.mark.parametrize("note", [
    "The rest is beyond me.",
    "The second sentence I can't get.",
    "The last bit is lost on me.",
    "The second line is beyond my Arabic.",
    "Second part no clue.",
    "Not sure about the rest, sorry.",
])
def test_a_capitalised_note_that_a_part_is_left_untranslated_closes_the_translation(note):
    assert _translations(CRIME, f"First part: {CRIME_EN} {note}") == [CRIME_EN]


def test_a_run_on_note_that_the_rest_is_unknown_closes_the_translation():
    """"... crime Not sure about the rest, sorry.": no full stop between, the hedge and its "sorry" go all the same."""
    assert _translations(CRIME, f"First part: {CRIME_EN[:-1]} Not sure about the rest, sorry.") == [CRIME_EN[:-1]]


@pytest.mark.parametrize(("arabic", "english"), [
    ("قرأ الصفحة الأولى. لم يقرأ الباقي.", "He read the first page. He didn't read the rest."),
    ("ذهب إلى المدرسة. لا أعرف بقية القصة.", "He went to school. I don't know the rest of the story."),
    ("أكلنا نصف الكعكة. النصف الآخر ضاع.", "We ate half of the cake. The other half was lost."),
])
def test_a_translated_sentence_about_the_rest_stays_in_the_translation(arabic, english):
    """The Arabic has the words of the sentence about a rest or a half: it is translated, no note."""
    assert _translations(arabic, english) == [english]
