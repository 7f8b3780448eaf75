"""Readers of the newer platforms' exports (issue 15 follow-up): Bluesky's getPostThread, on real-shaped samples in
tests/data/exports/ and small documents built here."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from bilingual.errors import InputError
from bilingual.pairing import pairs
from bilingual.threads import detect_format, iter_threads, read

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
ROOT = "at://did:plc:4lina7cairo2news3x/app.bsky.feed.post/3l6oveex3ii2l"


def threads(data: Any, fmt: str = "auto", **kw: Any) -> list[Any]:
    return list(iter_threads(data if isinstance(data, bytes) else json.dumps(data).encode(), fmt, **kw))


def test_every_other_sample_is_detected_as_before():
    """No existing export reads as one of the new formats (the other tests check each one's own format)."""
    for path in sorted(EXPORTS.iterdir()):
        if path.suffix in (".json", ".jsonl", ".ndjson", ".js") and not path.name.startswith(("bluesky", "mastodon", "discord")):
            try:
                fmt = detect_format(path.read_text(encoding="utf-8"))
            except InputError:  # unknown.json, array.json: JSON no format claims
                continue
            assert fmt not in ("bluesky", "mastodon", "discord"), path.name


@pytest.mark.parametrize("extra", [{"post": {"uri": "at://did:plc:x/app.bsky.feed.post/1"}}, {"$type": "app.bsky.feed.defs#threadViewPost"},
                                   {"account": {}, "content": "<p>a</p>", "spoiler_text": ""}, {"ancestors": [], "descendants": []},
                                   {"guild": {}, "channel": {}, "messages": []}, {"did": "did:plc:x", "time_us": 1, "kind": "commit"},
                                   {"stream": ["public"], "event": "update", "payload": "{}"}])
def test_a_record_of_the_projects_jsonl_stays_jsonl_whatever_else_it_keeps(extra):
    """Our own JSONL keeps any other keys in extra: a record with "id" and a "text" string is JSONL, as before."""
    assert detect_format(json.dumps({"id": "1", "text": "a", **extra})) == "jsonl"


# --- Bluesky: app.bsky.feed.getPostThread ---------------------------------------------------------------


def bluesky_doc() -> dict[str, Any]:
    return json.loads((EXPORTS / "bluesky_thread.json").read_text(encoding="utf-8"))


def test_bluesky_thread_root_is_the_article_and_replies_nest():
    t = read(EXPORTS / "bluesky_thread.json")
    assert (t.format, t.platform, t.id) == ("bluesky", "bluesky", ROOT)
    assert t.link == "https://bsky.app/profile/lina.cairo.news/post/3l6oveex3ii2l"
    # the shortened link of the post's text is its whole address again (the link facet holds it)
    assert "https://www.nytimes.com/2023/10/07/world/middleeast/cairo-protest.html #Cairo" in t.article
    rkeys = [(c.id, c.depth) for c in t.comments]
    assert rkeys == [("3l6ovg2ab7k2x", 0), ("3l6ovhq5mzs2c", 1), ("3l6ovjz4cqk2d", 2), ("3l6ovn7xkqs2e", 0), ("3l6ovm3tbdc2y", 0),
                     ("3l6ovp2hq4c2f", 0)]
    amir = t.comments[0]
    assert (amir.author, amir.created, amir.extra["langs"], amir.extra["name"]) == ("amir-h.bsky.social", "2023-10-07T09:13:20Z", ["ar"], "Amir H")
    assert amir.permalink == "https://bsky.app/profile/amir-h.bsky.social/post/3l6ovg2ab7k2x"
    assert amir.extra["uri"] == "at://did:plc:amir5h2k7q3m9x/app.bsky.feed.post/3l6ovg2ab7k2x"


def test_bluesky_placeholders_and_cut_replies_are_flagged_never_dropped():
    t = read(EXPORTS / "bluesky_thread.json")
    gone, karim, blocked = t.comments[3:]
    assert (gone.text, gone.flags, gone.author) == ("", ["not-found"], None)
    assert (blocked.text, blocked.flags, blocked.extra) == ("", ["blocked"], {
        "did": "did:plc:blk9z8y7x6w5v", "uri": "at://did:plc:blk9z8y7x6w5v/app.bsky.feed.post/3l6ovp2hq4c2f"})
    assert karim.flags == ["replies-missing"] and karim.extra["missing_replies"] == 2
    assert karim.extra["alt_text"] == ["لافتة: الحرية لمصر"]  # the words of the image the post holds
    assert t.warnings == [f"{EXPORTS / 'bluesky_thread.json'}: the root post shows 5 replies and the file holds 4 of them "
                          "(hidden, deleted, or left out by getPostThread's depth): the thread is not whole"]


def test_bluesky_comment_ids_are_record_keys_unless_two_posts_share_one():
    """A post's id was its whole at:// uri (60 characters before the text on every terminal line); it is the record
    key a reader recognizes from the post's address, the uri in extra. An orphan's parent outside the file keeps its
    uri (extra["missing_parent"]); two authors' posts with one record key keep their uris (ids must be unique in a thread)."""
    doc = bluesky_doc()
    sarah = copy.deepcopy(doc["thread"]["replies"][0]["replies"][0])
    (t,) = threads({"thread": sarah})
    assert [c.id for c in t.comments] == ["3l6ovhq5mzs2c", "3l6ovjz4cqk2d"]
    assert t.comments[0].extra["missing_parent"] == "at://did:plc:amir5h2k7q3m9x/app.bsky.feed.post/3l6ovg2ab7k2x"
    assert t.comments[1].parent == "3l6ovhq5mzs2c"
    twin = doc["thread"]["replies"][0]["replies"][0]["post"]
    twin["uri"] = twin["uri"].replace("3l6ovhq5mzs2c", "3l6ovg2ab7k2x")
    (t,) = threads(doc)
    assert t.comments[0].id == "at://did:plc:amir5h2k7q3m9x/app.bsky.feed.post/3l6ovg2ab7k2x" and t.comments[1].parent == t.comments[0].id
    stream = {c.id for t in iter_threads(EXPORTS / "bluesky_jetstream.jsonl") for c in t.comments}
    assert stream and not any(i.startswith("at://") for i in stream)


def test_bluesky_translation_reply_is_paired():
    t = read(EXPORTS / "bluesky_thread.json")
    found = {p.passage.location.comment: p for p in pairs(t)}
    amir = found[t.comments[0].id]
    assert amir.translation is not None and amir.translation.comment == t.comments[2].id
    assert amir.translation_text == "God, make us reach democracy and grant us freedom"


def test_bluesky_quotes_and_links_are_kept_beside_the_words():
    doc = bluesky_doc()
    sarah = doc["thread"]["replies"][0]["replies"][0]["post"]["record"]
    sarah["embed"] = {"$type": "app.bsky.embed.recordWithMedia", "record": {"$type": "app.bsky.embed.record", "record": {"uri": ROOT, "cid": "bafy"}},
                      "media": {"$type": "app.bsky.embed.external", "external": {"uri": "https://example.org/a", "title": "A", "description": ""}}}
    (t,) = threads(doc)
    assert (t.comments[1].extra["quotes"], t.comments[1].extra["link"]) == (ROOT, "https://example.org/a")


def test_bluesky_reply_asked_for_reads_its_parent_chain():
    """getPostThread of a reply: its ancestors come as a "parent" chain above it, the root at the top."""
    doc = bluesky_doc()
    root = doc["thread"]
    amir = root["replies"][0]
    sarah = amir["replies"][0]
    asked = {**sarah, "parent": {**{k: v for k, v in amir.items() if k != "replies"}, "parent": {k: v for k, v in root.items() if k != "replies"}}}
    (t,) = threads({"thread": asked})
    assert t.id == ROOT and t.article.startswith("Protest signs")
    assert [(c.id, c.depth) for c in t.comments] == [("3l6ovg2ab7k2x", 0), ("3l6ovhq5mzs2c", 1), ("3l6ovjz4cqk2d", 2)]
    assert not any(c.flags for c in t.comments)  # an ancestor's replies are not in a reply's thread: nothing said missing


def test_bluesky_chain_cut_below_the_root_is_said():
    doc = bluesky_doc()
    sarah = copy.deepcopy(doc["thread"]["replies"][0]["replies"][0])
    (t,) = threads({"thread": sarah})
    assert t.id == ROOT and t.article is None
    first = t.comments[0]
    assert first.flags == ["orphan"] and first.extra["missing_parent"].endswith("/3l6ovg2ab7k2x")
    assert "the thread's root post is not in the file" in t.warnings[0]


def test_bluesky_thread_v2_is_named_and_refused():
    v2 = {"thread": [{"uri": ROOT, "depth": 0, "value": {"$type": "app.bsky.unspecced.defs#threadItemPost", "post": {}, "hasReplies": False}}]}
    with pytest.raises(InputError, match="thread: a getPostThreadV2 response .* save app.bsky.feed.getPostThread's response"):
        threads(v2)


def test_bluesky_line_per_thread_and_forced_format():
    line = json.dumps(bluesky_doc(), ensure_ascii=False) + "\n"
    ts = threads((line * 2).encode(), "bluesky", skip_bad=True)
    assert [t.format for t in ts] == ["bluesky"] and len(ts[0].comments) == 6  # the same thread twice: duplicates skipped
    assert any("duplicate comment id" in w for w in ts[0].warnings)


@pytest.mark.parametrize("doc, message", [
    ({"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {"uri": "at://x/app.bsky.feed.post/1", "record": {}}}},
     'thread: a Bluesky post without a "record" holding its "text"'),
    ({"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {"uri": "at://x/app.bsky.feed.post/1", "record": {"text": "a"}},
                 "replies": [{"$type": "app.bsky.feed.defs#threadViewPost", "post": {"record": {"text": "b"}}}]}},
     'thread.replies\\[0\\]: a Bluesky post without its "uri"'),
    ({"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {"uri": "at://x/app.bsky.feed.post/1", "record": {"text": "a"}},
                 "replies": 3}}, 'thread: "replies" must be an array, not a number'),
    ({"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {"uri": "at://x/app.bsky.feed.post/1", "record": {"text": "a"}},
                 "parent": "up"}}, 'thread.parent: a Bluesky "parent" must be a thread node'),
    ({"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {"uri": "at://x/app.bsky.feed.post/1", "record": {"text": "a"}},
                 "replies": [{"$type": "app.bsky.feed.defs#somethingNew", "uri": "at://y"}]}}, "is no Bluesky thread node"),
])
def test_bluesky_of_wrong_shape_is_a_one_line_error(doc, message):
    with pytest.raises(InputError, match=message) as exc:
        threads(doc)
    assert "\n" not in str(exc.value)


