"""The engine: a :class:`Normalizer` holds one resolved setting of the folds and everything compiled
for it, so calling it costs nothing beyond the work on the text.

Two paths share the work. Lines made only of plain characters (ASCII, Arabic letters, harakat,
digits, punctuation: whatever the folds change one character at a time, without context) go through
a translation table at C speed: ``codecs.charmap_encode`` to one byte per character, then
``charmap_decode`` with the folded characters; anything outside the table is put back unchanged.
Lines holding anything else (presentation forms, invisible controls, Persian letters, composing
marks, Quranic marks) go through the general path: a fold function after the other over the
Arabic-script runs, each run with its language. Folds never reach past a line break, so each line
can take either path. Offsets come from the places that change length; the change records are
worked out only when asked for.
"""

from __future__ import annotations

import codecs
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain

from ..text.language import NON_ARABIC_LETTERS, detect, is_arabic_language
from ..text.script import (
    ALEF_MAKSURA, CONTROLS, LETTERS, MARKS, PF_MAP, PF_MARKS, YEH, ZWNJ, arabic_runs, char_class,
)
from .config import FOLDS, Settings, resolve_settings
from .folds import (
    CLUSTER_START, COMPOSE_BASES, COMPOSING_MARKS, CONTROLS_RE, MAKSURA_INSIDE_RE, MAKSURA_LIKE, NEXT_IS_LETTER,
    NEXT_IS_LETTER_RE, WordList, apply_edits, arabic_frequencies, runs, squeezes,
)
from .offsets import NO_PLACES, NO_SQUEEZES, Chain, Normalized, Places, Site, places_of
from .vector import VectorTable, worth

__all__ = ["Normalizer", "resolve", "run_language"]


def run_language(run: str) -> str:
    """The language of one Arabic-script run (:func:`bilingual.text.language.detect`), as the
    normalizer uses it: letter folds apply to ``ar`` and ``und`` runs only."""
    return detect(run).code


# ---------------------------------------------------------------------------------------------
# The general path: Arabic-script runs, their languages, and the folds one after the other.

_SPECIALS = frozenset(CONTROLS) | {c for c in PF_MAP if set(PF_MAP[c]) & NON_ARABIC_LETTERS} | NON_ARABIC_LETTERS
_SPECIALS_RE = re.compile(char_class(_SPECIALS))
_ZWNJ_IN_WORD_RE = re.compile(
    f"(?<={char_class(LETTERS)}){char_class(MARKS)}*{ZWNJ}(?={char_class(MARKS)}*{char_class(LETTERS)})"
)


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
            for c in CONTROLS_RE.finditer(run):
                pos = a + c.start()
                in_runs.add(pos)
                if (not is_arabic_language(lang) and c.group() == ZWNJ
                        and _ZWNJ_IN_WORD_RE.match(run, c.start() - _marks_before(run, c.start()))):
                    layout.keep.add(pos)
                else:
                    layout.removable.append(pos)
        for c in CONTROLS_RE.finditer(text, ls, le):
            if c.start() not in in_runs:
                layout.keep.add(c.start())
    return layout


def _marks_before(run: str, i: int) -> int:
    """How many marks directly precede position ``i`` (so a ZWNJ match can start at them)."""
    n = 0
    while i - n > 0 and run[i - n - 1] in MARKS:
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


_KINDS = (0, 1, 1, 2)  # match kind by ``lastindex``: plain, compose, compose, maksura inside


