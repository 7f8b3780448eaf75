"""Issue 14: "it comes out as", "this comes out to" before a capital introduce a back-translation as "it reads" does
("@dev back in English it comes out as The teacher took attendance."); a release or a price that "comes out" is none."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in

STRING = "`profile.delete_warning`\nThis is what ships in the Arabic build right now:\n\n```\nقام المدرّس بمناداة الحاضرين.\n```"


def _found(reply: str) -> str | None:
    (pair,) = [p for p in pairs(make_thread([("1", None, "A", STRING), ("2", "1", "B", reply)])) if p.passage.location.comment == "1"]
    return pair.translation_text


def test_a_back_translation_that_comes_out_as_is_paired() -> None:
    """Before, the reply scored 0.55 with its closing line, nothing saying it was a translation."""
    assert _found("@A back in English it comes out as The teacher took attendance.\n\nLet me know if you want a screenshot.") == "The teacher took attendance."


def test_what_comes_out_otherwise_is_no_lead() -> None:
    for text in ("The movie comes out as The Lifesaver next year.", "Anyway it comes out to 50 dollars with shipping."):
        assert lead_in(text, 0, len(text)) == 0
    assert _found("Anyway it comes out to 50 dollars with shipping.") is None
