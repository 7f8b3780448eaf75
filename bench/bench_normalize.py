"""Normalization benchmark: speed beside PyArabic (and CAMeL Tools), and agreement with them per fold.

Speed: real Arabic (Tatoeba, TICO-19 and the inputs of ``camel_tools_utils_oracle.tsv`` from
``../shared/data``; without it, the seeds' Arabic lines), repeated to ``--mb`` MB of UTF-8, normalized
as one string and line by line. Every pipeline runs in the same process, interleaved (each repeat
times every pipeline once, in a rotating order), ``--repeat`` times; CPU seconds of this process
(``time.process_time``) beside wall seconds. Printed: the median MB/s of each pipeline, and for each
of ours the ratio to PyArabic per repeat (median, min-max). Ours: the resolved profile
(``resolve(profile)``, held as a caller would) with ``.text()`` (no offsets) and called (offsets:
the offset map built with ``to_original``). PyArabic (``pip install '.[bench]'``): its five steps
strip_tashkeel, strip_tatweel, normalize_ligature, normalize_hamza(method="tasheel"),
normalize_teh. CAMeL Tools' six (normalize_unicode, dediac_ar, normalize_alef_ar,
normalize_alef_maksura_ar, normalize_teh_marbuta_ar, arclean) with ``--camel``, one string only.

Agreement: for each fold CAMeL Tools or PyArabic also has, the share of the 12,398 oracle lines on
which our fold alone gives the same output as theirs (CAMeL: the recorded output; PyArabic: run here),
overall and on the lines a documented difference (docs/NORMALIZATION.md) does not touch.

    python3 bench/bench_normalize.py [--mb 3.5] [--repeat 7] [--camel] [--no-agreement]
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ORACLE = DATA / "peer-tests" / "camel_tools_utils_oracle.tsv"
TEXTS = [DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara", DATA / "mt" / "tico19" / "tico19-test.ar"]
sys.path.insert(0, str(ROOT))

from bilingual.normalize import normalize, resolve  # noqa: E402

ARABIC_LINE = re.compile("[\u0600-\u06ff]")

#: CAMeL Tools function -> our toggles (dediac_ar keeps tatweel; normalize_unicode is NFKC).
CAMEL = {
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


def corpus_lines(rows: list[dict[str, str]], mb: float) -> list[str]:
    """Real Arabic lines (Tatoeba, TICO-19, the oracle inputs; else the seeds') repeated to ``mb`` MB."""
    lines = [ln.rstrip("\n") for p in TEXTS if p.exists() for ln in p.open(encoding="utf-8")]
    lines += [r["input"] for r in rows]
    if not lines:
        lines = [ln.strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
                 for ln in p.read_text(encoding="utf-8").splitlines() if ARABIC_LINE.search(ln)]
    size = sum(len(ln.encode("utf-8")) + 1 for ln in lines)
    return lines * max(1, round(mb * 1e6 / size))


def pipelines(camel: bool) -> dict[str, Callable[[str], object]]:
    """Every pipeline to time: ours (resolved once, as a caller holds it), PyArabic's, CAMeL's."""
    search, mt = resolve("search"), resolve("mt")

    def offsets(normalizer: Callable[[str], object]) -> Callable[[str], object]:
        def run(text: str) -> object:
            n = normalizer(text)
            return n.to_original(0, len(n.text))  # type: ignore[attr-defined]
        return run

    out: dict[str, Callable[[str], object]] = {
        "search, no offsets": search.text,
        "search, offsets": offsets(search),
        "mt, no offsets": mt.text,
        "mt, offsets": offsets(mt),
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


def _timed(fn: Callable[[str], object], inputs: list[str]) -> tuple[float, float]:
    """CPU and wall seconds of ``fn`` over every input."""
    c0, w0 = time.process_time(), time.perf_counter()
    for text in inputs:
        fn(text)
    return time.process_time() - c0, time.perf_counter() - w0


def speed(rows: list[dict[str, str]], mb: float, repeat: int, camel: bool) -> None:
    """Print MB/s for every pipeline, one string and line by line, and our ratios to PyArabic."""
    lines = corpus_lines(rows, mb)
    text = "\n".join(lines) + "\n"
    size = len(text.encode("utf-8")) / 1e6
    fns = pipelines(camel)
    print(f"speed: {size:.2f} MB of Arabic ({len(text):,} characters, {len(lines):,} lines); interleaved, "
          f"{repeat} repeats; CPU time (wall beside); median MB/s, ratio to PyArabic median [min-max]")
    for name, fn in fns.items():  # the word lists the repetition fold may need: loaded before timing
        if not name.startswith(("PyArabic", "CAMeL")):
            fn(text)
    for mode, inputs in (("one string", [text]), ("line by line", lines)):
        names = [n for n in fns if mode == "one string" or not n.startswith("CAMeL")]
        times: dict[str, list[tuple[float, float]]] = {n: [] for n in names}
        for r in range(repeat):
            for name in names[r % len(names):] + names[:r % len(names)]:
                times[name].append(_timed(fns[name], inputs))
        print(f"  {mode}:")
        base = times.get("PyArabic, 5 steps")
        for name in names:
            cpu = statistics.median(c for c, _ in times[name])
            wall = statistics.median(w for _, w in times[name])
            line = f"    {name:22s} {size / cpu:7.1f} MB/s CPU ({size / wall:6.1f} wall)"
            if base is not None and not name.startswith(("PyArabic", "CAMeL")):
                ratios = [b[0] / t[0] for b, t in zip(base, times[name])]
                line += (f"   x{statistics.median(ratios):.2f} PyArabic [{min(ratios):.2f}-{max(ratios):.2f}]"
                         f" (wall x{statistics.median(b[1] / t[1] for b, t in zip(base, times[name])):.2f})")
            print(line)


def agreement(rows: list[dict[str, str]]) -> None:
    """Print, per fold, the share of oracle lines on which we give the peer's output."""
    inputs = [r["input"] for r in rows]
    print(f"agreement with CAMeL Tools 1.6.0 (recorded output, {len(rows):,} lines):")
    for fn, toggles in CAMEL.items():
        same = sum(normalize(r["input"], "none", track_offsets=False, **toggles).text == r[fn] for r in rows)
        print(f"  {fn:28s} {same:6,} / {len(rows):,} = {same / len(rows):.4%}")
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
    ap.add_argument("--repeat", type=int, default=7, help="interleaved repeats (default 7)")
    ap.add_argument("--camel", action="store_true", help="also time CAMeL Tools (one string)")
    ap.add_argument("--no-agreement", action="store_true", help="skip the agreement figures")
    args = ap.parse_args()
    rows = oracle_rows()
    if not rows:
        print(f"{ORACLE} is not present: speed on what is there, no agreement figures")
    speed(rows, args.mb, args.repeat, args.camel)
    if rows and not args.no_agreement:
        agreement(rows)


if __name__ == "__main__":
    main()
