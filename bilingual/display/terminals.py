"""Which terminal this is, what it does with right-to-left text, and the display mode it needs.

Terminals fall in three groups (issue 17, checked in kitty, VTE, tmux and the terminals' docs):

* **They reorder by themselves** (the Unicode Bidirectional Algorithm, and Arabic shaping): VTE 0.58
  and later (GNOME Terminal, Tilix, xfce4-terminal, Terminator...; ``VTE_VERSION`` >= 5800), Konsole,
  mlterm, mintty, PuTTY and macOS Terminal, and Emacs' terminals. They get logical order, each
  Arabic passage isolated (mode ``isolate``). PuTTY sets no variable to tell it by: set
  ``BILINGUAL_BIDI=isolate`` there.
* **Opt-in**: WezTerm (``bidi_enabled = true``) and iTerm2 (its bidi setting). By default they draw
  cells as given, so they get ``visual``; turned on, set ``BILINGUAL_BIDI=isolate``.
* **None**: Alacritty, Ghostty, xterm.js (VS Code, browser terminals), Windows Terminal, xterm,
  foot, tmux's own rendering: cells are drawn left to right as they come, so the toolkit reorders
  and shapes (mode ``visual``).

kitty is apart: it runs no bidi algorithm, but with its default ``force_ltr no`` it draws each
right-to-left *word* right to left itself. It gets words in visual order with each word's letters
in logical order (mode ``kitty``); ``visual`` would come out with every word's letters reversed.

VTE and mintty obey ECMA-48's BDSM (mode 8): ``ESC [8l`` turns their own bidi off, ``ESC [8h``
(their default) back on. When the toolkit reorders itself (``visual`` or ``kitty``, chosen with
``--bidi`` or ``BILINGUAL_BIDI``) on one of them, :func:`own_bidi_off` sends ``ESC [8l`` before the
output and ``ESC [8h`` after it, so the terminal does not reorder the already reordered lines
again. By default (``auto``) VTE is left to do its own bidi: it shapes with the font and keeps
selection and copy in logical order, which reordered text loses.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import NamedTuple, TextIO

from ..errors import InputError

__all__ = [
    "BDSM_EXPLICIT", "BDSM_IMPLICIT", "MODES", "SELF_REORDERING", "TERMINALS", "Terminal",
    "output_mode", "own_bidi_off", "resolve_mode", "terminal_mode",
]

#: The display modes: reordered and shaped here (``visual``), the same with each right-to-left word's
#: letters back in logical order for kitty (``kitty``), logical order with Arabic passages isolated
#: for terminals that reorder by themselves (``isolate``), logical order as it is (``off``).
MODES = ("visual", "kitty", "isolate", "off")
#: The modes in which the toolkit reorders lines itself.
SELF_REORDERING = frozenset({"visual", "kitty"})
#: ECMA-48 BDSM: explicit mode (the terminal's own bidi off), and implicit mode (on; VTE's default).
BDSM_EXPLICIT = "\x1b[8l"
BDSM_IMPLICIT = "\x1b[8h"


class Terminal(NamedTuple):
    """One terminal family: how it is told apart, what it does with bidi, the mode ``auto`` picks."""

    name: str
    detected_by: str
    bidi: str  # "itself", "opt-in", "words" (kitty) or "none"
    mode: str


#: The terminals known, in the order :func:`terminal_mode` tests them (``bilingual show --help`` says the same).
TERMINALS: tuple[Terminal, ...] = (
    Terminal("Emacs (term, vterm, eat)", "INSIDE_EMACS", "itself", "isolate"),
    Terminal("VTE >= 0.58 (GNOME Terminal, Tilix, xfce4-terminal)", "VTE_VERSION >= 5800", "itself", "isolate"),
    Terminal("Konsole", "KONSOLE_VERSION", "itself", "isolate"),
    Terminal("mlterm", "MLTERM or TERM=mlterm*", "itself", "isolate"),
    Terminal("mintty", "TERM_PROGRAM=mintty", "itself", "isolate"),
    Terminal("macOS Terminal", "TERM_PROGRAM=Apple_Terminal", "itself", "isolate"),
    Terminal("PuTTY", "(nothing: set BILINGUAL_BIDI=isolate)", "itself", "isolate"),
    Terminal("kitty", "KITTY_WINDOW_ID or TERM=xterm-kitty", "words", "kitty"),
    Terminal("WezTerm", "TERM_PROGRAM=WezTerm", "opt-in", "visual"),
    Terminal("iTerm2", "TERM_PROGRAM=iTerm.app", "opt-in", "visual"),
    Terminal("Alacritty, Ghostty, xterm.js, Windows Terminal, xterm", "(anything else)", "none", "visual"),
)


def _vte(environ: Mapping[str, str]) -> bool:
    """True in a VTE terminal that runs bidi itself (0.58 and later)."""
    vte = environ.get("VTE_VERSION", "")
    return vte.isdigit() and int(vte) >= 5800


def terminal_mode(environ: Mapping[str, str]) -> str:
    """The mode the terminal described by ``environ`` needs (see :data:`TERMINALS`)."""
    term = environ.get("TERM", "")
    program = environ.get("TERM_PROGRAM", "")
    if environ.get("INSIDE_EMACS") or _vte(environ):
        return "isolate"
    if environ.get("KONSOLE_VERSION") or environ.get("MLTERM") or term.startswith("mlterm"):
        return "isolate"
    if program in ("Apple_Terminal", "mintty"):
        return "isolate"
    if environ.get("KITTY_WINDOW_ID") or term == "xterm-kitty":
        return "kitty"
    if term == "dumb":
        return "off"
    return "visual"


def resolve_mode(mode: str = "auto", environ: Mapping[str, str] | None = None) -> str:
    """One of :data:`MODES` for ``mode``; ``auto`` reads ``BILINGUAL_BIDI``, then the terminal.

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


