"""Issue 20 (mem35): pairing keeps the analyses (anchors, word sums) of only the last few Arabic sides it scored
(:data:`bilingual.align.similarity.MAX_ANALYSED_SOURCES`, 512 -> 32): it scores one passage against all its candidates,
then the next, so older analyses served next to nothing, while 512 of them held about 15 MB through pairing on the
100,000-comment thread whose passages seldom repeat. A side whose analyses went is analysed again: the same pairs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import SEED000

from bilingual.align import align
from bilingual.align import similarity
from bilingual.align.similarity import PreparedSource, prepare_target
from bilingual.pairing import pairs
from bilingual.threads import read


def test_few_arabic_sides_keep_their_analyses() -> None:
    target = prepare_target(["God protect Egypt and Sudan.", "How old are you, Sami?"])
    rng = random.Random(7)
    words = ["سامي", "مصر", "السودان", "الله", "يحمي", "كم", "عمرك", "البيت", "المدرسة", "امبارح"]
    sources = [PreparedSource(tuple(" ".join(rng.choice(words) for _ in range(6)) for _ in range(2)), None) for _ in range(100)]
    for source in sources:
        align(source, target)
    kept = [s for s in sources if s._features]
    assert len(kept) <= 32, f"{len(kept)} Arabic sides keep their analyses"
    assert kept == sources[-len(kept) :]


def _thread(tmp_path: Path, count: int = 120, seed: int = 11):
    rng = random.Random(seed)
    texts = [c.text for c in read(SEED000).comments if c.text.strip()]
    rows = [
        {"id": str(k), "parent": None if k == 0 or rng.random() < 0.2 else str(rng.randrange(k)), "author": f"u{rng.randrange(9)}",
         "text": rng.choice(texts)}
        for k in range(count)
    ]
    path = tmp_path / "thread.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return read(path)


@pytest.mark.parametrize("bound", [1, 4096])
def test_the_pairs_do_not_depend_on_how_many_sides_keep_their_analyses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bound: int) -> None:
    thread = _thread(tmp_path)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    monkeypatch.setattr(similarity, "MAX_ANALYSED_SOURCES", bound)
    assert pairs(thread) == found
