"""``bilingual normalize FILE``: the Arabic of a thread or a plain text normalized, or with ``--diff``
every change listed with its place (line:col), its fold, and what it was and became."""

from __future__ import annotations

import argparse
import re
import unicodedata
from bisect import bisect_right
from typing import Any

from ..errors import InputError
from ._common import add_input_args, add_output_args, check_outputs, dump, dump_jsonl, for_reader, load_thread, write_text

PROFILES = ("display", "mt", "search", "none")
WORD_REACH = 40  # characters of the word around a change that --diff shows, each side
_BOOLEANS = {"true": True, "on": True, "yes": True, "1": True, "false": False, "off": False, "no": False, "0": False}


def _toggle(value: str) -> tuple[str, object]:
    """``FOLD=VALUE`` -> ``(fold, value)``; true/false/on/off become booleans, other values stay modes."""
    name, sep, mode = value.partition("=")
    if not sep or not name or not mode:
        raise argparse.ArgumentTypeError(f"expected FOLD=VALUE, got {value!r}")
    mode = mode.strip().lower()  # the modes are lower case: ``maksura=All`` means ``all``
    return name.strip(), _BOOLEANS.get(mode, mode)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``normalize`` subcommand."""
    p = sub.add_parser(
        "normalize", help="normalize the Arabic in a thread or text; --diff explains every change",
        description=__doc__,
    )
    add_input_args(p, pick=True)
    p.add_argument("--profile", default="mt", choices=PROFILES,
                   help="display: looks the same; mt: for translation (default); search: for matching; none")
    p.add_argument("--set", dest="toggles", metavar="FOLD=VALUE", type=_toggle, action="append", default=[],
                   help="switch one fold on or off or choose its mode, e.g. --set teh_marbuta=on "
                        "--set hamza=carriers --set maksura=all --set repetition=off (repeatable)")
    p.add_argument("--diff", action="store_true", help="list the changes (line:col, fold, before -> after)")
    add_output_args(p)
    p.set_defaults(func=run)


def _shown(s: str) -> str:
    """A changed piece readable on its own: quoted text, marks and invisible characters by name."""
    from ..safe import visible_controls

    if not s:
        return "(nothing)"
    if len(s) > WORD_REACH and len(set(s)) == 1:  # a squeezed run: جميييي...ل
        return f"«{visible_controls(s[0])}» × {len(s)}"
    if all(unicodedata.category(c) in ("Mn", "Cf", "Lm") for c in s):
        return " ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in s)
    return f"«{visible_controls(s)}»"


def _word(text: str, start: int, end: int, reach: int = WORD_REACH) -> str:
    """The whitespace-delimited stretch of ``text`` around ``[start, end)``, at most ``reach`` characters
    each side (``…`` where it is cut): a 100,000-letter "word" would otherwise be copied for each of its changes."""
    a = start
    while a > 0 and start - a < reach and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and b - end < reach and not text[b].isspace():
        b += 1
    left = "…" if a > 0 and not text[a - 1].isspace() else ""
    right = "…" if b < len(text) and not text[b].isspace() else ""
    return left + text[a:b] + right


def diff_lines(original: str, result: Any, where: str) -> list[str]:
    """One line per change: ``WHERE LINE:COL fold: before -> after in «word»`` (1-based, in characters)."""
    from ..safe import visible_controls

    starts = [0, *(m.end() for m in re.finditer("\n", original))]  # each line's first offset, found once
    out = []
    for c in result.changes:
        line = bisect_right(starts, c.start)
        col = c.start - starts[line - 1] + 1
        word = visible_controls(_word(original, c.start, c.end))
        out.append(f"{where}{line}:{col} {c.fold}: {_shown(c.before)} -> {_shown(c.after)} in «{word}»")
    return out


def _check_toggle(name: str, value: object) -> None:
    """Refuse an unknown fold or mode in the words ``--set`` takes (``on``/``off``, a mode's name),
    not in Python's (``False``, ``'carriers'``)."""
    from ..normalize import FOLDS, resolve

    if name not in FOLDS:
        raise InputError(f"unknown fold {name!r}; folds are {', '.join(FOLDS)}", "--set")
    try:
        resolve("none", **{name: value})
    except ValueError:
        modes = [m for m in FOLDS[name].modes if isinstance(m, str)] or ["on"]
        raise InputError(f"bad value {value!r} for fold {name!r}; choose one of {', '.join(['off', *modes])}", "--set") from None


def _settings_named(profile: str, toggles: dict[str, object]) -> str:
    """``mt profile``, or ``none profile, alef=on, maksura=all``: the summary says what was run, toggles too."""
    sets = "".join(f", {name}={value if isinstance(value, str) else ('on' if value else 'off')}" for name, value in toggles.items())
    return f"{profile} profile{sets}"


def run(args: argparse.Namespace) -> int:
    """Normalize the thread or text in ``args.file`` and print it, or its changes with ``--diff``."""
    from ..normalize import normalize
    from ..safe import terminal_safe

    toggles = dict(args.toggles)
    for name, value in toggles.items():
        _check_toggle(name, value)
    check_outputs(args, [args.output])
    thread = load_thread(args)
    try:
        def norm(text: str) -> Any:
            return normalize(text, args.profile, track_offsets=args.diff, **toggles)

        # Plain-text dumps: the whole decoded file, so lines and columns are the file's own.
        if thread.source is not None:
            pieces: list[tuple[str | None, str]] = [(None, thread.source)]
        else:
            pieces = [(None, thread.article)] if thread.article else []
            pieces += [(c.id, c.text) for c in thread]
        results = [(cid, text, norm(text)) for cid, text in pieces]
    except ValueError as exc:
        raise InputError(str(exc), "--set") from None
    if args.format != "text":
        records = (
            {"comment": cid, "text": r.text, **({"changes": [c._asdict() for c in r.changes]} if args.diff else {})}
            for cid, _, r in results
        )
        write_text(args.output, dump(records, args.format))
    elif args.diff:
        lines: list[str] = []
        counts: dict[str, int] = {}
        for cid, text, r in results:
            name = terminal_safe(args.source_name)  # file names and ids are input: shown, never obeyed
            where = f"{name}:" if thread.source is not None else f"{name} comment {terminal_safe(cid or 'article')} "
            lines += diff_lines(text, r, where)
            for fold, n in r.summary.items():
                counts[fold] = counts.get(fold, 0) + n
        total = sum(counts.values())
        summary = ", ".join(f"{fold} {n}" for fold, n in counts.items())
        lines.append(f"{total} change{'s' * (total != 1)} ({_settings_named(args.profile, toggles)}){': ' + summary if total else ''}")
        write_text(args.output, "".join(line + "\n" for line in lines))
    elif thread.source is not None:
        write_text(args.output, for_reader(results[0][2].text, args.output))
    else:  # a structured input has no single text to print: one record per comment
        write_text(args.output, dump_jsonl({"comment": cid, "text": r.text} for cid, _, r in results))
    return 0
