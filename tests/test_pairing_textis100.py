"""Issue 14 (bilingual/pairing/cues.py _GOES_AS, _TEXT_IS): a lead that names the text or the answer and says what it is,
before a colon ("In short the message is: ...", "the text is: ...", "The accepted answer is: ...", "It should be: ..."),
presents what follows as that text: it introduces a translation as "it's: ..." does. Before, such a lead was passed
but marked nothing, and a loose Egyptian translation so led stayed under the bar."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs


@pytest.mark.parametrize(("text", "lead"), [
    ("In short the message is: I had a great time there.", "In short the message is: "),
    ("Leaving out the chain of narrators, the text is: That's it.", "Leaving out the chain of narrators, the text is: "),
    ("The accepted answer is: So no, I didn't make friends.", "The accepted answer is: "),
    ("Close, but it should be: You and I make a good team.", "Close, but it should be: "),
    ("The key sentence would be: I was upset.", "The key sentence would be: "),
])
def test_a_lead_saying_what_the_text_is_marks_the_translation(text, lead):
    assert cues.lead_in(text, 0, len(text)) == len(lead)
    assert cues.marked(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "The thing is: we are closed on Fridays.",
    "The problem is: nobody here reads Arabic.",
    "It is a nominal sentence: the subject comes first.",
])
def test_a_copula_after_another_noun_marks_nothing(text):
    assert not cues.marked(text, 0, len(text))


def test_the_message_is_leads_a_reply_under_the_post():
    rows = [
        ("1", None, "bassam_o", "و أنبسط فيهم, بس ماحبش أروح حاجات منهم تاني يعني\n🫒"),
        ("2", "1", "sami_t", "In short the message is: I had a great time there, but I don't want to go there again"),
    ]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [
        "I had a great time there, but I don't want to go there again",
    ]


def test_the_text_is_leads_the_matn_of_a_hadith():
    rows = [
        ("1", None, "Rupert", "What does this narration say? حدثنا مسدد، قال: حدثنا يحيى، عن شعبة، عن قتادة، عن أنس بن مالك رضي الله "
         "عنه، عن النبي صلى الله عليه وسلم قال: «بس، و كان ايه تاني السؤال؟»"),
        ("2", "1", "Hala.M", "Leaving out the chain of narrators, the text is: That's it, and what was the question?"),
    ]
    assert [p.translation_text for p in pairs(make_thread(rows))] == ["That's it, and what was the question?"]


def test_unrelated_english_so_led_stays_unpaired():
    rows = [
        ("1", None, "Mona", "أنا مش فاكرة كان اسمه إيه بس كان فيلم حلو أوي"),
        ("2", "1", "Dave", "In short the message is: the train leaves at noon and the tickets are sold out."),
    ]
    assert [p.translation for p in pairs(make_thread(rows))] == [None]
