"""Issue 14, spans: a last paragraph all in brackets, opened and closed, after the translation ("(It went up in 1987, when it
cost about £40 to have one made.)") is the replier's aside about the thing, not the translation's end, up to two sentences
(:data:`~bilingual.pairing.edges._REMARK_PARAGRAPH_WORDS` words); a bracket left open or a paragraph not in brackets is
held to a sentence's length as before."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import edges, pairs

ARABIC = "قلت إنك تعاني من هذا الألم بالصدر أفادت وكالة أسوشيتد برس بأن هناك ما لا يقل عن 126000 حالة إصابة بمرض كوفيد-19 في جميع أنحاء العالم من يوم الخميس، وأكثر من 4600 حالة وفاة."
ENGLISH = ("you said you're having this chest pain As of Thursday, Associated Press reported there were at least 126,000 cases "
           "of COVID-19 worldwide, resulting in over 4,600 deaths.")


def test_closed_bracket_paragraph_is_an_aside():
    """The end of a span with a closed bracketed paragraph of 12 words after it: before it (before: it took it in)."""
    for aside in ["(It went up in 1987, when it cost about £40 to have one made.)", "(We put it up in 1987 and it cost about £40 to have it made.)"]:
        text = ENGLISH + "\n\n" + aside
        assert edges._aside(text, 0, len(text), ARABIC) == len(ENGLISH), aside
    text = ENGLISH + "\n\n(It went up in 1987, when it cost about £40 to have one made and then some"
    assert edges._aside(text, 0, len(text), ARABIC) == len(text)


def test_reply_with_a_closed_aside_is_paired_without_it():
    """The reply under a sign's lettering, its translation and a dated aside: the span is the translation."""
    rows = [("1", None, "SamirCodes", "Lettering on an old tin sign we were given for the museum:\n\n" + ARABIC),
            ("2", "1", "Mounir_B", ENGLISH + "\n\n(It went up in 1987, when it cost about £40 to have one made.)")]
    pair = next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
    assert pair.translation_text == ENGLISH
