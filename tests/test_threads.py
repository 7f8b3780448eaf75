"""Thread readers on the seeds and on generated JSONL / Disqus input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.errors import InputError
from bilingual.threads import detect_format, read, read_string
from bilingual.threads.jsonl import read_jsonl, write_jsonl

from conftest import SEED000, SEED002, SEEDS


def test_seeds_are_byte_identical_copies_of_shared(shared_data):
    shared = shared_data.parent / "seeds"
    names = sorted(p.name for p in shared.iterdir())
    assert names == sorted(p.name for p in SEEDS.iterdir())
    for name in names:
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes()


def test_seed000_tree(seed000):
    t = seed000
    assert len(t.comments) == 46
    assert len([c for c in t.comments if c.parent is None]) == 12
    assert [c.author for c in t.children("3")] == ["IraniAngel", "Constantin7"]
    assert t.get("3.1").text == "Please translate this post"
    translator = t.children("3.1")
    assert [c.author for c in translator] == ["Prophettttt"]
    assert "Oh God, help us reach the Saudi democracy" in translator[0].text
    okay = t.children(translator[0].id)
    assert len(okay) == 1 and okay[0].text.startswith("Okay i dont get this")
    assert len(t.children(okay[0].id)) == 5
    assert t.get("5").author == "ali elzein"
    assert not t.get("5").text.startswith("ali elzein")
    assert t.get("9").author is None
    assert t.get("9").text.startswith("Mahmoud Ahmadinejad says he has a vision")
    # Lines that merely start with a number are text, not comments.
    assert "Revelation 17:12-13" in t.get("9").text
    assert "12 “The ten horns" in t.get("9").text
    assert t.article.startswith("Hamas cuts ties with Assad")
    assert t.article.endswith("First published in the TIMES")


def test_seed000_depths_follow_parents(seed000):
    for c in seed000.comments:
        expected = 0 if c.parent is None else seed000.get(c.parent).depth + 1
        assert c.depth == expected
        assert c.id.count(".") == c.depth


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_source_spans_slice_the_decoded_source(path):
    t = read(path)
    source = path.read_text(encoding="utf-8")
    assert t.source == source
    for c in t.comments:
        a, b = c.source_span
        assert source[a:b] == c.text
        assert c.text == c.text.strip()
    assert source[: len(t.article)] == t.article


def test_seed002_bullets():
    t = read(SEED002)
    assert [(c.id, c.author) for c in t.comments] == [
        ("1", "Ivanus59"),
        ("2", "hvaiallverden"),
        ("2.1", "Hos Ng"),
        ("3", "Real Anti-Racist Action"),
        ("4", "Barba_Papa"),
        ("5", "Willing Conscience (The Truths"),
        ("6", "Hos Ng"),
    ]
    assert t.get("2").text.endswith("it was an blunder to engage in an war among rats.")
    assert "I blame Russia for this one." in t.get("2").text
    assert t.get("2.1").text.startswith("did you hear about mossad")
    assert t.article.startswith("Iran Is Working To Restore Hamas Ties")


@pytest.mark.parametrize("name", ["001", "003", "004"])
def test_article_only_seeds(name):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    t = read(path)
    assert t.comments == []
    assert t.article == path.read_text(encoding="utf-8")


def test_boundary_is_found_from_the_text_not_the_seed():
    text = "Title\n\nSome article text.\n\n  1. Alice Avatar\n\n    hello\n\n    1. Bob Avatar\n\n      hi back\n"
    t = read_string(text)
    assert t.article == "Title\n\nSome article text."
    assert [(c.id, c.parent, c.author, c.text) for c in t.comments] == [
        ("1", None, "Alice", "hello"),
        ("1.1", "1", "Bob", "hi back"),
    ]


def test_crlf_and_lone_cr_line_ends():
    text = "Article\r\n\r\n  1. Alice Avatar\r\n\r\n    hello\r\n    world\r\n  2. Bob Avatar\r    bye\r"
    t = read_string(text)
    assert [c.text for c in t.comments] == ["hello\r\n    world", "bye"]
    for c in t.comments:
        assert text[c.source_span[0] : c.source_span[1]] == c.text


def _thread_trees():
    """Random comment trees as (id, parent, author, text) lists, parents first."""

    def build(draw_list):
        return draw_list

    text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
    return st.lists(st.tuples(st.integers(min_value=-1, max_value=30), st.one_of(st.none(), text), text), max_size=30).map(build)


@settings(max_examples=examples(60), deadline=None)
@given(_thread_trees())
def test_jsonl_round_trip(rows):
    lines = []
    for i, (parent, author, text) in enumerate(rows):
        parent_id = str(parent) if 0 <= parent < i else None
        lines.append(json.dumps({"id": str(i), "parent": parent_id, "author": author, "text": text, "likes": i}))
    thread = read_jsonl("\n".join(lines))
    again = read_jsonl(write_jsonl(thread))
    assert [c.to_dict() for c in again.comments] == [c.to_dict() for c in thread.comments]
    for c in thread.comments:
        assert c.extra == {"likes": int(c.id)}
        assert c.depth == (0 if c.parent is None else thread.get(c.parent).depth + 1)


def test_seed_written_as_jsonl_reads_back_to_the_same_tree(seed000):
    again = read_jsonl(write_jsonl(seed000))
    assert [(c.id, c.parent, c.author, c.depth, c.text) for c in again.comments] == [
        (c.id, c.parent, c.author, c.depth, c.text) for c in seed000.comments
    ]


def test_jsonl_errors_name_the_line():
    good = json.dumps({"id": "a", "parent": None, "author": "x", "text": "hi"})
    with pytest.raises(InputError, match=r"t.jsonl:2"):
        read_jsonl(good + "\n{not json\n", "t.jsonl")
    with pytest.raises(InputError, match=r"t.jsonl:1.*missing \"id\""):
        read_jsonl('{"text": "x"}', "t.jsonl")
    with pytest.raises(InputError, match=r"t.jsonl:2.*parent 'zz'"):
        read_jsonl(good + "\n" + json.dumps({"id": "b", "parent": "zz", "text": "x"}), "t.jsonl")
    with pytest.raises(InputError, match="duplicate"):
        read_jsonl(good + "\n" + good, "t.jsonl")
    with pytest.raises(InputError, match="cycle"):
        read_jsonl('{"id": 1, "parent": 2, "text": ""}\n{"id": 2, "parent": 1, "text": ""}', "t.jsonl")


def test_jsonl_skip_bad_goes_on_and_reports():
    good = json.dumps({"id": "a", "parent": None, "author": "x", "text": "hi"})
    t = read_jsonl(good + "\n[1, 2]\n" + json.dumps({"id": "b", "parent": "a", "text": "yo"}), "t.jsonl", skip_bad=True)
    assert [c.id for c in t.comments] == ["a", "b"]
    assert len(t.warnings) == 1 and "t.jsonl:2" in t.warnings[0]


def test_deep_reply_chain_has_no_recursion_limit():
    lines = [json.dumps({"id": str(i), "parent": str(i - 1) if i else None, "text": "x"}) for i in range(10_000)]
    t = read_jsonl("\n".join(lines))
    assert t.comments[-1].depth == 9_999
    assert len(t.descendants("0")) == 9_999


DISQUS = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <thread dsq:id="t1"><title>Hamas and Assad</title></thread>
  <post dsq:id="p1"><message><![CDATA[<p>اللهم بلّغنا</p>]]></message>
    <isDeleted>false</isDeleted><isSpam>false</isSpam>
    <author><name>Prophettttt</name></author><thread dsq:id="t1"/></post>
  <post dsq:id="p2"><message><![CDATA[Please translate <b>this</b> &amp; that]]></message>
    <isDeleted>false</isDeleted><isSpam>true</isSpam>
    <author><name>IraniAngel</name></author><thread dsq:id="t1"/><parent dsq:id="p1"/></post>
</disqus>"""


