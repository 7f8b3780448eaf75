"""Transliteration figures: word accuracy (top-1, top-5) and character error rate on held-out data.

Files (``../shared/data/translit``): ``atar_jordanian.words.tsv`` (Jordanian Arabizi words),
``narabizi_algerian.words.tsv`` and ``.sentences.tsv`` (Algerian), ``finglish_persian.sentences.tsv``
(Persian). Only the *held-out* fifth of each is scored (a stable hash of the Arabic word for word
files, so held-out words are words the model never saw, or of the Latin sentence); the shipped
model was built from the other four fifths (``scripts/build_translit_model.py``).

Two systems in the same run: ``bilingual.translit`` and a plain character mapping (each Latin
unit, longest first, written as its most usual letter; no statistics, no lexicon).
``bilingual.translit`` guesses the region (Levant, Maghreb) from the word or sentence itself; the
``region given`` rows pass the file's region, as a caller that knows it would. The ``unseen
Maghrebi`` rows score the Algerian files with a model built in this run from the Jordanian and
Persian tuning parts only: Algerian spelling never seen (the Maghreb's statistics are then learned from the
Jordanian words respelled by the Maghreb's hand-written conventions, ``train.respell_maghreb``).

Scoring: both sides normalized (harakat and tatweel removed, أ إ آ ٱ -> ا, ة -> ه, ى ی -> ي,
ک -> ك, ZWNJ removed). A word is right when its reading equals one of its references; top-5 when
one of the first five candidates does. Character error rate: edit distance / reference length,
over the whole file. Sentences: CER over whole sentences, word accuracy over the sentences whose
two sides have as many words.

Run: python3 bench/bench_translit.py [--data DIR] [--no-unseen] [--no-speed] [--repeat 5] [--errors N] [--json FILE]
[--profile N] [--no-accuracy]; a speed A/B of two versions: ``--against DIR --repeat 5`` (DIR holds the other
``bilingual`` package: a frozen worktree, or a build compiled with mypyc; each fresh process times a first call, a cold,
a steady and a warm pass, :data:`PASSES`); ``--digest``: a digest of every reading
of every line, to show that a speed change keeps them all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from _timing import MIN_REPEAT, environment, load, spread, timed
from bilingual.translit import AR, FA, transliterate
from bilingual.translit import core
from bilingual.translit import model as translit_model
from bilingual.translit.rules import MAX_UNIT, units_for
from bilingual.translit.train import build_model, development_pairs, held_out, read_tsv, split_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "translit"
FILES = [
    ("atar_jordanian.words.tsv", AR, "words", "levant"),
    ("narabizi_algerian.words.tsv", AR, "words", "maghreb"),
    ("narabizi_algerian.sentences.tsv", AR, "sentences", "maghreb"),
    ("finglish_persian.sentences.tsv", FA, "sentences", None),
]
_NORMALIZE = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه",
     **{c: None for c in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670\u200c\u200d\u200e\u200f"}}
)
_PUNCT = ".,!?;:\"()«»،؟؛…"


_LONE_ARTICLE = re.compile(r"(?<!\S)(ال|وال|بال|فال|لل) (?=[\u0621-\u064a])")


def normalize(text: str) -> str:
    """Both sides before scoring: harakat, alef forms, ة/ه, ى/ي (and Persian yeh/kaf) folded; spaces collapsed; an
    article written apart joined to its word (``ال صحة`` -> ``الصحة``: NArabizi's references follow the Latin's
    spacing, Arabic script and the transliterator join it)."""
    return _LONE_ARTICLE.sub(r"\1", " ".join(text.translate(_NORMALIZE).split()))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute: 1 each)."""
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def held_out_units(path: Path, unit: str) -> list[tuple[str, list[str]]]:
    """The held-out units of a file: ``(latin, [references])`` (a word may have several)."""
    refs: dict[str, list[str]] = defaultdict(list)
    for latin, arabic in read_tsv(str(path)):
        if held_out(split_key(latin, arabic, unit)):
            refs[latin].append(arabic)
    return list(refs.items())


# ---------------------------------------------------------------------------------------------
# Systems: (latin) -> list of candidate texts, best first


