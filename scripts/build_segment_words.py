"""Write ``bilingual/data/segment_latin_zipf.txt``: the English and French Zipf values of
``scripts/build_wordlists.py``'s selection (:func:`latin_words`),
one ``word zipf`` line per word, sorted, so :mod:`bilingual.segment.words` finds a word by binary search
in the file's text: a command on one small file reads it and asks a few dozen words, with no decompression
and no parsing (about 10 ms of start-up less than searching the compressed list's text).

The file is derived from wordfreq's data (Robyn Speer and contributors), licensed CC BY-SA 4.0; so is it.

Run: python3 scripts/build_segment_words.py [--check]   (``--check``: compare with the shipped file, write nothing)
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "bilingual" / "data" / "segment_latin_zipf.txt"


def _build_wordlists() -> object:
    """``scripts/build_wordlists.py`` as a module: the selection of words is made in one place."""
    spec = importlib.util.spec_from_file_location("build_wordlists", ROOT / "scripts" / "build_wordlists.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_zipf_sections(listed: str) -> dict[str, dict[str, float]]:
    """``{section: {word: zipf}}`` from the ``[section]`` / ``zipf word word ...`` format of build_wordlists.py."""
    out: dict[str, dict[str, float]] = {}
    current: dict[str, float] | None = None
    for line in listed.split("\n"):
        if not line or line[0] == "#":
            continue
        if line[0] == "[":
            current = out.setdefault(line[1:-1], {})
            continue
        if current is None:
            raise ValueError("word list: a line before the first [section]")
        zipf, _, words = line.partition(" ")
        current.update(zip(words.split(" "), itertools.repeat(float(zipf))))
    return out


def sorted_list(listed: str) -> str:
    """The ``[en]`` and ``[fr]`` sections of a ``zipf word word ...`` list as sorted ``word zipf`` lines."""
    tables = read_zipf_sections(listed)
    lines = [
        "# English and French word frequencies (Zipf scale) for bilingual.segment and bilingual.translit, one",
        "# 'word zipf' line per word, sorted by word (binary search). The words of scripts/build_wordlists.py",
        "# (wordfreq, data CC BY-SA 4.0, Robyn Speer et al.); written by scripts/build_segment_words.py.",
    ]
    for name in ("en", "fr"):
        lines.append(f"[{name}]")
        lines.extend(f"{word} {zipf:.2f}" for word, zipf in sorted(tables[name].items()))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file; write nothing")
    args = ap.parse_args(argv)
    text = sorted_list(_build_wordlists().latin_words())  # type: ignore[attr-defined]
    if args.check:
        same = TARGET.is_file() and TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET.relative_to(ROOT)}: {'up to date' if same else 'DIFFERS'}")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(text.encode('utf-8')) / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