def test_disqus_export():
    assert detect_format(DISQUS) == "disqus"
    t = read_string(DISQUS)
    assert t.title == "Hamas and Assad"
    assert [(c.id, c.parent, c.author, c.depth, c.text) for c in t.comments] == [
        ("p1", None, "Prophettttt", 0, "اللهم بلّغنا"),
        ("p2", "p1", "IraniAngel", 1, "Please translate this & that"),
    ]
    assert t.get("p2").extra["spam"] is True


@pytest.mark.parametrize(
    "payload",
    [
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><disqus>&b;</disqus>',
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><disqus>&x;</disqus>',
    ],
)
def test_disqus_refuses_entities(payload):
    with pytest.raises(InputError, match="refused XML"):
        read_string(payload, "disqus")


def test_read_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(InputError, match="empty input"):
        read(empty)
    bad = tmp_path / "bad.txt"
    bad.write_bytes("ok ".encode() + b"\xff rest")
    with pytest.raises(InputError, match="byte offset 3"):
        read(bad)
    assert "\ufffd" in read(bad, errors="replace").article


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    text = SEED000.read_text(encoding="utf-8")
    path.write_bytes(text.encode("utf-16"))
    t = read(path)
    assert len(t.comments) == 46 and t.source == text


def _small_jsonl() -> str:
    rows = [
        {"id": "1", "parent": None, "author": "amal", "text": "first"},
        {"id": "2", "parent": "1", "author": "amal", "text": "second", "likes": 3},
        {"id": "3", "parent": "1", "author": "omar", "text": "third"},
    ]
    return "\n".join(json.dumps(r) for r in rows)


