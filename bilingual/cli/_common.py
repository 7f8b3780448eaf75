"""Argument helpers shared by subcommands: reading the input thread, writing output files."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError


def add_input_args(parser: argparse.ArgumentParser) -> None:
    """FILE plus the options every thread-reading command takes."""
    parser.add_argument("file", metavar="FILE", help="input: plain-text dump, JSONL or Disqus XML ('-' for stdin)")
    parser.add_argument(
        "--input-format", dest="input_format", default="auto",
        choices=("auto", "text", "jsonl", "disqus"), help="force the input format (default: detect)",
    )
    parser.add_argument("--encoding", default=None, help="input encoding (default: BOM, else UTF-8)")
    parser.add_argument(
        "--errors", default="strict", choices=("strict", "replace", "ignore"),
        help="what to do with undecodable bytes (default: stop with their byte offset)",
    )
    parser.add_argument("--skip-bad", action="store_true", help="skip malformed JSONL lines (reported on stderr)")


def load_thread(args: argparse.Namespace, format_attr: str = "input_format") -> Any:
    """Read the thread named by ``args.file`` with the input options; warnings go to stderr."""
    from ..threads import read

    source: Any = args.file
    if source == "-":
        source = sys.stdin.buffer.read()
    thread = read(
        source, getattr(args, format_attr), encoding=args.encoding, errors=args.errors,
        skip_bad=getattr(args, "skip_bad", False),
    )
    for warning in thread.warnings:
        print(f"bilingual: warning: {warning}", file=sys.stderr)
    return thread


def write_text(path: str | None, text: str) -> None:
    """Write ``text`` to ``path`` (stdout for ``None`` or ``-``), atomically for files."""
    if path in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise InputError("is a directory; give a file name", str(path))
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from None


def dump_jsonl(records: Iterable[dict[str, Any]]) -> str:
    """One compact JSON object per line, UTF-8 kept readable."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
