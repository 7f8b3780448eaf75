"""Issue 14, round 25 (bilingual/pairing/find.py _fields): a reply that describes a coin or a stamp field by field
("- Script: naskh\\n- Legend: <translation>\\n- Date: ...") gives the translation in one field's value; the short
value of the field above it ("naskh", "brass") is no part of it, though the aligner would take it in."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "ليس بإمكانك الدخول لأنك قاصر."
ENGLISH = "Because you're a minor, you can't enter."


def _translation(reply: str) -> str | None:
    rows = [("1", None, "A", "Bought this token at a fair, can anyone ID it? Legend on the reverse:\n" + ARABIC), ("2", "1", "B", reply),
            ("3", "2", "A", "Thank you so much!")]
    return pairs(make_thread(rows))[0].translation_text


@pytest.mark.parametrize("reply", [
    f"Here's what I've got:\n- Script: naskh\n- Legend: {ENGLISH}\n- Date: worn, maybe 1950s",
    f"Here's what I've got:\n- Script: kufic\n- Legend: {ENGLISH}\n- Date: worn, maybe 1950s",
    f"- Metal: brass\n- Inscription: {ENGLISH}",
])
def test_the_field_above_is_no_part_of_the_translation(reply):
    assert _translation(reply) == ENGLISH


def test_a_dialogue_of_sentences_stays_one_translation():
    arabic = "انتظر سامي حتّى اليوم التّالي. ثم ذهب إلى البيت."
    reply = "- Ahmed: Sami waited until the next day.\n- Sara: Then he went home."
    found = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", reply)]))
    assert found[0].translation_text == "Sami waited until the next day.\n- Sara: Then he went home."
