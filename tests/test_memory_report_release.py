"""What the report of a big thread lets go before it builds the report and writes its page (issue 20: the
100,000-comment thread's peak is at the page): pairing's memory of the texts is let go before the build, so
the build and the page make their objects in its room; a second report (a library user's) is the same."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bilingual import pipeline
from bilingual import report as reports
from bilingual.align import words
from bilingual.report import builder
from bilingual.threads import read_string

ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
OTHER = "السلام عليكم ورحمة الله وبركاته يا أصدقاء"


def _thread() -> Any:
    rows = [{"id": "t0", "parent": None, "author": "a", "text": ARABIC},
            {"id": "t1", "parent": "t0", "author": "b", "text": "Lord, bring us the democracy of Saudi Arabia and the ease of Somalia."},
            {"id": "c0", "parent": None, "author": "u0", "text": f"again: {ARABIC}"},
            {"id": "alone", "parent": None, "author": "z", "text": OTHER}]
    return read_string("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "jsonl")


def _building(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The entries of the words' stems cache each time the report's builder starts."""
    seen: list[int] = []
    real = builder.build

    def build(*args: Any, **kwargs: Any) -> Any:
        seen.append(words.spelled_stem.cache_info().currsize)
        return real(*args, **kwargs)

    monkeypatch.setattr(builder, "build", build)
    return seen


def test_a_big_threads_report_forgets_pairings_texts_before_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports, "FORGET_FROM", 1)
    seen = _building(monkeypatch)
    reports.build(_thread(), settings=pipeline.Settings(mt=False), page=True)
    assert seen == [0], "the report was built while pairing's words were still held"


def test_a_small_thread_or_no_page_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _building(monkeypatch)
    reports.build(_thread(), settings=pipeline.Settings(mt=False), page=True)  # 4 comments: under FORGET_FROM
    monkeypatch.setattr(reports, "FORGET_FROM", 1)
    reports.build(_thread(), settings=pipeline.Settings(mt=False))  # no page
    assert len(seen) == 2 and all(n > 0 for n in seen)


def test_a_second_report_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    settings_ = pipeline.Settings(mt=False)
    before = reports.to_json(reports.build(_thread(), settings=settings_, page=True))
    pairs = pipeline.run(_thread(), settings_).pairs
    monkeypatch.setattr(reports, "FORGET_FROM", 1)
    first = reports.to_json(reports.build(_thread(), settings=settings_, page=True))
    second = reports.to_json(reports.build(_thread(), settings=settings_, page=True))
    assert first == second == before
    assert pipeline.run(_thread(), settings_).pairs == pairs
    assert any(p.translation is not None for p in pairs), "the thread's translation was not paired"


_TABLES = ("lexicon", "_names", "_english_lemmas", "_dialect", "arabic_frequencies", "_latin")


def _tables() -> list[Any]:
    from bilingual.align import names
    from bilingual.normalize import folds
    from bilingual.pairing import evidence
    from bilingual.segment import words as segment_words

    return [words.lexicon, names._names, evidence._english_lemmas, evidence._dialect, folds.arabic_frequencies, segment_words._latin]


def test_a_big_threads_report_lets_pairings_tables_go_before_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports, "FORGET_FROM", 1)
    held: list[list[int]] = []
    real = builder.build

    def build(*args: Any, **kwargs: Any) -> Any:
        held.append([t.cache_info().currsize for t in _tables()])
        return real(*args, **kwargs)

    monkeypatch.setattr(builder, "build", build)
    pipeline.run(_thread(), pipeline.Settings(mt=False))
    assert words.lexicon.cache_info().currsize == 1, "pairing read no lexicon"
    reports.build(_thread(), settings=pipeline.Settings(mt=False), page=True)
    assert held == [[0] * len(_TABLES)], dict(zip(_TABLES, held[0]))


def test_the_tables_come_back_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    settings_ = pipeline.Settings(mt=False)
    pairs = pipeline.run(_thread(), settings_).pairs
    loaded = [t() for t in _tables()]
    monkeypatch.setattr(reports, "FORGET_FROM", 1)
    reports.build(_thread(), settings=settings_, page=True)
    assert pipeline.run(_thread(), settings_).pairs == pairs
    again = [t() for t in _tables()]
    assert all(a is not b for a, b in zip(loaded, again)), "a table was not let go"
    assert words.lexicon().t == loaded[0].t and again[2] == loaded[2] and again[3] == loaded[3]
