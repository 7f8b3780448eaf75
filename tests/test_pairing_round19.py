"""Issue 14, fortieth round: round 19's span edges, each form probed with wordings of its own (not the round's): a translation
in brackets inside the writer's sentence ("We had it printed on a mug (...) and nobody ever checked it."). The share of
probes cut exactly at the translation is printed (``-s``) and held to a floor; translations whose own brackets hold a
part of them keep it."""

from __future__ import annotations

import itertools

from test_pairing_leads17 import PLAIN, _answer

BEFORE = [
    "We had it printed on a mug",
    "My grandma stitched it on a cushion",
    "the shop owner wrote it on the receipt",
    "Our neighbour shouts it over the fence every morning",
    "I saw it sprayed on a wall downtown",
]
LABELS = ["", "translation: ", "tl: ", "roughly: "]
AFTER = [" and nobody ever checked it.", " so is that right?", ". Funny, right?", ""]
# Translations whose own brackets hold a part of them: the brackets stay in the span.
OWN = [
    ("جاء توم إلى بوسطن عام 2001.", "Tom came to Boston (the city) in 2001.", "Tom came to Boston (the city) in 2001."),
    ("أحدثت العاصفة الكثير من الخسائر.", "The storm (a big one) caused a lot of damage.", "The storm (a big one) caused a lot of damage."),
    ("يأكل الكلب طعامه.", "The dog (our old one) is eating his food.", "The dog (our old one) is eating his food."),
    ("الجو بارد جدا فى استانبول.", "The weather (in winter) is very cold in Istanbul.", "The weather (in winter) is very cold in Istanbul."),
]


def _bracketed() -> list[tuple[str, str, str]]:
    """Every wording of the writer's sentence around a bracketed translation, a translation in turn: (arabic, answer, english)."""
    cases = []
    for k, (before, label, after) in enumerate(itertools.product(BEFORE, LABELS, AFTER)):
        arabic, english = PLAIN[k % len(PLAIN)]
        cases.append((arabic, f"{before} ({label}{english}){after}", english))
    return cases


def _share(cases: list[tuple[str, str, str]]) -> float:
    """The share of ``cases`` (arabic, answer, english) whose pair is the English, from its first word to its last."""
    return sum([p.translation_text for p in _answer(arabic, answer)] == [english] for arabic, answer, english in cases) / len(cases)


def test_a_translation_in_brackets_inside_a_sentence_is_the_brackets_inside():
    """A sentence of the writer's around a bracketed translation, before it, after it or both ("... (Tom came to Boston in
    2001.) and nobody ever checked it."), was kept whole: the window holds the whole sentence."""
    share = _share(_bracketed())
    print(f"bracketed: {share:.3f} of {len(_bracketed())}")
    assert share >= 0.8


def test_a_translations_own_brackets_stay():
    """Brackets that hold a little of the translation ("(in 2001)") are its own, not an enclosure."""
    assert _share(OWN) == 1.0
