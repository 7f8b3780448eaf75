"""The bench scripts keep issue 20 item 7's method (docs/BENCHMARKS.md, "Benchmark method audit").

Read, not run (the default test run stays fast): every timing script under ``bench/`` takes its
shared pieces from ``bench/_timing.py``, prints the environment line (UTC time, versions, cores,
load average) and repeats at least ``MIN_REPEAT`` (5) times by default. ``--help`` of every script
is run in the slow tests.
"""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _timing  # noqa: E402

#: Not benchmarks: a fuzzer, development-set builders, the rewording bench of pairing's spans, a batch-identity experiment, the shared helper, figures
#: with no timing (bench_fadetect.py: the language of Latin runs), the check that pairing's output ignores process state.
NOT_TIMING = {"fuzz.py", "bench_fadetect.py", "pairing_devset.py", "pairing_platforms.py", "pairing_reworded.py", "batch_identity.py", "_timing.py", "_blind.py",
              "pairing_invariance.py"}
REPEAT_OPTIONS = {"--repeat", "--repeats", "--runs", "--rounds"}
# The development sets' builders (pairing_blind*.py, one per round written blind) time nothing either, nor do the checks
# that score pairing on rewordings of the development set's threads (pairing_reworded*.py).
SCRIPTS = sorted(p.name for p in BENCH.glob("*.py") if p.name not in NOT_TIMING and not p.name.startswith(("pairing_blind", "pairing_reworded")))


def _tree(name: str) -> ast.Module:
    return ast.parse((BENCH / name).read_text(encoding="utf-8"), filename=name)


def _from_timing(tree: ast.Module) -> set[str]:
    """The names the script imports from ``_timing``."""
    return {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "_timing"
            for alias in node.names}


def _repeat_defaults(tree: ast.Module) -> list[ast.expr | None]:
    """The ``default=`` of every ``add_argument`` of a repeat option (None where it has none)."""
    out: list[ast.expr | None] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add_argument":
            flags = {a.value for a in node.args if isinstance(a, ast.Constant)}
            if flags & REPEAT_OPTIONS:
                out.append(next((k.value for k in node.keywords if k.arg == "default"), None))
    return out


def _at_least_min(default: ast.expr | None) -> bool:
    """A default of ``MIN_REPEAT`` (or None, the script choosing it), or a literal of at least 5."""
    if default is None or isinstance(default, ast.Constant) and default.value is None:
        return True
    if isinstance(default, ast.Name) and default.id == "MIN_REPEAT":
        return True
    return isinstance(default, ast.Constant) and isinstance(default.value, int) and default.value >= _timing.MIN_REPEAT


@pytest.mark.parametrize("name", SCRIPTS)
def test_timing_script_uses_the_shared_pieces_and_prints_its_environment(name: str) -> None:
    tree = _tree(name)
    imported = _from_timing(tree)
    assert imported, f"{name} copies what bench/_timing.py has"
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert "environment" in imported & called, f"{name} prints no environment line (time, versions, load)"


@pytest.mark.parametrize("name", SCRIPTS)
def test_timing_script_repeats_at_least_five_times_by_default(name: str) -> None:
    defaults = _repeat_defaults(_tree(name))
    assert defaults, f"{name} has no --repeat / --runs / --rounds option"
    assert all(_at_least_min(d) for d in defaults), f"{name}: a repeat option's default is under {_timing.MIN_REPEAT}"


def test_environment_line_says_when_with_what_and_under_which_load() -> None:
    line = _timing.environment("pytest", "no-such-distribution")
    assert " UTC; Python " in line and ", pytest " in line and "no-such-distribution not installed" in line
    assert "cores, load average " in line


def test_interleaved_rotates_the_first_side() -> None:
    order: list[str] = []

    def way(name: str) -> _timing.Times:
        order.append(name)
        return 0.0, 0.0

    times = _timing.interleaved({name: functools.partial(way, name) for name in "abc"}, 3)
    assert order == list("abcbcacab") and times["a"] == [(0.0, 0.0)] * 3


@pytest.mark.slow
def test_every_bench_script_answers_help() -> None:
    """``--help`` of every script under bench/ (all at once: each imports what it needs)."""
    names = sorted(p.name for p in BENCH.glob("*.py") if not p.name.startswith("_"))  # _timing.py, _blind.py: modules
    procs = {n: subprocess.Popen([sys.executable, str(BENCH / n), "--help"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for n in names}
    failed = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        if proc.returncode != 0 or "usage:" not in out:
            failed[name] = err.strip().splitlines()[-1:] if err.strip() else out[:200]
    assert not failed, failed


def test_no_property_test_is_timed() -> None:
    """Speed is measured in bench/, never in tests: Hypothesis's per-example deadline (200 ms by default, which failed
    tests at random on a loaded machine) is off in the profile the suite loads and in the thorough one CI adds."""
    from hypothesis import settings

    assert settings().deadline is None and settings.get_profile("thorough").deadline is None
    assert settings.get_profile("thorough").max_examples == 1000
