"""Names that read the same in Arabic and English: CLDR names of territories, languages and months
(via babel) matched with typos and clitics, and transliterated proper names compared by their
consonant skeletons (سامي and Sami both give ``SM``).

Typo-tolerant matching costs time and memory that grow with the square of a word's length, so it
only runs on words that could be a name at all: a word longer than the longest CLDR name word
plus the typos allowed cannot be within that many edits of it, so skipping it changes no match
and a 2,400-letter word costs linear time.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from ..collector import reloadable
from .sets import frozen

__all__ = ["WORD", "arabic_concept", "arabic_skeletons", "english_concept", "english_skeleton", "fold", "load_names"]

#: A word: letters with their marks.
WORD = regex.compile(r"[\p{L}\p{M}]+")


def fold(text: str) -> str:
    """Search-style folding (alef variants, teh marbuta, alef maqsura, diacritics, tatweel), lowercased:
    how names are compared."""
    from ..normalize import normalize

    return normalize(text, profile="search", track_offsets=False).text.lower()


# Clitic prefixes tried on Arabic words: conjunctions, prepositions, the article.
_ARTICLE = regex.compile(r"^(?:[وفبك]?ال|لل|و)(?=..)")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "وك")


def _stems(word: str) -> tuple[str, ...]:
    """The folded Arabic word with each clitic prefix removed (ال, و, ب, ل, ف, ك and combinations). Not cached: its
    callers are (:func:`arabic_concept`, :func:`arabic_skeletons`), and a cache of its own held megabytes for a few
    milliseconds of hits (7,190 hits, 11,393 misses on 30,000 lines of distinct sentences)."""
    return tuple(word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 2)


def _deletions(word: str, depth: int = 1) -> set[str]:
    """The word and every form of it with up to ``depth`` letters after the first removed (a
    symmetric-deletion fuzzy index: typos keep a name's first letter). Quadratic in the word's
    length for ``depth`` 2: only ever called on words no longer than a name (see :func:`arabic_concept`)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:k] + w[k + 1 :] for w in frontier for k in range(1, len(w))}
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
    arabic_longest: int  # letters of the longest word in the fuzzy index
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
    words = [(raw, fold(raw)) for raw in WORD.findall(name)]
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
    return frozenset(english_skeleton(w.lower()) for name in names for w in WORD.findall(name))


def _transliterates(word: str, english: frozenset[str]) -> bool:
    """True when an Arabic name word spells one of the English name's words (سعودية and Saudi,
    الصحراء and Sahara), so it is a name and not a translated common word (الغربية, "Western")."""
    bases = [word, *(word[: -len(suf)] for suf in _NISBA if word.endswith(suf) and len(word) - len(suf) >= 3)]
    return any(sk in english for b in bases for sk in arabic_skeletons(b))


@reloadable
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
    _drop_cldr_data()
    return _NameTable(
        arabic,
        shared,
        _held_once({k: frozenset(v) for k, v in fuzzy.items()}),
        max((len(w) for w in arabic if len(w) >= _FUZZY_MIN), default=0),
        {w: c for w, c in english.items() if len(w) >= 4},
    )


def _held_once(fuzzy: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The fuzzy index with equal sets of words as one object: a word's deletions nearly all lead to it alone, and each
    key held its own one-word set (0.66 MiB of equal sets, once a process)."""
    kept: dict[frozenset[str], frozenset[str]] = {}
    return {k: kept.setdefault(v, v) for k, v in fuzzy.items()}


def _drop_cldr_data() -> None:
    """Let go of the CLDR data babel keeps once loaded (the Arabic, English and root locales and
    its global tables, about 5.5 MB of Python objects): the tables above are all the package reads
    from it, built once a process; babel loads the data again if anything asks for it later."""
    import babel.core
    import babel.localedata

    babel.localedata.clear_caches()
    babel.core._global_data = None  # the global tables' cache: babel has no public call that clears it


def load_names() -> None:
    """Build the CLDR name tables now (about a second), e.g. before forking workers that would each build them."""
    _names()


@lru_cache(maxsize=65536)
def arabic_concept(word: str) -> str | None:
    """The CLDR concept (``T:SA``, ``L:fa``, ``M:3``) a folded Arabic word names: exactly, without
    clitics (والسعودية) or as a relative adjective (المصريين); else with one typo (two from 8
    letters) in the name (السعوية). Words longer than any name plus its typos are not searched."""
    table = _names()
    candidates = [n for s in _stems(word) for n in _nisba_stems(s)]
    for s in candidates:
        if s in table.arabic_exact:
            return table.arabic_exact[s]
    if any(s in table.arabic_shared for s in candidates):
        return None
    bare = _ARTICLE.sub("", word, count=1)
    depth = _fuzzy_depth(bare)
    if not depth or len(bare) > table.arabic_longest + depth:
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
def english_concept(word: str) -> str | None:
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
    return sys.intern("".join(out).replace("x", ""))  # one string for each skeleton, however many words the caches hold with it


@lru_cache(maxsize=65536)
def english_skeleton(word: str) -> str:
    """Consonant classes of a lowercased English word (vowels, w and y dropped): Sami gives ``SM``."""
    chars: list[str] = []
    k = 0
    while k < len(word):
        pair = word[k : k + 2]
        for digraph, cls in _EN_DIGRAPHS:
            if pair == digraph:
                chars.append(cls)
                k += 2
                break
        else:
            c = word[k]
            if c == "c" and word[k + 1 : k + 2] in ("e", "i", "y"):
                chars.append("S")
            elif c == "x":
                chars.extend("KS")
            else:
                chars.append(_EN_LETTERS.get(c, "x"))
            k += 1
    return _collapse(chars)


#: Each distinct set of skeletons :func:`arabic_skeletons` gave, held once: most words share theirs with many others
#: (``{"SM"}``), and the cache of 65,536 words kept a set of 216 bytes and its strings for each (4.5 MB of the
#: 30,000-comment distinct-sentence thread's 12,310 words at pairing's peak). At most :data:`MAX_SKELETON_SETS`.
_SKELETON_SETS: dict[frozenset[str], frozenset[str]] = {}
MAX_SKELETON_SETS = 65536


@lru_cache(maxsize=65536)
def arabic_skeletons(word: str) -> frozenset[str]:
    """Consonant-class skeletons of a folded Arabic word and of its stems without clitics: the
    English names it could spell (سامي gives ``SM``, like Sami). Equal sets are one object (:data:`_SKELETON_SETS`)."""
    found = frozen(_collapse([_AR_LETTERS.get(c, "x") for c in s]) for s in _stems(word) if len(s) >= 3)
    shared = _SKELETON_SETS.get(found)
    if shared is not None:
        return shared
    if len(_SKELETON_SETS) < MAX_SKELETON_SETS:
        _SKELETON_SETS[found] = found
    return found
