"""``bilingual corpus``: shards, manifest, summary and index in-process (fast), and on a real
``distributed.LocalCluster`` of 2 worker processes (slow): a whole run equals the thread-by-thread
reports, a run killed by SIGKILL and resumed gives the same outputs, a worker killed mid-run changes
nothing, a broken input goes to errors.jsonl.

Record equality: each line of ``threads/part-*.jsonl`` is compared byte for byte with
``json.dumps(report.to_dict(), ensure_ascii=False, allow_nan=False)`` of the same thread built alone
in this process (``pipeline.run`` + ``report.build``, the code ``bilingual report -f json`` runs; its
file only differs by ``indent=2``), and the parsed objects with the parsed ``bilingual report -f json``
output of a one-thread file (``source`` aside, which names that file).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilingual.cli import main
from bilingual.corpus.shards import Layout, ReadOptions, iter_shards, make_manifest, prepare
from bilingual.errors import InputError
from bilingual.pipeline import Settings

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"

PAIRS = [
    ("اللهم بلغنا رمضان", "O God, let us reach Ramadan"),
    ("السلام عليكم ورحمة الله وبركاته", "Peace be upon you and the mercy and blessings of God"),
    ("أنا لا أفهم ما تقول يا أخي", "I do not understand what you are saying, brother"),
    ("الحمد لله على كل حال", "Praise be to God in every situation"),
    ("لن ننسى ولن نسامح.", "We will not forget and we will not forgive."),
]
ENGLISH = ["Please translate this.", "I agree with you.", "What does that say?", "Nice article, thanks.", "Source?"]


def make_corpus(path: Path, threads: int, comments: int, seed: int = 0) -> Path:
    """A JSONL corpus of ``threads`` threads of ``comments`` comments each: Arabic posts, requests,
    the author's translations, Arabizi, English chatter, dates, and a hostile author name (RLO)."""
    rng = random.Random(seed)
    lines = []
    for t in range(threads):
        for k in range(comments):
            cid = f"{t}-{k}"
            parent = None if k == 0 or rng.random() < 0.3 else f"{t}-{rng.randrange(k)}"
            roll = rng.random()
            arabic, english = rng.choice(PAIRS)
            if roll < 0.25:
                text = f"{arabic}\n\nTranslation: {english}"
            elif roll < 0.35:
                text = arabic
            elif roll < 0.4:
                text = "inshallah ya 7abibi"
            else:
                text = rng.choice(ENGLISH)
            lines.append(json.dumps({
                "id": cid, "parent": parent, "author": rng.choice(["amal", "bob", "\u202etxet\u202c"]), "text": text,
                "thread": f"thread-{t}", "created": f"2023-{1 + t % 12:02d}-{1 + k % 28:02d}T00:00:00Z",
            }, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def reference(paths: list[Path], settings: Settings) -> list[str]:
    """Each thread's record built alone, in this process: what the corpus's part files must hold."""
    from bilingual.pipeline import load_machine, run
    from bilingual.report import build
    from bilingual.threads import iter_threads

    from bilingual.safe import json_escaped

    machine = load_machine(settings)
    return [
        json_escaped(json.dumps(build(run(thread, settings, machine=machine), source=str(path)).to_dict(), ensure_ascii=False, allow_nan=False)) + "\n"
        for path in paths for thread in iter_threads(str(path), skip_bad=True)  # as the corpus reads
    ]


def records(outdir: Path) -> list[str]:
    """The lines of every part file, in shard order."""
    return [line for part in sorted((outdir / "threads").glob("part-*.jsonl")) for line in part.read_text(encoding="utf-8").splitlines(keepends=True)]


def outputs(outdir: Path) -> dict[str, Any]:
    """Everything a run wrote that must not depend on how it ran (markers hold timings and pids),
    the thread reports by name and content; nothing names OUTDIR, so two OUTDIRs compare too."""
    return {
        "records": records(outdir),
        "summary": json.loads((outdir / "summary.json").read_text(encoding="utf-8")),
        "errors": (outdir / "errors.jsonl").read_text(encoding="utf-8"),
        "reports": {str(p.relative_to(outdir)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((outdir / "reports").rglob("*.html"))},
        "index": (outdir / "index.html").read_text(encoding="utf-8"),
        "files": sorted(str(p.relative_to(outdir)) for p in outdir.rglob("*") if p.is_file() and p.name != ".lock"),
    }


# --- in-process: no cluster -----------------------------------------------------------------------------


def test_shards_are_cut_the_same_way_on_every_read(tmp_path: Path) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 7, 3)
    b = make_corpus(tmp_path / "b.jsonl", 2, 3, seed=1)
    errors: list[dict[str, Any]] = []

    def cut() -> list[tuple[int, int, int, list[str | None]]]:
        return [(s.number, s.input, s.first, [t.id for t in s.threads]) for s in iter_shards([str(a), str(b)], ReadOptions(), 3, errors.append)]

    first = cut()
    assert first == cut()
    # a.jsonl: one whole shard, then its tail of 4 threads (12 comments) in halves: 2, 1, 1; b.jsonl fits one shard
    assert [(n, i, f, len(ids)) for n, i, f, ids in first] == [(0, 0, 0, 3), (1, 0, 3, 2), (2, 0, 5, 1), (3, 0, 6, 1), (4, 1, 0, 2)]
    assert [i for *_, ids in first for i in ids] == [f"thread-{t}" for t in range(7)] + ["thread-0", "thread-1"]
    assert errors == []


@pytest.mark.parametrize("seed", range(20))
def test_a_tail_is_cut_in_halves_of_what_is_left(seed: int) -> None:
    from types import SimpleNamespace

    from bilingual.corpus.shards import TAIL_HALVINGS, tail_cut

    rng = random.Random(seed)
    threads = [SimpleNamespace(comments=[0] * rng.choice([1, 2, 5, 50, 50, 50, 400])) for _ in range(rng.randint(1, 200))]
    sizes = tail_cut(threads)  # type: ignore[arg-type]
    assert sum(sizes) == len(threads) and all(n >= 1 for n in sizes) and len(sizes) <= TAIL_HALVINGS + 1
    start = 0
    for n in sizes[:TAIL_HALVINGS]:
        left = sum(len(t.comments) for t in threads[start:])
        taken = sum(len(t.comments) for t in threads[start : start + n])
        assert n == 1 or taken <= left / 2  # at most half of what is left (one thread at least)
        if start + n < len(threads):  # and as much as fits: one more thread would pass the half
            assert taken + len(threads[start + n].comments) > left / 2
        start += n


@pytest.mark.parametrize("threads", [1, 4, 5, 6, 9, 10, 11, 23])
def test_iter_shards_keeps_every_thread_once_in_order(threads: int, tmp_path: Path) -> None:
    from bilingual.corpus.shards import tail_cut
    from bilingual.threads import iter_threads

    def make_threads(path: Path) -> list[Any]:
        return list(iter_threads(str(path)))

    path = make_corpus(tmp_path / "a.jsonl", threads, 2)
    got = list(iter_shards([str(path)], ReadOptions(), 5, lambda *e: None))
    assert [t.id for s in got for t in s.threads] == [f"thread-{k}" for k in range(threads)]
    assert [s.number for s in got] == list(range(len(got)))
    assert [s.first for s in got] == [sum(len(x.threads) for x in got[:k]) for k in range(len(got))]
    if threads <= 5:
        assert len(got) == 1  # an input of one shard is not cut
    else:
        tail = 5 + threads % 5  # whole shards while a whole one follows: the last one to two shards' worth is the tail
        assert all(len(s.threads) == 5 for s in got if s.first < threads - tail)
        assert [len(s.threads) for s in got if s.first >= threads - tail] == tail_cut(make_threads(path)[-tail:])
        assert any(s.first == threads - tail for s in got)


def test_iter_shards_cuts_a_file_as_the_rule_says(tmp_path: Path) -> None:
    path = make_corpus(tmp_path / "a.jsonl", 23, 2)
    got = [(s.first, len(s.threads)) for s in iter_shards([str(path)], ReadOptions(), 5, lambda *e: None)]
    # whole shards of 5 up to thread 15; the last 8 threads (16 comments) halved: 4, 2, 1, 1
    assert got == [(0, 5), (5, 5), (10, 5), (15, 4), (19, 2), (21, 1), (22, 1)]


def test_a_shard_is_closed_early_at_the_comment_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.corpus import shards

    monkeypatch.setattr(shards, "SHARD_COMMENTS", 10)
    path = make_corpus(tmp_path / "a.jsonl", 9, 4)
    sizes = [len(s.threads) for s in iter_shards([str(path)], ReadOptions(), 100, lambda *e: None)]
    # shards of 3 threads (12 comments); the tail (threads 3-8, 24 comments) halved: 3, 1, 1, 1
    assert sizes == [3, 3, 1, 1, 1]


def test_an_unreadable_input_is_reported_and_the_next_one_read(tmp_path: Path) -> None:
    """Read strictly (``--strict``), a bad line fails its input; by default it costs only that line."""
    path = make_corpus(tmp_path / "a.jsonl", 4, 2)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:5] + ["{not json"] + lines[5:]) + "\n", encoding="utf-8")
    good = make_corpus(tmp_path / "b.jsonl", 2, 2)
    errors: list[dict[str, Any]] = []
    got = [(s.number, s.input, len(s.threads)) for s in iter_shards([str(path), str(good)], ReadOptions(skip_bad=False), 100, errors.append)]
    assert got == [(0, 1, 2)]
    (error,) = errors
    assert {k: error[k] for k in ("kind", "input", "thread", "location", "line")} == {
        "kind": "input", "input": str(path), "thread": None, "location": f"{path}:6", "line": 6}
    assert error["reason"].startswith("malformed JSON") and error["reason"].endswith("--skip-bad skips this record")
    errors.clear()
    got = [(s.number, s.input, len(s.threads)) for s in iter_shards([str(path), str(good)], ReadOptions(), 100, errors.append)]
    assert got == [(0, 0, 4), (1, 1, 2)]
    assert [(e["kind"], e["location"]) for e in errors] == [("record", f"{path}:6")]


