"""Issue 14, one reply answering two requests at once: "First post: <English>\nSecond post: <English>" under two
Arabic comments. A label naming by its place which post or comment a line translates ("Second post:", "2nd comment:")
said nothing, so the second post's translation, in a comment beside it (no reply to it), was not looked at
(only English introduced as a translation is, there). It now introduces the line (cues._POST_PLACE)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked

FUJI = "لم يسبق لي أن تسلقت جبل فوجي."
TRAIN = "تأخر القطار ساعتين بسبب الثلج."


def _paired(answer: str) -> dict[str, str | None]:
    """Each Arabic comment's English, where one reply under the first request answers both."""
    rows = [
        ("1", None, "A", FUJI), ("2", None, "B", TRAIN),
        ("3", "1", "C", "any Arabic speakers here?"), ("4", "2", "D", "can someone tell me what this says"),
        ("5", "3", "E", answer),
    ]
    return {str(p.passage.location.comment): p.translation_text for p in pairs(make_thread(rows))}


@pytest.mark.parametrize(("first", "second"), [
    ("First post:", "Second post:"),
    ("1st comment:", "2nd comment:"),
    ("Re the first post:", "Re the second post:"),
])
def test_both_posts_paired(first: str, second: str) -> None:
    answer = f"Answering both of you at once.\n{first} I've never climbed Mt. Fuji.\n{second} The train was two hours late because of the snow."
    assert _paired(answer) == {"1": "I've never climbed Mt. Fuji.", "2": "The train was two hours late because of the snow."}


@pytest.mark.parametrize("line", [
    "First post: Mine too.",
    "Second comment: The train was two hours late.",
])
def test_label_marks(line: str) -> None:
    assert marked(line, 0, len(line))


@pytest.mark.parametrize("line", [
    "First post here, the train was two hours late.",
    "The second post was better.",
])
def test_no_label_no_mark(line: str) -> None:
    assert not marked(line, 0, len(line))


def test_post_named_no_part() -> None:
    rows = [
        ("1", None, "A", FUJI), ("2", None, "B", TRAIN),
        ("3", "1", "C", "any Arabic speakers here?"), ("4", "2", "D", "can someone tell me what this says"),
        ("5", "3", "E", "Answering both of you at once.\nFirst post: I've never climbed Mt. Fuji.\nSecond post: The train was two hours late because of the snow."),
    ]
    assert [p.flags for p in pairs(make_thread(rows))] == [(), ()]
