"""Issue 14, false pairs on negatives: English that glosses only a passage's hashtag ("the hashtag just means 'stay at
home' btw" under "<a sentence> #خليك_في_البيت") explains the tag, no word of the sentence, and is about as long as
the tag: it translates another part than the passage (find._tag_only). A translation of the sentence, the tag's
gloss with it or not, keeps its pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

A1 = "سافر أحمد إلى القاهرة في عام 2019 مع عائلته. #رمضان_كريم"
A2 = "كان سامي يعلم أنّ ليلى كانت تبحث عنه #خليك_في_البيت"
A4 = "انا مش فاهم حاجة خالص النهارده #الحمد_لله"
GLOSSES = [
    [("1", None, "A", A1), ("2", "1", "B", "the tag just means 'Ramadan Kareem' btw")],
    [("1", None, "A", A2), ("2", "1", "B", "what's the hashtag?"), ("3", "2", "C", "It means: stay home")],
    [("1", None, "A", A2), ("2", "1", "B", "Translation of the tag: stay at home!")],
    [("1", None, "A", A1), ("2", "1", "B", "(Ramadan Kareem, the hashtag)")],
]


def test_a_hashtag_glossed_is_no_translation_of_the_passage():
    """Before, all 4 were paired with the sentence (scores 0.94-1.00)."""
    paired = [[p.translation_text for p in pairs(make_thread(rows)) if p.translation] for rows in GLOSSES]
    assert paired == [[]] * len(GLOSSES)


@pytest.mark.parametrize("arabic, english", [
    (A1, "translation: Ahmed travelled to Cairo in 2019 with his family. #RamadanKareem"),
    (A2, "Sami knew that Layla was looking for him. Stay home!"),
    (A4, "I don't get anything at all today, praise God"),
    ("يلا بينا #رمضان_كريم", "Let's go! Ramadan Kareem"),
])
def test_a_translation_of_a_tagged_passage_keeps_its_pair(arabic, english):
    (p,) = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", "english?"), ("3", "2", "A", english)]))
    assert p.translation is not None and english.endswith(p.translation_text)
