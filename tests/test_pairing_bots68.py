"""Issue 14, false pairs on negatives: a translation bot that posts its translation of another post beside a passage
("LinguaBot: Translated from Arabic: I want to be a doctor or a nurse or a teacher. ^(I am a bot ...)" under Arabic
about a spider waiting for butterflies) was paired on its "Translated from Arabic:" alone. A bot's English is machine
translation, which renders the Arabic's words one by one: one that renders none of them translates something else.
A bot's own translation keeps its pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import bot_signed

SIGNED = "\n\n^(I am a bot. Reply !wrong to report a bad translation.)"


def _paired(arabic: str, bot: str) -> bool:
    """Whether the Arabic of comment 1 is paired with the bot's post after it."""
    rows = [("1", None, "Creator", arabic), ("2", None, "LinguaBot", bot)]
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


AUTOMATIC = "\n\n*This translation was generated automatically.*"
MARKET = "Quick note to my patrons: ذهبت إلى السوق واشتريت الخبز."
COLD = "Quick note to my patrons: الطقس بارد جدا اليوم."
LETTER = "Monthly update for supporters: كتب سامي رسالة طويلة إلى أمه."
CATS = "Monthly update for supporters: يحب أخي الصغير القطط كثيرا."


@pytest.mark.parametrize(("arabic", "bot"), [
    (MARKET, "Translated from Arabic: The train leaves at nine." + SIGNED),  # paired at 0.90 before
    (LETTER, "LinguaBot: Translation: Layla was afraid of the dark." + SIGNED),  # 0.87
    (COLD, "Translation: My brother plays football." + SIGNED),
    ("Quick note to my patrons: قرأت كتابا عن تاريخ مصر.", "Translated from Arabic: I forgot my keys again." + SIGNED),
    (CATS, "TranslateBot: Translated from Arabic: We should leave before the rain starts." + AUTOMATIC),
    ("Monthly update for supporters: المطعم مغلق يوم الجمعة.", "Beep boop. Translated from Arabic: I have never seen the sea."),
])
def test_bot_translating_another_post_unpaired(arabic: str, bot: str) -> None:
    assert not _paired(arabic, bot)


@pytest.mark.parametrize(("arabic", "bot"), [
    (MARKET, "Translated from Arabic: I went to the market and bought bread." + SIGNED),
    (COLD, "Translation: The weather is very cold today." + SIGNED),
    (CATS, "TranslateBot: Translated from Arabic: My little brother loves cats a lot." + AUTOMATIC),
    (LETTER, "LinguaBot: Translation: Sami wrote a long letter to his mother." + SIGNED),
])
def test_bot_translation_paired(arabic: str, bot: str) -> None:
    assert _paired(arabic, bot)


@pytest.mark.parametrize(("text", "signed"), [
    ("Translation: The weather is cold." + SIGNED, True),
    ("TranslateBot: Translated from Arabic: Hi.\n\n*This translation was generated automatically.*", True),
    ("Beep boop. Translation: hello", True),
    ("I'm a translation bot: hello", True),
    ("bleep bloop, I translate posts: hello", True),
    ("I am not a bot, I just translate fast: hello", False),
    ("The robot in the film said hello.", False),
    ("My translation, done by hand: hello", False),
])
def test_bot_signed(text: str, signed: bool) -> None:
    assert bot_signed(text) is signed
