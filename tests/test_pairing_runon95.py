"""Issue 14, a writer's words running into the translation with no mark between ("ugh idk These figs are ...", "tbh not
sure but Mortality is ..."): English goes on in lower case inside a sentence, so a capital after a bare space (not "I",
not a name the Arabic spells, no title) is where the translation starts, when the Arabic accounts for none of the words
before it and the English after it reads as the Arabic's from its start (edges._run_on_lead); and words run on after the
translation the same way ("... very hard Somebody correct me pls", edges._run_on_tail)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# Tatoeba and TICO-19 sentences, and an ArzEn-ST transcript, as a learner asks about them and their writer answers
FIGS = "لا يزال هذا التّين يابسا جدّا."
FIGS_EN = "These figs are still very hard."
DEATHS = "معدل الوفيات أعلى لدى الرجال في الدراسات التي أُجريت في الصين وإيطاليا. هل يشتكون من أعراض مرضية مماثلة؟"
DEATHS_EN = "Mortality is higher in men in studies conducted in China and Italy."
WORKED = "بس فأنا يعني انا ممكن تقول أن أنا أشتغلت ممكن ده سبب فاللي هو لأ هو مش هقدر أقعد معاك أكتر من كده"
WORKED_EN = "That's it, so I can say that I worked there because of this reason."
DIMA = 'قال ديما لنفسه: "سأبدو مثل جيمس بوند حقيقي في هذه"، ثم دخل المحل.'
DIMA_EN = "\"I'd look like a real James Bond in that,\" Dima said to himself, then entered the store."
MONDAY = "إنه يوم الإثنين, كما تعلم"
MONDAY_EN = "It's Monday, you know."


def _answered(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with when its writer answers someone asking what it means."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this mean?"), ("3", "2", "A", reply)]
    return next((p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"), None)


def _below(arabic: str, english: str) -> str | None:
    """The English the Arabic is paired with when one comment holds both, the English in the paragraph under it."""
    found = pairs(make_thread([("1", None, "A", arabic + "\n\n" + english)]))
    return next((p.translation_text for p in found if p.translation_text), None)


@pytest.mark.parametrize("lead", ["ugh idk ", "Hmmm ", "my best shot "])
@pytest.mark.parametrize(("arabic", "english"), [(FIGS, FIGS_EN), (WORKED, WORKED_EN)])
def test_words_running_into_the_translations_capital_are_no_part_of_it(lead: str, arabic: str, english: str) -> None:
    assert _answered(arabic, lead + english) == english


@pytest.mark.parametrize("lead", ["tbh not sure but ", "my best shot "])
def test_a_run_on_lead_before_a_partial_translation_or_a_quote_is_cut(lead: str) -> None:
    assert _below(DEATHS, lead + DEATHS_EN) == DEATHS_EN
    assert _below(DIMA, lead + DIMA_EN) == DIMA_EN


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        (MONDAY, MONDAY_EN),
        ("هذه تبدو كاليونانية لي، لكن و بالنسبة للناطقين بلغة الإسبرانتو، فهذه تبدو كلغة الفولابوك.", "It's all Greek to me, but to the Esperantist it's Volapük."),
    ],
)
def test_common_words_before_a_word_of_the_arabics_stay(arabic: str, english: str) -> None:
    # "Monday" and "Greek" are the table's words for الإثنين and اليونانية: the commonest words before them are the translation's
    assert _answered(arabic, english) == english


def test_a_determiner_before_the_capital_stays() -> None:
    # "This Thanksgiving weekend": a determiner goes on to its noun, whatever its capital
    arabic = "عندي مفاجأة لفاضل بمناسبة نهاية الأسبوع الّتي تزامنت مع عيد الشّكر."
    english = "This Thanksgiving weekend, I have a surprise for Fadil."
    assert _answered(arabic, english) == english


def test_a_name_the_arabic_spells_after_the_words_stays() -> None:
    # "Dima" inside the sentence is the Arabic's ديما: the words before it are the translation's
    arabic, english = "قال ديما إنه متعب.", "Yesterday Dima said he was tired."
    assert _answered(arabic, english) == english


def test_a_title_after_the_words_stays() -> None:
    # "Peace Be Upon Him": each word in a capital, a title's, not a sentence's restart
    arabic, english = "قال النبي صلى الله عليه وسلم", "the prophet Peace Be Upon Him said"
    assert _answered(arabic, english) == english


# the same translations typed without their closing full stop, a remark run on after them
FIGS_RUN = "These figs are still very hard"
WORKED_RUN = "That's it, so I can say that I worked there because of this reason"
DEATHS_RUN = "Mortality is higher in men in studies conducted in China and Italy"


@pytest.mark.parametrize("tail", [" Somebody correct me pls", " Grammar may be off", " Beautiful words honestly"])
@pytest.mark.parametrize(("arabic", "english"), [(FIGS, FIGS_RUN), (WORKED, WORKED_RUN), (DEATHS, DEATHS_RUN)])
def test_words_run_on_after_the_translation_with_a_capital_are_no_part_of_it(tail: str, arabic: str, english: str) -> None:
    assert _answered(arabic, english + tail) == english
    assert _below(arabic, english + tail) == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("قال ديما إنه متعب جدا", "He was very tired said Dima"),  # a name the Arabic spells
        ("ذهبت إلى القاهرة", "I went to Cairo last year"),  # after a preposition
    ],
)
def test_a_capital_inside_the_translations_last_words_stays(arabic: str, english: str) -> None:
    assert _answered(arabic, english) == english
