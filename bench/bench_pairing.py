"""Pairing figures: decisions on real translation pairs set in small threads, against a
nearest-English baseline measured in the same run, and the time to pair 10,000-comment threads.

Each real pair (an Arabic utterance or sentence and its human English translation, from
ArzEn-ST and TICO-19 in ../shared/data) is put in the thread shapes below, once with its own
translation (positive: the translation must be found) and once with the English of another pair
(negative: nothing may be paired). The baseline pairs each passage with the nearest English after
it (its own comment, else the first reply), as a tool that goes by position would.

The development set (bench/pairing_devset.py, built from the same data outside the repository)
is scored passage by passage: right comment AND span start within 3 characters AND span end
within 3 characters on positives, no pair at all on negatives, its tuned and held-out parts apart.

``--failures`` lists the failing threads of one part (the tuned one unless ``--split`` says) by
class: what a round of work starts from.

Run: python3 bench/bench_pairing.py [--n 200] [--no-speed | --speed-only [--repeat 5]] [--devset PATH] [--split held-out] [--no-shapes] [--failures]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import regex

from _timing import MIN_REPEAT, environment, interleaved, load, ratio_line, spread
from _timing import timed as _timed
from bilingual.pairing import Pair, pairs
from bilingual.segment import passages
from bilingual.threads import read
from bilingual.threads.model import Comment, Thread, set_depths

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pairing_devset  # noqa: E402  (bench/pairing_devset.py, beside this file)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SEED000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
_TAG = regex.compile(r"\[[^\]]*\]")
_LATIN = regex.compile(r"\p{Latin}")

# name -> (rows with {a}rabic / {e}nglish placeholders, id of the translating comment or None)
SHAPES: dict[str, list[tuple[str, str | None, str, str]]] = {
    "author answers a request": [("1", None, "A", "{a}"), ("2", "1", "B", "what does it mean?"), ("3", "2", "A", "{e}")],
    "reply by someone else": [("1", None, "A", "{a}"), ("2", "1", "B", "{e}"), ("3", "1", "C", "{x}")],
    "author's own reply": [("1", None, "A", "{a}"), ("2", "1", "A", "{e}")],
    "same comment, next line": [("1", None, "A", "{a}\n{e}")],
    "same comment, in brackets": [("1", None, "A", "{a} ({e})")],
}
ANSWER = {"author answers a request": "3", "reply by someone else": "2", "author's own reply": "2",
          "same comment, next line": "1", "same comment, in brackets": "1"}


def thread_of(rows: list[tuple[str, str | None, str, str]]) -> Thread:
    comments = [Comment(cid, parent, author, 0, text) for cid, parent, author, text in rows]
    set_depths(comments)
    return Thread(None, comments, "jsonl")


def nearest_english(thread: Thread) -> list[str | None]:
    """The baseline: the comment holding the first English after each passage (own comment, then replies)."""
    out = []
    for p in passages(thread):
        cid = p.location.comment
        text = thread.text_of(cid)
        if _LATIN.search(text, p.location.end):
            out.append(cid)
            continue
        out.append(next((c.id for c in thread.descendants(cid) if _LATIN.search(c.text)), None) if cid is not None else None)
    return out


def load_pairs() -> dict[str, list[tuple[str, str]]]:
    """Real (Arabic, English) pairs whose Arabic has no Latin letters, shuffled."""
    sets: dict[str, list[tuple[str, str]]] = {}
    arzen = DATA / "codeswitch" / "arzen-st"
    if (arzen / "dev.cs.tsv").exists():
        def tsv(name: str) -> dict[str, str]:
            rows = (line.rstrip("\n").split("\t", 1) for line in (arzen / name).open(encoding="utf-8"))
            return {k: _TAG.sub("", v).strip() for k, v in rows}

        cs, en = tsv("dev.cs.tsv"), tsv("dev.en.tsv")
        sets["ArzEn-ST dev"] = [(cs[k], en[k]) for k in cs if len(cs[k]) >= 25 and not _LATIN.search(cs[k]) and en.get(k)]
    tico = DATA / "mt" / "tico19"
    if (tico / "tico19-test.ar").exists():
        ar_lines = (tico / "tico19-test.ar").read_text(encoding="utf-8").splitlines()
        en_lines = (tico / "tico19-test.en").read_text(encoding="utf-8").splitlines()
        sets["TICO-19 test"] = [(a, e) for a, e in zip(ar_lines, en_lines) if a.strip() and e.strip() and not _LATIN.search(a)]
    rng = random.Random(11)
    for items in sets.values():
        rng.shuffle(items)
    return sets


def decisions(items: list[tuple[str, str]]) -> dict[str, dict[str, list[int]]]:
    """For each shape: [right, total] on positives and negatives, for pairing and for the baseline."""
    out: dict[str, dict[str, list[int]]] = {}
    for shape, rows in SHAPES.items():
        tally = {k: [0, 0] for k in ("pos", "neg", "base-pos", "base-neg")}
        for k, (arabic, english) in enumerate(items):
            other = items[(k + 1) % len(items)][1]
            extra = items[(k + 2) % len(items)][1]
            for kind, eng, expected in (("pos", english, ANSWER[shape]), ("neg", other, None)):
                filled = [(c, p, a, t.format(a=arabic, e=eng, x=extra)) for c, p, a, t in rows]
                thread = thread_of(filled)
                got = [p.translation.comment if p.translation else None for p in pairs(thread)]
                base = nearest_english(thread)
                tally[kind][0] += bool(got) and all(g == expected for g in got)
                tally[kind][1] += 1
                tally["base-" + kind][0] += bool(base) and all(b == expected for b in base)
                tally["base-" + kind][1] += 1
        out[shape] = tally
    return out


def print_decisions(name: str, result: dict[str, dict[str, list[int]]]) -> None:
    print(f"\n{name}: share of threads decided right (positives: translation found; negatives: none paired)")
    print(f"  {'shape':28} {'pairing pos':>12} {'pairing neg':>12} {'nearest pos':>12} {'nearest neg':>12}")
    for shape, t in result.items():
        cells = [f"{r / n:.2f} ({n})" if n else "-" for r, n in (t["pos"], t["neg"], t["base-pos"], t["base-neg"])]
        print(f"  {shape:28} " + " ".join(f"{c:>12}" for c in cells))
    for label, keys in (("pairing", ("pos", "neg")), ("nearest English", ("base-pos", "base-neg"))):
        shares = [t[k][0] / t[k][1] for t in result.values() for k in keys if t[k][1]]
        print(f"  balanced accuracy (mean of its cells), {label}: {sum(shares) / len(shares):.3f}")


def replicated_seed(size: int) -> Thread:
    """Seed 000 repeated until ``size`` comments: many long passages, every one with hundreds of copies."""
    seed = read(SEED000)
    comments: list[Comment] = []
    k = 0
    while len(comments) < size:
        for c in seed.comments:
            parent = None if c.parent is None else f"{k}-{c.parent}"
            comments.append(Comment(f"{k}-{c.id}", parent, c.author, 0, c.text))
        k += 1
    set_depths(comments)
    return Thread(None, comments, "jsonl")


def conversation(size: int, items: list[tuple[str, str]], english: list[str], share: float = 0.05) -> tuple[Thread, dict[str, str]]:
    """A random reply forest of ``size`` comments of real English; a ``share`` of them post Arabic that
    someone asks about and the author translates. Returns the thread and, for each Arabic comment,
    the comment that translates it."""
    rng = random.Random(3)
    comments: list[Comment] = []
    expected: dict[str, str] = {}
    while len(comments) < size:
        k = len(comments)
        parent = str(rng.randrange(k)) if k and rng.random() < 0.7 else None
        author = f"user{rng.randrange(300)}"
        if rng.random() < share and items:
            arabic, translation = items[rng.randrange(len(items))]
            comments.append(Comment(str(k), parent, author, 0, arabic))
            comments.append(Comment(str(k + 1), str(k), "asker", 0, "Please translate"))
            comments.append(Comment(str(k + 2), str(k + 1), author, 0, translation))
            expected[str(k)] = str(k + 2)
        else:
            comments.append(Comment(str(k), parent, author, 0, english[rng.randrange(len(english))]))
    set_depths(comments)
    return Thread(None, comments, "jsonl"), expected


def timed(label: str, thread: Thread, repeat: int, expected: dict[str, str] | None = None) -> None:
    """Pair the thread ``repeat`` times, interleaved with the nearest-English baseline on the same thread (the first
    side rotating each round), and print pairing's CPU and wall time (median and min-max), the passages per CPU
    second, the ratio to the baseline round by round, and, given the answers, how many pairs are right."""
    found: list[Pair] = []

    def pairing() -> object:
        found[:] = pairs(thread)
        return found

    times = interleaved({"pairing": lambda: _timed(pairing), "nearest": lambda: _timed(lambda: nearest_english(thread))},
                        repeat)
    mine, floor = times["pairing"], times["nearest"]
    paired = sum(1 for p in found if p.translation is not None)
    cpu = statistics.median(t[0] for t in mine)
    print(f"  {label}: {len(thread.comments):,} comments, {len(found):,} passages, {paired:,} paired; {repeat} rounds: "
          f"CPU {spread([t[0] for t in mine], ' s')}, wall {spread([t[1] for t in mine], ' s')} "
          f"({len(found) / cpu:,.0f} passages per CPU s); the nearest-English baseline CPU "
          f"{spread([t[0] for t in floor], ' s', 3)}; pairing / baseline {ratio_line(mine, floor)}")
    if expected is not None:
        right = sum(1 for p in found if p.translation and p.passage.location.comment is not None
                    and p.translation.comment == expected.get(p.passage.location.comment))
        print(f"    {right:,} of {len(expected):,} translated passages paired with their translation, "
              f"{paired - right:,} pairs wrong")


SLACK = 3  # characters a span's start or end may be off and still count as exact


def _parts(found: list[Pair], item: dict[str, Any]) -> tuple[list[Pair], dict[str, tuple[int, int]]]:
    """The pairs of one item's passage, and the spans their translations give, by comment (a
    translation split over several comments, :attr:`Pair.continued`, gives one per part)."""
    cid, a, b = item["arabic"]
    mine = [p for p in found if p.passage.location.comment == cid and p.passage.location.start < b and a < p.passage.location.end]
    spans: dict[str, tuple[int, int]] = {}
    for p in mine:
        if p.translation is None:
            continue
        for t in (p.translation, *p.continued):
            where = str(t.comment)
            old = spans.get(where)
            spans[where] = (t.start, t.end) if old is None else (min(old[0], t.start), max(old[1], t.end))
    return mine, spans


def _wanted(item: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """The spans an item expects, by comment: its ``expected`` and, for a translation split over
    several comments (the twelfth round's), its ``continued`` parts."""
    parts = [item["expected"], *item.get("continued", [])]
    return {cid: (a, b) for cid, a, b in parts}


def _paired_items(record: dict[str, object], found: list[Pair]) -> list[Pair]:
    """The pairs ``found`` for a negative thread's passages."""
    return [p for item in record["items"] for p in _parts(found, item)[0] if p.translation is not None]  # type: ignore[attr-defined]


def score_thread(record: dict[str, object], found: list[Pair]) -> dict[str, bool]:
    """One development thread's outcome: on a positive, ``exact`` (right comment and span; every
    part of a translation split over several comments), ``comment`` (right comments) and
    ``truncated`` (the first comment right and no other, the translation cut short or a part of it missing; a
    passage of it expected to stay unpaired must be, or neither holds); on a negative, ``false``
    (one of its passages was paired: a pair of another passage the thread holds is no false pair of this one, as
    on a positive; round 32's 'other passage translated' puts the translation of a second writer's Arabic under
    the first's, and pairing it with the second is right)."""
    if record["kind"] == "neg":
        return {"false": bool(_paired_items(record, found))}
    outcome = {"exact": True, "comment": True, "truncated": False}
    for item in record["items"]:  # type: ignore[attr-defined]
        _, got = _parts(found, item)
        if item["expected"] is None:  # a passage of the thread nobody translates
            if got:
                outcome["exact"] = outcome["comment"] = False
            continue
        want = _wanted(item)
        if item["expected"][0] in got and set(got) <= set(want) and (
            any(cid not in got or got[cid][0] > a + SLACK or got[cid][1] < b - SLACK for cid, (a, b) in want.items())
        ):
            outcome["truncated"] = True
        if set(got) != set(want):
            outcome["exact"] = outcome["comment"] = False
            continue
        if any(abs(got[cid][0] - a) > SLACK or abs(got[cid][1] - b) > SLACK for cid, (a, b) in want.items()):
            outcome["exact"] = False
    return outcome


def failure(record: dict[str, object], found: list[Pair]) -> tuple[str, str] | None:
    """What went wrong in one development thread, by class (``false pair``, ``missed``, ``wrong
    comment``, ``parts missing``/``parts added`` for a translation split over several comments,
    ``span: start late``/``start early``/``end early``/``end late``) with the texts to read, or None
    when it is right."""
    texts = {cid: text for cid, _, _, text in record["comments"]}  # type: ignore[attr-defined]
    if record["kind"] == "neg":
        wrong = _paired_items(record, found)
        return ("false pair", f"paired: {wrong[0].translation_text!r} ({wrong[0].score:.2f}, {wrong[0].via})") if wrong else None
    for item in record["items"]:  # type: ignore[attr-defined]
        mine, got = _parts(found, item)
        if item["expected"] is None:  # a passage of the thread nobody translates
            if got:
                cid, (a, b) = next(iter(got.items()))
                return "false pair", f"untranslated passage paired: {texts[cid][a:b]!r}"
            continue
        want = _wanted(item)
        wanted_text = " | ".join(texts[cid][a:b] for cid, (a, b) in want.items())
        if not got:
            return "missed", f"wanted {wanted_text!r}; {mine[0].reason if mine else 'no passage found'}"
        got_text = " | ".join(texts[cid][a:b] for cid, (a, b) in got.items())
        if set(got) != set(want):
            kind = "parts missing" if set(got) < set(want) else "parts added" if set(got) > set(want) else "wrong comment"
            return kind, f"wanted {wanted_text!r}, got {got_text!r}"
        offsets = [(("start late", got[cid][0] - a), ("start early", a - got[cid][0]), ("end early", b - got[cid][1]),
                    ("end late", got[cid][1] - b)) for cid, (a, b) in want.items()]
        kinds = [name for name, _ in offsets[0] if any(dict(part)[name] > SLACK for part in offsets)]
        if kinds:
            return "span: " + ", ".join(kinds), f"wanted {wanted_text!r}, got {got_text!r}"
    return None


def paired(record: dict[str, Any]) -> list[Pair]:
    """The pairs of one development thread (its ``comments`` rows as a JSONL thread, depths set)."""
    comments = [Comment(cid, parent, author, 0, text) for cid, parent, author, text in record["comments"]]
    set_depths(comments)
    return pairs(Thread(None, comments, "jsonl"))


def failures(path: Path, split: str) -> None:
    """Print every failing thread of one part of the development set with its class, then the
    counts by class and by class and shape (what a round of work starts from)."""
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    counts: dict[tuple[str, str], int] = {}
    for record in records:
        if record["split"] != split:
            continue
        outcome = failure(record, paired(record))
        if outcome is not None:
            kind, detail = outcome
            counts[kind, record["shape"]] = counts.get((kind, record["shape"]), 0) + 1
            print(f"{kind} | {record['id']}\n    {detail}")
    by_kind: dict[str, int] = {}
    for (kind, _), n in counts.items():
        by_kind[kind] = by_kind.get(kind, 0) + n
    print("\nby class: " + ", ".join(f"{kind} {n}" for kind, n in sorted(by_kind.items(), key=lambda kv: -kv[1])))
    for (kind, shape), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {kind} / {shape}")


def devset(path: Path, split: str | None, by_shape: bool) -> None:
    """Pair every thread of the development set and print the shares, by split (and by shape)."""
    if not path.exists():
        records: list[dict[str, Any]] = pairing_devset.build()
        if not records:
            print("../shared/data is not present: no development set", file=sys.stderr)
            return
    else:
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
    tallies: dict[tuple[str, str], dict[str, list[int]]] = {}
    start = time.perf_counter()
    for record in records:
        if split and record["split"] != split:
            continue
        outcome = score_thread(record, paired(record))
        for key in ((record["split"], "all"), (record["split"], record["shape"])):
            tally = tallies.setdefault(key, {})
            for name, value in outcome.items():
                cell = tally.setdefault(name, [0, 0])
                cell[0] += value
                cell[1] += 1
    took = time.perf_counter() - start

    def share(tally: dict[str, list[int]], name: str) -> str:
        right, total = tally.get(name, [0, 0])
        return f"{right / total:.3f} ({total})" if total else "-"

    print(f"\ndevelopment set {path} ({took:.1f} s): positives exact (comment and span within {SLACK} chars), "
          "right comment, truncated; negatives with a false pair")
    print(f"  {'split / shape':48} {'exact':>12} {'comment':>12} {'truncated':>12} {'false pairs':>12}")
    for (part, shape), tally in sorted(tallies.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        if shape != "all" and not by_shape:
            continue
        cells = [share(tally, name) for name in ("exact", "comment", "truncated", "false")]
        print(f"  {part + ' / ' + shape:48} " + " ".join(f"{c:>12}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="pairs per data set (default 200)")
    parser.add_argument("--no-speed", action="store_true", help="skip the 10,000-comment timings")
    parser.add_argument("--devset", type=Path, default=pairing_devset.DEFAULT_OUT,
                        help="the development set (built by bench/pairing_devset.py; built in memory when absent)")
    parser.add_argument("--split", choices=("tuned", "held-out"), help="score one part of the development set only")
    parser.add_argument("--no-shapes", action="store_true", help="development set totals only, not shape by shape")
    parser.add_argument("--devset-only", action="store_true", help="score the development set only")
    parser.add_argument("--speed-only", action="store_true", help="the 10,000-comment timings only")
    parser.add_argument("--repeat", type=int, default=MIN_REPEAT,
                        help=f"interleaved rounds of each timing (default and least {MIN_REPEAT})")
    parser.add_argument("--failures", action="store_true",
                        help="list the failing threads of --split (default tuned) by class, instead of the scores")
    args = parser.parse_args(argv)
    if args.failures:
        if not args.devset.exists():
            print(f"{args.devset} not found: build it with bench/pairing_devset.py", file=sys.stderr)
            return 1
        failures(args.devset, args.split or "tuned")
        return 0
    if not args.speed_only:
        devset(args.devset, args.split, not args.no_shapes)
    if args.devset_only:
        return 0
    sets = load_pairs()
    if not sets:
        print("../shared/data is not present: no accuracy figures", file=sys.stderr)
    for name, items in sets.items():
        if not args.speed_only:
            print_decisions(f"{name}, {len(items[: args.n])} pairs, no MT", decisions(items[: args.n]))
    if args.no_speed:
        return 0
    if args.repeat < MIN_REPEAT:
        parser.error(f"--repeat {args.repeat}: at least {MIN_REPEAT} rounds (issue 20 item 7)")
    print(f"\nspeed (no MT): {environment('bilingual', 'regex')}")
    timed("seed 000 repeated", replicated_seed(10_000), args.repeat)
    tico = sets.get("TICO-19 test")
    eng_file = DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.eng"
    if tico and eng_file.exists():
        english = eng_file.read_text(encoding="utf-8").splitlines()
        thread, expected = conversation(10_000, tico, english)
        timed("TICO-19 sentences in Tatoeba chatter, translated on request", thread, args.repeat, expected)
    print(f"  load average after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
