"""Display benchmark: render() per 80-character mixed line against bare get_display(reshape(line)).

The goal (issue 5) is at most 1.5x the bare recipe's time. Both sides run in one process,
interleaved (each repeat runs every side, the first of them rotating), at least 5 repeats; each
timed block runs the whole set of lines as many times as makes the bare side last at least
``--block`` seconds (so a set of 9 lines is not timed at the clock's resolution). Printed are the
settings of both sides, the median time per line of each side in CPU time and wall time, and the
median and spread (min-max) of the per-repeat ratio, CPU and wall, so a busy machine shows as spread
rather than as a wrong figure.
Lines come from ArzEn-ST (code-switched Egyptian Arabic / English transcripts) in
``../shared/data``, cut at a word boundary to at most 80 characters; without that data, from the
Arabic lines of the seeds. Also prints our conformance on the Unicode bidi test files, in full,
when ``../shared/data`` is there.

    python3 bench/bench_display.py [--lines N] [--repeat R] [--block S] [--no-conformance]
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from _timing import MIN_REPEAT, Times, environment, interleaved, load, spread, timed
from arabic_reshaper import reshape
from bidi import get_display

from bilingual.display import render, reorder
from bilingual.display.bidi import sites, visual_text

ARABIC = re.compile("[\u0621-\u064a]")
LATIN = re.compile("[A-Za-z]")
WIDTH = 80


def cut(line: str, width: int = WIDTH) -> str:
    """The longest run of whole words of ``line`` within ``width`` characters."""
    out = ""
    for word in line.split():
        if len(out) + len(word) + (1 if out else 0) > width:
            break
        out = f"{out} {word}" if out else word
    return out


def mixed_lines(limit: int) -> tuple[str, list[str]]:
    """Lines holding both Arabic and Latin letters, and where they come from."""
    path = SHARED / "codeswitch" / "arzen-st" / "train.cs.tsv"
    if path.is_file():
        rows = (row.split("\t", 1)[-1] for row in path.read_text(encoding="utf-8").splitlines())
        lines = [cut(r) for r in rows if ARABIC.search(r) and LATIN.search(r)]
        return "ArzEn-ST train.cs.tsv", [line for line in lines if len(line) >= 40][:limit]
    return "seeds (no ../shared/data)", seed_lines(limit)


def seed_lines(limit: int) -> list[str]:
    """The seeds' lines holding Arabic, cut to 80 characters (harakat, brackets, numbers included)."""
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if ARABIC.search(line):
                out.append(cut(line.strip()))
    return [line for line in out if line][:limit]


def blocks(repeat: int, sides: dict[str, Callable[[], object]],
           block: float) -> tuple[int, dict[str, list[Times]]]:
    """How many passes make one timed block, and each side's ``(cpu, wall)`` per repeat
    (``_timing.interleaved``: every repeat runs all sides, starting from a different one)."""
    names = list(sides)
    for run in sides.values():  # warm caches and lazy imports outside the measurement
        run()
    once = timed(sides[names[0]])[0]
    passes = max(1, math.ceil(block / max(once, 1e-4)))
    return passes, interleaved({name: partial(timed, partial(repeated, run, passes)) for name, run in sides.items()}, repeat)


def repeated(run: Callable[[], object], passes: int) -> None:
    """``run`` called ``passes`` times: one timed block."""
    for _ in range(passes):
        run()


