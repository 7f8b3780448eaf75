"""Issue 14, missed translations: a careless translation typed fast, two neighbouring letters swapped ("i cant fnid my
keys", "the shcool is colsed becuase of the snow"), had its misspelt words unknown to the word table, so a third person's
reply or the author's later comment in a chat room fell below the threshold. A word the table lacks that a swap of two
neighbouring letters makes a word it has is read as that word; unrelated English with typos stays unpaired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import english_tokens, spelled_stem
from bilingual.pairing import pairs

TYPED = [("لا أستطيع أن أجد مفاتيحي.", "i cant fnid my keys"), ("المدرسة مغلقة بسبب الثلج.", "the shcool is colsed becuase of the snow"),
         ("هل يمكنك أن تساعدني في الواجب؟", "can you hlep me with the hoemwork")]
UNRELATED = ["no idea honsetly, i just liked the pciture", "cant rememebr where i found it sorry", "it was on a wlal in my grandmas hosue",
             "this is my fvaourite song form the radio", "hahah i love this, waht a clasic"]


def _translation(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    return next((p.translation.comment for p in pairs(make_thread(rows)) if p.passage.location.comment == "1" and p.translation is not None), None)


def test_a_swapped_pair_of_letters_reads_as_the_word_the_table_knows():
    assert [spelled_stem(w) for w in ("sattion", "wacth", "usulaly", "tsaks", "cuold")] == ["station", "watch", "usually", "task", "could"]
    assert [spelled_stem(w) for w in ("form", "station", "sami", "teh")] == ["form", "station", "sami", "teh"]  # known, a name, short
    assert english_tokens("cuold you give me a ride to the sattion") == english_tokens("could you give me a ride to the station")


@pytest.mark.parametrize(("arabic", "english"), TYPED)
def test_a_third_persons_careless_translation_is_paired(arabic: str, english: str):
    """Before, none of these three was paired (scores 0.62-0.81 < 0.87)."""
    assert _translation([("1", None, "A", arabic), ("2", "1", "C", english)]) == "2"


@pytest.mark.parametrize(("arabic", "english"), TYPED)
def test_the_authors_careless_translation_in_a_chat_room_is_paired(arabic: str, english: str):
    rows = [("1", None, "A", arabic), ("2", None, "B", "what does that mean"), ("3", None, "C", "no idea"), ("4", None, "A", english)]
    assert _translation(rows) == "4"


@pytest.mark.parametrize("english", UNRELATED)
def test_unrelated_english_with_typos_stays_unpaired(english: str):
    for arabic, _ in TYPED:
        assert _translation([("1", None, "A", arabic), ("2", "1", "C", english)]) is None
        assert _translation([("1", None, "A", arabic), ("2", "1", "B", "what does this mean?"), ("3", "2", "A", english)]) is None
