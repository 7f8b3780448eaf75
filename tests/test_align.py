"""Alignment: the seed-000 prayer meets its translation clause by clause; links are monotonic and
cover every segment once; anchors (CLDR names with typos, numbers, punctuation) and chrF steer it;
the ``align`` command reads segment files and reports bad input with file and line."""

from __future__ import annotations

import json
import random
import time
import tracemalloc
import uuid
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.align import (
    ANCHOR_WEIGHTS,
    CHRF_UNRELATED,
    KINDS,
    LENGTH_EVIDENCE_MAX,
    LOG_RATIO_MEAN,
    AnchorSimilarity,
    ChrfSimilarity,
    Link,
    PreparedSource,
    align,
    alignment_score,
    default_similarity,
    gale_church,
    length_evidence,
    prepare_source,
    prepare_target,
    split_segments,
)
from bilingual.align import anchors as anchors_module
from bilingual.align import length as length_module
from bilingual.cli import main

# Arabic name in the prayer (as the commenter spelled it) -> the English clause's country.
PRAYER_NAMES = {
    "السعوية": "Saudi", "الصومال": "Somalia", "ايران": "Iranian", "افغانستان": "Afghanistan",
    "باكستان": "Pakistan", "الشيشان": "Chechnya", "السودان": "Sudan", "العراق": "Iraq",
    "مورىتانيا": "Mauritania", "السويد": "Sweden", "انكلترا": "England", "الدانيمارك": "Denmark",
    "فنلندا": "Finland", "سويسرا": "Switzerland", "المانيا": "Germany", "اليابان": "Japan",
}


def _prayer(thread, arabic_id: str, english_id: str) -> tuple[list[str], list[str]]:
    """Clause segments of the Arabic prayer in one comment and of its English translation in another."""
    ar = thread.get(arabic_id).text
    ar = ar[ar.index("اللهم"):]
    en = thread.get(english_id).text
    en = en[en.index("Oh God"):en.index("Japan.") + len("Japan.")]
    return [ar[a:b] for a, b in split_segments(ar, "ar")], [en[a:b] for a, b in split_segments(en, "en")]


def _check_cover(links: list[Link], n: int, m: int) -> None:
    """Links are in order, each segment is in exactly one link, kinds are the allowed ones."""
    src = [i for link in links for i in link.src]
    tgt = [j for link in links for j in link.tgt]
    assert src == list(range(n)) and tgt == list(range(m))
    for link in links:
        assert link.kind in KINDS
        assert 0.0 <= link.score <= 1.0
        assert list(link.src) == list(range(link.src[0], link.src[0] + len(link.src))) if link.src else True
        if not (link.src and link.tgt):
            assert link.score == 0.0


@pytest.mark.parametrize("arabic_id,english_id", [("3", "3.1.1"), ("4", "4.1.1")])
def test_prayer_aligns_clause_by_clause(seed000, arabic_id, english_id):
    src, tgt = _prayer(seed000, arabic_id, english_id)
    assert len(src) >= 16 and len(tgt) >= 16  # the lists are cut into their items
    links = align(src, tgt)
    _check_cover(links, len(src), len(tgt))
    for arabic, english in PRAYER_NAMES.items():
        (link,) = [link for link in links if any(arabic in src[i] for i in link.src)]
        english_side = " ".join(tgt[j] for j in link.tgt)
        # One Arabic clause, with the English clause of the same country and of no other
        # (``اللهم`` may bring "Oh God," along: a 1-2 link).
        assert len(link.src) == 1 and english in english_side, (arabic, english_side)
        assert [e for e in PRAYER_NAMES.values() if e in english_side] == [english]
    somalia = next(link for link in links if "رخاء الصومال" in src[link.src[0]] if link.src)
    assert tgt[somalia.tgt[0]].strip(" ,") == "the prosperity of Somalia"
    assert somalia.score > 0.8


