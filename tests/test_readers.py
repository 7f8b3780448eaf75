"""Platform readers (issue 15) and the reader-side reliability items of issue 19, on small real-shaped
exports in tests/data/exports/ and on traps generated here."""

from __future__ import annotations

from collections.abc import Callable
import functools
import json
import re
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.errors import InputError
from bilingual.threads import FORMATS, expand_inputs, iter_threads, parse_fields, read, read_string
from bilingual.threads.html import html_to_text

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
AR = "اللهم بلّغنا ديمقراطية السعودية"
CSV_FIELDS = "id=comment_id,parent=reply_to,author=user,text=body,time=created,thread=post_id"


def threads(path: Path | bytes, fmt: str = "auto", **kw):
    return list(iter_threads(path, fmt, **kw))


# --- each format, detected from content ----------------------------------------------------------------


def test_reddit_ndjson_dump_groups_by_thread_and_keeps_metadata():
    ts = threads(EXPORTS / "reddit_comments.ndjson")
    assert [t.id for t in ts] == ["t3_1abc", "t3_2xyz"]
    a, b = ts
    assert (a.platform, a.format, a.title, a.forum) == ("reddit", "reddit", "A prayer in Arabic", "arabic")
    assert a.article == AR and a.link == "https://www.reddit.com/r/arabic/comments/1abc/a_prayer/"
    assert [(c.id, c.parent, c.depth) for c in a.comments] == [("j1", None, 0), ("j2", "j1", 1), ("j3", "j2", 2), ("j4", "j1", 1)]
    j2 = a.get("j2")
    assert j2.created == "2023-01-01T00:03:20Z" and j2.permalink.endswith("/1abc/a_prayer/j2/")
    assert (a.get("j3").status, a.get("j3").author, a.get("j4").status) == ("deleted", None, "removed")
    orphan = b.get("k2")
    assert orphan.parent is None and orphan.flags == ["orphan"] and orphan.extra["missing_parent"] == "gone"


def test_reddit_zst_dump_equals_the_plain_one(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    plain = (EXPORTS / "reddit_comments.ndjson").read_bytes()
    path = tmp_path / "RC.zst"
    path.write_bytes(zstandard.ZstdCompressor(level=3, write_content_size=False).compress(plain))
    assert [t.to_dict() for t in threads(path)] == [t.to_dict() for t in threads(EXPORTS / "reddit_comments.ndjson")]
    cut = tmp_path / "cut.zst"
    cut.write_bytes(path.read_bytes()[:-7])
    with pytest.raises(InputError, match="truncated .zst"):
        threads(cut)


def test_a_gz_dump_equals_the_plain_one_and_a_cut_one_is_one_line_even_with_skip_bad(tmp_path):
    """A .gz dump (told by its magic bytes, whatever its name) reads like the plain one; cut short by a failed download,
    it is one line naming the file, with or without --skip-bad (a cut stream is the input's error, not a record's)."""
    import gzip

    plain = (EXPORTS / "reddit_comments.ndjson").read_bytes()
    path = tmp_path / "RC.json"
    path.write_bytes(gzip.compress(plain))
    assert [t.to_dict() for t in threads(path)] == [t.to_dict() for t in threads(EXPORTS / "reddit_comments.ndjson")]
    cut = tmp_path / "cut.gz"
    cut.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    for skip_bad in (False, True):
        with pytest.raises(InputError, match=r"cut\.gz: truncated \.gz file"):
            threads(cut, skip_bad=skip_bad)


def test_a_zst_dump_written_with_the_long_window_is_read():
    """Pushshift / Arctic Shift compress with --long=31: frames declare a 2 GB window, which python-zstandard's
    default limit refuses; the reader allows it (issue 15 item 1)."""
    import io

    zstandard = pytest.importorskip("zstandard")
    plain = (EXPORTS / "reddit_comments.ndjson").read_bytes()
    out = io.BytesIO()
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=31)
    with zstandard.ZstdCompressor(compression_params=params).stream_writer(out, closefd=False) as w:
        w.write(plain)
    packed = out.getvalue()
    assert zstandard.get_frame_parameters(packed).window_size == 2**31
    with pytest.raises(zstandard.ZstdError, match="too much memory"):
        zstandard.ZstdDecompressor().decompressobj().decompress(packed)  # the trap
    assert [t.to_dict() for t in threads(packed)] == [t.to_dict() for t in threads(plain)]


@functools.cache
def _many_frames_dump() -> tuple[bytes, list[dict[str, object]]]:
    """A Reddit dump of 300 comments and one 700 kB line, and its threads read from the plain bytes (made once)."""
    lines = [json.dumps({"id": f"c{i}", "body": (AR if i % 3 else "x" * (i % 200)) * (1 + i % 40), "link_id": f"t3_{i % 5}",
                         "parent_id": f"t1_c{i - 5}" if i >= 5 else f"t3_{i % 5}", "created_utc": 1_600_000_000 + i,
                         "subreddit": "arabic", "permalink": f"/r/arabic/comments/{i % 5}/t/c{i}/"}) + "\n" for i in range(300)]
    lines.append(json.dumps({"id": "z", "body": "a" * 700_000, "link_id": "t3_0", "parent_id": "t3_0",
                             "created_utc": 1_600_000_000, "subreddit": "arabic", "permalink": "/r/arabic/comments/0/t/z/"}))
    plain = "".join(lines).encode()
    return plain, [t.to_dict() for t in threads(plain)]


