"""What the segment stage keeps of each passage holds less (issue 20 item 2: at most 10x the input), every value the
same: a segment equal to a sentence is that sentence's tuple and a span at a passage's edge holds the location's own
int; a passage's empty ``extra`` and a layer's empty ``machine`` and ``segment_flags`` are made on first use; a
normalized text that did not change is the text itself, the normalizer's settings are shared and read as copies, and
results where nothing moved share one empty map."""

from __future__ import annotations

import dataclasses
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual import normalize, run, Settings
from bilingual.doc import PassageLayers
from bilingual.pipeline import _placed, _segments_as
from bilingual.spans import Location, Passage, Span
from bilingual.threads import Comment, Thread

spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)).map(lambda t: (min(t), max(t))), max_size=6)


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(0, 5000), st.integers(0, 40), spans, spans)
def test_placed_spans_are_the_moved_ones(base: int, length: int, sentences: list[tuple[int, int]],
                                         segments: list[tuple[int, int]]) -> None:
    location = Location("1", base, base + length)
    moved = _placed(sentences, location)
    assert moved == [(base + a, base + b) for a, b in sentences]
    cut = _segments_as(moved, segments, location)
    assert cut == [(base + a, base + b) for a, b in segments]
    for span in cut:  # a segment equal to a sentence is a sentence's tuple
        assert span not in moved or any(span is s for s in moved)


def test_layers_share_without_changing_values() -> None:
    thread = Thread(None, [
        Comment("1", None, "a", 0, "Okay أنا اتولدت في القاهرة. وبعدين سافرت"),
        Comment("2", "1", "b", 1, "وبعدين سافرت"),
        Comment("3", "1", "c", 1, "x وبعدين سافرت"),
        Comment("4", "1", "d", 1, "ana msh 3aref ya habibi"),
    ], "jsonl")
    result = run(thread, Settings(mt=False), until="segment")
    for p in result.passages:
        base = p.passage.location.start
        assert p.text == result.doc(p.comment).text[base : p.passage.location.end]
        for s in p.segments:
            assert s not in p.sentences or any(s is t for t in p.sentences)
        assert p.machine == [] and p.segment_flags == []
        p.segment_flags.append(("x",))
        assert p.segment_flags == [("x",)] and p.machine is p.machine
        assert p.passage.extra == {}
        p.passage.extra["k"] = 1
        assert p.passage.extra == {"k": 1}
    plain = [p for p in result.passages if p.normalized.text == p.text]
    assert all(p.normalized.text is p.passage.text for p in plain if p.reading is None)


def test_empty_fields_made_on_first_use() -> None:
    passage = Passage(Location("1", 0, 3), Span(0, 3, "arabic"), "abc")
    assert passage == Passage(Location("1", 0, 3), Span(0, 3, "arabic"), "abc", extra={})
    given_extra: dict[str, object] = {}
    assert Passage(Location("1", 0, 3), Span(0, 3, "arabic"), "abc", extra=given_extra).extra is given_extra
    assert pickle.loads(pickle.dumps(passage)) == passage
    layers = PassageLayers(passage, [(0, 3)], [(0, 3)], normalize("abc"))
    assert layers.machine == [] and layers.segment_flags == []
    again = dataclasses.replace(layers, segments=[(0, 1)])
    assert again.machine == [] and again.segments == [(0, 1)]
    assert pickle.loads(pickle.dumps(layers)).to_dict() == layers.to_dict()
    assert "machine=[]" in repr(PassageLayers(passage, [], [], normalize("abc")))


def test_normalized_settings_read_as_copies() -> None:
    a, b = normalize("إخاء", profile="mt"), normalize("مورىتانيا", profile="mt")
    assert a.settings == b.settings and a.settings is not b.settings
    a.settings["alef"] = "changed"
    assert b.settings == a.settings and "changed" not in a.settings.values()
    back = pickle.loads(pickle.dumps(a))
    assert (back.text, back.settings, back.to_original(0, 2)) == (a.text, a.settings, a.to_original(0, 2))
    same = normalize("abc", profile="mt")
    assert same.to_original(1, 2) == (1, 2) and same.changes == [] and same.to_normalized(0, 3) == (0, 3)
