"""CPU time of ``bilingual report --no-mt`` before and after a change, interleaved in one run.

The issue's figure for the one pipeline: the report of seed 000 and of the generated 10,000-comment
thread (bench/bench_report.py's generator) take no more CPU time than before the change. The
base revision is checked out in a temporary git worktree and both trees run the same command on
the same inputs in each of ``--runs`` rounds (at least 5), the first tree rotating
(``bench/_timing.py``); the CPU time (user + system) of each child process is read from
``getrusage``, wall time beside it. Medians and the spread of the ratio (CPU and wall) are printed,
with the environment line (UTC time, versions, cores, load) and the load after.

    python bench/bench_pipeline.py [--base 5d34161] [--runs 5] [--comments 10000]

``--stages`` (issues 19 and 20, the deep chain and memory): the 100,000-deep reply chain of
tests/test_hostile.py and a generated ``--comments`` thread, each run by both trees interleaved:
the whole command (CPU of the process tree, wall, peak RSS of the largest process, from
``wait4``) and, in a child process per tree, stage by stage (read, segment, pair with one job,
build, HTML written to a file): CPU and wall seconds of the stage and the process's peak RSS
(``VmHWM``) at its end, with its RSS then. The input's size is printed beside it (issue 20: at
most 10x).

    python bench/bench_pipeline.py --stages [--base 3a8fdb8] [--runs 1] [--depth 100000] [--comments 100000]

``--stages`` runs once by default (issue 20 item 7 asks for 5 rounds elsewhere): it reports peak memory
and each stage's share, not a timed ratio, and one round of its 100,000-comment thread and 100,000-deep
chain costs both trees several minutes each (the 100,000-comment report alone ran 109 s, 975 MiB, in
issue 20); ``--runs 5`` gives medians where the times matter. Its rounds rotate the first tree too.

``--pairing`` (issues 14 and 19): pairing alone (``pairing.find.find_pairs``, one job, no MT) on the
``--depth``-deep reply chain and the generated ``--comments`` thread, each tree in a child process
that reads and segments first, then times only pairing (CPU of the process); interleaved, with a
digest of every pair (translation, score, reason, route, flags, evidence): the trees must agree.

    python bench/bench_pipeline.py --pairing [--base HEAD] [--runs 5] [--depth 20000] [--comments 10000]

``--now PATH`` measures another checkout (a git worktree holding one change) instead of the working
tree, so that one change is measured apart from the others in progress in a shared tree;
``--no-chain`` leaves the deep chain out of ``--stages``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import MIN_REPEAT, environment, interleaved, load, ratio_line, spread  # noqa: E402
from bench_jobs import measured  # noqa: E402  (one report run measured, --jobs 0: all cores, the default)


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


#: Run in a child with a tree's code: the report's stages one by one, as the command runs them
#: (under the collector setting of bilingual.collector), one JSON line per stage.
STAGES = r"""
import json, os, sys, time
from pathlib import Path

def memory():
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

last = [time.process_time(), time.perf_counter()]
def done(stage):
    now = [time.process_time(), time.perf_counter()]
    rss, peak = memory()
    print(json.dumps({"stage": stage, "cpu": now[0] - last[0], "wall": now[1] - last[1], "rss": rss, "peak": peak}), flush=True)
    last[:] = now

from bilingual.collector import few_collections
with few_collections():
    from bilingual.doc import ModelInfo
    from bilingual.pipeline import Machine, Result, Settings, _pair, _segment
    from bilingual.report.builder import build
    from bilingual.report.html import html_pieces
    from bilingual.threads import read
    done("import")
    thread = read(sys.argv[1])
    done("read")
    docs, layers = _segment(thread, Settings().max_chars)
    done("segment")
    machine = Machine(ModelInfo("off", message="machine translation was turned off (--no-mt)"))
    _pair(thread, layers, machine, False, 1)
    done("pair")
    report = build(Result(thread, docs, layers, machine.info, Settings(mt=False)), source=sys.argv[1])
    done("build")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for piece in html_pieces(report):
            out.write(piece)
    done("html")
