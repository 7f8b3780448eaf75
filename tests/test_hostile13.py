"""hostile12's leftovers (helper hostile13): a corpus run whose output cannot be written stops with that error."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import bilingual
from bilingual.corpus.shards import write_atomic

COMMENTS = [
    {"id": "0", "parent": None, "author": "a", "text": "السلام عليكم ورحمة الله وبركاته\nTranslation: peace be upon you " * 40},
    {"id": "1", "parent": "0", "author": "b", "text": "shukran ya 7abibi, thanks a lot " * 40},
]


def test_write_atomic_names_the_file_on_a_full_disk(tmp_path: Path) -> None:
    """A write on a full disk raises an OSError with no file name: the run's line said only 'No space left on
    device' and the corpus runner could not tell it was its output's."""

    def pieces() -> Iterator[str]:
        yield "x"
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    from bilingual.corpus.runner import _in_output

    target = tmp_path / "threads" / "part-00000.jsonl"
    with pytest.raises(OSError) as caught:
        write_atomic(target, pieces())
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
    assert list(target.parent.iterdir()) == []  # no temporary left
    assert _in_output(caught.value, str(tmp_path)) and not _in_output(caught.value, str(tmp_path / "other"))
    assert not _in_output(OSError(errno.ENOENT, "gone", "/elsewhere/model.bin"), str(tmp_path))


def _limited() -> None:
    """The child's files are limited to 4 kB (a full disk without root): a larger write fails with EFBIG."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.slow
def test_corpus_stops_on_its_output_error(tmp_path: Path) -> None:
    """Every shard failed in its worker with the output's OSError, listed as a bad-input record each, and the run
    ended 'wrote 0 threads' (status 2, 'nothing could be read') or with a line naming no file; now the first such
    error stops the run with one line naming the file and the error, status 1, no temporary file left."""
    inputs = []
    for k in range(3):
        path = tmp_path / f"t{k}.jsonl"
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in COMMENTS), encoding="utf-8")
        inputs.append(str(path))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "bilingual", "corpus", *inputs, "-o", str(out), "--workers", "1", "--shard-size", "1"],
        capture_output=True, text=True, timeout=120, preexec_fn=_limited, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(bilingual.__file__).parents[1])},
    )
    lines = [line for line in done.stderr.splitlines() if "warning" not in line and "worker" not in line]
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1 and "File too large" in lines[0] and str(out / "threads" / "part-00000.jsonl") in lines[0], done.stderr
    assert not [p for p in out.rglob(".tmp-*")]


#: Ctrl-C delivered and handled by Python as in a terminal's foreground job, whatever the test run passed down: a run
#: started in the background by a non-interactive shell inherits SIGINT ignored, and a process under a parent that
#: blocks it inherits it blocked (the signal sent then stays pending and the child's loop ran out the timeout in CI).
_FOREGROUND = (
    "import signal\nsignal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})\n"
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
)


def test_ctrl_c_inside_a_strings_code_keeps_the_status(tmp_path: Path) -> None:
    """Ctrl-C landing inside code run by ``exec`` from a string (a dataclass made mid-run) is caught by the command
    ('interrupted', 130), but ``python -m bilingual`` then killed itself by SIGINT after its tear-down (status -2):
    CPython's mark of an unhandled interrupt stayed set. Now the status is 130."""
    (tmp_path / "h13main.py").write_text(
        f"{_FOREGROUND}"
        "import sys\n"
        "import bilingual.cli as cli\n"
        "def command(args, stop):\n"
        "    exec('import os, signal, time\\nos.kill(os.getpid(), signal.SIGINT)\\ntime.sleep(30)')\n"
        "cli._command = command\n"
        "sys.argv = ['bilingual', 'segment', '-']\n"
        "sys.exit(cli.main())\n",
        encoding="utf-8",
    )
    path = os.pathsep.join([str(tmp_path), str(Path(bilingual.__file__).parents[1])])
    done = subprocess.run([sys.executable, "-m", "h13main"], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": path}, stdin=subprocess.DEVNULL)
    assert done.stderr == "bilingual: interrupted\n", done.stderr
    assert done.returncode == 130, done.returncode


def test_ctrl_c_while_the_command_line_is_imported_keeps_the_status(tmp_path: Path) -> None:
    """The same mark, set by a Ctrl-C inside a string's code while ``bilingual.cli`` is imported (dataclasses are
    made then): 'interrupted' then status -2; now 130."""
    (tmp_path / "sitecustomize.py").write_text(
        f"{_FOREGROUND}"
        "import sys\n"
        "class Hook:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'bilingual.cli':\n"
        "            exec('import os, signal, time\\nos.kill(os.getpid(), signal.SIGINT)\\ntime.sleep(30)')\n"
        "sys.meta_path.insert(0, Hook())\n",
        encoding="utf-8",
    )
    path = os.pathsep.join([str(tmp_path), str(Path(bilingual.__file__).parents[1])])
    done = subprocess.run([sys.executable, "-m", "bilingual", "segment", "-"], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": path}, stdin=subprocess.DEVNULL)
    assert done.stderr == "bilingual: interrupted\n", done.stderr
    assert done.returncode == 130, done.returncode


def test_urlish_prefilter_agrees_with_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The segmenter's URL test asks the pattern only of windows that may hold a match (:func:`_may_be_urlish`):
    the same answer as the pattern over random windows of URL pieces, cases mixed, and U+0130; and a run of dotted
    Arabizi ('7a.bi' repeated) asks it nothing (it searched each word's 400-character window: 200 kB segmented
    in 3.0 s, 1.3 s now)."""
    import random

    from bilingual.segment import core

    pieces = ["://", "www", ".", "@", "com", "CoM", "io", "\u0130o", ".\u0130O", "edu", "gov", "net", "org", "7a", "bi", "x", "_", "\u0301", " "]
    rng = random.Random(13)
    for _ in range(20000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert core._may_be_urlish(window) or core._urlish().search(window) is None, window
    for _ in range(2000):  # the offsets found once per text (_urlish_pieces) answer as each window looked at
        text = "".join(rng.choice([*pieces, "\u03a3", "Ab"]) for _ in range(rng.randint(1, 40)))
        found = core._urlish_pieces(text)
        if found is None:
            assert "\u0130" in text
            continue
        left = rng.randint(0, len(text))
        right = rng.randint(left, len(text))
        assert core._has_piece(found, left, right) == core._may_be_urlish(text[left:right]), (text, left, right)
    pattern, searched = core._urlish(), []

    class Counted:
        def search(self, *args: object) -> object:
            searched.append(args)
            return pattern.search(*args)

    monkeypatch.setattr(core, "_urlish", Counted)
    spans = core.segment("7a.bi" * 2000 + "7a.www.example.com")  # only the words within 200 characters of the URL
    assert spans and 0 < len(searched) < 100, len(searched)
