"""Issue 16: romanized Persian (Finglish) found where a reader finds it, by the evidence of a stretch of words that are
no English (verb prefixes and endings, long vowels doubled, the very common Finglish words), not by listed words
alone; English stays English. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilingual.segment import core, segment, words
from bilingual.spans import AR_LATN, ARABIZI, FA_LATN


def runs(text: str) -> list[tuple[str, str | None]]:
    return [(s.text(text), s.lang) for s in segment(text) if s.kind == ARABIZI]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        # no word of the Finglish or Arabizi lists: a doubled a (baayad, naamaro) or a very common Finglish word
        # (hanooz, faghat) opens the line, the stretch's verbs and endings make it Persian
        ("hanooz javaabe naamaro nagerefti?", "hanooz javaabe naamaro nagerefti"),
        ("baayad zoodtar bargardim khoone", "baayad zoodtar bargardim khoone"),
        ("shab ha too khiaabaan raah miraftim", "shab ha too khiaabaan raah miraftim"),
        # Persian words English spells too (man, ham) at the line's edge or inside, one English loan inside
        ("man faghat mikhaastam beporsam", "man faghat mikhaastam beporsam"),
        ("maadaram hanooz ham sweater mibafe", "maadaram hanooz ham sweater mibafe"),
        # inside English: the stretch, not the English around it
        ("After the match my cousin wrote hanooz javaabe naamaro nagerefti and logged off.", "hanooz javaabe naamaro nagerefti"),
    ],
)
def test_finglish_without_a_listed_word_is_found(text: str, run: str) -> None:
    assert runs(text) == [(run, FA_LATN)]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        # a stretch beside a run the listed words made goes on from it (the run was "hayaat baazi mikonan")
        ("bache ha daaran too hayaat baazi mikonan", "bache ha daaran too hayaat baazi mikonan"),
    ],
)
def test_a_finglish_stretch_joins_the_run_beside_it(text: str, run: str) -> None:
    assert runs(text) == [(run, FA_LATN)]


@pytest.mark.parametrize(
    "text",
    [
        "The bazaar near Isaac's shop sells naan and kebab.",  # doubled a in English words and names: no cue
        "We visited Maastricht and the Kaaba documentary aired later.",
        "I told him in person and he agreed.",  # Persian function words that are English: no evidence
        "Our manager said to man the booth until noon, then ham sandwiches.",
        "aaaah we had a baaad day",  # laughter and text-speak
    ],
)
def test_english_stays_english(text: str) -> None:
    assert runs(text) == []


def test_arabizi_with_a_doubled_vowel_stays_arabizi() -> None:
    assert runs("wallah ma3andi walou, inshaa allah ghodwa") == [("wallah ma3andi walou, inshaa allah ghodwa", AR_LATN)]


def test_doubled_a_makes_a_cue_line_only_in_a_word_that_is_no_english_beside_another() -> None:
    text = "daashtim miraftim\nthe bazaar of Isaac\nkhaanom mohtaram\nthe azaan was heard"
    assert core._cue_lines(text) == ([0, 38], [17, 54])


def test_verb_shapes_weigh_for_persian() -> None:
    for word in ("bokonid", "bokhorim", "nemidi", "miad", "khodeshoon", "ketabetoon"):
        assert core._word_evidence(word)[0] > 0, word
    for word in ("mizer", "bedraheme", "nachri"):  # Maghrebi and Arabizi shapes stay none of these
        assert core._word_evidence(word)[0] == 0, word


def test_finglish_common_english_section_is_derived_from_the_common_list() -> None:
    """``finglish-common-english`` (arabizi.txt) names the words of translit_common_fa.txt that the segmenter reads as
    English or French: the others open a line for Finglish."""
    expected = {w for w in words.finglish_common() if core._is_english_or_french(w)}
    assert words.sections()["finglish-common-english"] == expected
    assert "hanooz" in core._finglish_cues() and "man" not in core._finglish_cues()
