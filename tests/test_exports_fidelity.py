"""Platform exports read as the platforms really write them (issue 15: no silent misread), on real-shaped samples in
tests/data/exports/ written for these tests (no real user data). Each test names the documented behaviour it checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilingual.errors import InputError
from bilingual.pairing import pairs
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


# --- X: v1.1 / archive full_text and v2 text escape <, >, & (selfoss#945, FxEmbed#24); note_tweet holds a long post


def test_x_archive_bare_entries_entities_and_truncated_retweet():
    t = read(EXPORTS / "tweets_bare.js")  # an older archive: tweets not wrapped in {"tweet": ...}
    assert t.get("5001").text == f"{AR} & peace <3 >_<"
    assert t.get("5002").text == f"@me > {AR}\nmeans: O God, let us reach (it) &amp; more" and t.get("5002").parent == "5001"
    rt = t.get("5003")  # the archive keeps no retweeted_status: the cut text is all there is, and says so
    assert rt.text.startswith("RT @other: ") and rt.flags == ["retweet", "truncated"]


def test_x_v2_note_tweet_entities_and_retweets():
    ts = {t.id: t for t in threads(EXPORTS / "x_v2_pages.jsonl")}
    first = ts["6001"]
    assert first.get("6001").text == f"{AR} & peace <3"
    long = first.get("6002")  # text is cut near 280 characters; note_tweet.text is the whole post
    assert long.text == f"Translation of {AR}: O God, let us reach it & keep us well. " * 6 and not long.flags
    assert ts["6003"].get("6003").text == f"RT @alice: {AR} & peace <3" and ts["6003"].get("6003").flags == ["retweet"]
    assert ts["6004"].get("6004").flags == ["retweet", "truncated"]  # the original is not in the page


# --- YouTube: a commentThread holds at most a few replies; totalReplyCount says how many there are


def test_youtube_thread_with_replies_left_out_is_flagged():
    t = read(EXPORTS / "youtube_api_partial.json")
    top = t.get("UgzA")
    assert top.extra["missing_replies"] == 7 and top.flags == ["replies-missing"]
    assert [c.id for c in t.children("UgzA")] == [f"UgzA.r{i}" for i in range(1, 6)]
    # textDisplay only (textOriginal is given to the comment's author): HTML to text, entities decoded, link kept
    assert t.get("UgzB").text == "It's great\nat 1:23 (https://www.youtube.com/watch?v=vid9&t=83) <3"
    assert "replies-missing" not in t.get("UgzB").flags


# --- yt-dlp: a video's .info.json written with --write-comments (the comment fields of yt-dlp's extractor docs)


def test_yt_dlp_info_json_is_a_youtube_thread():
    t = read(EXPORTS / "yt_dlp.info.json")  # one line, as yt-dlp writes it, with formats, thumbnails and the rest
    assert (t.platform, t.id, t.title, t.forum) == ("youtube", "q3Rk7Hn0aXs", "Protests in Tehran: what we know", "World News Desk")
    assert t.link == "https://www.youtube.com/watch?v=q3Rk7Hn0aXs" and t.article.startswith("Crowds gathered")
    top, ask, answer, pinned = t.comments
    assert top.parent is None and ask.parent == answer.parent == top.id  # "root" is the video; replies name the top comment
    assert answer.author == "@mehdi_a" and answer.permalink.endswith("&lc=" + answer.id)
    assert top.extra["heart"] is True and top.extra["likes"] == 41 and top.extra["time"] == "1 year ago (edited)"
    assert pinned.extra["pinned"] is True and pinned.extra["uploader"] is True and "heart" not in pinned.extra
    assert top.created == "2023-09-15T17:46:40Z"
    # the video shows 5 comments, the file holds 4 (a max_comments limit): said, never passed off as the whole thread
    assert any("shows 5 comments and the file holds 4" in w for w in t.warnings)


@pytest.mark.parametrize("change, message", [
    ({"comments": None}, 'without "comments": yt-dlp writes them with --write-comments'),
    ({"extractor_key": "TikTok", "extractor": "tiktok"}, "of 'TikTok': only YouTube's comments are read"),
    ({"comments": [{"text": "hi", "parent": "root"}]}, 'comment 1: a yt-dlp comment without "id"'),
])
def test_yt_dlp_info_json_of_wrong_shape_is_a_one_line_error(change, message):
    info = json.loads((EXPORTS / "yt_dlp.info.json").read_text(encoding="utf-8"))
    info.update(change)
    if change.get("comments", 0) is None:
        del info["comments"]
    with pytest.raises(InputError, match=message):
        threads(json.dumps(info).encode())


# --- Telegram Desktop: result.json of a chat (a channel's discussion group), or of the whole account's chats


def test_telegram_chat_export_is_a_thread_linked_by_replies():
    t = read(EXPORTS / "telegram_result.json")  # pretty-printed, as Telegram Desktop writes it
    assert (t.platform, t.id, t.title, t.format) == ("telegram", "1781234567", "Levant News Chat", "telegram")
    post, ask, answer, sticker, orphan = t.comments  # the service message (the group's creation) is no one's text
    assert ask.parent == "2" and answer.parent == "3" and post.extra["forwarded_from"] == "Levant News"
    assert answer.text == "@sarah_k it means: God, make us reach democracy and grant us freedom"  # entities joined
    assert answer.created == "2023-10-07T09:09:03Z" and answer.extra["edited"] == "2023-10-07T09:10:00Z"  # from the unix times
    assert sticker.text == "" and sticker.extra["sticker_emoji"] == "🙏" and "file" not in sticker.extra  # the file was not exported
    assert orphan.text == "Reply to an older post (https://t.me/levantnews/640) here" and orphan.author is None
    assert "orphan" in orphan.flags and orphan.extra["missing_parent"] == "1999"


def test_telegram_whole_account_export_is_one_thread_per_chat():
    chat = json.loads((EXPORTS / "telegram_result.json").read_text(encoding="utf-8"))
    other = {"name": "Family", "type": "private_group", "id": 42, "messages": [{"id": 1, "type": "message", "date": "2023-01-01T10:00:00",
                                                                              "from": "Mom", "text": "مرحبا"}]}
    export = {"about": "Here is the data you requested.", "personal_information": {"first_name": "A"},
              "chats": {"about": "This page lists all chats from this export.", "list": [chat, other]}}
    first, second = threads(json.dumps(export, ensure_ascii=False).encode())
    assert (first.id, len(first.comments), second.id, second.title) == ("1781234567", 5, "42", "Family")
    # no date_unixtime: the exporter's local time is kept as written, not passed off as UTC
    assert second.comments[0].created is None and second.comments[0].extra["date"] == "2023-01-01T10:00:00"


def test_telegram_duplicate_message_ids_are_refused_or_the_first_kept():
    doc = {"name": "c", "type": "public_supergroup", "id": 1, "messages": [
        {"id": 7, "type": "message", "from": "Alice", "text": AR}, {"id": 7, "type": "message", "from": "Mallory", "text": "mine"}]}
    with pytest.raises(InputError, match="duplicate comment id '7'"):
        threads(json.dumps(doc).encode())
    (t,) = list(iter_threads(json.dumps(doc).encode(), skip_bad=True))
    assert [c.author for c in t.comments] == ["Alice"]


@pytest.mark.parametrize("doc, message", [
    ({"name": "c", "type": "public_supergroup", "id": 1, "messages": [{"type": "message", "text": "hi"}]}, 'message 1: a Telegram message without "id"'),
    ({"name": "c", "type": "public_supergroup", "id": 1, "messages": [{"id": 1, "text": 5}]}, 'must be a string or an array, not a number'),
    ({"name": "c", "type": "public_supergroup", "id": 1, "messages": [{"id": 1, "text": ["a", 5]}]}, 'part must be a string or an entity'),
    ({"chats": {"list": 5}}, '"chats.list" must be an array'),
])
def test_telegram_export_of_wrong_shape_is_a_one_line_error(doc, message):
    with pytest.raises(InputError, match=message):
        threads(json.dumps(doc).encode())


# --- Instagram: instaloader's <post>_comments.json (--comments), newest first, replies one level deep as "answers"


def test_instagram_comments_are_read_in_the_order_they_were_written():
    t = read(EXPORTS / "instagram_comments.json")  # indented, ASCII-escaped, as instaloader writes it
    assert (t.platform, t.format) == ("instagram", "instagram")
    assert [c.id for c in t.comments] == ["17990000000000001", "17990000000000005", "17990000000000009", "17990000000000003"]
    top, ask, answer, later = t.comments
    assert ask.parent == answer.parent == top.id and later.parent is None
    assert (top.author, top.extra["likes"], top.created) == ("amir.h", 41, "2023-10-07T09:13:20Z")
    # the author's answer beside the request, naming the asker: paired as YouTube's flat replies are
    (p,) = pairs(t)
    assert p.translation is not None and p.translation.comment == answer.id


@pytest.mark.parametrize("doc, message", [
    ([{"id": 1, "owner": {}, "answers": [], "text": 5}], 'record 1: an Instagram comment needs "id" and a "text" string'),
    ([{"id": 1, "owner": {}, "text": "a", "answers": [{"id": 2, "owner": {}}]}], 'record 1 answer 1: an Instagram comment needs'),
    ([{"id": 1, "owner": {}, "text": "a", "answers": 3}], '"answers" must be an array'),
])
def test_instagram_comments_of_wrong_shape_are_a_one_line_error(doc, message):
    with pytest.raises(InputError, match=message):
        threads(json.dumps(doc).encode())


# --- 4chan: poster ids tell the Anonymous apart; image-only posts keep their file


def test_4chan_poster_ids_files_and_quotes():
    t = read(EXPORTS / "4chan_int_thread.json")
    assert t.title == "Arabic & translation thread" and t.article.endswith("\n>no machine translation")
    assert t.get("470002").author == t.get("470005").author == "Anonymous (ID: Zz99Yy88)"
    assert t.get("470003").author == "Anonymous!Ep8pui8Vw2 (ID: Ab12Cd34)"
    assert t.get("470002").text == f">{AR}\nwhat does this mean"  # greentext: a quote line
    # <wbr> (4chan's break hint inside long words and links) splits nothing
    assert "supercalifragilisticexpialidocious" in t.get("470003").text and "%D8%A7%D9%84%D9%84" in t.get("470003").text
    assert t.get("470003").parent == "470002"
    image = t.get("470004")
    assert image.text == "" and image.extra["file"] == "screenshot.jpg"
    # cross-thread and board links, dead links: text, never a parent
    assert t.get("470005").parent is None and t.get("470005").text == ">>469001 see also >>>/lang/ and >>470000"
    assert t.get("470006").extra == {"capcode": "mod", "quotes": ["470003", "470002"]}


# --- Facebook: sticker / GIF comments live in attachments, with an empty or no comment


def test_facebook_attachment_only_comments_kept():
    t = read(EXPORTS / "facebook_attachments.json")
    assert [c.id for c in t.comments] == ["1600000000-1", "1600000100-2", "1600000200-3", "1600000300-4"]
    assert t.comments[0].text == AR and t.comments[0].author == "Zoë Example"
    sticker, gif = t.comments[1], t.comments[2]
    assert sticker.extra["attachments"] == ["your_facebook_activity/posts/media/stickers_used/sticker_1.png"]
    assert gif.text == "" and gif.extra["attachments"] == ["https://media.tenor.com/example/tenor.gif"]
    assert gif.extra["title"] == "Zoë Example replied to Layla's comment."
    assert t.comments[3].text == "café, already right"  # no round trip: left as it is


def test_x_v1_retweet_and_extended_tweet_read_whole():
    t = read(EXPORTS / "x_v1.jsonl")  # twarc1-style lines: REST (full_text) and streaming (extended_tweet)
    whole = (f"O God, let us reach it: {AR} & more words of the prayer in English so that it runs past the old limit of 140 "
             "characters, and still more")
    assert t.get("7001").text == f"{AR} & <3"
    assert t.get("7002").text == f"RT @omar: {whole}" and t.get("7002").flags == ["retweet"]  # from retweeted_status
    assert t.get("7003").text == f"@dina {whole}" and t.get("7003").parent == "7001"  # extended_tweet.full_text


def test_facebook_entry_of_wrong_shape_is_a_one_line_error():
    bad = b'{"comments_v2": [{"timestamp": 1, "data": [{"comment": {"comment": "hi"}}]}, {"timestamp": 2, "data": 5}]}'
    with pytest.raises(InputError, match=r'comment 2: a Facebook comment whose "data" or "attachments" is not an array'):
        threads(bad, "facebook")


@pytest.mark.parametrize("fmt, doc, what", [
    ("youtube", '{"kind": "youtube#commentThread", "snippet": {"videoId": "v", "topLevelComment": {"id": "a", "snippet":'
                ' {"textOriginal": "x"}}}, "replies": {"comments": 5}}', "replies.comments"),
    ("x", '{"data": [{"id": "1", "text": "a"}], "includes": {"tweets": 5}}', "includes.tweets"),
    ("x", '{"id": "1", "text": "a", "referenced_tweets": 5}', "referenced_tweets"),
])
def test_platform_array_of_wrong_type_is_a_one_line_error(fmt, doc, what):
    with pytest.raises(InputError, match=f'"{what}" must be an array, not a number'):
        threads(doc.encode(), fmt)


def test_youtube_downloader_votes_as_shown_and_relative_time_kept():
    t = read(EXPORTS / "youtube_downloader_votes.jsonl")
    top, first, second = t.comments
    assert (top.extra["votes"], top.extra["likes"]) == ("1.2K", 1200) and first.extra["likes"] == 15
    assert second.extra["votes"] == "" and "likes" not in second.extra  # nothing shown: no number made up
    # time_parsed is the downloader's reading of "3 weeks ago" at download time: kept with the words it came from
    assert top.created == "2024-04-01T19:33:20Z" and top.extra["time"] == "3 weeks ago (edited)"
    assert [c.parent for c in t.comments] == [None, "UgzV1", "UgzV1"]


def test_youtube_downloader_replies_left_out_by_a_limit_are_flagged():
    """youtube-comment-downloader writes how many replies YouTube showed a top comment (``replies``); with ``--limit``
    (or a download cut short) the file holds fewer: flagged as the Data API's threads are, never shown as whole."""
    lines = [{"cid": "UgzA", "text": AR, "author": "@a", "replies": "3", "reply": False, "time_parsed": 1.7e9},
             {"cid": "UgzA.r1", "text": "what does it mean?", "author": "@b", "replies": "", "reply": True, "time_parsed": 1.7e9},
             {"cid": "UgzB", "text": "hi", "author": "@c", "replies": "1", "reply": False, "time_parsed": 1.7e9},
             {"cid": "UgzB.r1", "text": "hello", "author": "@d", "replies": "", "reply": True, "time_parsed": 1.7e9},
             {"cid": "UgzC", "text": "no replies", "author": "@e", "replies": "", "reply": False, "time_parsed": 1.7e9}]
    t = read("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode())
    a, _, b, _, c = t.comments
    assert a.flags == ["replies-missing"] and a.extra["missing_replies"] == 2 and a.extra["replies_shown"] == 3
    assert "replies-missing" not in b.flags and "replies-missing" not in c.flags and "missing_replies" not in b.extra


def test_reddit_admin_removals_are_removed_on_every_path():
    """Reddit's admins replace a body with "[ Removed by Reddit ]" or "[ Removed by Reddit on account of violating the
    [content policy](/help/contentpolicy). ]" (its Anti-Evil Operations' removals): such a comment is removed, as
    "[removed]" is, and left out of pairing by default; the hot loop, the general path and a page agree."""
    admin = "[ Removed by Reddit on account of violating the [content policy](/help/contentpolicy). ]"
    rows = [
        {"id": "a1", "link_id": "t3_z", "parent_id": "t3_z", "author": "x", "body": AR, "created_utc": 1, "permalink": "/r/s/comments/z/_/a1/", "subreddit": "s"},
        {"id": "a2", "link_id": "t3_z", "parent_id": "t1_a1", "author": "y", "body": admin, "created_utc": 2, "permalink": "/r/s/comments/z/_/a2/", "subreddit": "s"},
        {"id": "a3", "link_id": "t3_z", "parent_id": "t1_a1", "author": "y", "body": "[ Removed by Reddit ]", "created_utc": 3.0, "permalink": "/r/s/comments/z/_/a3/", "subreddit": "s"},
        {"id": "a4", "link_id": "t3_z", "parent_id": "t1_a1", "author": "y", "body": "[ Removed by Reddit, I wrote", "created_utc": 4, "permalink": "/r/s/comments/z/_/a4/", "subreddit": "s"},
    ]
    dump = "".join(json.dumps(r) + "\n" for r in rows).encode()  # a3's float time takes the general path
    (t,) = threads(dump, "reddit")
    assert {c.id: c.status for c in t.comments} == {"a1": None, "a2": "removed", "a3": "removed", "a4": None}  # a4 typed it
    page = [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "z", "name": "t3_z", "title": "T", "subreddit": "s"}}]}},
            {"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {**rows[1], "replies": ""}}]}}]
    (p,) = threads(json.dumps(page).encode(), "reddit")
    assert [c.status for c in p.comments] == ["removed"]


def test_reddit_page_more_stub_under_the_post_is_a_thread_warning():
    """A "more" stub hanging under the submission stands for top-level comments the page did not load: no comment
    can carry it, so the thread says so (a warning every command prints), with the count when the page gives one."""
    def page(*stubs: dict) -> bytes:
        post = {"kind": "t3", "data": {"id": "z", "name": "t3_z", "title": "T", "subreddit": "s"}}
        one = {"kind": "t1", "data": {"id": "a1", "link_id": "t3_z", "parent_id": "t3_z", "author": "x", "body": AR,
                                      "created_utc": 1, "permalink": "/r/s/comments/z/_/a1/", "subreddit": "s", "replies": ""}}
        return json.dumps([{"kind": "Listing", "data": {"children": [post]}},
                           {"kind": "Listing", "data": {"children": [one, *({"kind": "more", "data": s} for s in stubs)]}}]).encode()

    (t,) = threads(page({"count": 37, "parent_id": "t3_z", "children": ["b"]}), "reddit")
    assert [c.id for c in t.comments] == ["a1"] and len(t.warnings) == 1
    assert "37 top-level comments of the page are not in the file" in t.warnings[0]
    (t,) = threads(page({"count": 0, "parent_id": "t3_z", "children": []}, {"count": 1, "parent_id": "t3_z"}), "reddit")
    assert [w.split(": ", 1)[1][:40] for w in t.warnings] == ["top-level comments of the page are not i", "1 top-level comment of the page is not i"]
    (t,) = threads(page(), "reddit")
    assert t.warnings == []