class _Variant:
    """The folds that apply in runs of one kind (Arabic, or a language whose letters are kept)."""

    def __init__(self, settings: Settings, arabic: bool) -> None:
        self.steps = [(name, FOLDS[name].modes[mode]) for name, mode in settings
                      if name != "repetition" and (arabic or not FOLDS[name].letters)]
        names = {name for name, _ in self.steps}
        self.pre = [fn for name, fn in self.steps if name in ("presentation_forms", "compose")]
        self.post = [fn for name, fn in self.steps if name not in ("presentation_forms", "compose", "controls")]
        inside = arabic and ("maksura", "inside") in settings
        candidates = set().union(*(FOLDS[name].chars for name in names)) if names else set()
        plain = self.changed(candidates)
        compose_ = "compose" in names
        starts = plain | (COMPOSE_BASES | CLUSTER_START if compose_ else set()) | (MAKSURA_LIKE if inside else set())
        never = "((?!))"  # keeps the group numbers when a kind of match is off
        # One class of every character that can start a match comes first, so ``re`` skips the rest
        # of the text at C speed; lookbehinds then tell which kind of match this is: group 1 or 2
        # compose (a letter + madda/hamza, a cluster of marks), group 3 ى inside a word, none plain.
        self.pattern = re.compile(
            char_class(starts) + "(?:"
            + (f"(?<={char_class(COMPOSE_BASES)})({char_class(COMPOSING_MARKS)})" if compose_ else never)
            + "|" + (f"(?<={char_class(CLUSTER_START)})({char_class(MARKS | PF_MARKS)}+)"
                     if compose_ else never)
            + "|" + (f"(?<={char_class(MAKSURA_LIKE)})(){NEXT_IS_LETTER}" if inside else never)
            + (f"|(?<={char_class(plain)})" if plain else "") + ")"
        ) if starts else None
        self.inside = inside
        self.starts = frozenset(starts)
        # Caches by kind of match: plain, compose, maksura inside, compose followed by a letter.
        self.cache: list[dict[str, Chain | None]] = [{}, {}, {}, {}]

    def chain_of(self, site: str, next_is_letter: bool) -> Chain:
        """What each fold does to ``site``, in order; ``next_is_letter`` when a letter follows it."""
        steps = []
        cur = site
        for name, fn in self.steps:
            new = fn(cur + "\u0628")[:-1] if next_is_letter and name == "maksura" else fn(cur)
            if new != cur:
                steps.append((name, cur, new))
                cur = new
        return cur, tuple(steps), len(cur) - len(site)

    def changed(self, chars: set[str]) -> set[str]:
        """The ``chars`` some fold changes when alone: each fold runs once over all of them, a line
        each (no fold reads or writes a line break), instead of once per character (start-up)."""
        order = sorted(chars)
        cur = order
        changed: set[str] = set()
        for _name, fn in self.steps if order else ():
            new = fn("\n".join(cur)).split("\n")
            changed.update(order[i] for i, (a, b) in enumerate(zip(cur, new, strict=True)) if a != b)
            cur = new
        return changed

    def chain(self, group: int, site: str) -> Chain | None:
        """The cached chain for a match of kind ``group`` (see ``cache``)."""
        cache = self.cache[group]
        if site not in cache:
            found = self.chain_of(site, group >= 2)
            cache[site] = found if found[1] else None
        return cache[site]

    def fast(self, text: str) -> str:
        """The folds applied to a whole stretch, fold after fold (the path without offsets)."""
        for fn in self.post:
            text = fn(text)
        return text


