"""Timing shared by the bench scripts (issue 20 item 7: benchmarks anyone can reproduce).

Every side of a comparison runs in the same process, interleaved: each of ``repeat`` rounds (at
least 5) runs every side once, the first side rotating from round to round, so a change in the
machine's load falls on all sides alike. Ratios are taken within a round; their median and
min-max over the rounds are printed, for CPU time (this process, or the children it waited for)
beside wall time. :func:`environment` is the line that says when, with what and under which load.
"""

from __future__ import annotations

import datetime
import os
import platform
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from importlib import metadata

MIN_REPEAT = 5

#: ``(cpu, wall)`` seconds of one run of one side
Times = tuple[float, float]


def timed(run: Callable[[], object]) -> Times:
    """``(cpu, wall)`` seconds of one call of ``run``: CPU time of this process."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def timed_child(command: Sequence[str], env: dict[str, str] | None = None, cwd: str | os.PathLike[str] | None = None) -> Times:
    """``(cpu, wall)`` seconds of one run of ``command`` (in ``cwd``) as a subprocess: CPU is user +
    system of the children it waited for (``RUSAGE_CHILDREN``), so Python's start is counted."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(list(command), check=True, capture_output=True, env=env, cwd=cwd)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def interleaved(ways: dict[str, Callable[[], Times]], repeat: int) -> dict[str, list[Times]]:
    """Each way's ``(cpu, wall)`` in each of ``repeat`` rounds, the first way rotating each round."""
    names = list(ways)
    out: dict[str, list[Times]] = {name: [] for name in names}
    for r in range(repeat):
        for name in names[r % len(names):] + names[:r % len(names)]:
            out[name].append(ways[name]())
    return out


def spread(values: Sequence[float], unit: str = "x", digits: int = 2) -> str:
    """``median (min-max)`` of ``values``."""
    return f"{statistics.median(values):.{digits}f}{unit} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def ratio_line(times: Sequence[Times], base: Sequence[Times]) -> str:
    """The round-by-round ratio ``times / base``: CPU then wall, each as median (min-max)."""
    return (f"CPU {spread([t[0] / b[0] for t, b in zip(times, base)])}, "
            f"wall {spread([t[1] / b[1] for t, b in zip(times, base)])}")


def load() -> str:
    """The 1, 5 and 15-minute load averages."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def environment(*dists: str) -> str:
    """When (UTC), Python and the named distributions' versions, the cores and the load."""
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = "".join(f", {d} {version(d)}" for d in dists)
    return f"{now}; Python {platform.python_version()}{versions}; {os.cpu_count()} cores, load average {load()}"
