"""Sets found empty are one object (issue 20 item 2: at most 10x the input). ``frozenset()`` makes a new 216-byte object
each time; the per-word caches and the analyses pairing keeps held 19,442 of them (4.0 MiB) at the end of its first step
on the first 10,000 lines of the 100,000-comment thread whose passages seldom repeat. Each site gives
:data:`bilingual.align.sets.EMPTY` now, equal to any empty set as before; the names' fuzzy index holds equal sets once."""

from __future__ import annotations

from bilingual.align import anchors, names, words
from bilingual.align.sets import EMPTY, frozen
from bilingual.pairing import evidence, find


def test_frozen() -> None:
    assert frozen([]) is EMPTY and frozen(x for x in ()) is EMPTY
    assert frozen("ab") == frozenset("ab") and frozen([1, 1]) == frozenset({1})
    assert EMPTY == frozenset()


def test_word_caches_give_the_one_empty_set() -> None:
    known = next(s for s in words.table_tokens("أنا لا أريد أن تتأخر على الصف") if s in words.lexicon().t)
    assert evidence._stripped_stem.__wrapped__(known) is EMPTY  # a word the table knows: no senses without clitics
    assert evidence._loose_stem.__wrapped__(words.NULL) is EMPTY
    assert names.arabic_skeletons.__wrapped__("في") is EMPTY  # no stem of three letters
    assert words.arabic_concepts("") is EMPTY
    assert words.english_concepts("") is EMPTY and words.english_concepts("", loose=True) is EMPTY
    assert find._arabic_names.__wrapped__(("",)) is EMPTY


def test_anchors_give_the_one_empty_set() -> None:
    segment = anchors._arabic_anchors("طالما أننا نعيش، علينا أن نعمل")
    assert segment.weak_names is EMPTY and segment.skeletons
    pair = anchors._merge([segment, anchors._arabic_anchors("١٢٣")])
    assert pair.weak_names is EMPTY and pair.words is EMPTY and pair.skeletons == segment.skeletons
    english = anchors._english_anchors(anchors._english_words("he ran"), frozenset())
    assert english.weak_names is EMPTY and english.skeletons is EMPTY
    assert anchors._english_words("123").words is EMPTY


def test_names_fuzzy_index_holds_equal_sets_once() -> None:
    fuzzy = names._names().arabic_fuzzy
    assert len({id(v) for v in fuzzy.values()}) == len(set(fuzzy.values())) < len(fuzzy)
