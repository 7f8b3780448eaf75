"""Issue 14 (bilingual/pairing/find._goes_on): the writer's next post is joined to a translation as its rest only when
it explains Arabic the translation leaves unexplained, further on than what the translation explains. A short but whole
translation, then a remark that repeats its names and words, an answer to a question about it or a second thought on
one of its words, is no translation split in two: those posts were joined (the length of the two together nearer a
translation's, the remark's names and words evidence of its own)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.evidence import covered_words

# (Arabic, a short but whole translation, the writer's follow-up)
FOLLOW_UPS = [
    ("توم أتىَ يوم الإثنين وعاد إلىَ البيت في اليوم التالي.", "Tom came Monday, home the next day.", "Tom always comes on Monday lol"),
    ("توم أتىَ يوم الإثنين وعاد إلىَ البيت في اليوم التالي.", "Tom came Monday, home the next day.", "@B Tom is her brother, he came for the wedding"),
    ("200000 دولار كافية بالنّسبة لسامي كي يبدأ حياة جديدة.", "$200,000 is enough for Sami's new life.", "200000 dollars is a lot where Sami lives"),
    ("في 16 مارس 2020، بدأت أول تجربة سريرية للقاح على أربعة متطوعين في سياتل.",
     "The first vaccine trial began in Seattle on 16 March 2020.", "I was one of the volunteers in Seattle in March 2020!"),
    ("إذا أخذت قرص الدواء هذا, بعض الأعراض الجانيبة قد تظهر.", "This pill may cause side effects.", "to answer: you take the pill once a day"),
]
# (Arabic, the first post, the second: a translation cut in two with no mark)
SPLITS = [
    ("طلب فاضل من ليلى أن تصوّب المسدّس نحو رامي.", "Fadil asked Layla", "to point the gun at Rami."),
    ("اتّصل مدير المدرسة بمدرّستنا و أخبرها أنّه سيدعنا نعود إلى قسمنا.", "The principal called our teacher",
     "and told her that he was letting us go back to class."),
    ("لم يكن لدى سامي الكثير من الأصدقاء في الحيّ.", "Sami did not have many friends", "in the neighborhood."),
]


def _layout(name: str, arabic: str, first: str, second: str) -> list[tuple[str, str | None, str, str]]:
    """A reply and its writer's reply to it; a flat chat; the author's answer to a request and their reply to it."""
    if name == "chain":
        return [("1", None, "A", arabic), ("2", "1", "B", first), ("3", "2", "B", second)]
    if name == "request":
        return [("1", None, "A", arabic), ("2", "1", "C", "what does this mean?"), ("3", "2", "A", first), ("4", "3", "A", second)]
    return [("1", None, "A", arabic), ("2", None, "C", "can everyone see my screen?"), ("3", None, "B", first), ("4", None, "B", second)]


def _spans(rows: list[tuple[str, str | None, str, str]]) -> list[list[str]]:
    texts = {cid: text for cid, _, _, text in rows}
    return [
        sorted(texts[str(t.comment)][t.start : t.end] for t in (p.translation, *p.continued))
        for p in pairs(make_thread(rows)) if p.translation is not None
    ]


@pytest.mark.parametrize("layout", ["chain", "flat", "request"])
@pytest.mark.parametrize(("arabic", "whole", "later"), FOLLOW_UPS, ids=[later for _, _, later in FOLLOW_UPS])
def test_a_follow_up_that_explains_nothing_left_is_no_rest(layout, arabic, whole, later):
    assert _spans(_layout(layout, arabic, whole, later)) == [[whole]]


@pytest.mark.parametrize("layout", ["chain", "flat", "request"])
@pytest.mark.parametrize(("arabic", "first", "second"), SPLITS, ids=[first for _, first, _ in SPLITS])
def test_a_second_half_that_goes_on_is_the_rest(layout, arabic, first, second):
    assert _spans(_layout(layout, arabic, first, second)) == [sorted([first, second])]


def test_covered_words_are_places_in_the_arabic():
    """The second half covers words further on (and the name رامي, which "Fadil asked Layla" does not write); a remark
    that repeats the translation's words and names covers nothing the translation leaves."""
    arabic = ("طلب فاضل من ليلى أن تصوّب المسدّس نحو رامي.",)
    first, second = covered_words(arabic, ("Fadil asked Layla",)), covered_words(arabic, ("to point the gun at Rami.",))
    assert second - first and min(second - first) > max(first)
    arabic = ("توم أتىَ يوم الإثنين وعاد إلىَ البيت في اليوم التالي.",)
    assert not covered_words(arabic, ("Tom always comes on Monday lol",)) - covered_words(arabic, ("Tom came Monday, home the next day.",))


# (Arabic of two sentences, the first one's English as long as the whole passage's translation would be, the second's)
LONG_FIRST = [
    ("اتّصل مدير المدرسة بمدرّستنا و أخبرها أنّه سيدعنا نعود إلى قسمنا. كانت ليلى تعيش في القاهرة.",
     "The principal called our teacher and told her that he was sending us back to class.", "Layla lived in Cairo."),
    ("في ولاية كاليفورنيا، عليك دراسة تربية الأطفال الصّغار كي تعمل في روضة. أنا أحب القهوة.",
     "In California, you have to study early childhood education to work at a daycare.", "I love coffee."),
    ("بعد مرور بضعة أشهر، أصبح فاضل يتحكّم في كلّ مظهر من حياة ليلى. شرب سامي من ذاك الكأس.",
     "Within a few months, Fadil controlled every aspect of Layla's life.", "Sami drank out of that glass."),
]


@pytest.mark.parametrize("layout", ["chain", "flat", "request"])
@pytest.mark.parametrize(("arabic", "first", "second"), LONG_FIRST, ids=[second for _, _, second in LONG_FIRST])
def test_a_first_part_that_leaves_the_second_sentence_is_joined_though_long(layout, arabic, first, second):
    """The first post alone is as long as the passage's translation would be, so the length did not propose the join;
    it leaves the second sentence unexplained (find._leaves), and the next post explains it."""
    assert _spans(_layout(layout, arabic, f"for the non-Arabic folks: {first}", second)) == [sorted([first, second])]
    assert _spans(_layout(layout, arabic, first, "the audio keeps cutting out on my side")) == [[first]]