# --- Mastodon: GET /api/v1/statuses/:id and its /context ------------------------------------------------


def mastodon_doc() -> dict[str, Any]:
    return json.loads((EXPORTS / "mastodon_context.json").read_text(encoding="utf-8"))


def test_mastodon_status_with_its_context_is_one_thread():
    t = read(EXPORTS / "mastodon_context.json")  # {"status": ..., "context": {"ancestors": [], "descendants": [...]}}
    assert (t.format, t.platform, t.id, t.forum) == ("mastodon", "mastodon", "111200000000000001", "mastodon.social")
    assert t.link == "https://mastodon.social/@lina/111200000000000001"
    # paragraphs and <br> as line breaks, the link's hidden parts read, the hashtag without its address
    assert t.article == ("Protest signs in Tahrir this morning, photos in the piece:\n"
                         "https://www.nytimes.com/2023/10/07/world/middleeast/cairo-protest.html\n\n#Cairo")
    assert [(c.id[-2:], c.parent and c.parent[-2:], c.depth) for c in t.comments] == [
        ("02", None, 0), ("03", "02", 1), ("04", "03", 2), ("05", None, 0), ("07", None, 0)]
    amir, sarah, answer, karim, orphan = t.comments
    assert (amir.author, amir.created, amir.extra["content_warning"], amir.extra["language"]) == (
        "amir", "2023-10-07T09:13:20Z", "Arabic, a prayer", "ar")
    assert (sarah.author, sarah.text) == ("sarahk@hachyderm.io", "@amir@mastodon.social what does this mean?")
    assert answer.text == "@sarahk@hachyderm.io God, make us reach democracy and grant us freedom"
    assert karim.extra["alt_text"] == ["لافتة: الحرية لمصر"] and karim.extra["attachments"][0].endswith("/sign.jpg")
    assert orphan.flags == ["orphan"] and orphan.extra["missing_parent"] == "111200000000000006"
    assert t.warnings == [f"{EXPORTS / 'mastodon_context.json'}: 1 status answers a status not in the file (deleted, private, or not "
                          "shared with this server): read at the top, flagged orphan"]


