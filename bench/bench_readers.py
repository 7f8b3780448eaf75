"""Reader figures: comments/s reading a Pushshift-shaped NDJSON dump (plain and .zst) on one core, and peak
memory for two dump sizes (issue 15's goals: >= 100,000 comments/s; memory independent of the file's size).

Each measurement runs in a fresh subprocess (peak RSS is per process). The dump interleaves its threads
the way a time-sorted Pushshift month does, so grouping by thread spills to temporary files past the budget.

The clock starts after a first 200-comment read in the same process (the reader's modules imported, its decoders
built: a one-time cost, printed as start-up).

No other library groups a dump into reply threads, so the floors it cannot go below run beside it in every child
process, before the read, on 20,000 lines of the same shape (parsing alone, no comment kept, nothing grouped):
``orjson.loads`` of each line, and the reader's own typed msgspec decoder of a Reddit comment line
(``platforms.reddit_line_decoder``, what the reader decodes the lines with) called on each line. Each of ``--repeat``
runs (at least 5) is one child doing all three, so the floors and the reader alternate; every round runs each kind
(plain, zst) and tree once, the first rotating, and the paired zst/plain CPU ratio is printed; printed are the medians
and min-max of the reader's comments/s, CPU time beside wall time, and the run-by-run ratio of the reader's CPU time
per comment to each floor's (median and min-max), with the versions and the load average before and after.

Where the time goes (``--stages``): one child per kind reads the dump with the reader's block decoder, item builder
and thread builder timed a block or a thread at a time, then decodes the same lines alone; printed in microseconds
of CPU a comment beside the floors measured in that child (Reddit dumps only). Where the reader decodes a block's lines
inside the item builder's call (records made into items as they are decoded), decoding and items are one stage
(decode_items, that call's time), the lines decoded alone printed beside it.

Run: python3 bench/bench_readers.py [--sizes 200000,800000] [--repeat 5] [--kinds plain,zst,disqus] [--stages]
[--order thread] (each thread's comments together, as in a dump sorted by thread, instead of time order)
(disqus: a Disqus XML export of as many posts, its <thread> elements first and the posts interleaved over them)
Compare trees, interleaved on the same files (A B A B ...; medians and the median of the paired ratios):
     python3 bench/bench_readers.py --trees before=/tmp/main-copy,after=. --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from _timing import MIN_REPEAT, environment, load, spread

ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"


def record(i: int, threads: int) -> bytes:
    """One comment line with the fields a 2023 Pushshift / Arctic Shift comment has (about 1.4 kB)."""
    thread = (i * 7919) % threads
    parent = f"t3_{thread:x}" if i < threads else f"t1_c{i - threads}"
    body = f"comment {i}: " + ("Translation please: " + ARABIC if i % 5 == 0 else "this is an ordinary English comment " * 3)
    rec = {
        "all_awardings": [], "archived": False, "associated_award": None, "author": f"user_{i % 5000}",
        "author_flair_background_color": None, "author_flair_css_class": None, "author_flair_richtext": [],
        "author_flair_template_id": None, "author_flair_text": None, "author_flair_text_color": None,
        "author_flair_type": "text", "author_fullname": f"t2_{i % 5000:x}", "author_patreon_flair": False,
        "author_premium": False, "awarders": [], "body": body, "can_gild": True, "collapsed": False,
        "collapsed_because_crowd_control": None, "collapsed_reason": None, "collapsed_reason_code": None,
        "comment_type": None, "controversiality": 0, "created_utc": 1672531200 + i, "distinguished": None,
        "edited": False, "gilded": 0, "gildings": {}, "id": f"c{i}", "is_submitter": False, "link_id": f"t3_{thread:x}",
        "locked": False, "name": f"t1_c{i}", "no_follow": True, "parent_id": parent,
        "permalink": f"/r/arabic/comments/{thread:x}/some_title/c{i}/", "retrieved_on": 1673000000, "score": i % 17,
        "score_hidden": False, "send_replies": True, "stickied": False, "subreddit": "arabic", "subreddit_id": "t5_2qh1i",
        "subreddit_name_prefixed": "r/arabic", "subreddit_type": "public", "top_awarded_type": None,
        "total_awards_received": 0, "treatment_tags": [], "unrepliable_reason": None,
    }
    return json.dumps(rec, ensure_ascii=False).encode() + b"\n"


def disqus_export(n: int, threads: int) -> bytes:
    """A Disqus export of ``n`` posts: its ``threads`` <thread> elements first, then the posts interleaved over them."""
    parts = [b'<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n']
    parts += [f'<thread dsq:id="t{t}"><forum>f</forum><title>Thread {t}</title><link>https://example.org/{t}</link></thread>\n'.encode()
              for t in range(threads)]
    for i in range(n):
        parent = f'<parent dsq:id="p{i - threads}"/>' if i >= threads else ""
        body = "Translation please: " + ARABIC if i % 5 == 0 else "this is an ordinary English comment " * 3
        parts.append(f'<post dsq:id="p{i}"><thread dsq:id="t{(i * 7919) % threads}"/>{parent}<message><![CDATA[<p>comment {i}: {body}</p>]]>'
                     f'</message><createdAt>2023-01-01T00:00:00Z</createdAt><author><name>user_{i % 5000}</name></author></post>\n'.encode())
    return b"".join(parts) + b"</disqus>\n"


def make(path: str, n: int, zst: bool, disqus: bool = False, by_thread: bool = False) -> None:
    """Write a dump of ``n`` comments over ``n // 50`` threads: in time order (each thread's comments spread over the
    whole file, as in a Pushshift month), or with ``by_thread`` each thread's comments together (the same lines)."""
    threads = max(1, n // 50)
    order: range | list[int] = sorted(range(n), key=lambda i: ((i * 7919) % threads, i)) if by_thread else range(n)
    if disqus:
        with open(path, "wb") as f:
            f.write(disqus_export(n, threads))
    elif zst:
        import zstandard

        with open(path, "wb") as f, zstandard.ZstdCompressor(level=3).stream_writer(f) as w:
            for i in order:
                w.write(record(i, threads))
    else:
        with open(path, "wb") as f:
            for i in order:
                f.write(record(i, threads))


def warm_up(zst: bool, disqus: bool = False) -> float:
    """CPU seconds of reading a 200-comment dump of the same kind: the one-time start of a reader (its modules
    imported, its decoders built), reported apart from the comments/s of the dump itself."""
    from bilingual.threads import iter_threads

    data = disqus_export(200, 10) if disqus else b"".join(record(i, 10) for i in range(200))
    start = time.process_time()
    if zst:
        import zstandard

        data = zstandard.ZstdCompressor(level=3).compress(data)
    assert sum(len(t.comments) for t in iter_threads(data)) == 200
    return time.process_time() - start


def floor_rate(decode: Any, sample: list[bytes]) -> float:
    """Lines a CPU second that ``decode`` alone reads, called on each line of ``sample`` (nothing kept)."""
    start = time.process_time()
    for line in sample:
        decode(line)
    return len(sample) / (time.process_time() - start)


def typed_decoder() -> Any:
    """The reader's msgspec decoder of a Reddit comment line, or ``None`` for a tree without one."""
    from bilingual.threads import platforms

    make = getattr(platforms, "reddit_line_decoder", None)
    return None if make is None else make().decode


def measure(path: str) -> None:
    """Child process: read every thread, print comments, threads, CPU and wall seconds, the start-up's CPU
    seconds, peak RSS (MiB), and the comments/s of orjson.loads and of the reader's typed msgspec decoder alone on
    lines of the same shape (the floors)."""
    from bilingual.threads import iter_threads

    import orjson

    sample = [record(i, 1000) for i in range(20_000)]
    calibration = floor_rate(orjson.loads, sample)
    typed = typed_decoder()
    typed_rate = floor_rate(typed, sample) if typed is not None else float("nan")
    del sample
    startup = warm_up(path.endswith(".zst"), path.endswith(".xml"))
    start, wall = time.process_time(), time.perf_counter()
    comments = threads = 0
    for t in iter_threads(path):
        comments += len(t.comments)
        threads += 1
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"comments": comments, "threads": threads, "cpu": cpu, "wall": wall, "startup": startup,
                      "rss_mib": rss, "orjson": calibration, "msgspec": typed_rate}))


