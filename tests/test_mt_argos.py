"""``--engine argos``: argostranslate's own pipeline on the same package gives the same output as
the toolkit's engine (skipped without the optional ``argostranslate``). Runs in subprocesses so
that argostranslate, which imports torch, never loads into the test process."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.skipif(importlib.util.find_spec("argostranslate") is None, reason="argostranslate not installed")

TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
# Text the mt normalizer leaves as it is, so both engines see the same characters.
THREAD = [
    {"id": "1", "parent": None, "author": "a", "text": "He wrote: السلام عليكم. كيف حالك؟ and left"},
    {"id": "2", "parent": "1", "author": "b", "text": "ماشي و ال+hobbies عامة؟"},
]


def _run(tmp_path: Path, *args: str) -> list[dict]:
    env = {
        **os.environ,
        "ARGOS_PACKAGES_DIR": str(tmp_path / "argos"),
        "BILINGUAL_MODELS": str(tmp_path / "none"),
        "BILINGUAL_CACHE": "off",
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
    }
    proc = subprocess.run(check=False, args=[sys.executable, "-m", "bilingual", "translate", str(tmp_path / "t.jsonl"),
                           "--format", "jsonl", *args], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_argos_engine_reuses_the_argospm_package_and_agrees(tmp_path: Path) -> None:
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "argos")
    (tmp_path / "t.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in THREAD), encoding="utf-8")
    ours = _run(tmp_path)
    theirs = _run(tmp_path, "--engine", "argos")
    assert {r["engine"] for r in theirs} == {"argos"} and {r["model"] for r in theirs} == {"translate-ar_en-tiny"}
    assert all(r["normalized"] == r["source"] for r in ours)

    def canon(text: str) -> str:  # argostranslate joins a passage's sentences and turns "_" into spaces
        return "".join(text.replace("_", "").split())

    joined: dict[tuple, list[str]] = {}
    for r in ours:
        joined.setdefault((r["passage"]["comment"], r["passage"]["start"]), []).append(r["text"])
    assert len(theirs) == len(joined) == 2
    for r in theirs:
        assert canon(" ".join(joined[(r["comment"], r["start"])])) == canon(r["text"])
