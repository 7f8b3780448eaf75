"""Issue 14, false pairs on negatives (round 32: a reply under comment A, addressed "@B ...", translating B's Arabic): a
comment that opens by naming the writer of another Arabic comment ("@Salma_R yours says: ...", "u/salma_r ...")
speaks to that writer of their own text. It is a candidate of that writer's passage wherever it is in the thread (as
a reply to it would be), and counts against the passage it is a reply to (-4, as English naming another part). A
reply naming the passage's own writer, or the writer of the request it answers, keeps its pair."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs

HALA = ("والد بوب يعمل في مصنع كبير.", "Bob's father works in a big factory.")
SALMA = ("والد بوب يعمل في مصنع سيارات.", "Bob's father works in a car factory.")
SEEN = ("تبدو سعيداً هذا اليوم.", "You look happy today.")


def _paired(rows: list[tuple[str, str | None, str, str]]) -> dict[str, str | None]:
    """Each passage's comment -> the comment its translation is in (None: unpaired)."""
    return {p.passage.location.comment: p.translation.comment if p.translation else None for p in pairs(make_thread(rows))}


def test_reply_naming_another_writer_translates_hers():
    """Under Hala's Arabic, a reply naming Salma, who wrote Arabic of her own beside it or under it: Salma's passage is
    paired with it, Hala's is not (before: Hala's paired with Salma's translation)."""
    for salma_parent in [None, "1"]:
        for reply in ["@Salma_R " + SALMA[1], "@Salma.R yours says: " + SALMA[1], "u/salma_r " + SALMA[1]]:
            rows = [("1", None, "Hala_m", HALA[0]), ("2", salma_parent, "Salma.R", SALMA[0]), ("3", "1", "Wael", reply)]
            assert _paired(rows) == {"1": None, "2": "3"}, (salma_parent, reply)


def test_far_from_the_named_writer():
    """Salma's Arabic eight comments above the reply naming her, under Hala's: hers (before: unpaired)."""
    rows = [("1", None, "Salma.R", SALMA[0]), *[(str(k), None, f"u{k}", "lol same") for k in range(2, 8)],
            ("8", None, "Hala_m", SEEN[0]), ("9", "8", "Wael", "@Salma_R translating your comment: " + SALMA[1])]
    assert _paired(rows) == {"1": "9", "8": None}


def test_naming_the_passage_writer_or_the_asker_keeps_the_pair():
    """A reply naming the passage's writer, the asker (English), or both in an X chain: the passage's translation."""
    for names in ["@Hala_m ", "@Salma.R ", "@Salma.R @Hala_m ", ""]:
        rows = [("1", None, "Hala_m", HALA[0]), ("2", "1", "Salma.R", "what does it say?"), ("3", "1", "Wael", names + HALA[1])]
        assert _paired(rows) == {"1": "3"}, names
    rows = [("1", None, "Hala_m", HALA[0]), ("2", "1", "Salma.R", SALMA[0]), ("3", "2", "Wael", "@Salma.R @Hala_m " + SALMA[1])]
    assert _paired(rows) == {"1": None, "2": "3"}
