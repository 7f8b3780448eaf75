"""CSV / TSV comment tables: the dialect is sniffed, the header names the columns (mapped with ``--fields``)."""

from __future__ import annotations

import csv
import io
from typing import Any, Iterator

from ..errors import InputError

_DELIMITERS = ",\t;|"


def sniff(sample: str) -> csv.Dialect | None:
    """The dialect of a table that looks like one (a header of names, rows with as many fields), else ``None``."""
    lines = [line for line in sample.splitlines()[:8] if line.strip()]
    if len(lines) < 2:
        return None
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS)
    except csv.Error:
        return None
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines[:-1]) if len(lines) > 2 else "\n".join(lines)), dialect))
    except csv.Error:
        return None
    header = rows[0]
    if len(header) < 2 or len(set(header)) != len(header):
        return None
    if any(not h.strip() or len(h) > 64 or h.strip().endswith((".", "?", "!")) for h in header):
        return None
    if any(len(r) != len(header) for r in rows[1:]):
        return None
    return dialect  # type: ignore[return-value]


def rows(text: str, name: str, tsv: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(location, row as a dict)`` for each data row; a ragged or malformed row is an :class:`InputError`."""
    sample = text[:65536]
    dialect: Any = csv.excel_tab if tsv else sniff(sample)
    if dialect is None:
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
        except csv.Error:
            raise InputError("not a CSV/TSV table: no consistent delimiter in the first lines", name) from None
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader, None)
        if header is None:
            raise InputError("empty table", name)
        header = [h.strip().lstrip("\ufeff") for h in header]
        for fields in reader:
            where = f"{name}:{reader.line_num}"
            if not fields or all(not f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                raise InputError(f"{len(fields)} fields where the header has {len(header)}", where)
            yield where, dict(zip(header, fields))
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", f"{name}:{reader.line_num}") from None