def test_prayer_scores_above_unrelated_english(seed000):
    src, tgt = _prayer(seed000, "3", "3.1.1")
    explanation = seed000.get("3.1.1").text
    explanation = explanation[: explanation.index("“")]
    other = [explanation[a:b] for a, b in split_segments(explanation, "en")]
    good = alignment_score(align(src, tgt), src, tgt)
    bad = alignment_score(align(src, other), src, other)
    assert good > 0.6 > bad


def test_split_segments_sentences_and_lists():
    text = "Forgive my weak talents.It sounds better in Arabic... Mr. Smith said so!"
    assert [text[a:b] for a, b in split_segments(text, "en")] == [
        "Forgive my weak talents.", "It sounds better in Arabic...", "Mr. Smith said so!",
    ]
    # Not a list: commas in ordinary prose do not cut the sentence.
    prose = "Yes, it was funny, and sarcastic. Thanks."
    assert [prose[a:b] for a, b in split_segments(prose, "en")] == ["Yes, it was funny, and sarcastic.", "Thanks."]
    arabic = "هل أنت جائع؟ أنا ذاهب إلى البيت."
    assert [arabic[a:b] for a, b in split_segments(arabic, "ar")] == ["هل أنت جائع؟", "أنا ذاهب إلى البيت."]
    with pytest.raises(ValueError):
        split_segments(text, "fr")


_PIECES = st.sampled_from([*"ab و،,.!?؟…\n ", "وحدة", "Mr.", "U.S.", "Tom", "الصومال"])


@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from(["ar", "en"]))
@settings(max_examples=examples(150), deadline=None)
def test_split_segments_spans_are_ordered_stripped_and_lose_nothing(text, lang):
    spans = split_segments(text, lang)
    covered = set()
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
        prev_end = b
    if any(ch.isalnum() for ch in text):  # nothing but spaces falls between segments
        assert all(k in covered for k, ch in enumerate(text) if not ch.isspace())
    else:
        assert spans == []


_WORDS = st.sampled_from(["بيت", "كتاب", "مصر", "فرنسا", "12", "؟", "house", "book", "Egypt", "France", "12", "?", "Tom", "توم"])
_SEGMENT = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)


@given(st.lists(_SEGMENT, max_size=12), st.lists(_SEGMENT, max_size=12))
@settings(max_examples=examples(60), deadline=None)
def test_links_are_monotonic_and_cover_every_segment_once(src, tgt):
    _check_cover(align(src, tgt), len(src), len(tgt))
    _check_cover(gale_church(src, tgt), len(src), len(tgt))
    _check_cover(align(src, tgt, band=1), len(src), len(tgt))


def test_long_documents_are_aligned_in_row_blocks():
    # Over 128 rows the search runs block by block inside its band; a shift of three segments
    # (three Arabic sentences without translation) is still recovered exactly.
    english = [f"Sentence number {k} is here." for k in range(300)]
    arabic = ["جملة بلا ترجمة."] * 3 + [f"الجملة رقم {k} هنا." for k in range(300)]
    links = align(arabic, english)
    _check_cover(links, len(arabic), len(english))
    assert [(link.src, link.tgt) for link in links[3:]] == [((k + 3,), (k,)) for k in range(300)]


class _SameInitial:
    """A plug-in similarity: a plain scorer, +2 when both segments start with the same character."""

    def prepare(self, source, target, mt):
        return lambda i0, i1, j0, j1: 2.0 if source[i0][0] == target[j0][0] else -2.0


def test_plain_similarity_plugs_in():
    links = align(["a1", "b2", "c3"], ["b", "c"], similarity=_SameInitial())
    assert [(link.src, link.tgt) for link in links] == [((0,), ()), ((1,), (0,)), ((2,), (1,))]


def test_empty_sides():
    assert align([], []) == []
    assert [link.kind for link in align([], ["a", "b"])] == ["0-1", "0-1"]
    assert [link.kind for link in align(["أ"], [])] == ["1-0"]


