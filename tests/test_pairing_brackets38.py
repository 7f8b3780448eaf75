"""Issue 14: a translation in brackets inside the writer's sentence ends where its bracket closes, brackets of its own
inside it closed first ("[... Administration (OSHA), ... coworkers.]. Any thoughts on the dating?"), when the Arabic has
brackets too; before, the span ran on over the writer's question."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs


def _found(text: str) -> str | None:
    (pair,) = pairs(make_thread([("1", None, "A", text)]))
    return pair.translation_text


def test_a_square_bracket_holding_round_ones_closes_the_span() -> None:
    english = (
        "According to the U.S. Occupational Safety and Health Administration (OSHA), lower exposure risk jobs have minimal "
        "occupational contact with the public and other coworkers."
    )
    text = (
        "The marginal note says وفقًا لإدارة السلامة والصحة المهنية الأمريكية (أوه إس إتش أيه)، تنطوي الوظائف التي تشمل تعرضًا أقل "
        f"للمخاطر على الحد الأدنى للتواصل مع العامة وزملاء العمل الآخرين. [{english}]. Any thoughts on the dating?\n\nWith thanks,\nM. Haddad"
    )
    assert _found(text) == english


def test_a_bracket_within_the_bracketed_translation_stays() -> None:
    """Before, the span kept the outer bracket's close ("... on Sunday.)")."""
    text = "The caption reads أغلقت المدارس (والجامعات) يوم الأحد. (Schools (and universities) closed on Sunday.) Is that right?"
    assert _found(text) == "Schools (and universities) closed on Sunday."
