"""Issue 14, round 35's tuned half: a chat's or a Q&A site's own layout around a translation stayed in its span: an IRC
log's speaker mark ("[21:04] <fadi_m> ..."), a Discord message's header line ("Fadi_M — Today at 21:14"), Quora's header
on two lines (the name, then "Translator (Arabic-English) · Updated 1y")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "أه كنت بسافر لما كنت بلعب زمان في فريق معروف يعنى، كنت بروح معاهم ساعات أسكندرية"
ENGLISH = "I used to travel when I was playing in a well-known team, we used to go to Alexandria."


# A long passage of two sentences (TICO-19), whose alignment took a header above its translation in
LONG_ARABIC = (
    "يشعر المرضى المشتبه في إصابتهم بكوفيد-19 أو المؤكدة إصابتهم به في الغالب بخوف شديد من المرض الشديد العدوى وحتى المميت،"
    " ويشعر الأشخاص الخاضعون للحجر الصحي بالملل، والوحدة، والغضب. يؤكِّد آر تي-بي سي آر وجود فيروسات في العينات، حيث يكتشف"
    " الحمض النووي الريبوزي لفيروس كورونا."
)
LONG_ENGLISH = (
    "Patients with suspected or confirmed COVID-19 mostly experience great fear of the highly contagious and even fatal disease,"
    " and quarantined people also experience boredom, loneliness, and anger. The presence of viruses in samples is confirmed by"
    " RT-PCR, which detects the coronavirus' RNA."
)


def _found(reply: str, *, ask: str = "Anyone? ", arabic: str = ARABIC) -> str | None:
    """The English the passage of comment 1 is paired with: a reply to the question holding it."""
    rows = [("1", None, "A", ask + arabic), ("2", "1", "B", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("nick", ["<fadi_m>", "<@fadi_m>", "< fadi_m>", "<+Jalal_B>"])
def test_an_irc_logs_speaker_mark_is_no_part_of_the_translation(nick: str) -> None:
    log = f"Pasting from #learnarabic, the answer is in there:\n\n[21:03] <amy> {ARABIC}\n[21:04] {nick} {ENGLISH}\n[21:05] <amy> ty!"
    assert _found(log) == ENGLISH


@pytest.mark.parametrize("header", ["Fadi_M — Today at 21:14", "rami k — Yesterday at 9:14 PM", "Fadi_M — 03/12/2024 21:14", "Today at 16:47"])
def test_a_discord_messages_header_line_is_no_part_of_the_translation(header: str) -> None:
    assert _found(f"{header}\n{ENGLISH}", ask="can someone tl this 👀\n") == ENGLISH


@pytest.mark.parametrize("credential", ["Translator (Arabic-English) · Updated 1y", "Arabic teacher · Answered Mar 3"])
def test_quoras_header_on_two_lines_is_no_part_of_the_translation(credential: str) -> None:
    reply = f"Fadi_M\n{credential}\n\n{LONG_ENGLISH}\n\nA native speaker would not find anything odd in it.\n\n58 views"
    assert _found(reply, ask="What does this Arabic sentence mean in English?\n\n", arabic=LONG_ARABIC) == LONG_ENGLISH


# An Egyptian sentence whose loose English the words alone do not carry past the bar with a remark's cost on top
EGYPTIAN = "هو مش مثلي أعلي، علي قد ما هو واحد، اللي هو مش بحاول ابقى زيه، علي قد مانا بحاول أتعلم منه علي قد .. علي قد ما اقدر"
EGYPTIAN_ENGLISH = "He is not my role model, he is someone that I'm not trying to be like but rather I want to learn from him as .. as much as I can."


@pytest.mark.parametrize("header", ["Jalal.b — Today at 16:47", "Rami K — Yesterday at 9:14 PM", "rami — 03/12/2024 21:14"])
def test_a_discord_header_line_over_the_reply_is_no_remark_left_out(header: str) -> None:
    reply = f"╭ Replying to @Ziad_K: {EGYPTIAN[:24]}…\n{header}\n{EGYPTIAN_ENGLISH}"
    rows = [("1", None, "Ziad_K", EGYPTIAN), ("2", "1", "Amy", "anyone able to translate?"), ("3", "1", "Jalal.b", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    assert pair.translation_text == EGYPTIAN_ENGLISH
