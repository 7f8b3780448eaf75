"""``bilingual segment``'s short start: the text view prints the segmenter's spans without the rest of
the pipeline's segment stage, and must print exactly what the full stage's records give; the command
loads neither the normalizer nor the transliterator for it."""

from __future__ import annotations

import csv
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED000, SEEDS

import bilingual.cli
import bilingual.text
from bilingual.cli import _command_names, main
from bilingual.cli.segment import _text_line, records
from bilingual.pipeline import Settings, run
from bilingual.threads import read


def full_stage_lines(path: Path) -> str:
    """The text view as the pipeline's whole segment stage gives it (records with every layer)."""
    result = run(read(str(path)), Settings(mt=False), until="segment")
    return "".join(_text_line(r) + "\n" for r in records(result))


def command_text(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["segment", str(path)]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_text_view_is_the_full_stage_on_the_seeds(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert command_text(seed, capsys) == full_stage_lines(seed)


def test_text_view_of_seed000_lists_its_arabic(capsys: pytest.CaptureFixture[str]) -> None:
    out = command_text(SEED000, capsys)
    assert out.count(" arabic ") >= 3 and all(" arabic " in line or " arabizi " in line for line in out.splitlines())


@pytest.mark.parametrize(
    ("count", "repeated"), [(200, 30), pytest.param(600, 50, marks=pytest.mark.slow)], ids=["200", "600"]
)
def test_text_view_is_the_full_stage_on_code_switched_reddit(
    count: int, repeated: int, shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Arabizi (transliterated by the full stage), Finglish, Arabic and repeated passages (shared by the
    full stage) in one thread: HaifaCLG Reddit sentences, one comment paragraph each (the first 200 and 30
    of them again in the default run, 600 and 50 in the slow pass)."""
    sentences: dict[tuple[str, str, str], list[str]] = {}
    with (shared_data / "codeswitch" / "haifaclg-reddit" / "words_annotated.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            sentences.setdefault((row["user_name"], row["sen_id"], row["sen_num"]), []).append(row["token"])
    lines = [" ".join(tokens) for tokens in list(sentences.values())[:count]]
    thread = tmp_path / "thread.txt"
    thread.write_text("A thread\n\n" + "\n\n".join(lines + lines[:repeated]) + "\n", encoding="utf-8")
    out = command_text(thread, capsys)
    assert out == full_stage_lines(thread)
    assert " arabizi ar-Latn: " in out and " arabic " in out


def test_text_view_loads_no_normalizer_or_transliterator() -> None:
    code = (
        "import sys\nfrom bilingual.cli import main\nmain(['segment', sys.argv[1]])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('bilingual.normalize.', 'bilingual.translit', "
        "'bilingual.text.sentences', 'bilingual.pipeline', 'pkgutil'))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(SEED000)], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"


def test_segmenting_seed000_compiles_none_of_the_patterns_it_does_not_use() -> None:
    code = (
        "import sys\nfrom bilingual.cli import main\nmain(['segment', sys.argv[1]])\n"
        "from bilingual.text import language, script\n"
        "print([f.cache_info().currsize for f in (script._run_re, script._arabic_char_re, script._arabic_letter,"
        " language._pf_re, language._evidence_re)])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(SEED000)], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.splitlines()[-1] == "[0, 0, 0, 0, 0]"


def test_arabic_letter_is_compiled_when_asked_for() -> None:
    from bilingual.text import script
    from bilingual.text.script import ARABIC_LETTER

    assert ARABIC_LETTER is script.ARABIC_LETTER and "ARABIC_LETTER" in dir(script)
    assert ARABIC_LETTER.findall("abc سلامٌ ـ ١") == [*"سلام", "\u0640"]  # tatweel is a (modifier) letter
    with pytest.raises(AttributeError):
        script.NOTHING  # noqa: B018


def test_command_names_are_the_package_modules() -> None:
    expected = sorted(i.name for i in pkgutil.iter_modules(bilingual.cli.__path__) if not i.name.startswith("_"))
    assert _command_names() == expected and "segment" in expected


def test_text_names_come_from_their_submodules() -> None:
    import bilingual.text.sentences  # binds the submodule on the package: the name stays the function

    home = [sys.modules[f"bilingual.text.{m}"] for m in ("language", "script", "sentences")]
    for name in bilingual.text.__all__:
        owner = next(m for m in home if name in vars(m))
        assert getattr(bilingual.text, name) is vars(owner)[name]
    assert callable(bilingual.text.sentences) and bilingual.text.sentences("One. Two.") == [(0, 4), (5, 9)]
    with pytest.raises(AttributeError):
        bilingual.text.nothing  # noqa: B018
