"""One big thread on one core and on every core: ``bilingual report --no-mt --jobs 1`` against
``--jobs N``, interleaved in one run (issue 20: 2 cores at least 1.7x one core); with ``--base``,
the same commands with an older tree's code too, interleaved (issue 19: the deep chain's CPU and
memory, now against before).

The thread is bench_report's generated JSONL thread (seed 000's clauses recombined, about one
passage per 6.4 comments; with ``--distinct`` the same shape made of Tatoeba, TICO-19 and ArzEn-ST sentences, which seldom repeat), or with ``--chain DEPTH`` tests/test_hostile.py's reply chain (every
other comment the same Arabic prayer). Each run is a fresh process; wall time is the figure for
``--jobs`` (the point of more processes), CPU time of the whole process tree beside it (what the
extra processes cost; issue 19's goal counts it) and the peak RSS of the largest process. Printed:
medians and min-max over ``--runs``, the per-round ratios, and whether every page is byte-identical
(across jobs and trees). The load average before and after is printed: with other work on the
machine, a second core is not free and the wall ratio says little; ``--stages`` also prints, from
CPU times alone, what stays sequential and the best wall time two free cores could give, and from
the process tree's runnable threads sampled every 10 ms, how long a free core would sit idle in each stage;
``--contention`` measures how much two busy processes slow each other on this machine (one
``--jobs 1`` report alone against two at once), which bounds any ``--jobs 2`` figure.

    python bench/bench_jobs.py [--comments 10000 [--distinct] | --chain 100000] [--runs 5] [--jobs 2] [--base DIR] [--stages | --contention]
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import environment, spread as _spread  # noqa: E402


def child_env(tree: Path) -> dict[str, str]:
    """The environment of a report run with ``tree``'s code: its bytecode read from (and written to) ``__pycache__``
    as an installed package's is, even where this shell sets ``PYTHONDONTWRITEBYTECODE`` (as this machine does):
    otherwise every run compiles the package again, about 0.2 s alone before any work, in both job counts' walls."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BILINGUAL_CACHE": "off"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compiled(tree: Path) -> None:
    """``tree``'s package byte-compiled once before the timed runs, as ``pip install`` does."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "bilingual")], env=child_env(tree), check=True,
                   stdout=subprocess.DEVNULL)


def measured(tree: Path, source: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """CPU seconds (the process and the workers it waited for), wall seconds and peak RSS in MiB (``ru_maxrss`` is KiB)
    (the largest process, ``wait4``) of one ``report --no-mt --jobs N`` with ``tree``'s code."""
    return finished(*started(tree, source, out, jobs))


def started(tree: Path, source: Path, out: Path, jobs: int) -> tuple[Path, subprocess.Popen[bytes], Any, float]:
    """One ``report --no-mt --jobs N`` with ``tree``'s code started (its stderr to a temporary file):
    what :func:`finished` waits for."""
    env = child_env(tree)
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
          f"two processes' ceiling, 2 x wall alone / wall of two at once, per round: {spread(ceilings, 'x')}")


#: The report's stages as ``--stages`` runs them, in order.
STAGES = ("read", "segment", "pair", "build", "page")


def staged(tree: Path, source: Path, out: Path, jobs: int) -> dict[str, dict[str, Any]]:
    """Per stage of one report in a fresh process with ``tree``'s code (:func:`stage_child`):
    wall, parent CPU, workers' CPU (seconds), RSS after and peak RSS so far (MiB), and what the
    process tree asked of the cores while it ran (:func:`demand`)."""
    env = child_env(tree)
    command = [sys.executable, __file__, "--stage-child", str(source), str(out), str(jobs)]
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(command, cwd=tree, env=env, stdout=stdout, stderr=stderr)
        samples = sampled(proc)
        stdout.seek(0)
        stderr.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{tree}: staged report failed: {stderr.read().decode(errors='replace').strip()[-800:]}")
        found: dict[str, dict[str, Any]] = json.loads(stdout.read().decode().strip().splitlines()[-1])
    for figures in found.values():
        figures.update(demand(samples, figures.pop("start"), figures["wall"], jobs))
    return found


#: Seconds between two looks at the process tree's threads (:func:`sampled`).
SAMPLE_EVERY = 0.01


