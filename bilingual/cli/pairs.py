"""``bilingual pairs FILE``: each Arabic passage with the commenter's own translation of it, if any."""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Iterator
from typing import Any

from ._common import (
    LIST_FORMATS, add_input_args, add_jobs_arg, add_mt_args, add_output_args, check_outputs, dump, for_reader, load_thread, plural, settings,
    warn, write_text,
)

#: The columns of ``-f csv``, one row per passage (the report page's "pairs (CSV)" has the same).
CSV_COLUMNS = (
    "comment", "start", "end", "passage", "translation_comment", "translation_start", "translation_end",
    "translation", "score", "via", "flags",
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``pairs`` subcommand."""
    p = sub.add_parser("pairs", help="find the commenters' own translations of the Arabic passages", description=__doc__)
    add_input_args(p, pick=True)
    add_output_args(p, (*LIST_FORMATS, "csv"))
    add_mt_args(p)
    add_jobs_arg(p)
    p.set_defaults(func=run)


def _excerpt(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, control characters made visible."""
    from ..safe import visible_controls

    flat = " ".join(text.split())
    return visible_controls(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _where(location: Any) -> str:
    """``comment ID [start:end]``, the id made safe for a terminal."""
    from ..safe import terminal_safe

    comment = "article" if location.comment is None else f"comment {terminal_safe(location.comment)}"
    return f"{comment} [{location.start}:{location.end}]"


def format_text(found: list[Any]) -> str:
    """The readable report: each passage, then its translation and why, or that there is none."""
    out = []
    for pair in found:
        out.append(f"{_where(pair.passage.location)}: {_excerpt(pair.passage.text)}")
        if pair.translation is None:
            out.append("  no translation found")
        else:
            out.append(f"  -> {_where(pair.translation)} via {_excerpt(pair.via or '')}, score {pair.score:.2f}")
            out.append(f"     {_excerpt(pair.translation_text or '')}")
        out.append(f"     ({_excerpt(pair.reason, 300)})")
    translated = sum(1 for pair in found if pair.translation is not None)
    out.append(f"{plural(len(found), 'passage')}, {translated} with a translation")
    return "\n".join(out) + "\n"


def records(result: Any) -> list[dict[str, Any]]:
    """One record per passage: its pair, with both texts (a view of the pipeline's passages)."""
    out = []
    for layers in result.passages:
        pair = layers.pair
        rec = pair.to_dict()
        rec["passage_text"] = layers.text
        rec["translation_text"] = pair.translation_text
        out.append(rec)
    return out


def csv_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR first)
    gets a leading ``'``, as OWASP advises; the report page's CSV export does the same."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def format_csv(result: Any) -> Iterator[str]:
    """``-f csv``: a header, then one row per passage (:data:`CSV_COLUMNS`), written by the csv
    module (RFC 4180 quoting, so texts with commas, quotes and line breaks survive); the article's
    comment cell is empty, as is every translation cell of a passage without one."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for layers in result.passages:
        pair = layers.pair
        loc, tr = pair.passage.location, pair.translation
        writer.writerow([csv_cell(v) for v in [
            loc.comment, loc.start, loc.end, layers.text,
            None if tr is None else tr.comment, None if tr is None else tr.start, None if tr is None else tr.end,
            pair.translation_text if tr is not None else None,
            f"{pair.score:.4f}" if tr is not None else None, pair.via, " ".join(pair.flags),
        ]])
        yield flush()


def run(args: argparse.Namespace) -> int:
    """Pair the passages of the thread (the pipeline, machine translation included when a model
    is installed, exactly as the report pairs them) and print them as text or records."""
    from ..pipeline import run as pipeline

    check_outputs(args, [args.output])
    result = pipeline(load_thread(args), settings(args))
    if result.model.test_model:
        warn(result.model.message)
    found = [layers.pair for layers in result.passages]
    if args.format == "csv":
        write_text(args.output, for_reader(format_csv(result), args.output))
    elif args.format != "text":
        write_text(args.output, dump(records(result), args.format))
    else:
        write_text(args.output, format_text(found))
    return 0