@settings(max_examples=10, deadline=None)
@given(cuts=st.lists(st.integers(0, 60_000), max_size=6), level=st.sampled_from([1, 3, 9]), data=st.data())
def test_a_zst_dump_of_many_frames_reads_like_the_plain_one_and_a_cut_one_is_named(cuts, level, data):
    """Frames of any size (python-zstandard is fed a few kB at a time: frames end inside a feed and span many), a
    dump that compresses 500x included; a dump cut inside a frame is a one-line error, never a short read."""
    zstandard = pytest.importorskip("zstandard")
    plain, expected = _many_frames_dump()
    bounds = sorted({0, len(plain), *(min(c * 40, len(plain)) for c in cuts)})
    compressor = zstandard.ZstdCompressor(level=level)
    packed = b"".join(compressor.compress(plain[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a)
    assert [t.to_dict() for t in threads(packed)] == expected
    last = len(compressor.compress(plain[bounds[-2]:]))  # the final frame
    cut = data.draw(st.integers(max(5, len(packed) - last + 1), len(packed) - 1))  # 4 bytes are not yet a .zst
    with pytest.raises(InputError, match=r"truncated \.zst file|corrupt \.zst data"):
        threads(packed[:cut])


def test_reddit_thread_page():
    t = read(EXPORTS / "reddit_thread.json")
    assert (t.id, t.title, t.article) == ("t3_9page", "What does this say?", AR)
    assert [(c.id, c.parent, c.author) for c in t.comments] == [("c1", None, "tbecker"), ("c2", "c1", "asker"), ("c3", None, "other")]
    # the trap of issue 15: the JSON page was read as a plain-text article with "tbecker" as a "translator"
    assert all('"author"' not in c.text for c in t.comments)


def test_youtube_downloader_and_api():
    t = read(EXPORTS / "youtube_downloader.jsonl")
    assert [(c.id, c.parent) for c in t.comments] == [("UgxTop1", None), ("UgxTop1.Rep1", "UgxTop1"), ("UgxTop2", None)]
    assert t.get("UgxTop1.Rep1").created == "2022-04-15T05:21:40Z" and t.platform == "youtube"
    api = read(EXPORTS / "youtube_api.json")
    assert api.id == "vid123" and [(c.id, c.parent) for c in api.comments] == [("Ugz1", None), ("Ugz1.r1", "Ugz1"), ("Ugz2", None)]
    assert api.get("Ugz1.r1").text.endswith("democracy & prosperity")
    assert api.get("Ugz1").permalink == "https://www.youtube.com/watch?v=vid123&lc=Ugz1"


def test_x_archive_and_api_v2():
    t = read(EXPORTS / "tweets.js")
    assert [(c.id, c.parent) for c in t.comments] == [("1001", None), ("1002", "1001"), ("1003", None)]
    assert t.get("1001").created == "2018-10-10T20:19:24Z" and t.get("1003").flags == ["orphan"]
    ts = threads(EXPORTS / "x_v2.jsonl")
    assert [(t.id, [c.id for c in t.comments]) for t in ts] == [("2001", ["2001", "2002"]), ("3001", ["3001"])]
    assert ts[0].get("2002").parent == "2001"


def test_4chan_quotes_link_replies():
    t = read(EXPORTS / "4chan_thread.json")
    assert t.id == "500" and t.title == "Arabic & translation" and AR in t.article
    assert [(c.id, c.parent, c.author) for c in t.comments] == [("501", None, "Anonymous"), ("502", "501", "Anonymous!Tr1p"), ("503", None, "Anonymous")]
    assert t.get("502").text == ">>501\nthanks & >implying"


def test_facebook_mojibake_is_repaired_only_where_it_round_trips():
    t = read(EXPORTS / "facebook_comments.json")
    first, _, latin = t.comments
    assert first.text == AR and first.author == "Zeïnab Ali" and "mojibake-repaired" in first.flags
    assert latin.text.startswith("café ß") and latin.flags == []


def test_disqus_many_threads():
    ts = threads(EXPORTS / "disqus_two_threads.xml")
    assert [(t.id, t.title, t.link, t.forum) for t in ts] == [
        ("t1", "Hamas cuts ties with Assad", "https://example.org/2012/hamas-assad", "middleeast"),
        ("t2", "Iran works to restore Hamas ties", "https://example.org/2012/iran-hamas", "middleeast"),
    ]
    p1 = ts[0].get("p1")
    assert p1.text == AR + "\n\nsecond line\nthird & source (https://example.org/source)"
    assert p1.created == "2012-02-28T11:00:00Z"
    assert ts[0].get("p3").status == "spam" and ts[1].get("p4").status == "deleted"
    # XML elements written inside a message (no CDATA) are kept as text, not dropped
    assert ts[1].get("p4").text == "Written without CDATA: bold text"
    with pytest.raises(InputError, match="holds 2 threads; read it with iter_threads"):
        read(EXPORTS / "disqus_two_threads.xml")


def test_csv_tsv_and_json_array_with_fields():
    fields = parse_fields(CSV_FIELDS)
    ts = threads(EXPORTS / "comments.csv", fields=fields)
    assert [(t.id, [(c.id, c.parent, c.author) for c in t.comments]) for t in ts] == [
        ("p1", [("1", None, "alice"), ("2", "1", "bob")]), ("p2", [("3", None, "carol")])]
    assert ts[0].get("1").text == AR + ", with a comma" and ts[0].get("2").text == 'Translation: "O God"'
    assert ts[0].get("2").created == "2024-01-01T10:00:00Z" and ts[1].get("3").created == "2024-01-02T08:00:00Z"
    t = read(EXPORTS / "comments.tsv")
    assert t.format == "tsv" and [(c.id, c.parent) for c in t.comments] == [("1", None), ("2", "1")]
    arr = read(EXPORTS / "array.json", fields=fields)
    assert [(c.id, c.parent, c.text) for c in arr.comments] == [("1", None, AR), ("2", "1", "O God")]


def test_json_lines_with_other_field_names_are_read_with_fields_plain_or_zst(tmp_path):
    """Issue 15 item 7 for JSON Lines (streamed, like a dump): numbers as ids, ISO and epoch times, one thread a key;
    without the mapping, the error names every format tried and --fields."""
    rows = [{"comment_id": 1, "reply_to": None, "user": "alice", "body": AR, "created": "2024-01-01T10:00:00Z", "post_id": "p1"},
            {"comment_id": 2, "reply_to": 1, "user": "bob", "body": "O God", "created": 1704103200, "post_id": "p1"},
            {"comment_id": 3, "reply_to": None, "user": "carol", "body": "x", "created": None, "post_id": "p2"}]
    data = _jsonl(rows)
    fields = parse_fields(CSV_FIELDS)
    expected = [("p1", [("1", None, "alice", AR, "2024-01-01T10:00:00Z"), ("2", "1", "bob", "O God", "2024-01-01T10:00:00Z")]),
                ("p2", [("3", None, "carol", "x", None)])]
    sources: list[Path | bytes] = [data]
    zstandard = pytest.importorskip("zstandard")
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    sources.append(tmp_path / "c.jsonl.zst")
    for source in sources:
        ts = threads(source, fields=fields)
        assert [(t.id, [(c.id, c.parent, c.author, c.text, c.created) for c in t.comments]) for t in ts] == expected
        assert {t.format for t in ts} == {"json"}
        with pytest.raises(InputError, match="matches no known comment format.*--fields"):
            threads(source)


def test_forced_format_and_format_names():
    assert {"auto", "text", "jsonl", "disqus", "reddit", "youtube", "x", "4chan", "facebook", "csv", "json"} <= set(FORMATS)
    assert read(EXPORTS / "reddit_thread.json", "reddit").id == "t3_9page"
    with pytest.raises(InputError, match="unknown format"):
        read(EXPORTS / "reddit_thread.json", "myspace")


# --- no silent misreads ---------------------------------------------------------------------------------


def test_unknown_json_names_every_format_tried():
    with pytest.raises(InputError) as exc:
        read(EXPORTS / "unknown.json")
    msg = str(exc.value)
    assert msg.startswith(str(EXPORTS / "unknown.json") + ": looks like JSON but matches no known comment format")
    for name in ("Reddit", "YouTube", "X", "4chan", "Facebook", "JSONL", "--fields"):
        assert name in msg


@pytest.mark.parametrize("data", [b"[1, 2, 3]\n", b'{"a": 1}\n{"b": 2}\n', b'{"broken": \n', b"[[[\n"])
def test_json_looking_input_never_falls_back_to_text(data):
    with pytest.raises(InputError):
        read(data)


def test_browser_page_is_refused():
    with pytest.raises(InputError, match="HTML page"):
        read(b"<!DOCTYPE html><html><head><title>x</title></head><body>comments</body></html>")


def test_csv_without_mapping_reads_or_names_the_missing_column():
    data = "comment_id,user,body\n1,alice,hello\n2,bob,hi\n".encode()
    with pytest.raises(InputError, match=r'no text field "text"; the record has "body": map it with --fields text="body"'):
        read(data)  # the column that looks like the text is named, never taken silently
    with pytest.raises(InputError, match=r'no text field "text"; map it with --fields text=NAME'):
        read("comment_id,user,words\n1,alice,hello\n".encode())
    assert [c.text for c in read(data, fields={"text": "body", "id": "comment_id"}).comments] == ["hello", "hi"]


def test_parse_fields_and_expand_inputs(tmp_path):
    assert parse_fields(CSV_FIELDS)["thread"] == "post_id"
    for bad in ("", "id", "id=a,id=b", "colour=x", "text="):
        with pytest.raises(InputError, match="--fields"):
            parse_fields(bad)
    for n in ("a.jsonl", "b.jsonl"):
        (tmp_path / n).write_text("{}")
    assert expand_inputs([str(tmp_path / "*.jsonl"), str(tmp_path / "a.jsonl")]) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.zst")])


# --- issue 19 traps ---------------------------------------------------------------------------------------


def _jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


@pytest.mark.parametrize("fmt_rows", [
    [{"id": "a", "text": "alice: " + AR, "author": "Alice"}, {"id": "a", "text": "mallory", "author": "Mallory"}],
    [{"body": "x", "id": "c1", "link_id": "t3_1", "parent_id": "t3_1", "author": "alice"},
     {"body": "y", "id": "c1", "link_id": "t3_1", "parent_id": "t3_1", "author": "mallory"}],
    [{"cid": "u1", "text": "x", "author": "alice"}, {"cid": "u1", "text": "y", "author": "mallory"}],
])
def test_duplicate_ids_are_refused_never_overwritten(fmt_rows):
    with pytest.raises(InputError, match=r"<bytes>:2: duplicate comment id .*first at <bytes>:1"):
        read(_jsonl(fmt_rows))
    t = read(_jsonl(fmt_rows), skip_bad=True)
    assert [c.author for c in t.comments] == ["Alice" if "Alice" in str(fmt_rows) else "alice"]
    assert "duplicate" in t.warnings[0]


def test_duplicate_disqus_post_ids_are_refused():
    xml = (EXPORTS / "disqus_two_threads.xml").read_text(encoding="utf-8").replace('dsq:id="p2"', 'dsq:id="p1"')
    with pytest.raises(InputError, match="duplicate comment id 'p1'"):
        threads(xml.encode())


def test_surrogates_replaced_and_flagged():
    t = read(b'{"id": "1", "author": "a\\ud800", "text": "x\\udfff y"}\n')
    c = t.comments[0]
    assert (c.text, c.author) == ("x\ufffd y", "a\ufffd") and "surrogates-replaced" in c.flags
    c.text.encode("utf-8")  # every later stage can write it
    n = read(_jsonl([{"id": "1", "text": "\U0010ffff"}])).comments[0]
    assert "noncharacters" in n.flags


def test_huge_ids_are_read_as_strings():
    big = "9" * 5000
    t = read(('{"id": %s, "text": "a"}\n{"id": 2, "parent": %s, "text": "b"}\n' % (big, big)).encode())
    assert t.comments[0].id == big and t.get("2").parent == big


def test_orphans_and_cycles_in_platform_dumps_are_flagged():
    rows = [{"body": "x", "id": "a", "link_id": "t3_1", "parent_id": "t1_b"},
            {"body": "y", "id": "b", "link_id": "t3_1", "parent_id": "t1_a"},
            {"body": "z", "id": "c", "link_id": "t3_1", "parent_id": "t1_b"}]
    t = read(_jsonl(rows))
    assert len(t.comments) == 3
    assert [c.id for c in t.comments if "cycle" in c.flags] and all(c.depth >= 0 for c in t.comments)
    for c in t.comments:
        assert c.depth == (0 if c.parent is None else t.get(c.parent).depth + 1)


@pytest.mark.parametrize("name", ["Admin\u200b", "\u0410dmin", "Admin\U000e0041", "\u2060Admin"])
def test_look_alike_authors_are_flagged(name):
    t = read(_jsonl([{"id": "1", "author": "Admin", "text": "real"}, {"id": "2", "author": name, "text": "fake"}]))
    assert t.get("1").flags == [] and t.get("2").flags == ["look-alike-author"]


@pytest.mark.parametrize(("name", "odd"), [("Admin\u200b", True), ("\u0410dmin", True), ("Admin\x7f", True), ("Admin", False),
                                         ("\u0645\u062d\u0645\u062f", False)])
def test_look_alike_authors_in_a_dump_are_flagged_when_any_name_is_not_printable_ascii(name, odd):
    """A dump's thread looks for look-alike authors only when some author is not printable ASCII (the thread's
    distinct names are checked first): a look-alike is flagged whichever comment of the thread it writes."""
    rows = [{"id": f"c{i}", "body": "x", "link_id": "t3_a", "parent_id": "t3_a", "author": author, "created_utc": 1_600_000_000,
             "permalink": f"/r/x/comments/a/t/c{i}/", "subreddit": "x"} for i, author in enumerate(["Admin", "bob", name, None])]
    t = read(b"".join(json.dumps(r).encode() + b"\n" for r in rows))
    assert [c.flags for c in t.comments] == [[], [], ["look-alike-author"] if odd else [], []]


def test_arabic_and_persian_names_are_not_look_alikes():
    names = ["محمد", "علی\u200cرضا", "Zeïnab", "José Ñúñez"]
    t = read(_jsonl([{"id": str(i), "author": n, "text": "x"} for i, n in enumerate(names)]))
    assert all(c.flags == [] for c in t.comments)


def test_textdump_header_pattern_is_linear():
    for text in ("T\n\n  1. a" + " " * 40000 + "b\n", "T\n\n  • a" + "\t" * 40000 + "b\n    x\n", "T\n\n  1. " + "a " * 20000 + "Avatar\n"):
        start = time.process_time()
        read_string(text)
        assert time.process_time() - start < 1.0


def test_moderator_line_inside_a_body_is_not_a_reply():
    for body in ("    hello\n    1. Moderator Avatar\n    I am the moderator\n",
                 "    hello\n\n    1. Moderator Avatar\n\n    I am the moderator\n"):
        t = read_string("Title\n\nArticle.\n\n  1. Mallory Avatar\n\n" + body + "\n  2. Bob Avatar\n\n    hi\n")
        assert [(c.id, c.author) for c in t.comments] == [("1", "Mallory"), ("2", "Bob")]
        assert "1. Moderator Avatar" in t.get("1").text


def test_disqus_hostile_markup_is_linear():
    msg = "<a" * 60000
    xml = ('<?xml version="1.0"?><disqus xmlns:dsq="http://disqus.com/disqus-internals"><post dsq:id="p1"><message><![CDATA['
           + msg + "]]></message></post></disqus>")
    start = time.process_time()
    t = read(xml.encode())
    assert time.process_time() - start < 2.0 and t.comments[0].text == msg


def test_skip_bad_goes_on_after_a_bad_line():
    data = b'{"id": "1", "text": "a"}\n{broken\n["x"]\n{"id": "2", "parent": "1", "text": "b"}\n'
    with pytest.raises(InputError, match="<bytes>:2: malformed JSON"):
        read(data)
    t = read(data, skip_bad=True)
    assert [c.id for c in t.comments] == ["1", "2"] and len(t.warnings) == 2


_FIRST_LINES = {
    "reddit": {"id": "c1", "body": "a", "link_id": "t3_x", "parent_id": "t3_x", "created_utc": 1_600_000_000, "subreddit": "s",
               "permalink": "/r/s/comments/x/t/c1/"},
    "youtube": {"cid": "c1", "text": "a", "time_parsed": 1_600_000_000, "author": "u"},
    "x": {"id": "c1", "text": "a", "conversation_id": "c1", "author_id": "9"},
    "jsonl": {"id": "c1", "text": "a"},
}


@pytest.mark.parametrize("fmt", sorted(_FIRST_LINES))
@pytest.mark.parametrize("bad, what", [("[1, 2]", "an array holding a number"), ("[]", None), ("42", "a number"),
                                       ('"c2"', "a string"), ("null", "null"), ("true", "a boolean")])
def test_a_json_line_that_is_not_an_object_is_a_one_line_error_and_skip_bad_keeps_the_rest(fmt, bad, what):
    """Issue 15, bad input: a clear error naming the line in every line format, never a lost comment after it."""
    first = _FIRST_LINES[fmt]
    second = {k: ("c2" if v == "c1" and k in ("id", "cid") else v) for k, v in first.items()}
    data = (json.dumps(first) + "\n" + bad + "\n" + json.dumps(second) + "\n").encode()
    if what is None:  # an empty array: a Reddit page of no listings, or no object at all
        try:
            ts = threads(data)
        except InputError as exc:
            assert str(exc).startswith("<bytes>:2: expected a JSON object, got an array")
        else:
            assert sorted(c.id for t in ts for c in t.comments) == ["c1", "c2"]
        return
    with pytest.raises(InputError) as err:
        threads(data)
    if fmt == "jsonl" and bad.startswith("["):
        what = "an array"
    assert str(err.value) == f"<bytes>:2: expected a JSON object, got {what}; --skip-bad skips this record"
    ts = threads(data, skip_bad=True)
    assert sorted(c.id for t in ts for c in t.comments) == ["c1", "c2"]
    assert [w for t in ts for w in t.warnings] == [f"<bytes>:2: expected a JSON object, got {what}"]


def test_invalid_utf8_in_a_stream_names_the_file_offset(tmp_path):
    path = tmp_path / "bad.ndjson"
    path.write_bytes(b'{"id": "1", "text": "ok"}\n{"id": "2", "text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"bad.ndjson:2: not valid utf-8 at byte offset 50 \(byte 0xe9\)"):
        read(path)
    assert read(path, errors="replace").get("2").text == "caf\ufffd"


# --- properties -------------------------------------------------------------------------------------------


@settings(max_examples=examples(80), deadline=None)
@given(st.text(max_size=300))
def test_html_to_text_never_fails_and_keeps_plain_text(text):
    out = html_to_text(text)
    assert isinstance(out, str)
    if "<" not in text and "&" not in text:
        assert out == html_to_text(text.replace("\n", "\n"))


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 12), st.integers(0, 2)), max_size=15))
def test_any_reddit_dump_reads_every_comment_as_a_tree(rows):
    recs = []
    for i, (parent, thread) in enumerate(rows):
        ref = f"t1_c{parent}" if parent >= 0 else f"t3_{thread}"
        recs.append({"id": f"c{i}", "body": f"comment {i}", "link_id": f"t3_{thread}", "parent_id": ref, "author": "u"})
    if not recs:
        return
    got = threads(_jsonl(recs))
    assert sum(len(t.comments) for t in got) == len(recs)  # nothing lost
    for t in got:
        ids = {c.id for c in t.comments}
        seen: set[str] = set()
        for c in t.comments:
            assert c.parent is None or (c.parent in ids and c.parent in seen)
            assert c.depth == (0 if c.parent is None else t.get(c.parent).depth + 1)
            seen.add(c.id)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
