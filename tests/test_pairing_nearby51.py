"""Issue 14, translations never found: "the translation is in a comment beside the Arabic, not a reply to it" (round 26's
two Arabic comments under a post and a third reader's "The second one says: <English>" beside them; round 25's reply
to the first post that translates the second post's Arabic). The comments just after the passage's own that are no
replies to it and not its author's are candidates too (:func:`~bilingual.pairing.find._nearby_candidates`), but only
English that says it is a translation: unmarked English beside Arabic (another review naming the same people, a
question about the same thing) is no pair."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs

MARKET = ("ذهبت إلى السوق مع أمي يوم الجمعة.", "I went to the market with my mother on Friday.")
COFFEE = ("لا أحب القهوة في الصباح.", "I don't like coffee in the morning.")
HOT = "كان الجو حارا جدا أمس."


def _pairs(rows: list[tuple[str, str | None, str, str]]) -> dict[str, tuple[str | None, str | None]]:
    """Each passage's comment -> (its translation's comment, how it was reached)."""
    return {str(p.passage.location.comment): (p.translation.comment if p.translation else None, p.via) for p in pairs(make_thread(rows))}


def test_translation_beside_the_arabic():
    """A reader's marked translation under the same post as the Arabic, or under another post shown before it."""
    (ar, en), (ar2, en2) = MARKET, COFFEE
    threads = [
        [("c1", None, "u1", "Anyone read Arabic? got these on my photo"), ("c2", "c1", "u2", HOT), ("c3", "c1", "u3", ar),
         ("c4", "c1", "u4", f"The second comment says: {en}")],
        [("c1", None, "u1", "What do these say?"), ("c2", "c1", "u2", ar), ("c3", "c1", "u4", f"translation: {en}")],
        [("c1", None, "u1", "Help please"), ("c2", "c1", "u2", ar2), ("c3", "c1", "u4", f'that one means "{en2}"')],
        [("c1", None, "u1", "My new tattoo ideas"), ("c2", "c1", "u2", ar), ("c3", "c1", "u3", f"It says: {en}")],
        [("1", None, "u1", "Video of the argument"), ("2", "1", "u5", "crazy"), ("3", None, "u2", f"and the guy answers {ar2}"),
         ("4", "1", "u3", f"translation of the guy: {en2}")],
    ]
    for rows in threads:
        found = _pairs(rows)
        passage = rows[-2][0]
        assert found[passage] == (rows[-1][0], "nearby"), rows


def test_unmarked_english_beside_the_arabic():
    """English beside the Arabic that does not say it translates it, or translates something else, stays unpaired."""
    ar, _ = COFFEE
    for english in ["I don't like tea in the morning either, coffee is better.", "Do you also not like coffee in the morning?",
                    "Translation: I went to the beach with my friends."]:
        rows = [("c1", None, "u1", "Coffee thread"), ("c2", "c1", "u2", ar), ("c3", "c1", "u3", english)]
        assert _pairs(rows)["c2"] == (None, None), english


FED = ("قدّم سامي الأكل لكلبه.", "Sami fed his dog.")


def test_translation_announced_under_the_arabic():
    """"<Arabic>\\nTranslation below 👇" (round 26's aquarium tip): the author's own reply is introduced as the
    translation, as a reply to a comment that only announces one is; the passage's own full stop before the line
    does not hide it. Someone else's reply, or the author's reply after a line that announces nothing, is not."""
    ar, en = FED
    for line in ["Translation below 👇", "English in the replies", "translation in the comments below", "English below ⬇️",
                 "My translation in the reply"]:
        rows = [("c1", None, "u1", f"Note from the breeder:\n{ar}\n{line}"), ("c2", "c1", "u1", en), ("c3", "c1", "u2", "Thanks!")]
        assert _pairs(rows)["c1"] == ("c2", "reply"), line
        assert "introduced as a translation" in pairs(make_thread(rows))[0].reason, line
    for line, writer in [("What do you all think?", "u1"), ("Translation below 👇", "u2")]:
        rows = [("c1", None, "u1", f"Note from the breeder:\n{ar}\n{line}"), ("c2", "c1", writer, en), ("c3", "c1", "u2", "Thanks!")]
        # not introduced as the translation; whether its own words pair it is the word evidence's affair (since the
        # table reads لكلبه without its clitics, as كلب "dog", they do)
        assert all("introduced as a translation" not in p.reason for p in pairs(make_thread(rows))), (line, writer)
