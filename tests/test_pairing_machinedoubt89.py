"""Issue 14, false pairs on negatives (round 37): a machine's output its writer reports and then calls wrong ("Google
Translate says "..." but that can't be right", "DeepL gives me "...", which makes no sense") is the tool's English,
disowned, no translation of the writer's; a tool's output reported and trusted, and the writer's own correction after a
disowned one, keep their pairs."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import machine_doubted

# (Arabic, a machine's English sharing its names, the Arabic's translation)
LINES = [
    ("ليلى ممرّضة سامي الخاصّة.", "Sami was a natural born teacher.", "Layla is Sami's private nurse."),
    ("سامي يحب ليلى كثيرا.", "Sami and Layla went to Cairo in the summer.", "Sami loves Layla a lot."),
    ("في 11 مارس، غنى سامي في القاهرة.", "On 11 March, Sami sang in Alexandria.", "On 11 March, Sami sang in Cairo."),
]
DISOWNED = ['Google Translate says "{E}" but that can\'t be right, the grammar is off.',
            'DeepL gives me "{E}", which makes no sense here.',
            'google translate: "{E}" ... I doubt it.',
            'Bing translated it as "{E}" Definitely not it lol',
            'GT says "{E}" and that sounds wrong to me.']
TRUSTED = ['Google Translate says "{T}" and that seems about right.', "google translate: {T}", "Google Translate gives: {T}",
           'Google Translate says "{E}" but that can\'t be right. It means: {T}']


def _paired(arabic: str, reply: str) -> str | None:
    """The English the Arabic asked about is paired with in the reply under it, if any."""
    rows = [("1", None, "A", "What does this say?\n\n" + arabic), ("2", "1", "B", reply)]
    found = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return found[0].translation_text if found and found[0].translation is not None else None


def test_machine_doubted():
    """A tool named before the English on its line, a verdict of wrong after it in its paragraph; a trusted output, a
    verdict in another paragraph or a doubt with no tool named is none."""
    for text in [w.format(E="Sami left early.") for w in DISOWNED]:
        assert machine_doubted(text, text.index("Sami"), text.index("early.") + 6), text
    for text in ['Google Translate says "Sami left early." Seems about right?', "Google Translate: Sami left early.\n\nThat can't be right, can it?",
                 "Sami left early. No way, that's nonsense.", 'My translation: "Sami left early." Not sure though.']:
        assert not machine_doubted(text, text.index("Sami"), text.index("early.") + 6), text


def test_disowned_output_is_no_translation():
    """A machine's English called wrong by its writer: none paired (before: 9 of 15)."""
    paired = sum(_paired(ar, w.format(E=other)) is not None for (ar, other, _), w in itertools.product(LINES, DISOWNED))
    print(f"paired: {paired} of 15")
    assert paired == 0


def test_trusted_output_and_correction_keep_their_pairs():
    """The tool's output reported as it is, and the writer's own translation after a disowned one."""
    for (ar, other, tr), w in itertools.product(LINES, TRUSTED):
        got = _paired(ar, w.format(E=other, T=tr))
        assert got is not None and got.strip('"') == tr, (w.format(E=other, T=tr), got)
