"""Pairing holds less per comment on a thread whose passages seldom repeat (issue 20, mem29): no set of words kept
inside the English made for a comment without passages, and the stems not cached where a cache saved nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import SEED000

from bilingual.align import names, words
from bilingual.pairing import find
from bilingual.segment import passages
from bilingual.threads import Thread, read


def reposted_thread(tmp_path: Path, count: int = 200, seed: int = 5, authors: int = 7) -> Thread:
    """Seed 000's comments posted again in a random tree by ``authors`` writers (copies of the same English and Arabic)."""
    rng = random.Random(seed)
    texts = [c.text for c in read(SEED000).comments if c.text.strip()]
    rows = [
        {"id": str(k), "parent": None if k == 0 or rng.random() < 0.2 else str(rng.randrange(k)), "author": f"u{rng.randrange(authors)}",
         "text": rng.choice(texts)}
        for k in range(count)
    ]
    path = tmp_path / "thread.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return read(path)


def test_a_comment_without_passages_keeps_no_set_of_inserted_words(tmp_path: Path) -> None:
    thread = reposted_thread(tmp_path, 60)
    found = passages(thread)
    index = find._Index(thread, found)
    with_passages = {p.location.comment for p in found}
    for c in thread.comments:
        got = index.inserted(c.id)
        assert got == frozenset(p.location.start for p in found if p.location.comment == c.id
                                and find._inserted(c.text, p.location.start, p.location.end))
        if c.id not in with_passages or not got:
            assert got is find._NONE_INSERTED
    assert set(index._inserted) <= with_passages


@pytest.mark.parametrize("word", ["cities", "dogs", "glass", "is", "ies", "studies", "Xs", ""])
def test_the_stems_uncached_are_the_same(word: str) -> None:
    if len(word) > 4 and word.endswith("ies"):
        expected = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        expected = word[:-1]
    else:
        expected = word
    assert words.english_stem(word) == expected
    assert not hasattr(words.english_stem, "cache_info") and not hasattr(names._stems, "cache_info")
    for arabic in ("والكتاب", "بالبيت", "ولد", "ال"):
        assert names._stems(arabic) == tuple(arabic[len(p) :] for p in names._PREFIXES if arabic.startswith(p) and len(arabic) - len(p) >= 2)
    assert names._stems("والكتاب") == ("والكتاب", "الكتاب", "كتاب")
