"""Copies of one passage share the rows and flags the report builder makes for them (issue 20: a
big thread's build is mostly copies), and sharing never changes an entry: the report is the one made
with every entry's rows and flags made anew."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bilingual.report import build, to_json
from bilingual.report import builder
from bilingual.threads import read_string

ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
ENGLISH = "Lord, bring us the democracy of Saudi Arabia and the prosperity of Somalia."


def _thread() -> Any:
    """Copies at the start of their comments, one further in, translated by the same English,
    by other English, or not at all."""
    texts = [
        ("1", None, ARABIC), ("2", "1", ENGLISH),
        ("3", None, ARABIC), ("4", "3", ENGLISH),
        ("5", None, "Look at this: " + ARABIC), ("6", "5", "It says: " + ENGLISH.lower()),
        ("7", None, ARABIC), ("8", "7", "nice"),
        ("9", None, ARABIC + "\n" + ARABIC), ("10", "9", ENGLISH + " " + ENGLISH),
    ]
    lines = [{"id": i, "parent": p, "author": f"u{i}", "text": t} for i, p, t in texts]
    return read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")


class _Forgetful(dict):  # type: ignore[type-arg]
    """A memo that keeps nothing: every entry's rows and flags made anew."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass


def test_copies_share_rows_and_the_report_is_the_one_made_without_sharing(monkeypatch: pytest.MonkeyPatch) -> None:
    thread = _thread()
    shared = build(thread, source="copies")
    entries = shared.passages
    assert len(entries) >= 5
    pairs = [(a, b) for i, a in enumerate(entries) for b in entries[i + 1 :]]
    assert any(a.rows and a.rows[0] is b.rows[0] for a, b in pairs), "no copy shared its rows"
    assert any(a.rows and b.rows and a.rows[0] is not b.rows[0] and a.text == b.text for a, b in pairs)
    context = builder._Context

    def forgetful(**fields: Any) -> Any:
        return context(**fields, rows=_Forgetful(), flags=_Forgetful(), scores=_Forgetful())

    monkeypatch.setattr(builder, "_Context", forgetful)
    alone = build(thread, source="copies")
    assert not any(a.rows and a.rows[0] is b.rows[0] for i, a in enumerate(alone.passages) for b in alone.passages[i + 1 :])
    assert to_json(alone) == to_json(shared)


def test_the_build_looks_each_comment_up_once_an_entry_and_once_a_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry's author, depth and text come from one look-up of its comment (and one of its
    translation's): the thread's look-up, 3-4 calls an entry before, was a tenth of a big build."""
    from bilingual.pipeline import Settings, run

    result = run(_thread(), Settings(mt=False))
    thread = result.thread
    calls = []
    get = type(thread).get

    def counted(self: Any, comment_id: str) -> Any:
        calls.append(comment_id)
        return get(self, comment_id)

    monkeypatch.setattr(type(thread), "get", counted)
    report = builder.build(result)
    paired = sum(p.translation is not None for p in report.passages)
    assert paired >= 3
    assert len(calls) == len(report.passages) + paired
