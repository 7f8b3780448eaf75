"""The library as a researcher meets it from Python: a thread read, run, its layers sliced, its
pairs and alignments, and wrong arguments refused in one line naming the call and what it takes."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import bilingual
from bilingual import PassageLayers, Result, Settings, align, build_report, read, run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2161432b20e98764.txt"
COMMENTS = [
    {"id": "1", "text": "Okay أنا اتولدت في القاهرة, and you?"},
    {"id": "2", "parent": "1", "text": "Translation: OK, I was born in Cairo."},
    {"id": "3", "parent": "1", "text": "ana mesh 3aref ya 7abibi, sorry"},
]


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Result:
    path = Path(tmp_path_factory.mktemp("library")) / "thread.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in COMMENTS), encoding="utf-8")
    return run(read(path), Settings(mt=False))


def _layers(result: Result, kind: str) -> PassageLayers:
    return next(p for p in result.passages if p.passage.kind == kind)


@pytest.mark.parametrize("call, error, message", [
    (lambda: align(None, ["x"]), TypeError,  # type: ignore[arg-type]
     "align() source_segments must be a list or tuple of str (or prepare_source's), not NoneType"),
    (lambda: align(["a"], 5), TypeError,  # type: ignore[arg-type]
     "align() target_segments must be a list or tuple of str (or prepare_target's), not int"),
    (lambda: align([1, "b"], ["x"]), TypeError,  # type: ignore[list-item]
     "align() source_segments[0] must be a str, not int"),
    (lambda: align(["a"], ["x"], [None]), TypeError,  # type: ignore[list-item]
     "align() mt_segments[0] must be a str, not NoneType"),
    (lambda: align(["a", "b"], ["x"], ["m"]), ValueError,
     "align() mt_segments: 1 machine translations for 2 source segments (one per source segment)"),
    (lambda: align(["a"], ["x"], None, "chrf"), TypeError,  # type: ignore[arg-type]
     "align() similarity must be a Similarity (with a prepare method, e.g. bilingual.align.ChrfSimilarity()) or None, not str"),
    (lambda: align(["a"], ["x"], band=-1), ValueError,
     "align() band must be a number of positions, 0 or more, or None (search all), not -1"),
    (lambda: align(["a"], ["x"], band="3"), TypeError,  # type: ignore[arg-type]
     "align() band must be a number of positions, 0 or more, or None (search all), not '3'"),
], ids=["source-None", "target-int", "source-item", "mt-item", "mt-count", "similarity-str", "band-negative", "band-str"])
def test_align_refuses_a_wrong_argument_in_one_line(call: Callable[[], Any], error: type[Exception], message: str) -> None:
    """Library sweep: ``align(None, ...)`` failed deep in the similarity ("'NoneType' object is not
    iterable"), a number among the segments with "'int' object has no attribute 'isascii'", a str
    similarity with "no attribute 'prepare'", ``band=-1`` with ``KeyError: 1``."""
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_align_still_takes_tuples_and_prepared_sides() -> None:
    from bilingual.align import prepare_source, prepare_target

    assert align(("a", "b"), ("x",), band=0) == align(["a", "b"], ["x"], band=0)
    assert align(prepare_source(["a"], ["m"]), prepare_target(["x"])) == align(["a"], ["x"], ["m"])


@pytest.mark.parametrize("kind", ["arabic", "arabizi"])
@pytest.mark.parametrize("args, error, message", [
    ((0.5, 2), TypeError, "PassageLayers.to_comment(): offsets must be ints, not float and int"),
    ((-5, 2), ValueError, "PassageLayers.to_comment(): bad span [-5, 2) of the normalized text, 0 to {n}"),
    ((0, 10**6), ValueError, "PassageLayers.to_comment(): bad span [0, 1000000) of the normalized text, 0 to {n}"),
])
def test_to_comment_names_itself_when_refusing_offsets(result: Result, kind: str, args: tuple[Any, Any],
                                                       error: type[Exception], message: str) -> None:
    """Library sweep: ``to_comment(0, 10**6)`` said "Normalized.to_original(): bad span [0, 1000000) for a
    text of length 20", naming a call the user did not make (and for Arabizi, the reading's length is
    not the normalized text's)."""
    p = _layers(result, kind)
    with pytest.raises(error) as info:
        p.to_comment(*args)
    assert str(info.value) == message.format(n=len(p.normalized.text))


def test_to_comment_takes_numpy_offsets(result: Result) -> None:
    import numpy as np

    p = _layers(result, "arabic")
    assert p.to_comment(np.int64(0), np.int32(3)) == p.to_comment(0, 3)


def test_the_machine_a_run_takes_is_public() -> None:
    """Library sweep: ``run(..., machine=load_machine(settings))`` is documented, but the type of
    ``machine`` was not a public name (a typed caller had to import ``bilingual.pipeline.Machine``)."""
    from bilingual.pipeline import Machine

    assert bilingual.Machine is Machine and "Machine" in bilingual.__all__
    machine = bilingual.load_machine(Settings(mt=False))
    assert isinstance(machine, bilingual.Machine) and machine.info.status == "off"


def _passages(path: str) -> list[tuple[str | None, int, int, str]]:
    """In a worker: the seed's passages as (comment, start, end, text sliced from the doc)."""
    r = run(read(path), Settings(mt=False))
    return [(p.comment, p.passage.location.start, p.passage.location.end,
             r.doc(p.comment).text[p.passage.location.start:p.passage.location.end]) for p in r.passages]


def test_results_and_their_reports_come_back_from_worker_processes() -> None:
    """A researcher's loop over threads with ``ProcessPoolExecutor``: results pickle back whole, and the
    report is built from a result without running the stages again."""
    thread = read(SEED)
    with ProcessPoolExecutor(1) as pool:
        back = list(pool.map(run, [thread], [Settings(mt=False)]))
        slices = pool.submit(_passages, str(SEED)).result()
    assert back[0].to_dict() == run(thread, Settings(mt=False)).to_dict()
    assert [(p.comment, p.passage.location.start, p.passage.location.end, p.text) for p in back[0].passages] == slices
    report = build_report(pickle.loads(pickle.dumps(back[0])))
    assert report.summary.paired == sum(1 for p in back[0].pairs if p.translation is not None)


def test_an_input_error_comes_back_from_a_worker_process(tmp_path: Path) -> None:
    """Pipeline library sweep: ``pool.submit(read, "bad.jsonl")`` broke the whole pool
    (``BrokenProcessPool``, every other thread's future lost): the reader's ``JSONError`` (an
    ``InputError`` with its own ``__init__``) could not be unpickled in the calling process."""
    from bilingual import InputError
    from bilingual.threads.source import JSONError

    error = JSONError("Expecting value", "a.jsonl:2", 2, 21, True)
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), str(back), back.location, back.line, back.column, back.syntax) == (
        JSONError, str(error), "a.jsonl:2", 2, 21, True)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "hi"}\n{"id": "2", "text": \n', encoding="utf-8")
    with ProcessPoolExecutor(1) as pool:
        with pytest.raises(InputError) as info:
            pool.submit(read, bad).result()
        assert pool.submit(len, "still serving").result() == 13
    assert str(info.value).startswith(f"{bad}:2: malformed JSON") and info.value.location == f"{bad}:2"
