"""Blocks of English with the same texts share one English side of the aligner (issue 20 item 2: at most 10x the input).
Pairing keeps 1,024 blocks prepared; a comment posted again, or cut as another block's key names it, made its own
:class:`~bilingual.align.similarity.PreparedTarget` and the aligner worked its analyses out again and kept them twice
(the first 10,000 lines of the bench thread: 459 English sides made for 210 distinct texts)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from test_memory_pairing import reposted_thread

from bilingual.pairing import find
from bilingual.segment import passages
from bilingual.threads import Thread, read


def _blocks(thread: Thread) -> tuple[find._Index, list[find._Block]]:
    found = passages(thread)
    index = find._Index(thread, found)
    sources = find._sources(found, None, None, None, index.texts)
    related = find._Related(find._copy_keys(found, sources, index.romanizing))
    blocks = [index.block(c) for k in range(len(found)) for c in find._own_candidates(k, found, related, index)]
    return index, blocks


def _written(tmp_path: Path, texts: list[str]) -> Thread:
    path = tmp_path / "written.jsonl"
    rows = [{"id": str(k), "parent": None, "author": f"u{k}", "text": t} for k, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return read(path)


def test_blocks_of_the_same_english_share_one_side(tmp_path: Path) -> None:
    english = "As long as we live, we have to work."
    thread = _written(tmp_path, [f"طالما أننا نعيش، علينا أن نعمل\n{english}", f"علينا أن نعمل طالما أننا نعيش\n{english}",
                                 f"أنا لا أريد أن تتأخر على الصف\n{english}"])
    index, blocks = _blocks(thread)
    same = [b for b in blocks if b.texts == [english]]
    assert len({id(b) for b in same}) == 3  # three blocks (three keys: other comments' texts)
    assert len({id(b.target) for b in same}) == 1  # one English side


def test_blocks_share_sides_only_with_the_same_texts(tmp_path: Path) -> None:
    index, blocks = _blocks(reposted_thread(tmp_path, 120, 3))
    by_texts: dict[tuple[str, ...], set[int]] = {}
    for b in blocks:
        assert b.target.segments == tuple(b.texts)
        by_texts.setdefault(tuple(b.texts), set()).add(id(b.target))
    assert all(len(ids) == 1 for ids in by_texts.values())


def test_a_side_lives_as_long_as_a_block_kept_holds_it(tmp_path: Path) -> None:
    index, blocks = _blocks(reposted_thread(tmp_path, 60, 3))
    assert len(index._targets) > 0
    del blocks
    index._prepared.clear()
    gc.collect()
    assert len(index._targets) == 0
