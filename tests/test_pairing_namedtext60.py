"""Issue 14, round 28's missed translations: a reply that answers someone else first, then gives the translation after a
lead that only names the text ("@lee never went there. The notice - Hitomi looked very happy.", "As for the sign: ...").
The lead says what the English is as "It says:" would, more weakly (a reply names the sign to say something of its own
too: "The flyer: Printed at the library, I think."), so the texts' evidence still decides."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in, names_text, opens

NAMED = ["@lee never went there. The notice - {E}", "The sign: {E}", "no idea about parking. As for the sign: {E}", "Haha yes. That plaque — {E}",
         "The note itself - {E}", "ok, the sticker - {E}", "re the label: {E}", "The card -- {E}"]
NEAR = ["The sign - I saw it too, it's been up for years.", "The notice: Nobody reads those anyway.", "@lee never went there. The notice - Ask the ranger, he knows.",
        "The flyer: Printed at the library, I think.", "The card - Mine came in the mail yesterday.", "That sticker - Got one on my laptop too!"]
# (Arabic, its translation): the first with too little word evidence to be paired without a lead ("looked" would cover
# شكل's sense "look" since evidence.base_form, and pairs alone: "seemed" covers nothing; "happy" covers فرحانه's sense
# "happily" since base_form takes an adverb in -ly to its adjective, and pairs alone: "glad" covers nothing)
SENTENCES = [("هتمي شكلها فرحانه أوي.", "Hitomi seemed very glad."), ("كانت ليلى تبدو متعبة جدا.", "Layla looked very tired."),
             ("سُمّيت السّفينة \"النّجم الفضّي\".", 'The boat was called "The Silver Star."')]


def _translation(ar: str, reply: str) -> str | None:
    """The English paired with the Arabic of a sign, from a reply to someone asking what it says."""
    rows = [("1", None, "A", "Sign at the gate:\n" + ar), ("2", "1", "B", "english for the rest of us?"), ("3", "2", "C", reply)]
    for p in pairs(make_thread(rows)):
        if p.passage.location.comment == "1" and p.translation is not None:
            return reply[p.translation.start : p.translation.end]
    return None


def test_names_text():
    """A lead naming the text before a colon or a spaced dash; not a longer phrase, another noun, or a dash inside a sentence."""
    for lead in NAMED:
        text = lead.format(E="Hitomi looked very happy.")
        start = text.rfind(".", 0, text.index("Hitomi")) + 1 if "never" in text or "parking" in text or "Haha" in text else 0
        assert names_text(text, start, len(text)) and opens(text, start, len(text)), text
        assert text[lead_in(text, start, len(text)) :] == "Hitomi looked very happy.", text
    for text in ["The notice board - Hitomi looked happy.", "Honestly - I saw it too.", "The sign was cool - I saw it.", "The sign-up sheet: Tom wrote it.",
                 "Translation: Hitomi looked happy.", "The weather - Hitomi looked happy."]:
        assert not names_text(text, 0, len(text)), text


def test_lead_naming_the_text_pairs():
    """Each wording pairs the sentence whose words alone fall short, its span without the lead; before: none of 8."""
    ar, en = SENTENCES[0]
    assert _translation(ar, en) is None
    for lead in NAMED:
        assert _translation(ar, lead.format(E=en)) == en, lead


def test_named_remark_stays_unpaired():
    """A lead naming the sign before the writer's own remark pairs nothing."""
    for ar, _ in SENTENCES:
        for reply in NEAR:
            assert _translation(ar, reply) is None, (ar, reply)
