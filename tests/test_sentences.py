"""Sentences and the model's inputs: boundaries, spans into the source, and what is never lost."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.text.sentences import CONJUNCTIONS, clauses, passage_layers, sentences
from bilingual.text.sentences import model_inputs as split_sentences


def _pieces(text: str, **kw: int) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, **kw)]


def test_sentence_punctuation_ends_sentences_and_clause_punctuation_does_not() -> None:
    # The model sees whole sentences: a comma or semicolon never cuts one (issue 13).
    text = "هل جاء؟ نعم، جاء أمس. ثم ذهب! وبعد ذلك… عاد؛ انتهى"
    assert _pieces(text) == ["هل جاء؟", "نعم، جاء أمس.", "ثم ذهب!", "وبعد ذلك…", "عاد؛ انتهى"]
    assert [text[a:b] for a, b in sentences(text)] == _pieces(text)


def test_initialisms_do_not_end_a_sentence() -> None:
    text = "The U.S. Army came. Then Dr. Smith left the U.S.\n\nOne more."
    assert [text[a:b] for a, b in sentences(text)] == ["The U.S. Army came.", "Then Dr. Smith left the U.S.", "One more."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word that is no sentence opener goes on after an initialism (TICO-19's English)
        ("Per media reports, U.S. President Trump has decided.", ["Per media reports, U.S. President Trump has decided."]),
        ("Preceding 10 a.m. Central European Time on April 4.", ["Preceding 10 a.m. Central European Time on April 4."]),
        ("According to the U.S. Occupational Safety and Health Administration.", [
            "According to the U.S. Occupational Safety and Health Administration."
        ]),
        # an opener after it starts a new sentence
        ("Reports of undercounting in the U.S. Such underestimation often occurs.", [
            "Reports of undercounting in the U.S.", "Such underestimation often occurs."
        ]),
        ("I moved to the U.S. It's cold there.", ["I moved to the U.S.", "It's cold there."]),
        # "Mt." before a name, "et al." before the verb (Tatoeba, TICO-19); "et al." ending a sentence still ends it
        ("I've climbed Mt. Fuji.", ["I've climbed Mt. Fuji."]),
        ("Spiteri et al. reported the first cases.", ["Spiteri et al. reported the first cases."]),
        ("A review was conducted by Whitby et al. It's a common saying.", [
            "A review was conducted by Whitby et al.", "It's a common saying."
        ]),
        ("I met Al. He was nice.", ["I met Al.", "He was nice."]),
    ],
)
def test_abbreviations_before_names_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    """Issue 14: an abbreviation cut a translation in two ("U.S. President Trump", "Mt. Fuji", "et al.
    reported"); a sentence after it is still one of its own."""
    assert [text[a:b] for a, b in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TICO-19's English and phone typing: a full stop, question or exclamation mark glued to the next sentence
        ("A throat swab may also be used.A number of labs are developing tests.", [
            "A throat swab may also be used.", "A number of labs are developing tests."
        ]),
        ("Most had mild symptoms.South Korea tested widely.", ["Most had mild symptoms.", "South Korea tested widely."]),
        ("Is it open today?Yes from eight.", ["Is it open today?", "Yes from eight."]),
        # an abbreviation, a domain, a handle or initials glued to a capital go on, as they do before a space
        ("Ask Prof.Smith or Mr.Smith at the desk.", ["Ask Prof.Smith or Mr.Smith at the desk."]),
        ("Check www.example.Com for the forms.", ["Check www.example.Com for the forms."]),
        ("He read J.R.R.Tolkien in the U.S.The end.", ["He read J.R.R.Tolkien in the U.S.The end."]),
    ],
)
def test_a_mark_glued_to_a_capital_ends_a_sentence_after_a_lower_case_word(text: str, expected: list[str]) -> None:
    """A sentence typed with no space after its end mark is one of its own; the cut is between the mark and the
    capital, and nothing between them is lost."""
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == expected
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))


def test_no_is_an_abbreviation_only_before_a_number() -> None:
    """ "No. 5" goes on; "I said no." ends its sentence (it hid the next one from pairing's windows)."""
    text = "The U.S. government said no. Then it left No. 5 street, approx. 3 km away."
    assert [text[a:b] for a, b in sentences(text)] == ["The U.S. government said no.", "Then it left No. 5 street, approx. 3 km away."]


