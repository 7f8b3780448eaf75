"""Monotonic alignment of Arabic segments with their human translation, with pluggable similarity.

A dynamic program (Gale & Church 1993) links ``source`` and ``target`` segments in order with links
of kinds 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1. Each candidate link is scored by a :class:`Similarity`
as a log-likelihood ratio (nats) "these are translations" against "these are unrelated", plus a log
prior on its kind. Defaults: a length model (the Gale-Church prior) plus cross-lingual anchors
(numbers, punctuation, sentence ends and line breaks, CLDR names of countries, territories,
languages and months matched with typos, transliterated proper names, Latin words kept in the
Arabic); with machine output for the source, chrF between it and the human segment is added
(the Bleualign idea). Defaults were tuned on the first half of tatoeba-ara-eng and tico19
(``bench/bench_align.py``).
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Mapping, Protocol, Sequence

import regex

__all__ = [
    "Link",
    "Similarity",
    "LinkScorer",
    "LengthSimilarity",
    "AnchorSimilarity",
    "ChrfSimilarity",
    "Combined",
    "align",
    "gale_church",
    "alignment_score",
    "split_segments",
    "KINDS",
]

#: Link kinds as ``(number of source segments, number of target segments)``.
KINDS: dict[str, tuple[int, int]] = {"1-1": (1, 1), "1-0": (1, 0), "0-1": (0, 1), "2-1": (2, 1), "1-2": (1, 2), "2-2": (2, 2)}


@dataclass(frozen=True, slots=True)
class Link:
    """Source segments ``src`` translated by target segments ``tgt`` (indices, consecutive).

    ``score`` is in [0, 1]: how sure the aligner is that the two sides translate each other
    (0 for a segment left without counterpart).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"1-2"``, ``"2-1"``, ``"2-2"``, ``"1-0"`` or ``"0-1"``."""
        return f"{len(self.src)}-{len(self.tgt)}"

    def to_dict(self) -> dict[str, object]:
        """JSON form: ``{"src": [...], "tgt": [...], "score": ...}``."""
        return {"src": list(self.src), "tgt": list(self.tgt), "score": round(self.score, 4)}


#: Scores linking ``source[i0:i1]`` with ``target[j0:j1]`` (both non-empty): a log-likelihood ratio.
LinkScorer = Callable[[int, int, int, int], float]


class Similarity(Protocol):
    """A way to score candidate links; ``prepare`` sees the whole document once (for its statistics)."""

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Precompute what is needed and return the scorer of candidate links for this document."""
        ...


class BlockScorer(ABC):
    """A :data:`LinkScorer` that also scores a rectangle of candidate links at once (with numpy):
    the dynamic program asks for blocks; a plain scorer is asked cell by cell instead."""

    @abstractmethod
    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        """Array ``[len(rows), len(cols)]``: scores of ``source[i:i+ds]`` with ``target[j:j+dt]``."""

    def __call__(self, i0: int, i1: int, j0: int, j1: int) -> float:
        return float(self.block(i1 - i0, j1 - j0, range(i0, i0 + 1), range(j0, j0 + 1))[0, 0])


class _CellWise(BlockScorer):
    """Blocks of a plain scorer, one call per cell."""

    def __init__(self, scorer: LinkScorer) -> None:
        self.scorer = scorer

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        import numpy as np

        return np.array([[self.scorer(i, i + ds, j, j + dt) for j in cols] for i in rows], dtype=float).reshape(len(rows), len(cols))


def _as_block(scorer: LinkScorer) -> BlockScorer:
    return scorer if isinstance(scorer, BlockScorer) else _CellWise(scorer)


# --------------------------------------------------------------------------------------------
# Length model: the Gale-Church prior as a log-likelihood ratio.

_SPACE = regex.compile(r"[\s\p{Mn}\p{Cf}]+")


def _length(text: str) -> int:
    """Characters that carry length: no spaces, no diacritics, no format controls."""
    return len(_SPACE.sub("", text))


def _log_normal_pdf(x: Any, sigma: Any) -> Any:
    """Log density of ``N(0, sigma^2)`` at ``x`` (floats or numpy arrays)."""
    import numpy as np

    return -0.5 * (x / sigma) ** 2 - np.log(sigma) - 0.9189385332046727


@dataclass(frozen=True)
class LengthSimilarity:
    """Length ratio of translations: log(target/source length) is close to the document's ratio.

    Translated pairs: ``N(0, sigma0^2 + spread/len)``; unrelated pairs: ``N(0, sigma_random^2)``
    (Gale & Church model length differences the same way, in characters).
    """

    sigma0: float = 0.21
    spread: float = 0.375
    sigma_random: float = 1.0
    outlier: float = 0.015

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Lengths of segments and of pairs of neighbours, and the document's target/source ratio."""
        return _LengthScorer(self, [_length(t) for t in source], [_length(t) for t in target])


