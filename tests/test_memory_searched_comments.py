"""Issue 20 (mem42): once every passage is searched (:meth:`bilingual.pairing.find._Index.searched`), pairing lets go
the per-comment memos the searches filled: the blocks of English of comments without passages, how each comment was
cut, and what was judged of each (9 MiB at pairing's end on the 30,000-comment thread whose passages seldom repeat),
so step 3's pairs take their room; the few a pair reads again are made again, the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.pairing import find, pairs
from bilingual.segment import passages


def test_the_comments_memos_go_once_every_passage_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thread = reposted_thread(tmp_path, 120, 13, authors=9)
    seen: list[tuple[int, int, set[str | None]]] = []
    searched = find._Index.searched

    def spy(self: find._Index) -> None:
        before = len(self._pieces)
        searched(self)
        seen.append((before, len(self._pieces), set(self._pieces) - set(self.passages_in)))
        assert not (self._plain_pieces or self._bounds or self._stretched or self._requests or self._disputed)
        assert not (self._judged or self._headings or self._interleaved or self._introducing)

    monkeypatch.setattr(find._Index, "searched", spy)
    assert any(p.translation is not None for p in pairs(thread))
    before, after, others = seen[0]
    assert after < before, "no comment without passages was cut before the searches ended"
    assert not others  # only the passages' comments' blocks are kept


def test_the_blocks_cut_again_are_the_same(tmp_path: Path) -> None:
    thread = reposted_thread(tmp_path, 60, 13, authors=9)
    found = passages(thread)
    index = find._Index(thread, found)
    ids = [c.id for c in thread.comments]
    before = [(index.pieces(c), index.block_bounds(c), index.is_request(c), index.disputed(c), index.interleaved(c)) for c in ids]
    index.searched()
    assert all(c in index.passages_in for c in index._pieces)
    after = [(index.pieces(c), index.block_bounds(c), index.is_request(c), index.disputed(c), index.interleaved(c)) for c in ids]
    assert after == before


def test_the_thread_wide_lookups_go_once_searched_and_come_back_the_same(tmp_path: Path) -> None:
    """mem42: the words each comment mentions, who names whom, the comments in reading order: read by the searches
    only, let go once searched (:meth:`~bilingual.pairing.find._Index.searched`), made again the same if asked."""
    thread = reposted_thread(tmp_path, 60, 13, authors=9)
    found = passages(thread)
    index = find._Index(thread, found)
    ids = [c.id for c in thread.comments]
    before = ([index.mentioned(w, set()) for w in ("sami", "2019", "cairo")], [index.after(c, 3) for c in ids],
              [index.addressing(a) for a in ("u1", "u2")], [index.pinned_naming(a) for a in ("u1", "u2")])
    assert index._mentions is not None and index._ids is not None and index._addressing is not None
    index.searched()
    assert index._mentions is None and index._ids is None and index._addressing is None and index._pinned is None
    assert index._writers is None
    after = ([index.mentioned(w, set()) for w in ("sami", "2019", "cairo")], [index.after(c, 3) for c in ids],
             [index.addressing(a) for a in ("u1", "u2")], [index.pinned_naming(a) for a in ("u1", "u2")])
    assert after == before
