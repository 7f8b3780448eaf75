"""Issue 14 (round 25): a lead ending in "part 1:" with no count ("English, part 1: ...", "translation part 1 - ...")
announces the first part of a split translation as "part 1/2:" does (edges._PART_MARK_AFTER_LEAD), so the part carried
along with the second keeps no lead."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs


def test_the_first_part_marked_part_1_leaves_its_lead() -> None:
    arabic = "يعني لو معانا فلوس ممكن نلعب حاجات تانية حتى لو هو قعد معايا سنة و أنا مش عايز أكلمه مش هيكلمني و لو عمل إيه."
    first = "I mean if we have money, we can play other things."
    second = "Even if he stayed for a year with me and I don't want to talk to him, he won't talk to me, no matter what he does."
    rows = [("1", None, "A", arabic), ("2", "1", "B", "Could this file's description be translated so it can be categorised?"),
            ("3", "2", "C", f"English, part 1: {first}"), ("4", "3", "C", f"and the second sentence: {second}")]
    (pair,) = pairs(make_thread(rows))
    assert sorted((pair.translation_text or "", *pair.continued_text)) == sorted((first, second))
