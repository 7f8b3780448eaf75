"""Issue 14, thirty-second round: translations the pairing missed because their content scored under the bar.
A word written with the accusative's nunation (فلماً, نومًا) is looked up in the word table by its stem without
the alef: the light stemmer keeps it, so the table knew none of the forms below."""

from __future__ import annotations

import pytest
from test_pairing import only_pair

from bilingual.align.words import arabic_tokens, table_tokens
from bilingual.pairing.evidence import arabic_senses


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
