"""``bilingual corpus`` on Dask: 1 worker against 2, the embedded run against ``bilingual report`` thread
by thread in one process (the peer), peak memory per worker against corpus size, and with the test
model the translation speed per worker against one process translating the same threads.

Goals (issue 18): 2 workers at least 1.8x the throughput of 1 on the 2-core machine; the embedded run
at least as fast as the peer; peak memory per worker independent of the corpus size; per-worker
sentences/s within 10 % of one process (the model is loaded once per worker, never per thread).

The corpus is generated (a fixed random seed): threads of 50 comments made from seed 000's prayer
clauses and their English phrases (passages posted with a translation request and the author's
translation in a reply, copies, untranslated Arabic, Arabizi) among seed 000's English comments.

Every variant runs as its own command (Python start, imports and, for the corpus, the cluster's start
included), interleaved in one run and repeated; wall time and CPU time (user + system of the command
and every process it waited for, the workers included) are printed as medians with their spread.

    python bench/bench_corpus.py            # 100,000 comments in 2,000 threads; memory at 100k and 1M
    python bench/bench_corpus.py --quick    # 10,000 comments in 200 threads; memory at 10k and 100k
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report import material  # noqa: E402  (the same seed-000 material as the report bench)

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
REQUESTS = ("Please translate this post", "what does it mean?", "Translation please?", "Can someone translate?")
ARABIZI = ("inshallah ya 7abibi", "wallah 3ajbetni el fikra", "ana msh fahem enta bt2ol eh")
COMMENTS_PER_THREAD = 50

# The peer: `bilingual report -f json` run on each thread alone, in one process (what a user without
# `corpus` would script), writing each thread's JSON report as the command does.
PEER = r"""
import json, sys, time
from pathlib import Path
from bilingual.pipeline import Settings, load_machine, run
from bilingual.report import build, json_pieces
from bilingual.threads import iter_threads
source, out, model = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
settings = Settings(mt=model != "-", model=None if model == "-" else model, cache=False, decode={"beam_size": 4, "num_hypotheses": 1})
start, cpu, sentences = time.perf_counter(), time.process_time(), 0
machine = load_machine(settings)
out.mkdir(parents=True, exist_ok=True)
for k, thread in enumerate(iter_threads(source)):
    result = run(thread, settings, machine=machine)
    sentences += sum(len(p.machine) for p in result.passages)
    (out / f"{k}.json").write_text("".join(json_pieces(build(result, source=source))), encoding="utf-8")
