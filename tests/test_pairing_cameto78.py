"""Issue 14, round 25's tuned half: "comes to" and "amounts to" say what a text equals ("it comes to ..."), so after a person
("He came to ask us to help him.") they were read as a frame and "He came to" was cut from the translation. After a person
they now frame only with a particle ("she sums up as"); "it comes to" still frames."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _found(text: str) -> str | None:
    """The English the passage of the only comment is paired with."""
    return next(p.translation_text for p in pairs(make_thread([("1", None, "A", text)])))


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("جاء ليطلب منا أن نساعده.", "He came to ask us to help him."),
        ("جاءت لتودعنا قبل السفر.", "She came to say goodbye to us before the trip."),
    ],
)
def test_a_person_who_came_to_do_something_is_the_translation(arabic: str, english: str) -> None:
    text = f"Reading old notebooks again, found this:\n\n{arabic} — roughly “{english}” 💭\n\nMore on Sunday."
    assert _found(text) == english
