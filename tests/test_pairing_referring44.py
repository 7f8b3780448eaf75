"""Issue 14, round 44's largest miss: a third person's later top-level comment, no reply link, translates Arabic someone
posted upthread and says which ("Translation of @hana@mastodon.social's post: ...", "the Arabic oddbit posted says ...",
"For those asking about the quote upthread: ..."). A comment whose opening words refer to another comment, by its writer's
name or handle or by its place (the OP, the top, upthread, the second comment), is tied to it as a reply is by its link;
the reference is a lead, no word of the span. What it then says must still be explained by the Arabic: a reference
followed by a remark, a joke or a disagreement stays unpaired. The wordings below are none of round 44's."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.find import _PLACE_REFERENCE, _REFERENCE_END, _named_references

FIGS = ("أحضر لنا يانّي سلّة تين من الجزائر.", "Yanni brought us a basket of figs from Algeria.")
TEACHER = "The teacher was so nice."


def _translation(writer: str, later: str, between: int = 1) -> tuple[str | None, str | None]:
    """Where the translation of ``writer``'s Arabic is found (comment, text) when a later top-level comment says ``later``,
    ``between`` unrelated top-level comments after the unanswered request under the Arabic."""
    rows = [("1", None, writer, f"Found this on a fridge magnet: {FIGS[0]}"), ("2", "1", "asker_x", "english pls")]
    rows += [(str(3 + k), None, f"bystander{k}", "Nice photo, where was this taken?" if k % 2 else "Love the colours.") for k in range(between)]
    rows.append(("99", None, "helper_y", later))
    pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
    return (pair.translation.comment if pair.translation else None), pair.translation_text


def test_reference_by_writer():
    """A handle in another platform's form, a possessive, the writer as the one who posted or the source of the quote
    (before: unpaired, or paired with the reference in the span)."""
    for writer, later in [
        ("nadia.bsky.social", f"Putting @nadia.bsky.social's skeet into English — {FIGS[1]}"),
        ("mira@social.coop", f"@mira's toot says {FIGS[1]}"),
        ("sarah_k", f"The line sarah_k shared reads {FIGS[1]}"),
        ("desert_fox", f"Re desert_fox's caption: {FIGS[1]}"),
        ("Calloway", f"The quote by Calloway at the top: {FIGS[1]}"),
    ]:
        assert _translation(writer, later) == ("99", FIGS[1]), later


def test_reference_by_place():
    """The OP, the top, the first comment, upthread: the comment the place names, beyond the comments just after it too."""
    for lead in ["(the Arabic in the first comment) means ", "The Arabic up top says ", "the top comment's Arabic says ", "For those asking about the quote upthread: "]:
        for between in [1, 6]:
            assert _translation("poster_a", lead + FIGS[1], between) == ("99", FIGS[1]), (lead, between)


def test_reference_then_no_translation():
    """A reference followed by a remark, a disagreement or another text's translation: nothing is paired."""
    for writer, later in [
        ("mira@social.coop", "What @mira@social.coop said made me want to visit Algeria again, honestly."),
        ("oddbit", "The Arabic oddbit posted says more about the photographer than the sign, lol."),
        ("fsck_ok", "fsck_ok's comment is wrong, the sign is from Tunisia, not Algeria."),
        ("ktheory", f"Re ktheory's comment: {TEACHER}"),
        ("poster_a", "Re the first post, it says nothing about figs, it is a proverb about patience."),
        ("poster_a", "OP's sign is hilarious, my aunt has the same one from Algiers."),
    ]:
        assert _translation(writer, later) == (None, None), later


def test_reference_and_its_lead():
    """What the patterns take for a reference and where its lead ends; a past verb ends it only before a colon."""
    for text, name, rest in [
        ("Translation of @hana@mastodon.social's post: Madrid is", "hana@mastodon.social", "Madrid is"),
        ("the Arabic oddbit posted says it's too", "oddbit", "it's too"),
        ("What Omar Khalil wrote: Yanni", "Omar Khalil", "Yanni"),
        ("The quote at the top (from Calloway) translates to: I can't", "Calloway", "I can't"),
        ("Translating @nadine@mastodon.online: I choose", "nadine@mastodon.online", "I choose"),
    ]:
        _, _, end = next(found for found in _named_references(text) if name in found[0])
        lead = _REFERENCE_END.match(text, end)
        assert lead is not None and text[lead.end() :] == rest, text
    text = "What @mira said made me want to go"
    _, _, end = _named_references(text)[0]
    assert _REFERENCE_END.match(text, end) is None
    assert _named_references("It was a long day, and the figs were good.") == []
    assert [m.lastgroup for m in _PLACE_REFERENCE.finditer("OP's sign, the quote upthread, the 2nd comment, an op-ed")] == ["top", "above", "nth"]


def test_authors_own_reference():
    """The author's later top-level comment naming their own text ("my sign translates to ..."): the reference is a lead that
    announces the translation (before: its words counted against it, under the bar); a remark about it stays unpaired."""
    arabic, english = "من هي اللغة الأصعب بنظرك ؟", "What is the hardest language, in your view?"
    for later, found in [(f"Sorry all, my sign translates to {english}", english), ("my comment above was a joke, please ignore it, nothing to see", None)]:
        rows = [("1", None, "kiln_gods", arabic), ("2", "1", "wedging_will", "what cone did you fire to?"),
                ("3", None, "slip_trailer", "Anyone have tips for centering on a kick wheel?"), ("4", None, "kiln_gods", later)]
        pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
        assert pair.translation_text == found, later
