"""What commenters write around a translation: requests for one, phrases that introduce one,
brackets and quotes around one."""

from __future__ import annotations

import regex

__all__ = ["is_request", "marked", "tight"]

_LATIN = regex.compile(r"\p{Latin}")
_REQUEST = regex.compile(
    r"""
    \btranslat(?:e|ion)\s*(?:please|pls|plz)?\s*\?
    | \b(?:please|pls|plz|kindly|can|could|would|will|care\s+to|mind)\b[^.!?\n]{0,30}\btranslat
    | \btranslat\w*\s+(?:please|pls|plz)\b
    | \bwhat\s+(?:does|do|did|is|'s)\s+(?:\w+\s+){0,3}(?:mean|say|means|saying)\b
    | \bwhat(?:\s+is|'s)\s+(?:the\s+)?(?:meaning|translation)\b
    | \bmeaning\s*\?
    | \b(?:in\s+)?english\s*(?:please|pls|plz|\?)
    | \b(?:i|we)\s+(?:don't|dont|do\s+not|can't|cant|cannot)\s+(?:read|understand|speak)\s+arabic\b
    """,
    regex.I | regex.X,
)
_MARKER_BEFORE = regex.compile(
    r"(?:\btranslat\w*|\bmeans?|\bmeaning|\bi\.?e\.?|\bin\s+english|\broughly|\bliterally|\bsays?|[=:(\[«\"“‘'])[\s\"“‘'(\[«:=-]*$",
    regex.I,
)
# A lead-in before a translation inside its first sentence: "Roughly:", "Translation -", "which
# means:", "It means", "It translates to".
_LEAD_IN = regex.compile(
    r"""(?:[\w'’]+\s+){0,4}?(?:translat\w*|means?|meaning|roughly|literally|english|i\.e\.|says?|said)\b[^:=\n]{0,15}?\s*[:=]\s*
    | (?:it|this|that|which)\s+(?:means|says|reads|translates\s+(?:to|as))\s+""",
    regex.I | regex.X,
)
_OPEN = "\"'“‘«([-–—:"
_CLOSE = "\"'”’»)]"


def is_request(text: str) -> bool:
    """True when ``text`` asks for a translation ("please translate", "what does it mean?")."""
    return _REQUEST.search(text.replace("’", "'")) is not None


def tight(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces, a lead-in ("Roughly:"), opening quotes or
    brackets, and closing quotes."""
    lead = _LEAD_IN.match(text, start, end)
    if lead and _LATIN.search(text, lead.end(), end):
        start = lead.end()
    while start < end and (text[start].isspace() or text[start] in _OPEN):
        start += 1
    while end > start and (text[end - 1].isspace() or (text[end - 1] in _CLOSE and not _balanced(text[start:end]))):
        end -= 1
    return start, end


def _balanced(text: str) -> bool:
    """True when the last character closes a bracket or quote opened inside ``text``."""
    pairs = {")": "(", "]": "[", "”": "“", "’": "‘", "»": "«"}
    opener = pairs.get(text[-1])
    return opener is not None and opener in text[:-1]


def marked(text: str, start: int) -> bool:
    """The English at ``start`` is introduced as a translation: quotes, brackets, "translation:",
    "means" just before it, or a lead-in ("It means") at its start."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _MARKER_BEFORE.search(text[max(line_start, start - 40) : start]) is not None
        or (start < len(text) and text[start] in _OPEN)
        or _LEAD_IN.match(text, start) is not None
    )


# Said around a translation by someone unsure of it: "Translation (mine, not perfect):", "Roughly:".
_UNCERTAIN = regex.compile(
    r"""\b(?:not\s+(?:perfect|exact|sure|literal)|rough(?:ly)?|loose(?:ly)?|approximate(?:ly)?|more\s+or\s+less
    |something\s+like|if\s+i'?m\s+not\s+mistaken|i\s+think|i\s+believe|my\s+(?:bad|poor|weak)\s+(?:english|translation)
    |don'?t\s+quote\s+me|correct\s+me)\b""",
    regex.I | regex.X,
)
_AROUND = 80  # characters before a translation (on its line) and after it searched for doubt


def uncertain(text: str, start: int, end: int) -> bool:
    """The translation at ``[start, end)`` of ``text`` comes with stated doubt ("roughly", "not
    perfect", "correct me"), in its lead-in, on the line before it, or right after it."""
    before = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0)) + 1
    lead = text[max(before, start - _AROUND) : start]
    head = text[start : min(end, start + 30)]
    tail = text[end : end + _AROUND].split("\n\n", 1)[0]
    return any(_UNCERTAIN.search(part) for part in (lead, head, tail))