def test_cldr_names_match_with_typos_and_derived_forms():
    scorer = AnchorSimilarity().prepare(["ديمقراطية السعوية", "تخلف الدانيمارك"], ["the Saudi democracy", "backwardness of Denmark"], None)
    assert scorer(0, 1, 0, 1) > 0 and scorer(1, 2, 1, 2) > 0
    assert scorer(0, 1, 1, 2) < 0 and scorer(1, 2, 0, 1) < 0


def test_god_and_lord_are_no_names_a_prayer_lacks():
    """"Oh God, ..." translates اللهم: "God" counted as a name spelled in Arabic letters cost every such translation
    (a third person's "Oh God, make us reach democracy ..." under a request: 0.80, now 0.84)."""
    scorer = AnchorSimilarity().prepare(["اللهم بلغنا الديمقراطية"], ["Oh God, make us reach democracy"], None)
    named = AnchorSimilarity().prepare(["اللهم بلغنا الديمقراطية"], ["Oh Sam, make us reach democracy"], None)
    assert scorer(0, 1, 0, 1) > named(0, 1, 0, 1)
    assert scorer(0, 1, 0, 1) == AnchorSimilarity().prepare(["اللهم بلغنا الديمقراطية"], ["Oh god, make us reach democracy"], None)(0, 1, 0, 1)


@pytest.mark.slow
def test_cldr_name_tables_keep_none_of_babels_data():
    """Once the name tables are built, babel's locale data and global tables (about 5.5 MB) are let
    go; the tables built again from freshly loaded data are the same."""
    import babel.core
    import babel.localedata

    from bilingual.align import names as names_module

    first = names_module._names()
    names_module._names.cache_clear()
    try:
        again = names_module._names()
        assert again == first
        assert not babel.localedata._cache and babel.core._global_data is None
    finally:
        names_module._names.cache_clear()
        names_module._names()


def test_numbers_and_question_marks_decide_between_equal_lengths():
    src = ["كم عمرك؟", "عمري ٣٠ سنة."]
    tgt = ["How old are you?", "I'm 30."]
    assert [(link.src, link.tgt) for link in align(src, tgt)] == [((0,), (0,)), ((1,), (1,))]


def test_link_kind_and_json():
    link = Link((3, 4), (5,), 0.5)
    assert link.kind == "2-1"
    assert link.to_dict() == {"src": [3, 4], "tgt": [5], "score": 0.5}
    assert Link((), (2,), 0.0).kind == "0-1"


def test_mt_chrf_finds_the_deleted_sentence():
    tgt = ["The weather is nice today.", "I am going to the market.", "My brother is a doctor.", "We will travel tomorrow."]
    src = ["الطقس جميل اليوم.", "أنا ذاهب إلى السوق.", "سنسافر غدا."]  # the brother sentence is missing
    mt = ["The weather is beautiful today.", "I'm going to the market.", "We will travel tomorrow."]
    links = align(src, tgt, mt)
    assert [(link.src, link.tgt) for link in links] == [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))]
    with pytest.raises(ValueError):
        align(src, tgt, mt[:2])
    with pytest.raises(ValueError):
        ChrfSimilarity().prepare(src, tgt, None)


def _document(pairs: list[tuple[str, str]], rng: random.Random) -> tuple[list[str], list[str], set]:
    """Consecutive sentence pairs; some merged on one side (2-1, 1-2), some missing a translation (1-0)."""
    src, tgt, gold = [], [], set()
    k = 0
    while k < len(pairs):
        r, i, j = rng.random(), len(src), len(tgt)
        if r < 0.06 and k + 1 < len(pairs):
            src += [pairs[k][0], pairs[k + 1][0]]
            tgt.append(f"{pairs[k][1]} {pairs[k + 1][1]}")
            gold.add(((i, i + 1), (j,)))
            k += 2
            continue
        if r < 0.12 and k + 1 < len(pairs):
            src.append(f"{pairs[k][0]} {pairs[k + 1][0]}")
            tgt += [pairs[k][1], pairs[k + 1][1]]
            gold.add(((i,), (j, j + 1)))
            k += 2
            continue
        src.append(pairs[k][0])
        if r < 0.16:
            gold.add(((i,), ()))
        else:
            tgt.append(pairs[k][1])
            gold.add(((i,), (j,)))
        k += 1
    return src, tgt, gold


