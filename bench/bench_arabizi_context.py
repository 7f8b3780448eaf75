"""Arabizi detection with more than one sentence to read: does a comment's or a writer's other text help?

HaifaCLG's bench (``bench_segment.py``) segments each sentence alone. ``words_annotated.csv`` keeps each
sentence's writer (``user_name``) and comment (``sen_id``), so a sentence can be segmented inside its comment or
inside all of its writer's sentences (joined by a line break or a space, in the file's order), and its words
scored as ``bench_segment.haifa_accuracy`` scores them (Arabizi word F1; strict, and with the words annotated
shared, categ 4, not scored). Only the ``dev`` half is scored unless ``--half`` says otherwise: rules are checked
against its errors, the ``test`` half is held out (its words are never printed).

``--readings TH K`` scores one more reading on top (arabizi12's prototype of a line-level statistic, not in the
segmenter): on a line, the lower-case words of three letters or more outside every Arabizi run that are no
English, French, listed word or English text-speak and whose best transliteration
(``bilingual.translit.read_word``) is an Arabic word of Zipf ``TH`` or more in the shipped lexicon count as
Arabizi when at least ``K`` distinct ones stand on the line; the same test is run over the English-only lines
(Tatoeba, TICO-19) as the false-alarm figure. English and French are the shipped lists' (English from Zipf 3.0),
or with ``--english-below Z`` wordfreq's own (a word is English or French from Zipf ``Z`` on: a deeper list
than the segmenter ships).

Speed: the HaifaCLG sentences segmented one by one and as ``--group`` joins them, interleaved, ``--repeat``
rounds: the CPU ratio (what reading a sentence inside its comment or its writer's text costs).

Run: python3 bench/bench_arabizi_context.py [--group sentence|comment|user] [--join newline|space]
     [--half dev|test|all] [--readings TH K [--english-below Z]] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
import re
from collections import Counter
from collections.abc import Iterator

from _timing import MIN_REPEAT, environment, interleaved, ratio_line, timed
from bench_segment import DATA, HAIFA, LETTER, WORD_CATEGORIES, _covering, _prf, haifa_half
from bilingual.segment import segment
from bilingual.segment.words import sections
from bilingual.spans import ARABIZI
from bilingual.translit import read_word
from bilingual.translit.model import lexicon, lexicon_key

Sentence = list[tuple[str, str]]
Key = tuple[str, str, int]  # user, comment, sentence number
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_CORE = importlib.import_module("bilingual.segment.core")  # the segmenter's own English / French / text-speak tests


def sentences_by_key() -> dict[Key, Sentence]:
    """HaifaCLG's sentences as ``(token, categ)`` lists, by ``(user, comment, sentence number)``, in file order."""
    found: dict[Key, Sentence] = {}
    with HAIFA.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            found.setdefault((row["user_name"], row["sen_id"], int(row["sen_num"])), []).append((row["token"], row["categ"]))
    return found


def groups(keys: list[Key], group: str) -> Iterator[list[Key]]:
    """The sentences segmented together: each alone, each comment's or each writer's, sentences in order."""
    if group == "sentence":
        yield from ([k] for k in keys)
        return
    by: dict[tuple[str, ...], list[Key]] = {}
    for k in keys:
        by.setdefault(k[:2] if group == "comment" else k[:1], []).append(k)
    yield from (sorted(ks, key=lambda k: (k[1], k[2])) for ks in by.values())


def joined(sents: list[Sentence], sep: str) -> tuple[str, list[list[tuple[int, int]]]]:
    """The sentences as one text (tokens joined by spaces, sentences by ``sep``) and each token's offsets."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for sent in sents:
        offs = []
        for token, _ in sent:
            offs.append((pos, pos + len(token)))
            pos += len(token) + 1
        offsets.append(offs)
        parts.append(" ".join(t for t, _ in sent))
    return sep.join(parts), offsets


@functools.cache
def _listed() -> frozenset[str]:
    return frozenset().union(*sections().values())


@functools.cache
def _unknown(word: str, english_below: float | None) -> bool:
    """A lower-case ASCII word of three letters or more that is no listed, English or French word nor English
    text-speak: English and French as the segmenter reads them, or from wordfreq's Zipf ``english_below`` on."""
    if not (len(word) >= 3 and word.isascii() and word.isalpha() and word.islower()) or word in _listed():
        return False
    if _CORE._is_text_speak(word):
        return False
    if english_below is not None:
        from wordfreq import zipf_frequency

        return max(zipf_frequency(word, "en"), zipf_frequency(word, "fr")) < english_below
    return not _CORE._is_english_or_french(word)


