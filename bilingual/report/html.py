"""The report as one self-contained HTML file: Jinja2 with autoescaping, inline CSS and a little JS.

Input text reaches the page only through autoescaping or the ``t`` filter, which first turns
bidi and terminal control characters into visible markers (so a Trojan-Source RLO cannot reorder
the page) and then escapes. A Content-Security-Policy pins the page's own style and script by
hash and forbids every other source, so even a missed escape could not run or load anything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

from ..compare import FLAG_LABELS
from ..safe import BIDI_CONTROLS, visible_controls
from .model import Report

# The markers visible_controls writes: ⟨RLO⟩ for bidi controls, ⟨^[⟩ and ⟨U+0085⟩ for other controls.
_MARKER = re.compile(
    "⟨(" + "|".join(sorted(BIDI_CONTROLS.values())) + r"|\^[@-_]|U\+[0-9A-F]{4})⟩"
)


def _resource(name: str) -> str:
    return resources.files("bilingual.report").joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def text_markup(value: object) -> Any:
    """Escaped HTML for input text, with each invisible control shown as a ``<span class="ctl">`` marker."""
    from markupsafe import Markup, escape

    escaped = str(escape(visible_controls(str(value))))
    return Markup(_MARKER.sub(r'<span class="ctl" title="invisible control character">⟨\1⟩</span>', escaped))


def visible(value: object) -> str:
    """Input text for an attribute: controls made visible; autoescaping does the rest."""
    return visible_controls(str(value))


def _bytecode_cache() -> Any:
    """Jinja's own per-user compiled-template cache (a private 0700 directory under the temp dir),
    which saves compiling the template on every run; none where that directory cannot be made safely."""
    from jinja2 import FileSystemBytecodeCache

    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@functools.cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("bilingual.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["t"] = text_markup
    env.filters["vis"] = visible
    return env


def render_html(report: Report) -> str:
    """The whole report page as a string."""
    return "".join(html_pieces(report))


def html_pieces(report: Report) -> Iterator[str]:
    """The report page in pieces, as the template renders them, so it can be written streaming."""
    from markupsafe import Markup

    css, js = _resource("report.css"), _resource("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    template = _environment().get_template("report.html.j2")
    pieces: Iterator[str] = template.generate(r=report, css=Markup(css), js=Markup(js), csp=csp, labels=FLAG_LABELS)
    return pieces