def stages(path: str) -> None:
    """Child process: CPU microseconds a comment of each stage of reading the Reddit dump ``path`` (see the module's
    docstring), with the floors (orjson.loads alone, the typed msgspec decoder alone) measured first in the same process."""
    import bilingual.threads as threads_module
    from bilingual.threads import iter_threads, platforms
    from bilingual.threads.source import chunks

    import orjson

    sample = [record(i, 1000) for i in range(20_000)]
    floor = 1 / floor_rate(orjson.loads, sample)
    typed = typed_decoder()
    typed_floor = 1 / floor_rate(typed, sample) if typed is not None else float("nan")
    del sample
    warm_up(path.endswith(".zst"))
    spent = {"items": 0.0, "finish": 0.0}
    items, finish = getattr(platforms, "reddit_items", None), threads_module._finish
    if items is None:  # a tree from before the block decoder: its items are counted with the grouping
        print(json.dumps({"missing": "platforms.reddit_items"}))
        return

    streamed = False  # whether the reader hands reddit_items its lines' decoder as an iterator (decoded inside the call)

    def timed(name: str, real: Any) -> Any:
        def call(*args: Any) -> Any:
            nonlocal streamed
            streamed = streamed or (name == "items" and not isinstance(args[0], (list, tuple)))
            begin = time.process_time()
            try:
                return real(*args)
            finally:
                spent[name] += time.process_time() - begin
        return call

    platforms.reddit_items, threads_module._finish = timed("items", items), timed("finish", finish)  # type: ignore[assignment]
    start = time.process_time()
    collected = None
    n = 0
    for t in iter_threads(path):
        if collected is None:  # every line is read and grouped before the first thread comes out
            collected = time.process_time() - start
        n += len(t.comments)
    total = time.process_time() - start
    platforms.reddit_items, threads_module._finish = items, finish  # type: ignore[assignment]
    decode, tail = platforms.reddit_line_decoder().decode, b""
    start = time.process_time()
    for block in chunks(path, path):  # the same lines, split and decoded as the reader does, nothing else
        last = block.rfind(b"\n")
        lines = block[:last].split(b"\n")
        lines[0] = tail + lines[0]  # the line cut at the end of the last block
        tail = block[last + 1 :]
        list(map(decode, lines))
    decoded = time.process_time() - start
    assert collected is not None
    # Where the lines are decoded inside reddit_items' call, its time holds the decoding (cheaper there than in the pass
    # above, which keeps a block's records alive at once): the two are printed as one stage, the pass above beside it.
    made = 0.0 if streamed else spent["items"]
    print(json.dumps({"comments": n, "total": total / n * 1e6, "floor": floor * 1e6, "typed_floor": typed_floor * 1e6,
                      "decode": decoded / n * 1e6, "items": made / n * 1e6, "streamed": streamed,
                      "decode_items": (spent["items"] if streamed else decoded + made) / n * 1e6,
                      "group_spill": (collected - (spent["items"] if streamed else decoded + made)) / n * 1e6,
                      "read_back": (total - collected - spent["finish"]) / n * 1e6, "finish": spent["finish"] / n * 1e6}))