@functools.cache
def _reading_zipf(word: str) -> float:
    """The lexicon's Zipf value of the word's best Arabic-script reading (0 when not listed)."""
    reading = read_word(word)
    return (lexicon("ar-Latn").get(lexicon_key(reading.candidates[0].text)) or 0.0) if reading.candidates else 0.0


Readings = tuple[float, int, float | None]  # --readings TH K, --english-below Z


def reading_words(words: list[str], th: float, k: int, english_below: float | None) -> set[str]:
    """The words of a line the ``--readings`` test takes: unknown words read as an Arabic word of Zipf ``th`` or
    more, when ``k`` distinct ones stand on the line."""
    hits = {w for w in words if _unknown(w, english_below) and _reading_zipf(w) >= th}
    return hits if len(hits) >= k else set()


def score(group: str, sep: str, half: str, readings: Readings | None) -> None:
    """Print the Arabizi word figures of ``half`` with the sentences segmented as ``group`` says."""
    sents = sentences_by_key()
    counts = {"strict": Counter[str](), "no categ 4": Counter[str]()}
    taken: Counter[tuple[str, str]] = Counter()
    sizes = Counter(len(g) for g in groups(list(sents), group))
    for keys in groups(list(sents), group):
        text, offsets = joined([sents[k] for k in keys], sep)
        spans = segment(text)
        starts = [s.start for s in spans]
        for key, offs in zip(keys, offsets):
            sent = sents[key]
            if half != "all" and haifa_half(sent) != half:
                continue
            found = [(s := _covering(spans, starts, a, b)) is not None and s.kind == ARABIZI for a, b in offs]
            extra = reading_words([t for (t, _), f in zip(sent, found) if not f], *readings) if readings else set()
            for (token, categ), f in zip(sent, found):
                if categ not in WORD_CATEGORIES or not LETTER.search(token):
                    continue
                if not f and token in extra:
                    f = True
                    taken[(token, categ)] += 1
                gold = categ == "0"
                for name, c in counts.items():
                    if name == "strict" or categ != "4":
                        c["tp" if f and gold else "fp" if f else "fn" if gold else "tn"] += 1
    print(f"group {group} (joined by {sep!r}), {half} half; texts of 1/2/3+ sentences: {sizes[1]}/{sizes[2]}/{sum(n for s, n in sizes.items() if s > 2)}")
    for name, c in counts.items():
        p, r, f1 = _prf(c["tp"], c["fp"], c["fn"])
        print(f"  Arabizi words, {name}: precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    if readings:
        if half == "dev":  # the words of the held-out half are not shown
            print(f"  --readings {readings[0]} {readings[1]} took: " + ", ".join(f"{t} (categ {c})" + (f" x{n}" if n > 1 else "") for (t, c), n in taken.items()))
        english_false_alarms(*readings)


def english_false_alarms(th: float, k: int, english_below: float | None) -> None:
    """How many English-only lines (Tatoeba, TICO-19) the ``--readings`` test would flag, and with which words."""
    files = [DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.eng", DATA / "mt" / "tico19" / "tico19-test.en"]
    lines = [line for f in files if f.is_file() for line in f.read_text(encoding="utf-8").splitlines()]
    flagged = [sorted(hit) for line in lines if (hit := reading_words(_LATIN_WORD.findall(line), th, k, english_below))]
    print(f"  English-only lines flagged by --readings: {len(flagged)}/{len(lines)} {flagged[:12]}")


def speed(group: str, sep: str, repeat: int) -> None:
    """CPU time of segmenting every HaifaCLG sentence alone and as ``group`` joins them, interleaved."""
    sents = sentences_by_key()
    alone = [joined([sents[k]], sep)[0] for k in sents]
    grouped = [joined([sents[k] for k in keys], sep)[0] for keys in groups(list(sents), group)]
    times = interleaved({
        "alone": lambda: timed(lambda: [segment(t) for t in alone]),
        group: lambda: timed(lambda: [segment(t) for t in grouped]),
    }, repeat)
    print(f"  segmenting as {group} / each sentence alone, {repeat} rounds: {ratio_line(times[group], times['alone'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--group", choices=("sentence", "comment", "user"), default="comment")
    ap.add_argument("--join", choices=("newline", "space"), default="newline")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--readings", nargs=2, metavar=("TH", "K"), default=None)
    ap.add_argument("--english-below", type=float, default=None, metavar="Z")
    ap.add_argument("--repeat", type=int, default=MIN_REPEAT)
    args = ap.parse_args()
    print(environment("bilingual", "wordfreq"))
    readings = (float(args.readings[0]), int(args.readings[1]), args.english_below) if args.readings else None
    sep = "\n" if args.join == "newline" else " "
    score(args.group, sep, args.half, readings)
    if args.group != "sentence" and args.repeat > 0:
        speed(args.group, sep, args.repeat)


if __name__ == "__main__":
    main()
