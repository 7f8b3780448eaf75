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
(disqus: a Disqus XML export of as many posts, its <thread> elements first and the posts interleaved over them;
jetstream, mastodon: Bluesky Jetstream events / Mastodon statuses a line, the root posts first, then the replies
interleaved over the threads, a like after every tenth Jetstream post; the floor is orjson.loads of lines of the same
shape, per line; discord, telegram: one DiscordChatExporter channel / Telegram result.json of as many messages, the
floor orjson.loads of the whole file, measured after the read so its peak RSS stays the reader's. Make the files with
--dumps DIR first and measure with the same --dumps DIR: a parent that built a big document hands its peak RSS on to
the children it starts)
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

from _timing import MIN_REPEAT, environment, load, spread, timed

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


_DID = "did:plc:bench{:07d}"


def jetstream_line(i: int, threads: int) -> bytes:
    """Jetstream events: the root posts first (``i < 0``: root ``-i - 1``), then ``n`` replies spread over the threads
    (each answering the root or the thread's previous reply, as record.reply says), a like after every tenth."""
    def ref(t: int, j: int | None) -> dict[str, str]:
        rkey = f"r{t}" if j is None else f"p{j}"
        return {"uri": f"at://{_DID.format(t if j is None else j % 5000)}/app.bsky.feed.post/{rkey}", "cid": "bafyreigbench"}

    if i < 0:
        t, text, reply, did, rkey = -i - 1, "Protest signs in Tahrir this morning", None, _DID.format(-i - 1), f"r{-i - 1}"
    else:
        t = (i * 7919) % threads
        up = i - threads if i >= threads else None
        text = f"comment {i}: " + ("Translation please: " + ARABIC if i % 5 == 0 else "this is an ordinary English comment " * 3)
        reply, did, rkey = {"root": ref(t, None), "parent": ref(t, up)}, _DID.format(i % 5000), f"p{i}"
    record: dict[str, object] = {"$type": "app.bsky.feed.post", "createdAt": "2024-09-09T19:46:02.102Z", "langs": ["en"], "text": text}
    if reply:
        record["reply"] = reply
    event = {"did": did, "time_us": 1725911162329308 + i, "kind": "commit", "commit": {
        "rev": "3l3qo2vutsw2b", "operation": "create", "collection": "app.bsky.feed.post", "rkey": rkey, "record": record,
        "cid": "bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi"}}
    line = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    if i >= 0 and i % 10 == 9:
        like = {"did": did, "time_us": 1725911162329308 + i, "kind": "commit", "commit": {
            "rev": "3l3qo2vutsw2c", "operation": "create", "collection": "app.bsky.feed.like", "rkey": f"l{i}",
            "record": {"$type": "app.bsky.feed.like", "createdAt": "2024-09-09T19:46:02.102Z", "subject": ref(t, None)}, "cid": "bafyreil"}}
        line += json.dumps(like, separators=(",", ":")).encode() + b"\n"
    return line


def mastodon_status(i: int, threads: int) -> dict[str, Any]:
    """A status as GET /api/v1/timelines returns it: root ``-i - 1`` (``i < 0``), or reply ``i`` answering its thread's
    previous reply (the root for the thread's first)."""
    if i < 0:
        sid, parent, text = f"1{-i - 1:017d}", None, "Protest signs in Tahrir this morning"
    else:
        t = (i * 7919) % threads
        sid = f"2{i:017d}"
        parent = f"2{i - threads:017d}" if i >= threads else f"1{t:017d}"
        text = f"comment {i}: " + ("Translation please: " + ARABIC if i % 5 == 0 else "this is an ordinary English comment " * 3)
    user = f"user_{i % 5000}"
    return {"id": sid, "created_at": "2023-10-07T09:00:00.000Z", "in_reply_to_id": parent, "in_reply_to_account_id": None if parent is None else "1",
            "sensitive": False, "spoiler_text": "", "visibility": "public", "language": "en",
            "uri": f"https://mastodon.social/users/{user}/statuses/{sid}", "url": f"https://mastodon.social/@{user}/{sid}",
            "replies_count": 0, "reblogs_count": 0, "favourites_count": 3, "edited_at": None, "content": f"<p>{text}</p>", "reblog": None,
            "application": {"name": "Web", "website": None},
            "account": {"id": str(i % 5000), "username": user, "acct": user, "display_name": user, "locked": False, "bot": False,
                        "created_at": "2022-11-05T00:00:00.000Z", "note": "<p></p>", "url": f"https://mastodon.social/@{user}",
                        "followers_count": 120, "following_count": 80, "statuses_count": 900, "emojis": [], "fields": []},
            "media_attachments": [], "mentions": [], "tags": [], "emojis": [], "card": None, "poll": None}


