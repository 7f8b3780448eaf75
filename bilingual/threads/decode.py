"""Bytes -> text, with byte-order marks honoured and undecodable bytes reported by offset."""

from __future__ import annotations

import codecs
import os
import re
import stat
from typing import IO, Any, BinaryIO

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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: The first bytes of files that are often given by mistake for a comment export, and what they are.
_NOT_TEXT = (
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook or a zipped export?)", "unzip it, or save the sheet as CSV UTF-8"),
    (b"PK\x05\x06", "an empty ZIP archive", ""),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (an Excel .xls workbook?)", "save the sheet as CSV UTF-8"),
    (b"%PDF-", "a PDF document", "comments are read from a text, JSON, CSV or XML export"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF87a", "a GIF image", ""),
    (b"GIF89a", "a GIF image", ""),
    (b"SQLite format 3\x00", "an SQLite database", "export its comments table as CSV or JSON Lines"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it first"),
    (b"\xfd7zXZ\x00", "an .xz archive", "unpack it first (.zst and .gz are read as they are)"),
)


def refuse_binary(head: bytes, encoding: str | None, name: str) -> None:
    """Refuse, in one line saying what it is, an input that is no text: a known binary file (an Excel workbook, a
    PDF, an image, an archive), or UTF-16 without a byte-order mark (every other byte NUL) when no ``encoding`` was
    given, which would otherwise read as text strewn with NULs."""
    for magic, what, advice in _NOT_TEXT:
        if head.startswith(magic):
            raise InputError(f"is {what}, not a comment export" + (f": {advice}" if advice else ""), name)
    if encoding is not None:
        _refuse_utf8_as(encoding, head, name)
    if encoding is None and b"\x00" in head[:4096] and not sniff_bom(head, None)[1]:
        sample = head[:4096]
        even, odd = sample[0::2], sample[1::2]
        for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            if len(zeros) >= 8 and zeros.count(0) >= 0.3 * len(zeros) and other.count(0) <= 0.02 * len(other):
                raise InputError(f"looks like {codec} without a byte-order mark (every other byte is NUL): use --encoding {codec}", name)


def _utf8_piece(data: bytes) -> str | None:
    """``data`` decoded as UTF-8, a sequence cut at either end allowed; None when it is not UTF-8."""
    start = 0
    while start < min(len(data), 3) and 0x80 <= data[start] <= 0xBF:  # a character cut at the start
        start += 1
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data[start:], final=False)
    except UnicodeDecodeError:
        return None


def _arabic_letters(text: str) -> int:
    return sum("\u0621" <= ch <= "\u064a" for ch in text)


def _arabic_in_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 (a sequence cut at either end allowed) when it is UTF-8 holding Arabic
    letters (four at least), else None."""
    text = _utf8_piece(data)
    return text if text is not None and _arabic_letters(text) >= 4 else None


def _stray_in_utf8_arabic(data: bytes, at: int) -> bool:
    """Whether the bytes on both sides of the bad byte at ``at`` are UTF-8, holding Arabic (four letters at least):
    one stray byte in UTF-8 text, not a file in another encoding (UTF-8's Arabic reads as Arabic-looking letters
    in cp1256, so the code-page test alone would name cp1256)."""
    before, after = _utf8_piece(data[max(0, at - 64):at]), _utf8_piece(data[at + 1:at + 65])
    return before is not None and after is not None and _arabic_letters(before + after) >= 4


def _refuse_utf8_as(encoding: str, head: bytes, name: str) -> None:
    """Refuse ``--encoding`` other than UTF-8 on an input whose first bytes are UTF-8 Arabic: a legacy
    code page reads every byte, so cp1256 turned مرحبا into ظ…ط±ط­ط¨ط§ without a word (a silent misread),
    and utf-16 named cp1256 as the cure."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        return  # text_encoding says it in one line
    if codec in ("utf-8", "utf-8-sig") or sniff_bom(head, None)[1] or _arabic_in_utf8(head[:65536]) is None:
        return
    raise InputError(f"is UTF-8 text with Arabic, not {encoding}: leave out --encoding (read as {encoding}, its Arabic would be garbled)", name)


def cut_short(exc: UnicodeDecodeError) -> bool:
    """Whether ``exc`` is the input ending inside a character (the rest of a multi-byte sequence missing)."""
    return exc.end == len(exc.object) and exc.reason in ("unexpected end of data", "truncated data")