"""


def run_stages(tree: Path, source: Path, out: Path) -> list[dict[str, float]]:
    """The stages of one report of ``source`` with ``tree``'s code, in a child process."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BILINGUAL_CACHE": "off"}
    proc = subprocess.run([sys.executable, "-c", STAGES, str(source), str(out)], cwd=tree, env=env, capture_output=True, text=True, timeout=7200)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: stages failed: {proc.stderr.strip()[-800:]}")
    return [json.loads(line) for line in proc.stdout.splitlines()]


def deep_chain(depth: int) -> str:
    """The reply chain of tests/test_hostile.py::test_100000_deep_chain_report_is_no_blow_up_and_stays_under_500_mb."""
    arabic = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
    rows = [{"id": str(i), "parent": str(i - 1) if i else None, "author": f"u{i % 7}", "text": f"reply {i} " + (arabic if i % 2 else "hi")}
            for i in range(depth)]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stages(args: argparse.Namespace, base: Path, tmp: Path) -> None:
    """Issues 19 and 20: the whole command and its stages, base and now interleaved."""
    from bench_report import generate, material

    chain = tmp / "deep.jsonl"
    if args.chain:
        chain.write_text(deep_chain(args.depth), encoding="utf-8")
    big = tmp / "big.jsonl"
    pairs, english = material()
    big.write_text(generate(args.comments, pairs, english), encoding="utf-8")
    trees = (("base", base), ("now", args.now))
    inputs = [(f"{args.depth:,}-deep reply chain", chain)] if args.chain else []
    for name, source in inputs + [(f"{args.comments:,}-comment thread", big)]:
        size = source.stat().st_size / 2**20
        print(f"\n{name}: {size:.1f} MB of input; base {args.base} against {args.now}; {args.runs} interleaved run(s), medians")
        whole: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in trees}
        staged: dict[str, list[list[dict[str, float]]]] = {label: [] for label, _ in trees}
        for r in range(args.runs):
            for label, tree in trees[r % 2:] + trees[:r % 2]:
                whole[label].append(measured(tree, source, tmp / f"{label}.html", 0))
                staged[label].append(run_stages(tree, source, tmp / f"{label}-stages.html"))
        print(f"  {'':<10} {'CPU s':>8} {'wall s':>8} {'peak MB':>8} {'x input':>8}")
        for label, _ in trees:
            cpu, wall, mb = (statistics.median(v[k] for v in whole[label]) for k in range(3))
            print(f"  {label + ' report':<10} {cpu:8.2f} {wall:8.2f} {mb:8.0f} {mb / size:8.1f}   (the command, every core)")
        print(f"  now/base, the command, round by round: {ratio_line([w[:2] for w in whole['now']], [w[:2] for w in whole['base']])}")
        print("  stages, one job, in one process (CPU s / wall s / RSS at the end MB / peak so far MB):")
        names = [row["stage"] for row in staged["now"][0]]
        print("  " + f"{'stage':<9}" + "".join(f" {label:>28}" for label, _ in trees))
        for k, stage in enumerate(names):
            cells = []
            for label, _ in trees:
                rows = [run[k] for run in staged[label]]
                cpu, wall, rss, peak = (statistics.median(r[f] for r in rows) for f in ("cpu", "wall", "rss", "peak"))
                cells.append(f"{cpu:6.2f} {wall:6.2f} {rss:6.0f} {peak:6.0f}")
            print("  " + f"{stage:<9}" + "".join(f" {c:>28}" for c in cells))
    print(f"load average after: {load()}")


# In a child process with one tree's code: read and segment, then pairing alone (CPU, wall) and a digest of the pairs.
_PAIRING = """
import hashlib, sys, time
from bilingual.pairing import find
from bilingual.segment import passages
from bilingual.threads import read
thread = read(sys.argv[1])
found = passages(thread)
layers = [find._layers(p) for p in found]
start, wall = time.process_time(), time.perf_counter()
out = find.find_pairs(thread, found, segments=[s for s, _ in layers], texts=[t for _, t in layers])
cpu, wall = time.process_time() - start, time.perf_counter() - wall
digest = hashlib.sha1(repr([(p.translation, p.score, p.reason, p.via, p.flags, p.evidence) for p in out]).encode()).hexdigest()
print(cpu, wall, digest, len(found), sum(p.translation is not None for p in out))
"""


