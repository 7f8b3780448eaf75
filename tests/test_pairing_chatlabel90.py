"""Issue 14, round 35's tuned half: a chat row's label alone on its line, the message under it, as Zoom saves a meeting's
chat ("21:14:03 From Rami to Everyone:" then the message on the next line, indented by a tab) or a chat copied with its
labels over the messages ("[09:12] Priya:"): the label is no segment of English, so the translation under it starts at its
first word and no window pays for leaving the label out."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces


@pytest.mark.parametrize("label", ["21:14:03 From Rami_K to Everyone:", "09:02:51 From Hana.M to Me:", "[09:12] Priya Nair:",
                                   "12/03/2024, 07:52 - karim_e:"])
def test_a_chat_rows_label_alone_on_its_line_is_no_segment(label: str) -> None:
    text = f"{label}\n\tI left my umbrella on the train."
    assert introduces(text, 0, len(label))


def test_a_zoom_chats_message_is_the_translation_without_its_label() -> None:
    arabic = "السفر يعني انا سافرت لو بنتكلم عن برا مصر فانا سافرت مع أهلى برة مصر أكتر من مرة"
    english = "If we're talking about travel, I've been outside Egypt with my family more than once."
    rows = [("1", None, "A", f"10:31:07 From Omar_F to Everyone:\n\t{arabic}"),
            ("2", "1", "B", f"10:31:40 From Rami_K to Everyone:\n\t{english}")]
    assert pairs(make_thread(rows))[0].translation_text == english
