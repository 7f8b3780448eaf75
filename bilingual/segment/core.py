"""The segmenter: the Arabic passages (and Arabizi) inside English text, with exact character offsets.

Arabic-script runs come from one compiled ``regex`` pattern over Script_Extensions, so the
whole text is never walked character by character in Python. Runs separated only by spaces,
punctuation or digits form a block; blocks separated by a short Latin insertion are one passage,
with the insertion listed. A blank line or an English sentence ends a passage. Arabizi is looked
for word by word only on the lines that hold a cue (a digit used as a letter, a word of the
Arabizi or Finglish lists, Finglish's doubled ``a``), found with C-level set operations and scans,
so English text costs a few fast scans; Finglish with no listed word is weighed by its stretch. The
spans returned tile the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Protocol

import regex

from ..spans import AR_LATN, ARABIC, ARABIZI, FA_LATN, LATIN, OTHER, Location, Passage, Span, span_unchecked
from ..text.language import detect, detect_at
from . import fast
from .words import ENGLISH_SUFFIX, ENGLISH_SUFFIX_MIN_ZIPF, english_zipf, finglish_common, french_zipf, french_zipf_unaccented, sections

# ---------------------------------------------------------------------------------------------
# Arabic-script passages

# A block: Arabic-script cores (Script_Extensions, so ، ؛ ؟ tatweel and harakat count; combining
# marks and ZWNJ/ZWJ inside) separated by stretches without any letter, or by one Latin word on
# the same line with no sentence end around it (an insertion; the first captured as ``first``, the
# others as ``ins``). One V0 pattern with possessive loops: it runs about as fast as a bare run finder
# and leaves Python one step per block rather than per word. Blank lines are checked afterwards, only
# in blocks with a line break. The same patterns in ``re``: :mod:`.fast`.
_BLOCK = regex.compile(fast.block_pattern(fast.same, first_apart=True))
# Cores with no blank line between them, for the blocks that hold one (``regex`` runs it at 0.8x the
# loose pattern's speed, so it only cuts those; the ``re`` path scans with it alone).
_STRICT_BLOCK = regex.compile(fast.block_pattern(fast.same, first_apart=True, strict=True))
_JOINERS = "\u200c\u200d"
_ARABIC_LETTER = regex.compile(r"(?=\p{L})\p{scx=Arab}")
_BLANK_LINE = regex.compile(r"\n[^\S\n]*+\n|\u2029")
_SENTENCE_END = frozenset(".!?؟۔")


MAX_INSERTION_WORDS = 6
"""Longest Latin stretch (in words) kept inside an Arabic passage; a longer one is English text."""

# Patterns that most texts never need are compiled on first use: compiling costs ``regex`` 0.2-1 ms
# each, paid by every command's start-up (seed 000 uses none of them).


@functools.cache
def _arabic_char() -> regex.Pattern[str]:
    """One Arabic-script character."""
    return regex.compile(r"\p{scx=Arab}")


_Pattern = regex.Pattern[str] | re.Pattern[str]
_Match = regex.Match[str] | re.Match[str]
_Insertions = tuple[tuple[int, int], ...]
# The insertions of a block with two or more, from its match and the spans of its first and last.
_MoreInsertions = Callable[[_Match, tuple[int, int], tuple[int, int]], _Insertions]


class _GapPatterns(Protocol):
    """The patterns the passage loop reads a gap between two blocks with (:mod:`.fast` for what they match):
    :class:`fast.Patterns` in ``re``, or :class:`_RegexGaps`."""

    @property
    def insertion(self) -> _Pattern: ...

    @property
    def continuation(self) -> _Pattern: ...

    @property
    def gap_stop(self) -> _Pattern: ...

    @property
    def latin_chunk(self) -> _Pattern: ...

    @property
    def english_sentence(self) -> _Pattern: ...


class _RegexGaps:
    """The gap patterns in ``regex``, for texts scanned by ``regex``; compiled on first use."""

    @functools.cached_property
    def insertion(self) -> regex.Pattern[str]:
        """A Latin run kept inside a passage (:func:`fast.insertion_run`)."""
        return regex.compile(fast.insertion_run(fast.same))

    @functools.cached_property
    def continuation(self) -> regex.Pattern[str]:
        """A gap across lines that continues a passage (:func:`fast.continuation`)."""
        return regex.compile(fast.continuation(fast.same))

    @functools.cached_property
    def gap_stop(self) -> regex.Pattern[str]:
        """What ends a passage inside a gap on one line (:func:`fast.gap_stop`)."""
        return regex.compile(fast.gap_stop(fast.same))

    @functools.cached_property
    def latin_chunk(self) -> regex.Pattern[str]:
        """One word of an insertion (:func:`fast.latin_chunk`)."""
        return regex.compile(fast.latin_chunk(fast.same))

    @functools.cached_property
    def english_sentence(self) -> regex.Pattern[str]:
        """An English sentence in a gap (:func:`fast.english_sentence`)."""
        return regex.compile(fast.english_sentence(fast.same))


_REGEX_GAPS = _RegexGaps()
_SPAN_OF = operator.methodcaller("span")

# ---------------------------------------------------------------------------------------------
# Arabizi

# A Latin word as the Arabizi detector sees it: letters and digits, with inner ' ’ or -.
_TOKEN = regex.compile(r"[\p{Latin}\p{N}][\p{Latin}\p{M}\p{N}]*+(?:['’\-][\p{Latin}\p{N}][\p{Latin}\p{M}\p{N}]*+)*+")


class _WordPattern:
    """A pattern for single Latin words, compiled on first use for the words asked about: by stdlib ``re``
    with ``{L}`` read as ``A-Za-z`` for ASCII words (most of them; a quarter of ``regex``'s compile time,
    paid by every command that meets a hyphenated or digit word), by ``regex`` with ``{L}`` read as
    ``\\p{Latin}`` for the others. On an ASCII word both answer alike (``re.ASCII``: no case folding
    or digits beyond ASCII)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    @functools.cached_property
    def ascii(self) -> re.Pattern[str]:
        """The pattern for ASCII words."""
        return re.compile(self.pattern.replace("{L}", "A-Za-z"), re.ASCII)

    @functools.cached_property
    def unicode(self) -> regex.Pattern[str]:
        """The pattern for any word."""
        return regex.compile(self.pattern.replace("{L}", r"\p{Latin}"))

    def fullmatch(self, word: str) -> re.Match[str] | regex.Match[str] | None:
        """The match of the whole of ``word``, if any."""
        return (self.ascii if word.isascii() else self.unicode).fullmatch(word)


# Words of letters and digits that are English or technical, not Arabizi: ordinals, decades and units
# (5th, 1950s, 10k, 3am), codes and names with numbers (mp3, ps4, ipv6, x86, Flash90, the genes orf3b,
# nsp9), text-speak (gr8, b4, 2day), and words with a run of three digits.
_UNITS = frozenset(
    "st nd rd th s k m b bn mn am pm a p d g x h hr hrs min mins sec secs yo yrs gb mb kb tb km kg cm mm ml hz ghz "
    "mhz px fps mph kph v w kw mw l c f ft lbs oz usd eur gbp".split()
)
_CODE_NAMES = frozenset("mp ps ipv xbox iphone galaxy covid ec gta fifa pes win".split())
_GENES = ("orf", "nsp")
_TEXT_SPEAK = frozenset(
    "gr8 l8r l8 w8 m8 h8 str8 sk8 2day 2nite 2night 2morrow 2moro b4 4u 4ever 2u any1 some1 no1 ne1 g2g f2f y2k h2o "
    "co2 p2p b2b w3c".split()
)
_DIGITS = "0123456789"
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")


@functools.cache
def _digit_word() -> regex.Pattern[str]:
    """A word with a digit used as a letter: Latin letters and at least one of 2-9 (3ajbetni, 7abibi, hala2)."""
    return regex.compile(r"(?=[\p{Latin}\d]*?[2-9])(?=[\p{Latin}\d]*?\p{Latin})[\p{Latin}\d]++")


@functools.cache
def _technical() -> regex.Pattern[str]:
    """A word of :data:`_UNITS`, :data:`_CODE_NAMES`, :data:`_GENES` or :data:`_TEXT_SPEAK` (in any case)."""
    return regex.compile(
        rf"(?i)\d+(?:{'|'.join(_UNITS)})|[a-z]\d+|\p{{Latin}}+\d{{2,}}|(?:{'|'.join(_CODE_NAMES)})\d+"
        rf"|(?:{'|'.join(_GENES)})\d+[a-z]?|{'|'.join(_TEXT_SPEAK)}|.*\d{{3}}.*"
    )


def _is_digit_word(word: str) -> bool:
    """Whether ``word`` is Latin letters and digits, one of them 2-9 (:func:`_digit_word`; an ASCII word is
    told by string methods, so most commands never compile the pattern)."""
    if word.isascii():
        return word.isalnum() and not word.isdigit() and any(d in word for d in "23456789")
    return _digit_word().fullmatch(word) is not None


def _is_technical(word: str) -> bool:
    """Whether ``word`` is an ordinal, unit, code, gene, text-speak or holds three digits in a row
    (:func:`_technical`; an ASCII word is told by string methods and set look-ups)."""
    if not word.isascii():
        return _technical().fullmatch(word) is not None
    low = word.lower()
    if low in _TEXT_SPEAK or ("000" in low.translate(_DIGITS_AS_ZERO) and "\n" not in low):
        return True
    after_digits = low.lstrip(_DIGITS)
    if after_digits != low and after_digits in _UNITS:
        return True  # 5th, 1950s, 10k
    letters = low.rstrip(_DIGITS)
    if letters != low and letters.isalpha() and (len(letters) == 1 or len(low) - len(letters) >= 2 or letters in _CODE_NAMES):
        return True  # x86, Flash90, mp3
    rest = low[3:]
    return low[:3] in _GENES and (rest.isdigit() or (rest[:-1].isdigit() and rest[-1:].isalpha()))  # orf8, orf3b


@functools.cache
def _urlish() -> regex.Pattern[str]:
    """What makes a stretch a URL, e-mail address or handle."""
    return regex.compile(r"://|www\.|@|\.(?:com|org|net|io|gov|edu)\b", regex.IGNORECASE)


_HSPACE = frozenset(" \t\u00a0\u2009\u202f\u3000")
_LONGEST_WORD = 25  # longer Latin "words" (hashes, keyboard mashing) are not Arabizi
_ABSORB_ZIPF = 5.0  # a short English word inside an Arabizi run is taken into it below this frequency
ENGLISH_ZIPF = 3.0
"""A word at least this frequent in English (wordfreq's Zipf scale) is English, not Arabizi."""

# Word classes for Arabizi runs.
_STRONG, _WEAK, _UNKNOWN, _BREAK = 2, 1, 0, -1
# A romanized Arabic clitic joined by a hyphen (al-ra2is, bi-sur3a, wa-qala, il-bayt); the word after
# it in lower case (al-Assad, Al-Jazeera are names, weak evidence only).
# Clitics may chain (bi-al-2idafa, wa-al-wqaya).
_CLITIC = _WordPattern(
    r"(?P<clitics>(?:(?i:al|el|il|l|bi|b|bil|bel|wa|w|wal|wel|li|lil|fi|fil|ba|ya)-)++)"
    r"(?P<rest>(?=[\d']*[{L}])[{L}\d'][{L}\d']*+)"
)
# Clitics that English never writes before a hyphen: the article (alone or after a preposition), or two clitics.
# After them even an English-looking stem (al-dm, al-ty, al-syn) is romanized Arabic; after bi- or li- it
# may be English (bi-weekly, li-ion). Stdlib ``re`` compiles it in a quarter of ``regex``'s time, and reads
# the clitics :data:`_CLITIC` matched (ASCII letters) as ``regex`` would.
_ARABIC_ONLY_CLITICS = re.compile(r"(?i)(?:^|-)(?:al|el|il|l|wal|wel|bil|bel|lil|fil)-$|-.+-$")
COMMON_ENGLISH_ZIPF = 5.4
"""A weak word at least this frequent in English needs a strong word in its run."""
BETWEEN_ENGLISH_ZIPF = 4.5
"""A word between two Arabizi runs at least this frequent in English is English, and the runs stay two."""
FRENCH_ZIPF = 4.5
"""A word at least this frequent in French (and in no Arabizi list) is French, not Arabizi."""
# Between two words of one run: spaces and sentence punctuation (a run goes on past "yer7amhom. 3ala2").
_LINK_GAP = regex.compile(r"[ \t\u00a0\u2009\u202f\u3000,.;:!?…\"“”()]*+")
_REPEATS = regex.compile(r"(\p{L})\1{2,}|(\p{L})\2$")
_TRIPLED = regex.compile(r"(\p{L})\1{2}")
# Between two runs of one language: a comma or an English "and"/"or" (a list of romanized words).
_COORDINATION = regex.compile(r"[ \t\u00a0]*+,?[ \t\u00a0]*+(?:(?i:and|or|&)[ \t\u00a0]++)?")
# One word between two Arabizi runs of a line, with no punctuation (``3'9b`` in "akhr lyom 3'9b 3nk",
# ``ally`` in "y3ny fdy ally hyi"), or two short lower-case ones (``bald fy``, ``fy fy``, ``lan dh``):
# words of the run that read as English or escaped the cues.
_WORD_BETWEEN_RUNS = regex.compile(r"[ \t\u00a0]++(?:[^\s.!?;:,()\[\]\"]++|[\p{Ll}\d']{1,4}+[ \t\u00a0]++[\p{Ll}\d']{1,4}+)[ \t\u00a0]++")


class _Thread(Protocol):
    def texts(self) -> Iterator[tuple[str | None, str]]: ...

    def get(self, comment_id: str) -> object: ...


