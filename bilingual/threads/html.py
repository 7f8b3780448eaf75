"""Comment HTML (Disqus messages, 4chan ``com``) to plain text in one linear pass.

Not :mod:`html.parser`: on ``'<a' * 60000`` it takes seconds (quadratic rescans, CVE-2025-6069). Here each
``<`` is matched to the next ``>`` with ``str.find`` and the scan never goes back, so any input is linear.
"""

from __future__ import annotations

import html
import re

_BREAK = frozenset({"br", "p", "div", "li", "blockquote", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol"})
_SKIP = frozenset({"script", "style", "template"})
_NAME = re.compile(r"/?([A-Za-z][A-Za-z0-9:-]{0,30})")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]*\n[ \t]*")
_NEWLINES = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """Readable text: tags dropped, ``<br>``/``<p>`` as line breaks, entities decoded, link targets kept as text."""
    parts: list[str] = []
    i, n = 0, len(markup)
    skipping: str | None = None
    links: list[tuple[int, str]] = []  # (index in parts where the link text starts, href)
    while i < n:
        lt = markup.find("<", i)
        if lt < 0:
            if skipping is None:
                parts.append(markup[i:])
            break
        if lt > i and skipping is None:
            parts.append(markup[i:lt])
        if markup.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            i = n if end < 0 else end + 3
            continue
        gt = markup.find(">", lt + 1)
        if gt < 0:
            # no ">" anywhere after: the rest is text (searching again from each later "<" would be quadratic)
            if skipping is None:
                parts.append(markup[lt:])
            break
        m = _NAME.match(markup, lt + 1, lt + 33)
        if m is None:
            # not a tag: a literal "<"
            if skipping is None:
                parts.append("<")
            i = lt + 1
            continue
        tag = m.group(1).lower()
        closing = m.group(0).startswith("/")
        i = gt + 1
        if skipping is not None:
            if closing and tag == skipping:
                skipping = None
            continue
        if tag in _SKIP and not closing:
            skipping = tag
        elif tag in _BREAK:
            parts.append("\n")
        elif tag == "a" and not closing:
            h = _HREF.search(markup, lt, gt)
            if h:
                links.append((len(parts), html.unescape(next(g for g in h.groups() if g is not None))))
        elif tag == "a" and closing and links:
            start, href = links.pop()
            shown = html.unescape("".join(parts[start:])).strip()
            if href.startswith(("http://", "https://", "mailto:")) and href not in shown and not _truncation_of(shown, href):
                parts.append(html.escape(f" ({href})" if shown else href, quote=False))
    text = html.unescape("".join(parts))
    text = _SPACES.sub("\n", text)
    return _NEWLINES.sub("\n\n", text).strip()


def _truncation_of(shown: str, href: str) -> bool:
    """Disqus and others show long links shortened (``http://exa...``): those already carry the link."""
    core = shown.rstrip(".…")
    return len(core) >= 8 and (href.startswith(core) or href.split("://", 1)[-1].startswith(core))
