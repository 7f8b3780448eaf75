"""``bilingual models list | install SRC | verify [NAME] | remove NAME | cache [--clear]``: manage translation models
and the translation cache.

SRC is a model the manifest knows (e.g. ``translate-ar_en-1_0``), an ``http(s)://`` URL, an
``.argosmodel`` file or a model directory. Downloads resume and are checked against the
manifest's SHA-256; unsafe archives are refused and leave nothing behind. A model must load
before it is installed, and it replaces an old one (--force) only once complete; installs and
removals in one models directory run one at a time."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import Any

from ._common import _Deprecated, json_text, plural

def _json(data: Any) -> str:
    """``data`` as indented JSON, with every character a terminal could act on written as ``\\uXXXX``."""
    return json_text(data, indent=2)


def _waiting() -> None:
    """Say why the command pauses: another install or removal holds the models directory."""
    print("bilingual: waiting for another install or removal in the models directory...", file=sys.stderr, flush=True)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``models`` subcommand and its actions."""
    p = sub.add_parser("models", help="list, install, verify or remove translation models", description=__doc__)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    ls = actions.add_parser("list", help="installed models (ours and argospm's) and known ones")
    ls.add_argument("-f", "--format", dest="format", default="text", choices=("text", "json"), help="output format: text (default) or json")
    ls.add_argument("--json", dest="format", nargs=0, action=_Deprecated, instead="-f json", value="json", help=argparse.SUPPRESS)
    ls.add_argument("--model", default=None, metavar="NAME", help="mark the model translate --model NAME would use (default: as translate without --model)")
    ls.set_defaults(func=run_list)

    ins = actions.add_parser("install", help="install from a known name, URL, .argosmodel file or directory")
    ins.add_argument("source", metavar="SRC")
    ins.add_argument("--name", default=None, help="install under this name")
    ins.add_argument("--sha256", default=None, help="expected SHA-256 of the archive (known models are checked anyway)")
    ins.add_argument("--force", action="store_true", help="replace an installed model of the same name")
    ins.add_argument("--langs", default=None, metavar="SRC-TGT", help="language pair when the model does not say (e.g. ar-en)")
    ins.set_defaults(func=run_install)

    ver = actions.add_parser("verify", help="check installed files against their checksums and load the model")
    ver.add_argument("name", nargs="?", metavar="NAME")
    ver.add_argument("--no-load", action="store_true", help="check files only, do not load the model")
    ver.set_defaults(func=run_verify)

    rm = actions.add_parser("remove", help="delete an installed model")
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(func=run_remove)

    cache = actions.add_parser("cache", help="the translation cache: its place, size and entries (--clear empties it)")
    cache.add_argument("--clear", action="store_true", help="remove every cached translation (a damaged cache file is deleted)")
    cache.add_argument("-f", "--format", dest="format", default="text", choices=("text", "json"), help="output format: text (default) or json")
    cache.set_defaults(func=run_cache)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} B"


def run_list(args: argparse.Namespace) -> int:
    """Print installed models, the one translate and report would use marked ``*`` (found as they find it:
    ``--model``, ``$BILINGUAL_MODEL``, else the preferred one) and why each other is not used, then known
    models not yet installed."""
    from ..mt.models import argos_packages_dir, explain_choice, known_models, list_models, models_dir, stale_dirs
    from ..safe import visible_controls

    installed = list_models()
    choice = explain_choice(args.model)
    used = choice.model
    if used is not None and all(m.path != used.path for m in installed):
        installed.append(used)  # a model directory or archive named by path
    stale = stale_dirs()
    known = [k for k in known_models() if k.name not in {m.name for m in installed}]
    if args.format == "json":
        out = {
            "models_dir": str(models_dir()), "argos_packages_dir": str(argos_packages_dir()),
            "used": {"name": used.name, "path": str(used.path), "chosen_by": choice.chosen_by} if used else None,
            "error": choice.error,
            "installed": [{**m.to_dict(), "default": used is not None and m.path == used.path, "not_used": choice.not_used.get(m.path)}
                          for m in installed],
            "available": [{"name": k.name, "from": k.source_lang, "to": k.target_lang, "size": k.size,
                           "sha256": k.sha256, "urls": list(k.urls)} for k in known],
            "stale": [str(p) for p in stale],
        }
        sys.stdout.write(_json(out) + "\n")
        return 0
    lines = _installed_lines(installed, choice) if installed else ["no model installed"]
    if known:
        lines.append("available:")
        lines += [f"  {k.name}  {k.source_lang}->{k.target_lang}  {_size(k.size)}  install: bilingual models install {k.name}"
                  for k in known]
    if stale:
        lines.append("stale (left by an interrupted install or removal; the next install or remove cleans them):")
        lines += [f"  {p}" for p in stale]
    if used is not None:
        lines.append(f"translate and report use: {used.name} ({_CHOSEN_BY[choice.chosen_by]})")
    else:
        lines.append(f"translate and report: {choice.error}")
    lines.append(f"models directory: {models_dir()}")
    lines.append(f"argospm packages: {argos_packages_dir()}")
    sys.stdout.write(visible_controls("\n".join(lines)) + "\n")
    return 0