_RAW_TRAPS = [b"1e999", b"1" + b"0" * 320, b"NaN", b'"\\ud800"', b'"\xff"', b'"\x01"', b"18446744073709551616", b"-0", b"[[[[1]]]]"]


def test_the_collector_threshold_is_raised_while_threads_are_read_and_restored_after():
    import gc

    data = _jsonl([{"id": f"c{i}", "body": "b", "link_id": f"t3_{i % 3}", "parent_id": f"t3_{i % 3}"} for i in range(9)])
    before = gc.get_threshold()
    it = iter_threads(data)
    next(it)
    assert gc.get_threshold()[0] > before[0]  # the consumer's turn too: no walk of the items read back per thread
    it.close()  # abandoned
    assert gc.get_threshold() == before
    assert len(threads(data)) == 3 and gc.get_threshold() == before
    with pytest.raises(InputError):
        threads(data + b"{broken\n")
    assert gc.get_threshold() == before


def test_an_epoch_past_a_floats_range_is_no_date_not_a_traceback():
    line = b'{"id": "c1", "body": "b", "link_id": "t3_a", "parent_id": "t3_a", "created_utc": 1' + b"0" * 320 + b"}\n"
    assert read(line).comments[0].created is None  # json keeps the integer orjson refuses; float() of it overflowed


