"""Issue 14, thirty-seventh round (round 18's tuned half; bilingual/pairing/find.py ``pieces``): a lower-case romanization
of the Arabic before a dash, in one clause with its translation, is no part of the English the pairs are scored on."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.find import _romanized_breaks

EASY = "أسهل بكتير في التعامل يعني ممكن أي حد يتعلمه و بسرعة"
EASY_EN = "It's easy to use and anyone can learn how to use it easily."


def test_a_romanized_line_before_a_dash_does_not_sink_the_translation():
    """Before: the romanization was a third of the clause's length and the pair scored 0.76 < 0.87."""
    reply = f"ashl bktyr fy alt'aml y'ny mmkn ay hd yt'lmh w bsr'a — {EASY_EN}"
    rows = [("1", None, "A", EASY), ("2", "1", "B", reply)]
    (p,) = pairs(make_thread(rows))
    assert p.translation_text == EASY_EN


@pytest.mark.parametrize(("text", "kept"), [
    ("ql lha ala tbhth ny — Tell her to not look for me.", "Tell her to not look for me."),
    ("kant as'ltk mbashra jda - Your questions were too direct.", "Your questions were too direct."),
    ("Sami and Layla — They went home.", "Sami and Layla — They went home."),  # a capital: English, kept whole
    ("well, it means — Tell her.", "well, it means — Tell her."),  # punctuation: a sentence, not a romanization
    ("ql lha — tell her.", "ql lha — tell her."),  # no capital after the dash
])
def test_only_a_lower_case_lead_before_a_dash_and_a_capital_is_dropped(text, kept):
    assert [text[a:b] for a, b in _romanized_breaks(text, 0, len(text))] == [kept]
