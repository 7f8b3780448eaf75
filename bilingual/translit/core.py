"""Reading Arabizi and Finglish words back into Arabic script: candidates, the best sentence, the offset map.

A word is cut into Latin units in every way the tables of :mod:`bilingual.translit.rules` allow;
a beam search over those cuts scores each reading by the channel (how often the unit is written
that way at that place in a word) and the letter model (how Arabic the letters look), and the
finished readings are re-ranked with the word-frequency lexicon. Text that is not a word to read
(numbers, URLs, e-mail addresses, @mentions, #hashtags, emoji, punctuation, English or French
words inside Arabizi) is copied as it is; a word no cut can read is copied and flagged.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Union

import regex

from .model import (
    LangModel, Lexicon, arabic_words, backoff_logp, common_readings, common_spellings, lang_model, lexicon, lexicon_key, listed_spellings,
    listed_words,
    region_models, region_table_list, region_tables,
)
from .model import _FOLDED, _KEY_FOLD
from .model import release as _release_statistics
from .model import use_model as _use_statistics
from .rules import AR, FA, REGIONS, prepare, units_for

try:  # the compiled decoder (bilingual/translit/_fast.pyx), when the install built it; the same readings
    from . import _fast
except ImportError:  # not built (no C compiler): the interpreted decoder below
    _fast = None  # type: ignore[assignment]
if TYPE_CHECKING:
    from ._fast import Lattice as _CompiledLattice

__all__ = ["Candidate", "Transliteration", "WordReading", "Weights", "read_word", "transliterate"]

# Token kinds (WordReading.status)
TRANSLITERATED = "transliterated"
KEPT = "kept"  # not a word to read: number, URL, mention, hashtag, e-mail, English or French word
UNDECIDED = "undecided"  # a word no reading fits: copied as it is, flagged
#: Longer words (after the elongation squeeze) are not read but copied, undecided: no Arabizi word is this long,
#: and the search's lattice grows with the square of the length (a 30,000-letter run took 9 GB and minutes).
LONGEST_WORD = 64

LOW_CONFIDENCE = 0.5
"""A reading whose confidence is below this is flagged (its alternatives are worth showing)."""


@dataclass(frozen=True, slots=True)
class Weights:
    """How the scores combine (tuned on the tuning part of the development data, see docs/TRANSLIT.md)."""

    channel: float = 0.0
    joint: float = 1.0
    letters: float = 0.15
    lexicon: float = 1.5  # per Zipf point above ``lexicon_floor`` of a reading that is a known word
    lexicon_floor: float = 1.0
    unknown: float = -3.0  # a reading that is no known word
    common: float = 6.0  # the usual spelling of a very common word (bilingual/data/translit_common.txt)
    beam: int = 8
    candidates: int = 6
    known: int = 6  # Arabizi: the best readings of the lexicon-bound search, always ranked (0: no such search)
    temperature: float = 1.5
    ranker: tuple[float, ...] = (
        0.1023, 0.0917, 0.0408, 0.6989, 1.905, 0.5149, 4.9052, -1.8831, -0.2821, 0.2196, 1.0498, -0.5451, -0.3529,
        3.7614, 0.831, 0.1184, 0.0583, -0.371, 1.9751, 0.4213, -2.8573, 0.1449, 0.3796,
    )
    """Arabizi only: the weights of the :data:`BASE_FEATURES` of :func:`candidate_features` (a conditional logit learned
    on the Jordanian development fold by :func:`bilingual.translit.train.fit_ranker`; ``scripts/tune_translit.py
    --fit-ranker``). Empty: rank by the hand-set sum above (``channel`` ... ``unknown``), as Finglish is."""
    regional: tuple[tuple[str, tuple[float, ...]], ...] = (
        ("levant", (
            0.1057, 0.1008, 0.0727, 0.7339, 1.6639, 0.0957, 4.1647, -1.7167, 0.006, -0.5216, 1.5309, -0.3053, -0.362,
            1.4743, 1.0093, 0.1916, 1.0286, -0.2221, 0.9132, -0.5657, -0.7988, 0.0992, 0.3733, -3.464, -0.4651, 0.7722,
            -0.4655, -0.5043, 0.9774, -2.1506, 0.5384, 0.8038, -0.4938, 0.3255, 1.2303, -0.9592, -0.6241, 0.0, -2.3672,
            1.3074, 0.1921, -2.9016, 0.4567, 0.561, -0.148, 0.549, -1.0083, -2.7902, 0.2745, 2.5083, -0.609, -0.5575,
            0.6341,
        )),
    )
    """Arabizi read with one region's statistics: ``(region, weights)`` of a ranker over every feature (the 23 and
    how each unit was written, :func:`_unit_features`), used instead of ``ranker`` for a word read with that region's
    statistics (a model without them, like the bench's unseen-Maghrebi one, never uses it); ``ranker`` serves every
    other word. ``levant``: learned from every Jordanian word of the tuning part, each word's candidates
    given by a model that never saw it (``scripts/build_translit_ranker.py``)."""
    _hash: int = field(default=0, init=False, repr=False, compare=False)
    """The hash of the fields above, worked out once: the reading caches hash their key at every word, and the
    rankers' 76 floats made that 1.5 us a call (about 2 % of a cold pass of Arabizi sentences)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((
            self.channel, self.joint, self.letters, self.lexicon, self.lexicon_floor, self.unknown, self.common,
            self.beam, self.candidates, self.known, self.temperature, self.ranker, self.regional)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type["Weights"], tuple[object, ...]]:
        """Pickled by its fields, so the hash is worked out again where it is unpickled (a str's hash, ``regional``'s
        region names, differs between processes)."""
        return Weights, tuple(getattr(self, f.name) for f in fields(self) if f.init)


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One Arabic-script reading of a word, with the share of belief it gets among the readings found."""

    text: str
    confidence: float


_PLAIN_CANDIDATE = [f.name for f in fields(Candidate)] == ["text", "confidence"] and not hasattr(Candidate, "__post_init__")
"""Whether :func:`bilingual.translit._fast.candidates` may make :class:`Candidate`s (its ``__init__`` sets the two
slots and nothing else; about 0.5 us a candidate less, 9,000 candidates in a cold pass of the Algerian sentences)."""


@dataclass(frozen=True, slots=True)
class WordReading:
    """What became of one token of the Latin text.

    ``start``/``end``: the token in the Latin text. ``status``: ``transliterated``, ``kept`` (not a
    word to read; ``reason`` says why) or ``undecided`` (no reading fits; copied). ``candidates``:
    readings, best first. ``units``: for the best reading, ``(start, end, letters)`` of each Latin
    unit in text coordinates and what it was written as (``""``: a vowel left unwritten).
    ``notes``: how the word was prepared (case, accents, elongation).
    """

    start: int
    end: int
    source: str
    status: str
    reason: str = ""
    candidates: tuple[Candidate, ...] = ()
    units: tuple[tuple[int, int, str], ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def best(self) -> str:
        """The reading written in the output (the token itself when not transliterated)."""
        return self.candidates[0].text if self.candidates else self.source

    @property
    def confidence(self) -> float | None:
        """The best reading's confidence (``None`` when the token was not transliterated)."""
        return self.candidates[0].confidence if self.candidates else None

    @property
    def flagged(self) -> bool:
        """Undecided, or read with low confidence: show the Latin original and the alternatives."""
        return self.status == UNDECIDED or (self.status == TRANSLITERATED and self.candidates[0].confidence < LOW_CONFIDENCE)