class _LengthScorer(BlockScorer):
    def __init__(self, model: LengthSimilarity, source: list[int], target: list[int]) -> None:
        import numpy as np

        self.model = model
        self.src = {k: _window_sums(np.array(source, dtype=float), k) for k in (1, 2)}
        self.tgt = {k: _window_sums(np.array(target, dtype=float), k) for k in (1, 2)}
        total_s, total_t = sum(source), sum(target)
        self.mu = math.log((total_t + 1) / (total_s + 1)) if total_s and total_t else 0.0

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        import numpy as np

        m = self.model
        ls = self.src[ds][rows.start:rows.stop, None]
        lt = self.tgt[dt][None, cols.start:cols.stop]
        x = np.log((lt + 2) / (ls + 2)) - self.mu
        sigma = np.sqrt(m.sigma0**2 + m.spread / (0.5 * (ls + lt) + 1))
        aligned = np.logaddexp(
            math.log(1 - m.outlier) + _log_normal_pdf(x, sigma),
            math.log(m.outlier) + _log_normal_pdf(x, m.sigma_random),
        )
        return aligned - _log_normal_pdf(x, m.sigma_random)


def _window_sums(values: Any, k: int) -> Any:
    """Sums of ``k`` consecutive values (``len(values) - k + 1`` of them, none if too few)."""
    import numpy as np

    if len(values) < k:
        return np.zeros(0)
    cum = np.concatenate(([0.0], np.cumsum(values)))
    return cum[k:] - cum[:-k]


def _cumulative(values: Sequence[int]) -> list[int]:
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


# --------------------------------------------------------------------------------------------
# Normalization and names (CLDR via babel, transliteration skeletons).

_DIACRITICS = regex.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_LOCAL_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def _fold(text: str) -> str:
    """Search-style folding (alef variants, teh marbuta, alef maqsura, diacritics, tatweel), lowercased."""
    return _folder()(text).lower()


@lru_cache(maxsize=1)
def _folder() -> Callable[[str], str]:
    """``bilingual.normalize`` with profile ``search`` when that module is present, else a minimal
    local fold of the same letters."""
    try:
        from .normalize import normalize
    except ImportError:
        return lambda text: _DIACRITICS.sub("", text).translate(_LOCAL_FOLD)
    return lambda text: normalize(text, profile="search", track_offsets=False).text


_WORD = regex.compile(r"[\p{L}\p{M}]+")
_ARABIC_WORD = regex.compile(r"\p{Arabic}")
_LATIN_WORD = regex.compile(r"\p{Latin}+")
# Clitic prefixes tried on Arabic words: conjunctions, prepositions, the article.
_ARTICLE = regex.compile(r"^(?:[وفبك]?ال|لل|و)(?=..)")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "وك")


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    """The folded Arabic word with each clitic prefix removed (ال, و, ب, ل, ف, ك and combinations)."""
    out = []
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
    return tuple(out)


