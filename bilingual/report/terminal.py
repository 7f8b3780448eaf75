"""The report in a terminal: rich renderables, with the Arabic laid out by :mod:`bilingual.display`.

Everything here composes as rich renderables (``__rich_console__``): :class:`TerminalReport` is the
whole report, :class:`PassageView` one passage (header, flags, aligned table, word diffs) and
:class:`ArabicCell` an Arabic text that is wrapped, reordered and shaped for the width rich gives it
when it is drawn, so it never has to be re-wrapped or cut by rich: no letter is lost at any width.
Every piece of input text becomes a rich ``Text`` (never markup): one-line fields (ids, authors,
titles) through :func:`bilingual.safe.terminal_safe`, longer texts with their controls made visible
and their tabs expanded, so a comment can neither restyle nor rewrite the screen.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..safe import terminal_safe
from .model import PassageEntry, Report, Row

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.measure import Measurement
    from rich.segment import Segment
    from rich.text import Text

__all__ = ["STACK_BELOW", "AlignedRows", "ArabicCell", "PassageView", "TerminalReport", "render_terminal"]

# Widths of the fixed columns (row number, scores), in cells.
_NUM_WIDTH = 3
_SCORE_WIDTH = 11
#: Below this many cells the aligned rows are stacked: a table would leave each text column under 12 cells.
STACK_BELOW = 65


def _field(value: str, style: str = "") -> Text:
    """A one-line field of input text (id, author, title, note), safe for a terminal."""
    from rich.text import Text

    return Text(terminal_safe(value), style=style)


def _label(value: str, mode: str, style: str = "") -> Text:
    """A one-line field inside a left-to-right line (an author, a title, a flag's note), its Arabic
    shaped and ordered for ``mode`` like the table's: ``by علي`` printed the name unshaped, in logical
    order, beside visual Arabic (``render(..., base=0)`` keeps the line left to right)."""
    from rich.text import Text

    from ..display import render

    safe = terminal_safe(value)
    return Text(safe if safe.isascii() else "".join(render(safe, None, mode, base=0)), style=style)


def _plain(value: str) -> str:
    """A longer input text for rich: controls as markers, tabs expanded, lone surrogates replaced,
    line breaks kept. Linear in its length (rich's own tab expansion re-measures the line per tab)."""
    from ..display.wrap import PARA_BREAK, displayable

    return "\n".join(displayable(para)[0] for para in PARA_BREAK.split(value))


def _text(value: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(_plain(value), style=style)


class ArabicCell:
    """Arabic laid out by :func:`bilingual.display.render` for the width it is drawn at.

    Right-to-left passages are right-aligned (``rtl``; Arabizi, which is Latin script, is not).
    As a rich renderable it measures itself (its longest word to its longest paragraph) and renders
    each line as one unwrappable piece, so rich never splits or crops a reordered line.
    """

    def __init__(self, text: str, mode: str, rtl: bool = True) -> None:
        self.text = text
        self.mode = mode
        self.rtl = rtl

    def lines(self, width: int) -> list[str]:
        """The lines to show in a column ``width`` cells wide, padded on the left when right-aligned."""
        from ..display import display_width, render

        lines = render(self.text, width=max(width, 1), mode=self.mode)
        if not self.rtl:
            return [str(line) for line in lines]
        return [" " * max(0, width - display_width(line)) + line for line in lines]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        from rich.segment import Segment

        for line in self.lines(options.max_width):
            yield Segment(line)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        from ..display import display_width
        from ..display.wrap import PARA_BREAK, displayable

        paragraphs = [displayable(p)[0] for p in PARA_BREAK.split(self.text)]
        widest = max((display_width(p) for p in paragraphs), default=0)
        word = max((display_width(w) for p in paragraphs for w in p.split()), default=0)
        return Measurement(min(word, options.max_width), min(max(widest, 1), options.max_width))


def _diff(row: Row) -> Text:
    """The word diff, colored, with wdiff's ``[-deleted-]`` / ``{+inserted+}`` marks so it reads without color."""
    from rich.text import Text

    assert row.diff is not None
    out = Text()
    for op in row.diff.ops:
        if op.space:
            out.append(" ")
        m, h = _plain(op.machine_text), _plain(op.human_text)
        if op.op == "equal":
            out.append(h)
        if op.op in ("delete", "replace"):
            out.append(f"[-{m}-]", style="red strike")
        if op.op in ("insert", "replace"):
            out.append(f"{{+{h}+}}", style="green")
    return out


class AlignedRows:
    """A passage's aligned rows: Arabic, machine and commenter side by side with the scores, or, in
    a console narrower than :data:`STACK_BELOW` cells, one row after the other (Arabic at the full
    width, then the two translations), so the Arabic always has room for its letters."""

    def __init__(self, report: Report, passage: PassageEntry, mode: str) -> None:
        self.report = report
        self.passage = passage
        self.mode = mode

    def _machine_head(self) -> str | None:
        """The machine column's head; None when translation is off or no model is installed (the report's
        head says so once), so the Arabic and the commenter's words get its width instead of a column of dashes."""
        model = self.report.model
        if model.missing:
            return None
        return "Machine (test model)" if model.test_model else "Machine"

    def _scored(self) -> bool:
        """Whether any row has chrF / TER (the machine's and the commenter's words side by side)."""
        return any(row.score is not None for row in self.passage.rows)

    def _last_head(self) -> str:
        """The last column's head: the scores where there are any, else how many segments each row links."""
        return "chrF / TER" if self._scored() else "Fa : En" if self.passage.language == "Persian" else "Ar : En"

    def _cells(self, row: Row, stacked: bool = False) -> tuple[Text, Text, Text]:
        machine = _text(row.machine) if row.machine is not None else _text("–", "dim")
        human = _text(row.human) if row.human is not None else _text("–", "dim")
        return machine, human, self._last_cell(row, stacked)

    def _last_cell(self, row: Row, stacked: bool) -> Text:
        """chrF / TER of the row, or, in a passage without scores, its alignment link as segment counts
        (``1 : 2``, one Arabic segment to two English ones; stacked rows say the words), never a bare
        link under the scores' head, where "1-2" read as a score."""
        if row.score is not None:
            chrf, ter = f"{row.score.chrf:.1f}", f"{row.score.ter:.1f}"
            return _text(f"chrF {chrf} / TER {ter}" if stacked else f"{chrf} / {ter}")
        if not row.link or self._scored():
            return _text("")
        source, _, english = row.link.partition("-")
        return _field(f"{source} {self.passage.language} : {english} English" if stacked else f"{source} : {english}", "dim")

    def _arabic(self, row: Row) -> RenderableType:
        """The row's Arabic; for Arabizi and Finglish the Latin letters and, beneath them, their
        Arabic-script reading (the page shows it too; the terminal left it out)."""
        latin = self.passage.kind == "arabizi"
        cell = ArabicCell(row.arabic, self.mode, rtl=not latin)
        if not (latin and row.arabic_normalized):
            return cell
        from rich.console import Group

        reading = ArabicCell(row.arabic_normalized, self.mode)
        if not row.unsure:
            return Group(cell, reading)
        check = _field("check: " + ", ".join(u.word for u in row.unsure), "dim")  # the readings are in the JSON and on the page
        return Group(cell, reading, check)

    def table(self) -> RenderableType:
        """The side-by-side table: the text columns (two without a model) share the width equally, and the Arabic
        cell lays itself out at its column's width."""
        from rich import box
        from rich.table import Table

        p = self.passage
        table = Table(box=box.SIMPLE_HEAD, show_lines=False, expand=True, pad_edge=False)
        table.add_column("#", width=_NUM_WIDTH, justify="right", style="dim", no_wrap=True)
        table.add_column(self.passage.heading, ratio=1, justify="right")
        machine_head = self._machine_head()
        if machine_head is not None:
            table.add_column(machine_head, ratio=1, overflow="fold")
        table.add_column("Commenter", ratio=1, overflow="fold")
        table.add_column(self._last_head(), width=_SCORE_WIDTH, justify="right")
        for i, row in enumerate(p.rows, 1):
            machine, human, score = self._cells(row)
            machine_cell = [machine] if machine_head is not None else []
            table.add_row(str(i), self._arabic(row), *machine_cell, human, score)
        return table

    def stacked(self) -> Iterator[RenderableType]:
        """One row after the other: number and score, the Arabic, the machine's and the commenter's words."""
        from rich.text import Text

        p = self.passage
        for i, row in enumerate(p.rows, 1):
            machine, human, score = self._cells(row, stacked=True)
            head = Text(f"{i}", style="bold")
            if score.plain:
                head.append("  ")
                head.append_text(score)
            yield head
            yield self._arabic(row)
            machine_head = self._machine_head()
            if machine_head is not None:
                yield Text.assemble(Text(f"{machine_head}: ", style="dim"), machine)
            yield Text.assemble(Text("Commenter: ", style="dim"), human)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[RenderableType]:
        if options.max_width < STACK_BELOW:
            return self.stacked()
        return [self.table()]


class PassageView:
    """One passage: its header, flags, pairing, the aligned table and the word diffs."""

    def __init__(self, report: Report, passage: PassageEntry, mode: str) -> None:
        self.report = report
        self.passage = passage
        self.mode = mode

    def header(self) -> Text:
        """``Passage N by AUTHOR · comment ID (k of n) · line · scores``."""
        from rich.text import Text

        p = self.passage
        head = Text()
        head.append(f"Passage {p.number}", style="bold")
        head.append("  by ")
        head.append_text(_label(p.author if p.author is not None else "(unknown author)", self.mode, "bold"))
        if p.location.comment is None:
            head.append("  ·  in the article")
        else:
            head.append("  ·  comment ")
            head.append_text(_label(p.location.comment, self.mode))
            level = f", reply level {p.depth}" if p.depth else ""
            head.append(f" ({p.ordinal} of {self.report.summary.comments}{level})")
        if p.line is not None:
            head.append(f"  ·  line {p.line}")
        if p.score is not None:
            head.append(f"  ·  chrF {p.score.chrf:.1f}  TER {p.score.ter:.1f}", style="cyan")
        return head

    def flags(self) -> Text:
        """The flags, each a bracketed label and its note."""
        from rich.text import Text

        out = Text()
        for k, f in enumerate(self.passage.flags):
            style = "bold red" if f.code in ("no-translation", "suspicious-mt") else "yellow"
            out.append("  " if k else "")
            out.append_text(_label(f"[{f.label}]", self.mode, style))
            if f.note:
                out.append_text(_label(f" {f.note}", self.mode, "dim"))
        return out

    def pairing(self) -> Text:
        """Where the commenter's translation is, or that there is none."""
        from rich.text import Text

        from .markup import via_words

        p = self.passage
        t = p.translation
        if t is None:
            out = Text("No translation of this passage was found in the thread.", style="dim")
            return self._pair_flags(out)
        out = Text("Commenter's translation by ", style="dim")
        out.append_text(_label(t.author if t.author is not None else "(unknown author)", self.mode, "dim"))
        out.append(" in comment ", style="dim")
        out.append_text(_label(str(t.location.comment), self.mode, "dim"))
        out.append_text(_label(f", found {via_words(t.via)}; confidence {t.score:.2f}", self.mode, "dim"))
        for part in t.continued:
            out.append("; it goes on in comment ", style="dim")
            out.append_text(_label(str(part.location.comment), self.mode, "dim"))
            out.append(": ", style="dim")
            out.append(_plain(part.text), style="dim")
        return self._pair_flags(out)

    def _pair_flags(self, out: Text) -> Text:
        """``out`` and pairing's flags in the page's words (a partial translation, one its translator
        calls rough), with the pieces a partial one covers: the terminal left them out."""
        from .markup import pair_flag

        p = self.passage
        for code in p.pair_flags:
            out.append("  ")
            out.append_text(_field(f"[{pair_flag(code)}]", "yellow"))
        if p.covered is not None and "partial" in p.pair_flags:
            pieces = ", ".join(str(i + 1) for i in p.covered)
            out.append(f" It covers piece{'' if len(p.covered) == 1 else 's'} {pieces} of the Arabic.", style="dim")
        return out

    def parts(self) -> Iterator[RenderableType]:
        """The pieces in reading order."""
        from rich.text import Text

        yield Text("")
        yield self.header()
        if self.passage.flags:
            yield self.flags()
        yield self.pairing()
        yield AlignedRows(self.report, self.passage, self.mode)
        diffs = [(i, r) for i, r in enumerate(self.passage.rows, 1) if r.diff is not None]
        if diffs:
            yield Text("word diff, machine -> commenter ([-only machine-] {+only commenter+}):", style="dim")
        for i, row in diffs:
            line = Text(f"  {i}: ", style="dim")
            line.append_text(_diff(row))
            yield line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[RenderableType]:
        return self.parts()


#: Reading warnings the summary lists; the rest are counted (the JSON output has them all).
_NOTES_SHOWN = 10


class TerminalReport:
    """The whole report for a terminal: the summary, each passage, the metric signature."""

    def __init__(self, report: Report, mode: str) -> None:
        self.report = report
        self.mode = mode

    def summary(self) -> Text:
        """The figures at the top, and why there is no machine translation when there is none."""
        from rich.text import Text

        report = self.report
        s = report.summary
        out = Text()
        out.append("Arabic passages in ", style="bold")
        out.append_text(_label(report.title or report.source, self.mode, "bold"))
        out.append("\n")
        out.append(f"{s.passages} passage{'' if s.passages == 1 else 's'} found", style="bold")
        out.append(f" ({s.arabizi} in Latin letters)" if s.arabizi else "")
        out.append(f" · {s.translated} machine-translated · {s.paired} paired with a commenter's translation")
        out.append(f" · {s.passages - s.paired} without a translation")
        if s.corpus.chrf is not None and s.corpus.ter is not None:
            out.append(f"\ncorpus chrF {s.corpus.chrf:.1f} · TER {s.corpus.ter:.1f} over {s.corpus.n} aligned pairs", style="cyan")
        if report.model.test_model:  # on stderr too, but a report saved to a file must say its machine column means nothing
            out.append("\n")
            out.append_text(_field(report.model.message or "the random-weights test model is in use: its machine output is meaningless", "yellow"))
        if report.model.missing:
            note = report.model.message
            if report.model.install_command:
                note = f"no translation model is installed; install one with: {report.model.install_command}"
            out.append("\n")
            out.append_text(_field(note or "", "yellow"))
        notes = report.reading_notes
        if notes:  # on stderr too, but a report saved to a file must say what it may lack
            out.append(f"\nread with {len(notes)} warning{'' if len(notes) == 1 else 's'}:", style="yellow")
            for note in notes[:_NOTES_SHOWN]:
                out.append("\n  ")
                out.append_text(_label(note, self.mode, "yellow"))
            if len(notes) > _NOTES_SHOWN:
                out.append(f"\n  and {len(notes) - _NOTES_SHOWN} more (every one in report -f json)", style="yellow")
        return out

    def parts(self) -> Iterator[RenderableType]:
        """The summary and one :class:`PassageView` per passage: printed one by one, they stream."""
        yield self.summary()
        for p in self.report.passages:
            yield PassageView(self.report, p, self.mode)

    def signature(self) -> Text:
        """The metric signature, after a blank line (printed with ``soft_wrap`` it stays one line, to copy)."""
        from rich.text import Text

        return Text.assemble("\n", _field(f"signature: {self.report.signature}", "dim"))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        yield from self.parts()
        yield self.signature()


def render_terminal(report: Report, console: Any = None, *, width: int | None = None, bidi: str = "auto") -> None:
    """Print the report: summary, then each passage's header, flags and aligned table with diffs.

    On a terminal that reorders by itself (VTE, mintty), its own bidi is off while lines the
    toolkit reordered print (:func:`bilingual.display.own_bidi_off`), and back on after.
    """
    from rich.console import Console

    from ..display import output_mode, own_bidi_off

    if console is None:
        console = Console(file=sys.stdout, width=width, highlight=False, emoji=False, markup=False)
    mode = output_mode(bidi, console.is_terminal)
    view = TerminalReport(report, mode)
    with own_bidi_off(mode, console.file):
        for part in view.parts():
            console.print(part)
        console.print(view.signature(), soft_wrap=True)
