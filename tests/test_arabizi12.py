"""bench/bench_arabizi_context.py: HaifaCLG sentences segmented inside their comment or their writer's text."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import bench_arabizi_context as context  # noqa: E402


def test_groups_keep_each_comment_and_writer_in_sentence_order() -> None:
    keys = [("u1", "c1", 2), ("u2", "c9", 1), ("u1", "c1", 1), ("u1", "c2", 1)]
    assert list(context.groups(keys, "sentence")) == [[k] for k in keys]
    assert list(context.groups(keys, "comment")) == [[("u1", "c1", 1), ("u1", "c1", 2)], [("u2", "c9", 1)], [("u1", "c2", 1)]]
    assert list(context.groups(keys, "user")) == [[("u1", "c1", 1), ("u1", "c1", 2), ("u1", "c2", 1)], [("u2", "c9", 1)]]


def test_joined_text_keeps_every_token_at_its_offsets() -> None:
    sents = [[("ana", "0"), ("msh", "0")], [("I", "1"), ("agree", "1")]]
    text, offsets = context.joined(sents, "\n")
    assert text == "ana msh\nI agree"
    assert [[text[a:b] for a, b in offs] for offs in offsets] == [["ana", "msh"], ["I", "agree"]]


def test_readings_take_a_quoted_arabic_word_not_an_english_one() -> None:
    line = "the word comes from faragh but we mean tafreegh since the podcast is an outlet".split()
    assert context.reading_words(line, 3.5, 1, None) == {"faragh", "tafreegh"}
    assert context.reading_words(line, 3.5, 3, None) == set()
    assert context.reading_words("youu are sooo veryy nice".split(), 3.5, 1, None) == set()  # text-speak