def test_mastodon_translation_reply_is_paired():
    t = read(EXPORTS / "mastodon_context.json")
    found = {p.passage.location.comment: p for p in pairs(t)}
    assert found["111200000000000002"].translation.comment == "111200000000000004"


def test_mastodon_array_of_statuses_and_status_with_context_keys_read_alike():
    doc = mastodon_doc()
    statuses = [doc["status"], *doc["context"]["descendants"]]
    merged = {**doc["status"], **doc["context"]}
    expected = [(c.id, c.parent, c.text) for c in read(EXPORTS / "mastodon_context.json").comments]
    for shape in (statuses, merged):
        (t,) = threads(shape)
        assert t.format == "mastodon" and t.id == "111200000000000001"
        assert [(c.id, c.parent, c.text) for c in t.comments] == expected


def test_mastodon_statuses_of_other_conversations_are_said():
    doc = mastodon_doc()
    other = doc["context"]["descendants"][0] | {"id": "111200000000000100", "in_reply_to_id": None}
    (t,) = threads([doc["status"], *doc["context"]["descendants"], other])
    assert t.comments[-1].id == "111200000000000100" and t.comments[-1].parent is None
    assert any("1 more status answers nothing (the file holds more than one conversation)" in w for w in t.warnings)


def test_mastodon_context_without_its_status_says_so():
    context = {"ancestors": [], "descendants": mastodon_doc()["context"]["descendants"]}
    (t,) = threads(context)
    assert t.article is None
    assert [c.id[-2:] for c in t.comments if "orphan" in c.flags] == ["02", "05", "07"]  # each answered the missing status
    assert any("without its status" in w for w in t.warnings)
    assert any("first status is not in the file" in w for w in t.warnings)


