"""Issue 14: notes closing a translation that stayed in its span: a note naming the translation ("(own translation)") whose
other word the Arabic gives ("own" of الخاص), and a hedge on the whole after a comma (", roughly", ", more or less"),
unless the Arabic approximates itself (تقريبا, حوالي); a letter's sign-off formula ("Best,\nHenry") whatever the Arabic gives
for its words."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

MEETING = "سنرسل دعوة إلى تقويماتكم الخميس المقبل، الساعة 14:00 بالتوقيت العالمي الموحد، 07:00 بتوقيت منطقة المحيط الهادئ للاجتماع الخاص بفريق العاملين."
MEETING_EN = "We’ll be sending an invitation to your calendars for next Thursday, 14:00 UTC/07:00 PT for a special staff meeting."
# (Arabic, its translation without its closing full stop)
TRANSLATIONS = [
    ("في 11 مارس 2020، وصفت منظمة الصحة العالمية كوفيد-19 بالجائحة.", "On 11 March 2020, WHO characterized COVID-19 as a pandemic"),
    ("قد يتشارك البشر والخفافيش الموطن البيئي من خلال الذبح أو تعدين الفحم.", "Humans might share the ecological niche with bats through butchering or coal mining"),
]


def _paired(arabic: str, english: str) -> str | None:
    """The translation found for ``arabic`` when its author answers a request with ``english``."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "english pls?"), ("3", "2", "A", english)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("note", [" (own translation)", " (my own translation)", " - own tl"])
def test_a_note_naming_the_translation_is_left_out_whatever_else_the_arabic_gives(note):
    assert _paired(MEETING, MEETING_EN + note) == MEETING_EN


@pytest.mark.parametrize("hedge", [", roughly", ", more or less", ", approximately.", ", loosely"])
def test_a_hedge_on_the_whole_after_a_comma_is_left_out(hedge):
    for arabic, english in TRANSLATIONS:
        assert _paired(arabic, english + hedge) == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("وصلنا بعد ساعتين تقريبا", "We arrived after two hours, approximately"),
        ("كان عنده عشرين سنة تقريبا", "He was twenty years old, more or less"),
        ("المسافة حوالي خمسة كيلومترات تقريبا", "The distance is five kilometres, roughly"),
    ],
)
def test_the_arabics_own_approximation_stays(arabic, english):
    assert _paired(arabic, english) == english


EUROPE = "لوحظت حوادث الخوف والشك والعداء في العديد من البلدان، وخاصة في أوروبا، وشرق آسيا، وأمريكا الشمالية، ومنطقة آسيا والمحيط الهادئ."
EUROPE_EN = (
    "Incidents of fear, suspicion, and hostility have been observed in many countries, particularly in Europe, East Asia, "
    "North America, and the Asia-Pacific region."
)


@pytest.mark.parametrize("sign_off", ["\n\nBest,\nHenry", "\n\nBest wishes to all,\nHenry", "\n\nKind regards,\nM. Haddad"])
def test_a_sign_off_formula_is_no_word_of_the_arabic(sign_off):
    """\"Best\" of خاصة kept \"Best,\" in the span: the formula's words are the sign-off's."""
    assert _paired(EUROPE, EUROPE_EN + sign_off) == EUROPE_EN


def test_the_arabics_own_sign_off_stays():
    """A sign-off whose name the Arabic spells is the translation's own."""
    arabic = "شكرا على كل شيء يا أصدقائي.\nمع خالص الحب،\nليلى"
    english = "Thanks for everything, my friends.\nWith all my love,\nLayla"
    assert _paired(arabic, english) == english