#: How the model used was chosen, in words, for ``models list``.
_CHOSEN_BY = {"--model": "named by --model", "$BILINGUAL_MODEL": "named by $BILINGUAL_MODEL",
              "default": "the preferred installed Arabic->English model"}


def _installed_lines(installed: list[Any], choice: Any) -> list[str]:
    """One line per installed model: ``*`` for the one used, else why it is not."""
    width = max(len(m.name) for m in installed)
    lines = []
    for m in installed:
        used = choice.model is not None and m.path == choice.model.path
        pair = f"{m.source_lang or '?'}->{m.target_lang or '?'}"
        test = "  (random-weights test model)" if m.is_test_model else ""
        why = "" if used else f"  not used: {choice.not_used.get(m.path, '')}"
        lines.append(f"{'*' if used else ' '} {m.name:<{width}}  {pair:<7} {m.layout or '-':<5} {_size(m.size()):>9}  "
                     f"{m.origin:<9} {m.path}{test}{why}")
    return lines


def _download_bar() -> tuple[Callable[[int, int | None], None], Callable[[], None]]:
    """A rich download bar on stderr (bytes, speed, time left) and its closer."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    bar = Progress(TextColumn("downloading"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    state: dict[str, Any] = {}

    def report(done: int, total: int | None) -> None:
        if "task" not in state:
            bar.start()
            state["task"] = bar.add_task("download", total=total)
        bar.update(state["task"], completed=done, total=total)

    def close() -> None:
        if "task" in state:
            bar.stop()

    return report, close


def run_install(args: argparse.Namespace) -> int:
    """Install SRC and say where it went."""
    from ..errors import InputError
    from ..mt.models import direction_note, install
    from ..safe import visible_controls

    languages = None
    if args.langs:
        parts = args.langs.replace("_", "-").split("-")
        if len(parts) != 2 or not all(parts):
            raise InputError("--langs takes SRC-TGT, e.g. ar-en", "arguments")
        languages = (parts[0], parts[1])
    if args.sha256 is not None and not re.fullmatch(r"[0-9a-fA-F]{64}", args.sha256):
        raise InputError(f"--sha256 {visible_controls(args.sha256)!r}: give the 64 hexadecimal digits of a SHA-256", "arguments")
    report, close = _download_bar()
    try:
        model = install(args.source, name=args.name, sha256=args.sha256, force=args.force,
                        progress=report, languages=languages, on_wait=_waiting)
    finally:
        close()
    # Languages and layout come from the archive's metadata: never raw to the terminal.
    line = (f"installed {model.name} ({model.source_lang or '?'}->{model.target_lang or '?'}, {model.layout}) in {model.path}"
            f"{direction_note(model)}")
    print(visible_controls(line))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Verify one or all installed models; exit 1 when any has a problem, 3 when none is installed
    (as every command that needs one: ``verify || install`` then does what it says)."""
    from ..errors import ModelMissingError
    from ..mt.models import direction_note, list_models, verify
    from ..safe import visible_controls

    results = verify(args.name, load=not args.no_load)
    if not results:
        raise ModelMissingError("no model installed; see: bilingual models list")
    notes = {m.path: direction_note(m) for m in list_models()}
    bad = 0
    for r in results:
        if r.ok:
            print(visible_controls(
                f"ok      {r.name}  ({r.checked_files} files checked{'' if args.no_load else ', loads and translates'})"
                f"{notes.get(r.path, '')}"
            ))
        else:
            bad += 1
            for problem in r.problems:  # file names in problems come from the archive
                print(visible_controls(f"FAILED  {r.name}: {problem}"))
    return 1 if bad else 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove an installed model."""
    from ..mt.models import remove
    from ..safe import visible_controls

    path = remove(args.name, on_wait=_waiting)
    print(visible_controls(f"removed {args.name} ({path})"))
    return 0


def run_cache(args: argparse.Namespace) -> int:
    """Show the translation cache (place, size, entries, cap) or, with ``--clear``, empty it."""
    from ..mt.cache import default_path

    path = default_path()
    if path is None or not path.exists():
        return _no_cache(path, args)
    return _clear_cache(path) if args.clear else _show_cache(path, args.format)


def _no_cache(path: Any, args: argparse.Namespace) -> int:
    """What to say when the cache is off or has not been made yet."""
    from ..mt.cache import max_bytes
    from ..safe import visible_controls

    if args.format == "json" and not args.clear:
        cap = max_bytes()
        sys.stdout.write(_json({"path": None if path is None else str(path), "enabled": path is not None, "exists": False,
                                "entries": 0, "file_bytes": 0, "used_bytes": 0, "models": 0, "max_bytes": cap}) + "\n")
    elif path is None:
        print("translation cache: off (BILINGUAL_CACHE=off)")
    else:
        said = "nothing to clear: no translation cache at" if args.clear else "no translation cache yet (the first translation makes it):"
        print(visible_controls(f"{said} {path}"))
    return 0


def _show_cache(path: Any, fmt: str) -> int:
    """The cache's figures, or one line saying why it cannot be read."""
    import sqlite3

    from ..errors import BilingualError
    from ..mt.cache import SIZE_ENV, TranslationCache
    from ..safe import visible_controls

    cache = TranslationCache(path, warn=False)
    try:
        if not cache.enabled:
            raise BilingualError(f"cannot read the translation cache: {cache.problem}", str(path))
        stats = cache.stats()
    except sqlite3.Error as exc:
        raise BilingualError(f"cannot read the translation cache: {exc}", str(path)) from None
    finally:
        cache.close()
    if fmt == "json":
        sys.stdout.write(_json({"path": str(stats.path), "enabled": True, "exists": True, "entries": stats.entries,
                                "file_bytes": stats.file_bytes, "used_bytes": stats.used_bytes, "models": stats.models,
                                "max_bytes": stats.max_bytes}) + "\n")
        return 0
    cap = "no cap" if stats.max_bytes is None else f"cap {_size(stats.max_bytes)}, the oldest entries removed past it"
    print(visible_controls(f"translation cache: {stats.path}"))
    print(f"  {plural(stats.entries, 'translation')} from {plural(stats.models, 'model')}")
    print(f"  {_size(stats.used_bytes)} in use, file {_size(stats.file_bytes)}; {cap} (${SIZE_ENV}: e.g. 500M, 2G, none)")
    return 0


def _clear_cache(path: Any) -> int:
    """Empty the cache; a damaged file is deleted (nothing in it can be read); one line when it cannot be written."""
    import sqlite3

    from ..errors import BilingualError
    from ..mt.cache import TranslationCache
    from ..safe import visible_controls

    cache = TranslationCache(path, warn=False)
    try:
        if cache.damaged:
            path.unlink()
            print(visible_controls(f"deleted the damaged translation cache {path}: the next translation starts a new one"))
            return 0
        if not cache.enabled:
            raise BilingualError(f"cannot clear the translation cache: {cache.problem}", str(path))
        removed = cache.clear()
    except (OSError, sqlite3.Error) as exc:
        raise BilingualError(f"cannot clear the translation cache: {getattr(exc, 'strerror', None) or exc}", str(path)) from None
    finally:
        cache.close()
    print(visible_controls(f"cleared the translation cache {path}: {plural(removed, 'translation')} removed"))
    return 0
