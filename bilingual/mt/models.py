"""Model management: the manifest of known models, safe install (file, directory, URL), list,
verify, remove, and finding the model to translate with.

Installed models live in ``$BILINGUAL_MODELS`` or the per-user data directory
(``platformdirs``), one directory per model with an install record (``.bilingual.json``: source,
archive checksum, SHA-256 of every file). Packages installed by ``argospm`` (argostranslate's
package directory) are found too and used as they are.

Installing never trusts the archive: members that would land outside the target (``../``,
absolute paths, links, devices), encrypted members, archives that unpack to too much or
compress too well (zip bombs) and checksum mismatches are refused before anything is kept.
Everything is unpacked into a temporary directory beside the target and renamed into place
only once it checks out, so a refused or interrupted install leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import ModelError, ModelMissingError
from .engine import ARGOS, Engine, ModelFiles, inspect_model

RECORD = ".bilingual.json"
MANIFEST_ENV = "BILINGUAL_MANIFEST"
_MANIFEST = Path(__file__).resolve().parent.parent / "data" / "manifest.json"  # models/manifest.json links here
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_LANG_PAIR = re.compile(r"(?<![a-z])([a-z]{2,3})[-_]([a-z]{2,3})(?![a-z])")

#: Called with (bytes done, bytes expected or None) while downloading.
Progress = Callable[[int, "int | None"], None]


@dataclass(frozen=True, slots=True)
class Limits:
    """What an archive may unpack to; beyond these it is refused as unsafe."""

    max_members: int = 10_000
    max_unpacked: int = 8 << 30  # bytes, all members together
    max_ratio: float = 100.0  # unpacked / archive size, for the whole archive
    max_member_ratio: float = 1000.0  # unpacked / compressed, for one member over 1 MiB
    max_download: int = 8 << 30  # bytes, when the manifest gives no size


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
        settings = json.loads(config.read_text(encoding="utf-8"))
        if isinstance(settings, dict) and settings.get("ARGOS_PACKAGES_DIR"):
            return Path(str(settings["ARGOS_PACKAGES_DIR"])).expanduser()
    except (OSError, ValueError):
        pass
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "argos-translate" / "packages"


# --- the manifest -----------------------------------------------------------------------------


def manifest_path() -> Path:
    """``$BILINGUAL_MANIFEST`` or the manifest shipped in the package (``models/manifest.json`` in the repo)."""
    return Path(os.environ.get(MANIFEST_ENV) or _MANIFEST)


def known_models() -> list[KnownModel]:
    """The manifest's models (empty when the manifest is not there, e.g. in a wheel install)."""
    path = manifest_path()
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            KnownModel(
                name=m["name"], format=m["format"], source_lang=m["from"], target_lang=m["to"], file=m["file"],
                size=int(m["size"]), sha256=m["sha256"].lower(), urls=tuple(m["urls"]), notes=m.get("notes", ""),
            )
            for m in data["models"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"bad manifest: {exc}", str(path)) from None


def _known(name_or_file: str) -> KnownModel | None:
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


def _languages(files: ModelFiles | None, record: dict[str, Any], name: str) -> tuple[str | None, str | None]:
    src = record.get("from") or (files.source_lang if files else None)
    tgt = record.get("to") or (files.target_lang if files else None)
    if not (src and tgt):
        pairs = _LANG_PAIR.findall(name.lower())
        if pairs:
            src, tgt = src or pairs[-1][0], tgt or pairs[-1][1]
    return src, tgt


def _read_record(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / RECORD).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def describe(path: Path, origin: str, name: str | None = None) -> InstalledModel:
    """What is at ``path``: layout and languages, or the problem that makes it unusable."""
    record = _read_record(path)
    name = name or record.get("name") or path.name
    try:
        files: ModelFiles | None = inspect_model(path)
        problem = None
    except ModelError as exc:
        files, problem = None, exc.message
    src, tgt = _languages(files, record, str(name))
    test = bool(record.get("test_model") or (files and files.metadata.get("bilingual_test_model")))
    return InstalledModel(str(name), path, origin, files.layout if files else None, src, tgt, record, problem, test)


def _subdirs(root: Path) -> Iterator[Path]:
    try:
        yield from sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return


