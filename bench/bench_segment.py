"""Segmenter figures: accuracy on labelled code-switched data, and speed on mixed text.

Accuracy (word level) on HaifaCLG Reddit ``words_annotated.csv`` (categ 0 = Arabizi, 3 = Arabic
script), on all sentences and on each half (``dev``: the half whose errors rules may be checked
against; ``test``: held out): each sentence is rebuilt by joining its tokens with spaces and segmented; every word is
scored, a word being a token with a letter that the annotators gave a language (categ 0-4; categ 5
is punctuation, emoji and URLs). An Arabic-script word is found when it lies in an ``arabic`` passage
and not in one of its insertions; an Arabizi word when it lies in an ``arabizi`` span. Beside it, the Arabizi figure of each half with
the words annotated shared (categ 4: names, ``allah``, ``mashallah``) not scored: issue 16 wants ``Allah`` inside an
Arabizi run, the annotators count such words against it.

Arabizi words of the Algerian and Finglish sentences of ``translit/`` (development data): a Latin word is Arabizi
when the Arabic side writes it in Arabic letters (French stays Latin there), found when an ``arabizi`` span of
the Latin side overlaps it.

Coverage on ArzEn-ST ``*.cs.tsv`` (mixed Egyptian Arabic / English lines): a line's Arabic is the
stretch from its first to its last Arabic-script character; it is covered exactly when the
segmenter returns one ``arabic`` passage with exactly those offsets (English inside it kept as
insertions, nothing outside it taken in).

Speed: ``segment()`` over English comment threads, English with Arabic sentences, code-switched
lines, ArzEn-ST lines with Tatoeba paragraphs, and a mix, interleaved with a bare regex run finder
(``\\p{scx=Arab}+``) over the same text, ``--repeat`` runs each: median MB/s by CPU time of one
core (wall time beside it), and the ratio of the two with its spread.

The ArzEn-ST + Tatoeba row ends with issue 20's verdict: at least 15 MB/s by CPU time, measured here.

Start-up (``--startup``): ``bilingual segment SEED`` beside a bare ``python -c pass`` of the same
interpreter (the real executable, not a pyenv shim), interleaved, each a fresh process with its bytecode
cached (a first run of each writes it): the median CPU time (user + system, of the child) of each and of
their difference, with issue 20's verdict (under 0.1 s beyond Python's own start), and with ``--before
TREE`` the same command of that checkout, run from it, interleaved too; then the segmenter's own share
part by part (importing ``bilingual.text.language`` and ``segment.core``, the first ``segment()`` of the
seed), each run a fresh process.

With ``--before TREE`` the speed run also times the ``segment()`` of that checkout (its ``bilingual``
package copied as ``bilingual_before``), interleaved in the same rounds, and prints the speed-up.

Run: python3 bench/bench_segment.py [--haifa CSV] [--arzen DIR_OR_TSV ...] [--mb 3] [--repeat 5] [--no-speed | --speed-only [--before TREE] | --startup [--before TREE]]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import hashlib
import json
import os
import statistics
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import regex

from _timing import MIN_REPEAT, environment, interleaved, load, ratio_line, timed, timed_child
from bilingual.segment import segment
from bilingual.spans import ARABIC, ARABIZI, Span

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
HAIFA = DATA / "codeswitch" / "haifaclg-reddit" / "words_annotated.csv"
ARZEN = DATA / "codeswitch" / "arzen-st"
LETTER = regex.compile(r"\p{L}")
WORD_CATEGORIES = frozenset("01234")  # Arabizi, English, French, Arabic script, shared (names)
ARABIC_CHAR = regex.compile(r"[\p{scx=Arab}]", regex.V1)
ARABIC_LETTER = regex.compile(r"[\p{scx=Arab}&&\p{L}]", regex.V1)
BARE_RUNS = regex.compile(r"\p{scx=Arab}+")


def _covering(spans: list[Span], starts: list[int], a: int, b: int) -> Span | None:
    """The span holding ``[a, b)`` entirely, if one does."""
    i = bisect.bisect_right(starts, a) - 1
    if i >= 0 and spans[i].start <= a and b <= spans[i].end:
        return spans[i]
    return None


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def haifa_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as lists of ``(token, categ)``, in file order."""
    sents: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = (row["user_name"], row["sen_id"], row["sen_num"])
            sents.setdefault(key, []).append((row["token"], row["categ"]))
    return list(sents.values())