def _read_all(data: bytes | Path) -> list[object]:
    out: list[object] = []
    for skip_bad in (False, True):
        try:
            out.append([(t.to_dict(), t.warnings) for t in iter_threads(data, "reddit", skip_bad=skip_bad)])
        except InputError as exc:
            out.append(str(exc))
    return out


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["author", "score", "removal_reason", "edited", "gildings", "all_awardings", "_meta",
                                           "author_flair_richtext", "created_utc", "parent_id", "body", "no_such_key", "kind"]),
                          _JSON_VALUES | st.sampled_from(_RAW_TRAPS)), max_size=4), st.integers(0, 12))
def test_reddit_lines_read_by_msgspec_equal_orjson_and_the_converter(changes, count):
    """The msgspec record path (the usual comment lines) gives exactly what orjson and the converter give: the same
    comments, flags and errors, for any value in any key (big integers, nesting, NaN, bad bytes, lone surrogates)."""
    from bilingual.threads import platforms

    lines = []
    for i in range(count):
        rec = {"id": f"c{i}", "body": f"b {i}", "link_id": f"t3_{i % 3}", "parent_id": f"t1_c{i - 3}" if i > 3 else f"t3_{i % 3}",
               "author": f"u{i}", "created_utc": 1_600_000_000 + i, "permalink": f"/r/x/comments/{i % 3}/t/c{i}/", "subreddit": "x"}
        line = json.dumps(rec).encode()
        if i % 3 == 0 and changes:
            key, value = changes[i % len(changes)]
            raw = value if isinstance(value, bytes) else json.dumps(value).encode()
            line = line[:-1] + b', "' + key.encode() + b'": ' + raw + b"}"
        lines.append(line)
    data = b"\n".join(lines) + b"\n"
    hits = []
    items = platforms.reddit_items

    def counted(records: list[object], first: int) -> list[object]:
        out = items(records, first)
        hits.extend(item is not None for item in out)
        return out

    def refuse(_: object) -> object:
        raise ValueError("not this path")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(platforms, "reddit_items", counted)
        fast = _read_all(data)
    assert sum(hits) >= count - (count + 2) // 3  # every line left as it was took the msgspec path
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(platforms, "reddit_line_decoder", lambda: SimpleNamespace(decode=refuse))
        assert fast == _read_all(data)


_BODIES = st.sampled_from(["plain", "[deleted]", "[removed]", AR, "zero\u200bwidth", "\u202eflipped", "caf\u00e9"]) | st.text(max_size=8)
_NAMES = st.none() | st.sampled_from(["amal", "[deleted]", "[removed]", "\u0430mal", "om\u200bar", "عمر"])


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "\u0430", "c\u200b"]), st.none() | st.sampled_from(["t1_a", "t1_b", "t3_k", "t1_\u0430", "x"]),
                          _NAMES, _BODIES, st.integers(0, 99_999_999_999), st.none() | st.integers(-5, 5) | st.booleans(),
                          st.none() | st.sampled_from(["", "spam"]), st.sampled_from(["", "arabic"])), min_size=1, max_size=6))
def test_a_raw_dump_item_makes_the_comment_its_item_makes(rows):
    """A Reddit dump's usual comment lines are grouped as raw items (the decoded fields) and made into Comments in one
    step when their thread is built; a thread that also holds other items (its submission, a line of another shape)
    takes each raw item's comment item (platforms.reddit_comment) instead. Both give what orjson and the converter
    give for the same line: every field, flag and stored slot. Fails if either derivation drifts from the other."""
    import orjson

    from bilingual.threads import _finish, platforms
    from bilingual.threads.model import _EXTRA, _FLAGS, _stored

    lines = []
    for i, (cid, parent, author, body, created, score, removal, forum) in enumerate(rows):
        rec = {"id": cid, "body": body, "link_id": "t3_k", "parent_id": parent, "author": author, "created_utc": created,
               "permalink": f"/r/x/comments/k/t/{i}/", "subreddit": forum}
        if score is not None:
            rec["score"] = score
        if removal is not None:
            rec["removal_reason"] = removal
        lines.append(json.dumps(rec).encode())
    decode = platforms.reddit_line_decoder().decode
    raws = platforms.reddit_items([decode(line) for line in lines], 1)
    assert all(raw is not None and len(raw) == platforms.RAW_LEN for raw in raws)

    def shape(items):
        try:
            thread = _finish("t3_k", items, "reddit", "x", False, "flag", [])
        except InputError as exc:  # an id twice: the same error whichever way the comments were made
            return str(exc)
        return [(c.to_dict(), c.depth, _stored(_EXTRA, c, None), _stored(_FLAGS, c, None)) for c in thread.comments], thread.forum

    converted = [platforms.reddit(orjson.loads(line), i) for i, line in enumerate(lines, 1)]
    assert shape(list(raws)) == shape([platforms.reddit_comment(raw) for raw in raws]) == shape(converted)
    assert shape(list(raws)) == shape(converted[:1] + list(raws[1:]))  # raw and other items in one thread


@pytest.mark.parametrize("block", [97, 1000, 1 << 20])
def test_a_reddit_dump_read_in_blocks_reads_like_line_by_line(tmp_path, monkeypatch, block):
    """Whole lines of a block are decoded in one call: lines of another shape among them (a submission, a float
    time, a thread id or link of another form, a blank line, bad JSON, a line that is no object, a BOM, CR LF) and
    lines cut by the blocks give the same
    threads, flags, warnings and errors (line numbers, byte offsets) as the msgspec path refused."""
    from bilingual.threads import platforms, source

    rows = []
    for i in range(120):
        rec = {"id": f"c{i}", "body": f"b {i} " + (AR if i % 4 == 0 else "x" * (i % 30)), "link_id": f"t3_{i % 5}",
               "parent_id": f"t1_c{i - 5}" if i >= 5 else f"t3_{i % 5}", "author": f"u{i % 7}", "created_utc": 1_600_000_000 + i,
               "permalink": f"/r/x/comments/{i % 5}/t/c{i}/", "subreddit": "x", "score": i}
        rows.append(json.dumps(rec, ensure_ascii=i % 3 == 0).encode())
    rows[7] = json.dumps({"id": "1", "title": "T", "selftext": AR, "subreddit": "x", "permalink": "/r/x/comments/1/t/"}).encode()
    rows[20] = rows[20].replace(b'"created_utc": 1600000020', b'"created_utc": 1600000020.5')
    rows[40] = rows[40].replace(b'"link_id": "t3_0"', b'"link_id": "0"')  # decoded, then taken by the general path
    rows[95] = rows[95].replace(b'"permalink": "/r/', b'"permalink": "https://www.reddit.com/r/')
    rows[45] = rows[45].replace(b'"link_id": "t3_0"', b'"link_id": ""')  # decoded, then refused by the general path
    rows[33] = b""
    rows[34] = b"  \r"
    rows[50] = rows[50][:-9]  # cut: malformed
    rows[61] = b"[1, 2]"
    rows[70] = rows[70] + b"\r"
    rows[88] = rows[88].replace(b'"b 88', b'"\xff 88')  # bad UTF-8 in the body
    path = tmp_path / "RC.ndjson"
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(rows))
    monkeypatch.setattr(source, "_CHUNK", block)
    fast = _read_all(path)
    assert fast[0] == 'RC.ndjson:46: a Reddit comment without "link_id" (its thread); --skip-bad skips this record'.replace("RC", str(tmp_path / "RC"))
    assert len(fast[1]) == 5  # the first error stops; --skip-bad reads on and warns of each bad line with its number
    assert [w.split(": ", 1)[0].rsplit(":", 1)[1] for w in fast[1][0][1]] == ["46", "51", "62", "89"]

    def refuse(_: object) -> object:
        raise ValueError("not this path")

    monkeypatch.setattr(platforms, "reddit_line_decoder", lambda: SimpleNamespace(decode=refuse))
    assert fast == _read_all(path)


# --- streaming in bounded memory ----------------------------------------------------------------------


