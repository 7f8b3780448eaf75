"""Rebuild ``bilingual/data/translit_model.bin`` from the development data beside the project.

The file holds character statistics only (unit readings by position, joint models of unit readings,
a character 4-gram model of Arabic-script words, per region and for all; character models of each
region's Latin words); no word of the data is stored. It is learned from the *tuning* part of
``../shared/data/translit`` (four fifths, by a stable hash; ``bench/bench_translit.py`` scores on
the other fifth) and from wordfreq's Arabic and Persian word lists.

Run: python3 scripts/build_translit_model.py [--data ../shared/data/translit] [--out bilingual/data/translit_model.bin]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bilingual.translit.model import MODEL_FILE, dump_model
from bilingual.translit.train import build_model, development_pairs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "translit"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder of the development .tsv files")
    ap.add_argument("--out", type=Path, default=ROOT / "bilingual" / MODEL_FILE)
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 2
    t0 = time.time()
    model = build_model(development_pairs(str(args.data)))
    data = dump_model(model)
    args.out.write_bytes(data)
    for lang in ("ar-Latn", "fa-Latn"):
        part = model[lang]
        assert isinstance(part, dict)
        for region, sub in part["models"].items():
            aligned, tried = sub["aligned"]
            print(f"{lang} {region}: {aligned}/{tried} training words aligned to the unit tables")
    print(f"wrote {args.out} ({len(data) / 1e3:.0f} kB) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