def print_stages(paths: dict[str, str], trees: list[tuple[str, str | None]]) -> None:
    """One line per kind and tree: each stage's CPU microseconds a comment and its share of the floor."""
    print("stages: CPU us a comment (x the orjson.loads floor of that process); group/spill: grouping, spill writes and the "
          "loop; read back: spill files read and grouped; finish: Comment and Thread objects (for a Reddit dump's raw items, "
          "their derived fields too: time, link, status, extra), reply tree, look-alike authors")
    for kind, path in paths.items():
        for name, tree in trees:
            r = run_child(path, tree, "--measure-stages")
            if "missing" in r:
                print(f"  {kind:>5} {name or '-':>8}: not measured (this tree has no {r['missing']})")
                continue
            f = r["floor"]
            keys = ("decode_items", "group_spill", "read_back", "finish") if r.get("streamed") else (
                "decode", "items", "group_spill", "read_back", "finish")
            parts = ", ".join(f"{k} {r[k]:.2f} ({r[k] / f:.2f}x)" for k in keys)
            if r.get("streamed"):
                parts += f" (the lines decoded alone, a block's records kept at once: {r['decode']:.2f} us)"
            typed = r.get("typed_floor", float("nan"))
            print(f"  {kind:>5} {name or '-':>8}: total {r['total']:.2f} us ({r['total'] / f:.2f}x floor {f:.2f} us; "
                  f"{r['total'] / typed:.2f}x the msgspec floor {typed:.2f} us): {parts}")