def test_decimal_point_and_thousands_separator_do_not_split() -> None:
    assert _pieces("السعر 3.5 دولار و 1,000 ريال.") == ["السعر 3.5 دولار و 1,000 ريال."]


def test_line_break_splits_unless_the_line_ends_with_a_conjunction() -> None:
    assert _pieces("السلام عليكم\nكيف الحال") == ["السلام عليكم", "كيف الحال"]
    assert _pieces("الشيشان و\n    إخاء موريتانيا") == ["الشيشان و\n    إخاء موريتانيا"]


def test_punctuation_only_pieces_join_a_sentence() -> None:
    assert _pieces("……. وحضارة باكستان") == ["……. وحضارة باكستان"]
    assert _pieces("وحضارة باكستان . . .") == ["وحضارة باكستان . . ."]


def test_long_unpunctuated_run_is_cut_before_a_conjunction() -> None:
    text = " و ".join(["رخاء الصومال"] * 20)
    spans = split_sentences(text, max_chars=60)
    assert len(spans) > 1
    for a, b in spans:
        assert b - a <= 60
    # every cut after the first falls just before a standalone conjunction
    for a, _ in spans[1:]:
        assert text[a:].split()[0] in CONJUNCTIONS


def test_run_without_conjunction_or_space_is_cut_at_the_cap() -> None:
    text = "ب" * 500
    assert [b - a for a, b in split_sentences(text, max_chars=100)] == [100] * 5


def test_seed_prayer_sentences_trace_back_to_their_characters(seed000) -> None:
    text = seed000.get("4").text
    spans = split_sentences(text)
    assert text[spans[0][0] : spans[0][1]].startswith("اللهم بلّغنا ديمقراطية السعوية")
    assert text[spans[-1][0] : spans[-1][1]] == "أ مين….."
    assert all(b - a <= 160 for a, b in spans)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_documents_keep_every_letter(path) -> None:
    text = path.read_text(encoding="utf-8")
    _check_invariants(text, split_sentences(text), 160)


def _check_invariants(text: str, spans: list[tuple[int, int]], cap: int) -> None:
    covered = set()
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b <= len(text)
        piece = text[a:b]
        assert piece == piece.strip()
        assert any(ch.isalnum() for ch in piece)
        assert b - a <= cap
        covered.update(range(a, b))
        prev_end = b
    assert all(i in covered for i, ch in enumerate(text) if ch.isalnum())


_ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصطعغفقكلمنهوي ،؛؟.!…\n و 123,") + ["و ", " ثم ", "\r\n"])


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(_ALPHABET, max_size=300).map("".join), st.integers(min_value=5, max_value=200))
def test_spans_are_ordered_stripped_capped_and_cover_every_letter(text: str, cap: int) -> None:
    _check_invariants(text, split_sentences(text, max_chars=cap), cap)


@settings(max_examples=examples(60), deadline=None)
@given(st.text(max_size=200))
def test_any_text_splits_without_error_and_keeps_letters(text: str) -> None:
    _check_invariants(text, split_sentences(text), 160)


def test_cap_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_sentences("نص", max_chars=0)


def test_an_ellipsis_before_a_lower_case_word_or_spaced_off_is_a_pause():
    """Transcripts and chat mark a pause with " .. ": the sentence goes on (issue 14: a translation
    was cut at "used to be .." and paired without its end)."""
    def cut(text: str) -> list[str]:
        return [text[a:b] for a, b in sentences(text)]

    assert cut("It's not .. it's not .. it's not difficult for them, I mean.") == [
        "It's not .. it's not .. it's not difficult for them, I mean."]
    assert cut("Our class used to be .. I mean my class had twenty students.") == [
        "Our class used to be .. I mean my class had twenty students."]
    assert cut("Wait... what?") == ["Wait... what?"]
    assert cut("I don't know... I think so.") == ["I don't know...", "I think so."]  # unspaced, then a capital: two
    assert cut("He left .. \n\nShe stayed.") == ["He left ..", "She stayed."]  # a blank line still ends it