def test_a_thread_that_forms_no_tree_is_reported_and_the_rest_of_its_input_read(tmp_path: Path) -> None:
    """A reply cycle in one thread of a dump: that thread is reported with its id, the input's other threads are read."""
    path = make_corpus(tmp_path / "a.jsonl", 4, 2)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    bad = rows[2]["thread"]
    ids = [r["id"] for r in rows if r["thread"] == bad]
    for r in rows:
        if r["id"] in ids[:2]:
            r["parent"] = ids[1] if r["id"] == ids[0] else ids[0]  # the first two comments answer each other: a loop
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    errors: list[dict[str, Any]] = []
    read = [t.id for s in iter_shards([str(path)], ReadOptions(skip_bad=False), 100, errors.append) for t in s.threads]
    assert sorted(read) == sorted({r["thread"] for r in rows} - {bad})
    (error,) = errors
    assert (error["kind"], error["input"], error["thread"]) == ("thread", str(path), bad) and "reply cycle" in error["reason"]
    # by default (--skip-bad) the loop is cut, the thread read, and the cut listed as a warning on it
    errors.clear()
    threads = [t for s in iter_shards([str(path)], ReadOptions(), 100, errors.append) for t in s.threads]
    assert sorted(t.id for t in threads) == sorted({r["thread"] for r in rows})
    (error,) = errors
    assert (error["kind"], error["thread"]) == ("warning", bad) and "reply cycle" in error["reason"] and error["line"] is not None
    assert sum(len(t.comments) for t in threads) == len(rows)
    # listed, and kept by its thread, whose report says it as a single-thread command's does
    assert [(t.id, len(t.warnings)) for t in threads if t.warnings] == [(bad, 1)] and "reply cycle" in threads[[t.id for t in threads].index(bad)].warnings[0]