def run_child(path: str, tree: str | None, mode: str = "--measure") -> dict[str, float]:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = os.path.abspath(tree)
    out = subprocess.run([sys.executable, __file__, mode, path], capture_output=True, text=True, check=True, env=env)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def dump_path(directory: str, n: int, kind: str, by_thread: bool = False) -> str:
    """The dump of ``n`` comments in ``directory``, made unless a complete one is there (``--dumps`` keeps them)."""
    path = os.path.join(directory, f"RC_{n}{'_by_thread' if by_thread else ''}.{'xml' if kind == 'disqus' else 'zst' if kind == 'zst' else 'ndjson'}")
    if not os.path.exists(path):
        make(path + ".part", n, kind == "zst", kind == "disqus", by_thread)
        os.replace(path + ".part", path)
    return path


def print_row(n: int, kind: str, size: float, name: str, rs: list[dict[str, float]]) -> None:
    """One line of the table: medians and spread of one kind and tree's runs."""
    rates = sorted(n / r["cpu"] for r in rs)
    cpu = statistics.median(r["cpu"] for r in rs)
    wall = statistics.median(r.get("wall", float("nan")) for r in rs)
    floor = spread([r["orjson"] * r["cpu"] / n for r in rs])
    typed = spread([r.get("msgspec", float("nan")) * r["cpu"] / n for r in rs])
    print(f"{n:>9,} {kind:>5} {size:>7.1f} {name or '-':>8} {rs[0]['threads']:>8,.0f} {cpu:>7.2f} {wall:>7.2f} "
          f"{statistics.median(rates):>11,.0f} {f'{rates[0]:,.0f}..{rates[-1]:,.0f}':>17} "
          f"{statistics.median(r.get('startup', 0) for r in rs) * 1000:>11.0f} "
          f"{statistics.median(r['rss_mib'] for r in rs):>13.0f} {statistics.median(r['orjson'] for r in rs):>15,.0f} "
          f"{floor:>18} {statistics.median(r.get('msgspec', float('nan')) for r in rs):>16,.0f} {typed:>18}")


