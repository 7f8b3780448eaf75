"""Issue 14, fortieth round: round 19's span edges, each form probed with wordings of its own (not the round's): a translation
in brackets inside the writer's sentence ("We had it printed on a mug (...) and nobody ever checked it."), laughter at either
end ("lmaooo The storm ...", "... damage hehehe"), a time mark before a lyric's line ("[1:02:15] "), a line about a part of the
text after a partial translation ("The rest someone else can take."), chat leads before lower case ("means ...", "its saying
..."). The share of probes cut exactly at the translation is printed (``-s``) and held to a floor; translations whose own
brackets or lines look alike keep them."""

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


LAUGHS = ["hahaha", "hahahaha", "ahahah", "lmaooo", "lool", "hehehe", "XD", "lmfao"]
TIME_MARKS = ["2:46 ~ ", "0:58 - ", "[1:02:15] ", "(3:07) ", "04:12 | ", "1:15 = ", "12:01 → "]


def _laughed() -> list[tuple[str, str, str]]:
    """Laughter before a capitalised translation and after a lower-case one ("hahaha The storm ...", "the storm ... lmaooo")."""
    cases = []
    for k, laugh in enumerate(LAUGHS):
        for j in range(3):
            arabic, english = PLAIN[(3 * k + j) % len(PLAIN)]
            cases.append((arabic, f"{laugh} {english}", english))
            lower = english[0].lower() + english[1:].rstrip(".!?") if not english.startswith(("I ", "Tom")) else english.rstrip(".!?")
            cases.append((arabic, f"{lower} {laugh}{' 😂' if j == 2 else ''}", lower))
    return cases


def _timed() -> list[tuple[str, str, str]]:
    """A time mark before the translation, the Arabic's line marked the same way in the post."""
    return [(arabic, f"{mark}{english}", english) for mark, (arabic, english) in zip(TIME_MARKS * 2, PLAIN)]


def test_laughter_at_either_end_is_left_out():
    """"hahaha The storm ..." kept its laughter (only "haha" itself was an opener), "... damage lol" its closing."""
    share = _share(_laughed())
    print(f"laughed: {share:.3f} of {len(_laughed())}")
    assert share >= 0.9


def test_a_time_mark_before_the_translation_is_left_out():
    """A lyric's or a video's time mark ("2:46 ~ ", "[1:02:15] ") was kept at the translation's start."""
    share = _share(_timed())
    print(f"timed: {share:.3f} of {len(_timed())}")
    assert share >= 0.9


PART_SUBJECTS = ["The second sentence", "The rest", "That last bit", "The other line", "The second half", "The last part"]
PART_SAYINGS = ["I'll leave to a native speaker.", "is beyond me, sorry.", "someone else can take.", "is slang I can't place.", "I'm not sure about."]


def _part_noted() -> list[tuple[str, str, str]]:
    """A translation of the first of two sentences, then a line about the other ("The rest is beyond me, sorry.")."""
    cases = []
    for k, (subject, saying) in enumerate(itertools.product(PART_SUBJECTS, PART_SAYINGS)):
        (first, english), (second, _) = PLAIN[k % len(PLAIN)], PLAIN[(k + 5) % len(PLAIN)]
        cases.append((f"{first}\n{second}", f"{english}\n{subject} {saying}", english))
    return cases


def test_a_line_about_a_part_of_the_text_is_left_out():
    """A line whose subject is a part of the text ("The second sentence I'll leave to a native speaker.") was kept."""
    share = _share(_part_noted())
    print(f"part noted: {share:.3f} of {len(_part_noted())}")
    assert share >= 0.9


# Two-line translations whose second line opens with a part's word and is the Arabic's own.
PART_OWN = [
    ("سأريك بعض الصور.\nالباقي عند أختي.", "I will show you some pictures.\nThe rest are with my sister.", "I will show you some pictures.\nThe rest are with my sister."),
    ("الجو بارد جدا فى استانبول.\nالجزء الثاني من الرحلة كان أدفأ.", "The weather is very cold in Istanbul.\nThe second part of the trip was warmer.", "The weather is very cold in Istanbul.\nThe second part of the trip was warmer."),
]


def test_a_line_of_the_translation_that_names_a_part_stays():
    """"The rest are with my sister." under its Arabic's الباقي عند أختي is the translation's own line."""
    assert _share(PART_OWN) == 1.0


CHAT_LEADS = ["he said", "she says", "they said", "means", "its saying", "lol he said", "lmao she says", "hahaha he said"]


def _chat_framed() -> list[tuple[str, str, str]]:
    """A lower-case chat lead, its subject dropped or a pronoun, before a lower-case translation ("its saying the storm ...")."""
    cases = []
    for k, lead in enumerate(CHAT_LEADS * 3):
        arabic, english = PLAIN[k % len(PLAIN)]
        lower = (english[0].lower() + english[1:] if not english.startswith(("I ", "Tom")) else english).rstrip(".!?")
        cases.append((arabic, f"{lead} {lower}", lower))
    return cases


def test_a_chat_lead_before_lower_case_is_left_out():
    """"means ...", "its saying ..." and "he said ..." before lower case stayed when the table gave the lead's pronoun or verb
    as a loose sense of some word of a long Arabic ("said" of صاحب, "its" of لإعادة)."""
    share = _share(_chat_framed())
    print(f"chat framed: {share:.3f} of {len(_chat_framed())}")
    assert share == 1.0


# صاحب "owner" has "said" among its loose senses (its fifth); the lead's "said" is no translation of it.
LOOSE = [
    ("أغلق صاحب المتجر الباب مبكرا.", "he said the owner of the shop closed the door early", "the owner of the shop closed the door early"),
    ("صاحب السيارة هو عمي.", "she said the owner of the car is my uncle", "the owner of the car is my uncle"),
]


def test_a_loose_sense_of_the_arabic_does_not_keep_a_lead():
    """The lead's verb counts as the Arabic's only as a main sense of one of its words (قال, not صاحب)."""
    assert _share(LOOSE) == 1.0


REFERENCES = ["[Sahih Muslim 2564]", "(Riyad as-Salihin 1615)", "— Imam an-Nawawi", "[Musnad Ahmad 7:123]", "(Jami at-Tirmidhi 2516)", "~ Ibn Kathir, vol. 2"]


def _referenced() -> list[tuple[str, str, str]]:
    """A translation of two sentences, then its source's reference on a line of its own ("[Riyad as-Salihin 1615]"), under an
    Arabic that marks no sentence's end (as a narration posted without its full stops)."""
    cases = []
    for k, reference in enumerate(REFERENCES * 2):
        (first, one), (second, two) = PLAIN[k], PLAIN[(k + 1) % len(PLAIN)]
        arabic = f"{first} {second}".replace(".", "").replace("؟", "").replace("?", "")
        cases.append((arabic, f"{one} {two}\n{reference}", f"{one} {two}"))
    return cases


def test_a_reference_on_its_own_line_is_left_out():
    """A reference on a line of its own was cut as a signature, unless the Arabic seemed to spell its name ("Kathir" of
    الكثير: a reference's names are no translation's), and an article assimilated in lower case ("as-Salihin") was no
    source's word."""
    share = _share(_referenced())
    print(f"referenced: {share:.3f} of {len(_referenced())}")
    assert share == 1.0
