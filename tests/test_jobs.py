"""The report's page of a big thread rendered by forked workers (``--jobs``, issue 20): the same
page, byte for byte, as one process, and small threads stay in the calling process."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from typing import Any

import pytest
from conftest import SEEDS

from bilingual import parallel, pipeline
from bilingual.report import _parallel, build, builder, html
from bilingual.report.builder import ViewLimits, thread_view_plan
from bilingual.report.html import html_pieces
from bilingual.threads import read, read_string

#: Small limits, so a small thread has many folds of every kind: quiet runs, chunks past the
#: page's cards, folds inside folds, and the rest of long texts (a comment's and the article's).
TIGHT = ViewLimits(inline=3, chunk=4, quiet_after=5, long_text=60, article_text=40)


def _page(report: object, limits: ViewLimits, jobs: int) -> str:
    report.jobs = jobs  # type: ignore[attr-defined]
    return "".join(html_pieces(report, limits))  # type: ignore[arg-type]


class _Log:
    """What spies note in any process (the page's fold workers are forked by a process the page forks: a list in
    this one would not see them), in the order noted: lines appended to a file."""

    def __init__(self, folder: object) -> None:
        self.path = os.path.join(str(folder), "noted")
        open(self.path, "w").close()

    def note(self, what: object) -> None:
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(f"{what}\n")

    def seen(self) -> list[str]:
        with open(self.path, encoding="utf-8") as f:
            return f.read().split()

    def clear(self) -> None:
        open(self.path, "w").close()


def _thread_with_everything() -> object:
    """An article, passages in long comments and in short ones, deep replies, far chatter."""
    arabic = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
    lines = [{"id": "0", "parent": None, "author": "a", "text": f"Look: {arabic}\nLord, bring us the democracy of Saudi Arabia."}]
    lines += [{"id": str(i), "parent": str(i - 1), "author": f"u{i % 4}", "text": f"reply {i} " + (arabic if i % 5 == 0 else "ok")}
              for i in range(1, 40)]
    lines.append({"id": "long", "parent": None, "author": "l", "text": ("word " * 40 + "\n\n") * 3 + arabic + "\n" + "more " * 30})
    lines += [{"id": f"q{i}", "parent": None if i % 3 == 0 else f"q{i - 1}", "author": "q", "text": "chatter " * (i % 20)}
              for i in range(30)]
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    return replace(thread, article="An article. " * 20 + arabic, _index=None)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seed", "made"])
def test_forked_page_is_the_one_process_page(name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    thread = read(sorted(SEEDS.glob("*.txt"))[0]) if name == "seed" else _thread_with_everything()
    report = build(thread, source=name)
    monkeypatch.setattr(html, "FOLD_RUN", 2)  # many runs, blobs cut at their ends, in both
    monkeypatch.setattr(html, "BATCH_RUN", 1)
    one = _page(report, TIGHT, 1)
    view, _, _ = thread_view_plan(thread, builder.entry_marks(report.passages), TIGHT)
    assert {f.kind for f in view.folds} == {"quiet", "more", "text"}
    used = _Log(tmp_path)
    imap = _parallel.Workers.imap

    def spy(self, function, count, chunk=None, ahead=0):  # type: ignore[no-untyped-def]
        used.note(f"{os.getpid()}:{count}")
        yield from imap(self, function, count, chunk, ahead)

    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(_parallel.Workers, "imap", spy)
    forked = _page(report, TIGHT, 2)
    pid, count = used.seen()[0].split(":")
    assert int(count) > 5, "the page was not rendered by workers"
    assert int(pid) != os.getpid(), "the page's workers were forked by this process, after its plan"
    assert forked == one
    assert _page(report, ViewLimits(), 2) == _page(report, ViewLimits(), 1)


def test_a_fold_names_the_first_three_authors_of_its_roots() -> None:
    view = builder._ThreadView(_thread_with_everything(), {}, TIGHT)
    fold = view.fold("more", ["0", "4", "8", "1", "2", "3"], False)  # authors a, u0, u0, u1, u2, u3
    assert fold.authors == ["a", "u0", "u1"]
    assert fold.comments == sum(view.size_at[view.ordinals[r]] for r in ["0", "4", "8", "1", "2", "3"])
    assert view.fold("quiet", ["q0", "q1"], True).authors == ["q"]


def _pid(state: list[int], i: int) -> tuple[int, int]:
    return state[i], os.getpid()


@pytest.mark.slow  # forks a pool: 0.15 s
def test_workers_stream_in_order() -> None:
    with _parallel.Workers(list(range(100, 125)), 2, 2) as workers:
        results = list(workers.imap(_pid, 25))
        seven = list(workers.imap(_pid, 25, 7))  # tasks of 7: the last one short
        ahead = list(workers.imap(_pid, 25, 1, ahead=5))  # more tasks asked ahead: still in order
    assert [i for i, _ in results] == [i for i, _ in seven] == [i for i, _ in ahead] == list(range(100, 125))
    assert {pid for _, pid in results} - {os.getpid()}, "no item was computed in a worker"
    assert parallel._STATE is None  # the parent's state is released


_STARTED: list[str] = []


def _start() -> None:
    _STARTED.append("started")


def _started(state: None, i: int) -> list[str]:
    return _STARTED


@pytest.mark.slow  # forks a pool: 0.15 s
def test_workers_run_their_start_first() -> None:
    with _parallel.Workers(None, 2, 1, _start) as workers:
        assert list(workers.imap(_started, 4)) == [["started"]] * 4
    assert not _STARTED  # in the workers only


def _touch(folder: str, i: int) -> int:
    open(os.path.join(folder, str(i)), "w").close()
    return i


@pytest.mark.slow  # forks a pool: 0.15 s
def test_workers_start_on_the_first_chunks_before_the_caller_reads(tmp_path: object) -> None:
    import time

    with _parallel.Workers(str(tmp_path), 2, 1) as workers:
        made = workers.imap(_touch, 3)
        deadline = time.monotonic() + 10
        while len(os.listdir(str(tmp_path))) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(os.listdir(str(tmp_path))) == 3, "nothing was asked of the workers until the first result was read"
        assert list(made) == [0, 1, 2]


@pytest.mark.slow
def test_the_page_workers_start_before_the_page_is_written(monkeypatch: pytest.MonkeyPatch) -> None:
    report = build(_thread_with_everything(), source="made")
    report.jobs = 2
    entered: list[int] = []
    start = _parallel.Producer.__init__

    def spy(self, *args):  # type: ignore[no-untyped-def]
        entered.append(1)
        start(self, *args)

    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(_parallel.Producer, "__init__", spy)
    laid = html.page(report, TIGHT)
    assert entered, "the workers fork only when the template reaches the blobs (after the page's head and own cards)"
    assert "".join(laid.blobs) and laid.data


@pytest.mark.slow
def test_the_page_data_is_finished_while_its_workers_exit(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    report = build(_thread_with_everything(), source="made")
    one = _page(report, TIGHT, 1)
    log = _Log(tmp_path)
    close, end, reaped = _parallel.Workers.close, html._Data.end, _parallel.Producer._reaped
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(_parallel.Workers, "close", lambda self: log.note("close") or close(self))
    monkeypatch.setattr(html._Data, "end", lambda self, *a: log.note("end") or end(self, *a))
    monkeypatch.setattr(_parallel.Producer, "_reaped", lambda self: log.note("gone") or reaped(self))
    assert _page(report, TIGHT, 2) == one
    assert log.seen()[:3] == ["close", "end", "gone"], "the workers were waited for before the data was made"


def test_a_page_worker_keeps_large_blocks_in_its_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    class Libc:
        def mallopt(self, param: int, value: int) -> int:
            calls.append((param, value))
            return 1

    monkeypatch.setattr(_parallel, "_glibc", Libc)
    _parallel.heap_kept()
    assert calls == [(_parallel.M_MMAP_THRESHOLD, _parallel.WORKER_HEAP_KEEPS), (_parallel.M_TRIM_THRESHOLD, _parallel.WORKER_HEAP_KEEPS)]
    monkeypatch.setattr(_parallel, "_glibc", lambda: None)
    _parallel.heap_kept()  # not glibc: nothing to set
    assert len(calls) == 2


def test_small_threads_and_one_job_stay_in_process() -> None:
    assert not _parallel.forks(_parallel.PARALLEL_FROM - 1, 2)
    assert not _parallel.forks(_parallel.PARALLEL_FROM, 1)
    assert _parallel.forks(_parallel.PARALLEL_FROM, 2) == _parallel.can_fork()


@pytest.mark.slow
def test_segmenting_in_workers_gives_the_same_docs_and_shares_as_much(monkeypatch: pytest.MonkeyPatch) -> None:
    thread = replace(_thread_with_everything(), _index=None)  # type: ignore[type-var]
    one_docs, one_layers = pipeline._segment(thread, 400, 1)
    monkeypatch.setattr(pipeline, "SPLIT_IN_WORKERS_FROM", 1)
    monkeypatch.setattr(pipeline, "SPLIT_CHUNK", 3)
    forked = []
    imap = parallel.Workers.imap
    monkeypatch.setattr(parallel.Workers, "imap", lambda *a: forked.append(1) or imap(*a))
    docs, layers = pipeline._segment(thread, 400, 2)
    assert forked, "the thread was not segmented in workers"
    assert [d.to_dict() for d in docs] == [d.to_dict() for d in one_docs]
    assert [(p.passage, p.sentences, p.segments, p.normalized.text) for p in layers] == [
        (p.passage, p.sentences, p.segments, p.normalized.text) for p in one_layers
    ]
    assert len({id(p.normalized) for p in layers}) == len({id(p.normalized) for p in one_layers})  # copies share their view


def test_a_text_posted_again_shares_its_first_copys_spans() -> None:
    """The layers of a text posted again are made from its first copy's: the same tiling (one tuple), the
    passages' own sentences and segments at the same offsets sharing the first copy's pairs of offsets."""
    arabic = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال. و الله يحفظكم"
    lines = [{"id": str(i), "parent": None, "author": f"u{i}", "text": f"{arabic}\nLord, bring us democracy."} for i in range(3)]
    lines.append({"id": "3", "parent": None, "author": "u3", "text": "plain English only"})
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    docs, layers = pipeline._segment(thread, 400)
    assert len(layers) == 3 and docs[3].passages == () and docs[0].spans is docs[2].spans
    first, again = layers[0], layers[2]
    assert again.passage.location.comment == "2" and again.sentences == first.sentences
    assert all(a is b for a, b in zip(again.sentences + again.segments, first.sentences + first.segments))
    assert [d.passages for d in docs[:3]] == [(p,) for p in layers]


def test_pairing_counts_a_repeated_passages_length_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairing's parent, alone before its workers fork, measures each distinct passage's texts once:
    a big thread repeats its Arabic (bench_report's 100,000 comments hold 853 distinct texts)."""
    from bilingual.pairing import find
    from bilingual.segment import passages

    arabic = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
    lines = [{"id": str(i), "parent": None, "author": f"u{i}", "text": f"{arabic}\nLord, bring us democracy."} for i in range(6)]
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    found = passages(thread)
    measured: list[str] = []
    real = find.text_length
    monkeypatch.setattr(find, "text_length", lambda text: measured.append(text) or real(text))
    sources = find._sources(found, None, None, None, find._Index(thread, found).texts)
    assert len(sources) == 6 and len({s.chars for s in sources}) == 1
    assert len(measured) == len(sources[0].texts)