def haifa_half(sent: list[tuple[str, str]]) -> str:
    """``dev`` or ``test``: a stable half of the HaifaCLG sentences (a CRC-32 of the sentence). Rules are
    checked against the errors of the ``dev`` half only; the ``test`` half is the held-out figure."""
    return "dev" if zlib.crc32(" ".join(t for t, _ in sent).encode("utf-8")) % 2 == 0 else "test"


def haifa_accuracy(
    path: Path, show_errors: int = 0, half: str | None = None, categories: frozenset[str] = WORD_CATEGORIES
) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and gold count for Arabic-script and Arabizi words (of one half, or all), scoring the
    words of ``categories`` (all labelled words; without ``4``, the shared words: names, ``allah``, ``mashallah``)."""
    counts = {ARABIC: [0, 0, 0], ARABIZI: [0, 0, 0]}
    gold_kind = {"3": ARABIC, "0": ARABIZI}
    errors: Counter[tuple[str, str, str]] = Counter()
    for sent in haifa_sentences(path):
        if half is not None and haifa_half(sent) != half:
            continue
        text, offsets, pos = [], [], 0
        for token, _ in sent:
            offsets.append((pos, pos + len(token)))
            text.append(token)
            pos += len(token) + 1
        joined = " ".join(text)
        spans = segment(joined)
        starts = [s.start for s in spans]
        for (token, categ), (a, b) in zip(sent, offsets):
            if categ not in categories or not LETTER.search(token):
                continue
            span = _covering(spans, starts, a, b)
            found = None
            if span is not None and span.kind == ARABIZI:
                found = ARABIZI
            elif span is not None and span.kind == ARABIC and not any(i < b and a < j for i, j in span.insertions):
                found = ARABIC
            gold = gold_kind.get(categ)
            for kind in (ARABIC, ARABIZI):
                if found == kind and gold == kind:
                    counts[kind][0] += 1
                elif found == kind:
                    counts[kind][1] += 1
                    errors[("FP", kind, token)] += 1
                elif gold == kind:
                    counts[kind][2] += 1
                    errors[("FN", kind, token)] += 1
    if show_errors:
        for (what, kind, token), n in errors.most_common(show_errors):
            print(f"    {what} {kind:8} {n:3} {token}")
    return {k: (*_prf(*v), v[0] + v[2]) for k, v in counts.items()}


def english_false_alarms() -> tuple[int, int, Counter[str]]:
    """``(lines, lines with an arabizi span, spans found)`` over English-only text (Tatoeba, TICO-19)."""
    files = [DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.eng", DATA / "mt" / "tico19" / "tico19-test.en"]
    lines = [line for f in files if f.is_file() for line in f.read_text(encoding="utf-8").splitlines()]
    found: Counter[str] = Counter()
    flagged = 0
    for line in lines:
        spans = [line[s.start : s.end] for s in segment(line) if s.kind == ARABIZI]
        flagged += bool(spans)
        found.update(spans)
    return len(lines), flagged, found


_ROMAN = {
    "ا": "a", "أ": "2a", "إ": "2i", "آ": "2aa", "ء": "2", "ؤ": "2", "ئ": "2", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "7", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "3", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ى": "a", "ة": "a",
}


def romanize_msa(word: str) -> str:
    """A plain romanization of an Arabic word the way romanized MSA is typed: the article and the
    prefixes و ب ل as hyphenated clitics (``wa-``, ``bi-``, ``li-``, ``al-``), digits for ع ح ء."""
    prefix = ""
    if len(word) > 4 and word[0] in "وبل" and word[1:3] == "ال":
        prefix, word = {"و": "wa-", "ب": "bi-", "ل": "li-"}[word[0]], word[1:]
    if len(word) > 3 and word.startswith("ال"):
        prefix, word = prefix + "al-", word[2:]
    return prefix + "".join(_ROMAN.get(c, "") for c in word)


def romanized_msa_found(limit: int = 3000) -> tuple[int, int, int, int]:
    """``(clitic words, found, words, found)``: TICO-19 Arabic lines romanized with :func:`romanize_msa`,
    and how many of their hyphenated-clitic words and of all their words lie in an ``arabizi`` span."""
    path = DATA / "mt" / "tico19" / "tico19-test.ar"
    if not path.is_file():
        return 0, 0, 0, 0
    clitics = clitics_found = words = found = 0
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        roman = [r for r in (romanize_msa(w) for w in ARABIC_WORD.findall(line)) if r.strip("-")]
        text = " ".join(roman)
        spans = [(s.start, s.end) for s in segment(text) if s.kind == ARABIZI]
        pos = 0
        for r in roman:
            inside = any(a <= pos and pos + len(r) <= b for a, b in spans)
            words += 1
            found += inside
            if "-" in r:
                clitics += 1
                clitics_found += inside
            pos += len(r) + 1
    return clitics, clitics_found, words, found


ARABIC_WORD = regex.compile(r"[\p{scx=Arab}&&\p{L}]+", regex.V1)
TRANSLIT_SENTENCES = ("narabizi_algerian.sentences.tsv", "finglish_persian.sentences.tsv")


def translit_sentence_words(path: Path) -> tuple[int, int, int]:
    """``(true, false, missed)`` Arabizi words of a ``latin<TAB>arabic`` sentence file of ``translit/``, over the
    sentences whose two sides have as many words: a Latin word is Arabizi when the Arabic side writes it with an
    Arabic letter (the Algerian annotators left French in Latin letters: ``la coupe``, ``vive``), and is found when
    an ``arabizi`` span of the Latin side, segmented alone, overlaps it. Development data, not held out."""
    tp = fp = fn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        latin, _, arabic = line.partition("\t")
        words, readings = latin.split(), arabic.split()
        if len(words) != len(readings):
            continue
        spans = [(s.start, s.end) for s in segment(latin) if s.kind == ARABIZI]
        pos = 0
        for word, reading in zip(words, readings):
            start = latin.index(word, pos)
            pos = start + len(word)
            if not LETTER.search(word):
                continue
            found = any(a < pos and start < b for a, b in spans)
            gold = ARABIC_LETTER.search(reading) is not None
            tp, fp, fn = tp + (found and gold), fp + (found and not gold), fn + (gold and not found)
    return tp, fp, fn


def arzen_lines(paths: list[Path]) -> list[str]:
    """The text column of every ``*.cs.tsv`` line under ``paths`` (files or folders)."""
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.cs.tsv")) if p.is_dir() else [p])
    lines = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            lines.append(line.split("\t", 1)[1] if "\t" in line else line)
    return lines


def arzen_coverage(lines: list[str], show: int = 0) -> tuple[int, int, int, int]:
    """``(lines with Arabic, covered exactly, split into several passages, other misses)``."""
    total = exact = split = 0
    shown = 0
    for line in lines:
        if not ARABIC_LETTER.search(line):
            continue
        total += 1
        chars = [m.start() for m in ARABIC_CHAR.finditer(line)]
        ref = (chars[0], _mark_end(line, chars[-1] + 1))
        found = [(s.start, s.end) for s in segment(line) if s.kind == ARABIC]
        if found == [ref]:
            exact += 1
            continue
        if len(found) > 1 and found[0][0] == ref[0] and found[-1][1] == ref[1]:
            split += 1
        if shown < show:
            shown += 1
            print(f"    miss {found} ref {ref}: {line}")
    return total, exact, split, total - exact - split


def _mark_end(line: str, end: int) -> int:
    """``end`` moved past combining marks that follow the last Arabic character."""
    while end < len(line) and regex.match(r"\p{M}", line[end]):
        end += 1
    return end


def corpora(megabytes: float) -> dict[str, str]:
    """Texts of about ``megabytes`` MB (UTF-8) each, repeated from real text.

    ``threads``: the seed comment threads (English, an Arabic prayer); ``sentences``: Tatoeba
    English with one Arabic sentence in every eight lines; ``code-switched``: the ArzEn-ST and
    HaifaCLG lines (Arabic with English insertions, Arabizi); ``arzen+tatoeba``: all ArzEn-ST lines and
    all those Tatoeba paragraphs, interleaved (issue 20's "mixed text like ArzEn-ST + Tatoeba");
    ``mixed``: a third of each of the first three.
    """
    def scaled(text: str, mb: float) -> str:
        return text * max(1, round(mb * 1e6 / len(text.encode("utf-8"))))

    out = {"threads": "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))}
    texts = {}
    if DATA.is_dir():
        tatoeba = DATA / "mt" / "tatoeba-ara-eng"
        eng = (tatoeba / "tatoeba-test-v2021-08-07.eng").read_text(encoding="utf-8").splitlines()
        ara = (tatoeba / "tatoeba-test-v2021-08-07.ara").read_text(encoding="utf-8").splitlines()
        paragraphs = [
            " ".join(eng[i : i + 6]) + "\n" + ara[i + 6] + "\n" + eng[i + 7] for i in range(0, min(len(eng), len(ara)) - 8, 8)
        ]
        out["sentences"] = "\n\n".join(paragraphs)
        arzen = arzen_lines([ARZEN])
        out["code-switched"] = "\n".join(arzen + [" ".join(t for t, _ in s) for s in haifa_sentences(HAIFA)])
        both = []  # every Tatoeba paragraph followed by its share of the ArzEn-ST lines
        for k, para in enumerate(paragraphs):
            both.append(para)
            both.append("\n".join(arzen[(k * len(arzen)) // len(paragraphs) : ((k + 1) * len(arzen)) // len(paragraphs)]))
        texts["arzen+tatoeba"] = scaled("\n\n".join(both), megabytes)
    texts.update({name: scaled(text, megabytes) for name, text in out.items()})
    if len(out) > 1:
        texts["mixed"] = "\n\n".join(scaled(text, megabytes / len(out)) for text in out.values())
    return texts


def speed(text: str, repeat: int = 5, before: Callable[[str], object] | None = None) -> dict[str, float]:
    """``segment()`` and a bare regex run finder over ``text`` (and ``before``, another tree's ``segment()``,
    when given), interleaved ``repeat`` times with the first side rotating (``_timing.interleaved``): UTF-8
    MB, the median MB/s of each by CPU time and by wall time, the median, lowest and highest ratio
    (segment time / finder time) by CPU and by wall, and the speed-up over ``before`` (its time / segment
    time, by CPU and by wall)."""
    mb = len(text.encode("utf-8")) / 1e6
    segment(text[:10000])  # load the word lists outside the timing
    ways = {"segment": lambda: timed(lambda: segment(text)),
            "bare": lambda: timed(lambda: sum(1 for _ in BARE_RUNS.finditer(text)))}
    if before is not None:
        before(text[:10000])
        ways["before"] = lambda: timed(lambda: before(text))
    times = interleaved(ways, repeat)
    seg, bare = times["segment"], times["bare"]
    ratios = sorted(s[0] / max(b[0], 1e-9) for s, b in zip(seg, bare))
    walls = sorted(s[1] / max(b[1], 1e-9) for s, b in zip(seg, bare))
    out = {
        "mb": mb,
        "segment_cpu": mb / statistics.median(t[0] for t in seg), "segment_wall": mb / statistics.median(t[1] for t in seg),
        "bare_cpu": mb / statistics.median(t[0] for t in bare), "bare_wall": mb / statistics.median(t[1] for t in bare),
        "ratio": statistics.median(ratios), "ratio_low": ratios[0], "ratio_high": ratios[-1],
        "wall_ratio": statistics.median(walls), "wall_ratio_low": walls[0], "wall_ratio_high": walls[-1],
    }
    if before is not None:
        old = times["before"]
        ups = sorted(o[0] / max(s[0], 1e-9) for s, o in zip(seg, old))
        wall_ups = sorted(o[1] / max(s[1], 1e-9) for s, o in zip(seg, old))
        out.update({"before_cpu": mb / statistics.median(t[0] for t in old), "speedup": statistics.median(ups),
                    "speedup_low": ups[0], "speedup_high": ups[-1], "wall_speedup": statistics.median(wall_ups),
                    "wall_speedup_low": wall_ups[0], "wall_speedup_high": wall_ups[-1]})
    return out


def load_before(tree: Path) -> Callable[[str], object]:
    """The ``segment()`` of another checkout ``tree``: its ``bilingual`` package copied into a temporary
    folder as ``bilingual_before`` (the package imports itself relatively), so both run in this process. The copy
    reads its own data files (``resources.files("bilingual")`` made ``"bilingual_before"``): the other tree's code
    on this tree's word lists failed, or measured neither tree, once a list changed."""
    import atexit
    import importlib
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="bench-segment-before-")
    atexit.register(shutil.rmtree, folder, True)
    copy = Path(folder) / "bilingual_before"
    shutil.copytree(tree / "bilingual", copy, ignore=shutil.ignore_patterns("__pycache__"))
    for source in copy.rglob("*.py"):
        code = source.read_text(encoding="utf-8")
        if 'resources.files("bilingual")' in code:
            source.write_text(code.replace('resources.files("bilingual")', 'resources.files("bilingual_before")'), encoding="utf-8")
    sys.path.insert(0, folder)
    core = importlib.import_module("bilingual_before.segment.core")
    segment: Callable[[str], object] = core.segment
    return segment


