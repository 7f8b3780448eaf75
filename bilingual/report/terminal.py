"""The report in a terminal: rich tables, with the Arabic laid out by :mod:`bilingual.display`.

Arabic cells are wrapped to their column, then reordered and shaped per line by the display
module (or left in logical order for terminals that run bidi themselves), so rich never re-wraps
them. Every piece of input text becomes a rich ``Text`` (never markup) after its control
characters are made visible, so a comment can neither restyle nor rewrite the screen.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from ..safe import visible_controls
from .model import PassageEntry, Report, Row

# Columns: row number, three texts, scores. Widths of the fixed ones, in cells.
_NUM_WIDTH = 3
_SCORE_WIDTH = 11
# What the table's borders and padding take besides the columns (5 columns, box.SIMPLE_HEAD).
_CHROME = 5 * 2 + 4


def _text(value: str, style: str = "") -> Any:
    from rich.text import Text

    return Text(visible_controls(value), style=style)


def _arabic(value: str, width: int, mode: str, rtl: bool = True) -> Any:
    """Arabic laid out for a column ``width`` cells wide by the display module, each line right-aligned
    (left-aligned for Arabizi, which is Latin script)."""
    from rich.text import Text

    from ..display import display_width, render

    lines = render(visible_controls(value), width=width, mode=mode)
    padded = [" " * max(0, width - display_width(line)) + line if rtl else line for line in lines]
    return Text("\n".join(padded), no_wrap=True, overflow="ignore")


def _diff(row: Row) -> Any:
    """The word diff, colored, with wdiff's ``[-deleted-]`` / ``{+inserted+}`` marks so it reads without color."""
    from rich.text import Text

    assert row.diff is not None
    out = Text()
    for op in row.diff.ops:
        if op.space:
            out.append(" ")
        m, h = visible_controls(op.machine_text), visible_controls(op.human_text)
        if op.op == "equal":
            out.append(h)
        if op.op in ("delete", "replace"):
            out.append(f"[-{m}-]", style="red strike")
        if op.op in ("insert", "replace"):
            out.append(f"{{+{h}+}}", style="green")
    return out


def _header(report: Report, p: PassageEntry) -> Any:
    from rich.text import Text

    head = Text()
    head.append(f"Passage {p.number}", style="bold")
    head.append("  by ")
    head.append_text(_text(p.author if p.author is not None else "(unknown author)", "bold"))
    where = "in the article" if p.location.comment is None else f"comment {visible_controls(p.location.comment)}"
    if p.location.comment is not None:
        where += f" ({p.ordinal} of {report.summary.comments}{', reply level ' + str(p.depth) if p.depth else ''})"
    head.append(f"  ·  {where}")
    if p.line is not None:
        head.append(f"  ·  line {p.line}")
    if p.score is not None:
        head.append(f"  ·  chrF {p.score.chrf:.1f}  TER {p.score.ter:.1f}", style="cyan")
    return head


def _flags(p: PassageEntry) -> Any:
    from rich.text import Text

    out = Text()
    for f in p.flags:
        style = "bold red" if f.code in ("no-translation", "suspicious-mt") else "yellow"
        out.append(f"[{f.label}]", style=style)
        if f.note:
            out.append_text(_text(f" {f.note}", "dim"))
        out.append("  ")
    return out


def _pairing(p: PassageEntry) -> Any:
    if p.translation is None:
        return _text("No translation of this passage was found in the thread.", "dim")
    t = p.translation
    who = t.author if t.author is not None else "(unknown author)"
    return _text(f"Commenter's translation by {who} in comment {t.location.comment} (via {t.via}, score {t.score:.2f})", "dim")


def _table(report: Report, p: PassageEntry, width: int, mode: str) -> Any:
    from rich import box
    from rich.table import Table

    text_width = max(12, (width - _NUM_WIDTH - _SCORE_WIDTH - _CHROME) // 3)
    machine_head = "Machine" if not report.model.missing else "Machine (off)" if report.model.status == "off" else "Machine (no model)"
    table = Table(box=box.SIMPLE_HEAD, show_lines=False, expand=False, pad_edge=False)
    table.add_column("#", width=_NUM_WIDTH, justify="right", style="dim")
    table.add_column("Arabic", width=text_width, justify="right")
    table.add_column(machine_head, width=text_width, overflow="fold")
    table.add_column("Commenter", width=text_width, overflow="fold")
    table.add_column("chrF / TER", width=_SCORE_WIDTH, justify="right")
    for i, row in enumerate(p.rows, 1):
        machine = _text(row.machine) if row.machine is not None else _text("–", "dim")
        human = _text(row.human) if row.human is not None else _text("–", "dim")
        score = _text(f"{row.score.chrf:.1f} / {row.score.ter:.1f}") if row.score is not None else _text(row.link or "", "dim")
        table.add_row(str(i), _arabic(row.arabic, text_width, mode, rtl=p.kind != "arabizi"), machine, human, score)
    return table


def _summary(report: Report) -> Any:
    from rich.text import Text

    s = report.summary
    out = Text()
    out.append("Arabic passages in ", style="bold")
    out.append_text(_text(report.title or report.source, "bold"))
    out.append("\n")
    out.append(f"{s.passages} passage{'' if s.passages == 1 else 's'} found", style="bold")
    out.append(f" ({s.arabizi} Arabizi)" if s.arabizi else "")
    out.append(f" · {s.translated} machine-translated · {s.paired} paired with a commenter's translation")
    out.append(f" · {s.passages - s.paired} without a translation")
    if s.corpus.chrf is not None and s.corpus.ter is not None:
        out.append(f"\ncorpus chrF {s.corpus.chrf:.1f} · TER {s.corpus.ter:.1f} over {s.corpus.n} aligned pairs", style="cyan")
    if report.model.missing:
        note = report.model.message
        if report.model.install_command:
            note = f"no translation model is installed; install one with: {report.model.install_command}"
        out.append_text(_text(f"\n{note}", "yellow"))
    return out


def _mode(bidi: str, console: Any) -> str:
    """The display mode: as asked, except ``auto`` gives plain logical text when not on a terminal
    (unless ``BILINGUAL_BIDI`` says otherwise)."""
    if bidi == "auto" and not console.is_terminal and not os.environ.get("BILINGUAL_BIDI"):
        return "off"
    return bidi


def render_terminal(report: Report, console: Any = None, *, width: int | None = None, bidi: str = "auto") -> None:
    """Print the report: summary, then each passage's header, flags and aligned table with diffs."""
    from rich.console import Console, Group
    from rich.text import Text

    if console is None:
        console = Console(file=sys.stdout, width=width, highlight=False, emoji=False, markup=False)
    mode = _mode(bidi, console)
    w = width or console.width
    console.print(_summary(report))
    for p in report.passages:
        parts: list[Any] = [Text(""), _header(report, p)]
        if p.flags:
            parts.append(_flags(p))
        parts.append(_pairing(p))
        parts.append(_table(report, p, w, mode))
        diffs = [(i, r) for i, r in enumerate(p.rows, 1) if r.diff is not None]
        if diffs:
            parts.append(Text("word diff, machine -> commenter ([-only machine-] {+only commenter+}):", style="dim"))
        for i, row in diffs:
            line = Text(f"  {i}: ", style="dim")
            line.append_text(_diff(row))
            parts.append(line)
        console.print(Group(*parts))
    console.print(_text(f"\nsignature: {report.signature}", "dim"), soft_wrap=True)
