"""Issue 14 (where a translation starts; bilingual/pairing/edges._unexplained_lead): English before the translation that the
Arabic does not explain, ending at a boundary the translation then opens at with its own capital (a colon, a spaced dash, an
ellipsis, a sentence's end or a line break, a comma, a space), is a lead in any wording, listed or not: "Hiya, ...",
"Honestly... ", "Found it.\\n\\n", "i answered with The ...". A first sentence or clause the Arabic gives words or a name for is
the translation's own and stays ("There is no god but God. ...", "Hello, Tom. ..."), and so is one a transcript's pause or a
name ("Beginning on 15 March, ...") goes on from."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead

CAR = "تركتُ كتابك في السيارة."
MUSIC = "لا أحب الموسيقى الكلاسيكية."


def _start(text: str, arabic: str) -> str:
    return text[extra_lead(text, 0, len(text), arabic) :]


@pytest.mark.parametrize(
    "arabic, lead, english",
    [
        (MUSIC, "Honestly... ", "I don't like classical music."),
        (MUSIC, "Hiya, ", "We don't like classical music."),
        ("كانت ليلى تستحقّ أن تكون سعيدة.", "Found it.\n\n", "Layla deserved to be happy."),
        (CAR, "Since a few asked about the quote in my other comment: ", "I left your book in the car."),
        (CAR, "i answered with ", "The book is in the car."),
        (CAR, "Evening all, ", "The book is in the car."),
        (CAR, "Near enough ", "The book is in the car."),
    ],
)
def test_english_the_arabic_does_not_explain_before_a_boundary_is_a_lead(arabic, lead, english):
    assert _start(lead + english, arabic) == english


@pytest.mark.parametrize(
    "arabic, english",
    [
        ("لا إله إلا الله محمد رسول الله", "There is no god but God. Muhammad is the messenger of God."),
        ("لا إله إلا الله. محمد رسول الله.", "There is no god but God. Muhammad is the messenger of God."),
        ("لإنقاذ نفسها، قفزت ليلى من النافذة.", "To save herself, Layla jumped out of the window."),
        ("مرحبا يا توم. صباح الخير.", "Hello, Tom. Good morning."),
        ("بدءًا من 15 مارس، أغلقت العديد من الشركات أبوابها.", "Beginning on 15 March, many businesses closed."),
        ("هو انا بصراحة دي هوايتي انا .. انا بحب اتعلم لغات جديدة", "Actually, this is my hobby, I .. I love learning new languages."),
    ],
)
def test_a_first_sentence_or_clause_of_the_translation_stays(arabic, english):
    assert _start(english, arabic) == english


def test_a_greeting_before_an_answer_in_a_reply():
    english = "We don't like classical music."
    reply = f"Hiya, {english}"
    rows = [("1", None, "A", MUSIC), ("2", "1", "B", "what does it say?"), ("3", "2", "A", reply)]
    assert [reply[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None] == [english]