def baseline(lang: str) -> Callable[[str], list[str]]:
    """A plain character mapping: longest unit first, each written as its first-listed letter."""
    table = units_for(lang)

    def read(text: str) -> list[str]:
        out = []
        for token in text.split(" "):
            word = token.lower()
            if not any(c.isalpha() for c in word):
                out.append(token)
                continue
            letters, i = [], 0
            while i < len(word):
                for k in range(min(MAX_UNIT, len(word) - i), 0, -1):
                    if word[i : i + k] in table:
                        letters.append(table[word[i : i + k]][0])
                        i += k
                        break
                else:
                    letters.append(word[i])
                    i += 1
            out.append("".join(letters))
        return [" ".join(out)]

    return read


def ours(lang: str, region: str | None = None) -> Callable[[str], list[str]]:
    """``bilingual.translit``: a word's candidates, or a sentence's best reading (``region`` given, or
    guessed from the word or sentence itself)."""

    def read(text: str) -> list[str]:
        result = transliterate(text, lang, region=region)
        if len(result.words) == 1 and result.words[0].start == 0 and result.words[0].end == len(text):
            return [c.text for c in result.words[0].candidates] or [text]
        return [result.text]

    return read


def score(units: list[tuple[str, list[str]]], unit: str, read: Callable[[str], list[str]],
          errors: int = 0) -> dict[str, float]:
    """Top-1 / top-5 word accuracy and CER of ``read`` over ``units``."""
    right1 = right5 = words = 0
    dist = chars = 0
    shown = 0
    for latin, refs in units:
        cands = [normalize(c) for c in read(latin)]
        nrefs = [normalize(r) for r in refs]
        best = cands[0] if cands else latin
        d, ref = min((edit_distance(best, r), r) for r in nrefs)
        dist += d
        chars += len(ref)
        if unit == "words":
            words += 1
            right1 += best in nrefs
            right5 += any(c in nrefs for c in cands[:5])
            if best not in nrefs and shown < errors:
                shown += 1
                print(f"    {latin:20} {best:14} ref {' / '.join(nrefs)}   cands {' '.join(cands[1:5])}")
        else:
            hw = [w.strip(_PUNCT) for w in best.split()]
            rw = [w.strip(_PUNCT) for w in ref.split()]
            if len(hw) == len(rw):
                words += len(rw)
                right1 += sum(h == r for h, r in zip(hw, rw))
            if d and shown < errors:
                shown += 1
                print(f"    {latin}\n      -> {best}\n     ref {ref}")
    return {"top1": right1 / words if words else 0.0, "top5": right5 / words if unit == "words" and words else float("nan"),
            "cer": dist / chars if chars else 0.0, "units": float(len(units)), "words": float(words)}


def _row(name: str, s: dict[str, float]) -> str:
    top5 = "  -   " if s["top5"] != s["top5"] else f"{s['top5']:.3f}"
    return f"    {name:22} top-1 {s['top1']:.3f}  top-5 {top5}  CER {s['cer']:.3f}"


def use_model(data: dict[str, object] | None) -> None:
    """Decode with ``data`` (a model built in this run), or with the shipped file when None."""
    core.use_model(data)


def cold_start(lang: str) -> None:
    """Every model, memo and cache emptied, as in a new process (the lexicon and the lexicon-bound search's word
    list aside: loaded once, about 30 ms together)."""
    use_model(None)  # forgets the models' memos and every cached reading
    core._foreign.cache_clear()
    translit_model.lexicon(lang)
    translit_model.arabic_words()


def each_line(read: Callable[[str], object], lines: list[str]) -> None:
    """``read`` called on each line, nothing kept: one timed pass."""
    for line in lines:
        read(line)