def print_ratio(label: str, base: list[dict[str, float]], other: list[dict[str, float]], slower: bool = False) -> None:
    """The round-by-round ratio of two sides' CPU times: ``other``'s speed over ``base``'s, or its cost with ``slower``."""
    ratios = [(o["cpu"] / b["cpu"]) if slower else (b["cpu"] / o["cpu"]) for b, o in zip(base, other)]
    what = "CPU" if slower else "speed"
    print(f"{'':>9} {'':>5} {'':>7} {label:>8} {what} {statistics.median(ratios):.2f}x "
          f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200000,800000")
    ap.add_argument("--trees", help="NAME=DIR,... : source trees to compare (each DIR holds the bilingual package)")
    ap.add_argument("--repeat", type=int, default=MIN_REPEAT,
                    help=f"runs per tree and file, interleaved (medians reported; at least {MIN_REPEAT})")
    ap.add_argument("--kinds", default="plain,zst", help="plain,zst (NDJSON dumps) and/or disqus (an XML export of as many posts)")
    ap.add_argument("--dumps", help="DIR: keep the dumps there and reuse them on the next run (made when missing)")
    ap.add_argument("--order", choices=("time", "thread"), default="time",
                    help="the dump's lines in time order (threads interleaved, the default) or each thread's together")
    ap.add_argument("--stages", action="store_true", help="print where the CPU goes, stage by stage, instead (Reddit dumps)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--measure-stages", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        measure(args.measure)
        return
    if args.measure_stages:
        stages(args.measure_stages)
        return
    if args.repeat < MIN_REPEAT:
        ap.error(f"--repeat must be at least {MIN_REPEAT}: the spread needs them")
    trees: list[tuple[str, str | None]] = [(n, d) for n, _, d in (t.partition("=") for t in args.trees.split(","))] if args.trees else [("", None)]
    print(environment("orjson", "msgspec", "zstandard"))
    if not args.stages:
        print(f"  ours: iter_threads(path), defaults (msgspec for Reddit-shaped lines, orjson otherwise, spill to temporary "
              f"files past the memory budget); floors: orjson.loads and the typed msgspec decoder per line; one process per run; "
              f"{args.repeat} run(s) per tree, interleaved; medians")
        print("comments/s: CPU time of the dump's read (wall beside it); start-up: CPU ms of a first 200-comment read in that "
              "process, before; / floor: the reader's CPU per comment over orjson.loads' alone, run by run, median (min-max); "
              "/ msgspec: the same over the reader's typed msgspec line decoder alone (platforms.reddit_line_decoder)")
        print(f"{'comments':>9} {'kind':>5} {'MB':>7} {'tree':>8} {'threads':>8} {'CPU s':>7} {'wall s':>7} {'comments/s':>11} "
              f"{'min..max':>17} {'start-up ms':>11} {'peak RSS MiB':>13} {'orjson alone/s':>15} {'/ floor':>18} "
              f"{'msgspec alone/s':>16} {'/ msgspec':>18}")
    kinds = args.kinds.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(v) for v in args.sizes.split(",")):
            paths = {kind: dump_path(args.dumps or tmp, n, kind, args.order == "thread") for kind in kinds}
            if args.stages:
                print_stages({k: p for k, p in paths.items() if k != "disqus"}, trees)
                continue
            # Every kind and tree runs once a round, the first rotating from round to round: a change in the load falls
            # on all alike, and the zst/plain ratio is taken within a round.
            sides = [(kind, name, tree) for kind in kinds for name, tree in trees]
            runs: dict[tuple[str, str], list[dict[str, float]]] = {(kind, name): [] for kind, name, _ in sides}
            for r in range(args.repeat):
                for kind, name, tree in sides[r % len(sides):] + sides[:r % len(sides)]:
                    res = run_child(paths[kind], tree)
                    assert res["comments"] == n, res
                    runs[kind, name].append(res)
            for kind in kinds:
                size = os.path.getsize(paths[kind]) / 1e6
                for name, _ in trees:
                    print_row(n, kind, size, name, runs[kind, name])
                if len(trees) == 2:
                    (a, _), (b, _) = trees
                    print_ratio(f"{b}/{a}", runs[kind, a], runs[kind, b])
            if "plain" in kinds and "zst" in kinds:
                for name, _ in trees:
                    print_ratio(f"zst/plain{' ' + name if name else ''}", runs["plain", name], runs["zst", name], slower=True)
            if not args.dumps:
                for path in paths.values():
                    os.remove(path)
    print(f"load average after: {load()} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
