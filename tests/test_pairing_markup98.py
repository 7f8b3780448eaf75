"""Issue 14: a markup language's marks around a translation are no part of its span: HTML and XML tags (a translation
memory's "<seg>", a tooltip's title="..."), a wiki template's ("{{en|1=...}}", the "}}" closing "{{lang|ar|...}}"), a
LaTeX command's ("\\footnote{...}") and Jira's ("{quote}...{quote}" under an "h4. EN" heading). A span starts at the
translation's first word and ends at its last, whatever markup its writer pasted around it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    """The translation found for the passage of comment "1"."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


def _own(text: str) -> str | None:
    """The translation found in a comment that holds both, a reply under it."""
    return _span([("1", None, "A", text), ("2", "1", "B", "Looks right to me.")])


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            'Is this unit aligned?\n\n<tu>\n  <tuv xml:lang="ar"><seg>ذهبت إلى السوق مع أختي.</seg></tuv>\n'
            '  <tuv xml:lang="en"><seg>I went to the market with my sister.</seg></tuv>\n</tu>',
            "I went to the market with my sister.",
        ),
        (
            '<blockquote lang="ar">المكتبة مغلقة يوم الجمعة.</blockquote>\n<blockquote lang="en">The library is closed on Friday.</blockquote>',
            "The library is closed on Friday.",
        ),
        ("المكتبة مغلقة يوم الجمعة.<br/>\n<i>The library is closed on Friday.</i>", "The library is closed on Friday."),
        (
            'Does the tooltip show for you?\n\n```html\n<abbr lang="ar" title="The library is closed on Friday.">المكتبة مغلقة يوم الجمعة.</abbr>\n```',
            "The library is closed on Friday.",
        ),
    ],
)
def test_tags_are_no_part_of_the_span(text: str, wanted: str) -> None:
    """Before, the span held the tags ("</seg></tuv>\\n  <tuv xml:lang="en"><seg>I went ...</seg></tuv"), or the tag's
    opening up to its attribute ("<abbr lang="ar" title="The library ...")."""
    assert _own(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "== {{int:filedesc}} ==\n{{Information\n|description={{ar|1=المكتبة مغلقة يوم الجمعة.}}\n"
            "{{en|1=The library is closed on Friday.}}\n|date=2021-03-02\n}}",
            "The library is closed on Friday.",
        ),
        (
            '== Sign at the gate ==\nThe sign reads {{lang|ar|المكتبة مغلقة يوم الجمعة.}}, in English "The library is closed on Friday.". '
            "[[User:Hadi|Hadi]] 10:04, 3 May 2024 (UTC)",
            "The library is closed on Friday.",
        ),
    ],
)
def test_wiki_templates_are_no_part_of_the_span(text: str, wanted: str) -> None:
    """Before, the span opened with the templates' marks ("}}\\n{{en|1=The library ...}}", "}}, in English "...")."""
    assert _own(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The footnote mark lands on the wrong side:\n\n\\noindent\\textarabic{ذهبت إلى السوق مع أختي.}\\footnote{I went to the market with my sister.}\\par\n",
            "I went to the market with my sister.",
        ),
        (
            "Is this how you set it?\n\n\\epigraph{\\textarabic{المكتبة مغلقة يوم الجمعة.}\\textenglish{The library is closed on Friday.}}{}\n",
            "The library is closed on Friday.",
        ),
    ],
)
def test_latex_commands_are_no_part_of_the_span(text: str, wanted: str) -> None:
    """Before, the span held the commands ("}\\footnote{I went ...}\\par")."""
    assert _own(text) == wanted


def test_jira_quote_and_heading_are_no_part_of_the_span() -> None:
    """Before, the span held the macros and the heading's label ("EN\\n{quote}I went ...{quote}"), or ran on to the
    remark under the closing macro."""
    rows = [
        ("1", None, "A", "Text from the customer's ticket:\n{quote}ذهبت إلى السوق مع أختي. المكتبة مغلقة يوم الجمعة.{quote}"),
        ("2", "1", "B", "h4. EN\n{quote}I went to the market with my sister. The library is closed on Friday.{quote}\nAssigning to QA."),
    ]
    assert _span(rows) == "I went to the market with my sister. The library is closed on Friday."



@pytest.mark.parametrize(
    "english",
    ["The library is closed on Friday. (…)", "First line: The library is closed on Friday. [...]"],
)
def test_a_mark_of_words_left_out_is_no_part_of_the_span(english: str) -> None:
    """Before, the span ended with the mark ("... Friday. [...]")."""
    rows = [
        ("1", None, "A", "Notice on the door, what does it say?\n\nالمكتبة مغلقة يوم الجمعة. ذهبت إلى السوق مع أختي."),
        ("2", "1", "B", english),
    ]
    assert _span(rows) == "The library is closed on Friday."


def test_a_closing_line_of_hashtags_is_no_part_of_the_span() -> None:
    """Before, the span ran on to the post's tags ("... Arab world.\\n\\n#Arabic #translation")."""
    rows = [
        ("1", None, "A", "يوجد في مصر أفضل طعام و أفضل موسيقى في العالم العربي.\n\n#languages"),
        ("2", "1", "B", "@wafa@hachyderm.io Egypt has the best food and music in the Arab world.\n\n#Arabic #translation"),
    ]
    assert _span(rows) == "Egypt has the best food and music in the Arab world."


@pytest.mark.parametrize(
    ("text", "arabic", "wanted"),
    [
        (
            "Khalil R  9:17 AM\nCairo, Amman, and Beirut were also reported as popular destinations.",
            "أُبلغ أيضًا عن القاهرة، وعمّان، وبيروت كوجهات شهيرة.",
            "Cairo, Amman, and Beirut were also reported as popular destinations.",
        ),
        ("The shop opens at 9:30 AM\nand closes late.", "يفتح المحل الساعة 9:30 صباحا ويغلق متأخرا.", "The shop opens at 9:30 AM\nand closes late."),
    ],
)
def test_a_slack_or_teams_header_is_a_lead(text: str, arabic: str, wanted: str) -> None:
    """Slack's and Teams' header ("Khalil R  9:17 AM" over the message) is no part of the span; before, it stayed. A time
    the Arabic holds stays."""
    assert text[extra_lead(text, 0, len(text), arabic) :] == wanted


def test_i_would_is_a_proposal_as_i_d_is() -> None:
    """Before, "would" (a word the Arabic's past tense gives) kept the lead in the span ("which I would translate as "...".")."""
    rows = [
        ("1", None, "A", "== Caption ==\nThe plaque reads {{lang|ar|أعجب الزوار بهذا المكان.}}, which I would translate as \"The visitors liked this place.\". "
         "Happy to be corrected. [[User:Rami|Rami]] 10:04, 3 May 2024 (UTC)"),
        ("2", "1", "B", ":Looks fine to me."),
    ]
    assert _span(rows) == "The visitors liked this place."
