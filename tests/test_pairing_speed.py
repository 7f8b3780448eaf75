"""Pairing's shortcuts for big threads give what the plain way gives: the replies the author step
leaves out are those the reply step walked, a comment posted again shares the English prepared for
the first, the kept caches stay bounded and keep the newest, and the author step searched in the
workers of step 1 leaves the pairs as one process finds them."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import SEED000

from bilingual import parallel
from bilingual.align import align as plain
from bilingual.pairing import find
from bilingual.segment import passages
from bilingual.threads import Thread, read

REQUEST = "Can someone translate this please?"


def _thread(tmp_path: Path, count: int = 300, seed: int = 3) -> Thread:
    """Seed 000's comments posted again in a random tree: copies of the same English and Arabic,
    requests for a translation and the authors' answers, chains deeper than the replies searched."""
    rng = random.Random(seed)
    texts = [c.text for c in read(SEED000).comments if c.text.strip()]
    rows: list[dict[str, object]] = []
    for k in range(count):
        parent = None if k == 0 or rng.random() < 0.15 else str(k - 1 if rng.random() < 0.5 else rng.randrange(k))
        text = REQUEST if rng.random() < 0.1 else rng.choice(texts)
        rows.append({"id": str(k), "parent": parent, "author": f"u{rng.randrange(9)}", "text": text})
    path = tmp_path / "thread.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return read(path)


def test_the_author_step_leaves_out_exactly_the_replies_walked(tmp_path: Path) -> None:
    thread = _thread(tmp_path)
    index = find._Index(thread, passages(thread))
    deep = 0
    for c in thread.comments:
        walked = {r for r, _, _ in index.replies(c.id, c.author)}
        assert index.reply_ids(c.id) == walked, c.id
        deep += len(walked) > 0
    assert deep > 100


def test_a_comment_posted_again_shares_its_prepared_english(tmp_path: Path) -> None:
    thread = _thread(tmp_path)
    index = find._Index(thread, passages(thread))
    by_text: dict[str, list[str]] = {}
    for c in thread.comments:
        by_text.setdefault(c.text, []).append(c.id)
    shared = 0
    for text, ids in by_text.items():
        pieces = [index.pieces(cid) for cid in ids]
        assert all([p[3] for p in other] == [p[3] for p in pieces[0]] for other in pieces), text[:40]
        assert len({p[3] for other in pieces for p in other}) == len(pieces[0])
        if len(ids) > 1 and pieces[0]:
            segments, _, chars, key = pieces[0][0]
            blocks = {id(index.block(find._Candidate(cid, segments, key, "reply", 0.0, chars))) for cid in ids}
            assert len(blocks) == 1
            shared += 1
    assert shared > 5


def test_kept_caches_stay_bounded_and_keep_the_newest() -> None:
    cache: dict[int, int] = {}
    for k in range(1000):
        find._keep(cache, k, k, 64)
        assert len(cache) <= 64 and cache[k] == k
    assert list(cache) == sorted(cache) and min(cache) > 1000 - 64 - 1


