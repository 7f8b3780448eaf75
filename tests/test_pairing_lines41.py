"""Issue 14 (round 22's "Quora answer interleaved line by line" and "interleaved notes, no translation";
bilingual/pairing/cues.per_line, find._own_candidates): what a comment says before its first Arabic line of the English
it puts under each line. "I'll put the English right under each line:" counts for each line's English and is no
translation itself; "my notes under each line:" counts against; the English under the last line ends at the blank line
before a closing remark ("\\n\\nHope that answers it.")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import per_line

QUESTION = ("q", None, "Q", "What does he say in the video?")


def _translations(text: str) -> list[str | None]:
    return [p.translation_text for p in pairs(make_thread([QUESTION, ("1", "q", "A", text)]))]


@pytest.mark.parametrize(("heading", "said"), [
    ("I'll put the English right under each line so you can follow:", 1),
    ("here's my rendering, each line under the arabic one", 1),
    ("Line-by-line translation:", 1),
    ("tl under each line 👇", 1),
    ("Each sentence translated right below it:", 1),
    ("my notes under each line:", -1),
    ("thoughts per line:", -1),
    ("My reactions line by line", -1),
    ("translation notes per line:", 0),  # both kinds of word: nothing said
    ("What a voice!", 0),
    ("English below:", 0),  # a translation announced, not one under each line
])
def test_what_a_heading_says_of_the_english_under_each_line(heading, said):
    assert per_line(heading) == said


def test_a_heading_saying_the_english_under_each_line_translates_it():
    """"You'd better go." alone is too short to show it translates من الأفضل لك أن تغادر; the heading says so."""
    text = ("I'll put the English right under each line so you can follow:\n\nمن الأفضل لك أن تغادر.\nYou'd better go.\n"
            "أتعلم ماذا؟ انس الأمر! سأقوم به بنفسي.\nYou know what? Forget it! I'll just do it myself.\n\nHope that answers it.")
    assert _translations(text) == ["You'd better go.", "You know what? Forget it! I'll just do it myself."]


@pytest.mark.parametrize("english", ["I wanted to go but", "I don't know what to tell you but"])
def test_the_english_under_the_last_line_ends_before_the_closing_paragraph(english):
    arabic = {"I wanted to go but": "كنت عايز اروح بس ..", "I don't know what to tell you but": "مش عارف اقولك ايه بس .."}[english]
    text = f"English under each line:\n\nكانت ليلى أمّا مشغولة.\nLayla was a busy mom.\n{arabic}\n{english}\n\nHope that answers it."
    assert _translations(text) == ["Layla was a busy mom.", english]


@pytest.mark.parametrize("heading", ["my notes under each line:", "thoughts per line:", "Comments on each line:"])
def test_english_under_each_line_said_to_be_notes_is_no_translation(heading):
    text = f"{heading}\nمتى ستعود إلى البيت؟\nWhen? Nobody knows.\nأنا لا أفهم هذه الكلمة.\nSami said he was born in this clinic."
    assert _translations(text) == [None, None]
