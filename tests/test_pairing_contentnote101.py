"""Issue 14: a content warning on a line of its own over a reply's English ("CN: death of a parent", "TW // violence",
"[CW: war]", "Spoilers for season 2!") warns of what follows and says none of it: it is no remark the translation leaves
out (`cues._CONTENT_NOTE`, one of `cues.introduces`'s segments), so the English under it is not scored down for it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces

ARABIC = "هو أنا ساعات حاولت أبين نفسي فاهم و أنا مش فاهم"
ENGLISH = "I have sometimes pretended like I understand while I don't."


def _found(reply: str) -> str | None:
    rows = [("1", None, "Karim", f"My late grandmother's last voice note, I typed it out:\n\n{ARABIC}"), ("2", "1", "Lina", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize(
    "reply",
    [
        f"CN: hospital, illness\n\n>!{ENGLISH}!<",
        f"TW // grief\n\n{ENGLISH}",
        f"[CW: death, loss]\n{ENGLISH}",
        f"⚠️ Content warning: dementia\n\n||{ENGLISH}||",
    ],
)
def test_the_english_under_a_content_warning_is_paired(reply: str) -> None:
    """Before, the warning counted as a remark left out before the English (-1.0), and the reply stayed at 0.83."""
    assert _found(reply) == ENGLISH


def test_a_remark_before_the_english_still_costs_what_it_did() -> None:
    """A sentence of the writer's own before the English is a remark, not a warning: the reply stays under the bar."""
    assert _found(f"She sounds tired in this one.\n\n{ENGLISH}") is None


@pytest.mark.parametrize(
    ("line", "warns"),
    [
        ("CN: death of a parent", True),
        ("Spoilers for season 2!", True),
        ("NSFW", True),
        ("Mild spoilers ahead", True),
        ("Trigger warning - self harm", True),
        ("I saw the spoilers for season 2 and hated them", False),
        ("Warning: this is a rough translation", False),
    ],
)
def test_what_a_content_warning_line_is(line: str, warns: bool) -> None:
    text = f"{line}\n\nSome English after it."
    assert introduces(text, 0, len(line)) is warns