def _split_thread() -> object:
    """A passage whose translation its writer split over two comments ("(cont.)"), among the made thread's."""
    arabic = "يقع هذا المكان في قلب المدينة القديمة. ويزوره آلاف السياح كل عام."
    rows = [("s1", None, "A", arabic), ("s2", "s1", "B", "what does it mean?"),
            ("s3", "s2", "A", "This place lies in the heart of the old city. (cont.)"), ("s4", "s3", "A", "Thousands of tourists visit it every year.")]
    lines = "".join(json.dumps({"id": i, "parent": p, "author": a, "text": t}, ensure_ascii=False) + "\n" for i, p, a, t in rows)
    return read_string(lines, "jsonl")


@pytest.mark.parametrize("made", [_thread_with_everything, _split_thread])
def test_the_pages_marks_from_the_pipelines_result_are_the_reports(made: object) -> None:
    result = pipeline.run(made(), pipeline.Settings(mt=False))  # type: ignore[operator]
    entries = builder.build(result).passages
    assert builder.result_marks(result) == builder.entry_marks(entries)
    assert any(p.translation is not None for p in entries)
    assert [(s.number, s.kind, s.lang, s.anchor, s.thread_anchor) for s in builder.result_sketches(result)] == [
        (p.number, p.kind, p.lang, p.anchor, p.thread_anchor) for p in entries]


