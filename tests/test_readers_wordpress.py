"""WordPress WXR exports (tests/data/exports/wordpress.xml, written by hand in the shape of WordPress 6.4's
wp-admin/includes/export.php): one thread per post holding comments, moderation states, errors with their place."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bilingual.errors import InputError
from bilingual.pairing import pairs
from bilingual.threads import FORMATS, detect_format, iter_threads, read_string

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
WXR = EXPORTS / "wordpress.xml"


def threads(source: Any, fmt: str = "auto", **kw: Any) -> list[Any]:
    return list(iter_threads(source, fmt, **kw))


def test_each_post_with_comments_is_a_thread_and_replies_nest():
    ts = threads(WXR)
    assert "wordpress" in FORMATS and detect_format(WXR.read_text(encoding="utf-8")) == "wordpress"
    assert [(t.id, t.format, t.platform, t.forum, len(t.comments)) for t in ts] == [
        ("412", "wordpress", "wordpress", "Cairo Notes", 7), ("420", "wordpress", "wordpress", "Cairo Notes", 1)]
    post = ts[0]
    assert (post.title, post.link) == ("The signs in Tahrir", "https://caironotes.example.org/2023/10/07/the-signs-in-tahrir/")
    assert post.article == "What the signs said this morning & who carried them.\n\nOne read الحرية لمصر."
    assert [(c.id, c.parent, c.depth) for c in post.comments] == [
        ("51", None, 0), ("52", "51", 1), ("53", "52", 2), ("54", None, 0), ("55", None, 0), ("56", "51", 1), ("57", None, 0)]
    amir = post.comments[0]
    assert (amir.author, amir.created, amir.text) == ("Amir", "2023-10-07T09:13:20Z", "اللهم بلغنا الديمقراطية وارزقنا الحرية\nيا رب")
    assert amir.permalink == "https://caironotes.example.org/2023/10/07/the-signs-in-tahrir/#comment-51"
    assert amir.extra == {"author_url": "https://amir.example.net"}  # e-mail and IP addresses are left out
    assert post.comments[2].text == "@Sarah God, make us reach democracy and grant us freedom & O Lord"
    assert ts[1].title == 'ما معنى "يا رب"؟' and ts[1].comments[0].text == 'يا رب means "O Lord"'


def test_moderation_states_and_pingbacks_are_said():
    """comment_approved: 0 held for moderation (flag), spam (status), trash (deleted); pingbacks flagged; text kept."""
    post = threads(WXR)[0]
    seen = {c.id: (c.status, c.flags, c.extra.get("approved"), c.extra.get("type")) for c in post.comments}
    assert seen["54"] == (None, ["unapproved"], "0", None)
    assert seen["55"] == ("spam", [], "spam", None)
    assert seen["56"] == ("deleted", [], "trash", None)
    assert seen["57"] == (None, ["pingback"], None, "pingback")
    assert post.get("57").text == "[…] Lina on the signs in Tahrir […]"


def test_translation_reply_is_paired():
    post = threads(WXR)[0]
    found = {p.passage.location.comment: p for p in pairs(post)}
    assert found["51"].translation is not None and found["51"].translation.comment == "53"


@pytest.mark.parametrize("how", ["path", "bytes", "forced", "utf-16"])
def test_read_as_a_stream_or_whole_alike(how):
    whole = [(t.id, t.title, t.article, [c.to_dict() for c in t.comments]) for t in threads(WXR)]
    data = WXR.read_bytes()
    if how == "forced":
        got = threads(data, "wordpress")
    elif how == "utf-16":
        got = threads(data.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    else:
        got = threads(WXR if how == "path" else data)
    assert [(t.id, t.title, t.article, [c.to_dict() for c in t.comments]) for t in got] == whole


def _edit(old: str, new: str, count: int = 1) -> bytes:
    text = WXR.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, count).encode()


@pytest.mark.parametrize("data, message", [
    (WXR.read_bytes()[:6000], r"^<bytes>:117:0: malformed XML: no element found"),
    (_edit("<wp:comment_id>53</wp:comment_id>", "<wp:comment_id>5x</wp:comment_id>"),
     r"^<bytes>:item 1 comment 3: <wp:comment_id> must be a number, not '5x'; --skip-bad skips this comment$"),
    (_edit("<wp:comment_parent>52</wp:comment_parent>", "<wp:comment_parent>Sarah</wp:comment_parent>"),
     r"^<bytes>:item 1 comment 3: <wp:comment_parent> must be a number"),
    (_edit("[CDATA[2023-10-07 09:20:00]]", "[CDATA[yesterday]]"),
     r"^<bytes>:item 1 comment 2: <wp:comment_date_gmt> must be 'YYYY-MM-DD HH:MM:SS', not 'yesterday'"),
    (_edit("<wp:comment_id>52</wp:comment_id>", ""), r"^<bytes>:item 1 comment 2: a <wp:comment> without its <wp:comment_id>"),
    (re.sub(rb"<item>.*</item>", b"", WXR.read_bytes(), flags=re.S), r"^<bytes>: the WordPress export holds no <item>"),
    (re.sub(rb"<wp:comment>.*?</wp:comment>", b"", WXR.read_bytes(), flags=re.S),
     r"^<bytes>: the WordPress export holds 3 posts and no <wp:comment> \(exported with --skip_comments"),
    (_edit("<wp:comment_id>52</wp:comment_id>", "<wp:comment_id>51</wp:comment_id>"), r"^<bytes>:item 1 comment 2: duplicate comment id '51'"),
])
def test_bad_exports_are_one_line_errors_with_their_place(data, message):
    with pytest.raises(InputError, match=message) as info:
        threads(data)
    assert "\n" not in str(info.value)


def test_skip_bad_skips_a_bad_comment_with_a_warning():
    ts = threads(_edit("<wp:comment_id>53</wp:comment_id>", "<wp:comment_id>5x</wp:comment_id>"), skip_bad=True)
    assert [c.id for c in ts[0].comments] == ["51", "52", "54", "55", "56", "57"]
    assert ts[0].warnings == ["<bytes>:item 1 comment 3: <wp:comment_id> must be a number, not '5x'"]


def test_an_orphan_reply_is_flagged_and_the_wrong_reader_is_named():
    t = threads(_edit("<wp:comment_parent>52</wp:comment_parent>", "<wp:comment_parent>99</wp:comment_parent>"))[0]
    assert t.get("53").flags == ["orphan"] and t.get("53").extra["missing_parent"] == "99"
    with pytest.raises(InputError, match=r"expected a WordPress export \(WXR: <rss> with <wp:comment> elements\), found <disqus>"):
        threads(EXPORTS / "disqus_two_threads.xml", "wordpress")
    with pytest.raises(InputError, match=r"expected a <disqus> export, found <rss>"):
        threads(WXR, "disqus")


def test_entities_and_dtds_are_refused():
    head = WXR.read_text(encoding="utf-8").split("<rss", 1)[0]
    bomb = head + '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<rss xmlns:wp="http://wordpress.org/export/1.2/">&b;</rss>'
    with pytest.raises(InputError, match=r"^<bytes>: refused XML"):
        threads(bomb.encode())


def test_one_post_reads_as_a_string():
    one = re.sub(r"<item>\s*<title><!\[CDATA\[banner.*", "</channel></rss>", WXR.read_text(encoding="utf-8"), flags=re.S)
    t = read_string(one)
    assert (t.format, t.id, len(t.comments)) == ("wordpress", "412", 7)
