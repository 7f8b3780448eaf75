"""Issue 14: a translation of a one-paragraph Arabic ends with its own paragraph when a short last paragraph the Arabic has
no room for follows it (a review's "Trip type: family", "Room 214, sea view", a reply's "Sent from my iPhone"), and a last
line that hands a named part of the text to someone else ("Someone else will have to do the ending.") is a note, not a
line of the translation. A last paragraph or line the Arabic accounts for stays."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    """The translation found for the passage of comment "1"."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


ARZ = "بس بعد كده بقى لما خلصت لأ عادي يعني عقلت شوية المفروض انتى اللى تجاوبى على السؤال ده"
ARZ_EN = "But after I finished, I became wiser. You should be the one answering this question."
REALITY = "و فعلا هتبقى زي الصور هتبقى ع الحقيقة"
REALITY_EN = "And it was really like the pictures in reality."


@pytest.mark.parametrize(
    ("rows", "wanted"),
    [
        ([("1", None, "A", f"Amazing stay!!\n{ARZ}\n\nEnglish below 👇\n{ARZ_EN}\n\nRoom 214, sea view")], ARZ_EN),
        ([("1", None, "A", f"Great place\n{REALITY}\n\nTranslated:\n{REALITY_EN}\n\nTrip type: couple")], REALITY_EN),
        ([("1", None, "A", REALITY), ("2", "1", "B", f"{REALITY_EN}\n\nSent from my iPhone")], REALITY_EN),
        (
            [("1", None, "A", "Mixed feelings\nقد يؤدي شطف اليدين داخل الحوض إلى إعادة تلويثها. وهم يعانون من بعض الحمى أيضا.\n\nTranslated:\n"
              "Rinsing in a basin can recontaminate hands. and they're having some fevers as well\n\nDate of stay: March 2019")],
            "Rinsing in a basin can recontaminate hands. and they're having some fevers as well",
        ),
    ],
)
def test_a_paragraph_the_arabic_has_no_room_for_ends_the_span(rows: list[tuple[str, str | None, str, str]], wanted: str) -> None:
    """Before, each span kept the last paragraph."""
    assert _span(rows) == wanted


def test_a_second_paragraph_the_arabic_accounts_for_stays() -> None:
    arabic = "انا من العباسية مولود في القاهرة"
    assert _span([("1", None, "A", arabic), ("2", "1", "B", "I am from Abbassia.\n\nI was born in Cairo.")]) == "I am from Abbassia.\n\nI was born in Cairo."


@pytest.mark.parametrize(
    ("arabic", "english", "wanted"),
    [
        ("انا كنت في مدرسة في المعادي و بعدين نقلت مدرسة تانية خالص", "I was in a school in Maadi.\nSomeone else will have to do the ending.", "I was in a school in Maadi."),
        ("انا كنت في مدرسة في المعادي و بعدين نقلت مدرسة تانية خالص", "I was in a school in Maadi.\nHopefully somebody can finish the rest.", "I was in a school in Maadi."),
        ("طلب سامي من ليلى أن تتبعه إلى الطّابق السّفلي. تزوّج سامي من فتاة مسلمة.", "Sami told Layla to follow him downstairs.\nHopefully a native can finish the rest.", "Sami told Layla to follow him downstairs."),
    ],
)
def test_a_part_handed_to_someone_else_is_a_note(arabic: str, english: str, wanted: str) -> None:
    """Before, each span kept the hand-over line."""
    assert _span([("1", None, "A", arabic), ("2", "1", "B", english)]) == wanted


def test_a_line_about_someone_at_the_end_that_the_arabic_gives_stays() -> None:
    arabic = "ذهبنا إلى السينما. قال لنا أحدهم أن ننتظر حتى النهاية."
    english = "We went to the cinema.\nSomeone told us to wait until the end."
    assert _span([("1", None, "A", arabic), ("2", "1", "B", english)]) == english
