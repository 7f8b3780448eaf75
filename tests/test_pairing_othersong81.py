"""Issue 14, false pairs on negatives (round 32): English a replier names as another song or poem ("Totally different
song but:", "Not the same song, but", "This reminds me of another song:" on the line above "♪ ...") is that other
text, whatever names it shares with the Arabic; the song's own translation keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import likens

# (Arabic lyric, another song's line sharing its names, the lyric's translation)
LINES = [
    ("ليلى ممرّضة سامي الخاصّة.", "Sami was a natural born teacher.", "Layla is Sami's private nurse."),
    ("سامي يحب ليلى كثيرا.", "Sami and Layla went to Cairo in the summer.", "Sami loves Layla a lot."),
    ("في 11 مارس، غنى سامي في القاهرة.", "On 11 March, Sami sang in Alexandria.", "On 11 March, Sami sang in Cairo."),
]
OTHER = ["Totally different song but:\n♪ {E}", "Not the same song, but:\n♪ {E}", "Different song, but: {E}",
         "This reminds me of another song:\n♪ {E}\n♪ {E}", "lyrics of a different poem:\n{E}"]
OWN = ["Translation of the song:\n♪ {E}", "♪ {E}", "The song says:\n{E}", "Different from what I thought! Translation:\n{E}"]


def _paired(arabic: str, reply: str) -> bool:
    """Whether the lyric posted with a note is paired with the reply under it."""
    rows = [("1", None, "A", arabic + " 🎶"), ("2", "1", "B", reply)]
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_lead_line_above():
    """A lead naming another song on the English's line or on the line above it ending in a colon; a lead that ends
    its sentence, or none, is not one."""
    for text in [w.format(E="Sami left early.") for w in OTHER]:
        assert likens(text, text.index("Sami")), text
    for text in ["Another song I love. Translation:\nSami left early.", "Translation:\nSami left early.", "♪ Sami left early."]:
        assert not likens(text, text.index("Sami")), text


def test_another_song_is_no_translation():
    """Another song's lines after a lead naming it: none paired (before: 4 of 15)."""
    paired = sum(_paired(ar, w.format(E=other)) for (ar, other, _), w in itertools.product(LINES, OTHER))
    print(f"paired: {paired} of 15")
    assert paired == 0


def test_the_song_translated_keeps_its_pair():
    """The lyric's translation, introduced or plain, on the line under a heading or after a remark of its own."""
    for (ar, _, tr), w in itertools.product(LINES, OWN):
        assert _paired(ar, w.format(E=tr)), w.format(E=tr)
