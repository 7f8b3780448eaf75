"""Bytes -> text, with byte-order marks honoured and undecodable bytes reported by offset."""

from __future__ import annotations

import codecs
import os
from typing import BinaryIO

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def text_encoding(encoding: str, errors: str = "strict", name: str = "--encoding") -> str:
    """The codec name of ``encoding`` when it decodes bytes to text with the ``errors`` handler.

    Anything else is one :class:`InputError` line: an unknown name, a bytes-to-bytes codec (``zlib``,
    ``base64``, ``hex``: not text encodings), an unknown error handler, or a codec that cannot take
    the handler (``idna`` knows only ``strict``).
    """
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", name) from None
    if not getattr(info, "_is_text_encoding", True):  # the flag str.encode and bytes.decode check
        raise InputError(f"{encoding!r} is not a text encoding; give a character encoding such as utf-8 or cp1256", name)
    try:
        codecs.lookup_error(errors)
    except LookupError:
        raise InputError(f"unknown error handler {errors!r}", name) from None
    try:
        codecs.decode(b"", info.name, errors)
    except (UnicodeError, ValueError, TypeError):
        raise InputError(f"the {encoding!r} codec cannot decode with --errors {errors}", name) from None
    return info.name


def sniff_bom(head: bytes, encoding: str | None) -> tuple[str, int]:
    """The encoding of text starting with ``head`` and the length of its byte-order mark: a BOM wins unless
    ``encoding`` is given; without either, UTF-8."""
    if encoding is not None:
        return encoding, 0
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return "utf-8", 0


#: Legacy code pages that Arabic text is still saved in (Excel and old Windows tools write windows-1256).
_ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")


def undecodable(encoding: str, data: bytes, at: int, base: int = 0) -> str:
    """The one-line complaint about the byte at ``at`` of ``data`` (``base + at`` in the file), naming a
    legacy Arabic code page when the bytes around it read as Arabic in one, so the user knows which
    ``--encoding`` to give rather than guessing."""
    message = f"not valid {encoding} at byte offset {base + at} (byte 0x{data[at]:02x}); "
    around = data[max(0, at - 64):at + 64]
    for page in _ARABIC_CODE_PAGES:
        try:
            text = around.decode(page)
        except UnicodeDecodeError:
            continue
        if sum("\u0621" <= ch <= "\u064a" for ch in text) >= min(4, len(around)):
            return message + f"it reads as Arabic in {page}: use --encoding {page} (or --errors replace)"
    return message + "use --encoding ENC or --errors replace"


def decode(data: bytes, encoding: str | None = None, errors: str = "strict", name: str = "<input>") -> str:
    """Decode ``data``: a BOM wins, then ``encoding`` (default UTF-8); the BOM is not part of the text.

    With ``errors="strict"`` an undecodable byte raises :class:`InputError` naming its byte offset; an
    encoding that is not a usable text encoding is an :class:`InputError` too (see :func:`text_encoding`).
    """
    encoding, bom_len = sniff_bom(data, encoding)
    encoding = text_encoding(encoding, errors)
    try:
        return data[bom_len:].decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise InputError(undecodable(encoding, data, exc.start + bom_len), name) from None
    except UnicodeError as exc:  # a codec's own failure without a byte position (idna, punycode)
        raise InputError(f"not valid {encoding}: {exc}", name) from None


def open_file(name: str) -> BinaryIO:
    """The file ``name`` opened for reading bytes; a missing, unreadable or directory path is an :class:`InputError`."""
    if os.path.isdir(name):
        raise InputError("is a directory, not a file", name)
    try:
        return open(name, "rb")
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None


def read_bytes(name: str) -> bytes:
    """The bytes of the file ``name`` (errors as :func:`open_file`)."""
    with open_file(name) as f:
        try:
            return f.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
