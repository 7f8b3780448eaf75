"""Arabic that reads right in a terminal: wrap first, then reorder each line, then shape.

Most terminals draw characters left to right in the order they arrive, unjoined. For those
(``visual`` mode) each paragraph is wrapped at word boundaries to a width in cells (``wcwidth``),
shaped with arabic-reshaper in logical order (one cell per logical letter: a lam-alef ligature is
padded), then each line is reordered by the Unicode Bidirectional Algorithm with the paragraph's
direction. Wrapping before reordering keeps a long Arabic paragraph reading from the top line down.
python-bidi's Rust engine does the algorithm; what its fast path leaves out, mirroring (rule L4)
and marks after their base (L3), is added here. Terminals that run the algorithm themselves (VTE,
Konsole, mlterm, Terminal.app) get logical order with each Arabic passage isolated (``isolate``);
``off`` only wraps. In every mode, bidi and terminal controls written by users are shown as markers
(:func:`bilingual.safe.visible_controls`), so they cannot reorder or rewrite the output.

:func:`render` returns :class:`Line` objects: ``str`` subclasses (they print and compare as the
visual text) that also carry the map between their characters and offsets in the input.
:func:`reorder` is the algorithm on one line with its levels and order, for the index maps and the
conformance tests.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any, NamedTuple

import wcwidth
from bidi import get_base_level, get_display
from bidi.bidi import get_display_inner

from .errors import InputError
from .safe import visible_controls

MODES = ("visual", "isolate", "off")

FSI, RLI, PDI = "\u2068", "\u2067", "\u2069"

# Paragraphs end at line breaks; the other paragraph-separator controls (\v, \f, \x1c-\x1e, \x85)
# are terminal controls that visible_controls turns into markers.
_PARA_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
# Break opportunities for wrapping: space separators, except the no-break ones.
_WORD = re.compile("[^ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# Every character whose bidi class can be R, AL or AN (assigned or not: these blocks default to
# R/AL), plus the controls that open right-to-left text. A line without any is all level 0 in a
# left-to-right paragraph, so it needs no reordering.
_RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# From the first to the last character of the Arabic blocks: the stretch that may need shaping.
_ARABIC_CLASS = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe"
_ARABIC_STRETCH = re.compile(f"[{_ARABIC_CLASS}](?:.*[{_ARABIC_CLASS}])?", re.DOTALL)
# Arabic letters in presentation forms: text holding any is already shaped and never shaped again.
# (Not the ornate parentheses U+FD3E/F, nor the word-ligature symbols U+FD40-FD4F and U+FDCF-FDFF
# such as U+FDFA, which people type as symbols inside ordinary text.)
_PRESENTATION = re.compile("[\ufb50-\ufd3d\ufd50-\ufdc7\ufe70-\ufefc]")
# Stands in for a lam-alef ligature's padding (at the end of its word) while reordering: bidi class
# AL like the letters around it (so no level changes), a presentation form (so it can never be in
# text we shape), never produced by arabic-reshaper. It becomes a space in the output.
_PAD = "\ufe73"
_ZWJ = "\u200d"
# The ligatures kept when shaping for a terminal: lam-alef is mandatory in Arabic; the others
# (word and sentence ligatures such as ALLAH) draw one wide glyph in a cell meant for one letter.
_LAM_ALEF_LIGATURES = (
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
)
_BIDI_CLASSES_REMOVED_BY_X9 = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
# Rule L1: whitespace and isolate controls (and characters X9 removed among them) before a separator
# or at the line end take the paragraph level.
_L1_SPACES = frozenset({"WS", "FSI", "LRI", "RLI", "PDI"}) | _BIDI_CLASSES_REMOVED_BY_X9
# Characters rule L3 does not treat as the base of the marks after them: controls and separators,
# which are not drawn (the marks then stay where the algorithm put them).
_NOT_BASES = _BIDI_CLASSES_REMOVED_BY_X9 | {"S", "B", "LRI", "RLI", "FSI", "PDI"}
# python-bidi's debug output (Rust ``BidiInfo`` in ``{:#?}`` form): where the classes and levels lists are.
_CLASSES_OPEN = "\n    original_classes: [\n"
_LEVELS_OPEN = "\n    ],\n    levels: [\n"
_LEVELS_CLOSE = "\n    ],\n    paragraphs: ["
_DEBUG_NOISE = str.maketrans("", "", "Level()\n ")
# Probes for :func:`_visual`: the variation selectors VS17-VS256 (bidi class NSM, zero width).
_PROBE_BASE = 0xE0100
_PROBE_PAIRS = 120
_PROBE = re.compile("[\U000e0100-\U000e01ef]")
_PROBE_PAIR = re.compile("[\U000e0100-\U000e01ef]{2}")


# --- cells ------------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes (``wcwidth``): East Asian wide and emoji 2, combining marks 0.

    Control characters count 0; :func:`render` shows them as markers before measuring.
    """
    if text.isascii() and text.isprintable():
        return len(text)
    if max(text) < "\u0900" and not _CONTROL.search(text):  # Latin ... Arabic: one cell a character, marks none
        return len(text) - len(_zero_width_below_0900().findall(text))
    cells = wcwidth.wcswidth(text)
    return cells if cells >= 0 else wcwidth.width(text, control_codes="ignore")


