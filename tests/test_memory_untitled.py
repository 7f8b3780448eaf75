"""Issue 20: pairing's index of the thread's texts shares each comment's own text where reading it changes nothing.

``_untitled`` lowers the lines written in Title Case. For a text of several lines with none such, the substitution
joined an equal copy: 5,477 of them (2.2 MiB) in the index on the 30,000-comment distinct-sentence thread.
"""

from __future__ import annotations

from bilingual.pairing.find import _thread_maps, _untitled
from bilingual.threads import Comment, Thread


def test_a_text_of_several_lines_with_no_title_line_is_itself() -> None:
    text = "The first line is plain.\nThe second one too.\nAnd a third"
    assert _untitled(text) is text


def test_a_title_line_is_still_lowered() -> None:
    text = "A plain line here.\nThe Story Of The King And The Sea"
    out = _untitled(text)
    assert out == "A plain line here.\nthe story of the king and the sea"
    assert len(out) == len(text)


def test_the_index_shares_the_comments_own_texts() -> None:
    comments = [
        Comment("a", None, "x", 0, "She wrote this.\nThen that."),
        Comment("b", "a", "y", 1, "Reply line one.\nReply line two."),
        Comment("c", None, "x", 0, "One line only"),
    ]
    texts, _ = _thread_maps(Thread(None, comments, "jsonl"))
    for c in comments:
        assert texts[c.id] is c.text
