"""Issue 14, round 28's false pair "the house": a reply that quotes one word of the Arabic in its own quotes and gives its
dictionary meaning ("«المنزل» = 'the house' according to my dictionary app.") glosses that word; the gloss mark
after the closing quote was not read as one, so the meaning was paired with the whole sentence. A translation of the
whole sentence after it in quotes keeps its pair."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs

# (Arabic, a word of it, its translation)
SENTENCES = [("عاد سامي إلى المنزل.", "المنزل", "Sami returned home."), ("كانت ليلى نائمة في غرفة نومها.", "غرفة", "Layla was sleeping in her bedroom."),
             ("وصل توم متأخرا كالعادة.", "متأخرا", "Tom arrived late as usual."), ("سافر سامي إلى مصر مع أصدقائه.", "أصدقائه", "Sami traveled to Egypt with his friends.")]
GLOSSES = ["«{W}» = 'the house' according to my dictionary app.", '"{W}" = room, per Wiktionary', "({W}): late, says my dictionary",
           "«{W}» -> friends (Google, single word)", "“{W}” → home. That's all I've got.", "'{W}' : the house"]


def _paired(reply: str, ar: str) -> bool:
    """Whether the Arabic of comment 1 is paired, under a request answered by ``reply``."""
    rows = [("1", None, "A", "From the club chair:\n" + ar), ("2", "1", "B", "what does the notice say?"), ("3", "2", "C", reply)]
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_quoted_word_gloss_is_no_translation():
    """None of 24 glosses is paired (before: 3)."""
    for ar, word, _ in SENTENCES:
        for gloss in GLOSSES:
            assert not _paired(gloss.format(W=word), ar), (ar, gloss)


def test_quoted_sentence_keeps_its_translation():
    """The whole sentence quoted, then its translation: paired."""
    for ar, _, en in SENTENCES:
        assert _paired(f"«{ar}» = {en}", ar), ar
        assert _paired(f"Translation: {en}", ar), ar