def list_models() -> list[InstalledModel]:
    """Installed models: ours first, then argostranslate's translation packages."""
    found = [describe(p, "bilingual") for p in _subdirs(models_dir())]
    for path in _subdirs(argos_packages_dir()):
        meta_path = path / "metadata.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and meta.get("type", "translate") == "translate":
            found.append(describe(path, "argospm"))
    return found


def _preference(model: InstalledModel) -> tuple[int, int, int, str]:
    known = [m.name for m in known_models()]
    rank = known.index(model.name) if model.name in known else len(known)
    return (int(model.is_test_model), int(model.origin != "bilingual"), rank, model.name)


def find_model(name: str | os.PathLike[str] | None = None) -> InstalledModel:
    """The model to translate with: ``name`` (installed name or a path), ``$BILINGUAL_MODEL``,
    else the preferred installed Arabic->English model. :class:`ModelMissingError` when none."""
    wanted = os.fspath(name) if name is not None else os.environ.get("BILINGUAL_MODEL") or None
    if wanted is not None:
        for model in list_models():
            if model.name == wanted:
                if model.problem:
                    raise ModelError(model.problem, str(model.path))
                return model
        path = Path(wanted).expanduser()
        if path.is_dir():
            return describe(path, "path")
        if path.is_file():
            return InstalledModel(_strip_suffix(path.name), path, "path", ARGOS, None, None)
        known = _known(wanted)
        if known:
            raise ModelMissingError(f"model {wanted} is not installed; install it with: bilingual models install {known.name}")
        raise ModelMissingError(f"no installed model or model directory named {wanted!r}; see: bilingual models list")
    usable = [m for m in list_models() if m.problem is None and (m.source_lang, m.target_lang) in (("ar", "en"), (None, None))]
    if not usable:
        raise ModelMissingError(f"no Arabic->English translation model is installed; {install_hint()}")
    return min(usable, key=_preference)


def default_model() -> InstalledModel:
    """The model ``translate`` uses when none is named (raises :class:`ModelMissingError`)."""
    return find_model(None)


_ENGINES: dict[tuple[str, str, str], Engine] = {}
_UNPACKED: dict[str, tempfile.TemporaryDirectory[str]] = {}


def _unpack_archive_for_use(path: Path) -> Path:
    """Unpack an ``.argosmodel`` given directly to ``translate`` into a private temporary directory."""
    key = str(path.resolve())
    if key not in _UNPACKED:
        tmp = tempfile.TemporaryDirectory(prefix="bilingual-model-")
        try:
            root = _extract_zip(path, Path(tmp.name) / "x", Limits())
        except BaseException:
            tmp.cleanup()
            raise
        _UNPACKED[key] = tmp
        return root
    return _package_root(Path(_UNPACKED[key].name) / "x")


def model_path(model: InstalledModel) -> Path:
    """The unpacked directory of ``model`` (an archive named by path is unpacked privately first)."""
    return _unpack_archive_for_use(model.path) if model.path.is_file() else model.path


def load_model(
    name: str | os.PathLike[str] | None = None, *, device: str = "cpu", compute_type: str = "auto"
) -> Engine:
    """A loaded :class:`Engine` for ``name`` (see :func:`find_model`), reused across calls.

    Raises :class:`ModelMissingError` (exit code 3) with the install command when no model is
    installed, and :class:`ModelError` when the model is broken.
    """
    model = find_model(name)
    path = model_path(model)
    key = (str(path.resolve()), device, compute_type)
    if key not in _ENGINES:
        files = inspect_model(path)
        _ENGINES[key] = Engine(files, name=model.name, device=device, compute_type=compute_type)
    return _ENGINES[key]


