"""A comment with a word of the original kept inside its English is cut twice (bilingual/pairing/find._Index.pieces, the
blocks running over the word, and own_pieces, cut at it for the word's own search). The second cut reuses the first's
stretches between passages that the kept words do not split, and _inserted looks for the English word before the kept
one from its end: the shortcuts give the blocks, the words found kept, and the pairs that the plain ways give."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples
from test_pairing import make_thread
from test_pairing_inserted59 import KEPT

from bilingual.pairing import find, pairs
from bilingual.segment import passages

_FORWARD = regex.compile(find._WORD_BEFORE.pattern.removeprefix("(?r)"))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="ab Z1'’-,\"”\t\n.é\u0645", max_size=14), st.data())
def test_the_word_before_is_found_from_the_end_as_from_the_start(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert (find._WORD_BEFORE.search(text, start, end) is None) == (_FORWARD.search(text, start, end) is None)


@settings(max_examples=examples(100), deadline=None)
@given(st.text(alphabet="ab Z'’ .é\u0645", max_size=30), st.integers(0, 5))
def test_words_are_counted_up_to_the_most_asked(text: str, most: int) -> None:
    assert find._words_in(text, 0, len(text), most) == min(most, len(find._ENGLISH_WORD.findall(text)))


_ARABIC = [arabic for arabic, _ in KEPT] + ["اللهم بلغنا ديمقراطية", "الحمد لله"]
_ENGLISH = [english for _, english in KEPT] + [
    "Okay i dont get this.", "we the iraniAngels want a Iroone Azad! do you know how it is", "Translation: thanks be to God",
    "These words dont need to be translated, do they?", "my uncle 5ali (my uncle) said it twice.",
]


def _plain_own_pieces(index: find._Index, cid: str | None) -> find._Pieces:
    """The second cut made whole, as before the first cut's stretches were kept for it."""
    return index._cut(cid, index.texts[cid], index.quoted_lines(cid), index.passages_in.get(cid, ()))


def _key(p: object) -> tuple[object, ...]:
    t = p.translation  # type: ignore[attr-defined]
    loc = p.passage.location  # type: ignore[attr-defined]
    return (loc.comment, loc.start, loc.end, None if t is None else (t.comment, t.start, t.end), p.via, repr(p.score), p.flags)  # type: ignore[attr-defined]


_comment = st.lists(st.sampled_from(_ARABIC + _ENGLISH), min_size=1, max_size=5).map(lambda parts: "\n".join(parts) if len(parts) % 2 else " ".join(parts))


@settings(max_examples=examples(25), deadline=None)
@given(st.lists(_comment, min_size=1, max_size=4))
def test_the_second_cut_and_the_pairs_are_those_of_a_whole_second_cut(texts: list[str]) -> None:
    rows = [(str(k), None if k == 0 else str(k - 1), "A" if k % 2 == 0 else "B", text) for k, text in enumerate(texts)]
    thread = make_thread(rows)
    labels = find.LineLabels(thread)
    found = [q for p in passages(thread) for q in labels.cut(p)]
    index = find._Index(thread, found, labels)
    for cid in index.passages_in:
        index.pieces(cid)
        if index.inserted(cid):
            assert index.own_pieces(cid) == _plain_own_pieces(find._Index(thread, found, labels), cid)
    shortcut = [_key(p) for p in pairs(thread)]
    own_pieces = find._Index.own_pieces
    try:
        find._Index.own_pieces = lambda self, cid: self._own_pieces.setdefault(cid, _plain_own_pieces(self, cid))  # type: ignore[method-assign]
        assert [_key(p) for p in pairs(thread)] == shortcut
    finally:
        find._Index.own_pieces = own_pieces  # type: ignore[method-assign]


def test_a_comment_with_a_kept_word_is_cut_twice_into_the_blocks_it_was() -> None:
    text = ("Believe me they are stuffed with Felestin and Lobnan and Aragh. im glad for the support in our struggle for a "
            "Iroone Azad though. Iroone Azad would be like paradise on Earth. These words dont need to be translated, do they?")
    thread = make_thread([("1", None, "A", text)])
    labels = find.LineLabels(thread)
    found = [q for p in passages(thread) for q in labels.cut(p)]
    index = find._Index(thread, found, labels)
    assert index.inserted("1")
    merged = index.pieces("1")
    own = index.own_pieces("1")
    assert len(own) > len(merged)
    assert own == _plain_own_pieces(find._Index(thread, found, labels), "1")
    # the stretches the kept word does not split are the first cut's rows, not cut again
    shared = {id(block[0]) for block in merged}
    assert any(id(block[0]) in shared for block in own)


def test_a_passage_whose_end_marks_are_all_one_run_and_english_without_a_lone_one_pair_without_a_crash() -> None:
    # found by the hypothesis test above: _remark_cuts counted none of the Arabizi's own marks ("!!!" is a run) and
    # took the last of no ends in the English (an IndexError)
    text = "we the iraniAngels want a Iroone Azad!!! do you know how it is"
    found = pairs(make_thread([("0", None, "A", text), ("1", "0", "B", "ذهبت إلى السوق مع خالي أمس."), ("2", "1", "A", text)]))
    assert len(found) == 3
