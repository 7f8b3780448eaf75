"""Translation throughput: the toolkit's batched CTranslate2 engine against argostranslate's
``translate()`` per passage, on the same realistic-size random model with the same decoding
settings, interleaved in one process and repeated; plus the cold start of ``bilingual --version``
beside argostranslate's CLI.

Every round runs each variant once, in an order rotated from round to round, so a change in the
machine's load hits all of them alike; each ratio is computed within a round and its median and
spread (min-max) over the rounds are printed, for wall time and for CPU time (all threads of
this process). The variants, with their thread settings printed:

* argostranslate ``translate()`` per passage with 1 and with 2 intra-op threads
  (``ARGOS_INTRA_THREADS``; 1 inter-op thread, its default);
* the toolkit's ``translate()`` with its default thread layout for this machine, and with 1 thread;
* to say where the difference comes from, the toolkit on 1 thread with parts of its pipeline
  taken away: called per passage like argostranslate (batches and de-duplication only within a
  passage), over all passages without de-duplication (batching across passages, repeats decoded
  again), and with batch size 1 (de-duplication, no batching).

Needs argostranslate (``pip install 'bilingual[argos]'`` or ``pip install argostranslate``; it
pulls stanza and torch, which the toolkit never imports); without it the toolkit's side still
runs and the script says argostranslate is absent. Uses ../shared/data for the mixed input (the
seeds otherwise).

The model is built once by scripts/build_test_model.py --size bench (6+6 layers, d_model 512,
8 heads, FFN 2048, 32,000 tokens, int8, SentencePiece trained on the MT data) and kept in
--work. Its weights are random, so its "translations" are noise of realistic cost; the EOS bias
and its growth with the output position set how long they run, as a trained model's would end
(output tokens are printed beside source tokens).

argostranslate would download a sentence splitter (MiniSBD) for a package without one; offline,
its splitter is replaced by the toolkit's, so both engines translate exactly the same sentences.

Run: python bench/bench_translate.py [--comments 120] [--repeats 5] [--starts 7]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from functools import partial
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import MIN_REPEAT, environment  # noqa: E402


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


def run_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``cmd``; CPU is the child's user + system time."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else b""
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode(errors='replace')[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """``median (min-max)`` of ``values``."""
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


def _argos_each(cached: Any, passages: list[Any]) -> list[str]:
    """argostranslate's translation of each passage, one call each (as a user of its API calls it)."""
    return [cached.translate(p.text) for p in passages]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=120, help="comments in the mixed input")
    parser.add_argument("--eos-bias", type=float, default=17.0, help="EOS logit bias of the random model")
    parser.add_argument("--eos-slope", type=float, default=30.0, help="growth of the EOS logit with output position")
    parser.add_argument("--repeats", type=int, default=MIN_REPEAT,
                        help=f"interleaved timed rounds (median and spread printed; at least {MIN_REPEAT})")
    parser.add_argument("--starts", type=int, default=7, help=f"cold starts of each command (interleaved; at least {MIN_REPEAT})")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bilingual-bench"))
    args = parser.parse_args()
    if min(args.repeats, args.starts) < MIN_REPEAT:
        parser.error(f"--repeats and --starts must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    print(environment("bilingual", "ctranslate2", "sentencepiece", "argostranslate", "torch"), flush=True)
    load_start = os.getloadavg()

    args.work.mkdir(parents=True, exist_ok=True)
    pkg = build_model(args.work, args.eos_bias, args.eos_slope)
    # argostranslate reads these when imported: point it at the bench package, keep $HOME clean.
    os.environ["ARGOS_PACKAGES_DIR"] = str(pkg.parent)
    os.environ["ARGOS_INTER_THREADS"] = "1"
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(args.work / "xdg" / var.lower())

    from bilingual.mt.argos import SplitSentencizer
    from bilingual.mt.engine import DecodeOptions, Engine, available_cores, inspect_model, thread_layout
    from bilingual.mt.pipeline import normalizer, translate
    from bilingual.mt.record import Translation
    from bilingual.segment import passages
    from bilingual.spans import ARABIC
    from bilingual.text.sentences import model_inputs
    from bilingual.threads import read_string

    text, what = mixed_thread_jsonl(args.comments)
    arabic = [p for p in passages(read_string(text, "jsonl")) if p.kind == ARABIC]
    files = inspect_model(pkg)
    cores = available_cores()
    default_inter, default_intra = thread_layout(cores)
    engine = Engine(files, name=pkg.name)  # the toolkit's default layout for this machine
    engine1 = Engine(files, name=pkg.name, inter_threads=1, intra_threads=1)

    def ours(mt: Engine, batch_size: int = 32) -> Callable[[], Any]:
        return lambda: translate(arabic, mt, cache=False, batch_size=batch_size)

    def ours_per_passage() -> list[Translation]:
        out: list[Translation] = []
        for p in arabic:
            out.extend(translate([p], engine1, cache=False))
        return out

    def ours_no_dedup() -> Any:
        normalize, _ = normalizer()
        sentences = [normalize(p.text[a:b]) for p in arabic for a, b in model_inputs(p.text)]
        return engine1.translate(sentences, DecodeOptions(), batch_size=32)

    variants: dict[str, tuple[str, Callable[[], Any]]] = {
        "ours": (f"toolkit translate(), default layout: {engine.inter_threads} batches in parallel x "
                 f"{default_intra} thread, batch 32 sentences, across passages, repeats once", ours(engine)),
        "ours-1t": ("toolkit translate(), 1 thread (inter 1, intra 1), batch 32, across passages, repeats once", ours(engine1)),
        "ours-1t-nodedup": ("toolkit engine, 1 thread, batch 32 across passages, every repeat decoded again", ours_no_dedup),
        "ours-1t-perpassage": ("toolkit translate() called per passage, 1 thread (batches and repeats only within a passage)",
                               ours_per_passage),
        "ours-1t-batch1": ("toolkit translate(), 1 thread, batch size 1 (repeats once, no batching)", ours(engine1, 1)),
    }

    # argostranslate: one PackageTranslation per thread setting, each with its own CTranslate2
    # translator (created on first use from argostranslate.settings, as argostranslate does).
    argos_note = ""
    argos_sentences: dict[str, int] = {}
    argos_settings: Any = None
    at: Any = None
    try:
        argos_settings = importlib.import_module("argostranslate.settings")
        at = importlib.import_module("argostranslate.translate")
        from bilingual.mt.argos import package_translation
    except ImportError as exc:
        argos_note = f"argostranslate is absent ({exc}); only the toolkit's side is timed"
    if at is not None:
        class CountingSentencizer(SplitSentencizer):
            """The toolkit's splitter, counting the sentences argostranslate decodes."""

            def __init__(self, key: str) -> None:
                self.key = key

            def split_sentences(self, text: str) -> list[str]:
                found = super().split_sentences(text)
                argos_sentences[self.key] = argos_sentences.get(self.key, 0) + len(found)
                return found

        for intra in (1, 2):
            key = f"argos-{intra}t"
            argos_settings.inter_threads, argos_settings.intra_threads = 1, intra
            translation = package_translation(pkg)
            translation.sentencizer = CountingSentencizer(key)
            cached = at.CachedTranslation(translation)  # what argostranslate.translate.translate() calls
            cached.hypotheses(arabic[0].text, 1)  # creates the translator with these threads; warm-up
            assert translation.translator is not None
            variants[key] = (f"argostranslate translate() per passage, inter 1 x intra {intra} threads "
                             f"(ARGOS_INTRA_THREADS={intra}), batch {argos_settings.batch_size} tokens, "
                             f"beam {argos_settings.beam_size}, compute_type {argos_settings.compute_type}",
                             partial(_argos_each, cached, arabic))
    translate(arabic[:2], engine, cache=False)  # warm up both toolkit engines
    translate(arabic[:2], engine1, cache=False)

    names = list(variants)
    wall: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    outputs: dict[str, Any] = {}
    for r in range(args.repeats):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            argos_sentences.pop(name, None)
            t0, c0 = time.perf_counter(), time.process_time()
            outputs[name] = variants[name][1]()
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
        print(f"round {r + 1}/{args.repeats}: " + ", ".join(f"{k} {wall[k][-1]:.1f}s" for k in names), file=sys.stderr, flush=True)

    mine = outputs["ours"]
    n = len(mine)
    unique = len({t.normalized for t in mine})
    # The persistent cache: a second run over the same input with a fresh cache file.
    cache_file = args.work / "bench-cache.sqlite3"
    cache_file.unlink(missing_ok=True)
    translate(arabic, engine, cache=cache_file)
    t0 = time.perf_counter()
    translate(arabic, engine, cache=cache_file)
    t_cached = time.perf_counter() - t0
    src_tokens = statistics.mean(len(engine.encode(t.normalized)) for t in mine)
    out_tokens = statistics.mean(t.hypotheses[0].length for t in mine if t.hypotheses)

    # Cold starts, interleaved: the toolkit's CLI, argostranslate's, and bare Python for scale.
    bindir = Path(sys.executable).parent
    starts = {"bilingual --version": [str(bindir / "bilingual"), "--version"],
              "python -c pass": [sys.executable, "-c", "pass"]}
    if (bindir / "argos-translate").is_file():
        starts["argos-translate --help"] = [str(bindir / "argos-translate"), "--help"]
    # The checkout on the path for all three (an editable install may point elsewhere).
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    start_times: dict[str, list[tuple[float, float]]] = {k: [] for k in starts}
    for r in range(args.starts):
        for k in list(starts)[r % len(starts):] + list(starts)[: r % len(starts)]:
            start_times[k].append(run_child(starts[k], env))
    load_end = os.getloadavg()

    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}; load average at start {load_start[0]:.2f} {load_start[1]:.2f} "
          f"{load_start[2]:.2f}, at end {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}; {cores} cores available "
          f"({os.cpu_count()} CPUs); Python {platform.python_version()}")
    print(f"versions: ctranslate2 {version('ctranslate2')}, sentencepiece {version('sentencepiece')}, "
          f"argostranslate {version('argostranslate')}, torch {version('torch')}")
    print(f"input: {args.comments} comments ({what}): {len(arabic)} Arabic passages, {n} sentences ({unique} distinct)")
    print(f"model: 6+6 layers, d_model 512, vocabulary 32000, int8, random weights, EOS bias {args.eos_bias:g} + {args.eos_slope:g} x position; "
          f"mean tokens per sentence: source {src_tokens:.1f}, output {out_tokens:.1f}")
    d = DecodeOptions()
    print(f"decoding (both): beam {d.beam_size}, length penalty {d.length_penalty}, max {d.max_decoding_length} tokens, "
          f"{d.num_hypotheses} hypothesis, unknowns replaced, compute_type auto; mt normalizer: {normalizer()[1]}")
    if argos_note:
        print(argos_note)
    print(f"\n{args.repeats} interleaved rounds; median (min-max) per variant:")
    for name in names:
        sents = argos_sentences.get(name, n) if name.startswith("argos") else n
        rate = [sents / w for w in wall[name]]
        print(f"  {name:19s} {spread(rate, '{:.1f}')} sentences/s; wall {spread(wall[name], '{:.2f}')} s, "
              f"CPU {spread(cpu[name], '{:.2f}')} s  -- {variants[name][0]}")
    if argos_sentences:
        print(f"  (argostranslate decoded {argos_sentences.get('argos-2t', 0)} sentences per run; the toolkit {n}, {unique} distinct)")

    def ratio(label: str, slow: str, fast: str) -> None:
        if slow in wall and fast in wall:
            rw = [a / b for a, b in zip(wall[slow], wall[fast])]
            rc = [a / b for a, b in zip(cpu[slow], cpu[fast])]
            print(f"  {label:58s} wall {spread(rw)}x, CPU {spread(rc)}x")

    print("\nratios within each round, median (min-max) over the rounds:")
    ratio("argostranslate 2 threads / toolkit default layout", "argos-2t", "ours")
    ratio("argostranslate 1 thread / toolkit 1 thread", "argos-1t", "ours-1t")
    ratio("argostranslate 1 thread / toolkit default layout", "argos-1t", "ours")
    ratio("argostranslate 2 threads / toolkit 1 thread", "argos-2t", "ours-1t")
    print("where it comes from (1 thread each unless said):")
    ratio("argostranslate's own pipeline (argos 1t / toolkit per passage)", "argos-1t", "ours-1t-perpassage")
    ratio("batching across passages (per passage / no de-dup)", "ours-1t-perpassage", "ours-1t-nodedup")
    ratio("de-duplication (no de-dup / toolkit 1 thread)", "ours-1t-nodedup", "ours-1t")
    ratio("threads, toolkit (1 thread / default layout)", "ours-1t", "ours")
    ratio("threads, argostranslate (intra 1 / intra 2)", "argos-1t", "argos-2t")
    ratio("batching at all (batch size 1 / batch 32), toolkit", "ours-1t-batch1", "ours-1t")

    if "argos-2t" in outputs:
        # Sanity check that both ran the same model the same way: on passages the normalizer left
        # as they were, the outputs should be the same up to spacing (argostranslate detokenizes a
        # passage's sentences together and turns "_" into spaces).
        def canon(s: str) -> str:
            return "".join(s.replace("_", "").split())

        by_passage: dict[object, list[Translation]] = {}
        for t in mine:
            by_passage.setdefault(t.source, []).append(t)
        comparable = [(p, a) for p, a in zip(arabic, outputs["argos-2t"])
                      if all(t.normalized == t.sentence for t in by_passage.get(p.location, []))]
        same = sum(canon(" ".join(t.text for t in by_passage.get(p.location, []))) == canon(a) for p, a in comparable)
        print(f"\nidentical output (toolkit default vs argostranslate 2 threads) on {same}/{len(comparable)} passages "
              f"that the mt normalizer did not change")
    print(f"bilingual translate, second run from the persistent cache: {n / t_cached:.0f} sentences/s")
    print(f"\ncold start, {args.starts} runs each interleaved, median (min-max):")
    bare = start_times["python -c pass"]
    for k, runs in start_times.items():
        line = f"  {k:24s} wall {spread([w for w, _ in runs], '{:.3f}')} s, CPU {spread([c for _, c in runs], '{:.3f}')} s"
        if runs is not bare:
            line += (f"; / bare Python, round by round: wall {spread([w / b for (w, _), (b, _) in zip(runs, bare)])}x, "
                     f"CPU {spread([c / b for (_, c), (_, b) in zip(runs, bare)])}x")
        print(line)
    if "argos-translate --help" not in starts:
        print("  argos-translate: absent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
