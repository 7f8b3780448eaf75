"""Issue 14: what a lead introduces as the translation ("Rough translation:", "The meaning is: ", a quote of the Arabic
above it) is the translation from its first word: a first sentence the Arabic's own marks leave no room for, or that the
table knows no word of (a loose rendering of an idiom), is not taken for a remark before it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "يا ساتر، الدنيا نار النهارده، مش هنخرج من البيت."
_ENGLISH = "Good grief. It's scorching today, we're not leaving the house."


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    """The translation found for the passage of comment "1"."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize(
    "reply",
    [
        f"Rough translation:\n\n{_ENGLISH}",
        f"> {_ARABIC}\n\n{_ENGLISH}\n\nVery Egyptian, that first bit.",
        f"She means: {_ENGLISH}",
    ],
)
def test_a_lead_opens_the_translation_at_its_first_sentence(reply: str) -> None:
    """Before, "Good grief." (one sentence more than the Arabic marks, no word of it in the table) was left out as a remark
    before the translation, though a lead line, a quote of the Arabic or "She means:" right before it says the translation
    starts there."""
    assert _span([("1", None, "A", f"Can anyone help with this?\n\n{_ARABIC}"), ("2", "1", "B", reply)]) == _ENGLISH


@pytest.mark.parametrize("opening", ["Oh no.", "Funny clip."])
def test_a_remark_nothing_introduces_is_still_left_out(opening: str) -> None:
    """Where nothing before it says the translation starts there, a short sentence more than the Arabic has is still the
    writer's remark."""
    assert _span([("1", None, "A", _ARABIC), ("2", "1", "B", f"{opening} It's scorching today, we're not leaving the house.")]) == (
        "It's scorching today, we're not leaving the house."
    )


def test_a_title_line_over_the_english_is_still_left_out() -> None:
    """A line of its own with no sentence mark at the span's start ("CW: translation of the post above" over the English,
    Mastodon's content warning) is a title, not the translation's first sentence: what its label opens is not the
    translation, and the line is cut as before."""
    rows = [
        ("1", None, "A", '"إنّ سامي ليس ملاكا." "بالرّغم من ذلك، أنا أحبه."\n\n#Arabic'),
        ("2", "1", "B", 'CW: translation of the post above\n\n"Sami is no angel." "Even so, I love him."\n\n#arabic'),
    ]
    span = _span(rows)
    assert span is not None and span.lstrip('"').startswith("Sami is no angel")
