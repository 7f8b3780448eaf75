"""Issue 14, round 32's tuned half (bilingual/pairing/cues.py _table_cell, _table_row): a Markdown table's row
("| <Arabic> | <English> |", under "| Original | Translation |") lines its English cell up with the Arabic cell, as a
translation's label would; the pipes are no part of the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked


def _paired(rows: list[tuple[str, str | None, str | None, str]], comment: str, english: str) -> None:
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and found[0].translation.comment == comment
    assert found[0].translation_text == english


@pytest.mark.parametrize(("head", "arabic", "english"), [
    ("| Original | Translation |\n|---|---|\n", "فدي كانت أخر أخر سفرية حلوة.", "That was the last .. last nice trip."),
    ("| Arabic | English |\n|:--|:--|\n", "لأ خالص يعني أو يعني كان زمان بقى", "No absolutely not, or maybe it used to be so"),
])
def test_a_table_row_lines_the_english_up_with_the_arabic(head, arabic, english):
    reply = f"Side by side:\n\n{head}| {arabic} | {english} |"
    _paired([("1", None, "A", "Finished this piece today, the client wants the English too:\n" + arabic), ("2", "1", "B", reply)], "2", english)


@pytest.mark.parametrize("rule", ["--- | ---", ":-- | :--"])
def test_a_row_without_outer_pipes_under_a_delimiter_row_is_one_too(rule):
    arabic, english = "لأ خالص يعني أو يعني كان زمان بقى", "No absolutely not, or maybe it used to be so"
    reply = f"Arabic | English\n{rule}\n{arabic} | {english}\n\nhope it helps"
    _paired([("1", None, "A", "Finished this piece today, the client wants the English too:\n" + arabic), ("2", "1", "B", reply)], "2", english)


def test_pipes_without_a_delimiter_row_make_no_table():
    text = "not a table | really\nلأ خالص يعني أو يعني كان زمان بقى | No absolutely not, or maybe it used to be so"
    assert not marked(text, text.rindex("| ") + 2, len(text))


def test_a_table_cell_without_arabic_before_it_is_no_mark():
    text = "| Word | Meaning |\n|---|---|\n| cat | a small animal |"
    start = text.rindex("| a small") + 2
    assert not marked(text, start, len(text) - 2)
