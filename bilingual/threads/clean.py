"""Read-time hygiene shared by every reader: broken code points, look-alike authors, and the reply tree
(duplicate ids, orphans, cycles, depths), so no reader silently misreads or overwrites a comment."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from ..errors import InputError
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


def _has_nonchars(text: str) -> bool:
    return any("\ufdd0" <= ch <= "\ufdef" or (ord(ch) & 0xFFFE) == 0xFFFE for ch in text if ch >= "\ufdd0")


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates (and optionally noncharacters) replaced by U+FFFD, and the flags that say so."""
    if text.isascii():
        return text, []
    top = max(text)
    if top < "\ud800":  # most text (Arabic included) ends here: a regex with astral ranges costs 10x more
        return text, []
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
    odd = {a for a in authors if not a.isascii() or suspicious_author(a)}
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
    where: list[str] | None = None,
    orphans: str = "flag",
    cycles: str = "flag",
    skip_bad: bool = False,
    warnings: list[str] | None = None,
) -> list[Comment]:
    """Check ids, link parents, set depths and order parents before replies; returns the comments.

    A duplicate id is an :class:`InputError` naming both places (with ``skip_bad`` the later comment is
    left out with a warning: never silently overwritten). ``orphans`` is ``"flag"`` (top-level, flagged
    ``orphan``), ``"warn"`` (the same plus a warning) or ``"error"``; ``cycles`` is ``"flag"`` (the loop
    is cut and the comment flagged ``cycle``) or ``"error"``.
    """
    places = where if where is not None and len(where) == len(comments) else [name] * len(comments)
    seen: dict[str, Comment] = {}
    first: dict[str, str] = {}
    kept: list[Comment] = []
    loc: dict[str, str] = {}
    for c, at in zip(comments, places):
        if c.id in seen:
            msg = f"duplicate comment id {c.id!r} (first at {first[c.id]})"
            if not skip_bad:
                raise InputError(msg, at)
            if warnings is not None:
                warnings.append(f"{at}: {msg}; the later comment is left out")
            continue
        seen[c.id] = c
        first[c.id] = loc[c.id] = at
        kept.append(c)
    comments = kept
    for c in comments:
        if c.parent is not None and c.parent not in seen:
            if orphans == "error":
                raise InputError(f"parent {c.parent!r} of comment {c.id!r} is not in the input", loc[c.id])
            if orphans == "warn" and warnings is not None:
                warnings.append(f"{loc[c.id]}: parent {c.parent!r} of comment {c.id!r} is not in the input; read as a top-level comment")
            c.extra.setdefault("missing_parent", c.parent)
            c.parent = None
            c.flag("orphan")
    # Depths, iteratively; a cycle is cut at the comment where it is found.
    depth: dict[str, int] = {}
    for c in comments:
        chain: list[Comment] = []
        on_chain: set[str] = set()
        node: Comment | None = c
        while node is not None and node.id not in depth:
            if node.id in on_chain:
                if cycles == "error":
                    raise InputError(f"reply cycle through comment {node.id!r}", loc[node.id])
                # cut: the comment whose parent closes the loop becomes top-level
                node.extra.setdefault("cycle_parent", node.parent)
                node.parent = None
                node.flag("cycle")
                idx = chain.index(node)
                depth[node.id] = node.depth = 0
                base = 0
                for n in reversed(chain[idx + 1 :]):
                    base += 1
                    depth[n.id] = n.depth = base
                chain = chain[:idx]
                break
            on_chain.add(node.id)
            chain.append(node)
            node = seen[node.parent] if node.parent is not None else None
        base = depth[node.id] if node is not None else -1
        for n in reversed(chain):
            base += 1
            depth[n.id] = n.depth = base
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
