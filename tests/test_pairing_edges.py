"""Issue 14, twenty-first round: the edges of a translation's span its Arabic does not explain
(bilingual/pairing/edges.py), and the fourteenth development round's phrase banks."""

from __future__ import annotations

import pytest
from test_pairing import PLACE, PLACE_EN, only_pair

from bilingual.pairing.edges import explained, lead_clause, note_tail


def _request(answer: str) -> list[tuple[str, str | None, str, str]]:
    return [("1", None, "A", PLACE), ("2", "1", "B", "what does it say"), ("3", "2", "A", answer)]


@pytest.mark.parametrize("lead", ["the guy said ", "they're saying ", "basically ", "it's like ", "ok so it says ", "He's saying "])
def test_a_reporting_clause_before_the_translation_is_left_out(lead):
    """Lead-ins without a colon ("the guy said", "basically") were kept in the span (round 14 tuned: 64 threads started early)."""
    assert only_pair(_request(lead + PLACE_EN)).translation_text == PLACE_EN


@pytest.mark.parametrize("quoted", ['he\'s telling him "{e}"', "the caption says “{e}”"])
def test_a_reporting_clause_and_its_quotation_marks_are_left_out(quoted):
    rows = [("1", None, "A", PLACE), ("2", "1", "B", "Nice pictures."), ("3", "1", "C", quoted.format(e=PLACE_EN))]
    assert only_pair(rows).translation_text == PLACE_EN


@pytest.mark.parametrize("note", [" (own translation)", " (the rest i dont know)", " classic", "\n\nEdit: grammar", " — that's my comment translated"])
def test_a_short_note_after_the_translation_is_left_out(note):
    """A few words after the translation in brackets, after a dash, after a sentence in lower case or
    after a label, none of them a translation of the Arabic's words (round 14 tuned: 91 threads ended late)."""
    assert only_pair(_request(PLACE_EN + note)).translation_text == PLACE_EN


def test_what_the_arabic_explains_stays_in_the_span():
    """The clause is the translation's own where the word translation table gives one of its words
    for the Arabic (قال: said); so is a sentence's own bracket, quotation, list or Egyptian "((...))"."""
    text = "He said Tom is coming."
    assert lead_clause(text, 0, len(text), "قال إن توم قادم.") == (0, len(text))
    assert lead_clause(text, 0, len(text), "توم قادم.") == (8, len(text))
    assert explained("said", "قال") and not explained("classic", "قال")
    for kept in (
        "The problem is that ((I can't remember all the names)) right now.", '"This is what I was looking for!" he exclaimed.',
        "People there are nice.\n- Yes, directly, why so?", "It followed Hubei Province (China) (Figure 1).",
        "Arrogance I mean .. I mean .. that", "Okay I'll tell you, I will choose the first thing.", "Fadil told Layla to hold the gun.",
    ):
        assert note_tail(kept, 0, len(kept), "") == len(kept), kept
        assert lead_clause(kept, 0, len(kept), "") == (0, len(kept)), kept


def test_round14_banks_are_split_by_phrase():
    """No held-out thread of round 14 uses a phrasing a tuned thread uses, nor one of an earlier round's pools; each slot has at least 8 a part."""
    import pairing_devset as d

    def norm(text: str) -> str:
        return text.strip().lower()

    tuned = {norm(p) for bank in d.ROUND14_BANKS.values() for p in bank[0]}
    held = {norm(p) for bank in d.ROUND14_BANKS.values() for p in bank[1]}
    earlier = {
        norm(p) for name, pool in vars(d).items() if name.startswith("_R") and not name.startswith("_R14") and isinstance(pool, tuple)
        for item in pool for p in (item if isinstance(item, tuple) else (item,)) if isinstance(p, str)
    }
    assert not tuned & held and not held & earlier
    assert all(len(bank[0]) >= 8 and len(bank[1]) >= 8 for bank in d.ROUND14_BANKS.values())


@pytest.mark.parametrize("note", [" (rest is unclear)", "... second line no idea", " - can't get the second part"])
def test_a_note_that_the_rest_is_left_out_in_any_words_makes_the_english_partial(note):
    """A short note naming a part of the Arabic with a word of not knowing it (round 14 tuned: 19 partial translations missed)."""
    from bilingual.pairing.cues import partial

    assert partial(PLACE_EN + note, 0, len(PLACE_EN))
    assert not partial(PLACE_EN + " The other shop was not open, and we went home after a long day.", 0, len(PLACE_EN))


