"""Translation throughput: the toolkit's batched engine against argostranslate's translate() per
passage, on the same realistic-size random model, with the same decoding settings, in one run.
Also the cold start of ``bilingual --version`` beside argostranslate's CLI start.

Needs argostranslate (``pip install torch==2.13.0`` first, for a CPU-only torch, then
``pip install argostranslate``) and ../shared/data for the mixed input (the seeds otherwise).

The model is built once by scripts/build_test_model.py --size bench (6+6 layers, d_model 512,
8 heads, FFN 2048, 32,000 tokens, int8, SentencePiece trained on the MT data) and kept in
--work. Its weights are random, so its "translations" are noise of realistic cost; the EOS bias
and its growth with the output position set how long they run, as a trained model's would end
(output tokens are printed beside source tokens).

argostranslate would download a sentence splitter (MiniSBD) for a package without one; offline,
its splitter is replaced by the toolkit's, so both engines translate exactly the same sentences.

Run: python bench/bench_translate.py [--comments 120]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def mixed_thread_jsonl(n: int) -> tuple[str, str]:
    """A JSONL thread of ``n`` comments mixing English and Arabic, and a description of it.

    Code-switched Egyptian/English transcripts (ArzEn-ST) alternate with COVID-domain Arabic
    sentences quoted beside their English (TICO-19); without ../shared/data, the seeds repeat.
    """
    cs = DATA / "codeswitch" / "arzen-st" / "train.cs.tsv"
    ar, en = DATA / "mt" / "tico19" / "tico19-test.ar", DATA / "mt" / "tico19" / "tico19-test.en"
    texts: list[str] = []
    if cs.is_file() and ar.is_file():
        mixed = [line.split("\t", 1)[1] for line in cs.read_text(encoding="utf-8").splitlines() if "\t" in line]
        pairs = list(zip(ar.read_text(encoding="utf-8").splitlines(), en.read_text(encoding="utf-8").splitlines()))
        for i in range(n):
            if i % 2:
                a, e = pairs[i * 7 % len(pairs)]
                texts.append(f"Someone wrote:\n{a}\nwhich means: {e}")
            else:
                texts.append(mixed[i * 5 % len(mixed)])
        what = "ArzEn-ST code-switched lines + TICO-19 Arabic quoted beside English"
    else:
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        texts = [seeds[i % len(seeds)].read_text(encoding="utf-8") for i in range(n)]
        what = "seed documents (../shared/data absent)"
    lines = [json.dumps({"id": str(i), "parent": None, "author": f"u{i}", "text": t}, ensure_ascii=False)
             for i, t in enumerate(texts)]
    return "\n".join(lines) + "\n", what


def build_model(work: Path, eos_bias: float, eos_slope: float) -> Path:
    """The bench-size Argos package (built once per EOS setting), unpacked in an argospm-style dir."""
    pkg = work / f"packages-eos{eos_bias:g}-{eos_slope:g}" / "translate-ar_en-bench"
    if not (pkg / "model" / "model.bin").is_file():
        corpus = [DATA / "mt" / "tico19" / "tico19-test.ar", DATA / "mt" / "tico19" / "tico19-test.en",
                  DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara",
                  DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.eng"]
        corpus = [c for c in corpus if c.is_file()] or sorted((ROOT / "seeds").glob("*.txt"))
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_test_model.py"), "--size", "bench",
                        "--eos-bias", str(eos_bias), "--eos-slope", str(eos_slope), "--out", str(pkg), "--corpus", *map(str, corpus)], check=True)
    return pkg


def cold_start(cmd: list[str], runs: int) -> float:
    """Median wall time of ``cmd`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=120, help="comments in the mixed input")
    parser.add_argument("--eos-bias", type=float, default=17.0, help="EOS logit bias of the random model")
    parser.add_argument("--eos-slope", type=float, default=30.0, help="growth of the EOS logit with output position")
    parser.add_argument("--rounds", type=int, default=2, help="alternating timed rounds (best kept)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bilingual-bench"))
    args = parser.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    pkg = build_model(args.work, args.eos_bias, args.eos_slope)
    # argostranslate reads these when imported: point it at the bench package, keep $HOME clean.
    os.environ["ARGOS_PACKAGES_DIR"] = str(pkg.parent)
    # Same CPU threads for both engines, so the difference is the pipeline, not the thread count.
    from bilingual.mt.engine import available_cores

    os.environ["ARGOS_INTRA_THREADS"] = str(available_cores())
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(args.work / "xdg" / var.lower())

    from bilingual.mt.argos import SplitSentencizer
    from bilingual.mt.engine import Engine, inspect_model
    from bilingual.mt.pipeline import Translation, normalizer, translate
    from bilingual.segment import passages
    from bilingual.spans import ARABIC
    from bilingual.threads import read_string

    text, what = mixed_thread_jsonl(args.comments)
    arabic = [p for p in passages(read_string(text, "jsonl")) if p.kind == ARABIC]
    engine = Engine(inspect_model(pkg), name=pkg.name)
    translate(arabic[:2], engine, cache=False)  # warm up

    import argostranslate.translate as at

    at.get_installed_languages()
    for installed in at.installed_translates:
        installed.cached_translation.underlying.sentencizer = SplitSentencizer()
    at.translate(arabic[0].text, "ar", "en")  # warm up

    # The machine is shared: alternate the two engines and keep each one's best round.
    t_ours = t_argos = cpu_ours = cpu_argos = float("inf")
    for _ in range(args.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        ours = translate(arabic, engine, cache=False)
        t_ours, cpu_ours = min(t_ours, time.perf_counter() - t0), min(cpu_ours, time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        theirs = [at.translate(p.text, "ar", "en") for p in arabic]
        t_argos, cpu_argos = min(t_argos, time.perf_counter() - t0), min(cpu_argos, time.process_time() - c0)
    # The persistent cache: a second run over the same input with a fresh cache file.
    cache_file = args.work / "bench-cache.sqlite3"
    cache_file.unlink(missing_ok=True)
    translate(arabic, engine, cache=cache_file)
    t0 = time.perf_counter()
    translate(arabic, engine, cache=cache_file)
    t_cached = time.perf_counter() - t0
    n = len(ours)
    unique = len({t.normalized for t in ours})
    src_tokens = statistics.mean(len(engine.encode(t.normalized)) for t in ours)
    out_tokens = statistics.mean(t.hypotheses[0].length for t in ours if t.hypotheses)

    # Sanity check that both ran the same model the same way: on passages the normalizer left as
    # they were, the outputs should be the same up to spacing (argostranslate detokenizes a
    # passage's sentences together and turns "_" into spaces).
    def canon(text: str) -> str:
        return "".join(text.replace("_", "").split())

    by_passage: dict[object, list[Translation]] = {}
    for t in ours:
        by_passage.setdefault(t.source, []).append(t)
    comparable = [(p, a) for p, a in zip(arabic, theirs)
                  if all(t.normalized == t.sentence for t in by_passage.get(p.location, []))]
    same = sum(canon(" ".join(t.text for t in by_passage.get(p.location, []))) == canon(a) for p, a in comparable)

    bindir = Path(sys.executable).parent
    start_ours = cold_start([str(bindir / "bilingual"), "--version"], 7)
    start_argos = cold_start([str(bindir / "argos-translate"), "--help"], 3)

    print(f"input: {args.comments} comments ({what}): {len(arabic)} Arabic passages, {n} sentences ({unique} distinct)")
    print(f"model: 6+6 layers, d_model 512, vocabulary 32000, int8, random weights, EOS bias {args.eos_bias:g} + {args.eos_slope:g} x position; "
          f"mean tokens per sentence: source {src_tokens:.1f}, output {out_tokens:.1f}")
    print(f"settings (both): beam 4, length penalty 0.2, max 256 tokens, 1 hypothesis, compute_type auto, "
          f"{available_cores()} CPU threads (ours: {engine.inter_threads} batches in parallel); normalizer: {normalizer()[1]}")
    print(f"bilingual translate (batched):           {n / t_ours:7.2f} sentences/s  "
          f"({t_ours:.1f} s wall, {cpu_ours:.1f} s CPU; best of {args.rounds})")
    print(f"argostranslate translate() per passage:  {n / t_argos:7.2f} sentences/s  "
          f"({t_argos:.1f} s wall, {cpu_argos:.1f} s CPU; best of {args.rounds})")
    print(f"speed-up: {t_argos / t_ours:.2f}x   identical output on {same}/{len(comparable)} passages "
          f"that the mt normalizer did not change")
    print(f"bilingual translate, second run from the persistent cache: {n / t_cached:.0f} sentences/s")
    print(f"cold start: bilingual --version {start_ours:.3f} s (median of 7); argos-translate --help {start_argos:.3f} s (median of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
