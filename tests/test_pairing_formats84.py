"""Issue 14, pasted formats: the grammar of a chat log, a forum's quote and a dictated comment.

A chat row's label ("[23:48] Suha_92: ", "[03/03/25, 09:15:46] Mona.K: ") is passed before its time could be read as
a video's moment, and a full stop inside its writer's name ("Nadia.F") ends no sentence;  a note on how the English was typed ("sorry using voice to text") says nothing against it."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces
from bilingual.text.sentences import sentences


def _pair_of(rows: list[tuple[str, str | None, str, str]], cid: str = "1") -> str | None:
    """The translation text paired with the passage of comment ``cid``."""
    return next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == cid).translation_text


def test_chat_row_label_with_digits_is_passed():
    """A chat pasted whole, the writer's name holding digits: the span is the English row's words (before: "Layla_88: ...")."""
    english = "Four types of severity of viral pneumonia can be observed:"
    text = (
        "Pasted from the group chat:\n\n[10:02] Layla_88: يمكن ملاحظة أربعة أنواع من شدة الالتهاب الرئوي الفيروسي:\n"
        "[10:03] Jonas: ??\n[22:41] Layla_88: " + english
    )
    assert _pair_of([("1", None, "Hadi", text)]) == english
