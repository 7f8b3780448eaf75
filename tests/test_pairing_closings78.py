"""Issue 14, round 25's tuned half: what a poster writes after the translation of a message they were sent stayed in its
span: a last sentence thanking the readers ("Thanks all for your patience."), a question drawing the poster's own
conclusion ("So I think it's fine?"), and a wiki's signature ("--~~~~"). Each is cut now, unless the Arabic says it too
(شكرا, a question of its own)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ASKING = "My mother-in-law sent this about the baby's name and I'm not sure how to take it:\n\n"


def _found(arabic: str, reply: str, *, lead: str = _ASKING) -> str | None:
    """The English the passage of comment 1 is paired with: the poster's own later comment, after a request."""
    rows = [
        ("1", None, "A", lead + arabic),
        ("2", "1", "B", "Can you post the English? Hard to judge otherwise."),
        ("3", None, "A", reply),
    ]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize("thanks", ["Thanks all for your patience.", "Thank you all for your help!", "We are all grateful for your help."])
def test_thanks_to_the_readers_is_cut(thanks: str) -> None:
    english = (
        "Pervasive evidence has shown that SARS-CoV, MERS-CoV and SARS-CoV-2 have a bat origin and are transmitted to"
        " humans via intermediate hosts."
    )
    arabic = (
        "قد أظهر الدليل الدامغ أن سارس-كوف وميرس-كوف وسارس كوف-2 كلها يرجع أصل منشئها إلى الخفاش وانتقلت إلى الإنسان عبر"
        " المضيفات الوسيطة."
    )
    assert _found(arabic, f"OK so the English is: {english} {thanks}") == english


def test_thanks_the_arabic_gives_stays() -> None:
    english = "Sami was in a no-swim zone. Thanks for your patience."
    assert _found("كان سامي في مكان لا تُسمح فيه السّباحة. شكرا على صبرك.", f"OK so the English is: {english}") == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("ف .. فالكتاب أصلا خد من حياتي حيز كبير يعني", "This is book had a great impact on my life."),
        ("لماذا تعتقد أنّ كلّ المسلمين إرهابيّين؟", "Why do you believe that all Muslims are terrorists?"),
    ],
)
def test_a_closing_so_question_is_the_posters_own(arabic: str, english: str) -> None:
    reply = f"For those who asked about my MIL's message, it says: {english} So I think it's fine?"
    assert _found(arabic, reply) == english


def test_a_so_question_the_arabic_asks_stays() -> None:
    english = "I waited for you all day. So you are not coming?"
    assert _found("استنيتك طول اليوم. يعني انت مش جاي؟", f"OK so the English is: {english}") == english


@pytest.mark.parametrize("signature", [" --~~~~", " -- ~~~~", " —"])
def test_a_wiki_signature_is_no_part_of_the_translation(signature: str) -> None:
    rows = [
        ("1", None, "A", "أه كنت بسافر لما كنت بلعب زمان في فريق معروف يعنى، كنت بروح معاهم ساعات أسكندرية"),
        ("2", "1", "B", "The description is only in Arabic. Can someone add an English caption?"),
        ("3", "2", "C", f"Translation: I used to travel when I was playing in a well-known team, we used to go to Alexandria.{signature}"),
    ]
    (found,) = [p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    assert found == "I used to travel when I was playing in a well-known team, we used to go to Alexandria."
