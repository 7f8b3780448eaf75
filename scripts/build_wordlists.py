"""Rebuild the word lists the segmenter and the transliterator ship, from wordfreq (reproducible bytes).

* :func:`latin_words`: the English and French words whose frequency decides whether a Latin word is
  English, French or may be Arabizi (English from Zipf 3.0, and from Zipf 2.0 when it has an English
  derivational ending; French from Zipf 4.2), each under its Zipf value; ``scripts/build_segment_words.py``
  writes them sorted to ``bilingual/data/segment_latin_zipf.txt``. With it, ``bilingual segment`` and
  ``transliterate`` never import wordfreq.
* ``bilingual/data/translit_lexicon_ar.bin``, ``..._fa.bin`` (not compressed: hashes do not compress, and reading
  the file is then all its loading costs): the Arabic-script words of wordfreq's
  Arabic and Persian lists that re-rank transliteration candidates (503,005 and 25,354 keys), folded as
  the transliterator looks them up (alef forms, ة/ه, ى/ي, Persian yeh and kaf), each under the highest
  Zipf value of the words it folds, stored as 32-bit hashes (see :class:`bilingual.translit.model.Lexicon`).

Only letters-only words are kept (the tools look up nothing else). The files are derived from
wordfreq's data (Robyn Speer and contributors), which is licensed CC BY-SA 4.0; so are they.

Run: python3 scripts/build_wordlists.py [--check]   (``--check``: compare with the shipped files, write nothing)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bilingual" / "data"


def _buckets(lang: str) -> list[list[str]]:
    """wordfreq's words of ``lang`` by centibel: bucket ``i`` holds the words of Zipf ``9 - i / 100``."""
    import wordfreq

    return wordfreq.get_frequency_list(lang)  # type: ignore[no-any-return]


def _section(name: str, rows: Iterable[tuple[int, list[str]]]) -> list[str]:
    """``[name]`` then one ``zipf word word ...`` line per centibel (most frequent first, words sorted)."""
    lines = [f"[{name}]"]
    for index, words in rows:
        if words:
            lines.append(f"{(900 - index) / 100:.2f} " + " ".join(sorted(set(words))))
    return lines


def latin_words() -> str:
    from bilingual.segment.words import ENGLISH_MIN_ZIPF, ENGLISH_SUFFIX, ENGLISH_SUFFIX_MIN_ZIPF, FRENCH_MIN_ZIPF

    def keep(bucket: list[str], zipf: float, suffix_floor: float | None) -> list[str]:
        out = []
        for w in bucket:
            if not w.isalpha():
                continue
            if zipf >= ENGLISH_MIN_ZIPF if suffix_floor is not None else zipf >= FRENCH_MIN_ZIPF:
                out.append(w)
            elif suffix_floor is not None and zipf >= suffix_floor and ENGLISH_SUFFIX.search(w):
                out.append(w)
        return out

    en = [(i, keep(b, (900 - i) / 100, ENGLISH_SUFFIX_MIN_ZIPF)) for i, b in enumerate(_buckets("en"))]
    fr = [(i, keep(b, (900 - i) / 100, None)) for i, b in enumerate(_buckets("fr"))]
    head = [
        "# English and French word frequencies (Zipf scale) for bilingual.segment and bilingual.translit:",
        f"# English words from Zipf {ENGLISH_MIN_ZIPF} (from {ENGLISH_SUFFIX_MIN_ZIPF} with an English derivational ending),",
        f"# French words from Zipf {FRENCH_MIN_ZIPF}; letters-only words. One line per Zipf value: 'zipf word word ...'.",
        f"# Built by scripts/build_wordlists.py from wordfreq {_wordfreq_version()} (data CC BY-SA 4.0, Robyn Speer et al.).",
    ]
    return "\n".join(head + _section("en", en) + _section("fr", fr)) + "\n"


def lexicon(lang: str) -> bytes:
    """The lexicon of ``ar`` or ``fa`` in the format :class:`bilingual.translit.model.Lexicon` reads."""
    from bilingual.translit.model import Lexicon, lexicon_key

    best: dict[str, float] = {}
    for i, bucket in enumerate(_buckets(lang)):
        for w in bucket:
            if w.isalpha() and all("\u0600" <= c <= "\u06ff" for c in w):
                best.setdefault(lexicon_key(w), (900 - i) / 100)  # most frequent first: a key keeps its best Zipf
    return Lexicon.encode(best)


def _wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


def _write(path: Path, data: bytes, check: bool) -> bool:
    if check:
        same = path.is_file() and path.read_bytes() == data
        print(f"{path.relative_to(ROOT)}: {'up to date' if same else 'DIFFERS'}")
        return same
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)}: {len(data) / 1e3:.0f} kB")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped files; write nothing")
    args = ap.parse_args(argv)
    ok = True
    for lang in ("ar", "fa"):
        ok = _write(DATA / f"translit_lexicon_{lang}.bin", lexicon(lang), args.check) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