def test_mastodon_content_is_read_in_linear_time():
    import time

    from bilingual.threads.social import mastodon_text

    # CPU time, not wall: under a loaded machine's contention the wall clock of a 0.2 s call passed 1 s;
    # a quadratic reading of these 60,000 tags would take minutes of CPU.
    for hostile in ("<a " * 60000, '<a class="mention" href="x">' * 30000 + "</a>", "<a x>" * 60000 + "</a>"):
        start = time.process_time()
        mastodon_text(hostile, [])
        assert time.process_time() - start < 1.0


@pytest.mark.parametrize("doc, message", [
    ({"ancestors": [], "descendants": [{"id": "1", "account": {}, "spoiler_text": ""}]},
     'descendants\\[0\\]: a Mastodon status needs "id" and a "content" string'),
    ({"ancestors": 3, "descendants": []}, '"ancestors" must be an array, not a number'),
    ({"status": "x", "context": {"ancestors": [], "descendants": []}}, "status: a Mastodon status must be an object, not a string"),
    ([], "an empty array: a Mastodon export is a status"),
    ([{"id": "1", "content": "<p>a</p>", "account": {}, "spoiler_text": "", "in_reply_to_id": 1.5}], '"in_reply_to_id" must be a string'),
])
def test_mastodon_of_wrong_shape_is_a_one_line_error(doc, message):
    with pytest.raises(InputError, match=message) as exc:
        threads(doc, "mastodon")
    assert "\n" not in str(exc.value)


