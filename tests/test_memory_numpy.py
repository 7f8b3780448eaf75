"""Pairing loads no numpy (issue 20: at most 10x the input; numpy is 11.7 MiB of a report's fixed part). The anchors'
larger blocks, the one-link scores and the aligner's tables of pairing's few links are scored in plain Python, each
cell the same float as numpy's (the length model's within a few units in the last place where numpy's vector ``log``
and ``exp`` are not the C library's, on AVX-512): numpy stays for the aligner's larger tables (``bilingual align``)."""

from __future__ import annotations

import math
import random
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from test_memory_pairing import reposted_thread

from bilingual.align import align, dp
from bilingual.align.length import LengthSimilarity, _LengthScorer
from bilingual.align.similarity import PreparedSource, PreparedTarget, as_block, link_scorer
from bilingual.pairing.find import _DECISION_ANCHORS

_PAIRING = r"""
import sys
from bilingual import parallel
from bilingual.align import anchors, dp
from bilingual.pairing import find_pairs
from bilingual.segment import passages
from bilingual.threads import read

parallel.PARALLEL_FROM = 1  # workers forked on a small thread too (jobs 2)

large = []
rows = anchors._AnchorScorer.rows
def counted(self, ds, dt, r, c):
    if len(r) * len(c) > anchors._SMALL_BLOCK:
        large.append(1)
    return rows(self, ds, dt, r, c)
anchors._AnchorScorer.rows = counted
aligned = []
plain = dp._dp
def counted_dp(*args, **kwargs):
    aligned.append(1)
    return plain(*args, **kwargs)
dp._dp = counted_dp
thread = read(sys.argv[1])
found = find_pairs(thread, passages(thread), jobs=int(sys.argv[2]))
print(len(found), len(large), len(aligned), "numpy" in sys.modules)
"""


@pytest.mark.parametrize("jobs", [1, pytest.param(2, marks=pytest.mark.slow)])  # each a process; the workers are slow-run
def test_pairing_a_thread_loads_no_numpy(tmp_path: Path, jobs: int) -> None:
    thread = reposted_thread(tmp_path, 300, 7)
    path = tmp_path / "thread.jsonl"
    done = subprocess.run([sys.executable, "-c", _PAIRING, str(path), str(jobs)], capture_output=True, text=True, check=True)
    pairs, large, aligned, numpy = done.stdout.split()
    assert int(pairs) > 50
    if jobs == 1:  # (in workers otherwise)
        assert int(large) > 0 and int(aligned) > 0  # larger anchor blocks scored, pairs aligned
    assert numpy == "False"
    assert thread.comments


def _bits(rows: list[list[float]]) -> list[list[bytes]]:
    return [[struct.pack("<d", v) for v in row] for row in rows]


def test_the_anchors_larger_blocks_are_numpys_floats() -> None:
    arabic = "فيعني دي اكتر حاجة يعني .. فدي اللي هي بالنسبالهم عدم سمع كلام بس يعني هي بالنسبالي أنا كسل"
    # Segments with anchors and without: a cell of two bare segments starts at -0.0, and numpy's zeros added
    # for the block's anchors make it 0.0.
    many_ar = tuple(f"{arabic} {n} لبنان سوريا" if n % 3 else "علينا أن نعمل طالما أننا نعيش" for n in range(9))
    many_en = tuple(f"This is what they consider {n} Lebanon, Syria; Sami and Layla." if n % 2 else "zzz qqq" for n in range(8))
    block = as_block(link_scorer(_DECISION_ANCHORS, PreparedSource(many_ar, None), PreparedTarget(many_en)))
    for ds, dt in ((1, 1), (1, 2), (2, 1), (2, 2)):
        rows, cols = range(len(many_ar) - ds + 1), range(len(many_en) - dt + 1)
        assert len(rows) * len(cols) > 48  # past the small blocks' size
        plain = block.rows(ds, dt, rows, cols)
        assert _bits(plain) == _bits(block.block(ds, dt, rows, cols).tolist())
    zeros = [v for row in block.rows(1, 1, range(9), range(8)) for v in row if v == 0.0]
    assert zeros and all(struct.pack("<d", v) == struct.pack("<d", 0.0) for v in zeros)


def _close(rows: list[list[float]], other: list[list[float]]) -> bool:
    """The same table to within numpy's vector ``log``/``exp`` (AVX-512), a few units in the last place from
    the C library's: the plain rows are exactly numpy's floats on a CPU without it."""
    return len(rows) == len(other) and all(
        len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-13, abs_tol=1e-13) for x, y in zip(a, b)) for a, b in zip(rows, other))


def test_the_length_models_plain_rows_are_numpys_table() -> None:
    rng = random.Random(3)
    for _ in range(300):
        n, m = rng.randint(1, 9), rng.randint(1, 9)
        big = rng.choice([5, 300, 100_000])
        model = LengthSimilarity() if rng.random() < 0.7 else LengthSimilarity(sigma0=rng.random(), spread=rng.random() * 2, outlier=rng.random() / 2)
        scorer = _LengthScorer(model, [rng.randint(0, big) for _ in range(n)], [rng.randint(0, big) for _ in range(m)])
        for ds in (1, 2):
            for dt in (1, 2):
                rows, cols = range(max(0, n - ds + 1)), range(max(0, m - dt + 1))
                assert _close(scorer.rows(ds, dt, rows, cols), scorer.block(ds, dt, rows, cols).tolist())


def test_pairings_few_links_align_as_with_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    arabic = ["طالما أننا نعيش، علينا أن نعمل.", "أنا لا أريد أن تتأخر على الصف.", "سامي وليلى في لبنان 3 أيام."]
    english = ["As long as we live, we have to work.", "I don't want you to be late", "for class.", "Sami and Layla, 3 days in Lebanon."]
    plain = align(arabic, english)
    assert len(arabic) * len(english) <= dp._PLAIN_CELLS
    monkeypatch.setattr(dp, "_PLAIN_CELLS", 0)  # every table with numpy, as before
    assert [(link.src, link.tgt, struct.pack("<d", link.score)) for link in align(arabic, english)] == [
        (link.src, link.tgt, struct.pack("<d", link.score)) for link in plain
    ]
