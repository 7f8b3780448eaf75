"""Issue 14, missed translations (round 39): a pinned comment stands first on YouTube whenever it was written, so the
channel's translation of a viewer's Arabic stands above it. One that names the passage's writer is looked at as the
comments after a passage are: a candidate when it introduces a translation, nothing otherwise."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "هذا الكتاب بيع جيدا في اليابان"
ENGLISH = "This book sold well in Japan."


def _pair(rows: list[tuple[str, str | None, str, str]], comment: str = "2") -> tuple[str | None, str | None]:
    """The comment and the text of the translation paired with the passage of ``comment``."""
    (found,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == comment]
    return (found.translation.comment if found.translation else None), found.translation_text


def _pinned(words: str) -> list[tuple[str, str | None, str, str]]:
    """A YouTube thread copied as shown: the channel's pinned comment first, the viewer's Arabic under it."""
    return [
        ("1", None, "LensAndRoad", f"📌 Pinned by @LensAndRoad\n\n{words} ❤️ Thanks for watching!\n\n👍 1.2K · Reply"),
        ("2", None, "@hala_m", ARABIC),
        ("3", None, "Pete", "Great video as always."),
    ]


def test_pinned_comment_above_translates_the_viewer():
    """The pinned comment names the viewer and introduces a translation of her Arabic: paired, though it stands
    above it (before: only comments after the passage were looked at)."""
    for words in [f'For everyone asking what @hala_m wrote below, it says: "{ENGLISH}"',
                  f'Loved this comment from @Hala_M, translating it so everyone can read it: "{ENGLISH}"']:
        assert _pair(_pinned(words)) == ("1", ENGLISH), words


def test_pinned_thanks_is_no_translation():
    """A pinned comment that names the viewer but translates nothing (thanks, then news of its own): unpaired."""
    for words in ["Thank you @hala_m, comments like yours keep me going! Also: the next video is out on Friday.",
                  "Shoutout to @hala_m! Quick update for everyone: The Osaka episode is delayed by a week."]:
        assert _pair(_pinned(words)) == (None, None), words
