"""Readers' leftovers a demanding first-day user hits (helper newuser9): a JSON Lines file cut mid-line, a broken
WordPress export, Hacker News items in reading order, and exports damaged in the ways downloads and editors damage
them: each is one line naming the file and the place, or a correct read; never a traceback or a silent partial read."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import bilingual
from bilingual.cli import main
from bilingual.errors import InputError
from bilingual.threads import iter_threads, read

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"


def _cut_inputs(name: str) -> tuple[bytes, int]:
    """A JSON Lines sample without its final line end, and where its last line starts."""
    data = (EXPORTS / name).read_bytes().rstrip(b"\n")
    return data, data.rfind(b"\n") + 1


def _as(mode: str, data: bytes) -> tuple[bytes, dict[str, str]]:
    """``data`` as each reading path gets it: streamed bytes (the fast path), streamed with a lenient ``errors``
    (the line-by-line path), UTF-16 (decoded whole, then split) and gzip."""
    if mode == "utf16":
        return data.decode("utf-8").encode("utf-16"), {}
    if mode == "gz":
        return gzip.compress(data), {}
    return data, {"errors": "replace"} if mode == "replace" else {}


@pytest.mark.parametrize("mode", ["bytes", "replace", "utf16", "gz"])
@pytest.mark.parametrize("name", ["reddit_comments.ndjson", "hackernews_items.jsonl", "x_v2.jsonl"])
def test_a_last_line_cut_anywhere_says_cut_short(name: str, mode: str, tmp_path: Path) -> None:
    """A download stopped mid-line: every cut of the last line (inside a string, a number, a key, an Arabic letter's
    bytes) is said as a cut, naming the line, as a cut JSON document is; it said only 'malformed JSON'."""
    data, start = _cut_inputs(name)
    last = data.count(b"\n") + 1
    path = tmp_path / "cut.in"
    for cut in range(start + 1, len(data), 7):
        piece = data[:cut]
        if mode == "utf16" and not _utf8(piece):
            continue  # a UTF-16 file is never cut inside a UTF-8 sequence
        raw, kw = _as(mode, piece)
        path.write_bytes(raw)
        with pytest.raises(InputError, match=r"cut short") as err:
            bilingual.read(path, **kw)
        assert err.value.location == f"{path}:{last}", (cut, str(err.value))


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_a_middle_line_cut_is_not_called_a_cut_input(tmp_path: Path) -> None:
    """Only the input's unterminated last line is a download stopped there: a broken line before a line end is
    malformed, no more."""
    path = tmp_path / "mid.jsonl"
    path.write_text('{"id": "1", "text": "hi"}\n{"id": "2", "text": "th\n{"id": "3", "text": "yo"}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read(path)
    assert "cut short" not in str(err.value) and err.value.location == f"{path}:2"


@pytest.mark.parametrize("tail", [b'"text": "hi', b'"text": "hi",', b'"score": 1.', b'"ok": tr', "\"text\": \"\u0633".encode()[:-1]])
def test_the_cli_says_a_cut_jsonl_in_one_line(tail: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_bytes(b'{"id": "1", "text": "hi"}\n{"id": "2", "parent": "1", ' + tail)
    assert main(["pairs", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{path}:2:" in err and "cut short" in err, err


# --- a WordPress export broken after its first posts --------------------------------------------------------


def test_a_cut_wordpress_export_streams_whole_posts_then_names_the_cut(tmp_path: Path) -> None:
    """The library's stream yields only whole posts (each as a full read gives it) and then raises one error naming
    the file, its line and column, and saying the input ends there: it said expat's 'no element found: line 201,
    column 0' (the place twice, no word of a cut)."""
    data = (EXPORTS / "wordpress.xml").read_bytes()
    full = {t.id: t.to_dict() for t in iter_threads(data)}
    path = tmp_path / "export.xml"
    for cut in range(200, len(data) - 1, 97):
        path.write_bytes(data[:cut])
        seen = []
        with pytest.raises(InputError) as err:
            seen.extend(iter_threads(path))
        assert [t.to_dict() for t in seen] == [full[t.id] for t in seen]
        message, location = str(err.value), err.value.location
        assert "cut short" in message and "\n" not in message and "line" not in message.partition(": ")[2], message
        assert location == str(path) and "byte offset" in message or location.startswith(f"{path}:"), message


