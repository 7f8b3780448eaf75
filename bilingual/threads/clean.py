"""Read-time hygiene shared by every reader: broken code points, look-alike authors, and the reply tree
(duplicate ids, orphans, cycles, depths), so no reader silently misreads or overwrites a comment."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Iterable

from ..errors import InputError, Skipped
from .model import Comment

# Lone surrogates cannot be written as UTF-8 (every later stage crashed on them): always replaced.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Noncharacters are valid scalar values that UTF-8 carries (Unicode Corrigendum #9 allows them in
# interchange); they are flagged, and replaced only when REPLACE_NONCHARACTERS is set, because the
# hostile-input suite requires text such as "\U0010ffff" to read back unchanged.
_NONCHARS = re.compile(
    "[\ufdd0-\ufdef" + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17)) + "]"
)
REPLACE_NONCHARACTERS = False
# A surrogate, a BMP noncharacter or any astral character (whose noncharacters are then looked for): one
# search in C (max(text) made a string object per character: 7 us for an 80-letter Arabic comment).
_SUSPECT = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
#: ``find_suspect(text)`` is ``None`` when :func:`clean_text` leaves ``text`` as it is (the hot loop of a dump asks first).
find_suspect = _SUSPECT.search


def _has_nonchars(text: str) -> bool:
    return any("\ufdd0" <= ch <= "\ufdef" or (ord(ch) & 0xFFFE) == 0xFFFE for ch in text if ch >= "\ufdd0")


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates (and optionally noncharacters) replaced by U+FFFD, and the flags that say so."""
    if text.isascii() or _SUSPECT.search(text) is None:  # most text, Arabic included, ends here
        return text, []
    top = max(text)
    flags: list[str] = []
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
        flags.append("surrogates-replaced")
    if top >= "\ufdd0" and _has_nonchars(text):
        if REPLACE_NONCHARACTERS:
            text = _NONCHARS.sub("\ufffd", text)
            flags.append("noncharacters-replaced")
        else:
            flags.append("noncharacters")
    return text, flags


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate."""
    return not text.isascii() and _SURROGATES.search(text) is not None


def clean_value(value: Any) -> tuple[Any, bool]:
    """A JSON value with every lone surrogate (in strings and keys, at any depth) replaced by U+FFFD, and whether
    any was; lists and dicts are changed in place, without recursion."""
    if isinstance(value, str):
        if value.isascii():
            return value, False
        new = _SURROGATES.sub("\ufffd", value)
        return new, new != value
    changed = False
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            if any(has_surrogates(k) for k in v if isinstance(k, str)):
                pairs = list(v.items())
                v.clear()
                for k, x in pairs:
                    v[_SURROGATES.sub("\ufffd", k) if isinstance(k, str) else k] = x
                changed = True
        entries: Iterable[tuple[Any, Any]] = v.items() if isinstance(v, dict) else enumerate(v) if isinstance(v, list) else ()
        for k, x in entries:  # replacing a value in place changes neither container's size
            if isinstance(x, str):
                if has_surrogates(x):
                    v[k] = _SURROGATES.sub("\ufffd", x)
                    changed = True
            elif isinstance(x, (dict, list)):
                stack.append(x)
    return value, changed


def clean_fields(text: str, author: str | None, cid: str, parent: str | None, flags: list[str] | None
                 ) -> tuple[str, str | None, str, str | None, list[str] | None]:
    """:func:`clean_comment` on a comment's fields before it is built: ``(text, author, id, parent, flags)``, the
    flags of what was replaced first, then ``flags`` (each once); ``None`` for no flag."""
    out: list[str] = []
    values = [text, author, cid, parent]
    for i, value in enumerate(values):
        if value is not None and not value.isascii():
            new, found = clean_text(value)
            values[i] = new
            for f in found:
                if f not in out:
                    out.append(f)
    for f in flags or ():
        if f not in out:
            out.append(f)
    return values[0], values[1], values[2], values[3], out or None  # type: ignore[return-value]


def clean_comment(c: Comment) -> None:
    """Apply :func:`clean_text` to a comment's text, author, id and parent, flagging what changed."""
    for attr in ("text", "author", "id", "parent"):
        value = getattr(c, attr)
        if value is not None and not value.isascii():
            new, flags = clean_text(value)
            if new is not value:
                setattr(c, attr, new)
            for f in flags:
                c.flag(f)