SPEED_GOAL = 15.0
"""Issue 20: MB/s by CPU time on mixed text like ArzEn-ST + Tatoeba."""


def span_texts() -> list[str]:
    """The texts whose spans :func:`span_hash` covers: the seeds, the ArzEn-ST and HaifaCLG lines, the
    Tatoeba and TICO-19 lines of both languages and the Latin and Arabic sides of ``translit/``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not DATA.is_dir():
        return texts
    texts += arzen_lines([ARZEN]) + [" ".join(t for t, _ in s) for s in haifa_sentences(HAIFA)]
    files = sorted((DATA / "mt" / "tatoeba-ara-eng").glob("tatoeba-test-*")) + sorted((DATA / "mt" / "tico19").glob("tico19-test.*"))
    files += sorted((DATA / "translit").glob("*.tsv"))
    for f in files:
        texts += f.read_text(encoding="utf-8").splitlines()
    return texts


def span_hash(texts: list[str]) -> str:
    """A hash of every span (offsets, kind, language, confidence, insertions) of each text: a change of
    speed must leave it as it was."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(repr([(s.start, s.end, s.kind, s.lang, s.confidence, s.insertions) for s in segment(text)]).encode())
    return digest.hexdigest()[:16]


def accuracy(args: argparse.Namespace) -> None:
    """Print the HaifaCLG, English-only, romanized-MSA, translit sentence and ArzEn-ST figures, and the hash of the spans."""

    if args.haifa.is_file():
        print(f"HaifaCLG Reddit word labels: {args.haifa} (errors shown: dev half only)")
        for half in (None, "dev", "test"):
            scores = haifa_accuracy(args.haifa, args.errors if half == "dev" else 0, half)
            for kind, (p, r, f, n) in scores.items():
                print(f"  {half or 'all':4} {kind:8} words: precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  ({n} gold words)")
        for half in ("dev", "test"):  # how much of the gap is words the annotators mark shared, which issue 16 keeps in runs
            p, r, f, _ = haifa_accuracy(args.haifa, 0, half, WORD_CATEGORIES - {"4"})[ARABIZI]
            print(f"  {half:4} arabizi  words, shared words (categ 4: names, allah) not scored: precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    else:
        print(f"skipped HaifaCLG accuracy: {args.haifa} not found")
    lines, flagged, spans = english_false_alarms()
    if lines:
        print(f"English-only lines (Tatoeba eng, TICO-19 en) with an arabizi span: {flagged}/{lines}")
        print(f"  spans: {', '.join(f'{t} x{n}' for t, n in spans.most_common())}")
    clitics, clitics_found, words, found = romanized_msa_found()
    if words:
        print("Romanized MSA (TICO-19 Arabic, romanized with hyphenated clitics by this bench):")
        print(f"  al-/bi-/wa-/li- words in an arabizi span: {clitics_found}/{clitics} = {clitics_found / clitics:.4f}")
        print(f"  all words in an arabizi span: {found}/{words} = {found / words:.4f}")
    for name in TRANSLIT_SENTENCES:
        if (path := DATA / "translit" / name).is_file():
            tp, fp, fn = translit_sentence_words(path)
            p, r, f = _prf(tp, fp, fn)
            print(f"translit/{name} (Arabizi word: Arabic letters on the Arabic side): precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    arzen = [p for p in args.arzen if p.exists()]
    if arzen:
        total, exact, split, other = arzen_coverage(arzen_lines(arzen), args.errors)
        print(f"ArzEn-ST mixed lines: {', '.join(map(str, arzen))}")
        print(f"  exact coverage of the line's Arabic: {exact}/{total} = {exact / total:.4f}")
        print(f"  split into several passages (English sentence or long English stretch between): {split}")
        print(f"  other misses: {other}")
    else:
        print("skipped ArzEn-ST coverage: no input found")
    texts = span_texts()
    print(f"Spans of {len(texts)} texts (seeds, ArzEn-ST, HaifaCLG, Tatoeba, TICO-19, translit/): hash {span_hash(texts)}")


def print_speed(megabytes: float, repeat: int, before_tree: Path | None = None) -> None:
    """Print ``segment()`` beside the bare finder on each text, interleaved, with issue 20's verdict (and
    beside the ``segment()`` of the checkout ``before_tree``, when given)."""
    print(f"Speed: segment() and a bare \\p{{scx=Arab}}+ run finder (no passages, no Arabizi) interleaved, "
          f"{repeat} runs each; median MB/s by CPU time (wall in brackets); segment time / finder time, "
          f"median [lowest-highest]; the first side rotating each run")
    before = None if before_tree is None else load_before(before_tree)
    if before_tree is not None:
        print(f"  and {before_tree}'s segment() in the same rounds: its MB/s by CPU time, and its time / segment time")
    print(f"  {environment('bilingual', 'regex')}")
    for name, text in corpora(megabytes).items():
        r = speed(text, repeat, before)
        verdict = ""
        if name == "arzen+tatoeba":
            met = "met" if r["segment_cpu"] >= SPEED_GOAL else "not met"
            verdict = f"   goal {SPEED_GOAL:g} MB/s: {met}"
        print(f"  {name:14} {r['mb']:4.1f} MB: bilingual.segment {r['segment_cpu']:6.1f} MB/s ({r['segment_wall']:5.1f})"
              f"   bare finder {r['bare_cpu']:6.1f} MB/s ({r['bare_wall']:5.1f})"
              f"   ratio CPU {r['ratio']:5.1f}x [{r['ratio_low']:.1f}-{r['ratio_high']:.1f}]"
              f" wall {r['wall_ratio']:5.1f}x [{r['wall_ratio_low']:.1f}-{r['wall_ratio_high']:.1f}]{verdict}")
        if before is not None:
            print(f"  {'':14} before {r['before_cpu']:6.1f} MB/s   speed-up CPU {r['speedup']:.2f}x "
                  f"[{r['speedup_low']:.2f}-{r['speedup_high']:.2f}] wall {r['wall_speedup']:.2f}x "
                  f"[{r['wall_speedup_low']:.2f}-{r['wall_speedup_high']:.2f}]")
    print(f"  load average after: {load()}")


STARTUP_GOAL = 0.1
"""Issue 20: CPU seconds of ``bilingual segment`` on a seed beyond the interpreter's own start."""
STARTUP_SEED = ROOT / "seeds" / "000_2161432b20e98764.txt"


def startup_env(tree: Path = ROOT) -> dict[str, str]:
    """The environment of the start-up runs: ``tree`` importable, bytecode written and read."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tree), env.get("PYTHONPATH")]))
    return env


def print_startup(repeat: int, before: Path | None = None) -> None:
    """Print the CPU and wall time of ``bilingual segment`` on a seed beside bare Python's start, interleaved with the
    first side rotating (and beside the same command of the checkout ``before``, run from there, when given)."""
    python = os.path.realpath(sys.executable)
    segment_command = [python, "-m", "bilingual", "segment", str(STARTUP_SEED)]
    runs = {"bare": ([python, "-c", "pass"], ROOT), "segment": (segment_command, ROOT)}
    if before is not None:
        runs["before"] = (segment_command, before.resolve())
    for command, tree in runs.values():
        timed_child(command, startup_env(tree), tree)  # writes the bytecode, warms the file cache
    print(f"Start-up: {python} -m bilingual segment {STARTUP_SEED.name} beside {python} -c pass, {repeat} rounds, "
          f"interleaved, the first side rotating, bytecode cached")
    print(f"  {environment('bilingual', 'regex', 'wordfreq')}")
    times = interleaved({name: partial(timed_child, command, startup_env(tree), tree)
                         for name, (command, tree) in runs.items()}, repeat)
    for name in [n for n in runs if n != "bare"]:
        beyond = sorted(s[0] - b[0] for s, b in zip(times[name], times["bare"]))
        met = "met" if statistics.median(beyond) < STARTUP_GOAL else "not met"
        print(f"  CPU s, median: {name} {statistics.median(t[0] for t in times[name]):.3f}   "
              f"bare {statistics.median(t[0] for t in times['bare']):.3f}"
              f"   beyond Python's start {statistics.median(beyond):.3f} [{beyond[0]:.3f}-{beyond[-1]:.3f}]"
              f"   goal < {STARTUP_GOAL:g} s: {met}")
        print(f"    {name} / bare, round by round: {ratio_line(times[name], times['bare'])}")
    if before is not None:
        print(f"    segment / before, round by round: {ratio_line(times['segment'], times['before'])}")
    print(f"  load average after: {load()}")
    print_startup_parts(repeat, python, startup_env())


# Run in a fresh process: the CPU time of each part of the segmenter's own start (the command's other
# stages, the normalizer and the transliterator, are not counted), printed as JSON.
_PARTS_CODE = """
import importlib, json, sys, time
clock = time.process_time
t0 = clock(); import bilingual.text.language; t1 = clock()
core = importlib.import_module("bilingual.segment.core"); t2 = clock()
text = open(sys.argv[1], encoding="utf-8").read()
t3 = clock(); core.segment(text); t4 = clock()
print(json.dumps([t1 - t0, t2 - t1, t4 - t3]))
"""
_PARTS = ("import bilingual.text.language (and script)", "import bilingual.segment.core (and spans)",
          "segment() of the seed, first call (its word lists)")


def print_startup_parts(repeat: int, python: str, env: dict[str, str]) -> None:
    """Print the segmenter's share of the start-up, part by part: each a fresh process, ``repeat`` runs."""
    command = [python, "-c", _PARTS_CODE, str(STARTUP_SEED)]
    subprocess.run(command, env=env, capture_output=True, check=True)  # writes the bytecode
    runs = [json.loads(subprocess.run(command, env=env, capture_output=True, check=True, text=True).stdout)
            for _ in range(repeat)]
    print(f"  the segmenter's share, in fresh processes ({repeat} runs; CPU ms, median [lowest-highest]):")
    for i, name in enumerate([*_PARTS, "together"]):
        values = sorted(1000 * (sum(run) if i == len(_PARTS) else run[i]) for run in runs)
        print(f"    {name:52} {statistics.median(values):6.1f} [{values[0]:.1f}-{values[-1]:.1f}]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--haifa", type=Path, default=HAIFA, help="words_annotated.csv (token, categ)")
    ap.add_argument("--arzen", type=Path, nargs="+", default=[ARZEN], help="ArzEn-ST folder(s) or *.cs.tsv file(s)")
    ap.add_argument("--mb", type=float, default=3.0, help="size of each text for the speed run (MB)")
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors / misses")
    ap.add_argument("--repeat", type=int, default=MIN_REPEAT,
                    help=f"rounds of each, interleaved, for the speed figures (at least {MIN_REPEAT}; --startup: 9 at least)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--speed-only", action="store_true", help="only the speed figures")
    ap.add_argument("--startup", action="store_true", help="only the start-up figure of `bilingual segment` on a seed")
    ap.add_argument("--before", type=Path, default=None, metavar="TREE",
                    help="also time this other checkout, interleaved: its command (--startup) or its segment()")
    args = ap.parse_args(argv)
    if args.repeat < MIN_REPEAT:
        ap.error(f"--repeat must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    if args.startup:
        print_startup(max(args.repeat, 9), args.before)
        return 0
    if not args.speed_only:
        accuracy(args)
    if not args.no_speed:
        print_speed(args.mb, args.repeat, args.before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
