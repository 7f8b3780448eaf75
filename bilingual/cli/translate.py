"""``bilingual translate FILE``: every Arabic passage followed by its machine translation, or one
JSON record per sentence with its span (``--format jsonl``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ._common import add_input_args, dump_jsonl, load_thread, write_text

# Below this many sentences no progress bar is worth drawing.
_PROGRESS_MIN = 20


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``translate`` subcommand."""
    p = sub.add_parser("translate", help="translate the Arabic passages of a thread offline", description=__doc__)
    add_input_args(p)
    p.add_argument("--model", default=None, help="installed model name or model path (default: the installed Arabic->English model)")
    p.add_argument("--format", choices=("text", "jsonl"), default="text", help="output: annotated text or one JSON record per sentence")
    p.add_argument("--engine", choices=("ctranslate2", "argos"), default="ctranslate2",
                   help="ctranslate2: the toolkit's batched engine; argos: argostranslate's own pipeline (needs bilingual[argos])")
    p.add_argument("--n-best", type=int, default=1, dest="num_hypotheses", help="hypotheses per sentence (default 1)")
    p.add_argument("--beam-size", type=int, default=4, help="beam size (default 4, as argostranslate)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the translation cache")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.add_argument("-o", "--output", default=None, help="write here instead of stdout")
    p.set_defaults(func=run)


def _progress_bar(enabled: bool | None) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A rich progress bar on stderr (started on first report) and its closer; nothing when disabled."""
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return None, lambda: None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    # --progress draws the bar even when stderr is not a terminal (e.g. captured in a log).
    console = Console(stderr=True, force_terminal=True if enabled else None)
    bar = Progress(TextColumn("translating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=not enabled)
    state: dict[str, Any] = {}

    def report(done: int, total: int) -> None:
        if total < _PROGRESS_MIN:
            return
        if "task" not in state:
            bar.start()
            state["task"] = bar.add_task("translate", total=total)
        bar.update(state["task"], completed=done)

    def close() -> None:
        if "task" in state:
            bar.stop()

    return report, close


def _label(translations: list[Any]) -> str:
    """``[en: ...]`` for one passage: its sentences' best hypotheses, with any flags named."""
    from ..safe import visible_controls

    text = " ".join(t.text for t in translations if t.text)
    flags = sorted({f for t in translations for f in t.flags})
    head = f"en (flags: {', '.join(flags)})" if flags else "en"
    return f" [{head}: {visible_controls(text)}]"


def _by_passage(translations: list[Any]) -> dict[tuple[str | None, int, int], list[Any]]:
    grouped: dict[tuple[str | None, int, int], list[Any]] = {}
    for t in translations:
        grouped.setdefault((t.source.comment, t.source.start, t.source.end), []).append(t)
    return grouped


def _annotated_source(thread: Any, grouped: dict[tuple[str | None, int, int], list[Any]]) -> str | None:
    """The plain-text input with each translation inserted after its passage (``None`` if offsets
    are missing); control characters are made visible, as everywhere text reaches a terminal."""
    from ..safe import visible_controls

    if thread.source is None:
        return None
    inserts: list[tuple[int, str]] = []
    for (comment, _start, end), items in grouped.items():
        span = thread.article_span if comment is None else thread.get(comment).source_span
        if span is None:
            return None
        inserts.append((span[0] + end, _label(items)))
    out, pos = [], 0
    for offset, label in sorted(inserts):
        out += [visible_controls(thread.source[pos:offset]), label]
        pos = offset
    out.append(visible_controls(thread.source[pos:]))
    return "".join(out)


def _annotated_comments(thread: Any, grouped: dict[tuple[str | None, int, int], list[Any]]) -> str:
    """Each comment (and the article) as ``id author:`` and its text with translations inserted."""
    from ..safe import visible_controls

    blocks = []
    texts = [(None, "article", thread.article)] if thread.article else []
    texts += [(c.id, f"{c.id} {c.author or '(unknown)'}", c.text) for c in thread.comments]
    for comment, header, text in texts:
        ends = sorted((end, _label(items)) for (cid, _s, end), items in grouped.items() if cid == comment)
        out, pos = [], 0
        for end, label in ends:
            out += [visible_controls(text[pos:end]), label]
            pos = end
        out.append(visible_controls(text[pos:]))
        blocks.append(f"{visible_controls(header)}:\n{''.join(out)}\n")
    return "\n".join(blocks)


def run(args: argparse.Namespace) -> int:
    """Find the Arabic passages, translate them, print them annotated or as JSONL."""
    from ..errors import InputError
    from ..mt.pipeline import normalizer, translate
    from ..segment import passages
    from ..spans import ARABIC

    if args.num_hypotheses < 1 or args.beam_size < 1 or args.num_hypotheses > args.beam_size:
        raise InputError("--n-best and --beam-size must be positive, with --n-best <= --beam-size", "arguments")
    thread = load_thread(args)
    arabic = [p for p in passages(thread) if p.kind == ARABIC]
    if args.engine == "ctranslate2" and normalizer()[1] == "none":
        print("bilingual: warning: the normalizer is not available; Arabic is translated as written", file=sys.stderr)
    report, close = _progress_bar(args.progress)
    try:
        translations = translate(
            arabic, args.model, engine=args.engine, cache=not args.no_cache, progress=report,
            num_hypotheses=args.num_hypotheses, beam_size=args.beam_size,
        ) if arabic else []
    finally:
        close()
    if not arabic:
        print("bilingual: warning: no Arabic passage found", file=sys.stderr)
    if args.format == "jsonl":
        write_text(args.output, dump_jsonl(t.to_dict() for t in translations))
        return 0
    grouped = _by_passage(translations)
    text = _annotated_source(thread, grouped)
    write_text(args.output, text if text is not None else _annotated_comments(thread, grouped))
    return 0
