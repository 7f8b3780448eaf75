"""Issue 14, round 40's shapes: the marks real threads put around a translation are no part of its span. A Markdown
footnote's definition ("[^1]: ...", GitHub, Reddit, Obsidian) holds the translation of the Arabic that carries
"[^1]"."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual import pipeline
from bilingual.pairing import pairs


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    """The translation found for the passage of comment "1"."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


def _own(text: str) -> str | None:
    """The translation found in a comment that holds both, a reply under it."""
    return _span([("1", None, "A", text), ("2", "1", "B", "Thanks, that's helpful.")])


@pytest.mark.parametrize(
    "text",
    [
        "My grandmother's favourite saying:\n\nالصبر مفتاح الفرج.[^1]\n\n[^1]: Patience is the key to relief.",
        "From the sign at the mosque door:\n\nالمكتبة مغلقة يوم الجمعة.[^tr]\n\n[^tr]: The library is closed on Friday.",
        "Copied it from the card:\n\nلماذا لا تلبس فستاناً؟[^1]\n\nI still have the card somewhere in a drawer.\n\n[^1]: Why don't you wear a dress?",
    ],
)
def test_a_markdown_footnote_holds_the_translation(text: str) -> None:
    """Before, the span kept the marker ("^1]: Patience ..."), and a remark between the Arabic and its footnote
    (after a word ending in a vowel mark, "فستاناً") was taken into it."""
    assert _own(text) == text[text.rindex("]: ") + 3 :]


@pytest.mark.parametrize(
    ("reply", "wanted"),
    [
        ("omg this is so sweet 😭\n-# for the non-arabic speakers: Patience is the key to relief.", "Patience is the key to relief."),
        ("wait this is actually beautiful\n-# translation for the chat: Patience is the key to relief.", "Patience is the key to relief."),
        ("love this\n-# Patience is the key to relief.", "Patience is the key to relief."),
    ],
)
def test_discord_subtext_holds_the_translation(reply: str, wanted: str) -> None:
    """Discord's subtext mark ("-# ...") opens the small line a reply adds under its reaction. Before, the span began at
    the reaction above the subtext line ("omg this is so sweet 😭\\n-# for the ...")."""
    assert _span([("1", None, "A", "الصبر مفتاح الفرج."), ("2", "1", "B", reply)]) == wanted


@pytest.mark.parametrize(
    "reply",
    [
        "Depends how you want it to sound:\n\nFormal: Patience is the key to relief.\nCasual: patience is the key to relief",
        "**Formal:** Patience is the key to relief.\n**Informal:** patience is key to relief",
        "Polite: Patience is the key to relief.\nCasual - patience is the key to relief lol",
    ],
)
def test_the_same_words_in_another_register_are_no_part_of_the_span(reply: str) -> None:
    """A reply giving a translation in two registers labels each line ("Formal: ...\\nCasual: ..."): the first line is
    the translation, the second the same words said another way. Before, the span ran over both lines."""
    assert _span([("1", None, "A", "How would you say this in English?\n\nالصبر مفتاح الفرج."), ("2", "1", "B", reply)]) == "Patience is the key to relief."


@pytest.mark.parametrize(
    "reply",
    [
        "Sentence by sentence:\n1) Patience is the key to relief.\n2) The library is closed on Friday.",
        "1. Patience is the key to relief.\n2. The library is closed on Friday.",
        "Here you go:\n\n1. Patience is the key to relief.\n2. The library is closed on Friday.\n\nHope that helps!",
    ],
)
def test_a_list_answering_the_sentences_of_one_line_pairs_sentence_by_sentence(reply: str) -> None:
    """Arabic of two sentences on one line, answered by an English list numbered 1 to 2, one item per sentence: each
    sentence is paired with its item. Before, the one passage took the whole list ("Patience ...\\n2) The library ...")."""
    found = pairs(make_thread([("1", None, "A", "Can someone translate this notice?\n\nالصبر مفتاح الفرج. المكتبة مغلقة يوم الجمعة."), ("2", "1", "B", reply)]))
    assert [p.translation_text for p in found] == ["Patience is the key to relief.", "The library is closed on Friday."]


def test_the_pipeline_cuts_a_line_of_sentences_as_pairs_does() -> None:
    """One pipeline: the report's passages are pairing's. The pipeline handed a one-line passage over whole, so its
    report paired the whole list with it where :func:`pairs` paired each sentence with its item."""
    thread = make_thread([("1", None, "A", "Can someone translate this notice?\n\nالصبر مفتاح الفرج. المكتبة مغلقة يوم الجمعة."),
                          ("2", "1", "B", "1) Patience is the key to relief.\n2) The library is closed on Friday.")])
    ran = pipeline.run(thread, pipeline.Settings(mt=False)).pairs
    assert [(p.passage, p.translation_text) for p in ran] == [(p.passage, p.translation_text) for p in pairs(thread)]
    assert len(ran) == 2


@pytest.mark.parametrize("thanks", ["🤍 Thank you, Uncle.", "❤️ Thank you all.", "🙏 Thanks for being here."])
def test_thanks_after_an_emoji_closing_the_translation_are_no_part_of_it(thanks: str) -> None:
    """A family member translating a relative's condolence message closes with their own thanks after a heart ("...
    work. 🤍 Thank you, Uncle."): the Arabic thanks no one, so the thanks are the writer's. Before, the emoji hid them."""
    reply = f"Translating Uncle Hassan's message for the family abroad: It was very crowded today and I was late for work. {thanks}"
    rows = [("1", None, "A", "Our grandmother died on Sunday."), ("2", "1", "B", "الدنيا كانت زحمة جدا النهارده و انا اتأخرت على الشغل"), ("3", "2", "A", reply)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "2"]
    assert pair.translation_text == "It was very crowded today and I was late for work."
