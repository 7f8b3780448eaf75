"""Input sources: a path (plain, ``.zst`` or ``.gz``, told by magic bytes) or raw bytes, read whole or as lines."""

from __future__ import annotations

import json
import math
import os
import re
import stat
from typing import Any, Callable, Generator, Iterator

from ..errors import InputError
from .decode import open_file, read_bytes, undecodable

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
HEAD_BYTES = 1 << 16


def _raw_chunks(source: str | os.PathLike[str] | bytes, name: str) -> Iterator[bytes]:
    if isinstance(source, bytes):
        yield source
        return
    with open_file(source, name) as f:
        while True:
            try:
                block = f.read(_CHUNK)
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
            if not block:
                return
            yield block


def _zstd_chunks(raw: Iterator[bytes], first: bytes, name: str) -> Iterator[bytes]:
    import zstandard

    # Pushshift / Arctic Shift dumps are compressed with --long=31: the default window limit refuses them.
    dctx = zstandard.ZstdDecompressor(max_window_size=2**31)
    obj = dctx.decompressobj(write_size=_OUT)
    fed = False
    block = first
    while block:
        view = memoryview(block)
        for pos in range(0, len(block), _FEED):
            data: Any = view[pos : pos + _FEED]
            while data:
                fed = True
                try:
                    out = obj.decompress(data)
                except zstandard.ZstdError as exc:
                    raise InputError(f"corrupt .zst data: {exc}", name) from None
                if out:
                    yield out
                data = b""
                if obj.eof:  # a frame ended: the rest starts the next frame
                    data = obj.unused_data
                    obj = dctx.decompressobj(write_size=_OUT)
                    fed = False
        block = next(raw, b"")
    if fed and not obj.eof:
        raise InputError("truncated .zst file: the compressed stream ends inside a frame", name)


# Compressed bytes fed per call, and the size of the call's output buffer: python-zstandard grows a call's result
# by a realloc and a copy for every output buffer it fills (22 for a 64 kB feed of a dump that compresses 43x);
# 8 kB of a dump that compresses 50x comes out in one buffer, in one piece.
_FEED = 1 << 13
_OUT = 1 << 19


def _gzip_chunks(raw: Iterator[bytes], first: bytes, name: str) -> Iterator[bytes]:
    import zlib

    obj = zlib.decompressobj(wbits=31)
    pending = first
    while pending:
        try:
            out = obj.decompress(pending)
        except zlib.error as exc:
            raise InputError(f"corrupt .gz data: {exc}", name) from None
        if out:
            yield out
        if obj.eof and obj.unused_data:
            rest = obj.unused_data
            obj = zlib.decompressobj(wbits=31)
            pending = rest
            continue
        pending = next(raw, b"")
    if not obj.eof:
        raise InputError("truncated .gz file: the compressed stream ends early", name)


def chunks(source: str | os.PathLike[str] | bytes, name: str) -> Generator[bytes, None, None]:
    """The decompressed bytes of ``source`` in blocks; a truncated or corrupt archive is an :class:`InputError`."""
    raw = _raw_chunks(source, name)
    first = next(raw, b"")
    if first.startswith(ZSTD_MAGIC):
        yield from _zstd_chunks(raw, first, name)
    elif first.startswith(GZIP_MAGIC):
        yield from _gzip_chunks(raw, first, name)
    else:
        if first:
            yield first
        yield from raw


def halves(source: str | os.PathLike[str] | bytes, name: str, least: int, most: int) -> int | None:
    """Where a plain (uncompressed) regular file ``source`` of ``least`` to ``most`` bytes splits into two runs of whole
    lines: the offset just after the first line end at or past its middle; ``None`` for anything else (bytes, a pipe,
    a compressed, smaller or bigger file, no line end past the middle)."""
    if isinstance(source, bytes):
        return None
    try:
        info = os.stat(source)
        if not stat.S_ISREG(info.st_mode) or not least <= info.st_size <= most:
            return None
        with open(source, "rb") as f:
            if f.read(4).startswith((ZSTD_MAGIC, GZIP_MAGIC)):
                return None
            middle = info.st_size // 2
            f.seek(middle)
            rest = f.read(_CHUNK)
    except OSError:
        return None  # read as usual: the error, if it stays, is that reading's
    end = rest.find(b"\n")
    cut = middle + end + 1
    return cut if 0 <= end and cut < info.st_size else None


