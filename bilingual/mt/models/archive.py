"""Safe unpacking of model archives and copying of model directories, file hashing, size and checksum checks.

Installing never trusts the archive: members that would land outside the target (``../``,
absolute paths, links, devices), encrypted members, archives that unpack to too much or
compress too well (zip bombs) and checksum mismatches are refused before anything is kept.
Errors are raised by type (:mod:`bilingual.errors`): refused, corrupt, or disk full.
"""

from __future__ import annotations

import errno
import hashlib
import re
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ...errors import ChecksumMismatchError, DiskFullError, ModelCorruptError, ModelError, ModelRefusedError
from ...safe import visible_controls

_ABSOLUTE = re.compile(r"[A-Za-z]:")
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


@dataclass(frozen=True, slots=True)
class Limits:
    """What an archive may unpack to; beyond these it is refused as unsafe."""

    max_members: int = 10_000
    max_unpacked: int = 8 << 30  # bytes, all members together
    max_ratio: float = 100.0  # unpacked / archive size, for the whole archive
    max_member_ratio: float = 1000.0  # unpacked / compressed, for one member over 1 MiB
    max_download: int = 8 << 30  # bytes, when the manifest gives no size


def shown(name: str) -> str:
    """A name that came from an archive, quoted and with every control character made visible."""
    return visible_controls(repr(name))


def write_error(exc: OSError, where: str | Path) -> ModelError:
    """The error for a failed write into the models directory: :class:`DiskFullError` when the disk is full."""
    reason = exc.strerror or str(exc)
    if exc.errno in _DISK_FULL:
        return DiskFullError(f"not enough disk space ({reason}); free some space and run the same command again", str(where))
    return ModelError(f"cannot write ({reason})", str(exc.filename or where))


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why one zip member is unsafe, or ``None``."""
    name = info.filename
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if "\0" in name or "\\" in name:
        return "has a backslash or NUL in its name"
    if name.startswith("/") or _ABSOLUTE.match(name):
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


def check_archive(zf: zipfile.ZipFile, archive_size: int, limits: Limits, where: str | None = None) -> int:
    """Refuse unsafe or oversized archives before extracting anything; returns the unpacked size.

    Raises :class:`ModelRefusedError` (located at ``where``)."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ModelRefusedError(f"refused: {len(infos)} members (limit {limits.max_members})", where)
    seen: set[str] = set()
    total = 0
    for info in infos:
        problem = member_problem(info)
        if problem:
            raise ModelRefusedError(f"refused: member {shown(info.filename)} {problem}", where)
        norm = PurePosixPath(info.filename).as_posix().rstrip("/")
        if norm in seen:
            raise ModelRefusedError(f"refused: member {shown(info.filename)} appears twice", where)
        seen.add(norm)
        total += info.file_size
        if info.file_size > 1 << 20 and info.file_size > limits.max_member_ratio * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ModelRefusedError(f"refused: member {shown(info.filename)} compresses {ratio}:1 (zip bomb?)", where)
    if total > limits.max_unpacked:
        raise ModelRefusedError(f"refused: unpacks to {total} bytes (limit {limits.max_unpacked})", where)
    if total > limits.max_ratio * max(archive_size, 1) and total > 1 << 20:
        raise ModelRefusedError(f"refused: unpacks to {total / max(archive_size, 1):.0f} times its size (zip bomb?)", where)
    return total


def package_root(base: Path) -> Path:
    """The directory holding the model: ``base`` itself or its single top-level directory."""
    entries = [p for p in base.iterdir() if not p.name.startswith("__MACOSX")]
    if len(entries) == 1 and entries[0].is_dir() and not (base / "model.bin").exists():
        return entries[0]
    return base


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int, archive: Path) -> int:
    """Write one member to ``target``; returns its size. Read errors are the archive's, write errors the disk's."""
    written = 0
    try:
        with zf.open(info) as src, target.open("xb") as out:
            while True:
                try:
                    block = src.read(1 << 20)
                except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
                    raise ModelCorruptError(f"corrupt archive member {shown(info.filename)}: {exc}", str(archive)) from None
                if not block:
                    break
                written += len(block)
                if written > budget:
                    raise ModelRefusedError("refused: archive unpacks to more than it declares", str(archive))
                out.write(block)
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError) as exc:  # opening the member
        raise ModelCorruptError(f"corrupt archive member {shown(info.filename)}: {exc}", str(archive)) from None
    except OSError as exc:
        raise write_error(exc, target) from None
    return written


def extract_zip(archive: Path, dest: Path, limits: Limits) -> Path:
    """Unpack ``archive`` into the new directory ``dest`` after :func:`check_archive`; returns the package root."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelCorruptError(f"not a valid .argosmodel (zip) archive: {exc}", str(archive)) from None
    with zf:
        total = check_archive(zf, archive.stat().st_size, limits, str(archive))
        try:
            dest.mkdir(parents=True)
            free = shutil.disk_usage(dest).free
        except OSError as exc:
            raise write_error(exc, dest) from None
        if total > free:
            raise DiskFullError(f"not enough disk space: needs {total} bytes, {free} free", str(dest))
        written = 0
        for info in zf.infolist():
            target = dest.joinpath(*PurePosixPath(info.filename).parts)
            try:
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise write_error(exc, target) from None
            written += _copy_member(zf, info, target, total - written, archive)
    return package_root(dest)


def copy_tree(src: Path, dest: Path) -> Path:
    """Copy the model directory ``src`` into the new ``dest``, refusing links and special files."""
    paths = [src, *sorted(src.rglob("*"))]
    for path in paths:
        if path.is_symlink():
            raise ModelRefusedError("refused: the directory contains a symbolic link", str(path))
        if not (path.is_file() or path.is_dir()):
            raise ModelRefusedError("refused: not a regular file or directory", str(path))
    for path in paths:
        target = dest / path.relative_to(src)
        try:
            if path.is_dir():
                target.mkdir(parents=True, exist_ok=path != src)
            else:
                shutil.copyfile(path, target)
        except OSError as exc:
            if exc.errno not in _DISK_FULL and exc.filename is not None and Path(exc.filename) == path:
                raise ModelError(f"cannot read ({exc.strerror or exc})", str(path)) from None
            raise write_error(exc, target) from None
    return dest


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_hashes(root: Path, exclude: str) -> dict[str, str]:
    """SHA-256 of every file under ``root`` (relative POSIX paths), ``exclude`` (the install record) left out."""
    return {
        p.relative_to(root).as_posix(): sha256_file(p)
        for p in sorted(root.rglob("*")) if p.is_file() and p.name != exclude
    }


def check_checksum(path: Path, expected_sha256: str | None, expected_size: int | None) -> str:
    """SHA-256 of ``path`` after checking its size and checksum (:class:`ChecksumMismatchError` when they differ)."""
    size = path.stat().st_size
    if expected_size is not None and size != expected_size:
        raise ChecksumMismatchError(f"refused: size {size} bytes, expected {expected_size}", str(path))
    actual = sha256_file(path)
    if expected_sha256 is not None and actual != expected_sha256.lower():
        raise ChecksumMismatchError(
            f"refused: checksum mismatch (sha256 {actual}, expected {expected_sha256.lower()})", str(path)
        )
    return actual
