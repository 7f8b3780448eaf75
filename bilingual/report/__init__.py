"""Side-by-side comparison reports: one data model (:mod:`.model`) built once (:mod:`.builder`) and
rendered as self-contained HTML (:mod:`.html`), rich terminal output (:mod:`.terminal`) or JSON.

Heavy libraries (jinja2, rich, sacrebleu) load only when a report is built or rendered.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Report

__all__ = ["build", "render_html", "render_terminal", "to_json"]


def build(thread: Any, **options: Any) -> "Report":
    """Build the report data model for ``thread`` (see :func:`bilingual.report.builder.build`)."""
    from .builder import build as _build

    return _build(thread, **options)


def render_html(report: "Report") -> str:
    """The report as one self-contained HTML page."""
    from .html import render_html as _render

    return _render(report)


def render_terminal(report: "Report", console: Any = None, **options: Any) -> None:
    """Print the report to a rich console (see :func:`bilingual.report.terminal.render_terminal`)."""
    from .terminal import render_terminal as _render

    _render(report, console, **options)


def to_json(report: "Report") -> str:
    """Everything the report shows, as indented JSON (UTF-8 text kept readable)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
