"""Issue 14: a lead naming the writer's non-Arabic readers by whatever they are to the writer ("For my non-Arabic
network:", "For my non-Arab connections:", "For the non-Arabic speaking followers:") says the English after it is for those
who cannot read the Arabic, as "for the non-Arabic speakers:" does; the same lead before unrelated English pairs nothing."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

POST = "ضحّى فاضل بسرّية هويته."
POST_EN = "Fadil sacrificed his anonymity."


def _found(reply: str) -> str | None:
    rows = [("1", None, "Nadim", f"Nadim A\nCivil Engineer\n1w\n\n{POST}\n\n#leadership #teamwork"), ("2", "1", "Marwan", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("lead", ["For my non-Arabic network:", "For my non-Arab connections:", "For the non-Arabic speaking followers:"])
def test_a_lead_for_the_non_arabic_readers_introduces_the_translation(lead: str) -> None:
    """Before, the reply scored 0.85, just under the bar, its lead not read as introducing a translation."""
    assert _found(f"Marwan Q\n5d\n{lead} {POST_EN}\n\n#leadership #teamwork") == POST_EN


def test_such_a_lead_before_unrelated_english_pairs_nothing() -> None:
    assert _found("For my non-Arabic network: we are hiring site engineers in Riyadh, send me a message.") is None
