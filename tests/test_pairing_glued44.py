"""Issue 14, a sentence's end typed with no space before the next sentence ("... can be used too.Several labs ...", as
TICO-19's data and phone typing have it): pairing's own sentence cuts (edges._SENTENCE_CUT) needed a space after the mark,
so such an English counted a sentence fewer than its Arabic marks and a note after the translation ("Told her to phone
again ...") stayed in the span. A mark glued to a capitalised word after a word ending in three lower-case letters now
ends a sentence, as bilingual.text.sentences reads it; abbreviations, initials, handles, domains and numbers stay whole."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import edges, pairs

_ARABIC = (
    "يُجرَى هذا الاختبار بصفة عامة عن طريق مسحة بلعومية أنفية، ويمكن أيضًا استخدام مسحة من الحلق. يطور عدد من المختبرات"
    " والشركات اختبارات مَصليَّة تكشف الأجسام المضادة. تحتاج فيروسات كورونا البشرية إلى السيطرة على عوامل اعتمادية المضيف"
    " وإضعاف عوامل القيود فيه لتنفيذ انتقال ناجح بين الأنواع."
)
_FIRST = "The test is usually done with a swab from the back of the nose, though a throat swab can be used too"
_SECOND = "Several labs and companies are working on serological tests that detect antibodies"
_THIRD = "Human coronaviruses must take over host dependency factors and weaken host restriction factors to jump between species."


def _found(reply: str) -> str:
    """The English the patient's Arabic is paired with (a nurse's reply under it)."""
    rows = [("1", None, "Patient", "Portal inbox, patient wrote:\n\n" + _ARABIC), ("2", "1", "Nurse", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize("glued", [f"{_FIRST}.{_SECOND}. {_THIRD}", f"{_FIRST}!{_SECOND}. {_THIRD}", f"{_FIRST}. {_SECOND}.{_THIRD}"])
def test_a_note_after_a_translation_with_a_glued_sentence_end_is_cut(glued: str) -> None:
    reply = f"Nurse line, patient's message in English: {glued} Told her to phone again if the fever gets worse."
    assert _found(reply) == glued


@pytest.mark.parametrize(
    "english",
    [
        "It may also be used.A number of cities closed",
        "Most had mild symptoms.South Korea tested widely",
        "They did not quarantine entire cities.The society was split",
        "Is it open today?Yes from eight",
        "It opened in the well-known.Then it closed",
    ],
)
def test_a_mark_glued_to_a_capitalised_word_ends_a_sentence(english: str) -> None:
    cut = next(edges._SENTENCE_CUT.finditer(english))
    assert english[cut.start()] in ".?" and english[cut.end()].isupper()  # between the mark and the capital: nothing lost
    assert english[: cut.start() + 1] + english[cut.end() :] == english
    assert edges._spans_sentences(english, 0, len(english)) == 2


@pytest.mark.parametrize(
    "english",
    [
        "Prices rose in the U.S.The rest stayed",
        "Some foods, e.g.The dates, are sweet",
        "He read J.R.R.Tolkien last year",
        "See example.com for the forms",
        "Check www.example.Com for the forms",
        "It grew 3.5 percent, see Fig.2 below",
        "Ask Mr.Smith at the desk",
        "Ask Prof.Smith at the desk",
        "@salma.Reem thanks for this",
        "On Mon, 3 Mar 2025 at 10:12, Nadia.F wrote",
        "Mahmoud.S said that",
        "wait...The rest is fine",
    ],
)
def test_abbreviations_initials_domains_handles_and_numbers_stay_whole(english: str) -> None:
    assert edges._spans_sentences(english, 0, len(english)) == 1
