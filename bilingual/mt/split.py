"""Sentence splitting of Arabic passages, keeping each sentence's ``(start, end)`` in the passage.

MT models are trained on sentences, so a passage is cut at ``، ؛ ؟ . ! …`` (and their Latin
cousins) and at line breaks; a long run with no punctuation is cut before a standalone
conjunction (``و``, ``أو``, ``ثم`` ...) or, failing that, at a space, so that no sentence exceeds
``max_chars``. Spans never include surrounding whitespace and every letter or digit of the
passage lies in exactly one span, so each translation traces back to the characters it came from.
"""

from __future__ import annotations

import re

__all__ = ["CONJUNCTIONS", "MAX_CHARS", "split_sentences"]

#: Default length cap (characters) for one sentence; long unpunctuated runs are cut below it.
MAX_CHARS = 160

#: Standalone words before which a long unpunctuated run may be cut ("and", "or", "then", "but"...).
CONJUNCTIONS = frozenset({"و", "أو", "او", "ثم", "لكن", "ولكن", "بل", "ولا", "أم", "إذ"})

# A run of sentence-ending punctuation, with closing quotes/brackets that belong to the sentence.
_TERMINATORS = re.compile(r"[.!?؟…؛;،,]+[\"'»”’)\]}]*")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
_WORD = re.compile(r"\S+")
# Characters that are part of a word when checking "does this line end with a conjunction".
_TRAILING_WORD = re.compile(r"(\S+)\s*$")
_SEPARATORS = frozenset(".,٫٬")


def _has_content(text: str) -> bool:
    """True when ``text`` holds a letter or digit (pieces of bare punctuation are not sentences)."""
    return any(ch.isalnum() for ch in text)


def _is_number_separator(text: str, start: int, end: int) -> bool:
    """A single ``.`` or ``,`` between digits (``3.5``, ``1,000``) does not end a sentence."""
    return (
        end - start == 1
        and text[start] in _SEPARATORS
        and 0 < start
        and end < len(text)
        and text[start - 1].isdigit()
        and text[end].isdigit()
    )


def _ends_with_conjunction(line: str) -> bool:
    """A line whose last word is a conjunction continues on the next line (wrapped text)."""
    match = _TRAILING_WORD.search(line)
    return match is not None and match.group(1) in CONJUNCTIONS


def _boundaries(text: str) -> list[int]:
    """Offsets where a sentence ends: after punctuation runs and at line breaks."""
    cuts: set[int] = set()
    for match in _TERMINATORS.finditer(text):
        if not _is_number_separator(text, match.start(), match.end()):
            cuts.add(match.end())
    for match in _LINE_BREAK.finditer(text):
        line_start = max(text.rfind("\n", 0, match.start()), text.rfind("\r", 0, match.start())) + 1
        if not _ends_with_conjunction(text[line_start : match.start()]):
            cuts.add(match.start())
    return sorted(cuts)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` shrunk so that it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_point(text: str, start: int, end: int, max_chars: int) -> int:
    """Where to cut the over-long piece ``[start, end)``: before the conjunction nearest an even
    share of the piece, else at the last space within the cap, else at the cap itself."""
    pieces = -(-(end - start) // max_chars)
    target = start + (end - start) // pieces
    limit = start + max_chars
    conjunctions = [
        m.start() for m in _WORD.finditer(text, start, end)
        if start < m.start() <= limit and m.group() in CONJUNCTIONS
    ]
    if conjunctions:
        return min(conjunctions, key=lambda pos: abs(pos - target))
    spaces = [m.start() for m in re.finditer(r"\s", text[start + 1 : limit + 1])]
    if spaces:
        return start + 1 + spaces[-1]
    return limit


def _cap(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``[start, end)`` into stripped pieces of at most ``max_chars`` characters."""
    out: list[tuple[int, int]] = []
    while end - start > max_chars:
        cut = _cut_point(text, start, end, max_chars)
        piece = _strip(text, start, cut)
        if piece[0] < piece[1]:
            out.append(piece)
        start, end = _strip(text, cut, end)
    if start < end:
        out.append((start, end))
    return out


def split_sentences(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``text``, in order, without surrounding whitespace.

    Sentences end after ``، ؛ ؟ . ! …`` (a run of them stays with its sentence) and at line
    breaks (unless the line ends with a conjunction, i.e. it was wrapped); pieces longer than
    ``max_chars`` are cut before a conjunction, else at a space. Punctuation-only pieces are
    left out, so every span holds at least one letter or digit.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*_boundaries(text), len(text)]:
        start, end = _strip(text, prev, cut)
        prev = cut
        if start < end and _has_content(text[start:end]):
            spans.extend(s for s in _cap(text, start, end, max_chars) if _has_content(text[s[0] : s[1]]))
    return spans
