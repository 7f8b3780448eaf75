"""Issue 14, thirty-second round: translations the pairing missed because their content scored under the bar.
A word written with the accusative's nunation (فلماً, نومًا) is looked up in the word table by its stem without
the alef: the light stemmer keeps it, so the table knew none of the forms below."""

from __future__ import annotations

import pytest
from test_pairing import only_pair

from bilingual.align.words import arabic_tokens, table_tokens
from bilingual.pairing.evidence import arabic_senses, coverage, loose_senses


def test_a_nunated_word_is_looked_up_without_its_alef() -> None:
    text = "شاهدنا فلماً مضحكاً يوم الأحد الماضي."
    assert table_tokens(text) == ["شاهدنا", "فلم", "مضحك", "يوم", "احد", "ماض"]
    assert arabic_tokens(text)[1:3] == ["فلما", "مضحكا"]  # the stems the table was learned from stay as they were
    assert any("funny" in senses for senses, _ in arabic_senses(text))


@pytest.mark.parametrize("text", ["كان مثلا هناك", "سيدنا", "أيمكننا الذهاب؟"])
def test_an_alef_without_the_mark_stays(text: str) -> None:
    """Without the mark the alef may be the word's own or a suffix's (مثلا, سيدنا "our master", أيمكننا "can we"):
    looked up without it, Egyptian's مثلا read as "such" and سيدنا as "Sydney" (ArzEn-ST threads of rounds 12, 14, 17 lost)."""
    assert table_tokens(text) == arabic_tokens(text)


@pytest.mark.parametrize(("arabic", "english"), [
    ("شاهدنا فلماً مضحكاً يوم الأحد الماضي.", "We saw a funny movie last Sunday."),
    ("أتمنى لك نومًا هادئًا يا تِمِي.", "Sleep well, Timmy."),
])
def test_a_reply_translating_nunated_words_is_paired(arabic: str, english: str) -> None:
    p = only_pair([("c1", None, "A", arabic), ("c2", "c1", "B", english)])
    assert p.translation_text == english


def test_a_word_the_table_knows_loosely_counts_when_the_english_has_its_sense() -> None:
    """أيمكنني: the table gives "may" at 0.24 (no sense it is sure of): English with "may" covers it, English
    without it is not held to it; بس ("but", a word the anchors count) is no loose sense."""
    arabic = ("أيمكنني الذهاب إلى الحمام؟",)
    assert any("may" in senses for senses in loose_senses(arabic[0]))
    assert coverage(arabic, ("May I use the toilet?",)) > coverage(arabic, ("Can I use the toilet?",)) + 0.4
    assert not any("but" in senses for senses in loose_senses("بس انا مش فاهم"))


def test_an_answer_to_a_request_with_a_loose_word_is_paired() -> None:
    p = only_pair([("c1", None, "A", "أيمكنني الذهاب إلى الحمام؟"), ("c2", "c1", "B", "what does it mean?"),
                   ("c3", "c2", "C", "May I use the toilet?")])
    assert p.translation_text == "May I use the toilet?"
