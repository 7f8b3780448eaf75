"""Issue 14, false pairs on negatives: English that shares the Arabic's names and explains none of its other words
("Mary, have you ever been to France?" under Arabic saying Mary read three books on the history of France) was paired
on the names alone: the anchors count a shared name, and the word table, learned from sentences full of such names,
counted it again as a word translated. Where the names are all that ties the two, they count once; translations that
say what the Arabic's words mean keep their pairs."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    """Whether the passage of comment 1 is paired."""
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def _reply(arabic: str, english: str) -> list[tuple[str, str | None, str, str]]:
    """Someone else's reply under the Arabic."""
    return [("1", None, "A", arabic), ("2", "1", "B", english)]


def _answer(arabic: str, english: str) -> list[tuple[str, str | None, str, str]]:
    """The author's answer to a request for a translation."""
    return [("1", None, "A", arabic), ("2", "1", "B", "what does it mean?"), ("3", "2", "A", english)]


MARY = "قرأت ماري ثلاثة كتب عن تاريخ فرنسا."
MOHAMED = "يعمل محمد في مستشفى في دبي منذ خمس سنوات."
MACRON = "قال الرئيس ماكرون إن فرنسا ستزيد ميزانية التعليم والصحة في العام المقبل."
SAMI = "يدرس سامي الهندسة في ألمانيا ويعمل في مطعم في المساء."
SALAH = "سجل محمد صلاح هدفين في مباراة ليفربول ضد تشيلسي يوم السبت."


@pytest.mark.parametrize(("shape", "arabic", "english"), [
    (_reply, MARY, "Mary, have you ever been to France?"),
    (_reply, MOHAMED, "Mohamed Salah should move to Dubai haha"),
    (_reply, MACRON, "Macron again? France deserves better honestly."),
])
def test_english_that_only_shares_the_names_is_no_translation(shape, arabic, english):
    assert not _paired(shape(arabic, english))


@pytest.mark.parametrize(("shape", "arabic", "english"), [
    (_reply, MARY, "Mary read three books on the history of France."),
    (_reply, MOHAMED, "Mohamed has been working at a hospital in Dubai for five years."),
    (_reply, MACRON, "President Macron said France will increase the education and health budget next year."),
    (_answer, SAMI, "Sami is studying engineering in Germany, and in the evenings he works at a restaurant."),
    (_reply, SALAH, "Salah scored twice for Liverpool vs Chelsea on Saturday"),
    (_answer, "اتصلت ليلى بسامي ثلاث مرات أمس لكنه لم يرد.", "Layla called Sami three times yesterday but he didn't answer."),
])
def test_translations_that_share_the_names_keep_their_pairs(shape, arabic, english):
    assert _paired(shape(arabic, english))