def sampled(proc: subprocess.Popen[bytes]) -> list[tuple[float, int]]:
    """Until ``proc`` ends: every :data:`SAMPLE_EVERY` seconds, the time (``time.monotonic``) and
    how many threads of ``proc`` and its descendants are runnable (state ``R``: running, or
    waiting for a core). A thread waiting for a lock, a pipe or a child is not: that count is what
    the tree asks of the cores, whatever else runs on the machine, so the time it stays under the
    job count is where free cores would sit idle."""
    samples: list[tuple[float, int]] = []
    while proc.poll() is None:
        samples.append((time.monotonic(), _runnable(proc.pid)))
        time.sleep(SAMPLE_EVERY)
    return samples


def _runnable(root: int) -> int:
    """Runnable threads of process ``root`` and its descendants (``/proc``; 0 once it is gone)."""
    count, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/stat", "rb") as stat:
                    count += stat.read().rpartition(b")")[2].split()[0] == b"R"
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as children:
                    todo.extend(int(child) for child in children.read().split())
            except OSError:
                continue
    return count


def demand(samples: list[tuple[float, int]], start: float, wall: float, jobs: int) -> dict[str, Any]:
    """From :func:`sampled`'s samples within one stage: the seconds a core of ``jobs`` free ones
    would have been idle ("idle": the stage's wall times the mean number of cores left without a
    runnable thread) and where ("gaps": the stretches of at least :data:`GAP` seconds with fewer
    runnable threads than ``jobs``, in seconds from the stage's start)."""
    within = [(t - start, n) for t, n in samples if start <= t <= start + wall]
    if not within:
        return {"idle": 0.0, "gaps": []}
    gaps: list[tuple[float, float]] = []
    opened: float | None = None
    for t, n in [*within, (wall, jobs)]:
        if n < jobs and opened is None:
            opened = t
        elif n >= jobs and opened is not None:
            if t - opened >= GAP:
                gaps.append((opened, t))
            opened = None
    return {"idle": wall * sum(max(0, jobs - n) for _, n in within) / len(within), "gaps": gaps}


#: The shortest stretch with a core idle that ``--stages`` lists (seconds).
GAP = 0.05