def undecodable(encoding: str, data: bytes, at: int, base: int = 0, cut: bool = False, whole: bool = False) -> str:
    """The one-line complaint about the byte at ``at`` of ``data`` (``base + at`` in the file), naming a
    legacy Arabic code page when the bytes around it read as Arabic in one, so the user knows which
    ``--encoding`` to give rather than guessing. ``cut``: the input ends there, inside a character (see
    :func:`cut_short`): a download or copy that did not finish, not a wrong encoding. ``whole``: ``data`` is
    the whole input, so cp1252 can be named for an English export (:func:`_western`)."""
    if cut:
        return (f"the input ends inside a {codecs.lookup(encoding).name} character (byte offset {base + at}): "
                "it was cut short (an unfinished download or copy?); get the whole file again")
    message = f"not valid {encoding} at byte offset {base + at} (byte 0x{data[at]:02x}); "
    around = data[max(0, at - 64):at + 64]
    utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    if not utf8 and _arabic_in_utf8(around) is not None:
        return message + "it reads as Arabic in UTF-8: leave out --encoding (or give --encoding utf-8)"
    if utf8 and _stray_in_utf8_arabic(data, at):
        return message + "a stray byte in UTF-8 text (the Arabic around it is UTF-8): use --errors replace, or mend the byte"
    for page in _ARABIC_CODE_PAGES:
        try:
            text = around.decode(page)
        except UnicodeDecodeError:
            continue
        if sum("\u0621" <= ch <= "\u064a" for ch in text) >= 4 and not _CONTROL.search(text):  # text, not a binary's bytes
            return message + f"it reads as Arabic in {page}: use --encoding {page} (or --errors replace)"
    if utf8 and whole and _western(data, at):
        return message + "it reads as Western European text in cp1252: use --encoding cp1252 (or --errors replace)"
    return message + "use --encoding ENC or --errors replace"


#: What the first non-ASCII byte of an English export saved by Windows or Excel is: a letter, or typography.
_TYPOGRAPHY = frozenset("‘’‚“”„–—…•€£©®°«»")


#: A UTF-8 Arabic letter's two bytes (rare in cp1252 text: Ø or Ù before a C1 or Latin-1 sign).
_UTF8_ARABIC = re.compile(rb"[\xd8\xd9][\x80-\xbf]")


def _western(data: bytes, at: int) -> bool:
    """Whether the input ``data`` is an English export in cp1252: the bad byte at ``at`` is its first non-ASCII
    byte, no UTF-8 Arabic follows (cp1252 would garble it without a word), and the byte reads, with the bytes
    around it, as Western European text: a letter or typography."""
    if not data[:at].isascii() or len(_UTF8_ARABIC.findall(data, at)) >= 4:
        return False
    try:
        text = data[max(0, at - 64):at + 64].decode("cp1252")
    except UnicodeDecodeError:
        return False
    char = data[at:at + 1].decode("cp1252")
    return not _CONTROL.search(text) and (char.isalpha() or char in _TYPOGRAPHY)


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
        raise InputError(undecodable(encoding, data, exc.start + bom_len, cut=cut_short(exc), whole=True), name) from None
    except UnicodeError as exc:  # a codec's own failure without a byte position (idna, punycode)
        raise InputError(f"not valid {encoding}: {exc}", name) from None


def open_file(path: str | os.PathLike[str], name: str | None = None) -> BinaryIO:
    """The file ``path`` opened for reading bytes; a missing, unreadable or directory path is an :class:`InputError`
    that calls the input ``name`` (default: the path; a library caller may name it otherwise)."""
    if name is None:
        name = os.fspath(path)
    if os.path.isdir(path):
        raise InputError("is a directory, not a file", name)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None


def read_bytes(path: str | os.PathLike[str], name: str | None = None) -> bytes:
    """The bytes of the file ``path``, called ``name`` in errors (as :func:`open_file`; an endless device refused,
    :func:`refuse_endless`)."""
    if name is None:
        name = os.fspath(path)
    with open_file(path, name) as f:
        try:
            refuse_endless(f, name)
            return f.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", name) from None


def refuse_endless(stream: IO[Any], name: str) -> None:
    """Refuse a character device that is no terminal and gives bytes (``/dev/zero``, ``/dev/urandom``): read to its
    end, it was read until memory ran out. A terminal ends at Ctrl-D, a pipe when its writer closes it, and
    ``/dev/null`` at once (an empty input)."""
    try:
        fd = stream.fileno()
        endless = stat.S_ISCHR(os.fstat(fd).st_mode) and not os.isatty(fd) and os.read(fd, 1) != b""
    except (OSError, ValueError):  # no descriptor (a replaced or closed stdin): the read says what is wrong
        return
    if endless:
        raise InputError("is a device, not a file: it never ends", name)
