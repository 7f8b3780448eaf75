"""Issue 14, the translation's span on held-out wordings: a lead-in or a remark around the translation that no phrase list
knows stayed in its span. What is cut now is told by the structure and by the Arabic's evidence, not by the wording: a
clause before a comma and a capital that the Arabic accounts for nothing of (edges._comma_lead), a first or last line more
than a one-line Arabic has (edges._line_before, edges._line_after), the clause a cut note left hanging on "but"
(edges._dangling), and a sentence before or after the translation of an Arabic that marks no sentence's end, when the rest
reads as its translation from its start or up to its end (edges._unmarked_lead, edges._unmarked_tail)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

SCHOOLS = "ستعيد المدارس فتح أبوابها الأسبوع المقبل. وطلبت الوزارة من الأهالي إبقاء الأطفال المصابين بالحمى في المنزل."
SCHOOLS_EN = "Schools will reopen next week. The ministry asked parents to keep children with a fever at home."
VACCINE = "أولًا، يهدف الباحثون إلى ابتكار لقاح كامل للفيروس."
VACCINE_EN = "First, researchers aim to build a whole virus vaccine."
NERVOUS = (
    "يعنى أول سنة انا كنت بدأة متوترة لسه جديدة فى الشغل مش واخدة على الناس أوى مش واخدة على الشغل أوى بس تانى سنة اللى هو"
    " عارفة الواحد بقى مسيطر يعنى بس"
)
NERVOUS_EN = (
    "Actually, I was nervous during the first year at work, I had just started, and I hadn't gotten to know people yet, I'm"
    " not yet familiar with the job, but in my second year, I got a hang of things"
)
CHANCE = "انا بحس نفسي انه مثلا .. يعني بحس ان الحمد لله ممكن لأ بدي فرصة للي قدامي سهل ان هم ييجوا يتكلموا معايا يارب يعني يكون كده فعلا"
CHANCE_EN = (
    "I feel that I, for instance .. I mean, I feel that, thank God, I give people a chance to easily come and talk to me, I"
    " hope, I mean, it is that way, really."
)


def _replied(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with, a reply by someone else under it."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def _after(arabic: str, english: str) -> str | None:
    """The English the passage is paired with when its writer adds it in a paragraph under it."""
    return next(p.translation_text for p in pairs(make_thread([("1", None, "A", f"{arabic}\n\n{english}")])))


@pytest.mark.parametrize("lead", ["As far as I understand it, ", "It's Levantine, so ", "for anyone curious, "])
@pytest.mark.parametrize(("arabic", "english"), [(SCHOOLS, SCHOOLS_EN), (VACCINE, VACCINE_EN)])
def test_a_clause_before_a_comma_and_a_capital_is_a_lead(lead: str, arabic: str, english: str) -> None:
    assert _replied(arabic, lead + english) == english


def test_a_clause_the_arabic_accounts_for_stays() -> None:
    # the clause translates the Arabic's first words: the rest does not read as its translation from the start
    english = "When I arrived at the station, The train had already left."
    assert _replied("عندما وصلت إلى المحطة، كان القطار قد غادر.", english) == english


def test_two_words_before_a_bare_comma_may_open_the_translation() -> None:
    english = "After that, The researchers aim to build a whole virus vaccine."
    assert _replied(VACCINE, english) == english


def test_a_name_after_a_comma_goes_on_the_sentence() -> None:
    english = "To save herself, Layla jumped out the window."
    assert _replied("قفزت ليلى عبر النّافذة كي تنجو بحياتها.", english) == english


def test_a_clause_inside_brackets_is_the_asides() -> None:
    rows = [("1", None, "A", "(EN above, AR below)\n\nI don't use Facebook.\n\nAR:\nأنا لا أستخدم الفيسبوك")]
    assert next(p.translation_text for p in pairs(make_thread(rows))) == "I don't use Facebook."


def test_a_first_line_more_than_a_one_line_arabic_has_is_a_lead() -> None:
    assert _replied(NERVOUS, f"Translation attempt #1\n{NERVOUS_EN}") == NERVOUS_EN


def test_a_last_line_more_than_a_one_line_arabic_has_is_a_remark() -> None:
    assert _replied(NERVOUS, f"{NERVOUS_EN}\nIs that what you needed?") == NERVOUS_EN


def test_a_second_line_of_a_two_line_arabic_stays() -> None:
    arabic = "ستعيد المدارس فتح أبوابها الأسبوع المقبل.\nوطلبت الوزارة من الأهالي إبقاء الأطفال المصابين بالحمى في المنزل."
    english = "Schools will reopen next week.\nThe ministry asked parents to keep children with a fever at home."
    assert _replied(arabic, english) == english


def test_a_note_cut_leaves_no_clause_hanging_on_but() -> None:
    assert _after(CHANCE, f"{CHANCE_EN} Not sure about the grammar but that's the gist.") == CHANCE_EN


@pytest.mark.parametrize("lead", ["Author here. ", "Had to ask my coworker. ", "OP here. "])
def test_a_sentence_before_the_translation_of_an_unpunctuated_arabic_is_a_lead(lead: str) -> None:
    english = f"{NERVOUS_EN}."
    assert _replied(NERVOUS, lead + english) == english


@pytest.mark.parametrize("tail", [" Make of it what you will.", " People say it a lot at weddings."])
def test_a_sentence_after_the_translation_of_an_unpunctuated_arabic_is_a_remark(tail: str) -> None:
    english = f"{NERVOUS_EN}."
    assert _replied(NERVOUS, english + tail) == english


def test_a_first_sentence_said_again_in_the_rest_stays() -> None:
    arabic = "أنت كده وفرت، يعني انت لو .. لو أنت .. انت كده وفرت ان انت أصلا تقعد ليلة عندك"
    english = "This way, you saved money. If you .. if you .. you saved money since you spent a night there"
    assert _replied(arabic, english) == english


def test_the_first_sentence_of_a_translation_of_an_unpunctuated_arabic_stays() -> None:
    english = "I am from Abbassia. I was born in Cairo."
    assert _replied("أنا من العباسية مولود في القاهرة", english) == english
