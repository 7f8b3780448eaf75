"""Hacker News: the Algolia API's item tree (hackernews_algolia.json) and the official API's items one a line
(hackernews_items.jsonl), both written by hand in the shapes the two APIs document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilingual.errors import InputError
from bilingual.pairing import pairs
from bilingual.threads import FORMATS, iter_threads, read

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
ALGOLIA = EXPORTS / "hackernews_algolia.json"
ITEMS = EXPORTS / "hackernews_items.jsonl"


def threads(source: Any, fmt: str = "auto", **kw: Any) -> list[Any]:
    return list(iter_threads(source, fmt, **kw))


def tree(t: Any) -> list[Any]:
    return sorted((c.id, c.parent, c.depth, c.author, c.text, c.status, c.flags, c.created) for c in t.comments)


def test_algolia_tree_is_one_thread_under_its_story():
    t = read(ALGOLIA)
    assert "hackernews" in FORMATS
    assert (t.format, t.platform, t.id, t.forum) == ("hackernews", "hackernews", "37800001", "Hacker News")
    assert (t.title, t.link) == ("Protest signs in Tahrir, translated", "https://news.ycombinator.com/item?id=37800001")
    assert t.article == "https://caironotes.example.org/2023/10/07/the-signs-in-tahrir/"  # a link story: its link
    assert [(c.id, c.parent, c.depth) for c in t.comments] == [
        ("37800002", None, 0), ("37800003", "37800002", 1), ("37800004", "37800003", 2), ("37800005", None, 0), ("37800006", "37800005", 1)]
    amir = t.get("37800004")
    assert amir.text == 'It\'s a prayer: "God, make us reach democracy and grant us freedom".\nSee https://en.wikipedia.org/wiki/Dua'
    assert (amir.author, amir.created, amir.permalink) == ("amir_h", "2023-10-07T09:25:00Z", "https://news.ycombinator.com/item?id=37800004")
    gone = t.get("37800005")  # deleted: Algolia keeps its place without author and text; its reply stays under it
    assert (gone.author, gone.text, gone.status) == (None, "", "deleted")
    assert t.get("37800006").text == "inshallah el 7orreya tigi\n\nx < y && y > z"


def test_official_items_a_line_are_grouped_under_their_story():
    """Each item names only its parent: a comment's thread is found by following parents to the story (a deleted
    comment's reply too); deleted and dead are said; an Ask HN story's text is the article."""
    ts = threads(ITEMS)
    assert [(t.id, t.title, len(t.comments)) for t in ts] == [
        ("37800001", "Protest signs in Tahrir, translated", 6), ("37811000", "Ask HN: Offline Arabic dictionaries?", 1)]
    story, ask = ts
    assert ask.article == "Is there a good offline Arabic-English dictionary?\nAsking for a research project."
    seen = {c.id: (c.parent, c.status, c.flags) for c in story.comments}
    assert seen["37800005"] == (None, "deleted", []) and seen["37800006"] == ("37800005", None, [])
    assert seen["37800007"] == (None, None, ["dead"]) and story.get("37800007").text == "Buy followers at http://spam.example"
    algolia = read(ALGOLIA)
    shared = {c.id for c in algolia.comments}
    assert {c.id: c.parent for c in story.comments if c.id in shared} == {c.id: c.parent for c in algolia.comments}


def test_items_in_any_order_spilled_or_not_and_as_an_array_read_alike(monkeypatch):
    from bilingual.threads import group

    lines = ITEMS.read_bytes().splitlines()
    held = sorted((t.id, tree(t)) for t in threads(ITEMS))
    for data in (b"\n".join(reversed(lines)), b"[" + b",".join(lines) + b"]"):
        assert sorted((t.id, tree(t)) for t in threads(data)) == held
    monkeypatch.setattr(group, "BUDGET_BYTES", 0)
    assert sorted((t.id, tree(t)) for t in threads(b"\n".join(reversed(lines)))) == held


def test_replies_the_items_list_and_the_file_lacks_are_said():
    """An item lists its replies ("kids") and a story counts its comments ("descendants"): a crawl cut short is said,
    on the comment (flag replies-missing, how many) and on the thread, not read as a whole thread."""
    lines = [line for line in ITEMS.read_text(encoding="utf-8").splitlines() if '"id":37800004' not in line and '"id":37800006' not in line]
    story = threads("\n".join(lines).encode())[0]
    sarah, gone = story.get("37800003"), story.get("37800005")
    assert (sarah.flags, sarah.extra["missing_replies"], sarah.extra["replies_shown"]) == (["replies-missing"], 1, 1)
    assert gone.flags == ["replies-missing"] and not story.get("37800002").flags
    assert story.warnings == ["<bytes>: the story counts 5 comments and the file holds 4 of them (a crawl cut short, or items left "
                              "out): the thread is not whole"]
    assert not any("replies-missing" in c.flags for t in threads(ITEMS) for c in t.comments)
    assert not any(t.warnings for t in threads(ITEMS))


def test_a_translation_reply_is_paired():
    t = read(ALGOLIA)
    found = {p.passage.location.comment: p for p in pairs(t)}
    assert found["37800002"].translation is not None and found["37800002"].translation.comment == "37800004"


def test_items_without_their_story_are_read_flagged_and_said():
    lines = [line for line in ITEMS.read_text(encoding="utf-8").splitlines() if '"type":"story"' not in line]
    ts = threads("\n".join(lines).encode())
    first = next(t for t in ts if t.id == "37800001")
    assert first.article is None and any("the story is not in the file" in w for w in first.warnings)
    assert all("orphan" in c.flags for c in first.comments if c.depth == 0)
    sub = json.loads(ALGOLIA.read_text(encoding="utf-8"))["children"][0]["children"][0]  # items/37800003: a comment's tree
    (t,) = threads(json.dumps(sub).encode())
    assert t.id == "37800001" and [(c.id, c.depth) for c in t.comments] == [("37800003", 0), ("37800004", 1)]
    assert t.comments[0].flags == ["orphan"] and t.comments[0].extra["missing_parent"] == "37800002"


def _line(n: int, change: dict[str, Any]) -> bytes:
    lines = ITEMS.read_text(encoding="utf-8").splitlines()
    item = json.loads(lines[n - 1])
    item.update(change)
    lines[n - 1] = json.dumps(item, ensure_ascii=False)
    return "\n".join(lines).encode()


@pytest.mark.parametrize("data, message", [
    (_line(2, {"parent": "37800001"}), r'^<bytes>:2: a Hacker News item\'s "parent" must be a whole number, not a string'),
    (_line(5, {"text": ["x"]}), r'^<bytes>:5: a Hacker News item\'s "text" must be a string, not an array'),
    (_line(5, {"kids": 3}), r'^<bytes>:5: "kids" must be an array, not a number'),
    (_line(6, {"parent": None}), r'^<bytes>:6: a Hacker News comment without its "parent"'),
    (_line(6, {"type": "reply"}), r'^<bytes>:6: a Hacker News item\'s "type" must be one of story, comment, job, poll, pollopt'),
    (_line(6, {"id": 37800002}), r"^<bytes>:6: duplicate comment id '37800002'"),
    (ITEMS.read_bytes()[:400], r"^<bytes>:2: malformed JSON: the input ends inside a string begun at column 73 \(cut short\?\); --skip-bad skips this record$"),
    (ALGOLIA.read_bytes().replace(b'"children":[],', b'"children":{},', 1),
     r'^<bytes>:1 children\[0\]\.children\[0\]\.children\[0\]: "children" must be an array, not dict'),
    (ALGOLIA.read_bytes().replace(b'"id":37800003', b'"id":"x"', 1), r'^<bytes>:1 children\[0\]\.children\[0\]: a Hacker News item\'s "id" must be'),
])
def test_bad_items_are_one_line_errors_with_their_place(data, message):
    with pytest.raises(InputError, match=message) as info:
        threads(data)
    assert "\n" not in str(info.value)


def test_skip_bad_skips_a_bad_item_and_reads_on():
    ts = threads(_line(5, {"text": ["x"]}), skip_bad=True)
    assert sum(len(t.comments) for t in ts) == 6 and any("<bytes>:5: a Hacker News item" in w for t in ts for w in t.warnings)


def test_forced_format_and_empty_input():
    assert [t.id for t in threads(ITEMS, "hackernews")] == ["37800001", "37811000"]
    with pytest.raises(InputError, match="empty input"):
        threads(b"\n", "hackernews")
    with pytest.raises(InputError, match=r"^<bytes>: no comments in the input"):
        threads(b"[]", "hackernews")
