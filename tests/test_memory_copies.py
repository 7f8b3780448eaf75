"""A thread repeats its Arabic and its translations (issue 20 item 2): copies of a passage, their
segments' texts as pairing aligns them, and the parts of equal pairs are held once, not once a copy
(the 100,000-comment bench thread has 113 distinct passage texts in 15,947 passages, and 103 distinct
translations in 13,177 pairs: 14 MB of copies at pairing's peak)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bilingual.pairing
from bilingual.pipeline import Result, Settings, run
from bilingual.threads import read_string

ARABIC = "يقع هذا المكان في قلب المدينة القديمة، ويزوره آلاف السياح كل عام."
ENGLISH = "This place lies in the heart of the old city, and thousands of tourists visit it every year."
COPIES = 4


@pytest.fixture(scope="module", autouse=True)
def _no_model(no_model_home: Path) -> Path:
    return no_model_home


def _thread_text() -> str:
    """``COPIES`` comments posting the same Arabic after a word of their own, each answered by the same translation."""
    rows: list[dict[str, Any]] = []
    for k in range(COPIES):
        rows.append({"id": f"a{k}", "parent": None, "author": f"U{k}", "text": f"Look {k}: {ARABIC}"})
        rows.append({"id": f"b{k}", "parent": f"a{k}", "author": f"V{k}", "text": ENGLISH})
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _result() -> Result:
    return run(read_string(_thread_text(), name="copies.jsonl"), Settings(mt=False))


def _objects(values: list[Any]) -> int:
    """How many distinct objects ``values`` holds (not distinct values)."""
    return len({id(v) for v in values})


def test_copies_of_a_passage_share_its_text() -> None:
    passages = [p.passage for p in _result().passages]
    assert len(passages) == COPIES and len({p.location.comment for p in passages}) == COPIES
    assert _objects([p.text for p in passages]) == 1


def test_pairing_is_given_each_distinct_segment_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[list[str]] = []
    find_pairs = bilingual.pairing.find_pairs

    def spy(*args: Any, **kwargs: Any) -> Any:
        given.extend(kwargs["texts"])
        return find_pairs(*args, **kwargs)

    monkeypatch.setattr(bilingual.pairing, "find_pairs", spy)
    _result()
    assert len(given) == COPIES
    assert all(texts == given[0] for texts in given)
    assert _objects([t for texts in given for t in texts]) == len(given[0])


def test_equal_pairs_share_their_parts() -> None:
    pairs = [p.pair for p in _result().passages]
    assert all(pair is not None and pair.translation_text == ENGLISH for pair in pairs)
    assert len({pair.translation.comment for pair in pairs if pair is not None and pair.translation is not None}) == COPIES
    for part in ("translation_text", "alignment", "covered", "evidence"):
        values = [getattr(pair, part) for pair in pairs]
        assert all(v == values[0] for v in values)
        assert _objects(values) == 1, part
