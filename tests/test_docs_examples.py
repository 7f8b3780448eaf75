"""The Python examples of the README and the library's guides run as written, and say what they print.

A fenced ``python`` block of README.md or of docs/NORMALIZATION.md, TRANSLIT.md, ARCHITECTURE.md, PAIRING.md or SCHEMA.md is
either a doctest (``>>>`` lines: run by doctest, outputs compared) or a script, run from the repository's
root; a top-level ``print(...)  # TEXT`` line of a script must print TEXT.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ["README.md", "docs/NORMALIZATION.md", "docs/TRANSLIT.md", "docs/ARCHITECTURE.md", "docs/PAIRING.md", "docs/SCHEMA.md"]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
PRINTED = re.compile(r"^print\((.*)\)\s+# (.+)$", re.M)


def examples() -> list[tuple[str, int, str]]:
    """Every ``python`` block of the guides: file, line of the fence, code."""
    out = []
    for name in GUIDES:
        text = (ROOT / name).read_text(encoding="utf-8")
        out += [(name, text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]
    return out


def checked(code: str) -> str:
    """``code`` with each top-level ``print(ARGS)  # TEXT`` made a check that the line printed is TEXT."""
    return PRINTED.sub(lambda m: f"_printed({m.group(2)!r}, {m.group(1)})", code)


def _printed(expected: str, *values: object) -> None:
    line = " ".join(map(str, values))
    print(line)
    assert line == expected, f"printed {line!r}, the comment says {expected!r}"


EXAMPLES = examples()


def test_the_guides_have_examples() -> None:
    assert {name for name, _, _ in EXAMPLES} >= {"README.md", "docs/NORMALIZATION.md", "docs/TRANSLIT.md"}


@pytest.mark.parametrize("name, line, code", EXAMPLES, ids=[f"{n}:{ln}" for n, ln, _ in EXAMPLES])
def test_example_runs_as_written(name: str, line: int, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    if ">>> " in code:
        test = doctest.DocTestParser().get_doctest(code, {}, name, name, line)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        out = io.StringIO()
        runner.run(test, out=out.write)
        assert runner.failures == 0, out.getvalue()
        return
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(checked(code), f"{name}:{line}", "exec"), {"_printed": _printed, "__name__": "__example__"})
    assert os.getcwd() == str(ROOT)


README_COMMANDS = re.findall(r"^\| `bilingual (\w+)([^`]*)` \|", (ROOT / "README.md").read_text(encoding="utf-8"), re.M)


def test_the_readme_table_names_every_command() -> None:
    assert {cmd for cmd, _ in README_COMMANDS} >= {"report", "corpus", "segment", "normalize", "transliterate", "show"}


@pytest.mark.parametrize("command, usage", README_COMMANDS, ids=[cmd for cmd, _ in README_COMMANDS])
def test_the_readme_table_says_what_the_command_takes(command: str, usage: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each option and value the README's command table shows (``-f html|json|terminal``) is in the
    command's ``--help``."""
    from bilingual.cli import main

    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = capsys.readouterr().out
    options = re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", usage)
    values = [v for _, vals in re.findall(r"(--?[\w-]+) ([\w|\\-]+)\]", usage)
              for v in vals.replace("\\", "").split("|") if not v.isupper()]
    assert [word for word in options + values if word not in shown] == [], shown