def speed(lines: list[str], lang: str, repeat: int = 5) -> dict[str, float]:
    """Words/s of ``transliterate`` over running text, one core, beside the character mapping, interleaved
    ``repeat`` times (the mapping's place in the round rotating): medians by CPU time (and wall time), the lowest
    and highest of each, and the round-by-round ratio to the mapping (median, lowest, highest; CPU and wall).

    ``cold``: every model, memo and cache emptied first, as in a new process (the lexicon and the word list of
    the lexicon-bound search aside: loaded once, about 30 ms together);
    ``warm``: the same lines again (every word cached); ``mapping``: :func:`baseline`.
    """
    words = sum(len(line.split()) for line in lines)
    base = baseline(lang)
    cpu: dict[str, list[float]] = {"cold": [], "warm": [], "mapping": []}
    wall: dict[str, list[float]] = {"cold": [], "warm": [], "mapping": []}

    def run(name: str, fn: Callable[[str], object]) -> None:
        c, w = timed(partial(each_line, fn, lines))
        cpu[name].append(words / max(c, 1e-9))
        wall[name].append(words / max(w, 1e-9))

    for r in range(repeat):  # the mapping's place rotates; cold must come before warm (warm reads cold's caches)
        order = ["cold", "warm"]
        order.insert(r % 3, "mapping")
        for name in order:
            if name == "cold":
                cold_start(lang)
            run(name, base if name == "mapping" else lambda line: transliterate(line, lang))
    out = {"words": float(words)}
    for name in cpu:
        values = sorted(cpu[name])
        out[name] = statistics.median(values)
        out[f"{name}_low"], out[f"{name}_high"] = values[0], values[-1]
        out[f"{name}_wall"] = statistics.median(wall[name])
    for name in ("cold", "warm"):  # speed / the mapping's speed, round by round: CPU, then wall
        for kind, runs in (("", cpu), ("_wall", wall)):
            ratios = sorted(a / b for a, b in zip(runs[name], runs["mapping"]))
            out[f"{name}_ratio{kind}"] = statistics.median(ratios)
            out[f"{name}_ratio{kind}_low"], out[f"{name}_ratio{kind}_high"] = ratios[0], ratios[-1]
    return out


def profile(lines: list[str], lang: str, top: int) -> None:
    """Print where one cold pass over ``lines`` spends its time (cProfile: the ``top`` functions by own time, then by
    cumulative time); the figures are inflated by the profiler, only their shares compare."""
    import cProfile
    import pstats

    cold_start(lang)
    profiler = cProfile.Profile()
    profiler.enable()
    for line in lines:
        transliterate(line, lang)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


PASSES = {
    "cold": "cold: the held-out sentences, every model, memo and cache emptied first (cold_start: the lexicon and the "
            "word list of the bound search loaded before, imports and a first reading done)",
    "first": "first call: the same lines as the process's first readings (every shipped table loaded in the pass: "
             "lexicon, word list, English/French lists, models; the imports, about 0.04 s, aside)",
    "steady": "steady: then the file's other lines (its tuning part, about 4x the words, most of them new), models loaded",
    "warm": "warm: the held-out lines again (every word cached)",
}
"""What each pass of :func:`cold_pass` measures, as :func:`against` prints it."""


def cold_pass(data: Path) -> dict[str, dict[str, list[float]]]:
    """Words/s by CPU time and by wall time of each pass (:data:`PASSES`) over each text, in this process: ``first``
    before anything was read, then after a warm-up of the code, ``cold`` (every model and memo emptied as by
    :func:`cold_start`), ``steady`` (the rest of the file, right after) and ``warm`` (the held-out lines again)."""
    texts = []
    for filename, lang, unit, _region in FILES[2:]:
        held = [latin for latin, _ in held_out_units(data / filename, unit)]
        chosen = set(held)
        rest = list(dict.fromkeys(latin for latin, _ in read_tsv(str(data / filename)) if latin not in chosen))
        texts.append((filename, lang, held, rest))
    out: dict[str, dict[str, list[float]]] = {filename: {} for filename, *_ in texts}

    def run(filename: str, name: str, lang: str, lines: list[str]) -> None:
        words = sum(len(line.split()) for line in lines)
        cpu, wall = timed(partial(each_line, partial(transliterate, lang=lang), lines))
        out[filename][name] = [words / max(cpu, 1e-9), words / max(wall, 1e-9)]

    for filename, lang, held, _rest in texts:
        run(filename, "first", lang, held)
    transliterate("warm up", AR)
    transliterate("warm up", FA)
    for filename, lang, held, rest in texts:
        cold_start(lang)
        run(filename, "cold", lang, held)
        run(filename, "steady", lang, rest)
        run(filename, "warm", lang, held)
    return out


