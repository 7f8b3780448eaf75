"""The command line's start-up: what a ``bilingual`` process does beyond running its command."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from bilingual.cli import main

ROOT = Path(__file__).resolve().parents[1]

_AS_PROCESS = """
import gc, sys
from bilingual.cli import main
sys.argv = ["bilingual", *sys.argv[1:]]
status = main()
print(gc.get_freeze_count() > 0, status)
"""


def test_the_process_command_line_skips_the_last_collection(capsys: pytest.CaptureFixture[str]) -> None:
    """Run as the process's command line, ``main`` leaves its objects in the permanent generation, which the
    interpreter's exit-time collection skips; the output is the same as an in-process call's."""
    done = subprocess.run([sys.executable, "-c", _AS_PROCESS, "--version"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    *lines, last = done.stdout.splitlines()
    assert last == "True 0"
    assert main(["--version"]) == 0
    assert lines == capsys.readouterr().out.splitlines() and lines


def test_an_in_process_call_leaves_the_collector_alone(capsys: pytest.CaptureFixture[str]) -> None:
    """A caller that passes its own arguments (tests, scripts) keeps every object collectable."""
    before = gc.get_freeze_count()
    assert main(["--version"]) == 0
    assert gc.get_freeze_count() == before