def test_replies_share_their_parents_id_and_an_authors_name_string():
    """Memory (issue 20): a parent id is the parent's own string, a name one string per thread."""
    first, second, third = read_string(_small_jsonl(), "jsonl").comments
    assert second.parent is first.id and third.parent is first.id
    assert second.author is first.author and third.author == "omar"


def test_an_empty_extra_or_flags_is_made_on_first_use_and_kept_per_comment():
    from bilingual.threads.model import comment_flags

    first, second, third = read_string(_small_jsonl(), "jsonl").comments
    assert comment_flags(first) == () and second.extra == {"likes": 3}
    assert first.to_dict() == {"id": "1", "parent": None, "author": "amal", "depth": 0, "text": "first"}
    first.extra["score"] = 1.5  # mutated like a field: kept by this comment only
    first.flag("checked")
    assert first.extra == {"score": 1.5} and third.extra == {} and first.flags == ["checked"] and third.flags == []
    assert comment_flags(first) == ["checked"] and comment_flags(third) == []
    assert first.to_dict()["score"] == 1.5 and first.to_dict()["flags"] == ["checked"] and "flags" not in third.to_dict()


@pytest.mark.parametrize("with_submission", [False, True])
def test_reader_comments_equal_the_ones_the_constructor_makes(with_submission):
    """The readers set a Comment's slots without calling its __init__ (a thread of comments only) or through it (a
    thread with its own record): every field, read or unset, is what ``Comment(...)`` of the same values gives."""
    from dataclasses import fields

    from bilingual.threads import Comment, iter_threads
    from bilingual.threads.model import _EXTRA, _FLAGS, _stored

    lines = (Path(__file__).parent / "data" / "exports" / "reddit_comments.ndjson").read_bytes().splitlines()
    if not with_submission:
        lines = [line for line in lines if b'"link_id"' in line]
    lines.append(json.dumps({"id": "z\ud800", "body": "lone", "link_id": "t3_1abc", "parent_id": "t1_gone", "author": "a",
                             "created_utc": 1672531400, "permalink": "/r/arabic/comments/1abc/a_prayer/z/",
                             "subreddit": "arabic"}).encode())  # flagged: surrogates replaced, an orphan
    seen = 0
    for thread in iter_threads(b"\n".join(lines)):
        for c in thread.comments:
            made = Comment(c.id, c.parent, c.author, c.depth, c.text, c.source_span, dict(c.extra), c.created, c.permalink,
                           c.status, list(c.flags))
            assert [getattr(c, f.name) for f in fields(Comment)] == [getattr(made, f.name) for f in fields(Comment)]
            for slot in (_EXTRA, _FLAGS):
                assert (_stored(slot, c, None) is None) == (_stored(slot, made, None) is None)
            seen += 1
            if c.id == "z\ufffd":
                assert c.flags == ["surrogates-replaced", "orphan"] and c.extra == {"subreddit": "arabic", "missing_parent": "gone"}
                assert (c.author, c.text, c.created, c.status) == ("a", "lone", "2023-01-01T00:03:20Z", None)
    assert seen == 7


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.none() | st.sampled_from("abcdefgz")), max_size=12), st.booleans())
def test_a_dump_thread_is_built_as_build_tree_builds_it(rows, skip_bad):
    """The readers' thread builder links a reply whose parent came before it without build_tree; any order of ids
    and parents (a later or missing parent, a reply to itself, a cycle, an id twice) gives the comments, depths,
    flags, warnings and errors that ``Comment(...)`` and build_tree give."""
    from bilingual.threads import Comment, _finish
    from bilingual.threads.clean import build_tree

    def items():
        return [("t3_k", i + 1, cid, parent, "amal", f"text {i}", None, None, None, None, {"n": i}) for i, (cid, parent) in enumerate(rows)]

    def shape(comments, warnings):
        out = [(c.to_dict(), c.depth, list(c.flags)) for c in comments]
        parents = {c.id: c.id for c in comments}
        assert all(c.parent is None or c.parent is parents.get(c.parent, c.parent) for c in comments)
        return out, list(warnings)

    try:
        thread = _finish("t3_k", items(), "reddit", "x", skip_bad, "flag", [])
        got = shape(thread.comments, thread.warnings)
    except InputError as exc:
        got = str(exc)
    given_items = items()
    own = {it[2]: it[2] for it in given_items}
    warnings: list[str] = []
    try:
        comments = build_tree([Comment(it[2], own.get(it[3], it[3]), it[4], 0, it[5], None, it[10]) for it in given_items], "x",
                              where=[it[1] for it in given_items], orphans="flag", cycles="flag", skip_bad=skip_bad, warnings=warnings)
        expected = shape(comments, warnings)
    except InputError as exc:
        expected = str(exc)
    assert got == expected


