"""Issue 14, round 42's tuned half: a chat log pasted into one comment, the translation one person's row. A row whose
label is followed by marks only ("9:14 - Me: ??? translate pls") is still a row, so the rows after it are its
replies; and Telegram's copied rows write the writer's name first, the time after it in brackets ("Nadia (20:15): "),
a label like the time-first one, no word of the translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import chat_row, introduces, row_message

ARABIC = "سألعب كرة المضرب غداً مع أخي الصغير."
ENGLISH = "I'm going to play tennis tomorrow with my little brother."


def test_a_row_of_marks_and_a_request_still_opens_the_rows_that_answer_it() -> None:
    text = (f"screenshot of our family chat lol\n\n9:13 - Grandma: {ARABIC}\n9:14 - Me: ??? translate pls\n"
            f"9:15 - Layla: {ENGLISH}\n9:16 - Grandma: ❤️❤️")
    found = pairs(make_thread([("1", None, "jd_88", text)]))
    assert found[0].translation_text == ENGLISH


@pytest.mark.parametrize("label", ["Nadia (20:15): ", "Me [9:02 PM]: ", "Uncle Fawaz (07:41):\t"])
def test_a_label_with_the_name_before_the_time_opens_a_row(label: str) -> None:
    text = f"{label}{ENGLISH}"
    assert chat_row(text, 0)
    assert introduces(text, 0, len(label.rstrip()))


def test_marks_after_a_rows_label_leave_its_message() -> None:
    text = "9:14 - Me: ??? translate pls"
    assert row_message(text, text.index("translate"))
    assert not row_message("so ??? translate pls", 7)


def test_prose_with_a_time_in_brackets_is_no_row() -> None:
    assert not chat_row("We met at the station (10:30) and then: nothing", 0)
