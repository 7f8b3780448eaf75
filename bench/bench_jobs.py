"""One big thread on one core and on every core: ``bilingual report --no-mt --jobs 1`` against
``--jobs N``, interleaved in one run (issue 20: 2 cores at least 1.7x one core); with ``--base``,
the same commands with an older tree's code too, interleaved (issue 19: the deep chain's CPU and
memory, now against before).

The thread is bench_report's generated JSONL thread (seed 000's clauses recombined, about one
passage per 6.4 comments), or with ``--chain DEPTH`` tests/test_hostile.py's reply chain (every
other comment the same Arabic prayer). Each run is a fresh process; wall time is the figure for
``--jobs`` (the point of more processes), CPU time of the whole process tree beside it (what the
extra processes cost; issue 19's goal counts it) and the peak RSS of the largest process. Printed:
medians and min-max over ``--runs``, the per-round ratios, and whether every page is byte-identical
(across jobs and trees). The load average before and after is printed: with other work on the
machine, a second core is not free and the wall ratio says little; ``--stages`` also prints, from
CPU times alone, what stays sequential and the best wall time two free cores could give;
``--contention`` measures how much two busy processes slow each other on this machine (one
``--jobs 1`` report alone against two at once), which bounds any ``--jobs 2`` figure.

    python bench/bench_jobs.py [--comments 10000 | --chain 100000] [--runs 5] [--jobs 2] [--base DIR] [--stages | --contention]
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def measured(tree: Path, source: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """CPU seconds (the process and the workers it waited for), wall seconds and peak RSS in MB
    (the largest process, ``wait4``) of one ``report --no-mt --jobs N`` with ``tree``'s code."""
    return finished(*started(tree, source, out, jobs))


def started(tree: Path, source: Path, out: Path, jobs: int) -> tuple[Path, subprocess.Popen[bytes], Any, float]:
    """One ``report --no-mt --jobs N`` with ``tree``'s code started (its stderr to a temporary file):
    what :func:`finished` waits for."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BILINGUAL_CACHE": "off"}
    env.pop("BILINGUAL_DEBUG", None)
    command = [sys.executable, "-m", "bilingual", "report", str(source), "-o", str(out), "--no-mt", "--jobs", str(jobs)]
    err = tempfile.TemporaryFile()
    return tree, subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=err), err, time.perf_counter()


def finished(tree: Path, proc: subprocess.Popen[bytes], err: Any, start: float) -> tuple[float, float, float]:
    """:func:`measured`'s figures of a report :func:`started`, once it ends."""
    with err:
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"{tree}: report failed: {err.read().decode(errors='replace').strip()[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def contention(tree: Path, source: Path, tmp: Path, runs: int) -> None:
    """How much two busy processes slow each other on this machine, whatever the code: one
    ``report --no-mt --jobs 1`` alone, then two at once (the same input), interleaved ``runs``
    times. Two jobs cannot beat 2 x (one report's wall alone) / (the wall of two at once): that is
    the speed-up two processes get with no sequential part and no work duplicated at all."""
    alone: list[tuple[float, float, float]] = []
    both: list[tuple[float, float, float]] = []
    for _ in range(runs):
        alone.append(measured(tree, source, tmp / "alone.html", 1))
        pair = [started(tree, source, tmp / f"both-{k}.html", 1) for k in range(2)]
        both.extend(finished(*one) for one in pair)
    print(f"one alone: CPU {spread([c for c, _, _ in alone])} s, wall {spread([w for _, w, _ in alone])} s; "
          f"each of two at once: CPU {spread([c for c, _, _ in both])} s, wall {spread([w for _, w, _ in both])} s")
    ceilings = [2 * a[1] / max(b[1], c[1]) for a, b, c in zip(alone, both[::2], both[1::2])]
    print(f"CPU of one of two at once / CPU alone: {statistics.median(c for c, _, _ in both) / statistics.median(c for c, _, _ in alone):.3f}x; "
          f"two processes' ceiling, 2 x wall alone / wall of two at once, per round: {spread(ceilings)}x")


#: The report's stages as ``--stages`` runs them, in order.
STAGES = ("read", "segment", "pair", "build", "page")


