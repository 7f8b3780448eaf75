"""A translation split over several comments is judged on its parts' anchors together (issue 14: split
translations of ArzEn-ST and Arabizi were missed, each part charged for the Arabic anchors another part held).
Wordings of my own."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.similarity import prepare_source, prepare_target
from bilingual.pairing import find, pairs


def _spared(rows: list[tuple[str, str | None, str | None, str]], monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """What :func:`find._split_charges` gave back for every candidate of the thread's passage."""
    seen: list[float] = []
    real = find._split_charges

    def record(source, aligned):  # type: ignore[no-untyped-def]
        seen.append(real(source, aligned))
        return seen[-1]

    monkeypatch.setattr(find, "_split_charges", record)
    pairs(make_thread(rows))
    return seen


SPLIT = [
    [("1", None, "A", "مكنتش متخيل إن الشغل ده هياخد مني الوقت ده كله، كل يوم بروّح الساعة ١٠ بالليل ومبلحقش أشوف ولادي خالص"),
     ("2", "1", "B", "what does it say?"),
     ("3", "2", "A", "I didn't imagine this work would take all this time from me, (cont.)"),
     ("4", "3", "A", "every day I go home at 10 at night and I don't get to see my kids at all.")],
    [("1", None, "A", "e7na kona sakneen fe shobra, ba3d kda na2alna el tagamo3 3shan el madrasa b3eeda, bs ana lessa ba7en lel 7etta el 2adima"),
     ("2", "1", "B", "translation?"),
     ("3", "2", "A", "We used to live in Shubra, then we moved to Tagamoa since school was far, (cont.)"),
     ("4", "3", "A", "but I still miss the old area.")],
    [("1", None, "A", "la2 msh kda 5ales, ana kont fakra en el mawdoo3 sahl bs tele3 sa3b gedan w 2a3adt yomen a7el fe moshkela wa7da"),
     ("2", "1", "B", "tr pls"),
     ("3", "2", "A", "No, not at all, I thought the thing was easy (cont.)"),
     ("4", "3", "A", "but it turned out really hard and I sat two days solving one problem.")],
]


@pytest.mark.parametrize("rows", SPLIT)
def test_a_split_translation_is_not_charged_for_what_its_other_part_holds(rows, monkeypatch: pytest.MonkeyPatch) -> None:
    spared = _spared(rows, monkeypatch)
    assert spared and max(spared) > 0.5
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and {found[0].translation.comment, *(c.comment for c in found[0].continued)} == {"3", "4"}


@pytest.mark.parametrize("rows", [
    # two unrelated replies after a request, joined by the writer's "(cont.)": each holds a common "not"/"but" by chance
    [("1", None, "A", "بحب القهوة الصبح جدا، بس مش بقدر اشربها بالليل عشان مش بعرف انام."), ("2", "1", "B", "what does it say?"),
     ("3", "2", "A", "I think the new phone is not worth the money (1/2)"), ("4", "3", "A", "but all my friends bought it anyway, not me. (2/2)")],
    [("1", None, "A", "ana msh 3aref a3mel eh fel shoghl el gded, el modeer bta3y sa3b awy w kol yom fe meeting."), ("2", "1", "B", "what does this mean"),
     ("3", "2", "A", "Did anyone watch the game yesterday? (cont)"), ("4", "3", "A", "The referee was terrible, but what can you do.")],
])
def test_unrelated_parts_are_not_joined_into_a_pair(rows, monkeypatch: pytest.MonkeyPatch) -> None:
    assert all(s < 0.5 for s in _spared(rows, monkeypatch))
    assert pairs(make_thread(rows))[0].translation is None


def test_source_tally_counts_the_anchors_both_sides_have_and_charges_those_the_english_lacks() -> None:
    source = prepare_source(("وصلت الساعة ١٠ يوم ٣ مايو.",))
    held, lacking = prepare_target(("I arrived at 10 on 3 May.",)), prepare_target(("I arrived late.",))
    anchors = find._DECISION_ANCHORS
    assert anchors.source_tally(source, held, [0], [0])[0] > anchors.source_tally(source, lacking, [0], [0])[0]
    assert anchors.source_tally(source, held, [0], [0])[1] < anchors.source_tally(source, lacking, [0], [0])[1]
