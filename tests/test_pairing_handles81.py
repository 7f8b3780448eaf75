"""Issue 14, spans: a handle with a dot before a capital ("@Salma.R", "@Mona.K", "u/Hadi.K") was cut as a sentence's end,
so the span of a reply opening with it started at "R Bob's father ..." and its lead ("here you go:") was not seen. A
handle is one name; a full stop run into a capital elsewhere ("He left.Then ...") still ends its sentence. A line that
is only the handle and a lead ("@Hadi.K here you go:", "@sarah.k Translation:") is no translation segment, as the lead
alone is."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.text.sentences import sentences


def test_handle_is_no_sentence_end():
    """Sentences of texts opening with or naming a dotted handle."""
    for text in ["@Salma.R Bob's father works in a big factory.", "thanks @Mona.K Here you go: Okay.", "u/Hadi.K Thanks a lot."]:
        assert [text[a:b] for a, b in sentences(text)] == [text], text
    text = "He left early.Then he came back."
    assert [text[a:b] for a, b in sentences(text)] == ["He left early.", "Then he came back."]


def test_answer_naming_a_dotted_handle_is_paired_whole():
    """The answer to Salma.R's request, opening with her handle: the span starts at the translation (before: at "R ...")."""
    english = "Bob's father works in a big factory."
    for reply in ["@Salma.R " + english, "@Salma.R: " + english, "@Hadi.K @Salma.R " + english]:
        rows = [("1", None, "Hala_m", "والد بوب يعمل في مصنع كبير."), ("2", "1", "Salma.R", "what does it say?"), ("3", "1", "Wael", reply)]
        pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
        assert pair.translation_text == english, reply


def test_handle_and_lead_alone_on_their_line():
    """The English under "@Hadi.K here you go:" and a signature: the span is the English (before: it took in the lead)."""
    english = "To know that he actually works well."
    for line in ["@Hadi.K here you go:", "@hadi.k here you go:", "@Hadi.K Translation:"]:
        rows = [("c1", None, "Hadi.K", "Could a member check this for a client?\n\nأبقى عارف إن هو فعلا بيشتغل."),
                ("c2", "c1", "bassam_o", line + "\n\n" + english + "\n\n~ Karim, sworn translator")]
        pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "c1")
        assert pair.translation_text == english, line
