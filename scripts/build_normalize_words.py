"""Rebuild ``bilingual/data/normalize_words_ar.bin``: the Arabic words the repetition fold looks up.

wordfreq's ``ar`` words from :data:`bilingual.normalize.folds.WORD_FREQUENCY` on (Zipf 3), each in its
frequency bucket, so that :func:`bilingual.normalize.folds.arabic_frequencies` gives the same dictionary as
wordfreq's ``get_frequency_dict("ar")`` so filtered, without importing wordfreq (about 0.35 s of CPU) or
keeping its 620,000-word dictionaries (about 115 MB) for the life of the process. wordfreq's lists are
CC BY-SA 4.0 (see NOTICE.md).

Run: python3 scripts/build_normalize_words.py [--out bilingual/data/normalize_words_ar.bin]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bilingual.normalize.folds import WORDS_FILE, WORD_FREQUENCY, encode_buckets

ROOT = Path(__file__).resolve().parent.parent


def buckets() -> list[list[str]]:
    """wordfreq's Arabic buckets (index ``i``: frequency ``10 ** (-i / 100)``) down to WORD_FREQUENCY, each
    word in the last bucket that lists it, as ``get_frequency_dict`` keeps it."""
    from wordfreq import cB_to_freq, get_frequency_list

    last: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list("ar")):
        for word in bucket:
            last[word] = index
    out: list[list[str]] = []
    for word, index in last.items():
        if cB_to_freq(-index) >= WORD_FREQUENCY:
            out.extend([] for _ in range(index + 1 - len(out)))
            out[index].append(word)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bilingual" / WORDS_FILE)
    args = ap.parse_args(argv)
    found = buckets()
    data = encode_buckets(found)
    args.out.write_bytes(data)
    print(f"wrote {args.out}: {sum(map(len, found))} words in {len(found)} buckets, {len(data) / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
