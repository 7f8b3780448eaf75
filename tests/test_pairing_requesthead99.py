"""Issue 14: a post that heads its own Arabic "Translation request:" (r/translator's and forums' way, also
"[AR > EN] Translation request") asks what its Arabic says, so a reader's English right under it answers the request."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

TALK = "لأ عائبا حاضرا على ان تكون حاضرا غائبا بس هو يعني النحل هو في تلت انواع نحل في الخلية"
TALK_EN = "No, to be present even if you're absent rather than being present but absent. But, actually there are three types of bees in the beehive."


def _found(head: str, reply: str) -> str | None:
    rows = [("1", None, "Manal", f"{head}\n\n{TALK}"), ("2", "1", "Jamil", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("head", ["Translation request:", "[AR > EN] Translation request"])
def test_a_reply_under_a_translation_request_heading_is_paired(head: str) -> None:
    """Before, the reply scored 0.86, just under the bar, with no request seen above it."""
    reply = f"{TALK_EN}\n\nContext: this is the kind of thing you would see on an official notice, so the tone is formal."
    assert _found(head, reply) == TALK_EN


def test_an_unrelated_reply_under_the_heading_pairs_nothing() -> None:
    assert _found("Translation request:", "Wrong sub, try r/translator, they are faster there.") is None
