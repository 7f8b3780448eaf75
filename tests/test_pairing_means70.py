"""Issue 14 (rounds 16, 27 and 29's tuned spans; bilingual/pairing/edges.py): "That means ..." opening a translation.

"That means", "this means", "which means" before the English is a lead (cues.lead_in and edges.extra_lead pass over it:
"it means the shop is closing early"), unless the Arabic opens with its own "this means": a demonstrative beside its
verb of meaning (يعني هذا, وهذا يعني, ذلك يعني) or "which means" (مما يعني). Then the words translate it and stay:
edges.means_opening. Egyptian يعني alone, a filler, gives no such opening."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _span(arabic: str, english: str) -> str | None:
    found = [p.translation_text for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)])) if p.translation]
    return found[0] if len(found) == 1 else None


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("هذا يعني أن المدرسة ستغلق أبوابها يوم الخميس.", "This means the school will close its doors on Thursday.", None),
    ("يعني هذا أن الرحلة تأجلت إلى الأسبوع القادم.", "That means the trip was postponed to next week.", None),
    ("وهذا يعني أننا سنحتاج إلى المزيد من المتطوعين.", "And this means we will need more volunteers.", None),
    ("وهذا يعني أننا سنحتاج إلى المزيد من المتطوعين.", "Translation: This means that we will need more volunteers.",
     "This means that we will need more volunteers."),
    ("مما يعني أن الأسعار سترتفع مرة أخرى.", "which means prices will go up again.", None),
    ("يعني ذلك أن الطقس سيكون باردا غدا.", "for those asking: That means the weather will be cold tomorrow.",
     "That means the weather will be cold tomorrow."),
])
def test_the_arabics_own_this_means_keeps_that_means_in_the_translation(arabic, english, wanted):
    assert _span(arabic, english) == (wanted or english)


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("الرحلة تأجلت إلى الأسبوع القادم.", "That means the trip was postponed to next week.", "the trip was postponed to next week."),
    ("المحل هيقفل بدري النهارده", "it means the shop is closing early today", "the shop is closing early today"),
    ("يعني المحل هيقفل بدري النهارده", "it means the shop is closing early today", "the shop is closing early today"),
    ("أنا يعني مش فاهم حاجة خالص", "it means I don't understand anything at all", "I don't understand anything at all"),
])
def test_that_means_stays_a_lead_where_the_arabic_does_not_open_with_it(arabic, english, wanted):
    assert _span(arabic, english) == wanted
