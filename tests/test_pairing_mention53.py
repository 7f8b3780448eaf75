"""Issue 14, false pairs on negatives: a word of the Arabic above, named inside a reply's English to gloss it or ask
about it ("«تأتي» just means 'come'", "the word كلام is 'fabricate'", "• أقلامك – 'peace'"), is a mention, no
passage of its own: its gloss says what one word means, so neither the word nor the passage it was taken from is
paired with it. A reply's own short Arabic that copies nothing above keeps its pair."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs

S1 = "سافر أحمد إلى القاهرة في عام 2019 مع عائلته."
S2 = "كان سامي يعلم أنّ ليلى كانت تبحث عنه."
S3 = "لا يتوفر لقاح حتى الآن في أي مكان."
MENTIONS = [
    [("1", None, "A", S1), ("2", "1", "B", "«عائلته» just means 'his family', the rest is easy")],
    [("1", None, "A", S1), ("2", "1", "B", "Vocab:\n- القاهرة: Cairo\nrest is fine")],
    [("1", None, "A", S2), ("2", "1", "B", "what does يعلم mean?"), ("3", "2", "C", "it means 'knew'")],
    [("1", None, "A", S3), ("2", "1", "B", "لقاح = vaccine btw")],
    [("1", None, "A", "Learning Arabic: " + S3), ("2", "1", "B", "Nice! «حتى الآن» → 'until now' :)")],
    [("1", None, "A", S2), ("2", "1", "B", "Tip: سامي is Sami, ليلى is Layla.")],
]


def test_a_word_of_the_arabic_above_glossed_in_a_reply_pairs_nothing():
    """Before, all 6 threads paired the word with its gloss ('عائلته' with 'his family', 'سامي' with 'is Sami,')."""
    paired = [[(p.passage.text, p.translation_text) for p in pairs(make_thread(rows)) if p.translation] for rows in MENTIONS]
    assert paired == [[]] * len(MENTIONS)


def test_a_short_arabic_reply_of_its_own_keeps_its_pair():
    """'شكرا جزيلا' copies no word of the sentence above: the reply's own Arabic, translated in its brackets."""
    (_, p) = pairs(make_thread([("1", None, "A", S2), ("2", "1", "B", "شكرا جزيلا (thank you very much)")]))
    assert p.translation_text == "thank you very much"


def test_the_whole_translated_under_a_copied_word_is_still_paired():
    """The author's translation of the sentence in a later reply is paired as before, a mention beside it or not."""
    rows = [("1", None, "A", S1), ("2", "1", "B", "what does عائلته mean?"), ("3", "2", "A", "Ahmed travelled to Cairo in 2019 with his family.")]
    found = {p.passage.text: p.translation_text for p in pairs(make_thread(rows))}
    assert found[S1.rstrip(".")] == "Ahmed travelled to Cairo in 2019 with his family."
    assert found["عائلته"] is None