def test_an_outdir_of_another_run_is_refused(tmp_path: Path) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 2, 2)
    b = make_corpus(tmp_path / "b.jsonl", 2, 2, seed=1)
    layout = Layout(tmp_path / "out")
    one = make_manifest([str(a)], ReadOptions(), Settings(mt=False), 10, False)
    assert prepare(layout, one, overwrite=False) == set()
    assert prepare(layout, one, overwrite=False) == set()  # the same run: resumed
    with pytest.raises(InputError, match="different inputs"):
        prepare(layout, make_manifest([str(b)], ReadOptions(), Settings(mt=False), 10, False), overwrite=False)
    with pytest.raises(InputError, match="different settings"):
        prepare(layout, make_manifest([str(a)], ReadOptions(), Settings(mt=True), 10, False), overwrite=False)
    (layout.threads / "part-00000.jsonl").write_text("x\n")
    assert prepare(layout, make_manifest([str(b)], ReadOptions(), Settings(mt=False), 10, False), overwrite=True) == set()
    assert not (layout.threads / "part-00000.jsonl").exists()
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="not empty"):
        prepare(Layout(foreign), one, overwrite=False)
    prepare(Layout(foreign), one, overwrite=True)
    assert (foreign / "notes.txt").read_text() == "mine"  # --overwrite removes only a run's own outputs