def range_chunks(path: str | os.PathLike[str], name: str, start: int, stop: int | None) -> Iterator[bytes]:
    """The bytes of the plain file ``path`` (called ``name`` in errors) from ``start`` to ``stop`` (``None``: its
    end), in blocks."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    with f:
        f.seek(start)
        left = -1 if stop is None else stop - start
        while left:
            try:
                block = f.read(_CHUNK if left < 0 else min(_CHUNK, left))
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
            if not block:
                return
            left -= len(block) if left > 0 else 0
            yield block


def lines_before(path: str | os.PathLike[str], name: str, stop: int) -> int:
    """How many line ends the plain file ``path`` holds before offset ``stop``."""
    count = 0
    for block in range_chunks(path, name, 0, stop):
        count += block.count(b"\n")
    return count


def read_all(source: str | os.PathLike[str] | bytes, name: str) -> bytes:
    """All decompressed bytes of ``source`` (whole-document formats: XML, JSON documents, CSV, text)."""
    if not isinstance(source, bytes):
        data = read_bytes(source, name)
        if not (data.startswith(ZSTD_MAGIC) or data.startswith(GZIP_MAGIC)):
            return data
        source = data
    return b"".join(chunks(source, name))


def text_chunks(source: str | os.PathLike[str] | bytes, name: str, encoding: str | None = None,
                errors: str = "strict") -> Iterator[str]:
    """The text of ``source`` in blocks, decoded as :func:`.decode.decode` decodes it whole (a byte-order mark wins,
    then ``encoding``; an undecodable byte is the same :class:`InputError`, naming its byte offset): a whole-document
    format (Disqus XML) read as a stream."""
    import codecs

    from .decode import cut_short, sniff_bom, text_encoding

    blocks = chunks(source, name)
    first = b""
    for block in blocks:
        first += block
        if len(first) >= 4:  # the longest byte-order mark
            break
    encoding, bom_len = sniff_bom(first, encoding)
    encoding = text_encoding(encoding, errors)
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    done = bom_len  # offset of the first byte not yet handed to the decoder
    block, final = first[bom_len:], False
    while True:
        start = done - len(decoder.getstate()[0])  # the bytes the decoder holds back come first
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            raise InputError(undecodable(encoding, exc.object, exc.start, start, cut=final and cut_short(exc)), name) from None
        except UnicodeError as exc:
            raise InputError(f"not valid {encoding}: {exc}", name) from None
        if text:
            yield text
        if final:
            return
        done += len(block)
        block = next(blocks, b"")
        final = not block


def head(source: str | os.PathLike[str] | bytes, name: str, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` decompressed bytes (enough to tell the format)."""
    out = bytearray()
    gen = chunks(source, name)
    try:
        for block in gen:
            out += block
            if len(out) >= size:
                break
    except InputError:
        if not out:
            raise
    finally:
        gen.close()
    return bytes(out[:size])


def lines(source: str | os.PathLike[str] | bytes, name: str) -> Iterator[tuple[int, int, bytes, bool]]:
    """``(line number, byte offset, line, last)`` for each line (split on ``\\n`` only, as JSON Lines are); ``last``
    is true only for a last line that no line end follows (the input cut short inside it, or an editor's file).

    A line cut across blocks is kept as its pieces and joined once at its end: joining the line so far to every
    block made one line of 64 MB cost 2.2 s (quadratic), a copy of the line so far for each 1 MB block.
    """
    lineno, offset = 0, 0
    pieces: list[bytes] = []  # the line cut at the end of the blocks so far
    for block in chunks(source, name):
        nl = block.find(b"\n")
        if nl < 0:
            pieces.append(block)
            continue
        if pieces:
            pieces.append(block[:nl])
            line = b"".join(pieces)
            pieces = []
            lineno += 1
            yield lineno, offset, line, False
            offset += len(line) + 1
            block = block[nl + 1 :]
        parts = block.split(b"\n")
        rest = parts.pop()
        for part in parts:
            lineno += 1
            yield lineno, offset, part, False
            offset += len(part) + 1
        if rest:
            pieces.append(rest)
    if pieces:
        yield lineno + 1, offset, b"".join(pieces), True


# --- JSON ---------------------------------------------------------------------------------------------

_loads: Callable[[bytes | str], Any] | None = None

#: JSON nesting refused past this depth (a comment export nests a few levels; 100,000 nested brackets are an
#: attack on everything that recurses over the value later: json.dumps, marshal, the converters).
MAX_DEPTH = 500


class JSONError(InputError):
    """Malformed JSON (or a value JSON cannot carry here): ``line`` and ``column`` (1-based) locate it in the text parsed.

    ``syntax`` is false when the text is a complete JSON value whose content is refused (``NaN``, ``1e999``,
    nesting past :data:`MAX_DEPTH`): a JSON Lines line, not the first line of a multi-line document.
    """

    def __init__(self, detail: str, where: str, line: int, column: int | None, syntax: bool) -> None:
        at = f" (column {column})" if column is not None else ""
        super().__init__(f"malformed JSON: {detail}{at}", where)
        self.detail, self.line, self.column, self.syntax = detail, line, column, syntax


