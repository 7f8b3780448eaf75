"""Thread reader figures: reading 100,000 JSONL comments (goal < 2 s), memory against input size, CLI cold start.

No other library reads a reply thread from JSONL, so each figure is set beside the floor it cannot
go below, measured in the same run (bench/_timing.py: interleaved, ``--repeat`` rounds, at least 5,
median and min-max of the round-by-round ratio, CPU time beside wall time):

* reading: ``read_string(text, "jsonl")`` against ``orjson.loads`` of every line (the parser the
  reader itself uses; no comment objects, no thread built), both in this process;
* cold start: ``python -m bilingual --version`` and the console script against bare
  ``python -c pass``, each a fresh process (CPU: user + system of the child).

Peak memory (tracemalloc) is deterministic and measured once per size.

Run: python3 bench/bench_threads.py [--comments 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tracemalloc
from collections.abc import Callable

import orjson

from _timing import MIN_REPEAT, Times, environment, interleaved, load, ratio_line, timed, timed_child
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


def peak_memory(text: str) -> int:
    """Peak bytes tracemalloc sees while reading ``text``."""
    tracemalloc.start()
    read_string(text, "jsonl")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def reading(n: int, repeat: int) -> None:
    """Read ``n`` comments, interleaved with orjson.loads of the same lines."""
    text = make_jsonl(n)
    lines = text.splitlines()
    mb = len(text.encode()) / 1e6
    def ours() -> Times:
        return timed(lambda: read_string(text, "jsonl"))

    def floor() -> Times:
        return timed(lambda: [orjson.loads(line) for line in lines])

    ways = {"ours: read_string(text, 'jsonl')": ours, "floor: orjson.loads of every line": floor}
    for way in ways.values():  # imports and first-call costs outside the measurement
        way()
    times = interleaved(ways, repeat)
    mine, base = times.values()
    print(f"read {n:,} JSONL comments ({mb:.1f} MB), {repeat} interleaved rounds, median (min-max):")
    for name, t in times.items():
        cpu = [c for c, _ in t]
        wall = statistics.median(w for _, w in t)
        print(f"  {name:36s} CPU {statistics.median(cpu):.3f} s ({min(cpu):.3f}-{max(cpu):.3f}), wall {wall:.3f} s; "
              f"{n / statistics.median(cpu):,.0f} comments/s CPU")
    print(f"  ours / floor, round by round: {ratio_line(mine, base)}  (goal: ours < 2 s for 100,000)")


def cold_starts(repeat: int) -> None:
    """Cold start of the CLI beside bare Python, interleaved, each a fresh process."""
    commands = {"python -c pass (bare)": [sys.executable, "-c", "pass"],
                "python -m bilingual --version": [sys.executable, "-m", "bilingual", "--version"]}
    script = shutil.which("bilingual")
    if script:
        commands[f"{script} --version (console script)"] = [script, "--version"]
    def child(command: list[str]) -> Callable[[], Times]:
        return lambda: timed_child(command)

    ways = {name: child(command) for name, command in commands.items()}
    for way in ways.values():  # bytecode written, files cached
        way()
    times = interleaved(ways, repeat)
    bare = times["python -c pass (bare)"]
    print(f"cold start, {repeat} interleaved rounds, median (min-max) of CPU (user + system of the child) and wall:")
    for name, t in times.items():
        cpu = [c for c, _ in t]
        wall = [w for _, w in t]
        line = (f"  {name:70s} CPU {statistics.median(cpu):.3f} s ({min(cpu):.3f}-{max(cpu):.3f}), "
                f"wall {statistics.median(wall):.3f} s ({min(wall):.3f}-{max(wall):.3f})")
        if t is not bare:
            line += f"; / bare: {ratio_line(t, bare)}"
        print(line)
    print("  goal: python -m bilingual --version < 0.3 s wall")


def main() -> None:
    """Parse the options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000, help="comments read (default 100,000; memory at 1/10, 1/2 and all)")
    parser.add_argument("--repeat", type=int, default=MIN_REPEAT, help=f"interleaved rounds (at least {MIN_REPEAT})")
    args = parser.parse_args()
    if args.repeat < MIN_REPEAT:
        parser.error(f"--repeat must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    print(environment("bilingual", "orjson", "msgspec"))
    print("  ours: read_string(text, 'jsonl'), defaults (orjson per line, strict); floor: orjson.loads per line, defaults")
    reading(args.comments, args.repeat)
    for n in (args.comments // 10, args.comments // 2, args.comments):
        sample = make_jsonl(n)
        size = len(sample.encode())
        peak = peak_memory(sample)
        print(f"  {n:>7,} comments: input {size / 1e6:5.1f} MB, peak traced memory {peak / 1e6:6.1f} MB ({peak / size:.1f}x input)")
    cold_starts(args.repeat)
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
