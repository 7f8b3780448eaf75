"""Issue 14: a translation's span, start and end. Chat drops the subject of "it translates to" and frames the gist with a
bare "basically" in lower case; a caption closes on a pictograph's place tag; a spaced ellipsis after the last sentence
says more follows; and a translation whose first sentence ends mid-clause of the Arabic is not cut to its second because
one English sentence could take two Arabic ones."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead


def _found(rows: list[tuple[str, str | None, str | None, str]], arabic_comment: str = "1") -> list[str]:
    """The translation's parts found for the Arabic of ``arabic_comment``, in the thread of ``rows``."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == arabic_comment]
    assert pair.translation is not None
    parts = (pair.translation, *pair.continued)
    texts = {cid: text for cid, _, _, text in rows}
    return [texts[str(t.comment)][t.start : t.end] for t in parts]


def _chat(arabic: str, answer: str) -> list[str]:
    """A Discord channel pasted flat: the Arabic, a question, chatter, then its writer's answer."""
    return _found([("1", None, "zizou", arabic), ("2", None, "hamoodi", "ok but what does it mean"),
                   ("3", None, "frostbyte", "anyone up for ranked later"), ("4", None, "zizou", answer)])


_SAMI = "قال سامي إنه سيتأخر قليلا لأن القطار تعطل في الطريق."
_SAMI_EN = "sami said he would be a little late because the train broke down on the way"


@pytest.mark.parametrize("lead", ["translates to smth like ", "boils down to ", "translates as "])
def test_a_verb_of_equating_without_its_subject_is_a_lead(lead: str) -> None:
    """Before, "translates to" with chat's "it" dropped was no frame ("means" and "says" go bare already), so the lead
    stayed on the lower-case translation."""
    assert _chat(_SAMI, lead + _SAMI_EN) == [_SAMI_EN]


@pytest.mark.parametrize("lead", ["basically ", "roughly ", "basically smth like ", "in short "])
def test_a_bare_manner_opening_a_lower_case_line_is_a_lead(lead: str) -> None:
    """Before, a manner alone went before a capital only: in lower case "basically" stayed on the translation."""
    assert _chat(_SAMI, lead + _SAMI_EN) == [_SAMI_EN]


def test_a_marker_after_the_manner_is_the_translations_own() -> None:
    """"yes" after "basically" is the Arabic's اه: the frame ends with its manner."""
    english = "yes, i think i did this once and i felt that i looked like an idiot"
    assert _chat("اه تقريبا عملتها في مرة و حسيت إن انا كان شكلي متخلف أوى", f"basically {english}") == [english]


_CAPTION_AR = "اعتذر توم لماري عن تأخره."
_CAPTION_EN = "Tom apologized to Mary for being late."


@pytest.mark.parametrize("tag", [" 📍Amman", " 📍Kerak"])
def test_a_pictographs_tag_closing_a_caption_is_left_out(tag: str) -> None:
    """A photo caption's place or credit tag glued to its pictograph after the English's full stop is no word of it."""
    assert _found([("1", None, "lens_and_lemons", f"{_CAPTION_AR} :: {_CAPTION_EN}{tag}")]) == [_CAPTION_EN]


def test_a_tag_the_arabic_spells_stays() -> None:
    """A name the Arabic spells is the translation's, pictograph or not."""
    english = "Tom apologized to Mary for being late."
    found = _found([("1", None, "lens_and_lemons", f"اعتذر توم لماري عن تأخره في عمان. :: {english} 📍Amman")])
    assert found == [f"{english} 📍Amman"]


_TWO_AR = "بعد كده اكتشفت إن انا كنت غبي جدا. الغرور ده عمره ما بيفيد حد"
_TWO_EN = ("Afterwards, I realized that I was really stupid.", "Arrogance never helps anyone")


def test_a_spaced_ellipsis_after_the_last_sentence_is_no_part_of_it() -> None:
    """X's "1/2 ... 2/2" replies: the ellipsis after the first part's full stop says the rest follows, as the one opening
    the second part does; the first part ended before it."""
    rows = [("1", None, "amira_writes", _TWO_AR), ("2", "1", "kh4lid", "@amira_writes what does this say?"),
            ("3", "2", "ghada__", f"@kh4lid It says: {_TWO_EN[0]} ..."), ("4", "3", "ghada__", f"... {_TWO_EN[1]}")]
    assert _found(rows) == list(_TWO_EN)


def test_a_spaced_ellipsis_before_a_hedge_is_no_part_of_it() -> None:
    """"... 2020. ...I think": the hedge is cut, and the ellipsis set apart before it with it."""
    arabic = "اعتبارًا من 22 فبراير، أبلغ 1,261 شخصًا أو حوالي 13% من بين 9,336 من أتباع الكنيسة عن أعراض."
    english = "As of 22 February, among 9,336 followers of the church, 1,261 or about 13% reported symptoms."
    rows = [("1", None, "nour", arabic), ("2", "1", "pat", "what does this mean"), ("3", "2", "dee", f"best guess: {english} ...I think")]
    assert _found(rows) == [english]


_ATTITUDE_AR = ("هو ان أنا أغير طريقة كلامي وتعاملي، بحس آه المفروض اعمل كده. يعني أنا بعمل كده، لما بكون بتعامل مع ناس فئات مختلفة، "
                "بس مش حاسس بصعوبة .. يعني مش باحس بالصعوبة دي")
_ATTITUDE_EN = ("I feel that I should change my way of talking as well as my attitude.I feel that yes I should do this, I mean I do "
                "this when dealing with people from different standards, but I don't feel that this is difficult .. I mean I don't "
                "feel it's difficult.")


@pytest.mark.parametrize("lead", ["Translation: ", "It says: ", ""])
def test_a_first_sentence_is_not_left_out_for_one_english_sentence_taking_two_arabic(lead: str) -> None:
    """The English sentences end elsewhere than the Arabic's ("... attitude.I feel that yes ..." gives بحس آه المفروض اعمل
    كده in its second sentence): one English sentence for both Arabic ones aligned better than one each, so the window
    left the first out. A merge of two Arabic sentences at a window's start now costs its prior odds when windows compare."""
    rows = [("1", None, "mariam", f"Overheard at the bus stop:\n{_ATTITUDE_AR}"), ("2", "1", "jo", "Can someone translate this please?"), ("3", "2", "sam", lead + _ATTITUDE_EN)]
    assert _found(rows) == [_ATTITUDE_EN]


@pytest.mark.parametrize("rule", ["***", "* * *", "___"])
def test_a_horizontal_rule_after_a_cut_lead_is_left_out(rule: str) -> None:
    """A forum answer sets the translation apart under its lead with a rule: the lead ("Here's the gist.") was cut, the
    rule's line stayed on the span."""
    english = "Do you know they're not just giving you a weird look? She didn't know where she was."
    text = f"Here's the gist.\n\n{rule}\n\n{english}"
    assert text[extra_lead(text, 0, len(text), "هل تعرف أنهم لا ينظرون إليك باستغراب؟ لم تكن تعلم أين كانت."):] == english