def test_direction_marks_after_a_full_stop_do_not_hide_the_sentence_end():
    text = "إلّي بّلاش كَتّر مِنّو.\u200f\u200f لم يخبرني فاضل بشيء."
    assert [text[a:b] for a, b in sentences(text)] == ["إلّي بّلاش كَتّر مِنّو.\u200f\u200f", "لم يخبرني فاضل بشيء."]


class _Everywhere:
    """A character set that meets every text: with it, every pattern of the sentence splitter runs."""

    def isdisjoint(self, other: object) -> bool:
        return False


_SYMBOLS = list(".!?؟…,،;؛\n\t\"')") + ["Dr", "U.S", " و ", "and", "5", "٣"] + [f" ab{mark} cd{mark} ef{mark} gh" for mark in ",،;؛"]
# Texts of words and a few of the symbols at a time (each pre-check must be met alone to be tested).
_PIECES = st.sets(st.sampled_from(_SYMBOLS), min_size=1, max_size=3).flatmap(
    lambda chosen: st.lists(st.sampled_from(sorted(chosen) + ["ab", "Zed", " "]), max_size=20).map("".join)
)


@pytest.mark.slow
@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_PIECES, max_size=4).map("".join), st.sampled_from(["ar", "en"]))
def test_the_character_pre_checks_never_change_a_cut(text: str, lang: str) -> None:
    """Sentences and clauses skip a pattern only where no character it needs is in the text: the
    same spans as with every pattern run."""
    import importlib
    from unittest import mock

    module = importlib.import_module("bilingual.text.sentences")

    quick = (module.sentences(text), module.clauses(text, lang))
    with mock.patch.object(module, "_END_MARKS", _Everywhere()), mock.patch.object(module, "_SEPARATORS", _Everywhere()):
        assert (module.sentences(text), module.clauses(text, lang)) == quick


def test_capping_a_long_comment_reads_each_character_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each cut of an over-long piece looks for a conjunction only up to the cap: scanning to the
    piece's end made a 1 MB comment take 218 s (every cut read the rest of the comment)."""
    module = importlib.import_module("bilingual.text.sentences")
    scanned = 0
    word = module._WORD

    class Counting:
        def finditer(self, text: str, pos: int, endpos: int) -> Any:
            nonlocal scanned
            scanned += endpos - pos
            return word.finditer(text, pos, endpos)

    monkeypatch.setattr(module, "_WORD", Counting())
    text = "مرحبا " * 5000
    spans = split_sentences(text, max_chars=160)
    assert len(spans) > 150 and scanned <= 2 * len(text)


# A passage's sentences and segments: one definition for the pipeline and pairing.

_LONG = ("حالات كوفيد-19 في دول الاتحاد الأوروبي والمملكة المتحدة وفقًا لدراسة أجرتها كلية لندن الإمبراطورية تحت إشراف "
         "العالم نيل فيرجسون، سيلزمنا الاعتماد على التباعد الجسدي والتدابير الأخرى، حتى يصبح لقاح متاحًا، ربما بعد 18 شهرًا أو أكثر، "
         "والله أعلم، وهذا ما قالوه.")


def test_passage_layers_keep_the_whole_texts_clauses_across_the_models_pieces() -> None:
    inputs, segments = passage_layers(_LONG, 160)
    assert len(inputs) >= 2  # the model is given the long sentence in pieces
    assert segments == clauses(_LONG, "ar") and len(segments) > len(inputs)  # pairing aligns the text's own clauses


def test_passage_layers_take_a_given_cut() -> None:
    text = "ذهبت الى السوق، اشتريت الخبز، رجعت البيت"
    assert passage_layers(text)[1] == [(0, len(text))]
    assert passage_layers(text, cut=[(0, 14), (15, 28), (29, len(text))])[1] == [(0, 14), (15, 28), (29, len(text))]


@given(st.text(alphabet="ابت ثجح،.؟\n و", max_size=400).filter(lambda t: any(c.isalpha() for c in t)),
       st.integers(min_value=5, max_value=80), st.booleans())
@settings(max_examples=examples(150), deadline=None)
def test_passage_layers_are_in_order_without_overlaps(text: str, cap: int, latin: bool) -> None:
    inputs, segments = passage_layers(text, cap, latin=latin)
    for spans in (inputs, segments):
        assert spans and spans == sorted(spans)
        assert all(0 <= a < b <= len(text) for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
