"""Resumable, size- and checksum-checked downloads of model archives, trying each mirror in turn."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ...errors import DownloadError, ModelError, ModelRefusedError
from ...safe import visible_controls
from .archive import Limits, check_checksum, write_error

#: Called with (bytes done, bytes expected or None) while downloading.
Progress = Callable[[int, "int | None"], None]

_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


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

    An interrupted download keeps its ``.part`` for the next try (:class:`DownloadError`); a
    complete one with the wrong size or checksum is deleted and refused
    (:class:`~bilingual.errors.ChecksumMismatchError`); a full disk is a
    :class:`~bilingual.errors.DiskFullError`.
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
                    raise ModelRefusedError(f"refused: the server sends {total} bytes, expected at most {limit}", url)
                _receive(response.read, part, have, total, limit, url, progress)
        except urllib.error.HTTPError as exc:
            if not (exc.code == 416 and expected_size is not None and have == expected_size):
                raise DownloadError(f"download failed: HTTP {exc.code} {visible_controls(str(exc.reason))}", url) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DownloadError(
                f"download interrupted ({visible_controls(str(reason))}); run the same command again to resume", url
            ) from None
    try:
        check_checksum(part, expected_sha256, expected_size)
    except ModelError:
        part.unlink(missing_ok=True)
        raise
    part.replace(dest)
    return dest


def _receive(
    read: Callable[[int], bytes], part: Path, have: int, total: int | None, limit: int, url: str, progress: Progress | None
) -> None:
    """Append the response body to ``part``. Network errors propagate as they are (the caller says
    "interrupted"); errors writing the file become :class:`DiskFullError` or :class:`ModelError`."""
    try:
        out = part.open("ab" if have else "wb")
    except OSError as exc:
        raise write_error(exc, part) from None
    with out:
        done = have
        if progress:
            progress(done, total)
        for block in iter(lambda: read(1 << 16), b""):
            done += len(block)
            if done > limit:
                raise ModelRefusedError(f"refused: download exceeds {limit} bytes", url)
            try:
                out.write(block)
                out.flush()
            except OSError as exc:
                raise write_error(exc, part) from None
            if progress:
                progress(done, total)
    if total is not None and done < total:
        raise ConnectionError(f"connection closed after {done} of {total} bytes")


def url_file(url: str) -> str:
    """A safe local file name for what ``url`` serves."""
    tail = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return tail if _FILE_NAME.fullmatch(tail) else "download.argosmodel"


def download_any(
    urls: list[str], folder: Path, filename: str, size: int | None, sha: str | None,
    progress: Progress | None, limits: Limits,
) -> Path:
    """Try each URL in turn (mirrors): a :class:`DownloadError` moves on to the next one, anything
    else (refused, checksum mismatch, disk full) stops; the last download error is raised when all fail."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, folder) from None
    dest = folder / filename
    if dest.exists():
        try:
            check_checksum(dest, sha, size)
            return dest
        except ModelError:
            dest.unlink()
    error: DownloadError | None = None
    for url in urls:
        try:
            return download(url, dest, expected_size=size, expected_sha256=sha, progress=progress, limits=limits)
        except DownloadError as exc:
            error = exc
    raise error or ModelError("the manifest lists no URL for this model")


def cleanup_download(archive: Path) -> None:
    """Delete the downloaded archive once installed (the unpacked model is what is kept)."""
    archive.unlink(missing_ok=True)
    try:
        archive.parent.rmdir()
    except OSError:
        pass
