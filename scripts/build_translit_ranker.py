"""Learn the Arabizi rankers (``Weights.ranker``, ``Weights.regional``) from more words: cross-fitted on the Jordanian tuning part.

The tuning part (four fifths, ``bilingual.translit.train.PARTS``) is cut into five folds by the development
hash (``train.dev_fold_of``; fold 0 is the development fold of ``scripts/tune_translit.py``). For each fold a
model is built from the tuning part without it, and that model's candidates for the fold's Jordanian words
are the ranker's examples: every example is scored by statistics that never saw its word, as held-out words
are. Algerian words never teach the ranker, so the bench's unseen-Maghrebi rows stay honest.

Two rankers are learned from the same examples: ``ranker``, over the first 23 features (``Weights.ranker``
serves texts of no known region and regions never seen), and ``levant``, over every feature with how each unit
was written (``Weights.regional``: texts read with the Levant's statistics). ``--check`` learns from folds 1-4
only and scores the development fold (fold 0) with its fit model, each combination beside the shipped weights:
the honest figure for choosing features. Without it, all five folds teach the weights printed (to paste into
``bilingual/translit/core.py``). Fold models are cached under ``/tmp``.

Run: python3 scripts/build_translit_ranker.py [--check] [--l2 0.003] [--data ../shared/data/translit]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from bilingual.translit import AR, core
from bilingual.translit import model as translit_model
from bilingual.translit.rules import prepare
from bilingual.translit.train import SOURCES, build_model, dev_fold_of, fit_ranker, held_out, read_tsv, split_key, word_pairs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "translit"
FOLDS = 5


def _units(folder: Path, name: str) -> list[tuple[str, str, int]]:
    """``(latin, arabic, fold)`` of the tuning part of a development file (the held-out fifth left out)."""
    filename, _lang, unit, _region = SOURCES[name]
    out = []
    for latin, arabic in read_tsv(str(folder / filename)):
        key = split_key(latin, arabic, unit)
        if not held_out(key):
            out.append((latin, arabic, dev_fold_of(key)))
    return out


def fold_model(folder: Path, fold: int) -> dict[str, object]:
    """The model built from the tuning part without ``fold`` (cached in /tmp)."""
    cache = Path("/tmp") / f"translit_fold{fold}_v3.json"
    if cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    t0 = time.time()
    pairs: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for name, (_filename, lang, unit, region) in SOURCES.items():
        kept = pairs.setdefault(lang, {}).setdefault(region, [])
        for latin, arabic, k in _units(folder, name):
            if k != fold:
                kept.extend([(latin, arabic)] if unit == "words" else word_pairs(latin, arabic))
    data = build_model(pairs)
    cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"  (fold {fold} model built in {time.time() - t0:.0f} s)", flush=True)
    return data


def examples(folder: Path, fold: int, normalize: Callable[[str], str]) -> list[tuple[list[tuple[float, ...]], list[bool]]]:
    """The candidates' features and which are right, for the Jordanian words of ``fold``, under its fold model."""
    core.use_model(fold_model(folder, fold))
    weights = core.Weights(ranker=(), regional=())
    refs: dict[str, set[str]] = defaultdict(set)
    for latin, arabic, k in _units(folder, "atar"):
        if k == fold:
            refs[latin].add(normalize(arabic))
    groups = []
    for latin, right in refs.items():
        region = core._choose_region(latin, [(0, len(latin), "word")], weights) or ""
        word = prepare(latin)[0]
        readings, keep, layers, known = core._search(word, translit_model.lang_model(AR, region), weights,
                                                     core._banned(AR, region or None))
        rows = list(core.candidate_features(word, readings, AR, weights, keep, (layers, known)))
        groups.append(([f for _, f, _ in rows], [normalize(r) in right for r, _, _ in rows]))
    core.use_model(None)
    return groups


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--check", action="store_true", help="learn from folds 1-4, score the development fold")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_translit as bench

    teach = range(1, FOLDS) if args.check else range(FOLDS)
    groups = [g for fold in teach for g in examples(args.data, fold, bench.normalize)]
    general = fit_ranker([([f[: core.BASE_FEATURES] for f in fs], ok) for fs, ok in groups], args.l2)
    levant = fit_ranker(groups, args.l2)
    print(f"learned from {len(groups)} Jordanian words")
    print("ranker =", general)
    print("levant =", levant)
    if args.check:
        sys.path.insert(0, str(ROOT / "scripts"))
        import tune_translit as tune

        shipped = core.DEFAULT_WEIGHTS
        variants = (("shipped", shipped), ("cross-fitted", core.Weights(ranker=general)),
                    ("shipped+levant", core.Weights(ranker=shipped.ranker, regional=(("levant", levant),))),
                    ("cross-fitted+levant", core.Weights(ranker=general, regional=(("levant", levant),))))
        for label, weights in variants:
            for tag, sources, names in (("", ("atar", "narabizi", "finglish"), ("atar", "narabizi", *tune.SENTENCES)),
                                        (" unseen", ("atar", "finglish"), ("narabizi", *tune.SENTENCES))):
                core.use_model(tune.fit_model(args.data, sources))
                for name in names:
                    units, lang, unit = tune.dev_units(args.data, name)
                    s = bench.score(units, unit, lambda text, lang=lang, w=weights: tune._read(text, lang, w))
                    print(bench._row(f"{label} {name}{tag}", s))
                    region = tune._source(name)[3]
                    if not tag:
                        s = bench.score(units, unit, lambda text, lang=lang, w=weights, r=region: tune._read(text, lang, w, r))
                        print(bench._row(f"  region given ({region})", s))
        core.use_model(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
