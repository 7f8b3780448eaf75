"""Scaling of every command in the size of each hostile input kind (issue 19): doubling, not guessing.

Each input kind is generated at a base size and doubled a few times; every command runs on each size
in its own subprocess (``python -m bilingual``), and the CPU time (user + system, ``wait4``'s rusage of
that child) and peak memory (``ru_maxrss``) are measured. From them, the growth per doubling, on differences so that every fixed cost (start-up,
models and word lists loaded once) cancels::

    growth(2n -> 4n) = (cost(4n) - cost(2n)) / (cost(2n) - cost(n))

A linear path grows 2x per doubling, a quadratic one 4x; anything above 2.5x is flagged, when both
differences are big enough to measure (``--min-cpu`` seconds, ``--min-mb`` MB); below that it
is shown in brackets and never flagged (timing noise). Hence at least 3 sizes. ``translate`` is skipped when no model is installed (exit 3).

Each command runs ``--repeat`` rounds (at least 5; a round that times out or crashes ends the repeats of that
command), every round running every size, the first size rotating from round to round; CPU time, wall time and
peak memory are the medians over the rounds, the growths are taken on the medians, and beside each CPU growth
its min-max over the rounds (each round's own growth). There is no peer: the comparison is the command with
itself at twice the size; the one-comment start-up of each command is printed as the fixed cost.

Kinds (the size is what doubles):
  spaces   a plain-text dump whose header line holds N spaces (the backtracking header pattern)
  tabs     one comment with N tabs between Arabic words (tab expansion in show and the terminal report)
  dots     an Arabic passage replied to with N dots (sentence splitting and pairing)
  marks    an Arabic word with N combining marks stacked on it
  zwnj     N Arabic letters each followed by a ZWNJ (normalize's Arabic runs)
  word     one Arabic word of N letters and a one-line English reply (name matching in pairing)
  lamalef  N lam-alef ligatures (U+FEFB) and an English reply (shaping and normalization)
  nesting  a Disqus message with markup nested N deep (the HTML-to-text pass)
  chain    a reply chain N deep, every other comment Arabic (the 100,000-deep chain of the issue)
  comments N top-level comments, every other one Arabic with its translation as a reply
  leads    a reply of N introducing phrases ("It's saying It's saying ...": pairing's lead-ins)
  inline   a reply of one line holding N Arabic passages, each with its translation in brackets (pairing's lines)
  lines    a reply of N Arabic lines, each with its translation on the line under it (pairing in one comment)

Run:  python3 bench/bench_scaling.py                    # every kind and command, 4 sizes
      python3 bench/bench_scaling.py --quick             # smaller bases (a few minutes)
      python3 bench/bench_scaling.py --kind chain --command report --sizes 5
Exit status 1 when some growth is flagged.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from _timing import MIN_REPEAT, environment, load

ROOT = Path(__file__).resolve().parent.parent
ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
TRANSLATION = "Translation: O God, let us reach the democracy of Saudi Arabia and the prosperity of Somalia."
LIMIT = 2.5


def _jsonl(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _pair(arabic: str, reply: str = TRANSLATION) -> str:
    return _jsonl([{"id": "1", "author": "a", "text": arabic}, {"id": "2", "parent": "1", "author": "b", "text": reply}])


def _disqus(message: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns:dsq="http://disqus.com/disqus-internals">'
            '<thread dsq:id="t"><title>T</title></thread><post dsq:id="p1"><thread dsq:id="t"/>'
            f"<message><![CDATA[{message}]]></message><author><name>a</name></author></post></disqus>\n")


#: kind -> (base size, quick base size, file suffix, generator of the input of size n)
KINDS: dict[str, tuple[int, int, str, Callable[[int], str]]] = {
    "spaces": (20_000, 20_000, "txt", lambda n: "T\n\n  1. a" + " " * n + "b\n\n    " + ARABIC + "\n"),
    "tabs": (16_000, 16_000, "jsonl", lambda n: _jsonl([{"id": "1", "author": "a", "text": ARABIC + "\t" * n + ARABIC}])),
    "dots": (8_000, 8_000, "jsonl", lambda n: _pair(ARABIC, "." * n)),
    "marks": (8_000, 8_000, "jsonl", lambda n: _pair("ب" + "\u0651" * n + " " + ARABIC)),
    "zwnj": (8_000, 8_000, "jsonl", lambda n: _pair("ب\u200c" * n)),
    "word": (1_200, 300, "jsonl", lambda n: _pair("ب" * n, "This is the translation.")),
    "lamalef": (1_200, 300, "jsonl", lambda n: _pair("\ufefb" * n, "This is the translation.")),
    "nesting": (8_000, 8_000, "xml", lambda n: _disqus("<b>" * n + ARABIC + "</b>" * n)),
    "chain": (1_000, 500, "jsonl", lambda n: _jsonl([{"id": str(i), "parent": str(i - 1) if i else None, "author": f"u{i % 7}",
                                                      "text": f"reply {i} " + (ARABIC if i % 2 else "hi")} for i in range(n)])),
    "comments": (2_000, 1_000, "jsonl", lambda n: _jsonl([{"id": str(i), "parent": str(i - 1) if i % 2 else None, "author": f"u{i % 13}",
                                                         "text": ARABIC if i % 2 == 0 else TRANSLATION} for i in range(n)])),
    "leads": (8_000, 4_000, "jsonl", lambda n: _pair(ARABIC, "It's saying " * n + "hi")),
    "inline": (500, 250, "jsonl", lambda n: _pair(ARABIC, f"{ARABIC} ({TRANSLATION[13:]}) " * n)),
    "lines": (500, 250, "jsonl", lambda n: _pair(ARABIC, f"{ARABIC}\n{TRANSLATION[13:]}\n" * n)),
}

COMMANDS: dict[str, list[str]] = {
    "thread": ["thread"],
    "segment": ["segment"],
    "normalize": ["normalize"],
    "show": ["show", "--width", "80", "--bidi", "visual"],
    "translate": ["translate"],
    "pairs": ["pairs"],
    "report": ["report", "--no-mt", "-f", "json"],
}


@dataclass
class Cost:
    """One run: CPU and wall seconds of the child, its peak RSS in MB, its exit status (None: timed out)."""

    cpu: float
    wall: float
    mb: float
    rc: int | None


def measure(command: list[str], path: Path, env: dict[str, str], timeout: float) -> Cost:
    """Run ``python -m bilingual COMMAND PATH`` once; CPU time and peak RSS from ``wait4``, wall time beside."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen([sys.executable, "-m", "bilingual", command[0], str(path), *command[1:]], stdout=devnull,
                                stderr=devnull, env=env, cwd=path.parent)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                return Cost(usage.ru_utime + usage.ru_stime, time.perf_counter() - start, usage.ru_maxrss / 1024, proc.returncode)
            if time.monotonic() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                return Cost(usage.ru_utime + usage.ru_stime, time.perf_counter() - start, usage.ru_maxrss / 1024, None)
            time.sleep(0.02)


