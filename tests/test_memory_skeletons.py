"""Issue 20 (mem37): the Arabic words' consonant skeletons (:func:`bilingual.align.names.arabic_skeletons`, a cache of
65,536 words) share one set for equal sets and one string for each skeleton (also :func:`~bilingual.align.names.english_skeleton`'s):
a set of 216 bytes and its strings for each word held 4.5 MB of the 30,000-comment distinct-sentence thread at pairing's
peak. The values are the same; :func:`bilingual.pairing.forget_texts` lets the shared sets go with the caches."""

from __future__ import annotations

import pytest

from bilingual.align import names
from bilingual.align.names import arabic_skeletons, english_skeleton
from bilingual.pairing import forget_texts


def test_words_of_the_same_skeletons_share_one_set() -> None:
    first, second = arabic_skeletons("سامي"), arabic_skeletons("وسامي")  # the name, and with a clitic
    assert first == second == arabic_skeletons("سما") | first
    assert "SM" in first
    assert first is second, "two words of the same skeletons hold a set each"


def test_a_skeleton_is_one_string() -> None:
    a, b = english_skeleton("sami"), english_skeleton("samy")
    assert a == b == "SM"
    assert a is b, "each word's skeleton is a string of its own"
    assert any(s is a for s in arabic_skeletons("سامي")), "the Arabic word's skeleton is another string"


def test_forget_texts_lets_the_shared_sets_go() -> None:
    arabic_skeletons("مصطفى")
    assert names._SKELETON_SETS
    forget_texts()
    assert not names._SKELETON_SETS
    assert arabic_skeletons("مصطفى") == frozenset(arabic_skeletons.__wrapped__("مصطفى"))


def test_the_shared_sets_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_texts()
    monkeypatch.setattr(names, "MAX_SKELETON_SETS", 2)
    try:
        for w in ("سامي", "مصر", "السودان", "ليلى", "كريم"):
            arabic_skeletons(w)
        assert len(names._SKELETON_SETS) <= 2
        assert arabic_skeletons.__wrapped__("كريم") == arabic_skeletons("كريم")
    finally:
        forget_texts()