@pytest.mark.parametrize("command", [["thread"], ["thread", "--list"], ["pairs"], ["segment"]])
def test_the_cli_writes_nothing_of_a_broken_wordpress_export(command: list[str], tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Its first post read, the second post's tag broken: no output file, nothing on stdout, one line naming the place
    once (expat's 'mismatched tag: line 227, column 25' repeated the location), status 2."""
    text = (EXPORTS / "wordpress.xml").read_text(encoding="utf-8")
    broken = text.replace("<wp:comment_parent>0</wp:comment_parent>", "<wp:comment_parent>0</wp:comment_paren>")
    path, out = tmp_path / "export.xml", tmp_path / "out.txt"
    path.write_text(broken[: broken.index("</wp:comment_paren>") + 400], encoding="utf-8")
    assert main([*command, str(path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert not out.exists() and captured.out == "" and not list(tmp_path.glob("out*"))
    assert captured.err.count("\n") == 1 and f"{path}:" in captured.err and "mismatched tag" in captured.err
    assert "line" not in captured.err.partition("malformed XML")[2], captured.err  # the place once, in the location


# --- Hacker News items in the site's reading order --------------------------------------------------------------


def _order(t: object) -> list[tuple[str, str | None, int]]:
    return [(c.id, c.parent, c.depth) for c in t.comments]  # type: ignore[attr-defined]


def test_hacker_news_items_read_depth_first_in_their_kids_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """The official API's items, saved by id (a BigQuery export) or breadth first (a crawl), read as the site shows the
    thread: each reply under what it answers, siblings in their "kids" rank, a reply no "kids" lists last. They came in
    file order: 37900015 (answering 37900003) after 37900013, two comments away."""
    from bilingual.threads import group

    ranked = EXPORTS / "hackernews_ranked.jsonl"
    want = [("37900012", None, 0), ("37900013", "37900012", 1), ("37900003", None, 0), ("37900015", "37900003", 1),
            ("37900004", "37900003", 1), ("37900020", None, 0), ("37900025", None, 0)]
    assert _order(read(ranked)) == want
    lines = ranked.read_bytes().splitlines()
    assert _order(read(b"\n".join(reversed(lines)))) == want
    assert _order(read(b"[" + b",".join(lines) + b"]")) == want
    crawl = [_order(t) for t in iter_threads(EXPORTS / "hackernews_items.jsonl")]  # saved breadth first
    assert [c[0] for c in crawl[0]] == ["37800002", "37800003", "37800004", "37800005", "37800006", "37800007"]
    monkeypatch.setattr(group, "BUDGET_BYTES", 0)  # spilled to disk: the same order
    assert _order(read(b"\n".join(reversed(lines)))) == want


def test_hacker_news_items_agree_with_the_algolia_tree_of_the_same_story() -> None:
    """The same story read from both of its shapes lists the comments both hold in one order."""
    items = next(iter_threads(EXPORTS / "hackernews_items.jsonl"))
    tree = read(EXPORTS / "hackernews_algolia.json")
    shared = {c.id for c in tree.comments}
    assert [c for c in _order(items) if c[0] in shared] == _order(tree)


# --- every export sample damaged as downloads and editors damage it ----------------------------------------------------

_TABLES = {"comments.csv": "id=comment_id,parent=reply_to,author=user,text=body,time=created,thread=post_id",
           "array.json": "id=comment_id,parent=reply_to,author=user,text=body", "unknown.json": "author=user,text=msg,time=ts"}
_SAMPLES = sorted(p.name for p in EXPORTS.iterdir())


def _cli(path: Path, fields: str | None, capsys: pytest.CaptureFixture[str], out: Path) -> tuple[int, str, bytes | None]:
    """Status, stderr and the -o output ``out`` of ``thread FILE -f json``."""
    out.unlink(missing_ok=True)
    status = main(["thread", str(path), "-f", "json", "-o", str(out), *(["--fields", fields] if fields else [])])
    return status, capsys.readouterr().err, out.read_bytes() if out.exists() else None


def _damaged(data: bytes, name: str) -> list[tuple[str, bytes]]:
    """Cuts at a few bytes (never at a line end: whole lines are a shorter file, not a damaged one), a stray NUL, the
    same text in UTF-16 with its byte-order mark, gzip- and zstd-compressed."""
    import random

    import zstandard

    rng = random.Random(name)
    cuts = [c for c in rng.sample(range(2, len(data) - 1), 6) if b"\n" not in data[c - 1 : c + 1]][:4]
    nul = rng.randrange(1, len(data))
    out = [(f"cut{c}", data[:c]) for c in cuts] + [("nul", data[:nul] + b"\0" + data[nul:])]
    out += [("utf16", data.decode("utf-8").encode("utf-16")), ("gz", gzip.compress(data)),
            ("zst", zstandard.ZstdCompressor().compress(data))]
    return out


@pytest.mark.parametrize("name", _SAMPLES)
def test_a_damaged_export_is_one_line_or_the_same_read(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each sample cut short, with a stray NUL, in UTF-16 or compressed: the CLI reads it as the original reads, or says
    one line naming the file (and, for a cut JSON or XML export, that it is cut short), status 2 and no output; never
    a traceback. A cut inside a string, a \\u escape or after a high surrogate's said only 'malformed JSON'."""
    fields = _TABLES.get(name)
    data = (EXPORTS / name).read_bytes()
    out_file = tmp_path / "out.json"
    want = _cli(EXPORTS / name, fields, capsys, out_file)
    for label, raw in _damaged(data, name):
        path = tmp_path / f"{label}.{name}"
        path.write_bytes(raw)
        status, err, out = _cli(path, fields, capsys, out_file)
        if status == 0 and label in ("utf16", "gz", "zst"):
            assert out == want[2].replace(str(EXPORTS / name).encode(), str(path).encode()) if want[2] else out is None, label
            continue
        if status == 0:
            continue  # a cut that leaves a shorter table or page, a NUL where text allows it
        assert status == 2 and out is None and err.count("\n") == 1 and f"{path}" in err, (label, err)
        assert "Traceback" not in err and "internal error" not in err, (label, err)
        if label.startswith("cut") and name.endswith((".json", ".jsonl", ".ndjson", ".xml", ".js", ".csv", ".tsv")) and len(raw) > 24:
            assert "cut short" in err, (label, err)


@pytest.mark.parametrize(("make", "said"), [(lambda p: p.write_bytes(b""), "empty input"), (lambda p: p.mkdir(), "is a directory")])
def test_an_empty_file_or_a_directory_is_one_line(make: object, said: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "export.json"
    make(path)  # type: ignore[operator]
    status, err, out = _cli(path, None, capsys, tmp_path / "out.json")
    assert (status, out) == (2, None) and err == f"bilingual: error: {path}: {said}" + ("\n" if said == "empty input" else ", not a file\n")


@pytest.mark.parametrize("sample", ["reddit_comments.ndjson", "disqus_two_threads.xml", "reddit_thread.json"])
@pytest.mark.parametrize("compress", [False, True])
def test_a_library_caller_names_the_input_without_losing_its_path(sample: str, compress: bool, tmp_path: Path) -> None:
    """``name`` is what errors call the input, not where it is read from: ``iter_threads(path, name="my dump")`` read
    the file ``my dump`` ("no such file") until the file was opened by its path; errors still carry the name."""
    data = (EXPORTS / sample).read_bytes()
    path = tmp_path / (sample + (".gz" if compress else ""))
    path.write_bytes(gzip.compress(data) if compress else data)
    named = [t.comments for t in iter_threads(path, name="my dump")]
    assert named == [t.comments for t in iter_threads(path)] and named
    with pytest.raises(InputError, match=r"^my dump: no such file$"):
        list(iter_threads(tmp_path / "missing.jsonl", name="my dump"))
