"""Rebuild ``bilingual/data/translit_model.json.gz`` from the development data beside the project.

The file holds character statistics only (unit readings by position, a character 4-gram model of
Arabic-script words); no word of the data is stored. It is learned from the *tuning* part of
``../shared/data/translit`` (four fifths, by a stable hash; ``bench/bench_translit.py`` scores on
the other fifth) and from wordfreq's Arabic and Persian word lists.

Run: python3 scripts/build_translit_model.py [--data ../shared/data/translit] [--out bilingual/data/translit_model.json.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from bilingual.translit.train import build_model, development_pairs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "translit"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder of the development .tsv files")
    ap.add_argument("--out", type=Path, default=ROOT / "bilingual" / "data" / "translit_model.json.gz")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 2
    t0 = time.time()
    model = build_model(development_pairs(str(args.data)))
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    args.out.write_bytes(gzip.compress((text + "\n").encode("utf-8"), 9, mtime=0))  # reproducible bytes
    for lang in ("ar-Latn", "fa-Latn"):
        part = model[lang]
        assert isinstance(part, dict)
        aligned, tried = part["aligned"]
        print(f"{lang}: {aligned}/{tried} training words aligned to the unit tables")
    print(f"wrote {args.out} ({len(text) / 1e3:.0f} kB) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