def _deletions(word: str, depth: int = 1) -> set[str]:
    """The word and every form of it with up to ``depth`` letters after the first removed (a
    symmetric-deletion fuzzy index: typos keep a name's first letter)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:k] + w[k + 1:] for w in frontier for k in range(1, len(w))}
        out |= frontier
    return out


_FUZZY_MIN = 6  # names shorter than this are matched exactly: short Arabic words are too alike


def _fuzzy_depth(word: str) -> int:
    """Typos tolerated in a word matched to a name: none below 5 letters, one up to 7, two from 8."""
    return 0 if len(word) < 5 else 1 if len(word) < 8 else 2


_NISBA = ("يين", "يون", "يه", "ين", "ي")


def _nisba_stems(stem: str) -> tuple[str, ...]:
    """The stem and, for a relative adjective (الشيشانية, الفرنسيين), its base (شيشان, فرنس)."""
    return (stem, *(stem[: -len(suf)] for suf in _NISBA if stem.endswith(suf) and len(stem) - len(suf) >= 3))


@dataclass(frozen=True)
class _NameTable:
    arabic_exact: dict[str, str]
    arabic_shared: frozenset[str]
    arabic_fuzzy: dict[str, frozenset[str]]  # deletion variant -> index words it may be a typo of
    english: dict[str, str]


def _cldr_concepts() -> dict[str, tuple[list[str], list[str]]]:
    """Concept id -> (Arabic names, English names) from CLDR via babel: territories (``T:SA``),
    major languages (``L:ar``) and months (``M:1``). Weekdays are left out: Arabic names them
    with ordinary words (الأحد "the one", الجمعة "the gathering")."""
    from babel import Locale
    from babel.core import get_global

    ar, en = Locale("ar"), Locale("en")
    concepts: dict[str, tuple[list[str], list[str]]] = {}
    for code, name in en.territories.items():
        if code.isalpha() and code not in _NOT_PLACES and code in ar.territories:
            concepts[f"T:{code}"] = ([ar.territories[code]], [name])
    likely = get_global("likely_subtags")
    for code, name in en.languages.items():
        if code in _major_languages() and code in ar.languages:
            territory = str(likely.get(code, "")).rpartition("_")[2]
            if _language_of_country(ar.languages[code], ar.territories.get(territory, "")):
                # Danish/Denmark, الدانمركية/الدانمرك: one concept, so either name matches the other.
                concepts[f"T:{territory}"][0].append(ar.languages[code])
                concepts[f"T:{territory}"][1].append(name)
            else:
                concepts[f"L:{code}"] = ([ar.languages[code]], [name])
    for n, name in en.months["format"]["wide"].items():
        concepts[f"M:{n}"] = ([ar.months["format"]["wide"][n], ar.months["stand-alone"]["wide"][n]], [name])
    return concepts


_NOT_PLACES = frozenset({"ZZ", "QO", "XA", "XB"})  # unknown region, outlying Oceania, pseudo-locales


@lru_cache(maxsize=1)
def _major_languages() -> frozenset[str]:
    """Two-letter languages official in some territory for at least a fifth of its people (CLDR):
    the languages people name, without the hundreds whose names collide with ordinary words."""
    from babel.core import get_global

    return frozenset(
        code
        for languages in get_global("territory_languages").values()
        for code, info in languages.items()
        if len(code) == 2
        and info.get("official_status") in ("official", "de_facto_official")
        and info.get("population_percent", 0) >= 20
    )


def _language_of_country(language: str, country: str) -> bool:
    """True when an Arabic language name is the relative adjective of a one-word country name
    (الألمانية of ألمانيا, الفرنسية of فرنسا), so both name the same concept."""
    lang_words, country_words = _name_words(language, True), _name_words(country, True)
    if len(lang_words) != 1 or len(country_words) != 1:
        return False
    c = country_words[0]
    bases = {c, c[:-1] if c.endswith("ا") else c, c[:-2] if c.endswith("يا") else c}
    return bool(bases & set(_nisba_stems(lang_words[0])))


def _name_words(name: str, arabic: bool) -> list[str]:
    """Folded words of 3+ letters of a name; Arabic words without their article."""
    words = [(raw, _fold(raw)) for raw in _WORD.findall(name)]
    # Strip the article only where it is written as one (الصومال), not in ألمانيا folded to المانيا.
    return [w[2:] if arabic and raw.startswith("ال") and len(w) >= 5 else w for raw, w in words if len(w) >= 3]


_EN_ADJECTIVE = ("an", "ese", "ish", "ern")
_NISBA_NAME = "يه"  # an Arabic language name is a feminine relative adjective: الشيشانية


def _word_index(
    names: dict[str, list[str]], distinctive: Callable[[str, str], bool], arabic: bool
) -> tuple[dict[str, str], frozenset[str]]:
    """Word -> concept: one-word names (and, in Arabic, the base of a ``-ية`` adjective: شيشان of
    الشيشانية), then the distinctive words of longer names (``distinctive(concept, word)``) that
    belong to one concept only. Also returns the words of several concepts' names (الجمهورية,
    "republic"), which name none."""
    whole: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    for concept, concept_names in names.items():
        for name in concept_names:
            words = _name_words(name, arabic)
            if len(words) == 1:
                w = words[0]
                keys = [w, w[: -len(_NISBA_NAME)]] if arabic and w.endswith(_NISBA_NAME) and len(w) >= 6 else [w]
                for key in keys:
                    whole.setdefault(key, set()).add(concept)
            for w in words:
                parts.setdefault(w, set()).add(concept)
    index = {w: next(iter(c)) for w, c in parts.items() if len(c) == 1 and distinctive(next(iter(c)), w)}
    index.update({w: next(iter(c)) for w, c in whole.items() if len(c) == 1})
    index = {w: c for w, c in index.items() if w not in whole or len(whole[w]) == 1}
    return index, frozenset(w for w in [*parts, *whole] if w not in index)


def _english_distinctive(concept: str, word: str) -> bool:
    """A word of a longer English name that names the place: not short, not an adjective (American)."""
    return len(word) >= 5 and not word.endswith(_EN_ADJECTIVE)


def _english_skeletons(names: list[str]) -> frozenset[str]:
    """Transliteration skeletons of the words of English names."""
    return frozenset(_english_skeleton(w.lower()) for name in names for w in _WORD.findall(name))


def _transliterates(word: str, english: frozenset[str]) -> bool:
    """True when an Arabic name word spells one of the English name's words (سعودية and Saudi,
    الصحراء and Sahara), so it is a name and not a translated common word (الغربية, "Western")."""
    bases = [word, *(word[: -len(suf)] for suf in _NISBA if word.endswith(suf) and len(word) - len(suf) >= 3)]
    return any(sk in english for b in bases for sk in _arabic_skeletons(b))


@lru_cache(maxsize=1)
def _names() -> _NameTable:
    """CLDR names in Arabic and English, keyed by folded word -> concept id, with a fuzzy index of
    the Arabic words for typos (``السعوية`` -> Saudi Arabia)."""
    concepts = _cldr_concepts()
    english_skeletons = {c: _english_skeletons(en) for c, (_, en) in concepts.items()}
    arabic, shared = _word_index(
        {c: ar for c, (ar, _) in concepts.items()},
        lambda concept, word: len(word) >= 4 and _transliterates(word, english_skeletons[concept]),
        arabic=True,
    )
    english, _ = _word_index({c: en for c, (_, en) in concepts.items()}, _english_distinctive, arabic=False)
    fuzzy: dict[str, set[str]] = {}
    for w in arabic:
        if len(w) >= _FUZZY_MIN:
            for d in _deletions(w, _fuzzy_depth(w)):
                fuzzy.setdefault(d, set()).add(w)
    return _NameTable(
        arabic, shared, {k: frozenset(v) for k, v in fuzzy.items()}, {w: c for w, c in english.items() if len(w) >= 4}
    )


@lru_cache(maxsize=65536)
def _arabic_concept(word: str) -> str | None:
    """The CLDR concept an Arabic (folded) word names: exactly, without clitics (والسعودية) or as a
    relative adjective (المصريين); else with one typo (two from 8 letters) in the name (السعوية)."""
    table = _names()
    candidates = [n for s in _stems(word) for n in _nisba_stems(s)]
    for s in candidates:
        if s in table.arabic_exact:
            return table.arabic_exact[s]
    if any(s in table.arabic_shared for s in candidates):
        return None
    bare = _ARTICLE.sub("", word, count=1)
    depth = _fuzzy_depth(bare)
    if not depth:
        return None
    keys: set[str] = set()
    for d in _deletions(bare, depth):
        keys |= table.arabic_fuzzy.get(d, frozenset())
    concepts = {table.arabic_exact[k] for k in keys if _within(bare, k, depth)}
    return next(iter(concepts)) if len(concepts) == 1 else None


def _within(word: str, name: str, errors: int) -> bool:
    """True when ``word`` is ``name`` with at most ``errors`` insertions, deletions or substitutions."""
    return regex.fullmatch(f"(?:{regex.escape(name)}){{e<={errors}}}", word) is not None


_EN_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ns", "n", "s")


@lru_cache(maxsize=65536)
def _english_concept(word: str) -> str | None:
    """The CLDR concept an English (lowercased) word names, or its derived form (Iranian, Iraqi,
    Chinese, Italians: a name, less a final vowel, plus a suffix)."""
    table = _names().english
    if word in table:
        return table[word]
    for suffix in _EN_SUFFIXES:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 4:
            for name in (base, base + "a", base + "e", base + "y", base + "o"):
                if name in table:
                    return table[name]
    return None


# Transliteration skeletons: consonant classes shared by an English name and its Arabic spelling.
_EN_DIGRAPHS = (("sh", "S"), ("ch", "S"), ("th", "T"), ("ph", "F"), ("kh", "K"), ("gh", "K"), ("ck", "K"), ("qu", "K"), ("dh", "D"))
_EN_LETTERS = dict(zip("bpfvtdkcqgjxszlmnrh", "BBFFTDKKKKKKSSLMNRH"))
_AR_LETTERS = dict(zip("بپتثطجچحخدذرزسشصضظعغفڤقكگلمنه", "BBTTTKSHKDDRSSSSDSxKFFKKKLMNH"))


def _collapse(chars: list[str]) -> str:
    """Join consonant classes, merging doubled letters (``kk``, shadda) but not ones a vowel
    (``x``) separates: Layla and ليلى both give ``LL``."""
    out: list[str] = []
    for c in chars:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out).replace("x", "")


@lru_cache(maxsize=65536)
def _english_skeleton(word: str) -> str:
    """Consonant classes of a lowercased English word (vowels, w and y dropped)."""
    chars: list[str] = []
    k = 0
    while k < len(word):
        pair = word[k:k + 2]
        for digraph, cls in _EN_DIGRAPHS:
            if pair == digraph:
                chars.append(cls)
                k += 2
                break
        else:
            c = word[k]
            if c == "c" and word[k + 1:k + 2] in ("e", "i", "y"):
                chars.append("S")
            elif c == "x":
                chars.extend("KS")
            else:
                chars.append(_EN_LETTERS.get(c, "x"))
            k += 1
    return _collapse(chars)


@lru_cache(maxsize=65536)
def _arabic_skeletons(word: str) -> frozenset[str]:
    """Consonant-class skeletons of a folded Arabic word and of its stems without clitics."""
    return frozenset(_collapse([_AR_LETTERS.get(c, "x") for c in s]) for s in _stems(word) if len(s) >= 3)


# --------------------------------------------------------------------------------------------
# Anchors.

_NUMBER = regex.compile(r"\d+")
_PUNCT = {"?": "?", "؟": "?", "!": "!", ",": ",", "،": ",", ";": ";", "؛": ";", ":": ":", "%": "%", "٪": "%",
          "(": "(", ")": "(", "\"": "\"", "“": "\"", "”": "\"", "«": "\"", "»": "\"", "…": "…"}
_PUNCT_CHARS = regex.compile("[" + regex.escape("".join(_PUNCT)) + "]")
_ELLIPSIS = regex.compile(r"\.{3,}|…+")
_SENTENCE_ENDS = regex.compile(r"[.!?؟…]+(?=[\"'”’»)\]]*(?:\s|$))")
_LOWER_WORD = regex.compile(r"\b\p{Ll}+\b")
_NAME_WORD = regex.compile(r"\b\p{Lu}[\p{Ll}\p{Lu}]+")


@dataclass
class _Anchors:
    """The anchors of one segment: symmetric features (counts), and names on each side."""

    features: dict[str, int]
    names: dict[str, int]  # English side: skeletons of proper names (penalised when missing)
    weak_names: frozenset[str]  # English: sentence-initial capitalised words (bonus only)
    skeletons: frozenset[str]  # Arabic side: every skeleton the segment's words can spell
    latin: dict[str, int] = field(default_factory=dict)  # Arabic side: Latin-script words kept as written
    words: frozenset[str] = frozenset()  # English side: every word, lowercased
    word_skeletons: tuple[frozenset[str], ...] = ()  # Arabic side: the skeletons of each word


def _with_names(anchors: _Anchors, names: dict[str, int]) -> _Anchors:
    """The anchors with transliterated names (``s:<skeleton>``) counted among the symmetric features."""
    if not names:
        return anchors
    features = dict(anchors.features)
    for skeleton, n in names.items():
        _count(features, "s:" + skeleton, n)
    return replace(anchors, features=features)


def _arabic_names(anchors: _Anchors, english_names: set[str]) -> dict[str, int]:
    """Arabic words that spell a proper name of the English side (سامي for Sami): skeleton -> count."""
    out: dict[str, int] = {}
    for skeletons in anchors.word_skeletons:
        hits = skeletons & english_names
        if hits:
            _count(out, min(hits))
    return out


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
    """Numbers, punctuation, sentence ends, ellipses and internal line breaks: the same in both languages."""
    feats: dict[str, int] = {}
    for m in _NUMBER.finditer(text):
        _count(feats, f"#{_number_key(m.group())}")
    ellipses = len(_ELLIPSIS.findall(text))
    if ellipses:
        _count(feats, "p…", ellipses)
    for ch in _PUNCT_CHARS.findall(_ELLIPSIS.sub(" ", text)):
        _count(feats, "p" + _PUNCT[ch])
    ends = len(_SENTENCE_ENDS.findall(text))
    if ends:
        _count(feats, "p.", ends)
    breaks = text.strip().count("\n")
    if breaks:
        _count(feats, "nl", breaks)
    return feats


def _arabic_anchors(text: str) -> _Anchors:
    feats = _common_anchors(text)
    per_word: list[frozenset[str]] = []
    latin: dict[str, int] = {}
    for word in _WORD.findall(_fold(text)):
        if not _ARABIC_WORD.search(word):
            if len(word) >= 3 and _LATIN_WORD.fullmatch(word):
                _count(latin, word)
            continue
        concept = _arabic_concept(word) if len(word) >= 3 else None
        if concept:
            _count(feats, concept)
        else:
            per_word.append(frozenset(s for s in _arabic_skeletons(word) if len(s) >= 2))
    return _Anchors(feats, {}, frozenset(), frozenset().union(*per_word), latin, word_skeletons=tuple(per_word))


def _english_anchors(text: str, proper: frozenset[str]) -> _Anchors:
    feats = _common_anchors(text)
    names: dict[str, int] = {}
    weak: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group()
        low = word.lower()
        concept = _english_concept(low) if len(low) >= 4 and word[0].isupper() else None
        if concept:
            _count(feats, concept)
            continue
        if not word[0].isupper() or len(word) < 2 or not word.isalpha():
            continue
        skeleton = _english_skeleton(low)
        if len(skeleton) < 2:
            continue
        if _sentence_initial(text, m.start()) and low not in proper:
            weak.add(skeleton)
        else:
            _count(names, skeleton)
    return _Anchors(feats, names, frozenset(weak), frozenset(), words=frozenset(_WORD.findall(text.lower())))


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only spaces, quotes, brackets or sentence punctuation precede ``pos`` back to a sentence start."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(«[-–—":
        k -= 1
    return k < 0 or text[k] in ".!?…:\n\r"


def _proper_names(texts: Sequence[str], arabic_skeletons: frozenset[str]) -> frozenset[str]:
    """Lowercased words that are names: written capitalised other than at a sentence start, or
    only ever capitalised at sentence starts and spelled by some Arabic word of the document
    ("Sami smiled." with سامي; not "Many people..." unless an Arabic word spells it)."""
    mid: set[str] = set()
    initial: set[str] = set()
    for text in texts:
        for m in _NAME_WORD.finditer(text):
            (initial if _sentence_initial(text, m.start()) else mid).add(m.group().lower())
    lowercase = {w for text in texts for w in _LOWER_WORD.findall(text)}
    spelled = {w for w in initial - mid - lowercase if _english_skeleton(w) in arabic_skeletons}
    return frozenset(mid | spelled)


def _merge_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _merge(anchors: Sequence[_Anchors]) -> _Anchors:
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
    return _Anchors(feats, names, frozenset(weak), frozenset(skel), latin, frozenset(words), word_skeletons)


@dataclass(frozen=True)
class AnchorSimilarity:
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

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Anchors of every segment and of every two neighbours, with their one-sided penalties."""
        arabic = [_arabic_anchors(s) for s in source]
        proper = _proper_names(target, frozenset().union(*(a.skeletons for a in arabic)))
        return _AnchorScorer(self, arabic, [_english_anchors(t, proper) for t in target])


