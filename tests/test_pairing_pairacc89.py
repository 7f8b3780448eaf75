"""Issue 14, round 35's tuned half: a chat's or a Q&A site's own layout around a translation stayed in its span: an IRC
log's speaker mark ("[21:04] <fadi_m> ..."), a Discord message's header line ("Fadi_M — Today at 21:14")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "أه كنت بسافر لما كنت بلعب زمان في فريق معروف يعنى، كنت بروح معاهم ساعات أسكندرية"
ENGLISH = "I used to travel when I was playing in a well-known team, we used to go to Alexandria."


def _found(reply: str, *, ask: str = "Anyone? ") -> str | None:
    """The English the passage of comment 1 is paired with: a reply to the question holding it."""
    rows = [("1", None, "A", ask + ARABIC), ("2", "1", "B", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("nick", ["<fadi_m>", "<@fadi_m>", "< fadi_m>", "<+Jalal_B>"])
def test_an_irc_logs_speaker_mark_is_no_part_of_the_translation(nick: str) -> None:
    log = f"Pasting from #learnarabic, the answer is in there:\n\n[21:03] <amy> {ARABIC}\n[21:04] {nick} {ENGLISH}\n[21:05] <amy> ty!"
    assert _found(log) == ENGLISH


@pytest.mark.parametrize("header", ["Fadi_M — Today at 21:14", "rami k — Yesterday at 9:14 PM", "Fadi_M — 03/12/2024 21:14", "Today at 16:47"])
def test_a_discord_messages_header_line_is_no_part_of_the_translation(header: str) -> None:
    assert _found(f"{header}\n{ENGLISH}", ask="can someone tl this 👀\n") == ENGLISH
