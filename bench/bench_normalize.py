"""Normalization benchmark: speed beside PyArabic (and CAMeL Tools), and agreement with them per fold.

Speed: real Arabic, repeated to ``--mb`` MB of UTF-8, normalized as one string and line by line.
``--corpus flores`` (the default): the 2,024 FLORES-200 devtest lines (arb + arz) that
``camel_tools_utils_oracle.tsv`` in ``../shared/data`` holds; ``mixed``: Tatoeba, TICO-19 and every
oracle input; without the data, the seeds' Arabic lines. Every pipeline runs in the same process,
interleaved (each repeat times every pipeline once, the first one rotating), ``--repeat`` times (at
least 5); CPU seconds of this process (``time.process_time``) beside wall seconds. Printed: the
settings of both sides, the median MB/s of each pipeline, and for each of ours the ratio to
PyArabic repeat by repeat (median, min-max; CPU and wall).

Ours: the resolved profile (``resolve(profile)``, held as a caller would) with ``.text()`` (no
offsets) and called (offsets: the offset map built with ``to_original``); line by line also
``normalize(line, profile)``, the function the toolkit calls. This process loads numpy, as any that
translates does, so long texts take the vector path (``bilingual/normalize/vector.py``); the rows
marked "charmap path" force the path a process without numpy takes for texts under
``VECTOR_IMPORT_MIN`` characters. PyArabic (``pip install '.[bench]'``): its five steps
strip_tashkeel, strip_tatweel, normalize_ligature, normalize_hamza(method="tasheel"), normalize_teh.
CAMeL Tools' six (normalize_unicode, dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar,
normalize_teh_marbuta_ar, arclean) with ``--camel``, one string only.

Agreement: for each fold CAMeL Tools or PyArabic also has, the share of the 12,398 oracle lines on
which our fold alone gives the same output as theirs (CAMeL: the recorded output; PyArabic: run here),
overall and on the lines a documented difference (docs/NORMALIZATION.md) does not touch.

    python3 bench/bench_normalize.py [--corpus flores|mixed] [--mb 3.5] [--repeat 7] [--camel] [--no-agreement]
                                     [--breakdown]
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import numpy  # noqa: F401  (loaded as in any process that translates: long texts take the vector path)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ORACLE = DATA / "peer-tests" / "camel_tools_utils_oracle.tsv"
TEXTS = [DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara", DATA / "mt" / "tico19" / "tico19-test.ar"]
sys.path.insert(0, str(ROOT))

from _timing import MIN_REPEAT, environment, interleaved, load, ratio_line, timed  # noqa: E402
from bilingual.normalize import normalize, resolve, vector  # noqa: E402

ARABIC_LINE = re.compile("[\u0600-\u06ff]")
PEERS = ("PyArabic", "CAMeL")

#: CAMeL Tools function -> our toggles (dediac_ar keeps tatweel; normalize_unicode is NFKC).
CAMEL: dict[str, dict[str, object]] = {
    "normalize_unicode": {"presentation_forms": True, "compose": True},
    "dediac_ar": {"diacritics": True, "shadda": True},
    "normalize_alef_ar": {"alef": True},
    "normalize_alef_maksura_ar": {"maksura": "all"},
    "normalize_teh_marbuta_ar": {"teh_marbuta": True},
}
#: PyArabic call -> (our toggles, its keyword arguments, the character of a documented difference).
PYARABIC: dict[str, tuple[dict[str, object], dict[str, str], str | None]] = {
    "strip_tashkeel": ({"diacritics": True, "shadda": True}, {}, None),
    "strip_harakat": ({"diacritics": True}, {}, None),
    "strip_tatweel": ({"tatweel": True}, {}, None),
    "strip_shadda": ({"shadda": True}, {}, None),
    "normalize_hamza": ({"hamza": "hamza"}, {}, "\u0622"),  # آ: theirs ءء, ours ءا
    "normalize_hamza tasheel": ({"hamza": "carriers", "alef": True}, {"method": "tasheel"}, None),
    "normalize_alef": ({"alef": True}, {}, "\u0649"),  # ى: theirs ا (a bug), ours ى
    "normalize_teh": ({"teh_marbuta": True}, {}, None),
}


def oracle_rows() -> list[dict[str, str]]:
    """The CAMeL Tools oracle, or nothing without ``../shared/data``."""
    if not ORACLE.exists():
        return []
    with ORACLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def corpus_lines(rows: list[dict[str, str]], mb: float, corpus: str = "flores") -> tuple[str, list[str]]:
    """The corpus's name and its lines repeated to ``mb`` MB: FLORES-200 devtest Arabic (the oracle's
    arb and arz lines), or Tatoeba + TICO-19 + every oracle input; else the seeds' Arabic lines."""
    if corpus == "flores":
        name = "FLORES-200 devtest arb + arz (from camel_tools_utils_oracle.tsv)"
        lines = [r["input"] for r in rows if r["source"].startswith("flores200")]
    else:
        name = "Tatoeba + TICO-19 + the oracle's inputs"
        lines = [ln.rstrip("\n") for p in TEXTS if p.exists() for ln in p.open(encoding="utf-8")]
        lines += [r["input"] for r in rows]
    if not lines:
        name = "the seeds' Arabic lines (no ../shared/data)"
        lines = [ln.strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
                 for ln in p.read_text(encoding="utf-8").splitlines() if ARABIC_LINE.search(ln)]
    size = sum(len(ln.encode("utf-8")) + 1 for ln in lines)
    return f"{name}, {len(lines):,} distinct lines", lines * max(1, round(mb * 1e6 / size))


