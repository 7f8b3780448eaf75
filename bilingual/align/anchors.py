"""Cross-lingual anchors: what an Arabic segment and its English translation both show without
translating anything. Numbers, punctuation, sentence ends, ellipses and line breaks; CLDR names
(:mod:`.names`); proper names spelled in both scripts; Latin words kept in the Arabic.

Each side is analysed once (:meth:`PreparedSource.feature`); only what depends on both sides
(which capitalised English words are names, which Arabic words spell them) is settled when a
source meets a target. Every pattern here runs in time linear in its input: a reply of 16,000
dots is scanned once.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping, Sequence

import regex

from .names import WORD, arabic_concept, arabic_skeletons, english_concept, english_skeleton, fold
from .numbers import NUMBER_WORDS, arabic_numbers, english_numbers
from .sets import EMPTY, frozen
from .words import ARABIC_ONLY, arabic_concepts, english_concepts, lexicon
from ..segment.words import english_zipf
from .similarity import BlockScorer, LinkScorer, PreparedSource, PreparedTarget, SidedSimilarity

__all__ = ["ANCHOR_WEIGHTS", "AnchorSimilarity"]

#: (nats for each anchor on both sides, nats against each anchor on one side only), by class.
ANCHOR_WEIGHTS: dict[str, tuple[float, float]] = {
    "number": (2.0, 1.0), "name": (4.5, 1.0), "nl": (0.8, 0.8), "punct": (0.4, 0.8),
    "p?": (1.0, 1.7), "p!": (0.8, 2.4), "p.": (0.75, 2.0), "p,": (0.75, 0.5), "p…": (0.8, 0.8),
}

_ARABIC_WORD = regex.compile(r"\p{Arabic}")
_LATIN_WORD = regex.compile(r"\p{Latin}+")
_NUMBER = regex.compile(r"\d+")
_PUNCT = {"?": "?", "؟": "?", "!": "!", ",": ",", "،": ",", ";": ";", "؛": ";", ":": ":", "%": "%", "٪": "%",
          "(": "(", ")": "(", "\"": "\"", "“": "\"", "”": "\"", "«": "\"", "»": "\"", "…": "…"}
_PUNCT_CHARS = regex.compile("[" + regex.escape("".join(_PUNCT)) + "]")
_ELLIPSIS = regex.compile(r"\.{3,}|…+")
# A run of end marks, from its first mark (a match attempt inside a run would rescan it: quadratic
# on 16,000 dots), taken whole, then closing quotes or brackets and a space or the end.
_SENTENCE_ENDS = regex.compile(r"(?<![.!?؟…])[.!?؟…]++(?=[\"'”’»)\]]*+(?:\s|$))")
_END_MARKS = frozenset(".!?؟…")  # what a sentence end (:data:`_SENTENCE_ENDS`) needs
_LOWER_WORD = regex.compile(r"\b\p{Ll}+\b")
# The same patterns for a text in ASCII, with ``re`` (about half the cost of a call; in ASCII, ``\p{L}``
# is ``[A-Za-z]``, ``\p{Ll}`` ``[a-z]``, ``\d`` ``[0-9]``, and both modules' word boundaries are alike).
# The ``regex`` module's Unicode tables are newer than Python's, so other texts keep its patterns.
_ASCII_NUMBER = re.compile(r"[0-9]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_ASCII_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ASCII_NAME_WORD = re.compile(r"\b[A-Z][A-Za-z]+")
_NAME_WORD = regex.compile(r"\b\p{Lu}[\p{Ll}\p{Lu}]+")


@dataclass(slots=True)
class _Anchors:
    """The anchors of one segment: symmetric features (counts), and names on each side."""

    features: dict[str, int]
    names: dict[str, int]  # English side: skeletons of proper names (penalised when missing)
    weak_names: frozenset[str]  # English: sentence-initial capitalised words (bonus only)
    skeletons: frozenset[str]  # Arabic side: every skeleton the segment's words can spell
    latin: dict[str, int] = field(default_factory=dict)  # Arabic side: Latin-script words kept as written
    words: frozenset[str] = frozenset()  # English side: every word, lowercased
    word_skeletons: tuple[frozenset[str], ...] = ()  # Arabic side: the skeletons of each word


@dataclass(slots=True)
class _English:
    """What an English segment shows by itself; names are told from sentence-initial words later."""

    features: dict[str, int]  # common anchors and CLDR names
    capitalised: tuple[tuple[str, str, bool], ...]  # (lowercased, skeleton, at a sentence start) of other capitalised words
    words: frozenset[str]  # every word, lowercased
    name_words: tuple[tuple[str, bool], ...]  # words written capitalised (lowercased, at a sentence start)
    lowercase: frozenset[str]  # words written in lower case


def _count(features: dict[str, int], key: str, n: int = 1) -> None:
    features[key] = features.get(key, 0) + n


def _number_key(digits: str) -> str:
    """A number's value, whatever its digits (٣ and 3 alike); digits newer than Python's Unicode tables
    (the regex module knows more digits, e.g. U+1E4F3) are kept as written instead of failing."""
    try:
        return str(int(digits))
    except ValueError:
        return digits


def _common_anchors(text: str) -> dict[str, int]:
    """Numbers, punctuation, sentence ends, ellipses and internal line breaks: the same in both
    languages. Each pattern runs only where a character it needs is in the text (most of a
    comment's segments have no ellipsis, many no punctuation: a pattern call costs more than the look)."""
    feats: dict[str, int] = {}
    if text.isascii():  # ASCII digits without a leading zero are their value as written
        for digits in _ASCII_NUMBER.findall(text):
            key = "#" + (digits if digits[0] != "0" else _number_key(digits))
            feats[key] = feats.get(key, 0) + 1
    else:
        for digits in _NUMBER.findall(text):
            _count(feats, f"#{_number_key(digits)}")
    chars = set(text)
    dotted = "…" in chars or "..." in text
    if dotted:
        ellipses = len(_ELLIPSIS.findall(text))
        if ellipses:
            _count(feats, "p…", ellipses)
    if not chars.isdisjoint(_PUNCT):
        for ch in _PUNCT_CHARS.findall(_ELLIPSIS.sub(" ", text) if dotted else text):
            _count(feats, "p" + _PUNCT[ch])
    if not chars.isdisjoint(_END_MARKS):
        ends = len(_SENTENCE_ENDS.findall(text))
        if ends:
            _count(feats, "p.", ends)
    breaks = text.strip().count("\n")
    if breaks:
        _count(feats, "nl", breaks)
    return feats


def _number_words(feats: dict[str, int], values: list[int]) -> None:
    """Count each value of a segment's number words once, unless its digits count it already ("100 percent,
    one hundred percent" is one 100), as evidence for a link only: ``~#<value>`` marks it uncharged when the
    other side lacks it (a number word is also a loose translation's "a few", a dual, an Arabizi misreading;
    charged, the held-out parts of rounds 9, 11 and 12 lost four threads)."""
    for value in values:
        key = f"#{value}"
        if key not in feats:
            feats[key] = 1
            feats["~" + key] = 1


def _arabic_anchors(text: str) -> _Anchors:
    """Common anchors, numbers written as words (:mod:`.numbers`), CLDR names and the skeletons of the
    other Arabic words; Latin words as written."""
    feats = _common_anchors(text)
    words = WORD.findall(fold(text))
    _number_words(feats, arabic_numbers(words))
    per_word: list[frozenset[str]] = []
    latin: dict[str, int] = {}
    for word in words:
        if not _ARABIC_WORD.search(word):
            if len(word) >= 3 and _LATIN_WORD.fullmatch(word):
                _count(latin, word)
            continue
        concept = arabic_concept(word) if len(word) >= 3 else None
        if concept:
            _count(feats, concept)
        else:
            per_word.append(_long_skeletons(arabic_skeletons(word)))
    return _Anchors(feats, {}, EMPTY, frozenset().union(*per_word) or EMPTY, latin, word_skeletons=tuple(per_word))


def _long_skeletons(skeletons: frozenset[str]) -> frozenset[str]:
    """The skeletons of two letters or more: the word's own set (:func:`~.names.arabic_skeletons`, kept there) when they
    all are, as nearly always, not a copy of it for every word of every Arabic side analysed."""
    for s in skeletons:
        if len(s) < 2:
            return frozen(s for s in skeletons if len(s) >= 2)
    return skeletons


def _arabic_side(source: PreparedSource) -> tuple[list[_Anchors], frozenset[str]]:
    """The anchors of each source segment, and every skeleton its words can spell."""
    anchors = [_arabic_anchors(s) for s in source.segments]
    return anchors, frozenset().union(*(a.skeletons for a in anchors)) or EMPTY


def _english_words(text: str) -> _English:
    """Common anchors, numbers written as words (:mod:`.numbers`) and CLDR names of an English segment,
    and its capitalised words."""
    feats = _common_anchors(text)
    if "OP" in text or "u/" in text:
        _forum_people(text, feats)
    if text.isascii() and text.lower() == text:  # no capital letter: no name, no CLDR name, nothing to lowercase
        words = _words(_ASCII_WORD.findall(text))
        english = _English(feats, (), words, (), _lowercase(_ASCII_LOWER_WORD.findall(text), words))
    else:
        english = _english_read(text, feats)
    if not english.words.isdisjoint(NUMBER_WORDS):
        _number_words(feats, english_numbers(text))
    return english


_FORUM_PERSON = re.compile(r"\bOP\b|(?<![\w/])u/\w")


def _forum_people(text: str, feats: dict[str, int]) -> None:
    """Count "OP" and "u/<user>" (``@op``, a name no Arabic has): English that speaks of the thread's
    people ("OP owes me 20 bucks") is no translation of the Arabic, so a link that has it is charged as
    for a name the Arabic lacks (evidence, no veto)."""
    n = len(_FORUM_PERSON.findall(text))
    if n:
        _count(feats, "@op", n)


#: Capitalised English words for God that are no name to spell in Arabic letters ("Oh God" is اللهم, "Lord" رب):
#: counted as names, every prayer's translation paid for a name its Arabic lacks.
_DIVINE = frozenset(("god", "lord"))


def _english_read(text: str, feats: dict[str, int]) -> _English:
    """:func:`_english_words` of any text, its common anchors ``feats`` found (CLDR names are added to them)."""
    word_pattern, name_pattern, lower_pattern = (
        (_ASCII_WORD, _ASCII_NAME_WORD, _ASCII_LOWER_WORD) if text.isascii() else (WORD, _NAME_WORD, _LOWER_WORD)
    )
    capitalised: list[tuple[str, str, bool]] = []
    for m in word_pattern.finditer(text):
        word = m.group()
        low = word.lower()
        concept = english_concept(low) if len(low) >= 4 and word[0].isupper() else None
        if concept:
            _count(feats, concept)
            continue
        if not word[0].isupper() or len(word) < 2 or not word.isalpha() or low in _DIVINE:
            continue
        skeleton = english_skeleton(low)
        if len(skeleton) >= 2:
            capitalised.append((low, skeleton, _sentence_initial(text, m.start())))
    words = _words(word_pattern.findall(text.lower()))
    return _English(
        feats,
        tuple(capitalised),
        words,
        tuple((m.group().lower(), _sentence_initial(text, m.start())) for m in name_pattern.finditer(text)),
        _lowercase(lower_pattern.findall(text), words),
    )


def _words(found: list[str]) -> frozenset[str]:
    """A segment's words as a set of interned strings: every block of English kept prepared (:data:`MAX_PREPARED` of
    them in pairing) holds its segments' words, and the same few thousand words were each block's own copies."""
    return frozen(map(sys.intern, found))


def _lowercase(found: list[str], words: frozenset[str]) -> frozenset[str]:
    """The words written in lower case (:func:`_words`), the segment's ``words`` themselves when they are the same
    set (a segment without a capital letter, most of them): one set held, not two equal ones."""
    lowercase = _words(found)
    return words if lowercase == words else lowercase


def _english_side(target: PreparedTarget) -> list[_English]:
    return [_english_words(t) for t in target.segments]


def _english_anchors(segment: _English, proper: frozenset[str]) -> _Anchors:
    """A capitalised word is a name (counted against a link that lacks it) unless it only starts a
    sentence and is not a proper name of the document: then it is a weak name (a bonus only); in a segment
    without a capital, a word the document's Arabic spells is a name too (:func:`_lowercase_names`)."""
    names: dict[str, int] = {}
    weak: set[str] = set()
    if not segment.name_words and proper:
        for low in segment.words & proper:
            _count(names, english_skeleton(low))
    for low, skeleton, initial in segment.capitalised:
        if initial and low not in proper:
            weak.add(skeleton)
        else:
            _count(names, skeleton)
    return _Anchors(segment.features, names, frozen(weak), EMPTY, words=segment.words)


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only spaces, quotes, brackets or sentence punctuation precede ``pos`` back to a sentence start."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(«[-–—":
        k -= 1
    return k < 0 or text[k] in ".!?…:\n\r"


def _proper_names(segments: list[_English], arabic_skeletons: frozenset[str]) -> frozenset[str]:
    """Lowercased words that are names: written capitalised other than at a sentence start, or
    only ever capitalised at sentence starts and spelled by some Arabic word of the document
    ("Sami smiled." with سامي; not "Many people..." unless an Arabic word spells it)."""
    if not any(segment.name_words for segment in segments):  # no capitalised word: no name (the common case of a reply)
        return _lowercase_names(segments, arabic_skeletons)
    mid: set[str] = set()
    initial: set[str] = set()
    for segment in segments:
        for word, at_start in segment.name_words:
            (initial if at_start else mid).add(word)
    lowercase = frozenset().union(*(s.lowercase for s in segments))
    spelled = {w for w in initial - mid - lowercase if english_skeleton(w) in arabic_skeletons}
    return frozenset(mid | spelled) | _lowercase_names(segments, arabic_skeletons)


#: An English word less common than this (wordfreq's Zipf scale) may be a name typed in lower case ("cairo" 3.8,
#: "jamal" 3.5, "luxor" unlisted; not "anyone" 5.4, whose skeleton أناني spells).
_RARE_ZIPF = 4.0


def _lowercase_names(segments: list[_English], arabic_skeletons: frozenset[str]) -> frozenset[str]:
    """The words of segments typed all in lower case ("i haven't visited the temples in luxor and aswan", a phone's
    chat, two thirds of its words English ones) that some Arabic word of the document spells and running English
    seldom has: names written in lower case,
    which a segment with capitals would have capitalised."""
    background = lexicon().background
    return frozenset(
        w for s in segments if not s.name_words and _mostly_english(s.words, background) for w in s.words
        if len(w) >= 4 and w.isalpha() and english_skeleton(w) in arabic_skeletons and english_zipf(w) < _RARE_ZIPF
    )


def _mostly_english(words: frozenset[str], background: dict[str, float]) -> bool:
    """Whether two thirds of a segment's words at least are English ones: a line of romanized Arabic ("fy 14% tqryba")
    is in lower case too, and its words spell the Arabic's."""
    return 3 * sum(w in background for w in words) >= 2 * len(words)


def _with_names(anchors: _Anchors, names: dict[str, int]) -> _Anchors:
    """The anchors with transliterated names (``s:<skeleton>``) counted among the symmetric features."""
    if not names:
        return anchors
    features = dict(anchors.features)
    for skeleton, n in names.items():
        _count(features, "s:" + skeleton, n)
    return _with_features(anchors, features)


def _with_features(a: _Anchors, features: dict[str, int]) -> _Anchors:
    """The anchors with other symmetric features (``dataclasses.replace`` without its cost)."""
    return _Anchors(features, a.names, a.weak_names, a.skeletons, a.latin, a.words, a.word_skeletons)


def _arabic_names(anchors: _Anchors, english_names: set[str]) -> dict[str, int]:
    """Arabic words that spell a proper name of the English side (سامي for Sami): skeleton -> count."""
    out: dict[str, int] = {}
    for skeletons in anchors.word_skeletons:
        hits = skeletons & english_names
        if hits:
            _count(out, min(hits))
    return out


def _merge_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _merge(anchors: list[_Anchors]) -> _Anchors:
    """The anchors of neighbouring segments taken together."""
    if len(anchors) == 1:
        return anchors[0]
    first, *rest = anchors
    feats, names, latin = first.features, first.names, first.latin
    weak, skel, words = set(first.weak_names), set(first.skeletons), set(first.words)
    for a in rest:
        feats = _merge_counts(feats, a.features)
        names = _merge_counts(names, a.names)
        latin = _merge_counts(latin, a.latin)
        weak |= a.weak_names
        skel |= a.skeletons
        words |= a.words
    word_skeletons = tuple(w for a in anchors for w in a.word_skeletons)
    return _Anchors(feats, names, frozen(weak), frozen(skel), latin, frozen(words), word_skeletons)


@dataclass(frozen=True)
class AnchorSimilarity(SidedSimilarity):
    """Cross-lingual anchors without MT: each anchor found on both sides is evidence for a link,
    each found on one side only is evidence against it. Weights are in nats per anchor.

    The source is taken to be Arabic and the target English (names are read that way); the
    symmetric anchors (numbers, punctuation, CLDR names, line breaks) work in either direction.
    """

    weights: Mapping[str, tuple[float, float]] = field(default_factory=lambda: dict(ANCHOR_WEIGHTS))
    name_match: float = 2.5
    name_miss: float = 0.8
    weak_name_match: float = 2.25
    latin_match: float = 2.0
    latin_miss: float = 1.0

    def scorer(self, source: PreparedSource, target: PreparedTarget) -> LinkScorer:
        """Anchors of every segment and of every two neighbours, with their one-sided penalties;
        each side's analysis is the one it keeps, whatever the weights."""
        arabic, skeletons = source.feature(_arabic_side)
        english = target.feature(_english_side)
        proper = _proper_names(english, skeletons)
        targets = [_english_anchors(e, proper) for e in english]
        if self.counts_words:  # common words (bilingual.align.words) as anchors of their own
            targets = [_with_words(b, w) for b, w in zip(targets, target.feature(_english_concepts))]
            return _AnchorScorer(self, source.feature(_arabic_with_words), targets, source.feature(_word_groups))
        return _AnchorScorer(self, arabic, targets, source.feature(_plain_groups))

    @cached_property
    def counts_words(self) -> bool:
        """Whether common words count (the weights name them: ``w:<concept>``); asked for every
        pair of sides, so worked out once."""
        return any(key.startswith("w:") for key in self.weights)

    @cached_property
    def link_weights(self) -> dict[str, tuple[float, float]]:
        """The weights by class with transliterated names (``translit``) among them, as links are scored."""
        return {**self.weights, "translit": (self.name_match, self.name_miss)}

    def upper_bound(self, source: PreparedSource, target: PreparedTarget) -> float:
        """A bound (nats) that no alignment of the two sides can exceed, summed over its links,
        from each side's totals alone (no link scored): every anchor on both sides counts its hit
        weight at most as often as the scarcer side has it, every capitalised English word an Arabic
        word could spell counts one name match, every Latin word kept in the Arabic and found in the
        English one Latin match, every number word its refunded one-sided charge (:func:`_number_words`);
        other one-sided anchors only ever subtract. Pairing skips a candidate
        whose bound cannot change its decision before scoring any link."""
        features, skeletons, latin = source.feature(_arabic_totals)
        english, capitalised, words = target.feature(_english_totals)
        if self.counts_words:
            features = source.feature(_arabic_totals_with_words)
            english = target.feature(_english_totals_with_words)
        default = self.weights["punct"]
        small, large = (features, english) if len(features) <= len(english) else (english, features)
        total = 0.0
        for key, n in sorted(small.items()):
            other = large.get(key)
            if other and key[0] != "~":
                total += max(self.weights.get(_anchor_class(key), default)[0], 0.0) * min(n, other)
        refunds = sum(n for side in (features, english) for key, n in side.items() if key[0] == "~")
        total += max(self.weights["number"][1], 0.0) * refunds  # a number word's one-sided charge comes back
        spelled = sum(1 for skeleton in capitalised if skeleton in skeletons) if capitalised else 0
        total += max(self.name_match, self.weak_name_match, 0.0) * spelled
        total += max(self.latin_match, 0.0) * (sum(n for word, n in latin.items() if word in words) if latin else 0)
        return total

    def source_tally(self, source: PreparedSource, target: PreparedTarget, rows: Sequence[int], cols: Sequence[int]) -> tuple[float, float]:
        """What the anchors of source segments ``rows`` give a link of them to target segments ``cols`` (nats, never
        negative): the hits, each symmetric feature's hit weight for every count both sides have and each Latin word kept
        in the Arabic that the English has; and the charges, each feature's one-sided weight for every count the target
        lacks and each such Latin word it lacks (names spelled across the sides left out; a number word's charge is
        refunded anyway). Pairing takes back what the parts of a split translation each claimed or were charged."""
        sides = self._sides(source, target, rows, cols)
        if sides is None:
            return 0.0, 0.0
        a, b = sides
        weights, default = self.link_weights, self.weights["punct"]
        hits = charges = 0.0
        for key, n in sorted(a.features.items()):
            if key[0] != "~":
                found = b.features.get(key, 0)
                weight = weights.get(_anchor_class(key), default)
                if found:
                    hits += max(weight[0], 0.0) * min(n, found)
                if n > found:
                    charges += max(weight[1], 0.0) * (n - found)
        kept = sum(n for word, n in a.latin.items() if word in b.words)
        lacked = sum(n for word, n in a.latin.items() if word not in b.words)
        return hits + max(self.latin_match, 0.0) * kept, charges + max(self.latin_miss, 0.0) * lacked

    def _sides(self, source: PreparedSource, target: PreparedTarget, rows: Sequence[int], cols: Sequence[int]) -> tuple[_Anchors, _Anchors] | None:
        """The anchors of source segments ``rows`` and of target segments ``cols``, each side's merged (common words
        counted when the weights name them); None when either side has no segment."""
        arabic = source.feature(_arabic_with_words) if self.counts_words else source.feature(_arabic_side)[0]
        english = target.feature(_english_side)
        proper = _proper_names(english, source.feature(_arabic_side)[1])
        targets = [_english_anchors(english[j], proper) for j in cols]
        if self.counts_words:
            concepts = target.feature(_english_concepts)
            targets = [_with_words(b, concepts[j]) for b, j in zip(targets, cols)]
        if not rows or not targets:
            return None
        return _merge([arabic[i] for i in rows]), _merge(targets)


_ARABIC_ONLY = frozenset("w:" + c for c in ARABIC_ONLY)  # common-word features an English segment is never charged for


def _plain_groups(source: PreparedSource) -> dict[int, list[_Anchors]]:
    """The source's anchor groups (segments and neighbouring pairs), kept with it."""
    return _groups(source.feature(_arabic_side)[0])


def _arabic_with_words(source: PreparedSource) -> list[_Anchors]:
    """The source's anchors with its common words counted (:mod:`.words`), kept with it."""
    return [_with_words(a, w) for a, w in zip(source.feature(_arabic_side)[0], source.feature(_arabic_words))]


def _word_groups(source: PreparedSource) -> dict[int, list[_Anchors]]:
    """:func:`_plain_groups` with common words counted."""
    return _groups(source.feature(_arabic_with_words))


def _arabic_words(source: PreparedSource) -> list[frozenset[str]]:
    """The common-word concepts of each source segment (:mod:`.words`)."""
    return [arabic_concepts(s, read=source.read) for s in source.segments]


def _english_concepts(target: PreparedTarget) -> list[frozenset[str]]:
    """The common-word concepts of each target segment (:mod:`.words`)."""
    return [english_concepts(t, loose=True) for t in target.segments]


def _with_words(anchors: _Anchors, concepts: frozenset[str]) -> _Anchors:
    """The anchors with each common-word concept counted once among the symmetric features (``w:<concept>``)."""
    if not concepts:
        return anchors
    return _with_features(anchors, _merge_counts(anchors.features, {"w:" + c: 1 for c in concepts}))


def _word_counts(per_segment: list[frozenset[str]]) -> dict[str, int]:
    """How many segments have each concept, as ``w:<concept>`` counts."""
    out: dict[str, int] = {}
    for concepts in per_segment:
        for c in concepts:
            _count(out, "w:" + c)
    return out


def _arabic_totals(source: PreparedSource) -> tuple[dict[str, int], frozenset[str], dict[str, int]]:
    """The source's anchors over all its segments: feature counts, skeletons, Latin words."""
    anchors, skeletons = source.feature(_arabic_side)
    features: dict[str, int] = {}
    latin: dict[str, int] = {}
    for a in anchors:
        features = _merge_counts(features, a.features)
        latin = _merge_counts(latin, a.latin)
    return features, skeletons, latin


def _arabic_totals_with_words(source: PreparedSource) -> dict[str, int]:
    """The source's feature counts (:func:`_arabic_totals`) with its common words counted."""
    return _merge_counts(source.feature(_arabic_totals)[0], _word_counts(source.feature(_arabic_words)))


def _english_totals_with_words(target: PreparedTarget) -> dict[str, int]:
    """The target's feature counts (:func:`_english_totals`) with its common words counted."""
    return _merge_counts(target.feature(_english_totals)[0], _word_counts(target.feature(_english_concepts)))


def _english_totals(target: PreparedTarget) -> tuple[dict[str, int], tuple[str, ...], frozenset[str]]:
    """The target's anchors over all its segments: feature counts, the skeleton of every
    capitalised word (name or not), every word."""
    segments = target.feature(_english_side)
    if len(segments) == 1:  # most blocks of a reply: the segment's own counts and words
        only = segments[0]
        return only.features, tuple(skeleton for _, skeleton, _ in only.capitalised), only.words
    features: dict[str, int] = {}
    for e in segments:
        features = _merge_counts(features, e.features)
    capitalised = tuple(skeleton for e in segments for _, skeleton, _ in e.capitalised)
    return features, capitalised, frozenset().union(*(e.words for e in segments)) or EMPTY


class _AnchorScorer(BlockScorer):
    """Score = sum over anchors on both sides of (hit + 2 miss) * min(count, count), less the
    one-sided penalty of each side (miss * count), since |x - y| = x + y - 2 min(x, y)."""

    def __init__(self, model: AnchorSimilarity, source: list[_Anchors], target: list[_Anchors],
                 plain: dict[int, list[_Anchors]]) -> None:
        self.model = model
        # Proper names are symmetric anchors: an English name, and an Arabic word that spells one of
        # the document's English names, each count against a link whose other side lacks it.
        # ``plain``: the source's groups when no Arabic word spells one (kept with the source).
        english_names = set().union(*(b.names for b in target))
        named = [_arabic_names(a, english_names) for a in source] if english_names else []
        self.src = _groups([_with_names(a, n) for a, n in zip(source, named)]) if any(named) else plain
        self.tgt = _groups([_with_names(b, b.names) for b in target])
        weights, default = model.link_weights, model.weights["punct"]
        self.gain: dict[str, float] = {}

        def penalty(features: dict[str, int], english: bool = False) -> float:
            total = 0.0
            for key, n in sorted(features.items()):  # in one order whatever the hash seed: a float sum's last bits depend on it
                hit, miss = weights.get(_anchor_class(key[1:] if key[0] == "~" else key), default)
                if key[0] == "~":  # a number word: its one-sided charge refunded; found on both sides it counts hit + miss
                    self.gain[key] = -miss
                    total -= miss * n
                    continue
                if key in _ARABIC_ONLY:  # charged on the Arabic side only: found on both it counts hit + miss
                    self.gain[key] = hit + miss
                    if english:
                        continue
                else:
                    self.gain[key] = hit + 2 * miss
                total += miss * n
            return total

        # Each segment's one-sided penalties (plain floats: pairing's blocks are mostly small).
        self.src_pen = {k: [penalty(a.features) + model.latin_miss * sum(a.latin.values()) for a in g] for k, g in self.src.items()}
        self.tgt_pen = {k: [penalty(b.features, english=True) for b in g] for k, g in self.tgt.items()}

    def rows(self, ds: int, dt: int, rows: range, cols: range) -> list[list[float]]:
        """:meth:`block` as lists, without numpy for the small blocks pairing scores (the same sums in the same order)."""
        a_side = self.src[ds][rows.start : rows.stop]
        b_side = self.tgt[dt][cols.start : cols.stop]
        tgt_pen = self.tgt_pen[dt][cols.start : cols.stop]
        out = [[-p - q for q in tgt_pen] for p in self.src_pen[ds][rows.start : rows.stop]]
        if not a_side or not b_side:
            return out
        shared = set().union(*(a.features for a in a_side)) & set().union(*(b.features for b in b_side))
        if len(a_side) * len(b_side) > _SMALL_BLOCK:
            return self._large(a_side, b_side, out, shared)
        return self._small(a_side, b_side, out, shared)

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        import numpy as np

        model = self.model
        a_side = self.src[ds][rows.start : rows.stop]
        b_side = self.tgt[dt][cols.start : cols.stop]
        if len(a_side) * len(b_side) <= _SMALL_BLOCK:
            return np.array(self.rows(ds, dt, rows, cols), dtype=float).reshape(len(a_side), len(b_side))
        out = -np.array(self.src_pen[ds][rows.start : rows.stop])[:, None] - np.array(self.tgt_pen[dt][cols.start : cols.stop])[None, :]
        shared = set().union(*(a.features for a in a_side)) & set().union(*(b.features for b in b_side))
        for key in sorted(shared):
            x = np.array([a.features.get(key, 0) for a in a_side])
            y = np.array([b.features.get(key, 0) for b in b_side])
            out += self.gain[key] * np.minimum.outer(x, y)
        skeletons = set().union(*(a.skeletons for a in a_side))
        for skeleton in sorted(skeletons & set().union(*(b.weak_names for b in b_side))):
            has = np.array([skeleton in a.skeletons for a in a_side], dtype=float)
            out += model.weak_name_match * np.outer(has, [skeleton in b.weak_names for b in b_side])
        for word in sorted(set().union(*(a.latin for a in a_side)) & set().union(*(b.words for b in b_side))):
            count = np.array([a.latin.get(word, 0) for a in a_side], dtype=float)
            out += (model.latin_match + model.latin_miss) * np.outer(count, [word in b.words for b in b_side])
        return out


    def _large(self, a_side: list[_Anchors], b_side: list[_Anchors], out: list[list[float]], shared: set[str]) -> list[list[float]]:
        """:meth:`block`'s larger blocks in plain Python, so that pairing never loads numpy (11.7 MiB): term by
        term as numpy adds them (each anchor over the whole block, in :meth:`block`'s order), but only
        where the term is not zero. Adding a zero changes a sum only from -0.0 to 0.0, so a cell left at -0.0
        is summed again cell by cell (:meth:`_small`): every cell the same float as :meth:`block`'s."""
        model = self.model
        gain = self.gain
        for key in sorted(shared):
            xs = [(row, x) for a, row in zip(a_side, out) if (x := a.features.get(key, 0))]
            ys = [(j, y) for j, b in enumerate(b_side) if (y := b.features.get(key, 0))]
            g = gain[key]
            if min((x for _, x in xs), default=0) < 0 or min((y for _, y in ys), default=0) < 0:  # never a count: min() of a zero is not zero
                xs = [(row, a.features.get(key, 0)) for a, row in zip(a_side, out)]
                ys = [(j, b.features.get(key, 0)) for j, b in enumerate(b_side)]
            for row, x in xs:
                for j, y in ys:
                    row[j] += g * min(x, y)
        weak = model.weak_name_match * 1.0
        weak_names = sorted(set().union(*(a.skeletons for a in a_side)) & set().union(*(b.weak_names for b in b_side)))
        latin_words = sorted(set().union(*(a.latin for a in a_side)) & set().union(*(b.words for b in b_side)))
        for skeleton in weak_names:
            js = [j for j, b in enumerate(b_side) if skeleton in b.weak_names]
            for a, row in zip(a_side, out):
                if skeleton in a.skeletons:
                    for j in js:
                        row[j] += weak
        latin = model.latin_match + model.latin_miss
        for word in latin_words:
            js = [j for j, b in enumerate(b_side) if word in b.words]
            for a, row in zip(a_side, out):
                if count := a.latin.get(word, 0):
                    term = latin * float(count)
                    for j in js:
                        row[j] += term
        for a, row in zip(a_side, out):
            if 0.0 in row:
                for j, value in enumerate(row):
                    if value == 0.0 and math.copysign(1.0, value) < 0:
                        row[j] = self._small([a], [b_side[j]], [[value]], shared, weak_names, latin_words)[0][0]
        return out

    def _small(self, a_side: list[_Anchors], b_side: list[_Anchors], out: list[list[float]], shared: set[str],
               weak: list[str] | None = None, latin: list[str] | None = None) -> list[list[float]]:
        """:meth:`block` cell by cell in plain Python, for the few links numpy is slower on (pairing
        scores a passage of a few clauses against a comment of a few): the same sums in the same order.
        ``weak``, ``latin``: the block's weak names and Latin words when ``a_side``/``b_side`` are a cell of it."""
        model = self.model
        if weak is None:
            weak = sorted(set().union(*(a.skeletons for a in a_side)) & set().union(*(b.weak_names for b in b_side)))
        if latin is None:
            latin = sorted(set().union(*(a.latin for a in a_side)) & set().union(*(b.words for b in b_side)))
        keys = sorted(shared)
        for a, row in zip(a_side, out):
            for j, b in enumerate(b_side):
                value = row[j]
                for key in keys:
                    value += self.gain[key] * min(a.features.get(key, 0), b.features.get(key, 0))
                for skeleton in weak:
                    value += model.weak_name_match * float(skeleton in a.skeletons and skeleton in b.weak_names)
                for word in latin:
                    value += (model.latin_match + model.latin_miss) * float(a.latin.get(word, 0) if word in b.words else 0)
                row[j] = value
        return out


_SMALL_BLOCK = 48  # links scored in plain Python below this many (numpy's overhead is larger)


def _groups(anchors: list[_Anchors]) -> dict[int, list[_Anchors]]:
    """Group size -> anchors of each group starting at 0, 1, ...: single segments and pairs of neighbours."""
    return {1: anchors, 2: [_merge(anchors[i : i + 2]) for i in range(len(anchors) - 1)]}


def _anchor_class(key: str) -> str:
    """The weight class of an anchor key: a punctuation mark (``p?``), ``nl``, ``number``, ``translit``
    (a transliterated proper name) or ``name`` (a CLDR name)."""
    if key[0] == "p":
        return key if key in ANCHOR_WEIGHTS else "punct"
    if key[0] == "#":
        return "number"
    if key[0] == "w":
        return key  # a common word: weighted on its own
    if key[0] == "s":
        return "translit"
    return key if key == "nl" else "name"