def speed(name: str, lines: list[str], repeat: int, block: float) -> None:
    """Per-line time of the bare recipe, render(), render() in kitty mode and render() with the index maps."""
    passes, times = blocks(repeat, {
        "bare get_display(reshape(line))": lambda: [get_display(reshape(line)) for line in lines],
        "render(line, 80, 'visual')": lambda: [render(line, WIDTH, "visual") for line in lines],
        "render(line, 80, 'kitty')": lambda: [render(line, WIDTH, "kitty") for line in lines],
        "render + .logical index maps": lambda: [[v.logical for v in render(line, WIDTH, "visual")] for line in lines],
    }, block)
    n = len(lines) * passes
    bare = times["bare get_display(reshape(line))"]
    print(f"{name}: {len(lines)} lines, mean {sum(map(len, lines)) / len(lines):.0f} characters, {repeat} interleaved "
          f"repeats of {passes} pass(es) over them")
    print(f"  {'':34} {'CPU us/line':>11} {'wall us/line':>12}   ratio to bare: CPU median (min-max); wall median (min-max)")
    for side, runs in times.items():
        cpu = statistics.median(c for c, _ in runs) / n * 1e6
        wall = statistics.median(w for _, w in runs) / n * 1e6
        line = f"  {side:34} {cpu:11.1f} {wall:12.1f}"
        if runs is not bare:
            line += (f"   {spread([c / b for (c, _), (b, _) in zip(runs, bare)])};"
                     f" wall {spread([w / b for (_, w), (_, b) in zip(runs, bare)])}")
        print(line)


def conformance() -> None:
    """Our reorder() over all of BidiCharacterTest.txt and BidiTest.txt, mirroring included."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_display_conformance import bidi_test_cases, check, read_mirroring  # type: ignore[import-not-found]

    unicode_dir = SHARED / "unicode"
    mirrors = read_mirroring(unicode_dir / "BidiMirroring.txt")
    start = time.perf_counter()
    total = passed = 0
    for line in (unicode_dir / "BidiCharacterTest.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes, direction, para, levels, order = line.split(";")
            text = "".join(chr(int(c, 16)) for c in codes.split())
            total += 1
            passed += check(text, (0, 1, None)[int(direction)], int(para), levels.split(), [int(i) for i in order.split()], mirrors)
    print(f"BidiCharacterTest.txt: {passed}/{total} = {100 * passed / total:.3f} % (levels, order, mirrored text) "
          f"in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    total = passed = 0
    for text, base, para, levels, order in bidi_test_cases(unicode_dir / "BidiTest.txt"):
        total += 1
        passed += check(text, base, para, levels, order, {"<": ">"})
    print(f"BidiTest.txt: {passed}/{total} = {100 * passed / total:.3f} % in {time.perf_counter() - start:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7, help=f"interleaved repeats (at least {MIN_REPEAT})")
    parser.add_argument("--block", type=float, default=0.2,
                        help="seconds of the bare side's CPU time per timed block, at least (default 0.2)")
    parser.add_argument("--no-conformance", action="store_true")
    args = parser.parse_args()
    if args.repeat < MIN_REPEAT:
        parser.error(f"--repeat must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    print(environment("bilingual", "python-bidi", "arabic-reshaper"))
    print("  bare: get_display(reshape(line)), both libraries' defaults (arabic-reshaper's default config: "
          "ligatures on, harakat deleted; get_display: base direction from the text, no debug)")
    print("  ours: render(line, 80, mode): wrap at 80 cells, shape with lam-alef padded to keep one cell a letter, "
          "reorder with the paragraph's direction, L3 marks after their letter, L4 mirroring; kitty: also each "
          "right-to-left word's letters back in logical order; index maps computed only when asked for")
    source, lines = mixed_lines(args.lines)
    speed(f"mixed lines from {source}", lines, args.repeat, args.block)
    seeds = seed_lines(args.lines)
    speed("Arabic lines of the seeds (harakat, brackets, lam-alef)", seeds, args.repeat, args.block)
    marked = [line for line in lines + seeds if sites(line)]
    speed("of both, the lines with marks or mirrored characters (probe path)", marked, args.repeat, args.block)
    print(f"load average after: {load()}")
    sample = lines[:200]
    same = sum(visual_text(line, 0) == reorder(line, 0).text for line in sample)
    print(f"get_display-and-probes text == level-path text on {same}/{len(sample)} mixed lines")
    if SHARED.is_dir() and not args.no_conformance:
        conformance()


if __name__ == "__main__":
    main()
