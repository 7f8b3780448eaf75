"""Issue 14, round 41's file formats: the markup a file pasted in a comment puts around a translation is no part of its
span (a closing tag before a code block's closing fence)."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import tight

ARABIC = "هل هذا هو الطريق إلى المحطة؟"
ENGLISH = "Is this the way to the station?"


def _pair(rows: list[tuple[str, str | None, str, str]], cid: str = "1") -> tuple[str | None, str | None]:
    """The comment and the text of the translation paired with the Arabic of comment ``cid``."""
    (found,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == cid]
    return (found.translation.comment if found.translation else None), found.translation_text


def _tight(text: str) -> str:
    return text[slice(*tight(text, 0, len(text)))]


def test_closing_tag_before_a_fence_is_cut_out():
    """An element pasted in a fenced code block (GitHub, Stack Overflow, Discord) ends in its closing tag, then the fence:
    neither is a word of the translation, whatever the element, the fence or the block's language."""
    for text in [
        f'```xml\n<string name="route_hint">{ENGLISH}</string>\n```',
        f'```\n<value>{ENGLISH}</value>\n```',
        f'~~~xml\n<target xml:lang="en">{ENGLISH}</target>\n~~~',
        f'```html\n<p lang="en">{ENGLISH}</p></div>\n```\n',
    ]:
        assert _tight(text) == ENGLISH, text


def test_fence_without_a_tag_and_words_inside_stay():
    """Near misses: a fence with no tag before it, and a tag inside the sentence, are left as they were."""
    assert _tight(f"```\n{ENGLISH}\n```") == ENGLISH
    assert _tight("```\nPut a <br/> tag after the title.\n```") == "Put a <br/> tag after the title."


def test_strings_xml_default_added_in_a_pull_request():
    """An Android string that only existed in values-ar, its English default added in a reply: the value only."""
    rows = [
        ("1", None, "Winifred", f'Found a string with no default in values-ar:\n\n```xml\n<string name="route_hint">{ARABIC}</string>\n```'),
        ("2", "1", "Tariq.S", f'Good catch. Default resource added:\n\n```xml\n<string name="route_hint">{ENGLISH}</string>\n```'),
    ]
    assert _pair(rows) == ("2", ENGLISH)


def test_a_key_naming_english_is_no_part_of_its_value():
    """A key=value entry whose key ends in English's code (OpenStreetMap's "name:en=", a config's "title_en = ", a
    resource's "label.en=") gives its value as the English version: the key is no word of it."""
    for text in [
        f"inscription:en={ENGLISH}",
        f"name:en = {ENGLISH}",
        f'title_en = "{ENGLISH}"',
        f"welcome.label.en-GB={ENGLISH}",
    ]:
        assert _tight(text) == ENGLISH, text


def test_keys_of_other_languages_and_words_stay():
    """Near misses: a key naming Arabic, a word ending in "en" before "=" and no key at all are left as they were."""
    for text in ["name:ar=Is this the way?", "token=abc123 is what it sent back", "men=women in this survey"]:
        assert _tight(text) == text, text


def test_openstreetmap_tag_added_under_the_inscription():
    """A changeset discussion: the memorial's inscription= tag, and a mapper adding inscription:en= from the panel."""
    rows = [
        ("1", None, "Hamza_Q", f"New node 8080179329 for a memorial plaque:\n\nhistoric=memorial\nmemorial=stone\ninscription={ARABIC}"),
        ("2", "1", "Anas_B", f"Thanks! I added the English from the panel:\n\ninscription:en={ENGLISH}\n\nsource:inscription=survey"),
    ]
    assert _pair(rows) == ("2", ENGLISH)


def _row_report(row: str, says: str) -> str:
    return f"Row 7475 in the train split looks mislabelled:\n\n```\n{row}\n```\n\n{says}"


def test_a_data_rows_quote_and_separator_are_not_the_arabics_own():
    """The Arabic fills a quoted field of a data row (a dataset's JSON, a CSV cell, a Python list): the quote and the
    separator closing the field are the row's, so a remark after the quoted translation is cut as after any quote."""
    for row in [
        f'{{"id": 7475, "text": "{ARABIC}", "label": "politics"}}',
        f'7475,"{ARABIC}",politics',
        f'["{ARABIC}", "politics"]',
    ]:
        rows = [("1", None, "Anas_B", _row_report(row, f'It translates to "{ENGLISH}", which has nothing to do with politics.')),
                ("2", "1", "Reem_AZ", "Will check with the annotators.")]
        assert _pair(rows) == ("1", ENGLISH), row


def test_a_long_sentence_after_the_quote_stays():
    """Near miss: a quoted field, then a whole paragraph after the quote (no short remark): the span is left as it was."""
    says = f'It translates to "{ENGLISH}", and I went through the other rows of the split with the same label and found a dozen more like it, all about travel.'
    rows = [("1", None, "Anas_B", _row_report(f'{{"text": "{ARABIC}", "label": "politics"}}', says))]
    found = _pair(rows)
    assert found[1] is None or found[1] != ENGLISH


def test_a_template_parameters_name_and_close_are_no_part_of_its_value():
    """A wiki template's parameter holding the translation ("|trans-quote=" of {{cite news}}, "|t=" of Wiktionary's {{ux}},
    "| translation = " of {{quote}}): its name, the next parameter and the template's close are no words of the value."""
    for text in [
        f"|trans-quote={ENGLISH} }}}}</ref>",
        f"| trans-quote = {ENGLISH}\n| url = https://example.org/a\n}}}}",
        f"|t={ENGLISH}}}}}",
        f"|translation={ENGLISH} |author=Ahmed Shawqi}}}}",
    ]:
        assert _tight(text) == ENGLISH, text


def test_a_bar_without_a_parameter_stays():
    """Near misses: a table's cell and a bar inside words name no parameter: left as they were."""
    assert _tight(f"|{ENGLISH}|") == ENGLISH
    assert _tight(f"a|b {ENGLISH}") == f"a|b {ENGLISH}"


def test_citation_with_trans_quote():
    """A Wikipedia editor's reference quoting an Arabic source with |trans-quote=: its value only, no "}}</ref>"."""
    ref = f"<ref>{{{{cite news |title=Interview |work=Al-Ahram |language=ar |quote={ARABIC} |trans-quote={ENGLISH} }}}}</ref>"
    rows = [("1", None, "Fadi_M", f"New ref below; the trans-quote is my translation, corrections welcome:\n\n{ref}"),
            ("2", "1", "Odette", "Thanks, that settles it.")]
    assert _pair(rows) == ("1", ENGLISH)
