"""``bilingual corpus`` on Dask: 1 worker against 2, the embedded run against ``bilingual report`` thread
by thread in one process (the peers), peak memory per worker against corpus size, and with the test
model the model's speed inside each worker against one process translating the same sentences.

Goals (issue 18): 2 workers at least 1.8x the throughput of 1 on the 2-core machine (wall time and
CPU time); the embedded run at least as fast as the peer; peak memory per worker independent of the
corpus size (100k vs 1M comments); per-worker sentences/s within 10 % of one process
(``bench/bench_translate.py``'s batched translate), the model loaded once per worker, never per thread.
Each worker translates a shard's threads in one call (``pipeline.run_many``); the model part replays
those calls, one call of all their sentences and the per-thread calls of ``bilingual report`` in one
process, interleaved with the corpus runs (``--repeat``), and with ``--baseline DIR`` (an earlier
toolkit: ``git archive REV bilingual | tar -x -C DIR``) that toolkit's corpus run beside.

The corpus is generated (a fixed random seed): threads of 50 comments made from seed 000's prayer
clauses and their English phrases (passages posted with a translation request and the author's
translation in a reply, copies, untranslated Arabic, Arabizi) among seed 000's English comments.

Every variant runs as its own command (Python start, imports and, for the corpus, the cluster's start
included), interleaved in one run and repeated; wall time and CPU time (user + system of the command
and every process it waited for, the workers included) are printed for each run with the load average
(1 minute) before and after it, then as medians with their spread. Two peers, each one process:

- ``peer json``: ``bilingual report -f json`` of each thread alone (what the part files hold);
- ``peer json+html``: the same, plus ``bilingual report`` (HTML) of each thread with passages: every
  file the corpus run writes (the corpus also writes its summary, index and markers).

On a loaded machine the wall-time ratios measure the contention: 2 worker processes need 2 free cores.
The CPU-time figure does not: ``2 x CPU(1 worker) / CPU(2 workers)`` is the speed-up 2 free cores would
give if the only loss were the CPU the second worker costs (its start, imports and warm-up, and the
client's share). The markers give the rest: each worker's CPU per comment inside its shards after its
first (warm) shard, and the timeline of a run (start-up, shards, end).

    python bench/bench_corpus.py            # 100,000 comments in 2,000 threads; memory at 100k and 1M
    python bench/bench_corpus.py --quick    # 10,000 comments in 200 threads; memory at 10k and 100k
    python bench/bench_corpus.py --parts memory --memory-factor 3     # memory at 100k and 300k
    python bench/bench_corpus.py --parts speed
    python bench/bench_corpus.py --parts mt --quick --baseline /tmp/base
    python bench/bench_corpus.py --parts speed --peers json --baseline /tmp/base   # A/B of 1 and 2 workers

``--repeat`` is 5 by default (issue 20 item 7), as in every bench script: the speed part's 5 rounds of
100,000 comments take about 18 minutes on the idle 2-core machine (4 variants of 35-65 s each,
2026-12-02); a run with fewer rounds says so on its first lines, its spreads a quick look only. The
memory part runs each size once (a peak, not a time). The environment line gives the UTC time, the
versions (bilingual, Dask, distributed, CTranslate2), the cores and the load.

With ``--parts speed``, ``--baseline DIR`` runs that toolkit's ``corpus --workers 1`` and ``--workers 2`` in
the same interleaved rounds as this tree's (a git worktree of the revision before a change will do: its
package comes first on the path, in the command and in its cluster's fork server), and prints each
tree's 2-vs-1 ratio, this tree against the baseline per worker count, and each corpus variant's start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import MIN_REPEAT, environment  # noqa: E402
from bench_report import material  # noqa: E402  (the same seed-000 material as the report bench)

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
REQUESTS = ("Please translate this post", "what does it mean?", "Translation please?", "Can someone translate?")
ARABIZI = ("inshallah ya 7abibi", "wallah 3ajbetni el fikra", "ana msh fahem enta bt2ol eh")
COMMENTS_PER_THREAD = 50

# The peers: `bilingual report` run on each thread alone, in one process (what a user without `corpus`
# would script): the JSON report of every thread, and with "html" also the HTML report of each thread
# with passages, as the corpus writes them. The settings are the command line's (--no-mt: no model).
PEER = r"""
import json, sys, time
from pathlib import Path
from bilingual.pipeline import Settings, load_machine, run
from bilingual.report import build, html_pieces, json_pieces
from bilingual.threads import iter_threads
source, out, model, html = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "html"
settings = Settings(mt=model != "-", model=None if model == "-" else model, cache=False, decode={"beam_size": 4, "num_hypotheses": 1})
start, cpu, sentences = time.perf_counter(), time.process_time(), 0
machine = load_machine(settings)
out.mkdir(parents=True, exist_ok=True)
for k, thread in enumerate(iter_threads(source)):
    result = run(thread, settings, machine=machine)
    sentences += sum(len(p.machine) for p in result.passages)
    report = build(result, source=source)
    (out / f"{k}.json").write_text("".join(json_pieces(report)), encoding="utf-8")
    if html and report.passages:
        (out / f"{k}.html").write_text("".join(html_pieces(report)), encoding="utf-8")
