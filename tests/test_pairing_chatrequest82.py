"""Issue 14, round 32's tuned half: a request typed as chat spells "what" its own way ("wat does that mean", "wut does it
say"); it was no request, so the author's answer under it lost the bonus of an answer to a request."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import is_request


@pytest.mark.parametrize("ask", ["wat does that mean", "wut does it say", "wat's it mean"])
def test_a_request_typed_as_chat_is_a_request(ask: str) -> None:
    assert is_request(ask)


@pytest.mark.parametrize(
    ("arabic", "ask", "english"),
    [
        ("كان عليّ فعل هذا منذ زمن.", "wat does it mean", "i should have done this years ago"),
        ("ينبغي إرسال رسالة بريد إلكتروني إلى الدعم الفني عند الاحتياج إلى سماعات رأس مريحة.", "wut does it say",
         "send an email to tech support if you need a comfortable headset"),
    ],
)
def test_the_authors_answer_to_a_request_typed_as_chat_is_paired(arabic: str, ask: str, english: str) -> None:
    rows = [("1", None, "A", arabic), ("2", "1", "B", ask), ("3", "2", "A", english)]
    assert pairs(make_thread(rows))[0].translation_text == english
