"""Issue 14, twenty-ninth round: a translation's span ends where the translation ends, before what
closes the comment by its form (bilingual/pairing/edges.py): a signature under a delimiter, a
letter's sign-off, platform chrome, with the emoji before it."""

from __future__ import annotations

import pytest
from test_pairing import PLACE_1, PLACE_2, PLACE_EN_1, PLACE_EN_2, only_pair

from bilingual.pairing.edges import extra_tail


PLACE = f"{PLACE_1[:-1]} {PLACE_2[:-1]}"  # unpunctuated (a transcript's): how many sentences it has is unknown
PLACE_EN = f"{PLACE_EN_1} {PLACE_EN_2}"


def _request(answer: str) -> list[tuple[str, str | None, str, str]]:
    return [("1", None, "A", PLACE), ("2", "1", "B", "what does it say"), ("3", "2", "A", answer)]


@pytest.mark.parametrize(
    "closing",
    [
        "\n\n--",
        "\n\n-- M.R., Leeds",
        "\n\n--\nLagos born, Manchester raised",
        "\n\n_______________\nMy rig: i7 / 32GB / way too many cables",
        "\n\n~ Ravi | Pune | cricket tragic",
        "\n\n— loosely, by me",
        "\n\nRegards,\nJ. Whitcombe",
        "\n\nBest wishes to all,",
        " 😂😂\nLike · Reply · 2h",
        "\nLike · Reply · See translation · 3 d",
    ],
)
def test_what_closes_the_comment_is_left_out(closing):
    """Signatures, sign-offs and platform chrome stayed in the span (round 17 tuned: 82 of 136 failures ended late)."""
    assert only_pair(_request(PLACE_EN + closing)).translation_text == PLACE_EN


def test_a_closing_the_arabic_accounts_for_stays():
    """A sign-off line the Arabic translates ("Thanks," of شكرا) is the translation's own; so is a line
    after a dash with the Arabic's words; a delimiter line alone goes whatever the Arabic."""
    english = "This place lies in the old city. Tourists visit it.\n\nThanks,\nJ. Whitcombe"
    thanked = english[: english.rindex("\n")]
    assert extra_tail(thanked, 0, len(thanked), "هذا المكان في المدينة القديمة يزوره السياح شكرا") == len(thanked)
    assert extra_tail(english, 0, len(english), "هذا المكان في المدينة القديمة يزوره السياح") == english.index("\n")
    dashed = "This place lies in the old city.\n— the tourists visit it"
    assert extra_tail(dashed, 0, len(dashed), "هذا المكان في المدينة القديمة — يزوره السياح") == len(dashed)
    signed = "This place lies in the old city.\n--\nthe tourists"
    assert extra_tail(signed, 0, len(signed), "هذا المكان في المدينة القديمة يزوره السياح") == signed.index("\n")


def test_a_closing_sentence_the_arabic_does_not_give_is_left_out():
    """A closing of two words after the translation of an unpunctuated Arabic ("No wahala.") stayed in the span, the
    Arabic's negation giving "no"; one the Arabic gives ("Thank you." of شكرا) is the translation's own."""
    english = "This place lies in the old city. No wahala."
    assert extra_tail(english, 0, len(english), "مش هذا المكان في المدينة القديمة") == english.index(" No")
    thanks = "This place lies in the old city. Thank you."
    assert extra_tail(thanks, 0, len(thanks), "هذا المكان في المدينة القديمة شكرا") == len(thanks)
