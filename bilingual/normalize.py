"""Arabic normalization: named folds, profiles, a two-way offset map, and un-baking.

Every fold is a tiny pure function with one job (ftfy's ``fixes.py`` style); a profile is a set of
toggles over them. :func:`normalize` applies them only inside Arabic-script runs (found with the
``regex`` module's Script_Extensions), reports what it changed (like ftfy's ``fix_and_explain``) and
keeps an exact map between normalized and original offsets, so later stages can point back at the
characters a commenter actually typed.

    >>> from bilingual import normalize
    >>> n = normalize("إخاء مورىتانيا", profile="search")
    >>> n.text, n.summary
    ('اخاء موريتانيا', {'alef': 1, 'maksura': 1})
    >>> n.to_original(5, 14)
    (5, 14)

Folds run in the order of :data:`FOLDS`. Folds that change letters (``hamza``, ``alef``,
``maksura``, ``teh_marbuta``) are skipped inside Persian, Urdu and Kurdish runs, whose letters they
would corrupt. ``docs/NORMALIZATION.md`` explains each fold and every deliberate difference from
CAMeL Tools and PyArabic.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import add, itemgetter
from itertools import repeat
from typing import Callable, Iterator, NamedTuple

import regex

from .text.language import NON_ARABIC_LETTERS, detect, is_arabic_language
from .text.script import (
    ALEF, ALEF_MAKSURA, ALEF_VARIANTS, CONTROLS, HAMZA, HEH, SHADDA, TATWEEL, TEH_MARBUTA, WAW_HAMZA,
    YEH, YEH_HAMZA, ZWNJ, arabic_runs, char_class as _char_class,
)
from .text.script import BASE_LETTERS as _BASE_LETTERS
from .text.script import DIACRITICS as _DIACRITICS
from .text.script import IN_WORD as _IN_WORD
from .text.script import LETTERS as _LETTERS
from .text.script import MARKS as _MARKS
from .text.script import PF_MAP as _PF_MAP
from .text.script import PF_MARKS as _PF_MARKS

__all__ = [
    "FOLDS",
    "PROFILES",
    "Change",
    "Normalized",
    "normalize",
    "unbake",
    "looks_baked",
    "run_language",
    "arabic_runs",
    "fold_presentation_forms",
    "compose",
    "remove_controls",
    "remove_tatweel",
    "remove_diacritics",
    "remove_shadda",
    "hamza_to_carriers",
    "hamza_to_bare",
    "fold_alef",
    "maksura_inside_words",
    "maksura_everywhere",
    "teh_marbuta_to_heh",
    "digits_to_ascii",
    "punctuation_to_ascii",
    "squeeze_repetition",
]

# ---------------------------------------------------------------------------------------------
# Character data. Everything is derived from Unicode data (``unicodedata``, ``regex``'s script
# properties) except the handful of letters each fold is about.

#: Letters squeezed to two rather than one: lam (the article doubles it: الله، الليل) and heh
#: (laughter هه, the pronoun in وجهه).
KEEP_TWO = "\u0644\u0647"
_ARABIC_DIGITS = {chr(0x660 + i): str(i) for i in range(10)} | {chr(0x6F0 + i): str(i) for i in range(10)}
_NUMBER_SIGNS = {"\u066b": ".", "\u066c": ",", "\u066a": "%"}  # ٫ ٬ ٪
_PUNCTUATION = {"\u060c": ",", "\u061b": ";", "\u061f": "?"}  # ، ؛ ؟


def _bmp(chars: set[str] | frozenset[str]) -> set[str]:
    return {c for c in chars if c <= "\uffff"}


def _composable() -> tuple[set[str], set[str]]:
    """Letters that compose with a following madda/hamza mark (ا + ٔ -> أ), and their presentation forms."""
    bases = {
        c for c in _LETTERS | set(_PF_MAP)
        for m in "\u0653\u0654\u0655"
        if len(unicodedata.normalize("NFC", _PF_MAP.get(c, c)[-1:] + m)) == 1
    }
    return bases, {"\u0653", "\u0654", "\u0655"}


_COMPOSE_BASES, _COMPOSING_MARKS = _composable()


# Where canonical composition can change something: a letter and a madda/hamza mark it absorbs
# (ا + ٔ), or two or more marks in a row (NFC sorts them). Presentation forms count as what they
# draw: ﻻ ends with an alef, ﳙ (هٰ) and ﹻ (ـِ) end with a mark.
_CLUSTER_START = _MARKS | _PF_MARKS | {c for c, t in _PF_MAP.items() if t[-1] in _MARKS}
_COMPOSE_PATTERN = (
    f"{_char_class(_COMPOSE_BASES)}{_char_class(_COMPOSING_MARKS)}"
    f"|{_char_class(_CLUSTER_START)}{_char_class(_MARKS | _PF_MARKS)}+"
)


_PF_RE = re.compile(_char_class(_PF_MAP))
_COMPOSE_RE = re.compile(_COMPOSE_PATTERN)
_CONTROLS_RE = re.compile(_char_class(CONTROLS))
_DIACRITICS_RE = re.compile(_char_class(_bmp(_DIACRITICS)))
_ASTRAL_DIACRITICS = sorted(_DIACRITICS - _bmp(_DIACRITICS))  # str.replace skips them at no cost in BMP-only text
_DIGITS_RE = re.compile(_char_class({**_ARABIC_DIGITS, **_NUMBER_SIGNS}))
# ى is inside a word when a letter follows it (past marks, tatweel and invisible controls).
_MAKSURA_LIKE = {ALEF_MAKSURA} | {c for c, t in _PF_MAP.items() if t.rstrip("".join(_IN_WORD)).endswith(ALEF_MAKSURA)}
_NEXT_IS_LETTER = f"(?={_char_class(_IN_WORD)}*{_char_class(_LETTERS)})"
_MAKSURA_INSIDE_RE = re.compile(ALEF_MAKSURA + _NEXT_IS_LETTER)
_NEXT_IS_LETTER_RE = re.compile(_NEXT_IS_LETTER)
# Any character three times in a row (``re`` scans for that fastest); _repetitions extends the
# match and keeps only Arabic letters.
_TRIPLE_RE = re.compile(r"(.)\1\1", re.DOTALL)

# ---------------------------------------------------------------------------------------------
# The folds: one job each, pure, on the text of an Arabic run (any text works: they only touch
# Arabic-script characters, except remove_controls, which the engine applies inside runs only).


def fold_presentation_forms(text: str) -> str:
    """Presentation forms (U+FB50–FDFF, U+FE70–FEFF) -> the letters they draw; ﻻ -> لا, ﷲ -> الله."""
    return _PF_RE.sub(lambda m: _PF_MAP[m.group()], text)


def compose(text: str) -> str:
    """Canonical composition (NFC) of Arabic letters and marks: ا + ٔ -> أ, marks in canonical order."""
    if unicodedata.is_normalized("NFC", text):
        return text  # nothing to compose (checked at C speed)
    if "\n" in text:  # only the lines that need it
        return "\n".join(compose(line) for line in text.split("\n"))
    return _COMPOSE_RE.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


def remove_controls(text: str) -> str:
    """Remove invisible controls (:data:`CONTROLS`): bidi marks and embeddings, ZWJ, ZWNJ, joiners."""
    return _CONTROLS_RE.sub("", text)


def remove_tatweel(text: str) -> str:
    """Remove tatweel (kashida) ـ, a stretching stroke that is not a letter."""
    return text.replace(TATWEEL, "")


def remove_diacritics(text: str) -> str:
    """Remove harakat, tanween, sukun, dagger alef, Quranic marks and small letters (shadda is its own fold)."""
    text = _DIACRITICS_RE.sub("", text)
    for mark in _ASTRAL_DIACRITICS:
        text = text.replace(mark, "")
    return text


def remove_shadda(text: str) -> str:
    """Remove shadda ّ (the doubling mark)."""
    return text.replace(SHADDA, "")


def hamza_to_carriers(text: str) -> str:
    """Hamza on a carrier -> the bare carrier: ؤ -> و, ئ -> ي (alef forms are the ``alef`` fold's job)."""
    return text.replace(WAW_HAMZA, "\u0648").replace(YEH_HAMZA, YEH)


def hamza_to_bare(text: str) -> str:
    """Every seated hamza -> the bare hamza ء: ؤ ئ أ إ -> ء, and آ -> ءا (hamza plus long a)."""
    for seated in (WAW_HAMZA, YEH_HAMZA, "\u0623", "\u0625"):
        text = text.replace(seated, HAMZA)
    return text.replace("\u0622", HAMZA + ALEF)


def fold_alef(text: str) -> str:
    """Alef with hamza or madda, and alef wasla -> bare alef: أ إ آ ٱ -> ا."""
    for variant in ALEF_VARIANTS:
        text = text.replace(variant, ALEF)
    return text


def maksura_inside_words(text: str) -> str:
    """ى followed by a letter -> ي: inside a word ى is a typo (مورىتانيا -> موريتانيا)."""
    return _MAKSURA_INSIDE_RE.sub(YEH, text)


def maksura_everywhere(text: str) -> str:
    """ى -> ي everywhere, word ends included (على -> علي: for matching, not for reading)."""
    return text.replace(ALEF_MAKSURA, YEH)


def teh_marbuta_to_heh(text: str) -> str:
    """Teh marbuta ة -> heh ه (they are often confused at word end)."""
    return text.replace(TEH_MARBUTA, HEH)


def digits_to_ascii(text: str) -> str:
    """Arabic-Indic ٠-٩ and Eastern ۰-۹ digits -> 0-9; the number signs ٫ ٬ ٪ -> . , %."""
    return _DIGITS_RE.sub(lambda m: _ARABIC_DIGITS.get(m.group()) or _NUMBER_SIGNS[m.group()], text)


def punctuation_to_ascii(text: str) -> str:
    """Arabic comma, semicolon and question mark ، ؛ ؟ -> , ; ?"""
    for arabic, ascii_ in _PUNCTUATION.items():
        text = text.replace(arabic, ascii_)
    return text


def _repetitions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, squeezed)`` for each Arabic letter written three times or more in a row."""
    out = []
    m = _TRIPLE_RE.search(text)
    while m is not None:
        letter, start, end = m.group(1), m.start(), m.end()
        while text[end:end + 1] == letter:
            end += 1
        if letter in _LETTERS:
            out.append((start, end, letter * 2 if letter in KEEP_TWO else letter))
        m = _TRIPLE_RE.search(text, end)
    return out


def squeeze_repetition(text: str) -> str:
    """A letter written three or more times -> once (جمييييل -> جميل); lam and heh -> twice (ههههه -> هه)."""
    edits = _repetitions(text)
    return _apply(text, edits) if edits else text


# ---------------------------------------------------------------------------------------------
# The registry and the profiles.


@dataclass(frozen=True)
class Fold:
    """A named fold: its functions by mode, the characters it can change, and whether it changes letters."""

    name: str
    modes: dict[object, Callable[[str], str]]
    chars: frozenset[str]
    letters: bool = False  # skipped inside Persian, Urdu and Kurdish runs

    @property
    def doc(self) -> str:
        """One line per mode, from the functions' docstrings."""
        return " | ".join(f"{mode}: {fn.__doc__}" for mode, fn in self.modes.items())