def _status_mb(field: str) -> float:
    """A ``/proc/self/status`` memory field (VmRSS, VmHWM) in MiB (the file gives KiB)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def stage_child(source: str, out: str, jobs: int) -> None:
    """In a fresh process: the stages of ``report --no-mt --jobs N`` as the command runs them, each
    timed; prints one JSON line, stage -> figures."""
    from bilingual import collector, threads
    from bilingual.collector import few_collections
    from bilingual.doc import ModelInfo
    from bilingual.pipeline import Machine, Result, Settings, _pair, _segment
    from bilingual.report import build, html_pieces
    from bilingual.threads import iter_threads

    figures: dict[str, dict[str, float]] = {}
    state: dict[str, object] = {}
    settings = Settings(mt=False, jobs=jobs)
    machine = Machine(ModelInfo("off", message="machine translation was turned off (--no-mt)"))

    def read() -> None:
        with getattr(threads, "reading_jobs", lambda jobs: contextlib.nullcontext())(jobs):  # as the command reads, where the tree can
            state["thread"] = next(iter_threads(source))

    # as pipeline.run does, where the tree can: the segmenter's LineLabels handed to pairing (its maps of the thread)
    labels: dict[str, list[Any]] = {"labels": []} if "labels" in inspect.signature(_segment).parameters else {}

    def segment() -> None:
        state["docs"], state["layers"] = _segment(state["thread"], settings.max_chars, jobs, **labels)  # type: ignore[arg-type]

    def pair() -> None:
        # the heap frozen while pairing, as pipeline.run does (where the tree has it)
        with getattr(collector, "frozen_heap", contextlib.nullcontext)():
            _pair(state["thread"], state["layers"], machine, False, jobs, **labels)  # type: ignore[arg-type]
        labels.get("labels", []).clear()

    def make() -> None:
        result = Result(state["thread"], state.pop("docs"), state.pop("layers"), machine.info, settings)  # type: ignore[arg-type]
        # as the command asks for it: where the tree can, the page's workers start before the build (then run beside it)
        early: dict[str, Any] = {"page": True} if "page" in inspect.signature(build).parameters else {}
        state["report"] = build(result, source=source, **early)

    def page() -> None:
        with open(out, "w", encoding="utf-8") as f:
            for piece in html_pieces(state["report"]):  # type: ignore[arg-type]
                f.write(piece)

    for setting in ("one_malloc_arena", "large_blocks_mapped"):  # the allocator as the command sets it (cli.main), where the tree has it
        getattr(collector, setting, lambda: None)()
    pooled = _count_pooled_cpu()
    with few_collections(), contextlib.ExitStack() as frozen:
        for name, step in zip(STAGES, (read, segment, pair, make, page)):
            if name == "segment":  # the command freezes what it read from here to its end (where the tree does)
                frozen.enter_context(getattr(collector, "frozen_heap", contextlib.nullcontext)())
            wall, cpu, shared = time.monotonic(), time.process_time(), pooled()
            kids, own = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
            step()
            after, own_after = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
            figures[name] = {
                "start": wall, "wall": time.monotonic() - wall, "cpu": time.process_time() - cpu, "pooled": pooled() - shared,
                "workers": after.ru_utime + after.ru_stime - kids.ru_utime - kids.ru_stime,
                "rss": _status_mb("VmRSS"), "peak": _status_mb("VmHWM"),
                "faults": (own_after.ru_minflt - own.ru_minflt) / 1000, "wfaults": (after.ru_minflt - kids.ru_minflt) / 1000,
            }
    print(json.dumps(figures))


def _count_pooled_cpu() -> Callable[[], float]:
    """Count the parent's CPU seconds spent while its forked workers run (a ``Forked`` map with
    workers from its start to its results, or in older trees a ``fork_map`` that forks; ``Workers``
    from start to end); the function returned gives them so far, a pool alive now counted up to
    now (the page's workers start in the build's stage and end in the page's). The rest of the
    parent's CPU is what no other process runs beside (a worker of ``Forked`` waiting for its next
    map runs nothing)."""
    from bilingual import parallel
    from bilingual.pairing import find

    pooled = [0.0]
    if hasattr(parallel, "Mapping"):
        begin, results = parallel.Mapping.__init__, parallel.Mapping.results

        def counted_begin(self: Any, *args: Any) -> None:
            self.counted_from = time.process_time()
            begin(self, *args)

        def counted_results(self: Any) -> Any:
            try:
                return results(self)
            finally:
                if self.dealer is not None:
                    pooled[0] += time.process_time() - self.counted_from

        parallel.Mapping.__init__, parallel.Mapping.results = counted_begin, counted_results  # type: ignore[method-assign, assignment]
    else:
        fork_map = parallel.fork_map

        def counted_map(function: Any, state: Any, count: int, jobs: int) -> Any:
            if not parallel.forks(count, jobs):
                return fork_map(function, state, count, jobs)
            start = time.process_time()
            try:
                return fork_map(function, state, count, jobs)
            finally:
                pooled[0] += time.process_time() - start

        setattr(find, "fork_map", counted_map)  # pairing's own name for it

    enter, leave = parallel.Workers.__enter__, parallel.Workers.__exit__
    started: list[float] = []  # when the first of the pools alive now started
    alive = [0]  # pools alive (the page's two overlap, and the first ends in a thread): their union is counted

    def opened() -> None:
        if not alive[0]:
            started.append(time.process_time())
        alive[0] += 1

    def closed() -> None:
        alive[0] -= 1
        if not alive[0]:
            pooled[0] += time.process_time() - started.pop()

    def counted_enter(self: Any) -> Any:
        opened()
        return enter(self)

    def counted_exit(self: Any, *exc: Any) -> None:
        leave(self, *exc)
        closed()

    parallel.Workers.__enter__, parallel.Workers.__exit__ = counted_enter, counted_exit  # type: ignore[method-assign]
    if hasattr(parallel, "Producer"):  # a process forked to make values (the page's plan and its fold workers' runs), where the tree has it
        produce, reaped = parallel.Producer.__init__, parallel.Producer._reaped

        def counted_produce(self: Any, *args: Any) -> None:
            opened()
            produce(self, *args)

        def counted_reaped(self: Any) -> None:
            reaped(self)
            closed()

        parallel.Producer.__init__, parallel.Producer._reaped = counted_produce, counted_reaped  # type: ignore[method-assign, assignment]
    return lambda: pooled[0] + (time.process_time() - started[-1] if alive[0] else 0.0)


def print_stages(name: str, jobs: int, runs: list[dict[str, dict[str, Any]]]) -> float:
    """The medians of each stage's figures over ``runs`` (see :func:`staged`); returns the median
    total of the bound below.

    "alone" is the parent's CPU while no worker of its runs (what stays sequential); "bound" is the
    wall time on ``jobs`` free cores if everything else were spread evenly over them with no waiting:
    alone + (the parent's other CPU + the workers' CPU) / jobs. A bound from CPU times, not a
    measured wall time: it does not depend on the load, and with one job it is the CPU time.
    "idle core" is the time a core of ``jobs`` free ones would have waited, from the runnable
    threads sampled (:func:`demand`): the where of the gap between the bound and the wall time,
    with no free cores needed to see it; with more than one job, the stretches of the last run
    with a core idle are listed by stage. "page faults" (minor, ``ru_minflt``) show what forking a
    big parent costs: each page a forked process or its parent writes first after the fork, while
    they share it, is copied (6-10 us a page on 2026-12-04's machine; 1.4-2.2 us once the other is gone)."""
    print(f"{name} --jobs {jobs}, medians of {len(runs)}: stage  wall s | parent CPU s | workers CPU s | parent alone s | "
          f"bound s | RSS after / peak MiB | idle core s | page faults, parent / workers, thousands")
    for run in runs:
        for figures in run.values():
            figures["alone"] = figures["cpu"] - figures.get("pooled", 0.0)
            figures["bound"] = figures["alone"] + (figures["cpu"] - figures["alone"] + figures["workers"]) / jobs
    keys = ("wall", "cpu", "workers", "alone", "bound", "rss", "peak", "idle", "faults", "wfaults")
    for stage in STAGES:
        m = {key: statistics.median(run[stage][key] for run in runs) for key in keys}
        print(f"  {stage:8} {m['wall']:7.2f} | {m['cpu']:7.2f} | {m['workers']:7.2f} | {m['alone']:7.2f} | {m['bound']:7.2f} | "
              f"{m['rss']:6.0f} / {m['peak']:6.0f} | {m['idle']:7.2f} | {m['faults']:6.1f} / {m['wfaults']:6.1f}")
    total = {key: statistics.median(sum(run[s][key] for s in STAGES) for run in runs) for key in keys}
    print(f"  {'total':8} {total['wall']:7.2f} | {total['cpu']:7.2f} | {total['workers']:7.2f} | {total['alone']:7.2f} | {total['bound']:7.2f} | "
          f"{'':15} | {total['idle']:7.2f} | {total['faults']:6.1f} / {total['wfaults']:6.1f}")
    if jobs > 1:
        for stage in STAGES:
            gaps = " ".join(f"{a:.2f}-{b:.2f}" for a, b in runs[-1][stage]["gaps"])
            print(f"  {stage:8} a core idle at (s from the stage's start, last run): {gaps or '-'}")
    return float(total["bound"])


def spread(values: list[float], unit: str = "") -> str:
    """``median (min-max)`` of ``values`` (bench/_timing.py's)."""
    return _spread(values, unit)


def write_source(path: Path, chain: int, comments: int, distinct: bool = False) -> None:
    """The thread written by a child process, not this one: generating 100,000 comments here left this process at about
    250 MB, and a process it starts reports at least its parent's peak as its own ``ru_maxrss`` (Linux keeps the
    high-water mark of the address space replaced at exec), as large as the report's own peak."""
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); chain, comments = int(sys.argv[3]), int(sys.argv[4])\n"
        "if chain:\n    from bench_pipeline import deep_chain; text = deep_chain(chain)\n"
        "else:\n    import bench_report; pairs, english = (bench_report.distinct_material() if sys.argv[5] == '1' else bench_report.material())\n"
        "    text = bench_report.generate(comments, pairs, english)\n"
        "Path(sys.argv[2]).write_text(text, encoding='utf-8')"
    )
    subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent), str(path), str(chain), str(comments), str(int(distinct))], check=True)