class _General:
    """The general path for one setting of the folds: every fold over the Arabic-script runs."""

    def __init__(self, settings: Settings) -> None:
        names = {name for name, _ in settings}
        self.arabic = _Variant(settings, True)
        self.other = _Variant(settings, False)
        self.controls = "controls" in names
        self.on = bool(names - {"repetition"})

    def _prepare(self, text: str) -> tuple[list[tuple[int, int, str]], _Layout | None]:
        layout = _layout(text) if self.on else None
        if not self.controls and layout is not None:
            layout.keep.update(layout.removable)
            layout.removable.clear()
        return _segments(len(text), layout), layout

    def _variant(self, lang: str) -> _Variant:
        return self.arabic if lang == "ar" else self.other

    def fold(self, text: str) -> str:
        """Every fold but repetition, fold after fold over whole stretches: controls fall out where
        the stretch is cut."""
        segments, layout = self._prepare(text)
        removable = layout.removable if layout else []
        parts = []
        for a, b, lang in segments:
            variant = self._variant(lang)
            cuts = removable[bisect_left(removable, a):bisect_left(removable, b)] if removable else []
            pieces = [text[i + 1:j] for i, j in zip([a - 1, *cuts], [*cuts, b])] if cuts else [text[a:b]]
            for fn in variant.pre:
                pieces = [fn(p) for p in pieces]
            parts.append(variant.fast("".join(pieces)))
        return "".join(parts)

    def sites(self, text: str) -> tuple[str, list[Site]]:
        """Every fold but repetition, and every place a fold changed: found in one pass per stretch,
        each place's result computed once."""
        segments, layout = self._prepare(text)
        keep = layout.keep if layout else set()
        sites: list[Site] = []
        add = sites.append
        parts = []
        for a, b, lang in segments:
            variant = self._variant(lang)
            segment = text[a:b]
            if variant.pattern is None:
                parts.append(segment)
                continue
            caches, chain_, inside = variant.cache, variant.chain, variant.inside

            def replace(m: re.Match[str]) -> str:
                g = m.group()
                kind = _KINDS[m.lastindex or 0]
                if kind == 1 and inside and NEXT_IS_LETTER_RE.match(segment, m.end()):
                    kind = 3  # a composed cluster can end with ى (ﱝ draws ىٰ) and a letter follow it
                cache = caches[kind]
                r = cache[g] if g in cache else chain_(kind, g)
                if r is None:
                    return g
                s = m.start() + a
                if keep and s in keep:
                    return g
                add((s, s + len(g), r))
                return r[0]

            parts.append(variant.pattern.sub(replace, segment))
        return "".join(parts), sites


# ---------------------------------------------------------------------------------------------
# The plain path: a translation table over lines of plain characters.

_MARK_BYTE = 255  # an unknown character: put back as it was
_MARK = "\udbff"  # what it decodes to (a lone surrogate: never produced by the table otherwise)
_DEL = "\udbfe"  # what a deleted character decodes to
_ERRORS = "bilingual.normalize.keep"
_PUT_BACK = "bilingual.normalize.put_back"
_STATE = threading.local()
_NONZERO_RE = re.compile(b"[^\0]")
_SAME_RUN_RE = re.compile(r"(.)\1*", re.DOTALL)
# Characters the table may hold, most useful first: what Arabic text is made of, then typography.
_WANTED = [
    *(chr(c) for c in [*range(0x621, 0x63B), *range(0x641, 0x64B), 0x640]),  # letters, tatweel
    *(chr(c) for c in [*range(0x64B, 0x653), 0x670]),  # harakat, shadda, sukun, dagger alef
    *(chr(c) for c in [*range(0x660, 0x66D), 0x60C, 0x61B, 0x61F]),  # digits, number signs, punctuation
    *(chr(c) for c in [*range(0x656, 0x660), 0x671, *range(0x6F0, 0x6FA)]),  # other marks, alef wasla, digits
    *"\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u00b0\u00e9\u00e8\u00e0\u00e7\u2022",
    *(chr(c) for c in [*range(0x610, 0x61B), *range(0x6D6, 0x6EE)]),  # Quranic marks and small letters
]


