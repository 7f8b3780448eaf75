"""``bilingual segment FILE...``: the Arabic passages and Arabizi runs of a thread, with their offsets."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from ._common import add_input_args, add_output_args, check_outputs, dump, load_thread, none_found, write_text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``segment`` subcommand."""
    p = sub.add_parser("segment", help="find the Arabic passages and Arabizi in a thread", description=__doc__)
    add_input_args(p, pick=True)
    add_output_args(p)
    p.set_defaults(func=run)


def records(result: Any) -> list[dict[str, Any]]:
    """One record per passage, in reading order: a view of the pipeline's docs.

    ``start``/``end`` index the comment's text (the article's for ``comment: null``); plain-text
    dumps add ``file_start``/``file_end`` in the decoded file; ``arabic`` records list ``insertions``.
    """
    out: list[dict[str, Any]] = []
    for doc in result.docs:
        for layers in doc.passages:
            p = layers.passage
            loc = p.location
            rec: dict[str, Any] = {
                "comment": loc.comment, "start": loc.start, "end": loc.end,
                "kind": p.kind, "lang": p.span.lang, "text": p.text,
            }
            if doc.source_offset is not None:
                rec["file_start"], rec["file_end"] = doc.source_offset + loc.start, doc.source_offset + loc.end
            if p.kind == "arabic":
                rec["insertions"] = [[a, b] for a, b in p.span.insertions]
            rec["sentences"] = [list(s) for s in layers.sentences]
            rec["segments"] = [list(s) for s in layers.segments]
            rec["normalized"] = layers.normalized.text
            out.append(rec)
    return out


def _text_line(rec: dict[str, Any]) -> str:
    """``comment 2 19-186 arabic ar: text`` with line breaks (U+2028 and U+2029 too: a line splitter takes
    them for ends) shown as ⏎ and controls made visible; the id through :func:`bilingual.safe.terminal_safe`,
    as every command prints ids (a line feed in it forged a line)."""
    from ..safe import breaks_shown, terminal_safe, visible_controls

    where = "article" if rec["comment"] is None else f"comment {terminal_safe(rec['comment'])}"
    text = breaks_shown(visible_controls(rec["text"].replace("\r\n", "\n")), one_line=True)
    return f"{where} {rec['start']}-{rec['end']} {rec['kind']} {rec['lang']}: {text}"


def span_records(thread: Any) -> Iterator[dict[str, Any]]:
    """The fields of :func:`records` that the text view prints, from the segmenter alone.

    The text view shows no sentences, segments or normalized view, so neither the rest of the
    pipeline's segment stage nor the normalizer and transliterator it loads are needed for it.
    """
    from ..segment import segment
    from ..spans import ARABIC, ARABIZI

    for comment, text, _author, _offset in thread.sources():
        for span in segment(text):
            if span.kind == ARABIC or span.kind == ARABIZI:
                yield {
                    "comment": comment, "start": span.start, "end": span.end,
                    "kind": span.kind, "lang": span.lang, "text": text[span.start : span.end],
                }


def run(args: argparse.Namespace) -> int:
    """Print the passages of the thread (the pipeline's ``segment`` stage; the text view, its spans only)."""
    check_outputs(args, [args.output])
    thread = load_thread(args)
    if args.format == "text":  # all lines made before any is written, as the other views' records are
        lines = [_text_line(r) + "\n" for r in span_records(thread)]
        write_text(args.output, lines)
        if not lines:
            none_found("no Arabic or Arabizi passage", thread)
        return 0
    from ..pipeline import Settings, run as pipeline

    write_text(args.output, dump(records(pipeline(thread, Settings(mt=False), until="segment")), args.format))
    return 0
