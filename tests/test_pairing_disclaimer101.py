"""Issue 14, a closing remark in brackets in which the translator disclaims their Arabic or invites correction, with a
few words of its own around the hedge ("(not a native speaker, so take it with a grain of salt)", "[i'm not a native
speaker so correct me if i'm wrong]"): the span ran on into it, since only a remark that was nothing but the hedge was a
note. A remark ending on such a disclaimer (cues._DISCLAIMER, cues._DISCLAIMED) is now a note after the translation; a
sentence of the translation that only mentions a native speaker stays in it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

NEWS = "أعلنت وزارة الصحة يوم الثلاثاء عن تسجيل 120 إصابة جديدة بفيروس كورونا، ليرتفع العدد الإجمالي إلى 4500 حالة منذ بداية الوباء."
NEWS_EN = ("On Tuesday the Ministry of Health announced 120 new coronavirus infections, bringing the total to 4,500 cases "
           "since the start of the pandemic.")


def _found(arabic: str, reply: str) -> list[str | None]:
    """The English the passage of comment 1 is paired with: a plain reply two comments down, after chatter."""
    rows = [("1", None, "A", "From the notice board: " + arabic), ("2", "1", "B", "Saving this."),
            ("3", "2", "C", "did anyone bring the ladder back"), ("4", "3", "D", reply)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]


@pytest.mark.parametrize("remark", [
    " (not a native speaker, so take it with a grain of salt)",
    " [i'm not a native speaker so correct me if i'm wrong]",
    " (non native speaker here so take this with a grain of salt)",
])
def test_a_disclaimer_after_the_translation_is_left_out(remark: str) -> None:
    assert _found(NEWS, NEWS_EN + remark) == [NEWS_EN]


def test_a_sentence_naming_a_native_speaker_stays_in_the_translation() -> None:
    arabic = "قالت ليلى إنها ستتأخر ساعة. أمها متحدثة أصلية للفرنسية."
    english = "Layla said she would be an hour late. Her mother is a native French speaker."
    assert _found(arabic, english) == [english]
