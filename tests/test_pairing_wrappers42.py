"""Issue 14, spans: what a live chat and a learners' forum wrap a translation in. A Twitch reply's emote codes after it
("... my feelings KEKW", "... LUL", ":joy:") are a reaction, never its words; a learner's words offering an attempt for
checking ("i wrote ... (probably wrong lol)", "is this right? ...", "my answer was ... is that ok?", "... but it was marked
wrong") are no part of it either. A translation that opens in such words of its own ("I wrote a letter to my mother.",
"I got home late.") keeps them, and so does one that asks ("..., is this okay?")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

PAIRS = [("ذهبت إلى السوق مع أختي أمس.", "I went to the market with my sister yesterday"), ("القطار يتأخر دائما في الشتاء.", "The train is always late in winter")]


def _span(rows: list[tuple[str, str | None, str, str]]) -> tuple[str, str] | None:
    found = next((p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1" and p.translation is not None), None)
    return None if found is None else (found.translation.comment, found.translation_text or "")


@pytest.mark.parametrize(("arabic", "english"), PAIRS)
@pytest.mark.parametrize("reply", ["@A they said {e} KEKW", "@A {e} LUL LUL", "@A translation: {e} PogChamp", "@A it means {e} :joy:", "@A {e} monkaS"])
def test_a_chat_replys_emotes_are_left_out(arabic: str, english: str, reply: str):
    rows = [("1", None, "A", "[20:01] " + arabic), ("2", None, "B", "what's the song?"), ("3", None, "C", reply.format(e=english))]
    assert _span(rows) == ("3", english)


@pytest.mark.parametrize(("arabic", "english"), PAIRS)
@pytest.mark.parametrize(
    "reply",
    ["i wrote {e} (probably wrong lol)", "i translated it as {e}", "is this right? {e}", "my answer was {e} is that ok?", "I typed {e} and it said incorrect",
     "i went with {e} (not sure about the verb)", "i got {e} - close?"],
)
def test_a_learners_words_around_an_attempt_are_left_out(arabic: str, english: str, reply: str):
    rows = [("1", None, "A", "Can someone check my translation of this sentence?\n\n" + arabic), ("2", "1", "B", reply.format(e=english.lower()))]
    assert _span(rows) == ("2", english.lower())


@pytest.mark.parametrize(
    ("arabic", "english"), [("كتبت رسالة إلى أمي.", "I wrote a letter to my mother."), ("وصلت إلى البيت متأخرا.", "I got home late.")]
)
def test_a_translation_opening_in_the_first_person_keeps_its_words(arabic: str, english: str):
    assert _span([("1", None, "A", arabic), ("2", "1", "B", english)]) == ("2", english)
    assert _span([("1", None, "A", arabic), ("2", "1", "B", f"i wrote {english.lower()} (probably wrong lol)")]) == ("2", english.lower())


@pytest.mark.parametrize("reply", ["i wrote a paper on this topic last year", "my answer was marked wrong as well, weird", "@A what does that mean KEKW"])
def test_a_learners_or_chatters_own_words_are_no_translation(reply: str):
    for arabic, _ in PAIRS:
        assert _span([("1", None, "A", arabic), ("2", "1", "B", reply)]) is None


LOOSE = [("يد واحدة لا تصفق.", "You can't do it alone"), ("على قد لحافك مد رجليك.", "Live within your means")]


@pytest.mark.parametrize(("arabic", "english"), LOOSE)
@pytest.mark.parametrize("reply", ["@A chat, they're saying {e}", "@A guys, he's saying {e}", "@A they are saying {e}"])
def test_a_chatters_report_of_what_the_author_is_saying_introduces_a_translation(arabic: str, english: str, reply: str):
    """"they're saying", "he's saying", after the chat's own vocative too ("chat,", "guys,"), introduce as "they said" does."""
    rows = [("1", None, "A", "[20:01] " + arabic), ("2", None, "B", "what's the song?"), ("3", None, "C", reply.format(e=english))]
    assert _span(rows) == ("3", english)
