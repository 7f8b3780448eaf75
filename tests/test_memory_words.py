"""The word table's view of the Arabic sides analysed holds less (issue 20 item 2: at most 10x the input). Pairing keeps
512 Arabic sides analysed at once (:data:`bilingual.align.similarity.MAX_ANALYSED_SOURCES`); on the 100,000-comment thread
whose passages seldom repeat their word sums were a third of what those sides held. The groups with clitics are the plain
groups' own objects where no word lends (nearly always), a sum of one term is the table's own float, and a group has no
``__dict__``. Each group is what it was, as a value: the same words in the same order, the same sums to the bit."""

from __future__ import annotations

import math

from bilingual.align import words as W
from bilingual.align.similarity import PreparedSource

# Segments from the distinct-sentence bench thread's Arabic (Tatoeba, TICO-19, ArzEn-ST) and a dialect line.
SEGMENTS = [
    "طالما أننا نعيش، علينا أن نعمل",
    "أنا لا أريد أن تتأخر على الصف",
    "علينا إخلاء العيادة",
    "لم أنت أناني لهذه الدّرجة؟",
    "كان بإمكان سامي أن يثور غضبا",
    "لا يمكن لليلى أن تنجب أطفالا",
    "دير بالك على لطفل لقبيح",
    "توم يفقد كثيرا من الدم",
    "لم آكل مذ أفطرت، وأنا جائع جدا",
    "",
]


def _lends(segment: str) -> bool:
    table = W.lexicon().t
    return any(
        base is not None and max(table[base].values()) >= W.CLITIC_SURE for base in map(W.clitic_base, W.table_tokens(segment))
    )


def _old_merge(a: W._SourceWords, b: W._SourceWords) -> W._SourceWords:
    sums = dict(a.sums)
    for e, p in b.sums.items():
        sums[e] = sums.get(e, 0.0) + p
    if a.lent is None and b.lent is None:
        return W._SourceWords(sums, a.known + b.known, a.words + b.words)
    lent = dict(a.lent or {})
    for e, p in (b.lent or {}).items():
        lent[e] = lent.get(e, 0.0) + p
    return W._SourceWords(sums, a.known + b.known, a.words + b.words, lent)


def _old_groups(segments: tuple[str, ...], clitics: bool) -> dict[int, list[W._SourceWords]]:
    """The groups as they were made before (a new float for every sum, new pairs with clitics)."""
    table = W.lexicon().t
    single = []
    for segment in segments:
        sums: dict[str, float] = {}
        known = 0
        stems = W.table_tokens(segment)
        for stem in stems:
            row = table.get(stem)
            if row is not None and stem != W.NULL:
                known += 1
                for e, p in row.items():
                    sums[e] = sums.get(e, 0.0) + p
        group = W._SourceWords(sums, known, len(stems))
        if clitics:
            bases = [b for b in map(W.clitic_base, stems) if b is not None and max(table[b].values()) >= W.CLITIC_SURE]
            if bases:
                lent: dict[str, float] = {}
                for base in bases:
                    for e, p in table[base].items():
                        lent[e] = lent.get(e, 0.0) + W.CLITIC_SHARE * p
                group = W._SourceWords(sums, known, len(stems), lent)
        single.append(group)
    return {1: single, 2: [_old_merge(a, b) for a, b in zip(single, single[1:])]}


def _same(a: dict[str, float] | None, b: dict[str, float] | None) -> bool:
    if a is None or b is None:
        return a is b
    return list(a) == list(b) and all(math.copysign(1, a[e]) == math.copysign(1, b[e]) and a[e] == b[e] for e in a)


def test_the_segments_cover_both_cases() -> None:
    assert any(_lends(s) for s in SEGMENTS) and not all(_lends(s) for s in SEGMENTS)


def test_groups_as_before() -> None:
    for start in range(len(SEGMENTS)):
        for n in (1, 2, 3, 4):
            segments = tuple(SEGMENTS[start : start + n])
            if not segments:
                continue
            source = PreparedSource(segments, None)
            for feature, clitics in ((W._source_words, False), (W._source_words_clitics, True)):
                now, old = source.feature(feature), _old_groups(segments, clitics)
                assert list(now) == list(old)
                for size in old:
                    assert len(now[size]) == len(old[size])
                    for g, h in zip(now[size], old[size]):
                        assert (g.known, g.words, g.share) == (h.known, h.words, h.share), segments
                        assert _same(g.sums, h.sums) and _same(g.lent, h.lent), segments


def test_a_side_where_no_word_lends_holds_its_groups_once() -> None:
    segments = tuple(s for s in SEGMENTS if s and not _lends(s))[:3]
    source = PreparedSource(segments, None)
    assert source.feature(W._source_words_clitics) is source.feature(W._source_words)


def test_pairs_where_neither_lends_are_the_plain_pairs() -> None:
    lending = next(s for s in SEGMENTS if _lends(s))
    plain = [s for s in SEGMENTS if s and not _lends(s)][:2]
    source = PreparedSource((lending, *plain), None)
    groups, plain_groups = source.feature(W._source_words_clitics), source.feature(W._source_words)
    assert groups[1][0].lent is not None and groups[1][1] is plain_groups[1][1]
    assert groups[2][1] is plain_groups[2][1]  # neither lends: the same object
    assert groups[2][0].sums is plain_groups[2][0].sums  # one lends: its own lent, the plain pair's sums


def test_a_sum_of_one_term_is_the_tables_float() -> None:
    table = W.lexicon().t
    for segment in SEGMENTS:
        stems = [s for s in W.table_tokens(segment) if s in table and s != W.NULL]
        if not stems:
            continue
        group = PreparedSource((stems[0],), None).feature(W._source_words)[1][0]
        assert group.known == 1
        row = table[stems[0]]
        assert all(group.sums[e] is p for e, p in row.items())


def test_groups_have_no_dict() -> None:
    group = PreparedSource((SEGMENTS[0],), None).feature(W._source_words)[1][0]
    assert not hasattr(group, "__dict__")