def _identical(pages: dict[str, set[bytes]]) -> str:
    """Whether each tree wrote one page whatever its job count (the issue's "the same output as one process"), and
    whether the trees wrote the same page (not expected where the code changed what a page shows)."""
    each = ", ".join(f"{name} {len(seen) == 1}" for name, seen in pages.items())
    return f"pages identical across job counts: {each}; across trees: {len(set().union(*pages.values())) == 1}"

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--chain", type=int, default=0, help="the reply chain this deep instead of the generated thread")
    parser.add_argument("--distinct", action="store_true",
                        help="the generated thread made of Tatoeba, TICO-19 and ArzEn-ST sentences (../shared/data), not seed 000's "
                             "clauses: passages that seldom repeat")
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
    trees = {"now": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    for tree in trees.values():
        compiled(tree)
    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp_name:
        tmp = Path(tmp_name)
        source = tmp / "thread.jsonl"
        write_source(source, args.chain, args.comments, args.distinct)
        made_of = " of distinct sentences" if args.distinct else ""
        what = f"the {args.chain:,}-deep reply chain" if args.chain else f"{args.comments:,} generated comments{made_of}"
        size = source.stat().st_size
        print(f"{what} ({size / 1e6:.1f} MB = {size / 2**20:.1f} MiB); {args.runs} interleaved runs of {', '.join(trees)}; "
              f"rounds rotated; bytecode compiled before the runs, as installed; {environment('orjson', 'jinja2')}")
        runs = [(name, jobs) for name in trees for jobs in dict.fromkeys((1, args.jobs))]
        cpu: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
        wall: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
        peak: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
        pages: dict[str, set[bytes]] = {name: set() for name in trees}  # each tree's pages, every job count
        if args.contention:
            contention(ROOT, source, tmp, args.runs)
            print(f"load average after: {os.getloadavg()[0]:.1f}")
            return
        if args.stages:
            stages: dict[tuple[str, int], list[dict[str, dict[str, Any]]]] = {run: [] for run in runs}
            for r in range(args.runs):
                for name, jobs in runs[r % len(runs):] + runs[: r % len(runs)]:  # each round starts with the next
                    out = tmp / f"{name}-{jobs}.html"
                    stages[name, jobs].append(staged(trees[name], source, out, jobs))
                    pages[name].add(out.read_bytes())
            bounds = {run: print_stages(*run, stages[run]) for run in runs}
            for name in trees:
                if args.jobs != 1:
                    print(f"{name}: bound with one job / bound with {args.jobs} (the speed-up on {args.jobs} free cores at best): "
                          f"{bounds[name, 1] / bounds[name, args.jobs]:.2f}x")
            print(f"{_identical(pages)}; load average after: {os.getloadavg()[0]:.1f}")
            return
        for r in range(args.runs):
            for name, jobs in runs[r % len(runs):] + runs[: r % len(runs)]:  # each round starts with the next
                out = tmp / f"{name}-{jobs}.html"
                c, w, m = measured(trees[name], source, out, jobs)
                cpu[name, jobs].append(c)
                wall[name, jobs].append(w)
                peak[name, jobs].append(m)
                pages[name].add(out.read_bytes())
        for name, jobs in runs:
            print(f"{name} --jobs {jobs}: CPU {spread(cpu[name, jobs])} s, wall {spread(wall[name, jobs])} s, "
                  f"peak {spread(peak[name, jobs])} MiB (median (min-max)) = {spread([m * 2**20 / size for m in peak[name, jobs]], 'x')} "
                  "the input (both in bytes)")
        for name in trees:
            if args.jobs != 1:
                ratios = [a / b for a, b in zip(wall[name, 1], wall[name, args.jobs])]
                print(f"{name}: --jobs {args.jobs} speed-up, wall: {spread(ratios, 'x')}")
        if args.base:
            for jobs in dict.fromkeys((1, args.jobs)):
                ratios = [b / a for a, b in zip(cpu["now", jobs], cpu["base", jobs])]
                print(f"--jobs {jobs}: base CPU / now CPU, per round: {spread(ratios, 'x')}")
        print(f"{_identical(pages)}; load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
