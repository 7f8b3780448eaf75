"""Normalization benchmark: speed beside PyArabic and CAMeL Tools, and agreement with them per fold.

Speed: one text of real Arabic (the inputs of ``camel_tools_utils_oracle.tsv``: FLORES-200 devtest
arb/arz, Tatoeba, arabic-reshaper cases; without ``../shared/data``, the seeds' Arabic lines),
repeated to ``--mb`` MB of UTF-8, normalized as one string by each pipeline in the same run; CPU
seconds of this process, best of ``--repeat``. Ours: the ``search`` and ``mt`` profiles without and
with offset tracking (with: the offset map built; "+ change list": also every ``Change`` record). Theirs, when
installed (``pip install '.[bench]'``): PyArabic's five steps (strip_tashkeel, strip_tatweel,
normalize_ligature, normalize_hamza(method="tasheel"), normalize_teh) and CAMeL Tools' six
(normalize_unicode, dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar,
normalize_teh_marbuta_ar, the arclean char map).

Agreement: for each fold CAMeL Tools or PyArabic also has, the share of the 12,398 oracle lines on
which our fold alone gives the same output as theirs (CAMeL: the recorded output; PyArabic: run here),
overall and on the lines a documented difference (docs/NORMALIZATION.md) does not touch.

    python3 bench/bench_normalize.py [--mb 4] [--repeat 3] [--no-agreement]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORACLE = ROOT.parent / "shared" / "data" / "peer-tests" / "camel_tools_utils_oracle.tsv"
sys.path.insert(0, str(ROOT))

from bilingual.normalize import normalize  # noqa: E402

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


def corpus(rows: list[dict[str, str]], mb: float) -> str:
    """Real Arabic lines repeated to ``mb`` MB of UTF-8."""
    if rows:
        lines = [r["input"] for r in rows]
    else:
        lines = [ln.strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
                 for ln in p.read_text(encoding="utf-8").splitlines() if ARABIC_LINE.search(ln)]
    block = "\n".join(lines) + "\n"
    return block * max(1, round(mb * 1e6 / len(block.encode("utf-8"))))


def best_mb_s(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """MB/s (UTF-8 bytes, CPU seconds of this process), best of ``repeat`` runs."""
    size = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t0)
    return size / best


def with_offsets(profile: str, changes: bool = False) -> Callable[[str], object]:
    """``profile`` with offset tracking: the offset map built, and the change records if ``changes``."""
    def run(text: str) -> object:
        n = normalize(text, profile)
        n.to_original(0, len(n.text))
        return n.changes if changes else n

    return run


def pipelines() -> dict[str, Callable[[str], object]]:
    """Every pipeline to time: ours, then PyArabic's and CAMeL Tools' where installed."""
    out: dict[str, Callable[[str], object]] = {
        "bilingual search, no offsets": lambda t: normalize(t, "search", track_offsets=False).text,
        "bilingual search, offsets": with_offsets("search"),
        "bilingual search, offsets + change list": with_offsets("search", changes=True),
        "bilingual mt, no offsets": lambda t: normalize(t, "mt", track_offsets=False).text,
        "bilingual mt, offsets": with_offsets("mt"),
    }
    try:
        import pyarabic.araby as ar
    except ImportError:
        print("PyArabic is not installed (pip install pyarabic): not timed")
    else:
        def pyarabic_pipeline(t: str) -> str:
            t = ar.strip_tatweel(ar.strip_tashkeel(t))
            return ar.normalize_teh(ar.normalize_hamza(ar.normalize_ligature(t), method="tasheel"))

        out["PyArabic, 5 steps"] = pyarabic_pipeline
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
            return arclean(normalize_teh_marbuta_ar(t))

        out["CAMeL Tools, 6 steps"] = camel_pipeline
    return out


def speed(rows: list[dict[str, str]], mb: float, repeat: int) -> None:
    """Print MB/s for every pipeline on the same text."""
    text = corpus(rows, mb)
    print(f"speed: {len(text.encode('utf-8')) / 1e6:.1f} MB of Arabic ({len(text):,} characters), "
          f"CPU time, best of {repeat}")
    for name, fn in pipelines().items():
        print(f"  {name:38s} {best_mb_s(fn, text, repeat):7.1f} MB/s")


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
    ap.add_argument("--mb", type=float, default=4.0, help="size of the timed text in MB (default 4)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per pipeline, the best is kept (default 3)")
    ap.add_argument("--no-agreement", action="store_true", help="skip the agreement figures")
    args = ap.parse_args()
    rows = oracle_rows()
    if not rows:
        print(f"{ORACLE} is not present: speed on the seeds' Arabic lines, no agreement figures")
    speed(rows, args.mb, args.repeat)
    if rows and not args.no_agreement:
        agreement(rows)


if __name__ == "__main__":
    main()
