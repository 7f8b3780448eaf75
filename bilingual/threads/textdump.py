"""Plain-text page dumps: an article, then a comment thread nested by indentation.

Two comment styles are recognised: numbered (``  3. Author Avatar``, replies numbered from 1
one level deeper) and bulleted (``  • Author``). A comment's text is an exact slice of the decoded
source (``Comment.source_span``), so anything found in it can be shown in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Comment, Thread

#: Line ends: LF, CRLF, CR alone (a classic-Mac dump), NEL and U+2028/U+2029 (a JavaScript copy), as the segmenter's.
_ENDS = "\r\n\x85\u2028\u2029"
_LINE = re.compile(rf"[^{_ENDS}]*(?:\r\n|[{_ENDS}]|$)")
# Linear patterns only: the rest of the line is taken greedily and its trailing blanks stripped in code
# (a lazy group followed by ``[ \t]*$`` backtracked quadratically on a line of 40,000 spaces).
_NUMBERED = re.compile(r"( *)(\d{1,6})\.[ \t]+(\S.*)")
_BULLET = re.compile(r"( *)•[ \t]+(\S.*)")
_MAX_AUTHOR = 80
_MAX_TITLE = 200
_HEADLINE = re.compile(rf"[ \t]*(\S[^{_ENDS}]*)(?:\r\n|[{_ENDS}])(?:[ \t]*(?:\r\n|[{_ENDS}]))+[ \t]*\S")


def headline(article: str) -> str | None:
    """The page's headline: the article's first line when a blank line sets it apart from more text,
    it is at most ``_MAX_TITLE`` characters and it does not end like a sentence or a lead-in
    (``.``, ``:``, ``,``, ``;``). Page dumps open with the page's title so; it names the thread in
    lists and reports and stays in the article as written."""
    m = _HEADLINE.match(article[:4096].lstrip(f"\ufeff \t{_ENDS}")[: _MAX_TITLE + 64])
    if m is None:
        return None
    line = m.group(1).rstrip(" \t")
    if len(line) > _MAX_TITLE or line[-1] in ".:,;":
        return None
    return line


def _avatar_author(rest: str) -> str | None:
    """``"Alice Avatar"`` -> ``"Alice"`` (``"Avatar"`` must be a word of its own), else ``None``."""
    if not rest.endswith("Avatar"):
        return None
    before = rest[:-6]
    if before and (before[-1].isalnum() or before[-1] == "_"):
        return None
    return before.rstrip(" \t")


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset just past its content (before the line break)
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(slots=True)
class _Open:
    """A comment being read: its marker's indentation and number, and where its text lies."""

    id: str
    indent: int
    number: int
    author: str | None
    index: int = 0  # position in the comment list
    header_end: int = 0  # where an empty comment's text is placed
    text_start: int | None = None
    text_end: int | None = None


def _lines(source: str) -> list[_Line]:
    out = []
    for m in _LINE.finditer(source):
        if m.start() == m.end():
            break
        text = m.group().rstrip(_ENDS)
        out.append(_Line(m.start(), m.start() + len(text), text))
    return out


def _first_header(lines: list[_Line]) -> tuple[int, str] | None:
    """Index and style of the line that opens the comment section, found from the text."""
    for i, line in enumerate(lines):
        m = _NUMBERED.fullmatch(line.text)
        if m and m.group(2) == "1" and _avatar_author(m.group(3).rstrip(" \t")) is not None:
            return i, "numbered"
        m = _BULLET.fullmatch(line.text)
        if m and len(m.group(2).rstrip(" \t")) <= _MAX_AUTHOR and _has_indented_body(lines, i):
            return i, "bullet"
    return None


def _has_indented_body(lines: list[_Line], i: int) -> bool:
    """A bullet header is followed (after blank lines) by text indented deeper than the bullet."""
    for line in lines[i + 1 :]:
        if not line.blank:
            return line.indent > lines[i].indent
    return False


def _header(line: _Line, style: str) -> tuple[int, int, str, int] | None:
    """``(indent, number, rest, rest_offset)`` if the line looks like a comment header of ``style``."""
    pattern = _NUMBERED if style == "numbered" else _BULLET
    m = pattern.fullmatch(line.text)
    if not m:
        return None
    if style == "numbered":
        return len(m.group(1)), int(m.group(2)), m.group(3).rstrip(" \t"), line.start + m.start(3)
    return len(m.group(1)), 0, m.group(2).rstrip(" \t"), line.start + m.start(2)


