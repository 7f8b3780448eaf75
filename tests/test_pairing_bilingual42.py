"""Issue 14, missed translations: a post whose heading says it is written in both languages ("Bilingual post today:",
"Sharing this in both languages", "A bilingual update for my network", "In English and Arabic:") gives its English and
then its Arabic (LinkedIn's way), and a loose translation there ("You can't do it alone." for يد واحدة لا تصفق) was
missed: the heading says the English is the Arabic's, as weakly as brackets around it do. The heading is no part of the
span; without it the same English stays unpaired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LOOSE = [("يد واحدة لا تصفق.", "You can't do it alone."), ("على قد لحافك مد رجليك.", "Live within your means.")]
HEADINGS = ["Sharing this in both languages 🇬🇧🇪🇬\n\n{e}\n\n{a}\n\n#careers", "Posting in two languages today.\n\n{e}\n\n•\n\n{a}",
            "A bilingual update for my network\n\n{e}\n\n{a}", "Bilingual post today:\n\n{e}\n\n—\n\n{a}\n\n#Leadership #Growth"]


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    found = next((p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1" and p.translation is not None), None)
    return None if found is None else found.translation_text


@pytest.mark.parametrize(("arabic", "english"), LOOSE)
@pytest.mark.parametrize("post", HEADINGS)
def test_a_bilingual_posts_english_is_its_arabics_translation(arabic: str, english: str, post: str):
    rows = [("1", None, "A", post.format(a=arabic, e=english)), ("2", "1", "B", "Congratulations! 👏")]
    assert _span(rows) == english


@pytest.mark.parametrize(("arabic", "english"), LOOSE)
def test_without_the_heading_the_loose_english_stays_unpaired(arabic: str, english: str):
    assert _span([("1", None, "A", f"{english}\n\n{arabic}\n\n#Leadership")]) is None
    assert _span([("1", None, "A", f"I love this saying.\n\n{english}\n\n{arabic}")]) is None


def test_a_heading_alone_announces_no_other_comments_english():
    arabic, english = LOOSE[0]
    assert _span([("1", None, "A", arabic), ("2", "1", "A", "Bilingual post"), ("3", "2", "A", english)]) is None