def segment(text: str) -> list[Span]:
    """Cut ``text`` into spans that tile it: ``arabic`` passages, ``arabizi`` runs, ``latin`` and ``other``."""
    if "\r" in text or "\u2028" in text or "\x85" in text:
        text = _lines_as_newlines(text)
    spans: list[Span] = []
    append, make, ascii_letter = spans.append, span_unchecked, _ASCII_LETTER.search
    cues = _cues(text)
    cue_starts, cue_ends, _ = cues
    # The first line with a cue that does not end before the stretch looked at: its index, start and end
    # (past the text when there is none).
    beyond = len(text) + 1
    cue, cue_start, cue_end = (0, cue_starts[0], cue_ends[0]) if cue_starts else (0, beyond, beyond)
    pos = 0
    for start, end, insertions in _arabic_passages(text):
        if start > pos:
            while cue_end <= pos:
                cue += 1
                cue_start, cue_end = (cue_starts[cue], cue_ends[cue]) if cue < len(cue_starts) else (beyond, beyond)
            if cue_start < start:
                _outside(text, pos, start, cues, spans)
            elif (piece := text[pos:start]).isascii():  # :func:`_latin_or_other`'s common case, without the call
                append(make(pos, start, LATIN if ascii_letter(piece) else OTHER))
            else:  # no line with a cue reaches into the stretch
                _latin_or_other(text, pos, start, spans)
        lang, confidence = detect_at(text, start, end)
        append(make(start, end, ARABIC, lang, confidence, insertions))
        pos = end
    if len(text) > pos:
        _outside(text, pos, len(text), cues, spans)
    if cue_starts and "\n" in text:
        spans = _with_arabizi_paragraphs(text, spans)
    return _labelled(text, spans) if cue_starts else spans


_OTHER_LINE_END = re.compile(r"\r(?!\n)|[\x85\u2028]")


def _lines_as_newlines(text: str) -> str:
    """``text`` with every other line end (a lone CR of a classic-Mac file, NEL, U+2028) read as ``\\n``,
    one character for one so every offset stays: the segmenter's lines and paragraphs are cut at ``\\n``
    (a CR-only dump was 11 passages instead of seed 000's 14)."""
    return _OTHER_LINE_END.sub("\n", text)


def passages(thread: _Thread) -> list[Passage]:
    """Every Arabic and Arabizi passage of a thread, article first, then comments in reading order."""
    if not callable(getattr(thread, "texts", None)):
        raise TypeError(f"passages() needs a Thread (bilingual.threads), not {type(thread).__name__}")
    out: list[Passage] = []
    for comment_id, text in thread.texts():
        author = None if comment_id is None else getattr(thread.get(comment_id), "author", None)
        for span in segment(text):
            if span.kind in (ARABIC, ARABIZI):
                out.append(Passage(Location(comment_id, span.start, span.end), span, text[span.start : span.end], author))
    return out


def arabic_passages(thread: _Thread) -> list[Passage]:
    """The Arabic-script passages of a thread (no Arabizi): what is translated and paired."""
    return [p for p in passages(thread) if p.kind == ARABIC]


# ---------------------------------------------------------------------------------------------
# Arabic-script passages


def _arabic_passages(text: str) -> list[tuple[int, int, _Insertions]]:
    """``(start, end, insertions)`` of the Arabic-script passages of ``text``, in order.

    One Python step per block (:func:`_block_matches`), in one loop with the cheap tests first: a block
    with at most one insertion (most) is read off its match's group spans, and a gap that holds a line
    break (the common gap: the rest of a line and the lines of English after it) is not copied.
    """
    out: list[tuple[int, int, _Insertions]] = []
    start = end = -1
    # Arabic words of the passage so far (spaces + 1 - insertions of each block), counted only when a gap
    # asks (most passages are one block followed by a line break): ``None`` until then, the passage being one
    # block, whose start and insertions ``counted_start`` and ``counted_insertions`` hold (before
    # :func:`_from_first_letter` cuts any off; it ends at ``end``).
    words: int | None = None
    counted_start = 0
    counted_insertions: _Insertions = ()
    insertions: _Insertions = ()
    count, find, search_letter = text.count, text.find, _ARABIC_LETTER.search
    blank_line, sentence_end, joiners = _BLANK_LINE.search, _SENTENCE_END, _JOINERS
    paragraph_breaks = "\u2029" in text
    has_joiners = "\u200c" in text or "\u200d" in text  # most texts have none: no block then ends in one
    scanned, matches, more_insertions, gaps = _block_matches(text, paragraph_breaks)
    continuation, insertion = gaps.continuation.fullmatch, gaps.insertion.search
    latin_words, append = _gap_latin_words(scanned, gaps), out.append
    for m in matches:
        (b_start, b_end), first, last = m.regs
        if has_joiners and text[b_end - 1] in joiners:
            b_end = _trim_joiners(text, b_start, b_end)
        opens_with_letter = text[b_start].isalpha()
        letters = opens_with_letter or search_letter(text, b_start, b_end) is not None
        if start < 0 and not letters:
            continue  # Arabic punctuation or digits alone do not start a passage (``mobile؟`` may end one)
        b_insertions = () if first[0] < 0 else (first,) if last[0] < 0 else more_insertions(m, first, last)
        if start >= 0:
            if (before := text[b_start - 1]) == "\n":
                # The gap holds a line break (blocks are never adjacent, so the character before a block is
                # the gap's) and no ellipsis before the block: the common gap, told without a search.
                joined = False
            elif find("\n", end, b_start) >= 0 or (paragraph_breaks and find("\u2029", end, b_start) >= 0):
                # A paragraph that opens with an ellipsis continues the sentence of the one before: the gap
                # ends in an ellipsis or a space (a test of one character spares most gaps the pattern).
                joined = (
                    (before in "…." or before.isspace())
                    and text[end - 1] not in sentence_end
                    and continuation(scanned, end, b_start) is not None
                    and blank_line(text, end, b_start) is not None
                )
            else:
                # Joined when the gap's Latin words are no more than the Arabic words on either side.
                joined = (latin := latin_words(end, b_start)) is not None and (
                    latin < 0
                    or latin <= (
                        words := count(" ", counted_start, end) + 1 - len(counted_insertions) if words is None else words
                    )
                    or letters and latin <= count(" ", b_start, b_end) + 1 - len(b_insertions)
                )
            if joined:
                # The gap's Latin as one insertion: a gap joined across lines has no letter, and one joined on
                # a line no letter but Latin ones and no line break, which the insertion pattern runs across.
                if (inserted := insertion(scanned, end, b_start)) is not None:
                    insertions += (inserted.span(), *b_insertions)
                elif b_insertions:
                    insertions += b_insertions
                if words is None:
                    words = count(" ", counted_start, end) + 1 - len(counted_insertions)
                words += count(" ", b_start, b_end) + 1 - len(b_insertions) if letters else 0
                end = b_end
                continue
            append((start, end, insertions))
            if not letters:
                start = end = -1
                insertions = ()
                continue
        counted_start, counted_insertions, words = b_start, b_insertions, None
        if b_insertions and not opens_with_letter:
            b_start, b_insertions = _from_first_letter(text, b_start, b_end, b_insertions)
        start, end, insertions = b_start, b_end, b_insertions
    if start >= 0:
        out.append((start, end, insertions))
    return _with_list_items(text, out)


def _with_list_items(text: str, found: list[tuple[int, int, _Insertions]]) -> list[tuple[int, int, _Insertions]]:
    """``found`` with each passage that holds a list cut into its items (:func:`_list_items`); a passage without a
    line that opens with a bullet inside it (nearly all) is told by one search."""
    if "\n" not in text:
        return found
    out: list[tuple[int, int, _Insertions]] = []
    bulleted_line = _BULLETED_LINE.search
    for passage in found:
        if bulleted_line(text, passage[0], passage[1]) is None:
            out.append(passage)
        else:
            out.extend(_list_items(text, passage))
    return out


def _list_items(text: str, passage: tuple[int, int, _Insertions]) -> list[tuple[int, int, _Insertions]]:
    """A passage over lines cut before each line that opens with a list's bullet or number (:data:`_BULLET`),
    when two consecutive lines of it do: each item of an Arabic list is a passage of its own, as its
    translation is an item of its own (an English list answering it item by item), the bullet outside it.
    Lines without bullets (a poem, a prayer; a line before the list or an item's wrapped line) stay joined."""
    start, end, insertions = passage
    lines = list_lines(text, start, end)
    if not any(a[1] is not None and b[1] is not None for a, b in itertools.pairwise(lines)):
        return [passage]
    # each piece: where its words may open (after its bullet) and the line break before the next piece
    opens = [start if lines[0][1] is None else max(start, lines[0][1])]
    breaks = []
    for line, bullet in lines[1:]:
        if bullet is not None:
            opens.append(bullet)
            breaks.append(line - 1)
    out = []
    for piece_open, piece_break in zip(opens, [*breaks, end]):
        item = _ITEM.search(text, piece_open, piece_break)
        if item is None or _ARABIC_LETTER.search(text, *item.span()) is None:
            continue  # a bullet with no Arabic word after it (punctuation or digits alone open no passage)
        piece_start, piece_end = item.span()
        out.append((piece_start, piece_end, tuple(ins for ins in insertions if piece_start <= ins[0] and ins[1] <= piece_end)))
    return out


def list_lines(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """Each line of ``text[start:end]`` (the first the line ``start`` is on): where it starts, and where the
    list's bullet or number it opens with ends (:data:`_BULLET`; None for a line without one). Two
    consecutive lines with one make a list (:func:`_list_items`; pairing gives each item its own English)."""
    starts = [text.rfind("\n", 0, start) + 1]
    at = text.find("\n", start, end)
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1, end)
    return [(line, bullet.end() if (bullet := _LINE_BULLET.match(text, line)) else None) for line in starts]


# An item of a list: from its first Arabic-script character (after the bullet; an Arabic-Indic number opens
# it) to the end of its last Arabic-script core before the next item's line.
_ITEM = regex.compile(r"(?s)\p{scx=Arab}(?:.*[\p{scx=Arab}\p{M}])?")


def _block_matches(
    text: str, paragraph_breaks: bool
) -> tuple[str, Iterator[_Match], _MoreInsertions, _GapPatterns]:
    """The text as scanned, the matches of its blocks (no letter of a third script and no blank line
    inside; ``paragraph_breaks``: whether ``text`` holds a U+2029 at all), what gives the insertions of a
    match with two or more (from the match and the spans of its first and last), and the patterns of the
    gaps between blocks.

    A long text (:func:`fast.patterns_for`) is scanned by stdlib ``re`` with the strict pattern, characters
    beyond the BMP as stand-ins; a short one by ``regex`` with the loose pattern, the few blocks holding a
    blank line cut by the strict one."""
    fast_patterns = fast.patterns_for(text)
    if fast_patterns is None:
        return text, _regex_blocks(text, paragraph_breaks), _regex_insertions, _REGEX_GAPS
    scanned, patterns = fast_patterns
    more = functools.partial(_re_insertions, patterns.word.search, patterns.word.finditer, scanned)
    return scanned, patterns.block.finditer(scanned), more, patterns


def _regex_blocks(text: str, paragraph_breaks: bool) -> Iterator[regex.Match[str]]:
    """The loose pattern's blocks, each holding a blank line cut by the strict pattern."""
    find = text.find
    for m in _BLOCK.finditer(text):
        start, end = m.span()
        first_break = find("\n", start, end)
        if paragraph_breaks:
            paragraph = find("\u2029", start, end)
            first_break = paragraph if first_break < 0 or 0 <= paragraph < first_break else first_break
        if first_break >= 0 and _BLANK_LINE.search(text, first_break, end):  # a blank line opens with a break
            yield from _STRICT_BLOCK.finditer(text, start, end)
        else:
            yield m


def _regex_insertions(m: _Match, first: tuple[int, int], last: tuple[int, int]) -> _Insertions:
    """The insertions of a ``regex`` block match with two or more: ``first``, then every capture of ``ins``
    (the last of them ``last``)."""
    return (first, *m.spans("ins"))  # type: ignore[union-attr]


def _re_insertions(
    search: Callable[[str, int, int], re.Match[str] | None], words: Callable[[str, int, int], Iterator[re.Match[str]]],
    scanned: str, m: _Match, first: tuple[int, int], last: tuple[int, int],
) -> _Insertions:
    """The insertions of an ``re`` block match with two or more, ``first`` and ``last``: ``re`` keeps only
    those two, and every Latin word between them is one (:mod:`.fast`); ``search`` and ``words``: the
    insertion word's ``search`` and ``finditer``. Most such blocks have none between (one search tells)."""
    word = search(scanned, first[1], last[0])
    if word is None:
        return first, last
    return (first, word.span(), *map(_SPAN_OF, words(scanned, word.end(), last[0])), last)


def _from_first_letter(
    text: str, start: int, end: int, insertions: _Insertions
) -> tuple[int, _Insertions]:
    """A block that opens a passage, cut so that no insertion precedes its first Arabic letter.

    Arabic punctuation or digits alone do not open a passage, so ``، hello مرحبا`` opens at ``م``. A block
    that opens with a letter (most) is whole: a block opens with an Arabic-script character.
    """
    if not insertions or text[start].isalpha():
        return start, insertions
    letter = _ARABIC_LETTER.search(text, start, end)
    # insertions before the first letter (their ends increase)
    before = 0 if letter is None else bisect.bisect_right([b for _, b in insertions], letter.start())
    core = _arabic_char().search(text, insertions[before - 1][1], end) if before else None
    return (start, insertions) if core is None else (core.start(), insertions[before:])


def _trim_joiners(text: str, start: int, end: int) -> int:
    """``end`` moved back over ZWNJ/ZWJ: they join letters, so they never end a block."""
    while end > start + 1 and text[end - 1] in _JOINERS:
        end -= 1
    return end


def _gap_latin_words(scanned: str, gaps: _GapPatterns) -> Callable[[int, int], int | None]:
    """``latin_words(end, start)``: whether a block may continue the passage before it across the gap
    ``scanned[end:start]``, on one line (``scanned``: the text as its blocks were scanned): ``None`` when it
    may not (a letter of a third script, a line break, more than :data:`MAX_INSERTION_WORDS` Latin words, or
    an English sentence of its own); else how many Latin words it holds, which the Arabic words on one side
    must reach, or -1 for a gap of one chunk (one word at most: short enough whatever the Arabic around it).
    The patterns are looked up once per text."""
    stop, chunks, english_sentence = gaps.gap_stop.search, gaps.latin_chunk.findall, gaps.english_sentence.search
    sentence_end = _SENTENCE_END

    def latin_words(end: int, start: int) -> int | None:
        gap = scanned[end:start]
        if stop(gap):
            return None
        # Latin chunks, counted when the gap holds two whitespace-separated chunks or more (two Latin ones
        # tell that without a split); -1 otherwise
        if (words := len(chunks(gap))) > MAX_INSERTION_WORDS:
            return None
        if words < 2 and len(gap.split(None, 1)) < 2:
            words = -1
        if sentence_end.isdisjoint(gap) or english_sentence(scanned[end - 1] + gap) is None:
            return words
        return None

    return latin_words


