"""Fuzzing (not CI): hypothesis-generated hostile inputs through the readers, segmenter, normalizer,
display and aligner, with the invariants checked on every input.

Every target must either return a result that satisfies its invariants or raise
``bilingual.errors.InputError`` (readers only); anything else is counted as a crash and printed with
the input that caused it. Per target: inputs, seconds, peak memory (RSS high-water mark of the
process after the target, and tracemalloc peak when ``--tracemalloc``), crashes.

Run:  python3 bench/fuzz.py                      # 1,000,000+ inputs in all (the recorded run)
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
import json
import resource
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
    st.characters(blacklist_categories=("Cs",)),
)
#: Text made of the characters the stages treat specially, plus any code point.
hostile_text = st.one_of(
    st.lists(_pieces, max_size=60).map("".join),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
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
        check(str(exc) and "\n" not in str(exc), f"multi-line error {str(exc)!r}")
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
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