class Dirty:
    """A parsed value with a lone surrogate somewhere in it (a string or a key): the readers replace each with
    U+FFFD and flag the comment (a surrogate cannot be written as UTF-8, so every later stage would fail on it)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _big_int(text: str) -> int | str:
    # Python refuses int() of more than 4,300 digits (ValueError, not a JSON error): keep those as strings.
    return int(text) if len(text) <= 4000 else text


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not JSON")


def _finite_float(text: str) -> float:
    """A JSON number as a float; one too large for a float (``1e999``) is refused, never ``inf``."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text[:40]}")
    return value


# A string token (an unterminated one runs to the end: linear however many quotes), a bracket, a number or
# a constant. Used only on the error path and on text the fast parser refused, never per comment.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|([\[{])|([\]}])|(-?Infinity|NaN)|(-?[0-9][0-9.eE+-]*)', re.DOTALL)
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff]")


def _scan(text: str, limit: int) -> tuple[int, str] | None:
    """``(offset, what)`` of the first place ``text`` nests past ``limit`` or holds a value JSON refuses here."""
    depth = 0
    for m in _TOKEN.finditer(text):
        opening, closing, constant, number = m.groups()
        if opening:
            depth += 1
            if depth > limit:
                return m.start(), f"nested too deeply, more than {limit} levels"
        elif closing:
            depth -= 1
        elif constant:
            return m.start(), f"{constant} is not JSON"
        elif number:
            try:
                if math.isfinite(float(number)):
                    continue
            except ValueError:
                continue
            return m.start(), f"number out of range: {number[:40]}"
    return None


def _error_at(text: str, where: str, offset: int | None, detail: str) -> JSONError:
    if offset is None:
        return JSONError(detail, where, 1, None, False)
    line = text.count("\n", 0, offset) + 1
    return JSONError(detail, where, line, offset - text.rfind("\n", 0, offset), False)


#: Nesting read past orjson's limit (1,024 levels since orjson 3.10): a Reddit page of a 3,000-reply chain nests
#: 12,000 deep, and its converter walks it without recursion; deeper is refused in one line.
DEEP_DEPTH = 50_000


def _json_loads(text: str) -> Any:
    """:func:`json.loads` as the readers take JSON: big integers kept, NaN and infinities refused."""
    return json.loads(text, parse_int=_big_int, parse_constant=_no_constant, parse_float=_finite_float)


def _deep_loads(text: str) -> Any:
    """:func:`_json_loads` of a value nested past orjson's limit (at most :data:`DEEP_DEPTH` levels): the recursive
    parser runs in a thread whose stack holds that many levels, under a recursion limit raised for the call."""
    import sys
    import threading

    out: list[Any] = []
    failed: list[BaseException] = []

    def parse() -> None:
        try:
            out.append(_json_loads(text))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            failed.append(exc)

    old_limit, old_stack = sys.getrecursionlimit(), threading.stack_size()
    try:
        sys.setrecursionlimit(max(old_limit, 2 * DEEP_DEPTH + 1_000))
        threading.stack_size(256 << 20)  # about 1 kB of C stack a level, with room to spare
        worker = threading.Thread(target=parse, name="bilingual-deep-json")
        worker.start()
        worker.join()
    except RuntimeError:  # no thread of that stack could be made (a memory limit)
        raise MemoryError from None
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if failed:
        raise failed[0]
    return out[0]


def _said(exc: json.JSONDecodeError) -> str:
    """json's reason, naming the character it refuses in a string: 'Invalid control character at' (a NUL byte, a raw
    tab or line end inside a string) did not say which."""
    if exc.msg == "Invalid control character at" and exc.pos < len(exc.doc):
        return f"control character U+{ord(exc.doc[exc.pos]):04X} inside a string (JSON allows none there)"
    return exc.msg


def parse_json(data: bytes | str, where: str, offset: int | None = None, *, mark_dirty: bool = False) -> Any:
    """One JSON value: orjson when it can (fast), else :mod:`json` for its messages, lone surrogates and huge ints.

    ``offset`` is where ``data`` (bytes) starts in the file, so an undecodable byte is named by its file offset.
    Every error is a :class:`JSONError` with the line and column. With ``mark_dirty``, a value holding a lone
    surrogate comes back wrapped in :class:`Dirty` (only the fallback parser can produce one).
    """
    global _loads
    if _loads is None:
        import orjson

        _loads = orjson.loads
    try:
        return _loads(data)
    except ValueError as exc:
        deep = "depth" in str(exc)  # orjson >= 3.10 refuses nesting past 1,024 levels (a Reddit page of a long reply chain)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(undecodable("utf-8", data, exc.start, offset or 0), where) from None
    else:
        text = data
    # Nesting is measured before the recursive parser sees the text: a clear error with its place, never RecursionError.
    limit = DEEP_DEPTH if deep else MAX_DEPTH
    if text.count("[") + text.count("{") > limit:
        found = _scan(text, limit)
        if found is not None and found[1].startswith("nested"):
            raise _error_at(text, where, found[0], found[1])
    try:
        value = _deep_loads(text) if deep else _json_loads(text)
    except json.JSONDecodeError as exc:
        raise JSONError(_said(exc), where, exc.lineno, exc.colno, True) from None
    except RecursionError:
        raise _error_at(text, where, None, "nested too deeply") from None
    except ValueError as exc:
        found = _scan(text, 1 << 62)
        raise _error_at(text, where, found[0] if found else None, str(exc)) from None
    if mark_dirty and _SURROGATE.search(text):
        return Dirty(value)
    return value