def staged(tree: Path, source: Path, out: Path, jobs: int) -> dict[str, dict[str, float]]:
    """Per stage of one report in a fresh process with ``tree``'s code (:func:`stage_child`):
    wall, parent CPU, workers' CPU (seconds), RSS after and peak RSS so far (MB)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BILINGUAL_CACHE": "off"}
    command = [sys.executable, __file__, "--stage-child", str(source), str(out), str(jobs)]
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: staged report failed: {done.stderr.strip()[-800:]}")
    found: dict[str, dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _status_mb(field: str) -> float:
    """A ``/proc/self/status`` memory field (VmRSS, VmHWM) in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def stage_child(source: str, out: str, jobs: int) -> None:
    """In a fresh process: the stages of ``report --no-mt --jobs N`` as the command runs them, each
    timed; prints one JSON line, stage -> figures."""
    from bilingual import collector
    from bilingual.collector import few_collections
    from bilingual.doc import ModelInfo
    from bilingual.pipeline import Machine, Result, Settings, _pair, _segment
    from bilingual.report import html_pieces
    from bilingual.report.builder import build
    from bilingual.threads import iter_threads

    figures: dict[str, dict[str, float]] = {}
    state: dict[str, object] = {}
    settings = Settings(mt=False, jobs=jobs)
    machine = Machine(ModelInfo("off", message="machine translation was turned off (--no-mt)"))

    def read() -> None:
        state["thread"] = next(iter_threads(source))

    def segment() -> None:
        state["docs"], state["layers"] = _segment(state["thread"], settings.max_chars, jobs)  # type: ignore[arg-type]

    def pair() -> None:
        _pair(state["thread"], state["layers"], machine, False, jobs)  # type: ignore[arg-type]

    def make() -> None:
        result = Result(state["thread"], state.pop("docs"), state.pop("layers"), machine.info, settings)  # type: ignore[arg-type]
        state["report"] = build(result, source=source)

    def page() -> None:
        with open(out, "w", encoding="utf-8") as f:
            for piece in html_pieces(state["report"]):  # type: ignore[arg-type]
                f.write(piece)

    for setting in ("one_malloc_arena", "large_blocks_mapped"):  # the allocator as the command sets it (cli.main), where the tree has it
        getattr(collector, setting, lambda: None)()
    pooled = _count_pooled_cpu()
    with few_collections():
        for name, step in zip(STAGES, (read, segment, pair, make, page)):
            wall, cpu, shared = time.perf_counter(), time.process_time(), pooled[0]
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            step()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            figures[name] = {
                "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "pooled": pooled[0] - shared,
                "workers": after.ru_utime + after.ru_stime - kids.ru_utime - kids.ru_stime,
                "rss": _status_mb("VmRSS"), "peak": _status_mb("VmHWM"),
            }
    print(json.dumps(figures))


def _count_pooled_cpu() -> list[float]:
    """Count the parent's CPU seconds spent while its forked workers run (``fork_map`` that forks,
    ``Workers`` from start to end) into the list's one item: the rest of the parent's CPU is what no
    other process runs beside."""
    from bilingual import parallel
    from bilingual.pairing import find

    pooled = [0.0]
    fork_map = parallel.fork_map

    def counted_map(function: Any, state: Any, count: int, jobs: int) -> Any:
        if not parallel.forks(count, jobs):
            return fork_map(function, state, count, jobs)
        start = time.process_time()
        try:
            return fork_map(function, state, count, jobs)
        finally:
            pooled[0] += time.process_time() - start

    enter, leave = parallel.Workers.__enter__, parallel.Workers.__exit__
    started: list[float] = []

    def counted_enter(self: Any) -> Any:
        started.append(time.process_time())
        return enter(self)

    def counted_exit(self: Any, *exc: Any) -> None:
        leave(self, *exc)
        pooled[0] += time.process_time() - started.pop()

    setattr(find, "fork_map", counted_map)  # pairing's own name for it
    parallel.Workers.__enter__, parallel.Workers.__exit__ = counted_enter, counted_exit  # type: ignore[method-assign]
    return pooled