@pytest.mark.slow
def test_million_comment_zst_dump_streams_in_bounded_memory(tmp_path):
    """1,000,000 comments in 20,000 interleaved threads (as a time-sorted dump): every comment read, the
    reading process's peak RSS well under what holding them would take (about 1 GB)."""
    import subprocess
    import sys

    zstandard = pytest.importorskip("zstandard")
    path = tmp_path / "RC_big.zst"
    n, per_thread = 1_000_000, 50
    threads_n = n // per_thread
    with open(path, "wb") as f, zstandard.ZstdCompressor(level=1).stream_writer(f) as w:
        for i in range(n):
            thread = (i * 7919) % threads_n
            parent = b"t3_%x" % thread if i < threads_n else b"t1_c%d" % (i - threads_n)
            w.write(b'{"id":"c%d","link_id":"t3_%x","parent_id":"%s","author":"u%d","body":"comment %d %s","created_utc":%d,"subreddit":"arabic"}\n'
                    % (i, thread, parent, i % 1000, i, b"x" * 200, 1672531200 + i))
    code = (
        "import sys\n"
        "from bilingual.threads import iter_threads\n"
        "total = count = deepest = 0\n"
        "for t in iter_threads(sys.argv[1]):\n"
        "    total += len(t.comments); count += 1; deepest = max(deepest, max(c.depth for c in t.comments))\n"
        # VmHWM is this process's own peak: ru_maxrss would carry the forking pytest's peak across exec
        "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print(total, count, deepest, hwm // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr
    total, count, deepest, rss_mib = map(int, out.stdout.split())
    assert (total, count, deepest) == (n, threads_n, per_thread - 1)
    assert rss_mib < 300, rss_mib


def _disqus_export(threads_n: int, posts_n: int, extra: str = "") -> str:
    """A Disqus export: ``threads_n`` <thread> elements, then ``posts_n`` posts spread over them (as a time-sorted
    export interleaves them), each after the first round replying to the post ``threads_n`` before it."""
    head = '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n'
    parts = [head] + [f'<thread dsq:id="t{t}"><forum>f</forum><title>Thread {t}</title><link>https://example.org/{t}</link></thread>\n'
                      for t in range(threads_n)]
    for i in range(posts_n):
        parent = f'<parent dsq:id="p{i - threads_n}"/>' if i >= threads_n else ""
        parts.append(f'<post dsq:id="p{i}"><thread dsq:id="t{(i * 7919) % threads_n}"/>{parent}<message><![CDATA[<p>comment {i} {AR} '
                     f'{"x" * 150}</p>]]></message><createdAt>2020-01-01T00:00:00Z</createdAt><author><name>u{i % 100}</name></author></post>\n')
    return "".join(parts) + extra + "</disqus>\n"


def _thread_dicts(ts):
    return [t.to_dict() for t in ts]


@pytest.mark.parametrize("block", [1, 7, 4096])
def test_disqus_read_in_blocks_or_spilled_reads_like_the_whole_text(monkeypatch, block):
    """The export is parsed as a stream of blocks: any block size, and a grouping spilled to disk, give the threads of
    the whole text, in the same order (<thread> elements first, then threads known only from posts)."""
    from bilingual.threads import group, source
    from bilingual.threads.disqus import iter_disqus

    late = ('<post dsq:id="o1"><thread dsq:id="later"/><message>before its thread</message></post>'
            '<post dsq:id="o2"><message>no thread</message></post><post dsq:id="o3"><thread dsq:id="nowhere"/><message>x</message></post>'
            '<thread dsq:id="later"><title>Declared last</title></thread>')
    spills = []
    real_spill = group.Grouper.spill

    def spill(self):
        spills.append(self.dir)
        real_spill(self)

    for data in ((EXPORTS / "disqus_two_threads.xml").read_bytes(), _disqus_export(5, 60, late).encode(),
                 b"\xef\xbb\xbf" + _disqus_export(3, 9).encode(), _disqus_export(3, 9).replace("utf-8", "utf-16").encode("utf-16")):
        whole = _thread_dicts(iter_disqus(data.decode("utf-16" if data[:2] == b"\xff\xfe" else "utf-8-sig"), "<bytes>"))
        real = source._raw_chunks
        monkeypatch.setattr(source, "_raw_chunks", lambda s, n: (b[i : i + block] for b in real(s, n) for i in range(0, len(b), block)))
        assert _thread_dicts(threads(data)) == whole
        monkeypatch.setattr(group, "BUDGET_BYTES", 0)  # spills at the second thread
        monkeypatch.setattr(group.Grouper, "spill", spill)
        assert _thread_dicts(threads(data)) == whole
        monkeypatch.undo()
    assert len(spills) == 4
    ids = [t.id for t in threads(_disqus_export(5, 60, late).encode())]
    assert ids == ["t0", "t1", "t2", "t3", "t4", "later", None, "nowhere"]


@pytest.mark.parametrize("block", [1, 5, 1 << 20])
def test_disqus_errors_read_in_blocks_are_those_of_the_whole_text(monkeypatch, block):
    """Error and place as the whole parse gives them: an undecodable byte anywhere wins over malformed XML before it,
    malformed XML wins over a <post> without dsq:id before it."""
    from bilingual.threads import source

    real = source._raw_chunks
    monkeypatch.setattr(source, "_raw_chunks", lambda s, n: (b[i : i + block] for b in real(s, n) for i in range(0, len(b), block)))
    ok = _disqus_export(2, 4)
    cases = {
        ok.replace("</disqus>", "<x></y></disqus>").encode(): r"^<bytes>:9:5: malformed XML: mismatched tag",
        ok.replace("</disqus>", "<x></y></disqus>").encode() + b"\xff": r"^<bytes>: not valid utf-8 at byte offset \d+ \(byte 0xff\)",
        ok.replace('<post dsq:id="p1">', "<post>").encode(): r"^<bytes>:post 4: a <post> has no dsq:id$",
        ok.replace('<post dsq:id="p1">', "<post>").replace("</disqus>", "<x>").encode(): r"^<bytes>:10:\d+: malformed XML: no element found",
        b'<?xml version="1.0"?><other><post/></other>': r"expected a <disqus> export, found <other>$",
    }
    for data, message in cases.items():
        with pytest.raises(InputError, match=message):
            threads(data, "disqus")
    bad = ok.encode().replace(b"comment 3", b"comment \xe9")
    with pytest.raises(InputError, match=f"not valid utf-8 at byte offset {bad.index(bytes([0xE9]))} "):
        threads(bad)


@pytest.mark.slow
def test_disqus_export_of_100000_posts_is_read_in_bounded_memory(tmp_path, monkeypatch):
    """2,000 threads, 100,000 interleaved posts (36 MiB): every thread in order, whole, while the peak of Python's
    allocations stays well under the file (the grouping's budget, its spill buffers and the parser's blocks)."""
    import tracemalloc

    from bilingual.threads import group

    path = tmp_path / "export.xml"
    path.write_text(_disqus_export(2000, 100_000), encoding="utf-8")
    monkeypatch.setattr(group, "BUDGET_BYTES", 4 << 20)
    tracemalloc.start()
    try:
        seen = [(t.id, len(t.comments), max(c.depth for c in t.comments), t.comments[0].id) for t in iter_threads(path)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert seen == [(f"t{t}", 50, 49, f"p{(t * 1679) % 2000}") for t in range(2000)]
    assert peak < path.stat().st_size / 2, (peak, path.stat().st_size)


# --- issue 19: the reader items of the red-team pass ------------------------------------------------------


def test_json_document_errors_name_the_line_and_column():
    doc = b'[\n {"id": "1", "text": "hi"},\n {"id": "2", "text": "x", "s": 1e999}\n]\n'
    with pytest.raises(InputError, match=r"^<bytes>:3: malformed JSON: number out of range: 1e999 \(column 32\)$"):
        read(doc, fields={"text": "text"})
    with pytest.raises(InputError, match=r"^<bytes>:3: malformed JSON: Expecting ',' delimiter \(column 26\)$"):
        read(doc.replace(b'"x", "s": 1e999', b'"x" "s": 1'), fields={"text": "text"})
    # an X archive: the `window.YTD... =` prefix counts in the line and the column
    js = b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "a"}},\n {"tweet": {"id_str": "2", "full_text": NaN}}]'
    with pytest.raises(InputError, match=r"^<bytes>:2: malformed JSON: NaN is not JSON \(column 41\)$"):
        read(js)
    with pytest.raises(InputError, match=r"^<bytes>:1: malformed JSON: NaN is not JSON \(column 113\)$"):
        read(js.replace(b"\n", b""))


def test_a_refused_value_on_the_first_line_is_named_and_skip_bad_reads_on():
    data = b'{"id": "1", "text": "hi", "score": 1e999}\n{"id": "2", "text": "ok"}\n'
    with pytest.raises(InputError, match=r"^<bytes>:1: malformed JSON: number out of range: 1e999 \(column 36\); --skip-bad skips this record$"):
        read(data)
    t = read(data, skip_bad=True)
    assert [c.id for c in t.comments] == ["2"] and t.warnings[0].startswith("<bytes>:1: malformed JSON")
    # a broken first line of JSON Lines (no one document) is the line reader's to report, or to skip
    broken = b'{"id": "1", "text": }\n{"id": "2", "text": "ok"}\n'
    with pytest.raises(InputError, match=r"^<bytes>:1: malformed JSON: Expecting value \(column 21\); --skip-bad skips this record$"):
        read(broken)
    assert [c.id for c in read(broken, skip_bad=True).comments] == ["2"]


