"""Issue 14, twenty-seventh round: round 16's tuned half (bilingual/pairing/edges.py): leads without a colon
that a conversational answer puts before the translation, by their form, in wordings round 16 does not use."""

from __future__ import annotations

import pytest
from test_pairing import PLACE, PLACE_EN, only_pair

from bilingual.pairing.cues import introduces
from bilingual.pairing.edges import extra_lead

BOOK = "أعد الكتاب إلى مكانه الذي وجدته فيه."
BOOK_EN = "Put the book where you found it."


def _request(answer: str) -> list[tuple[str, str | None, str, str]]:
    return [("1", None, "A", PLACE), ("2", "1", "B", "what does it say"), ("3", "2", "A", answer)]


def _lead_cut(text: str, arabic: str = BOOK) -> str:
    return text[extra_lead(text, 0, len(text), arabic) :]


@pytest.mark.parametrize("lead", ["alright so ", "haha okay ", "yeah ", "lmao ", "k so, "])
def test_chat_openers_in_lower_case_before_a_capital_are_left_out(lead):
    """Openers a chat answer starts with in lower case before the translation's capital (round 16: "ok so ..." 21 times)."""
    assert only_pair(_request(lead + PLACE_EN)).translation_text == PLACE_EN


@pytest.mark.parametrize("lead", ["in arabic it's ", "google says it's ", "Roughly translated it is ", "that's ", "so this is "])
def test_a_lead_ending_in_its_before_a_capital_is_left_out(lead):
    """ "it's", "this is", "that's" after other words or in lower case before the translation's capital
    (round 16: "in english it's", "lol ok so it's", "According to google it's": 40 threads)."""
    assert _lead_cut(lead + BOOK_EN) == BOOK_EN


@pytest.mark.parametrize("text", ["It's Tom's book.", "That is Cairo over there.", "I think it's Sami's car.", "well I found the book.", "so I put the book back."])
def test_a_translation_that_opens_so_stays_whole(text):
    """A capitalised "It's"/"That is" opening the sentence, the first person's "it's", and an opener before "I" (a
    capital anywhere) may be the translation's own: not cut."""
    assert _lead_cut(text) == text


def test_the_lead_naming_which_passage_is_left_out():
    """ "the first one is ..." names the passage its translation is of, as "the last line is ..." does."""
    assert _lead_cut("Ok the first one is " + BOOK_EN) == BOOK_EN


@pytest.mark.parametrize("marked", ["it's like *{e}*", "she's like _{e}_"])
def test_italics_open_the_translation_as_quotation_marks_do(marked):
    """A lead before italics ("it's like *...*") is cut with the asterisks or underscores (round 16: 5 threads)."""
    assert only_pair(_request(marked.format(e=PLACE_EN))).translation_text == PLACE_EN


@pytest.mark.parametrize("lead", ["For everyone asking, what I wrote up there says ", "To be precise it comes out as ", "google translates to "])
def test_a_longer_lead_or_one_ending_in_comes_out_as_is_left_out(lead):
    """A lead of up to ten words ending in a verb of saying, or in "comes out as" / "translates to" (round 16: 8 threads)."""
    assert _lead_cut(lead + BOOK_EN) == BOOK_EN


def test_a_remark_then_a_lead_are_left_out_together():
    """A sentence or paragraph of the writer's own before a lead goes with it ("Funny clip. Literally it's ..."), even where
    the Arabic marks no sentence; a second person's "if you mean ..." is no lead (it is the translation's own)."""
    assert _lead_cut("What a week this has been.\n\nThe gist of it is " + BOOK_EN, BOOK[:-1]) == BOOK_EN
    assert _lead_cut("Great thread, honestly. Word for word it's " + BOOK_EN) == BOOK_EN
    text = "It depends. If you mean Cairo, I will go."
    assert _lead_cut(text, "على حسب لو قصدك القاهرة هروح") == text


@pytest.mark.parametrize("intro", ["Look what my cousin posted last night", "My aunt just sent me this"])
def test_a_line_presenting_the_arabic_by_how_it_came_is_no_translation(intro):
    """An English line over the Arabic saying how it came ("This is what my friend texted me after the match") was
    paired as its translation before it (round 16: 2 false pairs); the translation under it still is."""
    assert only_pair([("1", None, "A", f"{intro}\n\n{PLACE}"), ("2", "1", "B", PLACE_EN)]).translation_text == PLACE_EN
    assert introduces(intro, 0, len(intro))
    own = "This is what I was looking for!"
    assert not introduces(own, 0, len(own))


def test_a_translation_introduced_and_disputed_loses_to_the_correction_under_it():
    """ "It reads: ..." with a wrong word, answered "That's not what it says. ..." with the whole correction: the
    dispute outweighs the introduction (round 16: the first attempt was taken over the correction 6 times)."""
    arabic = "بينما كنت ذاهبا إلى العمل، التقيت بخالي."
    rows = [("1", None, "A", f"My grandpa wrote this:\n\n{arabic}"), ("2", "1", "B", "can someone translate"),
            ("3", "2", "C", "It reads: On my way to work, I ran camel my uncle."),
            ("4", "3", "D", "That's not what it says. On my way to work, I ran into my uncle.")]
    assert only_pair(rows).translation_text == "On my way to work, I ran into my uncle."


def test_the_verb_of_it_means_is_the_leads_even_where_the_arabic_has_yaani():
    """ "it means", "this says" closing a lead: the text is the verb's subject, so the table's "mean" for يعني does not
    make the lead the translation's own (round 16: "for those asking, it means ..." kept twice)."""
    english = "I like listening to oldies more."
    assert _lead_cut("for anyone curious, it means " + english, "يعني أنا بحب أسمع الأغاني القديمة أكتر") == english
