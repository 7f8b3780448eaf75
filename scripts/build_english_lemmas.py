"""Write ``bilingual/data/english_lemmas.tsv``: for every English stem (:func:`bilingual.align.words.english_stem`)
LemmInflect's dictionary gives a lemma of, the first of its lemmas that pairing's word table has as a content word,
one ``stem<TAB>lemma`` line per stem, sorted. :func:`bilingual.pairing.evidence.base_form` reads it.

Why a derived table and not LemmInflect at run time: loading LemmInflect takes numpy and its dictionaries, about
0.9 s of CPU and 94 MiB of RSS (34 MiB with numpy already loaded), for some 7,400 stems pairing can use; the table is
about 120 kB and loads in a few milliseconds. The lemmas are LemmInflect's own: the selection below is
``getAllLemmas`` as pairing asks it (verb before adjective before noun, a stem the dictionary lacks asked again with
the ``s`` the stemmer took off, no lemma guessed for a word it lacks), filtered by the word table shipped with the
package, so the table must be rebuilt when the word table changes (a test compares them when LemmInflect is installed).

LemmInflect (Brad Jascob) is MIT-licensed; its dictionary is derived from the NIH SPECIALIST Lexicon.

Run: python3 scripts/build_english_lemmas.py [--check]   (``--check``: compare with the shipped file, write nothing)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "bilingual" / "data" / "english_lemmas.tsv"
#: The parts of speech whose lemmas pairing takes a form to, likeliest first: a verb's forms ("wrote"), an
#: adjective's comparatives ("bigger", "easier"), a noun's irregular plurals ("children", "women").
LEMMA_POS = ("VERB", "ADJ", "NOUN")
HEADER = "# english_lemmas.tsv: stem<TAB>lemma, from LemmInflect's dictionary (MIT; NIH SPECIALIST Lexicon), scripts/build_english_lemmas.py\n"


def lemmas(stem: str) -> tuple[str, ...]:
    """LemmInflect's dictionary lemmas of an English stem, as stems, of the parts of speech :data:`LEMMA_POS`, likeliest
    first, the stem itself left out; a stem the dictionary lacks is asked again with the ``s`` the stemmer took off
    ("goes" -> "goe", "watches" -> "watche")."""
    from lemminflect import getAllLemmas

    from bilingual.align.words import english_stem

    found: dict[str, tuple[str, ...]] = getAllLemmas(stem) or getAllLemmas(stem + "s")
    return tuple(dict.fromkeys(english_stem(lemma) for pos in LEMMA_POS for lemma in found.get(pos, ()) if english_stem(lemma) != stem))


def build() -> str:
    """The file's text: every stem that is a word of the dictionary or one with its ``s`` taken off, with the first of
    its :func:`lemmas` the word table has as a content word of three letters or more."""
    from lemminflect import Lemmatizer

    from bilingual.align.words import lexicon
    from bilingual.pairing.evidence import CONTENT

    lemmatizer = Lemmatizer()
    words = set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict())
    stems = words | {word[:-1] for word in words if word.endswith("s")}
    background = lexicon().background
    lines = []
    for stem in sorted(stems):
        lemma = next((form for form in lemmas(stem) if len(form) >= 3 and background.get(form, 1.0) < CONTENT), None)
        if lemma is not None:
            lines.append(f"{stem}\t{lemma}\n")
    return HEADER + "".join(lines)


def main() -> int:
    """Write the table, or with ``--check`` say whether the shipped one is what :func:`build` makes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET.name}: {'up to date' if same else 'differs: rebuild it'}")
        return 0 if same else 1
    tmp = TARGET.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(TARGET)
    print(f"wrote {TARGET} ({text.count(chr(10)) - 1} stems)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