@pytest.mark.parametrize("kind", ["bytes", "file", "string"])
def test_a_bad_first_line_longer_than_the_detection_head_is_named_and_skipped(kind, tmp_path):
    """A first line longer than the 64 kB head, refused (nested past the deep parser's 50,000 levels) or cut (an
    unterminated string), followed by a good line: JSON Lines, the bad line named as line 1 and skipped with
    --skip-bad. The detection looked for the good line only inside the head: the nested one stopped the read, and
    the cut one was named ':2' (the one document it was then parsed as ends on line 2)."""
    deep = b'{"id": "1", "text": "hi", "nest": ' + b"[" * 60_000 + b"]" * 60_000 + b'}\n{"id": "2", "text": "ok"}\n'
    cut = b'{"id": "1", "text": "' + b"a" * 70_000 + b'"\n{"id": "2", "text": "ok"}\n'
    for data, message in ((deep, "nested too deeply, more than 50000 levels"), (cut, "Expecting ',' delimiter (column 70023)")):
        source: Any = data
        if kind == "file":
            source = tmp_path / "long.jsonl"
            source.write_bytes(data)
        name = str(source) if kind == "file" else "<input>" if kind == "string" else "<bytes>"
        load = (lambda **kw: read_string(data.decode(), name=name, **kw)) if kind == "string" else (lambda **kw: read(source, **kw))
        with pytest.raises(InputError, match=rf"^{re.escape(name)}:1: malformed JSON: {re.escape(message)}"):
            load()
        t = load(skip_bad=True)
        assert [c.id for c in t.comments] == ["2"] and t.warnings[0].startswith(f"{name}:1: malformed JSON: {message}")


@pytest.mark.parametrize("data", [b'{"id": "1", "text": "abc"\n', b'{"id": "1", "text": "abc"', b'\n{"id": "1", "text": "abc"\n\n\n',
                                  b'[\n  {"id": "1", "text": "abc"},\n  {"id": "2", "text": "d"\n'])
def test_a_cut_last_line_is_named_as_that_line(data):
    """A file cut short (its last line unterminated) names its last line, not the blank line after it ('bad.jsonl:2'
    for a one-line file), and says it ends there."""
    line = data.rstrip().count(b"\n") + 1
    with pytest.raises(InputError, match=rf"^<bytes>:{line}: malformed JSON: .* at the end of the input \(cut short\?\) \(column "):
        read(data)


@pytest.mark.parametrize("kind", ["bytes", "file", "zst", "string"])
def test_a_first_line_longer_than_the_detection_head_is_json_lines(kind, tmp_path):
    rows = [{"id": "1", "text": "ب\u200c" * 30_000}, {"id": "2", "parent": "1", "text": "hi"}]
    data = _jsonl(rows)
    assert data.index(b"\n") > 65536
    if kind == "string":
        t = read_string(data.decode())
    elif kind == "bytes":
        t = read(data)
    else:
        path = tmp_path / "long.jsonl"
        if kind == "zst":
            import zstandard

            data = zstandard.ZstdCompressor().compress(data)
        path.write_bytes(data)
        t = read(path)
    assert [c.id for c in t.comments] == ["1", "2"] and t.format == "jsonl"
    # one long line and nothing after it is one JSON document, as before
    one = json.dumps({"posts": [{"no": 1, "com": "op"}] + [{"no": i, "com": "x" * 100} for i in range(2, 800)]}).encode()
    assert len(one) > 65536 and read(one + b"\n").format == "4chan"


@pytest.mark.slow
def test_a_long_one_line_document_is_scanned_once(tmp_path):
    """A JSON export saved without indentation (a Discord or Telegram export, an API response saved by curl) is one line
    of many 1 MB blocks: telling it from JSON Lines reads it once. Joining each block to the line so far and splitting
    again was quadratic (3.1 s for 52 MB, 20x the decode of the whole)."""
    from bilingual.threads import _Input, _lenient
    from bilingual.threads.source import read_all

    record = json.dumps({"no": 2, "com": "x" * 1000})
    path = tmp_path / "one.json"
    path.write_text('{"posts": [' + ",".join([record] * 48_000) + "]}")  # 48 MB, one line
    start = time.perf_counter()
    whole = _lenient(read_all(str(path), str(path)), None)
    once = time.perf_counter() - start
    start = time.perf_counter()
    line, second = _Input(str(path), None, str(path), None, "strict").first_lines()
    scan = time.perf_counter() - start
    assert line == whole and second == ""
    assert scan < 5 * once + 0.3, (scan, once)


@pytest.mark.parametrize("errors", ["strict", "replace"])
def test_a_long_json_line_cut_into_many_blocks_is_joined_once(tmp_path, monkeypatch, errors):
    """A JSON Lines file with one very long line (a record holding a whole page, a one-line export among records)
    is read in blocks: the line's pieces are joined once at its end. Joining the line so far to every block was
    quadratic: an 8 MB line in 2 kB blocks took 1-3 s, 40 times as long as in one block (strict reads go through the dump loop, other --errors
    through source.lines)."""
    from bilingual.threads import source

    body = "x" * (8 << 20)
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"id": "1", "text": "a"}\n{"id": "2", "parent": "1", "text": "%s"}\n{"id": "3", "text": "c"}' % body.encode())

    def timed(block: int) -> tuple[float, list[str]]:
        monkeypatch.setattr(source, "_CHUNK", block)
        start = time.process_time()
        texts = [c.text for t in iter_threads(path, errors=errors) for c in t.comments]
        return time.process_time() - start, texts

    whole, expected = timed(1 << 24)  # the file in one block: the same work with no line cut
    cut, texts = timed(2048)
    assert texts == expected == ["a", body, "c"]
    assert cut < 2 * whole + 0.2, (cut, whole)


def test_values_nested_too_deeply_are_refused_with_their_line():
    deep = b"[" * 100_000 + b"]" * 100_000
    data = b'{"id": "1", "text": "a"}\n{"id": "2", "text": "b", "nest": ' + deep + b'}\n{"id": "3", "text": "c"}\n'
    # orjson < 3.10 parsed it and the record's check named the key; orjson >= 3.10 stops at 1,024 levels and the
    # deep parser refuses it past DEEP_DEPTH levels, with the column
    with pytest.raises(InputError, match=r"^<bytes>:2: malformed JSON: (the value of 'nest' is nested too deeply|nested too deeply, more than 50000 levels \(column 50033\))"):
        read(data)
    with pytest.raises(InputError, match=r"^<bytes>:2: malformed JSON: the value of 'nest' is nested too deeply"):
        read(data.replace(deep, b"[" * 20_000 + b"]" * 20_000))  # read whatever the orjson, then refused by the record's check
    t = read(data, skip_bad=True)
    assert [c.id for c in t.comments] == ["1", "3"] and "nested too deeply" in t.warnings[0]
    # the fallback parser (a lone surrogate sends the line there) refuses it before recursing, with its column
    with pytest.raises(InputError, match=r"^<bytes>:2: malformed JSON: nested too deeply, more than 500 levels \(column 538\); --skip-bad skips this record$"):
        read(data.replace(b'"text": "b"', b'"text": "\\ud800"'))
    ok = read(b'{"id": "1", "text": "a", "nest": ' + b"[" * 400 + b"]" * 400 + b"}\n")
    assert json.dumps(ok.to_dict())  # kept, and every later stage can write it


def test_a_reddit_page_nested_thousands_of_replies_deep_is_read():
    def t1(i: int) -> dict:
        return {"kind": "t1", "data": {"id": f"c{i}", "body": "x", "link_id": "t3_a", "parent_id": f"t1_c{i - 1}" if i else "t3_a"}}

    root = cur = t1(0)
    for i in range(1, 3000):
        nxt = t1(i)
        cur["data"]["replies"] = {"kind": "Listing", "data": {"children": [nxt]}}
        cur = nxt
    page = [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "a", "title": "T"}}]}},
            {"kind": "Listing", "data": {"children": [root]}}]
    import sys

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(20_000)  # only json.dumps needs it, to write the test input
    try:
        data = json.dumps(page).encode()
    finally:
        sys.setrecursionlimit(limit)
    t = read(data)
    assert len(t.comments) == 3000 and t.comments[-1].depth == 2999 and t.title == "T"


def test_lone_surrogates_anywhere_in_a_record_are_replaced_and_flagged():
    """A surrogate in a Reddit link_id (the thread id) crashed `thread -f jsonl` and `report -f json`."""
    line = b'{"id": "c1", "body": "hi", "link_id": "t3_a\\ud800", "parent_id": "t3_a\\ud800", "subreddit": "x\\udfff", ' \
           b'"permalink": "/r/x/\\ud800/", "score": 1}\n'
    t = read(line)
    c = t.comments[0]
    assert t.id == "t3_a\ufffd" and c.extra["subreddit"] == "x\ufffd" and c.permalink.endswith("/\ufffd/")
    assert c.flags == ["surrogates-replaced"]
    json.dumps(t.to_dict(), ensure_ascii=False).encode("utf-8")  # writable
    native = read(b'{"id": "1", "text": "hi", "k\\ud800": {"a": ["\\udc00"]}, "created": "2020\\ud800", "thread": "t\\ud800"}\n')
    c = native.comments[0]
    assert native.id == "t\ufffd" and c.extra == {"k\ufffd": {"a": ["\ufffd"]}} and c.created == "2020\ufffd"
    assert c.flags == ["surrogates-replaced"]
    sub = threads(b'{"id": "s", "title": "T\\ud800", "subreddit": "r\\ud800"}\n{"id": "c", "body": "b", "link_id": "t3_s", "parent_id": "t3_s"}\n')
    assert sub[0].title == "T\ufffd" and sub[0].forum == "r\ufffd" and "lone surrogates" in sub[0].warnings[0]


