"""Bad input in a corpus costs only the bad record (issues 18, 15 and 19).

In-process (fast): the shards of real-shaped inputs with one bad line in the middle hold every valid
comment and the reading reports that line; a duplicate id in each reader keeps the thread and the
first comment; orphans and cycles are kept with a flag; the single-thread commands keep their
fail-fast one-line error, which names the place and says what ``--skip-bad`` does with it.

On a real ``distributed.LocalCluster`` of 2 worker processes (slow): ``bilingual corpus`` on a
3-thread JSONL with a bad line writes every valid comment and names the line in errors.jsonl; a run
cut short and resumed lists each failure once; a duplicate id; ``--strict``; nothing readable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.cli import main
from bilingual.corpus.shards import REASON_CHARS, ReadOptions, error_entry, iter_shards, warning_entries
from bilingual.errors import InputError, Skipped
from bilingual.pipeline import Settings
from bilingual.threads import Thread, iter_threads

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"


def three_threads(path: Path, bad: str | None = None, at: int = 5) -> Path:
    """A JSONL dump of 3 threads of 3 comments (Arabic, a request, the author's translation), the
    threads' lines interleaved as a crawler writes them; ``bad`` is put in as line ``at`` (1-based)."""
    rows = []
    for k in range(3):
        for t in range(3):
            text = ["اللهم بلغنا رمضان", "What does that say?", "It says: O God, let us reach Ramadan"][k]
            rows.append(json.dumps({
                "id": f"t{t}-c{k}", "parent": None if k == 0 else f"t{t}-c{k - 1}", "author": ["amal", "bob", "amal"][k],
                "text": text, "thread": f"thread-{t}", "created": f"2024-0{t + 1}-0{k + 1}T10:00:00Z",
            }, ensure_ascii=False))
    if bad is not None:
        rows.insert(at - 1, bad)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


VALID_IDS = sorted(f"t{t}-c{k}" for t in range(3) for k in range(3))


def read_shards(paths: list[Path], read_options: ReadOptions | None = None) -> tuple[list[Thread], list[dict[str, Any]]]:
    """Every thread the corpus would process, and every errors.jsonl entry of the reading, in order."""
    errors: list[dict[str, Any]] = []
    threads = [t for s in iter_shards([str(p) for p in paths], read_options or ReadOptions(), 2, errors.append) for t in s.threads]
    return threads, errors


# --- in-process ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [
    "{not json",
    "42",
    "[1, 2]",
    "null",
    '"just a string"',
    '{"id": "x1", "thread": "thread-1"}',  # no text
    '{"id": "x2", "text": 7, "thread": "thread-1"}',  # text not a string
    '{"text": "no id", "thread": "thread-1"}',
    '{"id": "x3", "text": "NaN score", "score": NaN, "thread": "thread-1"}',
    '{"id": "x4", "text": "huge", "score": 1e999, "thread": "thread-1"}',
    '{"id": "x5", "text": "deep", "nest": ' + "[" * 600 + "]" * 600 + "}",
    '{"id": "x6", "text": "cut sh',
], ids=["not-json", "number", "array", "null", "string", "no-text", "text-number", "no-id", "nan", "huge-float", "too-deep", "cut"])
def test_one_bad_line_in_the_middle_costs_only_that_line(bad: str, tmp_path: Path) -> None:
    path = three_threads(tmp_path / "dump.jsonl", bad, at=5)
    threads, errors = read_shards([path])
    assert sorted(c.id for t in threads for c in t.comments) == VALID_IDS
    assert sorted(t.id for t in threads) == ["thread-0", "thread-1", "thread-2"]
    (entry,) = errors
    assert {k: entry[k] for k in ("kind", "input", "thread", "location", "line")} == {
        "kind": "record", "input": str(path), "thread": None, "location": f"{path}:5", "line": 5}
    assert entry["reason"] and "\n" not in entry["reason"] and not entry["reason"].startswith(str(path))
    # read strictly, the same line is the input's one-line error, which says that --skip-bad skips it
    with pytest.raises(InputError) as err:
        list(iter_threads(str(path)))
    assert err.value.location == f"{path}:5" and err.value.message.endswith("; --skip-bad skips this record")


