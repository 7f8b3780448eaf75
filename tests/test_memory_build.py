"""The report built from a thread lets the pipeline's result go as it is built (issue 20 item 2: at most 10x the
input). ``bilingual.report.build(thread)`` makes the result itself and nothing reads it after the report: the
docs are let go at the start and each passage's layers once its entry is made, so the entries take their room.
At 100,000 comments of distinct sentences the whole result (38.6 MiB) was alive beside the report's new entries
(55 MiB), and freed only after; the page, the command's peak, came after on that higher heap. A result the
caller gives is left whole."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bilingual import pipeline
from bilingual import report as reports
from bilingual.report import builder
from bilingual.threads import read_string

ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
OTHER = "السلام عليكم ورحمة الله وبركاته يا أصدقاء"


def _thread() -> Any:
    rows = [{"id": "t0", "parent": None, "author": "a", "text": ARABIC},
            {"id": "t1", "parent": "t0", "author": "b", "text": "Lord, bring us the democracy of Saudi Arabia and the ease of Somalia."},
            {"id": "c1", "parent": None, "author": "u", "text": f"again: {ARABIC}"},
            {"id": "alone", "parent": None, "author": "z", "text": OTHER}]
    return read_string("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "jsonl")


def _watched(monkeypatch: pytest.MonkeyPatch) -> tuple[list[pipeline.Result], list[tuple[int, int, bool]]]:
    """The results the pipeline made, and at each entry made: the docs and passages its result still held, and
    whether the entry's own layers were among them."""
    made: list[pipeline.Result] = []
    seen: list[tuple[int, int, bool]] = []
    run, entry = pipeline.run, builder._entry

    def watched_run(*args: Any, **kwargs: Any) -> pipeline.Result:
        made.append(run(*args, **kwargs))
        return made[-1]

    def watched_entry(ctx: Any, number: int, layers: Any, have_mt: bool) -> Any:
        result = made[-1]
        seen.append((len(result.docs), len(result.passages), any(p is layers for p in result.passages)))
        return entry(ctx, number, layers, have_mt)

    monkeypatch.setattr(pipeline, "run", watched_run)
    monkeypatch.setattr(builder, "_entry", watched_entry)
    return made, seen


@pytest.mark.parametrize("page", [False, True])
def test_the_result_made_for_the_report_is_let_go_as_it_is_built(monkeypatch: pytest.MonkeyPatch, page: bool) -> None:
    kept = builder.build(pipeline.run(_thread(), pipeline.Settings(mt=False)))
    made, seen = _watched(monkeypatch)
    report = reports.build(_thread(), settings=pipeline.Settings(mt=False), page=page)
    assert len(seen) == len(report.passages) == 3
    assert seen == [(0, 0, False)] * 3, "the result's docs and layers were held while the report was built"
    assert made[0].docs == [] and made[0].passages == []
    assert reports.to_json(report) == reports.to_json(kept)
    assert reports.render_html(report) == reports.render_html(kept)


def test_a_result_the_caller_gives_is_left_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    result = pipeline.run(_thread(), pipeline.Settings(mt=False))
    docs, passages = list(result.docs), list(result.passages)
    made, seen = _watched(monkeypatch)
    made.append(result)
    reports.build(result)
    assert [s[:2] for s in seen] == [(len(docs), len(passages))] * 3 and all(s[2] for s in seen)
    assert result.docs == docs and result.passages == passages
