"""Issue 14, false pairs on negatives: a reply that opens by saying what the passage's hashtag says ("the hashtag says
'Ramadan is generous', it's a greeting", "The hashtag at the end = Blessed Eid, a greeting people post") glosses the tag,
not the sentence before it, however many words it adds about the tag (find._tag_named). A translation of the sentence,
or one that mentions the tag after translating, keeps its pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

A1 = "أشعر بالدوار كلما وقفت.\n#عيد_مبارك"
A2 = "سافر أحمد إلى القاهرة في عام 2019 مع عائلته. #رمضان_كريم"
A3 = "استمرّ سامي في إرسال المال لليلى.\n#رمضان_كريم"
GLOSSES = [
    [("1", None, "A", A1), ("2", "1", "B", "can anyone put this in english"), ("3", "2", "C", "the hashtag says 'Ramadan is generous', it's a greeting")],
    [("1", None, "A", A3), ("2", "1", "B", "translation?? 🙏"), ("3", "2", "C", "the hashtag says 'Ramadan is generous', it's a greeting")],
    [("1", None, "A", A2), ("2", "1", "B", "The hashtag at the end = Ramadan is generous, people post it all month")],
]


def test_a_reply_saying_what_the_hashtag_says_is_no_translation_of_the_passage():
    """Before, the first two were paired with the sentence (scores 1.00)."""
    paired = [[p.translation_text for p in pairs(make_thread(rows)) if p.translation] for rows in GLOSSES]
    assert paired == [[]] * len(GLOSSES)


@pytest.mark.parametrize("arabic, english", [
    (A2, "Ahmed travelled to Cairo in 2019 with his family. The hashtag says Ramadan Kareem."),
    (A3, "Translation: Sami kept sending money to Layla. #RamadanKareem"),
])
def test_a_translation_that_mentions_the_hashtag_keeps_its_pair(arabic, english):
    (p,) = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", "english?"), ("3", "2", "A", english)]))
    assert p.translation is not None and p.translation_text.startswith(english.split(": ")[-1][:10])