@lru_cache(maxsize=1)
def _zero_width_below_0900() -> re.Pattern[str]:
    """The characters below U+0900 that take no cell (``wcwidth`` 0 or control), as a ``re`` class.

    Below U+0900 no grapheme cluster is wider than its characters, so counting them is exact.
    """
    zero = (chr(c) for c in range(0x900) if wcwidth.wcwidth(chr(c)) <= 0)
    return re.compile("[" + "".join(map(re.escape, zero)) + "]")


# --- mode -------------------------------------------------------------------------------------


def resolve_mode(mode: str = "auto", environ: Mapping[str, str] | None = None) -> str:
    """``visual``, ``isolate`` or ``off`` for ``mode``; ``auto`` reads ``BILINGUAL_BIDI``, then the terminal.

    Raises ``ValueError`` for an unknown ``mode`` and :class:`InputError` for a bad ``BILINGUAL_BIDI``.
    """
    if mode in MODES:
        return mode
    if mode != "auto":
        raise ValueError(f"unknown bidi mode {mode!r}: choose auto, {', '.join(MODES)}")
    env = os.environ if environ is None else environ
    override = env.get("BILINGUAL_BIDI", "").strip().lower()
    if override and override != "auto":
        if override not in MODES:
            raise InputError(f"{override!r} is not a bidi mode: choose auto, {', '.join(MODES)}", "BILINGUAL_BIDI")
        return override
    return terminal_mode(env)


def terminal_mode(environ: Mapping[str, str]) -> str:
    """The mode the terminal described by ``environ`` needs: ``isolate`` where it runs bidi itself.

    VTE 0.58+ (GNOME Terminal, Tilix, xfce4-terminal...), Konsole, mlterm, mintty, macOS Terminal
    and Emacs reorder by themselves; everything else (Windows Terminal, Alacritty, xterm, kitty,
    Ghostty, WezTerm, iTerm2, VS Code) draws cells as given and gets ``visual``.
    """
    term = environ.get("TERM", "")
    program = environ.get("TERM_PROGRAM", "")
    vte = environ.get("VTE_VERSION", "")
    if environ.get("INSIDE_EMACS"):
        return "isolate"
    if vte.isdigit() and int(vte) >= 5800:
        return "isolate"
    if environ.get("KONSOLE_VERSION") or environ.get("MLTERM") or term.startswith("mlterm"):
        return "isolate"
    if program in ("Apple_Terminal", "mintty"):
        return "isolate"
    if term == "dumb":
        return "off"
    return "visual"


# --- bidi -------------------------------------------------------------------------------------


class Reordering(NamedTuple):
    """One line after the bidi algorithm: the visual text and how it maps to the logical one."""

    text: str  # visual order, left to right, with rules L3 (marks after base) and L4 (mirroring)
    order: tuple[int, ...]  # order[v]: logical index of the character at visual position v
    levels: tuple[int, ...]  # resolved embedding level of each logical character, after L1
    base: int  # paragraph embedding level: 0 left-to-right, 1 right-to-left


@lru_cache(maxsize=1)
def mirror_pairs() -> dict[str, str]:
    """Bidi_Mirroring_Glyph from ``bilingual/data/bidi_mirroring.txt`` (Unicode 15.0 BidiMirroring.txt)."""
    table = resources.files("bilingual").joinpath("data/bidi_mirroring.txt").read_text(encoding="utf-8")
    pairs: dict[str, str] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split()
            pairs[chr(int(a, 16))] = chr(int(b, 16))
    return pairs


