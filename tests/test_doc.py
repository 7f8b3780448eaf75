"""The document model from Python, as a user of the library meets it: a thread's docs, their spans
and passages, slicing the comment's own text with any layer's offsets, JSON and pickle."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from bilingual import Settings, read, run

COMMENTS = [
    {"id": "1", "text": "Okay أنا اتولدت في القاهرة, and you?"},
    {"id": "2", "parent": "1", "text": "Translation: OK, I was born in Cairo."},
    {"id": "3", "parent": "1", "text": "ana mesh 3aref ya 7abibi, sorry"},
]


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("doc")) / "thread.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in COMMENTS), encoding="utf-8")
    return run(read(path), Settings(mt=False))


def test_json_holds_the_text_its_offsets_point_into(result) -> None:
    """Library sweep: ``Result.to_dict()`` gave each doc's spans and passages as offsets into the comment's
    text, but not the text: a reader of the JSON alone could not slice what the offsets name."""
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    for doc in data["docs"]:
        text = doc["text"]
        assert "".join(text[s["start"]:s["end"]] for s in doc["spans"]) == text
        for p in doc["passages"]:
            assert text[p["passage"]["start"]:p["passage"]["end"]] == p["text"]
            assert all(text[a:b].strip() for a, b in p["sentences"] + p["segments"])
    kinds = {s["kind"] for doc in data["docs"] for s in doc["spans"]}
    assert {"arabic", "arabizi", "latin"} <= kinds


def test_a_result_pickles(result) -> None:
    """Library sweep: pickling a ``Result`` (to keep it, or send it to another process) failed with
    "cannot pickle 'EncodingMap' object" from each passage's normalized view."""
    back = pickle.loads(pickle.dumps(result))
    assert back.to_dict() == result.to_dict()
    for old, new in zip(result.passages, back.passages):
        assert new.normalized.changes == old.normalized.changes
        assert new.normalized.to_original(0, len(new.normalized.text)) == old.normalized.to_original(
            0, len(old.normalized.text))


def test_a_normalized_word_slices_the_comment(result) -> None:
    """Library sweep: a passage's ``normalized.to_original`` gives offsets in the passage (in the reading,
    for Arabizi), not in the comment as the passage's other layers do; ``to_comment`` does the three steps."""
    seen = set()
    for doc in result.docs:
        for p in doc.passages:
            n = p.normalized
            for word in n.text.split():
                s = n.text.index(word)
                a, b = p.to_comment(s, s + len(word))
                assert p.passage.location.start <= a < b <= p.passage.location.end
                typed = doc.text[a:b]
                assert typed.strip() == typed and (p.reading is not None or typed[0] == word[0]), (word, typed)
                seen.add((p.passage.kind, typed))
    assert ("arabic", "القاهرة") in seen and ("arabizi", "3aref") in seen


@pytest.mark.parametrize("args, error, message", [
    ((5, 3, "arabic"), ValueError, "Span(): bad span [5, 3)"),
    (("a", 3, "arabic"), TypeError, "Span(): offsets must be ints, not str and int"),
    ((0.5, 3, "arabic"), TypeError, "Span(): offsets must be ints, not float and int"),
    ((0, True, "arabic"), TypeError, "Span(): offsets must be ints, not int and bool"),
])
def test_a_bad_span_is_one_line_naming_span(args, error, message: str) -> None:
    """Library sweep: ``Span(0.5, 3, ...)`` was made (and sliced text with a float later), ``Span("a", 3, ...)``
    failed inside a comparison, ``Span(5, 3, ...)`` did not say which class refused it."""
    from bilingual import Span

    with pytest.raises(error) as info:
        Span(*args)
    assert str(info.value) == message


def test_numpy_offsets_make_a_span_of_ints() -> None:
    import numpy as np

    from bilingual import Span

    span = Span(np.int64(2), np.int32(5), "arabic")
    assert span == Span(2, 5, "arabic") and type(span.start) is int and "abcdef"[span.start:span.end] == "cde"


@pytest.mark.parametrize("args, error, message", [
    (("1", 5, 3), ValueError, "Location(): bad span [5, 3)"),
    (("1", -1, 3), ValueError, "Location(): bad span [-1, 3)"),
    (("1", "a", 3), TypeError, "Location(): offsets must be ints, not str and int"),
    (("1", 0.5, 3), TypeError, "Location(): offsets must be ints, not float and int"),
    ((1, 0, 3), TypeError, "Location(): comment must be a comment id (str) or None (the article), not int"),
])
def test_a_bad_location_is_one_line_naming_location(args, error, message: str) -> None:
    """Pipeline library sweep: ``Location("1", 5, 3)``, ``Location("1", 0.5, 3)`` and ``Location(1, 0, 3)`` were
    made as given (a passage built by hand for ``find_pairs`` then sliced nothing, or failed later), where
    ``Span`` refuses such offsets."""
    from bilingual import Location

    with pytest.raises(error) as info:
        Location(*args)
    assert str(info.value) == message


def test_numpy_offsets_make_a_location_of_ints() -> None:
    import numpy as np

    from bilingual import Location

    loc = Location("4", np.int64(2), np.int32(5))
    assert loc == Location("4", 2, 5) and type(loc.start) is int and pickle.loads(pickle.dumps(loc)) == loc


@pytest.mark.parametrize("args, error, message", [
    (("4", None, "abc"), TypeError, "Passage(): location must be a bilingual.Location, not str"),
    ((None, None, "abc"), TypeError, "Passage(): span must be a bilingual.Span, not NoneType"),
    ((None, "span", 3), TypeError, "Passage(): text must be a str, not int"),
    ((None, "span", "abc", 7), TypeError, "Passage(): author must be a str or None, not int"),
])
def test_a_bad_passage_is_one_line_naming_passage(args, error, message: str) -> None:
    """Pipeline library sweep: ``Passage("4", None, 3)`` was made as given, and a passage built by hand for
    ``find_pairs`` failed far from where it was made (``'str' object has no attribute 'comment'``)."""
    from bilingual import Location, Passage, Span

    location, span, *rest = args
    location = Location("4", 0, 3) if location is None else location
    span = Span(0, 3, "arabic") if span == "span" else span
    with pytest.raises(error) as info:
        Passage(location, span, *rest)
    assert str(info.value) == message
