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
