"""glibc's allocator told to keep less (bilingual.collector): freed memory handed back, one heap
for every thread; neither changes what the process holds."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bilingual.collector import _glibc, release_freed

glibc = pytest.mark.skipif(_glibc() is None, reason="the C library is not glibc")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


@glibc
def test_release_freed_hands_back_memory_freed_between_blocks_in_use() -> None:
    """Blocks freed below one still in use stay in the process's RSS until released."""
    blocks = [bytes(4096) + bytes([k % 256]) for k in range(12_000)]  # about 49 MB, each a malloc block
    kept = blocks[-1]  # holds the heap's top: glibc cannot shrink it from there by itself
    del blocks
    before = _rss_mb()
    release_freed()
    assert before - _rss_mb() > 20
    assert kept[-1] == 11_999 % 256


_THREADS = (
    "import ctypes, sys, threading\n"
    "from bilingual.collector import one_malloc_arena\n"
    "if sys.argv[1] == 'one': one_malloc_arena()\n"
    "kept = []\n"
    "def work(): kept.append([bytes(10_000) for _ in range(100)])\n"
    "threads = [threading.Thread(target=work) for _ in range(3)]\n"
    "[t.start() for t in threads]; [t.join() for t in threads]\n"
    "ctypes.CDLL(None).malloc_stats()\n"
)


def _arenas(*args: str) -> int:
    """The glibc arenas (heaps) of a process whose three threads allocated (``malloc_stats``)."""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    done = subprocess.run([sys.executable, "-c", _THREADS, *args], capture_output=True, text=True, env=env, check=True)
    return done.stderr.count("Arena ")


@glibc
def test_one_malloc_arena_keeps_every_thread_on_one_heap() -> None:
    assert _arenas("one") == 1
    assert _arenas("default") > 1  # each thread that allocates gets a heap of its own


_LARGE = (
    "import ctypes, sys\n"
    "from bilingual.collector import large_blocks_mapped\n"
    "if sys.argv[1] == 'mapped': large_blocks_mapped()\n"
    "first = b'x' * (2 << 20)\n"
    "del first\n"  # glibc raises its threshold to a freed mapped block's size
    "blocks = [b'x' * (1 << 20) for _ in range(10)]\n"
    "ctypes.CDLL(None).malloc_stats()\n"
)


def _mapped_regions(*args: str) -> int:
    """The most blocks a process had mapped on their own (``malloc_stats``) after it freed a 2 MB block and made ten of 1 MB."""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_MMAP_THRESHOLD_"}
    done = subprocess.run([sys.executable, "-c", _LARGE, *args], capture_output=True, text=True, env=env, check=True)
    line = next(line for line in done.stderr.splitlines() if line.startswith("max mmap regions"))
    return int(line.split("=")[1])


@glibc
def test_large_blocks_mapped_keeps_large_blocks_out_of_the_heap_after_a_larger_one_is_freed() -> None:
    mapped, default = _mapped_regions("mapped"), _mapped_regions("default")
    assert mapped >= default + 9  # the ten blocks mapped, against at most one of them otherwise


@pytest.mark.parametrize(("argv", "called"), [
    (["pairs", "no-such-input.jsonl", "--no-mt"], ["one_malloc_arena", "large_blocks_mapped"]),
    (["report", "no-such-input.jsonl", "--no-mt"], ["one_malloc_arena", "large_blocks_mapped"]),
    (["thread", "no-such-input.jsonl"], []),
])
def test_the_commands_with_jobs_set_both(argv: list[str], called: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The commands that may fork workers set one arena and large blocks mapped before they run (the
    test workers keep glibc's defaults: tests/conftest.py); the others leave the allocator as it is."""
    from bilingual import collector
    from bilingual.cli import main

    calls: list[str] = []
    monkeypatch.setattr(collector, "one_malloc_arena", lambda: calls.append("one_malloc_arena"))
    monkeypatch.setattr(collector, "large_blocks_mapped", lambda: calls.append("large_blocks_mapped"))
    monkeypatch.delenv("BILINGUAL_DEBUG", raising=False)
    assert main(argv) == 2  # no such input: the settings come before the input is read
    assert calls == called
    assert "no-such-input.jsonl" in capsys.readouterr().err


_MODEL_BLOCKS = (
    "import resource, sys\n"
    "from bilingual.collector import large_blocks_mapped, model_blocks_from_heap\n"
    "large_blocks_mapped()\n"
    "def churn():\n"
    "    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
    "    for _ in range(100): block = bytearray(2 << 20); block[-1] = 1; del block\n"  # a model's tensors, batch after batch
    "    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before\n"
    "with model_blocks_from_heap(): inside = churn()\n"
    "outside = churn()\n"
    "print(inside, outside)\n"
)


@glibc
def test_a_model_s_blocks_come_from_the_heap_while_it_translates_and_are_mapped_again_after() -> None:
    """Inside the block 2 MB blocks freed and made again reuse the heap's pages; after it, each is mapped anew and
    faults in its 512 pages (the cost that made seed 000's report with the test model 1.5x slower in CPU)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_")}
    done = subprocess.run([sys.executable, "-c", _MODEL_BLOCKS], capture_output=True, text=True, env=env, check=True)
    inside, outside = map(int, done.stdout.split())
    assert outside > 100 * 400 and outside > 20 * inside  # 512 pages a block after it, a few hundred in all inside
