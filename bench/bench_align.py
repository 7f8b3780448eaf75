"""Alignment accuracy and speed on documents built from real sentence pairs.

Documents are runs of consecutive Arabic/English sentence pairs from ``../shared/data/mt``
(tatoeba-ara-eng, tico19). With a seeded RNG some neighbouring sentences are merged on one side
(gold 2-1 / 1-2 links) and some are dropped from one side (gold 1-0 / 0-1 links). Each corpus is cut
in two halves: ``dev`` (first half; the defaults were tuned on it) and ``test`` (second half, held
out). Prints strict link F1 (a link counts only when its source and target index sets are both
exact) of ``bilingual.align`` without MT and of the Gale-Church baseline on the same documents,
and the speed of both: the two aligners run in one process, interleaved (each of ``--repeat``
rounds, at least 5, aligns every document with both, the first aligner alternating), after one
untimed pass that fills the word caches; printed are each side's median CPU and wall time per
document and links per CPU second, and the per-round ratio Gale-Church time / ours (median and
min-max, CPU and wall), with the settings of both sides and the load average. ``--many K`` times
instead what pairing does: each document's Arabic side aligned with K English candidates (its own
translation and K-1 other documents'), two ways interleaved the same way.

    python bench/bench_align.py            # both slices
    python bench/bench_align.py --slice test --repeat 7
    python bench/bench_align.py --many 8   # one Arabic side, 8 English candidates
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any, Callable, Sequence

from _timing import MIN_REPEAT, environment, interleaved, spread, timed
from _timing import load as load_average

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "mt"
CORPORA = {
    "tatoeba": ("tatoeba-ara-eng/tatoeba-test-v2021-08-07.ara", "tatoeba-ara-eng/tatoeba-test-v2021-08-07.eng"),
    "tico19": ("tico19/tico19-test.ar", "tico19/tico19-test.en"),
}

Gold = set[tuple[tuple[int, ...], tuple[int, ...]]]
Docs = list[tuple[list[str], list[str], Gold]]
#: An aligner under test: the two sides' segments -> its links (``.src``, ``.tgt`` index tuples, ``.kind``).
Aligner = Callable[[list[str], list[str]], Any]


def load(name: str) -> list[tuple[str, str]]:
    """The sentence pairs of a corpus, in file order."""
    ar_path, en_path = (DATA / p for p in CORPORA[name])
    ar = ar_path.read_text(encoding="utf-8").splitlines()
    en = en_path.read_text(encoding="utf-8").splitlines()
    assert len(ar) == len(en), name
    return [(a.strip(), e.strip()) for a, e in zip(ar, en) if a.strip() and e.strip()]


def make_document(pairs: Sequence[tuple[str, str]], rng: random.Random, p_merge: float, p_drop: float) -> tuple[list[str], list[str], Gold]:
    """Source and target segments from consecutive pairs, with merges and drops, and the gold links."""
    src: list[str] = []
    tgt: list[str] = []
    gold: Gold = set()
    k = 0
    while k < len(pairs):
        r = rng.random()
        i, j = len(src), len(tgt)
        if r < p_merge and k + 1 < len(pairs):  # two source sentences, one target segment: 2-1
            (a1, e1), (a2, e2) = pairs[k], pairs[k + 1]
            src += [a1, a2]
            tgt.append(f"{e1} {e2}")
            gold.add(((i, i + 1), (j,)))
            k += 2
        elif r < 2 * p_merge and k + 1 < len(pairs):  # 1-2
            (a1, e1), (a2, e2) = pairs[k], pairs[k + 1]
            src.append(f"{a1} {a2}")
            tgt += [e1, e2]
            gold.add(((i,), (j, j + 1)))
            k += 2
        elif r < 2 * p_merge + p_drop:  # the translation is missing: 1-0
            src.append(pairs[k][0])
            gold.add(((i,), ()))
            k += 1
        elif r < 2 * p_merge + 2 * p_drop:  # a target sentence with no source: 0-1
            tgt.append(pairs[k][1])
            gold.add(((), (j,)))
            k += 1
        else:
            src.append(pairs[k][0])
            tgt.append(pairs[k][1])
            gold.add(((i,), (j,)))
            k += 1
    return src, tgt, gold


def make_documents(pairs: Sequence[tuple[str, str]], seed: int, p_merge: float, p_drop: float) -> list[tuple[list[str], list[str], Gold]]:
    """Cut ``pairs`` into documents of 5 to 30 consecutive pairs."""
    rng = random.Random(seed)
    docs = []
    k = 0
    while k < len(pairs):
        size = rng.randint(5, 30)
        src, tgt, gold = make_document(pairs[k : k + size], rng, p_merge, p_drop)
        if src and tgt:
            docs.append((src, tgt, gold))
        k += size
    return docs


def evaluate(docs: Docs, aligner: Aligner) -> dict[str, float]:
    """Strict link precision/recall/F1 (micro over all links), per-kind recall, links and segments."""
    tp = n_pred = n_gold = 0
    kinds_gold: Counter[str] = Counter()
    kinds_hit: Counter[str] = Counter()
    n_links = n_segments = 0
    for src, tgt, gold in docs:
        links = aligner(src, tgt)
        pred = {(link.src, link.tgt) for link in links}
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
        n_links += len(links)
        n_segments += len(src) + len(tgt)
        for s, t in gold:
            kind = f"{len(s)}-{len(t)}"
            kinds_gold[kind] += 1
            kinds_hit[kind] += (s, t) in pred
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    out = {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "links": n_links, "segments": n_segments}
    out.update({f"R[{k}]": kinds_hit[k] / kinds_gold[k] for k in sorted(kinds_gold)})
    return out


def forget_sides() -> None:
    """Empty the aligner's memory of the last 256 sides prepared (its word caches stay warm)."""
    from bilingual.align import similarity

    similarity._source.cache_clear()
    similarity._target.cache_clear()