def against(other: Path, data: Path, repeat: int) -> None:
    """Passes (:func:`cold_pass`, :data:`PASSES`) in fresh processes, ``other`` (a folder holding another ``bilingual``
    package: a frozen worktree, a compiled build) and this tree in each of ``repeat`` rounds, the first side rotating:
    each side's median words/s and the round-by-round ratio (median, lowest-highest), by CPU and by wall time, so that
    two versions compare under the same load."""
    if not (other / "bilingual" / "__init__.py").is_file():
        raise SystemExit(f"--against: no bilingual package in {other}")
    sides = {"against": other, "this tree": ROOT}
    runs: dict[str, list[dict[str, dict[str, list[float]]]]] = {side: [] for side in sides}
    for r in range(repeat):
        for side in list(sides)[r % 2:] + list(sides)[:r % 2]:
            runs[side].append(fresh_cold_pass(side, sides[side], data))
    print(f"  passes in fresh processes, {repeat} rounds, the first side rotating; median words/s by CPU time "
          f"(wall) [lowest-highest by CPU]; this tree / against, round by round; against = {other}")
    for name, meaning in PASSES.items():
        print(f"   {meaning}")
        for filename in runs["this tree"][0]:
            line = f"    {filename:34} {name:6}"
            for side, values in runs.items():
                cpu = [run[filename][name][0] for run in values]
                line += (f"  {side} {statistics.median(cpu):6.0f} ({statistics.median(run[filename][name][1] for run in values):.0f})"
                         f" [{min(cpu):.0f}-{max(cpu):.0f}]")
            ratios = [[b[filename][name][k] / a[filename][name][k] for a, b in zip(runs["against"], runs["this tree"])]
                      for k in (0, 1)]
            print(line + f"  this tree / against CPU {spread(ratios[0], 'x', 3)}, wall {spread(ratios[1], 'x', 3)}")
    print(f"  load average after: {load()}")