@lru_cache(maxsize=1)
def _mirrored_re() -> re.Pattern[str]:
    """Any character with a mirror glyph (a ``re`` class: far faster than ``regex`` on a set this size)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(mirror_pairs())) + "]")


@lru_cache(maxsize=1)
def _marks_re() -> Any:
    """A run of nonspacing marks (bidi class NSM)."""
    import regex

    return regex.compile(r"\p{Bidi_Class=NSM}+")


@lru_cache(maxsize=1)
def _not_for_get_display() -> Any:
    """What :func:`_visual` leaves to :func:`reorder`: characters rule X9 removes, paragraph separators."""
    import regex

    return regex.compile(r"[\p{Bidi_Class=BN}\p{Bidi_Class=B}\u202a-\u202e]")


@lru_cache(maxsize=1)
def _emoji_sequence_re() -> Any:
    """An emoji sequence the algorithm would reverse inside a right-to-left run: an emoji with a
    modifier (👍🏽), joined by ZWJ (👨‍👩‍👧), with tags, or a flag (🇸🇾, two regional indicators);
    reversed, it draws as other glyphs (🇾🇸) and wider."""
    import regex

    return regex.compile(
        r"(?:\p{Extended_Pictographic}\ufe0f?|\p{Regional_Indicator})"
        r"[\p{Emoji_Modifier}\u200d\U000e0020-\U000e007f\p{Regional_Indicator}]"
    )


def _keep_emoji_sequences(order: list[int], line: str) -> list[int]:
    """Put each emoji sequence reversed by a right-to-left run back in logical order (as L3 does for marks)."""
    import regex

    cluster = [-1] * len(line)
    for k, m in enumerate(regex.finditer(r"\X", line)):
        if m.end() - m.start() > 1 and _emoji_sequence_re().search(m.group()):
            cluster[m.start() : m.end()] = [k] * (m.end() - m.start())
    out: list[int] = []
    n = len(order)
    v = 0
    while v < n:
        w = v + 1
        if cluster[order[v]] >= 0:
            while w < n and cluster[order[w]] == cluster[order[v]]:
                w += 1
        out.extend(sorted(order[v:w]))
        v = w
    return out


def _sites(line: str) -> list[tuple[int, int]]:
    """What rules L3 and L4 act on, as ``(start, end)``: a character with its marks, or a mirrored character."""
    marks = [
        (m.start() - 1, m.end())
        for m in _marks_re().finditer(line)
        if m.start() and unicodedata.bidirectional(line[m.start() - 1]) not in _NOT_BASES
    ]
    mirrored = [(m.start(), m.end()) for m in _mirrored_re().finditer(line)]
    if not mirrored:
        return marks
    bases = {start for start, _ in marks}
    return sorted(marks + [site for site in mirrored if site[0] not in bases])


def _levels_and_classes(text: str, base: str | None) -> tuple[list[int], list[str]]:
    """Embedding levels (before L1) and bidi classes of each character, from python-bidi's Rust engine.

    Its ``get_display`` keeps them to itself; its debug output (the Rust ``BidiInfo``) lists them
    per UTF-8 byte, so they are read there and picked at each character's first byte.
    """
    info = get_display_inner(text, base, True)
    # The text field comes first with its newlines escaped, so these markers cannot occur in it.
    c0 = info.index(_CLASSES_OPEN) + len(_CLASSES_OPEN)
    c1 = info.index(_LEVELS_OPEN, c0)
    l1 = info.index(_LEVELS_CLOSE, c1)
    classes = info[c0:c1].replace(",", " ").split()
    levels = info[c1 + len(_LEVELS_OPEN) : l1].translate(_DEBUG_NOISE).split(",,")
    if text.isascii():
        return [int(x) for x in levels[: len(text)]], classes
    starts = accumulate(map(len, map(str.encode, text[:-1])), initial=0)
    picked = [(levels[b], classes[b]) for b in starts]
    return [int(x) for x, _ in picked], [c for _, c in picked]


def _rule_l1(levels: list[int], classes: Sequence[str], para: int) -> list[int]:
    """Separators, and the whitespace before them or at the line end, take the paragraph level.

    Characters removed by rule X9 count as whitespace here (UAX #9, section 5.2).
    """
    trailing = True
    for i in range(len(levels) - 1, -1, -1):
        cls = classes[i]
        if cls == "S" or cls == "B":
            levels[i] = para
            trailing = True
        elif trailing and cls in _L1_SPACES:
            levels[i] = para
        else:
            trailing = False
    return levels


def _rule_l2(levels: Sequence[int]) -> list[int]:
    """Visual order: from the highest level down to the lowest odd one, reverse every run at or above it."""
    n = len(levels)
    order = list(range(n))
    high = max(levels, default=0)
    if high == 0:
        return order
    seen = list(levels)
    for level in range(high, (min(levels) | 1) - 1, -1):
        i = 0
        while i < n:
            if seen[i] < level:
                i += 1
                continue
            j = i + 1
            while j < n and seen[j] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            seen[i:j] = seen[i:j][::-1]
            i = j
    return order


def _rule_l3(order: list[int], levels: Sequence[int], classes: Sequence[str]) -> list[int]:
    """Put combining marks back after their base where a right-to-left run reversed them before it."""
    out: list[int] = []
    n = len(order)
    v = 0
    while v < n:
        i = order[v]
        if classes[i] != "NSM" or not levels[i] & 1:
            out.append(i)
            v += 1
            continue
        w = v + 1  # marks of one base sit in descending logical order, at one level
        while w < n and classes[order[w]] == "NSM" and order[w] == order[w - 1] - 1 and levels[order[w]] == levels[i]:
            w += 1
        if w < n and order[w] == order[w - 1] - 1 and levels[order[w]] == levels[i] and classes[order[w]] not in _NOT_BASES:
            out.append(order[w])
            out.extend(reversed(order[v:w]))
            v = w + 1
        else:
            out.extend(order[v:w])
            v = w
    return out


def reorder(line: str, base: int | None = None, *, marks_after_base: bool = True) -> Reordering:
    """Run the bidi algorithm on one line: levels from python-bidi, then rules L1-L4.

    ``base`` forces the paragraph level (0 or 1; ``None``: rules P2-P3). ``marks_after_base=False``
    leaves out rule L3, as the Unicode conformance files do.
    """
    if not line:
        return Reordering("", (), (), base or 0)
    levels, classes = _levels_and_classes(line, None if base is None else "LR"[base])
    para = get_base_level(line) if base is None else base
    levels = _rule_l1(levels, classes, para)
    order = _rule_l2(levels)
    if marks_after_base and "NSM" in classes:
        order = _rule_l3(order, levels, classes)
    if marks_after_base and _emoji_sequence_re().search(line):
        order = _keep_emoji_sequences(order, line)
    mirrors = mirror_pairs()
    text = "".join(mirrors.get(line[i], line[i]) if levels[i] & 1 else line[i] for i in order)
    return Reordering(text, tuple(order), tuple(levels), para)


def _visual(line: str, base: int) -> str:
    """``reorder(line, base).text``, from python-bidi's ``get_display`` alone (no level list needed).

    Each mark cluster or mirrored character is followed by two probes (unique nonspacing marks,
    which take the level of what precedes them and change no other level): their order in the
    output tells whether the site was reversed, so its marks go back after their base (L3) and a
    mirrored character takes its mirror glyph (L4). Lines the probes cannot serve go through
    :func:`reorder`, and so do lines with characters rule X9 removes (ZWJ, ZWNJ, soft hyphen...:
    python-bidi places them at line ends unlike section 5.2 of UAX #9) or with a paragraph
    separator (python-bidi would start a new paragraph), and so do lines with emoji sequences.
    """
    if _not_for_get_display().search(line) or _emoji_sequence_re().search(line):
        return reorder(line, base).text
    direction = "R" if base else "L"
    sites = _sites(line)
    if not sites:
        return get_display(line, base_dir=direction)
    if len(sites) > _PROBE_PAIRS or _PROBE.search(line):
        return reorder(line, base).text
    pieces: list[str] = []
    pos = 0
    for n, (start, end) in enumerate(sites):
        pieces += [line[pos:end], chr(_PROBE_BASE + 2 * n), chr(_PROBE_BASE + 2 * n + 1)]
        pos = end
    pieces.append(line[pos:])
    shown = get_display("".join(pieces), base_dir=direction)
    mirrors = mirror_pairs()
    out: list[str] = []
    last = 0
    for m in _PROBE_PAIR.finditer(shown):
        first, second = (ord(c) - _PROBE_BASE for c in m.group())
        a, b = m.span()
        reversed_site = first == second + 1 and not second & 1
        if not reversed_site and (second != first + 1 or first & 1):
            return reorder(line, base).text
        start, end = sites[min(first, second) >> 1]
        site = line[start:end]
        if reversed_site:
            if shown[b : b + len(site)] != site[::-1]:
                return reorder(line, base).text
            out += [shown[last:a], mirrors.get(site[0], site[0]), site[1:]]
            last = b + len(site)
        else:
            if shown[a - len(site) : a] != site:
                return reorder(line, base).text
            out.append(shown[last:a])
            last = b
    out.append(shown[last:])
    return "".join(out)


# --- shaping ----------------------------------------------------------------------------------


class _Settings:
    """A frozen copy of an arabic-reshaper configuration section, answering ``getboolean``/``get``.

    arabic-reshaper queries its ConfigParser section on every call, and those lookups cost more
    than shaping a short line; the copy answers the same values without that cost.
    """

    def __init__(self, section: Any) -> None:
        self._raw = {key: section.get(key) for key in section}
        self._bool: dict[str, bool] = {}
        for key in section:
            try:
                self._bool[key] = section.getboolean(key)
            except ValueError:
                pass

    def getboolean(self, key: str) -> bool:
        """The boolean value of ``key`` (keys are case-insensitive, as in ConfigParser)."""
        return self._bool[key.lower()]

    def get(self, key: str, fallback: Any = None) -> Any:
        """The raw value of ``key``."""
        return self._raw.get(key.lower(), fallback)


@lru_cache(maxsize=1)
def _terminal_config() -> tuple[tuple[str, str], ...]:
    """arabic-reshaper settings for a terminal: harakat and tatweel kept, lam-alef the only ligatures."""
    from arabic_reshaper.ligatures import LIGATURES

    config = {name: str(name in _LAM_ALEF_LIGATURES) for name, _ in LIGATURES}
    config.update(
        delete_harakat="False", shift_harakat_position="False", delete_tatweel="False", support_zwj="True",
        use_unshaped_instead_of_isolated="False", support_ligatures="True",
    )
    return tuple(sorted(config.items()))


@lru_cache(maxsize=16)
def _reshaper(config: tuple[tuple[str, str], ...]) -> Any:
    """An ``ArabicReshaper`` for these settings (over arabic-reshaper's defaults), built once."""
    from arabic_reshaper import ArabicReshaper

    reshaper = ArabicReshaper(configuration=dict(config))
    reshaper.configuration = _Settings(reshaper.configuration)
    return reshaper


def _reshape(reshaper: Any, text: str) -> str:
    """``reshaper.reshape(text)``; ``text`` unchanged where arabic-reshaper fails on it.

    arabic-reshaper 3.1 raises IndexError on a ZWJ before a lam-alef pair (it places the ligature
    by indices that dropping the ZWJ has shifted); such text is shown unshaped, not lost.
    """
    try:
        return reshaper.reshape(text)
    except IndexError:
        return text


@lru_cache(maxsize=1)
def _ligature_letters() -> dict[str, str]:
    """Each ligature arabic-reshaper can produce -> the text it replaces.

    That is the ligature's NFKC decomposition, or, for the few without one (U+FDFD BISMILLAH),
    arabic-reshaper's own literal match.
    """
    from arabic_reshaper.ligatures import LIGATURES

    out: dict[str, str] = {}
    for _, (match, forms) in LIGATURES:
        for form in filter(None, forms):
            letters = unicodedata.normalize("NFKC", form)
            if letters == form and re.escape(match) == match.replace(" ", "\\ "):
                letters = match
            out.setdefault(form, letters)
    return out


@lru_cache(maxsize=1)
def _word_char() -> Any:
    """One character of an Arabic word, shaped or not: an Arabic-script letter or mark, ZWJ, ZWNJ."""
    import regex

    return regex.compile(r"[[\p{scx=Arabic}&&[\p{L}\p{M}]]\u200c\u200d]", regex.V1)


@lru_cache(maxsize=1)
def _ligature_re() -> Any:
    """A ligature and the rest of its word, where its padding goes."""
    import regex

    forms = "".join(sorted(_ligature_letters()))
    return regex.compile(f"[{forms}]{_word_char().pattern}*", regex.V1)


def shape(text: str, *, pad: bool = True, config: Mapping[str, Any] | None = None) -> str:
    """Arabic letters in their joined forms (arabic-reshaper), in logical order.

    ``config`` overrides arabic-reshaper's default settings; ``None`` uses the terminal settings
    (harakat and tatweel kept, lam-alef the only ligatures). With ``pad``, each word holding a
    ligature ends with as many spaces as the ligature saved cells, so every word keeps one cell per
    logical letter (ICU's fixed-length shaping; at the word's end, since a space inside the word
    would split it). Text already holding presentation forms is returned unchanged.
    """
    if _PRESENTATION.search(text):
        return text
    key = _terminal_config() if config is None else tuple(sorted((k, str(v)) for k, v in config.items()))
    shaped = _reshape(_reshaper(key), text)
    if not pad:
        return shaped
    letters = _ligature_letters()

    def padded(m: Any) -> str:
        word = m.group()  # one space per cell each ligature of the word saved (لآلآ holds two)
        return word + " " * sum(display_width(letters[c]) - display_width(c) for c in word if c in letters)

    return _ligature_re().sub(padded, shaped)


def _shape_aligned(text: str) -> str:
    """``text`` shaped for a terminal with one character per logical character, lam-alef padding as :data:`_PAD`.

    Each word keeps its length (a ligature saves one character, its padding ends the word), so line
    ranges found on the logical text cut the shaped text at the same words. Only the stretch from
    the first to the last Arabic character goes through arabic-reshaper (nothing joins outside it).
    Text arabic-reshaper does not shape letter for letter (ZWJ inside a ligature) is left unshaped.
    """
    span = _ARABIC_STRETCH.search(text)
    if span is None:
        return text
    a, b = span.span()
    return text[:a] + _shape_stretch(text[a:b]) + text[b:]


def _shape_stretch(text: str) -> str:
    """:func:`_shape_aligned` on a stretch that starts and ends with Arabic characters."""
    out = _reshape(_reshaper(_terminal_config()), text)
    if len(out) == len(text):  # no ZWJ dropped and no ligature formed: aligned as it is
        return out
    if _ZWJ not in text:
        out = _ligature_re().sub(_pad_word, out)
        if len(out) == len(text):
            return out
    aligned = _stretch_source(text)
    return text if aligned is None else aligned[0]


def _pad_word(m: Any) -> str:
    """A word holding ligatures, followed by one :data:`_PAD` per letter they saved."""
    word = m.group()
    letters = _ligature_letters()
    return word + _PAD * sum(len(letters[c]) - 1 for c in word if c in letters)


def _shaped_source(text: str) -> tuple[str, list[int]] | None:
    """:func:`_shape_aligned`'s text built letter by letter, with the logical index of each position.

    ``None`` when arabic-reshaper's output does not match ``text`` letter for letter.
    """
    span = _ARABIC_STRETCH.search(text)
    if span is None:
        return text, list(range(len(text)))
    a, b = span.span()
    stretch = _stretch_source(text[a:b])
    if stretch is None:
        return None
    return text[:a] + stretch[0] + text[b:], [*range(a), *(a + i for i in stretch[1]), *range(b, len(text))]


def _stretch_source(text: str) -> tuple[str, list[int]] | None:
    """:func:`_shaped_source` on one stretch of :func:`_shape_aligned`."""
    reshaper = _reshaper(_terminal_config())
    out = _reshape(reshaper, text)
    from arabic_reshaper.arabic_reshaper import HARAKAT_RE

    ligatures = _ligature_letters()
    forms = reshaper.letters
    word_char = _word_char()
    res: list[str] = []
    src: list[int] = []
    absorbed: list[str] = []  # letters of the last ligature still to come in the input
    pads: list[int] = []  # their logical indices, padded at the end of the word
    j = 0
    for i, ch in enumerate(text):
        harakah = HARAKAT_RE.match(ch) is not None
        if absorbed and not harakah:
            if ch != absorbed.pop(0):
                return None
            pads.append(i)
            continue
        if pads and not word_char.match(ch):
            res.extend(_PAD * len(pads))
            src.extend(pads)
            pads = []
        if ch == _ZWJ:  # arabic-reshaper drops it once the letters around it are joined
            res.append(ch)
            src.append(i)
            continue
        if j >= len(out):
            return None
        o = out[j]
        j += 1
        if o in ligatures:
            if ch != ligatures[o][0]:
                return None
            absorbed = list(ligatures[o][1:])
        elif o != ch and o not in forms.get(ch, ()):
            return None
        res.append(o)
        src.append(i)
    if absorbed or j != len(out):
        return None
    res.extend(_PAD * len(pads))
    src.extend(pads)
    return "".join(res), src


# --- wrapping ---------------------------------------------------------------------------------


def _displayable(para: str) -> tuple[str, list[int] | None]:
    """``para`` as it can be shown: controls as markers, tabs as spaces, lone surrogates as U+FFFD.

    Returns the text and, when it differs, the offset in ``para`` of each of its characters plus
    one past the end (``None``: the same text).
    """
    if "\t" not in para and not _SURROGATE.search(para) and visible_controls(para) == para:
        return para, None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(para):
        if ch == "\t":
            piece = " " * (8 - display_width("".join(out)) % 8)
        elif "\ud800" <= ch <= "\udfff":
            piece = "\ufffd"
        else:
            piece = visible_controls(ch)
        out.append(piece)
        origin.extend([i] * len(piece))
    origin.append(len(para))
    return "".join(out), origin


def _wrap(s: str, width: int | None) -> list[tuple[int, int]]:
    """Lines of ``s`` as ``(start, end)``: broken at spaces to fit ``width`` cells, words cut only when longer.

    The paragraph's indentation stays on its first line; the spaces at a break belong to no line.
    """
    n = len(s)
    if width is None or (n <= width and (n == 0 or max(s) < "\u1100")) or display_width(s) <= width:
        return [(0, n)]
    lines: list[tuple[int, int]] = []
    start = -1
    col = 0
    prev = 0
    for m in _WORD.finditer(s):
        a, b = m.span()
        w = display_width(m.group())
        if start < 0:
            indent = display_width(s[:a])
            if indent + w <= width:
                start, col, prev = 0, indent + w, b
                continue
            start = a
        else:
            gap = display_width(s[prev:a])
            if col + gap + w <= width:
                col += gap + w
                prev = b
                continue
            lines.append((start, prev))
            start = a
        col, prev = w, b
        if w <= width:
            continue
        col, pos = 0, a  # the word alone is wider than a line: cut it between graphemes
        for cluster in wcwidth.iter_graphemes(s, a, b):
            # A cluster wider than a line (a lone emoji modifier after a letter: 'a🏻' is 3 cells) is cut
            # between its characters.
            for g in (cluster,) if len(cluster) == 1 or display_width(cluster) <= width else cluster:
                gw = display_width(g)
                if col + gw > width and pos > start:
                    lines.append((start, pos))
                    start, col = pos, 0
                col += gw
                pos += len(g)
    if start < 0:
        return [(0, 0)]
    lines.append((start, prev))
    return lines


# --- rendering --------------------------------------------------------------------------------


class Line(str):
    """One line of :func:`render`: the ``str`` to print, plus where each of its characters comes from.

    A ``str`` subclass, so lines print, join and compare as text. ``start``/``end`` delimit the
    input characters the line shows; ``rtl`` is true for a visual line of a right-to-left paragraph
    (which a caller may right-align). :attr:`logical` gives, for each character of the line, the
    offset in the input of the character it shows (``-1`` for isolate controls added by ``isolate``
    mode); :attr:`visual` is the inverse. Both are computed on first use, so rendering for display
    pays nothing for them.
    """

    start: int
    end: int
    rtl: bool
    _mapper: Callable[[], Iterable[int]]
    _logical: tuple[int, ...] | None
    _visual: dict[int, int] | None

    def __new__(
        cls, text: str = "", start: int = 0, end: int = 0, mapper: Callable[[], Iterable[int]] | None = None,
        rtl: bool = False,
    ) -> Line:
        self = super().__new__(cls, text)
        self.start = start
        self.end = end
        self.rtl = rtl
        self._mapper = mapper if mapper is not None else (lambda: range(start, start + len(text)))
        self._logical = None
        self._visual = None
        return self

    @property
    def logical(self) -> tuple[int, ...]:
        """Visual index -> offset in the input (a lam-alef's padding space maps to its alef)."""
        if self._logical is None:
            self._logical = tuple(self._mapper())
        return self._logical

    @property
    def visual(self) -> dict[int, int]:
        """Offset in the input -> index of the first character of this line that shows it."""
        if self._visual is None:
            visual: dict[int, int] = {}
            for v, offset in enumerate(self.logical):
                if offset >= 0:
                    visual.setdefault(offset, v)
            self._visual = visual
        return self._visual


def render(text: str, width: int | None = None, mode: str = "auto") -> list[Line]:
    """The visual lines to print for ``text``: one paragraph per line break, each wrapped to ``width`` cells.

    ``mode`` is ``visual`` (reordered and shaped here), ``isolate`` (logical order, Arabic passages in
    FSI..PDI), ``off`` (logical order) or ``auto`` (:func:`resolve_mode`). ``width=None`` does not wrap.
    """
    mode = resolve_mode(mode)
    if width is not None and width < 1:
        raise ValueError(f"width must be at least 1 cell, not {width}")
    lines: list[Line] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        lines.extend(_render_paragraph(text[pos : m.start()], pos, width, mode))
        pos = m.end()
    lines.extend(_render_paragraph(text[pos:], pos, width, mode))
    return lines


def _render_paragraph(para: str, offset: int, width: int | None, mode: str) -> list[Line]:
    """The lines of one paragraph starting at ``offset`` in the rendered text."""
    disp, origin = _displayable(para)

    def to_text(d: int) -> int:
        return offset + (origin[d] if origin is not None else d)

    def bounds(a: int, b: int) -> tuple[int, int]:
        return to_text(a), (to_text(b - 1) + 1 if b > a else to_text(a))

    ranges = _wrap(disp, width)
    if mode == "off" or not _RTL.search(disp):
        return [Line(disp[a:b], *bounds(a, b), _mapper(to_text, range(a, b))) for a, b in ranges]
    base = get_base_level(disp)
    if mode == "isolate" and base:  # a right-to-left paragraph: each whole line in RLI..PDI
        return [Line(RLI + disp[a:b] + PDI, *bounds(a, b), _mapper(to_text, [-1, *range(a, b), -1])) for a, b in ranges]
    if mode == "isolate":
        return _isolate_passages(disp, ranges, bounds, to_text)
    shaped = disp if _PRESENTATION.search(disp) else _shape_aligned(disp)
    padded = _PAD in shaped
    source = _lazy_source(disp, shaped)
    out = []
    for a, b in ranges:
        seg = shaped[a:b]
        order: Sequence[int] | None = None
        if base == 0 and not _RTL.search(seg):
            visual, order = seg, range(b - a)
        else:
            visual = _visual(seg, base)
        if padded:
            visual = visual.replace(_PAD, " ")
        out.append(Line(visual, *bounds(a, b), _visual_mapper(seg, base, order, a, source, to_text), rtl=bool(base)))
    return out


def _mapper(to_text: Callable[[int], int], indices: Iterable[int]) -> Callable[[], list[int]]:
    return lambda: [to_text(d) if d >= 0 else -1 for d in indices]


def _lazy_source(disp: str, shaped: str) -> Callable[[], list[int] | None]:
    """The logical index of each position of ``shaped`` (``None``: the same), worked out once, when asked."""
    cache: list[list[int] | None] = []

    def source() -> list[int] | None:
        if not cache:
            aligned = _shaped_source(disp) if shaped != disp and _PAD in shaped else None
            cache.append(aligned[1] if aligned is not None and aligned[0] == shaped else None)
        return cache[0]

    return source


def _visual_mapper(
    seg: str, base: int, order: Sequence[int] | None, a: int, source: Callable[[], list[int] | None],
    to_text: Callable[[int], int],
) -> Callable[[], list[int]]:
    """Visual index -> input offset for a reordered line; the order is computed on first use."""

    def mapping() -> list[int]:
        visual_order = order if order is not None else reorder(seg, base).order
        src = source()
        return [to_text(src[a + k] if src is not None else a + k) for k in visual_order]

    return mapping


def _isolate_passages(
    disp: str, ranges: list[tuple[int, int]], bounds: Callable[[int, int], tuple[int, int]], to_text: Callable[[int], int]
) -> list[Line]:
    """Lines of a left-to-right paragraph for a bidi terminal: each Arabic passage part in FSI..PDI."""
    from .segment import segment

    passages = [(s.start, s.end) for s in segment(disp) if s.kind == "arabic"]
    out = []
    for a, b in ranges:
        pieces: list[str] = []
        indices: list[int] = []
        pos = a
        for s, e in passages:
            s, e = max(s, a), min(e, b)
            if s >= e:
                continue
            pieces += [disp[pos:s], FSI, disp[s:e], PDI]
            indices += [*range(pos, s), -1, *range(s, e), -1]
            pos = e
        pieces.append(disp[pos:b])
        indices += range(pos, b)
        out.append(Line("".join(pieces), *bounds(a, b), _mapper(to_text, indices)))
    return out
