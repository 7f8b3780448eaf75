"""Where models are and which one to use: the manifest of known models, installed models (ours and
argospm's), the default choice, and loading a model into an :class:`~bilingual.mt.engine.Engine`.

Installed models live in ``$BILINGUAL_MODELS`` or the per-user data directory (``platformdirs``),
one directory per model with an install record (``.bilingual.json``: source, archive checksum,
SHA-256 of every file). Directories whose names start with ``.`` are never models: the lock file,
downloads, and the ``.install-*``/``.remove-*``/``.old-*`` directories of an install or removal in
progress (or killed: see :func:`stale_dirs`).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import BilingualError, DefaultModelBrokenError, ModelCorruptError, ModelError, ModelMissingError
from ..engine import ARGOS, Engine, ModelFiles, inspect_model, read_json
from .archive import Limits, extract_zip, package_root

RECORD = ".bilingual.json"
MANIFEST_ENV = "BILINGUAL_MANIFEST"
_MANIFEST = Path(__file__).resolve().parent.parent.parent / "data" / "manifest.json"  # models/manifest.json links here
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
#: A language pair in a model's name; a lookahead, so that overlapping pairs are all found.
_LANG_PAIR = re.compile(r"(?<![a-z])(?=([a-z]{2,3})[-_]([a-z]{2,3})(?![a-z]))")
#: Prefixes of the directories an install or removal works in; any found outside the lock is stale.
STAGING_PREFIXES = (".install-", ".remove-", ".old-")
#: Codes of the languages translate may be given (Arabic) and must get (English), ISO 639-1 and -3.
ARABIC_CODES = ("ar", "ara")
ENGLISH_CODES = ("en", "eng")


@dataclass(frozen=True, slots=True)
class KnownModel:
    """A manifest entry: a model users can install by name."""

    name: str
    format: str
    source_lang: str
    target_lang: str
    file: str
    size: int
    sha256: str
    urls: tuple[str, ...]
    notes: str = ""


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """A model on disk that ``translate`` can use."""

    name: str
    path: Path
    origin: str  # "bilingual" (our directory), "argospm" (argostranslate's) or "path"
    layout: str | None
    source_lang: str | None
    target_lang: str | None
    record: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # why it cannot be used, for listing
    is_test_model: bool = False  # a random-weights model from scripts/build_test_model.py

    def size(self) -> int:
        """Bytes on disk."""
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file() and not p.is_symlink())

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``models list --json``."""
        return {
            "name": self.name, "path": str(self.path), "origin": self.origin, "layout": self.layout,
            "from": self.source_lang, "to": self.target_lang, "problem": self.problem,
            "sha256": self.record.get("sha256"), "source": self.record.get("source"),
        }


# --- where things are -------------------------------------------------------------------------


def models_dir() -> Path:
    """``$BILINGUAL_MODELS``, else ``models`` in the per-user data directory."""
    env = os.environ.get("BILINGUAL_MODELS")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("bilingual") / "models"


def argos_packages_dir() -> Path:
    """argostranslate's package directory, found the way argostranslate finds it (without importing it)."""
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return Path(env).expanduser()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "argos-translate" / "settings.json"
    try:
        settings = read_json(config)
        if settings.get("ARGOS_PACKAGES_DIR"):
            return Path(str(settings["ARGOS_PACKAGES_DIR"])).expanduser()
    except ModelError:
        pass
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "argos-translate" / "packages"


def stale_dirs(root: Path | None = None) -> list[Path]:
    """Work directories of installs and removals in ``root`` (default: :func:`models_dir`), sorted.

    Outside the models directory's lock, any such directory was left by a killed run; the next
    install or remove cleans it (and puts back a model that was moved aside mid-replacement)."""
    root = models_dir() if root is None else root
    try:
        return sorted(p for p in root.iterdir() if p.name.startswith(STAGING_PREFIXES))
    except OSError:
        return []


# --- the manifest -----------------------------------------------------------------------------


def manifest_path() -> Path:
    """``$BILINGUAL_MANIFEST`` or the manifest shipped in the package (``models/manifest.json`` in the repo)."""
    return Path(os.environ.get(MANIFEST_ENV) or _MANIFEST)