class _AnchorScorer(BlockScorer):
    """Score = sum over anchors on both sides of (hit + 2 miss) * min(count, count), less the
    one-sided penalty of each side (miss * count), since |x - y| = x + y - 2 min(x, y)."""

    def __init__(self, model: AnchorSimilarity, source: list[_Anchors], target: list[_Anchors]) -> None:
        import numpy as np

        self.model = model
        # Proper names are symmetric anchors: an English name, and an Arabic word that spells one of
        # the document's English names, each count against a link whose other side lacks it.
        english_names = set().union(*(b.names for b in target))
        self.src = _groups([_with_names(a, _arabic_names(a, english_names)) for a in source])
        self.tgt = _groups([_with_names(b, b.names) for b in target])
        weights, default = dict(model.weights), model.weights["punct"]
        weights["translit"] = (model.name_match, model.name_miss)
        self.gain: dict[str, float] = {}

        def penalty(features: dict[str, int]) -> float:
            total = 0.0
            for key, n in features.items():
                hit, miss = weights.get(_anchor_class(key), default)
                self.gain[key] = hit + 2 * miss
                total += miss * n
            return total

        self.src_pen = {
            k: np.array([penalty(a.features) + model.latin_miss * sum(a.latin.values()) for a in g]) for k, g in self.src.items()
        }
        self.tgt_pen = {k: np.array([penalty(b.features) for b in g]) for k, g in self.tgt.items()}

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        import numpy as np

        model = self.model
        a_side = self.src[ds][rows.start:rows.stop]
        b_side = self.tgt[dt][cols.start:cols.stop]
        out = -self.src_pen[ds][rows.start:rows.stop, None] - self.tgt_pen[dt][None, cols.start:cols.stop]
        if not a_side or not b_side:
            return out
        shared = set().union(*(a.features for a in a_side)) & set().union(*(b.features for b in b_side))
        for key in shared:
            x = np.array([a.features.get(key, 0) for a in a_side])
            y = np.array([b.features.get(key, 0) for b in b_side])
            out += self.gain[key] * np.minimum.outer(x, y)
        skeletons = set().union(*(a.skeletons for a in a_side))
        for skeleton in skeletons & set().union(*(b.weak_names for b in b_side)):
            has = np.array([skeleton in a.skeletons for a in a_side], dtype=float)
            out += model.weak_name_match * np.outer(has, [skeleton in b.weak_names for b in b_side])
        for word in set().union(*(a.latin for a in a_side)) & set().union(*(b.words for b in b_side)):
            count = np.array([a.latin.get(word, 0) for a in a_side], dtype=float)
            out += (model.latin_match + model.latin_miss) * np.outer(count, [word in b.words for b in b_side])
        return out


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
    if key[0] == "s":
        return "translit"
    return key if key == "nl" else "name"


