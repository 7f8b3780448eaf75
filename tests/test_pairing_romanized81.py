"""Issue 14, false pairs on negatives (round 32): a reply that says how the Arabic is read ("It's read like: ...",
"Pronounced: ...") gives its sounds in Latin letters, no translation, even when its numbers and commas match the
Arabic's; the romanization was judged on its whole line, "It's read like:" included, so its English words hid it.
Unled, with the Arabic's names and numbers, it was paired on them: a romanization with no English word of its own
(its names spell the Arabic too) is none. A translation after "It reads:" keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs

# (Arabic, its romanization, its translation)
TEXTS = [
    ("إدا كانت النّار، عيّطو لـ119.", "ida kant alnar, 'ytw lـ119.", "If there's a fire, call 119."),
    ("ينفصل الإنزيم المحول للأنجيوتنسين 2 إلى عدد من البيبتيدات الأخرى.",
     "ynfsl alinzym almhwl llanjywtnsyn 2 ila 'dd mn albybtydat alakhra.",
     "Angiotensin-converting enzyme 2 splits into a number of other peptides."),
    ("وصل سامي إلى القاهرة في 5 مايو، 2020.", "wsl samy ila alqahra fy 5 mayw, 2020.", "Sami arrived in Cairo on 5 May, 2020."),
]
READ = ["It's read like: {E}", "Pronounced: {E}", "it's pronounced as {E}", "Reads like this: {E}"]
ASKED = ["how is this read aloud?", "how do you pronounce this?"]


def _paired(arabic: str, ask: str, reply: str) -> bool:
    """Whether the Arabic is paired with the answer to a question under it."""
    rows = [("1", None, "A", "Lyrics for this week's exercise:\n" + arabic), ("2", "1", "B", ask), ("3", "2", "C", reply)]
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_reading_is_no_translation():
    """Romanizations led by what they are: none paired (before: 4 of 24)."""
    paired = sum(_paired(ar, ask, w.format(E=rom)) for (ar, rom, _), w, ask in itertools.product(TEXTS, READ, ASKED))
    print(f"paired: {paired} of 24")
    assert paired == 0


def test_unled_romanization_with_names_is_no_translation():
    """A romanization with the Arabic's names and numbers, as a reply under the question (before: paired at 1.00)."""
    arabic = "في 11 مارس 2020، أعلن سامي وليلى عن 5 ملايين دولار."
    for reply in ["fy 11 mars 2020, a'ln Sami w Layla 'n 5 mlayyn dwlar.", "Fy 11 mars 2020, a'ln Sami wa Layla 3n 5 mlayyn dwlar"]:
        assert not _paired(arabic, "how do you pronounce this?", reply), reply


def test_translation_keeps_its_pair():
    """The translation after a lead that says what the text reads or means."""
    for (ar, _, tr), lead in itertools.product(TEXTS, ["It reads: ", "Translation: ", "It means: "]):
        assert _paired(ar, "what does this say?", lead + tr), lead + tr
