"""Every command's ``-o`` goes through one writer (``cli._common.write_text``), checked here where a demanding user
points it (helper newuser10): at an open descriptor (/dev/stdout with stdout a file: the /dev/stdout link itself was
replaced by a regular file, the output lost), through a link, killed mid-write (a stray '.out.json.XXXX.tmp' was
left for ever), at a full disk, and at paths that cannot be written: one line naming the path and the cause, status
not 0, the old file intact and nothing half-written."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bilingual.cli import main

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
THREAD = EXPORTS / "reddit_thread.json"
COMMANDS = [["thread", "-f", "json"], ["show"], ["segment"], ["normalize"], ["pairs", "--no-mt"], ["report", "--no-mt"]]


def _bilingual(args: list[str], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bilingual", *args], cwd=cwd, text=True, capture_output=True,  # type: ignore[call-overload, no-any-return]
                          timeout=60, **kw)


def test_a_link_to_stdout_writes_into_it_and_is_kept(tmp_path: Path) -> None:
    """``-o /dev/stdout`` with stdout redirected to a file (here a link of our own to /proc/self/fd/1, as /dev/stdout
    is: the old code renamed its file over the link, which as root replaced the system's /dev/stdout)."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    with open(tmp_path / "redirected.json", "w", encoding="utf-8") as out:
        done = subprocess.run([sys.executable, "-m", "bilingual", "thread", str(THREAD), "-f", "json", "-o", str(link)],
                              stdout=out, stderr=subprocess.PIPE, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    assert '"format": "reddit"' in (tmp_path / "redirected.json").read_text(encoding="utf-8")


def test_a_link_to_a_file_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    assert main(["thread", str(THREAD), "-f", "json", "-o", str(tmp_path / "link.json")]) == 0
    assert (tmp_path / "link.json").is_symlink() and '"format": "reddit"' in real.read_text(encoding="utf-8")


KILLED = '''
import os, sys, time
from bilingual.cli._common import write_text

def pieces():
    yield "half of a new file"
    os.write(2, b"writing\\n")
    time.sleep(30)
    yield "never"

write_text(sys.argv[1], pieces())
'''


def test_a_write_killed_midway_leaves_the_old_file_and_a_named_partial_the_next_run_removes(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(out)], stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        assert proc.stderr is not None and proc.stderr.readline() == "writing\n"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    left = sorted(p.name for p in tmp_path.iterdir() if p != out)
    assert out.read_text(encoding="utf-8") == "old"
    assert len(left) == 1 and left[0].startswith(f".out.json.bilingual-{proc.pid}-") and left[0].endswith(".partial"), left
    assert main(["thread", str(THREAD), "-f", "json", "-o", str(out)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def _small_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))  # the disk full, for files over 20 kB


@pytest.mark.parametrize("command", COMMANDS[:1] + COMMANDS[-1:])
def test_a_full_disk_is_one_line_and_the_old_file_kept(command: list[str], tmp_path: Path) -> None:
    """RLIMIT_FSIZE stands for a full disk (EFBIG as ENOSPC: the same path in the writer): status 1, one line naming
    the output and the cause, the old file intact, no partial file left."""
    big = tmp_path / "big.jsonl"
    big.write_text("".join(f'{{"id": "{i}", "text": "long enough comment number {i} with words"}}\n' for i in range(500)), encoding="utf-8")  # each output over the 20 kB: json 76 kB, report 37 kB
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    done = _bilingual([command[0], str(big), *command[1:], "-o", str(out)], tmp_path, preexec_fn=_small_files)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert f"{out}: cannot write: File too large" in done.stderr
    assert out.read_text(encoding="utf-8") == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "out.txt"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("output", "said"), [
    ("nodir/out.txt", "cannot write: nodir does not exist"), ("adir", "is a directory; give a file name"),
    ("blocker/out.txt", "cannot write: blocker is not a folder"), ("/proc/out.txt", "cannot write: No such file or directory (a new file in /proc)"),
    ("in.json", "the output would overwrite the input file"), ("/dev/full", "cannot write: No space left on device"),
])
def test_an_output_that_cannot_be_written_is_one_line(command: list[str], output: str, said: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.json").write_bytes(THREAD.read_bytes())
    (tmp_path / "adir").mkdir()
    (tmp_path / "blocker").write_text("a file where a folder is named", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    status = main([command[0], "in.json", *command[1:], "-o", output])
    err = capsys.readouterr().err
    assert status in (1, 2) and err == f"bilingual: error: {output}: {said}" + err[len(f"bilingual: error: {output}: {said}"):]
    assert err.count("\n") == 1 and sorted(p.name for p in tmp_path.iterdir()) == before, err


@pytest.mark.parametrize("outdir", ["blocker/out", "blocker/a/b"])
def test_a_corpus_folder_under_a_file_is_refused_before_the_run(outdir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """``corpus -o notes/run`` with notes a file: one line before any work (was status 1 after the cluster started,
    saying 'the shards done are kept' with none done)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "blocker").write_text("a file", encoding="utf-8")
    status = main(["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", outdir, "--no-mt", "--workers", "1"])
    assert (status, capsys.readouterr().err) == (2, f"bilingual: error: {outdir}: cannot write: blocker is not a folder\n")
