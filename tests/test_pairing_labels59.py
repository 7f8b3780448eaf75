"""Issue 14 (round 28's labels left in a span, bilingual/pairing/cues.lead_in, edges.note_tail): a label closed by its bracket
or set in Markdown emphasis is passed whatever follows it ("(eng) well ...", "**ENG** - well ..."; a bare "Translation -"
still needs a capital after it); ">>" spaced after a word introduces like "->" ("Translation >> do you ..."); a note in
brackets or after a dash that names a part left untranslated may run to ten words ("(the rest is a verse I can't do)"),
a bracket that goes on translating is kept. A meaning word cut short opens a translation as a lead ("Approx. I mean ...",
cues._SHORT_LEAD); a sign-off on the translation's line after its end mark or an emoji is no part of it ("... 😊 ~ Dee",
edges._SIGNED_LINE)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in
from bilingual.pairing.edges import extra_tail, note_tail


def _after_lead(text: str) -> str:
    return text[lead_in(text, 0, len(text)) :]


@pytest.mark.parametrize(("text", "words"), [
    ("(eng) well, the shop is closed today.", "well, the shop is closed today."),
    ("(en) so basically he says the shop is closed.", "so basically he says the shop is closed."),
    ("**ENG** - well can you tell me more?", "well can you tell me more?"),
    ("**EN** | the shop is closed today.", "the shop is closed today."),
    ("__Translation__ - the shop is closed today.", "the shop is closed today."),
    ("*Eng* — so the shop is closed.", "so the shop is closed."),
    ("Translation >> do you have any shortness of breath?", "do you have any shortness of breath?"),
    ("TL >> the shop is closed", "the shop is closed"),
    ("my attempt >> the shop is closed", "the shop is closed"),
])
def test_a_label_is_passed(text: str, words: str) -> None:
    assert _after_lead(text) == words


@pytest.mark.parametrize("text", [
    "Translation - good question, no idea",  # a bare label before lower case: a sentence of its own
    "Eng - lish is hard",
    "en_route to the shop now",  # no emphasis opened before it
    "eng) nope",  # no bracket opened before it
])
def test_no_label_without_its_shape(text: str) -> None:
    assert _after_lead(text) == text


ARABIC = "متى بدأ ألم الصدر هذا؟ تبلغ فترة العمل اليومي المتوقعة 4 ساعات في اليوم، أو 20 ساعة أسبوعيًّا حتى إشعار آخر."


@pytest.mark.parametrize("note", [
    " (the rest is a verse I can't do)", " (couldn't work out the second sentence at all, sorry)",
    " (the last bit is slang I don't really know)", " - the rest I honestly can't read from the photo",
])
def test_a_longer_note_of_the_part_left_out_is_cut(note: str) -> None:
    text = "When did the chest pain start?" + note
    assert text[: note_tail(text, 0, len(text), ARABIC)] == "When did the chest pain start?"


@pytest.mark.parametrize("rest", [
    " (the daily working time is four hours a day or twenty hours a week)",  # it translates the rest
    " (the rest of the sentence is about working hours until further notice)",  # it knows the rest
])
def test_a_bracket_that_goes_on_is_kept(rest: str) -> None:
    text = "When did the chest pain start?" + rest
    assert note_tail(text, 0, len(text), ARABIC) == len(text)


def test_a_labelled_reply_pairs_without_its_label() -> None:
    rows = [("1", None, "A", "هل تشعر بأي ضيق تنفس مع ألم الصدر ذلك؟"), ("2", "1", "B", "meaning?"),
            ("3", "2", "C", "**EN** - so do you have any shortness of breath with that chest pain?")]
    assert pairs(make_thread(rows))[0].translation_text == "so do you have any shortness of breath with that chest pain?"


@pytest.mark.parametrize(("text", "words"), [
    ("Approx. I mean many times I go home tired.", "I mean many times I go home tired."),
    ("approx. the shop is closed", "the shop is closed"),
    ("Lit. I think it is over", "I think it is over"),
    ("Transl. He came home.", "He came home."),
])
def test_a_meaning_word_cut_short_is_a_lead(text: str, words: str) -> None:
    assert _after_lead(text) == words


@pytest.mark.parametrize("text", ["Lite version of the app", "Approximately ten people came."])
def test_no_short_lead_in_a_longer_word(text: str) -> None:
    assert _after_lead(text) == text


SAID = "لأ, الناس بتصدق لما يفتكروا ان انا ..لما  .. لما اعمل نفسي فاهم, الناس بتصدق أني فاهم"


@pytest.mark.parametrize(("text", "words"), [
    ("No, people believe me when I pretend to understand. 😊 ~ Dee", "No, people believe me when I pretend to understand."),
    ("People believe that I understand! ~Sam", "People believe that I understand!"),
    ("People believe that I understand. — Rana", "People believe that I understand."),
    ("People believe that I understand 😊😊 -- Mo", "People believe that I understand"),
])
def test_a_sign_off_on_the_last_line_is_cut(text: str, words: str) -> None:
    assert text[: extra_tail(text, 0, len(text), SAID)] == words


@pytest.mark.parametrize("text", [
    "People believe me ~ Dee says so too",  # it goes on
    "People believe me, trust - Dee",  # no end mark nor emoji before it, a hyphen
    "We went from 5 ~ 10 km away.",
    "People believe me. ~ then I stop.",
])
def test_no_sign_off_without_its_shape(text: str) -> None:
    assert extra_tail(text, 0, len(text), SAID) == len(text)
