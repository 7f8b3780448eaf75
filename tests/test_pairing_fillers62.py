"""Issue 14 (rounds 25-28's tuned Egyptian translations; bilingual/align/words.py): Egyptian fillers that the common-word
concepts read as content words charged translations whose English rightly lacks the concept: بس ending a clause or
after و is "only" / "that's it", not "but"; حاجة after a negation (ولا حاجة, مفيش حاجة) is part of "nothing", not a
"thing"; خالص in a negated text is "at all", not "very". Their content uses keep their concept."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import arabic_concepts
from bilingual.pairing import pairs


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("روحت النادي و لعبت شوية و بس.", set()),  # "and that's it"
    ("قعدت أذاكر طول اليوم وبس", {"day"}),
    ("نفسي أشوفهم مرة بس، بعدين نشوف", {"time"}),  # "only once"
    ("ماعملتش ولا حاجة امبارح", {"neg"}),  # "nothing"
    ("لأ مفيش حاجة اتغيرت", {"neg"}),
    ("أنا مش فاهم خالص", {"neg"}),  # "at all"
    # content uses
    ("هو كويس بس مش فاضي", {"good", "but", "neg"}),
    ("بس .. مش فاكرة القصة", {"but", "neg"}),  # a hesitation after "but" ends no clause
    ("عايز أي حاجة تتاكل", {"want", "thing"}),
    ("الأكل ده حلو خالص", {"this", "good", "very"}),
])
def test_egyptian_fillers_spell_no_content_concept(arabic, concepts):
    assert arabic_concepts(arabic) == concepts


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.translation_text]


@pytest.mark.parametrize(("arabic", "english"), [
    ("قعدت أذاكر طول اليوم وبس", "I kept studying all day and that's it"),
    ("لأ مفيش حاجة اتغيرت في الشغل", "No, nothing changed at work"),
    ("ماعملتش ولا حاجة امبارح", "I did nothing yesterday"),
    ("هو مش بيقول ولا حاجة عن السفر", "He says nothing about the trip"),
])
def test_a_translation_without_the_fillers_concept_pairs(arabic, english):
    assert _translations(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("قعدت أذاكر طول اليوم وبس", "same, studying is all I do lol"),
    ("لأ مفيش حاجة اتغيرت في الشغل", "nothing beats a long weekend"),
    ("ماعملتش ولا حاجة امبارح", "I did nothing wrong, you started it"),
    ("ماعملتش ولا حاجة امبارح", "Yesterday was my birthday!"),
    ("هو مش بيقول ولا حاجة عن السفر", "He never talks about his family"),
    ("هو مش بيقول ولا حاجة عن السفر", "nothing to add, great post"),
    ("روحت النادي و لعبت شوية و بس.", "That's it, I'm done with this thread."),
])
def test_a_reply_that_does_not_translate_stays_unpaired(arabic, english):
    assert _translations(arabic, english) == []