#: The folds, in the order they run. ``modes`` maps each accepted toggle value to its function.
FOLDS: dict[str, Fold] = {
    f.name: f
    for f in (
        Fold("presentation_forms", {True: fold_presentation_forms}, frozenset(_PF_MAP)),
        Fold("compose", {True: compose}, frozenset()),
        Fold("controls", {True: remove_controls}, frozenset(CONTROLS)),
        Fold("tatweel", {True: remove_tatweel}, frozenset(TATWEEL)),
        Fold("diacritics", {True: remove_diacritics}, frozenset(_DIACRITICS)),
        Fold("shadda", {True: remove_shadda}, frozenset(SHADDA)),
        Fold("hamza", {"carriers": hamza_to_carriers, "hamza": hamza_to_bare},
             frozenset(WAW_HAMZA + YEH_HAMZA + "\u0623\u0625\u0622"), letters=True),
        Fold("alef", {True: fold_alef}, frozenset(ALEF_VARIANTS), letters=True),
        Fold("maksura", {"inside": maksura_inside_words, "all": maksura_everywhere},
             frozenset(ALEF_MAKSURA), letters=True),
        Fold("teh_marbuta", {True: teh_marbuta_to_heh}, frozenset(TEH_MARBUTA), letters=True),
        Fold("digits", {True: digits_to_ascii}, frozenset({**_ARABIC_DIGITS, **_NUMBER_SIGNS})),
        Fold("punctuation", {True: punctuation_to_ascii}, frozenset(_PUNCTUATION)),
        Fold("repetition", {True: squeeze_repetition}, frozenset()),
    )
}

