"""The command line's start-up: what a ``bilingual`` process does beyond running its command."""

from __future__ import annotations

import gc
import pickle
import subprocess
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from bilingual.cli import main
from bilingual.spans import ARABIC, Location, Passage, Span

ROOT = Path(__file__).resolve().parents[1]

_AS_PROCESS = """
import gc, sys
from bilingual.cli import main
from bilingual.spans import ARABIC, Location, Passage, Span
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


def test_spans_import_without_dataclasses() -> None:
    """``bilingual.spans`` (imported by every command) builds no dataclass: making one compiles its methods."""
    code = "import sys, bilingual.spans; print('dataclasses' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_the_span_classes_behave_as_their_dataclasses_did(protocol: int) -> None:
    """Repr, equality and hash by value, immutability of Span and Location, pickling, match arguments."""
    span = Span(3, 9, ARABIC, "ar", 0.5, ((4, 6),))
    location = Location("c1", 3, 9)
    passage = Passage(location, span, "text")
    assert repr(span) == "Span(start=3, end=9, kind='arabic', lang='ar', confidence=0.5, insertions=((4, 6),))"
    assert repr(passage) == (f"Passage(location=Location(comment='c1', start=3, end=9), span={span!r}, text='text', "
                             "author=None, extra={})")
    assert span == Span(3, 9, ARABIC, "ar", 0.5, ((4, 6),)) and hash(span) == hash(Span(3, 9, ARABIC, "ar", 0.5, ((4, 6),)))
    assert span != Span(3, 9, ARABIC) and span != (3, 9, ARABIC, "ar", 0.5, ((4, 6),))
    assert {location: 1}[Location("c1", 3, 9)] == 1 and passage == Passage(Location("c1", 3, 9), span, "text")
    with pytest.raises(TypeError):
        hash(passage)
    with pytest.raises(FrozenInstanceError):
        span.start = 4
    with pytest.raises(FrozenInstanceError):
        del location.comment
    with pytest.raises(ValueError):
        Span(5, 4, ARABIC)
    for value in (span, location, passage):
        assert pickle.loads(pickle.dumps(value, protocol)) == value
    match span:
        case Span(3, 9, kind, lang):
            assert (kind, lang) == (ARABIC, "ar")
        case _:
            raise AssertionError("no match")
