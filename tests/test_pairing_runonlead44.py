"""Issue 14: where a translation starts after a lead the Arabic does not explain. A chat message opens with a manner or
laughter run on into its lower-case translation, after a speaker's label or the handle it answers ("[20:41] nour_k:
basically ...", "@tamer pretty much ..."); a text's "it just means" is the lead's verb, not Egyptian's filler يعني; a
person's report before lower case runs into no sentence of the translation when only "I" is capitalised there; "it goes
like" reports; an imageboard's quoted line over "it says:" is no part of the translation."""

from __future__ import annotations

import pytest

from bilingual.pairing.edges import extra_lead


def _start(text: str, arabic: str, opened: bool = False) -> str:
    """What is left of ``text`` once :func:`extra_lead` has cut its lead."""
    return text[extra_lead(text, 0, len(text), arabic, opened=opened) :]


_NEWS_AR = "أغلقت الجامعات والمدارس في جميع أنحاء البلاد لمدة أسبوعين."
_NEWS_EN = "universities and schools across the country were closed for two weeks"


@pytest.mark.parametrize("before", ["[20:41:07] nour_k: ", "12/04/2024, 21:03 - Rami: ", "@dalia.m ", ""])
@pytest.mark.parametrize("lead", ["pretty much ", "basically ", "lol "])
def test_a_manner_or_laughter_opening_a_message_is_a_lead(before: str, lead: str) -> None:
    """Before, such a lead was cut only where it opened its line, and "pretty much" and laughter alone before lower case
    were none: a chat log's speaker label, an export's date line or the handle answered kept them in the span."""
    text = before + lead + _NEWS_EN
    assert text[extra_lead(text, len(before), len(text), _NEWS_AR) :] == _NEWS_EN


def test_a_manner_set_off_by_its_comma_is_a_lead() -> None:
    """"Literally, so ...": a capital on the manner, its comma setting it off, the translation in lower case after it."""
    arabic = "فمش هقدر أروح الشغل بكرة لأن العربية عطلانة."
    english = "so I can't go to work tomorrow because the car broke down."
    assert _start(f"Literally, {english}", arabic, opened=True) == english


def test_an_idiom_of_degree_the_arabic_has_stays() -> None:
    """"pretty much the same ..." of يشبه إلى حد كبير: the Arabic's own hedge of degree is what it renders."""
    arabic = "يشبه إلى حد كبير الحمى والصداع الناتج عن نزلات البرد."
    english = "pretty much the same as the fever and the headache of a cold"
    assert _start(english, arabic) == english


def test_laughter_stays_where_the_arabic_laughs() -> None:
    """"lol" before lower case is the translation's own where the Arabic has its own laughter."""
    arabic = "ههههه مش قادر أبطل ضحك على الفيديو ده"
    english = "lol i can't stop laughing at this video"
    assert _start(english, arabic) == english


_FILLER_AR = "يعني أه, نفسي أسافر بلاد كتير أوى, يعني نفسي أروح حتت كتير"
_FILLER_EN = "yes, I want to travel to many countries, I want to go to many places"


@pytest.mark.parametrize("lead", ["it just means ", "means ", "it basically means "])
def test_a_texts_verb_of_meaning_is_no_rendering_of_the_filler(lead: str) -> None:
    """Egyptian's يعني alone gives "mean" in the table: before, "it just means" was taken for its translation and stayed."""
    assert _start(lead + _FILLER_EN, _FILLER_AR, opened=True) == _FILLER_EN


def test_a_colon_lead_of_meaning_is_no_rendering_of_the_filler() -> None:
    """"# means: ..." under a notebook's printed Arabic: the lead's verb, whatever the filler gives."""
    arabic = "أسهل بكتير في التعامل يعني ممكن أي حد يتعلمه و بسرعة"
    english = "It's much easier to use, anyone can learn it quickly."
    assert _start(f"# means: {english}", arabic) == english


def test_a_demonstratives_verb_of_meaning_stays() -> None:
    """"this means that ..." of هذا يعني أن: the Arabic's verb has a text for its subject, as the English's has."""
    arabic = "هذا يعني أن المدارس ستبقى مغلقة حتى نهاية الشهر."
    english = "this means that schools will stay closed until the end of the month"
    assert _start(english, arabic) == english


def test_a_persons_report_before_lower_case_with_only_i_capitalised_is_a_lead() -> None:
    """"He's saying and if ..., I did my part.": "I" is capitalised in any sentence, so it says nothing of the report
    running on into the translation; before, it kept the lead."""
    arabic = "و لو حد مش عايز يتعامل معايا بعد كل ده يبقى خلاص انا عملت اللي عليا"
    english = "and if someone doesn't want to deal with me after all that, then fine, I did my part."
    assert _start(f"He's saying {english}", arabic) == english


def test_a_quotative_goes_like_is_a_lead() -> None:
    """"it goes like ...": the quotative's "like" makes "goes" a verb of saying before lower case too."""
    arabic = "بس، و كان ايه تاني السؤال اللي انت سألته؟"
    english = "that's it, and what was the question you asked again?"
    assert _start(f"it goes like {english}", arabic, opened=True) == english


@pytest.mark.parametrize("quoted", ["he can't read arabic", "asking strangers on the internet"])
def test_a_quoted_line_over_the_lead_is_no_part_of_the_translation(quoted: str) -> None:
    """An imageboard's reply: the Arabic quoted, a greentext line, then "it says:" and the translation under it."""
    arabic = "قد يأخذ المرض دورة خفيفة تنطوي على أعراض طفيفة أو تكون بلا أعراض."
    english = "The disease may take a mild course with few or no symptoms."
    text = f">>48874003\n>{arabic}\n>{quoted}\nit says: {english}"
    start = text.index(quoted)
    assert text[extra_lead(text, start, len(text), arabic) :] == english


def test_an_aside_after_a_reviews_stars_is_a_lead() -> None:
    """"★★★★★ (Translated by Google) ...": the stars are no words, and the aside after them names the English a translation;
    before, the span opened at the stars and the aside stayed in it."""
    arabic = "أغلقت الجامعات والمدارس أيضًا في جميع أنحاء الدولة."
    english = "Universities and schools around the country were also closed."
    assert _start(f"★★★★★ (Translated by Google) {english}", arabic) == english


def test_a_remark_paragraph_under_the_translation_says_nothing_of_the_report() -> None:
    """A capital in a paragraph after the translation ("It's a double meaning ...") is a remark's, not the report's sentence
    running on."""
    arabic = "و لو حد مش عايز يتعامل معايا بعد كل ده يبقى خلاص انا عملت اللي عليا"
    english = "and if someone doesn't want to deal with me after all that, then fine, I did my part."
    text = f"He's saying {english}\n\nIt's a double meaning, the word also means 'night'."
    assert text[extra_lead(text, 0, len(text), arabic) :].startswith(english)


def test_a_report_whose_verb_the_sentence_reported_renders_is_left_out() -> None:
    """"She says I don't understand what you're saying." of لا أفهم ما تقول: the Arabic's one verb of saying is the reported
    sentence's "saying", so "She says" is a report before it; before, any verb of saying in the Arabic kept it."""
    from bilingual.pairing.cues import reported

    english = "She says I don't understand what you're saying."
    assert english[reported(english, 0, len(english), "لا أفهم ما تقول.") :] == "I don't understand what you're saying."
    assert reported("She says I said it twice.", 0, 25, "تقول إنني قلتها مرتين.") == 0