def test_mastodon_forced_on_other_json_names_the_shapes_it_takes():
    with pytest.raises(InputError, match=r"a Mastodon export is a status \(GET /api/v1/statuses/:id\), its context"):
        threads({"foo": 1}, "mastodon")


# --- Discord: DiscordChatExporter's JSON ----------------------------------------------------------------


def discord_doc() -> dict[str, Any]:
    return json.loads((EXPORTS / "discord_channel.json").read_text(encoding="utf-8"))


def test_discord_channel_is_a_thread_and_replies_follow_their_reference():
    t = read(EXPORTS / "discord_channel.json")
    assert (t.format, t.platform, t.id, t.title) == ("discord", "discord", "320000000000000010", "news-in-arabic")
    assert (t.forum, t.article) == ("Arabic learners / Reading room", "Arabic in the news, and what it says")
    assert t.link == "https://discord.com/channels/330000000000000001/320000000000000010"
    # the join and "started a thread" notices are no one's words: left out
    assert [(c.id[-2:], c.parent and c.parent[-2:], c.depth) for c in t.comments] == [
        ("02", None, 0), ("03", None, 0), ("04", "03", 1), ("05", "04", 2), ("06", None, 0), ("08", None, 0)]
    lina, amir, sarah, answer, karim, late = t.comments
    assert (amir.author, amir.extra["nickname"], amir.created) == ("amir.h", "Amir", "2023-10-07T09:13:20Z")  # +03:00 -> UTC
    assert amir.permalink == "https://discord.com/channels/330000000000000001/320000000000000010/340000000000000003"
    assert (answer.extra["edited"], lina.extra["pinned"], karim.extra["attachments"]) == ("2023-10-07T09:31:05Z", True, ["sign.jpg"])
    assert late.flags == ["orphan"] and late.extra["missing_parent"] == "340000000000000000"
    assert t.warnings == [f"{EXPORTS / 'discord_channel.json'}: 1 reply answers a message not in the file (deleted, or outside the "
                          "export's --after/--before range): read at the top, flagged orphan"]


def test_discord_translation_reply_is_paired():
    t = read(EXPORTS / "discord_channel.json")
    found = {p.passage.location.comment: p for p in pairs(t)}
    assert found["340000000000000003"].translation.comment == "340000000000000005"


def test_discord_thread_export_forward_and_cut_file():
    """A thread (or forum post) is exported as a channel of its own; a forward reads as what it forwards and its
    reference is no reply; a messageCount above the messages held says the file is cut."""
    doc = discord_doc()
    doc["channel"].update({"type": "GuildPublicThread", "name": "What do the signs say?", "category": "news-in-arabic"})
    forward = doc["messages"][2] | {"id": "340000000000000009", "type": "Default", "content": "",
                                    "reference": {"type": "Forward", "messageId": "340000000000000003"},
                                    "forwardedMessage": {"content": "اللهم بلغنا الديمقراطية"}}
    doc["messages"].append(forward)
    doc["messageCount"] = 20
    (t,) = threads(doc)
    assert (t.title, t.forum) == ("What do the signs say?", "Arabic learners / news-in-arabic")
    last = t.comments[-1]
    assert (last.text, last.flags, last.parent) == ("اللهم بلغنا الديمقراطية", ["forwarded"], None)
    assert any("holds 20 messages and the file has 9" in w for w in t.warnings)


@pytest.mark.parametrize("change, message", [
    ({"messages": 3}, 'needs "guild" and "channel" objects and a "messages" array'),
    ({"messages": [{"id": "1", "type": "Default", "content": 5}]}, 'messages\\[0\\]: a Discord message needs "id" and a "content" string'),
    ({"messages": [{"type": "Default", "content": "a"}]}, 'messages\\[0\\]: a Discord message needs "id"'),
    ({"messages": [{"id": "1", "content": "a", "type": "Reply", "reference": {"messageId": 1.5}}]}, '"reference.messageId" must be a string'),
    ({"guild": "x"}, 'a Discord export \\(DiscordChatExporter\'s JSON\\) needs "guild"'),
])
def test_discord_of_wrong_shape_is_a_one_line_error(change, message):
    doc = discord_doc() | change
    with pytest.raises(InputError, match=message) as exc:
        threads(doc, "discord")
    assert "\n" not in str(exc.value)


