"""Speed of ``bilingual report`` without machine translation.

Goals: the report of seed 000 in under 1 s wall (the whole command, Python start included), and
a generated 10,000-comment JSONL thread in under 30 s with the progress bar on.

The big thread is made from seed 000 only: its prayer clauses and their English phrases (as the
report itself aligns them) recombined into new passages, each posted with a translation request
and the author's translation in replies, among the seed's English comments, with copies and
untranslated passages mixed in: about one passage per 7 comments, as in seed 000 (6 in 46).
A fixed random seed makes it the same on every run.

No other tool makes this report, so the baseline timed beside it is the floor every command pays:
bare Python's start (``python3 -c pass``). Each of ``--runs`` rounds (at least 5) runs, in a
rotating order, bare Python, the seed-000 report and the 10,000-comment report as whole processes,
and the big thread's stages in this process; printed are the median and min-max of the wall and
CPU time (user + system of the process and its workers) of each, the per-round ratio of the seed
report to bare Python, the settings and the load average before and after.

The HTML page is then timed in headless Chromium (driven over the DevTools protocol) at
10,000, 30,000 and 100,000 comments: its size, the load event (median of ``--runs`` loads, each in
a fresh browser; goal < 3 s at 100,000) and the first search over every passage (the embedded data
decompressed and filtered).

    python bench/bench_report.py [--comments 10000] [--runs 5] [--pages 10000,30000,100000]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/_timing.py, also when loaded from a file path

from _timing import MIN_REPEAT, environment, interleaved, load, spread  # noqa: E402

REQUESTS = ("Please translate this post", "what does it mean?", "Translation please?", "Can someone translate?")
ARABIZI = ("inshallah ya 7abibi", "wallah 3ajbetni el fikra", "ana msh fahem enta bt2ol eh")


def _env() -> dict[str, str]:
    """No model, no cache: the benchmark measures the report without machine translation."""
    env = dict(os.environ)
    env["BILINGUAL_CACHE"] = "off"
    env.pop("BILINGUAL_DEBUG", None)
    return env


class Chromium:
    """One headless Chromium and one page, driven over the DevTools protocol on fds 3 and 4
    (``--remote-debugging-pipe``: no websocket library). The browser tests use it too."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def fds() -> None:  # the protocol pipe is fd 3 (commands in) and fd 4 (replies out)
            high_r, high_w = os.dup(to_chrome_r), os.dup(from_chrome_w)  # above 4, so that neither is overwritten
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")

    def _message(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("no reply from Chromium")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)  # type: ignore[no-any-return]

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True, timeout: float = 60) -> Any:
        """Run one protocol command and return its result (events that arrive meanwhile are kept)."""
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._message(timeout)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, timeout: float = 60) -> dict[str, Any]:
        """The next event ``method`` (one already received counts)."""
        for k, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(k)
        while True:
            event = self._message(timeout)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def open(self, url: str, width: int = 1400, height: int = 1000, dark: bool = False) -> float:
        """Load ``url`` at that viewport (and colour scheme); seconds from navigation to the load event."""
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700})
        self.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired", timeout=120)
        return float(self.js("performance.getEntriesByType('navigation')[0].loadEventEnd")) / 1000

    def js(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True})
        if "exceptionDetails" in result:
            raise AssertionError(result["exceptionDetails"])
        return result["result"].get("value")

    def until(self, expression: str, timeout: float = 20) -> Any:
        """Poll ``expression`` until it is truthy; its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"never true: {expression}")

    def screenshot(self, path: Path) -> bytes:
        """A PNG of the whole page, saved to ``path``."""
        data = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})["data"])
        path.write_bytes(data)
        return data

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)



MATERIAL = Path(__file__).resolve().parent / "seed000_material.json"


def material() -> tuple[list[tuple[str, str]], list[str]]:
    """Aligned (Arabic clause, English phrase) pairs of seed 000, and its English-only comments, as the pipeline
    gave them once (``bench/seed000_material.json``, its ``made_by``): the generated threads of
    every benchmark stay the same bytes whatever the pipeline's segmentation or alignment does since
    (made live, a change of clause cuts changed the 100,000-comment thread from 26.0 to 25.5 MB)."""
    data = json.loads(MATERIAL.read_text(encoding="utf-8"))
    return [(a, e) for a, e in data["pairs"]], list(data["english"])


def distinct_material() -> tuple[list[tuple[str, str]], list[str]]:
    """Aligned (Arabic, English) sentence pairs of Tatoeba, TICO-19 and ArzEn-ST (``../shared/data``), shuffled: half as
    the passages' material, the other half's English as chatter beside seed 000's. A generated thread made of them
    repeats its passages far less than one made of :func:`material` (seed 000's clauses: 113 distinct passage texts in
    100,000 comments), so it shows what sharing copies cannot save."""
    from pairing_devset import load_sources

    sources = load_sources()
    pairs = [pair for name in sorted(sources) for pair in sources[name]]
    random.Random(0).shuffle(pairs)
    half = len(pairs) // 2
    return pairs[:half], material()[1] + [english for _, english in pairs[half:]]


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


def wall(args: list[str], command: list[str] | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system, its workers included) seconds one ``bilingual`` command (or
    ``command``) takes, start to exit.

    CPU time is printed beside wall time because the machine is shared: wall time grows with the
    load others put on it, CPU time much less.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(command or [sys.executable, "-m", "bilingual", *args], capture_output=True, text=True, env=_env())
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


def browser() -> str | None:
    """The Chromium binary, if one is installed."""
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def page_figures(n: int, pairs: list[tuple[str, str]], english: list[str], tmp: Path, binary: str, runs: int) -> str:
    """One line: the report of an ``n``-comment thread, its size, and how fast Chromium opens and searches it."""
    source = tmp / f"t{n}.jsonl"
    source.write_text(generate(n, pairs, english), encoding="utf-8")
    page = tmp / f"t{n}.html"
    made, cpu = wall(["report", str(source), "-o", str(page), "--no-mt"])
    loads, searches = [], []
    for k in range(runs):
        chrome = Chromium(binary, tmp / f"profile-{n}-{k}")
        try:
            loads.append(chrome.open(page.as_uri()))
            t0 = time.perf_counter()
            chrome.js("(() => { const q = document.getElementById('q'); q.value = 'somalia'; q.dispatchEvent(new Event('input')); })()")
            chrome.until("document.getElementById('shown-count').textContent.includes('matching')")
            searches.append(time.perf_counter() - t0)
        finally:
            chrome.close()
    return (
        f"{n:>7,} comments: HTML {page.stat().st_size / 1e6:.2f} MB (input {source.stat().st_size / 1e6:.1f} MB), "
        f"made in {made:.1f} s wall / {cpu:.1f} s CPU; Chromium load event median of {runs} {statistics.median(loads):.2f} s "
        f"(min {min(loads):.2f}, max {max(loads):.2f}; goal < 3 s); first search {statistics.median(searches):.2f} s"
    )


def settings(args: argparse.Namespace) -> None:
    """Print what is run, with what, and where."""
    print(f"{environment('bilingual')}; {args.runs} interleaved rounds")
    print("  ours: python -m bilingual report THREAD -o report.html --no-mt (default --jobs: every core), "
          "BILINGUAL_CACHE=off; the big thread also --json and --progress")
    print("  baseline: python -c pass (bare interpreter start; no other tool makes this report)")


def in_process_timed(path: Path, stages: list[dict[str, float]]) -> tuple[float, float]:
    """:func:`in_process` on ``path``, its stages appended to ``stages``; ``(wall, cpu)`` of this process."""
    c0, w0 = time.process_time(), time.perf_counter()
    stages.append(in_process(path))
    return time.perf_counter() - w0, time.process_time() - c0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=MIN_REPEAT, help=f"interleaved rounds, and page loads (at least {MIN_REPEAT})")
    parser.add_argument("--pages", default="10000,30000,100000", help="thread sizes whose page is timed in Chromium ('' for none)")
    args = parser.parse_args()
    if args.runs < MIN_REPEAT:
        parser.error(f"--runs must be at least {MIN_REPEAT}: the spread needs them")
    settings(args)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        pairs, english = material()
        big = Path(tmp) / "big.jsonl"
        big.write_text(generate(args.comments, pairs, english), encoding="utf-8")
        print(f"generated thread: {args.comments} comments, {big.stat().st_size / 1e6:.2f} MB")
        stages: list[dict[str, float]] = []
        times = interleaved({
            "bare Python (python -c pass)": lambda: wall([], [sys.executable, "-c", "pass"]),
            "seed 000, whole command": lambda: wall(["report", str(SEED000), "-o", str(out), "--no-mt"]),
            f"{args.comments} comments, whole command (HTML + JSON, progress bar on)": lambda: wall(
                ["report", str(big), "-o", str(out), "--json", str(Path(tmp) / "r.json"), "--no-mt", "--progress"]),
            f"{args.comments} comments, in this process (read, build, HTML, JSON)": lambda: in_process_timed(big, stages),
        }, args.runs)
        print("median (min-max) over the rounds, wall then CPU:")
        for name, t in times.items():
            print(f"  {name:70s} wall {spread([w for w, _ in t], ' s', 3)}; CPU {spread([c for _, c in t], ' s', 3)}")
        bare = times["bare Python (python -c pass)"]
        seed = times["seed 000, whole command"]
        print(f"  seed 000 / bare Python, round by round: wall {spread([s / b for (s, _), (b, _) in zip(seed, bare)], 'x', 1)}; "
              f"CPU {spread([s / b for (_, s), (_, b) in zip(seed, bare)], 'x', 1)}; goals: seed < 1 s wall, "
              f"{args.comments} comments < 30 s")
        print("  in process, median wall time of each stage: " + ", ".join(
            f"{k} {statistics.median(st[k] for st in stages):.2f} s" for k in stages[0]
            if "MB" not in k and k not in ("passages", "paired")
        ) + "; " + ", ".join(f"{k} {stages[0][k]:g}" for k in ("passages", "paired", "HTML MB")))
        print(f"load average after: {load()}")
        binary = browser()
        sizes = [int(x) for x in args.pages.split(",") if x.strip()]
        if sizes and binary is None:
            print("page in Chromium: skipped (no chromium installed)")
        elif sizes and binary:
            version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
            print(f"page in Chromium: {version}, headless, a fresh browser and profile per load; wall time only (the "
                  f"browser's own clock); no other page to set beside it; load average {load()}")
            for n in sizes:
                print("page in Chromium: " + page_figures(n, pairs, english, Path(tmp), binary, args.runs), flush=True)
    data = ROOT.parent / "shared" / "data"
    if data.is_dir():
        print("dialect flag (cue words, compare.DIALECT_CUES):")
        for line in dialect_figures(data):
            print(f"  {line}")


if __name__ == "__main__":
    main()
