"""``bilingual models list`` marks the model translate and report would use, found and loaded by their own
code (``--model``, ``$BILINGUAL_MODEL``, else the preferred one that loads), and says why each other
installed model is not used (helper ops8, 2026-12-05): it marked a default that does not load while
translate used the next one, and said nothing of the others."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED000

TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
WORKING = "translate-ar_en-tiny"


@pytest.fixture()
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A models directory holding the test model, a copy whose weights are garbage (sorted first, so the
    preferred one by name), an English->Arabic copy and a folder that is not a model."""
    models = tmp_path / "models"
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "unz")
    src = next((tmp_path / "unz").iterdir())
    shutil.copytree(src, models / WORKING)
    shutil.copytree(src, models / "a_broken")
    (models / "a_broken" / "model" / "model.bin").write_bytes(b"garbage" * 10)
    shutil.copytree(src, models / "b_en_ar")
    meta = json.loads((models / "b_en_ar" / "metadata.json").read_text())
    (models / "b_en_ar" / "metadata.json").write_text(json.dumps({**meta, "from_code": "en", "to_code": "ar"}))
    (models / "c_empty").mkdir()
    monkeypatch.setenv("BILINGUAL_MODELS", str(models))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    monkeypatch.setenv("BILINGUAL_CACHE", "off")
    monkeypatch.delenv("BILINGUAL_MODEL", raising=False)
    return models


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from bilingual.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _listing(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    code, out, _ = _main(capsys, "models", "list", "-f", "json", *args)
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def _translated_with(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, set[str], str]:
    code, out, err = _main(capsys, "translate", str(SEED000), "--format", "jsonl", *args)
    return code, {json.loads(line)["model"] for line in out.splitlines()}, err


def test_the_model_marked_is_the_one_translate_uses_and_the_others_say_why(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, used, _ = _translated_with(capsys)
    assert code == 0 and used == {WORKING}
    listing = _listing(capsys)
    marked = [m["name"] for m in listing["installed"] if m["default"]]  # type: ignore[attr-defined, index]
    assert marked == [WORKING] and listing["used"] == {"name": WORKING, "path": str(home / WORKING), "chosen_by": "default"}
    why = {m["name"]: m["not_used"] for m in listing["installed"]}  # type: ignore[attr-defined, index]
    assert why[WORKING] is None
    assert why["a_broken"].startswith("broken: cannot load the model")
    assert why["b_en_ar"] == "not Arabic->English (en->ar)"
    assert why["c_empty"].startswith("broken: ")
    code, out, _ = _main(capsys, "models", "list")
    assert f"* {WORKING}" in out and "translate and report use: translate-ar_en-tiny (the preferred installed Arabic->English model)" in out
    assert out.count("not used: ") == 3


def test_a_model_named_by_option_or_environment_is_marked_as_translate_would_use_it(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    listing = _listing(capsys, "--model", "b_en_ar")
    assert listing["used"] is None and "not Arabic->English" in str(listing["error"])
    code, _, err = _translated_with(capsys, "--model", "b_en_ar")
    assert code == 2 and str(listing["error"]) in err
    monkeypatch.setenv("BILINGUAL_MODEL", WORKING)
    listing = _listing(capsys)
    assert listing["used"]["chosen_by"] == "$BILINGUAL_MODEL"  # type: ignore[index]
    code, out, _ = _main(capsys, "models", "list")
    assert "translate and report use: translate-ar_en-tiny (named by $BILINGUAL_MODEL)" in out
    assert "a_broken" in out and "not used: broken: cannot load" not in out  # named: the default's order is moot
    path = home / WORKING
    listing = _listing(capsys, "--model", str(path))
    assert listing["used"]["chosen_by"] == "--model"  # type: ignore[index]


def test_with_no_usable_model_the_error_translate_gives_is_said(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(home / WORKING)
    code, out, _ = _main(capsys, "models", "list")
    assert code == 0 and "* " not in out
    assert "translate and report: the default model a_broken is broken" in out
