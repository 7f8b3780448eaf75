"""Comment HTML (Disqus messages, 4chan ``com``), and a page saved by a browser, to plain text in one linear pass.

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
_DECLARATION = re.compile(r"<!DOCTYPE\b|<\?xml\b", re.IGNORECASE)
#: The start of an HTML page (within its first 2,048 characters), as a browser saves it.
PAGE_START = re.compile(r"<!DOCTYPE\s+html\b|<html\b|<head\b|<body\b|<meta\b", re.IGNORECASE)
#: The first header of an MHTML web archive ("Webpage, Single File": Chrome, Edge) and its multipart body.
_MHTML_HEADER = re.compile(r"(?:From|MIME-Version|Subject|Date|Snapshot-Content-Location|Content-Type):", re.IGNORECASE)
_MHTML_BODY = re.compile(r"^Content-Type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)


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
        if gt >= 0 and _DECLARATION.match(markup, lt):  # <!DOCTYPE html>, <?xml ...?>: no text
            i = gt + 1
            continue
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


def is_page(text: str) -> bool:
    """Whether ``text`` (stripped) is an HTML page saved by a browser."""
    return text.startswith("<") and PAGE_START.search(text, 0, 2048) is not None


def is_mhtml(text: str) -> bool:
    """Whether ``text`` (stripped) is an MHTML web archive: MIME headers, then a multipart/related body."""
    return _MHTML_HEADER.match(text) is not None and _MHTML_BODY.search(text, 0, 4096) is not None


def page_text(text: str) -> str:
    """The readable text of a page saved by a browser (an HTML page, or the page inside an MHTML archive): markup
    dropped, scripts, styles and templates left out (:func:`html_to_text`); any other ``text`` as it is."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if is_mhtml(stripped):
        return html_to_text(_mhtml_page(stripped))
    return html_to_text(stripped) if is_page(stripped) else text


def _mhtml_page(text: str) -> str:
    """The first text/html part of an MHTML archive, its transfer encoding (quoted-printable, base64) and charset
    undone; empty when it has none."""
    import email

    for part in email.message_from_string(text).walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset() or "utf-8", "replace")
    return ""
