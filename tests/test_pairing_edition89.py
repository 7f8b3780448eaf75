"""Issue 14, false pairs on negatives (round 37): English a reply quotes from the English edition of the text the
Arabic comes from ("The English version of the article is different, it just says: ...", "the English-language site
leads with ...") is that edition's, which may tell the story another way, no translation of the commenter's; the
commenter's own English version keeps its pair, and so does a faithful translation the words show, whatever its lead."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import other_edition

# (Arabic quoted from an article, another sentence of the English edition sharing its names, the Arabic's translation)
LINES = [
    ("ليلى ممرّضة سامي الخاصّة.", "Sami was a natural born teacher.", "Layla is Sami's private nurse."),
    ("سامي يحب ليلى كثيرا.", "Sami and Layla went to Cairo in the summer.", "Sami loves Layla a lot."),
    ("في 11 مارس، غنى سامي في القاهرة.", "On 12 March, Sami flew to Paris.", "On 11 March, Sami sang in Cairo."),
]
EDITION = ["The English version of the story is different, it only says: {E}", "FWIW the English site leads with: {E}",
           "the English-language edition has this instead: {E}", "Meanwhile the English article just goes: {E}"]
OWN = ["English version: {T}", "English version of this quote: {T}", "My English version of the article's line: {T}",
       "Translated, since the English article leaves it out: {T}"]


def _paired(arabic: str, reply: str) -> str | None:
    """The English the quoted Arabic is paired with in the reply under it, if any."""
    rows = [("1", None, "A", "The Arabic edition quotes him as saying:\n\n" + arabic), ("2", "1", "B", reply)]
    found = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return found[0].translation_text if found and found[0].translation is not None else None


def test_other_edition():
    """A lead naming an English edition as what says the English, on its line and in its sentence; a label, the
    writer's own version or an edition named in a sentence before the lead is none."""
    for text in [w.format(E="Sami left early.") for w in EDITION]:
        assert other_edition(text, text.index("Sami"), len(text)), text
    for text in ["English version: Sami left early.", "English version of this review: Sami left early.",
                 "I read the English article. Translation: Sami left early.", "For the English speakers: Sami left early."]:
        assert not other_edition(text, text.index("Sami"), len(text)), text


def test_other_edition_is_no_translation():
    """Another sentence of the English edition: none paired (before: 12 of 12)."""
    paired = sum(_paired(ar, w.format(E=other)) is not None for (ar, other, _), w in itertools.product(LINES, EDITION))
    print(f"paired: {paired} of 12")
    assert paired == 0


def test_own_version_keeps_its_pair():
    """The commenter's English version, and a translation whose lead names the English article as leaving it out."""
    for (ar, _, tr), w in itertools.product(LINES, OWN):
        assert _paired(ar, w.format(T=tr)) == tr, w.format(T=tr)