class Transliteration:
    """The result of :func:`transliterate`: ``text`` (the best reading), ``words`` and the offset map.

    Like :class:`bilingual.normalize.Normalized`: ``to_original`` gives the Latin span a stretch of
    the output came from, ``to_output`` the output span a stretch of the Latin became. Everything
    between words (spaces, punctuation, emoji) is copied one for one.
    """

    __slots__ = ("original", "text", "lang", "region", "words", "_os", "_oe", "_ns", "_ne")

    def __init__(self, original: str, lang: str, region: str | None, words: list[WordReading]) -> None:
        self.original = original
        self.lang = lang
        self.region = region
        self.words = tuple(words)
        if _fast is not None:  # compiled: the same text and map
            self.text, self._os, self._oe, self._ns, self._ne = _fast.offset_map(original, self.words, TRANSLITERATED)
            return
        parts: list[str] = []
        os_: list[int] = []
        oe: list[int] = []
        ns: list[int] = []
        ne: list[int] = []
        pos = out = 0
        for w in self.words:
            if w.status != TRANSLITERATED:
                continue
            parts.append(original[pos : w.start])
            out += w.start - pos
            units = w.units
            if not units:
                pos = w.end
                continue
            starts, ends, letters = zip(*units)
            os_ += starts
            oe += ends
            bounds = list(itertools.accumulate(map(len, letters), initial=out))  # each unit's output start, then end
            ns += bounds[:-1]
            ne += bounds[1:]
            out = bounds[-1]
            parts += letters
            pos = w.end
        parts.append(original[pos:])
        self.text = "".join(parts)
        self._os, self._oe, self._ns, self._ne = os_, oe, ns, ne

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Transliteration({self.text!r}, lang={self.lang!r})"

    @property
    def flagged(self) -> list[WordReading]:
        """The words a reader should check: undecided ones and low-confidence readings."""
        return [w for w in self.words if w.flagged]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest Latin span that produced output ``[start, end)`` (whole units: ``sh`` for ش)."""
        _check("to_original", start, end, len(self.text))
        s = _map_start(start, self._ns, self._ne, self._os, self._oe)
        return (s, s) if start == end else (s, max(s, _map_end(end, self._ns, self._ne, self._os, self._oe)))

    def to_output(self, start: int, end: int) -> tuple[int, int]:
        """The output span Latin ``[start, end)`` became (widened to whole units)."""
        _check("to_output", start, end, len(self.original))
        s = _map_start(start, self._os, self._oe, self._ns, self._ne)
        return (s, s) if start == end else (s, max(s, _map_end(end, self._os, self._oe, self._ns, self._ne)))


def _check(method: str, start: int, end: int, length: int) -> None:
    """A one-line error unless ``[start, end)`` is a span of ints (numpy's too) inside the text: a float
    such as 0.5 was taken as a position before (``to_original(0.5, 2)`` answered ``(0, 2)``), a string
    failed inside a comparison."""
    for value in (start, end):
        if isinstance(value, bool) or not hasattr(type(value), "__index__"):
            raise TypeError(f"Transliteration.{method}(): offsets must be ints, not {type(start).__name__} and "
                            f"{type(end).__name__}")
    if not 0 <= start <= end <= length:
        raise ValueError(f"Transliteration.{method}(): bad span [{start}, {end}) for a text of length {length}")


def _map_start(p: int, fs: list[int], fe: list[int], ts: list[int], te: list[int]) -> int:
    """Where position ``p`` (a start) of one side falls on the other: atoms ``[fs, fe)`` -> ``[ts, te)``.

    The first atom starting at ``p`` wins, so a unit that wrote nothing (a vowel) opening a word
    belongs to the word's span.
    """
    k = bisect.bisect_left(fs, p)
    if k < len(fs) and fs[k] == p:
        return ts[k]
    k -= 1  # the last atom starting before p
    if k < 0:
        return p
    return ts[k] if p < fe[k] else te[k] + (p - fe[k])


def _map_end(q: int, fs: list[int], fe: list[int], ts: list[int], te: list[int]) -> int:
    """Where position ``q`` (an end) of one side falls on the other; a unit that wrote nothing at ``q``
    belongs to the letters before it (``ba`` -> ب: the ``a`` is part of the word's span)."""
    last = bisect.bisect_right(fs, q) - 1
    if last >= 0 and fs[last] == fe[last] == q:
        return te[last]
    k = bisect.bisect_left(fs, q) - 1
    if k >= 0 and fs[k] < q <= fe[k]:
        return te[k]
    j = bisect.bisect_right(fe, q) - 1
    return q if j < 0 else te[j] + (q - fe[j])


# ---------------------------------------------------------------------------------------------
# Tokens

# Stretches that are never read, in the order they are tried at one position: a URL with its scheme or ``www.``,
# a bare host with a known ending (``example.com/page``), an e-mail address, an @mention, a #hashtag. An address's
# local part and the host before its ending are bounded (64 and 253 characters, their longest by RFC 5321 and 1035).
# Each kind is searched for on its own (:func:`_protected`): one pattern of them all was tried from every position,
# so a run of dotted letters (``a.a.a.``, 50,000 characters) took 3 s and 1 MB of dotted Arabizi 37 s.
_SCHEMED = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
_EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]+\.[\w.-]+")
_MENTION = regex.compile(r"(?<!\w)@\w+")
_HASHTAG = regex.compile(r"(?<!\w)#\w+")
_HOST_ENDING = regex.compile(r"\.(?:com|org|net|io|gov|edu|fr|dz|ma|tn|lb|jo|eg)\b", regex.IGNORECASE)
_HOST_LONGEST = 253
_NOT_HOST = regex.compile(r"(?r)[^\w.-]")  # searched backwards: the last character a host cannot hold
_HOST_START = regex.compile(r"\b[\w.-]")
_NON_BLANK = regex.compile(r"\S*")

_Span = tuple[int, int]


def _bare_host(text: str, pos: int) -> _Span | None:
    """The first bare host at or after ``pos`` with what follows it up to a blank, as the pattern
    ``\\b[\\w.-]{1,253}\\.(?:com|...)\\b\\S*`` finds it, in one pass: each known ending is found once and the host's
    start is looked for only in the 253 characters before it (the pattern tried every position of the text)."""
    for ending in _HOST_ENDING.finditer(text, pos + 1):
        dot = ending.start()
        low = max(pos, dot - _HOST_LONGEST)
        gap = _NOT_HOST.search(text, low, dot)
        start = _HOST_START.search(text, gap.end() if gap else low, dot)
        if start is not None:
            rest = _NON_BLANK.match(text, ending.end())
            return start.start(), rest.end() if rest else ending.end()
    return None


def _searcher(pattern: regex.Pattern[str]) -> Callable[[str, int], _Span | None]:
    """The span of ``pattern``'s first match at or after a position, or ``None``."""

    def first(text: str, pos: int) -> _Span | None:
        m = pattern.search(text, pos)
        return None if m is None else m.span()

    return first


#: The protected kinds in the order they are tried at one position, each with the kind its tokens get.
_FINDERS: tuple[tuple[Callable[[str, int], _Span | None], str], ...] = (
    (_searcher(_SCHEMED), "url"), (_bare_host, "url"), (_searcher(_EMAIL), "email"),
    (_searcher(_MENTION), "mention"), (_searcher(_HASHTAG), "hashtag"),
)


def _protected(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, kind)`` of every protected stretch, left to right, as one pattern of the kinds in
    :data:`_FINDERS`' order would find them (the leftmost start wins, the earlier kind at a tie). Each kind's next
    match is kept until a stretch passes its start, so each is searched for about once per stretch found."""
    found = [finder(text, 0) for finder, _ in _FINDERS]
    pos = 0
    while True:
        for k, (finder, _) in enumerate(_FINDERS):
            hit = found[k]
            if hit is not None and hit[0] < pos:
                found[k] = finder(text, pos)
        live = [(hit[0], k, hit[1]) for k, hit in enumerate(found) if hit is not None]
        if not live:
            return
        start, k, pos = min(live)
        yield start, pos, _FINDERS[k][1]


# A word: Latin letters, digits and $, joined by inner apostrophes or hyphens (al-ra2is, insha'allah),
# with a closing apostrophe after 3 6 7 9 (3' is غ).
_WORD = regex.compile(
    r"[\p{Latin}\d$][\p{Latin}\p{M}\d$]*+(?:['’‘`´ʼ\-]+[\p{Latin}\d$][\p{Latin}\p{M}\d$]*+)*+(?:(?<=[3679])['’‘`´ʼ])?"
)
_NUMBER = regex.compile(r"[\d$]+")
_HAS_LETTER = regex.compile(r"\p{Latin}")


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, kind)`` of every token: ``word`` or a protected kind (url, email, mention, hashtag)."""
    pos = 0
    for start, end, kind in _protected(text):
        for w in _WORD.finditer(text, pos, start):
            yield w.start(), w.end(), "word"
        yield start, end, kind
        pos = end
    for w in _WORD.finditer(text, pos):
        yield w.start(), w.end(), "word"


# ---------------------------------------------------------------------------------------------
# Reading one word

_Path = tuple[tuple[int, int, str], ...]
# layer j of the lattice: reading so far -> (score, the start of its last unit (which ends at j), the letters that
# unit wrote, the reading before it, the last two tokens, the letter model's log probability of the reading so far)
_Layer = dict[str, tuple[float, int, str, str, str, float]]
# the beam of a layer: (reading, score, the last two tokens, its last three letters ^-padded, letter log P)
_Heads = list[tuple[str, float, str, str, float]]
# A finished reading: (score, reading, the letter model's log probability of the whole reading)
_Scored = tuple[float, str, float]

# the layers of a word's search: the interpreted decoder's, or the compiled one's (which answers ``in`` of its
# last layer, ``lattice[-1]``, and :func:`_path`)
_Lattice = Union[list[_Layer], "_CompiledLattice"]

_START: _Layer = {"": (0.0, 0, "", "", "^ ^", 0.0)}
_START_HEADS: _Heads = [("", 0.0, "^ ^", "^^^", 0.0)]
_PREFIX_MEMO = 3  # the layers of prefixes up to this long are memoized (nine in ten of the hits in running text)
_PREFIX_WEIGHT = 33  # a memoized layer (about 3.3 kB) counts as this many memo entries (LangModel.memo_size)


def _decode(word: str, model: LangModel, weights: Weights, banned: frozenset[str],
            words: Sequence[str] | None = None) -> tuple[list[_Scored], _Lattice]:
    """Readings of a prepared word by beam search, ``(score, reading, letter model log probability)`` best
    first (no lexicon yet), and the lattice (:func:`_path` gives a reading's units from it).

    Decoded by the compiled decoder (:mod:`bilingual.translit._fast`) when it is built; the code below is the
    same search, interpreted, and reads the same.

    ``banned`` readings of a unit (``9|ق``) are skipped: a region chosen for the text. ``words`` (sorted):
    only readings that begin one of them are kept on the way, and only whole words at the end.
    Layer ``j`` of the lattice depends only on the word's first ``j`` letters (a unit ending inside the word
    is read the same whatever follows), so the layers of short prefixes are memoized on the model: words that
    begin alike (``l``, ``ma``, ``wa``...) share them.
    """
    if _fast is not None:
        compiled = _fast.decode(word, model, weights, banned, words)
        if compiled is not None:
            return compiled
    n = len(word)
    prefixes, begins = _lattice_memo(model, banned, weights, words)
    layers: list[_Layer] = [_START]
    heads: list[_Heads] = [_START_HEADS]
    for j in range(1, n):
        hit = prefixes.get(word[:j]) if j <= _PREFIX_MEMO else None
        if hit is None:
            layer = _layer(word, j, False, layers, heads, model, weights, banned, words, begins)
            hit = (layer, _beam(layer, weights.beam))
            if j <= _PREFIX_MEMO:
                prefixes[word[:j]] = hit
                model._filled += _PREFIX_WEIGHT
        layers.append(hit[0])
        heads.append(hit[1])
    layers.append(_layer(word, n, True, layers, heads, model, weights, banned, words, begins))
    wl, wj = weights.letters, weights.joint
    ends = model._ends
    out = []
    for reading, (score, _, _, _, ctx, lsum) in layers[n].items():
        if reading and (words is None or (begins.get(reading) or _word_state(words, reading)) == _LISTED):
            final = model.letter(("^^^" + reading)[-3:] + "$")
            end = ends.get(ctx)
            if end is None:
                end = ends[ctx] = model.pair(ctx, "$")
            out.append((score + wl * final + wj * end, reading, lsum + final))
    out.sort(key=_first, reverse=True)
    return out, layers


def _lattice_memo(model: LangModel, banned: frozenset[str], weights: Weights,
                  words: Sequence[str] | None) -> tuple[dict[str, tuple[_Layer, _Heads]], dict[str, int]]:
    """The model's memo of lattice layers by prefix for one search (banned readings, weights, bound or free),
    and of the readings' :func:`_word_state` in ``words``."""
    key = (banned, weights, words is None)
    memo = model._lattices.get(key)
    if memo is None or memo[0] is not words:
        memo = model._lattices[key] = (words, {}, {})
    return memo[1], memo[2]


def _beam(layer: _Layer, beam: int) -> _Heads:
    """The ``beam`` best readings of a layer, as the heads the next units extend."""
    # sorted() keeps ties in insertion order, as heapq.nlargest does; on a few dozen items it is faster
    items = sorted(layer.items(), key=_score_of, reverse=True)[:beam] if len(layer) > beam else layer.items()
    return [(prev, score, ctx, ("^^^" + prev)[-3:], lsum) for prev, (score, _, _, _, ctx, lsum) in items]


def _layer(word: str, j: int, last: bool, layers: list[_Layer], heads: list[_Heads], model: LangModel,
           weights: Weights, banned: frozenset[str], words: Sequence[str] | None, begins: dict[str, int]) -> _Layer:
    """Layer ``j`` of the lattice: every reading of ``word[:j]`` that a unit ending at ``j`` gives the beam of
    an earlier layer, with its best score (units ending at the word's end read as final ones when ``last``)."""
    wc, wj, wl = weights.channel, weights.joint, weights.letters
    options_of = model.options
    steps = model.steps(banned)
    seq_rows = model._seq_rows
    letters_logp, letter = model._letters_logp, model.letter
    nxt: _Layer = {}
    for i in range(max(0, j - model.max_unit), j):
        if not heads[i]:
            continue
        pos = ("W" if last else "B") if i == 0 else ("E" if last else "M")
        unit = word[i:j] + "|" + pos
        if unit not in options_of:
            continue
        after = steps.get(unit)
        if after is None:
            after = steps[unit] = {}
        for prev, score, ctx, tail, lsum in heads[i]:
            row = after.get(ctx)
            if row is None:
                row = after[ctx] = model.step_row(ctx, unit, banned)
            seq = seq_rows.get(tail)
            if seq is None:
                seq = seq_rows[tail] = {}
            for letters, joint, logp, next_ctx in row:
                new = prev + letters
                if words is not None and letters:
                    state = begins.get(new)
                    if state is None:
                        state = begins[new] = _word_state(words, new)
                    if not state:
                        continue
                s = score + wj * joint
                if wc:
                    s += wc * logp
                ls = lsum
                if letters:
                    here = seq.get(letters)
                    if here is None:  # (most readings of a unit are one letter: the letter model's own memo)
                        here = seq[letters] = letter(tail + letters) if len(letters) == 1 else letters_logp(tail, letters)
                        model._filled += 1
                    s += wl * here
                    ls += here
                old = nxt.get(new)
                if old is None or old[0] < s:
                    nxt[new] = (s, i, letters, prev, next_ctx, ls)
    return nxt


_LISTED = 2


def _word_state(words: Sequence[str], text: str) -> int:
    """Where ``text`` stands in the sorted ``words``: 0 it begins none of them, 1 it begins one, 2 (:data:`_LISTED`)
    it is one of them."""
    k = bisect.bisect_left(words, text)
    if k == len(words) or not words[k].startswith(text):
        return 0
    return _LISTED if words[k] == text else 1


def _score_of(item: tuple[str, tuple[float, int, str, str, str, float]]) -> float:
    return item[1][0]


_first = operator.itemgetter(0)
"""The sort key of scored readings: their score (an ``itemgetter``: no Python call per item)."""


def _path(layers: _Lattice, reading: str) -> _Path:
    """The units of the best way ``reading`` was reached."""
    if not isinstance(layers, list):
        return layers.path(reading)
    units: list[tuple[int, int, str]] = []
    i, r = len(layers) - 1, reading
    while i:
        _, start, letters, prev, _, _ = layers[i][r]
        units.append((start, i, letters))
        i, r = start, prev
    units.reverse()
    return tuple(units)


def _search(word: str, model: LangModel, weights: Weights,
            banned: frozenset[str]) -> tuple[list[_Scored], frozenset[str], _Lattice, _Lattice]:
    """The readings of a prepared word worth ranking, best first by the beam's score, with the ones the
    lexicon-bound search found (always ranked), and the lattices of the free and the bound search.

    Arabizi runs the beam twice: free, and bound to wordfreq's frequent words
    (:func:`bilingual.translit.model.arabic_words`), which finds known words whose vowels the free beam
    wrote otherwise (``machakil`` مشاكل, ``raji3oun`` راجعون); Finglish runs it free only.
    """
    readings, layers = _decode(word, model, weights, banned)
    if model.lang != AR or not weights.known:
        return readings, frozenset(), layers, layers
    known, known_layers = _decode(word, model, weights, banned, arabic_words())
    found = {r for _, r, _ in readings}
    extra = [k for k in known[: weights.known] if k[1] not in found]
    if extra:
        readings = sorted(readings + extra, key=_first, reverse=True)
    return readings, frozenset(r for _, r, _ in known[: weights.known]), layers, known_layers


def _rank(word: str, readings: list[_Scored], lang: str, weights: Weights, keep: frozenset[str] = frozenset(),
          region: str = "", lattices: tuple[_Lattice, _Lattice] | None = None,
          limit: int = 0) -> list[tuple[float, str]]:
    """Readings re-scored with the lexicon, best first: by the learned ranker (:func:`candidate_features`,
    ``weights.ranker``) for Arabizi, by the hand-set sum (a known word gains with its frequency, an unknown
    one loses) for Finglish; the usual spelling of a very common word
    (:func:`bilingual.translit.model.common_readings`) gains ``weights.common``, wherever it was in the beam.
    ``limit``: at most this many (0: all)."""
    ranker = (dict(weights.regional).get(region) or weights.ranker) if lang == AR else ()
    out: list[tuple[float, str]] = []
    seen: set[str] = set()
    if ranker:
        # how each unit was written is worked out only for a ranker that weighs it
        units = lattices if len(ranker) > BASE_FEATURES else None
        if _fast is not None:  # compiled: the same features, sums, order and choice
            return _fast.rank_scores(word, readings, lexicon(lang), common_readings(lang).get(word, ()), weights, keep,
                                     ranker, _FOLDED, _KEY_FOLD, _PREFIXES, _SUFFIXES, _HAMZAS,
                                     None if units is None else functools.partial(_reading_units, word, units), limit)
        else:
            for reading, features, usual in candidate_features(word, readings, lang, weights, keep, units):
                score = sum(map(operator.mul, ranker, features))
                out.append((score + weights.common if usual else score, reading))
    elif _fast is not None:  # the hand-set sum, compiled
        return _fast.hand_scores(word, readings, lexicon(lang), common_readings(lang).get(word, ()), weights, keep,
                                 _FOLDED, _KEY_FOLD, limit)
    else:  # the hand-set sum is the first feature: nothing else is worked out
        for _rank_, score, reading, _letters, _key, zipf, usual in _worth_ranking(word, readings, lang, weights, keep):
            score += _lexicon_gain(zipf, weights)
            out.append((score + weights.common if usual else score, reading))
    out.sort(key=_first, reverse=True)
    distinct = []
    for score, reading in out:  # one spelling of each folded word (أ/ا, ة/ه, ى/ي): the others waste a place
        key = lexicon_key(reading)
        if key not in seen:
            seen.add(key)
            distinct.append((score, reading))
            if len(distinct) == limit:
                break
    return distinct


BASE_FEATURES = 23
"""How many features :func:`candidate_features` gives without the lattices (``Weights.ranker`` weighs these)."""


def candidate_features(word: str, readings: list[_Scored], lang: str, weights: Weights, keep: frozenset[str] = frozenset(),
                       lattices: tuple[_Lattice, _Lattice] | None = None,
                       ) -> Iterator[tuple[str, tuple[float, ...], bool]]:
    """``(reading, features, usual)`` of the readings worth ranking: the ``3 * weights.candidates`` best of
    the beam, any in ``keep`` (found by the lexicon-bound search), and any later one that is the usual
    spelling of a very common word (``usual``).

    The features, in the order of ``Weights.ranker``: the hand-set score (beam score plus the lexicon's
    gain or loss), the joint model's and the letter model's log probabilities, the Zipf value (0 when
    unknown), known or not, letters minus Latin letters, their ratio, a final ه, a final ة, an initial ا,
    the share of long-vowel letters (ا و ي), log(1 + rank in the beam), the letter model per letter; then
    how the word's ends are written (:func:`_word_shape`): a final ``o``/``u`` as و, a final ``a``/``e``
    as ه or ة, or as ا, an initial ``a``/``e`` as ا; long-vowel letters per Latin vowel; a hamza letter;
    a clitic ``b f w k`` before the article ال; a lone ``l`` written as the article (:func:`_word_shape`);
    found by the lexicon-bound search (in ``keep``); for a reading the lexicon does not list, the Zipf value of
    its best known stem (:func:`_stem_zipf`). Given the ``lattices`` of the free and the bound search, 30 more:
    how the reading's units were written (:func:`_unit_features`, for the regional rankers).
    """
    lex = lexicon(lang)
    latin = max(1, len(word))
    vowels = max(1, sum(map(word.count, "aeiou")))
    end_ou, end_ae, start_ae, clitic, lone_l = _word_shape(word)
    for rank, score, reading, letters, key, zipf, is_usual in _worth_ranking(word, readings, lang, weights, keep):
        gain = _lexicon_gain(zipf, weights)
        n = len(reading)
        long_vowels = reading.count("ا") + reading.count("و") + reading.count("ي")
        first, final = reading[0], reading[-1]
        article = reading[1:3] == "ال"
        yield reading, (
            score + gain, score - weights.letters * letters, letters, zipf or 0.0, float(zipf is not None),
            float(n - latin), n / latin, float(final == "ه"), float(final == "ة"), float(first == "ا"),
            long_vowels / n, math.log1p(rank), letters / n,
            float(end_ou and final == "و"), float(end_ae and final in "هة"), float(end_ae and final == "ا"),
            float(start_ae and first == "ا"),
            long_vowels / vowels, float(not _HAMZAS.isdisjoint(reading)), float(clitic and article),
            float(lone_l == 1 and reading[:2] == "ال" or lone_l == 2 and article), float(reading in keep),
            0.0 if zipf is not None else _stem_zipf(reading, lex, key),
        ) + (() if lattices is None else _unit_features(word, _path(lattices[0] if reading in lattices[0][-1] else lattices[1],
                                                                     reading))), is_usual


def _reading_units(word: str, lattices: tuple[_Lattice, _Lattice], _word: str, reading: str) -> tuple[float, ...]:
    """:func:`_unit_features` of a reading, found in the free search's lattice or else the bound one's (as
    :func:`candidate_features` does)."""
    return _unit_features(word, _path(lattices[0] if reading in lattices[0][-1] else lattices[1], reading))


def _worth_ranking(word: str, readings: list[_Scored], lang: str, weights: Weights, keep: frozenset[str],
                   ) -> Iterator[tuple[int, float, str, float, str, float | None, bool]]:
    """``(rank, beam score, reading, letter log P, lexicon key, Zipf or None, usual)`` of the readings worth ranking
    (:func:`candidate_features`): the ``3 * weights.candidates`` best, any in ``keep``, any usual spelling."""
    lex = lexicon(lang)
    usual = common_readings(lang).get(word, ())
    ranked = weights.candidates * 3
    for rank, (score, reading, letters) in enumerate(readings):
        if rank >= ranked and not usual and reading not in keep:
            continue  # (the test below, without folding a reading that cannot be usual)
        key = lexicon_key(reading)
        is_usual = bool(usual) and key in usual
        if rank >= ranked and not is_usual and reading not in keep:
            continue
        yield rank, score, reading, letters, key, lex.get(key), is_usual


def _lexicon_gain(zipf: float | None, weights: Weights) -> float:
    """The hand-set score's term for the lexicon: a gain per Zipf point of a known word, a loss for an unknown one."""
    return weights.unknown if zipf is None else weights.lexicon * max(0.0, zipf - weights.lexicon_floor)


_HAMZAS = frozenset("ءأإآئؤ")
# Latin vowel units by the vowel they stand for, and the Arabic letters that write a long vowel.
_VOWEL_GROUPS = {"a": 0, "aa": 0, "e": 1, "ee": 1, "i": 1, "ii": 1, "ei": 1, "o": 2, "oo": 2, "ou": 2, "u": 2}
_LONG_LETTERS = frozenset("اويآى")
_EMPHATICS = frozenset("ضصطظقح")


def _unit_features(word: str, units: _Path) -> tuple[float, ...]:
    """How the units of a reading were written, counted: each vowel group (``a``; ``e``/``i``; ``o``/``u``) at the
    start, inside and at the end of the word, as nothing, a long-vowel letter or another letter (27 counts); a
    consonant written as an emphatic or ق/ح that is not its first reading; any other second reading of a
    consonant; a doubled consonant written twice. The joint model sees these three units at a time; the ranker
    weighs them over the whole word."""
    counts = [0.0] * 30
    n = len(word)
    table = units_for(AR)
    for start, end, letters in units:
        unit = word[start:end]
        group = _VOWEL_GROUPS.get(unit)
        if group is not None:
            place = 0 if start == 0 else 2 if end == n else 1
            kind = 0 if not letters else 1 if letters[0] in _LONG_LETTERS else 2
            counts[group * 9 + place * 3 + kind] += 1.0
        elif unit.isalpha() and letters:
            first = table.get(unit, ("",))[0]
            if letters != first:
                counts[27 if letters[0] in _EMPHATICS and first[:1] not in _EMPHATICS else 28] += 1.0
            if len(unit) == 2 and unit[0] == unit[1] and len(letters) == 2:
                counts[29] += 1.0
    return tuple(counts)

# Clitics and inflection letters that dialect words wrap around a known stem (بتعارضو: تعارض): conjunctions,
# prepositions, the article, the Levantine ب- and future رح/ح, negation, person prefixes; object pronouns,
# plural and feminine endings, the negative -ش.
_PREFIXES = frozenset("و ف ب ل ك ال بال وال لل عال ع بت بي بن بتت ت ي ن ا م مت ما وب وي وت ون ح رح".split())
_SUFFIXES = frozenset("و وا ها هم هن ك كم كو ني ي ه ة ت نا لي لك لو له لها لهم ش وش ين ون ات تي تو يه كي يك يها وه وها وهم ان".split())


def _stem_zipf(reading: str, lex: Lexicon, key: str | None = None) -> float:
    """The highest Zipf value of ``reading`` with a listed prefix and/or suffix taken off (a stem of two letters
    or more), 0 when none is a known word: evidence for a dialect form the lexicon does not list. ``key``: the
    reading's :func:`lexicon_key` when known (folding is letter for letter, so a stem's key is a slice of it)."""
    best = 0.0
    n = len(reading)
    if key is None:
        key = lexicon_key(reading)
    suffixes = [j for j in range(1, min(3, n - 2) + 1) if reading[n - j :] in _SUFFIXES]
    for i in range(min(3, n - 2) + 1):
        if i and reading[:i] not in _PREFIXES:
            continue
        for j in ([0, *suffixes] if i else suffixes):
            if j <= n - 2 - i:
                z = lex.get(key[i : n - j])
                if z is not None and z > best:
                    best = z
    return best


def _word_shape(word: str) -> tuple[bool, bool, bool, bool, int]:
    """What the ranker's features about the word's ends ask of a prepared Latin word, worked out once for all its
    readings: a final ``o``/``u``; a final ``a``/``e``; an initial ``a``/``e`` (whether a reading writes them
    و, ه or ة, ا, ا: whole-word conventions that the joint model, three units at a time, sees only at the word's
    edges); an initial clitic ``b f w k`` (before the article ال); and where a lone ``l`` stands (1: opening the
    word, 2: after a clitic, 0: none), whose reading as the article ال (``lzayda`` الزيادة, ``bl7yah`` بالحياة)
    is usual, though a lone ``l`` is more often ل."""
    first, last = word[0], word[-1]
    clitic = first in "bfwk"
    lone_l = 1 if first == "l" else 2 if clitic and word[1:2] == "l" else 0
    return last in "ou", last in "ae", first in "ae", clitic, lone_l


def _confidences(scores: list[float], temperature: float) -> list[float]:
    top = scores[0]
    exp = [math.exp((s - top) / temperature) for s in scores]
    total = sum(exp)
    return [round(e / total, 3) for e in exp]


@functools.lru_cache(maxsize=1 << 14)  # about 2 kB an entry; most repeats are caught by _read_source
def _read_prepared(word: str, lang: str, region: str, banned: frozenset[str],
                   weights: Weights) -> tuple[tuple[tuple[str, float], ...], _Path]:
    """Ranked ``(reading, confidence)`` and the best reading's units, for a prepared word (cached).

    Read by the compiled decoder's :func:`bilingual.translit._fast.read_prepared` when it is built (the same steps:
    both searches, ranking, confidences, units); the code below is the reference, and reads the same."""
    model = lang_model(lang, region)
    if _fast is not None:
        compiled = _fast.read_prepared(word, model, weights, banned, _compiled_context(lang, model.region, weights))
        if compiled is not None:
            return compiled
    readings, keep, layers, known_layers = _search(word, model, weights, banned)
    model.bound_memos()
    ranked = _rank(word, readings, lang, weights, keep, model.region, (layers, known_layers), weights.candidates)
    if not ranked:
        return (), ()
    unreached = _unreached_usual(word, lang, readings)
    if unreached:
        ranked = [(ranked[0][0] + weights.common, unreached), *ranked][: weights.candidates]
    # The learned ranker's scores are log-linear probabilities already: no temperature.
    confidences = _confidences([s for s, _ in ranked], 1.0 if lang == AR and weights.ranker else weights.temperature)
    best = ranked[0][1]
    units = ((0, len(word), best),) if unreached else _path(layers if best in layers[-1] else known_layers, best)
    if word in listed_words(lang):
        readings_out = tuple(_as_listed(word, lang, reading) for _, reading in ranked)
    else:  # no listed spelling of this word: every reading stays as it is (most words; skips a look-up a reading)
        readings_out = tuple(reading for _, reading in ranked)
    if readings_out[0] != best:
        units = _respelled(units, readings_out[0])
    return tuple(zip(readings_out, confidences)), units


@functools.lru_cache(maxsize=64)
def _compiled_context(lang: str, region: str, weights: Weights) -> tuple[object, ...]:
    """What :func:`bilingual.translit._fast.read_prepared` asks of :func:`_search`, :func:`_rank` and
    :func:`_read_prepared` for words of ``lang`` read with the statistics of ``region`` (the model's), worked out once
    (forgotten with the statistics: it holds the bound search's word list)."""
    ranker = (dict(weights.regional).get(region) or weights.ranker) if lang == AR else ()
    return (arabic_words() if lang == AR and weights.known else None, weights.known, lexicon(lang), common_readings(lang),
            ranker, len(ranker) > BASE_FEATURES, weights.candidates,
            1.0 if lang == AR and weights.ranker else weights.temperature,  # the learned ranker's: no temperature
            listed_words(lang), common_spellings(lang), weights.common, _unreached_usual, _as_listed, _respelled,
            _reading_units, _FOLDED, _KEY_FOLD, _PREFIXES, _SUFFIXES, _HAMZAS, lang)


def _as_listed(word: str, lang: str, reading: str) -> str:
    """``reading`` as :data:`bilingual.translit.model.COMMON_FILE` spells it when it is a folded form (أ/ا,
    ة/ه, ى/ي) of a listed spelling of ``word`` (the Levant's ``mafi`` read مأفي: the list says مافي)."""
    listed = listed_spellings(lang).get((word, lexicon_key(reading)), reading)
    return listed if len(listed) == len(reading) else reading


def _respelled(units: _Path, spelling: str) -> _Path:
    """The units of a reading written again as ``spelling`` (as long, letter for letter)."""
    out, at = [], 0
    for start, end, letters in units:
        out.append((start, end, spelling[at: at + len(letters)]))
        at += len(letters)
    return tuple(out)


def _unreached_usual(word: str, lang: str, readings: list[_Scored]) -> str:
    """The listed spelling of a very common word (:func:`bilingual.translit.model.common_spellings`) when the
    beam reached none of its usual spellings, else ``""``: some conventions are out of the model's reach
    (Egyptian ``2abl`` قبل, ``wa2t`` وقت: the Levant's statistics write ``2`` as a hamza), so the listed
    spelling comes first, read as one unit."""
    spelling = common_spellings(lang).get(word, "")
    if not spelling:
        return ""
    usual = common_readings(lang)[word]
    return "" if any(lexicon_key(reading) in usual for _, reading, _ in readings) else spelling


def use_model(built: dict[str, object] | None) -> None:
    """Read with ``built`` (a model from :func:`bilingual.translit.train.build_model`), or with the shipped
    statistics again when None (the benches and the tuning script)."""
    _use_statistics(built)
    _forget_readings()


def release_statistics() -> None:
    """Forget the loaded statistics and the readings remembered so far, keeping the model chosen (the next
    reading loads them again and reads the same): a big thread's run frees them once its passages are read."""
    _release_statistics()
    _forget_readings()
    arabic_words.cache_clear()  # the lexicon-bound search's 100,000 words: 9 MB
    lexicon.cache_clear()  # the lexicons (1.75 MiB for ar-Latn, with their look-ups), which pairing seldom reads: reloaded in milliseconds


def _forget_readings() -> None:
    if _fast is not None:
        _fast.forget()  # its letter tables and lexicon views (which keep the statistics they were built from)
    _read_prepared.cache_clear()
    _compiled_context.cache_clear()
    _read_source.cache_clear()
    _latin_scores.cache_clear()
    _word_region_scores.cache_clear()
    _latin_logps.cache_clear()


def read_word(word: str, lang: str = AR, region: str | None = None, weights: Weights | None = None) -> WordReading:
    """The readings of one Latin word (no context), as :func:`transliterate` gives them (the region, when
    not given, guessed from the word alone)."""
    lang = _arguments("read_word", word, lang, region)
    tokens = [(0, len(word), "word")]
    weights = weights or DEFAULT_WEIGHTS
    if lang == AR and region is None:
        region = _choose_region(word, tokens, weights)
    (reading,) = _read_tokens(word, tokens, lang, region, weights)
    return reading


def _read_tokens(text: str, tokens: list[tuple[int, int, str]], lang: str, region: str | None,
                 weights: Weights) -> list[WordReading]:
    banned = _banned(lang, region)
    region = region or ""
    out: list[WordReading] = []
    for start, end, kind in tokens:
        source = text[start:end]
        if kind != "word":
            out.append(WordReading(start, end, source, KEPT, kind))
            continue
        status, reason, candidates, units, notes = _read_source(source, lang, region, banned, weights)
        spans = tuple((a + start, b + start, letters) for a, b, letters in units) if start else units
        word = WordReading(start, end, source, status, reason, candidates, spans, notes)
        if lang == AR and out and status == TRANSLITERATED and _after_article(text, out[-1], word):
            word = _read_with_article(text, out[-1], word) or word
            if word.start < start:
                out.pop()
        out.append(word)
    return out


# A lone Arabizi article, alone or after و ب ف ل (``el``, ``il``, ``l``, ``wel``, ``bil``, ``fel``, ``lel``): written
# apart in Latin letters, never in Arabic script; group 1 is the letter before it.
_ARTICLE = regex.compile(r"(?i)([wbfl]?)[aei]?l")
_BLANK = regex.compile(r"[ \t\u00a0]{1,3}")
_ARTICLE_PREFIX = {"": "ال", "w": "وال", "b": "بال", "f": "فال", "l": "لل"}


def _after_article(text: str, before: WordReading, word: WordReading) -> bool:
    """Whether ``word`` follows a lone article (``el 7orreya``, ``wel 3ilm``, ``l bab``) across a few spaces on one
    line, and is no article itself nor read with one (``al al almdyna``: المدينة keeps its own)."""
    return (before.status == TRANSLITERATED and _ARTICLE.fullmatch(before.source) is not None
            and _ARTICLE.fullmatch(word.source) is None and not _HAMZA_ARTICLE.sub("ا", word.best, count=1).startswith("ال")
            and _BLANK.fullmatch(text, before.end, word.start) is not None)


def _read_with_article(text: str, article: WordReading, word: WordReading) -> WordReading | None:
    """A word and the lone article before it as one word of Arabic script (``el donia`` الدنيا, ``wel 3ilm`` والعلم,
    ``l bab`` الباب): the word's own readings (read alone: reading the two as one Latin word chose no better on the
    Algerian sentences, 231 against 233 of 356 article-word pairs), each after the article's letters, which are
    the article's and not a reading of the Latin's (never أل). The spaces between the two are a unit that writes
    nothing, so the offset map stays exact. None when every reading of the word has an article of its own."""
    match = _ARTICLE.fullmatch(article.source)
    assert match is not None
    prefix = _ARTICLE_PREFIX[match.group(1).lower()]
    kept = [c for c in word.candidates if not _HAMZA_ARTICLE.sub("ا", c.text, count=1).startswith("ال")]
    if not kept:
        return None
    total = sum(c.confidence for c in kept) or 1.0
    units = (*_article_units(article, bool(match.group(1))), (article.end, word.start, ""), *word.units)
    return WordReading(article.start, word.end, text[article.start:word.end], TRANSLITERATED, "",
                       tuple(Candidate(prefix + c.text, c.confidence / total) for c in kept), units, word.notes)


def _article_units(article: WordReading, letter: bool) -> tuple[tuple[int, int, str], ...]:
    """The article's Latin letters and what each writes: a letter before it و ب ف ل, its vowel ا (nothing after
    ``l``: لل), its ``l`` ل, or ال when no vowel says where the alef is (``l``, ``wl``)."""
    start, source = article.start, article.source
    units: list[tuple[int, int, str]] = []
    k = 0
    if letter:
        units.append((start, start + 1, {"w": "و", "b": "ب", "f": "ف", "l": "ل"}[source[0].lower()]))
        k = 1
    vowel = len(source) - k == 2
    if vowel:
        units.append((start + k, start + k + 1, "" if source[0].lower() == "l" and letter else "ا"))
        k += 1
    units.append((start + k, start + k + 1, "ل" if vowel or units and units[0][2] == "ل" else "ال"))
    return tuple(units)


_HAMZA_ARTICLE = regex.compile(r"^[أإآ](?=ل)")


_Reading = tuple[str, str, tuple[Candidate, ...], tuple[tuple[int, int, str], ...], tuple[str, ...]]
_LAUGHTER = regex.compile(r"[hH]{2,}")
"""A word of h's only: laughter, each h written ه (the letters of the Latin are kept, as the writer's length)."""


@functools.lru_cache(maxsize=1 << 15)  # about 1 kB an entry
def _read_source(source: str, lang: str, region: str, banned: frozenset[str], weights: Weights) -> _Reading:
    """How a word token reads wherever it stands: ``(status, reason, candidates, units, notes)``, the units'
    offsets counted from the token's start (cached: running text repeats its words, and a repeated word
    costs one lookup)."""
    if not _HAS_LETTER.search(source):
        return KEPT, "number" if _NUMBER.fullmatch(source) else "symbol", (), (), ()
    foreign = _foreign(source, lang)
    if foreign:
        return KEPT, foreign, (), (), ()
    if _LAUGHTER.fullmatch(source):  # hhhh: laughter, written ههههه in Arabic script (not ة, one squeezed h)
        return (TRANSLITERATED, "", (Candidate("ه" * len(source), 1.0),),
                tuple((i, i + 1, "ه") for i in range(len(source))), ("laughter",))
    prepared, index, notes = prepare(source)
    if len(prepared) > LONGEST_WORD:
        return UNDECIDED, "too long to be a word", (), (), tuple(notes)
    readings, units = _read_prepared(prepared, lang, region, banned, weights)
    if not readings:
        return UNDECIDED, "no reading fits", (), (), tuple(notes)
    if _fast is not None:  # compiled: the same candidates and spans, kept out of the cyclic collector's watch
        if _PLAIN_CANDIDATE:
            return _fast.settled_reading(Candidate, TRANSLITERATED, readings, units, index, len(source), notes)
        candidates = tuple([Candidate(r, c) for r, c in readings])
        return TRANSLITERATED, "", candidates, _fast.unit_spans(units, index, 0, len(source)), tuple(notes)
    candidates = tuple([Candidate(r, c) for r, c in readings])
    return TRANSLITERATED, "", candidates, _unit_spans(units, index, 0, len(source)), tuple(notes)


@functools.lru_cache(maxsize=1 << 16)
def _prepared(source: str) -> str:
    """The word as the tables read it (:func:`bilingual.translit.rules.prepare`), cached."""
    return prepare(source)[0]


def _unit_spans(units: _Path, index: list[int], start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """Units moved from prepared-word to text coordinates; squeezed repeats join the unit before them."""
    spans = []
    for k, (a, b, letters) in enumerate(units):
        s = start + index[a]
        e = end if k == len(units) - 1 else start + index[units[k + 1][0]]
        spans.append((s, e, letters))
    if spans:
        spans[0] = (start, spans[0][1], spans[0][2])
    return tuple(spans)


# English or French words inside Arabizi stay in Latin letters, as the people who write them do.
_FOREIGN_ZIPF = 4.2


# English words that join a list of romanized words ("Felestin and Lobnan"): never Finglish.
_ENGLISH_COORDINATORS = frozenset({"and", "or"})


@functools.lru_cache(maxsize=1 << 16)
def _foreign(word: str, lang: str) -> str:
    """``"english"`` / ``"french"`` for a common word of those languages that is no Arabizi word, else ``""``.

    In Finglish only the English coordinators count: many common English words are Persian ones too
    (``man`` من, ``to`` تو, ``in`` این).
    """
    low = word.lower()
    if lang == FA:
        return "english" if low in _ENGLISH_COORDINATORS else ""
    if lang != AR or len(word) < 3 or not word.isalpha():
        return ""
    from ..segment.words import english_zipf, french_zipf, sections

    lists = sections()
    if low in lists["strong"] or low in lists["weak"]:
        return ""
    if english_zipf(low) >= _FOREIGN_ZIPF:
        return "english"
    if french_zipf(low) >= _FOREIGN_ZIPF:
        return "french"
    return ""


# A final -o/-u written ه (the pronoun suffix, y$ofo يشوفه) or وا (the plural of verbs, fhamto فهمتوا): Levantine
# spellings, read only in a text read as Levantine (elsewhere they crowd out the usual و).
_LEVANT_ONLY = frozenset({"o|ه", "o|وا", "u|ه", "u|وا"})
_BANNED = {None: _LEVANT_ONLY, "levant": frozenset({"9|ق"}), "maghreb": frozenset({"9|ص"}) | _LEVANT_ONLY}


def _banned(lang: str, region: str | None) -> frozenset[str]:
    """Unit readings a region rules out: ``9`` is ق in the Maghreb and ص in the Levant; the Levantine readings
    of a final ``o``/``u`` anywhere else."""
    if lang != AR:
        return frozenset()
    if region is not None and region not in REGIONS:
        raise ValueError(f"unknown region {region!r}; expected one of {', '.join(REGIONS)}")
    return _BANNED[region]


_MSA_CLITIC = regex.compile(r"(?i)(?:al|bi|bil|wa|wal|li|lil|fi|fil)-")
REGION_MARGIN = 4.0
"""How much likelier (natural log) a text's Latin letters must be under one region's character model
than under the other's for that region's statistics to be used (chosen on the development fold)."""


def _guess_region(text: str, tokens: list[tuple[int, int, str]]) -> str | None:
    """The region whose spelling the text's words look like (``ch``/``ou``/``dj`` and French accents in
    the Maghreb, ``sh``/``8``/``6`` in the Levant...), by character 3-gram models of each region's
    Latin words; None when the model has no regions, neither is clearly likelier, or the text is
    romanized MSA (hyphenated clitics)."""
    regions = sorted(region_tables(AR))
    if len(regions) < 2:
        return None
    totals = [0.0] * len(regions)
    for a, b, kind in tokens:
        if kind == "word":
            scores = _word_region_scores(text[a:b])
            if scores is None:
                return None  # romanized MSA (al-ra2is, bi-sur3a): no dialect's statistics
            for k, v in enumerate(scores):
                totals[k] += v
    ranked = sorted(zip(totals, regions), reverse=True)
    return ranked[0][1] if ranked[0][0] - ranked[1][0] >= REGION_MARGIN else None


@functools.lru_cache(maxsize=1 << 15)
def _word_region_scores(source: str) -> tuple[float, ...] | None:
    """What a word token adds to :func:`_guess_region`'s totals: None for a hyphenated MSA clitic (``al-``), nothing
    for a token without a Latin letter, else :func:`_latin_scores` of the prepared word (cached: running text repeats
    its words, and each repeat cost two searches and two cache look-ups)."""
    if _MSA_CLITIC.match(source):
        return None
    if not _HAS_LETTER.search(source):
        return ()
    return _latin_scores(_prepared(source))


@functools.lru_cache(maxsize=1 << 16)
def _latin_scores(word: str) -> tuple[float, ...]:
    """log P of a prepared word under each region's character model (regions in sorted order)."""
    if _fast is not None:  # compiled: the same back-off and sums
        return _fast.latin_scores(word, region_table_list(AR))
    padded = "^^" + word + "$"
    letters = [_latin_logps(padded[i - 2 : i + 1]) for i in range(2, len(padded))]
    return tuple(sum(logps[k] for logps in letters) for k in range(len(region_models(AR))))


@functools.lru_cache(maxsize=1 << 14)
def _latin_logps(trigram: str) -> tuple[float, ...]:
    """log P of a trigram's last letter after the two before it, under each region's character model (sorted):
    the same few thousand trigrams make up every text's words."""
    models = region_models(AR)
    return tuple(backoff_logp(logp, backoff, trigram[:2], trigram[2], "") for logp, backoff in (models[r] for r in sorted(models)))


def _vote_nine(text: str, tokens: list[tuple[int, int, str]], weights: Weights) -> str | None:
    """The region whose reading of ``9`` makes the text's 9-words better known words (``None``: no 9 to read)."""
    words = [text[a:b] for a, b, kind in tokens if kind == "word" and "9" in text[a:b] and _HAS_LETTER.search(text[a:b])]
    if not words:
        return None
    lex = lexicon(AR)
    totals = {}
    for region in REGIONS:
        total = 0.0
        for w in words:
            readings, _ = _read_prepared(_prepared(w), AR, "", _banned(AR, region), weights)
            if readings:
                total += lex.get(lexicon_key(readings[0][0]), 0.0)
        totals[region] = total
    return max(REGIONS, key=lambda r: totals[r])


def _choose_region(text: str, tokens: list[tuple[int, int, str]], weights: Weights) -> str | None:
    """The region of an Arabizi text: its spelling, else the reading of its 9-words, else None."""
    return _guess_region(text, tokens) or _vote_nine(text, tokens, weights)


_LANGS = {AR.lower(): AR, FA.lower(): FA}


def _arguments(function: str, text: object, lang: object, region: object) -> str:
    """The canonical language tag of a call (tags are case-insensitive, BCP 47: ``ar-latn`` is ``ar-Latn``), or a
    one-line error naming ``function`` and what it accepts."""
    if not isinstance(text, str):
        raise TypeError(f"{function}() needs a str, not {type(text).__name__}")
    canonical = _LANGS.get(lang.lower()) if isinstance(lang, str) else None
    if canonical is None:
        raise ValueError(f"{function}(): unknown romanization {lang!r}; expected {AR!r} or {FA!r}")
    if region is not None and region not in REGIONS:
        raise ValueError(f"{function}(): unknown region {region!r}; expected one of {', '.join(REGIONS)} or None")
    return canonical


def transliterate(text: str, lang: str = AR, *, region: str | None = None,
                  weights: Weights | None = None) -> Transliteration:
    """Read romanized Arabic (``ar-Latn``, Arabizi) or Persian (``fa-Latn``, Finglish) back into Arabic script.

    Every word gets ranked candidates with a confidence; ``.text`` is the best sentence, with
    everything that is not a word to read copied unchanged, and ``to_original`` / ``to_output``
    map offsets between the two. ``region`` (``levant`` or ``maghreb``) picks the statistics learned
    from that region's writers and the digit convention that differs (``levant``: 9 = ص,
    ``maghreb``: 9 = ق); by default the text decides: the region its spelling looks like, else the
    reading of its 9-words that gives better-known words, else the statistics of all regions.
    """
    lang = _arguments("transliterate", text, lang, region)
    weights = weights or DEFAULT_WEIGHTS
    tokens = list(_tokens(text))
    if lang == AR and region is None:
        region = _choose_region(text, tokens, weights)
    words = _read_tokens(text, tokens, lang, region, weights)
    return Transliteration(text, lang, region, words)
