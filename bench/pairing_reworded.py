"""Where pairing starts and ends a translation's span on wordings the development set does not hold: the tuned
positive threads whose translation sits in a comment of its own (after or before the Arabic's), reworded.

The English before the gold span is replaced by a lead-in (``replace``), or a lead-in is put before it (``prefix``,
threads with English there only), drawn from a small grammar of how people open an answer (:data:`LEADS`: discourse
markers, hedges, "X says/means", a first-person rendering, a meta sentence ending in a colon, a dash or a line break,
a greeting, "@user", laughter, "so,"); separately, the English after the span is replaced by a remark
(:data:`TAILS`). Each variant is paired and the share whose span starts (ends) within 3 characters of the gold is
printed by family: a measure of how far the lead and note rules generalize, since the grammar is written apart from
the phrase lists pairing knows (``bilingual/pairing/cues.py`` was not read to write it).

Run: python3 bench/pairing_reworded.py /tmp/sets/pairing-devset*.jsonl [--per-family 150] [--seed 7] [--failures FAMILY]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pairing import SLACK, _parts, paired  # noqa: E402

_ARABIC = regex.compile(r"\p{Arabic}")


def _joined(heads: Iterable[str], seps: Iterable[str]) -> list[str]:
    """Every head followed by every separator."""
    return [h + s for h in heads for s in seps]


def _saying() -> list[str]:
    """A subject and a verb of saying or meaning ("The caption basically says: ", "She's saying ")."""
    subjects = ("She", "He", "They", "The post", "The caption", "This one", "My aunt", "OP", "The guy", "the lady in the clip",
                "Your grandma", "the sign", "It", "That", "The tweet", "the old man")
    verbs = (" says", " is saying", " means", " basically says", " wrote", " is basically saying", " is like", "'s saying",
             " just says", " is telling him", " meant", " is trying to say")
    return _joined((s + v for s in subjects for v in verbs), (": ", " ", ", ", " - "))


# The lead-in grammar, by family: each entry a whole lead, its separator included. "run-in" continues in lower case.
LEADS: dict[str, list[str]] = {
    "discourse": _joined(("basically", "so basically", "honestly", "tbh", "ngl", "in short", "long story short", "essentially",
                          "ok so", "right so", "well", "anyway", "alright", "fwiw", "short version", "Basically", "Honestly",
                          "In short", "Essentially"), (", ", " ", ": ", " - ", "... ")),
    "hedge": _joined(("Loosely put", "Roughly", "Roughly speaking", "More or less", "Give or take", "Near enough",
                      "If I had to guess", "As far as I can tell", "From what I understand", "Something along the lines of",
                      "Not word for word but", "Approximately", "At a stretch", "loosely", "give or take"), (", ", ": ", " - ", " ")),
    "says": _saying(),
    "first person": _joined(("I'd put it as", "I'd translate it as", "I read it as", "i answered with", "my best guess is",
                             "I'd say it's", "the way I read it", "I took it to mean", "I'd render it", "my go at it", "I replied",
                             "i'd go with", "I'd word it as"), (": ", " ", " - ", ", ")),
    "meta colon": _joined(("Since a few asked about the quote in my other comment", "For anyone else wondering what this says",
                           "Here's what it says for those who don't read Arabic", "Quick attempt since nobody answered yet",
                           "Posting this because my cousin asked", "Took me a while but here it is",
                           "Copying my answer from the other thread", "Adding the English for the people scrolling by",
                           "ok so for the people asking in the replies"), (": ", ":\n", ":\n\n")),
    "meta dash/line": _joined(("Since a few asked about the quote in my other comment", "For anyone else wondering what this says",
                               "Quick attempt since nobody answered yet", "Took me a while but here it is",
                               "Adding the English for the people scrolling by"), (" - ", " — ", "\n", "\n\n")),
    "label dash": _joined(("english version", "in english", "rough version", "eng", "the gist", "what it says", "English",
                           "the meaning", "Short answer", "literal-ish"), (" - ", " — ", " -- ", " – ")),
    "line remark": _joined(("Delivered!", "Got you.", "Here you go", "ok I tried", "It's a sweet message tbh", "Happy to help!",
                            "Found it.", "Oh this one is easy", "Aww", "Haha classic", "Challenge accepted.",
                            "This took me back"), ("\n", "\n\n")),
    "greeting": _joined(("Hi all!", "Hey there,", "Hello!", "Good morning everyone.", "Hi Sara,", "Hey!", "Hiya,", "Hey guys.",
                         "Evening all,"), (" ", "\n")),
    "@user": _joined(("@maya_k", "@Tom", "@dina.r", "@user123", "@the_real_ali", "@Jen"), (" ", ": ", ", ", "\n")),
    "laughter": _joined(("lol", "haha", "lmao ok", "omg", "xD", "hahaha", "ooh", "oof", "LOL"), (" ", ", ", "\n")),
    "so,": ["so, ", "So, ", "so ", "Ok so, ", "and so, ", "So yeah, ", "so yeah ", "So... "],
    "run-in": _joined(("basically", "i answered with", "she says", "it means", "roughly", "i'd put it as", "lol", "so"), (" ",)),
}

# Remarks after the span, by family; each is set after it by one of :data:`_TAIL_FORMS`.
TAILS: dict[str, list[str]] = {
    "tail: chat": ["lol", "😂", "haha", "xD", "🙏", "lmao"],
    "tail: help": ["hope that helps", "you're welcome", "happy to help", "glad someone asked", "any time"],
    "tail: doubt": ["not sure about the last word", "if I got it right", "my Arabic is rusty though", "idk", "could be wrong",
                    "someone check me"],
    "tail: aside": ["cute right?", "anyway that's my take", "such a good line", "my grandma says it all the time",
                    "source: my grandma", "Edit: typo", "this thread is gold"],
}
_TAIL_FORMS: tuple[Callable[[str], str], ...] = (
    lambda r: f" {r}", lambda r: f" ({r})", lambda r: f" - {r}", lambda r: f"\n{r[:1].upper()}{r[1:]}",
    lambda r: f"\n\n{r[:1].upper()}{r[1:]}",
)
_RUN_IN = "run-in"


@dataclass(frozen=True)
class Variant:
    """One reworded thread: its record (the translation's comment rewritten), the family, mode and the item it scores."""

    family: str
    mode: str
    record: dict[str, Any]
    item: dict[str, Any]


def eligible(record: dict[str, Any]) -> bool:
    """A tuned positive thread with one translated passage whose translation, in one comment apart from the Arabic's,
    holds no Arabic (rewriting its English then changes no passage)."""
    if record["split"] != "tuned" or record["kind"] != "pos" or len(record["items"]) != 1:
        return False
    item = record["items"][0]
    if item["expected"] is None or item.get("continued") or item["expected"][0] == item["arabic"][0]:
        return False
    text = next(t for cid, _, _, t in record["comments"] if cid == item["expected"][0])
    return _ARABIC.search(text) is None


def _lowered(span: str) -> str:
    """The span with its first word in lower case as a run-in sentence goes on ("What if ..." -> "what if ..."), unless
    it is "I" or written in capitals."""
    first = regex.match(r"\p{L}+", span)
    if first is None or first.group() == "I" or first.group().isupper() and len(first.group()) > 1:
        return span
    return span[:1].lower() + span[1:]


def _rewrite(record: dict[str, Any], before: str, span: str, after: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The record with the translation's comment made ``before + span + after``, and its item's new gold span."""
    item = record["items"][0]
    cid = item["expected"][0]
    comments = [[c, p, a, before + span + after if c == cid else t] for c, p, a, t in record["comments"]]
    new_item = dict(item, expected=[cid, len(before), len(before) + len(span)])
    return dict(record, comments=comments, items=[new_item]), new_item


def variants(record: dict[str, Any], rng: random.Random) -> list[Variant]:
    """Every family's variants of one eligible ``record``: the thread as it is and with no English before the span
    (the controls), a lead of each family replacing the English before the
    span and (where there is some) put before it, and a remark of each tail family replacing the English after it."""
    item = record["items"][0]
    cid, a, b = item["expected"]
    text = next(t for c, _, _, t in record["comments"] if c == cid)
    pre, span, post = text[:a], text[a:b], text[b:]
    out = [Variant("(as is)", "-", *_rewrite(record, pre, span, post)), Variant("(no lead)", "-", *_rewrite(record, "", span, post))]
    for family, leads in LEADS.items():
        lead = rng.choice(leads)
        body = _lowered(span) if family == _RUN_IN else span
        out.append(Variant(family, "replace", *_rewrite(record, lead, body, post)))
        if pre.strip():
            out.append(Variant(family, "prefix", *_rewrite(record, lead + pre, span, post)))
    for family, remarks in TAILS.items():
        out.append(Variant(family, "replace", *_rewrite(record, pre, span, rng.choice(_TAIL_FORMS)(rng.choice(remarks)))))
    return out


def outcome(variant: Variant) -> tuple[bool, bool, bool, str]:
    """Pair the variant's thread: (right comment, start exact, end exact, what was paired)."""
    _, got = _parts(paired(variant.record), variant.item)
    cid, a, b = variant.item["expected"]
    if set(got) != {cid}:
        return False, False, False, ""
    start, end = got[cid]
    text = next(t for c, _, _, t in variant.record["comments"] if c == cid)
    return True, abs(start - a) <= SLACK, abs(end - b) <= SLACK, text[start:end]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="development set files (JSONL); only their tuned threads are read")
    parser.add_argument("--per-family", type=int, default=150, help="threads sampled (the same ones for every family)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--failures", metavar="FAMILY", help="print this family's variants whose span start or end is off")
    args = parser.parse_args(argv)
    records = [r for path in args.sets for line in path.open(encoding="utf-8") if eligible(r := json.loads(line))]
    rng = random.Random(args.seed)
    sample = rng.sample(records, min(args.per_family, len(records)))
    tally: dict[tuple[str, str], list[int]] = {}
    for record in sample:
        for v in variants(record, rng):
            right, start, end, got = outcome(v)
            row = tally.setdefault((v.family, v.mode), [0, 0, 0, 0])
            row[0] += 1
            row[1] += int(right)
            row[2] += int(start)
            row[3] += int(end)
            if args.failures == v.family and right and not (start and end):
                cid, a, b = v.item["expected"]
                text = next(t for c, _, _, t in v.record["comments"] if c == cid)
                ac, x, y = v.item["arabic"]
                arabic = next(t for c, _, _, t in v.record["comments"] if c == ac)[x:y]
                print(f"{v.mode}: {text[:a]!r} [{text[a:b][:80]!r}] {text[b:]!r}\n    got {got[:120]!r}\n    of {arabic[:100]!r}")
    print(f"{len(sample)} of {len(records)} eligible tuned threads; SLACK {SLACK}")
    print(f"{'family':<16} {'mode':<8} {'n':>4} {'comment':>8} {'start':>7} {'end':>7}  (start, end: exact, of the right comment's)")
    totals = [0, 0, 0, 0]
    for (family, mode), row in tally.items():
        n, paired, starts, ends = row
        print(f"{family:<16} {mode:<8} {n:>4} {paired / n:>8.3f} {starts / max(1, paired):>7.3f} {ends / max(1, paired):>7.3f}")
        totals = [t + x for t, x in zip(totals, row, strict=True)]
    n = totals[0]
    print(f"{'all':<16} {'':<8} {n:>4} {totals[1] / n:>8.3f} {totals[2] / max(1, totals[1]):>7.3f} {totals[3] / max(1, totals[1]):>7.3f}")


if __name__ == "__main__":
    main()
