"""Issue 14, twenty-eighth round: round 17's tuned half (bilingual/pairing/find.py, cues.py): threads without
reply links (chat exports, Facebook pasted flat), a chat pasted whole into one comment, and what a platform puts
before a message's words (a chat row's time and name, a tagged full name, a forum's quote tag)."""

from __future__ import annotations

import pytest
from test_pairing import PLACE, PLACE_EN, make_thread, only_pair

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in


def _flat(*rows: tuple[str, str]) -> list[tuple[str, str | None, str, str]]:
    """Comments of a thread without reply links: (author, text), every one top-level."""
    return [(f"c{k}", None, author, text) for k, (author, text) in enumerate(rows, 1)]


def test_a_third_persons_answer_after_a_request_in_a_flat_thread_is_paired():
    """Chat exports and flattened pages have no reply links: the comments after the passage stand for its
    replies, and a request among them is answered by those after it (round 17: Telegram rows, Facebook flat)."""
    p = only_pair(_flat(("Priya", PLACE), ("Deepak", "translate?"), ("Rahul", PLACE_EN)))
    assert p.translation is not None and p.translation.comment == "c3"
    assert p.translation_text == PLACE_EN


def test_a_flat_threads_comment_far_below_is_no_reply():
    """Only the few comments right after the passage are its replies in a thread without reply links."""
    chatter = [(f"u{k}", "lol this thread") for k in range(8)]
    p = only_pair(_flat(("Priya", PLACE), *chatter, ("Rahul", PLACE_EN)))
    assert p.translation is None or p.translation.comment != "c10"


def test_a_tagged_full_name_of_an_earlier_writer_is_no_part_of_the_translation():
    """Facebook tags whom a reply answers by the full name, no "@" ("Graham Pike Will you ..."): an
    earlier comment's writer's name, not the translation's first words."""
    p = only_pair(_flat(("Priya Nair", PLACE), ("Graham Pike", "what does it say"), ("Rahul Verma", "Graham Pike " + PLACE_EN)))
    assert p.translation_text == PLACE_EN


def test_a_one_word_name_opening_the_english_stays():
    """A writer named by one word may be a word of the translation ("Sami waited ..."): left."""
    rows = [("1", None, "Sami", PLACE), ("2", "1", "Layla", "what does it say"), ("3", "2", "Omar", "Sami " + PLACE_EN[0].lower() + PLACE_EN[1:])]
    (p,) = pairs(make_thread(rows))
    assert p.translation_text is None or p.translation_text.startswith("Sami")


@pytest.mark.parametrize("label", ["[11:00] Rahul Verma: ", "04/06/2024, 07:52 - Deepak Menon: ", "[07:52, 4/6/2024] rami_k: ", "9:41 PM - Layla: "])
def test_a_chat_rows_time_and_name_are_no_part_of_the_translation(label):
    """A chat export's row opens with its time (a date before it) and its writer's name."""
    p = only_pair(_flat(("Priya", "[10:46] Priya: " + PLACE), ("Deepak", "[10:50] Deepak: translate?"), ("Rahul", label + PLACE_EN)))
    assert p.translation_text == PLACE_EN


def test_a_forum_quote_tag_before_the_answer_is_left_out():
    """vBulletin's "[QUOTE=name]<Arabic>[/QUOTE]" then the answer: the closing tag is no word of it."""
    text = f"[QUOTE=Omar]{PLACE}[/QUOTE]\n\n{PLACE_EN}"
    assert lead_in(text, text.index("/QUOTE]"), len(text)) == text.index(PLACE_EN)


BOOK = "أعد الكتاب إلى مكانه الذي وجدته فيه."
BOOK_EN = "Put the book where you found it."


def test_a_chat_pasted_into_one_comment_pairs_the_row_that_translates():
    """A WhatsApp chat pasted whole: each row is a message, a request row is answered by the rows after it,
    and the other rows are no remark around the translation."""
    chat = (
        "lol look at this from our group chat\n\n"
        f"04/06/2024, 07:46 - Deepak Menon: {BOOK}\n"
        "04/06/2024, 07:48 - Fatima Zahra: translate?\n"
        f"04/06/2024, 07:52 - Deepak Menon: {BOOK_EN}\n"
        "04/06/2024, 07:59 - Fatima Zahra: battery dying, talk later"
    )
    p = only_pair([("c1", None, "Layla", chat), ("c2", "c1", "Fatima", "🙏")])
    assert p.translation_text == BOOK_EN
