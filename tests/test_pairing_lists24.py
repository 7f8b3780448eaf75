"""Issue 14, thirty-eighth round (bilingual/pairing/lists.py): an Arabic list, each item a passage of its own, is
paired as the one passage its items make, and each item is then given its own English: the English item of the
same place when the English is a list of as many items, else the English its clauses are aligned with."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import find_pairs, pairs
from bilingual.pairing.lists import lists
from bilingual.segment import passages

ITEMS = ["أنا أحب القهوة كثيرا.", "أين تسكن الآن؟"]
ENGLISH = ["I love coffee very much.", "Where do you live now?"]


@pytest.mark.parametrize("bullet", ["- ", "1. ", "• "])
def test_an_english_list_answering_an_arabic_list_gives_each_item_its_own(bullet):
    arabic = "\n".join(f"{bullet}{item}" for item in ITEMS)
    english = "Here's each one:\n" + "\n".join(f"{bullet}{line}" for line in ENGLISH)
    found = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)]))
    assert [p.passage.text for p in found] == [item.rstrip(".") for item in ITEMS]
    assert [p.translation_text for p in found] == ENGLISH
    for p in found:
        assert p.alignment is not None and p.alignment.source[0][0] == p.passage.location.start
        assert p.translation is not None and (p.translation.start, p.translation.end) == p.alignment.target[0]


def test_one_english_paragraph_translating_the_list_pairs_each_item():
    arabic = "\n".join(f"- {item}" for item in ITEMS)
    found = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "A", " ".join(ENGLISH))]))
    assert len(found) == 2 and all(p.translation is not None for p in found)
    assert [p.translation_text for p in found] == ENGLISH  # each item its sentence


def test_an_unpaired_list_leaves_each_item_unpaired():
    arabic = "\n".join(f"- {item}" for item in ITEMS)
    found = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", "- Nice weather.\n- See you at noon.")]))
    assert len(found) == 2 and all(p.translation is None for p in found)


def test_passages_that_are_no_list_are_not_grouped():
    thread = make_thread([("1", None, "A", f"{ITEMS[0]}\n\n{ITEMS[1]}"), ("2", None, "A", f"- {ITEMS[0]}\n- {ITEMS[1]}")])
    found = passages(thread)
    assert lists(found, thread.text_of) == [[2, 3]]


def test_a_wrong_number_of_given_clauses_is_still_one_line():
    thread = make_thread([("1", None, "A", "\n".join(f"- {item}" for item in ITEMS))])
    with pytest.raises(ValueError, match="1 clause lists for 2 passages"):
        find_pairs(thread, passages(thread), segments=[[(2, 10)]])
