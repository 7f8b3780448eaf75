"""Round 44 of the pairing development set (bench/pairing_blind44.py), what only this round does: its gold spans
are exactly the translation put there (a chat replay line's time and name, a [quote] block, a diff's markup, a
GitHub issue's "should say" English outside it). The checks every round passes are in
tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind44  # noqa: E402

ROUND = pairing_blind44.ROUND


def test_chat_replay_times_and_names_stay_outside_the_span() -> None:
    assert pairing_blind44.stamp(3725) == "[21:02:05] " and pairing_blind44.elapsed(2463) == "41:03 "
    for name, prefix in (("Twitch chat replay pasted, timestamps", r"\[\d\d:\d\d:\d\d\] [^:]+: "),
                         ("YouTube live-chat replay pasted, elapsed times", r"\d+:\d\d [^:]+: ")):
        for t in _blind.of_shape(ROUND, name):
            (item,) = t["items"]
            text = _blind.comment_text(t, "1")
            line = text[: item["expected"][1]].split("\n")[-1]
            assert regex.match(prefix, line) and item["arabic"][2] < item["expected"][1]
            assert not regex.match(r"[\[\d]", _blind.sliced(t, item["expected"]))


def test_quoted_copies_are_not_the_item() -> None:
    for name in ("Discourse [quote] reply translating", "phpBB [quote=name] reply, bare translation",
                 "GitHub PR review: > quoted string read in English", "neg: Discourse rebuttal quoting the Arabic"):
        for t in _blind.of_shape(ROUND, name):
            (item,) = t["items"]
            arabic = _blind.sliced(t, item["arabic"])
            assert item["arabic"][0] == "1"
            assert any(arabic in str(row[3]) for row in t["comments"][1:])
            if item["expected"]:
                gold = _blind.sliced(t, item["expected"])
                assert "[/quote]" not in gold and not gold.startswith(">")


def test_the_github_strings_keep_the_other_english_and_the_old_string_out() -> None:
    for t in _blind.of_shape(ROUND, "GitHub issue: back-translation and what it should say"):
        (item,) = t["items"]
        text = _blind.comment_text(t, "1")
        after = text[item["expected"][2]:]
        assert regex.search(r"“[^”]+”\.$|\"[^\"]+\"\.$", after) and "```" in text[: item["arabic"][1]]
    for t in _blind.of_shape(ROUND, "GitHub PR: diff of two strings, new one translated"):
        new, old = t["items"]
        assert new["expected"] and old["expected"] is None and old["arabic"][1] < new["arabic"][1]
        text = _blind.comment_text(t, "1")
        assert text[: old["arabic"][1]].split("\n")[-1].startswith("-") and text[: new["arabic"][1]].split("\n")[-1].startswith("+")


def test_split_partial_and_two_line_items() -> None:
    for name, second in (("live chat: translation in two messages", "5"), ("Discourse translation in two posts", "3")):
        for t in _blind.of_shape(ROUND, name):
            (item,) = t["items"]
            assert item["continued"][0][0] == second and item["expected"][0] != second
    for t in _blind.of_shape(ROUND, "Genius annotation: first sentence only (partial)"):
        (item,) = t["items"]
        assert item["partial"] and _blind.sliced(t, item["expected"]).endswith("here.")
    for t in _blind.of_shape(ROUND, "Genius annotation of two lines"):
        first, second = t["items"]
        assert first["expected"][0] == second["expected"][0] == "2" and first["expected"][2] < second["expected"][1]


def test_negatives_hold_no_span_and_a_cut_gold_span_is_caught() -> None:
    for t in _blind.sample(ROUND):
        if t["kind"] == "neg":
            assert all(item["expected"] is None for item in t["items"])
    sources = _blind.made_up_sources(60)
    thread = next(t for t in ROUND.build(sources, tuned=1, held_out=0) if t["shape"] == "Steam review translated in a comment")
    cid, start, end = thread["items"][0]["expected"]
    thread["items"][0]["expected"] = [cid, start, end - 3]
    try:
        ROUND.check_gold([thread], sources)
    except AssertionError as error:
        assert "gold span" in str(error)
    else:
        raise AssertionError("a cut gold span passed the check")
