"""One big thread on one core and on every core: ``bilingual report --no-mt --jobs 1`` against
``--jobs N``, interleaved in one run (issue 20: 2 cores at least 1.7x one core).

The thread is bench_report's generated JSONL thread (seed 000's clauses recombined, about one
passage per 6.4 comments). Each run is a fresh process; wall time is the figure (the point of more
processes), CPU time of the whole process tree beside it (what the extra processes cost). The
pages must be byte-identical. The load average before the runs is printed: with other work on the
machine, a second core is not free and the wall ratio says little.

    python bench/bench_jobs.py [--comments 10000] [--runs 5] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    from bench_pipeline import run_report
    from bench_report import generate, material

    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp_name:
        tmp = Path(tmp_name)
        source = tmp / "thread.jsonl"
        pairs, english = material()
        source.write_text(generate(args.comments, pairs, english), encoding="utf-8")
        print(f"{args.comments:,} comments ({source.stat().st_size / 1e6:.1f} MB); {args.runs} interleaved runs; "
              f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        wall: dict[int, list[float]] = {1: [], args.jobs: []}
        cpu: dict[int, list[float]] = {1: [], args.jobs: []}
        for _ in range(args.runs):
            for jobs in (1, args.jobs):
                c, w = run_report(ROOT, source, tmp / f"jobs{jobs}.html", "--jobs", str(jobs))
                wall[jobs].append(w)
                cpu[jobs].append(c)
        same = (tmp / "jobs1.html").read_bytes() == (tmp / f"jobs{args.jobs}.html").read_bytes()
        ratios = [a / b for a, b in zip(wall[1], wall[args.jobs])]
        for jobs in (1, args.jobs):
            print(f"--jobs {jobs}: wall {statistics.median(wall[jobs]):.2f} s, CPU {statistics.median(cpu[jobs]):.2f} s (medians)")
        print(f"speed-up, wall: {statistics.median(ratios):.2f}x [{min(ratios):.2f}-{max(ratios):.2f}]; "
              f"pages identical: {same}; load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
