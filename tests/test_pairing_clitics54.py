"""Issue 14: translations never found because the word table did not know the Arabic's words as written. A word the
table lacks is looked up without the clitics the light stemmer leaves on (بنظرك "in your view": نظر; فريقكم "your
team": فريق), as a fallback only: it lends its base's translations to the word evidence at a share, each English word
it explains counting at most a little, and is held only to what it covers in the coverage evidence."""

from __future__ import annotations

import math

import pytest

from bilingual.align.similarity import link_scorer, prepare_source, prepare_target
from bilingual.align.words import CLITIC_CAP, LexiconSimilarity, clitic_base, lexicon, table_tokens
from bilingual.pairing.evidence import coverage, explained, stripped_senses


@pytest.mark.parametrize(("word", "base"), [
    ("بنظرك", "نظر"),  # ب "in" and ك "your"
    ("فريقكم", "فريق"),  # كم "your (plural)"
    ("أسعارهم", "اسعار"),  # هم "their"
    ("بقلمها", "قلم"),  # ب "with" and ها "her"
])
def test_a_word_the_table_lacks_is_looked_up_without_its_clitics(word: str, base: str) -> None:
    (stem,) = table_tokens(word)
    assert stem not in lexicon().t
    assert clitic_base(stem) == base


@pytest.mark.parametrize("word", ["بين", "كتاب", "لكن"])
def test_a_word_the_table_knows_keeps_its_own_entry(word: str) -> None:
    """بين is "between", not ب and ين; لكن "but", not ل and كن."""
    (stem,) = table_tokens(word)
    assert clitic_base(stem) is None


def _lexicon(arabic: str, english: str, clitics: bool) -> float:
    similarity = LexiconSimilarity(weight=0.5, clitics=clitics)
    return link_scorer(similarity, prepare_source((arabic,)), prepare_target((english,)))(0, 1, 0, 1)


@pytest.mark.parametrize(("arabic", "translation", "unrelated"), [
    ("بنظرك مين أحسن لاعب في فريقكم؟", "In your view, who is the best player on your team?", "My brother plays football every weekend."),
    ("سألت عن أسعارهم في السوق ولقيتها غالية جداً", "I asked about their prices at the market and found them very expensive.",
     "The market near my house opens at nine."),
    ("كتبت رسالة لصديقتها بقلمها الجديد", "She wrote a letter to her friend with her new pen.", "He answered the letter at once."),
])
def test_a_translation_of_words_with_clitics_scores_higher(arabic: str, translation: str, unrelated: str) -> None:
    """The translation's words the stripped words translate are no misses; English that shares none of them scores as
    before (the share of the passage's words the table knows, which sets what a miss costs, is unchanged)."""
    assert _lexicon(arabic, translation, True) > _lexicon(arabic, translation, False) + 0.3
    assert _lexicon(arabic, unrelated, True) == pytest.approx(_lexicon(arabic, unrelated, False))


def test_one_word_a_stripped_word_translates_counts_little() -> None:
    """Unrelated English sharing one content word ("pen") gains at most the cap and the miss it no longer is (at most
    log 2: half the English taken for a translation)."""
    arabic = "كتبت رسالة لصديقتها بقلمها الجديد"
    gain = _lexicon(arabic, "I lost my pen yesterday.", True) - _lexicon(arabic, "I lost my pen yesterday.", False)
    assert 0.0 < gain <= CLITIC_CAP + math.log(2.0)


def test_a_base_the_table_is_unsure_of_lends_nothing() -> None:
    """كمل (from بكمل "I finish") the table met in a sentence or two: its probabilities are spread over that sentence's
    words ("finished", "painting", "room"), and a near miss ("But after I finished, I became wiser.") gained from it."""
    arabic = "بحاول أقرا بس يعني مش بكمل الكتب بتاعتي"
    english = "But after I finished, I became wiser."
    assert clitic_base("بكمل") == "كمل"
    assert _lexicon(arabic, english, True) == pytest.approx(_lexicon(arabic, english, False))


def test_a_stripped_word_counts_in_the_coverage_when_covered_only() -> None:
    """فريقكم covered by "team" counts (at a share of a whole word's hit); left uncovered it says nothing, neither in the
    coverage nor among the words the English leaves unexplained."""
    arabic = ("بنظرك مين أحسن لاعب في فريقكم؟",)
    assert any("team" in senses for senses in stripped_senses(arabic[0]))
    team = ("In your view, who is the best player on your team?",)
    side = ("In your view, who is the best player on your side?",)
    assert coverage(arabic, team) > coverage(arabic, side)
    assert explained(arabic, team) == (explained(arabic, side)[0] + 1, explained(arabic, side)[1] + 1)