def _stands_alone(lines: list[_Line], i: int) -> bool:
    """A header line opens a comment only when what follows it (after blank lines) is text indented
    deeper (its body), another header, or the end. A line such as ``1. Moderator Avatar`` inside a
    comment's text is followed by more text at its own indentation, so it stays text instead of
    becoming a reply by "Moderator". (A header right after body text is allowed: real dumps have it.)"""
    style = "numbered" if _NUMBERED.fullmatch(lines[i].text) else "bullet"
    for line in lines[i + 1 :]:
        if line.blank:
            continue
        return line.indent > lines[i].indent or _header(line, style) is not None
    return True


def read_text(source: str) -> Thread:
    """Parse a decoded plain-text dump into a :class:`Thread`; a dump without comments is all article."""
    lines = _lines(source)
    found = _first_header(lines)
    if found is None:
        return Thread(article=source, comments=[], format="text", source=source, article_span=(0, len(source)), title=headline(source))
    first, style = found
    boundary = lines[first].start
    article = source[:boundary].rstrip()
    comments: list[Comment] = []
    stack: list[_Open] = []
    counters: list[int] = [0]  # bullet numbering per depth

    def close(upto: int) -> None:
        while len(stack) > upto:
            node = stack.pop()
            parent = stack[-1].id if stack else None
            start = node.text_start if node.text_start is not None else node.header_end
            end = node.text_end if node.text_end is not None else start
            comment = comments[node.index]
            comment.text, comment.source_span, comment.parent = source[start:end], (start, end), parent

    i = first
    while i < len(lines):
        line = lines[i]
        head = None if line.blank else _header(line, style)
        level = _level_for(head, stack, style) if head else None
        if level is not None and stack and not _stands_alone(lines, i):
            level = None
        if head is None or level is None:
            if not line.blank and stack:
                node = stack[-1]
                if node.text_start is None:
                    node.text_start = line.start + line.indent
                node.text_end = line.end
            i += 1
            continue
        indent, number, rest, rest_at = head
        close(level)
        if style == "bullet":
            del counters[level + 1 :]
            while len(counters) <= level:
                counters.append(0)
            counters[level] += 1
            number = counters[level]
            counters.append(0)
        parent_id = stack[-1].id if stack else None
        cid = str(number) if parent_id is None else f"{parent_id}.{number}"
        author: str | None
        node = _Open(cid, indent, number, None, index=len(comments), header_end=line.end)
        if style == "bullet":
            author = rest
        else:
            author = _avatar_author(rest)
            if author is None:
                node.text_start, node.text_end = rest_at, line.end
        node.author = author or None
        comments.append(Comment(cid, parent_id, node.author, level, ""))
        stack.append(node)
        i += 1
        if node.author:
            i = _skip_repeated_author(lines, i, node.author)
    close(0)
    return Thread(article=article, comments=comments, format="text", source=source, article_span=(0, len(article)), title=headline(article))


def _level_for(head: tuple[int, int, str, int], stack: list[_Open], style: str) -> int | None:
    """The depth a header line opens, or ``None`` when the line is only text that looks like one."""
    indent, number, rest, _ = head
    if style == "bullet" and len(rest) > _MAX_AUTHOR:
        return None
    if not stack:
        return 0 if (style == "bullet" or number == 1) else None
    top = stack[-1]
    if indent > top.indent and (style == "bullet" or number == 1):
        return len(stack)
    for depth in range(len(stack) - 1, -1, -1):
        node = stack[depth]
        if node.indent == indent:
            if style == "bullet" or number == node.number + 1:
                return depth
            return None
        if node.indent < indent:
            return None
    return None


def _skip_repeated_author(lines: list[_Line], i: int, author: str) -> int:
    """Skip the author's name when the page repeats it on the line after the header."""
    j = i
    while j < len(lines) and lines[j].blank:
        j += 1
    if j < len(lines) and lines[j].text.strip() == author:
        return j + 1
    return i