def known_models() -> list[KnownModel]:
    """The manifest's models (empty when the manifest is not there)."""
    path = manifest_path()
    if not path.is_file():
        return []
    try:
        data = read_json(path)
        return [
            KnownModel(
                name=str(m["name"]), format=str(m["format"]), source_lang=str(m["from"]), target_lang=str(m["to"]),
                file=str(m["file"]), size=int(m["size"]), sha256=str(m["sha256"]).lower(),
                urls=tuple(str(u) for u in m["urls"]), notes=str(m.get("notes", "")),
            )
            for m in data["models"]
        ]
    except ModelError as exc:
        raise ModelError(f"bad manifest: {exc.message}", str(path)) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"bad manifest: {type(exc).__name__}: {exc}", str(path)) from None


def known_model(name_or_file: str) -> KnownModel | None:
    """The manifest entry called ``name_or_file`` (its name or its file name), if any."""
    for model in known_models():
        if name_or_file in (model.name, model.file):
            return model
    return None


def install_hint() -> str:
    """The one command that installs the default model, with where it downloads from."""
    known = [m for m in known_models() if (m.source_lang, m.target_lang) == ("ar", "en")]
    if not known:
        return "install one with: bilingual models install PATH-OR-URL (an .argosmodel package or a CTranslate2 directory)"
    m = known[0]
    return f"install one with: bilingual models install {m.name}  (downloads {m.size / 1e6:.1f} MB from {m.urls[0]})"


# --- listing and finding ----------------------------------------------------------------------


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def languages(files: ModelFiles | None, record: dict[str, Any], name: str) -> tuple[str | None, str | None]:
    """(source, target) language codes: the install record, else the metadata, else the model's name."""
    src = _text(record.get("from")) or (files.source_lang if files else None)
    tgt = _text(record.get("to")) or (files.target_lang if files else None)
    if not (src and tgt):
        pairs = _LANG_PAIR.findall(name.lower())
        if pairs:  # 'opus-mt-ar-en-ct2' holds mt-ar, ar-en, en-ct: an Arabic->English pair wins, else the last
            guess = next((p for p in pairs if translates_arabic_to_english(*p)), pairs[-1])
            src, tgt = src or guess[0], tgt or guess[1]
    return src, tgt


def read_record(path: Path) -> dict[str, Any]:
    """The install record of the model at ``path`` (``{}`` when there is none or it is unreadable)."""
    try:
        return read_json(path / RECORD)
    except ModelError:
        return {}


def describe(path: Path, origin: str, name: str | None = None) -> InstalledModel:
    """What is at ``path``: layout and languages, or the problem that makes it unusable."""
    record = read_record(path)
    name = name or _text(record.get("name")) or path.name
    try:
        files: ModelFiles | None = inspect_model(path)
        problem = None
    except ModelError as exc:
        files, problem = None, exc.message
    src, tgt = languages(files, record, name)
    test = bool(record.get("test_model") or (files and files.metadata.get("bilingual_test_model")))
    return InstalledModel(name, path, origin, files.layout if files else None, src, tgt, record, problem, test)


def _subdirs(root: Path) -> Iterator[Path]:
    try:
        yield from sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return


def _is_translation_package(path: Path) -> bool:
    """An argospm directory that is a translation package (or whose metadata is unreadable: shown as broken)."""
    meta = path / "metadata.json"
    if not meta.is_file():
        return False
    try:
        return bool(read_json(meta).get("type", "translate") == "translate")
    except ModelError:
        return True


def list_models() -> list[InstalledModel]:
    """Installed models: ours first, then argostranslate's translation packages."""
    found = [describe(p, "bilingual") for p in _subdirs(models_dir())]
    found += [describe(p, "argospm") for p in _subdirs(argos_packages_dir()) if _is_translation_package(p)]
    return found


def _preference(model: InstalledModel) -> tuple[int, int, int, str]:
    known = [m.name for m in known_models()]
    rank = known.index(model.name) if model.name in known else len(known)
    return (int(model.is_test_model), int(model.origin != "bilingual"), rank, model.name)


