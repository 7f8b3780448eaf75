"""Issue 14, thirty-ninth round (bilingual/pairing/copies.py, find.py): the author's own transliteration of the
Arabic (an Arabizi passage whose Arabic-script reading spells the Arabic) is a copy of it that shares its
translation, not another passage that takes the English from it; different sentences stay apart. English of
which the aligner links no segment to the Arabic is not made a translation by its marker alone."""

from __future__ import annotations

import bisect

import pytest
import regex
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.copies import reading_copies
from bilingual.spans import AR_LATN
from bilingual.translit import transliterate

HANDS = "غسل اليدين الطبي يكون لمدة لا تقل عن 15 ثانية، باستخدام كميات وفيرة من الصابون والماء أو الجل لصناعة رغوة وفرك كل جزء من اليدين."
HANDS_ROMAN = "ghsl alydyn altby ykwn lmda la tql n thanya bastkhdam kmyat wfyra mn alsabwn walma aw aljl lsna'a rghwa wfrk kl jz mn alydyn"
HANDS_EN = ("Medical hand-washing is for a minimum of 15 seconds, using generous amounts of soap and water or gel to lather "
            "and rub each part of the hands.")
ACTORS = "زي ما في ممثلين كتيرة يحيى .. يحيى الفخراني دكتور"
ACTORS_ROMAN = "zy ma fy mmthlyn ktyra yhya yhya alfkhrany dktwr"
ACTORS_EN = "Like many actors Yehia .. Yehia ElFakharany is a doctor."


def reading(latin: str) -> str:
    return transliterate(latin, AR_LATN).text


def test_a_reading_that_spells_the_arabic_is_its_copy():
    """The readings guess vowels and letters (ثانيا for ثانية, يحيا for يحيى, لسنه for لصناعة): under the n-gram
    copies' 0.8, they match the Arabic word for word by skeleton."""
    texts = [HANDS, ACTORS, HANDS_ROMAN, ACTORS_ROMAN]
    assert reading_copies(texts, {2: reading(HANDS_ROMAN), 3: reading(ACTORS_ROMAN)}) == {2: 0, 3: 1}


def test_a_reading_of_another_sentence_is_no_copy():
    texts = [ACTORS, "انا لا ألومك.", "ana la alwmk", "kan sami ytkhyl 3n layla"]
    assert reading_copies(texts, {2: "اني مديون له", 3: reading("kan sami ytkhyl 3n layla")}) == {}
    assert reading_copies(["سامي قصير بكثير عن ليلى.", "x"], {1: reading("kan sami ytkhyl 3n layla")}) == {}


def test_short_readings_are_no_copies():
    """Two words' skeletons collide too easily to call them the same passage."""
    assert reading_copies(["انا بحبك", "ana ba7ebak"], {1: reading("ana ba7ebak")}) == {}


@pytest.mark.parametrize("arabic, roman, english, join", [
    (HANDS, HANDS_ROMAN, HANDS_EN, " — "),
    (ACTORS, ACTORS_ROMAN, ACTORS_EN, "\n\n"),
])
def test_the_authors_transliteration_shares_the_translation(arabic, roman, english, join):
    """The reply's transliteration no longer takes the English away from the Arabic above it."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "How do you pronounce it and what does it mean?"),
            ("3", "2", "A", f"{roman}{join}{english}")]
    found = pairs(make_thread(rows))
    assert [p.translation_text for p in found if p.passage.location.comment == "1"] == [english]


@pytest.mark.parametrize("text", [
    "لكن المشكلة الأهم الآن هي ألم الصدر هذا [The WHO has issued instructions on when and how to use masks.]",
    "تشتمل أهداف المنصة الرئيسية التي تقدمت إلى المرحلة الأولى من دراسات السلامة على:\n\nOf 79 vaccine candidates in active "
    "development (confirmed as of early April 2020), 74 were not yet in human evaluation (still in \"preclinical\" research).",
])
def test_a_marker_does_not_make_unlinked_english_a_translation(text):
    """Brackets, or a colon closing the Arabic, before English that translates another passage: none of its words
    translates this one (the aligner links no segment), so the marker alone does not pair it."""
    (p,) = pairs(make_thread([("1", None, "A", text)]))
    assert p.translation is None


def test_a_marker_still_introduces_a_translation_it_links():
    rows = [("1", None, "A", "قفز كين من فوق الحائط. [Ken jumped over the wall.]")]
    (p,) = pairs(make_thread(rows))
    assert p.translation_text == "Ken jumped over the wall."


def _learner(arabic: str) -> str:
    """A learner's letter-by-letter romanization (the round 18 development set's)."""
    import pairing_blind18

    return str(pairing_blind18.romanize(arabic))


def _msa(arabic: str) -> str:
    """Romanized MSA with hyphenated clitics and digits for ع ح ء (bench_segment's)."""
    import bench_segment

    return " ".join(r for r in (bench_segment.romanize_msa(w) for w in regex.findall(r"\p{Arabic}+", arabic)) if r.strip("-"))


@pytest.mark.slow
def test_probe_readings_against_their_own_sentence_and_200_others(shared_data, capsys):
    """Tatoeba and TICO-19 Arabic sentences (300 of each, evenly spread), romanized two ways and read back:
    each reading against its own sentence (a true copy) and against the 200 sentences nearest in length (none may
    pass); the separation is printed (BENCHMARKS, thirty-ninth round)."""
    lines = []
    for path, size in (("mt/tatoeba-ara-eng/tatoeba-test-v2021-08-07.ara", 300), ("mt/tico19/tico19-test.ar", 300)):
        every = (shared_data / path).read_text(encoding="utf-8").splitlines()
        lines += every[:: max(1, len(every) // size)][:size]
    sentences = sorted(set(lines), key=lambda s: (len(s), s))
    passed = {"learner": 0, "msa": 0}
    wrong = 0
    for romanize, name in ((_learner, "learner"), (_msa, "msa")):
        for s in lines:
            at = bisect.bisect_left(sentences, (len(s), s), key=lambda t: (len(t), t))
            others = [o for o in sentences[max(0, at - 100) : at + 101] if o != s][:200]
            read = reading(romanize(s))
            passed[name] += reading_copies([s, "x"], {1: read}) == {1: 0}
            wrong += len(reading_copies([*others, "x"], {len(others): read}))
    with capsys.disabled():
        print(f"\nreadings probe: own sentence {passed} of {len(lines)} each; another sentence {wrong} of {2 * len(lines)}")
    assert wrong == 0
    assert min(passed.values()) >= 0.8 * len(lines)