@pytest.mark.parametrize("note", [" (translated it myself)", " [translation mine]", "\n\nthat's what i posted above", " (my comment up top)"])
def test_a_note_that_the_english_is_the_writers_own_in_any_words_marks_it(note):
    from bilingual.pairing.cues import marked

    assert marked(PLACE_EN + note, 0, len(PLACE_EN))
    assert not marked(PLACE_EN + " Then I went home.", 0, len(PLACE_EN))


def test_a_short_sentence_before_a_lower_case_reporting_clause_goes_with_it():
    text = "ok i'll try. it's like It's been raining since last night."
    assert lead_clause(text, 0, len(text), "") == (text.index("It's been"), len(text))
    kept = "Sami went home. He said Tom is here."
    assert lead_clause(kept, 0, len(kept), "") == (0, len(kept))
    paragraph = "and can you tell me this?\n\nthat's what i posted above"
    assert note_tail(paragraph, 0, len(paragraph), "") == paragraph.index("?") + 1


# Issue 14, twenty-third round (round 15's wordings): leads and notes by their form and by what the
# table covers, not by phrase lists. The wordings below are none of round 15's.

@pytest.mark.parametrize("lead", [
    "for anyone who can't read arabic 👉 ", "(see my reply above) = ", "lit. ", "prob ", "If you want the gist, the sign says ",
    "Saw this on a mug once. ", "the top line is ",
])
def test_a_lead_by_its_form_is_left_out(lead):
    """A short lead ending in a mark that introduces (an emoji, "=", a colon) or in a verb of saying or a hedge
    before a capital, or a short sentence more than the Arabic has, none of it a word the table gives for the Arabic."""
    assert only_pair(_request(lead + PLACE_EN)).translation_text == PLACE_EN


@pytest.mark.parametrize("note", [
    "\n\nCheers!\nnour_92", " @dina.s",
])
def test_a_note_by_its_form_is_left_out(note):
    """A signature or a handle closing the answer, and a sentence more than the Arabic has, none of it a word
    the table gives for the Arabic."""
    assert only_pair(_request(PLACE_EN + note)).translation_text == PLACE_EN


def test_a_remark_after_the_quotation_marks_is_left_out():
    assert only_pair(_request(f'I believe it\'s "{PLACE_EN}" but could be wrong')).translation_text == PLACE_EN


def test_what_the_arabic_accounts_for_stays_at_the_edges():
    """A sentence the table gives half the words of, a question closing both texts, a name the Arabic spells,
    the first person's own "I mean", a copula before a capital, text in capitals: the translation's own."""
    from bilingual.pairing.edges import extra_lead, extra_tail

    for text, arabic in (
        ("Hi, Bill. How are you?", "مرحباً بيل ، كيف حالك؟"),
        ("I don't mean this, but it's okay. What else?", "يعني ماكنش قصدي كده بس ماشي أيه تاني؟"),
        ("I mean I have traveled to Saudi Arabia.", "يعني أنا سافرت السعودية"),
        ("This is Tom's pet turtle.", "هذه سلحفاة توم."),
        ("One of my favourite films is The Theory of Everything.", "من أفلامي المفضلة نظرية كل شيء."),
        ("I WOULD SAY THAT THIS IS BETTER.", "أقول إن هذا أفضل."),
        ("Sami says Layla is here.", "سامي يقول إن ليلى هنا."),
    ):
        assert extra_lead(text, 0, len(text), arabic) == 0, text
        assert extra_tail(text, 0, len(text), arabic) == len(text), text


def test_a_word_ending_in_nt_is_no_word_of_not_knowing():
    """"-n't" needs its apostrophe but on an auxiliary ("dont"): "reply bit percent" was a note that the rest is left out
    ("bit" a part, "percent" a "-n't" word), and the precheck of plain texts said otherwise (test_pairing_prechecks found it)."""
    from bilingual.pairing.edges import rest_left

    assert not rest_left("reply bit percent", 5) and not rest_left("Hi. the second part i want", 3)
    assert rest_left("Hi. second part dont know", 3) and rest_left("Hi. can't get the second part", 3)
