"""Bytes -> text, with byte-order marks honoured and undecodable bytes reported by offset."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, encoding: str | None = None, errors: str = "strict", name: str = "<input>") -> str:
    """Decode ``data``: a BOM wins, then ``encoding`` (default UTF-8); the BOM is not part of the text.

    With ``errors="strict"`` an undecodable byte raises :class:`InputError` naming its byte offset.
    """
    bom_len = 0
    if encoding is None:
        encoding = "utf-8"
        for bom, enc in _BOMS:
            if data.startswith(bom):
                encoding, bom_len = enc, len(bom)
                break
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", name) from None
    try:
        return data[bom_len:].decode(encoding, errors)
    except UnicodeDecodeError as exc:
        offset = exc.start + bom_len
        raise InputError(
            f"not valid {encoding} at byte offset {offset} (byte 0x{data[offset]:02x}); "
            "use --encoding ENC or --errors replace",
            name,
        ) from None
    except LookupError:
        raise InputError(f"unknown error handler {errors!r}", name) from None


def read_bytes(name: str) -> bytes:
    """The bytes of the file ``name``; a missing, unreadable or directory path is an :class:`InputError`."""
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError("is a directory, not a file", name)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
