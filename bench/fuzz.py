"""Fuzzing (not CI): hypothesis-generated hostile inputs through the readers, segmenter, normalizer,
display and aligner, with the invariants checked on every input.

Every target must either return a result that satisfies its invariants or raise
``bilingual.errors.InputError`` (readers only); anything else is counted as a crash and printed with
the input that caused it. Per target: inputs, seconds, peak memory (RSS high-water mark of the
process after the target, and tracemalloc peak when ``--tracemalloc``), crashes.

Run:  python3 bench/fuzz.py                      # 1,000,000+ inputs in all (the recorded run)
      python3 bench/fuzz.py --grammar --seconds 1800 --findings /tmp/fuzz-findings   # whole exports, every reader and the CLI
      python3 bench/fuzz.py --scale 0.01         # a quick smoke run
      python3 bench/fuzz.py --only segment -n 5000

Invariants:
  readers    result is a Thread or an InputError; depths follow parents; plain-text comments are exact
             slices of the source (``source_span``); JSONL ids are unique; read(bytes) agrees
  segment    spans tile the text (``spans.tiles``), in order, non-empty, known kinds, insertions inside
  normalize  (every profile) the offset maps are monotonic and in range both ways, and ``changes`` lie
             inside the original text
  display    (visual / isolate / off, widths None, 2, 3, 7, 20, 80) each line fits the width, lines
             advance through the text, ``logical`` offsets are in range
  align      links are monotonic, consecutive, and cover every source and target segment exactly once;
             ``split_segments`` gives ordered in-range spans
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import resource
import signal
import sys
import time
import traceback
import tracemalloc
from typing import Any, Callable
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bilingual.errors import InputError

# --- hostile text --------------------------------------------------------------------------------

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
JOINERS = "\u200b\u200c\u200d\u2060\ufeff"
ARABIC = "".join(chr(c) for c in range(0x0600, 0x0700) if chr(c).isprintable()) + "\u0640"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0300\u0301\u0327\u20dd"
PRESENTATION = "".join(chr(c) for c in (*range(0xFB50, 0xFB60), *range(0xFE70, 0xFE80), *range(0xFEF5, 0xFEFD), 0xFDF2, 0xFDFA, 0xFDFB, 0xFDFC, 0xFDFD))
EMOJI = ["\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001f44d\U0001f3fd", "\u2764\ufe0f", "\U0001f1f8\U0001f1fe"]
LATIN = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 23456789 .,!?'-"
BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\n\n"]
SPACES = " \t\u00a0\u2009\u202f\u3000"
CONTROL = "\x00\x01\x1b\x7f\x9b"
WORDS = ["Avatar", "  1. ", "  • ", "1.", "2.", "...", "…", "؟", "،", "و", "لا", "ﻻ", "الله", "ﷲ", "inshallah", "7abibi", "3arabi", "http://x.com/a", "<b>", "&amp;", "{", "\"", "\\"]

_pieces = st.one_of(
    st.sampled_from(list(ARABIC)),
    st.sampled_from(list(LATIN)),
    st.sampled_from(list(BIDI + JOINERS + MARKS + PRESENTATION + SPACES + CONTROL)),
    st.sampled_from(BREAKS),
    st.sampled_from(EMOJI),
    st.sampled_from(WORDS),
    st.characters(exclude_categories=["Cs"]),
)
#: Text made of the characters the stages treat specially, plus any code point.
hostile_text = st.one_of(
    st.lists(_pieces, max_size=60).map("".join),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
)


# --- invariants ----------------------------------------------------------------------------------


class Broken(AssertionError):
    """An invariant did not hold."""


def check(cond: bool, what: str) -> None:
    if not cond:
        raise Broken(what)


def check_thread(thread: Any) -> None:
    by_id: dict[str, Any] = {}
    for c in thread.comments:
        check(c.id not in by_id, f"duplicate id {c.id!r}")
        by_id[c.id] = c
    for c in thread.comments:
        expected = 0 if c.parent is None else by_id[c.parent].depth + 1
        check(c.depth == expected, f"depth of {c.id!r} is {c.depth}, expected {expected}")
        if thread.format == "text":
            a, b = c.source_span
            check(0 <= a <= b <= len(thread.source) and thread.source[a:b] == c.text, f"source_span of {c.id!r}")
    if thread.format == "text":
        s, e = thread.article_span
        check(thread.source[s:e] == (thread.article or ""), "article_span")


def read_or_input_error(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except InputError as exc:
        check(bool(str(exc)) and "\n" not in str(exc), f"multi-line error {str(exc)!r}")
        return None


# --- targets -------------------------------------------------------------------------------------


def target_text_reader(text: str) -> None:
    from bilingual.threads import read_string

    t = read_or_input_error(lambda: read_string(text, "text"))
    if t is not None:
        check_thread(t)


_dump_line = st.one_of(
    hostile_text,
    st.builds(lambda ind, n, who: f"{' ' * ind}{n}. {who} Avatar", st.integers(0, 12), st.integers(1, 4), st.sampled_from(["Al", "B b", "", "ﻻ"])),
    st.builds(lambda ind, who: f"{' ' * ind}• {who}", st.integers(0, 12), hostile_text),
    st.builds(lambda ind, t: " " * ind + t, st.integers(0, 16), hostile_text),
)
_dump = st.builds(lambda lines, br: br.join(lines), st.lists(_dump_line, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]))


def _jsonl(rows: list[tuple[Any, ...]], junk: list[tuple[int, str]]) -> str:
    lines = []
    for i, (parent, author, text, extra) in enumerate(rows):
        obj: dict[str, Any] = {"id": str(i) if i % 3 else i, "parent": (str(parent) if 0 <= parent < len(rows) else None), "author": author, "text": text}
        if extra:
            obj["x"] = extra
        lines.append(json.dumps(obj, ensure_ascii=bool(i % 2)))
    for pos, line in junk:
        lines.insert(pos % (len(lines) + 1), line)
    return "\n".join(lines)


_jsonl_text = st.builds(
    _jsonl,
    st.lists(st.tuples(st.integers(-1, 30), st.one_of(st.none(), hostile_text), hostile_text, st.one_of(st.none(), hostile_text)), max_size=20),
    st.lists(st.tuples(st.integers(0, 100), st.one_of(
        hostile_text, st.sampled_from(['{"id": 1}', '{"id": null, "text": ""}', "[1]", '{"id": true, "text": ""}', '{"id": "0", "text": "dup"}',
                                       '{"id": "z", "parent": "z", "text": ""}', "[" * 5000, '{"id": "q", "text": 5}', "\x00", '{"a":'])),
    ), max_size=3),
)


def target_jsonl_reader(args: tuple[str, bool]) -> None:
    from bilingual.threads import read_string

    text, skip_bad = args
    t = read_or_input_error(lambda: read_string(text, "jsonl", skip_bad=skip_bad))
    if t is not None:
        check_thread(t)


def _disqus(posts: list[tuple[Any, ...]], title: str, mutation: tuple[int, str] | None) -> str:
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">',
             f'<thread dsq:id="t1"><title>{escape(title)}</title></thread>']
    for i, (parent, author, message, cdata) in enumerate(posts):
        body = f"<![CDATA[{message.replace(']]>', '')}]]>" if cdata else escape(message)
        parent_el = f"<parent dsq:id={quoteattr('p' + str(parent))}/>" if parent >= 0 else ""
        parts.append(f'<post dsq:id="p{i}"><message>{body}</message><author><name>{escape(author)}</name></author><thread dsq:id="t1"/>{parent_el}</post>')
    parts.append("</disqus>")
    xml = "\n".join(parts)
    if mutation is not None:
        pos, junk = mutation
        pos %= len(xml) + 1
        xml = xml[:pos] + junk + xml[pos:]
    return xml


_xml_text = st.characters(blacklist_categories=("Cs", "Cc"))  # XML 1.0 forbids most controls; mutations add them
_disqus_text = st.builds(
    _disqus,
    st.lists(st.tuples(st.integers(-1, 20), st.text(_xml_text, max_size=20), st.one_of(hostile_text.map(lambda s: "".join(ch for ch in s if ch >= " " or ch in "\n\t")), st.text(_xml_text, max_size=30)), st.booleans()), max_size=12),
    st.text(_xml_text, max_size=20),
    st.one_of(st.none(), st.tuples(st.integers(0, 10_000), st.one_of(
        hostile_text, st.sampled_from(["<!DOCTYPE d [<!ENTITY a 'aa'>]>", "&a;", "<!ENTITY x SYSTEM 'file:///etc/passwd'>", "&x;", "<", "]]>", "\x00", "<post>", "</disqus>"])))),
)


def target_disqus_reader(text: str) -> None:
    from bilingual.threads import read_string

    t = read_or_input_error(lambda: read_string(text, "disqus"))
    if t is not None:
        check_thread(t)


def target_bytes_reader(data: bytes) -> None:
    """``read(bytes)`` with format detection, strict and replace: a Thread or an InputError."""
    from bilingual.threads import read

    for errors in ("strict", "replace"):
        t = read_or_input_error(lambda: read(data, errors=errors))
        if t is not None:
            check_thread(t)


_bytes = st.one_of(
    st.binary(max_size=200),
    hostile_text.map(lambda s: s.encode("utf-8")),
    hostile_text.map(lambda s: s.encode("utf-16")),
    _jsonl_text.map(lambda s: s.encode("utf-8")),
    st.tuples(_dump, st.binary(max_size=3), st.integers(0, 1000)).map(lambda a: (lambda b: b[: a[2] % (len(b) + 1)] + a[1] + b[a[2] % (len(b) + 1):])(a[0].encode())),
)


def target_segment(text: str) -> None:
    from bilingual.segment import segment
    from bilingual.spans import tiles

    spans = segment(text)
    check(tiles(spans, len(text)), "spans do not tile the text")
    for s in spans:
        check(s.end > s.start, f"empty span {s}")
        check(s.kind in ("arabic", "arabizi", "latin", "other"), f"kind {s.kind!r}")
        for a, b in s.insertions:
            check(s.start <= a < b <= s.end, f"insertion {(a, b)} outside {s}")


def target_normalize(args: tuple[str, str]) -> None:
    from bilingual.normalize import normalize

    text, profile = args
    n = normalize(text, profile)
    m = len(n.text)
    check(n.original == text, "original changed")
    prev = (0, 0)
    for p in range(m + 1):
        a, b = n.to_original(p, p)
        check(0 <= a <= b <= len(text), f"to_original({p}) = {(a, b)} out of range")
        check(a >= prev[0], f"to_original not monotonic at {p}")
        prev = (a, b)
    for p in range(m):
        a, b = n.to_original(p, p + 1)
        check(0 <= a <= b <= len(text), f"to_original({p}, {p + 1}) = {(a, b)}")
    prev = (0, 0)
    for p in range(len(text) + 1):
        a, b = n.to_normalized(p, p)
        check(0 <= a <= m and 0 <= b <= m, f"to_normalized({p}) = {(a, b)} out of range")
        check(a >= prev[0], f"to_normalized not monotonic at {p}")
        prev = (a, b)
    for ch in n.changes:
        check(0 <= ch.start <= ch.end <= len(text), f"change {ch} outside the text")


WIDTHS = (None, 2, 3, 7, 20, 80)


def target_display(args: tuple[str, str, int | None]) -> None:
    from bilingual.display import display_width, render

    text, mode, width = args
    lines = render(text, width, mode)
    prev = (0, 0)
    for line in lines:
        if width is not None:
            check(display_width(line) <= width, f"line {str(line)!r} is {display_width(line)} cells > {width}")
        # A control shown as a marker wider than the line (⟨U+0088⟩) continues on the next line.
        check(prev[0] <= line.start <= line.end <= len(text) and prev[1] <= line.end, f"line bounds {(line.start, line.end)} after {prev}")
        prev = (line.start, line.end)
        logical = line.logical
        check(len(logical) == len(line), "logical map length")
        check(all(-1 <= o < len(text) for o in logical), "logical offset out of range")


def target_align(args: tuple[list[str], list[str], bool, str]) -> None:
    from bilingual.align import align, split_segments

    src, tgt, with_mt, text = args
    links = align(src, tgt, list(tgt[: len(src)]) + [""] * max(0, len(src) - len(tgt)) if with_mt else None)
    si = [i for link in links for i in link.src]
    ti = [j for link in links for j in link.tgt]
    check(si == list(range(len(src))), f"source coverage {si}")
    check(ti == list(range(len(tgt))), f"target coverage {ti}")
    for link in links:
        check(bool(link.src or link.tgt), "empty link")
        check(0.0 <= link.score <= 1.0, f"score {link.score}")
    for lang in ("ar", "en"):
        prev = 0
        for a, b in split_segments(text, lang):
            check(prev <= a < b <= len(text), f"split_segments({lang}) span {(a, b)} after {prev}")
            prev = b


_segments = st.lists(hostile_text, max_size=12)

TARGETS: dict[str, tuple[Any, Callable[[Any], None], float]] = {
    # name: (strategy, function, share of the inputs)
    "reader:text": (_dump, target_text_reader, 0.08),
    "reader:jsonl": (st.tuples(_jsonl_text, st.booleans()), target_jsonl_reader, 0.06),
    "reader:disqus": (_disqus_text, target_disqus_reader, 0.06),
    "reader:bytes": (_bytes, target_bytes_reader, 0.08),
    "segment": (hostile_text, target_segment, 0.22),
    "normalize": (st.tuples(hostile_text, st.sampled_from(["none", "display", "mt", "search"])), target_normalize, 0.22),
    "display": (st.tuples(hostile_text, st.sampled_from(["visual", "isolate", "off"]), st.sampled_from(WIDTHS)), target_display, 0.23),
    "align": (st.tuples(_segments, _segments, st.booleans(), hostile_text), target_align, 0.05),
}


# --- grammar fuzzer: whole exports of every reader, valid-looking and subtly broken ---------------------
#
# A hand-written grammar (random.Random, seeded per input, so any finding is reproduced by its seed)
# builds a comment tree, renders it in one of the export formats the readers know, and perhaps breaks
# it: at the structure level (duplicate ids, NaN and Infinity, lone surrogates, 5,000-digit ids,
# wrong types, missing parents, cycles, deep nesting) or the byte level (truncation, a deleted or
# duplicated span, an inserted token, a BOM, CRLF, UTF-16). Invariants on every input:
#   - the readers give threads or one InputError of one line, never another exception;
#   - an input left valid is read whole: every generated comment is in a thread, the format is detected;
#   - with --skip-bad, every generated comment is read or named in a warning (structural breaks);
#   - through the CLI (in-process, a sample of the inputs): exit 0 or 2, no traceback, no internal
#     error, an error is one line, JSON output is strict JSON (no NaN/Infinity), nothing raw that drives a
#     terminal (ESC, C1, bidi controls) in the text output;
#   - nothing takes more than HANG_SECONDS (an alarm interrupts it and it counts as a hang).

HANG_SECONDS = 10.0
GRAMMAR_FORMATS = ("text", "jsonl", "reddit", "youtube", "youtube-api", "x", "x-v2", "4chan", "facebook", "csv", "tsv", "disqus", "yt-dlp", "telegram", "instagram",
                   "bluesky", "mastodon", "discord")
#: Formats drawn in place of a format above half the time (a second draw, only for that format, so every other
#: format's seed reproduces the input it made before these were added): Jetstream events, Mastodon statuses a line.
STREAM_FORMATS = {"bluesky": "jetstream", "mastodon": "mastodon-lines"}
#: Formats added by readers6 (2026-12-05), drawn in place of a format of the same kind half the time, as STREAM_FORMATS are
#: (only that format's seeds change): a WordPress WXR export for a Disqus one, Hacker News for a 4chan thread.
LATER_FORMATS = {"disqus": "wordpress", "4chan": "hackernews"}
#: Tokens the byte-level mutations insert: each is a near miss of something a reader parses.
JUNK = ["NaN", "Infinity", "-Infinity", '"\\ud800"', "\\ud800", "\\udfff", '"', ",", "{", "}", "[", "]", "]]>", "<", ">", "&x;", "&#0;",
        "&#x9b;", "&#x202e;", "\ufeff", "\x00", "\r", "\n", "\t", "\\", "null", "true", "1e999", "9" * 5000, "<!DOCTYPE d>", "<![CDATA[",
        "  1. Moderator Avatar\n", "  • Admin\n", "\x1b[2J", "\u202e", '","', "\":", "window.YTD.x = ", "\u0430dmin", "\U000e0041"]
SAFE_WORDS = ["hello", "translation:", "it", "means", "O", "God", "let", "us", "reach", "democracy", "what", "does", "this", "say?", "ok",
              "اللهم", "بلّغنا", "ديمقراطية", "السعودية", "و", "رخاء", "الصومال", "لا", "ﻻ", "الله", "ﷺ", "7abibi", "3arabi", "inshallah",
              "👍🏽", "👨\u200d👩\u200d👧", "🇸🇾", "\u200c", "\u0651", "(1)", "2.", "&", "<b>", "\"quoted\"", "a,b", "x\ty", "ça"]
AUTHORS = ["Alice", "Bob", "Carol", "Mallory", "Admin", "Admin\u200b", "\u0410dmin", "Admin\U000e0041", "مريم", "Ze\u00efnab", "[deleted]",
           "x y", "@handle", "a&b", "<i>", "Anonymous"]


class Gen:
    """One generated input: its bytes, the format the reader should see, the comments it holds and how it was broken."""

    def __init__(self, data: bytes, fmt: str, expected: int, valid: bool, broken: str) -> None:
        self.data = data
        self.fmt = fmt
        self.expected = expected
        self.valid = valid
        self.broken = broken


def _words(rng: random.Random, hostile: bool, newlines: bool) -> str:
    n = rng.randint(1, 14)
    out = []
    for _ in range(n):
        r = rng.random()
        if hostile and r < 0.15:
            out.append(rng.choice([*BIDI, *JOINERS, *MARKS, *CONTROL, *SPACES, "\u2028", "\x85", chr(rng.randint(0x20, 0x10FFFF) & ~0x800 | 0x20)]))
        elif hostile and r < 0.2:
            out.append(rng.choice(JUNK))
        elif newlines and r < 0.28:
            out.append(rng.choice(["\n", "\n\n", "\r\n"]))
        else:
            out.append(rng.choice(SAFE_WORDS))
    text = " ".join(out)
    if not hostile:
        text = text.strip()
    return text or "x"


def _tree(rng: random.Random, hostile: bool, newlines: bool) -> list[dict[str, Any]]:
    """Comments in reading order (a parent before its replies): index, parent index, author, text, time."""
    n = rng.choice([1, 1, 2, 3, 5, 8, 13, 30])
    rows: list[dict[str, Any]] = []
    for i in range(n):
        parent = None if i == 0 or rng.random() < 0.3 else rng.randrange(i)
        rows.append({"i": i, "parent": parent, "author": rng.choice(AUTHORS), "text": _words(rng, hostile, newlines),
                     "time": 1_600_000_000 + i * 61, "thread": 0 if rng.random() < 0.7 else rng.randint(0, 3)})
    return _dfs(rows)


def _dfs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` in depth-first order, each with its ``depth``; a thread's rows kept together."""
    kids: dict[int | None, list[dict[str, Any]]] = {}
    for r in rows:
        kids.setdefault(r["parent"], []).append(r)
    out: list[dict[str, Any]] = []
    stack = [(r, 0) for r in reversed(kids.get(None, []))]
    while stack:
        r, d = stack.pop()
        r["depth"] = d
        out.append(r)
        stack.extend((k, d + 1) for k in reversed(kids.get(r["i"], [])))
    for r in out:  # a reply belongs to its root's thread
        r["thread"] = r["thread"] if r["parent"] is None else next(p for p in out if p["i"] == r["parent"])["thread"]
    return out