# --- look-alike authors (Unicode TR39-style) -----------------------------------------------------------

_FILLERS = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5")
_JOINERS = frozenset("\u200c\u200d")


def _invisible(ch: str, allow_joiners: bool) -> bool:
    if ch in _JOINERS and allow_joiners:
        return False
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cc", "Mn") and ch not in "\t\n" and (cat != "Mn" or "\ufe00" <= ch <= "\ufe0f" or ch >= "\U000e0100"):
        return True
    if cat == "Zs" and ch != " ":
        return True
    return ch in _FILLERS


@lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Character -> an ASCII character it is confusable with (Unicode confusables data)."""
    from confusable_homoglyphs.confusables import confusables_data  # type: ignore[import-untyped]

    out: dict[str, str] = {}
    for ch, glyphs in confusables_data.items():
        if len(ch) == 1 and not ch.isascii():
            for g in glyphs:
                c = g.get("c", "")
                if len(c) == 1 and c.isascii() and c.isalnum():
                    out[ch] = c
                    break
    return out


def skeleton(name: str) -> str:
    """A TR39-style skeleton: NFKC, invisible characters removed, confusables mapped to an ASCII prototype."""
    proto = _prototypes()
    folded = unicodedata.normalize("NFKC", name)
    return "".join(proto.get(ch, ch) for ch in folded if not _invisible(ch, False))


def _arabic(name: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc" for ch in name)


@lru_cache(maxsize=65536)
def suspicious_author(name: str) -> bool:
    """An author name with invisible characters, or mixing scripts with confusable letters (``Аdmin``)."""
    if name.isascii():
        return any(not (" " <= ch <= "~") for ch in name)
    joiners_ok = _arabic(name)
    if any(_invisible(ch, joiners_ok) for ch in name):
        return True
    from confusable_homoglyphs.confusables import is_dangerous

    return any(bool(is_dangerous(token)) for token in name.split())


def flag_lookalike_authors(comments: Iterable[Comment]) -> None:
    """Flag ``look-alike-author`` on comments whose author is suspicious or shares a skeleton with another author."""
    comments = list(comments)
    authors = {c.author for c in comments if c.author}
    odd = {a for a in authors if not a.isascii() or not a.isprintable()}  # ASCII: suspicious_author's own test
    if not odd:
        return
    plain: dict[str, str] = {}
    for a in authors - odd:
        plain.setdefault(skeleton(a), a)
    marked = {a for a in odd if suspicious_author(a) or skeleton(a) in plain}
    for c in comments:
        if c.author in marked:
            c.flag("look-alike-author")


# --- the reply tree -----------------------------------------------------------------------------------


def build_tree(
    comments: list[Comment],
    name: str,
    *,
    where: list[Any] | Callable[[], list[Any]] | None = None,
    orphans: str = "flag",
    cycles: str = "flag",
    skip_bad: bool = False,
    warnings: list[str] | None = None,
) -> list[Comment]:
    """Check ids, link parents, set depths and order parents before replies; returns the comments.

    A duplicate id is an :class:`InputError` naming both places (with ``skip_bad`` the later comment is
    left out with a warning: never silently overwritten). ``orphans`` is ``"flag"`` (top-level, flagged
    ``orphan``), ``"warn"`` (the same plus a warning) or ``"error"``; ``cycles`` is ``"flag"`` (the loop
    is cut and the comment flagged ``cycle``), ``"warn"`` (the same plus a warning) or ``"error"``. ``where`` holds each comment's location (a
    string, or a line number of ``name``), or makes the list when a message needs it.

    One pass in input order does the usual case: a comment whose parent came before it. Comments whose
    parent comes later, is missing, or closes a cycle are then handled in input order as before.
    """
    n = len(comments)
    places: list[Any] | None = None

    def place(i: int) -> str:
        nonlocal places
        if places is None:
            found = where() if callable(where) else where
            places = found if found is not None and len(found) == n else [name] * n
        at = places[i]
        return at if isinstance(at, str) else f"{name}:{at}"

    index = {c.id: i for i, c in enumerate(comments)}  # id -> position in the input (for messages)
    if len(index) != n:
        index = {}
        kept: list[Comment] = []
        for i, c in enumerate(comments):
            j = index.get(c.id)
            if j is not None:
                msg = f"duplicate comment id {c.id!r} (first at {place(j)})"
                if not skip_bad:
                    raise InputError(f"{msg}; --skip-bad keeps the first and skips this one", place(i))
                if warnings is not None:
                    warnings.append(Skipped(place(i), f"{msg}; the later comment is left out", in_thread=True))
                continue
            index[c.id] = i
            kept.append(c)
        comments = kept
    depth: dict[str, int] = {}
    later: list[Comment] = []
    for c in comments:
        p = c.parent
        if p is None:
            depth[c.id] = c.depth = 0
        else:
            d = depth.get(p)
            if d is None:
                later.append(c)
            else:
                depth[c.id] = c.depth = d + 1
    if not later:  # every parent came before its replies: reading order already
        return comments
    for c in later:
        if c.parent not in index:
            at = place(index[c.id])
            if orphans == "error":
                raise InputError(f"parent {c.parent!r} of comment {c.id!r} is not in the input; --skip-bad reads it as a top-level comment", at)
            if orphans == "warn" and warnings is not None:
                warnings.append(f"{at}: parent {c.parent!r} of comment {c.id!r} is not in the input; read as a top-level comment")
            c.extra.setdefault("missing_parent", c.parent)
            c.parent = None
            c.flag("orphan")
    by_id = {c.id: c for c in comments}
    # Depths, iteratively; a cycle is cut at the comment where it is found.
    for c in later:
        chain: list[Comment] = []
        on_chain: set[str] = set()
        node: Comment | None = c
        while node is not None and node.id not in depth:
            if node.id in on_chain:
                if cycles == "error":
                    raise InputError(f"reply cycle through comment {node.id!r}; --skip-bad cuts the loop there", place(index[node.id]))
                if cycles == "warn" and warnings is not None:
                    warnings.append(f"{place(index[node.id])}: reply cycle through comment {node.id!r}; cut there, read as a top-level comment")
                # cut: the comment whose parent closes the loop becomes top-level
                node.extra.setdefault("cycle_parent", node.parent)
                node.parent = None
                node.flag("cycle")
                idx = chain.index(node)
                depth[node.id] = node.depth = 0
                base = 0
                for m in reversed(chain[idx + 1 :]):
                    base += 1
                    depth[m.id] = m.depth = base
                chain = chain[:idx]
                break
            on_chain.add(node.id)
            chain.append(node)
            node = by_id[node.parent] if node.parent is not None else None
        base = depth[node.id] if node is not None else -1
        for m in reversed(chain):
            base += 1
            depth[m.id] = m.depth = base
    return order_parents_first(comments)


def order_parents_first(comments: list[Comment]) -> list[Comment]:
    """Reading order with every parent before its replies; input order kept when it already is."""
    placed: set[str] = set()
    for c in comments:
        if c.parent is not None and c.parent not in placed:
            break
        placed.add(c.id)
    else:
        return comments
    kids: dict[str | None, list[Comment]] = {}
    for c in comments:
        kids.setdefault(c.parent, []).append(c)
    out: list[Comment] = []
    stack = list(reversed(kids.get(None, [])))
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(reversed(kids.get(c.id, [])))
    return out