@contextmanager
def charmap_path() -> Iterator[None]:
    """Our charmap path whatever the length: what a process without numpy gets."""
    old = vector.VECTOR_MIN
    vector.VECTOR_MIN = 1 << 62
    try:
        yield
    finally:
        vector.VECTOR_MIN = old


def pipelines(camel: bool) -> dict[str, Callable[[str], object]]:
    """Every pipeline to time: ours (resolved once, as a caller holds it), PyArabic's, CAMeL's."""
    search, mt = resolve("search"), resolve("mt")

    def offsets(normalizer: Callable[[str], object]) -> Callable[[str], object]:
        def run(text: str) -> object:
            n = normalizer(text)
            return n.to_original(0, len(n.text))  # type: ignore[attr-defined]
        return run

    def charmap(fn: Callable[[str], object]) -> Callable[[str], object]:
        def run(text: str) -> object:
            with charmap_path():
                return fn(text)
        return run

    out: dict[str, Callable[[str], object]] = {
        "search, no offsets": search.text,
        "search, offsets": offsets(search),
        "search, no offsets, charmap path": charmap(search.text),
        "search, offsets, charmap path": charmap(offsets(search)),
        "mt, no offsets": mt.text,
        "mt, offsets": offsets(mt),
        "normalize(t, 'search'), no offsets": lambda t: normalize(t, "search", track_offsets=False),
    }
    try:
        import pyarabic.araby as ar
    except ImportError:
        print("PyArabic is not installed (pip install pyarabic): no ratios")
    else:
        def pyarabic_pipeline(t: str) -> str:
            t = ar.strip_tatweel(ar.strip_tashkeel(t))
            return str(ar.normalize_teh(ar.normalize_hamza(ar.normalize_ligature(t), method="tasheel")))

        out["PyArabic, 5 steps"] = pyarabic_pipeline
    if camel:
        try:
            from camel_tools.utils.charmap import CharMapper
            from camel_tools.utils.dediac import dediac_ar
            from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                                     normalize_teh_marbuta_ar, normalize_unicode)
        except ImportError:
            print("CAMeL Tools is not installed (pip install camel-tools): not timed")
        else:
            arclean = CharMapper.builtin_mapper("arclean")

            def camel_pipeline(t: str) -> str:
                t = normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(normalize_unicode(t))))
                return str(arclean(normalize_teh_marbuta_ar(t)))

            out["CAMeL Tools, 6 steps"] = camel_pipeline
    return out


def settings(corpus: str, repeat: int) -> None:
    """Print what both sides run with, and where."""
    print(f"{environment('bilingual', 'numpy', 'pyarabic', 'camel-tools')}; numpy loaded; corpus: {corpus}; "
          f"{repeat} interleaved repeats")
    print(f"  ours: search = {dict(resolve('search').settings)}")
    print(f"        mt = {dict(resolve('mt').settings)}")
    print(f"        vector path from {vector.VECTOR_MIN:,} characters with numpy loaded "
          f"(without it from {vector.VECTOR_IMPORT_MIN:,}); shorter texts: charmap path")
    print("  PyArabic: strip_tashkeel, strip_tatweel, normalize_ligature, normalize_hamza(method='tasheel'), "
          "normalize_teh, in that order, defaults otherwise")
    print("  CAMeL Tools (--camel, one string): normalize_unicode, dediac_ar, normalize_alef_ar, "
          "normalize_alef_maksura_ar, normalize_teh_marbuta_ar, CharMapper.builtin_mapper('arclean'), in that order")