# --- safe unpacking ---------------------------------------------------------------------------


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why one zip member is unsafe, or ``None``."""
    name = info.filename
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if "\0" in name or "\\" in name:
        return "has a backslash or NUL in its name"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    if ".." in PurePosixPath(name).parts:
        return "would land outside the target (../)"
    if kind == stat.S_IFLNK:
        return "is a symbolic link"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "is not a regular file or directory"
    if info.flag_bits & 0x1:
        return "is encrypted"
    return None


def check_archive(zf: zipfile.ZipFile, archive_size: int, limits: Limits) -> int:
    """Refuse unsafe or oversized archives before extracting anything; returns the unpacked size."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ModelError(f"refused: {len(infos)} members (limit {limits.max_members})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        problem = _member_problem(info)
        if problem:
            raise ModelError(f"refused: member {info.filename!r} {problem}")
        norm = PurePosixPath(info.filename).as_posix().rstrip("/")
        if norm in seen:
            raise ModelError(f"refused: member {info.filename!r} appears twice")
        seen.add(norm)
        total += info.file_size
        if info.file_size > 1 << 20 and info.file_size > limits.max_member_ratio * max(info.compress_size, 1):
            raise ModelError(f"refused: member {info.filename!r} compresses {info.file_size // max(info.compress_size, 1)}:1 (zip bomb?)")
    if total > limits.max_unpacked:
        raise ModelError(f"refused: unpacks to {total} bytes (limit {limits.max_unpacked})")
    if total > limits.max_ratio * max(archive_size, 1) and total > 1 << 20:
        raise ModelError(f"refused: unpacks to {total / max(archive_size, 1):.0f} times its size (zip bomb?)")
    return total


def _package_root(base: Path) -> Path:
    """The directory holding the model: ``base`` itself or its single top-level directory."""
    entries = [p for p in base.iterdir() if not p.name.startswith("__MACOSX")]
    if len(entries) == 1 and entries[0].is_dir() and not (base / "model.bin").exists():
        return entries[0]
    return base


