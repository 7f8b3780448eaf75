"""Issue 14, missed translations (rounds 38-39): introducing phrases the scorer did not read, so the English stayed
unmarked or its span kept the phrase. A phrase may name the writer by handle ("what @hala_m wrote up there, it
says: ...") or say at length that it translates ("..., translating it for everyone who scrolled past: ...")."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in

ARABIC = "هذا الكتاب بيع جيدا في اليابان"
ENGLISH = "This book sold well in Japan."


def _pair(rows: list[tuple[str, str | None, str, str]], comment: str = "1") -> tuple[str | None, str | None]:
    """The comment and the text of the translation paired with the passage of ``comment``."""
    (found,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == comment]
    return (found.translation.comment if found.translation else None), found.translation_text


def test_lead_naming_the_writer_is_passed():
    """A reply whose introducing phrase names the passage's writer by handle: the translation starts after it
    (before: "@" was no letter of a lead's word, so the phrase was no lead)."""
    text = f'For everyone asking what @hala_m wrote up there, it says: "{ENGLISH}"'
    assert text[lead_in(text, 0, len(text)):].startswith(ENGLISH)
    rows = [("1", None, "hala_m", ARABIC), ("2", "1", "Wael", text)]
    assert _pair(rows) == ("2", ENGLISH)


def test_lead_saying_it_translates_is_passed():
    """A long sentence before the colon that says it translates ("..., translating it for everyone who scrolled
    past:"): the translation starts after the colon."""
    text = f"This made my day, translating it for everyone who scrolled past: {ENGLISH}"
    assert text[lead_in(text, 0, len(text)):] == ENGLISH
    rows = [("1", None, "hala_m", ARABIC), ("2", "1", "Wael", text)]
    assert _pair(rows) == ("2", ENGLISH)


POLICE = ("هل يمكنك إعطائي رقم الشرطة رجاءً.", "Could you please give me the police number.")


def test_numbered_edit_label_is_passed():
    """"Edit 2:", "UPDATE 3:" before the phrase that introduces the translation, as "Edit:" is (before: the number
    stopped the label, so the line was no introduced translation and the post's first edit was taken instead)."""
    for label in ["Edit 2:", "EDIT 2:", "Update 3:"]:
        line = f"{label} for everyone asking what it means, my cousin says it's: {POLICE[1]}"
        assert line[lead_in(line, 0, len(line)):] == POLICE[1], label
        post = f"Found this on my late uncle's prayer rug tag\n\n{POLICE[0]}\n\nEdit: I'm reading every comment, promise\n\n{line}"
        rows = [("1", None, "Nadine_H", post), ("2", "1", "Rupert", "I need to know what it says")]
        assert _pair(rows) == ("1", POLICE[1]), label


def test_long_aside_then_it_means():
    """An aside of more than ten words before a colon, then "it means": the translation starts after both (before:
    the aside was too long for a lead, so the English was unmarked and too long for the Arabic)."""
    reply = f'> {POLICE[0]}\n\nOff topic, but for everyone who asked me about the line in your e-mail signature: it means "{POLICE[1]}"'
    start = reply.index("Off")
    assert reply[lead_in(reply, start, len(reply)):].startswith(POLICE[1])
    rows = [("1", None, "Tariq.H", f"Please find the schedule below.\n\n--\nTariq H | Finance\n{POLICE[0]}"), ("2", "1", "Maysa.D", reply)]
    assert _pair(rows) == ("2", POLICE[1])
