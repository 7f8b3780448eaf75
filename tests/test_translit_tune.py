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
