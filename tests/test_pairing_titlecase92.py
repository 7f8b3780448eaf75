"""Issue 14, spans and scores: English written in Title Case ("The Weather Is Very Nice Today In Cairo", as a poster's
headline or a phone keyboard writes it) had its capitals taken for names: its clauses were cut at them and counted as
names the Arabic lacks, so a real translation lost its start or end, or was no pair. A line whose words, function words
among them, are nearly all capitalised is read in lower case, as English in capitals is."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.find import _title_cased


@pytest.mark.parametrize(("arabic", "lead", "english"), [
    ("إنها أطول بناية في المدينة.", "The sign says: ", "It's The Tallest Building In The City."),
    ("هذا أفضل مطعم في الحي كله.", "Banner reads: ", "This Is The Best Restaurant In The Whole Neighborhood."),
    ("إنه ثالث أكبر ميناء في العالم.", "Sign Reads: ", "It's The Third-largest Port In The World."),
    ("ده أحلى محل حلويات في البلد.", "Poster: ", "It's The Best Sweet Shop In The Country."),  # no pair before
])
def test_a_translation_in_title_case_is_paired_whole(arabic, lead, english):
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "C", lead + english)]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [english]


@pytest.mark.parametrize(("line", "title"), [
    ("The Weather Is Very Nice Today In Cairo", True),
    ("Based On These, The Results Are Highly Anticipated.", True),
    ("Sami and Layla went to Cairo with Omar on Friday.", False),  # names in normal English still count
    ("I like Amr Diab, Mounir And Hamo Beka", False),  # a row of names: one function word capitalised
    ("YES, I MEAN, THE CHARACTERS THAT .. WHAT ARE THEY CALLED?", False),  # capitals: left to _unshouted
])
def test_title_case_is_told_from_names(line, title):
    assert _title_cased(line) is title
