"""Issue 14, a word of the original kept opening the translation: "Wallahi, I hope ...", "والله, how foolish ...",
after a label ("Translation: ") or at the line's start, set off by a comma. The word was no part of the English block
(the Arabic script one cut it, the Latin one after a label was not seen as kept), so the span started after it. Such an
oath or interjection is now kept inside its English (find._inserted) and opens the span (find._kept_opening); a word
glossed after it ("شكرا, means thanks", "Wallahi: it means ...") stays a mention of its own."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LATE = "تأخر القطار ساعتين بسبب الثلج."
FOOD = "الأكل في ذلك المطعم كان رائعا جدا."
KEYS = "نسيت مفاتيحك في بيتي أمس."
EXAM = "إن شاء الله سينجح الجميع في الامتحان."
TIRED = "أنا متعب جدا اليوم وأريد أن أنام مبكرا."


def _found(arabic: str, reply: str) -> dict[str, str | None]:
    """Each passage of the thread (Arabic in comment 1, a reply under it) with the English it is paired with."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return {p.passage.text: p.translation_text for p in pairs(make_thread(rows))}


@pytest.mark.parametrize(("arabic", "reply", "wanted"), [
    (LATE, "والله, the train was two hours late because of the snow.", "والله, the train was two hours late because of the snow."),
    (FOOD, "Translation: والله, the food at that restaurant was really great.", "والله, the food at that restaurant was really great."),
    (KEYS, "Wallahi, you forgot your keys at my house yesterday.", "Wallahi, you forgot your keys at my house yesterday."),
    (EXAM, "In English: Inshallah, everyone will pass the exam.", "Inshallah, everyone will pass the exam."),
    (TIRED, "يعني, I'm very tired today and I want to sleep early.", "يعني, I'm very tired today and I want to sleep early."),
    (LATE, "TL: wallah, the train was two hours late because of the snow", "wallah, the train was two hours late because of the snow"),
])
def test_kept_word_opens_translation(arabic: str, reply: str, wanted: str) -> None:
    assert _found(arabic, reply)[arabic.rstrip(".")] == wanted


@pytest.mark.parametrize(("arabic", "reply", "word", "gloss"), [
    (LATE, "شكرا, means thanks by the way", "شكرا", "thanks by the way"),
    (KEYS, "Wallahi: it means I swear by God", "Wallahi", "I swear by God"),
])
def test_glossed_word_stays_a_mention(arabic: str, reply: str, word: str, gloss: str) -> None:
    found = _found(arabic, reply)
    assert found[arabic.rstrip(".")] is None
    assert found[word] == gloss
