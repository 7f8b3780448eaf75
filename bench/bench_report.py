"""Speed of ``bilingual report`` without machine translation.

Goals: the report of seed 000 in under 1 s wall (the whole command, Python start included), and
a generated 10,000-comment JSONL thread in under 30 s with the progress bar on.

The big thread is made from seed 000 only: its prayer clauses and their English phrases (as the
report itself aligns them) recombined into new passages, each posted with a translation request
and the author's translation in replies, among the seed's English comments, with copies and
untranslated passages mixed in: about one passage per 7 comments, as in seed 000 (6 in 46).
A fixed random seed makes it the same on every run.

    python bench/bench_report.py [--comments 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
sys.path.insert(0, str(ROOT))

REQUESTS = ("Please translate this post", "what does it mean?", "Translation please?", "Can someone translate?")
ARABIZI = ("inshallah ya 7abibi", "wallah 3ajbetni el fikra", "ana msh fahem enta bt2ol eh")


def _env() -> dict[str, str]:
    """No model, no cache: the benchmark measures the report without machine translation."""
    env = dict(os.environ)
    env["BILINGUAL_CACHE"] = "off"
    env.pop("BILINGUAL_DEBUG", None)
    return env


def material() -> tuple[list[tuple[str, str]], list[str]]:
    """Aligned (Arabic clause, English phrase) pairs of seed 000, and its English-only comments."""
    from bilingual.report import build
    from bilingual.doc import ModelInfo
    from bilingual.pipeline import Machine
    from bilingual.threads import read

    thread = read(SEED000)
    report = build(thread, machine=Machine(ModelInfo("off")))
    pairs = list(dict.fromkeys((r.arabic, r.human) for e in report.passages for r in e.rows if r.arabic and r.human))
    arabic_comments = {e.location.comment for e in report.passages}
    english = [c.text for c in thread.comments if c.id not in arabic_comments and c.text.strip()]
    return pairs, english


def generate(n: int, pairs: list[tuple[str, str]], english: list[str], seed: int = 0) -> str:
    """A JSONL thread of ``n`` comments: conversations around new Arabic passages, and chatter."""
    rng = random.Random(seed)
    lines: list[dict[str, object]] = []
    posted: list[str] = []
    users = [f"user{i}" for i in range(300)]

    def add(parent: object, author: str, text: str) -> str:
        cid = str(len(lines) + 1)
        lines.append({"id": cid, "parent": parent, "author": author, "text": text})
        return cid

    while len(lines) < n:
        roll = rng.random()
        author = rng.choice(users)
        if roll < 0.12:  # a new passage, a request, the author's translation
            k = rng.randint(2, min(7, len(pairs)))
            start = rng.randrange(0, len(pairs) - k + 1)
            chosen = pairs[start : start + k]
            arabic = " ".join(a for a, _ in chosen)
            posted.append(arabic)
            top = add(None, author, rng.choice(("", "Salafi prayer;\n", "Look:\n")) + arabic)
            ask = add(top, rng.choice(users), rng.choice(REQUESTS))
            add(ask, author, "It's a prayer.\n" + " ".join(e for _, e in chosen))
        elif roll < 0.15 and posted:  # a copy of an earlier passage
            add(None, author, rng.choice(posted))
        elif roll < 0.18:  # Arabic nobody translates
            a, _ = rng.choice(pairs)
            add(str(rng.randint(1, len(lines))) if lines else None, author, f"{rng.choice(english)[:80]}\n{a}")
        elif roll < 0.20:
            add(None, author, rng.choice(ARABIZI))
        else:  # English chatter, a reply somewhere above
            parent = str(rng.randint(1, len(lines))) if lines and rng.random() < 0.7 else None
            add(parent, author, rng.choice(english))
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines[:n])


def wall(args: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds one ``bilingual`` command takes, start to exit.

    CPU time is printed beside wall time because the machine is shared: wall time grows with the
    load others put on it, CPU time much less.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "bilingual", *args], capture_output=True, text=True, env=_env())
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        raise SystemExit(f"bilingual {' '.join(args)} failed: {r.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def in_process(path: Path) -> dict[str, float]:
    """Seconds per stage of the same report, in this process (imports already warm)."""
    from bilingual.report import build, render_html, to_json
    from bilingual.doc import ModelInfo
    from bilingual.pipeline import Machine
    from bilingual.threads import read

    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        marks.setdefault(f"{stage} start", time.perf_counter())
        if done == total:
            marks[f"{stage} end"] = time.perf_counter()

    t0 = time.perf_counter()
    thread = read(path)
    t1 = time.perf_counter()
    report = build(thread, machine=Machine(ModelInfo("off")), progress=progress)
    t2 = time.perf_counter()
    html = render_html(report)
    t3 = time.perf_counter()
    to_json(report)
    t4 = time.perf_counter()
    pairing = marks["pairing end"] - marks["pairing start"]
    return {
        "read": t1 - t0, "pairing": pairing, "rest of build (rows, scores, flags, thread view)": t2 - t1 - pairing,
        "HTML": t3 - t2, "JSON": t4 - t3,
        "passages": len(report.passages), "paired": report.summary.paired, "HTML MB": len(html.encode()) / 1e6,
    }


def dialect_figures(data: Path) -> list[str]:
    """How often the dialect flag fires on labelled sentences: MSA (should be never) and dialects."""
    from bilingual.compare import dialect_cues

    def rate(lines: list[str]) -> str:
        hits = sum(bool(dialect_cues(line)) for line in lines)
        return f"{hits}/{len(lines)} ({100 * hits / max(1, len(lines)):.1f} %)"

    out = []
    tatoeba = data / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara"
    if tatoeba.is_file():
        lines = tatoeba.read_text(encoding="utf-8").splitlines()
        labels = Path(f"{tatoeba}.labels").read_text(encoding="utf-8").splitlines()
        by: dict[str, list[str]] = {}
        for line, label in zip(lines, labels):
            by.setdefault("MSA (ara)" if label == "ara" else "dialect" if not label.endswith("_Latn") else "latin", []).append(line)
        out.append(f"tatoeba MSA lines flagged: {rate(by['MSA (ara)'])}; dialect lines (arz, arq, ary, apc, afb, acm) flagged: {rate(by['dialect'])}")
    tico = data / "mt" / "tico19" / "tico19-test.ar"
    if tico.is_file():
        out.append(f"tico19 (MSA) lines flagged: {rate(tico.read_text(encoding='utf-8').splitlines())}")
    arz = sorted((data / "codeswitch" / "arzen-st").glob("*.arz.tsv"))
    if arz:
        lines = [line.split("\t", 1)[-1] for f in arz for line in f.read_text(encoding="utf-8").splitlines()]
        out.append(f"ArzEn-ST Egyptian utterances flagged: {rate(lines)}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        runs = [wall(["report", str(SEED000), "-o", str(out), "--no-mt"]) for _ in range(args.runs)]
        times, cpu = [w for w, _ in runs], [c for _, c in runs]
        print(f"seed 000, whole command, {args.runs} runs: wall median {statistics.median(times):.3f} s, "
              f"min {min(times):.3f} s, max {max(times):.3f} s (goal < 1 s); CPU median {statistics.median(cpu):.3f} s")

        pairs, english = material()
        big = Path(tmp) / "big.jsonl"
        big.write_text(generate(args.comments, pairs, english), encoding="utf-8")
        print(f"generated thread: {args.comments} comments, {big.stat().st_size / 1e6:.2f} MB")
        t, c = wall(["report", str(big), "-o", str(out), "--json", str(Path(tmp) / "r.json"), "--no-mt", "--progress"])
        print(f"{args.comments} comments, whole command (HTML + JSON, progress bar on): wall {t:.2f} s (goal < 30 s), CPU {c:.2f} s")
        stages = in_process(big)
        print("  in process: " + ", ".join(
            f"{k} {v:.2f} s" if "MB" not in k and k not in ("passages", "paired") else f"{k} {v:g}" for k, v in stages.items()
        ))
    data = ROOT.parent / "shared" / "data"
    if data.is_dir():
        print("dialect flag (cue words, compare.DIALECT_CUES):")
        for line in dialect_figures(data):
            print(f"  {line}")


if __name__ == "__main__":
    main()