def print_stages(name: str, jobs: int, runs: list[dict[str, dict[str, float]]]) -> float:
    """The medians of each stage's figures over ``runs`` (see :func:`staged`); returns the median
    total of the bound below.

    "alone" is the parent's CPU while no worker of its runs (what stays sequential); "bound" is the
    wall time on ``jobs`` free cores if everything else were spread evenly over them with no waiting:
    alone + (the parent's other CPU + the workers' CPU) / jobs. A bound from CPU times, not a
    measured wall time: it does not depend on the load, and with one job it is the CPU time."""
    print(f"{name} --jobs {jobs}, medians of {len(runs)}: stage  wall s | parent CPU s | workers CPU s | parent alone s | "
          f"bound s | RSS after / peak MB")
    for run in runs:
        for figures in run.values():
            figures["alone"] = figures["cpu"] - figures.get("pooled", 0.0)
            figures["bound"] = figures["alone"] + (figures["cpu"] - figures["alone"] + figures["workers"]) / jobs
    for stage in STAGES:
        m = {key: statistics.median(run[stage][key] for run in runs) for key in runs[0][stage]}
        print(f"  {stage:8} {m['wall']:7.2f} | {m['cpu']:7.2f} | {m['workers']:7.2f} | {m['alone']:7.2f} | {m['bound']:7.2f} | "
              f"{m['rss']:6.0f} / {m['peak']:6.0f}")
    keys = ("wall", "cpu", "workers", "alone", "bound")
    total = {key: statistics.median(sum(run[s][key] for s in STAGES) for run in runs) for key in keys}
    print(f"  {'total':8} {total['wall']:7.2f} | {total['cpu']:7.2f} | {total['workers']:7.2f} | {total['alone']:7.2f} | {total['bound']:7.2f} |")
    return total["bound"]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} [{min(values):.2f}-{max(values):.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--chain", type=int, default=0, help="the reply chain this deep instead of the generated thread")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--base", type=Path, help="a tree with older code (e.g. a git worktree), run interleaved")
    parser.add_argument("--stages", action="store_true", help="time each stage of the report (parent and workers)")
    parser.add_argument("--contention", action="store_true",
                        help="instead: --jobs 1 alone against two --jobs 1 at once (how much two processes slow each other here)")
    parser.add_argument("--stage-child", nargs=3, metavar=("SOURCE", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage_child:
        source, out, jobs = args.stage_child
        stage_child(source, out, int(jobs))
        return
    from bench_pipeline import deep_chain
    from bench_report import generate, material

    trees = {"now": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp_name:
        tmp = Path(tmp_name)
        source = tmp / "thread.jsonl"
        if args.chain:
            source.write_text(deep_chain(args.chain), encoding="utf-8")
            what = f"the {args.chain:,}-deep reply chain"
        else:
            pairs, english = material()
            source.write_text(generate(args.comments, pairs, english), encoding="utf-8")
            what = f"{args.comments:,} generated comments"
        print(f"{what} ({source.stat().st_size / 1e6:.1f} MB); {args.runs} interleaved runs of {', '.join(trees)}; "
              f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        runs = [(name, jobs) for name in trees for jobs in dict.fromkeys((1, args.jobs))]
        cpu: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
        wall: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
        peak: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
        pages: set[bytes] = set()
        if args.contention:
            contention(ROOT, source, tmp, args.runs)
            print(f"load average after: {os.getloadavg()[0]:.1f}")
            return
        if args.stages:
            stages: dict[tuple[str, int], list[dict[str, dict[str, float]]]] = {run: [] for run in runs}
            for _ in range(args.runs):
                for name, jobs in runs:
                    out = tmp / f"{name}-{jobs}.html"
                    stages[name, jobs].append(staged(trees[name], source, out, jobs))
                    pages.add(out.read_bytes())
            bounds = {run: print_stages(*run, stages[run]) for run in runs}
            for name in trees:
                if args.jobs != 1:
                    print(f"{name}: bound with one job / bound with {args.jobs} (the speed-up on {args.jobs} free cores at best): "
                          f"{bounds[name, 1] / bounds[name, args.jobs]:.2f}x")
            print(f"pages identical: {len(pages) == 1}; load average after: {os.getloadavg()[0]:.1f}")
            return
        for _ in range(args.runs):
            for name, jobs in runs:
                out = tmp / f"{name}-{jobs}.html"
                c, w, m = measured(trees[name], source, out, jobs)
                cpu[name, jobs].append(c)
                wall[name, jobs].append(w)
                peak[name, jobs].append(m)
                pages.add(out.read_bytes())
        for name, jobs in runs:
            print(f"{name} --jobs {jobs}: CPU {spread(cpu[name, jobs])} s, wall {spread(wall[name, jobs])} s, "
                  f"peak {spread(peak[name, jobs])} MB (median [min-max])")
        for name in trees:
            if args.jobs != 1:
                ratios = [a / b for a, b in zip(wall[name, 1], wall[name, args.jobs])]
                print(f"{name}: --jobs {args.jobs} speed-up, wall: {spread(ratios)}x")
        if args.base:
            for jobs in dict.fromkeys((1, args.jobs)):
                ratios = [b / a for a, b in zip(cpu["now", jobs], cpu["base", jobs])]
                print(f"--jobs {jobs}: base CPU / now CPU, per round: {spread(ratios)}x")
        print(f"pages identical: {len(pages) == 1}; load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
