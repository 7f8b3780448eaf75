"""Issue 14 (round 29's subtitle check; bilingual/pairing/find._quoted_lines, _interlinear): a reply that quotes a passage
part by part, each quoted line followed by its English ("> <line 1>\\n<its English>\\n> <line 2>\\n<its English>"), gives
the passage's translation from the first line's English to the last's. Only the English after the last quoted part was a
candidate of the quoting reply, so the passage of two lines was paired with its second line's English alone. A reply
that answers each quoted line with a remark of its own is no translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LINES = [
    ("ذهبت إلى السوق صباح اليوم.", "I went to the market this morning."),
    ("اشتريت خبزا وحليبا وبعض الفاكهة.", "I bought bread, milk and some fruit."),
    ("كان الجو باردا جدا في القاهرة.", "The weather was very cold in Cairo."),
    ("لم أستطع النوم طوال الليل.", "I couldn't sleep all night."),
    ("أخي يعمل مهندسا في دبي منذ خمس سنوات.", "My brother has worked as an engineer in Dubai for five years."),
    ("سنسافر إلى الإسكندرية في الصيف.", "We will travel to Alexandria in the summer."),
]
LAYOUTS = [
    "Line by line:\n\n> {a1}\n{e1}\n> {a2}\n{e2}\n\nHope it helps.",
    "> {a1}\n\n{e1}\n\n> {a2}\n\n{e2}",
    "here you go\n>{a1}\n{e1}\n>{a2}\n{e2}",
    "> {a1}\n= {e1}\n> {a2}\n= {e2}\n\nshout if anything reads off",
    "@A sure\n\n> {a1}\n{e1}\n\n> {a2}\n{e2}",
]
REMARKS = [
    "> {a1}\nWhere did you hear this?\n> {a2}\nI don't agree with this part at all.",
    "> {a1}\nThis is from a famous song I think.\n> {a2}\nMy grandmother used to say this too.",
    "> {a1}\nlol same here\n> {a2}\nThat happens to everyone, honestly.",
]


def _translations(reply: str, lines: list[tuple[str, str]]) -> list[str | None]:
    source = "Can someone check my homework?\n" + "\n".join(a for a, _ in lines)
    found = pairs(make_thread([("1", None, "A", source), ("2", "1", "B", reply)]))
    return [reply[p.translation.start : p.translation.end] if p.translation else None for p in found if p.passage.location.comment == "1"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_passage_quoted_line_by_line_pairs_with_every_lines_english(layout):
    for i in range(0, len(LINES), 2):
        (a1, e1), (a2, e2) = LINES[i], LINES[i + 1]
        reply = layout.format(a1=a1, e1=e1, a2=a2, e2=e2)
        assert _translations(reply, [(a1, e1), (a2, e2)]) == [reply[reply.index(e1) : reply.index(e2) + len(e2)]]


def test_three_lines_quoted_one_by_one():
    (a1, e1), (a2, e2), (a3, e3) = LINES[3:6]
    reply = f"> {a1}\n{e1}\n> {a2}\n{e2}\n> {a3}\n{e3}\n\nThe last one was the tricky bit."
    assert _translations(reply, LINES[3:6]) == [reply[reply.index(e1) : reply.index(e3) + len(e3)]]


@pytest.mark.parametrize("layout", REMARKS)
def test_a_remark_under_each_quoted_line_is_no_translation(layout):
    for i in range(0, len(LINES), 2):
        (a1, e1), (a2, e2) = LINES[i], LINES[i + 1]
        assert _translations(layout.format(a1=a1, a2=a2), [(a1, e1), (a2, e2)]) == [None]


# Issue 14 (rounds 9, 10 and 18's Arabic and English line by line; find._lines_shown): in a comment that gives each Arabic
# line with its English under it, a line whose English the texts show little for (Egyptian words the lexicon lacks, a
# free rendering) is translated as its neighbour is, once the neighbour's English was accepted on its own evidence.
# A remark on the line ("no idea about this one") is not.
TRANSLATED = ("احنا كنا بنروح النادي كل يوم جمعة", "We used to go to the club every Friday")
LOOSE = [
    ("ماما عملت أكل كتير عشان العزومة", "Mom made a lot of food for the dinner party"),
    ("الواد ده دمه خفيف أوي", "That guy is really funny"),
    ("خلاص يا عم مش مستاهلة", "Forget it man, it's not worth it"),
    ("اتخانقنا على حاجة تافهة", "We fought over something silly"),
    ("هو اللي بدأ الموضوع ده أصلا", "He's the one who started all this in the first place"),
    ("مفيش حد بيرد على التليفون", "Nobody's picking up the phone"),
]
LINE_REMARKS = ["no idea about this one, sorry", "this is the bit I can't read", "lol this one is so true",
                "Can someone help with this part?", "skip that one, it's slang", "my grandma says this all the time"]


def _lines(lines: list[tuple[str, str]]) -> list[str | None]:
    text = "\n".join(f"{a}\n{e}" for a, e in lines)
    return [text[p.translation.start : p.translation.end] if p.translation else None for p in pairs(make_thread([("1", None, "A", text)]))]


@pytest.mark.parametrize("arabic, english", LOOSE)
def test_a_lines_english_is_its_translation_when_its_neighbours_is(arabic, english):
    assert _lines([TRANSLATED, (arabic, english)]) == [TRANSLATED[1], english]
    assert _lines([(arabic, english), TRANSLATED]) == [english, TRANSLATED[1]]


@pytest.mark.parametrize("remark", LINE_REMARKS)
def test_a_remark_under_the_next_line_stays_unpaired(remark):
    for arabic, _ in LOOSE[:3]:
        assert _lines([TRANSLATED, (arabic, remark)]) == [TRANSLATED[1], None]
