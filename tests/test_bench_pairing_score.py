"""bench/bench_pairing.py's scorer: a negative thread's false pair is a pair of one of its passages, not of another
passage the thread holds (round 32's 'other passage translated': the reply under A translates B's Arabic)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import bench_pairing  # noqa: E402

from bilingual.pairing import pairs  # noqa: E402
from test_pairing import make_thread  # noqa: E402

A = "يقع هذا المكان في قلب المدينة القديمة، ويزوره آلاف السياح كل عام."
B = "ذهبت إلى السوق صباحا واشتريت الخبز والحليب."
ENGLISH_B = "I went to the market in the morning and bought bread and milk."


def _record(rows: list[tuple[str, str | None, str, str]]) -> dict[str, object]:
    return {"kind": "neg", "items": [{"arabic": ["1", 0, len(rows[0][3])], "expected": None, "continued": []}],
            "comments": [list(r) for r in rows]}


def test_a_pair_of_another_passage_is_no_false_pair_of_the_negatives() -> None:
    rows = [("1", None, "A", A), ("2", None, "B", B), ("3", "2", "C", "Translation: " + ENGLISH_B)]
    found = pairs(make_thread(rows))
    assert any(p.translation is not None and p.passage.location.comment == "2" for p in found)
    assert bench_pairing.score_thread(_record(rows), found) == {"false": False}
    assert bench_pairing.failure(_record(rows), found) is None


def test_a_pair_of_the_negatives_own_passage_is_false() -> None:
    rows = [("1", None, "A", B), ("2", "1", "C", "Translation: " + ENGLISH_B)]
    found = pairs(make_thread(rows))
    assert bench_pairing.score_thread(_record(rows), found) == {"false": True}
    assert bench_pairing.failure(_record(rows), found)[0] == "false pair"  # type: ignore[index]
