"""Issue 20 (mem37): the English sides keep their analyses (each segment's words, anchors and word sums, about 12 kB
a block of English) for only the last :data:`bilingual.align.similarity.MAX_ANALYSED_TARGETS` analysed, as the Arabic
sides do (:data:`~bilingual.align.similarity.MAX_ANALYSED_SOURCES`). Pairing keeps up to 1,024 blocks of English
prepared (:data:`bilingual.pairing.find.MAX_PREPARED`), and their analyses were alive at its peak, the end of its
searches: 11 MB on the 20,000-comment distinct-sentence thread. A side whose analyses went is analysed again: the
same pairs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.align import align, similarity
from bilingual.align.similarity import PreparedTarget, prepare_source
from bilingual.pairing import pairs


def test_few_english_sides_keep_their_analyses() -> None:
    source = prepare_source(["الله يحمي مصر والسودان", "كم عمرك يا سامي"])
    rng = random.Random(7)
    words = ["God", "protect", "Egypt", "Sudan", "how", "old", "are", "you", "Sami", "house", "school", "yesterday"]
    bound = similarity.MAX_ANALYSED_TARGETS
    targets = [PreparedTarget(tuple(" ".join(rng.choice(words) for _ in range(6)) for _ in range(2))) for _ in range(bound + 100)]
    for target in targets:
        align(source, target)
    kept = [t for t in targets if t._features]
    assert len(kept) <= bound, f"{len(kept)} English sides of {len(targets)} keep their analyses"
    assert kept == targets[-len(kept) :]


def test_an_english_side_analysed_again_aligns_the_same() -> None:
    source = prepare_source(["الله يحمي مصر والسودان", "كم عمرك يا سامي"])
    target = PreparedTarget(("God protect Egypt and Sudan.", "How old are you, Sami?"))
    first = align(source, target)
    target._features.clear()
    assert align(source, target) == first


@pytest.mark.parametrize("bound", [1, 4096])
def test_the_pairs_do_not_depend_on_how_many_english_sides_keep_their_analyses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                                bound: int) -> None:
    thread = reposted_thread(tmp_path, 120, 11, authors=9)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    monkeypatch.setattr(similarity, "MAX_ANALYSED_TARGETS", bound)
    assert pairs(thread) == found
