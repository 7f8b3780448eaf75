"""What a run makes is freed when nothing refers to it any more, not left for a full collection
(issue 20 item 2): the commands run with few collections (:mod:`bilingual.collector`), so on a
100,000-comment thread a cycle through pairing's index kept its 30 MB of prepared blocks alive
through the report's build and page stages."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bilingual.pipeline import Settings
from bilingual.report import build, render_html
from bilingual.threads import read_string
from bilingual.threads.model import Thread

ARABIC = "يقع هذا المكان في قلب المدينة القديمة. ويزوره آلاف السياح كل عام."
FIRST, REST = "This place lies in the heart of the old city. (cont.)", "Thousands of tourists visit it every year."


@pytest.fixture(scope="module", autouse=True)
def _no_model(no_model_home: Path) -> Path:
    return no_model_home


def _thread() -> Thread:
    """A passage translated in two parts: pairing walks the thread for the other part (its split-translation tree)."""
    rows = [("1", None, "A", ARABIC), ("2", "1", "B", "what does it mean?"), ("3", "2", "A", FIRST), ("4", "3", "A", REST)]
    text = "".join(json.dumps({"id": i, "parent": p, "author": a, "text": t}, ensure_ascii=False) + "\n" for i, p, a, t in rows)
    return read_string(text, name="split.jsonl")


def _cyclic_garbage(action: Callable[[], None]) -> list[str]:
    """The package's types among what only a full collection frees of what ``action`` made, run a second time
    with the collector off (the first run imports modules, whose classes are cycles, and loads tables)."""
    action()
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        action()
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        # The package's own objects only: whatever else runs in the process meanwhile (pytest-xdist's message thread,
        # an earlier test's leftovers) can leave cycles in the same collection. The whole garbage failed 1 fresh-clone
        # run of 4 (2026-12-06 00:00; its types unrecorded, the test passing alone and in the same clone's reruns).
        return sorted({name for o in gc.garbage if (name := f"{type(o).__module__}.{type(o).__qualname__}").startswith("bilingual.")})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()


def _page() -> None:
    report = build(_thread(), settings=Settings(mt=False))
    translation = report.passages[0].translation
    assert translation is not None and translation.continued  # pairing walked the split-translation tree
    assert "(cont.)" in render_html(report)


def test_a_report_and_its_page_leave_no_cycles() -> None:
    assert _cyclic_garbage(_page) == []