def script_language(text: str) -> tuple[str, float | None]:
    """The language of an Arabic-script passage: :func:`bilingual.text.language.detect`."""
    return detect(text)


# ---------------------------------------------------------------------------------------------
# Outside the Arabic passages: Arabizi, Latin text and the rest


def _outside(text: str, start: int, end: int, cues: _Cues, out: list[Span]) -> None:
    """Append the spans of a stretch outside every Arabic passage to ``out``: Arabizi runs, Latin runs, other."""
    starts, ends, _ = cues
    i = bisect.bisect_right(starts, start) - 1
    if (i < 0 or ends[i] <= start) and (i + 1 >= len(starts) or starts[i + 1] >= end):
        _latin_or_other(text, start, end, out)  # no line with a cue reaches into the stretch
        return
    pos = start
    for a_start, a_end, confidence, lang in _arabizi_runs(text, cues, start, end):
        _latin_or_other(text, pos, a_start, out)
        out.append(span_unchecked(a_start, a_end, ARABIZI, lang, confidence))
        pos = a_end
    _latin_or_other(text, pos, end, out)


@functools.cache
def _latin_run() -> regex.Pattern[str]:
    """A Latin run: from a Latin letter up to a letter of another script."""
    return regex.compile(r"\p{Latin}[\P{L}\p{Latin}]*+")


