"""Issue 14: a lead naming the audience a chat message is for ("for the server:", "for the group:", "For the English
speakers:") says the English after it is for those who do not read the Arabic, as "for those who asked:" does, so the
author's next message under it is the translation; such a lead before English that translates nothing pairs nothing."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs

SEA = "بحب البحر نفسه يعني الميه بتاعته مش هتشوفى ميه بالروعة دى فى أى مكان تانى بس عشان كده أنا بحب أروح هناك كتير يعنى ان بروح .. يعني روحنا زمان أكتر من مرة و بعد كده وقفنا فترة وبعد كده رجعنا تاني"
SEA_EN = (
    "I like the sea itself, its water, you won't find a better sea anywhere else. That's why I like going there a lot, we've been there "
    "several times, then we stopped going there for some time, and now, we're back to traveling there."
)


def _found(message: str) -> str | None:
    rows = [("1", None, "A", SEA), ("2", None, "B", "lmaooo"), ("3", None, "A", message)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


def test_the_authors_message_for_the_server_is_the_translation() -> None:
    """Before, this long dialect translation scored 0.12 without the lead's support."""
    assert _found(f"for the server: {SEA_EN}") == SEA_EN


def test_a_message_for_the_server_about_something_else_pairs_nothing() -> None:
    assert _found("for the server: raid starts at 9, bring potions and be on time.") is None
    assert _found("For the group: please keep the chat in English from now on, thanks.") is None
