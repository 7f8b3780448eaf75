"""CSV / TSV comment tables: the dialect is sniffed, the header names the columns (mapped with ``--fields``).

The sniffing is linear in the sample: each candidate delimiter is tried with :mod:`csv`'s own reader (the one
that will read the table), never :class:`csv.Sniffer`, whose quote-guessing regex is quadratic in a long line
(82 s on one 30,000-character line of a 64 kB head) and whose ``str.splitlines`` sample breaks a quoted field
at U+2028, U+0085 and other characters that are no line end in CSV.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, Iterator

from ..errors import InputError
from .source import CUT_SHORT, ends_too_soon

_DELIMITERS = ",\t;|"
_SAMPLE_ROWS = 9  # the header and 8 records (the last of a cut sample may be partial: it is left out)


_BARE_CR = re.compile(r"\r(?![\r\n]|\Z)")  # a CR before a line end (CR CR LF) or at the end stays a line end
_STAND_INS = "\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007"


def _protect_cr(text: str) -> tuple[str, str | None]:
    """``text`` with each CR that is no line end (the table's lines end in LF) replaced by a private-use stand-in.

    :mod:`csv` ends a record at a bare CR even in an unquoted field, so a table whose writer quoted only fields
    holding its own line terminator (``csv.writer(lineterminator="\\n")`` does) splits such a row in two. The
    stand-in (one absent from the text) is put back in each field read; ``None`` when nothing was replaced.
    """
    if "\r" not in text or "\n" not in text or not _BARE_CR.search(text):
        return text, None
    stand_in = next((ch for ch in _STAND_INS if ch not in text), None)
    if stand_in is None:
        return text, None
    return _BARE_CR.sub(stand_in, text), stand_in


def _dialect(delimiter: str, skipinitialspace: bool) -> type[csv.Dialect]:
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter, "skipinitialspace": skipinitialspace})


def _records(sample: str, dialect: type[csv.Dialect]) -> list[list[str]] | None:
    """Up to :data:`_SAMPLE_ROWS` non-blank records of ``sample`` read as ``dialect``; ``None`` if it is not CSV."""
    out: list[list[str]] = []
    reader = csv.reader(io.StringIO(sample, newline=""), dialect)
    try:
        for row in reader:
            if row and any(f.strip() for f in row):
                out.append(row)
                if len(out) >= _SAMPLE_ROWS:
                    break
    except csv.Error:  # e.g. the sample ends inside a quoted field: what was read so far still counts
        if len(out) < 2:
            return None
    return out


_NAME = re.compile(r"\w[\w .:/#()-]*")


def sniff(sample: str, complete: bool = False) -> type[csv.Dialect] | None:
    """The dialect of a table that looks like one (a header of names, rows with as many fields), else ``None``.

    Linear in ``sample``: every delimiter in ``_DELIMITERS`` that the header line holds is tried (fields
    quoted with ``"``, doubled quotes inside), with and without spaces after the delimiter; the one giving
    the most columns wins, ties in ``_DELIMITERS`` order. Every sampled row must have the header's width,
    except under a header of three or more column names (``comment_id``, ``created at``...), where two
    thirds of the rows are enough: a bare CR inside an unquoted field (which :mod:`csv` itself writes with
    ``lineterminator="\\n"``) splits its record, and the reader then names that row instead of taking the
    table for a text dump. ``complete`` says the sample is the whole input: its last record counts too when a
    line end follows it (without one, it may be a download cut short: the reader names it).
    """
    sample = _protect_cr(sample)[0]
    header_line = sample.lstrip("\ufeff\r\n").partition("\n")[0]
    best: tuple[int, type[csv.Dialect]] | None = None
    for delimiter in _DELIMITERS:
        if delimiter not in header_line:
            continue
        for skip in (False, True):
            dialect = _dialect(delimiter, skip)
            rows = _records(sample, dialect)
            if rows is None or len(rows) < 2:
                continue
            if len(rows) > 2 and not (complete and sample.endswith(("\n", "\r"))):
                rows = rows[:-1]  # the sample may end inside the last record (a head, or a download cut short)
            header = rows[0]
            if len(header) < 2 or len(set(header)) != len(header):
                continue
            if any(not h.strip() or len(h) > 64 or h.strip().endswith((".", "?", "!")) for h in header):
                continue
            fit = sum(len(r) == len(header) for r in rows[1:])
            if fit < len(rows) - 1:
                loose = len(header) >= 3 and all(_NAME.fullmatch(h.strip()) for h in header)
                if not (loose and fit >= 1 and 3 * fit >= 2 * (len(rows) - 1)):
                    continue
            if best is None or len(header) > best[0]:
                best = (len(header), dialect)
            break
    return best[1] if best else None


def _guess(sample: str, name: str) -> type[csv.Dialect]:
    """A forced CSV that does not look like a table: the delimiter the header line holds most of."""
    header_line = sample.lstrip("\ufeff\r\n").partition("\n")[0]
    counts = [(header_line.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    count, _, delimiter = max(counts)
    if not count:
        raise InputError("not a CSV/TSV table: no consistent delimiter in the first lines", name)
    return _dialect(delimiter, False)


def rows(text: str, name: str, tsv: bool = False) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    """``(location, row as a dict)`` for each data row; a ragged or malformed row comes as its :class:`InputError`
    (the caller raises it, or with --skip-bad warns and reads on: the reader goes on at the next record)."""
    if csv.field_size_limit() < _FIELD_LIMIT:  # the default, 128 kB, is less than a long comment
        csv.field_size_limit(_FIELD_LIMIT)
    sample = text[:65536]
    dialect: Any = csv.excel_tab if tsv else sniff(sample, len(text) <= 65536) or _guess(sample, name)
    text, stand_in = _protect_cr(text)
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, dialect)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"malformed CSV header: {exc}", f"{name}:{reader.line_num}") from None
    if header is None:
        raise InputError("empty table", name)
    header = [h.strip().lstrip("\ufeff") for h in header]
    if stand_in is not None:
        header = [h.replace(stand_in, "\r") for h in header]
    tell, size = stream.tell, len(text)
    at = tell()  # where the next record starts
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            at = tell()
            yield f"{name}:{reader.line_num}", InputError(f"malformed CSV: {exc}", f"{name}:{reader.line_num}")
            continue
        where = f"{name}:{reader.line_num}"
        start, at = at, tell()
        if at == size:  # the input's last record: a download stopped inside it shows by its form
            cut = _cut_short(text[start:], len(fields), len(header), dialect)
            if cut is not None:
                yield where, InputError(cut, _first_line(name, reader.line_num, text[start:]) if "quoted" in cut else where)
                continue
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            yield where, InputError(f"{len(fields)} fields where the header has {len(header)}", where)
            continue
        if stand_in is not None:
            fields = [f.replace(stand_in, "\r") for f in fields]
        yield where, dict(zip(header, fields))


_FIELD_LIMIT = 2**31 - 1


def _first_line(name: str, last_line: int, record: str) -> str:
    """``name:line`` of the first line of ``record``, the text of the record that ends on ``last_line``."""
    return f"{name}:{last_line - len(io.StringIO(record, newline='').readlines()) + 1}"


def _cut_short(last: str, width: int, header: int, dialect: Any) -> str | None:
    """Why ``last``, the text of the table's last record (``width`` fields read), is a download stopped inside it,
    or ``None``: it ends inside a quoted field (the quote never closed), or it has fewer fields than the ``header``
    with no line end after it. A last record without a line end is no sign alone: Google Sheets' CSV ends so."""
    strict = type("Strict", (dialect,), {"strict": True})
    try:
        for _ in csv.reader(io.StringIO(last, newline=""), strict):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return f"malformed CSV: the input ends inside a quoted field begun on this row {CUT_SHORT}"
    if 0 < width < header and not last.endswith(("\n", "\r")):
        return ends_too_soon(f"{width} fields where the header has {header}")
    return None
