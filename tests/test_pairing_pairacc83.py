"""Issue 14, round 33's tuned half: what a site prints around an answer, or what its writer puts before it, stayed in the
translation's span: a signature with its time stamp, a shop answer's byline, a label before a translation holding the
Arabic's own colon, the writer introducing themself ("Native speaker here, ..."), a Markdown heading, a Quora header line."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "أه كنت بسافر لما كنت بلعب زمان في فريق معروف يعنى، كنت بروح معاهم ساعات أسكندرية"
ENGLISH = "I used to travel when I was playing in a well-known team, we used to go to Alexandria."


def _found(reply: str, *, arabic: str = ARABIC, ask: str = "What does this say? ") -> str | None:
    """The English the passage of comment 1 is paired with: a reply to the question holding it."""
    rows = [("1", None, "A", ask + arabic), ("2", "1", "B", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize(
    "signature",
    [
        " —Rami (talk) 14:02, 3 March 2024 (UTC)",
        " -- Rami K (talk · contribs) 09:51, 12 June 2023",
        " – rami_k Mar 3 at 14:02",
        " – Rami K Jan 9, 2024 at 8:11",
        " – user4471 Mar 3 '19 at 14:02",
    ],
)
def test_a_signature_with_its_time_stamp_is_no_part_of_the_translation(signature: str) -> None:
    assert _found(f"{ENGLISH}{signature}") == ENGLISH


@pytest.mark.parametrize("byline", ["By Rami on May 2, 2024 · Verified purchase", "By Rami K. on 2 May 2024", "By rami_k on 3 March 2024 · Seller"])
def test_a_shop_answer_byline_is_no_part_of_the_translation(byline: str) -> None:
    assert _found(f"Answer: {ENGLISH}\n{byline}", ask="Question: what's printed on the box?\n") == ENGLISH


def test_a_label_before_a_translation_with_the_arabics_own_colon_is_cut() -> None:
    arabic = "ملاحظة: كنت بسافر لما كنت بلعب زمان في فريق معروف"
    english = "Note: I used to travel when I was playing in a well-known team"
    assert _found(f"Answer: {english}", arabic=arabic, ask="Question: what's printed on the box?\n") == english


@pytest.mark.parametrize("lead", ["Native speaker here, ", "Egyptian here, ", "Arabic teacher here, "])
def test_the_writer_introducing_themself_is_no_part_of_the_translation(lead: str) -> None:
    assert _found(f"{lead}{ENGLISH}\n\nSource: am Egyptian") == ENGLISH


def test_here_the_arabic_says_stays() -> None:
    english = "I'm here, I used to travel when I was playing in a well-known team"
    assert _found(english, arabic="أنا هنا، كنت بسافر لما كنت بلعب زمان في فريق معروف") == english


@pytest.mark.parametrize("heading", ["## Full translation", "### My translation"])
def test_a_heading_after_a_gloss_list_is_no_part_of_the_translation(heading: str) -> None:
    reply = f"## Word by word\n\n- في — in\n- كنت — I was\n- زمان — in the past\n\n{heading}\n\n{ENGLISH}"
    assert _found(reply) == ENGLISH


@pytest.mark.parametrize("credential", ["Rami K · Translator (Arabic-English)", "rami_k · Lives in Cairo"])
def test_an_answer_header_line_is_no_part_of_the_translation(credential: str) -> None:
    assert _found(f"{credential}\n{ENGLISH}\n\n1.2K views · View upvotes") == ENGLISH
