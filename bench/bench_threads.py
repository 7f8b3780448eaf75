"""Thread reader figures: reading 100,000 JSONL comments (goal < 2 s), memory against input size, CLI cold start.

Run: python3 bench/bench_threads.py
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
import tracemalloc

from bilingual.threads import read_string

WORDS = "the of and to in is that it for on with as was Hamas Assad Syria prayer translate please".split()
ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال و حرية ايران و أمان افغانستان".split()


def make_jsonl(n: int, seed: int = 1) -> str:
    """``n`` comments: a random reply forest with English and some Arabic text."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        parent = str(rng.randrange(i)) if i and rng.random() < 0.7 else None
        words = rng.choices(ARABIC if rng.random() < 0.2 else WORDS, k=rng.randint(5, 40))
        lines.append(json.dumps({"id": str(i), "parent": parent, "author": f"user{rng.randrange(500)}", "text": " ".join(words)}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def time_read(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        read_string(text, "jsonl")
        best = min(best, time.perf_counter() - t0)
    return best


def peak_memory(text: str) -> int:
    tracemalloc.start()
    read_string(text, "jsonl")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def cold_start(args: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    text = make_jsonl(100_000)
    mb = len(text.encode()) / 1e6
    secs = time_read(text)
    print(f"read 100,000 JSONL comments ({mb:.1f} MB): {secs:.2f} s (goal < 2 s), {100_000 / secs:,.0f} comments/s")
    for n in (10_000, 50_000, 100_000):
        sample = make_jsonl(n)
        size = len(sample.encode())
        peak = peak_memory(sample)
        print(f"  {n:>7,} comments: input {size / 1e6:5.1f} MB, peak traced memory {peak / 1e6:6.1f} MB ({peak / size:.1f}x input)")
    print(f"cold start `python -m bilingual --version`: {cold_start([sys.executable, '-m', 'bilingual', '--version']):.3f} s wall (goal < 0.3 s)")
    script = shutil.which("bilingual")
    if script:
        print(f"cold start `{script} --version` (console script): {cold_start([script, '--version']):.3f} s wall")
    print(f"  bare `python -c pass` for scale: {cold_start([sys.executable, '-c', 'pass']):.3f} s")


if __name__ == "__main__":
    main()
