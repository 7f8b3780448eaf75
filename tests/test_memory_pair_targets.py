"""Issue 20 (mem36): step 3 of pairing aligns each window of English it pairs once, on an English side prepared for
that alignment alone, not one of :func:`bilingual.align.prepare_target`'s last 256 remembered with their analyses
(about 8 % of step 3's alignments found theirs there on the 100,000-comment thread whose passages seldom repeat, while
256 of them stayed through step 3, pairing's peak). The pairs are the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.align import dp, similarity
from bilingual.pairing import pairs


def test_the_pairs_remember_no_english_side(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    remembered: list[tuple[str, ...]] = []
    prepare = dp.prepare_target

    def spy(segments: tuple[str, ...]) -> similarity.PreparedTarget:
        remembered.append(tuple(segments))
        return prepare(segments)

    monkeypatch.setattr(dp, "prepare_target", spy)
    found = pairs(thread)
    assert sum(p.translation is not None for p in found) >= 5
    assert not remembered, f"{len(remembered)} English sides of the pairs were remembered"


def test_the_pairs_are_those_of_remembered_sides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 17, authors=9)
    found = pairs(thread)
    assert any(p.translation is not None for p in found)
    from bilingual.pairing import find

    monkeypatch.setattr(find, "PreparedTarget", lambda segments: similarity.prepare_target(segments))
    assert pairs(thread) == found