@pytest.mark.slow  # (a whole process or set: the slow run keeps it)
def test_the_cli_refuses_another_run_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 2, 2)
    out = tmp_path / "out"
    cli = Settings(mt=False, decode={"beam_size": 4, "num_hypotheses": 1})  # what --no-mt gives
    prepare(Layout(out), make_manifest([str(a)], ReadOptions(), cli, 100, False), overwrite=False)
    assert main(["corpus", str(a), "-o", str(out), "--no-mt", "--reports"]) == 2
    err = capsys.readouterr().err
    assert "another run's outputs (different --reports)" in err and "--overwrite" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "0"], "--workers 0"),
    (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler"),
    (["--shard-size", "0"], "--shard-size 0"),
])
def test_bad_options_are_one_line_errors(args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 1, 2)
    assert main(["corpus", str(a), "-o", str(tmp_path / "out"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_the_command_starts_the_fork_server_before_it_imports_dask(tmp_path: Path) -> None:
    """The workers' fork server (Dask and the warm-up, 1.5-2 s of one core) is the longest step of the
    start-up: started before the command's own import of Dask (0.3-0.9 s), the two overlap."""
    a = make_corpus(tmp_path / "a.jsonl", 1, 2)
    probe = (
        "import multiprocessing.forkserver as fs, sys\n"
        "from bilingual.cli import main\n"
        "def started():\n"
        "    print('dask imported:', 'distributed' in sys.modules, 'preload:', fs._forkserver._preload_modules)\n"
        "    raise SystemExit(0)\n"
        "fs.ensure_running = started\n"
        f"main(['corpus', {str(a)!r}, '-o', {str(tmp_path / 'out')!r}, '--no-mt'])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "dask imported: False preload: ['bilingual.corpus.calm', 'distributed', 'bilingual.corpus.warm']", done.stderr


def test_stdin_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "-", "-o", str(tmp_path / "out")]) == 2
    assert "save standard input to a file" in capsys.readouterr().err


def test_a_thread_that_fails_is_listed_and_its_shard_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In one process (no cluster): the failing thread is left out of the part, its id and one-line
    reason go to the marker, then to errors.jsonl and the summary's count."""
    import bilingual.pipeline
    from bilingual import __version__
    from bilingual.corpus.runner import Job, Options, Outcome, _ErrorLog, _write_outputs, process_shard

    path = make_corpus(tmp_path / "a.jsonl", 4, 3)
    settings = Settings(mt=False)
    original = bilingual.pipeline._segment

    def segment(thread: Any, *args: Any, **kwargs: Any) -> Any:
        if thread.id == "thread-2":
            raise RuntimeError("the pipeline broke\non two lines")
        return original(thread, *args, **kwargs)

    monkeypatch.setattr(bilingual.pipeline, "_segment", segment)
    out = tmp_path / "out"
    layout = Layout(out)
    prepare(layout, make_manifest([str(path)], ReadOptions(), settings, 100, False), overwrite=False)
    (shard,) = iter_shards([str(path)], ReadOptions(), 100, lambda *e: None)
    marker = process_shard(shard, Job(str(out), settings, False, __version__))
    assert marker["threads"] == 3 and len(marker["errors"]) == 1
    error = marker["errors"][0]
    assert {k: error[k] for k in ("kind", "input", "thread", "ordinal")} == {"kind": "thread", "input": str(path), "thread": "thread-2", "ordinal": 2}
    assert error["reason"].startswith("RuntimeError: the pipeline broke") and error["reason"].endswith("on two lines")
    assert "\n" not in error["reason"]
    assert [json.loads(line)["thread"]["id"] for line in records(out)] == ["thread-0", "thread-1", "thread-3"]
    outcome = Outcome(shards=1)
    log = _ErrorLog(layout.root)
    _write_outputs(layout, outcome, log, Options([str(path)], str(out), ReadOptions(), settings))
    log.close()
    assert (outcome.threads, outcome.failed_threads, outcome.failed_inputs) == (3, 1, 0)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == marker["errors"]
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["failed"] == {"threads": 1, "inputs": 0, "records": 0}


def test_a_packed_shard_writes_what_the_shard_writes_and_done_shards_are_not_packed(tmp_path: Path) -> None:
    """In one process: the task the client submits (the shard pickled once, :func:`pack`, so that the
    scheduler passes bytes instead of unpickling and pickling every comment) writes the same part file,
    reports and figures as the shard itself; the reader packs only the shards an earlier run has not done."""
    from bilingual import __version__
    from bilingual.corpus.runner import Job, Options, _ReadAhead, pack, process_shard

    path = make_corpus(tmp_path / "a.jsonl", 6, 5)
    settings = Settings(mt=False)
    shards = list(iter_shards([str(path)], ReadOptions(), 3, lambda *e: None))
    assert len(shards) > 1
    written = []
    for name in ("shard", "packed"):
        out = tmp_path / name
        prepare(Layout(out), make_manifest([str(path)], ReadOptions(), settings, 3, True), overwrite=False)
        job = Job(str(out), settings, True, __version__)
        marker = process_shard(shards[0] if name == "shard" else pack(shards[0]), job)
        del marker["worker"]
        written.append((marker, sorted((str(f.relative_to(out)), f.read_bytes()) for f in out.rglob("*") if f.is_file() and "done" not in f.name)))
    assert written[0] == written[1]
    reader = _ReadAhead(Options([str(path)], str(tmp_path / "r"), ReadOptions(), settings, shard_size=3), {0})
    packed = [(item[0].number, item[1] is None) for item in reader if isinstance(item, tuple)]
    reader.close()
    assert packed == [(s.number, s.number == 0) for s in shards]


def test_a_shards_reports_are_each_threads_html_report_and_a_failed_write_fails_the_shard(tmp_path: Path) -> None:
    """In one process: the reports, written in the worker's report thread, are byte for byte each
    thread's HTML report alone; a report that cannot be written fails the shard (no marker: redone)."""
    from bilingual import __version__
    from bilingual.corpus.runner import Job, process_shard
    from bilingual.corpus.shards import done_shards
    from bilingual.pipeline import load_machine, run
    from bilingual.report import build, html_pieces

    path = make_corpus(tmp_path / "a.jsonl", 3, 4)
    settings = Settings(mt=False)
    (shard,) = iter_shards([str(path)], ReadOptions(), 100, lambda *e: None)
    machine = load_machine(settings)
    for reports, blocked in ((True, False), (False, True)):
        out = tmp_path / f"out-{reports}"
        layout = Layout(out)
        prepare(layout, make_manifest([str(path)], ReadOptions(), settings, 100, reports), overwrite=False)
        job = Job(str(out), settings, reports, __version__)
        if blocked:  # a file where the shard's report folder goes: the first report cannot be written
            layout.reports.mkdir()
            (layout.reports / "part-00000").write_text("in the way")
            with pytest.raises(OSError):
                process_shard(shard, job)
            assert done_shards(layout) == set() and not layout.marker(0).exists()
            continue
        marker = process_shard(shard, job)
        links = [row["report"] for row in marker["rows"]]
        assert len(links) == 3 and all(links)
        for thread, link in zip(shard.threads, links):
            expected = "".join(html_pieces(build(run(thread, settings, machine=machine), source=str(path))))
            assert (out / link).read_text(encoding="utf-8") == expected
        assert not list(out.rglob(".tmp-*"))


def test_corpus_scores_from_summed_statistics_equal_corpus_score() -> None:
    from bilingual.compare import corpus_score
    from bilingual.corpus.summary import add_statistics, corpus_scores, pair_statistics

    rng = random.Random(3)
    machine = [" ".join(rng.choices(ENGLISH, k=2)) for _ in range(40)]
    human = [rng.choice([m, m.lower(), rng.choice(ENGLISH)]) for m in machine]
    total: dict[str, list[float]] = {"chrF": [], "TER": []}
    for start in range(0, 40, 7):  # shards of 7 pairs, summed
        part = pair_statistics(machine[start : start + 7], human[start : start + 7])
        total = {k: add_statistics(total[k], part[k]) for k in total}
    assert corpus_scores(total, 40) == corpus_score(machine, human).to_dict()
    assert corpus_scores({"chrF": [], "TER": []}, 0) == corpus_score([], []).to_dict()


def test_the_index_escapes_every_input_string_and_pins_its_script(tmp_path: Path) -> None:
    from bilingual.corpus.index import write_index
    from bilingual.corpus.summary import Totals

    layout = Layout(tmp_path / "out")
    layout.threads.mkdir(parents=True)
    hostile = '<script>alert(1)</script>\u202eevil" onmouseover="x'
    marker = {
        "shard": 0, "input": 0, "source": hostile, "first": 0, "model": {"status": "off", "name": None, "hash": None},
        "threads": 1, "comments": 3, "threads_with_passages": 1, "passages": 2, "machine_translated": 0, "paired": 1,
        "duplicates": 0, "model_sentences": 0, "by_language": {"ar": 2, "fa-Latn": 1}, "by_script": {"Arab": 2, "Latn": 1}, "flags": {"no-translation": 1},
        "comment_flags": {}, "pairs": 0, "statistics": {"chrF": [], "TER": []}, "errors": [],
        "rows": [{"ordinal": 0, "id": hostile, "title": hostile, "comments": 3, "passages": 2, "translated": 0, "paired": 1,
                  "flags": {"no-translation": 1}, "languages": ["ar"], "first": hostile, "last": None, "report": None}],
    }
    (layout.marker(0)).write_text(json.dumps(marker))
    (layout.part(0)).write_text("")
    totals = Totals()
    totals.add(marker)
    summary = totals.to_dict(Settings(mt=False), 1, {"threads": 0, "inputs": 0, "records": 0}, 0)
    write_index(layout, summary, 1)
    page = layout.index.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "\u202e" not in page and 'onmouseover="x' not in page
    assert "&lt;script&gt;" in page and "⟨RLO⟩" in page
    assert "(1 in Latin letters)" in page and "Latin letters (Arabizi, Finglish)" in page  # romanized Persian is no Arabizi
    assert page.count("<script>") == 1 and page.count("<style>") == 1
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))  # type: ignore[union-attr]
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = page.split(f"<{tag}>")[1].split(f"</{tag}>")[0]
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp
    assert 'style="' not in page  # the CSP allows no inline style attribute