@pytest.mark.parametrize("delimiter", [",", "\t"])
@pytest.mark.parametrize("field", ['"q" \n x', "a\u2028b", "a\x85b", "a\rb", "a\r\nb"])
def test_tables_keep_line_breaks_inside_fields(delimiter, field):
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerows(
        [["id", "parent", "author", "text"], ["1", "", "alice", AR + " " + field], ["2", "1", "bob", "Translation: O God"]])
    t = read(buf.getvalue().encode())
    assert t.format == ("tsv" if delimiter == "\t" else "csv")
    assert [(c.id, c.text) for c in t.comments] == [("1", AR + " " + field), ("2", "Translation: O God")]


def test_table_sniffing_is_linear_in_a_long_line():
    from bilingual.threads.tabular import sniff

    start = time.process_time()
    assert sniff('  "x": [\n' + "[" * 30_000 + '\n"a": 1\n') is None
    assert sniff('"a","b"\n"' + '\\"' * 30_000 + '\n') is None
    assert time.process_time() - start < 1.0


def test_ragged_and_oversized_table_rows_are_named_never_lost():
    data = b"id,author,text\n1,alice,a\n2,bob,b,extra\n3,carol,c\n4,dan,d\n"
    with pytest.raises(InputError, match=r"^<bytes>:3: 4 fields where the header has 3; --skip-bad skips this record$"):
        read(data)
    t = read(data, skip_bad=True)  # the rows after the bad one are read, not dropped
    assert [c.id for c in t.comments] == ["1", "3", "4"] and t.warnings == ["<bytes>:3: 4 fields where the header has 3"]
    big = "x" * 300_000  # over csv's default 128 kB field limit
    assert read(f"id,text\n1,{big}\n2,b\n".encode()).comments[0].text == big


def test_a_dump_spilled_to_disk_reads_like_one_held_in_memory(monkeypatch):
    from bilingual.threads import group

    rows = []
    for i in range(600):
        thread = (i * 7) % 40
        parent = f"t1_c{i - 40}" if i >= 40 and i % 3 else f"t3_{thread}"
        rows.append({"id": f"c{i}", "body": f"comment {i} " + (AR if i % 5 == 0 else "x" * (i % 50)), "link_id": f"t3_{thread}",
                     "parent_id": parent, "author": f"u{i % 9}", "created_utc": 1_600_000_000 + i, "score": i, "subreddit": "arabic",
                     "permalink": f"/r/arabic/comments/{thread}/t/c{i}/"})
    rows.insert(5, {"id": "7", "title": "A submission", "selftext": AR, "subreddit": "arabic"})
    data = _jsonl(rows)

    def snapshot(ts):
        return sorted((t.id, t.title, t.link, t.forum, [(c.id, c.parent, c.depth, c.author, c.text, c.created, c.permalink, c.status,
                                                          c.flags, c.extra) for c in t.comments]) for t in ts)

    held = snapshot(threads(data))
    spilled_dirs = []
    real_spill = group.Grouper.spill

    def spill(self):
        real_spill(self)
        spilled_dirs.append(self.dir.name)

    monkeypatch.setattr(group.Grouper, "spill", spill)
    monkeypatch.setattr(group, "BUDGET_BYTES", 20_000)  # spills after ~20 comments; buckets are split again
    monkeypatch.setattr(group, "BUCKETS", 4)
    assert snapshot(threads(data)) == held
    assert spilled_dirs and not any(Path(d).exists() for d in spilled_dirs)  # the temporary files are gone


def test_spilled_items_that_messagepack_cannot_carry_are_read_back_the_same(monkeypatch):
    """A lone surrogate sends a line to the json fallback, which keeps an integer past 64 bits: MessagePack refuses
    such a batch, which is spilled with marshal instead (and a batch of a later bucket with MessagePack again)."""
    from bilingual.threads import group

    lines = [json.dumps({"id": f"c{i}", "text": f"t {i}", "thread": f"k{i % 7}", "n": 10**30 + i if i % 50 == 3 else i})
             for i in range(400)]
    lines[3] = lines[3].replace('"t 3"', '"t \\ud800 3"')
    data = "\n".join(lines).encode() + b"\n"

    def snapshot(ts):
        return sorted((t.id, [(c.id, c.text, c.flags, c.extra) for c in t.comments]) for t in ts)

    held = snapshot(threads(data))
    assert ("c3", "t \ufffd 3", ["surrogates-replaced"], {"n": 10**30 + 3}) in held[3][1]
    monkeypatch.setattr(group, "BUDGET_BYTES", 5_000)
    monkeypatch.setattr(group, "BUCKETS", 4)
    assert snapshot(threads(data)) == held


def test_line_offsets_stay_right_across_blocks(tmp_path):
    """The streaming reader cuts the input into 1 MB blocks: a bad byte after the first is named at its file offset."""
    good = b"".join(b'{"id": "%d", "text": "%s"}\n' % (i, b"a" * 90) for i in range(15_000))
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n\r\n" + good + b'{"id": "x", "text": "caf\xe9"}\n' + b'{"id": "y", "text": "end"}')
    at = 3 + len(good) + len(b'{"id": "x", "text": "caf')
    with pytest.raises(InputError, match=rf"big.jsonl:{15_000 + 3}: not valid utf-8 at byte offset {at} "):
        read(path)
    t = read(path, skip_bad=True)  # the last line has no line end and is read
    assert len(t.comments) == 15_001 and t.comments[-1].id == "y"


@pytest.mark.parametrize("name, what", [
    ("posts.jsonl", "holds no JSON"), ("posts.JSON", "holds no JSON"), ("dump.ndjson.zst", "holds no JSON"),
    ("export.csv", "no table was found"), ("export.tsv.gz", "no table was found"),
])
def test_a_file_named_json_or_csv_that_reads_as_text_is_refused(tmp_path: Path, name: str, what: str) -> None:
    """A wrong file or a broken export under a structured name is an error, not an article with no comments."""
    path = tmp_path / name
    path.write_bytes(b"hello\nworld\n")  # not compressed: the reader goes by magic bytes, the check by the name
    with pytest.raises(InputError, match=rf"{name}: named \.\w+ but (it )?{what}.*--input-format text"):
        list(iter_threads(path))
    forced = list(iter_threads(path, "text"))
    assert [t.article for t in forced] == ["hello\nworld\n"] and not forced[0].comments
    text = tmp_path / "page.txt"
    text.write_bytes(b"hello\nworld\n")
    assert [t.article for t in iter_threads(text)] == ["hello\nworld\n"]


@pytest.mark.parametrize("value", [
    "2023-10-07T09:13:20Z", "2023-10-07T09:13:20.000Z", "2023-10-07T09:13:20.123456Z", "2024-02-29T23:59:59.999Z",
    "2023-02-29T10:00:00.000Z", "2023-10-07T09:13:60.000Z", "2023-10-07T24:00:00.000Z", "2023-13-07T09:13:20.000Z",
    "0999-10-07T09:13:20.000Z", "2023-10-07T09:13:2٥.000Z", "2023-10-07T09:13:20.1٢3Z", "2023-10-07T09:13:20.000+00:00",
    "2023-10-07T09:13:20+03:00", "2023-10-07 09:13:20.000Z", "2023-10-07T09:13:20.0000Z", "2023-10-07T09:13:20.00Z",
])
def test_the_usual_iso_time_is_cut_to_its_seconds_as_datetime_would_read_it(value):
    """The API form (UTC, 0, 3 or 6 digits of fraction) skips datetime once its minute is known valid: the same answer."""
    from bilingual.threads.platforms import _from_iso, _from_iso_parsed

    assert _from_iso(value) == _from_iso_parsed(value) == _from_iso(value)


def test_read_takes_input_format_as_iter_threads_does_and_format_is_deprecated():
    """One name for one thing: ``read``/``read_string`` took ``format=`` where ``iter_threads`` and the CLI say input
    format. ``format=`` still reads, with a DeprecationWarning (it was public in docs/READERS.md)."""
    import warnings

    import bilingual

    data = b'{"id": "1", "text": "hi"}\n'
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert bilingual.read(data, input_format="jsonl").format == "jsonl"
        assert read_string(data.decode(), input_format="jsonl").format == "jsonl"
    with pytest.warns(DeprecationWarning, match=r"read\(format=\.\.\.\) is deprecated: use input_format="):
        assert read(data, format="jsonl").format == "jsonl"
    with pytest.warns(DeprecationWarning, match=r"read_string\(format=\.\.\.\) is deprecated"):
        assert read_string(data.decode(), format="jsonl").format == "jsonl"
    with pytest.raises(TypeError, match="give input_format only"), pytest.warns(DeprecationWarning):
        read(data, input_format="jsonl", format="reddit")


