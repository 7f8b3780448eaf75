"""Round 41 of the pairing development set (bench/pairing_blind41.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind41  # noqa: E402


def test_escapes_of_file_formats_are_in_the_span_and_taken_out_by_the_check() -> None:
    english = "Don't say \"no\" & go."
    assert pairing_blind41.android_escaped(english) == "Don\\'t say \\\"no\\\" &amp; go."
    assert pairing_blind41.strings_escaped(english) == "Don't say \\\"no\\\" & go."
    assert pairing_blind41.xml_escaped("a < b & c") == "a &lt; b &amp; c"
    for escaped in (pairing_blind41.android_escaped(english), pairing_blind41.strings_escaped(english),
                    pairing_blind41.xml_escaped(english)):
        assert pairing_blind41.unescaped(escaped) == english
        assert pairing_blind41.same(escaped, [english])
    assert not pairing_blind41.same('"' + english + '"', [english])
    assert not pairing_blind41.same("", [""])


def test_the_mailing_list_translation_is_hard_wrapped_and_one_span() -> None:
    for t in _blind.of_shape(pairing_blind41.ROUND, "mailing list bottom-post, hard-wrapped English"):
        (item,) = t["items"]
        gold = _blind.sliced(t, item["expected"])
        assert all(len(line) <= 64 for line in gold.split("\n"))
        assert item["arabic"][0] == "1" and item["expected"][0] == "2"
        assert "> " in str(t["comments"][1][3]) and not gold.startswith(">")


def test_quoted_copies_are_not_the_item() -> None:
    for name in ("imageboard >>No. reply with greentext", "vBulletin Originally Posted by, Last edited by"):
        for t in _blind.of_shape(pairing_blind41.ROUND, name):
            (item,) = t["items"]
            assert item["arabic"][0] == t["comments"][0][0] and item["expected"][0] == t["comments"][1][0]
            assert _blind.sliced(t, item["arabic"]) in str(t["comments"][1][3])


def test_the_quizlet_export_has_one_item_per_card() -> None:
    for t in _blind.of_shape(pairing_blind41.ROUND, "Quizlet export, tab per card"):
        first, second = t["items"]
        text = str(t["comments"][0][3])
        assert text[first["arabic"][2]] == "\t" and text[first["expected"][2]] == "\n"
        assert text[second["arabic"][2]] == "\t" and second["expected"][2] == len(text)


def test_the_bidi_mark_is_outside_the_span() -> None:
    for t in _blind.of_shape(pairing_blind41.ROUND, "U+200F / U+200E bidi marks"):
        (item,) = t["items"]
        reply = str(t["comments"][1][3])
        assert reply[item["expected"][1] - 1] == "\u200e" and "\u200e" not in _blind.sliced(t, item["expected"])
        assert str(t["comments"][0][3])[item["arabic"][1] - 1] == "\u200f"


def test_the_minecraft_translation_is_in_the_same_pasted_log() -> None:
    for t in _blind.of_shape(pairing_blind41.ROUND, "Minecraft server log in a ban appeal"):
        (item,) = t["items"]
        assert item["arabic"][0] == item["expected"][0] == "1" and item["arabic"][2] < item["expected"][1]
        assert "[Server thread/INFO]" not in _blind.sliced(t, item["expected"])


def test_negatives_hold_no_span() -> None:
    for t in _blind.sample(pairing_blind41.ROUND):
        if t["kind"] == "neg":
            assert all(item["expected"] is None for item in t["items"])


def test_scholarly_transliteration() -> None:
    assert pairing_blind41.scholarly("حبيبي، عمر") == "ḥbyby, ʿmr"
