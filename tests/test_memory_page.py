"""The page stage holds less (issue 20 item 2: at most 10x the input): on 100,000 comments of distinct
sentences it set the command's peak. Its data is written in base64 pieces, never held whole; the passage
cards keep a table's markup for the copies of a group only until the group's last card; the records
given to orjson leave no UTF-8 copy inside the report's texts; and pairing's memory of the texts is let
go before a big thread's page."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual import pairing, pipeline
from bilingual import report as reports
from bilingual.align import words
from bilingual.report import html
from bilingual.report.builder import build
from bilingual.report.html import GzipText, compress, html_pieces
from bilingual.threads import read_string

ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
OTHER = "السلام عليكم ورحمة الله وبركاته يا أصدقاء"


def _thread(copies: int = 3) -> object:
    """A passage posted ``copies`` times (one of them translated), and one posted once."""
    rows = [{"id": "t0", "parent": None, "author": "a", "text": f"{ARABIC}"},
            {"id": "t1", "parent": "t0", "author": "b", "text": "Lord, bring us the democracy of Saudi Arabia and the ease of Somalia."}]
    rows += [{"id": f"c{k}", "parent": None, "author": f"u{k}", "text": f"again: {ARABIC}"} for k in range(copies - 1)]
    rows.append({"id": "alone", "parent": None, "author": "z", "text": f"{OTHER}"})
    return read_string("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "jsonl")


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.text(max_size=400), max_size=40), st.integers(1, 9))
def test_the_data_in_pieces_is_the_data_compressed_whole(pieces: list[str], piece: int) -> None:
    out = GzipText()
    out.PIECE = 3 * piece
    for text in pieces:
        out.write(text)
    found = list(out.base64_pieces())
    assert "".join(found) == compress("".join(pieces))
    assert all(0 < len(p) <= 4 * piece for p in found)
    assert not out._out, "the compressed bytes are held after they were encoded"


def test_the_page_writes_its_data_in_pieces_of_64_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    report = build(pipeline.run(_thread(), pipeline.Settings(mt=False)))
    whole = "".join(html_pieces(report))
    monkeypatch.setattr(GzipText, "PIECE", 3)
    pieces = list(html_pieces(report))
    assert "".join(pieces) == whole
    start = next(k for k, p in enumerate(pieces) if p.endswith('<template id="report-data">'))
    data = pieces[start + 1 : pieces.index("</template>\n<script>", start)]
    assert len(data) > 10 and max(map(len, data)) == 4, "the page's data was written whole"


def test_a_groups_table_is_kept_until_its_last_card_only() -> None:
    report = build(pipeline.run(_thread(copies=4), pipeline.Settings(mt=False)))
    laid = html.page(report)
    cards = laid.cards
    groups = {tuple(g) for g in laid.groups.values()}
    assert any(len(g) == 4 for g in groups) and any(len(g) == 1 for g in groups)
    kept = []
    for p in report.passages:
        cards.passage(p)
        kept.append(len(cards._tables) + len(cards._copies))
    assert kept[0] > 0, "the first copy's table is not kept for the next"
    assert not cards._tables and not cards._copies and not cards._expiring, "markup kept past the group's last card"
    alone = next(p for p in report.passages if len(laid.groups[p.number]) == 1)
    cards.passage(alone)
    assert not cards._tables, "a passage alone kept its table"


def test_records_leave_no_utf8_in_the_reports_texts() -> None:
    report = build(pipeline.run(_thread(), pipeline.Settings(mt=False)))
    texts = [t for p in report.passages for t in (p.text, *(r.arabic for r in p.rows))]
    assert texts and not any(t.isascii() for t in texts)
    sizes = [sys.getsizeof(t) for t in texts]
    primary = {p.number: p.number for p in report.passages}
    made = list(html._records(report.passages, primary))
    assert [json.loads(m) for m in made] == [html.record(p, None) for p in report.passages]
    assert [sys.getsizeof(t) for t in texts] == sizes, "orjson kept the UTF-8 of the report's texts inside them"


def test_pairing_forgets_the_texts_and_pairs_the_same() -> None:
    settings_ = pipeline.Settings(mt=False)
    first = pipeline.run(_thread(), settings_).pairs
    assert words.spelled_stem.cache_info().currsize > 0
    assert pairing.forget_texts() > 0
    assert words.spelled_stem.cache_info().currsize == 0
    assert words.lexicon.cache_info().currsize == 1, "a table loaded once was let go"
    assert pipeline.run(_thread(), settings_).pairs == first


def test_a_big_threads_page_forgets_pairings_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    result = pipeline.run(_thread(), pipeline.Settings(mt=False))
    words.spelled_stem("translations")
    reports.build(result)
    assert words.spelled_stem.cache_info().currsize > 0, "a report with no page to write let go of pairing's texts"
    from bilingual.align import names
    from bilingual.pairing import evidence

    tables = (words.lexicon, names._names, evidence._english_lemmas, evidence._dialect)
    assert [t.cache_info().currsize for t in tables] == [1, 1, 1, 1]
    monkeypatch.setattr(reports, "FORGET_FROM", 1)
    reports.build(result, page=True)
    assert words.spelled_stem.cache_info().currsize == 0
    assert [t.cache_info().currsize for t in tables] == [0, 0, 0, 0], "a table read whole outlived the big thread's pairing"
    assert pipeline.run(_thread(), pipeline.Settings(mt=False)).pairs == result.pairs, "a table loaded again read otherwise"