def test_a_huge_number_as_an_id_is_read_not_lost(tmp_path: Path) -> None:
    """A 5,000-digit id or parent is an id like any other (issue 19): kept, and its reply with it."""
    huge = "9" * 5000
    path = three_threads(tmp_path / "dump.jsonl", '{"id": ' + huge + ', "text": "big", "thread": "thread-1"}', at=5)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "r", "parent": huge, "text": "a reply", "thread": "thread-1"}) + "\n")
    threads, errors = read_shards([path])
    assert errors == []
    (one,) = [t for t in threads if t.id == "thread-1"]
    assert one.get("r").parent == huge and one.get(huge).text == "big"


def test_undecodable_bytes_on_a_line_cost_that_line(tmp_path: Path) -> None:
    path = three_threads(tmp_path / "dump.jsonl")
    lines = path.read_bytes().split(b"\n")
    lines.insert(6, b'{"id": "x", "text": "caf\xe9", "thread": "thread-1"}')
    path.write_bytes(b"\n".join(lines))
    threads, errors = read_shards([path])
    assert sorted(c.id for t in threads for c in t.comments) == VALID_IDS
    (entry,) = errors
    assert (entry["kind"], entry["line"]) == ("record", 7) and "byte offset" in entry["reason"]


def test_many_bad_lines_each_listed_once_in_reading_order(tmp_path: Path) -> None:
    path = three_threads(tmp_path / "dump.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    for at in (1, 4, 8, 12):  # the first line too: its input is still told from the lines after it
        lines.insert(at - 1, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = three_threads(tmp_path / "other.jsonl", "[]", at=2)
    threads, errors = read_shards([path, other])
    assert sorted(c.id for t in threads for c in t.comments) == sorted(VALID_IDS * 2)
    assert [(e["input"], e["line"]) for e in errors] == [(str(path), n) for n in (1, 4, 8, 12)] + [(str(other), 2)]


def test_an_input_of_bad_lines_only_fails_naming_the_first(tmp_path: Path) -> None:
    path = tmp_path / "junk.jsonl"
    path.write_text('{"id": "1", "text": 1}\n{"id": "2", "text": 2}\n', encoding="utf-8")
    good = three_threads(tmp_path / "good.jsonl")
    threads, errors = read_shards([path, good])
    assert sorted(c.id for t in threads for c in t.comments) == VALID_IDS
    (entry,) = errors
    assert (entry["kind"], entry["input"], entry["location"]) == ("input", str(path), str(path))
    assert entry["reason"].startswith("no readable comment (2 bad records skipped, the first: ") and f"{path}:1" in entry["reason"]


@pytest.mark.parametrize("packing", ["zst", "gz"])
def test_a_dump_cut_short_keeps_the_comments_before_the_cut(packing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed download: the input is listed as failed, naming the cut, and every whole line before it is read;
    strictly, nothing of it is."""
    import gzip

    import zstandard

    from bilingual.threads import source

    monkeypatch.setattr(source, "_CHUNK", 4096)  # a dump of many blocks, kept small

    rows = [json.loads(line) for line in three_threads(tmp_path / "dump.jsonl").read_text(encoding="utf-8").splitlines()]
    body = "".join(json.dumps({**row, "id": f"{r}-{row['id']}", "parent": row["parent"] and f"{r}-{row['parent']}",
                               "thread": f"{r}-{row['thread']}"}, ensure_ascii=False) + "\n" for r in range(150) for row in rows).encode()
    packed = zstandard.ZstdCompressor().compress(body) if packing == "zst" else gzip.compress(body)
    path = tmp_path / f"cut.jsonl.{packing}"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    threads, errors = read_shards([path])
    assert threads and errors[-1]["kind"] == "input" and errors[-1]["location"] == str(path)
    assert f"truncated .{packing} file" in errors[-1]["reason"] and f"the {len(threads)} threads before the cut were read" in errors[-1]["reason"]
    read_ids = [c.id for t in threads for c in t.comments]
    every = [json.loads(line)["id"] for line in body.decode().splitlines()]
    assert read_ids and set(read_ids) <= set(every) and len(set(read_ids)) == len(read_ids)
    assert sorted(read_ids) == sorted(every[: len(read_ids)])  # the comments before the cut, none after it
    assert read_shards([path], ReadOptions(skip_bad=False)) == ([], [errors[-1] | {"reason": errors[-1]["reason"].split("; the ")[0]}])


def _duplicated(name: str, tmp_path: Path) -> tuple[Path, str]:
    """An export of ``tests/data/exports`` with one comment's id given again to a later, different comment:
    the path and the id."""
    src = EXPORTS / name
    out = tmp_path / name
    text = src.read_text(encoding="utf-8")
    if name == "disqus_two_threads.xml":  # Mallory's post reusing Alice's id (issue 19)
        post = text[text.index('<post dsq:id="p1">') : text.index("</post>") + len("</post>")]
        fake = post.replace("Prophettttt", "Mallory").replace("ديمقراطية", "spoofed")
        end = text.rindex("</disqus>")
        out.write_text(text[:end] + fake + "\n" + text[end:], encoding="utf-8")
        return out, "p1"
    if name == "4chan_thread.json":
        doc = json.loads(text)
        first = doc["posts"][1]
        doc["posts"].append({**first, "com": "spoofed", "name": "Mallory"})
        out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return out, str(first["no"])
    lines = text.splitlines()
    if name == "comments.csv":
        first = lines[1]
        out.write_text("\n".join([*lines, first.replace("alice", "mallory").replace("اللهم", "spoofed")]) + "\n", encoding="utf-8")
        return out, first.split(",")[0]
    records = [json.loads(line) for line in lines if line.strip()]
    key = {"reddit_comments.ndjson": "id", "youtube_downloader.jsonl": "cid", "x_v2.jsonl": "id"}[name]
    body = {"reddit_comments.ndjson": "body", "youtube_downloader.jsonl": "text", "x_v2.jsonl": "text"}[name]
    first = next(r for r in records if body in r and r.get(key))
    fake = {**first, body: "spoofed"}
    out.write_text("\n".join([*lines, json.dumps(fake, ensure_ascii=False)]) + "\n", encoding="utf-8")
    return out, str(first[key])


@pytest.mark.parametrize("name", [
    "reddit_comments.ndjson", "youtube_downloader.jsonl", "x_v2.jsonl", "4chan_thread.json", "comments.csv", "disqus_two_threads.xml",
])
def test_a_duplicate_id_keeps_the_thread_and_the_first_comment_in_every_reader(name: str, tmp_path: Path) -> None:
    path, cid = _duplicated(name, tmp_path)
    fields = "id=comment_id,parent=reply_to,author=user,text=body,time=created,thread=post_id" if name == "comments.csv" else None
    from bilingual.threads import parse_fields

    options = ReadOptions(fields=parse_fields(fields) if fields else None)
    plain, _ = read_shards([EXPORTS / name], options)
    threads, errors = read_shards([path], options)
    assert [(t.id, len(t.comments)) for t in threads] == [(t.id, len(t.comments)) for t in plain]  # no thread lost, none grows
    kept = [c for t in threads for c in t.comments if c.id.endswith(cid)]
    before = [c for t in plain for c in t.comments if c.id.endswith(cid)]
    assert len(kept) == 1 and kept[0].to_dict() == before[0].to_dict() and "spoofed" not in (kept[0].text or "")
    (entry,) = errors
    assert entry["kind"] == "record" and entry["thread"] in {t.id for t in threads}
    lines_named = name not in ("disqus_two_threads.xml", "4chan_thread.json")  # those name the post: "post N", "1 post N"
    assert entry["location"].startswith(f"{path}:") and (entry["line"] is not None) == lines_named
    assert entry["reason"].startswith("duplicate comment id") and "left out" in entry["reason"]
    # read strictly: the one-line error names the place and says what --skip-bad does
    with pytest.raises(InputError, match="duplicate comment id .*; --skip-bad keeps the first and skips this one$"):
        list(iter_threads(str(path), fields=options.fields))


def test_orphans_and_cycles_are_kept_at_top_level_with_a_flag_and_listed(tmp_path: Path) -> None:
    path = three_threads(tmp_path / "dump.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in rows}
    by_id["t0-c1"]["parent"] = "gone"  # its parent is not in the dump
    by_id["t2-c0"]["parent"] = "t2-c2"  # t2: c0 -> c2 -> c1 -> c0, a loop
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    threads, errors = read_shards([path])
    comments = {c.id: c for t in threads for c in t.comments}
    assert sorted(comments) == VALID_IDS
    assert comments["t0-c1"].parent is None and "orphan" in comments["t0-c1"].flags and comments["t0-c1"].depth == 0
    assert [c.id for c in comments.values() if "cycle" in c.flags] and all(c.depth == 0 for c in comments.values() if "cycle" in c.flags)
    assert [(e["kind"], e["thread"]) for e in errors] == [("warning", "thread-0"), ("warning", "thread-2")]
    assert "is not in the input" in errors[0]["reason"] and errors[0]["location"] == f"{path}:4"
    assert "reply cycle" in errors[1]["reason"] and errors[1]["line"] is not None
    # a platform export's orphans are its usual partial dumps: flagged on the comment, not listed
    reddit = tmp_path / "reddit.ndjson"
    reddit.write_text(json.dumps({"id": "c9", "body": "hi", "link_id": "t3_x", "parent_id": "t1_gone", "subreddit": "a", "author": "a"}) + "\n")
    threads, errors = read_shards([reddit])
    assert errors == [] and threads[0].comments[0].flags == ["orphan"]


@settings(max_examples=examples(40))
@given(name=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20), line=st.integers(1, 10**9),
       reason=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=2 * REASON_CHARS))
def test_an_entry_names_its_line_and_keeps_its_reason_to_one_bounded_line(name: str, line: int, reason: str) -> None:
    entry = error_entry("record", name, reason, location=f"{name}:{line}")
    assert entry["line"] == line and entry["location"] == f"{name}:{line}" and entry["input"] == name
    assert len(entry["reason"]) <= REASON_CHARS and reason.startswith(entry["reason"].rstrip("\u2026"))
    assert error_entry("input", name, reason)["line"] is None
    thread = Thread(article=None, comments=[], format="jsonl", id="t",
                    warnings=[Skipped(f"{name}:{line}", "malformed JSON"), f"{name}:{line}:3: reply cycle through comment 'a'; cut there"])
    skipped, warned = warning_entries(name, thread)
    assert (skipped["kind"], skipped["thread"], skipped["line"], skipped["reason"]) == ("record", None, line, "malformed JSON")
    assert (warned["kind"], warned["thread"], warned["location"], warned["line"]) == ("warning", "t", f"{name}:{line}:3", line)
    assert warned["reason"] == "reply cycle through comment 'a'; cut there"


def test_a_note_on_a_whole_thread_is_not_named_twice(tmp_path: Path) -> None:
    """A thread's own note (a yt-dlp video whose file holds fewer comments than it shows, a Reddit page's unloaded
    top-level comments) starts with the input's name: errors.jsonl and stderr gave it twice ("v.json: v.json: ...")."""
    path = tmp_path / "v.info.json"
    path.write_bytes((EXPORTS / "yt_dlp.info.json").read_bytes())
    (thread,) = iter_threads(str(path))
    (entry,) = warning_entries(str(path), thread)
    assert entry["reason"].startswith("the video shows 5 comments") and entry["thread"] == "q3Rk7Hn0aXs"


def test_a_skipped_record_names_its_thread_by_its_field_not_its_wording() -> None:
    """A record read as one of the thread's comments (a duplicate id) names the thread in errors.jsonl;
    a line whose thread is unknown does not, whatever its reason says; the field survives pickling
    (the corpus's workers send warnings back)."""
    import pickle

    inside = Skipped("d.jsonl:7", "a reason in other words", in_thread=True)
    outside = Skipped("d.jsonl:8", "duplicate comment id 'x' (first at d.jsonl:2)")
    thread = Thread(article=None, comments=[], format="jsonl", id="t", warnings=[inside, outside])
    first, second = warning_entries("d.jsonl", thread)
    assert (first["thread"], first["line"], second["thread"], second["line"]) == ("t", 7, None, 8)
    again = pickle.loads(pickle.dumps(inside))
    assert (again, again.location, again.reason, again.in_thread) == (inside, "d.jsonl:7", "a reason in other words", True)


@pytest.mark.parametrize("command", [["report", "--no-mt"], ["thread"], ["pairs", "--no-mt"]])
def test_a_single_input_command_fails_fast_naming_the_line_and_the_way_on(command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.jsonl"
    rows = [json.dumps({"id": "1", "text": "اللهم بلغنا رمضان"}, ensure_ascii=False), "{not json", json.dumps({"id": "2", "parent": "1", "text": "O God"})]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main([command[0], str(path), *command[1:]]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"bilingual: error: {path}:2: malformed JSON")
    assert err.endswith("--skip-bad skips this record")
    assert main([command[0], str(path), *command[1:], "--skip-bad"]) == 0
    assert f"bilingual: warning: {path}:2: malformed JSON" in capsys.readouterr().err


def test_the_corpus_skips_bad_records_unless_strict() -> None:
    from bilingual.cli import build_parser

    def skip(*extra: str) -> bool:
        return bool(build_parser("corpus").parse_args(["corpus", "in.jsonl", "-o", "out", *extra]).skip_bad)

    assert skip() and skip("--skip-bad") and not skip("--strict") and skip("--strict", "--skip-bad")
    assert ReadOptions().skip_bad  # the library's default is the command's


def test_the_index_counts_records_left_out_and_warnings(tmp_path: Path) -> None:
    from bilingual.corpus.index import write_index
    from bilingual.corpus.shards import Layout
    from bilingual.corpus.summary import Totals

    layout = Layout(tmp_path / "out")
    layout.threads.mkdir(parents=True)
    summary = Totals().to_dict(Settings(mt=False), 1, {"threads": 0, "inputs": 0, "records": 3}, 2)
    write_index(layout, summary, 0)
    page = layout.index.read_text(encoding="utf-8")
    assert "3 records left out, 0 threads and 0 inputs failed</strong>; 2 reading warnings" in page
    summary = Totals().to_dict(Settings(mt=False), 1, {"threads": 0, "inputs": 0, "records": 0}, 0)
    write_index(layout, summary, 0)
    assert 'id="failures"' not in layout.index.read_text(encoding="utf-8")


# --- on a real LocalCluster of 2 worker processes ------------------------------------------------------


@pytest.fixture(scope="module")
def cluster(no_model_home: Path) -> Iterator[Any]:
    """A LocalCluster of 2 worker processes (started with the isolated model/cache environment)."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL) as c:
        yield c


def corpus(cluster: Any, *args: str) -> int:
    """``bilingual corpus`` on the module's cluster, without machine translation."""
    return main(["corpus", *args, "--no-mt", "--scheduler", cluster.scheduler_address])


def reference(paths: list[Path]) -> list[str]:
    """Each thread's record built alone in this process (read with --skip-bad, as the corpus reads)."""
    from bilingual.pipeline import load_machine, run
    from bilingual.report import build

    settings = Settings(mt=False, decode={"beam_size": 4, "num_hypotheses": 1})
    machine = load_machine(settings)
    return [
        json.dumps(build(run(thread, settings, machine=machine), source=str(path)).to_dict(), ensure_ascii=False, allow_nan=False) + "\n"
        for path in paths for thread in iter_threads(str(path), skip_bad=True)
    ]


def outputs(outdir: Path) -> dict[str, Any]:
    """What a run wrote that must not depend on how it ran (markers hold timings and pids)."""
    return {
        "records": [line for p in sorted((outdir / "threads").glob("part-*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines()],
        "summary": json.loads((outdir / "summary.json").read_text(encoding="utf-8")),
        "errors": (outdir / "errors.jsonl").read_text(encoding="utf-8"),
        "index": (outdir / "index.html").read_text(encoding="utf-8"),
        "files": sorted(str(p.relative_to(outdir)) for p in outdir.rglob("*") if p.is_file() and p.name != ".lock"),
    }


def errors_of(outdir: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (outdir / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_a_corpus_with_a_bad_line_writes_every_valid_comment_and_names_the_line(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = three_threads(tmp_path / "dump.jsonl", "{not json", at=5)
    out = tmp_path / "out"
    capsys.readouterr()
    assert corpus(cluster, str(path), "-o", str(out), "--shard-size", "1") == 0
    err = capsys.readouterr().err
    assert f"bilingual: warning: {path}:5: malformed JSON" in err
    assert "1 record left out, 0 threads and 0 inputs failed" in err and "errors.jsonl" in err
    assert [line + "\n" for line in outputs(out)["records"]] == reference([path])
    written = sorted(c["id"] for line in outputs(out)["records"] for c in json.loads(line)["thread"]["comments"])
    assert written == VALID_IDS
    (entry,) = errors_of(out)
    assert (entry["kind"], entry["location"], entry["line"]) == ("record", f"{path}:5", 5)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["failed"] == {"threads": 0, "inputs": 0, "records": 1} and summary["comments"] == 9
    assert "1 record left out" in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_run_cut_short_and_resumed_lists_each_failure_once(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Shards lost as a kill loses them (markers gone, a temporary file left): the resumed run's outputs,
    errors.jsonl included, are those of one uninterrupted run."""
    path = three_threads(tmp_path / "dump.jsonl", "{not json", at=2)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(7, "[]")
    lines.append(json.dumps({"id": "t1-c0", "text": "again", "thread": "thread-1"}))  # a duplicate, left out
    lines.append(json.dumps({"id": "lost", "parent": "nowhere", "text": "orphan", "thread": "thread-2"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, clean = tmp_path / "out", tmp_path / "clean"
    args = [str(path), "--shard-size", "1"]
    assert corpus(cluster, *args, "-o", str(clean)) == 0
    assert [(e["kind"], e["line"]) for e in errors_of(clean)] == [("record", 2), ("record", 8), ("record", 12), ("warning", 13)]
    assert corpus(cluster, *args, "-o", str(out)) == 0
    for n in (0, 2):
        (out / "threads" / f"part-{n:05d}.done.json").unlink()
    (out / "threads" / "part-00002.jsonl").unlink()
    (out / "summary.json").unlink()
    (out / "errors.jsonl").unlink()
    (out / "threads" / ".tmp-part-00002.jsonl.x").write_text("half")
    capsys.readouterr()
    assert corpus(cluster, *args, "-o", str(out)) == 0
    assert "1 done by an earlier run" in capsys.readouterr().err
    assert outputs(out) == outputs(clean)


@pytest.mark.slow
def test_a_duplicate_id_in_a_corpus_keeps_its_thread(cluster: Any, tmp_path: Path) -> None:
    path = three_threads(tmp_path / "dump.jsonl")
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "t1-c1", "parent": "t1-c0", "text": "by Mallory", "author": "mallory", "thread": "thread-1"}) + "\n")
    disqus, _ = _duplicated("disqus_two_threads.xml", tmp_path)
    out = tmp_path / "out"
    assert corpus(cluster, str(path), str(disqus), "-o", str(out)) == 0
    records = [json.loads(line) for line in outputs(out)["records"]]
    assert [r["thread"]["id"] for r in records] == ["thread-0", "thread-1", "thread-2", "t1", "t2"]
    by_id = {c["id"]: c for r in records for c in r["thread"]["comments"]}
    assert by_id["t1-c1"]["author"] == "bob" and by_id["p1"]["author"] == "Prophettttt"
    assert [(e["kind"], e["input"], e["thread"]) for e in errors_of(out)] == [("record", str(path), "thread-1"), ("record", str(disqus), "t1")]


@pytest.mark.slow
def test_strict_stops_at_the_first_bad_record_and_nothing_readable_exits_2(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = three_threads(tmp_path / "dump.jsonl", "{not json", at=5)
    capsys.readouterr()
    assert corpus(cluster, str(path), "-o", str(tmp_path / "strict"), "--strict") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"bilingual: error: {path}:5: malformed JSON") and err[-1].endswith("--skip-bad skips this record")
    assert not (tmp_path / "strict" / "summary.json").exists()
    junk = tmp_path / "junk.jsonl"
    junk.write_text("{broken\n[]\n", encoding="utf-8")
    assert corpus(cluster, str(junk), "-o", str(tmp_path / "junk")) == 2
    assert "1 input failed" in capsys.readouterr().err
    (entry,) = errors_of(tmp_path / "junk")
    assert (entry["kind"], entry["location"]) == ("input", f"{junk}:1") and entry["reason"].startswith("malformed JSON")


@pytest.mark.slow
def test_stderr_names_the_first_failures_and_errors_jsonl_every_one(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bilingual.corpus.runner import NOTED_FAILURES

    path = three_threads(tmp_path / "dump.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:4] + ["[]"] * (NOTED_FAILURES + 5) + lines[4:]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert corpus(cluster, str(path), "-o", str(tmp_path / "out")) == 0
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith(f"bilingual: warning: {path}:")] == [
        f"bilingual: warning: {path}:{n}: expected a JSON object, got an array" for n in range(5, 5 + NOTED_FAILURES)]
    assert err.count("more failures of the reading are listed in errors.jsonl only") == 1
    assert f"{NOTED_FAILURES + 5} records left out" in err
    assert [e["line"] for e in errors_of(tmp_path / "out")] == list(range(5, 5 + NOTED_FAILURES + 5))
