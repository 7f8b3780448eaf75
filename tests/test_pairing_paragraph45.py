"""Issue 14 (round 23's hn-translation-before and usenet-nested-quote; bilingual/pairing/edges._paragraph_before): a
paragraph of the writer's own before the translation of one paragraph of Arabic ("Saw this on my feed this morning and it
stuck with me.\\n\\n...") is no part of its span, where the paragraphs after it read as a translation from the Arabic's
start and come nearer its length without it; a translation written in two paragraphs stays whole. And a dashed lead
before a translation whose Arabic has a hyphen of its own (كوفيد-19) is still a lead (edges._framed_lead)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

HEADED = [
    ("لا يستطيع توم أن يقرر هل يشتري حاسوبًا جديدًا الآن أم ينتظر بضعة أشهر.", "Saw this on my feed this morning and it stuck with me.",
     "Tom can't decide whether to buy a new computer now or wait a few more months."),
    ("مش عارف اقولهالك ازاي الصراحة بحب البحر نفسه", "Reposting from the other thread.", "I don't know honestly how to say this, I like the sea itself"),
]
TWO_PARAGRAPHS = [
    ("أعاد سامي بناء حياته و أصبح طبيبا بارزا. احتاج فاضل لممارسة العربيّة مع ناطقين أصليّين.",
     "Sami rebuilt his life and became a prominent doctor.\n\nFadil needed to practise Arabic with native speakers."),
    ("يبدأ الدوام الدراسي في الثامنة و النصف. أتذكر الحادثة بكل وضوح وكأنها حدثت البارحة فقط.",
     "School begins at eight-thirty.\n\nI remember the event as clearly as if it had happened just yesterday."),
]
HYPHENATED = [
    ("في 5 مارس 2020، أعلنت لاب كورب عن توفُّر اختبار كوفيد-19 في جميع أنحاء البلاد.", "On 5 March 2020, LabCorp announced nationwide availability of COVID-19 testing."),
    ("تشمل أعراض كوفيد-19 الحمى والسعال وضيق التنفس.", "Symptoms of COVID-19 include fever, cough and shortness of breath."),
]


def _translations(rows: list[tuple[str, str | None, str, str]]) -> list[str]:
    text = {cid: t for cid, _, _, t in rows}
    return [text[str(p.translation.comment)][p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("layout", ["reply", "after the Arabic", "before the Arabic"])
@pytest.mark.parametrize(("arabic", "head", "english"), HEADED, ids=[head for _, head, _ in HEADED])
def test_a_paragraph_of_the_writers_own_before_a_translation_is_no_part_of_it(arabic, head, english, layout):
    rows = {
        "reply": [("1", None, "A", arabic), ("2", "1", "B", f"{head}\n\n{english}")],
        "after the Arabic": [("1", None, "A", f"{arabic}\n\n{head}\n\n{english}")],
        "before the Arabic": [("1", None, "A", f"{head}\n\n{english}\n\nThe original: {arabic}")],
    }[layout]
    assert _translations(rows) == [english]


@pytest.mark.parametrize(("arabic", "english"), TWO_PARAGRAPHS)
def test_a_translation_in_two_paragraphs_stays_whole(arabic, english):
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", english)]) == [english]


@pytest.mark.parametrize("lead", ["Transaltion -- ", "Roughly — "])
@pytest.mark.parametrize(("arabic", "english"), HYPHENATED)
def test_a_dashed_lead_is_a_lead_though_the_arabic_has_a_hyphen(arabic, english, lead):
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", lead + english)]) == [english]
