"""Issue 14, pasted formats: the grammar of a chat log, a forum's quote and a dictated comment.

A chat row's label ("[23:48] Suha_92: ", "[03/03/25, 09:15:46] Mona.K: ") is passed before its time could be read as
a video's moment, and a full stop inside its writer's name ("Nadia.F") ends no sentence; XenForo's "Click to
expand..." under a quote copied as text is the quote's end; a note on how the English was typed ("sorry using voice to text") says nothing against it."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces
from bilingual.text.sentences import sentences


def _pair_of(rows: list[tuple[str, str | None, str, str]], cid: str = "1") -> str | None:
    """The translation text paired with the passage of comment ``cid``."""
    return next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == cid).translation_text


def test_chat_row_label_with_digits_is_passed():
    """A chat pasted whole, the writer's name holding digits: the span is the English row's words (before: "Layla_88: ...")."""
    english = "Four types of severity of viral pneumonia can be observed:"
    text = (
        "Pasted from the group chat:\n\n[10:02] Layla_88: يمكن ملاحظة أربعة أنواع من شدة الالتهاب الرئوي الفيروسي:\n"
        "[10:03] Jonas: ??\n[22:41] Layla_88: " + english
    )
    assert _pair_of([("1", None, "Hadi", text)]) == english


def test_dotted_name_of_a_chat_row_ends_no_sentence():
    """"Nadia.F" naming a row's writer is one name; a full stop after a row's words still ends them."""
    for text in ["[23:48] Nadia.F: and i think i have a little bit of a fever", "[03/03/25, 09:15:46] Mona.K: So maybe I listen."]:
        assert [text[a:b] for a, b in sentences(text)] == [text], text
    text = "[23:48] Nadia: We left.Then we came back."
    assert [text[a:b] for a, b in sentences(text)] == ["[23:48] Nadia: We left.", "Then we came back."]


def test_chat_row_with_a_dotted_name_is_paired():
    """The English row of a writer named "Mahmoud.S" (before: cut at "Mahmoud." and not paired)."""
    english = "I had several points in mind but I forget them now."
    text = (
        "Copied from our server:\n\n[12:04] Mahmoud.S: كان في حاجات في دماغي بس نسيتها دلوقت\n"
        "[12:04] Harriet: wait what does that mean\n[23:48] Mahmoud.S: " + english
    )
    assert _pair_of([("1", None, "Omar_K", text)]) == english


def test_forum_quote_fold_is_no_translation():
    """XenForo's "Click to expand..." under a quote copied as text is left out of the span."""
    english = "Although some people found it boring, but I loved life there in general."
    arabic = "برغم أن هي كانت فيه ناس شايفاها مملة يعني، بس أنا حبيت الحياة هناك عموما"
    rows = [("1", None, "Nadia.F", "Engraved on a pen I got at a flea market:\n" + arabic),
            ("2", "1", "Hisham_A", "Nadia.F said:\n" + arabic + "\nClick to expand...\n\n" + english + "\n\nLovely pen.")]
    assert _pair_of(rows) == english
    text = "Click to expand...\n\nNice."
    assert introduces(text, 0, 18)


def test_dictation_note_is_no_remark():
    """"sorry using voice to text" after a dictated translation: a note on its typing (before: a remark against it)."""
    english = "Whatever he asks you you mustn't answer"
    for note in ["sorry using voice to text", "voice typed sorry", "(dictated, sorry for typos)", "Sorry for typos, typed on my phone."]:
        rows = [("1", None, "Nadia.F", "Spray-painted on a rock at the trailhead:\nمَهمَا يَطلُبُ مِنكَ، يَجِبُ أَلّا تُجِيبَهُ."),
                ("2", "1", "Omar_K", english + "\n\n" + note)]
        pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
        assert pair.translation_text == english, note
        assert "uncertain" not in pair.flags, note