def _extract_zip(archive: Path, dest: Path, limits: Limits) -> Path:
    """Unpack ``archive`` into the new directory ``dest`` after :func:`check_archive`; returns the package root."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ModelError(f"not a valid .argosmodel (zip) archive: {exc}", str(archive)) from None
    with zf:
        try:
            total = check_archive(zf, archive.stat().st_size, limits)
        except ModelError as exc:
            raise ModelError(exc.message, str(archive)) from None
        dest.mkdir(parents=True)
        free = shutil.disk_usage(dest).free
        if total > free:
            raise ModelError(f"not enough disk space: needs {total} bytes, {free} free", str(dest))
        written = 0
        for info in zf.infolist():
            target = dest.joinpath(*PurePosixPath(info.filename).parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, target.open("xb") as out:
                    for block in iter(lambda: src.read(1 << 20), b""):
                        written += len(block)
                        if written > total:
                            raise ModelError("refused: archive unpacks to more than it declares", str(archive))
                        out.write(block)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise ModelError(f"corrupt archive member {info.filename!r}: {exc}", str(archive)) from None
    return _package_root(dest)


def _copy_tree(src: Path, dest: Path) -> Path:
    """Copy the model directory ``src`` into the new ``dest``, refusing links and special files."""
    for path in [src, *src.rglob("*")]:
        if path.is_symlink():
            raise ModelError("refused: the directory contains a symbolic link", str(path))
        if not (path.is_file() or path.is_dir()):
            raise ModelError("refused: not a regular file or directory", str(path))
    shutil.copytree(src, dest, symlinks=True)
    return dest


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): sha256_file(p)
        for p in sorted(root.rglob("*")) if p.is_file() and p.name != RECORD
    }


def _check_checksum(path: Path, expected_sha256: str | None, expected_size: int | None) -> str:
    """SHA-256 of ``path`` after checking its size and checksum against what is expected."""
    size = path.stat().st_size
    if expected_size is not None and size != expected_size:
        raise ModelError(f"refused: size {size} bytes, expected {expected_size}", str(path))
    actual = sha256_file(path)
    if expected_sha256 is not None and actual != expected_sha256.lower():
        raise ModelError(f"refused: checksum mismatch (sha256 {actual}, expected {expected_sha256.lower()})", str(path))
    return actual


# --- downloading ------------------------------------------------------------------------------


def download(
    url: str,
    dest: Path,
    *,
    expected_size: int | None = None,
    expected_sha256: str | None = None,
    progress: Progress | None = None,
    limits: Limits = Limits(),
    timeout: float = 30.0,
) -> Path:
    """Download ``url`` to ``dest``, resuming ``dest.part`` with an HTTP Range request, then check it.

    An interrupted download keeps its ``.part`` for the next try; a complete one with the wrong
    size or checksum is deleted and refused.
    """
    import http.client
    import urllib.error
    import urllib.request

    if not url.startswith(("http://", "https://")):
        raise ModelError("only http:// and https:// URLs can be downloaded", url)
    part = dest.with_name(dest.name + ".part")
    limit = expected_size if expected_size is not None else limits.max_download
    have = part.stat().st_size if part.exists() else 0
    if have > limit:
        part.unlink()
        have = 0
    if have < limit or expected_size is None:
        request = urllib.request.Request(url, headers={"User-Agent": "bilingual", "Accept-Encoding": "identity"})
        if have:
            request.add_header("Range", f"bytes={have}-")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                if have and response.status != 206:
                    have = 0  # the server ignored the range: start again
                length = response.headers.get("Content-Length")
                total = have + int(length) if length and length.isdigit() else expected_size
                if total is not None and total > limit:
                    raise ModelError(f"refused: the server sends {total} bytes, expected at most {limit}", url)
                with part.open("ab" if have else "wb") as out:
                    done = have
                    if progress:
                        progress(done, total)
                    for block in iter(lambda: response.read(1 << 16), b""):
                        done += len(block)
                        if done > limit:
                            raise ModelError(f"refused: download exceeds {limit} bytes", url)
                        out.write(block)
                        if progress:
                            progress(done, total)
                if total is not None and done < total:
                    raise ConnectionError(f"connection closed after {done} of {total} bytes")
        except urllib.error.HTTPError as exc:
            if not (exc.code == 416 and expected_size is not None and have == expected_size):
                raise ModelError(f"download failed: HTTP {exc.code} {exc.reason}", url) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ModelError(
                f"download interrupted ({reason}); run the same command again to resume", url
            ) from None
    try:
        _check_checksum(part, expected_sha256, expected_size)
    except ModelError:
        part.unlink(missing_ok=True)
        raise
    part.replace(dest)
    return dest


# --- install / verify / remove ----------------------------------------------------------------


def _target_name(name: str | None, default: str) -> str:
    chosen = name or default
    if not _NAME.fullmatch(chosen):
        raise ModelError(f"bad model name {chosen!r}: use letters, digits, '.', '_' and '-'")
    return chosen


def _strip_suffix(name: str) -> str:
    for suffix in (".argosmodel", ".zip"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def install(
    source: str,
    *,
    name: str | None = None,
    sha256: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
    limits: Limits = Limits(),
    languages: tuple[str, str] | None = None,
) -> InstalledModel:
    """Install a model from a manifest name, an ``http(s)://`` URL, an ``.argosmodel`` file or a
    model directory; returns it. Known files are checked against the manifest's size and SHA-256."""
    root = models_dir()
    known = _known(source) or _known(source.rstrip("/").rsplit("/", 1)[-1])
    src_path = Path(source).expanduser()
    is_url = re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source) is not None
    if not is_url and not src_path.exists():
        if known is None:
            raise ModelError(
                "no such file or directory, and not a URL or a model the manifest knows "
                f"({', '.join(m.name for m in known_models()) or 'none'})", source,
            )
    elif not is_url and known is not None and src_path.name != known.file:
        known = None  # a local path that only shares a name with a known model
    target_name = _target_name(name, known.name if known else _strip_suffix(src_path.name.rstrip("/") or "model"))
    target = root / target_name
    if target.exists() and not force:
        raise ModelError(f"{target_name} is already installed (use --force to replace it)", str(target))
    expected_sha = sha256 or (known.sha256 if known else None)
    expected_size = known.size if known and not sha256 else None
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
    downloaded: Path | None = None
    try:
        if is_url or not src_path.exists():
            urls = [source] if is_url else list(known.urls) if known else []
            downloaded = _download_any(urls, root / ".downloads", known.file if known else _url_file(source),
                                       expected_size, expected_sha, progress, limits)
            archive_sha = _check_checksum(downloaded, expected_sha, expected_size)
            package = _extract_zip(downloaded, work / "unpacked", limits)
            origin = urls[0]
        elif src_path.is_dir():
            package = _copy_tree(src_path, work / "unpacked")
            archive_sha, origin = None, str(src_path.resolve())
        else:
            archive_sha = _check_checksum(src_path, expected_sha, expected_size)
            package = _extract_zip(src_path, work / "unpacked", limits)
            origin = str(src_path.resolve())
        files = inspect_model(package)
        (package / RECORD).unlink(missing_ok=True)
        record = _install_record(target_name, origin, archive_sha, package, files, languages)
        (package / RECORD).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(package, target)
        if downloaded is not None:
            _cleanup_download(downloaded)
    except ModelError as exc:
        if downloaded is not None:
            _cleanup_download(downloaded)
        raise ModelError(exc.message, exc.location or source) from None
    except OSError as exc:
        raise ModelError(f"install failed: {exc.strerror or exc}", str(exc.filename or source)) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return describe(target, "bilingual")


