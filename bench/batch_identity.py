"""Does a sentence's translation depend on the other sentences in its CTranslate2 batch?

Issue 18 asks whether the corpus could batch sentences across threads and still write exactly what
``bilingual report`` writes for each thread alone. CTranslate2 pads a batch's sources to its longest
one (OpenNMT/CTranslate2 issue 693: padding changes the arithmetic), so a sentence can translate
differently in batches of different make-up. This script tests the remedy proposed there: batches
whose sources all have the same token count (no padding). For each sentence, the reference is its
translation alone (a batch of one); random batches are then decoded and every sentence's hypotheses
(tokens and score, compared exactly) are set against its reference:

* ``same length``: random batches of sentences with one token count (2-64 sentences, random order);
* ``mixed``: random batches of any lengths (what padding touches), for comparison;
* ``padded length``: what ``Engine.translate`` does now: random batches of sentences of one padded
  length (the next power of two of the token count), padded to it by a filler sentence where none
  has it (``engine.padded_batches``); the reference is the sentence with the filler alone.

Run with the project's random-weights test model (tests/data), beam 4 as the pipeline decodes:

    BILINGUAL_THREADS=1 python bench/batch_identity.py --trials 400
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
TICO = ROOT.parent / "shared" / "data" / "mt" / "tico19" / "tico19-test.ar"


def sentences() -> list[str]:
    """Arabic sentences of many lengths: TICO-19's test side cut into clauses, else the seeds' lines."""
    from bilingual.text.sentences import model_inputs

    if TICO.is_file():
        lines = TICO.read_text(encoding="utf-8").splitlines()
    else:
        lines = [line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    out: list[str] = []
    for line in lines:
        out.extend(line[a:b] for a, b in model_inputs(line, 200))
    return list(dict.fromkeys(s for s in out if s.strip()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=400, help="random batches of each kind (default 400)")
    parser.add_argument("--compute-type", default="auto")
    parser.add_argument("--intra", type=int, default=1, help="CTranslate2 intra_threads (default 1)")
    parser.add_argument("--max-batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sentences", type=int, default=0, help="the first N distinct token sequences only (default: all)")
    args = parser.parse_args()
    import ctranslate2

    from bilingual.mt.engine import DecodeOptions, inspect_model, padded_batches, padded_length

    work = Path(tempfile.mkdtemp(prefix="batch-identity-"))
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(work)
    files = inspect_model(next(work.iterdir()))
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=str(files.source_spm))
    translator = ctranslate2.Translator(str(files.model_dir), device="cpu", compute_type=args.compute_type, inter_threads=1, intra_threads=args.intra)
    d = DecodeOptions()
    opts: dict[str, Any] = dict(beam_size=d.beam_size, num_hypotheses=d.num_hypotheses, length_penalty=d.length_penalty,
                                max_decoding_length=d.max_decoding_length, max_input_length=d.max_input_length,
                                replace_unknowns=d.replace_unknowns, return_scores=True, max_batch_size=args.max_batch_size)

    def decode(batch: list[list[str]]) -> list[tuple[tuple[str, ...], float]]:
        return [(tuple(r.hypotheses[0]), r.scores[0]) for r in translator.translate_batch(batch, **opts)]

    texts = sentences()
    encoded = list(dict.fromkeys(tuple(sp.encode(s, out_type=str)) for s in texts))
    encoded = [e for e in encoded if 0 < len(e) <= 120][: args.sentences or None]
    ref = {e: decode([list(e)])[0] for e in encoded}
    by_len: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for e in encoded:
        by_len[len(e)].append(e)
    usable = [n for n, group in by_len.items() if len(group) >= 2]
    print(f"{len(encoded)} distinct token sequences ({min(map(len, encoded))}-{max(map(len, encoded))} tokens), "
          f"{len(usable)} lengths with 2+ sentences; compute_type {args.compute_type} "
          f"({translator.compute_type}), intra_threads {args.intra}, max_batch_size {args.max_batch_size}, beam {d.beam_size}, "
          f"{os.environ.get('BILINGUAL_THREADS', '-')} BILINGUAL_THREADS; {args.trials} trials each", flush=True)

    def decode_padded(batch: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], float]]:
        length = padded_length(len(batch[0]), d.max_input_length)
        [(chunk, sources)] = padded_batches(batch, range(len(batch)), length, len(batch) + 1)
        return decode(sources)[: len(chunk)]

    by_padded: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for e in encoded:
        by_padded[padded_length(len(e), d.max_input_length)].append(e)
    padded_ref = {e: decode_padded([e])[0] for e in encoded}
    rng = random.Random(args.seed)
    for kind in ("same length", "mixed", "padded length"):
        checked = differ = tokens_differ = batches_differ = 0
        for _ in range(args.trials):
            if kind == "same length":
                group = by_len[rng.choice(usable)]
                batch = rng.sample(group, rng.randint(2, min(64, len(group))))
            elif kind == "padded length":
                group = by_padded[rng.choice([n for n, g in by_padded.items() if len(g) >= 2])]
                # the filler makes one more source: at most max_batch_size in all, or CTranslate2 splits the batch
                batch = rng.sample(group, rng.randint(2, min(args.max_batch_size - 1, len(group))))
            else:
                batch = rng.sample(encoded, rng.randint(2, 64))
            got = decode_padded(batch) if kind == "padded length" else decode([list(e) for e in batch])
            expected = padded_ref if kind == "padded length" else ref
            bad = sum(1 for e, g in zip(batch, got) if g != expected[e])
            tokens_differ += sum(1 for e, g in zip(batch, got) if g[0] != expected[e][0])
            checked += len(batch)
            differ += bad
            batches_differ += bad > 0
        print(f"  {kind:<12} {checked:6d} sentences in {args.trials} batches: {differ} differ from the sentence alone "
              f"(score or tokens; {tokens_differ} in their tokens), in {batches_differ} batches", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