(out / "_stats.json").write_text(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "sentences": sentences}))
"""


def write_corpus(path: Path, threads: int, pairs: list[tuple[str, str]], english: list[str], seed: int = 0) -> int:
    """Write ``threads`` JSONL threads of 50 comments to ``path``; returns the comment count."""
    rng = random.Random(seed)
    users = [f"user{i}" for i in range(300)]
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for t in range(threads):
            lines: list[dict[str, Any]] = []
            posted: list[str] = []

            def add(parent: str | None, author: str, text: str) -> str:
                cid = f"{t}-{len(lines) + 1}"
                lines.append({"id": cid, "parent": parent, "author": author, "text": text, "thread": f"t{t}",
                              "created": f"2024-{1 + t % 12:02d}-{1 + len(lines) % 28:02d}T12:00:00Z"})
                return cid

            while len(lines) < COMMENTS_PER_THREAD:
                roll, author = rng.random(), rng.choice(users)
                if roll < 0.12:
                    k = rng.randint(2, min(7, len(pairs)))
                    start = rng.randrange(0, len(pairs) - k + 1)
                    chosen = pairs[start : start + k]
                    arabic = " ".join(a for a, _ in chosen)
                    posted.append(arabic)
                    top = add(None, author, arabic)
                    ask = add(top, rng.choice(users), rng.choice(REQUESTS))
                    add(ask, author, "It's a prayer.\n" + " ".join(e for _, e in chosen))
                elif roll < 0.15 and posted:
                    add(None, author, rng.choice(posted))
                elif roll < 0.18:
                    a, _ = rng.choice(pairs)
                    add(lines[rng.randrange(len(lines))]["id"] if lines else None, author, f"{rng.choice(english)[:80]}\n{a}")
                elif roll < 0.20:
                    add(None, author, rng.choice(ARABIZI))
                else:
                    parent = lines[rng.randrange(len(lines))]["id"] if lines and rng.random() < 0.7 else None
                    add(parent, author, rng.choice(english))
            for line in lines[:COMMENTS_PER_THREAD]:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                n += 1
    return n


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the command and of every process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def corpus_command(source: Path, out: Path, workers: int, model: list[str], shard_size: int = 100) -> list[str]:
    return [sys.executable, "-m", "bilingual", "corpus", str(source), "-o", str(out), "--workers", str(workers),
            "--overwrite", "--no-progress", "--no-cache", "--shard-size", str(shard_size), *model]


def markers(out: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "threads").glob("*.done.json"))]


def per_worker(out: Path) -> dict[int, dict[str, float]]:
    """Per worker process: shards' seconds, model sentences, peak RSS (MiB)."""
    workers: dict[int, dict[str, float]] = {}
    for m in markers(out):
        w = workers.setdefault(m["worker"]["pid"], {"seconds": 0.0, "cpu": 0.0, "sentences": 0.0, "rss_mib": 0.0, "comments": 0.0})
        w["seconds"] += m["worker"]["seconds"]
        w["cpu"] += m["worker"]["cpu_seconds"]
        w["sentences"] += m["model_sentences"]
        w["comments"] += m["comments"]
        w["rss_mib"] = max(w["rss_mib"], m["worker"]["max_rss_kib"] / 1024)
    return workers


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10,000 comments (memory at 10k and 100k)")
    parser.add_argument("--repeat", type=int, default=5, help="interleaved repetitions (default 5)")
    parser.add_argument("--work", type=Path, default=None, help="working directory (default: a temporary one)")
    parser.add_argument("--parts", default="speed,memory,mt", help="which figures: speed, memory, mt (default: all)")
    args = parser.parse_args()
    threads = 200 if args.quick else 2000
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "BILINGUAL_CACHE": "off"}
    env.pop("BILINGUAL_THREADS", None)
    pairs, english = material()
    source = work / "corpus.jsonl"
    comments = write_corpus(source, threads, pairs, english)
    print(f"corpus: {comments:,} comments in {threads:,} threads ({source.stat().st_size / 1e6:.1f} MB JSONL); "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start")
    print(f"settings: --no-mt, no cache, shard size 100 threads; {args.repeat} interleaved repetitions; wall and CPU seconds, median (min, max)")

    parts = set(args.parts.split(","))
    if "speed" in parts:
        speed(source, work, comments, env, args.repeat)
    if "memory" in parts:
        memory(source, work, comments, threads, pairs, english, env)
    if "mt" in parts:
        translation(work, threads, pairs, english, env)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def speed(source: Path, work: Path, comments: int, env: dict[str, str], repeat: int) -> None:
    """1 vs 2 workers and the peer, interleaved, ``repeat`` times."""
    variants = {
        "peer: report per thread, 1 process": [sys.executable, "-c", PEER, str(source), str(work / "peer"), "-"],
        "corpus --workers 1": corpus_command(source, work / "w1", 1, ["--no-mt"]),
        "corpus --workers 2": corpus_command(source, work / "w2", 2, ["--no-mt"]),
    }
    walls: dict[str, list[float]] = {k: [] for k in variants}
    cpus: dict[str, list[float]] = {k: [] for k in variants}
    ratios: dict[str, list[float]] = {"2 vs 1 worker, throughput (wall)": [], "2 vs 1 worker, CPU time": [], "embedded (2 workers) vs peer, throughput (wall)": []}
    names = list(variants)
    for rep in range(repeat):
        order = names[rep % len(names):] + names[: rep % len(names)]
        got: dict[str, tuple[float, float]] = {}
        for name in order:
            got[name] = timed(variants[name], env)
            walls[name].append(got[name][0])
            cpus[name].append(got[name][1])
        w1, w2, peer = got[names[1]], got[names[2]], got[names[0]]
        ratios["2 vs 1 worker, throughput (wall)"].append(w1[0] / w2[0])
        ratios["2 vs 1 worker, CPU time"].append(w2[1] / w1[1])
        ratios["embedded (2 workers) vs peer, throughput (wall)"].append(peer[0] / w2[0])
    for name in names:
        print(f"  {name:<38} wall {spread(walls[name])} s, CPU {spread(cpus[name])} s, "
              f"{comments / statistics.median(walls[name]):,.0f} comments/s")
    for name, values in ratios.items():
        print(f"  {name:<48} {spread(values)}x")
    busy = per_worker(work / "w2")
    print("  2 workers, time inside shards per worker: " + ", ".join(f"{w['seconds']:.1f} s ({w['comments'] / max(w['seconds'], 1e-9):,.0f} comments/s)" for w in busy.values()))



def memory(source: Path, work: Path, comments: int, threads: int, pairs: list[tuple[str, str]], english: list[str], env: dict[str, str]) -> None:
    """Peak RSS per worker at the corpus's size and at 10 times it."""
    big = threads * 10
    big_source = work / "big.jsonl"
    big_comments = write_corpus(big_source, big, pairs, english, seed=1)
    print(f"memory: peak RSS per worker (2 workers, --no-mt), {comments:,} vs {big_comments:,} comments")
    for path, n in ((source, comments), (big_source, big_comments)):
        out = work / f"mem-{n}"
        wall, cpu = timed(corpus_command(path, out, 2, ["--no-mt"]), env)
        rss = [w["rss_mib"] for w in per_worker(out).values()]
        print(f"  {n:>9,} comments: peak RSS per worker {', '.join(f'{r:.0f}' for r in rss)} MiB; wall {wall:.1f} s, CPU {cpu:.1f} s")
    big_source.unlink()


def translation(work: Path, threads: int, pairs: list[tuple[str, str]], english: list[str], env: dict[str, str]) -> None:
    """Per-worker sentences/s with the test model against one process doing the same threads."""
    mt_threads = max(40, threads // 5)
    mt_source = work / "mt.jsonl"
    mt_comments = write_corpus(mt_source, mt_threads, pairs, english, seed=2)
    print(f"test model ({TINY.name}), {mt_comments:,} comments, no cache, beam 4, shards of 10 threads; "
          "one process with BILINGUAL_THREADS=1 (one core, as one worker) against 2 workers")
    peer_out = work / "mt-peer"
    wall, cpu = timed([sys.executable, "-c", PEER, str(mt_source), str(peer_out), str(TINY)], {**env, "BILINGUAL_THREADS": "1"})
    out = work / "mt-w2"
    timed(corpus_command(mt_source, out, 2, ["--model", str(TINY)], shard_size=10), env)
    workers = per_worker(out)
    sentences = sum(w["sentences"] for w in workers.values())
    loads = sum(1 for m in markers(out) if m["worker"]["loaded_model"])
    alone = json.loads((peer_out / "_stats.json").read_text())
    print(f"  one process, report per thread: {alone['sentences'] / alone['seconds']:,.1f} sentences/s, {alone['sentences'] / alone['cpu']:,.1f} per CPU s "
          f"({alone['sentences']} sentences, {alone['seconds']:.1f} s, CPU {alone['cpu']:.1f} s from the model's load on)")
    for pid, w in workers.items():
        print(f"  worker {pid}: {w['sentences'] / w['seconds']:,.1f} sentences/s, {w['sentences'] / w['cpu']:,.1f} per CPU s in its shards "
              f"({w['sentences']:.0f} sentences, {w['seconds']:.1f} s, CPU {w['cpu']:.1f} s, the model's load included)")
    print(f"  model loads: {loads} for {len(markers(out))} shards on {len(workers)} workers")


if __name__ == "__main__":
    sys.exit(main())