def growths(values: list[float], floor: float) -> list[tuple[float, bool]]:
    """Growth per doubling from consecutive differences, and whether each is big enough to judge."""
    diffs = [b - a for a, b in zip(values, values[1:])]
    return [(max(d2, 1e-3) / max(d1, 1e-3), min(d1, d2) >= floor) for d1, d2 in zip(diffs, diffs[1:])]


def rounds(command: list[str], paths: list[Path], env: dict[str, str], timeout: float, repeat: int) -> list[list[Cost]]:
    """``repeat`` rounds of ``command`` on every path, the first path rotating; the costs of each
    round in the order of ``paths``. A round with a timeout or a crash is the last."""
    out: list[list[Cost]] = []
    for r in range(repeat):
        order = list(range(len(paths)))
        order = order[r % len(order):] + order[:r % len(order)]
        costs: dict[int, Cost] = {k: measure(command, paths[k], env, timeout) for k in order}
        out.append([costs[k] for k in range(len(paths))])
        if any(c.rc is None or c.rc not in (0, 2) for c in costs.values()):
            break
    return out


def median_cost(runs: list[Cost]) -> Cost:
    """The medians of ``runs``' CPU, wall and memory; the exit status of the worst run."""
    bad = [c.rc for c in runs if c.rc is None or c.rc not in (0, 2)]
    return Cost(statistics.median(c.cpu for c in runs), statistics.median(c.wall for c in runs),
                statistics.median(c.mb for c in runs), (bad[0] if bad else runs[0].rc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only these kinds (repeatable)")
    parser.add_argument("--command", action="append", choices=list(COMMANDS), help="only these commands (repeatable)")
    parser.add_argument("--sizes", type=int, default=4, help="sizes per kind: the base and its doublings (default 4)")
    parser.add_argument("--quick", action="store_true", help="start from smaller bases (a few minutes)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds a run may take before it counts as a hang")
    parser.add_argument("--min-cpu", type=float, default=0.25, help="smallest CPU difference (s) a growth is judged on")
    parser.add_argument("--min-mb", type=float, default=16, help="smallest memory difference (MB) a growth is judged on")
    parser.add_argument("--json", action="store_true", help="print every measurement as JSON at the end")
    parser.add_argument("--repeat", type=int, default=MIN_REPEAT, help=f"rounds over the sizes (at least {MIN_REPEAT}; medians)")
    args = parser.parse_args(argv)
    if args.repeat < MIN_REPEAT:
        parser.error(f"--repeat must be at least {MIN_REPEAT}: the spread needs them")
    sizes = max(args.sizes, 3)
    kinds = args.kind or list(KINDS)
    commands = args.command or list(COMMANDS)
    flagged: list[str] = []
    records: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = {**os.environ, "BILINGUAL_CACHE": "off", "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        one = Path(tmp) / "one.jsonl"
        one.write_text(_pair("مرحبا", "hello"), encoding="utf-8")
        print(environment("bilingual"), flush=True)
        startup = {c: median_cost(sum(rounds(COMMANDS[c], [one], env, args.timeout, args.repeat), [])) for c in commands}
        print(f"  python -m bilingual COMMAND INPUT, BILINGUAL_CACHE=off, default options; {args.repeat} rounds, medians; "
              f"CPU growth: on the medians [min-max of each round's own]")
        print(f"{'kind':<9} {'command':<10} {'sizes':<28} {'CPU s':<30} {'growth':<30} {'wall s':<30} {'peak MB':<24} {'growth':<14}",
              flush=True)
        for kind in kinds:
            base, quick_base, suffix, make = KINDS[kind]
            ns = [(quick_base if args.quick else base) << k for k in range(sizes)]
            paths = []
            for n in ns:
                path = Path(tmp) / f"{kind}-{n}.{suffix}"
                path.write_text(make(n), encoding="utf-8")
                paths.append(path)
            for command in commands:
                if startup[command].rc == 3:
                    print(f"{kind:<9} {command:<10} skipped: no model installed (exit 3)", flush=True)
                    continue
                runs = rounds(COMMANDS[command], paths, env, args.timeout, args.repeat)
                costs = [median_cost([run[k] for run in runs]) for k in range(len(paths))]
                cpu_g = growths([c.cpu for c in costs], args.min_cpu)
                per_round = [[g for g, _ in growths([c.cpu for c in run], 0)] for run in runs]
                mem_g = growths([c.mb for c in costs], args.min_mb)
                bad = [c for c in costs if c.rc is None or c.rc not in (0, 2)]
                over = [g for g, judged in cpu_g + mem_g if judged and g > LIMIT]
                mark = "  TIMEOUT/FAIL" if bad else "  FLAG" if over else ""
                if mark:
                    flagged.append(f"{kind} {command}{mark}")

                def fmt(gs: list[tuple[float, bool]]) -> str:
                    return " ".join(f"{g:.1f}x" if judged else f"[{g:.1f}]" for g, judged in gs)

                cpu_text = " ".join(f"{'' if judged else '['}{g:.1f}{'x' if judged else ']'}"
                                    f"({min(r[k] for r in per_round):.1f}-{max(r[k] for r in per_round):.1f})"
                                    for k, (g, judged) in enumerate(cpu_g))
                print(f"{kind:<9} {command:<10} {' '.join(f'{n:,}' for n in ns):<28} {' '.join(f'{c.cpu:.2f}' for c in costs):<30} "
                      f"{cpu_text:<30} {' '.join(f'{c.wall:.2f}' for c in costs):<30} "
                      f"{' '.join(f'{c.mb:.0f}' for c in costs):<24} {fmt(mem_g):<14}{mark}", flush=True)
                records.append({"kind": kind, "command": command, "sizes": ns, "rounds": len(runs),
                                "cpu": [c.cpu for c in costs], "wall": [c.wall for c in costs], "mb": [c.mb for c in costs],
                                "rc": [c.rc for c in costs], "startup_cpu": startup[command].cpu, "startup_mb": startup[command].mb})
    print("start-up (one comment, medians): " + ", ".join(f"{c} {s.cpu:.2f} s / {s.mb:.0f} MB" for c, s in startup.items()))
    print(f"load average after: {load()}")
    print(f"flagged (> {LIMIT}x per doubling, or a timeout/crash): {', '.join(flagged) if flagged else 'none'}")
    if args.json:
        print(json.dumps(records))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
