"""Platform exports read as the platforms really write them (issue 15: no silent misread), on real-shaped samples in
tests/data/exports/ written for these tests (no real user data). Each test names the documented behaviour it checks."""

from __future__ import annotations

import json
from pathlib import Path

from bilingual.threads import iter_threads, read

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
AR = "اللهم بلغنا"


def threads(path: Path | bytes, fmt: str = "auto") -> list:
    return list(iter_threads(path, fmt))


# --- Reddit: <, >, & written as &lt; &gt; &amp; without raw_json=1 (https://www.reddit.com/dev/api#response_body_encoding)


def test_reddit_dump_entities_decoded_once():
    (t,) = threads(EXPORTS / "reddit_escaped.ndjson")
    text = {c.id: c.text for c in t.comments}
    assert text["e1"] == "It says: O God, let us reach (Ramadan) & <3"
    assert text["e2"] == f"> {AR}\n\nO God & grant us <3"  # a Markdown quote of the Arabic, seen as a quote
    assert text["e3"] == "In HTML you write &amp; for &"  # a typed "&amp;" (written "&amp;amp;"): decoded once
    assert text["e4"] == "raw: &amp; stays, > stays"  # fetched with raw_json=1 (body_html has real tags): as written
    assert text["e5"] == "> quoted again\nand &lt;b&gt; typed"  # a line on the general path (float created_utc)
    assert t.title == f"Q&A: what does “{AR}” mean? <help>"
    assert t.article == f"Seen under a video: {AR} & more <3"


def test_reddit_dump_hot_path_and_general_path_agree():
    """The same comment line read by the msgspec hot path and, with a key it does not know, by orjson."""
    lines = (EXPORTS / "reddit_escaped.ndjson").read_bytes().splitlines()
    odd = [json.dumps({**json.loads(line), "a_new_key": 1}).encode() for line in lines]
    plain = [(c.id, c.text) for c in threads(b"\n".join(lines[1:]) + b"\n")[0].comments]
    general = [(c.id, c.text) for c in threads(b"\n".join(odd[1:]) + b"\n")[0].comments]
    assert plain == general and plain[1] == ("e2", f"> {AR}\n\nO God & grant us <3")


def test_reddit_page_entities_more_stubs_and_marks():
    t = read(EXPORTS / "reddit_escaped_thread.json")
    assert t.title == f"Translate please: {AR} & thanks" and t.article == f"> {AR}"
    p2 = t.get("p2")
    assert p2.parent == "p1" and p2.text.startswith(f"> {AR}\n\n") and p2.text.endswith("& why <3")
    assert t.get("p1").text == "It means: O God, let us reach <it>"
    # "more" stubs: the replies not in the file are counted on the comment they hang under, never silently dropped
    assert p2.extra["missing_replies"] == 4 and "replies-missing" in p2.flags
    assert "missing_replies" not in t.get("p1").extra
    # stickied / distinguished: kept in extra only
    p0 = t.get("p0")
    assert p0.extra["stickied"] is True and p0.extra["distinguished"] == "moderator" and not p0.flags
    assert (t.get("p3").status, t.get("p3").author, t.get("p4").status) == ("deleted", None, "removed")
