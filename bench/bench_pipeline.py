"""CPU time of ``bilingual report --no-mt`` before and after a change, interleaved in one run.

The issue's figure for the one pipeline: the report of seed 000 and of the generated 10,000-comment
thread (bench/bench_report.py's generator) take no more CPU time than before the change. The
base revision is checked out in a temporary git worktree and both trees run the same command on
the same inputs, alternately, ``--runs`` times; the CPU time (user + system) of each child
process is read from ``getrusage``, wall time beside it. Medians and the spread of the ratio are
printed.

    python bench/bench_pipeline.py [--base 5d34161] [--runs 5] [--comments 10000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def run_report(tree: Path, source: Path, out: Path, *options: str) -> tuple[float, float]:
    """CPU (the process and any workers it waited for) and wall seconds of one ``report --no-mt``
    of ``source`` with the code of ``tree`` and the other ``options``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BILINGUAL_CACHE": "off"}
    env.pop("BILINGUAL_DEBUG", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bilingual", "report", str(source), "-o", str(out), "--no-mt", *options],
        cwd=tree, env=env, capture_output=True, text=True, timeout=3600,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: report failed: {proc.stderr.strip()[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="5d34161", help="the revision to compare with (default: before the pipeline)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--comments", type=int, default=10_000)
    args = parser.parse_args()
    from bench_report import generate, material

    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp_name:
        tmp = Path(tmp_name)
        base = tmp / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            big = tmp / "big.jsonl"
            pairs, english = material()
            big.write_text(generate(args.comments, pairs, english), encoding="utf-8")
            print(f"base {args.base} against the working tree; {args.runs} interleaved runs; CPU seconds (wall)")
            for name, source in (("seed 000", SEED000), (f"{args.comments:,} comments", big)):
                cpu: dict[str, list[float]] = {"base": [], "now": []}
                wall: dict[str, list[float]] = {"base": [], "now": []}
                for _ in range(args.runs):
                    for label, tree in (("base", base), ("now", ROOT)):
                        c, w = run_report(tree, source, tmp / f"{label}.html")
                        cpu[label].append(c)
                        wall[label].append(w)
                ratios = [n / b for n, b in zip(cpu["now"], cpu["base"])]
                print(
                    f"{name}: base {statistics.median(cpu['base']):.2f} s ({statistics.median(wall['base']):.2f}), "
                    f"now {statistics.median(cpu['now']):.2f} s ({statistics.median(wall['now']):.2f}); "
                    f"now/base CPU {statistics.median(ratios):.2f}x [{min(ratios):.2f}-{max(ratios):.2f}]"
                )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)


if __name__ == "__main__":
    main()