def _keep_unknown(exc: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler: note the unknown characters and write one placeholder byte for each."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    _STATE.runs.append((exc.start, exc.end))
    return bytes((_MARK_BYTE,)) * (exc.end - exc.start), exc.end


codecs.register_error(_ERRORS, _keep_unknown)


def _put_back(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: the next character that the placeholder byte stood for."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return next(_STATE.back), exc.end


codecs.register_error(_PUT_BACK, _put_back)


class _Table:
    """The translation table of one setting: which characters are plain, what each becomes."""

    def __init__(self, variant: _Variant, settings: Settings) -> None:
        names = {name for name, _ in settings}
        marks_go = {"diacritics", "shadda"} <= names
        chars = ["\0", *map(chr, range(1, 128))]
        results = {c: c for c in chars}
        #: Every character folded alone, without context, into at most one character (the vector
        #: path's table has room for all of them; the charmap's for the first 127).
        self.plain: dict[str, str] = {}
        for c in _WANTED:
            if "compose" in names and (c in COMPOSING_MARKS or (c in MARKS and not marks_go)):
                continue  # canonical order of kept marks, and composition, need the general path
            result = variant.chain_of(c, False)[0]
            if len(result) <= 1:
                self.plain[c] = result
                if len(chars) < _MARK_BYTE:
                    chars.append(c)
                    results[c] = result
        chars = [c for c in chars if results[c] == "" or results[c] in results]
        self.encoding = codecs.charmap_build("".join(chars) + "\ufffe" * (256 - len(chars)))
        decoding = [results[c] or _DEL for c in chars] + ["\ufffe"] * (256 - len(chars))
        decoding[_MARK_BYTE] = _MARK
        self.decoding = "".join(decoding)
        byte = {c: i for i, c in enumerate(chars)}
        canon = list(range(256))
        for c, i in byte.items():
            if results[c]:
                canon[i] = byte[results[c]]
        self.inside = variant.inside
        #: Byte -> the byte of what its character becomes (so decoding with ``results`` gives the text).
        self.canon = bytes(canon)
        #: The same with ى and ي as one, for finding runs of a letter (ى may still become ي).
        self.letters = self.canon
        if self.inside and ALEF_MAKSURA in byte and YEH in byte:
            canon[byte[ALEF_MAKSURA]] = canon[byte[YEH]]
            self.letters = bytes(canon)
        self.deleted = bytes(byte[c] for c in chars if results[c] == "")
        #: The bytes a run of one letter can be made of: letters', and the placeholder of characters
        #: outside the table (a Persian letter may repeat).
        self.letter_bytes = frozenset({byte[c] for c in chars if c in LETTERS} | {_MARK_BYTE})
        self.results = "".join(chars) + "\ufffe" * (_MARK_BYTE - len(chars)) + _MARK
        #: The same with the placeholder byte undefined, so that decoding calls ``_put_back`` for it.
        self.unknown_undefined = self.results[:_MARK_BYTE] + "\ufffe"
        # Characters outside the table that need the general path: where a fold can start or
        # reach (controls, presentation forms, marks to compose...). Letters of other languages
        # need it only when their run is not Arabic; any other character is put back as it was.
        needs = set(_SPECIALS) - NON_ARABIC_LETTERS | variant.starts
        if "compose" in names:
            needs |= MARKS | PF_MARKS
        self.complex_re = _class_re(needs - set(chars))
        self.maybe_re = _class_re(NON_ARABIC_LETTERS - needs - set(chars))
        self._needs = needs
        self._vector: VectorTable | None = None

    def vector(self) -> VectorTable | None:
        """The vector path's look-up table, built on first use (``None`` without numpy)."""
        if self._vector is None:
            needs = self._needs - set(self.plain)
            try:
                self._vector = VectorTable(self.plain, needs, NON_ARABIC_LETTERS - needs - set(self.plain), self.inside)
            except ImportError:
                return None
        return self._vector


def _class_re(chars: set[str] | frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``chars`` (nothing when there are none)."""
    return re.compile(char_class(chars) if chars else "(?!)")


def _equal_runs(b: bytes, values: frozenset[int]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of three or more equal bytes whose value is in ``values``.

    At C speed, on big integers (little-endian, which ``int.from_bytes`` reads a quarter faster):
    ``x`` = the bytes XOR themselves shifted by one is zero where a byte equals the next, and ``y``
    = ``x`` OR itself shifted is zero only where three equal bytes start, so the search for them
    is a ``find`` of one byte (``memchr``) rather than of two among every doubled letter."""
    n = len(b)
    if n < 3:
        return
    v = int.from_bytes(b, "little")
    x = v ^ (v >> 8)  # byte i: b[i] ^ b[i + 1]
    y = (x | (x >> 8)).to_bytes(n, "little")  # byte i: 0 when b[i] == b[i + 1] == b[i + 2]
    i = y.find(0)
    while i >= 0:
        m = _NONZERO_RE.search(y, i + 1)
        end = m.start() + 2 if m else n
        if b[i] in values:  # digits (2000) and dots (...) repeat too: only letters are looked at
            yield i, end
        i = y.find(0, end)


def _letter_runs(text: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    """The runs of three or more of one Arabic letter inside ``text[start:end]``, moved by ``offset``."""
    while start < end:
        m = _SAME_RUN_RE.match(text, start, end)
        stop = m.end() if m else end
        if stop - start >= 3 and text[start] in LETTERS:
            yield start + offset, stop + offset
        start = stop


# ---------------------------------------------------------------------------------------------
# The normalizer.


class Normalizer:
    """One profile with its toggles, resolved once: call it as often as needed, nothing is merged
    or compiled again. Get one with :func:`resolve`; ``normalize(text, profile, **toggles)`` is
    ``resolve(profile, **toggles)(text)``."""

    def __init__(self, profile: str, settings: Settings) -> None:
        self.profile = profile
        #: The folds that are on, with their modes, in fold order.
        self.settings = settings
        self._settings = dict(settings)  # shared by the results, each of which reads it as a copy (Normalized.settings)
        names = {name for name, _ in settings}
        self._general = _general(settings)
        self._repetition = "repetition" in names
        self._on = bool(names - {"repetition"})
        self._table: _Table | None = None
        self._lexicon: Mapping[str, float] | None = None
        self._explains = self._explain  # bound once: every tracked result holds it (a bound method a result was 64 bytes)

    def __repr__(self) -> str:
        return f"Normalizer({self.profile!r}, {dict(self.settings)!r})"

    def __reduce__(self) -> tuple[Callable[[str, Settings], Normalizer], tuple[str, Settings]]:
        """Pickled as its profile and settings, resolved again where it is unpickled (its compiled
        tables do not pickle), so ``Pool().map(resolve("mt").text, texts)`` works."""
        return resolve_normalizer, (self.profile, self.settings)

    def __call__(self, text: str, *, track_offsets: bool = True) -> Normalized:
        """Normalize ``text``: the result with its changes and offset map (or only ``.text``, faster,
        with ``track_offsets=False``)."""
        if not isinstance(text, str):
            raise TypeError(f"normalize() needs a str, not {type(text).__name__}")
        folded, places, found = self._fold(text, track_offsets)
        edits = squeezes(folded, found, self._words()) if found else NO_SQUEEZES
        out = apply_edits(folded, edits) if edits else folded
        if out is folded and folded is not text and folded == text:  # nothing changed: the text itself, not an equal copy
            out = folded = text
        if places is not None and not places[0]:
            places = NO_PLACES  # nothing moved: one shared map (three empty lists and their tuple were 232 bytes)
        explain = self._explains if track_offsets else None
        return Normalized(text, out, self.profile, self._settings, places, edits, folded, explain)  # settings shared, read as copies

    def text(self, text: str) -> str:
        """Only the normalized text: the fastest way to normalize."""
        if not isinstance(text, str):
            raise TypeError(f"normalize() needs a str, not {type(text).__name__}")
        folded, _, found = self._fold(text, False)
        if found:
            edits = squeezes(folded, found, self._words())
            return apply_edits(folded, edits) if edits else folded
        return folded

    def _explain(self, text: str) -> list[Site]:
        return self._general.sites(text)[1]

    def _words(self) -> Mapping[str, float]:
        """The word list the repetition fold decides with, its words folded like the text (lazily)."""
        lexicon = self._lexicon
        if lexicon is None:
            lexicon = self._lexicon = _folded_lexicon(tuple(s for s in self.settings if s[0] != "repetition"))
        return lexicon

    def _fold(self, text: str, track: bool) -> tuple[str, Places | None, list[tuple[int, int]]]:
        """Every fold but repetition; the places that changed length (when ``track``); the runs
        of three or more of a letter in the result (when the repetition fold is on)."""
        if text.isascii():  # no fold touches ASCII (a test checks it)
            return text, ([], [], []) if track else None, []
        if not self._on:
            return text, ([], [], []) if track else None, list(runs(text)) if self._repetition else []
        table = self._table
        if table is None:
            table = self._table = _Table(self._general.arabic, self.settings)
        if worth(len(text)):
            vt = table.vector()
            if vt is not None:
                return self._fold_vector(text, track, table, vt)
        unknown: list[tuple[int, int]] = []
        _STATE.runs = unknown
        encoded = codecs.charmap_encode(text, _ERRORS, table.encoding)[0]
        decoded = codecs.charmap_decode(encoded, "strict", table.decoding)[0] if track else None
        complex_ = _complex_lines(text, unknown, table) if unknown else []
        if not complex_:
            return self._plain(text, encoded, decoded, 0, len(text), unknown, 0, track, table)
        parts: list[str] = []
        places: Places = ([], [], [])
        found: list[tuple[int, int]] = []
        untracked = self._general_texts(text, complex_, track)
        length = 0  # of the folded text so far
        start = 0
        i = 0  # the first unknown run not yet put back
        for a, b in [*complex_, (len(text), len(text))]:
            if start < a:
                j = bisect_left(unknown, (a, 0), i)
                part, p, f = self._plain(text, encoded, decoded, start, a, unknown[i:j], length, track, table)
                i = j
                parts.append(part)
                found += f
                if p is not None:
                    _extend_places(places, p)
                length += len(part)
            if a < b:
                part = self._general_part(text, a, b, untracked, places if track else None, length, found)
                parts.append(part)
                length += len(part)
                i = bisect_left(unknown, (b, 0), i)
            start = b
        return "".join(parts), places if track else None, found

    def _fold_vector(self, text: str, track: bool, table: _Table,
                     vt: VectorTable) -> tuple[str, Places | None, list[tuple[int, int]]]:
        """:meth:`_fold` on the vector path (:mod:`.vector`): the same text, places and runs."""
        units, res, wide = vt.look_up(text)
        res, complex_at, maybe_at = vt.specials(units, res, wide)
        stretches = _general_stretches(text, units, vt, table, complex_at, maybe_at)
        parts: list[str] = []
        places: Places = ([], [], [])
        found: list[tuple[int, int]] = []
        untracked = self._general_texts(text, stretches, track)
        length = 0  # of the folded text so far
        start = 0
        for a, b in [*stretches, (len(text), len(text))]:
            if start < a:
                part, deleted, ranges = vt.plain(res, start, a, wide, track, self._repetition)
                if table.inside and ALEF_MAKSURA in part:
                    part = MAKSURA_INSIDE_RE.sub(YEH, part)
                if deleted:
                    places[0].extend(deleted[0])
                    places[1].extend(deleted[1])
                    places[2].extend([-1] * len(deleted[0]))
                for s, e in ranges:
                    found += _letter_runs(part, s, e, length)
                parts.append(part)
                length += len(part)
            if a < b:
                part = self._general_part(text, a, b, untracked, places if track else None, length, found)
                parts.append(part)
                length += len(part)
            start = b
        return "".join(parts), places if track else None, found

    def _general_part(self, text: str, a: int, b: int, untracked: Iterator[str], places: Places | None,
                      length: int, found: list[tuple[int, int]]) -> str:
        """``text[a:b]`` through the general path (both fast paths hand it the stretches they cannot
        fold): with ``places``, its places are added to them; without, its text is the next of
        ``untracked`` (:meth:`_general_texts`). Its letter runs, from ``length`` on, go to ``found``."""
        if places is not None:
            part, sites = self._general.sites(text[a:b])
            _extend_places(places, places_of(sites), a)
        else:
            part = next(untracked)
        if self._repetition:
            found += [(s + length, e + length) for s, e in runs(part)]
        return part

    def _general_texts(self, text: str, stretches: list[tuple[int, int]], track: bool) -> Iterator[str]:
        """The general path's text of each stretch of whole lines (nothing when ``track``): one call
        for all of them joined by line breaks, which no fold reaches past or changes, rather than
        one call each (a few dozen regular-expression passes apiece)."""
        if track or not stretches:
            return iter(())
        lines = self._general.fold("\n".join([text[a:b] for a, b in stretches])).split("\n")
        parts, k = [], 0
        for a, b in stretches:
            n = text.count("\n", a, b) + 1
            parts.append("\n".join(lines[k:k + n]))
            k += n
        return iter(parts)

    def _plain(self, text: str, encoded: bytes, decoded: str | None, a: int, b: int, unknown: list[tuple[int, int]],
               offset: int, track: bool, table: _Table) -> tuple[str, Places | None, list[tuple[int, int]]]:
        """Lines ``[a, b)`` of plain characters, through the table; ``offset``: where they start in
        the folded text."""
        plain = encoded[a:b] if a or b < len(encoded) else encoded
        places: Places | None = None
        if decoded is not None:  # tracked: where characters were deleted
            out = decoded[a:b] if a or b < len(decoded) else decoded
            pieces = out.split(_DEL)
            out = "".join(pieces) if len(pieces) > 1 else out
            starts = _deleted_at(pieces, a)
            places = (starts, [s + 1 for s in starts], [-1] * len(starts))
            folded = plain.translate(table.canon, table.deleted) if self._repetition else b""
        elif unknown:  # each placeholder decodes to the character it stands for (no split and join)
            folded = plain.translate(table.canon, table.deleted)
            _STATE.back = iter("".join([text[s:e] for s, e in unknown]))
            out = codecs.charmap_decode(folded, _PUT_BACK, table.unknown_undefined)[0]
            unknown = []
        else:
            folded = plain.translate(table.canon, table.deleted)
            out = codecs.charmap_decode(folded, "strict", table.results)[0]
        if unknown:
            back = "".join([text[s:e] for s, e in unknown])
            pieces = out.split(_MARK)
            out = "".join(chain.from_iterable(zip(pieces, back))) + pieces[-1]
        if table.inside and ALEF_MAKSURA in out:
            out = MAKSURA_INSIDE_RE.sub(YEH, out)
        found: list[tuple[int, int]] = []
        if self._repetition:
            if table.letters is not table.canon:
                folded = folded.translate(table.letters)
            for s, e in _equal_runs(folded, table.letter_bytes):
                found += _letter_runs(out, s, e, offset)
        return out, places, found


def _general_stretches(text: str, units: object, vt: VectorTable, table: _Table, complex_at: list[int],
                       maybe_at: list[int]) -> list[tuple[int, int]]:
    """The vector path's stretches of whole lines that need the general path: those holding a
    character of ``complex_at``, and those holding one of ``maybe_at`` (a letter of Persian, Urdu,
    Kurdish or Pashto) in a run whose language is not Arabic; merged."""
    complex_lines, maybe_lines = vt.lines(text, units, complex_at, maybe_at)
    lines = set(complex_lines)
    for ls, le in maybe_lines:
        if (ls, le) not in lines and not all(
                is_arabic_language(run_language(text[a:b])) for a, b in arabic_runs(text, ls, le)
                if table.maybe_re.search(text, a, b)):
            lines.add((ls, le))
    stretches: list[tuple[int, int]] = []
    for ls, le in sorted(lines):
        if stretches and ls <= stretches[-1][1] + 1:
            stretches[-1] = (stretches[-1][0], le)
        else:
            stretches.append((ls, le))
    return stretches


def _deleted_at(pieces: list[str], a: int) -> list[int]:
    """Where the deleted characters were, from the pieces between them (``a``: the first piece's start)."""
    ends = accumulate(map(len, pieces[:-1]), initial=a)
    next(ends)
    return [end + k for k, end in enumerate(ends)]


def _extend_places(places: Places, more: Places, shift: int = 0) -> None:
    """Append ``more`` (its original offsets moved by ``shift``) to ``places``."""
    places[0].extend([s + shift for s in more[0]] if shift else more[0])
    places[1].extend([e + shift for e in more[1]] if shift else more[1])
    places[2].extend(more[2])


def _complex_lines(text: str, unknown: list[tuple[int, int]], table: _Table) -> list[tuple[int, int]]:
    """The stretches of whole lines that need the general path (see ``_Table.complex_re``), merged."""
    out: list[tuple[int, int]] = []
    complex_, maybe = _kinds_of_unknown(text, unknown, table)
    decided_to = -1  # the end of the last line whose letters of other languages were found Arabic
    for k in sorted(complex_ | maybe):
        s = unknown[k][0]
        if out and s < out[-1][1]:
            continue
        if k not in complex_:
            if s < decided_to:
                continue
            ls, le = _line(text, s)
            decided_to = le
            if all(is_arabic_language(run_language(text[a:b])) for a, b in arabic_runs(text, ls, le)
                   if table.maybe_re.search(text, a, b)):
                continue
        else:
            ls, le = _line(text, s)
        if out and ls <= out[-1][1] + 1:
            out[-1] = (out[-1][0], le)
        else:
            out.append((ls, le))
    return out


def _kinds_of_unknown(text: str, unknown: list[tuple[int, int]], table: _Table) -> tuple[set[int], set[int]]:
    """Which of the ``unknown`` runs hold a character needing the general path, and which (of the
    others) a letter of another language: two searches over all of them joined, not two per run."""
    chars = "".join([text[s:e] for s, e in unknown])
    ends = list(accumulate([e - s for s, e in unknown]))
    complex_ = {bisect_right(ends, m.start()) for m in table.complex_re.finditer(chars)}
    maybe = {bisect_right(ends, m.start()) for m in table.maybe_re.finditer(chars)}
    return complex_, maybe - complex_


def _line(text: str, i: int) -> tuple[int, int]:
    """The start and end of the line holding position ``i``."""
    end = text.find("\n", i)
    return text.rfind("\n", 0, i) + 1, len(text) if end < 0 else end


@lru_cache(maxsize=64)
def _general(settings: Settings) -> _General:
    return _General(settings)


@lru_cache(maxsize=8)
def _folded_lexicon(settings: Settings) -> Mapping[str, float]:
    """wordfreq's Arabic frequencies with each word folded by ``settings`` (repetition off), each folded word
    with the most frequent of its spellings' frequencies, held as compactly as the list (:class:`WordList`)."""
    words = arabic_frequencies()
    keys = list(words)
    folded = resolve_normalizer("none", settings).text("\n".join(keys)).split("\n")
    if folded == keys:
        return words
    best: dict[str, int] = {}
    for key, bucket in zip(folded, words.buckets()):
        if bucket < best.get(key, 65536):  # the most frequent spelling: the lowest bucket (first place kept)
            best[key] = bucket
    return WordList(best)


def resolve_normalizer(profile: str, settings: Settings) -> Normalizer:
    """The cached :class:`Normalizer` for already resolved ``settings``."""
    return _normalizer(profile, settings)


@lru_cache(maxsize=256)
def _normalizer(profile: str, settings: Settings) -> Normalizer:
    return Normalizer(profile, settings)


_PROFILE_NORMALIZERS: dict[str, Normalizer] = {}


def resolve(profile: str = "mt", **toggles: object) -> Normalizer:
    """The :class:`Normalizer` for ``profile`` with ``toggles`` (fold name -> ``True``/``False``/mode),
    resolved once and cached: hold it and call it, or call :func:`normalize`, which looks it up.

    Raises ``ValueError`` for an unknown profile or mode and ``TypeError`` for a profile that is not a
    ``str`` or an unknown fold.
    """
    if not toggles:
        try:
            found = _PROFILE_NORMALIZERS.get(profile)
        except TypeError:  # an unhashable profile: refused by name below
            found = None
        if found is None:
            found = _PROFILE_NORMALIZERS[profile] = _normalizer(profile, resolve_settings(profile, {}))
        return found
    return _normalizer(profile, resolve_settings(profile, toggles))
