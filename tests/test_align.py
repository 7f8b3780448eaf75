"""Alignment: the seed-000 prayer meets its translation clause by clause; links are monotonic and
cover every segment once; anchors (CLDR names with typos, numbers, punctuation) and chrF steer it;
the ``align`` command reads segment files and reports bad input with file and line."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.align import (
    KINDS,
    AnchorSimilarity,
    ChrfSimilarity,
    Link,
    align,
    alignment_score,
    gale_church,
    split_segments,
)
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
@settings(max_examples=150, deadline=None)
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
@settings(max_examples=60, deadline=None)
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
