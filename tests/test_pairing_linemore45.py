"""Issue 14 (round 23's jira-second-sentence; bilingual/pairing/find._line_more): a translation said to be of a part of a
passage ("Skip the first part, the key sentence is: ...") is held to the Arabic it explains: a line after it that this
Arabic has no room for ("\\nLinked to the release ticket.") is no part of its span, though the whole passage has a sentence
more. The sentences a writer cuts one Arabic sentence's translation into, on its line, stay."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# (first Arabic sentence, second Arabic sentence, the English of the second)
TWO = [
    ("ذهبوا لتناول العشاء في مطعم راق.", "أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "Sami rebuilt his life and became a prominent doctor."),
    ("يبدأ الدوام الدراسي في الثامنة و النصف.", "لا يستطيع توم أن يقرر هل يشتري حاسوبًا جديدًا الآن أم ينتظر بضعة أشهر.",
     "Tom can't decide whether to buy a new computer now or wait a few more months."),
    ("احتاج فاضل لممارسة العربيّة مع ناطقين أصليّين.", "إطعام شخص خلال شهر رمضان الكريم عمل ذو ثواب عظيم.",
     "Feeding someone during the holy month of Ramadan is very rewarding."),
]
LEADS = ["Only the second sentence matters: {e}", "The last part says: {e}", "Second sentence only: {e}"]
TAILS = ["\nClosing as duplicate.", "\nMerged into main.", "\nThanks for flagging."]
OWN = [
    ("ذهبوا لتناول العشاء في مطعم راق.", "انتظر توم ماري وقتا طويلا، لكنها لم تأتِ.", "Tom waited a long time for Mary. But she never showed up."),
    ("أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "لا أدري ماذا كان يمكنني أن أفعل لولا مجيئك لمساعدتي.", "I don't know what I would've done. You came to help me."),
]


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [english[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("lead", LEADS)
def test_a_line_after_a_partial_translation_is_no_part_of_it(lead, tail):
    for first, second, english in TWO:
        assert _translations(f"{first} {second}", lead.format(e=english) + tail) == [english]


@pytest.mark.parametrize("lead", LEADS)
def test_a_partial_translations_own_sentences_stay(lead):
    for first, second, english in OWN:
        assert _translations(f"{first} {second}", lead.format(e=english) + "\nThanks for flagging.") == [english]
