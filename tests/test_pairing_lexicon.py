"""The word translation table (bilingual.align.words): what it learned, how it scores links, and
what it changes in pairing; its training data kept apart from the pairing development set."""

from __future__ import annotations

import sys

import regex
from budget import examples
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.align import prepare_source, prepare_target
from bilingual.align.words import NULL, LexiconSimilarity, arabic_stem, arabic_tokens, english_stem, lexicon
from bilingual.pairing import pairs
from bilingual.threads.model import Comment, Thread, set_depths

SIMILARITY = LexiconSimilarity(weight=1.0, mix=0.5, cap=4.0)
ARABIC = "يقع هذا المكان في قلب المدينة القديمة، ويزوره آلاف السياح كل عام."
ENGLISH = "This place lies in the heart of the old city, and thousands of tourists visit it every year."
UNRELATED = "I never understood why my neighbour keeps his car parked on the lawn."


def thread(rows: list[tuple[str, str | None, str, str]]) -> Thread:
    comments = [Comment(cid, parent, author, 0, text) for cid, parent, author, text in rows]
    set_depths(comments)
    return Thread(None, comments, "jsonl")


def score(arabic: str, english: str) -> float:
    return SIMILARITY.scorer(prepare_source([arabic]), prepare_target([english]))(0, 1, 0, 1)


def test_stems_share_entries_across_clitics_and_plurals():
    assert arabic_tokens("والمدينة") == arabic_tokens("مدينة") == arabic_tokens("المدينه") == [arabic_stem("مدينه")]
    assert english_stem("cities") == "city" and english_stem("tourists") == "tourist" and english_stem("glass") == "glass"


def test_table_knows_everyday_and_msa_words():
    t = lexicon().t
    for arabic, english in (("مدينة", "city"), ("كتاب", "book"), ("ماء", "water"), ("سياح", "tourist")):
        row = t[arabic_tokens(arabic)[0]]
        assert max(row, key=row.__getitem__) == english
    assert NULL in t  # English words that translate nothing have an Arabic word of their own


def test_table_shares_each_word_and_probability_among_its_rows():
    """One string per English word and one float per probability, whichever rows have them: the
    table is 4.4 MB of Python objects, not 9.9."""
    lex = lexicon()
    keys = {id(e) for row in lex.t.values() for e in row} | {id(e) for e in lex.background}
    words = {e for row in lex.t.values() for e in row} | set(lex.background)
    assert len(keys) == len(words)
    values = [p for row in lex.t.values() for p in row.values()]
    assert len({id(p) for p in values}) == len(set(values)) < len(values) // 10
    assert len({id(p) for p in lex.background.values()}) == len(set(lex.background.values()))


def test_translation_scores_above_unrelated_english():
    assert score(ARABIC, ENGLISH) > 5.0
    assert score(ARABIC, UNRELATED) < 0.0


def test_arabic_the_table_does_not_know_says_nothing_of_the_english():
    """A name, a dialect word or a noisy reading of Arabizi is no evidence against any English: an
    English word it may translate is no miss; beside known words it weakens their misses only."""
    unknown = "زغلولتيش بطرخانوس"
    assert all(stem not in lexicon().t for stem in arabic_tokens(unknown))
    assert score(unknown, UNRELATED) == 0.0 and score(unknown, ENGLISH) == 0.0
    assert score(ARABIC, UNRELATED) < score(ARABIC + " " + unknown, UNRELATED) < 0.0
    assert score(ARABIC + " " + unknown, ENGLISH) > 5.0


words = st.lists(st.sampled_from(ARABIC.split() + ["كتاب", "ماء", "لا", "أعرف", "زغلولتيش"]), min_size=1, max_size=12)
english_words = st.lists(st.sampled_from((ENGLISH + " " + UNRELATED).split()), min_size=1, max_size=15)


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(words, min_size=1, max_size=3), st.lists(english_words, min_size=1, max_size=3))
def test_upper_bound_bounds_every_link(source, target):
    """Pairing skips a candidate on the bound before scoring it: no link may score above it."""
    src = prepare_source([" ".join(w) for w in source])
    tgt = prepare_target([" ".join(w) for w in target])
    scorer = SIMILARITY.scorer(src, tgt)
    bound = SIMILARITY.upper_bound(src, tgt)
    for ds in (1, 2):
        for dt in (1, 2):
            if ds <= len(source) and dt <= len(target):
                cells = scorer.block(ds, dt, range(len(source) - ds + 1), range(len(target) - dt + 1))  # type: ignore[attr-defined]
                assert cells.max() <= bound + 1e-9


