"""Issue 14 (bilingual/pairing/cues.py _LEAD_IN, _GOES_AS): leads that name the English itself before it ("The English is
"...", "The translation is ...", "In English it's "..."") and a reader relaying what someone posted ("this is what uncle
posted: ...") were no lead-ins: the span started at "The English is", and the English was not marked as a translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import cues, pairs


@pytest.mark.parametrize(("text", "lead"), [
    ('The English is "Don\'t you expect something to happen?"', 'The English is "'),
    ("The translation is The sea was calm that night.", "The translation is "),
    ("In English it's “The sea was calm that night.”", "In English it's “"),
    ("For mum's friends, this is what dad posted: The sea was calm that night.", "For mum's friends, this is what dad posted: "),
])
def test_the_lead_is_passed_and_marks_the_translation(text, lead):
    assert cues.lead_in(text, 0, len(text)) == len(lead)
    assert cues.marked(text, 0, len(text))


@pytest.mark.parametrize("text", ["The translation is wrong.", "The meaning is unclear to me."])
def test_a_remark_on_the_translation_is_no_lead(text):
    assert cues.lead_in(text, 0, len(text)) == 0


def test_i_posted_marks_nothing():
    text = "I posted: the shop is closed today."
    assert not cues.marked(text, 0, len(text))


def test_what_someone_posted_relayed_by_a_relative_is_paired():
    rows = [
        ("1", None, "Guestbook", "From the family of the departed. لا تؤجل عمل اليوم إلى الغد."),
        ("2", None, "Margaret H.", "May his memory be a blessing."),
        ("3", None, "Omar", "For mum's friends, this is what dad posted: Never put off till tomorrow what you can do today.\n\nThank you all for your kind words."),
    ]
    assert [p.translation_text for p in pairs(make_thread(rows))] == ["Never put off till tomorrow what you can do today."]
