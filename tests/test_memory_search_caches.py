"""Issue 20 (mem36): once every passage is searched (:meth:`bilingual.pairing.find._Index.searched`), pairing lets go
the caches only the searches read (the evidence's words, senses and shared anchors, the cues' verdicts, the names of
both sides: about 10 MB at 20,000 comments), so step 3's pairs take their room; before, they stayed until the report's
page was built. A thread paired after makes them again: the same pairs."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.pairing import cues, evidence, find, pairs

SEARCH_ONLY = [
    evidence.shared_anchors, evidence.english_words, evidence.base_form, evidence._in_order, evidence.arabic_senses,
    evidence.stripped_senses, evidence.loose_senses, evidence._stem_senses, evidence._loose_stem, cues.verdicts,
    find._english_names, find._arabic_names,
]


def test_the_search_caches_go_once_every_passage_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    sizes: list[tuple[int, int]] = []
    searched = find._Index.searched

    def spy(self: find._Index) -> None:
        before = sum(c.cache_info().currsize for c in SEARCH_ONLY)
        searched(self)
        sizes.append((before, sum(c.cache_info().currsize for c in SEARCH_ONLY)))

    monkeypatch.setattr(find._Index, "searched", spy)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    assert sizes and sizes[0][0] > 0, "the searches filled none of the caches"
    assert sizes[0][1] == 0, f"{sizes[0][1]} entries kept after the searches"


def test_the_pairs_after_the_caches_went_are_the_same(tmp_path: Path) -> None:
    thread = reposted_thread(tmp_path, 120, 19, authors=9)
    first = pairs(thread)  # the caches go at its searches' end: the next pairing makes them again
    assert any(p.translation is not None for p in first)
    from bilingual.pairing import forget_texts

    forget_texts()
    assert pairs(thread) == first