# --- on a real LocalCluster of 2 worker processes ------------------------------------------------------


@pytest.fixture(scope="module")
def cluster(no_model_home: Path) -> Iterator[Any]:
    """A LocalCluster of 2 worker processes (started with the isolated model/cache environment)."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL) as c:
        yield c


def corpus(cluster: Any, *args: str) -> int:
    """``bilingual corpus`` on the module's cluster."""
    return main(["corpus", *args, "--scheduler", cluster.scheduler_address])


@pytest.mark.slow
@pytest.mark.parametrize("mt", [False, True], ids=["no-mt", "test-model"])
def test_a_whole_run_equals_the_thread_by_thread_reports(mt: bool, cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 9 if mt else 23, 6)
    b = make_corpus(tmp_path / "b.jsonl", 4, 5, seed=2)
    model = ["--model", str(TINY), "--no-cache"] if mt else ["--no-mt"]
    out = tmp_path / "out"
    capsys.readouterr()
    assert corpus(cluster, str(a), str(b), "-o", str(out), "--shard-size", "4", *model) == 0
    # this cluster's nannies give their workers Dask's MALLOC_TRIM_THRESHOLD_ (the model's slowdown): said once
    assert capsys.readouterr().err.count("MALLOC_TRIM_THRESHOLD_=") == (1 if mt else 0)
    settings = Settings(mt=mt, model=str(TINY) if mt else None, cache=False, decode={"beam_size": 4, "num_hypotheses": 1})
    expected = reference([a, b], settings)
    assert records(out) == expected
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["threads"] == len(expected) == 13 + (9 if mt else 23) - 9
    assert summary["comments"] == sum(len(json.loads(line)["thread"]["comments"]) for line in expected)
    assert summary["passages"] == sum(json.loads(line)["summary"]["passages"] for line in expected) > 0
    assert summary["paired"] > 0 and summary["unpaired"] == summary["passages"] - summary["paired"]
    assert summary["model"]["status"] == ("loaded" if mt else "off")
    if mt:
        assert summary["machine_translated"] > 0 and summary["corpus"]["pairs"] > 0 and summary["corpus"]["chrf"] is not None
    assert (out / "errors.jsonl").read_text() == ""
    with_passages = [k for k, line in enumerate(expected) if json.loads(line)["passages"]]
    assert len(list((out / "reports").rglob("*.html"))) == len(with_passages)
    # the parsed `bilingual report -f json` of one thread alone is the same record (source aside)
    single = tmp_path / "single.jsonl"
    single.write_text("".join(line for line in a.read_text(encoding="utf-8").splitlines(keepends=True) if '"thread": "thread-1"' in line), encoding="utf-8")
    capsys.readouterr()
    assert main(["report", str(single), "-f", "json", *model]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert {**alone, "source": str(a)} == json.loads(expected[1])


@pytest.mark.slow
def test_resumed_run_does_only_the_missing_shards_and_all_reports(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 12, 4)
    out = tmp_path / "out"
    assert corpus(cluster, str(a), "-o", str(out), "--shard-size", "3", "--no-mt", "--reports") == 0
    first = outputs(out)
    (out / "threads" / "part-00002.done.json").unlink()
    (out / "threads" / ".tmp-part-00003.jsonl.abc").write_text("half a shard")
    capsys.readouterr()
    assert corpus(cluster, str(a), "-o", str(out), "--shard-size", "3", "--no-mt", "--reports") == 0
    assert "5 done by an earlier run" in capsys.readouterr().err  # 6 shards: 3 of 3 threads, the tail's 1, 1, 1
    assert outputs(out) == first
    assert not list((out / "threads").glob(".tmp-*"))
    assert len(first["reports"]) == 12  # --reports: every thread, passages or not


@pytest.mark.slow
@pytest.mark.parametrize("where", ["scheduler", "embedded"])
def test_a_worker_killed_mid_run_changes_nothing(where: str, cluster: Any, tmp_path: Path) -> None:
    """On an existing cluster (its nanny spawns the replacement) and on the embedded one (the
    replacement is forked from the warm fork server)."""
    from distributed import Client, default_client

    from bilingual.corpus.runner import Options, Tracker, run_corpus

    a = make_corpus(tmp_path / "a.jsonl", 40, 8)
    settings = Settings(mt=False)

    class Killer(Tracker):
        killed: list[int] = []

        def done(self, threads: int, comments: int, marker: dict[str, Any] | None) -> None:
            if self.killed:
                return
            address = cluster.scheduler_address if where == "scheduler" else default_client().scheduler.address
            with Client(address) as client:
                busy = [addr for addr, keys in client.processing().items() if keys]
                if busy:
                    pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
                    os.kill(pid, signal.SIGKILL)
                    self.killed.append(pid)

    on = {"scheduler": cluster.scheduler_address} if where == "scheduler" else {"workers": 2}
    options = Options([str(a)], str(tmp_path / "out"), ReadOptions(), settings, shard_size=2, **on)  # type: ignore[arg-type]
    outcome = run_corpus(options, Killer())
    assert Killer.killed, "no worker was busy when the first shard finished"
    assert outcome.threads == 40 and outcome.failed_threads == 0
    assert records(tmp_path / "out") == reference([a], settings)
    assert len(list((tmp_path / "out" / "threads").glob("*.done.json"))) == 21  # 19 shards of 2 threads, the tail's 1, 1
    # every output is what a run without the kill writes
    clean = Options([str(a)], str(tmp_path / "clean"), ReadOptions(), settings, scheduler=cluster.scheduler_address, shard_size=2)
    assert run_corpus(clean).threads == 40
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def _group_gone(pgid: int, seconds: float) -> bool:
    """Whether every process of group ``pgid`` has ended within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_a_run_killed_by_sigkill_and_resumed_gives_the_same_outputs(cluster: Any, tmp_path: Path) -> None:
    """With bad lines all along the input: the resumed run lists each of them once in errors.jsonl."""
    a = make_corpus(tmp_path / "a.jsonl", 150, 12)
    lines = a.read_text(encoding="utf-8").splitlines()
    for at in range(len(lines) - len(lines) % 97, 0, -97):  # a bad line every 97, from the end (the places before stay)
        lines.insert(at, "{not json" if at % 2 else "[]")
    a.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad_lines = [n for n, line in enumerate(lines, 1) if line in ("{not json", "[]")]
    out = tmp_path / "out"
    args = [str(a), "--shard-size", "2", "--no-mt"]
    command = [sys.executable, "-m", "bilingual", "corpus", *args, "-o", str(out), "--workers", "2"]
    # as from a shell: not the MALLOC_TRIM_THRESHOLD_ the module cluster's nannies put in this process's environment
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while not list((out / "threads").glob("*.done.json")) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # the worker processes notice their parent is gone and end by themselves
        assert _group_gone(proc.pid, 60), "worker processes outlived the killed command"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the workers, had any outlived their parent
        except ProcessLookupError:
            pass
    done_before = len(list((out / "threads").glob("*.done.json")))
    assert 1 <= done_before < 76, "the run was not killed half-way"
    assert not (out / "summary.json").exists()
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert "done by an earlier run" in resumed.stderr
    assert records(out) == reference([a], Settings(mt=False))
    # the embedded cluster's workers run without Dask's MALLOC_TRIM_THRESHOLD_
    assert {json.loads(p.read_text())["worker"]["malloc_trim_threshold"] for p in (out / "threads").glob("*.done.json")} == {None}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["threads"] == 150 and summary["shards"] == 76  # 74 shards of 2 threads, the tail's 1, 1
    assert summary["failed"] == {"threads": 0, "inputs": 0, "records": len(bad_lines)} and len(bad_lines) == 18
    assert [json.loads(e)["line"] for e in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()] == bad_lines
    # every output, thread reports included, is what one uninterrupted run writes
    assert corpus(cluster, *args, "-o", str(tmp_path / "clean")) == 0
    assert outputs(out) == outputs(tmp_path / "clean")


@pytest.mark.slow
def test_a_broken_input_goes_to_errors_jsonl_and_the_run_goes_on(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zstandard

    good = make_corpus(tmp_path / "good.jsonl", 3, 3)
    broken = make_corpus(tmp_path / "broken.jsonl", 4, 2, seed=5)
    lines = broken.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join(lines[:4] + ["{not json"] + lines[4:]) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    # (a folder is read as its files since 0cab1df; one with none is refused up front: tests/test_corpus_sweep.py)
    truncated = tmp_path / "cut.jsonl.zst"  # a dump cut short by a failed download
    packed = zstandard.ZstdCompressor().compress(make_corpus(tmp_path / "whole.jsonl", 30, 5, seed=7).read_bytes())
    truncated.write_bytes(packed[: len(packed) // 2])
    binary = tmp_path / "binary.jsonl"  # bytes no text encoding reads
    binary.write_bytes(b"\xff\xfe\x00\xd8garbage\n" * 3)
    bad = [broken, empty, truncated, binary]
    out = tmp_path / "out"
    assert corpus(cluster, str(good), *map(str, bad), "-o", str(out), "--no-mt") == 0
    err = capsys.readouterr().err
    assert "1 record left out, 0 threads and 3 inputs failed" in err and "errors.jsonl" in err
    assert f"warning: {broken}:5: malformed JSON" in err and f"{broken}: {broken}" not in err  # the input named once
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["kind"], e["input"]) for e in errors] == [("record", str(broken))] + [("input", str(p)) for p in bad[1:]]
    assert errors[0]["line"] == 5
    assert all(e["thread"] is None and e["reason"] and "\n" not in e["reason"] for e in errors)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["threads"] == 3 + 4 and summary["failed"] == {"threads": 0, "inputs": 3, "records": 1}
    # the broken input's bad line cost only that line: its 4 threads are there
    assert records(out) == reference([good, broken], Settings(mt=False, decode={"beam_size": 4, "num_hypotheses": 1}))
    # nothing readable at all: exit 2, and errors.jsonl still says why
    for inputs in ([empty], [truncated, binary]):
        out2 = tmp_path / f"nothing-{len(inputs)}"
        assert corpus(cluster, *map(str, inputs), "-o", str(out2), "--no-mt") == 2
        assert f"{len(inputs)} input{'s' if len(inputs) > 1 else ''} failed" in capsys.readouterr().err
        assert [json.loads(line)["input"] for line in (out2 / "errors.jsonl").read_text(encoding="utf-8").splitlines()] == list(map(str, inputs))


@pytest.mark.slow
def test_a_thread_that_fails_on_a_worker_goes_to_errors_jsonl(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from distributed import Client

    def patch(thread_id: str | None) -> None:
        """In a worker: make the pipeline fail on one thread (``None``: undo)."""
        import bilingual.pipeline

        original = getattr(bilingual.pipeline._segment, "original", bilingual.pipeline._segment)
        if thread_id is None:
            bilingual.pipeline._segment = original
            return

        def segment(thread: Any, *args: Any, **kwargs: Any) -> Any:
            if thread.id == thread_id:
                raise ValueError("this thread breaks the pipeline")
            return original(thread, *args, **kwargs)

        segment.original = original  # type: ignore[attr-defined]
        bilingual.pipeline._segment = segment

    a = make_corpus(tmp_path / "a.jsonl", 6, 4)
    out = tmp_path / "out"
    with Client(cluster.scheduler_address) as client:
        client.run(patch, "thread-4")
        try:
            assert corpus(cluster, str(a), "-o", str(out), "--no-mt", "--shard-size", "4") == 0
        finally:
            client.run(patch, None)
    assert "1 thread and 0 inputs failed" in capsys.readouterr().err
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error == {"kind": "thread", "input": str(a), "thread": "thread-4", "location": str(a), "line": None, "ordinal": 4,
                     "reason": "ValueError: this thread breaks the pipeline"}
    expected = reference([a], Settings(mt=False, decode={"beam_size": 4, "num_hypotheses": 1}))
    assert records(out) == expected[:4] + expected[5:]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["threads"] == 5 and summary["failed"] == {"threads": 1, "inputs": 0, "records": 0}


@pytest.mark.slow
def test_another_runs_outdir_is_refused_and_overwritten_on_request(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_corpus(tmp_path / "a.jsonl", 9, 3)
    b = make_corpus(tmp_path / "b.jsonl", 4, 3, seed=3)
    out = tmp_path / "out"
    assert corpus(cluster, str(a), "-o", str(out), "--no-mt", "--shard-size", "2", "--reports") == 0
    before = outputs(out)
    capsys.readouterr()
    for other, what in (
        ([str(b), "--shard-size", "2", "--reports"], "inputs"),
        ([str(a), "--shard-size", "3", "--reports"], "--shard-size"),
        ([str(a), "--shard-size", "2"], "--reports"),
    ):
        assert corpus(cluster, *other, "-o", str(out), "--no-mt") == 2
        err = capsys.readouterr().err
        assert f"holds another run's outputs (different {what})" in err and "--overwrite" in err and len(err.strip().splitlines()) == 1
        assert outputs(out) == before  # refused: nothing touched
    assert corpus(cluster, str(b), "-o", str(out), "--no-mt", "--overwrite") == 0
    assert corpus(cluster, str(b), "-o", str(tmp_path / "fresh"), "--no-mt") == 0
    assert outputs(out) == outputs(tmp_path / "fresh")  # nothing of the first run is left


def test_a_corpus_record_stays_one_line_and_inert() -> None:
    """A corpus record holding a comment's U+2028 was cut in two by ``str.splitlines()`` and its RLO reached a
    terminal raw from ``cat``; it is written as the report's JSON is, with the same value."""
    from bilingual.corpus.shards import dumps

    record = {"text": "a\u2028b \u202eمرحبا\u0085", "author": "x\u2066y\u2069"}
    line = dumps(record)
    assert line.splitlines() == [line] and not any(ch in line for ch in "\u2028\u202e\u0085\u2066\u2069")
    assert json.loads(line) == record