def pairing(args: argparse.Namespace, base: Path, tmp: Path) -> None:
    """Issues 14 and 19: pairing alone, base and now interleaved, on the deep chain and the generated thread."""
    from bench_report import generate, material

    chain = tmp / "deep.jsonl"
    chain.write_text(deep_chain(args.depth), encoding="utf-8")
    big = tmp / "big.jsonl"
    pairs, english = material()
    big.write_text(generate(args.comments, pairs, english), encoding="utf-8")
    print(f"pairing alone (find_pairs, one job, no MT); base {args.base} against {args.now}; {args.runs} rounds, the first "
          "tree rotating; CPU and wall seconds of pairing in each tree's child process")
    for name, source in ((f"{args.depth:,}-deep reply chain", chain), (f"{args.comments:,}-comment thread", big)):
        digests: set[str] = set()
        found: list[str] = []

        def paired(tree: Path) -> tuple[float, float]:
            env = {**os.environ, "PYTHONPATH": str(tree), "BILINGUAL_CACHE": "off"}
            done = subprocess.run([sys.executable, "-c", _PAIRING, str(source)], cwd=tree, env=env, capture_output=True, text=True, check=True)
            cpu, wall, digest, *counts = done.stdout.split()
            digests.add(digest)
            found[:] = counts
            return float(cpu), float(wall)

        times = interleaved({"base": lambda: paired(base), "now": lambda: paired(args.now)}, args.runs)
        print(f"{name} ({found[0]} passages, {found[1]} paired): CPU base {spread([t[0] for t in times['base']], ' s')}, "
              f"now {spread([t[0] for t in times['now']], ' s')}; now/base {ratio_line(times['now'], times['base'])}; "
              f"pairs {'identical' if len(digests) == 1 else 'DIFFER'}; load average after {load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default=None, help="the revision to compare with (default: 5d34161, before the pipeline; with --stages 3a8fdb8)")
    parser.add_argument("--runs", type=int, default=None,
                        help=f"interleaved rounds (default and least {MIN_REPEAT}; --stages: default 1, see above)")
    parser.add_argument("--comments", type=int, default=None, help="comments of the generated thread (default 10,000; with --stages 100,000)")
    parser.add_argument("--stages", action="store_true", help="issues 19 and 20: the deep chain and the big thread, stage by stage, CPU, wall and memory")
    parser.add_argument("--pairing", action="store_true", help="issues 14 and 19: pairing alone on the deep chain and the generated thread")
    parser.add_argument("--depth", type=int, default=None, help="with --stages (default 100,000) or --pairing (20,000): the reply chain's depth")
    parser.add_argument("--no-chain", dest="chain", action="store_false", help="with --stages: the generated thread only")
    parser.add_argument("--now", type=Path, default=ROOT, help="the checkout to measure against the base (default: this working tree)")
    args = parser.parse_args()
    args.base = args.base or ("3a8fdb8" if args.stages else "5d34161")
    args.runs = args.runs or (1 if args.stages else MIN_REPEAT)
    if args.runs < MIN_REPEAT and not args.stages:
        parser.error(f"--runs must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    args.comments = args.comments or (100_000 if args.stages else 10_000)
    args.depth = args.depth or (100_000 if args.stages else 20_000)
    args.now = args.now.resolve()
    from bench_report import generate, material

    print(environment("bilingual"))
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp_name:
        tmp = Path(tmp_name)
        base = tmp / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            if args.stages:
                stages(args, base, tmp)
                return
            if args.pairing:
                pairing(args, base, tmp)
                return
            big = tmp / "big.jsonl"
            pairs, english = material()
            big.write_text(generate(args.comments, pairs, english), encoding="utf-8")
            print(f"base {args.base} against {args.now}; {args.runs} rounds, the first tree rotating; CPU seconds (wall)")
            for name, source in (("seed 000", SEED000), (f"{args.comments:,} comments", big)):
                times = interleaved({label: partial(run_report, tree, source, tmp / f"{label}.html")
                                     for label, tree in (("base", base), ("now", args.now))}, args.runs)
                medians = {label: [statistics.median(t[k] for t in runs) for k in (0, 1)] for label, runs in times.items()}
                print(f"{name}: base {medians['base'][0]:.2f} s ({medians['base'][1]:.2f}), "
                      f"now {medians['now'][0]:.2f} s ({medians['now'][1]:.2f}); now/base {ratio_line(times['now'], times['base'])}")
            print(f"load average after: {load()}")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)


if __name__ == "__main__":
    main()
