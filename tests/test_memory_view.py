"""The page's thread view is made at the page's peak (issue 20 item 2): besides its one index of the
comments by id, what it keeps and makes per comment is in lists by ordinal, not in dicts or sets by id
(at 100,000 comments: 18.3 -> 12.1 MB kept, 28.9 -> 17.3 MB at its height, tracemalloc)."""

from __future__ import annotations

import json
import tracemalloc

from bilingual.report import builder
from bilingual.report.builder import Mark, ViewLimits, linked_anchors
from bilingual.threads import read_string
from bilingual.threads.model import Thread

COMMENTS = 2000


def _thread() -> Thread:
    """Threads of five comments, each a reply to the one before (cards nested, folds for the quiet ones)."""
    rows = [{"id": str(k), "parent": None if k % 5 == 0 else str(k - 1), "author": f"u{k % 7}", "text": f"comment {k}"}
            for k in range(COMMENTS)]
    return read_string("".join(json.dumps(row) + "\n" for row in rows), name="view.jsonl")


def _marks() -> dict[str | None, list[Mark]]:
    return {str(k): [Mark(0, 7, builder.ARABIC_ROLE, n)] for n, k in enumerate(range(3, COMMENTS, 400), 1)}


def test_the_view_keeps_one_index_by_id() -> None:
    view = builder._ThreadView(_thread(), _marks(), ViewLimits(quiet_after=10))
    by_id = {name for name, value in vars(view).items() if isinstance(value, (dict, set)) and len(value) >= COMMENTS // 4}
    assert by_id == {"ordinals"}
    events = view.events(view.kids_at[0] or [], 50, view.quiet)
    assert events and any(kind == "fold" for kind, _ in events)


def test_linked_anchors_index_only_the_comments_marked() -> None:
    thread, marks = _thread(), _marks()
    tracemalloc.start()
    try:
        linked = linked_anchors(thread, marks)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert linked == {f"c-{int(cid) + 1}" for cid in marks if cid is not None}
    assert peak < 16 * COMMENTS  # an index of every comment by id took about 60 bytes a comment
