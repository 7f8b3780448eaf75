"""Round 43 of the pairing development set (bench/pairing_blind43.py), what only this round does: its gold spans
are exactly the translation put there (a WhatsApp line's prefix, a list message's headers and quoted copy, a
Wikipedia signature and indentation outside it). The checks every round passes are in
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
import pairing_blind43  # noqa: E402


def test_a_run_on_lead_lowers_the_first_letter_but_a_name_and_a_colon_keep_it() -> None:
    pool = [("", "I saw Sami and Layla left the cat."), ("", "Sami's dog ate it."), ("", "Mennad is here.")]
    assert pairing_blind43.after_lead("basically ", "The cat sat.", pool) == "the cat sat."
    assert pairing_blind43.after_lead("basically ", "Sami's cat sat.", pool) == "Sami's cat sat."
    assert pairing_blind43.after_lead("basically ", "Layla sat.", pool) == "Layla sat."
    assert pairing_blind43.after_lead("basically ", "Mennad sat.", pool) == "Mennad sat."
    assert pairing_blind43.after_lead("It reads: ", "The cat sat.", pool) == "The cat sat."
    assert pairing_blind43.after_lead("", "The cat sat.", pool) == "The cat sat."
    assert pairing_blind43.tail("?", "هنا.") == "" and pairing_blind43.tail("?", "هنا") == "?"


def test_a_whatsapp_export_line_keeps_its_prefix_outside_the_span() -> None:
    line = regex.compile(r"^\d\d/03/2024, \d\d:\d\d - [^:]+: ")
    for t in _blind.of_shape(pairing_blind43.ROUND, "WhatsApp export pasted in one comment"):
        (item,) = t["items"]
        text = _blind.comment_text(t, "1")
        lines = text[: item["expected"][1]].split("\n")
        assert line.match(lines[-1]) and item["arabic"][2] < item["expected"][1]
        stamps = regex.findall(r"^(\d\d/03/2024, \d\d):", text, flags=regex.M)
        assert len(stamps) == 4 and len(set(stamps)) == 1


def test_the_quoted_copy_in_a_list_reply_is_not_the_item() -> None:
    for name in ("mail digest pasted whole, > quoted Arabic", "mail reply quoting and translating"):
        for t in _blind.of_shape(pairing_blind43.ROUND, name):
            (item,) = t["items"]
            arabic = _blind.sliced(t, item["arabic"])
            reply = _blind.comment_text(t, item["expected"][0])
            assert "> " + arabic in reply and reply.index("> " + arabic) < item["expected"][1]
            assert item["arabic"][0] == "1" and item["arabic"][1] < _blind.comment_text(t, "1").index(arabic) + 1


def test_a_wikipedia_reply_keeps_its_colons_and_signature_outside() -> None:
    for name in ("Wikipedia talk: : reply with signature", "Wikipedia talk: :: reply after sourcing talk"):
        for t in _blind.of_shape(pairing_blind43.ROUND, name):
            (item,) = t["items"]
            gold = _blind.sliced(t, item["expected"])
            assert "[[User:" not in gold and not gold.startswith(":")
            assert "[[User:" in _blind.comment_text(t, item["expected"][0])[item["expected"][2]:]


def test_split_partial_and_two_line_items() -> None:
    for t in _blind.of_shape(pairing_blind43.ROUND, "WhatsApp messages: translation in two messages"):
        (item,) = t["items"]
        assert item["expected"][0] == "3" and item["continued"][0][0] == "4"
    for t in _blind.of_shape(pairing_blind43.ROUND, "Quora: first sentence only (partial)"):
        (item,) = t["items"]
        assert item["partial"] and _blind.sliced(t, item["expected"]).endswith("here.")
    for t in _blind.of_shape(pairing_blind43.ROUND, "Stack Exchange: two lines translated line by line"):
        first, second = t["items"]
        assert first["expected"][0] == second["expected"][0] == "2" and first["expected"][2] < second["expected"][1]


def test_negatives_hold_no_span_and_people_are_distinct() -> None:
    for t in _blind.sample(pairing_blind43.ROUND):
        if t["kind"] == "neg":
            assert all(item["expected"] is None for item in t["items"])
    for t in _blind.of_shape(pairing_blind43.ROUND, "news: later top-level comment for those asking upthread"):
        authors = [row[2] for row in t["comments"]]
        assert len(set(authors)) == len(authors)
