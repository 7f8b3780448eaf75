"""Issue 14, a translation given twice, literally then as one would say it ("Literally: ...\nMore naturally: ..."): both
renderings are the translation, but the window kept the literal line only when the second one doubled a long translation's
length. A span that opens after a literal mark and ends its line now runs on over the next line when that line opens with
a short label of its own and is about as long (edges.second_rendering); a short label with little after it ("Edit: typo")
is no second rendering."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LATE = "قالت ليلى إنها ستتأخر ساعة لأن القطار توقف في الطريق بسبب عطل في الإشارات، وطلبت منا أن نبدأ الاجتماع بدونها."
LITERAL = ("Layla said that she will be late an hour because the train stopped in the road because of a fault in the signals, "
           "and she asked us to start the meeting without her.")


def _found(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with (a reply under it)."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize(("mark", "natural"), [
    ("Literally: ", "More naturally: Layla said she'll be an hour late because the train got stuck on the way with a signal fault, "
                    "and asked us to start the meeting without her."),
    ("Literal: ", "Smoother: Layla said she'll be an hour late since her train broke down on a signal fault; she asked us to begin without her."),
])
def test_second_rendering_joins_the_literal_one(mark: str, natural: str) -> None:
    assert _found(LATE, f"{mark}{LITERAL}\n{natural}") == f"{LITERAL}\n{natural}"


def test_short_label_after_is_no_rendering() -> None:
    assert _found(LATE, f"Literally: {LITERAL}\nEdit: typo") == LITERAL