def fresh_cold_pass(side: str, path: Path, data: Path) -> dict[str, dict[str, list[float]]]:
    """:func:`cold_pass` in a fresh process with the ``bilingual`` package under ``path`` first on the path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(path), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, __file__, "--cold-pass", "--data", str(data)], env=env,
                          capture_output=True, text=True, check=True)
    run = json.loads(done.stdout.splitlines()[-1])
    if Path(run.pop("package")).resolve() != (path / "bilingual").resolve():
        raise SystemExit(f"--against: the {side} side did not import the bilingual package under {path}")
    return dict(run)


def digests(data: Path, unseen: bool = True) -> Iterator[str]:
    """A digest of every reading of every line of each file (held-out and development alike; region guessed, and
    given when the file has one; with ``unseen`` also the Algerian files under the unseen-Maghrebi model): each word's
    candidates with their confidences, units, notes and status, the region and the text. A change meant for speed only
    must leave every line the same (``--digest`` before and after it, or with ``PYTHONPATH`` on a compiled build)."""
    models: list[tuple[str, dict[str, object] | None, list[tuple[str, str, str, str | None]]]] = [("", None, FILES)]
    if unseen:
        models.append(("unseen ", build_model(development_pairs(str(data), sources=("atar", "finglish"))), FILES[1:3]))
    for label, model, files in models:
        use_model(model)
        for filename, lang, _unit, region in files:
            lines = sorted({latin for latin, _ in read_tsv(str(data / filename))})
            for given in (None, region) if region else (None,):
                h = hashlib.sha256()
                for line in lines:
                    t = transliterate(line, lang, region=given)
                    h.update(repr((t.region, t.words, t.text)).encode("utf-8"))
                yield f"{label}{filename} ({len(lines)} lines, region {given or 'guessed'}): {h.hexdigest()[:16]}"
    use_model(None)


def accuracy(args: argparse.Namespace, figures: dict[str, dict[str, float]]) -> None:
    """Top-1 / top-5 / CER of each held-out file, beside the character mapping, and with Algerian never seen."""
    print(f"Held-out fifth of each file ({args.data}); both sides normalized")
    for filename, lang, unit, region in FILES:
        units = held_out_units(args.data / filename, unit)
        print(f"  {filename} ({lang}, {len(units)} held-out {unit})")
        base = score(units, unit, baseline(lang))
        mine = score(units, unit, ours(lang), args.errors)
        print(_row("character mapping", base))
        print(_row("bilingual.translit", mine))
        figures[f"{filename} baseline"] = base
        figures[f"{filename} translit"] = mine
        if region:
            given = score(units, unit, ours(lang, region))
            print(_row(f"  region given ({region})", given))
            figures[f"{filename} translit {region}"] = given
    if not args.no_unseen:
        t0 = time.time()
        use_model(build_model(development_pairs(str(args.data), sources=("atar", "finglish"))))
        print(f"  unseen Maghrebi: model built in this run from the Jordanian and Persian tuning parts, the Maghreb's "
              f"statistics from Jordanian words respelled by its conventions ({time.time() - t0:.0f} s)")
        for filename, lang, unit, region in FILES[1:3]:
            units = held_out_units(args.data / filename, unit)
            mine = score(units, unit, ours(lang))
            print(_row(filename, mine))
            figures[f"{filename} unseen"] = mine
            given = score(units, unit, ours(lang, region))
            print(_row(f"  region given ({region})", given))
            figures[f"{filename} unseen {region}"] = given
        use_model(None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", type=int, default=0,
                    help="show N held-out errors per file (for reading only: tuning on them makes the figures dishonest)")
    ap.add_argument("--no-unseen", action="store_true", help="skip the unseen-Maghrebi model")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-accuracy", action="store_true", help="the speed figures only (no held-out reading is scored)")
    ap.add_argument("--repeat", type=int, default=MIN_REPEAT,
                    help=f"interleaved rounds for the speed figures (at least {MIN_REPEAT})")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--profile", type=int, metavar="N", default=0,
                    help="after the speed runs, profile one cold pass of each text: the N costliest functions")
    ap.add_argument("--against", type=Path, metavar="DIR",
                    help="speed A/B only: cold passes alternating between the bilingual package under DIR and this tree")
    ap.add_argument("--digest", action="store_true",
                    help="only a digest of every reading of every line of the files (identical before and after a speed change)")
    ap.add_argument("--cold-pass", action="store_true", help=argparse.SUPPRESS)  # one side of --against
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: no development data at {args.data}")
        return 0
    if args.digest:
        for line in digests(args.data, not args.no_unseen):
            print(line, flush=True)
        return 0
    if args.cold_pass:  # the first readings of the process are one of its passes: no warm-up here
        print(json.dumps({"package": str(Path(core.__file__).parent.parent), **cold_pass(args.data)}))
        return 0
    if args.repeat < MIN_REPEAT:
        ap.error(f"--repeat must be at least {MIN_REPEAT}: the spread of the ratio needs them")
    print(environment("bilingual", "regex"))
    if args.against:
        against(args.against, args.data, args.repeat)
        return 0
    transliterate("warm up", AR)
    transliterate("warm up", FA)
    figures: dict[str, dict[str, float]] = {}
    if args.errors:
        print("note: the errors below are HELD-OUT items; tune on the development fold (scripts/tune_translit.py), "
              "never on these")
    if not args.no_accuracy:
        accuracy(args, figures)
    if not args.no_speed:
        print(f"  speed, one core, running text (held-out sentences, each line once), {args.repeat} rounds of cold, warm "
              f"and the mapping (its place rotating); median words/s by CPU time [lowest-highest] (wall); load average "
              f"{load()}:")
        for filename, lang, unit, _region in FILES[2:]:
            lines = [latin for latin, _ in held_out_units(args.data / filename, unit)]
            r = speed(lines, lang, args.repeat)
            print(f"    {filename:34} {r['words']:5.0f} words:"
                  + "".join(f"  {name} {r[name]:7.0f} [{r[name + '_low']:.0f}-{r[name + '_high']:.0f}] ({r[name + '_wall']:.0f})"
                            for name in ("cold", "warm", "mapping")))
            print("      x the mapping, round by round, median [lowest-highest]:"
                  + "".join(f"  {name} CPU {r[name + '_ratio']:.3f} [{r[name + '_ratio_low']:.3f}-{r[name + '_ratio_high']:.3f}]"
                            f" wall {r[name + '_ratio_wall']:.3f} [{r[name + '_ratio_wall_low']:.3f}-{r[name + '_ratio_wall_high']:.3f}]"
                            for name in ("cold", "warm")))
            figures[f"{filename} speed"] = r
            if args.profile:
                print(f"    cold pass of {filename} under cProfile:")
                profile(lines, lang, args.profile)
        print(f"  load average after: {load()}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
