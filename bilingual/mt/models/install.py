"""Installing, removing and verifying models, each a transaction on the models directory.

* One lock per models directory (``.lock``, ``fcntl.flock``) serializes installs and removals:
  a second install of the same name waits, then finds the first one's model and says so.
* An install unpacks (or copies) into a staging directory ``.install-*`` inside the models
  directory, checks the layout, loads the model with CTranslate2 and SentencePiece and translates
  one word (:func:`load_check`), and only then swaps it in with renames: the old model is renamed
  aside to ``.old-*``, the new one renamed into place, the old one deleted. At every instant the
  old or the new complete model exists under one of those names.
* A removal renames the model aside to ``.remove-*`` first, then deletes it: an interrupted
  removal leaves no half-deleted model under the model's name.
* Work directories left by a killed run are cleaned by the next install or remove, under the
  lock (:func:`recover`), after putting back an old model that was moved aside but not replaced;
  until then ``bilingual models list`` shows them as stale.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import ModelBusyError, ModelError, ModelExistsError, ModelMissingError
from ..engine import DecodeOptions, Engine, ModelFiles, inspect_model
from .archive import Limits, check_checksum, copy_tree, extract_zip, file_hashes, sha256_file, write_error
from .download import Progress, cleanup_download, download_any, url_file
from .registry import (
    NAME,
    RECORD,
    InstalledModel,
    archive_stem,
    describe,
    known_model,
    known_models,
    languages,
    list_models,
    model_path,
    models_dir,
    stale_dirs,
)

LOCK = ".lock"
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_OLD = re.compile(r"\.old-[0-9a-f]{8}-(.+)")
#: What :func:`load_check` translates: one common word, enough to run every layer once.
PROBE = "اختبار"


# --- the lock ---------------------------------------------------------------------------------


@contextmanager
def models_lock(root: Path, *, wait: bool = True, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the models directory's lock (created, with ``root``, when missing; deleted on release).

    Waits for another holder (calling ``on_wait`` first) or, with ``wait=False``, raises
    :class:`ModelBusyError`. After locking, the file is checked to still be the one on disk, so
    that deleting it on release never lets two processes hold two different lock files."""
    path = root / LOCK
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, root) from None
    if sys.platform == "win32":  # no flock: installs are not serialized there
        yield
        return
    import fcntl

    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise write_error(exc, path) from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise ModelBusyError("another install or removal is running in this models directory", str(root)) from None
                if on_wait is not None:
                    on_wait()
                fcntl.flock(fd, fcntl.LOCK_EX)
            mine = os.fstat(fd)
            try:
                current = os.stat(path)
                same = (mine.st_dev, mine.st_ino) == (current.st_dev, current.st_ino)
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)  # the holder before us deleted this file: lock the new one
    try:
        yield
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make the renames in ``path`` durable (best effort: not every file system allows it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _delete(path: Path) -> None:
    """Delete a directory tree, a file or a link; what cannot be deleted stays (listed as stale)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


def recover(root: Path | None = None) -> list[str]:
    """Finish what killed installs and removals left (call with the lock held); says what it did.

    An old model renamed aside whose replacement never arrived is put back; every other work
    directory (staging, aside after replacement, half-deleted removal) is deleted."""
    root = models_dir() if root is None else root
    done: list[str] = []
    for path in stale_dirs(root):
        old = _OLD.fullmatch(path.name)
        if old and NAME.fullmatch(old.group(1)) and not os.path.lexists(root / old.group(1)):
            os.rename(path, root / old.group(1))
            done.append(f"restored {old.group(1)} (its replacement was interrupted)")
        else:
            _delete(path)
            done.append(f"deleted {path.name} (left by an interrupted run)")
    if done:
        _fsync_dir(root)
    return done


def _swap(package: Path, target: Path) -> None:
    """Put ``package`` in place of ``target`` with renames: old aside, new in, old deleted."""
    aside: Path | None = None
    if os.path.lexists(target):
        aside = target.with_name(f".old-{secrets.token_hex(4)}-{target.name}")
        os.rename(target, aside)
    try:
        os.rename(package, target)
    except BaseException:
        if aside is not None:
            os.rename(aside, target)
        raise
    _fsync_dir(target.parent)
    if aside is not None:
        _delete(aside)


# --- checks -----------------------------------------------------------------------------------


def load_check(model: InstalledModel | str | os.PathLike[str]) -> None:
    """Load ``model`` (an installed model or a model directory) with CTranslate2 and SentencePiece and
    translate one word; raises :class:`ModelCorruptError` when that fails (never ``IndexError``)."""
    path = model_path(model) if isinstance(model, InstalledModel) else Path(model)
    files = inspect_model(path)
    engine = Engine(files, inter_threads=1, intra_threads=1)
    engine.translate([PROBE], DecodeOptions(beam_size=1, max_decoding_length=8))


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of checking one installed model."""

    name: str
    path: Path
    problems: tuple[str, ...]
    checked_files: int

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


def verify_model(model: InstalledModel, *, load: bool = True) -> Verification:
    """Check layout, every file against its install-time SHA-256, and (``load``) that it loads."""
    problems: list[str] = []
    if model.problem:
        problems.append(model.problem)
    recorded = model.record.get("files")
    recorded = {str(k): str(v) for k, v in recorded.items()} if isinstance(recorded, dict) else {}
    if model.origin == "bilingual" and not recorded:
        problems.append(f"no install record ({RECORD}); reinstall to enable checksums")
    actual = {p.relative_to(model.path).as_posix() for p in model.path.rglob("*") if p.is_file() and p.name != RECORD}
    for rel, digest in sorted(recorded.items()):
        path = model.path / rel
        if ".." in Path(rel).parts or not path.is_file():
            problems.append(f"missing file {rel}")
        elif sha256_file(path) != digest:
            problems.append(f"changed file {rel} (sha256 differs from install time)")
    if recorded:
        problems.extend(f"unexpected file {rel}" for rel in sorted(actual - set(recorded)))
    if load and not problems:
        try:
            load_check(model)
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


# --- install ----------------------------------------------------------------------------------


def _target_name(name: str | None, default: str) -> str:
    chosen = name or default
    if not NAME.fullmatch(chosen):
        raise ModelError(f"bad model name {chosen!r}: use letters, digits, '.', '_' and '-'")
    return chosen


def _os_error(exc: OSError, where: str) -> ModelError:
    """An install's OS error as a :class:`ModelError`: a full disk says so, anything else names the file."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return write_error(exc, where)
    return ModelError(f"install failed: {exc.strerror or exc}", str(exc.filename or where))


def _install_record(
    name: str, origin: str, archive_sha: str | None, package: Path, files: ModelFiles,
    langs: tuple[str, str] | None,
) -> dict[str, Any]:
    src, tgt = langs or languages(files, {}, name)
    return {
        "name": name,
        "source": origin,
        "sha256": archive_sha,
        "layout": files.layout,
        "from": src,
        "to": tgt,
        "installed": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "test_model": bool(files.metadata.get("bilingual_test_model")),
        "load_checked": True,
        "files": file_hashes(package, RECORD),
    }


def _point_at_source(exc: ModelError, staged: Path, source: str) -> None:
    """Make an error about the staged copy name what the user gave instead (``model.zip:
    pkg/model/model.bin``): the staging directory is deleted when the install is refused."""
    prefix = str(staged)
    if exc.location and exc.location.startswith(prefix):
        inner = exc.location[len(prefix):].lstrip("/")
        exc.location = f"{source}: {inner}" if inner else source
    exc.message = exc.message.replace(prefix + "/", "").replace(prefix, ".")


def install(
    source: str,
    *,
    name: str | None = None,
    sha256: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
    limits: Limits = Limits(),
    languages: tuple[str, str] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> InstalledModel:
    """Install a model from a manifest name, an ``http(s)://`` URL, an ``.argosmodel`` file or a
    model directory; returns it. Known files are checked against the manifest's size and SHA-256,
    and the model must load before it replaces anything (see the module docstring).

    Raises :class:`ModelExistsError` (installed already, no ``force``), :class:`ModelRefusedError`
    and :class:`ChecksumMismatchError` (unsafe or wrong archive), :class:`ModelCorruptError` (does
    not load), :class:`DownloadError`, :class:`DiskFullError`, or :class:`ModelError`."""
    import json

    root = models_dir()
    known = known_model(source) or known_model(source.rstrip("/").rsplit("/", 1)[-1])
    src_path = Path(source).expanduser()
    is_url = _URL.match(source) is not None
    if not is_url and not src_path.exists():
        if known is None:
            raise ModelError(
                "no such file or directory, and not a URL or a model the manifest knows "
                f"({', '.join(m.name for m in known_models()) or 'none'})", source,
            )
    elif not is_url and known is not None and src_path.name != known.file:
        known = None  # a local path that only shares a name with a known model
    target_name = _target_name(name, known.name if known else archive_stem(src_path.name.rstrip("/") or "model"))
    target = root / target_name
    if target.exists() and not force:
        raise ModelExistsError(f"{target_name} is already installed (use --force to replace it)", str(target))
    expected_sha = sha256 or (known.sha256 if known else None)
    expected_size = known.size if known and not sha256 else None
    with models_lock(root, on_wait=on_wait):
        recover(root)
        if target.exists() and not force:  # installed meanwhile by the holder we waited for
            raise ModelExistsError(f"{target_name} is already installed (use --force to replace it)", str(target))
        downloaded: Path | None = None
        work: Path | None = None
        try:
            work = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
            if is_url or not src_path.exists():
                urls = [source] if is_url else list(known.urls) if known else []
                downloaded = download_any(urls, root / ".downloads", known.file if known else url_file(source),
                                          expected_size, expected_sha, progress, limits)
                archive_sha: str | None = check_checksum(downloaded, expected_sha, expected_size)
                package = extract_zip(downloaded, work / "unpacked", limits)
                origin = urls[0]
            elif src_path.is_dir():
                package = copy_tree(src_path, work / "unpacked")
                archive_sha, origin = None, str(src_path.resolve())
            else:
                archive_sha = check_checksum(src_path, expected_sha, expected_size)
                package = extract_zip(src_path, work / "unpacked", limits)
                origin = str(src_path.resolve())
            files = inspect_model(package)
            load_check(package)
            (package / RECORD).unlink(missing_ok=True)
            record = _install_record(target_name, origin, archive_sha, package, files, languages)
            (package / RECORD).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            _swap(package, target)
            if downloaded is not None:
                cleanup_download(downloaded)
        except ModelError as exc:
            if downloaded is not None:
                cleanup_download(downloaded)
            if work is not None:
                _point_at_source(exc, work / "unpacked", source)
            if exc.location is None:
                exc.location = source
            raise
        except OSError as exc:
            raise _os_error(exc, source) from None
        finally:
            if work is not None:
                shutil.rmtree(work, ignore_errors=True)
    return describe(target, "bilingual")


# --- remove -----------------------------------------------------------------------------------


def remove(name: str, *, on_wait: Callable[[], None] | None = None) -> Path:
    """Delete an installed model (only from our directory; argospm's packages are argospm's).

    The model is renamed aside first, so an interrupted removal never leaves half a model."""
    if not NAME.fullmatch(name):
        raise ModelError(f"bad model name {name!r}")
    root = models_dir()
    target = root / name

    def missing() -> ModelError | ModelMissingError:
        for model in list_models():
            if model.name == name and model.origin == "argospm":
                return ModelError(f"{name} was installed by argospm; remove it with: argospm remove {name}", str(model.path))
        return ModelMissingError(f"no installed model named {name!r}; see: bilingual models list")

    if not target.is_dir():
        raise missing()
    with models_lock(root, on_wait=on_wait):
        recover(root)
        if not target.is_dir():  # removed meanwhile by the holder we waited for
            raise missing()
        aside = root / f".remove-{secrets.token_hex(4)}-{name}"
        try:
            os.rename(target, aside)
        except OSError as exc:
            raise ModelError(f"cannot remove: {exc.strerror or exc}", str(target)) from None
        _fsync_dir(root)
        _delete(aside)
    return target

