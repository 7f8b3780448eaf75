"""Issue 14 (missed tuned translations, bilingual/align/words.py): لأن and لكن take an attached pronoun (لأنك "because
you", لكني "but I", لاننا), as a noun takes a possessive (بيتي "my house", منزله, يومها "that day") and اكتر one
(اكترها "most of it"). The common-word lists held a few such forms (لانه, لكنها, شغلي); the others read as no concept,
so the translation's "because", "but" or "house" was charged as English the Arabic lacked."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import arabic_concepts
from bilingual.pairing import pairs


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("لانك مش فاهمني", {"because", "neg"}),
    ("ولكني تعبت", {"but"}),
    ("لاننا اتأخرنا", {"because"}),
    ("رجعت بيتي بدري", {"house"}),
    ("في منزلهم", {"house"}),
    ("يومها كان صعب", {"day"}),
    ("اكترها حلو", {"more", "good"}),
    ("المصلحة العامه", set()),  # عامه "public" is no year (عام) with a pronoun: "year" takes none here
    ("الكتاب", set()),
])
def test_an_attached_pronoun_keeps_the_concept(arabic, concepts):
    assert arabic_concepts(arabic) == concepts


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.translation_text]


@pytest.mark.parametrize(("arabic", "english"), [
    ("لانك مش فاهمني", "Because you don't understand me."),
    ("لكني تعبت", "But I got tired."),
    ("رجعت بيتي بدري", "I went back to my house early."),
])
def test_a_translation_of_the_pronoun_form_pairs(arabic, english):
    assert _translations(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("لانك مش فاهمني", "Because the shop closes at six."),
    ("لكني تعبت", "But the game starts at nine, right?"),
])
def test_a_reply_sharing_only_the_word_stays_unpaired(arabic, english):
    assert _translations(arabic, english) == []
