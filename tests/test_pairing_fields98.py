"""Issue 14, missed translations (round 39): a file format pairs the two languages itself. Under the Arabic's field,
the field that holds its English (gettext's msgstr, MediaWiki's {{en|1=...}}, a TMX <tuv xml:lang="en">) introduces
the translation as "EN:" does, and its markup is no part of the span; an entry gettext flags fuzzy (a guess from a
neighbouring message, unchecked) is no translation."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import tight

ARABIC = "من هي اللغة الأصعب بنظرك ؟"
ENGLISH = "What is the hardest language, in your view?"


def _pair(text: str) -> tuple[str | None, str | None]:
    """The comment and the text of the translation paired with the Arabic of a post holding ``text``."""
    rows = [("1", None, "Jamal.E", text), ("2", "1", "Salma.R", "LGTM, merging.")]
    (found,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return (found.translation.comment if found.translation else None), found.translation_text


def _po(flags: str = "") -> str:
    return f'Does this entry of our app look right?\n\n```po\n#: src/screens/help.py:42\n{flags}msgid "{ARABIC}"\nmsgstr "{ENGLISH}"\n```'


def test_msgstr_translates_its_msgid():
    """A gettext entry: the msgstr is the msgid's translation (before: weak words alone, under the bar)."""
    assert _pair(_po()) == ("1", ENGLISH)


def test_fuzzy_entry_is_no_translation():
    """The same entry flagged fuzzy, its msgstr another message's: unpaired."""
    text = _po("#, fuzzy\n").replace(ENGLISH, "Does Tom like basketball?")
    assert _pair(text) == (None, None)


def test_template_and_element_fields_are_cut_out():
    """The markup around an English field is no part of the translation's span."""
    for text in ['}}\n{{en|1=She might come.}}', '</seg></tuv>\n  <tuv xml:lang="en"><seg>She might come.</seg></tuv>']:
        assert text[slice(*tight(text, 0, len(text)))] == "She might come.", text
    commons = f"File:Plaque old souk.jpg\n\n{{{{Information\n|description={{{{ar|1={ARABIC}}}}}\n{{{{en|1={ENGLISH}}}}}\n|date=2019-06-14\n}}}}"
    assert _pair(commons) == ("1", ENGLISH)