# --- Corpus-scale Bluesky and Mastodon: Jetstream events and a status a line ------------------------------


def summary(ts: list[Any]) -> list[Any]:
    return [(t.id, t.article is not None, [(c.id, c.parent, c.author, c.status, c.text, c.flags) for c in t.comments], t.warnings)
            for t in ts]


def test_jetstream_events_are_grouped_by_their_root_post():
    """Jetstream (one event a line): a post's thread is its reply.root, the root post the article; likes, reposts,
    follows, identity and account events are skipped and counted; a post deleted later reads as deleted. Each line
    was its own thread, or no known format, before."""
    path = EXPORTS / "bluesky_jetstream.jsonl"
    first, second = list(iter_threads(path))
    assert (first.format, first.platform, first.id) == ("bluesky", "bluesky", ROOT)
    assert first.article.startswith("Protest signs in Tahrir") and "https://www.nytimes.com/2023/10/07/world/middleeast/" in first.article
    assert [(c.id[-13:], c.parent and c.parent[-13:], c.depth, c.status) for c in first.comments] == [
        ("3l6ovg2wq7s2x", None, 0, None), ("3l6ovh7nd4c2y", "3l6ovg2wq7s2x", 1, None), ("3l6ovn3zz8g2c", None, 0, "deleted")]
    assert first.comments[2].text == "" and first.comments[0].author == "did:plc:sara3beirut8lit"
    assert first.comments[0].permalink == "https://bsky.app/profile/did:plc:sara3beirut8lit/post/3l6ovg2wq7s2x"
    assert first.warnings == [f"{path}: 5 lines of no thread skipped (1 identity event, 1 app.bsky.feed.like commit, 1 account event, "
                              "1 app.bsky.feed.repost commit, 1 app.bsky.graph.follow commit)",
                              f"{path}: 1 delete in the stream: the posts the file holds read as deleted, without their text"]
    # a thread whose root post is not in the file: no article, its replies under their own parents
    assert second.id == "at://did:plc:press2agency7x0q/app.bsky.feed.post/3l6oqzzz2aa2k" and second.article is None
    assert second.warnings == [f"{path}: the thread's root post is not in the file (posted before the stream was recorded, or left "
                               "out by its filter): the thread is read from the replies it holds"]
    assert [c.extra.get("alt_text") for c in second.comments] == [["Sunrise over the Citadel, Amman"], None]
    assert second.comments[1].parent == second.comments[0].id


def test_mastodon_statuses_a_line_are_grouped_by_conversation():
    """Statuses saved one a line (a timeline, streaming "update" messages whose payload is the status as a string):
    a reply joins the thread of the status it answers; boosts and other events are skipped and counted, "delete"
    events mark their status."""
    path = EXPORTS / "mastodon_stream.jsonl"
    ts = list(iter_threads(path))
    assert [(t.id, t.article is not None, len(t.comments)) for t in ts] == [
        ("111200000000000001", True, 4), ("111200000000000006", False, 1), ("111200000000000100", True, 1)]
    whole = read(EXPORTS / "mastodon_context.json")
    assert [(c.id, c.parent, c.text) for c in ts[0].comments] == [(c.id, c.parent, c.text) for c in whole.comments[:4]]
    assert ts[0].article == whole.article and ts[0].forum == "mastodon.social"
    lost = ts[1].comments[0]
    assert (lost.status, lost.text, lost.flags) == ("deleted", "", ["orphan"])
    assert ts[1].warnings == [f"{path}: the conversation's first status is not in the file (posted before the timeline was saved, "
                              "deleted, or private): the statuses answering it are read at the top, flagged orphan"]
    assert ts[0].warnings == [f'{path}: 2 lines of no thread skipped (1 boost, 1 "notification" event)',
                              f"{path}: 1 delete in the stream: the posts the file holds read as deleted, without their text"]