def test_authors_own_reply_without_request_is_paired_and_unrelated_reply_is_not():
    """An unmarked translation with no anchors (the author's own reply, nobody asked) is told from
    unrelated English by its words."""
    found = pairs(thread([("1", None, "A", ARABIC), ("2", "1", "A", ENGLISH)]))
    assert [p.translation.comment if p.translation else None for p in found] == ["2"]
    assert found[0].translation_text == ENGLISH
    assert "the words translate each other" in found[0].evidence
    found = pairs(thread([("1", None, "A", ARABIC), ("2", "1", "A", UNRELATED)]))
    assert [p.translation for p in found] == [None]


def test_reply_by_someone_else_is_paired_beside_an_unrelated_reply():
    found = pairs(thread([("1", None, "A", ARABIC), ("2", "1", "B", UNRELATED), ("3", "1", "C", ENGLISH)]))
    assert [p.translation.comment if p.translation else None for p in found] == ["3"]


def test_training_pairs_are_not_in_the_development_set(shared_data):
    """No sentence of the development set (tuned or held out) is among the table's training pairs."""
    sys.path.insert(0, str(ROOT / "bench"))
    import pairing_devset

    training = pairing_devset.lexicon_pairs()
    dev = {text.strip() for pairs_ in pairing_devset.load_sources().values() for pair in pairs_ for text in pair}
    assert len(training) > 5000
    assert not any(a in dev or e in dev for a, e in training)


def test_egyptian_training_pairs_are_arzen_train_only(shared_data):
    """``--egyptian`` adds ArzEn-ST's train part only: none of its utterances is one the development
    set draws (from the dev part), so a table trained with it can be measured on the set."""
    sys.path.insert(0, str(ROOT / "bench"))
    import pairing_devset

    egyptian = pairing_devset.egyptian_pairs()
    arzen = pairing_devset.DATA / "codeswitch" / "arzen-st"
    used = {cs for cs, _ in pairing_devset.load_sources()["ArzEn-ST"]}  # the set's passages (code-switched)
    dev_cs, dev_arz = pairing_devset._tsv(arzen / "dev.cs.tsv"), pairing_devset._tsv(arzen / "dev.arz.tsv")
    drawn = {dev_arz[k] for k, text in dev_cs.items() if text in used}  # their all-Arabic rewrites
    assert len(egyptian) > 3000 and len(drawn) > 100
    assert all(regex.search(r"\p{Arabic}", a) and e for a, e in egyptian)
    assert not any(a in drawn for a, _ in egyptian)


def test_the_seed_check_holds_seed_000s_prayer_and_its_authors_translation():
    """``pairing_devset --seeds``: the prayer's two paragraphs (Arabic only) with their author's own
    translation, each thread's expected span that translation in its comment; a sample of it pairs
    as expected (the whole check: 1.000 exact, no false pair)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import pairing_devset

    pairs_, others = pairing_devset.seed_pairs()
    assert [e.split(",")[0] for _, e in pairs_] == ["Oh God", "God do not make us fall into the dictatorship of infidel Sweden"]
    assert all(not regex.search(r"\p{Latin}", a) for a, _ in pairs_) and len(others) >= 3
    records = pairing_devset.build_seeds()
    assert {r["split"] for r in records} == {"held-out"} and len(records) > 100
    for record in records[:4]:
        comments = {cid: text for cid, _, _, text in record["comments"]}
        item = record["items"][0]
        if record["kind"] == "pos":
            cid, a, b = item["expected"]
            assert comments[cid][a:b] in {e for _, e in pairs_}
        found = pairs(thread([tuple(row) for row in record["comments"]]))
        got = [p.translation for p in found if p.translation is not None]
        assert (got[0].comment, got[0].start, got[0].end) == tuple(item["expected"]) if item["expected"] else not got


def test_a_concepts_english_words_hold_their_inflections():
    """"I prefer working individually" of بحب أشتغل لوحدي (issue 14, round 15, ArzEn-ST): the table's "work"
    had no "working", so the translation was charged for a concept its Arabic has ("اشتغل": -0.58 nats, "but"
    missing too); "well-known" stays no "know"."""
    from bilingual.align.words import arabic_concepts, english_concepts

    assert "work" in arabic_concepts("كنت بحب أشتغل لوحدي") and "work" in english_concepts("I prefer working individually")
    assert {"work", "house", "school", "want", "know"} <= english_concepts("jobs, houses, schools, wanting, knowing")
    assert "know" not in english_concepts("a well-known team")
