"""Issue 14, round 32's tuned half: comments exported as HTML ("Translation:<br>He came ...<br>", "don&#39;t") kept
their tags and character references in their text, so "Translation:<br>" was no line of its own, the span started at it
and ended in "<br", and the ";" of "&#39;" cut clauses inside words. Pairing now reads such a comment as it shows
(:func:`bilingual.text.sentences.html_view`: line breaks, references decoded, offsets kept) and publishes its own words."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.text.sentences import html_view


def _paired(rows: list[tuple[str, str | None, str, str]]) -> tuple[str | None, int, int, str | None]:
    """Where the first passage's translation is and its text."""
    pair = pairs(make_thread(rows))[0]
    where = pair.translation
    return (where.comment, where.start, where.end, pair.translation_text) if where is not None else (None, 0, 0, None)


def test_html_view_keeps_the_length_and_shows_the_lines() -> None:
    text = "Translation:<br>He didn&#39;t come.<br /><br>R&amp;D <p>x</p>"
    shown, pads = html_view(text)
    assert len(shown) == len(text)
    assert shown.splitlines()[0].rstrip() == "Translation:"
    assert " ".join(shown.split()) == "Translation: He didn't come. R&D x" and "\n\n" in shown
    assert [text[a:b] for a, b in pads] == ["39;t", "mp;D"]  # the spaces after "didn't" and "R&D"
    assert html_view("a < b and c > d; x & y") == ("a < b and c > d; x & y", ())


@pytest.mark.parametrize(
    ("lead", "english", "tail"),
    [
        ("Translation:<br>", "He came to ask us to help him. He fell to the ground.", "<br>"),
        ("<p>In English</p><p>", "He came to ask us to help him. He fell to the ground.", "</p><p>hope this helps</p>"),
    ],
)
def test_a_translation_after_an_html_line_break_starts_after_its_label(lead: str, english: str, tail: str) -> None:
    reply = f"{lead}{english}{tail}"
    rows = [("1", None, "A", "جاء ليطلب منا أن نساعده. سقط إلى الأرض."), ("2", "1", "B", reply)]
    start = len(lead)
    assert _paired(rows) == ("2", start, start + len(english), english)


def test_an_html_export_of_one_comment_keeps_both_lines_of_its_translation() -> None:
    text = "جاء ليطلب منا أن نساعده.<br>سقط إلى الأرض.<br><br>Translation:<br>He came to ask us to help him.<br>He fell to the ground.<br>"
    english = "He came to ask us to help him.<br>He fell to the ground."
    start = text.index("He came")
    assert _paired([("1", None, "A", text)]) == ("1", start, start + len(english), english)


def test_character_references_cut_no_clause_and_the_span_ends_after_the_last() -> None:
    english = "I don&#39;t know what you&#39;re talking about. Let&#39;s discuss it later, it&#39;s"
    reply = f"Translation:<br>{english}<br>"
    rows = [("1", None, "A", "لا أعرف عما تتحدث. لنناقش الأمر لاحقا، هذا"), ("2", "1", "B", reply)]
    assert _paired(rows) == ("2", 16, 16 + len(english), english)