def settings(args: argparse.Namespace) -> None:
    """Print what both sides run with, and where."""
    print(f"{environment('bilingual')}; {args.repeat} interleaved rounds (no external library on either side)")
    print("  ours: bilingual.align.align(source, target), defaults, no machine translation (length, anchors, "
          "common words); its memory of the last 256 sides emptied before every timed round, word caches warm")
    print("  peer: bilingual.align.gale_church(source, target): Gale & Church (1993), lengths only, s2 = 6.8, "
          "c = the document's character ratio, the published link priors, band 30 (the same dynamic program)")
def word_weights() -> int:
    """Print, for each concept of bilingual/align/words.py, the log-likelihood ratios (add-one
    smoothed) of finding it on both sides, on the Arabic only and on the English only, in real
    translation pairs (ArzEn-ST train: the all-Arabic rewrites and their English) against the
    same pairs with the English shuffled: the table ``_MEASURED`` of that module."""
    import math
    import random

    import regex

    from bilingual.align.words import CONCEPTS, arabic_concepts, english_concepts

    base = DATA.parent / "codeswitch" / "arzen-st"

    def tsv(name: str) -> dict[str, str]:
        rows = (line.rstrip("\n").partition("\t") for line in (base / name).open(encoding="utf-8"))
        return {k: regex.sub(r"\[[^\]]*\]", "", v).strip() for k, _, v in rows}

    arabic, english = tsv("train.arz.tsv"), tsv("train.en.tsv")
    pairs = [(arabic[k], english[k]) for k in arabic if english.get(k) and len(arabic[k]) >= 12]
    shuffled = [e for _, e in pairs]
    random.Random(1).shuffle(shuffled)
    ar = [arabic_concepts(a) for a, _ in pairs]
    en = [english_concepts(e, loose=True) for _, e in pairs]
    other = [english_concepts(e, loose=True) for e in shuffled]
    print(f"# {len(pairs)} pairs of ArzEn-ST train: concept: (both, Arabic only, English only)")
    for concept in CONCEPTS:
        def cells(eng: list[frozenset[str]]) -> tuple[int, int, int]:
            both = sum(1 for a, e in zip(ar, eng) if concept in a and concept in e)
            left = sum(1 for a, e in zip(ar, eng) if concept in a and concept not in e)
            right = sum(1 for a, e in zip(ar, eng) if concept not in a and concept in e)
            return both, left, right

        real, rand = cells(en), cells(other)
        llr = tuple(round(math.log((x + 1) / (y + 1)), 2) for x, y in zip(real, rand))
        print(f'    "{concept}": {llr},  # {real} / {rand}')
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slice", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--merge", type=float, default=0.05, help="probability of a 2-1 merge, and of a 1-2 merge")
    parser.add_argument("--drop", type=float, default=0.03, help="probability of a 1-0 drop, and of a 0-1 drop")
    parser.add_argument("--many", type=int, default=0, metavar="K", help="time one Arabic side against K English candidates")
    parser.add_argument("--repeat", "--runs", type=int, default=MIN_REPEAT, dest="repeat",
                        help=f"interleaved timed rounds, at least {MIN_REPEAT} (median and spread)")
    parser.add_argument("--word-weights", action="store_true",
                        help="measure the common-word anchors' log-likelihood ratios (bilingual/align/words.py) on ArzEn-ST train")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is not present")
        return 0
    sys.path.insert(0, str(ROOT))
    from bilingual.align import align, gale_church

    if args.word_weights:
        return word_weights()

    if args.repeat < MIN_REPEAT:
        parser.error(f"--repeat must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    settings(args)
    if args.many:
        return many(args)
    slices = ("dev", "test") if args.slice == "both" else (args.slice,)
    print(f"documents: merge p={args.merge} each side, drop p={args.drop} each side, seed {args.seed}")
    corpora = {name: load(name) for name in CORPORA}
    for part in slices:
        pooled = []
        for corpus, pairs in corpora.items():
            half = len(pairs) // 2
            docs = make_documents(pairs[:half] if part == "dev" else pairs[half:], args.seed, args.merge, args.drop)
            pooled += docs
            report(f"{corpus} {part}", docs, align, gale_church, args.repeat)
        report(f"all corpora {part}", pooled, align, gale_church, args.repeat)
    print(f"load average after: {load_average()}")
    return 0


def report(title: str, docs: Docs, align: Aligner, baseline: Aligner, repeat: int) -> None:
    """Print both aligners' figures on ``docs``: accuracy from one pass each, then speed from
    ``repeat`` interleaved rounds (the accuracy pass fills the word caches)."""
    ours = evaluate(docs, align)
    base = evaluate(docs, baseline)
    def ours_fresh() -> None:
        forget_sides()  # each round prepares every side once, as a new run would
        for src, tgt, _ in docs:
            align(src, tgt)

    times = interleaved({
        "ours": partial(timed, ours_fresh),
        "Gale-Church": partial(timed, lambda: [baseline(src, tgt) for src, tgt, _ in docs]),
    }, repeat)
    n_gold = sum(len(g) for _, _, g in docs)
    print(f"\n{title}: {len(docs)} documents, {n_gold} gold links")
    for name, res, key in (("bilingual.align (no MT)", ours, "ours"), ("Gale-Church", base, "Gale-Church")):
        kinds = " ".join(f"{k}={v:.2f}" for k, v in res.items() if k.startswith("R["))
        cpu = statistics.median(c for c, _ in times[key])
        wall = statistics.median(w for _, w in times[key])
        print(f"  {name:24s} P={res['P']:.3f} R={res['R']:.3f} F1={res['F1']:.3f}  "
              f"{res['links'] / cpu:,.0f} links/s CPU ({res['links'] / wall:,.0f} wall), "
              f"{1e3 * cpu / len(docs):.2f} ms/document CPU ({1e3 * wall / len(docs):.2f} wall)  recall by kind: {kinds}")
    cpu_ratio = [b / o for (o, _), (b, _) in zip(times["ours"], times["Gale-Church"])]
    wall_ratio = [b / o for (_, o), (_, b) in zip(times["ours"], times["Gale-Church"])]
    print(f"  F1 difference: {ours['F1'] - base['F1']:+.3f}; speed, Gale-Church time / ours over {repeat} rounds: "
          f"CPU {spread(cpu_ratio)}, wall {spread(wall_ratio)}")


def many(args: argparse.Namespace) -> int:
    """CPU time of aligning each test-slice document's Arabic side with ``args.many`` English
    candidates, as pairing does, two ways interleaved in each run: every call on freshly prepared
    sides (what the aligner did before sides were prepared separately: both sides recomputed for
    every candidate) and the Arabic prepared once per document. Median and range over
    ``args.repeat`` interleaved rounds, word caches warm."""
    from bilingual.align import PreparedSource, PreparedTarget, align

    docs = []
    for name in CORPORA:
        pairs = load(name)
        docs += make_documents(pairs[len(pairs) // 2 :], args.seed, args.merge, args.drop)[:100]
    calls = [(src, [docs[(d + k) % len(docs)][1] for k in range(args.many)]) for d, (src, _, _) in enumerate(docs)]

    def fresh() -> None:
        for src, targets in calls:
            for tgt in targets:
                align(PreparedSource(tuple(src), None), PreparedTarget(tuple(tgt)))

    def source_once() -> None:
        for src, targets in calls:
            prepared = PreparedSource(tuple(src), None)
            for tgt in targets:
                align(prepared, PreparedTarget(tuple(tgt)))

    ways = {"fresh sides every call (before)": fresh, "Arabic prepared once": source_once}
    source_once()  # fills the word caches; not counted
    times = interleaved({name: partial(timed, way) for name, way in ways.items()}, args.repeat)
    base = times["fresh sides every call (before)"]
    print(f"{len(docs)} Arabic documents x {args.many} English candidates = {len(docs) * args.many} alignments, "
          f"{args.repeat} interleaved rounds, CPU (wall) seconds")
    for name, t in times.items():
        cpu = [c for c, _ in t]
        ratios = [b / x for (b, _), (x, _) in zip(base, t)]
        wall_ratios = [b / x for (_, b), (_, x) in zip(base, t)]
        print(f"  {name:32s} median {statistics.median(cpu):.2f} s (range {min(cpu):.2f}-{max(cpu):.2f}; wall median "
              f"{statistics.median(w for _, w in t):.2f} s), speed-up CPU {spread(ratios)}, wall {spread(wall_ratios)}")
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
