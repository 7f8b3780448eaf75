"""Readers' leftovers a demanding first-day user hits (helper newuser9): a JSON Lines file cut mid-line, a broken
WordPress export, Hacker News items in reading order, and exports damaged in the ways downloads and editors damage
them: each is one line naming the file and the place, or a correct read; never a traceback or a silent partial read."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bilingual.cli import main
from bilingual.errors import InputError
from bilingual.threads import iter_threads, read

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"


def _cut_inputs(name: str) -> tuple[bytes, int]:
    """A JSON Lines sample without its final line end, and where its last line starts."""
    data = (EXPORTS / name).read_bytes().rstrip(b"\n")
    return data, data.rfind(b"\n") + 1


def _as(mode: str, data: bytes) -> tuple[bytes, dict[str, str]]:
    """``data`` as each reading path gets it: streamed bytes (the fast path), streamed with a lenient ``errors``
    (the line-by-line path), UTF-16 (decoded whole, then split) and gzip."""
    if mode == "utf16":
        return data.decode("utf-8").encode("utf-16"), {}
    if mode == "gz":
        return gzip.compress(data), {}
    return data, {"errors": "replace"} if mode == "replace" else {}


@pytest.mark.parametrize("mode", ["bytes", "replace", "utf16", "gz"])
@pytest.mark.parametrize("name", ["reddit_comments.ndjson", "hackernews_items.jsonl", "x_v2.jsonl"])
def test_a_last_line_cut_anywhere_says_cut_short(name: str, mode: str, tmp_path: Path) -> None:
    """A download stopped mid-line: every cut of the last line (inside a string, a number, a key, an Arabic letter's
    bytes) is said as a cut, naming the line, as a cut JSON document is; it said only 'malformed JSON'."""
    data, start = _cut_inputs(name)
    last = data.count(b"\n") + 1
    path = tmp_path / "cut.in"
    for cut in range(start + 1, len(data), 7):
        piece = data[:cut]
        if mode == "utf16" and not _utf8(piece):
            continue  # a UTF-16 file is never cut inside a UTF-8 sequence
        raw, kw = _as(mode, piece)
        path.write_bytes(raw)
        with pytest.raises(InputError, match=r"cut short") as err:
            list(iter_threads(path, **kw))
        assert err.value.location == f"{path}:{last}", (cut, str(err.value))


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_a_middle_line_cut_is_not_called_a_cut_input(tmp_path: Path) -> None:
    """Only the input's unterminated last line is a download stopped there: a broken line before a line end is
    malformed, no more."""
    path = tmp_path / "mid.jsonl"
    path.write_text('{"id": "1", "text": "hi"}\n{"id": "2", "text": "th\n{"id": "3", "text": "yo"}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read(path)
    assert "cut short" not in str(err.value) and err.value.location == f"{path}:2"


@pytest.mark.parametrize("tail", [b'"text": "hi', b'"text": "hi",', b'"score": 1.', b'"ok": tr', "\"text\": \"\u0633".encode()[:-1]])
def test_the_cli_says_a_cut_jsonl_in_one_line(tail: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_bytes(b'{"id": "1", "text": "hi"}\n{"id": "2", "parent": "1", ' + tail)
    assert main(["pairs", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{path}:2:" in err and "cut short" in err, err