_DISPLAY = {"presentation_forms": True, "compose": True, "controls": True}
_MT = {**_DISPLAY, "tatweel": True, "diacritics": True, "shadda": True, "maksura": "inside",
       "digits": True, "repetition": True}
_SEARCH = {**_MT, "hamza": "carriers", "alef": True, "maksura": "all", "teh_marbuta": True,
           "punctuation": True}
#: Profiles: ``display`` keeps the text looking the same, ``mt`` is what a translation engine should
#: see, ``search`` folds aggressively for matching (like Lucene's ArabicNormalizer), ``none`` is
#: nothing (switch single folds on with toggles).
PROFILES: dict[str, dict[str, object]] = {"none": {}, "display": _DISPLAY, "mt": _MT, "search": _SEARCH}

_ALIASES: dict[str, dict[object, object]] = {"hamza": {True: "carriers", "keep": False}, "maksura": {True: "inside"}}


def _settings(profile: str, toggles: dict[str, object]) -> tuple[tuple[str, object], ...]:
    """The effective (fold, mode) pairs, in fold order, for ``profile`` overridden by ``toggles``."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
    unknown = set(toggles) - set(FOLDS)
    if unknown:
        raise TypeError(f"unknown fold {sorted(unknown)[0]!r}; folds are {', '.join(FOLDS)}")
    merged = {**PROFILES[profile], **toggles}
    out = []
    for name, fold in FOLDS.items():
        value = merged.get(name, False)
        value = _ALIASES.get(name, {}).get(value, value)  # type: ignore[call-overload]
        if value is False or value is None:
            continue
        if value not in fold.modes:
            choices = ", ".join(repr(m) for m in [False, *fold.modes])
            raise ValueError(f"bad value {value!r} for fold {name!r}; choose one of {choices}")
        out.append((name, value))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Arabic-script runs and their language.

_SPECIALS_RE = re.compile(
    _char_class(set(CONTROLS) | {c for c in _PF_MAP if set(_PF_MAP[c]) & NON_ARABIC_LETTERS} | NON_ARABIC_LETTERS)
)
_ZWNJ_IN_WORD_RE = re.compile(
    f"(?<={_char_class(_LETTERS)}){_char_class(_MARKS)}*{ZWNJ}(?={_char_class(_MARKS)}*{_char_class(_LETTERS)})"
)


def run_language(run: str) -> str:
    """The language of one Arabic-script run (:func:`bilingual.text.language.detect`), as the
    normalizer uses it: letter folds apply to ``ar`` and ``und`` runs only."""
    return detect(run).code


@dataclass
class _Layout:
    """Where the text needs care: non-Arabic runs (letter folds off) and controls to keep."""

    other_runs: list[tuple[int, int, str]]
    keep: set[int]  # positions of controls that stay (outside runs, ZWNJ inside Persian words)
    removable: list[int]  # positions of controls the ``controls`` fold removes


def _layout(text: str) -> _Layout | None:
    """Find runs only on lines holding a control or a Persian/Urdu/Kurdish letter; ``None`` when none does."""
    first = _SPECIALS_RE.search(text)
    if first is None:
        return None
    layout = _Layout([], set(), [])
    done_to = -1
    for m in _SPECIALS_RE.finditer(text, first.start()):
        if m.start() < done_to:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.start())
        le = len(text) if le < 0 else le
        done_to = le
        in_runs = set()
        for a, b in arabic_runs(text, ls, le):
            run = text[a:b]
            lang = run_language(run)
            if not is_arabic_language(lang):
                layout.other_runs.append((a, b, lang))
            for c in _CONTROLS_RE.finditer(run):
                pos = a + c.start()
                in_runs.add(pos)
                if not is_arabic_language(lang) and c.group() == ZWNJ and _ZWNJ_IN_WORD_RE.match(run, c.start() - _marks_before(run, c.start())):
                    layout.keep.add(pos)
                else:
                    layout.removable.append(pos)
        for c in _CONTROLS_RE.finditer(text, ls, le):
            if c.start() not in in_runs:
                layout.keep.add(c.start())
    return layout


def _marks_before(run: str, i: int) -> int:
    """How many marks directly precede position ``i`` (so a ZWNJ match can start at them)."""
    n = 0
    while i - n > 0 and run[i - n - 1] in _MARKS:
        n += 1
    return n


def _segments(n: int, layout: _Layout | None) -> list[tuple[int, int, str]]:
    """``(start, end, language)`` pieces tiling ``[0, n)``: the non-Arabic runs and the stretches between."""
    if layout is None or not layout.other_runs:
        return [(0, n, "ar")]
    out, pos = [], 0
    for a, b, lang in sorted(layout.other_runs):
        if a > pos:
            out.append((pos, a, "ar"))
        out.append((a, b, lang))
        pos = b
    if pos < n:
        out.append((pos, n, "ar"))
    return out


# ---------------------------------------------------------------------------------------------
# The engine: one compiled pattern per (settings, language) finds every place a fold applies;
# each distinct place is worked out once by running the fold functions on it, in order.

# What the folds do at one place: (final text, ((fold, before, after), ...), length change).
_Chain = tuple[str, tuple[tuple[str, str, str], ...], int]


class _Variant:
    """The folds that apply in runs of one kind (Arabic, or a language whose letters are kept)."""

    def __init__(self, settings: tuple[tuple[str, object], ...], arabic: bool) -> None:
        self.steps = [(name, FOLDS[name].modes[mode]) for name, mode in settings
                      if name != "repetition" and (arabic or not FOLDS[name].letters)]
        names = {name for name, _ in self.steps}
        self.pre = [fn for name, fn in self.steps if name in ("presentation_forms", "compose")]
        self.post = [fn for name, fn in self.steps if name not in ("presentation_forms", "compose", "controls")]
        inside = arabic and ("maksura", "inside") in settings
        candidates = set().union(*(FOLDS[name].chars for name in names)) if names else set()
        plain = {c for c in candidates if self._chain(c, False)[1]}
        compose_ = "compose" in names
        starts = plain | (_COMPOSE_BASES | _CLUSTER_START if compose_ else set()) | (_MAKSURA_LIKE if inside else set())
        never = "((?!))"  # keeps the group numbers when a kind of match is off
        # One class of every character that can start a match comes first, so ``re`` skips the rest
        # of the text at C speed; lookbehinds then tell which kind of match this is: group 1 or 2
        # compose (a letter + madda/hamza, a cluster of marks), group 3 ى inside a word, none plain.
        self.pattern = re.compile(
            _char_class(starts) + "(?:"
            + (f"(?<={_char_class(_COMPOSE_BASES)})({_char_class(_COMPOSING_MARKS)})" if compose_ else never)
            + "|" + (f"(?<={_char_class(_CLUSTER_START)})({_char_class(_MARKS | _PF_MARKS)}+)" if compose_ else never)
            + "|" + (f"(?<={_char_class(_MAKSURA_LIKE)})(){_NEXT_IS_LETTER}" if inside else never)
            + (f"|(?<={_char_class(plain)})" if plain else "") + ")"
        ) if starts else None
        self.inside = inside
        # Caches by kind of match: plain, compose, maksura inside, compose followed by a letter.
        self.cache: list[dict[str, _Chain | None]] = [{}, {}, {}, {}]

    def _chain(self, site: str, next_is_letter: bool) -> _Chain:
        """What each fold does to ``site``, in order; ``next_is_letter`` when a letter follows it."""
        steps = []
        cur = site
        for name, fn in self.steps:
            new = fn(cur + "\u0628")[:-1] if next_is_letter and name == "maksura" else fn(cur)
            if new != cur:
                steps.append((name, cur, new))
                cur = new
        return cur, tuple(steps), len(cur) - len(site)

    def chain(self, group: int, site: str) -> _Chain | None:
        """The cached chain for a match of kind ``group`` (see ``cache``)."""
        cache = self.cache[group]
        if site not in cache:
            found = self._chain(site, group >= 2)
            cache[site] = found if found[1] else None
        return cache[site]

    def fast(self, text: str) -> str:
        """The folds applied to a whole stretch, fold after fold (the path without offsets)."""
        for fn in self.post:
            text = fn(text)
        return text


class _Engine:
    """Compiled variants for one setting of the toggles."""

    def __init__(self, settings: tuple[tuple[str, object], ...]) -> None:
        self.settings = settings
        self.names = [name for name, _ in settings]
        self.variants = {"ar": _Variant(settings, True)}
        other = _Variant(settings, False)
        self.variants.update(fa=other, ur=other, ckb=other)
        self.repetition = "repetition" in self.names
        self.controls = "controls" in self.names


@lru_cache(maxsize=64)
def _engine(settings: tuple[tuple[str, object], ...]) -> _Engine:
    return _Engine(settings)


# ---------------------------------------------------------------------------------------------
# Results.


class Change(NamedTuple):
    """One fold applied at one place: ``[start, end)`` in the original text, and what that fold saw
    there (``before``) and wrote (``after``). When several folds apply at the same place (ﻷ: first
    ``presentation_forms`` ﻷ -> لأ, then ``alef`` لأ -> لا), each has its own record, in fold order."""

    fold: str
    start: int
    end: int
    before: str
    after: str


# A place pass one changed: original [start, end) and what the folds did there.
_Site = tuple[int, int, _Chain]
# An atom of the offset map: original [os, oe) became normalized [ns, ne); identity in between.
_Atom = tuple[int, int, int, int]


class Normalized:
    """The result of :func:`normalize`: ``text``, ``changes``, ``summary``, and the offset map.

    The map and the change records are built on first use from what :func:`normalize` recorded.
    """

    __slots__ = ("original", "text", "profile", "settings", "_sites", "_squeezes", "_folded", "_index",
                 "_squeeze_changes")

    def __init__(self, original: str, text: str, profile: str, settings: dict[str, object],
                 sites: list[_Site] | None, squeezes: list[tuple[int, int, str]], folded: str) -> None:
        self.original = original
        self.text = text
        self.profile = profile
        self.settings = settings  # the folds that were on, with their modes
        self._sites = sites  # None: not tracked
        self._squeezes = squeezes  # the repetition fold's edits, in the coordinates of ``_folded``
        self._folded = folded  # the text after every fold but repetition
        self._index: tuple[list[int], list[int], list[int], list[int]] | None = None
        self._squeeze_changes: list[Change] = []

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Normalized({self.text!r}, profile={self.profile!r})"

    @property
    def tracked(self) -> bool:
        """Whether changes and offsets were recorded (``track_offsets=True``)."""
        return self._sites is not None

    def _tracked_sites(self) -> list[_Site]:
        if self._sites is None:
            raise ValueError("changes and offsets were not tracked; call normalize(..., track_offsets=True)")
        return self._sites

    @property
    def changes(self) -> list[Change]:
        """Every change, ordered by position in the original text, then by fold order."""
        out = [Change(fold, s, e, before, after) for s, e, (_, steps, _) in self._tracked_sites()
               for fold, before, after in steps]
        if self._squeezes:
            self._map()
            # A stable sort by start keeps fold order at each place: repetition is the last fold.
            out = sorted(out + self._squeeze_changes, key=itemgetter(1))
        return out

    @property
    def summary(self) -> dict[str, int]:
        """How many changes each fold made, in fold order (folds that changed nothing are left out)."""
        counts = Counter(step[0] for _, _, (_, steps, _) in self._tracked_sites() for step in steps)
        counts["repetition"] += len(self._squeezes)
        return {name: counts[name] for name in FOLDS if counts[name]}

    def _map(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """The offset map as four sorted lists (original start/end, normalized start/end of each atom)."""
        if self._index is None:
            sites = self._tracked_sites()
            os_ = list(map(itemgetter(0), sites))
            oe = list(map(itemgetter(1), sites))
            # How far the places so far moved the text: normalized = original + shift.
            shift = list(accumulate(map(itemgetter(2), map(itemgetter(2), sites)), initial=0))
            index = (os_, oe, list(map(add, os_, shift)), list(map(add, oe, shift[1:])))
            if self._squeezes:
                index, self._squeeze_changes = _compose_squeezes(index, self._squeezes, self._folded)
            self._index = index
        return self._index

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest original span that produced normalized ``[start, end)``.

        Exact for every fold: a character written by an expansion (لا from ﻻ) maps to the whole
        ligature, a squeezed letter to its whole repetition. Deleted characters belong to the
        character before them, so a word's span includes its trailing diacritics.
        """
        _check(start, end, len(self.text))
        os_, oe, ns, ne = self._map()
        s = _orig_start(start, os_, oe, ns, ne)
        return (s, s) if start == end else (s, max(s, _orig_end(end, os_, oe, ns, ne)))

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The normalized span that original ``[start, end)`` became (widened to whole changes)."""
        _check(start, end, len(self.original))
        os_, oe, ns, ne = self._map()
        return _norm_pos(start, os_, oe, ns, ne, True), _norm_pos(end, os_, oe, ns, ne, False)


def _check(start: int, end: int, length: int) -> None:
    if not 0 <= start <= end <= length:
        raise ValueError(f"bad span [{start}, {end}) for a text of length {length}")


def _orig_start(p: int, os_: list[int], oe: list[int], ns: list[int], ne: list[int]) -> int:
    k = bisect_right(ns, p) - 1  # last atom starting at or before p
    if k >= 0 and ns[k] <= p < ne[k]:
        return os_[k]
    j = bisect_right(ne, p) - 1  # last atom ending at or before p
    return p if j < 0 else oe[j] + (p - ne[j])


def _orig_end(q: int, os_: list[int], oe: list[int], ns: list[int], ne: list[int]) -> int:
    k = bisect_left(ns, q) - 1  # last atom starting before q
    if k >= 0 and ns[k] < q <= ne[k]:
        return oe[k]
    j = bisect_right(ne, q) - 1
    return q if j < 0 else oe[j] + (q - ne[j])


def _norm_pos(x: int, os_: list[int], oe: list[int], ns: list[int], ne: list[int], start: bool) -> int:
    k = bisect_right(os_, x) - 1 if start else bisect_left(os_, x) - 1
    if k >= 0 and (os_[k] <= x < oe[k] if start else os_[k] < x <= oe[k]):
        return ns[k] if start else ne[k]
    j = bisect_right(oe, x) - 1
    return x if j < 0 else ne[j] + (x - oe[j])


# ---------------------------------------------------------------------------------------------
# normalize


def normalize(text: str, profile: str = "mt", *, track_offsets: bool = True, **toggles: object) -> Normalized:
    """Normalize the Arabic-script runs of ``text`` with ``profile`` (``display``, ``mt``, ``search``,
    ``none``), each fold switchable by name (``normalize(t, "mt", alef=True, hamza="hamza")``).

    Text outside Arabic runs (Latin, emoji, CJK...) is returned unchanged. With
    ``track_offsets=False`` only ``.text`` is computed (several times faster); ``.changes`` and the
    offset map then raise ``ValueError``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs a str, not {type(text).__name__}")
    settings = _settings(profile, toggles)
    engine = _engine(settings)
    layout = _layout(text) if settings else None
    if not engine.controls and layout is not None:
        layout.keep.update(layout.removable)
        layout.removable.clear()
    segments = _segments(len(text), layout)
    if not track_offsets:
        out = _fast(text, engine, segments, layout)
        return Normalized(text, out, profile, dict(settings), None, [], out)
    return _tracked(text, engine, segments, layout, profile)


