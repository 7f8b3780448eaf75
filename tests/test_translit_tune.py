"""scripts/tune_translit.py scores the Algerian sentences' development fold too (under the model without Algerian as
well), where a ranker learned from Jordanian words can lose while the Algerian words do not move."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

from bilingual.translit import AR
from bilingual.translit.train import in_part

sys.path.insert(0, str(ROOT / "scripts"))

import tune_translit as tune  # noqa: E402


def test_the_algerian_sentences_development_fold_is_scored(tmp_path: Path) -> None:
    lines = [(f"wa7ed {k} ya kho", f"واحد {k} يا خو") for k in range(60)]
    (tmp_path / "narabizi_algerian.sentences.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in lines), encoding="utf-8")
    units, lang, unit = tune.dev_units(tmp_path, "narabizi_sentences")
    assert (lang, unit) == (AR, "sentences")
    expected = [(latin, [arabic]) for latin, arabic in lines if in_part(latin, "dev")]  # keyed by the Latin sentence
    assert units == expected and 0 < len(units) < len(lines)
    assert tune._source("narabizi_sentences")[3] == "maghreb" and "narabizi_sentences" in tune.SENTENCES


def test_the_fit_models_cache_is_named_by_the_rules_and_the_recipe(tmp_path: Path) -> None:
    # a fit model cached before an edit of the unit tables or of the training recipe is not read after it (it was, and
    # a variant of rules.py scored the old tables)
    folder = tmp_path / "bilingual" / "translit"
    folder.mkdir(parents=True)
    (folder / "rules.py").write_text("A = 1\n", encoding="utf-8")
    (folder / "train.py").write_text("B = 1\n", encoding="utf-8")
    before = tune.cache_file(("atar", "finglish"), tmp_path)
    assert before == tune.cache_file(("atar", "finglish"), tmp_path) != tune.cache_file(("atar",), tmp_path)
    (folder / "rules.py").write_text("A = 2\n", encoding="utf-8")
    edited = tune.cache_file(("atar", "finglish"), tmp_path)
    (folder / "train.py").write_text("B = 2\n", encoding="utf-8")
    assert len({before, edited, tune.cache_file(("atar", "finglish"), tmp_path)}) == 3