def _over(fn: Callable[[str], object], inputs: list[str]) -> None:
    """``fn`` over every input: one timed run of a pipeline."""
    for text in inputs:
        fn(text)


def speed(rows: list[dict[str, str]], mb: float, repeat: int, camel: bool, corpus: str) -> None:
    """Print MB/s for every pipeline, one string and line by line, and our ratios to PyArabic."""
    name, lines = corpus_lines(rows, mb, corpus)
    text = "\n".join(lines) + "\n"
    size = len(text.encode("utf-8")) / 1e6
    fns = pipelines(camel)
    settings(f"{name}; {size:.2f} MB, {len(text):,} characters, {len(lines):,} lines", repeat)
    for fn_name, fn in fns.items():  # the word lists the repetition fold may need: loaded before timing
        if not fn_name.startswith(PEERS):
            fn(text)
    print("median MB/s of CPU time (wall); PyArabic's time / ours repeat by repeat (ours' speed over PyArabic's): "
          "median (min-max), CPU, then wall")
    for mode, inputs in (("one string", [text]), ("line by line", lines)):
        if mode == "one string":
            names = [n for n in fns if not n.startswith("normalize(")]
        else:  # lines are short: always the charmap path; CAMeL only on one string
            names = [n for n in fns if "charmap" not in n and not n.startswith("CAMeL")]
        times = interleaved({n: partial(timed, partial(_over, fns[n], inputs)) for n in names}, repeat)
        print(f"  {mode}:")
        base = times.get("PyArabic, 5 steps")
        for fn_name in names:
            cpu = statistics.median(c for c, _ in times[fn_name])
            wall = statistics.median(w for _, w in times[fn_name])
            out = f"    {fn_name:36s} {size / cpu:7.1f} MB/s ({size / wall:6.1f})"
            if base is not None and not fn_name.startswith(PEERS):
                out += f"   {ratio_line(base, times[fn_name])}"
            print(out)
    print(f"  load average after: {load()}")


def breakdown(rows: list[dict[str, str]], mb: float, repeat: int, corpus: str) -> None:
    """Where the time of ``resolve("search").text`` goes on one string, stage by stage (our private
    stages, each timed alone, every stage once per repeat in a rotating order; median ms of CPU
    time), beside PyArabic's five steps."""
    import codecs

    from bilingual.normalize import engine
    from bilingual.normalize.folds import apply_edits, squeezes

    _, lines = corpus_lines(rows, mb, corpus)
    text = "\n".join(lines) + "\n"
    search = resolve("search")
    search.text(text)
    table = search._table
    assert table is not None  # resolved by the call above
    vt = table.vector()
    assert vt is not None  # the search profile has a vector table
    units, res0, wide = vt.look_up(text)
    res, complex_at, maybe_at = vt.specials(units, res0.copy(), wide)
    stretches = engine._general_stretches(text, units, vt, table, complex_at, maybe_at)
    plain = [(a, b) for a, b in zip([0] + [e for _, e in stretches], [s for s, _ in stretches] + [len(text)]) if a < b]
    folded, _, found = search._fold(text, False)
    unknown: list[tuple[int, int]] = []
    engine._STATE.runs = unknown
    encoded = codecs.charmap_encode(text, engine._ERRORS, table.encoding)[0]
    folded_bytes = encoded.translate(table.canon, table.deleted)
    decoded = codecs.charmap_decode(folded_bytes, "strict", table.results)[0]
    complex_lines = engine._complex_lines(text, unknown, table)

    def sentinels() -> object:
        copy = res0.copy()
        c0 = time.process_time()
        vt.specials(units, copy, wide)
        return time.process_time() - c0

    def encode() -> object:
        engine._STATE.runs = []
        return codecs.charmap_encode(text, engine._ERRORS, table.encoding)

    def xor_runs() -> object:
        return [list(engine._letter_runs(decoded, s, e, 0))
                for s, e in engine._equal_runs(folded_bytes, table.letter_bytes)]

    def translate_decode() -> object:
        engine._STATE.back = iter("".join([text[s:e] for s, e in unknown]))
        return codecs.charmap_decode(encoded.translate(table.canon, table.deleted), engine._PUT_BACK,
                                     table.unknown_undefined)

    try:
        import pyarabic.araby as ar
    except ImportError:
        ar = None
    stages: dict[str, Callable[[], object]] = {
        "total: search.text(one string)": lambda: search.text(text),
        "vector: UTF-16 + table look-up": lambda: vt.look_up(text),
        "vector: sentinels resolved": sentinels,
        "vector: lines for the general path (language)": lambda: engine._general_stretches(
            text, units, vt, table, complex_at, maybe_at),
        "vector: plain stretches (mask, decode, letter runs)": lambda: [vt.plain(res, a, b, wide, False, True)
                                                                        for a, b in plain],
        "both: general path on the other lines (one call)": lambda: list(search._general_texts(text, stretches, False)),
        "both: repetition (word look-ups, edits)": lambda: apply_edits(folded, squeezes(folded, found, search._words())),
        "charmap: charmap_encode": encode,
        "charmap: lines for the general path (language)": lambda: engine._complex_lines(text, unknown, table),
        "charmap: translate + decode (unknowns put back)": translate_decode,
        "charmap: letter runs (big-integer XOR, OR)": xor_runs,
    }
    if ar is not None:
        stages.update({
            "PyArabic: total, 5 steps": lambda: ar.normalize_teh(ar.normalize_hamza(ar.normalize_ligature(
                ar.strip_tatweel(ar.strip_tashkeel(text))), method="tasheel")),
            "PyArabic: strip_tashkeel": lambda: ar.strip_tashkeel(text),
            "PyArabic: strip_tatweel": lambda: ar.strip_tatweel(text),
            "PyArabic: normalize_ligature": lambda: ar.normalize_ligature(text),
            "PyArabic: normalize_hamza(tasheel)": lambda: ar.normalize_hamza(text, method="tasheel"),
            "PyArabic: normalize_teh": lambda: ar.normalize_teh(text),
        })
    names = list(stages)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeat):
        for name in names[r % len(names):] + names[:r % len(names)]:
            c0 = time.process_time()
            out = stages[name]()
            times[name].append(out if isinstance(out, float) else time.process_time() - c0)
    print(f"where the time goes, one string of {len(text):,} characters ({len(stretches)} stretches of lines take the "
          f"general path, {sum(b - a for a, b in stretches):,} characters; charmap: {len(complex_lines)}), "
          f"median ms of CPU time over {repeat} interleaved repeats:")
    for name in names:
        print(f"  {name:55s} {1e3 * statistics.median(times[name]):7.1f}")