def test_mastodon_timeline_saved_newest_first_is_joined_in_memory_and_when_spilled(monkeypatch):
    """A timeline's pages run newest first: replies come before the statuses they answer. Their groups join the thread
    of the status they answer, held in memory and past the grouping budget (spilled to disk) alike: a spilled read gave
    the replies read before the reply they answer as threads of their own."""
    from bilingual.threads import group

    lines = (EXPORTS / "mastodon_stream.jsonl").read_bytes().splitlines()
    data = b"\n".join(reversed(lines))
    ts = threads(data)
    assert [(t.id, len(t.comments)) for t in ts] == [("111200000000000100", 1), ("111200000000000006", 1), ("111200000000000001", 4)]
    first = ts[2]
    assert [(c.id[-1], c.parent and c.parent[-1], c.depth) for c in first.comments] == [
        ("5", None, 0), ("2", None, 0), ("3", "2", 1), ("4", "3", 2)]
    monkeypatch.setattr(group, "BUDGET_BYTES", 0)
    spilled = threads(data)
    def tree(ts: list[Any]) -> list[Any]:  # the input's warnings go with the first thread read, which a spill changes
        return sorted((t.id, t.article is not None, sorted((c.id, c.parent, c.depth, c.text, c.flags) for c in t.comments)) for t in ts)

    assert tree(spilled) == tree(ts)
    assert sorted(w for t in spilled for w in t.warnings) == sorted(w for t in ts for w in t.warnings)
    assert {c.id: (c.parent, c.depth) for c in next(t for t in spilled if t.id == first.id).comments} == {
        c.id: (c.parent, c.depth) for c in first.comments}


def test_mastodon_reply_chain_newest_first_is_one_thread_when_spilled(monkeypatch):
    """A chain of five replies saved newest first, beside other conversations, past the budget: one thread."""
    from bilingual.threads import group

    def status(sid, parent):
        return {"id": sid, "in_reply_to_id": parent, "content": f"<p>s{sid}</p>", "spoiler_text": "", "url": f"https://m.example/@a/{sid}",
                "created_at": "2023-10-07T10:00:00.000Z", "account": {"acct": "a", "username": "a"}}

    chain = [status(str(i), str(i - 1) if i > 1 else None) for i in range(1, 7)]
    others = [status(str(100 + i), None) for i in range(5)]
    data = "\n".join(json.dumps(s) for s in reversed(chain + others)).encode()
    monkeypatch.setattr(group, "BUDGET_BYTES", 0)
    ts = threads(data)
    assert sorted(len(t.comments) for t in ts) == [0, 0, 0, 0, 0, 5]
    whole = next(t for t in ts if t.comments)
    assert whole.id == "1" and [c.depth for c in whole.comments if c.id == "6"] == [4]
    assert not any("newest first" in w for t in ts for w in t.warnings)


def test_streams_read_alike_when_they_spill_and_when_forced(monkeypatch):
    from bilingual.threads import group

    for name, fmt in (("bluesky_jetstream.jsonl", "bluesky"), ("mastodon_stream.jsonl", "mastodon")):
        held = sorted(summary(list(iter_threads(EXPORTS / name))))
        assert sorted(summary(list(iter_threads(EXPORTS / name, fmt)))) == held
        data = (EXPORTS / name).read_bytes()
        assert sorted(summary(threads(data.decode("utf-8").encode("utf-16"), fmt))) == sorted(
            [(k, a, c, [w.replace(str(EXPORTS / name), "<bytes>") for w in ws]) for k, a, c, ws in held])
        with monkeypatch.context() as m:
            m.setattr(group, "BUDGET_BYTES", 0)  # spills at the second thread: the input's warnings go with another thread
            spilled = sorted(summary(list(iter_threads(EXPORTS / name))))
            assert [t[:3] for t in spilled] == [t[:3] for t in held] and sorted(sum((t[3] for t in spilled), [])) == sorted(sum((t[3] for t in held), []))


