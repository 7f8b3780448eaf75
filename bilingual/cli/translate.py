"""``bilingual translate FILE``: every Arabic passage followed by its machine translation, or one
JSON record per sentence with its span (``--format jsonl``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ..errors import InputError
from ._common import add_input_args, add_mt_args, add_output_args, check_outputs, dump, load_thread, settings, warn, write_text

#: The engines ``--engine`` chooses from: the toolkit's own, and argostranslate's for comparison.
ENGINES = ("ctranslate2", "argos")
# Below this many sentences no progress bar is worth drawing.
_PROGRESS_MIN = 20


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``translate`` subcommand."""
    p = sub.add_parser("translate", help="translate the Arabic passages of a thread offline", description=__doc__)
    add_input_args(p, pick=True)
    add_output_args(p)
    add_mt_args(p)
    p.add_argument("--engine", choices=ENGINES, default=ENGINES[0],
                   help="ctranslate2: the toolkit's batched engine (default); argos: argostranslate's own pipeline on the same Argos package, passage by passage, for comparison (needs bilingual[argos])")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
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


def _label(sentences: list[Any]) -> str:
    """``[en: ...]`` for one passage: its sentences' best hypotheses, with any flags named."""
    from ..safe import breaks_shown, visible_controls

    text = " ".join(t.text for t in sentences if t.text)
    flags = sorted({f for t in sentences for f in t.flags})
    head = f"en (flags: {', '.join(flags)})" if flags else "en"
    return f" [{head}: {breaks_shown(visible_controls(text), one_line=True)}]"


def _by_passage(result: Any) -> dict[tuple[str | None, int, int], list[Any]]:
    """The machine's sentences of each translated passage, keyed by the passage's location."""
    return {(p.comment, p.passage.location.start, p.passage.location.end): p.machine for p in result.passages if p.machine}


def records(result: Any) -> list[dict[str, Any]]:
    """One record per sentence the model translated: a view of the pipeline's passages."""
    out = []
    for p in result.passages:
        for sentence in p.machine:
            out.append({
                "comment": p.comment, **sentence.to_dict(), "passage": p.passage.location.to_dict(),
                "model": result.model.name,
            })
    return out


def _annotated_source(thread: Any, grouped: dict[tuple[str | None, int, int], list[Any]]) -> str | None:
    """The plain-text input with each translation inserted after its passage (``None`` if offsets
    are missing); control characters are made visible, as everywhere text reaches a terminal, and U+2028/U+2029
    shown as breaks (:func:`bilingual.safe.breaks_shown`)."""
    from ..safe import breaks_shown, visible_controls

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
        out += [breaks_shown(visible_controls(thread.source[pos:offset])), label]
        pos = offset
    out.append(breaks_shown(visible_controls(thread.source[pos:])))
    return "".join(out)


def _annotated_comments(thread: Any, grouped: dict[tuple[str | None, int, int], list[Any]]) -> str:
    """Each comment (and the article) as ``id author:`` and its text with translations inserted, shown as
    :func:`_annotated_source` shows it."""
    from ..safe import breaks_shown, terminal_safe, visible_controls

    blocks = []
    texts = [(None, "article", thread.article)] if thread.article else []
    texts += [(c.id, f"{c.id} {c.author or '(unknown)'}", c.text) for c in thread.comments]
    by_comment: dict[str | None, list[tuple[int, str]]] = {}  # one pass, not one per comment
    for (cid, _s, end), items in grouped.items():
        by_comment.setdefault(cid, []).append((end, _label(items)))
    for comment, header, text in texts:
        ends = sorted(by_comment.get(comment, ()))
        out, pos = [], 0
        for end, label in ends:
            out += [breaks_shown(visible_controls(text[pos:end])), label]
            pos = end
        out.append(breaks_shown(visible_controls(text[pos:])))
        blocks.append(f"{terminal_safe(header)}:\n{''.join(out)}\n")  # an id or author stays on its one line
    return "\n".join(blocks)


def run(args: argparse.Namespace) -> int:
    """Find the Arabic passages, translate them, print them annotated or as records."""
    from ..errors import ModelMissingError
    from ..pipeline import load_machine, run as pipeline

    check_outputs(args, [args.output])
    options = settings(args)
    if not options.mt:
        raise InputError("translate needs machine translation; --no-mt leaves nothing to do", "arguments")
    thread = load_thread(args)
    if args.engine == "argos":
        return _run_argos(args, thread, options)
    machine = load_machine(options)
    if machine.engine is None:
        raise ModelMissingError(machine.info.message)
    if machine.info.test_model:
        warn(machine.info.message)
    report, close = _progress_bar(args.progress)
    try:
        result = pipeline(thread, options, machine=machine, until="translate", progress=lambda stage, done, total: report(done, total) if report and stage == "translating" else None)
    finally:
        close()
    if not any(p.machine for p in result.passages):
        warn("no Arabic passage found")
    if args.format != "text":
        write_text(args.output, dump(records(result), args.format))
        return 0
    grouped = _by_passage(result)
    text = _annotated_source(thread, grouped)
    write_text(args.output, text if text is not None else _annotated_comments(thread, grouped))
    return 0


def _run_argos(args: argparse.Namespace, thread: Any, options: Any) -> int:
    """``--engine argos``: the passages the toolkit would translate, each given whole to
    argostranslate's pipeline (its own sentence loop and decoding) on the same model."""
    from ..mt.argos import translate_passages
    from ..mt.engine import DecodeOptions
    from ..pipeline import run as pipeline
    from ..spans import ARABIC, Location
    from ..text.language import is_arabic_language

    result = pipeline(thread, options, until="segment")
    wanted = [p for p in result.passages if p.passage.span.kind == ARABIC and is_arabic_language(p.passage.span.lang)]
    decode = DecodeOptions(num_hypotheses=options.decode.get("num_hypotheses", 1))
    translated = translate_passages([(p.passage.location, p.normalized.text) for p in wanted], options.model, decode)
    if not translated:
        warn("no Arabic passage found")
    if args.format != "text":
        write_text(args.output, dump([t.to_dict() for t in translated], args.format))
        return 0
    grouped: dict[tuple[str | None, int, int], list[Any]] = {}
    for t in translated:
        if isinstance(t.source, Location):  # always: the inputs were passages
            grouped.setdefault((t.source.comment, t.source.start, t.source.end), []).append(t)
    text = _annotated_source(thread, grouped)
    write_text(args.output, text if text is not None else _annotated_comments(thread, grouped))
    return 0
