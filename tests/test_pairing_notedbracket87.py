"""Issue 14 (bilingual/pairing/cues.py _HEDGE, _WEAK_HEDGE, _closed_before_note): a translation in brackets followed by a
note in brackets of its own ("(...) (translation not perfect)", "(...) (rough, sorry)", as a seller or a commenter posts
a note's words) had no marker, the brackets closing before the note, and "translation not perfect" and "rough" were no
notes; the note is now left out of the span, the pair flagged uncertain, and the brackets mark the translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs

_POST = "Selling my late aunt's plate, the writing on it:\nالقرد في عين أمه غزال.\n(beauty is in the eye of the beholder) {note}\nPickup only."


@pytest.mark.parametrize("note", ["(translation not perfect)", "(rough, sorry)", "(rough translation)"])
def test_a_bracketed_translation_with_a_note_after_it_is_paired_without_the_note(note):
    (pair,) = pairs(make_thread([("1", None, "A", _POST.format(note=note))]))
    assert pair.translation_text == "beauty is in the eye of the beholder"
    assert "uncertain" in pair.flags


def test_the_brackets_mark_the_translation_before_the_note():
    text = _POST.format(note="(translation not perfect)")
    start, end = text.index("(beauty"), text.index("\nPickup")
    assert cues.marked(text, start, end)


def test_a_note_inside_the_brackets_still_closes_them():
    text = "Caption:\nالقرد في عين أمه غزال.\n(beauty is in the eye of the beholder, rough) and more"
    start = text.index("(beauty")
    assert not cues.marked(text, start, len(text))  # the brackets close before the end: no enclosing mark