@pytest.mark.slow
def test_a_page_started_before_the_build_is_the_same_page(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from bilingual import report as reports

    monkeypatch.setattr(html, "FOLD_RUN", 2)  # many runs, blobs cut at their ends, in every way
    monkeypatch.setattr(html, "BATCH_RUN", 1)
    monkeypatch.setattr(html, "PAGE", 2)  # passage batches too
    result = pipeline.run(_thread_with_everything(), pipeline.Settings(mt=False, jobs=2))
    one = _page(builder.build(result), TIGHT, 1)
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 1)
    log = _Log(tmp_path)
    start, enter, make = _parallel.Producer.__init__, _parallel.Workers.__enter__, builder.build
    monkeypatch.setattr(_parallel.Producer, "__init__", lambda self, *a: log.note("fork") or start(self, *a))
    monkeypatch.setattr(_parallel.Workers, "__enter__", lambda self: log.note(f"workers:{os.getpid()}") or enter(self))
    monkeypatch.setattr(builder, "build", lambda *a, **k: log.note("build") or make(*a, **k))
    early = builder.build(result)
    log.clear()
    early.started = html.start_page(result, TIGHT)
    assert log.seen()[0] == "fork"
    assert _page(early, TIGHT, 2) == one and early.started is None  # used once
    seen = log.seen()
    assert seen[0] == "fork" and seen[1].startswith("workers:") and len(seen) == 2, "the page forked again"
    assert int(seen[1].split(":")[1]) != os.getpid(), "the fold workers were forked by this process, not by the planner"
    late = _page(builder.build(result), TIGHT, 2)  # no early start: forked as the page is laid out
    assert late == one
    log.clear()
    default = reports.build(result, page=True)
    here = [w for w in log.seen() if not w.startswith("workers:")]  # the planner forks its workers when it likes
    assert here[:2] == ["fork", "build"], "the page's planner did not start before the build"
    assert _page(default, ViewLimits(), 2) == _page(builder.build(result), ViewLimits(), 1)
    other = reports.build(result, page=True)  # planned with the default limits: a page with others is made as without
    assert _page(other, TIGHT, 2) == one


