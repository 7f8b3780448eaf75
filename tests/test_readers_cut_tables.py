"""A CSV or TSV export cut inside its last record (a download stopped mid-row) is said as cut short, as a cut JSON or
XML export is (helper newuser10): by its form, since a last line without a line end is no sign alone (Google Sheets'
CSV downloads end so). Before, such a record was read with its last field short, or named only as ragged."""

from __future__ import annotations

from pathlib import Path

import pytest

import bilingual
from bilingual.cli import main
from bilingual.errors import InputError
from bilingual.threads import iter_threads, parse_fields

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
_FIELDS = {"comments.csv": ["--fields", "id=comment_id,parent=reply_to,author=user,text=body,time=created,thread=post_id"]}


def _cuts(name: str) -> tuple[bytes, list[int]]:
    """The sample without its final line end, and every cut inside its last record (never at a character's middle)."""
    data = (EXPORTS / name).read_bytes().rstrip(b"\r\n")
    start = data.rfind(b"\n") + 1
    return data, [c for c in range(start + 1, len(data)) if (data[c] & 0xC0) != 0x80]


def _open_or_short(record: bytes, sep: bytes, width: int) -> bool:
    """Whether the cut ``record`` ends inside a quoted field or holds fewer fields than the header's ``width``."""
    return record.count(b'"') % 2 == 1 or record.count(sep) + 1 < width


@pytest.mark.parametrize(("name", "sep"), [("comments.csv", b","), ("comments.tsv", b"\t")])
def test_every_cut_of_the_last_record_is_cut_short_or_a_whole_row(name: str, sep: bytes, tmp_path: Path) -> None:
    """Each cut inside the last record: ending in an open quote or with fields missing, it is one error naming that
    record's line, 'cut short'; cut inside its last unquoted field, it is a row like any (no form tells it)."""
    data, cuts = _cuts(name)
    header = data.partition(b"\n")[0].rstrip(b"\r")
    width, last = header.count(sep) + 1, data.count(b"\n") + 1
    whole = _comments(EXPORTS / name)
    path = tmp_path / name
    said = 0
    for cut in cuts:
        path.write_bytes(data[:cut])
        record = data[data.rfind(b"\n") + 1 : cut]
        if not _open_or_short(record, sep, width):
            assert _comments(path) == whole, cut
            continue
        with pytest.raises(InputError, match=r"cut short\?\)") as err:
            _comments(path)
        assert err.value.location == f"{path}:{last}", (cut, str(err.value))
        said += 1
    assert said >= 3, said


def _comments(path: Path) -> int:
    """How many comments the threads of the table ``path`` hold, read as ``bilingual.read`` reads (the CSV sample
    holds two threads)."""
    fields = parse_fields(_FIELDS[path.name][1]) if path.name in _FIELDS else None
    return sum(len(t.comments) for t in iter_threads(path, fields=fields))


@pytest.mark.parametrize("tail", [b'3,1,c,"third, cut', b'3,1,c,"third\ncut', b"3,1,c", b"3,1,"])
def test_the_cli_says_a_cut_table_in_one_line(tail: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes(b"id,parent,author,text\n1,,a,hello there\n2,1,b,\"a quoted, reply\"\n" + tail)
    assert main(["thread", str(path), "-f", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1, captured.err
    assert f"{path}:4: " in captured.err and "(cut short?)" in captured.err, captured.err


def test_skip_bad_reads_the_rows_before_the_cut_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.tsv"
    path.write_bytes(b'id\ttext\n1\thello\n2\t"open and cut')
    thread = bilingual.read(path, skip_bad=True)
    assert [c.text for c in thread.comments] == ["hello"]
    assert any("cut short" in w and f"{path}:3" in w for w in thread.warnings), thread.warnings


_ROWS = b"id,text,extra\n1,hello,x\n7,more,y\n8,and more,z\n"  # enough whole rows to be taken for a table


@pytest.mark.parametrize("body", [
    b"id,text\n1,hello\n2,\"a, quoted\"",  # Google Sheets: no final line end, every row whole
    b"id,text\n1,hello\n2,\"a, quoted\"\r\n",
    _ROWS + b"2,ragged\n3,last,y",  # a short row in the middle is ragged, not a cut
])
def test_a_whole_table_without_a_final_line_end_is_no_cut(body: bytes, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(body)
    if b"ragged" in body:
        with pytest.raises(InputError) as err:
            bilingual.read(path)
        assert "cut short" not in str(err.value) and err.value.location == f"{path}:5"
        return
    assert len(bilingual.read(path).comments) == 2


def test_a_ragged_last_row_before_a_line_end_is_ragged_not_cut(tmp_path: Path) -> None:
    """Fewer fields in a last row that a line end follows: the writer finished the row; it is only ragged."""
    path = tmp_path / "t.csv"
    path.write_bytes(_ROWS + b"5,short\n")
    with pytest.raises(InputError) as err:
        bilingual.read(path)
    assert "cut short" not in str(err.value) and "2 fields where the header has 3" in str(err.value)
