"""Issue 14 (round 26's wedding card, lecture slide; round 25's gate agent, newsletter; bilingual/pairing/edges._after_quote):
a translation the writer wraps in quotes ends at their close, however long the remark set off after it (a dash, a line's
end, a new sentence: '"..." — rough translation, my cousin wrote it for the card'), and a single quote closes there, not
at an apostrophe inside the translation ("can't"). A quotation that closes mid-sentence, or holds fewer sentences than the
Arabic marks, keeps what follows where the remark is long: the sentences after it may be the rest of the translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_tail

CASES = [
    ("سآتي غدا صباحا إلى المحطة.", "I will come to the station tomorrow morning."),
    ("لا أعرف أين وضعت المفاتيح.", "I don’t know where I put the keys."),
    ("هي لا تستطيع السباحة في البحر.", "She can't swim in the sea."),
    ("أين المحطة؟", "Where is the station?"),
]
REMARKS = [
    '"{}" — that\'s how my aunt put it in her card for all of us',
    "'{}' - my brother's version, he lived in Cairo for years",
    "‘{}’ — the subtitle at 3:10 said that, I checked it twice",
    '"{}" Mum wanted it on the cake exactly like that, word for word.',
    '"{}"\nThat\'s what the old man kept asking everyone on the platform',
]


def _tail(text: str, arabic: str) -> str:
    start = 1  # past the opening quote
    return text[start : extra_tail(text, start, len(text), arabic)]


@pytest.mark.parametrize("remark", REMARKS)
def test_a_long_remark_set_off_after_a_quoted_translation_is_left_out(remark):
    for arabic, english in CASES:
        assert _tail(remark.format(english), arabic) == english


def test_the_whole_reply_aligned_still_ends_at_the_close():
    arabic = "تتعافى الحالات البسيطة عادة خلال أسبوعين، بينما تستغرق الحالات الشديدة أو الحرجة من ثلاثة إلى ستة أسابيع للتعافي."
    english = "Mild cases typically recover within two weeks, while those with severe or critical diseases may take three to six weeks to recover."
    reply = f'"{english}" — rough translation, my cousin wrote it for the card'
    rows = [("1", None, "A", f"Verse for the invitation, what do you all think?\n\n{arabic}"), ("2", "1", "A", reply)]
    assert [reply[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None] == [english]


@pytest.mark.parametrize(
    "arabic, english",
    [
        ("أنا متعبة. قالتها مرتين ونامت باكرا.", "'I am tired.' She said it twice and went to sleep early."),  # a sentence the Arabic marks
        ("توقف! صرخ الرجل ثم ركض نحو الباب المفتوح بسرعة.", '"Stop!" the man shouted and then ran toward the open door quickly.'),  # mid-sentence
    ],
)
def test_sentences_after_a_quotation_the_arabic_marks_stay(arabic, english):
    assert _tail(english, arabic) == english[1:]


@pytest.mark.parametrize("english", ["She can't swim in the sea.", "I don’t know where Sami's keys are."])
def test_a_single_quote_closes_after_the_apostrophes_inside(english):
    arabic = "هي لا تستطيع السباحة في البحر."
    opening, closing = ("'", "'") if "'" in english else ("‘", "’")
    assert _tail(f"{opening}{english}{closing}. Thanks for reading, all.", arabic) == english