def test_the_texts_bounds_kept_stay_bounded_and_keep_the_newest_passage_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "MAX_BOUND_PARTS", 64)
    index = find._Index(_thread(tmp_path, 20), [])
    sides = [object() for _ in range(40)]
    for k in range(400):
        side, key = sides[k // 10], ("text", (), k)
        index.keep_bound(side, key, float(k))  # type: ignore[arg-type]
        assert index.bound(side, key) == float(k)  # type: ignore[arg-type]
        assert sum(map(len, index.text_bounds.values())) <= 64
    assert index.bound(sides[0], ("text", (), 0)) is None  # type: ignore[arg-type]
    for k in range(100):  # one passage text's bounds alone past the bound
        index.keep_bound(sides[0], ("one", (), k), 1.0)  # type: ignore[arg-type]
        assert sum(map(len, index.text_bounds.values())) <= 64
    index.searched()
    assert not index.text_bounds and not index.cores and not index.introduced


def test_the_index_answers_as_the_thread_does(tmp_path: Path) -> None:
    thread = _thread(tmp_path, 120)
    index = find._Index(thread, passages(thread))
    assert all(index.author.get(c.id) == c.author for c in thread.comments)
    assert index.author.get(None) is None and index.author.get("no such comment") is None
    assert {p: list(ids) for p, ids in index.children.items()} == {
        p: [c.id for c in thread.comments if c.parent == p] for p in {c.parent for c in thread.comments}
    }


@pytest.mark.slow  # 3-6 s under load: two pairings of 160 comments, one of them with workers
@pytest.mark.parametrize("chunk", [2, 16])
def test_the_author_step_searched_in_the_workers_gives_the_pairs_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(parallel, "CHUNK", chunk)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    thread = _thread(tmp_path, 160)
    found = passages(thread)
    one, two = find.find_pairs(thread, found, machine_weight=0.0), find.find_pairs(thread, found, machine_weight=0.0, jobs=2)
    assert one == two
    assert sum(p.translation is not None for p in one) > 5 and any(p.via and p.via.startswith("duplicate-of") for p in one)


def test_each_distinct_passage_and_translation_is_aligned_once_as_the_aligner_aligns_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    thread = _thread(tmp_path, 200)
    found = passages(thread)
    aligned: list[tuple[object, tuple[str, ...]]] = []

    def counted(source: object, english: object) -> object:
        aligned.append((source, tuple(getattr(english, "segments", english))))  # (the English comes prepared, unremembered)
        return plain(source, english)  # type: ignore[arg-type]

    monkeypatch.setattr(find, "align", counted)
    pairs = find.find_pairs(thread, found, machine_weight=0.0)
    paired = [p for p in pairs if p.alignment is not None]
    assert len(set(aligned)) == len(aligned) < len(paired)  # copies shared one alignment
    texts = dict(thread.texts())
    for p in paired:  # and each is the aligner's own alignment of the passage with its window
        assert p.alignment is not None and p.translation is not None
        source = find._sources([p.passage], None, None, None, texts)[0].prepared
        english = [texts[p.translation.comment][a:b] for a, b in p.alignment.target]
        assert list(p.alignment.links) == plain(source, english)


def test_the_lead_in_pre_check_never_skips_a_lead_in() -> None:
    """cues._may_lead says no only where _LEAD_IN cannot match: random English with the lead-ins'
    words, their case variants and the letters that fold to ASCII under IGNORECASE (İ, ſ, K)."""
    from bilingual.pairing import cues

    rng = random.Random(5)
    words = ["It", "means", "SAYS", "ſays", "He", "wrİtes", "\u212aind", "said", "google", "gives", "reads", "this",
             "translates", "to", "TL:", "x=", "(mine)", ":", "Translation", "wrote", "the", "op", "Basically:", "yes", "\n",
             "She said", "he writes", "You", "google gives", "It means", "that translates as"]
    matched = skipped = 0
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 7))) + " The end"
        for start in range(0, len(text), 3):
            end = rng.randrange(start, len(text) + 1)
            found = cues._LEAD_IN.match(text, start, end) is not None
            allowed = cues._may_lead(text, start, end)
            assert allowed or not found, (text, start, end)
            matched += found
            skipped += not allowed
    assert matched > 100 and skipped > 100


def test_a_comments_english_is_the_same_whatever_was_asked_before(tmp_path: Path) -> None:
    """_Index.pieces keeps each comment's blocks by comment and by text: asked in any order, again
    and again, every comment gets the blocks a fresh index makes for it alone."""
    thread = _thread(tmp_path, count=80)
    found = passages(thread)
    alone = {c.id: find._Index(thread, found).pieces(c.id) for c in thread.comments}
    warm = find._Index(thread, found)
    ids = list(alone)
    random.Random(7).shuffle(ids)
    for cid in ids + ids[::-1]:
        assert warm.pieces(cid) == alone[cid], cid
    assert sum(bool(blocks) for blocks in alone.values()) > 40


@pytest.mark.slow
def test_a_best_candidate_not_accepted_is_kept_as_its_score_and_reason(tmp_path: Path) -> None:
    """What workers send back and pairing keeps of an unaccepted best: its score and reason, which
    are all its passage's result names; an accepted candidate stays the same object, its shares of
    the evidence cut to the words its pair names (no dict of floats kept per pair)."""
    thread = _thread(tmp_path, count=80)
    found = passages(thread)
    layers = [find._layers(p) for p in found]
    index = find._Index(thread, found)
    sources = find._sources(found, [s for s, _ in layers], None, [t for _, t in layers], index.texts)
    related = find._Related([p.text for p in found])
    choices = [find._choose(sources[k], find._own_candidates(k, found, related, index), index, 1.0) for k in range(len(found))]
    assert any(a is None and b is not None for a, b in choices) and any(a is not None for a, _ in choices)
    for accepted, best in choices:
        words = find._evidence_words(accepted) if accepted is not None else None
        kept = find._kept((accepted, best))
        if accepted is not None:
            assert accepted.shares is None and accepted.evidence == words == find._evidence_words(accepted)
            assert find._kept(kept) == kept
        if accepted is not None or best is None:
            assert kept[0] is accepted and kept[1] is best
        else:
            assert kept == (None, find._Rejected(best.score, best.reason))
            assert find._unpaired(found[0], kept[1]) == find._unpaired(found[0], best)