def _text_dump(rng: random.Random, rows: list[dict[str, Any]]) -> str:
    lines = ["A title", "", "The article, with " + "اللهم بلّغنا" + " in it.", ""]
    numbers: dict[int | None, int] = {}
    bullets = rng.random() < 0.3
    for r in rows:
        numbers[r["parent"]] = numbers.get(r["parent"], 0) + 1
        ind = "  " * (r["depth"] + 1)
        author = r["author"].replace("[deleted]", "deleted")
        lines.append(f"{ind}• {author}" if bullets else f"{ind}{numbers[r['parent']]}. {author} Avatar")
        lines.append("")
        lines.extend(ind + "  " + part for part in r["text"].split("\n") if part.strip())
    return "\n".join(lines) + "\n"


def _render(rng: random.Random, fmt: str, rows: list[dict[str, Any]], ids: list[Any]) -> str:
    """``rows`` (with their ``ids``) as an export of ``fmt``."""
    id_of = {r["i"]: i for r, i in zip(rows, ids)}
    pid = [None if r["parent"] is None else id_of.get(r["parent"], "gone") for r in rows]
    if fmt == "text":
        return _text_dump(rng, rows)
    if fmt == "jsonl":
        return "".join(json.dumps({"id": i, "parent": p, "author": r["author"], "text": r["text"]}, ensure_ascii=rng.random() < 0.5) + "\n"
                       for r, i, p in zip(rows, ids, pid))
    if fmt == "reddit":
        subs = sorted({r["thread"] for r in rows})
        out = [json.dumps({"id": f"s{t}", "title": "Post", "selftext": "اللهم", "subreddit": "arabic", "created_utc": 1_600_000_000,
                           "permalink": f"/r/arabic/comments/s{t}/post/", "author": "op"}) for t in subs]
        out += [json.dumps({"author": r["author"], "body": r["text"], "created_utc": r["time"], "id": i, "link_id": f"t3_s{r['thread']}",
                            "parent_id": f"t1_{p}" if p is not None else f"t3_s{r['thread']}", "score": 1, "subreddit": "arabic",
                            "permalink": f"/r/arabic/comments/s{r['thread']}/post/{i}/"}) for r, i, p in zip(rows, ids, pid)]
        return "\n".join(out) + "\n"
    if fmt == "youtube":  # replies are one level deep: a reply's parent is its thread's top comment
        roots: dict[int, Any] = {}
        out = []
        for r, i in zip(rows, ids):
            root = r["i"] if r["parent"] is None else roots[r["parent"]]
            roots[r["i"]] = root
            cid = f"Ug{i}" if r["parent"] is None else f"Ug{id_of[root]}.{i}"
            out.append(json.dumps({"cid": cid, "text": r["text"], "time": "1 year ago", "author": r["author"], "votes": "1",
                                   "heart": False, "reply": r["parent"] is not None, "time_parsed": float(r["time"])}))
        return "\n".join(out) + "\n"
    if fmt == "youtube-api":
        items: list[dict[str, Any]] = []
        for r, i in zip(rows, ids):
            snip = {"videoId": "vid", "textOriginal": r["text"], "textDisplay": escape(r["text"]), "authorDisplayName": r["author"],
                    "likeCount": 0, "publishedAt": "2024-03-01T12:00:00Z"}
            if r["parent"] is None:
                items.append({"kind": "youtube#commentThread", "id": f"Y{i}", "snippet": {"videoId": "vid", "topLevelComment": {
                    "kind": "youtube#comment", "id": f"Y{i}", "snippet": snip}}, "replies": {"comments": []}})
            else:
                snip["parentId"] = items[-1]["id"]
                items[-1]["replies"]["comments"].append({"kind": "youtube#comment", "id": f"{items[-1]['id']}.{i}", "snippet": snip})
        return json.dumps({"kind": "youtube#commentThreadListResponse", "items": items}, indent=rng.choice([None, 1]))
    if fmt == "yt-dlp":  # a video's .info.json with --write-comments: one level of replies, "root" for the top ones
        top: dict[int, Any] = {}
        comments = []
        for r, i in zip(rows, ids):
            top[r["i"]] = r["i"] if r["parent"] is None else top[r["parent"]]
            root = f"Ug{id_of[top[r['i']]]}"
            comments.append({"id": root if r["parent"] is None else f"{root}.{i}", "parent": "root" if r["parent"] is None else root,
                             "text": r["text"], "author": r["author"], "timestamp": r["time"], "like_count": 0, "_time_text": "1 year ago"})
        return json.dumps({"id": "vid", "title": "Video", "description": "About", "webpage_url": "https://www.youtube.com/watch?v=vid",
                           "extractor": "youtube", "extractor_key": "Youtube", "comment_count": len(comments), "comments": comments},
                          ensure_ascii=rng.random() < 0.5)
    if fmt == "telegram":  # a chat's result.json: replies by reply_to_message_id, a service message among them
        messages: list[dict[str, Any]] = [{"id": 0, "type": "service", "date": "2023-01-01T00:00:00", "actor": "Chat", "action": "create_group", "text": ""}]
        for r, i, p in zip(rows, ids, pid):
            m = {"id": i, "type": "message", "date": "2023-01-01T10:00:00", "date_unixtime": str(r["time"]), "from": r["author"],
                 "from_id": "user1", "text": r["text"] if rng.random() < 0.5 else [{"type": "bold", "text": r["text"][:3]}, r["text"][3:]]}
            if p is not None:
                m["reply_to_message_id"] = p
            messages.append(m)
        return json.dumps({"name": "Chat", "type": "public_supergroup", "id": 1, "messages": messages}, ensure_ascii=rng.random() < 0.5, indent=1)
    if fmt == "instagram":  # instaloader's --comments: top comments newest first, replies one level deep as "answers"
        tops: list[dict[str, Any]] = []
        first: dict[int, Any] = {}
        for r, i in zip(rows, ids):
            first[r["i"]] = r["i"] if r["parent"] is None else first[r["parent"]]
            c = {"id": i, "created_at": r["time"], "text": r["text"], "owner": {"id": "1", "is_verified": False, "username": r["author"]}, "likes_count": 0}
            if r["parent"] is None:
                tops.append({**c, "answers": []})
            else:
                next(t for t in tops if t["id"] == id_of[first[r["i"]]])["answers"].insert(0, c)
        return json.dumps(tops[::-1], indent=rng.choice([None, 4]))
    if fmt == "bluesky":
        return json.dumps({"thread": _bluesky_tree(rng, rows, ids)}, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if fmt == "mastodon":
        return json.dumps(_mastodon_conversation(rng, rows, ids, pid), ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if fmt == "jetstream":
        return "".join(json.dumps(e, ensure_ascii=rng.random() < 0.5) + "\n" for e in _jetstream_events(rng, rows, ids, pid))
    if fmt == "mastodon-lines":
        return "".join(json.dumps(e, ensure_ascii=rng.random() < 0.5) + "\n" for e in _mastodon_lines(rng, rows, ids, pid))
    if fmt == "discord":  # DiscordChatExporter: a channel's messages, replies by reference.messageId, a join notice among them
        messages = [{"id": "1", "type": "GuildMemberJoin", "timestamp": "2023-10-07T12:00:00+03:00", "content": "Joined the server.",
                     "author": {"id": "9", "name": "new", "nickname": "New"}}]
        for r, i, p in zip(rows, ids, pid):
            m = {"id": i, "type": "Default" if p is None else "Reply", "timestamp": f"2023-10-07T12:{r['i'] % 60:02d}:00.000+03:00",
                 "timestampEdited": None, "isPinned": False, "content": r["text"],
                 "author": {"id": "7", "name": r["author"], "discriminator": "0000", "nickname": r["author"], "isBot": False, "roles": []},
                 "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": []}
            if p is not None:
                m["reference"] = {"messageId": p, "channelId": "2", "guildId": "3"}
            messages.append(m)
        return json.dumps({"guild": {"id": "3", "name": "Server"}, "channel": {"id": "2", "type": "GuildTextChat", "name": "general"},
                           "messages": messages, "messageCount": len(messages)}, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if fmt == "x":
        tweets = [{"tweet": {"id_str": str(i), "id": str(i), "full_text": r["text"], "created_at": "Wed Oct 10 20:19:24 +0000 2018",
                             **({"in_reply_to_status_id_str": str(p)} if p is not None else {})}} for r, i, p in zip(rows, ids, pid)]
        return "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=rng.choice([None, 2]))
    if fmt == "x-v2":
        conv: dict[int, Any] = {}
        out = []
        for r, i, p in zip(rows, ids, pid):
            conv[r["i"]] = i if r["parent"] is None else conv[r["parent"]]
            obj = {"id": str(i), "text": r["text"], "conversation_id": str(conv[r["i"]]), "author_id": "11", "created_at": "2023-05-01T10:00:00.000Z"}
            if p is not None:
                obj["referenced_tweets"] = [{"type": "replied_to", "id": str(p)}]
            out.append(json.dumps(obj))
        return "\n".join(out) + "\n"
    if fmt == "4chan":
        posts = [{"no": 1, "name": "Anonymous", "sub": "OP", "com": "question", "time": 1_600_000_000, "resto": 0}]
        for r, i, p in zip(rows, ids, pid):
            quote = f'<a href="#p{p}" class="quotelink">&gt;&gt;{p}</a><br>' if p is not None else ""
            posts.append({"no": i, "name": r["author"], "com": quote + escape(r["text"]).replace("\n", "<br>"), "time": r["time"], "resto": 1})
        return json.dumps({"posts": posts})
    if fmt == "facebook":
        def moji(s: str) -> str:
            return s.encode("utf-8", "surrogatepass").decode("latin-1")
        return json.dumps({"comments_v2": [{"timestamp": r["time"], "data": [{"comment": {"timestamp": r["time"], "comment": moji(r["text"]),
                           "author": moji(r["author"])}}], "title": "commented"} for r in rows]}, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t" if fmt == "tsv" else ",", lineterminator=rng.choice(["\n", "\r\n"]))
        w.writerow(["id", "parent", "author", "text", "thread"])
        for r, i, p in zip(rows, ids, pid):
            w.writerow([i, "" if p is None else p, r["author"], r["text"], f"p{r['thread']}"])
        return buf.getvalue()
    if fmt == "disqus":
        threads = sorted({r["thread"] for r in rows})
        parts = ['<?xml version="1.0" encoding="utf-8"?>', '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">']
        parts += [f'<thread dsq:id="t{t}"><link>https://example.org/{t}</link><title>T{t}</title></thread>' for t in threads]
        for r, i, p in zip(rows, ids, pid):
            msg = f"<![CDATA[{r['text'].replace(']]>', '')}]]>" if rng.random() < 0.5 else escape(r["text"])
            parent = f'<parent dsq:id={quoteattr(str(p))}/>' if p is not None else ""
            parts.append(f'<post dsq:id={quoteattr(str(i))}><message>{msg}</message><createdAt>2012-02-28T10:00:00Z</createdAt>'
                         f'<author><name>{escape(r["author"])}</name></author><thread dsq:id="t{r["thread"]}"/>{parent}</post>')
        parts.append("</disqus>")
        return "\n".join(parts)
    if fmt == "wordpress":
        return _wordpress(rows, ids, pid)
    if fmt == "hackernews":
        return _hackernews(rng, rows, ids, pid)
    raise ValueError(fmt)


def _numbered(ids: list[Any]) -> dict[Any, Any]:
    """Whole-number ids for the formats that have only those (WordPress, Hacker News): an integer stays, a string of
    digits becomes its number, another string becomes a number of its own (a duplicate stays a duplicate); a value of a wrong type (the
    bad-type break) and the long-id placeholder are kept as they are."""
    out: dict[Any, Any] = {}
    for i in ids:
        key = json.dumps(i)
        if isinstance(i, bool) or not isinstance(i, (int, str)) or i == "LONGID" or isinstance(i, int):
            out[key] = i
        elif i.isascii() and i.isdigit():
            out[key] = int(i)
        else:
            out.setdefault(key, 5000 + len(out))
    return out


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"  # WordPress's wxr_cdata splits a "]]>" so


def _wordpress(rows: list[dict[str, Any]], ids: list[Any], pid: list[Any]) -> str:
    """A WXR export: a post (an <item>) per thread of ``rows``, each holding its comments; an attachment item among them."""
    num = _numbered(ids + [p for p in pid if p is not None])
    parts = ['<?xml version="1.0" encoding="UTF-8" ?>', '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:wp="http://wordpress.org/export/1.2/">', "<channel><title>Fuzz Notes</title><link>https://example.org</link>",
             "<wp:wxr_version>1.2</wp:wxr_version>",
             "<item><title>logo</title><wp:post_id>1</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type></item>"]
    for t in sorted({r["thread"] for r in rows}):
        parts.append(f"<item><title>{_cdata('Post ' + str(t))}</title><link>https://example.org/p{t}/</link>"
                     f"<content:encoded>{_cdata('<p>اللهم</p>')}</content:encoded><wp:post_id>{100 + t}</wp:post_id>")
        for r, i, p in zip(rows, ids, pid):
            if r["thread"] != t:
                continue
            parts.append(f"<wp:comment><wp:comment_id>{num[json.dumps(i)]}</wp:comment_id><wp:comment_author>{_cdata(r['author'])}"
                         f"</wp:comment_author><wp:comment_date_gmt>{_cdata('2023-10-07 %02d:00:00' % (r['time'] % 24))}</wp:comment_date_gmt>"
                         f"<wp:comment_content>{_cdata(r['text'])}</wp:comment_content><wp:comment_approved>"
                         f"{_cdata(['1', '0', 'spam', 'trash'][r['i'] % 4])}</wp:comment_approved><wp:comment_type>{_cdata('comment')}"
                         f"</wp:comment_type><wp:comment_parent>{0 if p is None else num[json.dumps(p)]}</wp:comment_parent></wp:comment>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts) + "\n"


def _hackernews(rng: random.Random, rows: list[dict[str, Any]], ids: list[Any], pid: list[Any]) -> str:
    """A story and ``rows`` as its comments: the Algolia item tree, or the official API's items one a line (story first)."""
    num = _numbered(ids + [p for p in pid if p is not None])

    def html(text: str) -> str:
        return escape(text).replace("\n", "<p>").replace("'", "&#x27;").replace("/", "&#x2F;")

    if rng.random() < 0.5:
        story: dict[str, Any] = {"by": "op", "descendants": len(rows), "id": 1, "kids": [num[json.dumps(i)] for r, i in zip(rows, ids)
                                 if r["parent"] is None], "score": 5, "time": 1_696_669_200, "title": "Story", "type": "story", "text": "اللهم"}
        lines = [story] + [{"by": r["author"], "id": num[json.dumps(i)], "parent": 1 if p is None else num[json.dumps(p)], "text": html(r["text"]),
                            "time": r["time"], "type": "comment", **({"dead": True} if r["i"] % 7 == 3 else {})} for r, i, p in zip(rows, ids, pid)]
        return "".join(json.dumps(item, ensure_ascii=rng.random() < 0.5) + "\n" for item in lines)
    root: dict[str, Any] = {"author": "op", "children": [], "created_at_i": 1_696_669_200, "id": 1, "options": [], "parent_id": None,
                            "points": 5, "story_id": 1, "text": None, "title": "Story", "type": "story", "url": "https://example.org/"}
    node_of: dict[int, dict[str, Any]] = {}
    for r, i, p in zip(rows, ids, pid):
        up = root if r["parent"] is None else node_of[r["parent"]]
        gone = r["i"] % 9 == 4
        node = {"author": None if gone else r["author"], "children": [], "created_at_i": r["time"], "id": num[json.dumps(i)], "options": [],
                "parent_id": up["id"], "story_id": 1, "text": None if gone else html(r["text"]), "type": "comment"}
        node_of[r["i"]] = node
        up["children"].append(node)
    return json.dumps(root, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


def _bluesky_tree(rng: random.Random, rows: list[dict[str, Any]], ids: list[Any]) -> dict[str, Any]:
    """getPostThread's response for the root post (the article) and ``rows`` as its reply tree; a leaf is now and
    then a notFound or blocked placeholder (still one comment)."""
    def uri(i: Any) -> Any:
        return f"at://did:plc:fuzz/app.bsky.feed.post/{i}" if isinstance(i, (str, int)) and not isinstance(i, bool) else i

    def post(i: Any, text: str, author: str, time: int, parent: Any) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "langs": ["ar", "en"],
                                  "createdAt": f"2023-10-07T{time % 24:02d}:00:00.000Z"}
        if parent is not None:
            record["reply"] = {"root": {"uri": uri("root"), "cid": "bafy"}, "parent": {"uri": parent, "cid": "bafy"}}
        return {"uri": uri(i), "cid": "bafy", "author": {"did": "did:plc:a", "handle": author, "displayName": author},
                "record": record, "replyCount": 0, "likeCount": 0, "indexedAt": "2023-10-07T10:00:00.000Z"}

    root: dict[str, Any] = {"$type": "app.bsky.feed.defs#threadViewPost", "post": post("root", "اللهم", "op.bsky.social", 0, None), "replies": []}
    node_of: dict[int, dict[str, Any]] = {}
    parents = {r["parent"] for r in rows}
    for r, i in zip(rows, ids):
        up = root if r["parent"] is None else node_of[r["parent"]]
        if r["i"] not in parents and rng.random() < 0.1:
            node: dict[str, Any] = rng.choice([{"$type": "app.bsky.feed.defs#notFoundPost", "uri": uri(i), "notFound": True},
                                               {"$type": "app.bsky.feed.defs#blockedPost", "uri": uri(i), "blocked": True, "author": {"did": "did:plc:b"}}])
        else:
            node = {"$type": "app.bsky.feed.defs#threadViewPost", "post": post(i, r["text"], r["author"], r["time"], up["post"]["uri"] if "post" in up else None), "replies": []}
        node_of[r["i"]] = node
        up.setdefault("replies", []).append(node)
        up["post"]["replyCount"] = len(up["replies"])
    return root


def _mastodon_conversation(rng: random.Random, rows: list[dict[str, Any]], ids: list[Any], pid: list[Any]) -> Any:
    """A Mastodon conversation, the root status (the article) and ``rows`` as the statuses answering it, in one of the
    shapes people save: the status with its context, the two merged, or an array of statuses."""
    def status(i: Any, text: str, author: str, parent: Any) -> dict[str, Any]:
        content = "<p>" + escape(text).replace("\n", "<br />") + "</p>"
        mentions = []
        if parent is not None and rng.random() < 0.5:  # a reply opens by naming who it answers, as Mastodon writes it
            content = ('<p><span class="h-card" translate="no"><a href="https://example.social/@op" class="u-url mention">@<span>op</span>'
                       "</a></span> " + content[3:])
            mentions = [{"id": "1", "username": "op", "url": "https://example.social/@op", "acct": "op"}]
        return {"id": i, "created_at": "2023-10-07T09:00:00.000Z", "in_reply_to_id": parent, "spoiler_text": "", "language": "ar",
                "url": f"https://example.social/@a/{i}", "content": content, "account": {"id": "1", "acct": author, "display_name": author},
                "mentions": mentions, "media_attachments": [], "favourites_count": 0, "reblog": None}

    root = status("root", "اللهم", "op", None)
    statuses = [status(i, r["text"], r["author"], "root" if p is None else p) for r, i, p in zip(rows, ids, pid)]
    shape = rng.choice(["context", "merged", "array"])
    if shape == "array":
        return [root, *statuses]
    context = {"ancestors": [], "descendants": statuses}
    return {"status": root, "context": context} if shape == "context" else {**root, **context}


def _jetstream_events(rng: random.Random, rows: list[dict[str, Any]], ids: list[Any], pid: list[Any]) -> list[dict[str, Any]]:
    """Jetstream events: the root post's create (the article), a create for each row answering its parent (the root
    for a top-level row), and now and then an event that is no post (a like, a follow, an identity or account event)."""
    def uri(i: Any) -> Any:
        return f"at://did:plc:fuzz/app.bsky.feed.post/{i}" if isinstance(i, (str, int)) and not isinstance(i, bool) else i

    def create(i: Any, text: str, parent: Any, time: int) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "langs": ["ar"], "createdAt": f"2023-10-07T{time % 24:02d}:00:00.000Z"}
        if parent is not None:
            record["reply"] = {"root": {"uri": uri("root"), "cid": "bafy"}, "parent": {"uri": uri(parent), "cid": "bafy"}}
        return {"did": "did:plc:fuzz", "time_us": 1696669200000000 + time, "kind": "commit",
                "commit": {"rev": "3l", "operation": "create", "collection": "app.bsky.feed.post", "rkey": i if not isinstance(i, int) or isinstance(i, bool) else str(i),
                           "record": record, "cid": "bafy"}}

    other = [{"did": "did:plc:b", "time_us": 1, "kind": "identity", "identity": {"did": "did:plc:b", "handle": "b.bsky.social", "seq": 1}},
             {"did": "did:plc:b", "time_us": 2, "kind": "account", "account": {"active": True, "did": "did:plc:b", "seq": 2}},
             {"did": "did:plc:b", "time_us": 3, "kind": "commit", "commit": {"operation": "create", "collection": "app.bsky.feed.like", "rkey": "3k",
                                                                              "record": {"subject": {"uri": uri("root")}}}}]
    events = [create("root", "اللهم", None, 0)]
    for r, i, p in zip(rows, ids, pid):
        events.append(create(i, r["text"], "root" if p is None else p, r["time"]))
        if rng.random() < 0.2:
            events.append(rng.choice(other))
    return events


def _mastodon_lines(rng: random.Random, rows: list[dict[str, Any]], ids: list[Any], pid: list[Any]) -> list[dict[str, Any]]:
    """Statuses one a line (the root first), now and then as a streaming ``update`` message whose payload is the status's
    JSON as a string, with a notification message or a boost among them."""
    conversation = _mastodon_conversation(random.Random(rng.random()), rows, ids, pid)
    if isinstance(conversation, list):
        statuses = conversation
    else:
        context = conversation.get("context", conversation)
        statuses = [conversation.get("status", conversation), *context["descendants"]]
    statuses = [{k: v for k, v in status.items() if k not in ("ancestors", "descendants", "context")} for status in statuses]
    out: list[dict[str, Any]] = []
    for status in statuses:
        out.append({"stream": ["public"], "event": "update", "payload": json.dumps(status)} if rng.random() < 0.3 else status)
        if rng.random() < 0.1:
            out.append(rng.choice([{"stream": ["public"], "event": "notification", "payload": "{}"},
                                   {**statuses[0], "id": "boost", "in_reply_to_id": None, "reblog": statuses[0]}]))
    return out


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def generate(seed: int) -> Gen:
    """The input of ``seed``: a format, a tree, perhaps a structural and perhaps a byte-level break."""
    rng = random.Random(seed)
    fmt = rng.choice(GRAMMAR_FORMATS)
    if fmt in STREAM_FORMATS and rng.random() < 0.5:
        fmt = STREAM_FORMATS[fmt]
    elif fmt in LATER_FORMATS and rng.random() < 0.5:
        fmt = LATER_FORMATS[fmt]
    hostile = rng.random() < 0.5
    rows = _tree(rng, hostile, newlines=fmt != "text")
    if fmt == "text":  # a dump has no field separators: valid bodies are words on their own lines
        for r in rows:
            r["text"] = "\n".join(w for w in r["text"].split("\n") if w.strip()) or "x"
    if fmt in ("disqus", "wordpress"):
        for r in rows:
            r["text"], r["author"] = _XML_BAD.sub("", r["text"]) or "x", _XML_BAD.sub("", r["author"]) or "x"
    ids: list[Any] = [rng.choice([r["i"] + 10, f"c{r['i']}", str(r["i"] + 100)]) for r in rows]
    broken = ""
    if rng.random() < 0.35:
        broken = rng.choice(["dup-id", "nan", "surrogate", "long-id", "bad-type", "orphan", "cycle", "empty-text", "deep"])
        k = rng.randrange(len(rows))
        if broken == "dup-id" and len(rows) > 1:
            ids[k] = ids[(k + 1) % len(rows)]
        elif broken == "long-id":
            ids[k] = "LONGID"
        elif broken == "bad-type":
            ids[k] = rng.choice([1.5, True, None, [], {"a": 1}])
        elif broken == "orphan":
            rows[k] = {**rows[k], "parent": None}
            ids[k] = ids[k]
        elif broken == "empty-text":
            rows[k]["text"] = rng.choice(["", " ", "\n"])
    text = _render(rng, fmt, rows, ids)
    if broken == "long-id":  # a JSON number (or text) of thousands of digits, quoted or not
        digits = "9" * rng.choice([400, 5000])
        text = text.replace('"LONGID"', digits if rng.random() < 0.5 else f'"{digits}"').replace("LONGID", digits)
    if broken == "nan":
        text = text.replace('"time_parsed": ', '"time_parsed": NaN, "x": ', 1).replace('"created_utc": ', '"created_utc": Infinity, "y": ', 1)
        text = re.sub(r'("(?:score|likeCount|time|timestamp|votes)": )', r"\1NaN, \"z\": ", text, count=1) if "NaN" not in text else text
        if fmt == "jsonl":
            text = text.replace('"author"', '"score": NaN, "author"', 1)
    elif broken == "surrogate":
        text = text.replace('"text": "', '"text": "\\ud800', 1).replace('"body": "', '"body": "\\udfff', 1)
    elif broken == "deep":
        text = text.replace('"author"', '"nest": ' + "[" * 100_000 + "]" * 100_000 + ', "author"', 1)
    elif broken == "cycle" and len(rows) > 1 and fmt in ("jsonl", "csv", "tsv"):
        first = ids[0]
        text = text.replace(json.dumps({"id": first, "parent": None})[:-1], json.dumps({"id": first, "parent": ids[-1]})[:-1], 1)
    expected = len(rows)
    valid = not broken and not hostile
    byte_broken = rng.random() < 0.3
    data = text.encode("utf-8", "surrogatepass")
    if byte_broken:
        valid = False
        for _ in range(rng.randint(1, 3)):
            op = rng.choice(["truncate", "delete", "duplicate", "insert", "flip", "bom", "crlf", "utf16", "swap"])
            pos = rng.randint(0, len(data))
            if op == "truncate":
                data = data[:pos]
            elif op == "delete":
                data = data[:pos] + data[pos + rng.randint(1, 40):]
            elif op == "duplicate":
                data = data[:pos] + data[pos:pos + rng.randint(1, 200)] + data[pos:]
            elif op == "insert":
                data = data[:pos] + rng.choice(JUNK).encode("utf-8", "surrogatepass") + data[pos:]
            elif op == "flip" and data:
                p = min(pos, len(data) - 1)
                data = data[:p] + bytes([data[p] ^ (1 << rng.randrange(8))]) + data[p + 1:]
            elif op == "bom":
                data = b"\xef\xbb\xbf" + data
            elif op == "crlf":
                data = data.replace(b"\n", b"\r\n")
            elif op == "utf16":
                data = data.decode("utf-8", "replace").encode("utf-16")
            elif op == "swap":
                lines = data.split(b"\n")
                rng.shuffle(lines)
                data = b"\n".join(lines)
    return Gen(data, fmt, expected, valid, broken + ("+bytes" if byte_broken else "") + ("+hostile" if hostile else ""))


_DETECTED = {"youtube-api": "youtube", "x-v2": "x", "yt-dlp": "youtube", "jetstream": "bluesky", "mastodon-lines": "mastodon"}
_TERMINAL_BAD = re.compile("[\x1b\x07\x80-\x9f" + BIDI + "]")


class Hang(Exception):
    """An input ran past HANG_SECONDS."""


def _alarm(signum: int, frame: Any) -> None:
    raise Hang()


def check_readers(g: Gen) -> None:
    """The reader invariants on one generated input (strict, and with skip_bad)."""
    from bilingual.threads import iter_threads

    for skip_bad in (False, True):
        threads = read_or_input_error(lambda: list(iter_threads(g.data, "auto", skip_bad=skip_bad)))
        if threads is None:
            check(not g.valid, "a valid input was refused")
            continue
        for t in threads:
            check_thread(t)
        got = sum(len(t.comments) for t in threads)
        warned = sum(len(t.warnings) for t in threads)
        if g.valid:
            check(got == g.expected, f"{got} comments read of {g.expected}")
            check(all(t.format == _DETECTED.get(g.fmt, g.fmt) for t in threads), f"read as {threads[0].format}, written as {g.fmt}")
        elif skip_bad and g.fmt != "text" and "bytes" not in g.broken and g.broken.split("+")[0] in ("dup-id", "nan", "surrogate", "long-id", "orphan", "cycle"):
            check(got + warned >= g.expected, f"{got} comments read and {warned} warned of {g.expected}")


#: CLI commands run on a sample of the inputs: (every Nth input, arguments before the file, strict JSON output?, terminal text?)
CLI_SAMPLE: list[tuple[int, list[str], bool, bool]] = [
    (3, ["thread", "-f", "jsonl"], True, False),
    (5, ["thread"], False, True),
    (17, ["segment", "-f", "jsonl"], True, False),
    (23, ["normalize"], False, False),
    (29, ["show", "--width", "40", "--bidi", "visual"], False, True),
    (61, ["pairs", "-f", "json"], True, False),
    (97, ["report", "--no-mt", "-f", "json"], True, False),
]


def _strict_json(text: str) -> None:
    def refuse(name: str) -> Any:
        raise Broken(f"{name} in JSON output")

    try:
        json.loads(text, parse_constant=refuse)  # one document (json), else a document a line (jsonl)
    except json.JSONDecodeError:
        for line in text.split("\n"):
            if line.strip():
                json.loads(line, parse_constant=refuse)


def check_cli(g: Gen, seed: int, workdir: str) -> None:
    """The CLI invariants for the commands sampled for ``seed``, in-process (stdout and stderr to files)."""
    from bilingual.cli import main as cli_main

    path = os.path.join(workdir, "input")
    with open(path, "wb") as f:
        f.write(g.data)
    for every, args, strict_json, terminal in CLI_SAMPLE:
        if seed % every:
            continue
        out_path, err_path = os.path.join(workdir, "out"), os.path.join(workdir, "err")
        saved = sys.stdout, sys.stderr
        with open(out_path, "w", encoding="utf-8") as out, open(err_path, "w", encoding="utf-8") as err:
            sys.stdout, sys.stderr = out, err
            try:
                rc = cli_main([args[0], path, *args[1:]])
            except SystemExit as exc:
                rc = exc.code if isinstance(exc.code, int) else 1
            finally:
                sys.stdout, sys.stderr = saved
        with open(out_path, encoding="utf-8", errors="replace") as f:
            stdout = f.read()
        with open(err_path, encoding="utf-8", errors="replace") as f:
            stderr = f.read()
        what = " ".join(args[:1])
        check("Traceback" not in stderr and "internal error" not in stderr, f"{what}: {stderr.strip()[:300]}")
        check(rc in (0, 2), f"{what}: exit {rc}: {stderr.strip()[:200]}")
        errors = [line for line in stderr.splitlines() if not line.startswith("bilingual: warning: ")]
        check(len(errors) == (rc != 0), f"{what}: exit {rc} with stderr {stderr[:300]!r}")
        check(not _TERMINAL_BAD.search(stderr), f"{what}: raw control in stderr")
        if rc == 0 and strict_json:
            _strict_json(stdout)
        if rc == 0 and terminal:
            check(not _TERMINAL_BAD.search(stdout), f"{what}: raw control in terminal output")
        if rc == 0 and g.valid and args == ["thread", "-f", "jsonl"]:  # a line per thread
            got = sum(len(json.loads(line)["comments"]) for line in stdout.split("\n") if line.strip())
            check(got == g.expected, f"thread -f jsonl printed {got} comments of {g.expected}")


def run_grammar(n: int, seconds: float, start: int, show: int, findings: str | None, cli: bool = True) -> dict[str, Any]:
    """Fuzz ``n`` inputs (or until ``seconds`` pass), seeds ``start``... ; counts per format and outcome."""
    import tempfile

    signal.signal(signal.SIGALRM, _alarm)
    stats: dict[str, Any] = {"inputs": 0, "crashes": 0, "hangs": 0, "violations": 0, "cli_runs": 0, "slowest_s": 0.0,
                             "per_format": {f: 0 for f in (*GRAMMAR_FORMATS, *STREAM_FORMATS.values(), *LATER_FORMATS.values())}, "seconds": 0.0, "kinds": {}}
    shown = 0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bilingual-fuzz-") as workdir:
        for seed in range(start, start + n):
            if time.perf_counter() - t0 > seconds:
                break
            g = generate(seed)
            stats["inputs"] += 1
            stats["per_format"][g.fmt] += 1
            if cli:
                stats["cli_runs"] += sum(1 for every, *_ in CLI_SAMPLE if seed % every == 0)
            kind = ""
            t = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
            try:
                check_readers(g)
                if cli:
                    check_cli(g, seed, workdir)
            except Hang:
                kind, detail = "hangs", f"over {HANG_SECONDS:.0f} s"
            except Broken as exc:
                kind, detail = "violations", str(exc)
            except Exception as exc:  # anything else escaping a reader is a crash
                kind, detail = "crashes", "".join(traceback.format_exception_only(type(exc), exc)).strip()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            stats["slowest_s"] = max(stats["slowest_s"], time.perf_counter() - t)
            if kind:
                stats[kind] += 1
                # findings grouped by format, how the input was broken and the message without numbers
                key = f"{kind} {g.fmt} {g.broken.split('+')[0] or 'valid'}: {re.sub(r'[0-9]+', 'N', detail.splitlines()[-1])[:120]}"
                first = stats["kinds"].setdefault(key, [0, seed])
                first[0] += 1
                if shown < show:
                    shown += 1
                    print(f"  {kind.upper()[:-1]} seed {seed} ({g.fmt}, {g.broken or 'valid'}): {detail}"[:1500], file=sys.stderr, flush=True)
                if findings:
                    os.makedirs(findings, exist_ok=True)
                    with open(os.path.join(findings, f"{kind}-{seed}.{g.fmt}"), "wb") as f:
                        f.write(g.data)
            if stats["inputs"] % 5000 == 0:
                print(f"  ... {stats['inputs']:,} inputs, {time.perf_counter() - t0:.0f} s, {stats['crashes']} crashes, "
                      f"{stats['hangs']} hangs, {stats['violations']} violations", file=sys.stderr, flush=True)
    stats["seconds"] = time.perf_counter() - t0
    return stats


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_target(name: str, n: int, show: int, use_tracemalloc: bool) -> dict[str, Any]:
    strategy, fn, _ = TARGETS[name]
    count = 0
    crashes: list[tuple[Any, str]] = []

    @settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate], derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def body(value: Any) -> None:
        nonlocal count
        count += 1
        try:
            fn(value)
        except Exception as exc:  # every other exception is a crash: record it and go on
            crashes.append((value, "".join(traceback.format_exception_only(type(exc), exc)).strip()))

    if use_tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    body()
    elapsed = time.perf_counter() - t0
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if use_tracemalloc else None
    if use_tracemalloc:
        tracemalloc.stop()
    for value, error in crashes[:show]:
        print(f"  CRASH {name}: {error}\n    input: {value!r}"[:2000], file=sys.stderr)
    return {"target": name, "inputs": count, "seconds": elapsed, "crashes": len(crashes),
            "peak_rss_mb": peak_rss_mb(), "traced_peak_mb": traced}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--inputs", type=int, default=1_000_000, help="inputs in all, shared out by target weight (default 1,000,000)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the input count (0.01 for a smoke run)")
    parser.add_argument("--only", action="append", choices=sorted(TARGETS), help="fuzz only these targets (repeatable)")
    parser.add_argument("--show", type=int, default=5, help="crashing inputs to print per target")
    parser.add_argument("--tracemalloc", action="store_true", help="also report the traced Python heap peak (slower)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    parser.add_argument("--grammar", action="store_true", help="run the grammar fuzzer of whole exports (every reader, the CLI) instead")
    parser.add_argument("--seconds", type=float, default=float("inf"), help="--grammar: stop after this many seconds")
    parser.add_argument("--seed", type=int, default=0, help="--grammar: first seed (input k is seed + k; a finding is rerun by its seed)")
    parser.add_argument("--findings", help="--grammar: save each failing input in this directory")
    parser.add_argument("--readers-only", action="store_true", help="--grammar: check the readers only, no CLI runs (about 5x faster)")
    args = parser.parse_args(argv)
    if args.grammar:
        return grammar_main(round(args.inputs * args.scale), args.seconds, args.seed, args.show, args.findings, args.json,
                            not args.readers_only)
    names = args.only or list(TARGETS)
    weight = sum(TARGETS[n][2] for n in names)
    total_inputs = args.inputs * args.scale
    results = []
    print(f"{'target':<15} {'inputs':>10} {'seconds':>9} {'inputs/s':>9} {'peak RSS MB':>12} {'crashes':>8}", flush=True)
    for name in names:
        n = max(1, round(total_inputs * TARGETS[name][2] / weight))
        r = run_target(name, n, args.show, args.tracemalloc)
        results.append(r)
        traced = f"  (traced peak {r['traced_peak_mb']:.1f} MB)" if r["traced_peak_mb"] is not None else ""
        print(f"{name:<15} {r['inputs']:>10,} {r['seconds']:>9.1f} {r['inputs'] / r['seconds']:>9.0f} {r['peak_rss_mb']:>12.0f} {r['crashes']:>8}{traced}", flush=True)
    total = {k: sum(r[k] for r in results) for k in ("inputs", "seconds", "crashes")}
    print(f"{'total':<15} {total['inputs']:>10,} {total['seconds']:>9.1f} {total['inputs'] / total['seconds']:>9.0f} {peak_rss_mb():>12.0f} {total['crashes']:>8}")
    if args.json:
        print(json.dumps({"targets": results, "total": total}))
    return 1 if total["crashes"] else 0



def grammar_main(n: int, seconds: float, seed: int, show: int, findings: str | None, as_json: bool, cli: bool = True) -> int:
    """Run the grammar fuzzer and print its figures; exit 1 on any crash, hang or violation."""
    print(f"grammar fuzzer: up to {n:,} inputs, seeds from {seed}, hang limit {HANG_SECONDS:.0f} s"
          f"{'' if cli else ', readers only'}", flush=True)
    s = run_grammar(n, seconds, seed, show, findings, cli)
    print(f"inputs {s['inputs']:,}  seconds {s['seconds']:.0f}  inputs/s {s['inputs'] / max(s['seconds'], 1e-9):.0f}  CLI runs {s['cli_runs']:,}  "
          f"crashes {s['crashes']}  hangs {s['hangs']}  violations {s['violations']}  slowest {s['slowest_s']:.2f} s  peak RSS {peak_rss_mb():.0f} MB")
    print("per format: " + ", ".join(f"{k} {v:,}" for k, v in s["per_format"].items()))
    for key, (count, first) in sorted(s["kinds"].items(), key=lambda kv: -kv[1][0]):
        print(f"  {count:>6}  {key}  (first: --seed {first})")
    if as_json:
        print(json.dumps(s))
    return 1 if s["crashes"] or s["hangs"] or s["violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
