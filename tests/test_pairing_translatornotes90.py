"""Issue 14, round 35's tuned half: what a translator writes under a translation. A translator's note on a line of its
own ("T/N: ...", "TL note: ...", as scanlations and fan subtitles print it) and r/translator's command marking the post
translated ("!translated", "!doublecheck") say the English above is the writer's translation; a footnote keyed by a mark
at the English's end ("...*" over "*lit. ...") is the translator's apparatus, no remark left out of it, and its mark no
word of the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "نسيت مظلتي في القطار."
_ENGLISH = "I left my umbrella on the train."


def _reply(reply: str, arabic: str = _ARABIC) -> tuple[str | None, float]:
    """The translation a reply to the Arabic (posted with no request) is paired with, and its score."""
    pair = pairs(make_thread([("1", None, "A", f"Found this in a comic I'm reading:\n\n{arabic}"), ("2", "1", "B", reply)]))[0]
    return pair.translation_text, pair.score


def test_the_unmarked_reply_is_not_paired_alone() -> None:
    assert _reply(_ENGLISH)[0] is None  # what the notes below add to


@pytest.mark.parametrize("note", ["T/N: the honorific is dropped in English.", "TL note: she uses the formal register here.",
                                  "Translator's note - the pun does not survive."])
def test_a_translators_note_under_the_english_marks_it_as_a_translation(note: str) -> None:
    assert _reply(f"{_ENGLISH}\n\n{note}")[0] == _ENGLISH


@pytest.mark.parametrize("command", ["!translated", "!doublecheck"])
def test_r_translators_command_under_the_english_marks_it_and_is_no_part_of_it(command: str) -> None:
    assert _reply(f"{_ENGLISH}\n\n{command}")[0] == _ENGLISH


def test_a_command_inside_a_sentence_is_no_mark() -> None:
    assert _reply(f"{_ENGLISH} I typed !translated by mistake")[0] is None


@pytest.mark.parametrize("mark", ["*", "†"])
def test_a_footnote_keyed_to_the_english_costs_nothing_and_its_mark_is_no_part_of_it(mark: str) -> None:
    arabic, english = "بس و بعدين بنرجع البيت بالليل", "And then we go back home at night"
    alone, score = _reply(english, arabic)
    assert alone == english
    text, noted = _reply(f"{english}{mark}\n\n{mark}the verb is plural in the original.", arabic)
    assert text == english
    assert noted == pytest.approx(score)


def test_emphasis_closing_the_english_keys_no_footnote() -> None:
    arabic, english = "بس و بعدين بنرجع البيت بالليل", "And then we go back home at night"
    _, score = _reply(f"*{english}*", arabic)
    _, remarked = _reply(f"*{english}*\n\n*the verb is plural in the original.*", arabic)
    assert remarked < score