@pytest.mark.parametrize("line, message", [
    ({"did": "did:plc:a", "time_us": 1, "kind": "commit"}, '<bytes>:2: a Jetstream commit event without its "commit" object'),
    ({"did": "did:plc:a", "time_us": 1, "kind": "commit", "commit": {"operation": "create", "collection": "app.bsky.feed.post"}},
     '<bytes>:2: a Jetstream post commit without its "rkey"'),
    ({"did": "did:plc:a", "time_us": 1, "kind": "commit", "commit": {"operation": "create", "collection": "app.bsky.feed.post",
                                                                       "rkey": "3k", "record": {"text": 5}}},
     '<bytes>:2: a Jetstream post create without a "record" holding its "text"'),
    ({"did": "did:plc:a", "time_us": 1, "kind": "commit", "commit": {"operation": "create", "collection": "app.bsky.feed.post",
                                                                       "rkey": "3k", "record": {"text": "a", "reply": {"root": {}}}}},
     '<bytes>:2: a Bluesky reply needs "reply.root.uri" and "reply.parent.uri"'),
])
def test_jetstream_line_of_wrong_shape_is_a_one_line_error_and_skip_bad_reads_on(line, message):
    good = (EXPORTS / "bluesky_jetstream.jsonl").read_bytes().split(b"\n", 1)
    data = good[0] + b"\n" + json.dumps(line).encode() + b"\n" + good[1]
    with pytest.raises(InputError, match=message) as exc:
        threads(data)
    assert "\n" not in str(exc.value)
    assert len(threads(data, skip_bad=True)) == 2


@pytest.mark.parametrize("line, message", [
    ({"stream": ["public"], "event": "update", "payload": "{\"id\": "}, "<bytes>:2 payload: malformed JSON"),
    ({"stream": ["public"], "event": "update", "payload": 5}, "<bytes>:2 payload: expected a JSON object, got a number"),
    ({"stream": ["public"], "event": "delete", "payload": None}, '<bytes>:2: a Mastodon "delete" event whose "payload" is no status id'),
    ({"stream": ["public"], "event": "update", "payload": {"id": "9", "account": {}, "content": 5, "spoiler_text": ""}},
     '<bytes>:2: a Mastodon status needs "id" and a "content" string'),
])
def test_mastodon_stream_line_of_wrong_shape_is_a_one_line_error(line, message):
    good = (EXPORTS / "mastodon_stream.jsonl").read_bytes().split(b"\n", 1)
    data = good[0] + b"\n" + json.dumps(line).encode() + b"\n" + good[1]
    with pytest.raises(InputError, match=message) as exc:
        threads(data)
    assert "\n" not in str(exc.value)


def test_a_big_json_export_is_parsed_from_its_bytes(tmp_path):
    """One JSON document (a DiscordChatExporter channel, Telegram's result.json) is parsed from its UTF-8 bytes: decoding
    it to a str first held the str (2 bytes a character once an Arabic letter is in it) and orjson's UTF-8 copy of it
    beside the bytes and the parsed value (6.6 times the file's size at the peak, 3.7 then, with orjson 3.8). Since
    orjson 3.11 tracemalloc sees orjson's own buffers too, so the read is measured against orjson's parse of the bytes
    alone: the str and its UTF-8 copy would add about three times the file's size."""
    import tracemalloc

    import orjson

    doc = discord_doc()
    one = doc["messages"][1]
    doc["messages"] = [one | {"id": str(340000000000100000 + i), "content": f"{i} اللهم بلغنا الديمقراطية وارزقنا الحرية " * 3}
                       for i in range(1000)]
    path = tmp_path / "channel.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        floor = orjson.loads(path.read_bytes())
        parse_peak = tracemalloc.get_traced_memory()[1]
        del floor
        tracemalloc.reset_peak()
        t = read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(t.comments) == 1000 and t.comments[5].text.startswith("5 اللهم")
    assert peak < parse_peak + 1.5 * size, (peak / size, parse_peak / size)
