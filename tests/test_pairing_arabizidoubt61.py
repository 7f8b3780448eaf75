"""Issue 14, false pairs on negatives: the author's answer to a request for a translation earns a bonus that stands for
"a translation unless the texts show otherwise", and English that leaves the Arabic's known words unexplained takes it
back. Under Arabizi the coverage of the reading spares its uncovered words (a misread word has no sense to find), so no
answer's bonus was ever doubted and the author's unrelated answer kept all of it. The doubt now reads the reading's
uncovered words too; the author's translations keep their pairs."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _answered(arabizi: str, english: str) -> bool:
    """Whether the Arabizi of comment 1 is paired with the author's answer to a request under it."""
    rows = [("1", None, "A", arabizi), ("2", "1", "B", "what does this mean?"), ("3", "2", "A", english)]
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


STUDY = "ana bazaker kol yom 3ashan el emte7an ba3d bokra"


def test_unrelated_answer_under_arabizi_unpaired() -> None:
    # paired at 0.92 on the whole bonus before the doubt read the reading's uncovered words
    assert not _answered(STUDY, "No, I don't think so, they only care about the money, that's all.")


@pytest.mark.parametrize(("arabizi", "english"), [
    (STUDY, "I study every day because the exam is the day after tomorrow."),
    ("ana ta3ban awy el naharda w 3ayez anam badri", "I'm very tired today and I want to sleep early."),
    ("el gaw barda awy fel shete w el matar kteer", "The weather is very cold in winter and there is a lot of rain."),
    ("akhoya el soghayar bye7ebb yel3ab kora fel share3", "My little brother loves to play football in the street."),
    ("el beit bta3na ba3eed 3an el gam3a, 3ashan keda bakhod el metro", "Our house is far from the university, so I take the metro."),
])
def test_author_translation_of_arabizi_paired(arabizi: str, english: str) -> None:
    assert _answered(arabizi, english)
