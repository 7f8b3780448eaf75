"""Issue 20 (mem35): once every passage is searched, pairing lets go the candidates' English it kept prepared
(:meth:`bilingual.pairing.find._Index.searched`: up to :data:`~bilingual.pairing.find.MAX_PREPARED` blocks with their
English sides' analyses, about 13 MB on the 100,000-comment thread whose passages seldom repeat), so step 3's pairs take
their room; the few blocks a pair reads are prepared again, the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.pairing import find, pairs
from bilingual.segment import passages


def test_the_blocks_go_once_every_passage_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    seen: list[tuple[find._Index, int]] = []
    searched = find._Index.searched

    def spy(self: find._Index) -> None:
        kept = len(self._prepared)
        searched(self)
        seen.append((self, kept))

    monkeypatch.setattr(find._Index, "searched", spy)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    assert seen and seen[0][1] > 0, "no block was prepared before the searches ended"
    assert all(not index._prepared or len(index._prepared) < kept for index, kept in seen)
    assert not seen[0][0]._prepared or len(seen[0][0]._prepared) <= 8  # only the few a pair read again


def test_a_block_prepared_again_is_the_same(tmp_path: Path) -> None:
    thread = reposted_thread(tmp_path, 60, 13, authors=9)
    found = passages(thread)
    index = find._Index(thread, found)
    candidates = [c for k in range(len(found)) for c in find._own_candidates(k, found, find._Related([str(k) for k in range(len(found))]), index)]
    assert candidates
    before = [index.block(c) for c in candidates]
    index.searched()
    assert not index._prepared
    after = [index.block(c) for c in candidates]
    assert [(b.texts, b.lengths, b.sentences, b.target.segments) for b in before] == [(b.texts, b.lengths, b.sentences, b.target.segments) for b in after]


def test_once_searched_only_a_few_blocks_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mem42: step 3's pairs read each block twice in a row and seldom share one: once searched, the index keeps
    :data:`~bilingual.pairing.find.MAX_PREPARED_PAIRED` blocks, not :data:`~bilingual.pairing.find.MAX_PREPARED`
    (961 blocks filled again at pairing's end on the 30,000-comment thread)."""
    assert find.MAX_PREPARED_PAIRED < find.MAX_PREPARED
    monkeypatch.setattr(find, "MAX_PREPARED_PAIRED", 2)  # (this thread's few blocks)
    thread = reposted_thread(tmp_path, 60, 13, authors=9)
    found = passages(thread)
    index = find._Index(thread, found)
    candidates = [c for k in range(len(found)) for c in find._own_candidates(k, found, find._Related([str(k) for k in range(len(found))]), index)]
    keys = {c.key for c in candidates}
    assert len(keys) > find.MAX_PREPARED_PAIRED
    before = [index.block(c) for c in candidates]
    assert len(index._prepared) == len(keys)
    index.searched()
    after = [index.block(c) for c in candidates]
    assert 0 < len(index._prepared) <= find.MAX_PREPARED_PAIRED
    assert [(b.texts, b.lengths, b.sentences) for b in before] == [(b.texts, b.lengths, b.sentences) for b in after]
