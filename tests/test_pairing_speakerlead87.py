"""Issue 14 (bilingual/pairing/cues.py _SPEAKER, _points_up, "mine says"): leads a commenter writes before what someone
said ("The old man says The garden ...", "the guy at 2:13 is saying ...": someone in a video named by who they are), a
Reddit caret pointing at the comment above ("^ that means "..."") and a reader's own copy named ("Mine says "...""),
are passed like "He says" and "It means": the span starts at the translation, and the lead marks it as one."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs


@pytest.mark.parametrize(("text", "lead"), [
    ("The old man says The garden was full of flowers.", "The old man says "),
    ("the guy at 2:13 is saying We are not leaving.", "the guy at 2:13 is saying "),
    ("The driver in the video said Get out of my way!", "The driver in the video said "),
    ('^ that means "Jim detonated his belt."', '^ that means "'),
    ("Mine says The key is patience.", "Mine says "),
])
def test_the_lead_is_passed_and_marks_the_translation(text, lead):
    assert cues.lead_in(text, 0, len(text)) == len(lead)
    assert cues.marked(text, 0, len(text))


@pytest.mark.parametrize("text", ["The guy says I am late.", "The man says it is fine.", "The article says The virus spreads."])
def test_reported_speech_of_the_writer_or_a_text_is_no_such_lead(text):
    assert cues.lead_in(text, 0, len(text)) == 0


def test_a_reply_elsewhere_naming_the_speaker_translates_the_arabic_above_it():
    rows = [
        ("1", None, "A", "The best part of the video is at 1:20 when he shouts: انتظر سامي حتى اليوم التالي."),
        ("2", None, "B", "and the old woman answers كانت الحديقة مليئة بالزهور."),
        ("3", "1", "C", "The old man says The garden was full of flowers. lol"),
    ]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [None, "The garden was full of flowers."]


def test_a_caret_before_a_lead_is_passed():
    rows = [("1", None, "A", "Caption of this photo: فجر جيم حزامه الناسف."), ("2", "1", "B", '^ that means "Jim detonated his explosive belt."')]
    assert [p.translation_text for p in pairs(make_thread(rows))] == ["Jim detonated his explosive belt."]


def test_mine_says_is_passed_before_the_translation_of_the_arabic_below():
    english = "Note however that the disease is new, our knowledge is growing; hence, the strategies of treatment are also updated."
    arabic = "يرجى ملاحظة أن المرض جديد، وتزداد معرفتنا؛ ومن ثم يتم أيضًا تحديث استراتيجيات العلاج."
    rows = [("1", None, "A", "Post your engraved rings!"), ("2", "1", "B", f'Mine says "{english}" (the Arabic is below):\n{arabic}\nLove it')]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [english]
