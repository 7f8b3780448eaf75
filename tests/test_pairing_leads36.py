"""Issue 14: chat leads before a translation that stayed in its span: "it's saying" before lower-case text (its "'s" was
read as a copula, which needs a capital after it), a likeness hedge after a frame ("basically smth like ...", "it says
smth like ..."), a capitalised frame word the Arabic seemed to spell as a name ("What it says is On 28 ...", "wt" of
حيث), and a person's "saying" when the translation's own "say" gives the Arabic's verb of saying. English opening with
such words as the translation's own keeps them."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# (Arabic, its translation)
TRANSLATIONS = [
    ("في 11 مارس 2020، وصفت منظمة الصحة العالمية كوفيد-19 بالجائحة.", "On 11 March 2020, WHO characterized COVID-19 as a pandemic."),
    ("قد يتشارك البشر والخفافيش الموطن البيئي من خلال الذبح أو تعدين الفحم.", "Humans might share the ecological niche with bats through butchering or coal mining."),
    ("قد تكون فاعلية الرماد أو التراب أكثر من الماء وحده، ولكن قد تكون أقل فعالية من الصابون.", "Ash or soil may be more effective than water alone, but may be less effective than soap."),
]


def _paired(arabic: str, english: str) -> str | None:
    """The translation found for ``arabic`` when its author answers a request with ``english``."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "english pls?"), ("3", "2", "A", english)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


def _lower(english: str) -> str:
    return english[0].lower() + english[1:]


@pytest.mark.parametrize("lead", ["it's saying ", "basically smth like ", "it says smth like ", "its sth like "])
def test_a_chat_lead_before_lower_case_text_is_left_out(lead):
    for arabic, english in TRANSLATIONS:
        assert _paired(arabic, lead + _lower(english)) == _lower(english)


def test_a_capitalised_frame_word_is_no_name():
    """"What" spells the consonants of حيث; the frame is no translation's own for that."""
    arabic = "في 28 فبراير، تم الإبلاغ عن أكثر من 2,000 حالة مؤكَّدة في كوريا، حيث ارتفعت إلى 3,150 في 29 فبراير."
    english = "On 28 February, more than 2,000 confirmed cases were reported in Korea, rising to 3,150 on 29 February."
    assert _paired(arabic, f"What it says is {english}") == english


def test_a_persons_saying_is_the_frames_when_the_translation_says_say():
    """بقول ("I say") is given by the translation's "whatever I say": "he's saying" before it is the frame's."""
    arabic = "اه يعني مبعرفش اتعامل معاهم عشان بحس مهما بقول خلاص هو مش هيقتنع"
    english = "Yes, I can't deal with them, because I feel that whatever I say, he will not be convinced."
    assert _paired(arabic, f"basically he's saying {english}") == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("حصل حاجة زي كده معايا امبارح", "something like this happened to me yesterday"),
        ("كانت حاجة زي حفلة صغيرة في البيت", "it was something like a small party at home"),
        ("إنها تقول شيئا مثل أنها لن تأتي", "she says something like she will not come"),
        ("إنه شيء مثل الحلم", "It's something like a dream"),
    ],
)
def test_a_translation_opening_with_a_likeness_keeps_it(arabic, english):
    """The hedge alone opening the line, after a past copula, or where the Arabic gives "something", is the translation's."""
    assert _paired(arabic, english) == english