def agreement(rows: list[dict[str, str]]) -> None:
    """Print, per fold, the share of oracle lines on which we give the peer's output."""
    inputs = [r["input"] for r in rows]
    print(f"agreement with CAMeL Tools 1.6.0 (recorded output, {len(rows):,} lines):")
    for fn, toggles in CAMEL.items():
        agree = sum(normalize(r["input"], "none", track_offsets=False, **toggles).text == r[fn] for r in rows)
        print(f"  {fn:28s} {agree:6,} / {len(rows):,} = {agree / len(rows):.4%}")
    try:
        import pyarabic.araby as ar
    except ImportError:
        print("PyArabic is not installed: no agreement figures for it")
        return
    print("agreement with PyArabic (run here on the same lines): all lines; lines without the documented difference")
    for call, (toggles, kwargs, exempt) in PYARABIC.items():
        fn = getattr(ar, call.split()[0])
        same = [normalize(t, "none", track_offsets=False, **toggles).text == fn(t, **kwargs) for t in inputs]
        line = f"  {call:28s} {sum(same):6,} / {len(inputs):,} = {sum(same) / len(inputs):.4%}"
        if exempt:
            kept = [s for s, t in zip(same, inputs) if exempt not in t]
            line += f"; without {exempt}: {sum(kept):,} / {len(kept):,} = {sum(kept) / len(kept):.4%}"
        print(line)


def main() -> None:
    """Parse the options and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=3.5, help="size of the timed text in MB (default 3.5)")
    ap.add_argument("--repeat", type=int, default=7, help="interleaved repeats (default 7, at least 5)")
    ap.add_argument("--corpus", choices=("flores", "mixed"), default="flores", help="the timed text (default flores)")
    ap.add_argument("--camel", action="store_true", help="also time CAMeL Tools (one string)")
    ap.add_argument("--no-agreement", action="store_true", help="skip the agreement figures")
    ap.add_argument("--breakdown", action="store_true", help="also time the stages of search on one string")
    args = ap.parse_args()
    if args.repeat < MIN_REPEAT:
        ap.error(f"--repeat must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    rows = oracle_rows()
    if not rows:
        print(f"{ORACLE} is not present: speed on what is there, no agreement figures")
    speed(rows, args.mb, args.repeat, args.camel, args.corpus)
    if args.breakdown:
        breakdown(rows, args.mb, args.repeat, args.corpus)
    if rows and not args.no_agreement:
        agreement(rows)


if __name__ == "__main__":
    main()