def mastodon_line(i: int, threads: int) -> bytes:
    return json.dumps(mastodon_status(i, threads), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def discord_export(n: int) -> bytes:
    """DiscordChatExporter's JSON of one channel of ``n`` messages, every fifth a reply (indented, as it writes it)."""
    messages = []
    for i in range(n):
        text = f"comment {i}: " + ("Translation please: " + ARABIC if i % 5 == 0 else "this is an ordinary English comment " * 3)
        m: dict[str, object] = {"id": str(340000000000000000 + i), "type": "Reply" if i % 5 == 4 else "Default", "timestamp": "2023-10-07T12:00:00.000+03:00",
             "timestampEdited": None, "callEndedTimestamp": None, "isPinned": False, "content": text,
             "author": {"id": str(310000000000000000 + i % 5000), "name": f"user_{i % 5000}", "discriminator": "0000",
                        "nickname": f"User {i % 5000}", "color": None, "isBot": False, "roles": [],
                        "avatarUrl": "https://cdn.discordapp.com/avatars/310000000000000004/a1b2c3.png?size=512"},
             "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": [], "inlineEmojis": []}
        if i % 5 == 4:
            m["reference"] = {"messageId": str(340000000000000000 + i - 1), "channelId": "320000000000000010", "guildId": "330000000000000001"}
        messages.append(m)
    doc = {"guild": {"id": "330000000000000001", "name": "Arabic learners", "iconUrl": ""},
           "channel": {"id": "320000000000000010", "type": "GuildTextChat", "categoryId": "1", "category": "Reading room",
                       "name": "news-in-arabic", "topic": "Arabic in the news"},
           "dateRange": {"after": None, "before": None}, "exportedAt": "2023-10-08T00:00:00+00:00", "messages": messages, "messageCount": n}
    return json.dumps(doc, ensure_ascii=False, indent=2).encode()


def telegram_export(n: int) -> bytes:
    """Telegram Desktop's result.json of one group of ``n`` messages, every fifth a reply (indented, as it writes it)."""
    messages = []
    for i in range(n):
        text = f"comment {i}: " + ("Translation please: " + ARABIC if i % 5 == 0 else "this is an ordinary English comment " * 3)
        m = {"id": i + 1, "type": "message", "date": "2023-10-07T09:05:12", "date_unixtime": "1696669512", "from": f"user_{i % 5000}",
             "from_id": f"user{i % 5000}", "text": text, "text_entities": [{"type": "plain", "text": text}]}
        if i % 5 == 4:
            m["reply_to_message_id"] = i
        messages.append(m)
    return json.dumps({"name": "Levant News chat", "type": "public_supergroup", "id": 1651234567, "messages": messages},
                      ensure_ascii=False, indent=1).encode()


#: Kinds of input beside the Reddit dumps: (file suffix, whether it is JSON Lines)
KINDS = {"plain": ("ndjson", True), "zst": ("zst", True), "disqus": ("xml", False), "jetstream": ("jetstream.jsonl", True),
         "mastodon": ("mastodon.jsonl", True), "discord": ("discord.json", False), "telegram": ("telegram.json", False)}


def kind_of(path: str) -> str:
    return next(k for k, (suffix, _) in sorted(KINDS.items(), key=lambda kv: -len(kv[1][0])) if path.endswith("." + suffix))


def sample_lines(kind: str) -> list[bytes]:
    """20,000 lines of the shape of ``kind``'s lines (the floor's sample; Reddit comment lines for the other kinds)."""
    if kind == "jetstream":  # a like's line among them after every tenth post, as in the file
        return b"".join(jetstream_line(i, 1000) for i in range(18_200)).splitlines()[:20_000]
    if kind == "mastodon":
        return [mastodon_line(i, 1000) for i in range(20_000)]
    return [record(i, 1000) for i in range(20_000)]


def make_kind(path: str, n: int, kind: str, by_thread: bool = False) -> None:
    """Write the input of ``kind`` holding ``n`` comments (see :func:`make` for the Reddit and Disqus kinds)."""
    threads = max(1, n // 50)
    if kind in ("jetstream", "mastodon"):
        line = jetstream_line if kind == "jetstream" else mastodon_line
        with open(path, "wb") as f:
            for t in range(threads):
                f.write(line(-t - 1, threads))
            for i in range(n):
                f.write(line(i, threads))
    elif kind in ("discord", "telegram"):
        with open(path, "wb") as f:
            f.write(discord_export(n) if kind == "discord" else telegram_export(n))
    else:
        make(path, n, kind == "zst", kind == "disqus", by_thread)


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


def warm_up(zst: bool, disqus: bool = False, kind: str = "plain") -> float:
    """CPU seconds of reading a 200-comment dump of the same kind: the one-time start of a reader (its modules
    imported, its decoders built), reported apart from the comments/s of the dump itself."""
    from bilingual.threads import iter_threads

    if kind in ("jetstream", "mastodon"):
        line = jetstream_line if kind == "jetstream" else mastodon_line
        data = b"".join(line(i, 10) for i in range(-10, 200))
    elif kind in ("discord", "telegram"):
        data = discord_export(200) if kind == "discord" else telegram_export(200)
    else:
        data = disqus_export(200, 10) if disqus else b"".join(record(i, 10) for i in range(200))
    start = time.process_time()
    if zst:
        import zstandard

        data = zstandard.ZstdCompressor(level=3).compress(data)
    assert sum(len(t.comments) for t in iter_threads(data)) == 200
    return time.process_time() - start


def floor_rate(decode: Any, sample: list[bytes]) -> tuple[float, float]:
    """Lines a CPU second and a wall second that ``decode`` alone reads, called on each line of ``sample`` (nothing kept)."""
    def each() -> None:
        for line in sample:
            decode(line)

    cpu, wall = timed(each)
    return len(sample) / cpu, len(sample) / wall


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

    kind = kind_of(path)
    document = not KINDS[kind][1]
    if not document:  # a whole document's floor is measured after the read: its parse would raise the read's peak RSS
        sample = sample_lines(kind)
        calibration, calibration_wall = floor_rate(orjson.loads, sample)
        typed = typed_decoder()
        typed_rate = floor_rate(typed, sample)[0] if typed is not None and kind in ("plain", "zst") else float("nan")
        del sample
    startup = warm_up(path.endswith(".zst"), path.endswith(".xml"), kind)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, wall = time.process_time(), time.perf_counter()
    comments = threads = 0
    for t in iter_threads(path):
        comments += len(t.comments)
        threads += 1
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if document and kind != "disqus":  # orjson.loads of the whole file, in comments/s
        with open(path, "rb") as f:
            data = f.read()
        floor_cpu, floor_wall = timed(lambda: orjson.loads(data))
        calibration, calibration_wall, typed_rate = comments / floor_cpu, comments / floor_wall, float("nan")
    elif document:
        calibration = calibration_wall = typed_rate = float("nan")
    print(json.dumps({"comments": comments, "threads": threads, "cpu": cpu, "wall": wall, "startup": startup,
                      "rss_mib": rss, "rss_start_mib": rss_before, "orjson": calibration, "orjson_wall": calibration_wall, "msgspec": typed_rate}))


def stages(path: str) -> None:
    """Child process: CPU microseconds a comment of each stage of reading the Reddit dump ``path`` (see the module's
    docstring), with the floors (orjson.loads alone, the typed msgspec decoder alone) measured first in the same process."""
    import bilingual.threads as threads_module
    from bilingual.threads import iter_threads, platforms
    from bilingual.threads.source import chunks

    import orjson

    sample = [record(i, 1000) for i in range(20_000)]
    floor = 1 / floor_rate(orjson.loads, sample)[0]
    typed = typed_decoder()
    typed_floor = 1 / floor_rate(typed, sample)[0] if typed is not None else float("nan")
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

    platforms.reddit_items, threads_module._finish = timed("items", items), timed("finish", finish)
    start = time.process_time()
    collected = None
    n = 0
    for t in iter_threads(path):
        if collected is None:  # every line is read and grouped before the first thread comes out
            collected = time.process_time() - start
        n += len(t.comments)
    total = time.process_time() - start
    platforms.reddit_items, threads_module._finish = items, finish
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
    path = os.path.join(directory, f"RC_{n}{'_by_thread' if by_thread else ''}.{KINDS[kind][0]}")
    if not os.path.exists(path):
        make_kind(path + ".part", n, kind, by_thread)
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
          f"{floor:>18} {statistics.median(r.get('msgspec', float('nan')) for r in rs):>16,.0f} {typed:>18} "
          f"{spread([r.get('orjson_wall', float('nan')) * r.get('wall', float('nan')) / n for r in rs]):>18}")


def print_ratio(label: str, base: list[dict[str, float]], other: list[dict[str, float]], slower: bool = False) -> None:
    """The round-by-round ratio of two sides' CPU times, then wall times: ``other``'s speed over ``base``'s, or its cost
    with ``slower``."""
    for key in ("cpu", "wall"):
        ratios = [(o[key] / b[key]) if slower else (b[key] / o[key]) for b, o in zip(base, other)]
        what = ("CPU" if slower else "speed") + (", wall" if key == "wall" else "")
        print(f"{'':>9} {'':>5} {'':>7} {label:>8} {what} {statistics.median(ratios):.2f}x "
              f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200000,800000")
    ap.add_argument("--trees", help="NAME=DIR,... : source trees to compare (each DIR holds the bilingual package)")
    ap.add_argument("--repeat", type=int, default=MIN_REPEAT,
                    help=f"runs per tree and file, interleaved (medians reported; at least {MIN_REPEAT})")
    ap.add_argument("--kinds", default="plain,zst", help="plain,zst (NDJSON dumps), disqus (an XML export of as many posts), "
                    "jetstream, mastodon (JSON Lines of posts/statuses), discord, telegram (one JSON document of as many messages)")
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
    print(environment("bilingual", "orjson", "msgspec", "zstandard"))
    if not args.stages:
        print(f"  ours: iter_threads(path), defaults (msgspec for Reddit-shaped lines, orjson otherwise, spill to temporary "
              f"files past the memory budget); floors: orjson.loads and the typed msgspec decoder per line; one process per run; "
              f"{args.repeat} run(s) per tree, interleaved; medians")
        print("comments/s: CPU time of the dump's read (wall beside it); start-up: CPU ms of a first 200-comment read in that "
              "process, before; / floor: the reader's CPU per comment over orjson.loads' alone, run by run, median (min-max); "
              "/ msgspec: the same over the reader's typed msgspec line decoder alone (platforms.reddit_line_decoder); "
              "/ floor, wall: the reader's wall time per comment over orjson.loads' alone")
        print(f"{'comments':>9} {'kind':>5} {'MB':>7} {'tree':>8} {'threads':>8} {'CPU s':>7} {'wall s':>7} {'comments/s':>11} "
              f"{'min..max':>17} {'start-up ms':>11} {'peak RSS MiB':>13} {'orjson alone/s':>15} {'/ floor':>18} "
              f"{'msgspec alone/s':>16} {'/ msgspec':>18} {'/ floor, wall':>18}")
    kinds = args.kinds.split(",")
    if args.dumps:
        os.makedirs(args.dumps, exist_ok=True)  # made when missing, as the help says (it failed on a new DIR)
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
