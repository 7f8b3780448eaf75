"""Issue 14 (round 26's trail by grandma, round 25's dashcam; bilingual/pairing/edges._likened_by_someone,
bilingual/pairing/cues.reported): a lead that reports someone the writer names as theirs and offers what follows as a
likeness or in a manner ("my grandma says something like On 21 March ...", "my dad said roughly The ...", "my mum's
version would be roughly ...") is no part of the translation, nor is a report of a first-person sentence by someone named
with a determiner ("The passenger says I don't know ...") where the Arabic has no verb of saying or writing. Without the
hedge ("my friend said it was fine"), or where the Arabic says it ("My father says I should ..." of أبي يقول), the lead is
the translation's own."""

from __future__ import annotations

import pytest

from bilingual.pairing.cues import reported
from bilingual.pairing.edges import extra_lead


def _start(text: str, arabic: str) -> str:
    at = extra_lead(text, 0, len(text), arabic)
    return text[max(at, reported(text, at, len(text), arabic)) :]


@pytest.mark.parametrize(
    "arabic, lead, english",
    [
        ("الاجتماع ملغى حتى الأسبوع القادم.", "my dad said roughly ", "The meeting is cancelled until next week."),
        ("الصبر جميل", "lol my uncle says smth like ", "Patience is beautiful"),
        ("كل قبل أن يبرد الطعام.", "my mum's version would be roughly ", "Eat before the food gets cold."),
        ("في 21 مارس، أُعلنت حالة طوارئ الأمن البيولوجي للإنسان في أستراليا.", "ok so my grandma says something like ",
         "On 21 March, a human biosecurity emergency was declared in Australia."),
        ("وحشتني أوي", "my grandma says something like ", "I miss you so much"),
        ("هزوركم يوم الجمعة", "ok so my aunt says basically ", "I will visit you on Friday"),
        ("ما علاباليش ايدا عندي لوقت.", "The passenger says ", "I don't know if I have the time."),
    ],
)
def test_a_reported_lead_is_left_out(arabic, lead, english):
    assert _start(lead + english, arabic) == english


@pytest.mark.parametrize(
    "arabic, english",
    [
        ("كان جيد ولازم نمشي", "my friend said it was fine and we should go"),
        ("جدتي تقول شيئا كهذا كل صباح", "my grandma says something like that every morning"),
        ("أبي يقول إنني يجب أن أدرس الطب.", "My father says I should study medicine."),
        ("قال أبي تقريبا نفس الشيء أمس.", "My dad said roughly the same thing yesterday."),
        ("النسخة الجديدة أفضل من القديمة.", "The new version is better than the old one."),
        ("أخي كتب أحبك على الحائط.", "My brother wrote I love you on the wall."),
        ("جارنا قال المحل مقفول وبعدين مشي.", "Our neighbour said The shop is closed, then he left."),
    ],
)
def test_a_lead_the_arabic_gives_or_no_hedge_frames_stays(arabic, english):
    assert _start(english, arabic) == english
