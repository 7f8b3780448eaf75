"""Issue 14, round 32's tuned half: chat typed without apostrophes ("i cant stay", "i didnt know") negates as "can't" does,
but the common words took "cant" for no negation, so the Arabic's مش or لا counted against the translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import english_concepts
from bilingual.pairing import pairs


@pytest.mark.parametrize("english", ["i cant stay", "we dont know", "it wasnt me", "you wont believe it", "he didnt go"])
def test_a_negation_typed_without_its_apostrophe_is_a_negation(english: str) -> None:
    assert "neg" in english_concepts(english)


def test_a_translation_typed_without_apostrophes_is_paired() -> None:
    rows = [("1", None, "A", "لا أستطيع البقاء معك أكثر من ذلك."), ("2", "1", "B", "what does it mean"), ("3", "2", "C", "i cant stay with you any longer")]
    assert pairs(make_thread(rows))[0].translation_text == "i cant stay with you any longer"
