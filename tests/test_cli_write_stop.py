"""A stop (SIGTERM, Ctrl-C, SIGHUP) that arrives while a command's output file is being made leaves no partial file."""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

import pytest

from bilingual.cli import _common
from bilingual.cli._signals import Terminated, held_stops, signals_stop


def test_a_stop_as_the_partial_file_is_made_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stop lands right after ``mkstemp`` has made the file, before the clean-up's ``with``: it used to leave
    ``.out.html.bilingual-PID-XXXX.partial`` behind (1 SIGHUP in 19 under load)."""
    made = tempfile.mkstemp

    def made_then_stopped(*args: object, **kwargs: object) -> tuple[int, str]:
        result = made(*args, **kwargs)  # type: ignore[call-overload]
        os.kill(os.getpid(), signal.SIGTERM)  # its handler runs at the next step of this thread
        return result  # type: ignore[no-any-return]

    monkeypatch.setattr(_common.tempfile, "mkstemp", made_then_stopped)
    with pytest.raises(Terminated), signals_stop():
        _common.write_text(str(tmp_path / "out.html"), "<p>x</p>")
    assert list(tmp_path.iterdir()) == []


def test_a_stop_held_is_raised_as_the_block_ends_and_not_before() -> None:
    steps = []
    with pytest.raises(Terminated), signals_stop():
        with held_stops():
            os.kill(os.getpid(), signal.SIGTERM)
            for n in range(1000):  # many steps: the handler has run by now
                steps.append(n)
        steps.append(-1)
    assert steps == list(range(1000))

