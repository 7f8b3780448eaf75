"""Whether pairing's output depends on what the process did before (README: "the output is the same with any number of
jobs"): the same threads paired in fresh processes, each in another state, and their pairs compared.

Development sets (``--sets``, the ``--split`` part; each record made a thread as bench_pairing.py does): every thread's
pairs in one process per variant, written whole (passage, translation, score, via, covered, flags, evidence, reason, the
alignment's links with their scores' exact bits):

- ``plain``: the threads in file order (``PYTHONHASHSEED=0``);
- ``numpy``: numpy imported first (``normalize.vector.worth`` and the aligner's tables are what could notice);
- ``warm``: numpy loaded by aligning a table of 41 x 45 cells first, the aligner's memory of sides filled;
- ``reverse``: the threads in the reverse order, so every cache holds what other threads left in it (hash seed 1);
- ``shuffle``: in a shuffled order (hash seed 2).

With ``--distinct N``, bench_jobs.py's thread of N comments of distinct sentences (``write_source(path, 0, N, True)``):
``bilingual pairs -f json --no-mt`` fresh with ``--jobs 1``, after the warm-up of ``warm``, and with ``--jobs 2``.

Printed: for each variant, how many threads' pairs differ from ``plain``'s in what ``pairs -f json`` writes, and in their
exact bits only; the first differences.

    python bench/pairing_invariance.py [--sets '/tmp/sets/*.jsonl'] [--split tuned] [--variants plain,numpy,warm,reverse,shuffle] [--distinct 30000]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Each variant's hash seed and what it does first.
VARIANTS = {"plain": "0", "numpy": "0", "warm": "0", "reverse": "1", "shuffle": "2"}
#: The fields ``pairs -f json`` writes (:meth:`bilingual.pairing.Pair.to_dict`).
WRITTEN = ("passage", "translation", "score", "via", "covered", "flags", "evidence", "continued")



def warm_up() -> None:
    """Load numpy and fill the aligner's memory of prepared sides, as a big thread's long passage does."""
    from bilingual.align import align

    align([f"طالما أننا نعيش {n}، علينا أن نعمل في لبنان." for n in range(40)],
          [f"As long as we live {n}, we have to work in Lebanon." for n in range(44)])


def whole(pair: Any) -> dict[str, Any]:
    """A pair as ``pairs -f json`` writes it, with its reason, its English, its score's bits and its alignment's links."""
    out: dict[str, Any] = pair.to_dict()
    out.update(bits=pair.score.hex(), reason=pair.reason, text=pair.translation_text, duplicate_of=pair.duplicate_of)
    if pair.alignment is not None:
        out["alignment"] = [list(pair.alignment.source), list(pair.alignment.target),
                            [[list(link.src), list(link.tgt), link.score.hex()] for link in pair.alignment.links]]
    return out


def child(variant: str, pattern: str, split: str) -> None:
    """Pair every thread of the sets in this process, in ``variant``'s state and order; one JSON line per thread."""
    if variant == "numpy":
        import numpy  # noqa: F401
    elif variant == "warm":
        warm_up()
    from bench_pairing import paired

    records = []
    for path in sorted(glob.glob(pattern)):
        name = Path(path).stem
        with open(path, encoding="utf-8") as f:
            records += [(name, r) for r in map(json.loads, f) if split == "all" or r["split"] == split]
    if variant == "reverse":
        records.reverse()
    elif variant == "shuffle":
        random.Random(2).shuffle(records)
    for name, record in records:
        print(json.dumps([name, record["id"], [whole(p) for p in paired(record)]], ensure_ascii=False))
    print(json.dumps(["numpy loaded", "numpy" in sys.modules, []]))


def run_child(variant: str, pattern: str, split: str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """One variant's pairs, from a fresh process with its hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": VARIANTS[variant], "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, "--child", variant, "--sets", pattern, "--split", split],
                          env=env, capture_output=True, text=True, check=True)
    out = {}
    for line in done.stdout.splitlines():
        name, key, found = json.loads(line)
        out[name, str(key)] = found
    return out


def compare(name: str, base: dict[tuple[str, str], list[dict[str, Any]]], other: dict[tuple[str, str], list[dict[str, Any]]]) -> int:
    """Print how many threads' pairs differ (in what is written, in exact bits only) and the first few; the former count."""
    written = bits = 0
    for key in sorted(set(base) & set(other)):
        a, b = base[key], other[key]
        if a == b:
            continue
        if [{f: p.get(f) for f in WRITTEN} for p in a] != [{f: p.get(f) for f in WRITTEN} for p in b]:
            written += 1
            if written <= 3:
                print(f"  {name}: {key} differs: {json.dumps(a, ensure_ascii=False)[:400]}\n    -> {json.dumps(b, ensure_ascii=False)[:400]}")
        else:
            bits += 1
    print(f"{name}: {len(set(base) & set(other))} threads; written output differs in {written}, exact bits only in {bits}; "
          f"numpy loaded at the end: {('numpy loaded', 'True') in other}")
    return written


def distinct(comments: int) -> int:
    """``pairs -f json`` of the distinct thread fresh, warmed up and with two jobs: how many outputs differ from the first."""
    from bench_jobs import write_source

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "distinct.jsonl"
        write_source(source, 0, comments, True)
        args = ["pairs", str(source), "--no-mt", "-f", "json", "-o", "-"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        run = (f"import runpy, sys\nsys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
               "if sys.argv[1] == 'warm':\n    from pairing_invariance import warm_up\n    warm_up()\n"
               "sys.argv = ['bilingual', *sys.argv[2:]]\nrunpy.run_module('bilingual', run_name='__main__')\n")
        outputs = {
            how: subprocess.run([sys.executable, "-c", run, how, *args, *extra], env=env, capture_output=True, check=True).stdout
            for how, extra in (("fresh", ["--jobs", "1"]), ("warm", ["--jobs", "1"]), ("jobs 2", ["--jobs", "2"]))
        }
    differ = [how for how, out in outputs.items() if out != outputs["fresh"]]
    print(f"distinct thread of {comments} comments: {len(json.loads(outputs['fresh']))} passages; outputs unlike the fresh one: {differ or 'none'}")
    return len(differ)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="/tmp/sets/*.jsonl")
    parser.add_argument("--split", default="tuned", help="tuned, held-out or all")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--distinct", type=int, default=0, help="the distinct thread of this many comments instead of the sets")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.sets, args.split)
        return
    if args.distinct:
        sys.exit(1 if distinct(args.distinct) else 0)
    variants = args.variants.split(",")
    base = run_child("plain", args.sets, args.split)
    differ = sum(compare(v, base, run_child(v, args.sets, args.split)) for v in variants if v != "plain")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
