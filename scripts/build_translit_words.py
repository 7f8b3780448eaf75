"""Rebuild ``bilingual/data/translit_words_ar.bin``: wordfreq's most frequent Arabic-script words of ``ar``.

The lexicon-bound search of an Arabizi word (``bilingual.translit.core``) may only spell these words, so
a frequent word the free search misses is still a candidate. Only wordfreq's list is read (CC BY-SA 4.0;
see NOTICE.md), never the development data.

Run: python3 scripts/build_translit_words.py [--top 100000] [--out bilingual/data/translit_words_ar.bin]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bilingual.translit.model import WORDS_FILE, encode_words
from bilingual.translit.train import wordfreq_words

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=100000, help="how many of wordfreq's most frequent words to read")
    ap.add_argument("--out", type=Path, default=ROOT / "bilingual" / WORDS_FILE)
    args = ap.parse_args(argv)
    words = [w for w, _ in wordfreq_words("ar-Latn", args.top)]
    data = encode_words(words)
    args.out.write_bytes(data)
    print(f"wrote {args.out}: {len(set(words))} words, {len(data) / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
