"""Issue 14, round 30's tuned half: a reply opens with "So basically" before the translation, in lower case or not ("So
basically it is very important ...", "So basically no, all my travelings ..."); a gist word was a lead only alone before
a capital, so "So basically" stayed in the span. The writer's capitalised "So" opening the reply frames what follows;
"so basically" after a label ("(en) so basically he says ...") is still the translation's own."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "من المهم للغاية أن تقوم السلطات الصحية بتعديل وقت الحجر الصحي الفعال بناءً على أدق فترة حضانة."
_ENGLISH = "it is very important for health authorities to adjust the effective quarantine time based on the most accurate incubation period."


@pytest.mark.parametrize("lead", ["So basically ", "So basically, ", "Ok so roughly "])
def test_so_basically_before_a_translation_is_no_part_of_it(lead: str) -> None:
    rows = [("1", None, "A", _ARABIC), ("2", "1", "B", "did anybody screenshot it"), ("3", "1", "C", lead + _ENGLISH)]
    assert pairs(make_thread(rows))[0].translation_text == _ENGLISH


def test_so_basically_marks_no_translation() -> None:
    arabic = "دون معرفة الإجابات عن رقمي 1 و2، لا يمكننا إيقاف الانتقال بكفاءة، ويمكن أن يعود التفشي مرة أخرى في أي وقت."
    summary = "So basically this guy is going on about the transmission and the efficiently, typical of that neighbourhood. Honestly I'd ignore it."
    assert pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", summary)]))[0].translation is None