def test_only_a_page_starts_its_workers_before_the_build(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual import report as reports
    from bilingual.cli import main

    result = pipeline.run(_split_thread(), pipeline.Settings(mt=False, jobs=2))
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(_parallel.Workers, "__enter__", lambda self: pytest.fail("workers forked for no page"))
    monkeypatch.setattr(_parallel.Producer, "__init__", lambda self, *a: pytest.fail("a planner forked for no page"))
    assert reports.build(result).started is None
    asked: list[bool] = []
    real = reports.build
    monkeypatch.setattr(reports, "build", lambda *a, **k: asked.append(k.get("page", False)) or real(*a, **k))
    source = os.path.join(str(tmp_path), "t.jsonl")
    with open(source, "w", encoding="utf-8") as f:
        f.write("".join(json.dumps({"id": "1", "parent": None, "author": "a", "text": "hello"}) + "\n"))
    assert main(["report", source, "-f", "json", "-o", os.path.join(str(tmp_path), "t.json"), "--no-mt", "--jobs", "2"]) == 0
    assert main(["report", source, "-o", os.path.join(str(tmp_path), "t.html"), "--no-mt", "--jobs", "1"]) == 0
    assert asked == [False, True]


def _jsonl_file(tmp_path: object, lines: list[str]) -> str:
    path = os.path.join(str(tmp_path), "big.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
    return path


def _comment_lines(count: int) -> list[str]:
    """Replies and Arabic (cleaned as read: not ASCII), an extra key, a status, a flag."""
    out = []
    for i in range(count):
        line: dict[str, object] = {"id": str(i), "parent": str(i - 1) if i % 4 else None, "author": f"u{i % 7}",
                                   "text": f"comment {i} " + ("اللهم بلّغنا" if i % 3 == 0 else "ok")}
        if i % 10 == 5:
            line.update(status="removed", flags=["x"], score=i)
        out.append(json.dumps(line, ensure_ascii=False))
    return out


def _read_with(path: str, jobs: int, skip_bad: bool = False) -> tuple[list[object], list[str]]:
    from bilingual.threads import iter_threads, reading_jobs

    with reading_jobs(jobs):
        thread = next(iter_threads(path, skip_bad=skip_bad))
    return [c.to_dict() | {"depth": c.depth} for c in thread.comments], list(thread.warnings)


def _halves_used(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Read files of 1 kB or more in halves; the cut of each read so is noted."""
    from bilingual import threads

    monkeypatch.setattr(threads, "SPLIT_READ_FROM", 1000)
    cuts: list[int] = []
    real = threads._halves

    def spy(*args):  # type: ignore[no-untyped-def]
        cuts.append(args[-1][0])  # (cut, path)
        return real(*args)

    monkeypatch.setattr(threads, "_halves", spy)
    return cuts


@pytest.mark.slow  # forks: 0.1 s a read
def test_a_big_jsonl_file_read_in_halves_is_the_same_thread(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    cuts = _halves_used(monkeypatch)
    path = _jsonl_file(tmp_path, _comment_lines(400))
    one = _read_with(path, 1)
    assert not cuts
    assert _read_with(path, 2) == one
    size = os.path.getsize(path)
    assert len(cuts) == 1 and size // 2 < cuts[0] < size
    with open(path, "rb") as f:
        assert f.read()[cuts[0] - 1 : cuts[0]] == b"\n"


@pytest.mark.slow
def test_a_bad_line_in_the_later_half_is_named_as_in_one_process(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.errors import InputError

    cuts = _halves_used(monkeypatch)
    lines = _comment_lines(400)
    for bad, at in (('{"id": "x", "text": 3}', 350), ('{"id": "y", "te', 300), ('{"id": "z", "parent": "nowhere", "text": "t"}', 390)):
        broken = lines[:at] + [bad] + lines[at:]
        path = _jsonl_file(tmp_path, broken)
        errors = []
        for jobs in (1, 2):
            with pytest.raises(InputError) as caught:
                _read_with(path, jobs)
            errors.append(str(caught.value))
        assert errors[0] == errors[1] and f":{at + 1}" in errors[0], errors
    assert len(cuts) == 3


@pytest.mark.slow
def test_bad_lines_skipped_in_both_halves_warn_in_order(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    cuts = _halves_used(monkeypatch)
    lines = _comment_lines(400)
    broken = lines[:20] + ['{"id": "a", "text": 1}'] + lines[20:350] + ["not json"] + lines[350:] + ['{"id": "b"']
    path = _jsonl_file(tmp_path, broken)
    one = _read_with(path, 1, skip_bad=True)
    assert len(one[1]) == 3 and ":21:" in one[1][0] and ":352:" in one[1][1] and ":403:" in one[1][2]
    assert _read_with(path, 2, skip_bad=True) == one
    assert len(cuts) == 1


def test_small_big_or_compressed_inputs_are_read_in_one_process(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    from bilingual import threads

    cuts = _halves_used(monkeypatch)
    monkeypatch.setattr(threads, "SPLIT_READ_FROM", 100_000)
    path = _jsonl_file(tmp_path, _comment_lines(50))
    assert _read_with(path, 2) == _read_with(path, 1)
    monkeypatch.setattr(threads, "SPLIT_READ_FROM", 1000)
    with open(path, "rb") as f, gzip.open(path + ".gz", "wb") as g:
        g.write(f.read())
    assert _read_with(path + ".gz", 2) == _read_with(path, 1)
    monkeypatch.setattr(threads, "SPLIT_READ_UP_TO", 2000)  # a bigger file: streamed in bounded memory
    assert _read_with(path, 2) == _read_with(path, 1)
    assert not cuts


@pytest.mark.slow
def test_report_reads_a_big_file_with_its_jobs(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.cli import main

    cuts = _halves_used(monkeypatch)
    path = _jsonl_file(tmp_path, _comment_lines(60))
    out = os.path.join(str(tmp_path), "r.json")
    assert main(["report", path, "-f", "json", "-o", out, "--no-mt", "--jobs", "1"]) == 0
    assert not cuts
    assert main(["report", path, "-f", "json", "-o", out, "--no-mt", "--jobs", "2"]) == 0
    assert len(cuts) == 1


@pytest.mark.slow  # two pairings of 160 comments, one of them with a worker: 2-5 s under load
def test_the_author_step_is_searched_ahead_only_for_passages_no_copy_pairs(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """With workers, a passage left after step 1 is searched ahead among its author's other comments only
    where no copy of it has a translation (step 2 comes first): the passages searched so are those one
    process searches (in step 1's workers every passage left was, a copy's translation or not), in
    every process the same pairs."""
    from test_pairing_speed import _thread

    from bilingual.pairing import find
    from bilingual.segment import passages

    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    thread = _thread(tmp_path, 160)  # type: ignore[arg-type]
    found = passages(thread)
    log = tmp_path / "searched"  # type: ignore[operator]
    real = find._author_candidates

    def logged(p: object, index: object, chars: int) -> object:
        with open(log, "a", encoding="utf-8") as out:  # the worker's searches too
            out.write(f"{p.location.comment}:{p.location.start}\n")  # type: ignore[attr-defined]
        return real(p, index, chars)  # type: ignore[arg-type]

    monkeypatch.setattr(find, "_author_candidates", logged)
    one = find.find_pairs(thread, found, machine_weight=0.0)
    searched_once = sorted(log.read_text(encoding="utf-8").splitlines())
    log.unlink()
    two = find.find_pairs(thread, found, machine_weight=0.0, jobs=2)
    assert one == two and any(p.via and p.via.startswith("duplicate-of") for p in one)
    assert sorted(log.read_text(encoding="utf-8").splitlines()) == searched_once and searched_once


def test_pairing_takes_over_the_segmenters_maps_of_the_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread's texts and replies are mapped once per run: the LineLabels that cut the passages while
    segmenting hands its maps to pairing's index, which are those the index makes itself; a thread with
    other comments (the view pairing gets when comments are removed) gets none, and they are handed over once."""
    from bilingual.pairing import find

    lines = [{"id": "1", "parent": None, "author": "a", "text": "Look:\nاللهم بلّغنا ديمقراطية السعودية\nو رخاء الصومال"},
             {"id": "2", "parent": "1", "author": "b", "text": "First line: Lord, bring us the democracy of Saudi Arabia\nSecond line: and the prosperity of Somalia"},
             {"id": "3", "parent": None, "author": "c", "text": "ok"}, {"id": "4", "parent": "3", "author": "a", "text": "fine"}]
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    thread = replace(thread, article="An article.", _index=None)
    made: list[object] = []
    real = find._thread_maps
    monkeypatch.setattr(find, "_thread_maps", lambda t: made.append(t) or real(t))
    labels: list[object] = []
    _, layers = pipeline._segment(thread, 500, 1, labels)
    assert len(labels) == 1 and made == [thread]
    found = [p.passage for p in layers]
    assert len(found) == 2  # the passage cut into its two lines by the labelled reply
    index = find._Index(thread, found, labels[0])  # type: ignore[arg-type]
    assert made == [thread]  # not made again
    alone = find._Index(thread, found)
    assert (index.texts, index.children, index.order) == (alone.texts, alone.children, alone.order)
    assert list(index.texts) == [None, "1", "2", "3", "4"] and index.children == {None: ("1", "3"), "1": ("2",), "3": ("4",)}
    assert labels[0].maps(thread) is None  # type: ignore[attr-defined]  # handed over once
    other: list[object] = []
    pipeline._segment(thread, 500, 1, other)
    assert other[0].maps(replace(thread, comments=list(thread.comments))) is None  # type: ignore[attr-defined]
    result = pipeline.run(thread, pipeline.Settings(mt=False))
    assert [p.pair.translation for p in result.passages] == [p.pair.translation for p in pipeline.run(replace(thread, _index=None), pipeline.Settings(mt=False)).passages]


def test_the_passages_left_with_a_chosen_copy_are_those_their_copies_say() -> None:
    """``_Related.copied`` (the passages left after step 1 searched among their copies' translations) gives what
    each passage's own list of copies gives, for small groups of copies, one past MAX_RELATED and none."""
    import random

    from bilingual.pairing import find

    texts = ["اللهم بلغنا ديمقراطية السعودية"] * (find.MAX_RELATED + 40) + ["و رخاء الصومال"] * 5 + [f"نص {i} مختلف تماما" for i in range(30)]
    random.Random(7).shuffle(texts)
    related = find._Related(texts)
    for seed in range(5):
        rng = random.Random(seed)
        chosen = {k: None for k in range(len(texts)) if rng.random() < 0.2}
        left = [k for k in range(len(texts)) if k not in chosen]
        assert related.copied(left, chosen) == {k for k in left if any(q in chosen for q in related[k])}  # type: ignore[arg-type]


def _counted(n: int) -> Any:
    for i in range(n):
        yield i, os.getpid()


def _failing() -> Any:
    yield 1
    raise ValueError("made to fail")


def _pooled(folder: str) -> Any:
    """A value, then a pool's workers at work for ever (their pids written to ``folder``)."""
    yield os.getpid()
    with _parallel.Workers(folder, 2, 1) as workers:
        yield from workers.imap(_sleeping, 2)


def _sleeping(folder: str, i: int) -> int:
    open(os.path.join(folder, str(os.getpid())), "w").close()
    import time

    time.sleep(60)
    return i


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat", "rb") as f:
        return f.read().rpartition(b")")[2].split()[0] == b"Z"  # a zombie: ended, not yet waited for by its parent


def _wait_gone(pids: list[int]) -> bool:
    import time

    deadline = time.monotonic() + 10
    while not all(map(_gone, pids)) and time.monotonic() < deadline:
        time.sleep(0.02)
    return all(map(_gone, pids))


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork")
def test_a_producer_sends_its_values_in_order_from_a_forked_process() -> None:
    values = list(_parallel.Producer(_counted, 5))
    assert [i for i, _ in values] == list(range(5))
    assert {pid for _, pid in values} != {os.getpid()} and len({pid for _, pid in values}) == 1
    failing = _parallel.Producer(_failing)
    assert next(failing) == 1
    with pytest.raises(ValueError, match="made to fail"):
        next(failing)
    assert list(failing) == []


@pytest.mark.slow  # forks pools
@pytest.mark.skipif(not parallel.can_fork(), reason="no fork")
def test_a_producer_closed_or_dropped_stops_its_process_and_its_workers(tmp_path: object) -> None:
    for way in ("close", "drop"):
        folder = os.path.join(str(tmp_path), way)
        os.mkdir(folder)
        producer: Any = _parallel.Producer(_pooled, folder)
        pid = next(producer)
        import time

        deadline = time.monotonic() + 20
        while len(os.listdir(folder)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = [int(name) for name in os.listdir(folder)]
        assert len(workers) == 2
        if way == "close":
            producer.close()
        else:
            del producer  # the finalizer (as at exit)
            import gc

            gc.collect()
        assert _wait_gone([pid, *workers]), f"{way}: the process or its workers were left running"
