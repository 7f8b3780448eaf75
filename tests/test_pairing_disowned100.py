"""Issue 14, false pairs on negatives (rounds 25 and 37): a machine translator's output that its poster says right after
is wrong ("Google Translate says "..." but that can't be right", "Bing translated it as ... Definitely not it.", "DeepL
gives "..." I doubt that's it.") is disowned, no translation of the Arabic; a machine's output left unjudged, or one a
human translation follows, keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import disowned

# (Arabic asked about, an unrelated sentence a machine gave, the Arabic's translation)
LINES = [
    ("إنها خَشِنة قليلاً عند الحواف.", "Sometimes I go and sometimes I don't.", "It's a little rough around the edges."),
    ("سكّان غزّة يعيشون تحت حصار خانق.", "Hitler led Germany into war.", "Gaza's population lives under a suffocating siege."),
    ("سامي يحب ليلى كثيرا.", "Sami and Layla went to Cairo in the summer.", "Sami loves Layla a lot."),
]
DISOWNED = [
    'Google Translate says "{E}" but that can\'t be right, the grammar doesn\'t fit.',
    "Google says '{E}' That's nonsense, it can't be right.",
    'DeepL gives "{E}" I doubt that\'s it.',
    "the app spat out {E} which makes no sense",
    "Google Lens says: {E} ... clearly wrong.",
]
KEPT = ["Google Translate gives: {T}", 'DeepL says "{T}" and that matches what my teacher said.', "Translation: {T}"]


def _paired(arabic: str, reply: str) -> str | None:
    """The English the Arabic is paired with in the reply under it, if any."""
    rows = [("1", None, "A", "Help, what does this say?\n\n" + arabic), ("2", "1", "B", reply)]
    found = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return found[0].translation_text if found and found[0].translation is not None else None


def test_disowned():
    """A machine named as giving the English, and a verdict that it is wrong after one of its sentences; a verdict
    without the machine, or a machine's output left unjudged, is none."""
    for w in DISOWNED:
        text = w.format(E="Sami left early.")
        assert disowned(text, text.index("Sami"), text.index("early.") + 6), text
    for text in ['Google Translate says "Sami left early."', "My translation: Sami left early. That can't be right though.",
                 'Google says "Sami left early." Pretty sure that\'s right.']:
        assert not disowned(text, text.index("Sami"), text.index("early.") + 6), text
    text = "DeepL gives: Sami left early. Wrong place, wrong time."  # the output's own sentence, no verdict on it
    assert not disowned(text, text.index("Sami"), len(text)), text


def test_disowned_output_is_no_translation():
    """Another sentence a machine gave, disowned by its poster: none paired (before: 6 of 15)."""
    paired = sum(_paired(ar, w.format(E=other)) is not None for (ar, other, _), w in itertools.product(LINES, DISOWNED))
    print(f"paired: {paired} of 15")
    assert paired == 0


def test_machine_output_kept():
    """A machine's output left unjudged or agreed with, and a plain translation, keep their pairs."""
    for (ar, _, tr), w in itertools.product(LINES, KEPT):
        assert _paired(ar, w.format(T=tr)) == tr, w.format(T=tr)