@pytest.mark.parametrize("call, message", [
    (lambda: read(None), "read() needs a path (str or os.PathLike) or the input's bytes, not NoneType"),  # type: ignore[arg-type]
    (lambda: list(iter_threads(3.5)), "iter_threads() needs a path (str or os.PathLike) or the input's bytes, not float"),  # type: ignore[arg-type]
    (lambda: read_string(b"x"), "read_string() needs a str (read() takes a path or bytes), not bytes"),  # type: ignore[arg-type]
])
def test_a_source_of_the_wrong_type_names_the_call(call: Callable[[], object], message: str) -> None:
    """``read(None)`` said only "expected str, bytes or os.PathLike object", from inside ``os.fspath``; a library
    user is told which call refused what, in one line."""
    with pytest.raises(TypeError) as caught:
        call()
    assert str(caught.value) == message


# --- first-day sweep (helper newuser7): real-world damage -------------------------------------------------


def _read_fifo(tmp_path: Path, data: bytes) -> list[Any]:
    """``iter_threads`` of a FIFO fed ``data`` by a thread, or an assertion error after 10 s (a hang)."""
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as w:
            w.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    got: list[Any] = []
    reader = threading.Thread(target=lambda: got.append([t.id for t in iter_threads(str(fifo))]), daemon=True)
    reader.start()
    reader.join(10)
    hung = reader.is_alive()
    if hung:  # a second open of the FIFO waits for a writer: give it one, so the thread can end
        with open(fifo, "wb"):
            pass
        reader.join(5)
    assert not hung, "reading a FIFO hung (the path was opened again after its bytes were read)"
    return got[0]


def test_a_fifo_or_process_substitution_is_read_once(tmp_path: Path) -> None:
    """`bilingual report <(zstdcat dump.zst)` or a named pipe hung for good: the reader opened the path once for
    its head, again to read it, and the second open waited for a writer that had gone."""
    assert _read_fifo(tmp_path, (EXPORTS / "reddit_comments.ndjson").read_bytes()) == ["t3_1abc", "t3_2xyz"]


@pytest.mark.parametrize("name", ["array.json", "comments.tsv", "disqus_two_threads.xml"])
def test_a_file_cut_inside_a_character_says_it_was_cut(tmp_path: Path, name: str) -> None:
    """An export cut short inside an Arabic letter (an unfinished download) was told "it reads as Arabic in
    cp1256: use --encoding cp1256": advice that garbles every letter of a file that is UTF-8."""
    data = (EXPORTS / name).read_bytes()
    cut = [i for i, b in enumerate(data) if b >= 0xC0][-1] + 1  # just after the last lead byte
    path = tmp_path / name
    path.write_bytes(data[:cut])
    with pytest.raises(InputError) as err:
        threads(path)
    assert "cp1256" not in str(err.value) and f"ends inside a utf-8 character (byte offset {cut - 1})" in str(err.value)
    assert "cut short" in str(err.value)


_PAGE = """<!-- saved from url=(0045)https://example.com/news/2024/article-123.html -->
<html><head><meta charset="utf-8"><title>News</title>
<style>.c{color:red} /* عنوان */</style>
<script>var x = "<p>مرحبا</p>"; alert(1)</script>
</head><body>
<template><div class="comment">قالب</div></template>
<article><p>Story text.</p></article>
<div class="comment"><b>Ali</b>: اللهم بلغنا رمضان</div>
</body></html>
"""


def test_a_browser_page_read_as_text_leaves_out_markup_scripts_styles_and_templates(tmp_path: Path) -> None:
    """`--input-format text` (the advice of the refusal of an HTML page) read the page's markup as its text: the
    Arabic of a <style> comment, a <script> string and an unused <template> came out as passages of the article."""
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    with pytest.raises(InputError, match="an HTML page saved from a browser.*--input-format text"):
        threads(path)
    (t,) = threads(path, "text")
    assert "اللهم بلغنا رمضان" in t.source and "Story text." in t.source
    for hidden in ("عنوان", "مرحبا", "قالب", "alert", "<div", "color:red"):
        assert hidden not in t.source, hidden


_MHTML = (
    "From: <Saved by Blink>\nSnapshot-Content-Location: https://example.com/news\nSubject: News\nMIME-Version: 1.0\n"
    'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----MultipartBoundary--abc----"\n\n'
    "------MultipartBoundary--abc----\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n"
    "Content-Location: https://example.com/news\n\n"
    "<!DOCTYPE html><html><body><script>alert(1)</script><p>=D8=A7=D9=84=D9=84=D9=87=D9=85 Amen</p></body></html>\n"
    "------MultipartBoundary--abc------\n"
)


def test_a_browser_web_archive_is_refused_and_read_as_text_on_request(tmp_path: Path) -> None:
    """A page saved as "Webpage, Single File" (MHTML) read as a plain-text dump without a word: an article of MIME
    headers and quoted-printable bytes (=D8=A7...), no Arabic, no comments, exit 0."""
    path = tmp_path / "page.mhtml"
    path.write_text(_MHTML, encoding="utf-8")
    with pytest.raises(InputError, match="MHTML web archive saved from a browser.*--input-format text"):
        threads(path)
    (t,) = threads(path, "text")
    assert t.source == "اللهم Amen"


def test_a_file_whose_name_looks_like_a_pattern_is_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A download saved as `comments[1].json` was "no file matches this pattern": its brackets were read as a
    glob's character class (matching `comments1.json`), though the file was there."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "comments[1].json").write_bytes((EXPORTS / "reddit_thread.json").read_bytes())
    (tmp_path / "comments1.json").write_bytes(b"{}")
    assert expand_inputs(["comments[1].json"]) == ["comments[1].json"]
    assert expand_inputs(["comments*.json"]) == ["comments1.json", "comments[1].json"]


@pytest.mark.parametrize("name", ["array.json", "comments.csv", "x_v1.jsonl"])
def test_a_stray_byte_in_utf8_arabic_is_not_sent_to_cp1256(tmp_path: Path, name: str) -> None:
    """One Latin-1 byte (é) among the UTF-8 Arabic of an export was told "it reads as Arabic in cp1256: use
    --encoding cp1256": UTF-8's Arabic bytes read as Arabic-looking letters in cp1256, and the advice garbles
    every letter of the file. The bytes around it are UTF-8: a stray byte, for --errors replace."""
    data = (EXPORTS / name).read_bytes()
    at = data.index("اللهم".encode()) + 4  # between two letters, inside the Arabic
    path = tmp_path / name
    path.write_bytes(data[:at] + b"\xe9" + data[at:])
    with pytest.raises(InputError) as err:
        threads(path)
    message = str(err.value)
    assert f"not valid utf-8 at byte offset {at} (byte 0xe9)" in message and "cp1256" not in message
    assert "a stray byte in UTF-8 text" in message and "--errors replace" in message


def test_a_western_code_page_export_is_named(tmp_path: Path) -> None:
    """An English export saved by Excel in Windows-1252 ("café", curly quotes) was told "use --encoding ENC", a
    name a first-day user cannot guess; its bytes read as Western European text in cp1252."""
    path = tmp_path / "comments.csv"
    path.write_bytes("id,text\n1,We met at the café and said “hello”\n2,Thanks\n".encode("cp1252"))
    with pytest.raises(InputError) as err:
        threads(path)
    assert "not valid utf-8 at byte offset 27 (byte 0xe9)" in str(err.value)
    assert "it reads as Western European text in cp1252: use --encoding cp1252" in str(err.value)
    (t,) = threads(path, encoding="cp1252")
    assert t.comments[0].text == "We met at the café and said “hello”"


def test_cp1252_is_not_named_for_utf8_arabic_after_a_stray_byte(tmp_path: Path) -> None:
    """The cp1252 advice only for an input with no UTF-8 Arabic: a stray é before Arabic would be garbled by it."""
    path = tmp_path / "comments.csv"
    path.write_bytes(b"id,text\n1,We met at the caf\xe9\n" + b"2,Thanks\n" * 20 + b"3," + AR.encode() + b"\n")
    with pytest.raises(InputError) as err:
        threads(path)
    message = str(err.value).partition(": ")[2]
    assert "cp1252" not in message and message.endswith("use --encoding ENC or --errors replace")


@pytest.mark.parametrize("name", ["bluesky_jetstream.jsonl", "mastodon_stream.jsonl"])
def test_stream_events_saved_as_one_json_array_read_as_their_lines(tmp_path: Path, name: str) -> None:
    """Jetstream events or Mastodon streaming messages collected into one JSON array (``jq -s``, a script's
    ``json.dump(events)``) were refused record 1 as "no Bluesky thread node" / "a Mastodon status needs ...":
    the array was read as getPostThread nodes or a conversation's statuses."""
    events = [json.loads(line) for line in (EXPORTS / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path / (name + ".json")
    path.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    as_lines = [(t.id, [(c.id, c.parent, c.text) for c in t.comments]) for t in threads(EXPORTS / name)]
    assert [(t.id, [(c.id, c.parent, c.text) for c in t.comments]) for t in threads(path)] == as_lines