def test_page_dump_title_is_its_headline():
    """A page dump opens with the page's headline, set apart by a blank line: it names the thread (lists, the
    corpus index, the report's heading) and stays in the article as written."""
    titles = {p.name[:3]: read(p).title for p in sorted(SEEDS.glob("*.txt"))}
    assert titles["000"] == "Hamas cuts ties with Assad and is now training the rebels"
    assert titles["002"] == "Iran Is Working To Restore Hamas Ties With Damascus – Report"
    assert all(titles.values())
    thread = read(SEED000)
    assert thread.article is not None and thread.article.startswith(titles["000"] + "\n")
    for text in ("A first sentence.\n\nThen more.", "No blank line after it\nmore text", "Only a line\n\n",
                 "x" * 201 + "\n\nmore", "Translation:\n\nO God", "1. Alice Avatar\n    hi"):
        assert read_string(text, "text").title is None, text
    assert read_string("\ufeff\n  Headline  \n \n\nBody", "text").title == "Headline"


_SPILLED_ORDER = """
import sys
import bilingual.threads.group as group
group.BUDGET_BYTES = 1 << 12  # every input spills, and each bucket is split again down to the last depth
from bilingual.threads import iter_threads
print(" ".join(f"{t.id}:{len(t.comments)}" for t in iter_threads(sys.argv[1])))
"""


