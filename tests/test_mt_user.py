"""A user's sweep of the MT side (helper mt7, 2026-12-05): models with the wrong languages, a broken
default beside a working model, install errors that name what the user gave, option checks, and
the cache's location. The test model's output is meaningless: nothing here judges a translation."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED000

from bilingual.mt.models import install

TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"


@pytest.fixture(autouse=True)
def home(private_home: Path) -> Path:
    """The test's own empty models directory (and argospm directory and cache)."""
    return private_home / "models"


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``bilingual ARGS`` in this process: exit code, stdout, stderr."""
    from bilingual.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _variant(tmp_path: Path, name: str, *, meta: dict[str, str] | None = None, corrupt: str | None = None) -> Path:
    """The test model unpacked under ``name``, its metadata updated or one file overwritten."""
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "unz")
    src = next((tmp_path / "unz").iterdir())
    target = tmp_path / name
    shutil.copytree(src, target)
    if meta:
        data = json.loads((target / "metadata.json").read_text())
        data.update(meta)
        (target / "metadata.json").write_text(json.dumps(data))
    if corrupt:
        (target / corrupt).write_bytes(b"garbage" * 10)
    return target


@pytest.mark.parametrize("codes", [("en", "ar"), ("fa", "en"), ("ar", "fr")])
def test_a_model_that_is_not_arabic_to_english_is_never_used(capsys, tmp_path: Path, codes: tuple[str, str]) -> None:
    wrong = _variant(tmp_path, f"wrong_{codes[0]}_{codes[1]}", meta={"from_code": codes[0], "to_code": codes[1]})
    install(str(wrong))
    for how in ([wrong.name], [str(wrong)]):
        code, out, err = _main(capsys, "translate", str(SEED000), "--format", "jsonl", "--model", *how)
        assert code == 2 and out == "", (how, err)
        assert err.count("\n") == 1 and f"{codes[0]}->{codes[1]}" in err and "Arabic->English" in err, err


def test_a_broken_default_gives_way_to_a_working_model(capsys, home: Path, tmp_path: Path) -> None:
    install(str(TINY))
    broken = _variant(tmp_path, "a_broken", corrupt="model/model.bin")
    shutil.copytree(broken, home / "a_broken")  # sorts before the working one: chosen first by name
    code, out, err = _main(capsys, "translate", str(SEED000), "--format", "jsonl")
    assert code == 0 and out, err
    assert {json.loads(line)["model"] for line in out.splitlines()} == {"translate-ar_en-tiny"}
    assert "a_broken" in err and "translate-ar_en-tiny" in err  # says which one is broken, which one is used


@pytest.mark.parametrize("corrupt", ["model/model.bin", "sentencepiece.model"])
def test_a_refused_install_names_the_source_not_a_staging_directory(capsys, home: Path, tmp_path: Path, corrupt: str) -> None:
    bad = _variant(tmp_path, "bad", corrupt=corrupt)
    code, _, err = _main(capsys, "models", "install", str(bad))
    assert code == 2 and err.count("\n") == 1, err
    assert ".install-" not in err and str(bad) in err and "--force" not in err, err


def test_a_sha256_that_is_not_hex_is_refused_before_anything_is_read(capsys) -> None:
    code, _, err = _main(capsys, "models", "install", str(TINY), "--sha256", "xyz")
    assert code == 2 and "--sha256" in err and "64 hexadecimal" in err, err


def test_an_empty_cache_variable_means_the_default_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bilingual.mt.cache import default_path

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("BILINGUAL_CACHE", "")
    assert default_path() == tmp_path / "xdg" / "bilingual" / "mt-cache.sqlite3"


def test_a_corrupt_cache_says_what_to_do(capsys, tmp_path: Path) -> None:
    from bilingual.mt.cache import TranslationCache

    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"not a database at all" * 300)
    cache = TranslationCache(path)
    cache.get_many("h", "o", ["x"])
    err = capsys.readouterr().err
    assert not cache.enabled and str(path) in err and "damaged" in err and "models cache --clear" in err, err


def test_an_empty_model_name_is_an_error_of_its_own(capsys) -> None:
    code, _, err = _main(capsys, "translate", str(SEED000), "--model", "")
    assert code == 2 and "--model" in err and "empty" in err, err


def test_the_opus_model_named_as_the_readme_says_is_arabic_to_english(home: Path, tmp_path: Path) -> None:
    from bilingual.mt.models import default_model

    package = _variant(tmp_path, "pkg")
    ct2 = tmp_path / "opus-mt-tc-big-ar-en-ct2"  # models/README.md's directory, installed without --langs
    shutil.copytree(package / "model", ct2)
    for spm in ("source.spm", "target.spm"):
        shutil.copy(package / "sentencepiece.model", ct2 / spm)
    model = install(str(ct2))
    assert (model.source_lang, model.target_lang) == ("ar", "en")  # was en->ct: the last pair in the name
    assert default_model().name == "opus-mt-tc-big-ar-en-ct2"


def test_install_and_list_say_a_wrong_direction_model_will_not_be_used(capsys, tmp_path: Path) -> None:
    wrong = _variant(tmp_path, "translate-en_ar", meta={"from_code": "en", "to_code": "ar"})
    code, out, _ = _main(capsys, "models", "install", str(wrong))
    assert code == 0 and "not Arabic->English: translate will not use it" in out, out
    code, out, _ = _main(capsys, "models", "list")
    assert "not Arabic->English" in out and "* translate-en_ar" not in out, out
    code, out, _ = _main(capsys, "models", "verify")
    assert code == 0 and out.startswith("ok ") and "not Arabic->English" in out, out


def test_the_folder_an_archive_was_unpacked_into_points_at_the_model_inside(capsys, tmp_path: Path) -> None:
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "unpacked")
    code, _, err = _main(capsys, "models", "install", str(tmp_path / "unpacked"))
    assert code == 2 and "not a model" in err and "inside, translate-ar_en-tiny/, is one" in err, err


def test_a_model_file_rewritten_with_its_old_size_and_mtime_is_hashed_again(tmp_path: Path) -> None:
    import os

    from bilingual.mt.cache import TranslationCache

    weights = tmp_path / "model" / "model.bin"
    weights.parent.mkdir()
    weights.write_bytes(b"A" * 64)
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    first = cache.model_hash([weights], tmp_path)
    st = weights.stat()
    weights.write_bytes(b"B" * 64)  # another model of the same size, copied with its times kept (cp -p, rsync -a)
    os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cache.model_hash([weights], tmp_path) != first  # else the old model's translations are served


def test_a_loaded_engine_is_not_reused_for_weights_copied_over_with_their_times_kept(tmp_path: Path) -> None:
    import os

    from bilingual.mt.engine import inspect_model
    from bilingual.mt.models.registry import _identity

    files = inspect_model(_variant(tmp_path, "m"))
    weights = files.model_dir / "model.bin"
    before, st = _identity(files), weights.stat()
    weights.write_bytes(weights.read_bytes()[::-1])
    os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _identity(files) != before


def test_a_sentence_longer_than_the_model_reads_is_flagged_fresh_and_from_the_cache(capsys, tmp_path: Path) -> None:
    install(str(TINY))
    words = "ذهب الولد إلى المدرسة في الصباح مع أخيه الصغير ثم عاد إلى البيت بعد الظهر".split()
    long = " ".join(words[i % len(words)] + str(i) for i in range(700))  # no full stop: one sentence
    thread = tmp_path / "long.jsonl"
    thread.write_text(json.dumps({"id": "1", "parent": None, "author": "a", "text": f"look: {long}\nshort: {words[0]} {words[1]} {words[2]}"}, ensure_ascii=False) + "\n")
    for _ in range(2):  # fresh, then from the cache
        code, out, err = _main(capsys, "translate", str(thread), "--format", "jsonl", "--max-chars", "100000")
        records = [json.loads(line) for line in out.splitlines()]
        assert code == 0 and len(records) == 2, err
        assert ["source-cut" in r["flags"] for r in records] == [True, False], [r["flags"] for r in records]
    assert all(r["cached"] for r in records)
