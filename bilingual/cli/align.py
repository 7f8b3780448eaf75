"""``bilingual align SRC TGT [--mt MT]``: align segment files, one segment per line, a blank line between documents."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ._common import LIST_FORMATS, check_outputs, dump, plural, read_stdin, write_text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``align`` subcommand."""
    p = sub.add_parser(
        "align", help="align source segments with their translation (monotonic, 1-1 to 2-2 links)", description=__doc__,
    )
    p.add_argument("src", metavar="SRC", help="source (Arabic) segments: one per line, blank line between documents ('-' for stdin)")
    p.add_argument("tgt", metavar="TGT", help="target (English) segments, same layout and number of documents")
    p.add_argument("--mt", metavar="MT", help="machine translation of SRC, line for line (adds chrF evidence)")
    p.add_argument("-f", "--format", default="jsonl", choices=LIST_FORMATS, help="output format (default: jsonl)")
    p.add_argument("--baseline", action="store_true", help="use the Gale-Church length-only aligner instead")
    p.add_argument("--encoding", default=None, help="input encoding (default: BOM, else UTF-8)")
    p.add_argument(
        "--errors", default="strict", choices=("strict", "replace", "ignore"),
        help="what to do with undecodable bytes (default: stop with their byte offset)",
    )
    p.add_argument("-o", "--output", default=None, metavar="OUT", help="write to this file (atomically) instead of stdout")
    p.set_defaults(func=run)


@dataclass(frozen=True)
class Document:
    """One document of a segment file: its segments and the line number (1-based) of each."""

    segments: list[str]
    lines: list[int]


def parse_documents(text: str) -> list[Document]:
    """Split a segment file into documents at blank (whitespace-only) lines."""
    docs: list[Document] = []
    segments: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            segments.append(line.strip())
            lines.append(number)
        elif segments:
            docs.append(Document(segments, lines))
            segments, lines = [], []
    if segments:
        docs.append(Document(segments, lines))
    return docs


def _read(path: str, encoding: str | None, errors: str) -> str:
    from ..threads.decode import decode, read_bytes

    if path == "-":
        return decode(read_stdin(), encoding, errors, "<stdin>")
    data = read_bytes(path)
    return decode(data, encoding, errors, path)


def _last_line(docs: list[Document]) -> int:
    return docs[-1].lines[-1] if docs else 1


def check_documents(src: list[Document], tgt: list[Document], mt: list[Document] | None, names: tuple[str, str, str]) -> None:
    """Raise :class:`InputError` at the first place where the files do not correspond."""
    src_name, tgt_name, mt_name = names
    if not src:
        raise InputError("no segments", src_name)
    if not tgt:
        raise InputError("no segments", tgt_name)
    if len(src) != len(tgt):
        longer, shorter = (src_name, tgt_name) if len(src) > len(tgt) else (tgt_name, src_name)
        extra = (src if len(src) > len(tgt) else tgt)[min(len(src), len(tgt))]
        raise InputError(
            f"document {min(len(src), len(tgt)) + 1} has no counterpart: {src_name} has {plural(len(src), 'document')}, "
            f"{tgt_name} has {len(tgt)} (documents are separated by blank lines; {shorter} ends at line "
            f"{_last_line(src if shorter == src_name else tgt)})",
            f"{longer}:{extra.lines[0]}",
        )
    if mt is None:
        return
    if len(mt) != len(src):
        raise InputError(f"{mt_name} has {plural(len(mt), 'document')}, {src_name} has {len(src)}", f"{mt_name}:{_last_line(mt)}")
    for k, (s, m) in enumerate(zip(src, mt), start=1):
        if len(s.segments) != len(m.segments):
            raise InputError(
                f"document {k} has {plural(len(m.segments), 'line')}, {src_name} has {len(s.segments)} "
                f"(one machine translation per source line, from {src_name}:{s.lines[0]})",
                f"{mt_name}:{m.lines[0]}",
            )


def run(args: argparse.Namespace) -> int:
    """Align each document pair and print one record per link."""
    from ..align import align, gale_church

    if args.baseline and args.mt:
        raise InputError("--baseline uses lengths only; it cannot take --mt", args.mt)
    if [args.src, args.tgt, args.mt].count("-") > 1:
        raise InputError("only one input can be read from stdin", "-")
    args.files = [args.src, args.tgt] + ([args.mt] if args.mt else [])
    check_outputs(args, [args.output])
    src = parse_documents(_read(args.src, args.encoding, args.errors))
    tgt = parse_documents(_read(args.tgt, args.encoding, args.errors))
    mt = parse_documents(_read(args.mt, args.encoding, args.errors)) if args.mt else None
    src_name, tgt_name, mt_name = ("<stdin>" if name == "-" else str(name) for name in (args.src, args.tgt, args.mt or "MT"))
    check_documents(src, tgt, mt, (src_name, tgt_name, mt_name))
    records: list[dict[str, Any]] = []
    for k, (s, t) in enumerate(zip(src, tgt)):
        if args.baseline:
            links = gale_church(s.segments, t.segments)
        else:
            links = align(s.segments, t.segments, mt[k].segments if mt else None)
        records.extend({"doc": k, **link.to_dict()} for link in links)
    if args.format != "text":
        write_text(args.output, dump(records, args.format))
        return 0
    out = []
    for k, (s, t) in enumerate(zip(src, tgt)):
        for r in (r for r in records if r["doc"] == k):
            left = " ".join(s.segments[i] for i in r["src"]) or "-"
            right = " ".join(t.segments[j] for j in r["tgt"]) or "-"
            out.append(f"{k}\t{r['score']:.2f}\t{left}\t{right}")
    from ..safe import visible_controls

    write_text(args.output, "".join(visible_controls(line) + "\n" for line in out))
    return 0