def archive_stem(name: str) -> str:
    """``name`` without an ``.argosmodel`` or ``.zip`` suffix."""
    for suffix in (".argosmodel", ".zip"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _base(code: str) -> str:
    """A language code without its region or script (``ar_EG``, ``ar-Arab``: ``ar``), lower case."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def translates_arabic_to_english(src: str | None, tgt: str | None) -> bool:
    """False only when the languages are known and are not Arabic into English (unknown ones pass)."""
    return (src is None or _base(src) in ARABIC_CODES) and (tgt is None or _base(tgt) in ENGLISH_CODES)


def direction_note(model: InstalledModel) -> str:
    """What ``models list`` and ``install`` say after a model that translate will never use."""
    if translates_arabic_to_english(model.source_lang, model.target_lang):
        return ""
    return "  (not Arabic->English: translate will not use it)"


def check_direction(src: str | None, tgt: str | None, name: str, where: str) -> None:
    """Refuse a model whose metadata says it translates other languages than Arabic into English:
    an English->Arabic or Persian model given Arabic would print confident nonsense."""
    if translates_arabic_to_english(src, tgt):
        return
    from ...safe import visible_controls

    raise ModelError(
        f"model {visible_controls(name)} translates {visible_controls(src or '?')}->{visible_controls(tgt or '?')}, "
        "not Arabic->English (if its metadata is wrong: bilingual models install DIR --langs ar-en)", where,
    )


def _usable() -> list[InstalledModel]:
    """Installed models that may be chosen by default: readable, and Arabic->English (or unknown)."""
    return [m for m in list_models() if m.problem is None and translates_arabic_to_english(m.source_lang, m.target_lang)]


def find_model(name: str | os.PathLike[str] | None = None) -> InstalledModel:
    """The model to translate with: ``name`` (installed name or a path), ``$BILINGUAL_MODEL``,
    else the preferred installed Arabic->English model. :class:`ModelMissingError` when none."""
    wanted = os.fspath(name) if name is not None else os.environ.get("BILINGUAL_MODEL") or None
    if wanted == "":
        raise ModelError("--model: empty model name; give an installed name or a path (see: bilingual models list)")
    if wanted is not None:
        for model in list_models():
            if model.name == wanted:
                if model.problem:
                    raise ModelCorruptError(model.problem, str(model.path))
                return model
        path = Path(wanted).expanduser()
        if path.is_dir():
            return describe(path, "path")
        if path.is_file():
            return InstalledModel(archive_stem(path.name), path, "path", ARGOS, None, None)
        known = known_model(wanted)
        if known:
            raise ModelMissingError(f"model {wanted} is not installed; install it with: bilingual models install {known.name}")
        raise ModelMissingError(f"no installed model or model directory named {wanted!r}; see: bilingual models list")
    usable = _usable()
    if not usable:
        raise ModelMissingError(f"no Arabic->English translation model is installed; {install_hint()}")
    return min(usable, key=_preference)


@dataclass(frozen=True, slots=True)
class Choice:
    """The model ``translate`` and ``report`` would use (:func:`find_model`'s answer), what chose it
    (``--model``, ``$BILINGUAL_MODEL`` or ``default``), the one-line error they would stop with when there
    is none, and why each other installed model is not used, by path."""

    model: InstalledModel | None
    chosen_by: str
    error: str | None
    not_used: dict[Path, str]


def explain_choice(name: str | os.PathLike[str] | None = None) -> Choice:
    """Which model a command given ``--model name`` (``None``: none given) would use, found and loaded as
    :func:`load_model` finds and loads it (a named model that does not load is an error; a default that
    does not load gives way to the next one), and why each other installed model is not used: broken,
    not Arabic into English, another one named, or another one preferred."""
    chosen_by = "--model" if name is not None else "$BILINGUAL_MODEL" if os.environ.get("BILINGUAL_MODEL") else "default"
    model: InstalledModel | None = None
    error, passed_over = None, {}
    try:
        if chosen_by == "default":
            _, model, broken = load_default()
            passed_over = {m.path: f"broken: {exc.message}" for m, exc in broken}
        else:
            model = find_model(name)
            _load(model, "cpu", "auto")
    except BilingualError as exc:
        model, error = None, exc.message
    not_used = {m.path: passed_over.get(m.path) or _why_not(m, model, chosen_by) for m in list_models() if model is None or m.path != model.path}
    return Choice(model, chosen_by, error, not_used)


def _why_not(model: InstalledModel, chosen: InstalledModel | None, chosen_by: str) -> str:
    """Why ``model`` is not the one used, in a few words."""
    if model.problem:
        return f"broken: {model.problem}"
    if not translates_arabic_to_english(model.source_lang, model.target_lang):
        return f"not Arabic->English ({model.source_lang or '?'}->{model.target_lang or '?'})"
    if chosen is None:
        return f"{chosen_by} names another model"
    if chosen_by != "default":
        return f"{chosen_by} names {chosen.name}"
    if model.is_test_model and not chosen.is_test_model:
        return f"a random-weights test model: {chosen.name} is preferred"
    if model.origin != chosen.origin:
        return f"installed by argospm: {chosen.name}, installed by bilingual, is preferred"
    return f"{chosen.name} is preferred (the manifest's order, then the names')"


def default_model() -> InstalledModel:
    """The model ``translate`` uses when none is named (raises :class:`ModelMissingError`)."""
    return find_model(None)


_ENGINES: dict[tuple[str, str, str, int, int, int], Engine] = {}
_UNPACKED: dict[str, tempfile.TemporaryDirectory[str]] = {}


def _unpack_archive_for_use(path: Path) -> Path:
    """Unpack an ``.argosmodel`` given directly to ``translate`` into a private temporary directory."""
    key = str(path.resolve())
    if key not in _UNPACKED:
        tmp = tempfile.TemporaryDirectory(prefix="bilingual-model-")
        try:
            root = extract_zip(path, Path(tmp.name) / "x", Limits())
        except BaseException:
            tmp.cleanup()
            raise
        _UNPACKED[key] = tmp
        return root
    return package_root(Path(_UNPACKED[key].name) / "x")


def model_path(model: InstalledModel) -> Path:
    """The unpacked directory of ``model`` (an archive named by path is unpacked privately first)."""
    return _unpack_archive_for_use(model.path) if model.path.is_file() else model.path


def _identity(files: ModelFiles) -> tuple[int, int, int]:
    """(inode, mtime, ctime) of the weights, so that a model replaced in place is loaded afresh
    (the change time even when a copy kept the old size and modification time)."""
    try:
        st = (files.model_dir / "model.bin").stat()
    except OSError:
        return (0, 0, 0)
    return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns)


def load_model(
    name: str | os.PathLike[str] | None = None, *, device: str = "cpu", compute_type: str = "auto"
) -> Engine:
    """A loaded :class:`Engine` for ``name`` (see :func:`find_model`), reused across calls.

    Raises :class:`ModelMissingError` (exit code 3) with the install command when no model is
    installed, :class:`ModelCorruptError` when the named model cannot be loaded, and
    :class:`DefaultModelBrokenError` when none was named and the default one cannot be loaded
    (a caller such as the report may then go on without machine translation).
    """
    if name is not None or os.environ.get("BILINGUAL_MODEL"):
        return _load(find_model(name), device, compute_type)
    return _load_default(device, compute_type)


def _load(model: InstalledModel, device: str, compute_type: str) -> Engine:
    """The engine of ``model``, loaded once per (path, device, compute type, weights' identity);
    refused when its metadata says it does not translate Arabic into English."""
    path = model_path(model)
    files = inspect_model(path)
    src, tgt = (model.source_lang, model.target_lang) if model.source_lang else languages(files, {}, model.name)
    check_direction(src, tgt, model.name, str(model.path))
    key = (str(path.resolve()), device, compute_type, *_identity(files))
    if key not in _ENGINES:
        try:
            _ENGINES[key] = Engine(files, name=model.name, device=device, compute_type=compute_type)
        except ModelCorruptError as exc:
            if model.origin == "bilingual":
                exc.message += f"; check it with: bilingual models verify {model.name}, then reinstall it with --force"
            raise
    return _ENGINES[key]


def load_default(device: str = "cpu", compute_type: str = "auto") -> tuple[Engine, InstalledModel, list[tuple[InstalledModel, ModelCorruptError]]]:
    """The preferred installed Arabic->English model that loads, loaded, and the ones before it that
    failed to load (each with its error): one corrupt model does not hide a working one installed beside it.
    Raises :class:`DefaultModelBrokenError` when none loads."""
    first = find_model(None)
    broken: list[tuple[InstalledModel, ModelCorruptError]] = []
    for model in [first] + sorted((m for m in _usable() if m.path != first.path), key=_preference):
        try:
            engine = _load(model, device, compute_type)
        except ModelCorruptError as exc:
            broken.append((model, exc))
            continue
        return engine, model, broken
    first_error = broken[0][1]
    raise DefaultModelBrokenError(f"the default model {first.name} is broken: {first_error.message}", first_error.location or str(first.path))


def _load_default(device: str, compute_type: str) -> Engine:
    """:func:`load_default`'s engine; each broken model passed over is named on stderr."""
    engine, model, broken = load_default(device, compute_type)
    for _, problem in broken:
        print(f"bilingual: warning: {problem}; using the installed model {model.name} instead", file=sys.stderr)
    return engine