def _fast(text: str, engine: _Engine, segments: list[tuple[int, int, str]], layout: _Layout | None) -> str:
    """Fold after fold over whole stretches: controls fall out where the stretch is cut."""
    removable = layout.removable if layout else []
    parts = []
    for a, b, lang in segments:
        variant = engine.variants[lang]
        cuts = removable[bisect_left(removable, a):bisect_left(removable, b)] if removable else []
        pieces = [text[i + 1:j] for i, j in zip([a - 1, *cuts], [*cuts, b])] if cuts else [text[a:b]]
        for fn in variant.pre:
            pieces = [fn(p) for p in pieces]
        parts.append(variant.fast("".join(pieces)))
    out = "".join(parts)
    return squeeze_repetition(out) if engine.repetition else out


_KINDS = (0, 1, 1, 2)  # match kind by ``lastindex``: plain, compose, compose, maksura inside


def _tracked(text: str, engine: _Engine, segments: list[tuple[int, int, str]], layout: _Layout | None,
             profile: str) -> Normalized:
    """Every place a fold applies, found in one pass per stretch; each place's result computed once."""
    keep = layout.keep if layout else set()
    sites: list[_Site] = []
    add = sites.append
    parts = []
    for a, b, lang in segments:
        variant = engine.variants[lang]
        segment = text[a:b]
        if variant.pattern is None:
            parts.append(segment)
            continue
        caches, chain, inside = variant.cache, variant.chain, variant.inside

        def replace(m: re.Match[str]) -> str:
            g = m.group()
            kind = _KINDS[m.lastindex or 0]
            if kind == 1 and inside and _NEXT_IS_LETTER_RE.match(segment, m.end()):
                kind = 3  # a composed cluster can end with ى (ﱝ draws ىٰ) and a letter follow it
            r = caches[kind].get(g, False)
            if r is False:
                r = chain(kind, g)
            if r is None:
                return g
            s = m.start() + a
            if keep and s in keep:
                return g
            add((s, s + len(g), r))
            return r[0]

        parts.append(variant.pattern.sub(replace, segment))
    folded = "".join(parts)
    squeezes = _repetitions(folded) if engine.repetition else []
    out = _apply(folded, squeezes) if squeezes else folded
    return Normalized(text, out, profile, dict(engine.settings), sites, squeezes, folded)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` (sorted, not overlapping) applied."""
    pieces, last = [], 0
    for start, end, replacement in edits:
        pieces += (text[last:start], replacement)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


_Index = tuple[list[int], list[int], list[int], list[int]]


def _compose_squeezes(index: _Index, squeezes: list[tuple[int, int, str]], folded: str) -> tuple[_Index, list[Change]]:
    """Compose the repetition fold's edits of the folded text into the pass-one map.

    An edit that cuts through an expansion (لللﻻ: the lam of لا) is widened to take it whole.
    Returns the final map and the repetition change records (in original coordinates)."""
    os_, oe, ns, ne = index
    out: _Index = ([], [], [], [])
    changes = []
    shift = 0  # normalized - folded, after the edits passed so far
    i = 0
    for ys, ye, repl in squeezes:
        k = bisect_right(ns, ys) - 1
        if k >= 0 and ns[k] < ys < ne[k]:
            repl, ys = folded[ns[k]:ys] + repl, ns[k]
        k = bisect_left(ns, ye) - 1
        if k >= 0 and ns[k] < ye < ne[k]:
            repl, ye = repl + folded[ye:ne[k]], ne[k]
        xs, xe = _orig_start(ys, os_, oe, ns, ne), _orig_end(ye, os_, oe, ns, ne)
        changes.append(Change("repetition", xs, xe, folded[ys:ye], repl))
        j = max(i, bisect_right(oe, xs))  # atoms [i, j) come before the edit, [j, k) inside it
        k = max(j, bisect_left(os_, xe))
        _extend(out, index, i, j, shift)
        for column, value in zip(out, (xs, xe, ys + shift, ys + shift + len(repl))):
            column.append(value)
        shift += len(repl) - (ye - ys)
        i = k
    _extend(out, index, i, len(os_), shift)
    return out, changes


def _extend(out: _Index, index: _Index, i: int, j: int, shift: int) -> None:
    """Append atoms ``[i, j)`` of ``index`` to ``out``, their normalized offsets moved by ``shift``."""
    out[0].extend(index[0][i:j])
    out[1].extend(index[1][i:j])
    out[2].extend(map(add, index[2][i:j], repeat(shift)))
    out[3].extend(map(add, index[3][i:j], repeat(shift)))


# ---------------------------------------------------------------------------------------------
# Un-baking: text shaped and reordered for a renderer that could not do it itself.

_FORM_RE = re.compile(r"(INITIAL|MEDIAL|FINAL|ISOLATED) FORM")


def _joining(c: str) -> tuple[bool, bool] | None:
    """For a presentation-form letter: (joins the letter before it, joins the letter after it), in logical order."""
    m = _FORM_RE.search(unicodedata.name(c, ""))
    if m is None or all(ch in _MARKS for ch in _PF_MAP.get(c, "")):
        return None
    form = m.group(1)
    return form in ("MEDIAL", "FINAL"), form in ("INITIAL", "MEDIAL")


_JOINING = {c: j for c in _PF_MAP if (j := _joining(c)) is not None}


def _order_votes(line: str) -> tuple[int, int]:
    """How many joins of presentation forms agree with reading left-to-right, and right-to-left.

    Each pair of neighbouring forms votes for the reading in which the two agree on joining; each
    word edge votes for the reading in which the form there joins nothing outside the word (read
    left-to-right, a word cannot start with a final form: ﺎﻣ is ما reversed).
    """
    logical = visual = 0
    prev = None
    for c in line + " ":
        if c in _MARKS or c in _PF_MARKS:
            continue
        cur = _JOINING.get(c)
        if prev is not None and cur is not None:
            logical += prev[1] == cur[0]
            visual += cur[1] == prev[0]
        elif cur is not None:  # a word starts
            logical += not cur[0]
            visual += not cur[1]
        elif prev is not None:  # a word ended
            logical += not prev[1]
            visual += not prev[0]
        prev = cur
    return logical, visual


def looks_baked(text: str) -> bool:
    """True when ``text`` holds presentation forms stored in visual (reversed) order.

    When the joins cannot tell (words of letters that never join: إذا), a line that starts with
    a full stop or question mark and does not end with one is taken to be reversed.
    """
    logical, visual = _order_votes(text)
    return visual > logical or (visual == logical > 0 and _plausibility(text) < 0)


_STRONG = {"L": "L", "R": "R", "AL": "R"}
_ENDS = ".!?؟،,:;"


def _base_direction(visual: str) -> str:
    """The paragraph direction a renderer most likely used: a left-to-right paragraph starts (on the
    left) with a left-to-right letter, a right-to-left one ends with a right-to-left letter."""
    strong = [d for c in visual if (d := _STRONG.get(unicodedata.bidirectional(c)))]
    if not strong:
        return "R"
    if strong[0] == "R":
        return "R"
    if strong[-1] == "L":
        return "L"
    return "R" if strong.count("R") >= strong.count("L") else "L"


def _plausibility(line: str) -> int:
    text = line.strip()
    return (text[-1:] in _ENDS) - (text[:1] in _ENDS) if text else 0


def _logical_order(line: str, base_dir: str) -> str:
    """Undo the bidi reordering of one baked line (python-bidi's reordering applied again)."""
    from bidi import get_display

    if base_dir != "auto":
        return get_display(line, base_dir=base_dir)
    # Keep the candidates that bake back to exactly this line, then prefer one that ends a
    # sentence rather than starts with its full stop; else the likeliest paragraph direction.
    candidates = [c for d in ("R", "L") if get_display(c := get_display(line, base_dir=d)) == line]
    if candidates:
        return max(candidates, key=_plausibility)
    return get_display(line, base_dir=_base_direction(line))


def unbake(text: str, base_dir: str = "auto") -> str:
    """Restore text that was shaped and reordered for display (PDFs, old forums, OCR of screenshots):
    each line holding presentation forms in visual order goes back to logical order (python-bidi),
    and every presentation form becomes its base letters. Other lines come back unchanged.

    ``base_dir`` (``"R"``, ``"L"``) forces the paragraph direction the text was rendered with; by
    default the direction whose rendering reproduces the line is chosen.
    """
    if base_dir not in ("auto", "R", "L"):
        raise ValueError(f"base_dir must be 'auto', 'R' or 'L', not {base_dir!r}")
    if not _PF_RE.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _PF_RE.search(line):
            if looks_baked(line):
                line = _logical_order(line, base_dir)
            lines[i] = fold_presentation_forms(line)
    return "\n".join(lines)


from ._callable import make_callable  # noqa: E402

make_callable(__name__, "normalize")
