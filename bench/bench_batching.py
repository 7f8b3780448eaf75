"""What `Engine.translate`'s batching costs: one thread's call, three ways of batching, interleaved.

One call of `bilingual report`'s translation stage: the distinct model inputs of one mixed thread
(bench_translate's input), on bench_translate's realistic-size random model (built once), beam 4, one
CTranslate2 thread. Three batchings of the same sentences, each round in an order rotated from
round to round, in one process (the same loaded model); CPU time (process) beside wall time:

* ``padded 32`` (before ddefe46): sorted by length, batches of 32, each padded to its longest source:
  a sentence's translation depends on the rest of the call;
* ``one token count`` (ddefe46): a batch holds one source token count only (no padding): exact as
  alone, but a thread's sentences make many small batches;
* ``padded length`` (now, ``Engine.translate``): each source padded to the next power of two of its
  token count (a filler sentence sets that length where no sentence of the batch has it): exact in
  any call (each sentence against the same sentence in a call of its own is checked and printed), in
  few, fuller batches.

Ratios are taken within a round (median and min-max over the rounds). Also printed: how many
sentences' outputs (tokens, or scores only) differ between the batchings.

    BILINGUAL_THREADS=1 python bench/bench_batching.py [--comments 100] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _timing import MIN_REPEAT, environment, interleaved, load, ratio_line, spread, timed  # noqa: E402


def model_inputs(thread_jsonl: str) -> list[str]:
    """The distinct sentences the pipeline gives the model for this thread (what `report` translates)."""
    from bilingual import read
    from bilingual.pipeline import Settings, _model_inputs, _translatable, run

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        fh.write(thread_jsonl)
    try:
        result = run(read(fh.name), Settings(mt=False), until="segment")
    finally:
        os.unlink(fh.name)
    texts = [text for p in result.passages if _translatable(p) for _, _, text in _model_inputs(p) if text]
    return list(dict.fromkeys(texts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=100, help="comments in the mixed thread (bench_translate's input)")
    parser.add_argument("--rounds", type=int, default=MIN_REPEAT, help=f"interleaved rounds (at least {MIN_REPEAT})")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bilingual-bench"))
    args = parser.parse_args()
    if args.rounds < MIN_REPEAT:
        parser.error(f"--rounds must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    print(environment("bilingual", "ctranslate2", "sentencepiece"), flush=True)
    import bench_translate

    from bilingual.mt.engine import DecodeOptions, Engine, Hypothesis, inspect_model, padded_length

    pkg = bench_translate.build_model(args.work, 17.0, 30.0)
    engine = Engine(inspect_model(pkg), inter_threads=1, intra_threads=1)
    thread, what = bench_translate.mixed_thread_jsonl(args.comments)
    sentences = model_inputs(thread)
    encoded = [engine.encode(s) for s in sentences]
    decode = DecodeOptions(beam_size=4)
    options: dict[str, Any] = dict(
        beam_size=decode.beam_size, num_hypotheses=decode.num_hypotheses, length_penalty=decode.length_penalty,
        max_decoding_length=decode.max_decoding_length, max_input_length=decode.max_input_length,
        replace_unknowns=decode.replace_unknowns, return_scores=True,
    )

    def outputs(results: list[Any]) -> list[Hypothesis]:
        limit = decode.max_input_length
        return [engine._hypothesis(r.hypotheses[0], r.scores[0], decode.length_penalty, max(0, len(e) - limit) if limit else 0)
                for r, e in zip(results, encoded)]

    def padded_32() -> list[Hypothesis]:
        return outputs(engine._translator.translate_batch(encoded, max_batch_size=32, **options))

    def one_token_count() -> list[Hypothesis]:
        by_count: dict[int, list[int]] = {}
        for i, e in enumerate(encoded):
            by_count.setdefault(len(e), []).append(i)
        out: list[Any] = [None] * len(encoded)
        for group in by_count.values():
            for i, r in zip(group, engine._translator.translate_batch([encoded[i] for i in group], max_batch_size=32, **options)):
                out[i] = r
        return outputs(out)

    def padded_length_now() -> list[Hypothesis]:
        return [h[0] for h in engine.translate(sentences, decode)]

    variants: dict[str, Callable[[], list[Hypothesis]]] = {
        "padded 32": padded_32, "one token count": one_token_count, "padded length": padded_length_now,
    }
    print(f"{len(sentences)} distinct model inputs from {args.comments} comments ({what}); {len(set(map(len, encoded)))} "
          f"token counts, {len({padded_length(len(e), decode.max_input_length) for e in encoded})} padded lengths; model "
          f"{pkg.name} ({engine._translator.compute_type}), 1 thread, beam 4", flush=True)
    results: dict[str, list[Hypothesis]] = {}

    def run(name: str) -> None:
        results[name] = variants[name]()

    times = interleaved({name: partial(timed, partial(run, name)) for name in variants}, args.rounds)
    base = "one token count"
    print(f"{args.rounds} rounds, the first batching rotating; median (min-max) over the rounds, and x {base} round by round:")
    for n, t in times.items():
        print(f"{n:16s} CPU {spread([c for c, _ in t], ' s')}, wall {spread([w for _, w in t], ' s')}; "
              f"x {base}: {ratio_line(t, times[base])}")
    print(f"load average after: {load()}")
    alone = [engine.translate([s], decode)[0][0] for s in sentences]
    print(f"padded length, the call against each sentence in a call of its own: "
          f"{sum(a != b for a, b in zip(alone, results['padded length']))} of {len(sentences)} differ")
    for n in ("padded 32", "padded length"):
        differ = [(a, b) for a, b in zip(results[n], results[base]) if a != b]
        print(f"{n} against {base}: {len(differ)} of {len(sentences)} outputs differ "
              f"({sum(a.text != b.text for a, b in differ)} in their text, the rest in the score only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
