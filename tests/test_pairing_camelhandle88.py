"""Issue 14, spans: a reply that opens by naming the one it answers by a handle run together in CamelCase, no "@"
("SamirCodes, I really liked ...", "NourTranslates, The ..."), kept the handle in its span. Such a name is no plain word:
like "Tarek88," or "Hana.M," it is the addressee, not the translation's first word; a brand of a short first part
("YouTube, ...", "PayPal, ...") and a plain name ("Samir, ...") stay."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in


def test_camel_case_handle_is_a_lead():
    for text, first in [("SamirCodes, I really liked it.", "I"), ("NourTranslates, The cases are", "The"),
                        ("YouTube, Facebook and X are", "YouTube,"), ("PayPal, Visa and cash", "PayPal,"),
                        ("Samir, I really liked it.", "Samir,"), ("SamirCodes, i really", "SamirCodes,")]:
        assert text[lead_in(text, 0, len(text)) :].split()[0] == first, text


def test_answer_opening_with_the_writers_camel_case_handle():
    """The answer naming the passage's writer by a CamelCase handle: the span is the translation alone."""
    english = "I really liked this movie because the topic was nice and interesting."
    rows = [("1", None, "SamirCodes", "Text on a bracelet my grandmother left me, does anyone know?\n\nده كان فيلم عجبني عشان الموضوع بتاعه كان شيق و لطيف"),
            ("2", "1", "Walid.tr", f"SamirCodes, {english}")]
    pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
    assert pair.translation_text == english
