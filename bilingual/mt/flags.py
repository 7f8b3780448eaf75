"""Flags on suspicious machine translations: loops, copied-through source, implausible lengths.

Each check is a small pure function on (source, output) so that reports can explain a flag.
The thresholds are deliberately loose: a flag means "look at this", not "this is wrong".
"""

from __future__ import annotations

import regex

from ..text.script import ARABIC_LETTER

REPETITION = "repetition"  # a word or phrase looping: "anti anti anti ..."
COPY = "copy"  # the output is (mostly) the Arabic source again
LENGTH_RATIO = "length-ratio"  # output far shorter or longer than Arabic->English ever is
EMPTY = "empty"  # nothing came out for a sentence with letters
TRUNCATED = "truncated"  # decoding stopped at the length limit
SOURCE_CUT = "source-cut"  # the sentence was longer than the model reads: only its start was translated

#: Output/source ratio of non-space characters outside which ``length-ratio`` is raised.
#: English renderings of Arabic run about 1-1.6 times as long; the bounds leave wide room.
MIN_RATIO = 0.33
MAX_RATIO = 3.0
#: Sources shorter than this (non-space characters) are too short for a meaningful ratio.
MIN_RATIO_SOURCE = 12

_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"[\p{L}\p{N}']+")
# A stretch of 2-30 characters repeated at least 4 times in a row ("weUweUweUweU", "la la la la").
_CHAR_LOOP = regex.compile(r"(\S.{1,29}?)(?:\s*\1){3,}", regex.DOTALL)


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def is_repetitive(output: str, copies: int = 3, max_ngram: int = 4) -> bool:
    """True when a word n-gram (n <= ``max_ngram``) occurs ``copies`` times in a row, or a short
    stretch of characters loops 4+ times."""
    words = [w.casefold() for w in _WORD.findall(output)]
    for n in range(1, max_ngram + 1):
        for i in range(len(words) - copies * n + 1):
            gram = words[i : i + n]
            if all(words[i + k * n : i + (k + 1) * n] == gram for k in range(1, copies)):
                return True
    return _CHAR_LOOP.search(output) is not None


def is_copy(source: str, output: str) -> bool:
    """True when the output repeats the source or is mostly Arabic letters (it should be English)."""
    if output.strip() and " ".join(output.split()).casefold() == " ".join(source.split()).casefold():
        return True
    letters = len(_LETTER.findall(output))
    return letters > 0 and len(ARABIC_LETTER.findall(output)) / letters >= 0.5


def length_ratio(source: str, output: str) -> float | None:
    """Output/source length in non-space characters (``None`` for sources too short to judge)."""
    src = _nonspace(source)
    return _nonspace(output) / src if src >= MIN_RATIO_SOURCE else None


def flags(
    source: str, output: str, *, length: int | None = None, max_length: int | None = None, source_cut: int = 0,
) -> list[str]:
    """Every flag that applies to translating ``source`` into ``output``, in a fixed order.

    ``length``/``max_length`` (target tokens and the decoding limit) detect truncated output;
    ``source_cut`` (source tokens the model did not read) a translation of the sentence's start only.
    """
    found: list[str] = []
    if not output.strip():
        return [EMPTY] if _LETTER.search(source) else []
    if is_repetitive(output):
        found.append(REPETITION)
    if is_copy(source, output):
        found.append(COPY)
    ratio = length_ratio(source, output)
    if ratio is not None and not MIN_RATIO <= ratio <= MAX_RATIO:
        found.append(LENGTH_RATIO)
    if length is not None and max_length is not None and length >= max_length:
        found.append(TRUNCATED)
    if source_cut > 0:
        found.append(SOURCE_CUT)
    return found