# --- an input cut short ---------------------------------------------------------------------------------

#: The words every reader ends an error with when the input stops too soon (a download stopped mid-record).
CUT_SHORT = "(cut short?)"


def ends_too_soon(detail: str) -> str:
    """``detail`` (what the parser found) said as the input ending too soon: the one wording of a cut, in
    JSON, JSON Lines, XML and CSV/TSV alike."""
    return f"{detail} at the end of the input {CUT_SHORT}"

#: What a JSON error's place holds when the text was cut inside a token: a constant's start (``tr``), or a
#: number's fraction or exponent begun (``1.``, ``2e``, ``-``).
_CUT_TOKEN = re.compile(r"t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|-|[.eE][0-9.eE+-]*")
#: A ``\uXXXX`` escape at the end of the text (its digits cut, or the string cut right after it), a high surrogate's
#: with what is left of its low one's (json's error is at the escape's ``u``).
_CUT_ESCAPE = re.compile(r"u[0-9a-fA-F]{0,4}|u[dD][89abAB][0-9a-fA-F]{2}(?:\\(?:u[0-9a-fA-F]{0,4})?)?")


def at_the_end(text: str, exc: JSONError) -> tuple[int, int | None, str]:
    """``(line, column, detail)`` of ``exc``, the error of the JSON ``text``, said as the text ending too soon when
    it does: the error lies past the text's last character (named on that character's line, not on a blank line
    after it), inside a string that runs to the end, or inside a constant, a number or a ``\\u`` escape cut there. A document cut short
    and the unterminated last line of JSON Lines (a download stopped mid-line) are told alike, from here."""
    body = text.rstrip()
    last = body.count("\n") + 1
    width = len(body) - (body.rfind("\n") + 1)
    if exc.line > last or (exc.line == last and exc.column is not None and exc.column > width):
        return last, width + 1, ends_too_soon(exc.detail)
    if exc.detail.startswith("Unterminated string"):  # json finds no closing quote before the text ends
        return exc.line, None, f"the input ends inside a string begun at column {exc.column} {CUT_SHORT}"
    cut = {"Expecting value": _CUT_TOKEN, "Expecting ',' delimiter": _CUT_TOKEN, "Invalid \\uXXXX escape": _CUT_ESCAPE}
    if exc.column is not None and exc.detail in cut:
        start = 0 if exc.line == 1 else _nth_line_start(text, exc.line)
        if cut[exc.detail].fullmatch(body, start + exc.column - 1):
            return exc.line, exc.column, ends_too_soon(exc.detail)
    return exc.line, exc.column, exc.detail


def _nth_line_start(text: str, line: int) -> int:
    """The offset of the first character of line ``line`` (1-based) of ``text``."""
    pos = 0
    for _ in range(line - 1):
        pos = text.index("\n", pos) + 1
    return pos


def parse_line(line: bytes | str, where: str, offset: int = 0, last: bool = False) -> Any:
    """One line of JSON Lines, as :func:`parse_json` parses it (a value with a lone surrogate comes as :class:`Dirty`).

    ``last``: the line ends the input without a line end, so its error at its end (see :func:`at_the_end`), or a
    character whose bytes stop there, is said as the input cut short, as a cut JSON document's is; the same words
    from each reader of JSON Lines. ``offset``: where the line's bytes start in the file."""
    try:
        return parse_json(line, where, offset, mark_dirty=True)
    except JSONError as exc:
        if not (last and exc.syntax):
            raise
        text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
        _, column, detail = at_the_end(text, exc)
        raise JSONError(detail, where, 1, column, True) from None
    except InputError:
        if last and isinstance(line, bytes):
            from .decode import cut_short

            try:
                line.decode("utf-8")
            except UnicodeDecodeError as bad:
                if cut_short(bad):
                    raise InputError(undecodable("utf-8", line, bad.start, offset, cut=True), where) from None
        raise