def test_tico19_documents_align_better_than_gale_church(shared_data):
    ar = (shared_data / "mt/tico19/tico19-test.ar").read_text(encoding="utf-8").splitlines()
    en = (shared_data / "mt/tico19/tico19-test.en").read_text(encoding="utf-8").splitlines()
    pairs = list(zip(ar, en))[1200:1400]
    rng = random.Random(3)
    hits = base_hits = total = 0
    for start in range(0, len(pairs), 20):
        src, tgt, gold = _document(pairs[start : start + 20], rng)
        hits += len(gold & {(link.src, link.tgt) for link in align(src, tgt)})
        base_hits += len(gold & {(link.src, link.tgt) for link in gale_church(src, tgt)})
        total += len(gold)
    assert hits / total > 0.9 and hits > base_hits, (hits, base_hits, total)


def _write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cli_jsonl(tmp_path, capsys):
    src = _write(tmp_path, "src.txt", "كم عمرك؟\nعمري 30 سنة.\n\nاللهم احفظ مصر\n")
    tgt = _write(tmp_path, "tgt.txt", "How old are you?\nI'm 30.\n\n\nGod protect Egypt\n")
    assert main(["align", src, tgt, "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["src"], r["tgt"]) for r in records] == [(0, [0], [0]), (0, [1], [1]), (1, [0], [0])]
    assert all(0 <= r["score"] <= 1 for r in records)


def test_cli_errors_name_file_and_line(tmp_path, capsys):
    src = _write(tmp_path, "src.txt", "أ\n\nب\n")
    tgt = _write(tmp_path, "tgt.txt", "a\n\nb\n\nc\n")
    assert main(["align", src, tgt]) == 2
    err = capsys.readouterr().err
    assert f"{tgt}:5:" in err and "document 3" in err and "\n" == err[-1] and err.count("\n") == 1
    mt = _write(tmp_path, "mt.txt", "a\nx\n\nb\n")
    assert main(["align", src, _write(tmp_path, "t2.txt", "a\n\nb\n"), "--mt", mt]) == 2
    assert f"{mt}:1:" in capsys.readouterr().err
    assert main(["align", str(tmp_path / "missing.txt"), tgt]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err


def test_split_segments_is_the_one_clause_splitter():
    from bilingual.text.sentences import clauses

    assert split_segments is clauses


def test_arabic_side_is_prepared_once_for_many_targets(monkeypatch):
    # What pairing does: one passage against several English candidates, scored by its decision
    # similarity (other weights) and by the default aligner. The Arabic is analysed once in all.
    anchor_calls: Counter[str] = Counter()
    length_calls: Counter[str] = Counter()
    real_anchors, real_length = anchors_module._arabic_anchors, length_module.text_length

    def counted_anchors(text):
        anchor_calls[text] += 1
        return real_anchors(text)

    def counted_length(text):
        length_calls[text] += 1
        return real_length(text)

    monkeypatch.setattr(anchors_module, "_arabic_anchors", counted_anchors)
    monkeypatch.setattr(length_module, "text_length", counted_length)
    tag = uuid.uuid4().hex[:6]  # a source no earlier test prepared
    src = ["كم عمرك يا سامي؟", f"عمري ٣٠ سنة {tag}.", "اللهم احفظ مصر"]
    targets = [
        ["How old are you, Sami?", "I'm 30.", "God protect Egypt"],
        ["God protect Egypt and Sudan."],
        ["Sami is 30 years old?", "No idea."],
        ["How old are you?", "I'm 30.", "God protect Egypt", "Amen."],
    ]
    expected = [[(link.src, link.tgt) for link in align(PreparedSource(tuple(src), None), t)] for t in targets]
    anchor_calls.clear()
    length_calls.clear()
    decision = AnchorSimilarity(weights={k: (hit, min(miss, 0.2)) for k, (hit, miss) in ANCHOR_WEIGHTS.items()})
    got = []
    for tgt in targets:
        decision.prepare(src, tgt, None)(0, 1, 0, 1)
        got.append([(link.src, link.tgt) for link in align(src, tgt)])
    prepared = prepare_source(src)
    for tgt in targets:
        align(prepared, prepare_target(tgt))
    assert got == expected  # the shared side changes no result
    assert anchor_calls == {s: 1 for s in src}
    assert all(length_calls[s] == 1 for s in src)
    assert prepare_source(list(src)) is prepared


def test_prepared_source_carries_its_machine_translation():
    src = ["الطقس جميل اليوم.", "سنسافر غدا."]
    tgt = ["The weather is nice today.", "My brother is a doctor.", "We will travel tomorrow."]
    mt = ["The weather is beautiful today.", "We will travel tomorrow."]
    assert align(prepare_source(src, mt), tgt) == align(src, tgt, mt)
    with pytest.raises(ValueError):
        align(prepare_source(src, mt), tgt, mt)
    with pytest.raises(ValueError):
        prepare_source(src, mt[:1])
    assert default_similarity(mt=True).parts[-1] == ChrfSimilarity()


def test_chrf_counts_for_a_link_only_above_unrelated_sentences():
    sim = ChrfSimilarity()
    assert sim.baseline == CHRF_UNRELATED
    src, mt = ["الطقس جميل اليوم."], ["The weather is beautiful today."]
    score = sim.scorer(prepare_source(src, mt), prepare_target(["The weather is nice today.", "I sold my bicycle."]))
    assert score(0, 1, 0, 1) > 0 > score(0, 1, 1, 2)


def test_length_evidence_is_largest_at_the_usual_ratio():
    usual = round(102 * 2.718281828459045**LOG_RATIO_MEAN) - 2  # English for 100 Arabic characters
    best = length_evidence(100, usual)
    assert 0 < best <= LENGTH_EVIDENCE_MAX
    assert length_evidence(100, 5) < -2 and length_evidence(100, 1000) < -2
    assert length_evidence(100, usual // 2) < best and length_evidence(100, usual * 2) < best


# Hostile inputs: a word or a run of marks thousands of characters long costs linear time and
# bounded memory (before: a 2,400-letter word took 4 GB in the typo-tolerant name search).
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _hostile_word(n: int) -> str:
    rng = random.Random(n)
    return "".join(rng.choice(_LETTERS) for _ in range(n))


def _cost(source: list[str], target: list[str]) -> tuple[float, int]:
    """CPU seconds and peak traced memory (bytes) of aligning a fresh source with a target, once
    the name tables and the normalizer are loaded. Timed without tracemalloc, whose per-allocation
    cost is not the code's (it made the scaling test's smallest input look 2-4x cheaper than the rest)."""
    align([_hostile_word(2000), "\ufefb" * 100], ["Warm."])  # the normalizer loads tables on a long word
    t0 = time.process_time()
    align(PreparedSource(tuple(source), None), target)
    elapsed = time.process_time() - t0
    tracemalloc.start()
    align(PreparedSource(tuple(source), None), target)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


def test_name_search_skips_words_longer_than_any_name():
    from bilingual.align.names import arabic_concept

    assert arabic_concept("والسعوديه") == arabic_concept("السعويه") == "T:SA"  # exact, and one typo (folded)
    tracemalloc.start()
    for word in ("ال" + _hostile_word(2400), "السعوديه" + _hostile_word(2400), "لا" * 1200):
        assert arabic_concept(word) is None
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5_000_000, peak


def test_sentence_ends_are_counted_in_one_pass():
    common = anchors_module._common_anchors
    assert common("Really?! Yes... (sure.) No.”\nOk") == {"p?": 1, "p!": 1, "p…": 1, "p(": 2, "p.": 4, "p\"": 1, "nl": 1}
    t0 = time.process_time()
    assert common("Well" + "." * 16000 + "x") == {"p…": 1}  # not a sentence end: a letter follows
    assert time.process_time() - t0 < 0.5


@pytest.mark.parametrize(
    "source,target",
    [
        ([_hostile_word(2400)], ["A one-line English reply."]),
        (["والسعوديه" + _hostile_word(2400)], ["Saudi Arabia."]),
        (["\ufefb" * 1200, "لا" * 1200], ["No.", "No no."]),
        (["نعم."], ["Well" + "." * 16000]),
        (["نعم."], ["." * 16000 + "x" + "!" * 16000 + "?"]),
    ],
    ids=["2400-letter word", "name glued to a long word", "1200 lam-alef ligatures", "16000 dots", "16000 dots then a letter"],
)
def test_hostile_inputs_cost_little(source, target):
    elapsed, peak = _cost(source, target)
    assert peak < 30_000_000 and elapsed < 3.0, (elapsed, peak)


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        lambda n: ([_hostile_word(n)], ["A reply."]),
        lambda n: (["\ufefb" * n], ["No."]),
        lambda n: (["نعم."], ["." * n + "x"]),
        lambda n: (["نعم؟" * (n // 4)], ["Yes? " * (n // 4)]),
    ],
    ids=["word length", "lam-alef ligatures", "dots", "short sentences"],
)
def test_hostile_inputs_scale_linearly(make):
    # Four doublings of the input: at most 2.5x per doubling (best of three runs each).
    sizes = [8_000 * 2**k for k in range(5)]
    costs = [min(_cost(*make(n))[0] for _ in range(3)) for n in sizes]
    assert costs[-1] < 2.5**4 * max(costs[0], 0.01), costs
    assert _cost(*make(sizes[-1]))[1] < 200_000_000


def _anchors_every_pattern(text: str) -> dict[str, int]:
    """The common anchors with every pattern run (what :func:`anchors._common_anchors` skips
    where no character a pattern needs is in the text)."""
    m = anchors_module
    feats: dict[str, int] = {}
    for n in m._NUMBER.finditer(text):
        m._count(feats, f"#{m._number_key(n.group())}")
    if (ellipses := len(m._ELLIPSIS.findall(text))):
        m._count(feats, "p…", ellipses)
    for ch in m._PUNCT_CHARS.findall(m._ELLIPSIS.sub(" ", text)):
        m._count(feats, "p" + m._PUNCT[ch])
    if (ends := len(m._SENTENCE_ENDS.findall(text))):
        m._count(feats, "p.", ends)
    if (breaks := text.strip().count("\n")):
        m._count(feats, "nl", breaks)
    return feats


_MARKS = list(".!?؟…,،;؛:%٪()\"“”«»\n\t\u200c\u064e") + ["...", "..", "12", "٣", " ", "ab", "Zed"]


@pytest.mark.slow
@settings(max_examples=examples(300), deadline=None)
@given(st.sets(st.sampled_from(_MARKS), min_size=1, max_size=3).flatmap(lambda chosen: st.lists(st.sampled_from(sorted(chosen) + ["ab", " "]), max_size=16).map("".join)))
def test_the_quick_ways_to_anchors_and_lengths_give_the_patterns_answers(text: str) -> None:
    """Common anchors looked for only where their characters are, and the length of printable
    ASCII counted without the pattern: the same as every pattern gives."""
    assert anchors_module._common_anchors(text) == _anchors_every_pattern(text)
    assert length_module.text_length(text) == len(length_module._NOT_LENGTH.sub("", text))



@pytest.mark.slow
@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(["reply", "hi", "Sami", "ok", " ", "12", ".", "!", "\n", "_", "don't", "x2", "é", "Ω", "Egypt"]), max_size=12).map("".join))
def test_english_without_capitals_is_read_as_with_them(text: str) -> None:
    """A lower-case ASCII segment, read without looking for names, gives what the full reading gives."""
    m = anchors_module
    assert m._english_words(text) == m._english_read(text, m._common_anchors(text))


_ASCII_PIECES = ["reply", "hi", "Sami", "EGYPT", "McDonald", " ", "12", "007", ".", "!", "\n", "_", "don't", "x2", "a_b", "Q", "-", "'s "]


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(_ASCII_PIECES), max_size=12).map("".join))
def test_ascii_twins_of_the_word_patterns_match_alike(text: str) -> None:
    """In ASCII, the ``re`` twins of the anchors' ``regex`` patterns find the same words, names and
    numbers (the module's word boundaries and classes agree there)."""
    m = anchors_module
    for twin, pattern in ((m._ASCII_WORD, m.WORD), (m._ASCII_LOWER_WORD, m._LOWER_WORD),
                          (m._ASCII_NAME_WORD, m._NAME_WORD), (m._ASCII_NUMBER, m._NUMBER)):
        assert [(x.span(), x.group()) for x in twin.finditer(text)] == [(x.span(), x.group()) for x in pattern.finditer(text)]


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab'z’ -AéÅ\u0130\u212a5")), max_size=20))
def test_lexicon_word_patterns_in_re_match_the_regex_ones(text: str) -> None:
    """:mod:`bilingual.align.words` finds its English words with ``re``: the same as ``regex`` gives
    for its plain ASCII classes, whatever the text (letters that fold to ASCII under other flags too)."""
    import regex

    from bilingual.align import words

    for pattern in (words._ENGLISH_WORD, words._EN_WORD):
        assert pattern.findall(text) == regex.compile(pattern.pattern).findall(text)


def test_egyptian_spellings_of_common_words_are_found() -> None:
    """Egyptian spellings of "want", "work", "know", "time" and "good" with a person or object
    suffix (عايزين "we want", وظيفه "job", تشتغل "you work", عرفت "I knew", وقتك "your time", لطيفه
    "nice") count as their concepts: left out, a loose Egyptian translation lost their one-sided weight."""
    from bilingual.align.words import arabic_concepts

    assert arabic_concepts("عايزين وظيفة") == {"want", "work"}
    assert arabic_concepts("انت عايزها تشتغل") == {"want", "work"}
    assert arabic_concepts("عرفت وقتك") == {"know", "time"}
    assert arabic_concepts("هي لطيفة") == {"good"}


def test_common_words_of_an_arabizi_reading_are_found() -> None:
    """The Arabic-script reading of Arabizi spells some common words its own way (dlw2t: دلوأت,
    jdn: جدن, daymn: دايمن, 2nas: أناس, brdh: برده); pairing aligns Arabizi on that reading, so these
    count as the words they read."""
    from bilingual.align.words import arabic_concepts
    from bilingual.translit import transliterate

    assert arabic_concepts(transliterate("dlw2t 2nas ktir brdh daymn").text) >= {"now", "people", "also", "always"}
    assert arabic_concepts("حلو جدن") == {"good", "very"}


def test_egyptian_negation_wrapped_around_a_word_is_found() -> None:
    """ma-...-sh around a verb or a preposition (ماكنتش "I wasn't", فماعنديش "so I don't have")
    negates; words that only start with م and end with ش (معاش, مشمش) do not, and a text with a listed
    negation (مش) leaves it to the common words."""
    from bilingual.align.words import wrapped_negation

    assert wrapped_negation("أنا ماكنتش أعرف")
    assert wrapped_negation("فماعنديش وقت")
    assert not wrapped_negation("معاش مشمش مدرسة")
    assert not wrapped_negation("مش عارف ماكنتش")


def test_still_is_a_common_word_in_egyptian_and_modern_standard_spellings() -> None:
    """لسه (Egyptian) and يزال / مازال (Modern Standard) say "still": the word translation table reads لسه
    as "on" and "traditional", so without the concept a loose Egyptian translation lost the match."""
    from bilingual.align.words import arabic_concepts, english_concepts

    assert arabic_concepts("بس أنا لسه معاهم") == {"but", "still"}
    assert "still" in arabic_concepts("لا يزال هنا") and "still" in arabic_concepts("مازالت")
    assert english_concepts("but I'm still with them") == {"but", "still"}
