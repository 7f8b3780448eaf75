"""Issue 20: pairing's index of the thread's texts holds only the texts that reading changes.

A dict of every comment's text (:func:`_thread_maps`) held 3.67 MiB at 100,000 comments beside the thread's own index
of its comments: the others are read from the comments themselves, in the same order and with the same values.
"""

from __future__ import annotations

from bilingual.pairing.find import _thread_maps
from bilingual.text.sentences import html_view
from bilingual.threads import Comment, Thread


def _thread() -> Thread:
    return Thread("An <b>article</b> &amp; its text", [
        Comment("a", None, "x", 0, "She wrote this.\nThen that."),
        Comment("b", "a", "y", 1, "it&#39;s a reply"),
        Comment("c", None, "x", 0, "The Story Of The King And The Sea\nplain"),
        Comment("d", "c", "z", 1, "One line only"),
    ], "jsonl")


def test_only_the_changed_texts_are_held() -> None:
    thread = _thread()
    texts, _ = _thread_maps(thread)
    assert not isinstance(texts, dict)
    held = texts._read  # type: ignore[attr-defined]
    assert set(held) == {None, "b", "c"}
    assert texts["a"] is thread.get("a").text and texts["d"] is thread.get("d").text


def test_the_same_mapping_as_a_dict_of_every_text() -> None:
    thread = _thread()
    texts, children = _thread_maps(thread)
    assert list(texts) == [None, "a", "b", "c", "d"]
    assert len(texts) == 5
    assert texts["b"] == html_view("it&#39;s a reply")[0] != "it&#39;s a reply"
    assert texts["c"].startswith("the story of the king")
    assert dict(texts.items())["a"] == "She wrote this.\nThen that."
    assert texts.get("missing", "") == "" and texts.get(None) == texts[None]
    assert "a" in texts and None in texts and "missing" not in texts
    assert children == {None: ["a", "c"], "a": ["b"], "c": ["d"]}


def test_no_article_no_none() -> None:
    texts, _ = _thread_maps(Thread(None, [Comment("a", None, "x", 0, "hi")], "jsonl"))
    assert list(texts) == ["a"] and None not in texts and texts.get(None) is None
