"""Side-by-side comparison reports: one data model (:mod:`.model`) built once (:mod:`.builder`) and
rendered as self-contained HTML (:mod:`.html`), rich terminal output (:mod:`.terminal`) or JSON.

Heavy libraries (jinja2, rich, sacrebleu) load only when a report is built or rendered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..safe import json_escaped

if TYPE_CHECKING:
    from ..pipeline import Machine, Progress, Result, Settings
    from ..threads.model import Thread
    from .model import Report

__all__ = ["build", "html_pieces", "json_pieces", "render_html", "render_terminal", "to_json"]


def build(
    data: "Thread | Result",
    *,
    source: str = "<input>",
    settings: "Settings | None" = None,
    machine: "Machine | None" = None,
    progress: "Progress | None" = None,
    page: bool = False,
) -> "Report":
    """The report of a pipeline result, or of a thread (the pipeline is run on it first with
    ``settings`` and ``machine``; see :func:`bilingual.pipeline.run`). ``page``: the caller will
    write its HTML page (:func:`html_pieces`), so a big thread's page workers start on the thread
    view before the report is built, and the build runs beside them; the page is the same."""
    from ..collector import frozen_heap
    from ..pipeline import Result, Settings, run
    from .builder import build as _build

    made = not isinstance(data, Result)  # the result is made here: nothing reads it after the report is built
    result = data if isinstance(data, Result) else run(data, settings or Settings(), machine=machine, progress=progress)
    if result.until != "pair":  # it failed on an assertion inside the build
        raise ValueError(f"build(): the report needs a result run to the pair stage, not until={result.until!r} "
                         "(run(thread, settings) runs every stage)")
    if page and len(result.thread.comments) >= FORGET_FROM:
        _forget_pairing()
    with frozen_heap():  # the result lives to the end: the build's and the page's collections do not walk it
        if not page:
            return _build(result, source=source, progress=progress, release=made)
        from .html import start_page

        started = start_page(result)
        try:
            report = _build(result, source=source, progress=progress, release=made)
        except BaseException:
            if started is not None:
                started.close()  # the workers are stopped, not left to the collector
            raise
        report.started = started
        return report


#: Threads of at least this many comments whose page is to be written (``build(page=True)``) let go what
#: pairing remembers of their texts before the report is built (:func:`bilingual.pairing.forget_texts`):
#: the build and the page, and the process's peak with them, make their objects in its room instead of beside it
#: (once built, 3 MiB lower at the page of a 30,000-comment thread).
FORGET_FROM = 2000


def _forget_pairing() -> None:
    """Before a big thread's report is built and its page written: let go what pairing remembers of the
    texts (:func:`bilingual.pairing.forget_texts`) and the tables read whole that neither the build nor the
    page reads (:func:`bilingual.collector.forget_tables`: the aligner's word lexicon, the CLDR names, the
    English lemmas, the Arabic word frequencies, the Latin word lists: about 6 MiB), then hand the freed
    memory back (:func:`bilingual.collector.release_freed`). Each table is loaded again, the same, by the
    next pairing that reads it (tens of milliseconds)."""
    from ..collector import forget_tables, release_freed
    from ..pairing import forget_texts

    forget_texts()
    forget_tables()
    release_freed()


def render_html(report: "Report") -> str:
    """The report as one self-contained HTML page."""
    from .html import render_html as _render

    return _render(report)


def html_pieces(report: "Report") -> Iterator[str]:
    """The HTML page in pieces, for streaming it to a file."""
    from .html import html_pieces as _pieces

    return _pieces(report)


def json_pieces(report: "Report") -> Iterator[str]:
    """The JSON of :func:`to_json` in pieces of about 64 kB, for streaming it to a file; bidi and C1
    controls in the users' text written as ``\\uXXXX`` (:func:`bilingual.safe.json_escaped`), as in
    every other JSON the toolkit writes: a ``cat`` of the file shows them inert. Each passage's and each
    comment's form is made as it is written and let go after (``Report.to_dict(streamed=True)``): the
    whole report's never stands in memory at once."""
    batch: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2, allow_nan=False).iterencode(report.to_dict(streamed=True)):
        batch.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            yield json_escaped("".join(batch))
            batch, size = [], 0
    batch.append("\n")
    yield json_escaped("".join(batch))


def render_terminal(report: "Report", console: Any = None, **options: Any) -> None:
    """Print the report to a rich console (see :func:`bilingual.report.terminal.render_terminal`)."""
    from .terminal import render_terminal as _render

    _render(report, console, **options)


def to_json(report: "Report") -> str:
    """Everything the report shows, as indented JSON (UTF-8 text kept readable)."""
    return "".join(json_pieces(report))