#: (nats for each anchor on both sides, nats against each anchor on one side only), by class.
ANCHOR_WEIGHTS: dict[str, tuple[float, float]] = {
    "number": (2.0, 1.0), "name": (4.5, 1.0), "nl": (0.8, 0.8), "punct": (0.4, 0.8),
    "p?": (1.0, 1.7), "p!": (0.8, 2.4), "p.": (0.75, 2.0), "p,": (0.75, 0.5), "p…": (0.8, 0.8),
}


@dataclass(frozen=True)
class ChrfSimilarity:
    """chrF (sacrebleu) between the machine translation of the source group and the target group.

    The Bleualign idea: MT output and the human translation share character n-grams when they
    translate the same text. The score is ``weight * (chrF - baseline) / 100`` nats.
    """

    weight: float = 12.0
    baseline: float = 25.0

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Needs ``mt`` (one machine translation per source segment)."""
        if mt is None:
            raise ValueError("ChrfSimilarity needs machine translations of the source segments")
        from sacrebleu.metrics import CHRF

        chrf = CHRF()

        def score(i0: int, i1: int, j0: int, j1: int) -> float:
            hyp = " ".join(mt[i0:i1])
            ref = " ".join(target[j0:j1])
            return self.weight * (chrf.sentence_score(hyp, [ref]).score - self.baseline) / 100.0

        return score


@dataclass(frozen=True)
class Combined:
    """The sum of several similarities' log-likelihood ratios."""

    parts: tuple[Similarity, ...]

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Prepare every part; the scorer adds their scores."""
        return _Sum([_as_block(p.prepare(source, target, mt)) for p in self.parts])


class _Sum(BlockScorer):
    def __init__(self, parts: list[BlockScorer]) -> None:
        self.parts = parts

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        total = self.parts[0].block(ds, dt, rows, cols)
        for part in self.parts[1:]:
            total = total + part.block(ds, dt, rows, cols)
        return total


# --------------------------------------------------------------------------------------------
# Dynamic programming.

#: Log priors of link kinds for the default aligner.
PRIORS: dict[str, float] = {"1-1": math.log(0.85), "1-0": math.log(0.02), "0-1": math.log(0.02),
                            "2-1": math.log(0.05), "1-2": math.log(0.05), "2-2": math.log(0.0025)}


def _band(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """For each source position ``i`` (0..n), the range of target positions the search may visit."""
    out = []
    for i in range(n + 1):
        centre = i * m / n if n else 0
        out.append((max(0, int(centre) - width), min(m, int(math.ceil(centre)) + width)))
    return out


_ROWS_PER_BLOCK = 128


def _dp(n: int, m: int, scorer: LinkScorer, priors: dict[str, float], band: int | None) -> list[tuple[int, int, int, int, float]]:
    """Best monotonic path: list of ``(i0, i1, j0, j1, link score)`` covering both sides.

    Link scores are computed in blocks of rows (all the band's columns at once); null links score 0.
    """
    import numpy as np

    blocks = _as_block(scorer)
    width = band + abs(n - m) if band is not None else max(n, m)
    ranges = _band(n, m, width)
    neg = -math.inf
    best: list[dict[int, float]] = [dict() for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int, float]]] = [dict() for _ in range(n + 1)]
    best[0][0] = 0.0
    for r0 in range(0, n + 1, _ROWS_PER_BLOCK):
        r1 = min(n + 1, r0 + _ROWS_PER_BLOCK)
        c0, c1 = min(ranges[i][0] for i in range(r0, r1)), max(ranges[i][1] for i in range(r0, r1)) + 1
        moves = []
        for kind, (ds, dt) in KINDS.items():
            table = None
            if ds and dt:
                # table[i - r0][j - c0] scores the link that ends at (i, j).
                full = np.full((r1 - r0, c1 - c0), neg)
                rows, cols = range(max(r0 - ds, 0), r1 - ds), range(max(c0 - dt, 0), c1 - dt)
                if len(rows) > 0 and len(cols) > 0:
                    full[rows.start + ds - r0 :, cols.start + dt - c0 :] = blocks.block(ds, dt, rows, cols)
                table = full.tolist()
            moves.append((ds, dt, priors[kind], table))
        for i in range(r0, r1):
            lo, hi = ranges[i]
            row = best[i]
            row_back = back[i]
            for j in range(lo, hi + 1):
                top, arg = neg, None
                for ds, dt, prior, table in moves:
                    if ds > i or dt > j:
                        continue
                    prev = best[i - ds].get(j - dt)
                    if prev is None:
                        continue
                    gain = table[i - r0][j - c0] if table is not None else 0.0
                    total = prev + prior + gain
                    if total > top:
                        top, arg = total, (i - ds, j - dt, gain)
                if arg is not None:
                    row[j] = top
                    row_back[j] = arg
    path = []
    i, j = n, m
    while i or j:
        pi, pj, gain = back[i][j]
        path.append((pi, i, pj, j, gain))
        i, j = pi, pj
    path.reverse()
    return path


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _links(path: list[tuple[int, int, int, int, float]], calibrate: Callable[[float], float]) -> list[Link]:
    return [
        Link(tuple(range(i0, i1)), tuple(range(j0, j1)), calibrate(gain) if i1 > i0 and j1 > j0 else 0.0)
        for i0, i1, j0, j1, gain in path
    ]


def default_similarity(mt: bool) -> Similarity:
    """Length + anchors, plus chrF against the machine translation when there is one."""
    parts: tuple[Similarity, ...] = (LengthSimilarity(), AnchorSimilarity())
    return Combined(parts + (ChrfSimilarity(),) if mt else parts)


def align(
    source_segments: Sequence[str],
    target_segments: Sequence[str],
    mt_segments: Sequence[str] | None = None,
    similarity: Similarity | None = None,
    *,
    band: int | None = 30,
) -> list[Link]:
    """Monotonic links between source (Arabic) and target (English) segments covering each segment once.

    ``mt_segments`` (one machine translation per source segment) adds chrF evidence. ``band`` limits
    the search to that many positions off the diagonal (beyond the length difference); ``None`` searches all.
    """
    if mt_segments is not None and len(mt_segments) != len(source_segments):
        raise ValueError(f"{len(mt_segments)} machine translations for {len(source_segments)} source segments")
    sim = similarity if similarity is not None else default_similarity(mt_segments is not None)
    scorer = sim.prepare(source_segments, target_segments, mt_segments)
    path = _dp(len(source_segments), len(target_segments), scorer, PRIORS, band)
    return _links(path, _sigmoid)


# Gale & Church (1993): priors and variance from their paper; c from the document's length ratio.
_GC_PRIORS = {"1-1": math.log(0.89), "1-0": math.log(0.0099 / 2), "0-1": math.log(0.0099 / 2),
              "2-1": math.log(0.089 / 2), "1-2": math.log(0.089 / 2), "2-2": math.log(0.011)}


def _norm_sf(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def gale_church(source_segments: Sequence[str], target_segments: Sequence[str], *, band: int | None = 30) -> list[Link]:
    """The Gale-Church (1993) length-only aligner, as a baseline: ``delta = (lt - c*ls) / sqrt(ls*s2)``
    with ``s2 = 6.8`` and ``c`` the document's character ratio; score ``2 * P(Z > |delta|)``."""
    src = [_length(s) for s in source_segments]
    tgt = [_length(t) for t in target_segments]
    src_cum, tgt_cum = _cumulative(src), _cumulative(tgt)
    c = (tgt_cum[-1] / src_cum[-1]) if src_cum[-1] and tgt_cum[-1] else 1.0

    def scorer(i0: int, i1: int, j0: int, j1: int) -> float:
        ls, lt = src_cum[i1] - src_cum[i0], tgt_cum[j1] - tgt_cum[j0]
        mean = (ls + lt / c) / 2
        delta = (lt - c * ls) / math.sqrt(max(mean, 1) * 6.8)
        return math.log(max(2 * _norm_sf(abs(delta)), 1e-300))

    path = _dp(len(src), len(tgt), scorer, _GC_PRIORS, band)
    return _links(path, math.exp)


def alignment_score(links: Sequence[Link], source_segments: Sequence[str], target_segments: Sequence[str]) -> float:
    """How well two texts translate each other overall: link scores weighted by the characters they
    cover on both sides (unmatched segments count as 0), in [0, 1]."""
    src = [_length(s) for s in source_segments]
    tgt = [_length(t) for t in target_segments]
    total = sum(src) + sum(tgt)
    if not total:
        return 0.0
    covered = sum(link.score * (sum(src[i] for i in link.src) + sum(tgt[j] for j in link.tgt)) for link in links)
    return covered / total


from .text.sentences import clauses as split_segments  # noqa: E402  (the one sentence/clause splitter)

from ._callable import make_callable  # noqa: E402

make_callable(__name__, "align")
