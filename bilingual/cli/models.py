"""``bilingual models list | install SRC | verify [NAME] | remove NAME``: manage translation models.

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

from ._common import _Deprecated, json_text

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
    """Print installed models (the default marked ``*``), then known models not yet installed."""
    from ..errors import ModelMissingError
    from ..mt.models import (
        argos_packages_dir,
        default_model,
        direction_note,
        known_models,
        list_models,
        models_dir,
        stale_dirs,
    )
    from ..safe import visible_controls

    installed = list_models()
    try:
        default = default_model().path
    except ModelMissingError:
        default = None
    stale = stale_dirs()
    known = [k for k in known_models() if k.name not in {m.name for m in installed}]
    if args.format == "json":
        out = {
            "models_dir": str(models_dir()), "argos_packages_dir": str(argos_packages_dir()),
            "installed": [{**m.to_dict(), "default": m.path == default} for m in installed],
            "available": [{"name": k.name, "from": k.source_lang, "to": k.target_lang, "size": k.size,
                           "sha256": k.sha256, "urls": list(k.urls)} for k in known],
            "stale": [str(p) for p in stale],
        }
        sys.stdout.write(_json(out) + "\n")
        return 0
    lines = []
    if installed:
        width = max(len(m.name) for m in installed)
        for m in installed:
            mark = "*" if m.path == default else " "
            pair = f"{m.source_lang or '?'}->{m.target_lang or '?'}"
            note = f"  UNUSABLE: {m.problem}" if m.problem else ""
            test = "  (random-weights test model)" if m.is_test_model else ""
            lines.append(f"{mark} {m.name:<{width}}  {pair:<7} {m.layout or '-':<5} {_size(m.size()):>9}  "
                         f"{m.origin:<9} {m.path}{test}{direction_note(m)}{note}")
    else:
        lines.append("no model installed")
    if known:
        lines.append("available:")
        lines += [f"  {k.name}  {k.source_lang}->{k.target_lang}  {_size(k.size)}  install: bilingual models install {k.name}"
                  for k in known]
    if stale:
        lines.append("stale (left by an interrupted install or removal; the next install or remove cleans them):")
        lines += [f"  {p}" for p in stale]
    lines.append(f"models directory: {models_dir()}")
    lines.append(f"argospm packages: {argos_packages_dir()}")
    sys.stdout.write(visible_controls("\n".join(lines)) + "\n")
    return 0


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
