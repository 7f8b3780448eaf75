"""Issue 14, round 30's tuned half (bilingual/pairing/parts.py, find.py): a translation split over two comments
with a reader's short prompt between them ("and then??") is joined when the writer's reply says it goes on, and a
machine's translation quoted and reworded in a reply gives way to the rewording."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.parts import nudges

TWO = "قفز كين من فوق الحائط.\nذهبت إلى السوق مع أخي."
FIRST, SECOND = "Ken jumped over the wall.", "I went to the market with my brother."


@pytest.mark.parametrize(("lead", "nudge", "later"), [
    ("part 1/2: ", "and then??", "part 2: "),
    ("(1/2) ", "go on", "(2/2) "),
    ("Part one: ", "waiting on part 2 lol", "Part two: "),
    ("1/2 ", "annnd?", "2/2 "),
    ("", " ...?", "(cont.) "),
    ("Part 1: ", "keep going pls", "Part 2: "),
    ("[1 of 2] ", "the rest?", "[2 of 2] "),
])
def test_a_part_given_after_a_readers_prompt_joins_the_first(lead, nudge, later):
    """The writer's first part, a reader's prompt under it, the writer's marked second part under the prompt."""
    rows = [("1", None, "A", TWO), ("2", "1", "B", f"{lead}{FIRST}"), ("3", "2", "C", nudge), ("4", "3", "B", f"{later}{SECOND}")]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert len(found) == 1
    parts = {loc.comment: rows[int(loc.comment) - 1][3][loc.start : loc.end] for loc in (found[0].translation, *found[0].continued)}
    assert parts == {"2": FIRST, "4": SECOND}


@pytest.mark.parametrize(("first", "nudge", "reply"), [
    (f"part 1/2: {FIRST}", "and then??", "lol I forgot the rest, sorry"),
    (f"{FIRST} {SECOND}", "and then??", "then nothing, that's the whole thing"),
    (f"{FIRST} {SECOND}", "thanks!", "you're welcome, happy to help"),
])
def test_a_readers_prompt_answered_without_a_part_mark_joins_nothing(first, nudge, reply):
    rows = [("1", None, "A", TWO), ("2", "1", "B", first), ("3", "2", "C", nudge), ("4", "3", "B", reply)]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert [(p.translation.comment, p.continued) for p in found] == [("2", ())]


def test_only_a_short_one_line_reply_is_a_prompt():
    assert nudges("and then??") and nudges("waiting on part 2 lol")
    assert not nudges("I don't think that is what the second sentence says, honestly.")
    assert not nudges("go on\nplease")


MARKET = "ذهبت إلى السوق مع أخي الصغير أمس."
GARBLED, FIXED = "I went to market the with small my brother yesterday.", "I went to the market with my little brother yesterday."


@pytest.mark.parametrize(("intro", "fix"), [
    ("MT gives: ", "the machine mangled it, it's: "),
    ("Translate button shows: ", "that's a bit off. Better: "),
    ("DeepL: ", ""),
    ("auto-translated: ", "more like: "),
    ("Bing translate => ", "fixed: "),
    ("google tr: ", "ugh, no. "),
])
def test_a_quoted_machine_translation_reworded_gives_way_to_the_rewording(intro, fix):
    rows = [("1", None, "A", MARKET), ("2", "1", "B", f"{intro}{GARBLED}"), ("3", "2", "C", f"> {GARBLED}\n\n{fix}{FIXED}")]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert [(p.translation.comment, p.translation_text) for p in found] == [("3", FIXED)]


@pytest.mark.parametrize(("given", "reply"), [
    (GARBLED, "lol which app gives that? mine crashes"),
    (FIXED, "thanks, that's what I thought it meant"),
    (FIXED, f"yes, {FIXED}"),
])
def test_a_quoted_translation_remarked_on_stays_the_pair(given, reply):
    """A reply that quotes the translation and only remarks on it, or repeats it, corrects nothing."""
    rows = [("1", None, "A", MARKET), ("2", "1", "B", f"Google says: {given}"), ("3", "2", "C", f"> {given}\n\n{reply}")]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert [(p.translation.comment, p.translation_text) for p in found] == [("2", given)]


@pytest.mark.parametrize("lead", [
    "translation, part 1 of 2 —\n",
    "ok here goes, part 1/2: ",
    "English, Part 1 of 2 - ",
    "my attempt, part 1/2 — ",
])
def test_a_lead_before_an_unbracketed_part_mark_is_no_part_of_the_translation(lead):
    """A few words then "part 1 of 2" and a colon or dash: the English starts after the mark, in either part."""
    rows = [("1", None, "A", TWO), ("2", "1", "B", f"{lead}{FIRST}"), ("3", "2", "B", f"part 2 of 2 — {SECOND}")]
    found = [p for p in pairs(make_thread(rows)) if p.translation is not None]
    assert len(found) == 1
    parts = {loc.comment: rows[int(loc.comment) - 1][3][loc.start : loc.end] for loc in (found[0].translation, *found[0].continued)}
    assert parts == {"2": FIRST, "3": SECOND}
