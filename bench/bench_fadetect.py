"""Finglish (``fa-Latn``) against Arabizi (``ar-Latn``): the language the segmenter gives its Latin runs (issue 16).

Each sentence of ``translit/finglish_persian.sentences.tsv`` and ``narabizi_algerian.sentences.tsv`` (the Latin
column) is labelled by the language of its longest Arabizi run (none: no label); each word of
``atar_jordanian.words.tsv`` is segmented alone. Printed: the share of Finglish sentences labelled ``fa-Latn``, of
Algerian sentences and Jordanian words labelled ``ar-Latn``, the share of the Finglish sentences' words inside a
``fa-Latn`` span and the sentences wholly inside (detection, beyond the longest run's label), the HaifaCLG Reddit Arabizi word F1
(``bench_segment.haifa_accuracy``) and its runs labelled ``fa-Latn``, and a hash of every span without its
language (start, end, kind, confidence, insertions over ``bench_segment.span_texts``): a change of the language
decision must leave it as it was.

``--split tune|held-out|all`` (default ``tune``): the translit files' part, as ``bench_translit.py`` splits them
(``bilingual.translit.train.held_out`` of ``split_key``); HaifaCLG's half is ``dev`` for ``tune``, ``test`` for
``held-out``. ``--errors N`` prints N mislabelled sentences of each translit file (never with ``held-out``).

Figures only, no timing (so no ``--repeat``).

Run: python3 bench/bench_fadetect.py [--split tune|held-out|all] [--errors 20] [--no-hash]
"""

from __future__ import annotations

import argparse
import hashlib
import re

from _timing import environment
from bench_segment import DATA, HAIFA, haifa_accuracy, haifa_half, haifa_sentences, span_texts
from bilingual.segment import segment
from bilingual.spans import AR_LATN, ARABIZI, FA_LATN
from bilingual.translit.train import held_out, read_tsv, split_key

FILES = (
    ("finglish_persian.sentences.tsv", "sentences", FA_LATN),
    ("narabizi_algerian.sentences.tsv", "sentences", AR_LATN),
    ("atar_jordanian.words.tsv", "words", AR_LATN),
)


def in_split(key: str, split: str) -> bool:
    return split == "all" or held_out(key) == (split == "held-out")


def label(text: str) -> str | None:
    """The language of the longest Arabizi run of ``text``, or None."""
    runs = [s for s in segment(text) if s.kind == ARABIZI]
    if not runs:
        return None
    return max(runs, key=lambda s: s.end - s.start).lang


def covered(texts: list[str]) -> tuple[int, int, int]:
    """``(words inside a fa-Latn span, words, texts whose every word is)``: how much of each Finglish sentence is found,
    beyond its longest run's label. A word: letters and apostrophes."""
    inside = words = whole = 0
    for text in texts:
        spans = [s for s in segment(text) if s.kind == ARABIZI and s.lang == FA_LATN]
        found = [any(s.start <= m.start() and m.end() <= s.end for s in spans) for m in _WORD.finditer(text)]
        inside, words, whole = inside + sum(found), words + len(found), whole + all(found)
    return inside, words, whole


_WORD = re.compile(r"[A-Za-z']+")


def translit_figures(split: str, errors: int) -> None:
    for name, unit, want in FILES:
        pairs = [(lat, ar) for lat, ar in read_tsv(str(DATA / "translit" / name)) if in_split(split_key(lat, ar, unit), split)]
        if unit == "words":  # a word once, whatever its readings
            pairs = list(dict.fromkeys(pairs))
        labels = [label(lat) for lat, _ in pairs]
        right = sum(lab == want for lab in labels)
        other = sum(lab is not None and lab != want for lab in labels)
        print(f"  {name:34} {len(pairs):5} {unit}: {want} {right / len(pairs):.4f} ({right}), other label {other}, none {len(pairs) - right - other}")
        if want == FA_LATN:
            inside, words, whole = covered([lat for lat, _ in pairs])
            print(f"  {'':34} words inside a fa-Latn run {inside / words:.4f} ({inside} / {words}), sentences wholly inside {whole}")
        shown = 0
        for (lat, _), lab in zip(pairs, labels):
            if errors and split != "held-out" and lab is not None and lab != want and shown < errors:
                print(f"      {lab}: {lat}")
                shown += 1


def haifa_fa_runs(half: str | None) -> tuple[int, int]:
    """HaifaCLG runs labelled fa-Latn, and those of them that cover an Arabizi word (categ 0)."""
    runs = arabizi_runs = 0
    for sent in haifa_sentences(HAIFA):
        if half is not None and haifa_half(sent) != half:
            continue
        offsets, pos = [], 0
        for token, _ in sent:
            offsets.append((pos, pos + len(token)))
            pos += len(token) + 1
        spans = segment(" ".join(t for t, _ in sent))
        for s in spans:
            if s.kind == ARABIZI and s.lang == FA_LATN:
                runs += 1
                arabizi_runs += any(c == "0" and s.start <= a and b <= s.end for (_, c), (a, b) in zip(sent, offsets))
    return runs, arabizi_runs


def offsets_hash() -> str:
    digest = hashlib.sha256()
    for text in span_texts():
        digest.update(repr([(s.start, s.end, s.kind, s.confidence, s.insertions) for s in segment(text)]).encode())
    return digest.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "held-out", "all"), default="tune")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--no-hash", action="store_true")
    args = ap.parse_args()
    print(environment("bilingual", "regex"))
    print(f"translit/ ({args.split}):")
    translit_figures(args.split, args.errors)
    half = {"tune": "dev", "held-out": "test", "all": None}[args.split]
    if HAIFA.is_file():
        p, r, f, n = haifa_accuracy(HAIFA, 0, half)[ARABIZI]
        runs, covering = haifa_fa_runs(half)
        print(f"  HaifaCLG {half or 'all'}: arabizi words precision {p:.4f} recall {r:.4f} F1 {f:.4f} ({n}); fa-Latn runs {runs} ({covering} over Arabizi words)")
    if not args.no_hash:
        print(f"spans without their language: hash {offsets_hash()}")


if __name__ == "__main__":
    main()