(out / "_stats.json").write_text(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "sentences": sentences}))
"""

# The model alone in one process (BILINGUAL_THREADS=1: one core, as each of 2 workers on 2 cores).
# RECORD runs the pipeline once over the corpus to collect the exact calls it makes to Engine.translate:
# shard by shard as the corpus workers do (run_many on each shard of the same cut: one call a shard, its
# threads' distinct sentences) and thread by thread as `bilingual report` does (one call a thread).
# REPLAY, one process per repetition (interleaved with the corpus runs), loads the model and times, in
# a rotated order, (a) the shard calls replayed (what the workers do), (b) all their sentences in one
# call, as bench/bench_translate.py times `translate` (the peer), (c) the thread calls
# replayed. Model time only: Engine.translate, which batches one source token count at a time.
RECORD = r"""
import json, sys
from bilingual.corpus.shards import ReadOptions, iter_shards
from bilingual.pipeline import Settings, load_machine, run, run_many
source, model, shard_size, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
settings = Settings(mt=True, model=model, cache=False, decode={"beam_size": 4, "num_hypotheses": 1})
machine = load_machine(settings)
engine = machine.engine
translate = engine.translate
calls = []
def record(sentences, *args, **kwargs):
    calls.append(list(sentences))
    return translate(sentences, *args, **kwargs)
engine.translate = record
shards = list(iter_shards([source], ReadOptions(), shard_size, lambda *e: None))
for shard in shards:
    for result in run_many(shard.threads, settings, machine=machine):
        assert not isinstance(result, Exception), result
per_shard, calls = calls, []
for shard in shards:
    for thread in shard.threads:
        run(thread, settings, machine=machine)
with open(out, "w", encoding="utf-8") as fh:
    json.dump({"shards": per_shard, "threads": calls}, fh, ensure_ascii=False)
"""

REPLAY = r"""
import json, sys, time
from bilingual.pipeline import Settings, load_machine
calls_file, model, rotation = sys.argv[1], sys.argv[2], int(sys.argv[3])
calls = json.load(open(calls_file, encoding="utf-8"))
engine = load_machine(Settings(mt=True, model=model, cache=False)).engine
from bilingual.mt.engine import DecodeOptions
decode = DecodeOptions(beam_size=4, num_hypotheses=1)
variants = {
    "shard_calls": lambda: [engine.translate(c, decode) for c in calls["shards"]],
    "one_call": lambda: engine.translate([s for c in calls["shards"] for s in c], decode),
    "thread_calls": lambda: [engine.translate(c, decode) for c in calls["threads"]],
}
names = list(variants)
names = names[rotation % 3:] + names[:rotation % 3]
out = {}
for name in names:
    t, c = time.perf_counter(), time.process_time()
    variants[name]()
    out[name] = (time.perf_counter() - t, time.process_time() - c)
