"""Issue 20 (mem36): once every passage is searched (:meth:`bilingual.pairing.find._Index.searched`), pairing lets go
the caches only the searches read (the evidence's words, senses and shared anchors, the cues' verdicts, the names of
both sides: about 10 MB at 20,000 comments), so step 3's pairs take their room; before, they stayed until the report's
page was built. A thread paired after makes them again: the same pairs. A small thread keeps them for the next one
(a corpus of small threads reads the same words again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.pairing import cues, evidence, find, pairs

SEARCH_ONLY = [
    evidence.shared_anchors, evidence.english_words, evidence.base_form, evidence._in_order, evidence.arabic_senses,
    evidence.stripped_senses, evidence.loose_senses, evidence._stem_senses, evidence._loose_stem, evidence._verb_sibling, cues.verdicts,
    find._english_names, find._arabic_names,
]


def _sizes_at_searched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The search caches' entries before and after each :meth:`~bilingual.pairing.find._Index.searched`, as it runs."""
    sizes: list[tuple[int, int]] = []
    searched = find._Index.searched

    def spy(self: find._Index) -> None:
        before = sum(c.cache_info().currsize for c in SEARCH_ONLY)
        searched(self)
        sizes.append((before, sum(c.cache_info().currsize for c in SEARCH_ONLY)))

    monkeypatch.setattr(find._Index, "searched", spy)
    return sizes


def test_the_search_caches_go_once_every_passage_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    monkeypatch.setattr(find, "FORGET_SEARCHES_FROM", len(thread.comments))
    sizes = _sizes_at_searched(monkeypatch)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    assert sizes and sizes[0][0] > 0, "the searches filled none of the caches"
    assert sizes[0][1] == 0, f"{sizes[0][1]} entries kept after the searches"


def test_a_small_thread_keeps_the_search_caches_for_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    monkeypatch.setattr(find, "FORGET_SEARCHES_FROM", len(thread.comments) + 1)
    sizes = _sizes_at_searched(monkeypatch)
    pairs(thread)
    assert sizes and sizes[0][0] > 0 and sizes[0][1] == sizes[0][0]


def test_the_pairs_after_the_caches_went_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 19, authors=9)
    monkeypatch.setattr(find, "FORGET_SEARCHES_FROM", len(thread.comments))
    first = pairs(thread)  # the caches go at its searches' end: the next pairing makes them again
    assert any(p.translation is not None for p in first)
    from bilingual.pairing import forget_texts

    forget_texts()
    assert pairs(thread) == first
