"""Shared fixtures: the seed documents and the evaluation data beside the project (skipped when absent)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests run a third of their examples in the default run, which must stay under a minute: 34 of
# Hypothesis's 100, or a third of the count a test names (tests/budget.py); `.ci/run` runs every property test
# again with Hypothesis's 100 or the count named (BILINGUAL_HYPOTHESIS=full) and the normalizer's with
# BILINGUAL_HYPOTHESIS=thorough (1,000 examples). No per-example deadline in any: speed is measured in bench/,
# and Hypothesis's 200 ms deadline made tests fail at random on a loaded machine.
settings.register_profile("bilingual", deadline=None, max_examples=34)
settings.register_profile("full", parent=settings.get_profile("bilingual"), max_examples=100)
settings.register_profile("thorough", parent=settings.get_profile("bilingual"), max_examples=1000)
settings.load_profile(os.environ.get("BILINGUAL_HYPOTHESIS", "bilingual"))

ROOT = Path(__file__).resolve().parent.parent
# The bench scripts the tests load as modules import their sibling bench/_timing.py, as they do when run.
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED000 = SEEDS / "000_2161432b20e98764.txt"
SEED002 = SEEDS / "002_ec4515d8566cb32e.txt"


def pytest_sessionfinish() -> None:
    """pytest's check for exceptions raised in finalizers collects garbage 5 times as a process ends (pytest's
    unraisableexception.cleanup), each time over every object the worker made: 0.07 s per 120,000 objects. One full
    collection here, with that check's hook still in place, then the survivors frozen: the 5 look at newer objects
    only (garbage that finalizers make), and a worker's end costs one collection instead of five."""
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session", autouse=True)
def _no_command_malloc_settings():
    """The command line's malloc settings for commands with --jobs (``collector.one_malloc_arena``,
    ``collector.large_blocks_mapped``) last as long as the process: set by a test that runs ``main()`` in
    this process, they held for every later test of the worker. CTranslate2's threads then allocated
    from one heap with every large buffer mapped afresh: a translation test took 1.5-2.3 s of CPU after
    such a test, 0.3-0.5 s without it, and each test's cost hung on the order of the tests. Here a test
    worker keeps glibc's defaults, as a fresh process has them. tests/test_collector_memory.py tests both
    settings in processes of their own, and its test_the_commands_with_jobs_set_both that the command
    line calls them."""
    from bilingual import collector

    mp = pytest.MonkeyPatch()
    mp.setattr(collector, "one_malloc_arena", lambda: None)
    mp.setattr(collector, "large_blocks_mapped", lambda: None)
    yield
    mp.undo()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it are skipped on a checkout without it."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed000():
    """Seed 000 read as a thread."""
    from bilingual.threads import read

    return read(SEED000)


@pytest.fixture
def private_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A test's own translation cache (no cap set) and empty models and argospm directories, no model chosen."""
    monkeypatch.setenv("BILINGUAL_CACHE", str(tmp_path / "cache.sqlite3"))
    monkeypatch.setenv("BILINGUAL_MODELS", str(tmp_path / "models"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    monkeypatch.delenv("BILINGUAL_CACHE_SIZE", raising=False)
    monkeypatch.delenv("BILINGUAL_MODEL", raising=False)
    return tmp_path


@pytest.fixture(scope="module")
def no_model_home(tmp_path_factory: pytest.TempPathFactory):
    """A module run with no translation model anywhere (ours, argospm's), no cache and no mode overrides."""
    home = tmp_path_factory.mktemp("home")
    mp = pytest.MonkeyPatch()
    mp.setenv("BILINGUAL_MODELS", str(home / "models"))
    mp.setenv("ARGOS_PACKAGES_DIR", str(home / "argos"))
    mp.setenv("BILINGUAL_CACHE", "off")
    mp.delenv("BILINGUAL_MODEL", raising=False)
    mp.delenv("BILINGUAL_BIDI", raising=False)
    yield home
    mp.undo()