# Characters outside the Latin blocks, punctuation, symbols and emoji: where a letter of another
# script may be. Without any, a stretch is Latin from its first letter on.
_MAYBE_OTHER_SCRIPT = re.compile("[^\x00-\u024f\u1e00-\u1eff\u2000-\u2bff\U0001f000-\U0001faff]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile("[A-Za-z]")  # _FIRST_LETTER on ASCII text, with a class ``re`` tests faster


def _latin_or_other(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append ``latin`` runs (with the spaces and punctuation around them) up to a letter of another
    script, and the rest as ``other``, to ``out``. An ASCII stretch (most) is told by a copy, which
    C scans several times as fast as ``re`` walks a class."""
    if end <= start:
        return
    piece = text[start:end]
    if piece.isascii():  # the common case: a letter makes it Latin, spaces and punctuation join it
        out.append(span_unchecked(start, end, LATIN if _ASCII_LETTER.search(piece) else OTHER))
        return
    if not _MAYBE_OTHER_SCRIPT.search(text, start, end):  # told by a fast range scan
        out.append(span_unchecked(start, end, LATIN if _FIRST_LETTER.search(text, start, end) else OTHER))
        return
    pos = start
    for m in _latin_run().finditer(text, start, end):
        if m.start() > pos:
            out.append(span_unchecked(pos, m.start(), OTHER))
        out.append(span_unchecked(m.start(), m.end(), LATIN))
        pos = m.end()
    if end > pos:
        out.append(span_unchecked(pos, end, OTHER))


def _arabizi_runs(text: str, cues: _Cues, start: int, end: int) -> list[tuple[int, int, float, str]]:
    """``(start, end, confidence, lang)`` of the Arabizi and Finglish runs in ``text[start:end]``.

    ``cues`` are the starts and ends of the lines holding an Arabizi cue, and the starts of those with a
    Finglish cue (:func:`_cues`); only those lines are looked at word by word.
    """
    starts, ends, finglish = cues
    out: list[tuple[int, int, float, str]] = []
    i = max(0, bisect.bisect_right(starts, start) - 1)
    while i < len(starts) and starts[i] < end:
        if ends[i] > start:
            runs = _arabizi_in_line(text, max(start, starts[i]), min(end, ends[i]), starts[i] in finglish)
            if runs and out and _next_line_of_run(text, out[-1], runs[0]):
                last = out.pop()
                runs[0] = (last[0], runs[0][1], max(last[2], runs[0][2]), last[3])
            out.extend(runs)
        i += 1
    return out


# A list's bullet opening a line, with the spaces around it: a dash, an asterisk, a bullet sign or a number
# with a full stop, a parenthesis, a dash or a slash, or in parentheses, or after "#" ("- ", "* ", "• ", "1. ",
# "2) ", "(3) ", "4- ", "5/ ", "#6 ").
_BULLET = r"[^\S\n]*+(?:[-*•–—·▪◦‣⁃]|\d{1,3}[.)/-]|\(\d{1,3}\)|#\d{1,3})[^\S\n]++"
_LINE_BULLET = re.compile(_BULLET)
_BULLETED_LINE = re.compile("\n" + _BULLET)  # a line inside a passage that opens with one


def _after_last_word(text: str, start: int, end: int) -> int:
    """Where the punctuation and spaces that end ``text[start:end]`` begin (``end`` if a word character ends it),
    found from the end: a pattern searched from ``start`` tried every position of a long run of spaces (quadratic)."""
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return end


def _next_line_of_run(text: str, before: tuple[int, int, float, str], after: tuple[int, int, float, str]) -> bool:
    """Whether two runs of one language are consecutive lines of one passage, as an Arabic-script passage's
    lines are (a line break alone between them, or a list's bullet after it: an Arabizi passage written on
    two lines or as a numbered list is one passage, and its translation pairs with the whole): the next line
    follows at once (no blank line), both lines open with a bullet or neither does, ``before`` ends its line
    (punctuation aside) and ``after`` opens the next after its bullet or indent, or the words left between
    them are what two runs of one line are joined across (:data:`_WORD_BETWEEN_RUNS`: ``dh`` in "lso2al
    dh\n- m7tag")."""
    if before[3] != after[3] or (line_break := text.find("\n", before[1], after[0])) < 0:
        return False
    bullet = _LINE_BULLET.match(text, line_break + 1, after[0])
    if (bullet is None) != (_LINE_BULLET.match(text, text.rfind("\n", 0, before[0]) + 1) is None):
        return False
    opens = line_break + 1 if bullet is None else bullet.end()
    while opens < after[0] and text[opens] in " \t":
        opens += 1
    tail_end = _after_last_word(text, before[1], line_break)
    if opens == after[0] and tail_end == before[1]:
        return True
    gap = f"{text[before[1] : tail_end]} {text[opens : after[0]]}"
    return _WORD_BETWEEN_RUNS.fullmatch(gap) is not None and not _english_between(gap, 0, len(gap))


_Cues = tuple[list[int], list[int], set[int]]


def _cue_lines(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the lines of ``text`` that hold a cue (:func:`_cues`)."""
    starts, ends, _ = _cues(text)
    return starts, ends


def _cues(text: str) -> _Cues:
    """Starts and ends of the lines of ``text`` that hold an Arabizi cue: a listed word, a digit by a
    letter, or a hyphenated clitic; or a Finglish cue: a very common Finglish word that is no English
    (:func:`_finglish_cues`, with the listed words), or a doubled ``a`` (:func:`_add_doubled_a_lines`).

    Everything runs at C level on the text's bytes, one per character (every non-ASCII character is
    ``?``, so offsets are character offsets), made lower case with ASCII punctuation (other than ``'``
    and ``-``) and every non-ASCII character blanked out (listed words are ASCII). A split and a set
    operation per chunk of about 1 kB tell whether it holds a listed word at all (most chunks of
    English text do not), then per line of the chunks that do; digit and clitic cues are found with
    ``bytes.find`` on the bytes mapped to letter and digit classes, one hit per line at most. Lines
    are split at every line break (a run never crosses one). Third, the starts of the lines with a
    Finglish cue, told by the same splits: only those are looked at for Finglish with no listed word
    (:func:`_finglish_stretches`).
    """
    for ch in "’\x85\u2028\u2029":  # one character for one, so character offsets stay put
        if ch in text:
            text = text.replace(ch, "'" if ch == "’" else "\n")
    raw = text.encode("ascii", "replace")
    data = raw.translate(_CUE_BYTES)
    found: set[int] = set()  # offsets of line starts
    finglish: set[int] = set()  # those of them with a Finglish cue
    listed, finglish_listed = _arabizi_tables()[0].isdisjoint, _finglish_cue_words().isdisjoint
    pos = 0
    while pos < len(data):  # chunks of about 1 kB: most hold no listed word, and one split tells
        end = data.find(b"\n", pos + _CHUNK)
        end = len(data) if end < 0 else end
        chunk = data[pos:end]
        if not listed(chunk.split()):
            lines = chunk.split(b"\n")
            words = list(map(bytes.split, lines))
            has_word = list(map(operator.not_, map(listed, words)))
            line_starts = list(itertools.compress(
                itertools.accumulate(map(operator.add, map(len, lines), itertools.repeat(1)), initial=pos), has_word
            ))
            found.update(line_starts)
            # of those lines (most chunks have one), the ones with a Finglish cue
            finglish.update(itertools.compress(line_starts, map(operator.not_, map(finglish_listed, itertools.compress(words, has_word)))))
        pos = end + 1
    classes = data.translate(_CUE_CLASSES)  # a-z -> a, 2-9 -> 2, 0 1 -> 0
    for cue in (b"a2", b"2a", b"20a"):  # a digit after a letter, or before one (a digit may come between)
        _add_lines(text, raw, data, classes, cue, found)
    _add_lines(text, raw, data, classes, b"-a", found)  # a clitic: al-, el-, bi-, wa-... opening a word
    _add_doubled_a_lines(raw, data, found, finglish)  # Finglish's long a (daasht, baayad), which no English word writes
    starts = sorted(found)
    ends = [len(data) if end < 0 else end for end in map(data.find, itertools.repeat(b"\n"), starts)]
    return starts, ends, finglish


def _add_lines(text: str, raw: bytes, data: bytes, classes: bytes, needle: bytes, found: set[int]) -> None:
    """Add the start of every line where ``needle`` occurs in ``classes`` (``data`` mapped to letter and
    digit classes) in a word that may be Arabizi, looking for the next hit after the end of the line
    just added. ``text``: the text; ``raw``: its bytes (non-ASCII characters as ``?``); ``data``: lower
    case, punctuation blanked out.

    A word is looked for within :data:`_WORD_WINDOW` bytes of the hit (longer ones are no Arabizi), so
    a long line full of rejected hits (``5th``, ``x86``) costs one short look per hit. A hyphen is a hit
    only after the end of a clitic (:data:`_AFTER_CLITIC`): English has many hyphens, few after ``al``."""
    clitic = needle == b"-a"

    def find(start: int) -> int:
        if not clitic:
            return _find_digit_needle(classes, needle, start)
        hit = _AFTER_CLITIC.search(data, start)
        return -1 if hit is None else hit.start()

    pos = find(0)
    while pos >= 0:
        low = max(0, pos - _WORD_WINDOW)
        high = min(len(data), pos + _WORD_WINDOW)
        start = max(data.rfind(b" ", low, pos), data.rfind(b"\n", low, pos)) + 1 or low
        end = min((e for e in (data.find(b" ", pos, high), data.find(b"\n", pos, high)) if e >= 0), default=high)
        if _cue_word(raw[start:end], data[start:end], pos - start, needle) or (
            not clitic and _cue_word_in_capitals(raw[start:end]) and _may_shout(text, data, pos, raw[start:end])
        ):
            found.add(data.rfind(b"\n", 0, pos) + 1)
            pos = data.find(b"\n", pos)
            if pos < 0:
                return
        pos = find(pos + 1)


def _add_doubled_a_lines(raw: bytes, data: bytes, found: set[int], finglish: set[int]) -> None:
    """Add to ``found`` and ``finglish`` the start of every line of ``data`` (lower case, punctuation blanked out; ``raw``: the text's bytes as
    written) with a word that writes a long ``a`` doubled (``daasht``, ``baayad``, ``khaanom``): Finglish's spelling,
    which English and French words hardly have (``bazaar``, ``naan`` are English: no cue) and Arabizi seldom (a line
    so found is only looked at: :func:`_finglish_stretches` weighs it). A capitalized word is a name (``Mashaal``,
    ``Qaani``) unless it opens its line. ``re`` finds each ``aa`` at C speed (faster than ``bytes.find``, for which
    ``a`` is too common a letter): English text has a few in a megabyte."""
    after = -1  # the end of the last line added
    for hit in _DOUBLED_A.finditer(data):
        pos = hit.start()
        if pos < after:
            continue
        line = data.rfind(b"\n", 0, pos) + 1
        start = max(data.rfind(b" ", line, pos) + 1, line)
        end = min((e for e in (data.find(b" ", pos), data.find(b"\n", pos)) if e >= 0), default=len(data))
        if (
            (start == line or not raw[start : start + 1].isupper()) and _doubled_a_cue(data[start:end])
            and _foreign_neighbour(data, line, start, end)
        ):
            found.add(line)
            finglish.add(line)
            after = data.find(b"\n", pos)
            if after < 0:
                return


_DOUBLED_A = re.compile(b"aa")


def _foreign_neighbour(data: bytes, line: int, start: int, end: int) -> bool:
    """Whether the word before or after ``data[start:end]`` on its line (``data`` read as the cue finder reads it) is
    no English or French word either: a Finglish stretch has two such words at least (:data:`_FINGLISH_WORDS`), so a
    doubled ``a`` among English words (``the azaan was heard``) is no cue, and the line is not looked at."""
    line_end = data.find(b"\n", end)
    line_end = len(data) if line_end < 0 else line_end
    before = data[max(line, start - _WORD_WINDOW) : start].split()
    after = data[end : min(line_end, end + _WORD_WINDOW)].split()
    return any(word.isalpha() and not _is_english_or_french(word.decode("ascii")) for word in (before[-1:] + after[:1]))


@functools.lru_cache(maxsize=1 << 12)
def _doubled_a_cue(word: bytes) -> bool:
    """Whether a word (lower case ASCII, as the cue finder reads it) with a doubled ``a`` may be Finglish: letters only,
    no longer than a word is (:data:`_LONGEST_WORD`), and no English or French word (laughter, ``aaaah``, is no
    Finglish either: three ``a`` in a row)."""
    return (
        word.isalpha() and len(word) <= _LONGEST_WORD and b"aaa" not in word
        and not _is_english_or_french(word.decode("ascii"))
    )


def _find_digit_needle(classes: bytes, needle: bytes, start: int) -> int:
    """``classes.find(needle, start)`` for a needle holding one ``2`` (a digit 2-9 in the class map), found
    by its digit: digits are rare, and ``bytes.find`` skips to the next at C speed, where a two-byte needle
    whose other byte is ``a`` (every letter) is tried at every letter."""
    digit_at = needle.find(b"2")
    digit = classes.find(b"2", start + digit_at)
    while digit >= 0 and not classes.startswith(needle, digit - digit_at):
        digit = classes.find(b"2", digit + 1)
    return digit if digit < 0 else digit - digit_at


_WORD_WINDOW = 64
# A hyphen before a letter, after the last two letters of a clitic (al, el, il, bil, bi, wa, li, fi): every
# hyphen :data:`_CLITIC_BEFORE_HYPHEN` accepts, and few others.
_AFTER_CLITIC = re.compile(rb"-(?<=al-|el-|il-|bi-|wa-|li-|fi-)(?=[a-z])")


@functools.lru_cache(maxsize=1 << 14)
def _cue_word(raw: bytes, data: bytes, at: int, needle: bytes) -> bool:
    """Whether the hit at ``at`` in a word (its bytes, ASCII, and as the cue finder reads them) may make
    the word Arabizi: a clitic (``al-``...) before a hyphen, not a name (``Al-Assad``, unless in
    capitals); a digit in a word that is no ordinal, unit, code or user name (``5thDrawer``,
    ``Flash90``: see :func:`_is_digit_arabizi`)."""
    if needle == b"-a":
        if not _CLITIC_BEFORE_HYPHEN.search(data, max(0, at - 3), at + 1):
            return False
        return not (raw[at + 1 : at + 2].isupper() and raw[at + 2 : at + 3].islower())
    word = _TOKEN.search(raw.decode("utf-8", "replace"))
    return word is not None and _is_digit_arabizi(word.group())


@functools.lru_cache(maxsize=1 << 12)
def _cue_word_in_capitals(raw: bytes) -> bool:
    """Whether a word (its bytes) that is no cue as written would be one in a line written in capitals,
    where words are read in lower case (``FATA7T``, ``5thDrawer``)."""
    word = _TOKEN.search(raw.decode("utf-8", "replace"))
    return word is not None and _is_digit_arabizi(word.group().lower())


def _may_shout(text: str, data: bytes, at: int, raw: bytes) -> bool:
    """Whether some stretch of the line around ``at`` that holds the word ``raw`` may be written in
    capitals (:func:`_shouting`): the line has at least 12 upper-case letters, and nine for each
    lower-case letter of the word. A user name like ``5thDrawer`` in English text makes no cue."""
    start = data.rfind(b"\n", 0, at) + 1
    end = data.find(b"\n", at)
    upper = len(_cases()[0].findall(text, start, len(text) if end < 0 else end))
    return upper >= max(12, 9 * (len(raw) - len(raw.translate(None, _LOWER_CASE))))


_LOWER_CASE = bytes(range(97, 123))


# Bytes as the cue finder reads them: ASCII letters in lower case; ASCII punctuation other than ' and -
# (kept inside words) and every non-ASCII byte (Unicode spaces, quotes, bidi controls, Arabic) blanked
# out; \r \v \f are line breaks.
_CUE_BYTES = bytes(
    c + 32 if 65 <= c <= 90
    else 32 if c >= 128 or chr(c) in '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~'
    else 10 if c in b"\r\v\f"
    else c
    for c in range(256)
)
_CHUNK = 1024
_CUE_CLASSES = bytes(97 if 97 <= c <= 122 else 50 if 50 <= c <= 57 else 48 if c in b"01" else c for c in range(256))
# Before a hyphen that opens a clitic: the clitic, with no letter before it.
_CLITIC_BEFORE_HYPHEN = re.compile(rb"(?<![a-z])(?:al|el|il|bi|bil|wa|li|fi)-\Z")


def _arabizi_in_line(text: str, start: int, end: int, finglish: bool) -> list[tuple[int, int, float, str]]:
    """Arabizi and Finglish runs of one line: chains of non-English words, linked by spaces and
    sentence punctuation, around a listed word or a word with a digit used as a letter.

    Only listed words, words with digits and hyphenated clitics can anchor a chain, so the other
    words of the line are looked up (in the English and French word frequencies) only when a
    chain reaches them. A line written in capitals is read in lower case (no acronyms there). The
    line is read as a whole: once it has a run, chains of weak words alone count too. A line with a
    Finglish cue (``finglish``) is read for Finglish stretches too (:func:`_finglish_stretches`).
    """
    if _handle_alone(text, start, end):
        return []
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    n = len(tokens)
    classes: list[int | None] = [None] * n
    loud: list[bool] = []  # whether each word is read in lower case: computed once, when a word in capitals needs it
    addressed = _addressed(text, start, end)

    def cls(i: int) -> int:
        if classes[i] is None:
            a, b = tokens[i]
            if not loud and b - a > 1 and text[a:b].isupper():
                loud.extend(_loud_words(text, start, end, tokens))
            if addressed and _inside(addressed, a, b):
                classes[i] = _BREAK  # a word of a user name after "@" or in "<...>"
                return _BREAK
            sentence_start = i == 0 or _after_sentence_end(text, tokens[i - 1][1], a)
            word_class = _word_class(text, a, b, sentence_start, bool(loud) and loud[i])
            if word_class == _WEAK and b - a > 1 and french_zipf(text[a:b].lower()) >= _FRENCH_WEAK_ZIPF:
                word_class = _BREAK if _beside_french(text, tokens, i) else _WEAK  # the French's own: Il faut, ça va
            elif word_class == _UNKNOWN and _after_french_article(text, tokens, i):
                word_class = _BREAK  # les verts, des supporteurs: French the list does not know
            classes[i] = word_class
        return classes[i]  # type: ignore[return-value]

    def linked(i: int) -> bool:  # token i-1 and token i belong to one chain
        return _LINK_GAP.fullmatch(text, tokens[i - 1][1], tokens[i][0]) is not None

    def joins(k: int, beyond: int) -> bool:  # token k belongs to a chain reaching it from the other side
        if cls(k) != _BREAK:
            return True
        # A short lower-case word that is not very common English, with a word that is no English beyond
        # it: a function word of the run (Ya rb elly, l sad 7y7wlo, bas te23oud hun eb2a), not English; nor
        # French (qui rie), unless beside a Finglish word (khob pas alaan).
        if not 0 <= beyond < n or not linked(max(k, beyond)) or cls(beyond) == _BREAK:
            return False
        a, b = tokens[k]
        word = text[a:b]
        if word.isdigit():
            return True  # a number inside the run (shaklak 3andak 60 sana)
        if not (2 <= b - a <= 3 and word.isalpha() and word.islower() and english_zipf(word) < _ABSORB_ZIPF):
            return False
        return not _french_word(word) or _beside_finglish(text, tokens, k)

    listed = _arabizi_tables()[1]
    out: list[tuple[int, int, float, str]] = []
    weak_chains: list[tuple[int, list[int]]] = []  # chains of weak words only, decided last
    arabizi_line = False
    done = -1  # tokens up to this index belong to a chain already looked at
    for i, (a, b) in enumerate(tokens):
        word = text[a:b]
        if i <= done or not (word.lower() in listed or not word.isalpha()):
            continue
        if cls(i) != _STRONG and cls(i) != _WEAK:
            continue
        first = i
        while first > 0 and linked(first) and joins(first - 1, first - 2):
            first -= 1
        done = i
        while done + 1 < n and linked(done + 1) and joins(done + 1, done + 2):
            done += 1
        chain = [max(cls(k), _UNKNOWN) for k in range(first, done + 1)]  # absorbed words count as unknown
        if len(chain) == 1 and _name_before_name(text, tokens, i, cls):
            continue
        run = _chain_run(text, tokens, chain, first)
        if run is None and _UNKNOWN not in chain:
            weak_chains.append((first, chain))  # function words alone: Arabizi if the line has a run
        elif run is not None:
            arabizi_line = True
        if run and out and _one_passage(text, out[-1], run):
            run = (out[-1][0], run[1], max(out[-1][2], run[2]), run[3])
            out.pop()
        if run:
            out.append(run)
    if arabizi_line and weak_chains:
        # Function words alone (``Aw``, ``tab ma``, ``La ... w``) on a line with a run: Arabizi too.
        weak_runs = [_chain_run(text, tokens, chain, first, weak_alone=True) for first, chain in weak_chains]
        out = sorted(out + [run for run in weak_runs if run and not _overlaps(out, run)])
    if arabizi_line:
        out = _with_unanchored_runs(text, tokens, out, cls, linked)
    if len(out) == 1 and _article_name(text, tokens, out[0], cls):
        out = []  # a name with the article inside English
    if out:
        out = _rare_edges(text, tokens, out, cls, linked)
    if finglish and n >= _FINGLISH_WORDS and _finglish_outside(text, start, end, out):
        out = _finglish_stretches(text, tokens, out, cls, linked)
    out = _join_digit_gaps(text, out)
    starts = [a for a, _ in tokens]
    if out and _mostly_arabizi(starts, out):
        out = _widen_runs(text, tokens, starts, out, cls, linked)
        if len(out) > 1 and _LINE_BULLET.match(text, start) and len({run[3] for run in out}) == 1:
            out = [(out[0][0], out[-1][1], max(run[2] for run in out), out[0][3])]  # a bulleted line: one run
    return out


# A chat or forum user name: letters joined by ``.`` or ``_`` (``Jalal.b``, ``fadi_m``), maybe with a trailing digit
# group (``karim.h92``, ``habibi_92``), optionally after ``@`` or inside ``<...>``. Letters and digits alone are not
# one: Arabizi words end in digits used as letters (``ylo7``, ``ma3``), and a digit used as a letter inside
# (``3a.6ool``, ``sa7.bi``) makes no user name.
_HANDLE = regex.compile(r"[@<]?+\p{Latin}++(?:(?:[._]\p{Latin}++)++(?:[._]?+\d++)?+|_\d++)>?+")
# A user name anywhere in a line: after ``@`` or inside ``<...>`` (``@karim.h``, ``<jalal.b>``), the words of it up to
# the next blank or ``>``; or letters and digits joined by ``_`` (``3omar_92``, ``xX_7amoud_Xx``), which no one types
# inside a sentence but a user name or a hashtag.
_ADDRESSED = regex.compile(r"(?<=[@<])[\p{Latin}\p{N}._]++|[\p{Latin}\p{N}]++(?:_++[\p{Latin}\p{N}]++)++")
# What a chat header or signature holds beside the user name: a dash, a time or date, "Today at", "Yesterday at",
# "AM"/"PM", brackets ("Fadi_M — Today at 21:14", "[21:04] <nabil92>", "— Samir_K").
_HEADER_REST = regex.compile(
    r"(?i)(?:[\s\p{P}\p{S}\d]|\b(?:today|yesterday|at|am|pm)\b)*+"
)

_LONGEST_HEADER = 80  # characters of a line's Latin part that a user name alone with a header's time may fill


def _handle_alone(text: str, start: int, end: int) -> bool:
    """Whether the Latin part ``text[start:end]`` of a line is a user name alone, with a chat header's or signature's
    time and dashes around it (:data:`_HANDLE`, :data:`_HEADER_REST`): a name, however Arabic it sounds (``Jalal.b``
    heading a Discord message), not an Arabizi passage. A longer stretch (:data:`_LONGEST_HEADER`), or one with no
    ``.`` or ``_``, is told at once (most lines)."""
    if end - start > _LONGEST_HEADER or (text.find(".", start, end) < 0 and text.find("_", start, end) < 0):
        return False
    handle = None
    for m in _HANDLE.finditer(text, start, end):
        before = text[m.start() - 1] if m.start() > start else " "
        after = text[m.end()] if m.end() < end else " "
        if before.isalnum() or after.isalnum() or handle is not None:
            return False
        handle = m
    return (
        handle is not None and _HEADER_REST.fullmatch(text, start, handle.start()) is not None
        and _HEADER_REST.fullmatch(text, handle.end(), end) is not None
    )


def _addressed(text: str, start: int, end: int) -> tuple[list[int], list[int]] | None:
    """Starts and ends of the user names in ``text[start:end]`` (after ``@``, inside ``<...>``, joined by ``_``:
    :data:`_ADDRESSED`), or None when there is none: their words are never read (``@jalal.b yalla``: ``b`` is no
    Arabizi; ``thanks 3omar_92``: no ``3omar``)."""
    if text.find("@", start, end) < 0 and text.find("<", start, end) < 0 and text.find("_", start, end) < 0:
        return None
    spans = [m.span() for m in _ADDRESSED.finditer(text, start, end)]
    return ([a for a, _ in spans], [b for _, b in spans]) if spans else None


def _inside(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (starts and ends, by start, not overlapping)."""
    i = bisect.bisect_right(spans[0], start) - 1
    return i >= 0 and end <= spans[1][i]


def _one_passage(text: str, before: tuple[int, int, float, str], after: tuple[int, int, float, str]) -> bool:
    """Whether two runs of a line, one language, are one passage: a list joined by "and", "or" or commas (Felestin
    and Lobnan and Aragh), or a word or two between them (:data:`_WORD_BETWEEN_RUNS`) that is no English."""
    return before[3] == after[3] and (
        _COORDINATION.fullmatch(text, before[1], after[0]) is not None
        or (_WORD_BETWEEN_RUNS.fullmatch(text, before[1], after[0]) is not None and not _english_between(text, before[1], after[0]))
    )


_UNANCHORED_WORDS = 2  # the fewest words that are no English, none listed, read as a run beside a line's run
_UNANCHORED_SHARE = 1 / 5  # the share of a line's words its runs must cover before its other words are looked at

_Run = tuple[int, int, float, str]


def _with_unanchored_runs(
    text: str, tokens: list[tuple[int, int]], runs: list[_Run], cls: Callable[[int], int], linked: Callable[[int], bool]
) -> list[_Run]:
    """``runs`` (a line's, at least one) and the stretches of the line's other words that are no English, no French
    and no name (:func:`_word_class`) and ASCII (``térros``, ``énnemis``: French written with its accents), linked as
    a run's words are, with no listed word or digit among them: ``byfkr kdah`` after ``satan`` ends a run, ``fibalek
    rahatt`` before French. Alone such words prove nothing (a typo, an unlisted name in lower case, French
    misspelled: ``prudente parceque``); so they are taken only when the runs and they make the line mostly Arabizi
    (:func:`_mostly_arabizi`), the line's evidence read as a whole. Each takes the language of the run before it
    (the first run's, before the first), and is one passage with a run beside it as two runs are
    (:func:`_one_passage`) when the word between them is no English or French either (``3'9b``, a digit the reading
    does not take; not ``satan``, ``surtout``). A stretch of one word counts towards the line's share but is kept
    only as part of such a passage (Finglish ``sabr kon baraadar in film ro ke ghashang tar az in man nadidam too
    zendegim``: ``nadidam`` and ``zendegim`` make the line mostly Finglish, and ``sabr kon baraadar`` a run); at least
    :data:`_UNANCHORED_WORDS` words stand as a run of their own."""
    starts = [a for a, _ in tokens]
    if _covered(starts, runs) < _UNANCHORED_SHARE * len(tokens):
        return runs  # a word or two of Arabizi in a line of English: its other words are not looked up
    found = _unknown_stretches(text, tokens, runs, cls, linked)
    if not found or not _mostly_arabizi(starts, sorted(runs + found)):
        return runs
    lone = {run for run in found if sum(run[0] <= a < run[1] for a in starts) < _UNANCHORED_WORDS}
    joined: list[_Run] = []
    for run in sorted(runs + found):  # a new run and a run beside it across a word that is no English (abtdy englyzy 3'9b 3ny)
        if joined and (run not in runs or joined[-1] not in runs) and _one_passage(text, joined[-1], run) and not any(
            _is_english_or_french(word.lower()) for word in text[joined[-1][1] : run[0]].split()
        ):
            lone.discard(run)
            lone.discard(joined[-1])
            run = (joined[-1][0], run[1], max(joined[-1][2], run[2]), run[3])
            joined.pop()
        joined.append(run)
    return [run for run in joined if run not in lone]


def _letter_as_word(
    text: str, tokens: list[tuple[int, int]], k: int, cls: Callable[[int], int], linked: Callable[[int], bool]
) -> bool:
    """Whether a listed letter in capitals inside a line that has an Arabizi run (``W``, ``B``: a label by
    :func:`_word_class`) is the conjunction or preposition, written as a word: linked to a word after it that is no
    English, French or name, and not after an English word (``arrière W mabsout``; not ``plan B``)."""
    before = text[tokens[k - 1][0] : tokens[k - 1][1]].lower()
    return linked(k + 1) and cls(k + 1) == _UNKNOWN and english_zipf(before) < ENGLISH_ZIPF


def _unknown_stretches(
    text: str, tokens: list[tuple[int, int]], runs: list[_Run], cls: Callable[[int], int], linked: Callable[[int], bool]
) -> list[_Run]:
    """The stretches of linked words outside ``runs`` that are all unknown (:data:`_UNKNOWN`) and ASCII, as runs in
    the language of the run before each (the first run's, before the first), weighed by their length."""

    def unknown(k: int) -> bool:
        word = text[tokens[k][0] : tokens[k][1]]
        if len(word) == 1 and word.isupper() and word.lower() in _word_sets()[1] and 0 < k < len(tokens) - 1:
            return _letter_as_word(text, tokens, k, cls, linked)
        return cls(k) == _UNKNOWN and word.isascii()

    out: list[_Run] = []
    r = 0  # the first run not yet passed
    k = 0
    while k < len(tokens):
        while r < len(runs) and runs[r][1] <= tokens[k][0]:
            r += 1
        if r < len(runs) and runs[r][0] <= tokens[k][0] or not unknown(k):
            k += 1
            continue
        last = k
        while last + 1 < len(tokens) and linked(last + 1) and unknown(last + 1) and not (
            r < len(runs) and runs[r][0] <= tokens[last + 1][0]
        ):
            last += 1
        out.append((tokens[k][0], tokens[last][1], round(1 - 0.5 ** (0.5 * (last - k + 1)), 3), runs[max(r - 1, 0)][3]))
        k = last + 1
    return out


# A listed word at least this common in French (il 7.0, la 7.4, va 6.0, ma 6.0; not el 4.8, ya 4.6, bas 5.4) is the
# French's own beside a French word (:func:`_beside_french`).
_FRENCH_WEAK_ZIPF = 5.5
_EDGE_ZIPF = 3.5  # below it an English word beside a run is the run's (shelton 3.3, bl 3.4, dw 3.3; prefix 3.4 is taken too)


def _rare_edges(
    text: str,
    tokens: list[tuple[int, int]],
    runs: list[tuple[int, int, float, str]],
    cls: Callable[[int], int],
    linked: Callable[[int], bool],
) -> list[tuple[int, int, float, str]]:
    """``runs`` each widened over one rare English word at either edge (lower case, English Zipf below
    :data:`_EDGE_ZIPF`, not common French): ``eza shelton``, ``waynon bl``, ``dw albi``, which the annotators of
    HaifaCLG read as Arabizi. The word only widens a run; it never makes one."""
    out: list[tuple[int, int, float, str]] = []
    for r, (start, end, confidence, lang) in enumerate(runs):
        i = bisect.bisect_left(tokens, (start, start))
        j = bisect.bisect_left(tokens, (end, end), i)  # the token after the run
        floor = out[-1][1] if out else -1
        if i > 0 and tokens[i - 1][0] >= floor and _rare_english_word(text, tokens, i - 1, cls) and linked(i):
            start = tokens[i - 1][0]
        ceiling = runs[r + 1][0] if r + 1 < len(runs) else len(text) + 1
        if j < len(tokens) and tokens[j][1] <= ceiling and _rare_english_word(text, tokens, j, cls) and linked(j):
            end = tokens[j][1]
        out.append((start, end, confidence, lang))
    return out


_NAME_GLUE = "_@<>"  # what joins or marks the words of a user name (:data:`_ADDRESSED`)


def _rare_english_word(text: str, tokens: list[tuple[int, int]], k: int, cls: Callable[[int], int]) -> bool:
    """Whether token ``k``, a word a run broke at, is rare English: lower-case letters, English Zipf below
    :data:`_EDGE_ZIPF`, French Zipf below :data:`FRENCH_ZIPF`, not after a French article, not a piece of a user name
    (``habibi`` of ``yalla_habibi``: :data:`_NAME_GLUE` beside it) (the string tests first: most edges are no such word)."""
    a, b = tokens[k]
    word = text[a:b]
    return (
        word.islower() and word.isalpha() and cls(k) == _BREAK
        and (a == 0 or text[a - 1] not in _NAME_GLUE) and (b == len(text) or text[b] not in _NAME_GLUE)
        and english_zipf(word) < _EDGE_ZIPF and french_zipf_unaccented(word) < FRENCH_ZIPF and not _is_text_speak(word)
        and not _after_french_article(text, tokens, k)
    )


# ---------------------------------------------------------------------------------------------
# Arabizi paragraphs without a cue

_PARAGRAPH_WORDS = 3  # the fewest words of a line without a cue read as Arabizi beside an Arabizi line
_NON_SPACE = regex.compile(r"\S")
_LAST_NON_SPACE = regex.compile(r"(?r)\S")
_START = operator.attrgetter("start")


def _with_arabizi_paragraphs(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the lines next to an Arabizi line (blank lines between aside) that hold no cue but no
    English either read as Arabizi too: ``galf anglysh skwl hyi mdraset gdyda`` after a paragraph of Arabizi
    (pairing round 11). Alone such a line is no evidence (a name, a typo); the comment's other paragraph is.
    Each line found is evidence for the next one on the same side. Only texts with a run pay for this, and
    each line is looked at from a line with a run once per side, so the work is linear in the text."""
    found: dict[int, tuple[int, int, float, str]] = {}  # a line's start: its run
    walked: set[tuple[int, int]] = set()  # (line start, side) walks already made
    for first_line, last_line, evidence in _arabizi_lines(text, spans):
        for side, line in ((-1, first_line), (1, last_line)):
            while (line[0], side) not in walked:
                walked.add((line[0], side))
                if (beside := _next_line(text, line, side)) is None:
                    break
                walked.add((beside[0], -side))
                run = found.get(beside[0]) or _paragraph_run(text, beside, spans, evidence)
                if run is None:
                    break
                found[beside[0]], line = run, beside
    if not found:
        return spans
    return _join_lines(text, _split_latin(text, spans, sorted(found.values())))


def _join_lines(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with two Arabizi spans on consecutive lines (:func:`_next_line_of_run`: only a line break or
    a list's bullet between them) made one, the span between them dropped: a paragraph line read as Arabizi
    beside an Arabizi line is one passage with it, as the lines of one Arabizi run are."""
    out: list[Span] = []
    for span in spans:
        if span.kind == ARABIZI and len(out) >= 2 and out[-2].kind == ARABIZI and out[-1].kind != ARABIZI:
            before = out[-2]
            if _next_line_of_run(text, _run_of(before), _run_of(span)):
                confidence = max(before.confidence or 0.0, span.confidence or 0.0)
                out[-2:] = [span_unchecked(before.start, span.end, ARABIZI, before.lang, confidence)]
                continue
        out.append(span)
    return out


def _run_of(span: Span) -> tuple[int, int, float, str]:
    """An Arabizi span as a run ``(start, end, confidence, lang)``."""
    return span.start, span.end, span.confidence or 0.0, span.lang or AR_LATN


def _arabizi_lines(text: str, spans: list[Span]) -> Iterator[tuple[tuple[int, int], tuple[int, int], Span]]:
    """The first and last lines (:func:`_line_at`) of each stretch of lines joined by Arabizi runs (a run across
    lines, as a bulleted list's, or runs of one line) whose runs cover at least half of its characters, with its
    first run: an Arabizi paragraph, not a word of Arabizi in English (``y3ny`` in an English sentence)."""
    first_line = last_line = (0, -1)
    evidence: Span | None = None
    covered = 0  # characters of the stretch in runs
    for span in spans:
        if span.kind != ARABIZI:
            continue
        if span.start < last_line[1]:  # on the stretch's last line
            covered += span.end - span.start
            if span.end > last_line[1]:
                last_line = _line_at(text, span.end - 1)
            continue
        if evidence is not None and 2 * covered >= last_line[1] - first_line[0]:
            yield first_line, last_line, evidence
        first_line = _line_at(text, span.start)
        last_line = first_line if span.end <= first_line[1] else _line_at(text, span.end - 1)
        evidence, covered = span, span.end - span.start
    if evidence is not None and 2 * covered >= last_line[1] - first_line[0]:
        yield first_line, last_line, evidence


def _line_at(text: str, at: int) -> tuple[int, int]:
    """The start and end (its line break's offset, or the text's end) of the line holding ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _next_line(text: str, line: tuple[int, int], side: int) -> tuple[int, int] | None:
    """The next line after (``side`` 1) or before (-1) ``line`` that holds more than spaces, if any."""
    found = _NON_SPACE.search(text, line[1]) if side > 0 else _LAST_NON_SPACE.search(text, 0, line[0])
    return None if found is None else _line_at(text, found.start())


def _paragraph_run(text: str, line: tuple[int, int], spans: list[Span], evidence: Span) -> tuple[int, int, float, str] | None:
    """The Arabizi run of a line without a cue beside an Arabizi line (``evidence``, whose language it takes),
    if its words are all read as no English (:func:`_word_class`: no common English or French word, no name,
    acronym or code inside), at least :data:`_PARAGRAPH_WORDS` of them, linked as a run's are (spaces and
    sentence punctuation between). The line must lie inside one ``latin`` span of ``spans``."""
    start, end = line
    k = bisect.bisect_right(spans, start, key=_START) - 1
    if spans[k].kind != LATIN or spans[k].end < end:
        return None
    loud = text[start:end].isupper() and _shouting(text, start, end)
    first, previous_end, words = -1, -1, 0
    for m in _TOKEN.finditer(text, start, end):  # a word at a time: an English line ends at its first English word
        a, b = m.span()
        if previous_end >= 0 and _LINK_GAP.fullmatch(text, previous_end, a) is None:
            return None
        sentence_start = previous_end < 0 or _after_sentence_end(text, previous_end, a)
        if _word_class(text, a, b, sentence_start, loud) == _BREAK:
            return None
        first, previous_end, words = a if first < 0 else first, b, words + 1
    if words < _PARAGRAPH_WORDS:
        return None
    confidence = round(1 - 0.5 ** (0.5 * words), 3)
    return first, previous_end, confidence, evidence.lang or AR_LATN


def _split_latin(text: str, spans: list[Span], runs: list[tuple[int, int, float, str]]) -> list[Span]:
    """``spans`` with each of ``runs`` (in order, each inside one ``latin`` span) cut out of its span as an
    ``arabizi`` span; what is left on either side is ``latin`` or ``other`` as :func:`_latin_or_other` reads it."""
    out: list[Span] = []
    r = 0
    for span in spans:
        if r == len(runs) or runs[r][0] >= span.end:
            out.append(span)
            continue
        pos = span.start
        while r < len(runs) and runs[r][0] < span.end:
            a, b, confidence, lang = runs[r]
            _latin_or_other(text, pos, a, out)
            out.append(span_unchecked(a, b, ARABIZI, lang, confidence))
            pos, r = b, r + 1
        _latin_or_other(text, pos, span.end, out)
    return out


_ARTICLES = frozenset("al el il l".split())
_NAME_WORDS = 4


def _article_name(text: str, tokens: list[tuple[int, int]], run: tuple[int, int, float, str], cls: Callable[[int], int]) -> bool:
    """Whether the one run of a line is a name inside English, ending in the article and one word (``Al sarawat
    has good clean broasted``, ``Amn el dawla is pleased``, ``could also be sharm el shiekh``, ``What is al
    qanasiah ?``): at most :data:`_NAME_WORDS` words, no strong cue, its other weak words very common English
    (``be``), and at least as many English words on the line outside it. Words after the article's word (``el
    sabr gameel``) or none (``Nsiti il prefix``) make it Arabizi."""
    i = bisect.bisect_left(tokens, (run[0], run[0]))
    j = bisect.bisect_left(tokens, (run[1], run[1]), i)
    if not 2 <= j - i <= _NAME_WORDS or text[tokens[j - 2][0] : tokens[j - 2][1]].lower() not in _ARTICLES:
        return False
    for k in range(i, j - 2):
        c = cls(k)
        if c == _STRONG or (c == _WEAK and english_zipf(text[tokens[k][0] : tokens[k][1]].lower()) < COMMON_ENGLISH_ZIPF):
            return False
    if cls(j - 1) == _STRONG:
        return False
    english = 0
    for k in itertools.chain(range(i), range(j, len(tokens))):  # stops once there are enough
        english += cls(k) == _BREAK
        if english >= j - i:
            return True
    return False


def _overlaps(runs: list[tuple[int, int, float, str]], run: tuple[int, int, float, str]) -> bool:
    """Whether ``run`` overlaps one of ``runs`` (in order, apart): only the last of them starting before
    ``run`` ends can, so it is found by bisection (a test against each was quadratic in a line of many runs:
    25 s for "y3ny ana m3 7d bs lw 5ale9 dh " x 20,000)."""
    k = bisect.bisect_left(runs, run[1], key=operator.itemgetter(0)) - 1
    return k >= 0 and runs[k][1] > run[0]


# Between two runs of one line: words of the run the cues missed, at least one of them with a digit used as
# a letter (``m3 7d`` "with someone", ``5ale9 dh``), read as units or codes alone.
_DIGIT_GAP = re.compile(r"[ \t]++(?:[a-z']{1,4}+[ \t]++)?+(?=[a-z0-9]*[a-z])[a-z]*+[2-9][a-z0-9]*+(?:[ \t]++[a-z0-9']{1,6}+)?+[ \t]++")
_SHORT_DIGIT_WORD = 6  # letters and digits of a word in :data:`_DIGIT_GAP`


def _join_digit_gaps(text: str, runs: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """``runs`` (in order) with consecutive runs of one language joined across short words with a digit used
    as a letter (:func:`_joinable_gap`): the function-word runs added last (``bs lw`` in "ashtghl m3 7d bs lw m3
    fry2") were never tried against their neighbours."""
    out: list[tuple[int, int, float, str]] = []
    for run in runs:
        if out and out[-1][3] == run[3] and _joinable_gap(text, out[-1][1], run[0]):
            run = (out[-1][0], run[1], max(out[-1][2], run[2]), run[3])
            out.pop()
        out.append(run)
    return out


def _joinable_gap(text: str, start: int, end: int) -> bool:
    """Whether two runs of one language are one passage across ``text[start:end]``: short words, one with a
    digit used as a letter (:data:`_DIGIT_GAP`; a comma or one English word beside a run of function words
    alone, ``Tayyib ok , bas``, ``tankit O2 w``, stays apart)."""
    return end - start <= 2 * _SHORT_DIGIT_WORD + 8 and _DIGIT_GAP.fullmatch(text, start, end) is not None


_MOSTLY = 0.6  # the share of a line's words in runs that makes it an Arabizi line, read as a whole
_EDGE_WORDS = 3  # short words taken into a run together, at most
_SHORT_EDGE_WORD = 4


def _mostly_arabizi(starts: list[int], runs: list[tuple[int, int, float, str]]) -> bool:
    """Whether the runs cover at least :data:`_MOSTLY` of the line's words (``starts``), and two of them."""
    covered = _covered(starts, runs)
    return covered >= 2 and covered >= _MOSTLY * len(starts)


def _covered(starts: list[int], runs: list[tuple[int, int, float, str]]) -> int:
    """How many of a line's words (``starts``) the runs cover."""
    return sum(bisect.bisect_left(starts, b) - bisect.bisect_left(starts, a) for a, b, _, _ in runs)


def _widen_runs(
    text: str,
    tokens: list[tuple[int, int]],
    starts: list[int],
    runs: list[tuple[int, int, float, str]],
    cls: Callable[[int], int],
    linked: Callable[[int], bool],
) -> list[tuple[int, int, float, str]]:
    """The runs of a line that is mostly Arabizi, widened over the words the word-by-word reading dropped at
    their edges: words that are no English, and up to :data:`_EDGE_WORDS` short lower-case words (``dh``,
    ``ally``, ``any``, ``by hw ally``, ``m3 7d``) followed by such a word or the line's end. Runs that meet
    are joined. Each word is looked at from one side only (the walk stops at the next run), so the work is
    linear in the line. ``starts`` are the tokens' starts."""
    spans = [(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b) - 1, c, lang) for a, b, c, lang in runs]
    out: list[tuple[int, int, float, str]] = []
    firsts: list[int] = []  # the first token of each run of ``out``
    floor = 0  # the first token no earlier run holds
    for r, (i, j, confidence, lang) in enumerate(spans):
        limit = spans[r + 1][0] if r + 1 < len(spans) else len(tokens)
        if j > i:  # a run of one word (``L`` in "L disk aw l antenne") is not widened, nor does it take a block
            before = r == 0 or floor - 1 > spans[r - 1][0]
            after = r + 1 == len(spans) or spans[r + 1][1] > spans[r + 1][0]
            i = _widen(text, tokens, i, -1, floor - 1, cls, linked, before)
            j = _widen(text, tokens, j, 1, limit, cls, linked, after)
        if out and out[-1][3] == lang and i <= floor:
            i, confidence = firsts.pop(), max(out.pop()[2], confidence)
        out.append((tokens[i][0], tokens[j][1], confidence, lang))
        firsts.append(i)
        floor = j + 1
    return out


def _widen(
    text: str,
    tokens: list[tuple[int, int]],
    k: int,
    step: int,
    stop: int,
    cls: Callable[[int], int],
    linked: Callable[[int], bool],
    blocks_to_stop: bool,
) -> int:
    """The last token a run ending (``step`` 1) or starting (-1) at token ``k`` reaches on its way to token
    ``stop`` (the next run's first or the previous run's last, not taken; or -1 or ``len(tokens)``, the line's
    edges): over words that are no English, and blocks of short words (:func:`_short_break`, after a space
    each) before such a word. A walk that took a block must end at the next run or the line's edge (there,
    with no very common English word in its last block, :data:`_ABSORB_ZIPF`: ``dh`` but not ``for the win``),
    or it ends before its first block: ``othamen war konna`` after ``egyptian`` stays English. A block before the
    next run is taken when ``blocks_to_stop`` (that run has two words or more)."""
    safe, took_block = k, False  # where the walk ends if it stops at English after a block
    while True:
        block = k
        while abs(block - k) < _EDGE_WORDS and block + step != stop and _spaced(text, tokens, block, step) and _short_break(
            text, tokens[block + step], cls(block + step)
        ):
            block += step
        nxt = block + step
        if nxt == stop:
            if block == k:
                return k
            edge = not 0 <= stop < len(tokens)
            ok = _rare_english(text, tokens, k, block) if edge else blocks_to_stop and _spaced(text, tokens, block, step)
            return block if ok else safe
        if not linked(max(block, nxt)) or cls(nxt) == _BREAK:
            return safe
        took_block = took_block or block != k
        k = nxt  # the block and a word of the run beyond it
        if not took_block:
            safe = k


def _spaced(text: str, tokens: list[tuple[int, int]], k: int, step: int) -> bool:
    """Whether only spaces lie between token ``k`` and token ``k + step``."""
    a, b = (tokens[k][1], tokens[k + 1][0]) if step > 0 else (tokens[k - 1][1], tokens[k][0])
    return b > a and text[a:b].isspace() and "\n" not in text[a:b]


def _short_break(text: str, token: tuple[int, int], word_class: int) -> bool:
    """Whether a word the reading broke a run at is short enough to belong to the run around it: lower-case
    letters (up to :data:`_SHORT_EDGE_WORD`), or letters with a digit used as one (up to :data:`_SHORT_DIGIT_WORD`:
    ``m3``, ``7d``, ``5ale9``, which read as units or codes alone)."""
    a, b = token
    word = text[a:b]
    if word_class != _BREAK or not word.isascii() or not word.islower():
        return False
    if word.isalpha():
        return b - a <= _SHORT_EDGE_WORD
    return b - a <= _SHORT_DIGIT_WORD and word.isalnum() and _DIGIT_IN_WORD.search(word) is not None


def _rare_english(text: str, tokens: list[tuple[int, int]], k: int, block: int) -> bool:
    """Whether none of the words after token ``k`` up to token ``block`` (a block at the line's edge) is very common
    English (:data:`_ABSORB_ZIPF`), English text-speak (``youu``, ``okk``) or a French word that is no English and in
    no Arabizi list (:func:`_edge_french`: ``vive`` opening "vive bougera enchalah ...")."""
    words = tokens[k + 1 : block + 1] if block > k else tokens[block:k]
    return all(
        english_zipf(low) < _ABSORB_ZIPF and not _is_text_speak(low) and not _edge_french(low)
        for low in (text[a:b].lower() for a, b in words)
    )


def _edge_french(low: str) -> bool:
    """Whether a word at a line's edge is French, not a word of the Arabizi run beside it: French
    (:func:`_french_word`), rare in English (below :data:`_EDGE_ZIPF`: ``vive``, ``faut``, ``mais``; not
    ``mars`` مارس, English 4.3, nor ``mal`` مال) and in no Arabizi list (``pas`` پس is Finglish's)."""
    return english_zipf(low) < _EDGE_ZIPF and _french_word(low) and low not in _arabizi_tables()[1]


def _beside_french(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` has, across spaces only, a neighbour that is a French word in no Arabizi list
    (:func:`_french_word`): a listed word that is common French beside it (``Il faut``, ``ça va``, ``la vie``)
    is the French's, not Arabizi."""
    listed = _arabizi_tables()[1]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(tokens):
            continue
        a, b = (tokens[j][1], tokens[i][0]) if j < i else (tokens[i][1], tokens[j][0])
        word = text[tokens[j][0] : tokens[j][1]].lower()
        if text[a:b].isspace() and word.isalpha() and word not in listed and _french_word(word):
            return True
    return False


# French articles, which no Arabizi or Finglish word spells (a closed class: ``la`` لا and ``un`` are listed, so not here).
_FRENCH_ARTICLES = frozenset("le les des une du aux".split())


def _after_french_article(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` follows a French article (:data:`_FRENCH_ARTICLES`) across one space: the noun after
    it is French even when the French list does not know it (``les verts``, ``des supporteurs``, ``le match``)."""
    if i == 0 or text[tokens[i - 1][1] : tokens[i][0]] != " ":
        return False
    return text[tokens[i - 1][0] : tokens[i - 1][1]].lower() in _FRENCH_ARTICLES


def _beside_finglish(text: str, tokens: list[tuple[int, int]], k: int) -> bool:
    """Whether a neighbour of token ``k`` is a listed Finglish word: a short French word between Arabizi words is
    French (``ya les verts``), between Finglish words Persian (``pas az``, ``khob pas alaan``: پس)."""
    _, _, fa_strong, fa_weak = _word_sets()
    for j in (k - 1, k + 1):
        if 0 <= j < len(tokens) and ((word := text[tokens[j][0] : tokens[j][1]].lower()) in fa_strong or word in fa_weak):
            return True
    return False


def _french_word(low: str) -> bool:
    """Whether a lower-case word reads as French: common in French (:data:`FRENCH_ZIPF`), more than in English, and of
    three letters or more or with a letter beyond ASCII (``faut``, ``vie``, ``qui``, ``ça``; not ``le``, ``de``)."""
    french = french_zipf_unaccented(low)
    return french >= FRENCH_ZIPF and french > english_zipf(low) and (len(low) >= 3 or not low.isascii())


def _english_between(text: str, start: int, end: int) -> bool:
    """Whether the one word between two runs is English inside Arabizi, not a word of it: a word of five
    letters or more, in no Arabizi list, that is a name (capitalized: ``Palestine``) or common English
    (:data:`BETWEEN_ENGLISH_ZIPF`: ``comment``)."""
    word = text[start:end].strip()
    if len(word) < 5 or not word.isalpha() or word.lower() in _arabizi_tables()[1]:
        return False  # a short word may be a function word of the runs (an, am, into: أن, إنتو)
    return (word[0].isupper() and not word.isupper()) or english_zipf(word.lower()) >= BETWEEN_ENGLISH_ZIPF


def _name_before_name(text: str, tokens: list[tuple[int, int]], i: int, cls: Callable[[int], int]) -> bool:
    """Whether a lone capitalized word opens a string of names (``Shu Feng Jie Du capsules``): the next
    word, after one space, is capitalized too and no Arabizi word."""
    a, b = tokens[i]
    if not text[a].isupper() or text[a:b].isupper() or i + 1 >= len(tokens):
        return False
    c, d = tokens[i + 1]
    return text[b:c] == " " and text[c].isupper() and not text[c:d].isupper() and cls(i + 1) == _BREAK


_LOUD_WORDS = 3  # the fewest words in capitals, one after another, that are a stretch written in capitals


def _loud_words(text: str, start: int, end: int, tokens: list[tuple[int, int]]) -> list[bool]:
    """For each word of a line, whether it is read in lower case: the whole line is written in capitals
    (:func:`_shouting`), or the word is in a stretch of at least :data:`_LOUD_WORDS` words in capitals, one after
    another, with 12 upper-case letters or more (``I watched it, EL NAS KOLAHA BT3ML 7AGA``: issue 16's all-caps
    digit words after English). Linear: each word is looked at once."""
    if _shouting(text, start, end):
        return [True] * len(tokens)
    loud = [False] * len(tokens)
    first = 0
    for k in range(len(tokens) + 1):
        if k < len(tokens) and text[tokens[k][0] : tokens[k][1]].isupper():
            continue
        if k - first >= _LOUD_WORDS and len(_cases()[0].findall(text, tokens[first][0], tokens[k - 1][1])) >= 12:
            loud[first:k] = [True] * (k - first)
        first = k + 1
    return loud


def _shouting(text: str, start: int, end: int) -> bool:
    """Whether a line is written in capitals: three words or more, nine letters in ten upper case."""
    upper, lower = _cases()
    count = len(upper.findall(text, start, end))
    if count < 12 or text.count(" ", start, end) < 2:
        return False
    return count >= 9 * len(lower.findall(text, start, end))


@functools.cache
def _cases() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An upper-case letter, a lower-case letter."""
    return regex.compile(r"\p{Lu}"), regex.compile(r"\p{Ll}")


def _chain_run(
    text: str, tokens: list[tuple[int, int]], chain: list[int], first: int, weak_alone: bool = False
) -> tuple[int, int, float, str] | None:
    """The run a chain of non-English words makes, if its cues are enough, with its language.

    Enough: a strong word (a digit used as a letter, a hyphenated clitic, a word of a strong
    list), or a weak word (``el``, ``w``, ``ma``, ``va``...) beside a word that is not English, or
    (``weak_alone``: the line has another run) weak words alone. The
    confidence grows with the cues. The language the run is cut with (:func:`_listed_language`) is Finglish
    (``fa-Latn``) when the chain's listed Persian words outnumber its Arabizi cues, else Arabizi (``ar-Latn``);
    the language it is labelled with is weighed at the end (:func:`_labelled`).
    """
    strong = chain.count(_STRONG)
    start, end = tokens[first][0], tokens[first + len(chain) - 1][1]
    if not strong:
        if _UNKNOWN not in chain and not weak_alone:
            return None
        # A weak word that is also a very common English word (to, in, had, man, law) does not make
        # a run with rare words alone: "law codified", "Layla had", "homologous to".
        weak = [text[a:b].lower() for (a, b), c in zip(tokens[first : first + len(chain)], chain) if c == _WEAK]
        if all(len(w) > 1 and english_zipf(w) >= COMMON_ENGLISH_ZIPF for w in weak):
            return None
    confidence = round(1 - 0.5 ** (strong + 0.5 * (len(chain) - strong)), 3)
    return start, end, confidence, _listed_language(text, tokens[first : first + len(chain)])


def _listed_language(text: str, tokens: list[tuple[int, int]]) -> str:
    """The language a run is cut with: ``fa-Latn`` when its listed Finglish words outweigh its listed Arabizi
    words, digits and clitics. Runs of one language join (:func:`_one_passage`, :func:`_join_digit_gaps`,
    :func:`_widen_runs`), so this decides where runs end and stays as it was; the language a run is labelled
    with is weighed afterwards over all of its words (:func:`_run_language`, :func:`_labelled`)."""
    strong, weak, fa_strong, fa_weak = _word_sets()
    persian = arabic = 0.0
    for a, b in tokens:
        low = text[a:b].lower()
        if low in fa_strong:
            persian += 2
        elif low in fa_weak:
            persian += 0.5
        if low in strong or _DIGIT_IN_WORD.search(low) or _CLITIC.fullmatch(low):
            arabic += 2
        elif low in weak:
            arabic += 0.5
    return FA_LATN if persian > arabic else AR_LATN


def _labelled(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each Arabizi span labelled by :func:`_run_language` over its words; a span with no
    evidence either way (a paragraph line read beside an Arabizi line) keeps the language it was cut with."""
    out = []
    for span in spans:
        if span.kind == ARABIZI:
            lang = _run_language(text, [m.span() for m in _TOKEN.finditer(text, span.start, span.end)], span.lang or AR_LATN)
            if lang != span.lang:
                span = span_unchecked(span.start, span.end, ARABIZI, lang, span.confidence, span.insertions)
        out.append(span)
    return out


def _run_language(text: str, tokens: list[tuple[int, int]], tie: str = AR_LATN) -> str:
    """``fa-Latn`` when the run's Persian evidence outweighs its Arabizi evidence, ``ar-Latn`` when the
    Arabizi evidence does, ``tie`` when neither is found.

    Each word counts for one side or the other as a reader weighs it (:func:`_word_evidence`): the listed
    Finglish and Arabizi words, Persian function words (``ke``, ``ast``, ``raa``, ``az``, ``va``), verb shapes
    (``mi-``/``nemi-``/``be-`` with a personal ending), spellings Arabizi hardly writes (``aa``, ``oo``), against
    digits as letters, clitics (``el-``), ``w``/``ya`` and Arabic pronoun endings."""
    persian = arabic = 0.0
    for a, b in tokens:
        fa, ar = _word_evidence(text[a:b].lower())
        persian += fa
        arabic += ar
    if not persian and not arabic:
        return tie
    return FA_LATN if persian > arabic else AR_LATN


_FA_FUNCTION = frozenset(
    "ke che chi ast ra ro raa az dar va be ba baa yek taa oon aan in una ina ham hast hastan nist shod kard bood "
    "bud ye baraye baraaye bara hich har hame hamin hamoon man to shoma anha oona".split()
)
"""Persian function words (relative ``ke``, ``chi``/``che``, copula ``ast``, object marker ``ra``/``ro``,
prepositions, ``va``): Persian evidence, not Arabizi, even where an Arabizi list holds the word (``be``, ``chi``)."""

_FA_VERB = re.compile(
    r"nemi[a-z]{2,}|mi[a-z]+[aeiydtmnh]|b[eo][bcdfghjklmnpqrstvxz][a-z]{2,}(?:am|im|id|and|in|ad|i)"
    r"|na[bcdfghjklmnpqrstvxz][a-z]{2,}(?:am|im|id|and|ad)"
)
"""A Persian verb: the continuous prefix ``mi-`` with a personal or past ending (``mikonam``, ``miad``, ``mikard``;
not ``mizer``, ``milions``) or ``nemi-`` (``nemidi``, ``nemire``), the subjunctive or imperative ``be-``/``bo-``
before a consonant with a personal ending (``begiram``, ``bokonid``; not ``bedraheme``), or the negative ``na-``
with an ending Maghrebi first-person verbs (``nachri``) do not take (``nakardam``, ``nadarand``)."""
_FA_ENDING = re.compile(r"[a-z]{2,}(?:am|im|and|ast|ash|ye|(?<![csktgz])haa|(?:[ae]sh|et|em)(?:oo|u|ou)n)")
"""Personal and possessive endings (``-eshoon``, ``-etoon``, ``-emoon`` among them), the ezafe after a vowel
(``-ye``) and the plural ``-haa`` (not ``chaa``)."""
_FA_SPELLING = re.compile(r"aa|oo|zh")
"""Long vowels doubled and ``zh`` (ژ): Finglish spellings Arabizi seldom writes (it writes ``2``, ``3``, ``ou``)."""
_AR_ENDING = re.compile(r"[a-z]{2,}(?:hom|kom|kon|hon|na|ha|ou)")
"""Arabic pronoun endings (``-hom``, ``-kom``, ``-na``, ``-ha``) and the Maghrebi plural ``-ou``."""
_AR_ONSET = re.compile(r"(?:[sckgzdt]h|(?![sckgzdt]h)[bcdfghjklmnpqrstvwxyz])[bcdfgjklmnpqrstvwxz]|[a-z]*q")
"""Two consonants opening a word (``nchouf``, ``khrejt``, ``zman``, ``wmakan``, ``tjib``: Arabic's person prefixes
and ``w`` before a consonant, its dropped short vowels), which Persian never writes (its words open with one
consonant), or a ``q`` (Finglish writes ق ``gh``)."""
_SHARED_LOANS = frozenset("momken tamam lazem masalan hata bade".split())
"""Arabic words Persian uses as its own (ممکن, تمام, لازم, مثلا, حتی, بعد): listed Arabizi, but weak evidence."""


@functools.lru_cache(maxsize=1 << 14)
def _word_evidence(low: str) -> tuple[float, float]:
    """How much one lower-case word of a run weighs for Persian and for Arabizi (see :func:`_run_language`)."""
    strong, weak, fa_strong, fa_weak = _word_sets()
    if low in _SHARED_LOANS:
        return 0.0, 0.5
    if (low in strong and low not in _FA_FUNCTION) or (_DIGIT_IN_WORD.search(low) and not low.isdigit()) or _CLITIC.fullmatch(low):
        return 0.0, 2.0
    if low in fa_strong:
        return 2.0, 0.0
    if low in _FA_FUNCTION:
        return 1.0, (0.5 if low in weak else 0.0)
    if low in fa_weak:
        return 0.5, (0.5 if low in weak else 0.0)
    if low in weak:
        return 0.0, 0.5
    persian = arabic = 0.0
    if not low.isalpha():
        return persian, arabic
    if _FA_VERB.fullmatch(low):
        persian += 1.0
    elif _FA_ENDING.fullmatch(low):
        persian += 0.5
    if _FA_SPELLING.search(low):
        persian += 0.5
    if _AR_ENDING.fullmatch(low):
        arabic += 0.5
    if _AR_ONSET.match(low):
        arabic += 1.0
    return persian, arabic


_DIGIT_IN_WORD = re.compile(r"[2-9]")

# ---------------------------------------------------------------------------------------------
# Finglish without a listed word

_FINGLISH_WORDS = 2  # the fewest words that are no English in a Finglish stretch
_FINGLISH_EVIDENCE = 1.0  # the least Persian evidence (:func:`_word_evidence`) a Finglish stretch holds
_COMMON_EVIDENCE = 1.0  # what a very common Finglish word (:func:`.words.finglish_common`) weighs at least
# What a word is to a Finglish stretch: English (it ends the stretch), a Persian word English spells too or a number
# (inside it, no evidence), foreign (no English: its evidence is weighed), a loan (one English word inside it).
_ENGLISH, _NEUTRAL, _FOREIGN, _LOAN = 0, 1, 2, 3
_EZAFE = frozenset("e o".split())  # the ezafe and "and" written apart (rouz e panj, shab o rooz)
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _finglish_outside(text: str, start: int, end: int, runs: list[_Run]) -> bool:
    """Whether a cue line whose runs are ``runs`` holds a Finglish cue outside them (:func:`_finglish_cue_in`), so that
    :func:`_finglish_stretches` is worth running: a line of Arabizi (most cue lines), or one whose Finglish the runs
    already hold (``Iroone Azad`` opening a comment in English), is spared."""
    if not runs:
        return _finglish_cue_in(text[start:end])
    bounds = [start, *itertools.chain.from_iterable((a, b) for a, b, _, _ in runs), end]
    return _finglish_cue_in(" ".join(text[a:b] for a, b in zip(bounds[::2], bounds[1::2])))


def _finglish_cue_in(piece: str) -> bool:
    """Whether ``piece`` holds a Finglish cue: a word of the Finglish lists or of :func:`_finglish_cues`, or a word
    with a doubled ``a`` that is no English and no name (:func:`_add_doubled_a_lines`: capitalized, unless first).
    Read as the cue finder reads a line (:data:`_CUE_BYTES`: lower case, punctuation blanked out), at C speed."""
    data = piece.encode("ascii", "replace").translate(_CUE_BYTES)
    if not _finglish_cue_words().isdisjoint(data.split()):
        return True
    return b"aa" in data and any(
        "aa" in (word := m.group()).lower() and (i == 0 or not word[0].isupper()) and _doubled_a_cue(word.lower().encode())
        for i, m in enumerate(_ASCII_WORD.finditer(piece))
    )


@functools.cache
def _finglish_cue_words() -> frozenset[bytes]:
    """The words that are a Finglish cue, as bytes: the Finglish lists' and :func:`_finglish_cues`."""
    _, _, fa_strong, fa_weak = _word_sets()
    return frozenset(word.encode("utf-8") for word in fa_strong | fa_weak | _finglish_cues())


@functools.cache
def _finglish_neutral() -> frozenset[str]:
    """Persian words that are English or French words too (``in``, ``to``, ``man``, ``ham``, ``na``, ``che``): inside
    a Finglish stretch they are its words, but they are no evidence of it."""
    _, _, fa_strong, fa_weak = _word_sets()
    return finglish_common() | _FA_FUNCTION | fa_strong | fa_weak | _EZAFE


def _finglish_stretches(
    text: str, tokens: list[tuple[int, int]], runs: list[_Run], cls: Callable[[int], int], linked: Callable[[int], bool]
) -> list[_Run]:
    """``runs`` (a line's, maybe none) and the stretches of its other words that read as Finglish, as ``fa-Latn`` runs:
    words linked as a run's are, none of them English or French (:func:`_word_class`) but for Persian words that
    English spells too (:func:`_finglish_neutral`: ``in``, ``to``, ``man``, ``ham``; at a stretch's edge only where it
    opens or ends the line) and one lower-case English word at a time between two that are not (a loan: ``short``,
    ``team``; never at an edge), at least :data:`_FINGLISH_WORDS` of them foreign, whose Persian evidence
    (:func:`_word_evidence`: verb prefixes ``mi-``/``nemi-``/``be-``/``bo-``/``na-``, personal endings, long vowels
    doubled, Persian function words; a very common Finglish word at least :data:`_COMMON_EVIDENCE`) reaches
    :data:`_FINGLISH_EVIDENCE` and outweighs its Arabizi evidence. ``kasi raa daasht`` and ``khob fekr konam bayad
    beram`` have no listed word, yet a reader sees Persian: the evidence is weighed over the stretch, never a word
    alone, and only stretches that no run of the line holds are looked at (a run's language is weighed by
    :func:`_labelled`). A stretch beside a Finglish run of the line (``bache ha daaran too`` before ``hayaat baazi
    mikonan``) needs one foreign word, and its neutral words at that side stay: it is one passage with the run
    (:func:`_one_passage`). Words beyond ASCII (``éfikou``) are no Finglish: it is typed in ASCII."""
    neutral, common = _finglish_neutral(), finglish_common()
    n = len(tokens)
    run_starts = [run[0] for run in runs]
    kinds: dict[int, int] = {}

    def run_at(k: int) -> int:  # the index of the run holding token k, or -1
        i = bisect.bisect_right(run_starts, tokens[k][0]) - 1
        return i if i >= 0 and runs[i][1] > tokens[k][0] else -1

    def kind(k: int) -> int:  # what token k is to a stretch, a loan aside; looked up only for the tokens a stretch reaches
        if (found := kinds.get(k)) is not None:
            return found
        a, b = tokens[k]
        word = text[a:b]
        low = word.lower()
        if word.isdigit():
            kinds[k] = _NEUTRAL  # a number inside the stretch (haal be 1986 miravim)
        elif (word_class := cls(k)) == _BREAK:
            cased = word.islower() or (word[1:].islower() and (k == 0 or _after_sentence_end(text, tokens[k - 1][1], a)))
            kinds[k] = _NEUTRAL if cased and low in neutral else _ENGLISH
        elif not word.isascii():
            kinds[k] = _ENGLISH  # Finglish is typed in ASCII: an accented word is French or another language's (éfikou)
        else:  # a listed word that is no English (vali, yek) is as foreign as an unknown one
            kinds[k] = _NEUTRAL if word_class == _WEAK and low in neutral and _is_english_or_french(low) else _FOREIGN
        return kinds[k]

    def inside(k: int) -> bool:  # whether token k may be in a stretch: no English, or one English word between two that are not
        if kind(k) != _ENGLISH:
            return True
        return loan(k)

    def loan(k: int) -> bool:  # an English word between two that are not (short, team): a loan inside the stretch
        if kind(k) != _ENGLISH or not 0 < k < n - 1 or not (linked(k) and linked(k + 1)):
            return False
        word = text[tokens[k][0] : tokens[k][1]]
        return (
            word.islower() and word.isalpha() and english_zipf(word) < COMMON_ENGLISH_ZIPF
            and kind(k - 1) != _ENGLISH and kind(k + 1) != _ENGLISH
        )

    found: list[_Run] = []
    reached = -1  # the last token of the stretches looked at
    for k, (a, b) in enumerate(tokens):
        # an anchor: a word with Persian evidence outside the runs (every stretch that may be accepted holds one)
        if k <= reached or not text[a:b].isalpha():
            continue
        low = text[a:b].lower()
        if not (low in common or _word_evidence(low)[0] > 0) or run_at(k) >= 0 or not inside(k):
            continue
        first = last = k
        while first > 0 and linked(first) and run_at(first - 1) < 0 and inside(first - 1):
            first -= 1
        while last + 1 < n and linked(last + 1) and run_at(last + 1) < 0 and inside(last + 1):
            last += 1
        reached = last
        # a Finglish run of the line just before or after the stretch, across a link: the stretch goes on from it
        before, after = (run_at(first - 1) if first > 0 else -1), (run_at(last + 1) if last + 1 < n else -1)
        run_before = before >= 0 and runs[before][3] == FA_LATN and linked(first)
        run_after = after >= 0 and runs[after][3] == FA_LATN and linked(last + 1)
        line_first, line_last = first == 0, last == n - 1
        edge_first, edge_last = first, last
        while first <= last and kind(first) != _FOREIGN and not run_before:
            first += 1
        while last >= first and kind(last) != _FOREIGN and not run_after:
            last -= 1
        # The Persian words English spells too are kept at the stretch's edge only where they open or end the line
        # (``man`` of "man baayad bargardam sare kaar"; not ``in`` of "said in khob fekr konam"), a loan never.
        if line_first and not any(loan(j) for j in range(edge_first, first)):
            first = edge_first
        if line_last and not any(loan(j) for j in range(last + 1, edge_last + 1)):
            last = edge_last
        foreign = [text[tokens[j][0] : tokens[j][1]].lower() for j in range(first, last + 1) if kind(j) == _FOREIGN]
        beside_run = run_before or run_after
        if len(foreign) < (1 if beside_run else _FINGLISH_WORDS):
            continue
        persian = arabic = 0.0
        for word in foreign:
            fa, ar = _word_evidence(word)
            persian += max(fa, _COMMON_EVIDENCE) if word in common else fa
            arabic += ar
        if persian >= _FINGLISH_EVIDENCE and persian > arabic:
            confidence = round(1 - 0.5 ** (0.5 * len(foreign)), 3)
            found.append((tokens[first][0], tokens[last][1], confidence, FA_LATN))
    if not found:
        return runs
    joined: list[_Run] = []
    new = set(found)  # a set: a line of many stretches made this loop quadratic
    for run in sorted(runs + found):  # a stretch and a run beside it are one passage as two runs are (vaghti baa man harf nemizane)
        if joined and (run in new or joined[-1] in new) and _one_passage(text, joined[-1], run):
            run = (joined[-1][0], run[1], max(joined[-1][2], run[2]), run[3])
            new.add(run)
            joined.pop()
        joined.append(run)
    return joined


def _after_sentence_end(text: str, prev_end: int, start: int) -> bool:
    """Whether a sentence end lies between two words (so the second may be capitalized)."""
    return any(ch in _SENTENCE_END for ch in text[prev_end:start])


def _word_class(text: str, start: int, end: int, sentence_start: bool, shouting: bool = False) -> int:
    """How a Latin word counts for Arabizi: strong cue, weak cue, unknown (not English) or a break."""
    strong, weak, fa_strong, fa_weak = _word_sets()
    if start and text[start - 1] in "#@":
        return _BREAK  # a hashtag or a handle: never read
    word = text[start:end]
    low = word.lower()
    if low in strong or low in fa_strong:
        return _STRONG
    if not word.isalpha():
        if _is_digit_arabizi(low if shouting else word):
            return _BREAK if _in_url(text, start, end) else _STRONG
        clitic = _CLITIC.fullmatch(word)
        if clitic and not _in_url(text, start, end) and (
            _ARABIC_ONLY_CLITICS.search(clitic.group("clitics")) or not _is_english_or_french(clitic.group("rest").lower())
        ):
            name = clitic.group("rest").lstrip("0123456789'")[0].isupper()
            return _UNKNOWN if name and not shouting else _STRONG  # al-Assad: a name
        if _apostrophe_arabizi(word):
            return _BREAK if _in_url(text, start, end) else _STRONG
        return _WEAK if low in weak else _BREAK  # numbers, codes, hyphenated or apostrophized forms
    if low in weak or low in fa_weak:
        if len(word) == 1 and word.isupper() and not sentence_start and not shouting:
            return _BREAK  # a label: B lymphocytes, T cells, plan B
        return _WEAK
    if not shouting:
        if len(word) > 1 and word.isupper():
            return _BREAK  # an acronym
        if not sentence_start and word[0].isupper():
            return _BREAK  # a name
    if len(word) > _LONGEST_WORD:
        return _BREAK
    return _BREAK if _is_english_or_french(low) else _UNKNOWN


@functools.lru_cache(maxsize=1 << 16)
def _is_english_or_french(low: str) -> bool:
    """A common English or French word, an English word with a derivational ending, or English
    text-speak (``youu``, ``thankk``, ``sooo``: a letter tripled, or doubled at the end, squeezed gives an
    English word; a doubled vowel inside, as in ``deeny`` or ``haathee``, is Arabizi spelling)."""
    english = english_zipf(low)
    if english >= ENGLISH_ZIPF or (english >= ENGLISH_SUFFIX_MIN_ZIPF and _english_ending(low)):
        return True
    squeezed = _REPEATS.sub(lambda m: m.group()[0], low)
    if squeezed != low and english_zipf(squeezed) >= ENGLISH_ZIPF + 1:
        return True
    return (len(low) >= 3 or not low.isascii()) and french_zipf_unaccented(low) >= FRENCH_ZIPF  # ça, où, carriere; not le, la


@functools.lru_cache(maxsize=1 << 12)
def _is_text_speak(low: str) -> bool:
    """Whether a lower-case word is English text-speak, never taken into a run at its edge: a letter tripled, or a
    final letter doubled, squeezed gives a common English word (``youu``, ``thankk``, ``okk``, ``hiii``); not when the
    squeezed word is one letter (laughter: ``hhhh``) or two ending in a doubled vowel (Finglish ``taa``, ``haa``, ``oo``)."""
    squeezed = _REPEATS.sub(lambda m: m.group()[0], low)
    if squeezed == low or english_zipf(squeezed) < ENGLISH_ZIPF + 1:
        return False
    return len(squeezed) >= 3 or (len(squeezed) == 2 and (low[-1] not in "aeiou" or _TRIPLED.search(low) is not None))


def _english_ending(low: str) -> bool:
    """Whether ``low`` is a stem of three letters or more with an English ending (``sadly``, ``boxed``); a
    shorter stem is no evidence (``ahly``, ``wed``: Arabizi words that only look like ``-ly``, ``-ed``)."""
    ending = ENGLISH_SUFFIX.search(low)
    return ending is not None and ending.start() >= _MIN_STEM


_MIN_STEM = 3


# A digit the apostrophe after it makes another letter (3' gh, 9' dh, 6' zh, 7' kh, 5' kh), a letter after it that
# ends no English contraction or plural (90's, 70's, 5'll).
_DIGIT_APOSTROPHE = re.compile(r"[35679]'(?!(?:s|d|ll|re|ve|t)\b)[a-z]")


def _apostrophe_arabizi(word: str) -> bool:
    """A word whose digit an apostrophe makes another letter (:data:`_DIGIT_APOSTROPHE`: ``93'er``, ``bt9'ay8``,
    ``3'l6``), in lower case but for its first letter: the apostrophe says the digit is a letter, so the
    word may end in any digit (:func:`_is_digit_arabizi` asks more of words without it)."""
    bare = word.replace("'", "")
    return (
        _DIGIT_APOSTROPHE.search(word) is not None and _is_digit_word(bare) and not _is_technical(bare)
        and not any(ch.isupper() for ch in bare[1:])
    )


def _is_digit_arabizi(word: str) -> bool:
    """A word that uses digits as letters (``3ajbetni``, ``7abibi``, ``hala2``), not ``5th``, ``mp3`` or ``ACE2``."""
    if not _is_digit_word(word) or _is_technical(word):
        return False
    if any(ch.isupper() for ch in word[1:]):
        return False  # codes, user names, genes and products (ACE2, 5thDrawer, NLRP3, DPP4)
    if word[0].isupper() and (word[1].isdigit() or word[-1].isdigit()):
        return False  # labels and user names (C3a, Table2, Constantin7)
    return not (word[-1] in "4689" and word[-2].isalpha())  # orf8, nsp9: Arabizi ends in 2 3 5 7


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is part of a URL, e-mail address or handle: what lies between the
    blanks around it, at most 200 characters each side (with no blank in reach the window started at the text's
    start: quadratic in a long run without spaces, 40,000 characters of ``7a.bi`` took 19.5 s to segment)."""
    reach = max(0, start - 200)
    left = max(reach - 1, *(text.rfind(ch, reach, start) for ch in " \n\t")) + 1
    rights = [i for i in (text.find(ch, end, end + 200) for ch in " \n\t") if i >= 0]
    right = min(rights) if rights else min(len(text), end + 200)
    pieces = _urlish_pieces(text)
    maybe = _may_be_urlish(text[left:right]) if pieces is None else _has_piece(pieces, left, right)
    return maybe and _urlish().search(text, left, right) is not None


#: What every match of :func:`_urlish` holds, in lower case.
_URLISH_NEEDLES = ("://", "www.", "@", ".com", ".org", ".net", ".io", ".gov", ".edu")


def _may_be_urlish(window: str) -> bool:
    """Whether :func:`_urlish` may match in ``window``: one of its pieces in the window in lower case, or a
    U+0130 (İ, which the pattern's case-blind ``i`` matches, lower case ``i̇``). The pattern's own search costs
    ~40 µs over a word's 400-character window, this a few: a long run of dotted Arabizi (``7a.bi7a.bi...``) asks
    it of every word, 1.3 s of segmenting 100 kB of it."""
    low = window.lower()
    return "\u0130" in window or any(needle in low for needle in _URLISH_NEEDLES)


@functools.lru_cache(maxsize=1)
def _urlish_pieces(text: str) -> tuple[list[int], list[int]] | None:
    """The start and end offsets of every piece of :data:`_URLISH_NEEDLES` in ``text`` in lower case, by start, so
    each word's window is checked by a bisection (:func:`_has_piece`), not lowered and scanned (the window's slice and
    ``lower()`` were most of :func:`_in_url`'s cost left); ``None`` when lower case changes the text's length (its
    offsets would not be the text's) or it holds U+0130: each window is then looked at itself (:func:`_may_be_urlish`)."""
    low = text.lower()
    if len(low) != len(text) or "\u0130" in text:
        return None
    found = []
    for needle in _URLISH_NEEDLES:
        at = low.find(needle)
        while at >= 0:
            found.append((at, at + len(needle)))
            at = low.find(needle, at + 1)
    found.sort()
    return [start for start, _ in found], [end for _, end in found]


def _has_piece(pieces: tuple[list[int], list[int]], left: int, right: int) -> bool:
    """Whether a piece of :func:`_urlish_pieces` lies wholly in ``[left, right)``."""
    starts, ends = pieces
    i = bisect.bisect_left(starts, left)
    while i < len(starts) and starts[i] < right:
        if ends[i] <= right:
            return True
        i += 1
    return False


@functools.cache
def _arabizi_tables() -> tuple[frozenset[bytes], frozenset[str]]:
    """The listed words (Arabizi and Finglish) that make a line worth a look, as UTF-8 bytes, and every
    listed word as text.

    A weak word that is a very common English word (``we``, ``had``, ``be``) is no cue: it makes a
    run only beside a strong word, itself a cue, so lines of plain English are not looked at.
    """
    strong, weak, fa_strong, fa_weak = _word_sets()
    words = strong | weak | fa_strong | fa_weak
    common = sections()["weak-common-english"]  # shipped, so no word frequencies load for this
    cues = (words - common) | _finglish_cues()
    # Made from a set, the frozenset's table is sized for twice its words (from a generator, it fills a table half as
    # big to 54 %): most words looked up are no cue, and a miss in a sparser table is found sooner (the chunk test of
    # English text ran 30 % slower once Finglish's words were added to the smaller table).
    return frozenset(set(w.encode("utf-8") for w in cues)), words


@functools.cache
def _finglish_cues() -> frozenset[str]:
    """The very common Finglish words (:func:`.words.finglish_common`) that are no English or French word (the list's
    ``finglish-common-english`` section, derived, says which are): each makes a line worth a look for Finglish
    (:func:`_finglish_stretches`), as a listed word does for Arabizi."""
    return finglish_common() - sections()["finglish-common-english"]


@functools.cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Arabizi strong and weak words, Finglish strong and weak words."""
    lists = sections()
    return lists["strong"], lists["weak"], lists["finglish"], lists["finglish-weak"]


def load_arabizi_words() -> tuple[frozenset[str], frozenset[str]]:
    """The strong and weak Arabizi word lists shipped in ``bilingual/data/arabizi.txt``."""
    strong, weak, _, _ = _word_sets()
    return strong, weak
