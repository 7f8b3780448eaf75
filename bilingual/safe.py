"""Make invisible characters that can change what a reader sees visible, before text reaches a screen.

Bidi controls (Trojan-Source style RLO, LRI, ...) reorder whatever follows them, and terminal
control characters (ESC sequences) can rewrite the screen. Both are shown as named markers.
"""

from __future__ import annotations

import re

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

_BIDI_RE = re.compile("[" + "".join(BIDI_CONTROLS) + "]")
# C0 controls except tab and newline, DEL, and C1 controls: never sent raw to a terminal.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_name(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return "^" + chr(code + 0x40)
    return f"U+{code:04X}"


def visible_controls(text: str, left: str = "⟨", right: str = "⟩") -> str:
    """``text`` with every bidi control shown as ``⟨RLO⟩`` and terminal controls as ``⟨^[⟩``."""
    if _BIDI_RE.search(text):
        text = _BIDI_RE.sub(lambda m: f"{left}{BIDI_CONTROLS[m.group()]}{right}", text)
    if _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub(lambda m: f"{left}{_control_name(m.group())}{right}", text)
    return text


def has_bidi_controls(text: str) -> bool:
    """True when ``text`` holds any explicit bidi formatting character."""
    return _BIDI_RE.search(text) is not None
