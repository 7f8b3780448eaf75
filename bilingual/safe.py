"""Make invisible characters that can change what a reader sees visible, before text reaches a screen.

Bidi controls (Trojan-Source style RLO, LRI, ...) reorder whatever follows them, terminal
control characters (ESC sequences, C1 CSI/OSC) can rewrite the screen, set the clipboard or the
window title, and Unicode tag characters (U+E0000-U+E007F) carry text nobody sees. All are shown
as named markers.

:func:`terminal_safe` is the one function for every piece of input text printed to a terminal
(ids, author names, file names, model metadata, titles): it leaves nothing a terminal would obey.
:func:`visible_controls` is its core for text that keeps its line breaks and tabs (a comment body
that :mod:`bilingual.display` lays out, or HTML).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

BIDI_CONTROLS: dict[str, str] = {
    "\u061c": "ALM",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}

_BIDI_CLASS = "".join(BIDI_CONTROLS)
_BIDI_RE = re.compile(f"[{_BIDI_CLASS}]")
# C0 controls except tab and newline, DEL, and C1 controls: never sent raw to a terminal.
_CONTROL_CLASS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_CONTROL_RE = re.compile(f"[{_CONTROL_CLASS}]")
# Tag characters: invisible, each an ASCII letter in the tag plane, so a run of them is hidden text.
_TAG_CLASS = "\U000e0000-\U000e007f"
#: An emoji tag sequence (a black flag, tag letters, CANCEL TAG: the flags of England, Scotland, Wales):
#: the one place tag characters belong, kept whole.
FLAG_SEQUENCE = "\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
_TAG_RE = re.compile(f"({FLAG_SEQUENCE})|[{_TAG_CLASS}]")
#: Every character :func:`visible_controls` may replace by a marker (a ``re`` pattern; the tags of a
#: flag sequence match it too and are kept).
MARKED = re.compile(f"[{_BIDI_CLASS}{_CONTROL_CLASS}{_TAG_CLASS}]")


@functools.cache
def _line_re() -> re.Pattern[str]:
    """What terminal_safe marks besides: tab, line feed, the Unicode line and paragraph separators (a
    one-line field must stay one line) and lone surrogates (no encoding can write them). Compiled on
    first use (the surrogates' range makes ``re`` build a 64k-entry map: 0.7 ms that
    commands printing no error, such as ``bilingual segment``, never spend)."""
    return re.compile("[\t\n\u2028\u2029\ud800-\udfff]")


def _control_name(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return "^" + chr(code + 0x40)
    return f"U+{code:04X}"


def visible_controls(text: str, left: str = "⟨", right: str = "⟩") -> str:
    """``text`` with every bidi control shown as ``⟨RLO⟩``, terminal controls as ``⟨^[⟩`` and tag
    characters outside a flag's emoji sequence as ``⟨U+E0041⟩``.

    Tabs and line feeds are kept: this is for text laid out further (wrapped, or put in HTML).
    """
    if _BIDI_RE.search(text):
        text = _BIDI_RE.sub(lambda m: f"{left}{BIDI_CONTROLS[m.group()]}{right}", text)
    if _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub(lambda m: f"{left}{_control_name(m.group())}{right}", text)
    if _TAG_RE.search(text):
        text = _TAG_RE.sub(lambda m: m.group(1) or f"{left}{_control_name(m.group())}{right}", text)
    return text


#: How a line break is shown in text printed for reading where it must not break the line.
BREAK_MARK = " ⏎ "
_SEPARATORS = re.compile("[\u2028\u2029]")
_BREAKS = re.compile("[\n\u2028\u2029]")


def breaks_shown(text: str, one_line: bool = False) -> str:
    """``text`` (made visible by :func:`visible_controls`) for reading: the Unicode line and paragraph separators
    (U+2028, U+2029) shown as ``⏎``, and line feeds too when it must stay ``one_line``. A terminal does not act on
    the separators (printed raw they are invisible), but ``str.splitlines``, most editors and pagers take them for
    line ends, so one printed line read as two. The one definition for every text view (``segment``, ``translate``,
    CSV on a terminal)."""
    breaks = _BREAKS if one_line else _SEPARATORS
    return breaks.sub(BREAK_MARK, text) if breaks.search(text) else text


def terminal_safe(text: str) -> str:
    """One field of input text (an id, an author, a file name, model metadata) as it may be printed.

    C0 and C1 controls (so every ESC, CSI and OSC sequence: their introducer becomes ``⟨^[⟩`` or
    ``⟨U+009B⟩`` and the rest plain text), DEL and bidi controls become markers as in
    :func:`visible_controls`; so do tab, line feed, U+2028/U+2029 (a field stays on its one line)
    and lone surrogates (``⟨U+D800⟩``: a UTF-8 terminal cannot be written one). Nothing a terminal
    would obey is left.
    """
    text = visible_controls(text)
    line_re = _line_re()
    if line_re.search(text):
        text = line_re.sub(lambda m: f"⟨{_control_name(m.group())}⟩", text)
    return text


@functools.cache
def _json_unsafe() -> re.Pattern[str]:
    """DEL, C1 controls, bidi controls and the two characters JSON allows raw but JavaScript and
    ``str.splitlines`` take for line ends (C0 controls JSON escapes itself)."""
    return re.compile(f"[\x7f-\x9f{_BIDI_CLASS}\u2028\u2029]")


def json_escaped(text: str) -> str:
    """JSON text (or a piece of it) with every character a terminal or a line splitter could act on
    written as ``\\uXXXX``: the same value for a JSON reader, inert on a screen. Only string contents
    can hold such characters, so any cut of a JSON text between characters may be escaped alone."""
    unsafe = _json_unsafe()
    return unsafe.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if unsafe.search(text) else text


class MadeAsWritten(list):  # type: ignore[type-arg]
    """The JSON form of each of ``items`` (``make(item)``), made only as :class:`json.JSONEncoder`'s
    ``iterencode`` reaches it, and let go once written: a list for the streaming encoder, which
    iterates what it writes (``iterencode`` is plain Python; only ``json.dumps`` without an indent
    takes the C encoder, which reads a list's items directly: give it :func:`list` of this). Holds one
    placeholder item when ``items`` is not empty, so the encoder writes ``[]`` exactly when a list of
    the items' forms would be empty; the output is the same text, byte for byte, as that list's."""

    __slots__ = ("_items", "_make")

    def __init__(self, items: Sequence[Any], make: Callable[[Any], Any]) -> None:
        super().__init__((None,) if items else ())
        self._items = items
        self._make = make

    def __iter__(self) -> Any:
        return map(self._make, self._items)

    def __len__(self) -> int:
        return len(self._items)