def _url_file(url: str) -> str:
    tail = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return tail if _NAME.fullmatch(tail) else "download.argosmodel"


def _download_any(
    urls: list[str], folder: Path, filename: str, size: int | None, sha: str | None,
    progress: Progress | None, limits: Limits,
) -> Path:
    """Try each URL in turn (mirrors); the last error is reported when all fail."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / filename
    if dest.exists():
        try:
            _check_checksum(dest, sha, size)
            return dest
        except ModelError:
            dest.unlink()
    error: ModelError | None = None
    for url in urls:
        try:
            return download(url, dest, expected_size=size, expected_sha256=sha, progress=progress, limits=limits)
        except ModelError as exc:
            error = exc
            if "checksum" in exc.message or "refused" in exc.message:
                raise
    raise error or ModelError("the manifest lists no URL for this model")


def _cleanup_download(archive: Path) -> None:
    """Delete the downloaded archive once installed (the unpacked model is what is kept)."""
    archive.unlink(missing_ok=True)
    try:
        archive.parent.rmdir()
    except OSError:
        pass


def _install_record(
    name: str, origin: str, archive_sha: str | None, package: Path, files: ModelFiles,
    languages: tuple[str, str] | None,
) -> dict[str, Any]:
    src, tgt = languages or _languages(files, {}, name)
    return {
        "name": name,
        "source": origin,
        "sha256": archive_sha,
        "layout": files.layout,
        "from": src,
        "to": tgt,
        "installed": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "test_model": bool(files.metadata.get("bilingual_test_model")),
        "files": _file_hashes(package),
    }


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of checking one installed model."""

    name: str
    path: Path
    problems: tuple[str, ...]
    checked_files: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_model(model: InstalledModel, *, load: bool = True) -> Verification:
    """Check layout, every file against its install-time SHA-256, and (``load``) that it loads."""
    problems: list[str] = []
    if model.problem:
        problems.append(model.problem)
    recorded: dict[str, str] = model.record.get("files") or {}
    if model.origin == "bilingual" and not recorded:
        problems.append(f"no install record ({RECORD}); reinstall to enable checksums")
    actual = {p.relative_to(model.path).as_posix() for p in model.path.rglob("*") if p.is_file() and p.name != RECORD}
    for rel, digest in sorted(recorded.items()):
        path = model.path / rel
        if not path.is_file():
            problems.append(f"missing file {rel}")
        elif sha256_file(path) != digest:
            problems.append(f"changed file {rel} (sha256 differs from install time)")
    if recorded:
        problems.extend(f"unexpected file {rel}" for rel in sorted(actual - set(recorded)))
    if load and not problems:
        try:
            Engine(inspect_model(model.path), name=model.name).translate(["اختبار"])
        except ModelError as exc:
            problems.append(exc.message)
    return Verification(model.name, model.path, tuple(problems), len(recorded))


def verify(name: str | None = None, *, load: bool = True) -> list[Verification]:
    """Verify one installed model by name, or all of them."""
    models = list_models()
    if name is not None:
        models = [m for m in models if m.name == name]
        if not models:
            raise ModelMissingError(f"no installed model named {name!r}; see: bilingual models list")
    return [verify_model(m, load=load) for m in models]


def remove(name: str) -> Path:
    """Delete an installed model (only from our directory; argospm's packages are argospm's)."""
    if not _NAME.fullmatch(name):
        raise ModelError(f"bad model name {name!r}")
    target = models_dir() / name
    if not target.is_dir():
        for model in list_models():
            if model.name == name and model.origin == "argospm":
                raise ModelError(f"{name} was installed by argospm; remove it with: argospm remove {name}", str(model.path))
        raise ModelMissingError(f"no installed model named {name!r}; see: bilingual models list")
    shutil.rmtree(target)
    return target
