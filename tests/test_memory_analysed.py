"""Issue 20 (mem35): pairing keeps the analyses (anchors, word sums) of only the last few Arabic sides it scored
(:data:`bilingual.align.similarity.MAX_ANALYSED_SOURCES`, 512 -> 32): it scores one passage against all its candidates,
then the next, so older analyses served next to nothing, while 512 of them held about 15 MB through pairing on the
100,000-comment thread whose passages seldom repeat. A side whose analyses went is analysed again: the same pairs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.align import align
from bilingual.align import similarity
from bilingual.align.similarity import PreparedSource, prepare_target
from bilingual.pairing import pairs


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


@pytest.mark.parametrize("bound", [1, 4096])
def test_the_pairs_do_not_depend_on_how_many_sides_keep_their_analyses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bound: int) -> None:
    thread = reposted_thread(tmp_path, 120, 11, authors=9)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    monkeypatch.setattr(similarity, "MAX_ANALYSED_SOURCES", bound)
    assert pairs(thread) == found