def output_mode(bidi: str | None, is_terminal: bool, environ: Mapping[str, str] | None = None) -> str:
    """The mode for output that goes to a terminal or not: ``bidi`` as asked (``None``: ``auto``),
    except that ``auto`` gives plain logical text (``off``) when the output is not a terminal and
    ``BILINGUAL_BIDI`` is not set: a file or a pipe gets the characters as written."""
    env = os.environ if environ is None else environ
    if bidi in (None, "auto") and not is_terminal and not env.get("BILINGUAL_BIDI"):
        return "off"
    return resolve_mode(bidi or "auto", env)


def _obeys_bdsm(environ: Mapping[str, str]) -> bool:
    """True for the terminals known to switch their own bidi with BDSM (mode 8): VTE >= 0.58, mintty."""
    return _vte(environ) or environ.get("TERM_PROGRAM") == "mintty"


@contextmanager
def own_bidi_off(mode: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> Iterator[None]:
    """Around output in ``mode``: the terminal's own bidi off while the toolkit's reordered lines print.

    Writes ``ESC [8l`` to ``stream`` on entry and ``ESC [8h`` on exit (also on an error or Ctrl-C)
    when ``mode`` reorders (``visual``, ``kitty``), ``stream`` is a terminal, and the terminal obeys
    BDSM (VTE >= 0.58, mintty). Otherwise it writes nothing: a file or a pipe never gets them.
    """
    env = os.environ if environ is None else environ
    active = mode in SELF_REORDERING and _isatty(stream) and _obeys_bdsm(env)
    if active:
        stream.write(BDSM_EXPLICIT)
        stream.flush()
    try:
        yield
    finally:
        if active:
            stream.write(BDSM_IMPLICIT)
            stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a real file
        return False


def terminal_width(width: int | None = None) -> int:
    """The cells text is laid out in for a terminal view (``show``, ``thread``, ``report -f terminal``): ``width``
    when the user gave one, else ``COLUMNS`` when it is a positive number, else the terminal's own size, else 80
    (:func:`shutil.get_terminal_size`). The one reading of the width: rich took ``COLUMNS=0`` for a width of 0 and
    ``report -f terminal`` printed nothing, status 0."""
    import shutil

    return width if width is not None else shutil.get_terminal_size().columns
