"""The translation cache's cap and ``bilingual models cache`` (helper ops8, 2026-12-05): the database
grew without bound; past its cap (``$BILINGUAL_CACHE_SIZE``, 1 GB by default) the oldest entries go.
A damaged or read-only cache is one line, and translation goes on without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from bilingual.mt.cache import DEFAULT_MAX_BYTES, TranslationCache, max_bytes, parse_size
from bilingual.mt.engine import Hypothesis

TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"


@pytest.fixture(autouse=True)
def home(private_home: Path) -> Path:
    """The test's own cache file (no cap set), with empty models and argospm directories."""
    return private_home / "cache.sqlite3"


def _fill(cache: TranslationCache, rounds: int, per_round: int = 20) -> list[str]:
    """Write ``rounds`` batches of sentences (about 400 bytes an entry); the sentences, oldest first."""
    written = []
    for r in range(rounds):
        batch = {f"sentence {r}-{k} " + "x" * 100: [Hypothesis("y" * 200, -1.0, 10, 0)] for k in range(per_round)}
        cache.put_many("model", "options", batch)
        written += list(batch)
    return written


def test_past_its_cap_the_cache_drops_its_oldest_entries(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILINGUAL_CACHE_SIZE", "64k")
    cache = TranslationCache(home)
    written = _fill(cache, 12, per_round=60)  # about 290 kB of entries
    stats = cache.stats()
    assert stats.max_bytes == 64_000 and stats.used_bytes <= 64_000 and 0 < stats.entries < len(written)
    assert stats.file_bytes <= 64_000 + 40 * 4096  # the cap and one batch's pages, reused by the next
    kept = cache.get_many("model", "options", written)
    assert set(kept) == set(written[-stats.entries:])  # the newest, whatever their key's order


def test_without_a_cap_nothing_is_dropped(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILINGUAL_CACHE_SIZE", "none")
    cache = TranslationCache(home)
    assert cache.stats().max_bytes is None
    assert cache.stats().entries == 0 and len(cache.get_many("model", "options", _fill(cache, 4, per_round=200))) == 800


@pytest.mark.parametrize(("text", "size"), [("500M", 500 * 10**6), ("2G", 2 * 10**9), ("1.5g", 15 * 10**8), ("64kB", 64_000),
                                            ("800000", 800_000), ("none", None), ("Unlimited", None)])
def test_cap_sizes(text: str, size: int | None) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["abc", "0", "-5M", "5 MiB", "1e9"])
def test_a_cap_that_is_not_a_size_warns_and_keeps_the_default(text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BILINGUAL_CACHE_SIZE", text)
    assert max_bytes() == DEFAULT_MAX_BYTES
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "BILINGUAL_CACHE_SIZE" in err[0] and "500M" in err[0], err


# --- the command ------------------------------------------------------------------------------------


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from bilingual.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_models_cache_shows_place_size_entries_and_clears(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _main(capsys, "models", "cache")
    assert code == 0 and "no translation cache yet" in out and str(home) in out and not home.exists()
    _fill(TranslationCache(home), 3)
    code, out, _ = _main(capsys, "models", "cache")
    assert code == 0 and str(home) in out and "60 translations" in out and "cap 1.0 GB" in out, out
    code, out, _ = _main(capsys, "models", "cache", "-f", "json")
    data = json.loads(out)
    assert (data["entries"], data["max_bytes"], data["path"]) == (60, DEFAULT_MAX_BYTES, str(home))
    assert data["used_bytes"] <= data["file_bytes"] == home.stat().st_size
    code, out, _ = _main(capsys, "models", "cache", "--clear")
    assert code == 0 and "60 translations removed" in out
    assert json.loads(_main(capsys, "models", "cache", "-f", "json")[1])["entries"] == 0


def test_models_cache_when_off(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BILINGUAL_CACHE", "off")
    code, out, _ = _main(capsys, "models", "cache")
    assert code == 0 and out.strip() == "translation cache: off (BILINGUAL_CACHE=off)"


def test_a_damaged_cache_is_one_line_and_clear_starts_a_new_one(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home.write_bytes(b"not a database at all" * 300)
    code, out, err = _main(capsys, "models", "cache")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "damaged" in err and "--clear" in err, err
    code, out, err = _main(capsys, "models", "cache", "--clear")
    assert code == 0 and "deleted the damaged translation cache" in out and not home.exists(), (out, err)


def test_a_damaged_cache_leaves_translation_working_uncached(home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A corrupt file: one warning line, and the translation is the one made without a cache."""
    from bilingual.mt.models import install

    install(str(TINY))
    source = tmp_path / "ar.txt"
    source.write_text("السلام عليكم ورحمة الله\n", encoding="utf-8")
    code, expected, _ = _main(capsys, "translate", str(source), "--no-cache")
    home.write_bytes(b"\x13garbage" * 1000)
    code, out, err = _main(capsys, "translate", str(source))
    lines = [line for line in err.splitlines() if "translation cache" in line]
    assert code == 0 and out == expected and len(lines) == 1 and "damaged" in lines[0], err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes a read-only file anyway")
def test_a_read_only_cache_is_one_line_and_clear_says_why(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = TranslationCache(home)
    _fill(cache, 1)
    cache.close()
    home.chmod(0o444)
    try:
        code, out, err = _main(capsys, "models", "cache", "--clear")
        assert code == 2 and len(err.strip().splitlines()) == 1 and "cannot clear" in err, err
        reader = TranslationCache(home)
        _fill(reader, 1)
        assert not reader.enabled
    finally:
        home.chmod(0o644)


def test_the_cap_is_documented_where_users_look() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "BILINGUAL_CACHE_SIZE" in readme and "bilingual models cache" in readme
    assert subprocess.run([sys.executable, "-m", "bilingual", "models", "cache", "--help"], capture_output=True, text=True).stdout.count("--clear") >= 1
