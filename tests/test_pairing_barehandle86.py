"""Issue 14, spans: a reply that opens by naming the one it answers without "@" ("Hana.M, Do you know ...", "Tarek88,
These cases ...", "Yasmin_T, They are ...") kept the handle in its span, and a dotted one ("Hana.M") was cut as a
sentence's end before "M, Do ...". A name no plain word is (an underscore, a dot before a letter, digits after letters),
then a comma and a sentence begun anew with a capital, is the addressee, not the translation's first word; a full stop run
into a capital elsewhere ("in Columbia.On 23 March") still ends its sentence."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in
from bilingual.text.sentences import sentences


def test_dotted_handle_opening_a_line_is_no_sentence_end():
    """Sentences of a reply opening with a dotted handle set off by a comma or a dash, and of a run-in full stop."""
    for text in ["Hana.M, Do you know how many tourists come to Boston every day?", "Khaled.N — I didn't say my last word!"]:
        assert [text[a:b] for a, b in sentences(text)] == [text], text
    text = "It was confirmed in Columbia.On 23 March, it was reported."
    assert [text[a:b] for a, b in sentences(text)] == ["It was confirmed in Columbia.", "On 23 March, it was reported."]


def test_bare_handle_is_a_lead():
    """Where the words of a reply opening with a bare handle begin; a plain name or word before a comma stays."""
    for text, first in [("Hana.M, Do you know?", "Do"), ("Tarek88, These cases are", "These"), ("Yasmin_T, They are", "They"),
                        ("Hana, Do you know?", "Hana,"), ("Well, I think so.", "Well,"), ("COVID-19, The disease", "COVID-19,"),
                        ("Tarek88, these cases are", "Tarek88,")]:
        assert text[lead_in(text, 0, len(text)) :].split()[0] == first, text


def test_answer_opening_with_the_askers_handle():
    """The answer naming the asker by handle, no "@": the span is the translation alone (before: "Hana.M, Do you ...")."""
    english = "Do you know how many tourists come to Boston every day?"
    for name in ["Hana.M", "Tarek88", "Yasmin_T"]:
        rows = [("1", None, name, "Text on a bracelet my grandmother left me, does anyone know?\n\nهل تعلم كم عدد السياح الذين ياتون الى بوسطن كل يوم ؟"),
                ("2", "1", "Mounir_B", f"{name}, {english}")]
        pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
        assert pair.translation_text == english, name
