"""Issue 20 (mem36): pairing's step 3 (:func:`bilingual.pairing.find._pairs_of`'s last map) lets go of each passage's
accepted candidate and source once its pairs are made, so the pairs take their room: on the 100,000-comment thread
whose passages seldom repeat, the pairs made beside the whole search state set pairing's peak. Which passages lose their
English to another (:func:`~bilingual.pairing.find._contested`) is settled before; the pairs are the same, with workers too."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual import parallel
from bilingual.pairing import find, pairs
from bilingual.pairing.find import find_pairs
from bilingual.segment import passages


def test_no_accepted_candidate_is_left_once_the_last_pair_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    alive: list[int] = []
    made = find._pairs_of

    def spy(work: find._Work, i: int) -> list[tuple[int, find._PairRest]]:
        out = made(work, i)
        if i == len(work.shared) - 1:
            gc.collect()
            alive.append(sum(1 for o in gc.get_objects() if type(o) is find._Scored))
            alive.append(sum(1 for s in work.sources if s.spans))
        return out

    monkeypatch.setattr(find, "_pairs_of", spy)
    found = pairs(thread)
    paired = sum(p.translation is not None for p in found)
    assert paired >= 5
    assert alive, "step 3 made no pairs"
    assert alive[-2] == 0, f"{alive[-2]} accepted candidates alive after the last pair"
    assert alive[-1] <= len(found) - paired, f"{alive[-1]} sources kept for {len(found) - paired} passages unpaired"


@pytest.mark.parametrize("seed", [13, 29])
def test_the_pairs_are_the_same_with_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    thread = reposted_thread(tmp_path, 150, seed, authors=6)
    found = passages(thread)
    one = find_pairs(thread, found, jobs=1)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    assert find_pairs(thread, found, jobs=2) == one
    assert any(p.translation is not None for p in one)