@pytest.mark.slow  # (a whole process or set: the slow run keeps it)
def test_a_spilled_inputs_threads_come_out_in_the_same_order_in_every_process(tmp_path):
    """The grouper's buckets were chosen by ``hash()`` of the thread key, which changes with the process's hash
    seed: a dump that spilled gave its threads in another order on each run, so `corpus` cut other shards when it
    resumed a run than the run it resumed (issue 18: the cut is the same on every read). 1,000 comments in 100 threads: a third of the first
    buckets are split again (3,000 in 300 split them all and took each process twice as long)."""
    path = tmp_path / "dump.ndjson"
    path.write_text("".join(
        json.dumps({"id": f"c{i}", "link_id": f"t3_p{i % 100}", "parent_id": f"t3_p{i % 100}", "author": "u",
                    "body": f"hello {i} مرحبا", "created_utc": 1600000000 + i, "subreddit": "x"}) + "\n"
        for i in range(1000)
    ), encoding="utf-8")
    outputs = {
        subprocess.run([sys.executable, "-c", _SPILLED_ORDER, str(path)], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    (listed,) = outputs
    assert sorted(listed.split()) == sorted(f"t3_p{k}:10" for k in range(100))


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6", "utf-16", "latin-1"])
def test_utf8_arabic_forced_through_another_encoding_is_refused(encoding, tmp_path):
    """`--encoding cp1256` on a UTF-8 file read مرحبا as ظ…ط±ط­ط¨ط§ without a word (a silent misread), and
    `--encoding utf-16` named cp1256 as the cure; a real cp1256 file still reads with it."""
    utf8 = tmp_path / "u8.jsonl"
    utf8.write_text('{"id": "1", "text": "مرحبا بكم في الموقع"}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read(str(utf8), encoding=encoding)
    assert caught.value.message.startswith("is UTF-8 text with Arabic, not ") and "leave out --encoding" in caught.value.message
    legacy = tmp_path / "cp.jsonl"
    legacy.write_bytes('{"id": "1", "text": "مرحبا بكم في الموقع"}\n'.encode("cp1256"))
    assert read(str(legacy), encoding="cp1256").comments[0].text == "مرحبا بكم في الموقع"


def test_a_page_dump_with_unicode_line_separators_reads_as_with_newlines() -> None:
    """First-day sweep (helper newuser7): a dump whose lines end in U+2028 (a JavaScript copy) or NEL was all
    article, 0 comments, while the segmenter ends a line there (21c0227); CR alone already read as LF."""
    from bilingual.threads import read_string

    from conftest import SEED000

    text = SEED000.read_text(encoding="utf-8")
    plain = read_string(text)
    for separator in ("\u2028", "\u0085", "\r"):
        t = read_string(text.replace("\n", separator))
        assert [(c.id, c.parent, c.author) for c in t.comments] == [(c.id, c.parent, c.author) for c in plain.comments], repr(separator)
        assert [c.text.replace(separator, "\n") for c in t.comments] == [c.text for c in plain.comments]


def test_reading_options_are_checked_and_named_as_the_library_call() -> None:
    """read(p, fields=[...]) failed with "'list' object has no attribute 'get'" and read(p, encoding="nope")
    was blamed on the CLI's --encoding (helper newuser8's sweep)."""
    from bilingual.errors import InputError
    from bilingual.threads import iter_threads, read, read_string

    seed = str(SEED000)
    with pytest.raises(TypeError, match=r"^read\(\): fields must map each field to the input's key .* not list$"):
        read(seed, fields=["id"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^read_string\(\): fields must map .* not a mapping with keys or values that are not strings$"):
        read_string("x", fields={"id": 3})  # type: ignore[dict-item]
    with pytest.raises(InputError, match=r"^read\(\): unknown encoding 'nope'$"):
        read(seed, encoding="nope")
    with pytest.raises(ValueError, match=r"^iter_threads\(\): errors must be 'strict', 'replace' or 'ignore', not 'x'$"):
        list(iter_threads(seed, errors="x"))