print(json.dumps(out))
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


def load() -> float:
    """The 1-minute load average."""
    return os.getloadavg()[0]


def _subreaper() -> None:
    """Adopt this process's orphaned descendants (Linux): the embedded cluster's fork server outlives
    the command by a moment and reaps the worker processes, so their CPU time reaches us only when we
    reap it in turn."""
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def own_cpu(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` itself (all its threads, not its children), or
    ``None`` once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(args: list[str], env: dict[str, str], cwd: Path | None = None) -> dict[str, Any]:
    """Run ``args``: wall and CPU seconds (user + system of the command and of every process below it:
    those it waited for and, adopted by :func:`_subreaper`, those it left to end after it), its own peak
    RSS (MiB, VmHWM sampled), start time, load before and after, and ``own``: the command's own CPU
    seconds (its process, without the workers) sampled with the time, for :func:`timeline`."""
    began, before = time.time(), load()
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    hwm = 0.0
    own: list[tuple[float, float]] = []
    status_file = Path(f"/proc/{proc.pid}/status")
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            for line in status_file.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    hwm = max(hwm, int(line.split()[1]) / 1024)
        except OSError:
            pass
        cpu_now = own_cpu(proc.pid)
        if cpu_now is not None:
            own.append((time.time(), cpu_now))
        time.sleep(0.25)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the orphans: the fork server and whatever it had not reaped
        try:
            orphan, _, more = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if orphan:
            cpu += more.ru_utime + more.ru_stime
        else:
            time.sleep(0.05)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{err}")
    return {"wall": wall, "cpu": cpu, "client_rss_mib": hwm, "began": began, "load_before": before, "load_after": load(), "own": own}


def corpus_command(source: Path, out: Path, workers: int, model: list[str], shard_size: int | None = None) -> list[str]:
    size = [] if shard_size is None else ["--shard-size", str(shard_size)]
    return [sys.executable, "-m", "bilingual", "corpus", str(source), "-o", str(out), "--workers", str(workers),
            "--overwrite", "--no-progress", "--no-cache", *size, *model]


def markers(out: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "threads").glob("*.done.json"))]


def per_worker(out: Path) -> dict[int, dict[str, float]]:
    """Per worker process: its shards' seconds and CPU (all, and after its first shard), comments,
    model calls, inputs and time, peak RSS (MiB)."""
    workers: dict[int, dict[str, float]] = {}
    for m in sorted(markers(out), key=lambda m: m["worker"]["started"]):
        w = workers.setdefault(m["worker"]["pid"], dict.fromkeys(
            ("shards", "seconds", "cpu", "comments", "warm_cpu", "warm_comments", "model_inputs", "model_seconds", "model_cpu", "rss_mib"), 0.0))
        if w["shards"]:
            w["warm_cpu"] += m["worker"]["cpu_seconds"]
            w["warm_comments"] += m["comments"]
        w["shards"] += 1
        w["seconds"] += m["worker"]["seconds"]
        w["cpu"] += m["worker"]["cpu_seconds"]
        w["comments"] += m["comments"]
        w["model_inputs"] += m["worker"].get("model_inputs", 0)
        w["model_seconds"] += m["worker"].get("model_seconds", 0.0)
        w["model_cpu"] += m["worker"].get("model_cpu_seconds", 0.0)
        w["rss_mib"] = max(w["rss_mib"], m["worker"]["max_rss_kib"] / 1024)
    return workers


def own_between(run: dict[str, Any], start: float, end: float) -> float:
    """The command's own CPU seconds between two times (from :func:`timed`'s samples, 0.25 s apart)."""
    def at(when: float) -> float:
        return max((cpu for t, cpu in run["own"] if t <= when), default=0.0)
    return at(end) - at(start)


def timeline(out: Path, run: dict[str, Any]) -> str:
    """Start-up (command start to the first shard's start), shards (first start to last end), end
    (last end to the command's exit), the workers' idle time between their shards, and the command's
    own CPU (its process: reading, packing the shards, the scheduler and nannies) in each of the three."""
    ms = markers(out)
    first = min(m["worker"]["started"] for m in ms)
    last = max(m["worker"]["started"] + m["worker"]["seconds"] for m in ms)
    busy: dict[int, float] = {}
    for m in ms:
        busy[m["worker"]["pid"]] = busy.get(m["worker"]["pid"], 0.0) + m["worker"]["seconds"]
    idle = [last - first - b for b in busy.values()]
    exited = run["began"] + run["wall"]
    own = [own_between(run, a, b) for a, b in ((run["began"], first), (first, last), (last, exited))]
    return (f"start-up {first - run['began']:.1f} s, shards {last - first:.1f} s (workers idle within: "
            f"{', '.join(f'{i:.1f}' for i in idle)} s), end {exited - last:.1f} s; the command's own CPU in each: "
            f"{', '.join(f'{c:.2f}' for c in own)} s")


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10,000 comments (memory at 10k and 100k)")
    parser.add_argument("--repeat", type=int, default=MIN_REPEAT,
                        help=f"interleaved repetitions (default {MIN_REPEAT}; fewer are allowed for a quick look, flagged as such)")
    parser.add_argument("--work", type=Path, default=None, help="working directory (default: a temporary one)")
    parser.add_argument("--parts", default="speed,memory,mt", help="which figures: speed, memory, mt (default: all)")
    parser.add_argument("--shard-size", type=int, default=None, help="--shard-size of the corpus runs (default: the command's)")
    parser.add_argument("--peers", default="json,json+html",
                        help="with --parts speed: which peers run beside the corpus (json, json+html; default both)")
    parser.add_argument("--memory-factor", type=int, default=10,
                        help="with --parts memory: the second corpus is this many times the first (default 10)")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="a copy of an earlier toolkit (git archive REV | tar -x -C DIR, or a git worktree) whose corpus runs go "
                             "beside, interleaved: with --parts speed its 1 and 2 workers, with --parts mt its run with the test model")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    _subreaper()
    threads = 200 if args.quick else 2000
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "BILINGUAL_CACHE": "off"}
    env.pop("BILINGUAL_THREADS", None)
    pairs, english = material()
    source = work / "corpus.jsonl"
    comments = write_corpus(source, threads, pairs, english)
    print(environment("bilingual", "dask", "distributed", "ctranslate2"), flush=True)
    print(f"corpus: {comments:,} comments in {threads:,} threads ({source.stat().st_size / 1e6:.1f} MB JSONL)", flush=True)
    if args.repeat < MIN_REPEAT:
        print(f"note: {args.repeat} repetition(s), fewer than {MIN_REPEAT}: the spreads below are a quick look, not a figure", flush=True)

    parts = set(args.parts.split(","))
    if "speed" in parts:
        speed(source, work, comments, env, args.repeat, args.shard_size, args.peers.split(","), args.baseline)
    if "memory" in parts:
        memory(source, work, comments, threads * args.memory_factor, pairs, english, env, args.shard_size)
    if "mt" in parts:
        translation(work, threads, pairs, english, env, args.repeat, args.baseline)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def baseline_run(baseline: Path, env: dict[str, str]) -> tuple[dict[str, str], Path]:
    """The environment and working directory that run ``python -m bilingual`` from the ``baseline`` copy:
    its package first on the path (``python -m`` puts the working directory before PYTHONPATH; the
    embedded cluster's fork server, a ``python -c``, has it first too)."""
    return {**env, "PYTHONPATH": str(baseline)}, baseline


def speed(source: Path, work: Path, comments: int, env: dict[str, str], repeat: int, shard_size: int | None, peers: list[str],
          baseline: Path | None = None) -> None:
    """1 vs 2 workers and the ``peers`` (``json``, ``json+html``), interleaved, ``repeat`` times; with
    ``baseline``, that toolkit's 1 and 2 workers too (an A/B of the corpus run in the same rounds)."""
    print(f"speed: --no-mt, no cache, shard size {shard_size or 'default'}; {repeat} interleaved repetitions, order rotated; "
          "wall and CPU seconds, load average before -> after each run", flush=True)
    variants = {
        "peer json": [sys.executable, "-c", PEER, str(source), str(work / "peer"), "-", "json"],
        "peer json+html": [sys.executable, "-c", PEER, str(source), str(work / "peer-html"), "-", "html"],
        "corpus --workers 1": corpus_command(source, work / "w1", 1, ["--no-mt"], shard_size),
        "corpus --workers 2": corpus_command(source, work / "w2", 2, ["--no-mt"], shard_size),
    }
    variants = {name: command for name, command in variants.items() if not name.startswith("peer") or name[5:] in peers}
    if baseline is not None:
        for w in (1, 2):
            variants[f"baseline --workers {w}"] = corpus_command(source, work / f"b{w}", w, ["--no-mt"], shard_size)
    names = list(variants)
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in variants}
    ratios: dict[str, list[float]] = {"2 vs 1 worker, throughput (wall)": [], "2 vs 1 worker, speed-up from CPU time (2 x CPU1 / CPU2)": []}
    for peer in ("json", "json+html"):
        if f"peer {peer}" in variants:
            for what in ("2 workers) vs peer {}, throughput (wall)", "2 workers) vs peer {}, CPU time (peer / corpus)",
                         "1 worker) vs peer {}, CPU time (peer / corpus)"):
                ratios["embedded (" + what.format(peer)] = []
    if baseline is not None:
        ratios.update({"baseline: 2 vs 1 worker, throughput (wall)": [], "this tree vs baseline, 1 worker, throughput (wall)": [],
                       "this tree vs baseline, 2 workers, throughput (wall)": []})
    warm: dict[str, list[float]] = {k: [] for k in names if not k.startswith("peer")}
    startup: dict[str, list[float]] = {k: [] for k in warm}
    for rep in range(repeat):
        order = names[rep % len(names):] + names[: rep % len(names)]
        got: dict[str, dict[str, Any]] = {}
        for name in order:
            if name.startswith("peer"):
                shutil.rmtree(work / ("peer" if name == "peer json" else "peer-html"), ignore_errors=True)
            run_env, cwd = baseline_run(baseline, env) if name.startswith("baseline") and baseline is not None else (env, None)
            got[name] = r = timed(variants[name], run_env, cwd)
            runs[name].append(r)
            extra = ""
            if not name.startswith("peer"):
                out = work / (("b" if name.startswith("baseline") else "w") + name[-1])
                ws = per_worker(out)
                startup[name].append(min(m["worker"]["started"] for m in markers(out)) - r["began"])
                warm[name].append(sum(w["warm_cpu"] for w in ws.values()) / max(1.0, sum(w["warm_comments"] for w in ws.values())) * 1000)
                extra = (f"; inside shards {sum(w['cpu'] for w in ws.values()):.1f} CPU s, after each worker's first shard "
                         f"{warm[name][-1]:.3f} CPU ms/comment; {timeline(out, r)}")
            print(f"  [{rep + 1}] {name:<20} wall {r['wall']:7.1f} s, CPU {r['cpu']:7.1f} s, load {r['load_before']:.1f} -> {r['load_after']:.1f}{extra}", flush=True)
        w1, w2 = got["corpus --workers 1"], got["corpus --workers 2"]
        ratios["2 vs 1 worker, throughput (wall)"].append(w1["wall"] / w2["wall"])
        ratios["2 vs 1 worker, speed-up from CPU time (2 x CPU1 / CPU2)"].append(2 * w1["cpu"] / w2["cpu"])
        if baseline is not None:
            b1, b2 = got["baseline --workers 1"], got["baseline --workers 2"]
            ratios["baseline: 2 vs 1 worker, throughput (wall)"].append(b1["wall"] / b2["wall"])
            ratios["this tree vs baseline, 1 worker, throughput (wall)"].append(b1["wall"] / w1["wall"])
            ratios["this tree vs baseline, 2 workers, throughput (wall)"].append(b2["wall"] / w2["wall"])
        for peer in ("json", "json+html"):
            if f"peer {peer}" in got:
                ratios[f"embedded (2 workers) vs peer {peer}, throughput (wall)"].append(got[f"peer {peer}"]["wall"] / w2["wall"])
                ratios[f"embedded (2 workers) vs peer {peer}, CPU time (peer / corpus)"].append(got[f"peer {peer}"]["cpu"] / w2["cpu"])
                ratios[f"embedded (1 worker) vs peer {peer}, CPU time (peer / corpus)"].append(got[f"peer {peer}"]["cpu"] / w1["cpu"])
    print("  medians:")
    for name in names:
        walls, cpus = [r["wall"] for r in runs[name]], [r["cpu"] for r in runs[name]]
        loads = [x for r in runs[name] for x in (r["load_before"], r["load_after"])]
        print(f"  {name:<20} wall {spread(walls)} s, CPU {spread(cpus)} s, "
              f"{comments / statistics.median(walls):,.0f} comments/s (wall), {comments / statistics.median(cpus):,.0f} per CPU s; "
              f"load {min(loads):.1f}-{max(loads):.1f}")
    for name, values in ratios.items():
        print(f"  {name:<66} {spread(values)}x")
    for name, values in warm.items():
        print(f"  {name}: CPU per comment inside warm shards {spread(values)} ms; start-up (command start to first shard) {spread(startup[name])} s")


def memory(source: Path, work: Path, comments: int, big: int, pairs: list[tuple[str, str]], english: list[str],
           env: dict[str, str], shard_size: int | None) -> None:
    """Peak RSS per worker at the corpus's size and at ``big`` threads."""
    big_source = work / "big.jsonl"
    big_comments = write_corpus(big_source, big, pairs, english, seed=1)
    print(f"memory: peak RSS per worker (2 workers, --no-mt, ru_maxrss in each shard's marker) and of the command "
          f"(the client, VmHWM), {comments:,} vs {big_comments:,} comments", flush=True)
    for path, n in ((source, comments), (big_source, big_comments)):
        out = work / f"mem-{n}"
        r = timed(corpus_command(path, out, 2, ["--no-mt"], shard_size), env)
        ws = per_worker(out)
        rss = ", ".join(f"{w['rss_mib']:.0f}" for w in ws.values())
        print(f"  {n:>9,} comments: peak RSS per worker {rss} MiB, "
              f"client {r['client_rss_mib']:.0f} MiB; wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s, "
              f"load {r['load_before']:.1f} -> {r['load_after']:.1f}", flush=True)
        shutil.rmtree(out, ignore_errors=True)
    big_source.unlink()


def translation(work: Path, threads: int, pairs: list[tuple[str, str]], english: list[str], env: dict[str, str], repeat: int,
                baseline: Path | None) -> None:
    """The model's speed per worker (time inside Engine.translate) against one process making the same
    calls and one call of all their sentences (bench_translate's way), interleaved ``repeat`` times; with
    ``baseline`` (a copy of an earlier toolkit) its corpus run beside, for the whole run's time."""
    mt_threads = max(40, threads // 5)
    mt_source = work / "mt.jsonl"
    mt_comments = write_corpus(mt_source, mt_threads, pairs, english, seed=2)
    shard_size = 20
    print(f"test model ({TINY.name}), {mt_comments:,} comments in {mt_threads} threads, no cache, beam 4, shards of {shard_size} threads, "
          "2 workers (1 CTranslate2 thread each); one process with BILINGUAL_THREADS=1 (one core, as one worker)", flush=True)
    one_core = {**env, "BILINGUAL_THREADS": "1"}
    calls_file = work / "mt-calls.json"
    subprocess.run([sys.executable, "-c", RECORD, str(mt_source), str(TINY), str(shard_size), str(calls_file)], env=one_core, check=True)
    calls = json.loads(calls_file.read_text(encoding="utf-8"))
    n = sum(map(len, calls["shards"]))
    n_threads = sum(map(len, calls["threads"]))
    print(f"  the pipeline's calls: {len(calls['shards'])} shard calls of {n} sentences (each shard's distinct ones), "
          f"{len(calls['threads'])} thread calls of {n_threads}", flush=True)
    ratios: dict[str, list[float]] = {"cpu": [], "wall": [], "cpu_calls": []}
    for r in range(repeat):
        variants = ["corpus", "alone"] + (["baseline"] if baseline else [])
        variants = variants[r % len(variants):] + variants[: r % len(variants)]
        figures: dict[str, Any] = {}
        for variant in variants:
            if variant == "alone":
                before = load()
                replay = subprocess.run([sys.executable, "-c", REPLAY, str(calls_file), str(TINY), str(r)], env=one_core,
                                        check=True, capture_output=True, text=True)
                figures["alone"] = json.loads(replay.stdout.strip().splitlines()[-1])
                print(f"  round {r + 1}, one process (load {before:.1f} -> {load():.1f}): " + "; ".join(
                    f"{name.replace('_', ' ')} {count / w:,.1f} sentences/s, {count / c:,.1f} per CPU s ({w:.1f} s, CPU {c:.1f} s)"
                    for name, count in (("shard_calls", n), ("one_call", n), ("thread_calls", n_threads))
                    for w, c in [figures["alone"][name]]), flush=True)
                continue
            out = work / f"mt-{variant}"
            run_env, where = baseline_run(baseline, env) if variant == "baseline" and baseline is not None else (env, None)
            run = timed(corpus_command(mt_source, out, 2, ["--model", str(TINY)], shard_size=shard_size), run_env, cwd=where)
            workers = per_worker(out)
            loads = sum(1 for m in markers(out) if m["worker"]["loaded_model"])
            figures[variant] = workers
            print(f"  round {r + 1}, {variant} run: wall {run['wall']:.1f} s, CPU {run['cpu']:.1f} s, load {run['load_before']:.1f} -> "
                  f"{run['load_after']:.1f}; model loads: {loads} for {len(markers(out))} shards on {len(workers)} workers; "
                  f"{sum(w['model_inputs'] for w in workers.values()):.0f} sentences given to the model", flush=True)
            for pid, w in workers.items():
                print(f"    worker {pid}: {w['model_inputs'] / max(w['model_seconds'], 1e-9):,.1f} sentences/s, "
                      f"{w['model_inputs'] / max(w['model_cpu'], 1e-9):,.1f} per CPU s inside the model ({w['model_inputs']:.0f} sentences, "
                      f"{w['model_seconds']:.1f} s, CPU {w['model_cpu']:.1f} s); whole shards {w['seconds']:.1f} s, CPU {w['cpu']:.1f} s "
                      f"for {w['comments']:.0f} comments", flush=True)
        one_wall, one_cpu = figures["alone"]["one_call"]
        calls_cpu = figures["alone"]["shard_calls"][1]
        for w in figures["corpus"].values():
            ratios["cpu"].append(w["model_inputs"] / max(w["model_cpu"], 1e-9) / (n / one_cpu))
            ratios["wall"].append(w["model_inputs"] / max(w["model_seconds"], 1e-9) / (n / one_wall))
            ratios["cpu_calls"].append(w["model_inputs"] / max(w["model_cpu"], 1e-9) / (n / calls_cpu))
    print(f"  per worker vs one call of the same sentences (goal: within 10 %), per CPU s: {spread(ratios['cpu'])}; "
          f"wall: {spread(ratios['wall'])}; per CPU s vs the same shard calls in one process: {spread(ratios['cpu_calls'])} "
          f"({len(ratios['cpu'])} worker figures, {repeat} rounds)")


if __name__ == "__main__":
    sys.exit(main())
