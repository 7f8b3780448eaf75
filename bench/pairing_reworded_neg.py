"""How often pairing pairs English that is no translation, on wordings the development set does not hold: the tuned
positive threads whose translation sits in a comment of its own (:func:`pairing_reworded.eligible`), with that
translation replaced by English that does not translate the Arabic, so each variant is a negative thread.

The English put there is drawn by family from banks written for this check (``bilingual/pairing/cues.py`` was not read to
write them): a reply on the topic that uses the translation's names, numbers or a content word; a request nobody answers; a
remark about translation tools; a rebuttal quoting the Arabic; the translation of another passage of the same data set (as
it is, and with one of this translation's names put in for its own); a joke; English sentences of about the translation's
length. Most replace the whole comment; the other passage's translation and the sentences of similar length are also put
in the translation's place, its lead-in and remarks kept ("in place": introduced as a translation). The banks' even
entries and odd ones are printed apart (``half``), so a rule written while reading one half can be checked on the other.
Printed: the share of variants paired (a false pair), by family and mode.

Run: python3 bench/pairing_reworded_neg.py /tmp/sets/pairing-devset*.jsonl [--threads 200] [--seed 11] [--failures FAMILY]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _blind import check_banks  # noqa: E402

from bilingual.pairing.evidence import shared_anchors
from bench_pairing import failure, paired, score_thread  # noqa: E402
from pairing_reworded import eligible  # noqa: E402

_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}{2,}\b")
_NUMBER = regex.compile(r"\b\d+(?:[.,]\d+)?\b")
_WORD = regex.compile(r"\b\p{Ll}{6,}\b")

# The banks: "{name}", "{number}", "{word}" and "{arabic}" are filled from the thread. Even entries are half 0, odd half 1.
BANKS: dict[str, list[str]] = {
    "topic: name": [
        "{name} again? Half the posts in this group are about {name}.", "Wait, is this the same {name} from the other thread?",
        "My cousin is called {name} too lol", "Honestly {name} deserved better.", "I keep seeing {name} in these posts, who is that?",
        "Not {name} again 😂", "{name} is a really common name where I grew up.", "Did anyone else read this in {name}'s voice?",
        "Is {name} a real person or a character?", "We had a teacher named {name}, she was terrifying.",
        "So {name} is the main character here?", "Every story in this book has a {name} in it.",
    ],
    "topic: number": [
        "{number}? I'm pretty sure it was more than that.", "Why {number} though, that seems random.",
        "{number} is my lucky number haha", "My dad still talks about {number}, he never shuts up about it.",
        "I read somewhere it was closer to {number} but who knows.", "{number} feels like a lifetime ago.",
        "The {number} thing is what got me too.", "Is the {number} a typo or is that right?",
    ],
    "topic: word": [
        "This is so true about {word}, I had the same experience.", "Why does every post about {word} turn into an argument?",
        "My teacher used to go on about {word} all the time.", "Can we talk about {word} without it getting political for once?",
        "I never understood the fuss about {word} tbh.", "The {word} part made me laugh.",
        "Same thing happened to my brother with {word}.", "Nobody warns you about {word} when you're young.",
    ],
    "request": [
        "Can someone translate this please?", "what does it say? 🙏", "Any Arabic speakers here? I'd love to know what this says.",
        "Translation please, my Arabic stops at hello", "Would love an English version of this.", "Is there an English version somewhere?",
        "Bump, still wondering what this means", "Can anyone read this? The writing is beautiful.", "I wish I could read Arabic.",
        "someone pls translate i'm so curious", "Still no translation? Come on guys", "Is this Egyptian or Levantine? Can't tell.",
    ],
    "tools": [
        "Google Translate just gives me word salad for this one.", "I tried DeepL and it made no sense at all.",
        "Machine translation is useless for dialect, don't bother.", "The auto-translate button on this app is broken again.",
        "Copy-pasted it into Google and got nonsense. Anyone?", "Apps never get the Egyptian spelling right.",
        "Bing gave me three different answers, none of them English sentences.", "The camera translate on my phone choked on it.",
        "Don't trust the translate button, it mangles everything.", "Even ChatGPT gave up on this one lol",
    ],
    "rebuttal": [
        '"{arabic}" is not what she said in the video though.', "> {arabic}\n\nThat is not how anyone actually talks.",
        '"{arabic}"? Nobody says it like that.', "You wrote {arabic} but the spelling is all over the place.",
        "{arabic}\n\nNo, you misheard, listen again.", 'Quoting "{arabic}" out of context is exactly the problem here.',
        "> {arabic}\n\nSource? Because I don't believe a word of it.", '"{arabic}" — this is a misquote, it was never said like that.',
    ],
    "joke": [
        "It says 'subscribe to my channel' 😂", "Pretty sure it's the wifi password.", "It's the terms and conditions, nobody reads them.",
        "My Arabic teacher would fail me just for trying this one.", "Translation: I have no idea what I'm doing",
        "It's a recipe for koshari and I will not be taking questions.", "Clearly a love letter to the moderators.",
        "Roughly: 'please stop asking me to translate things'", "It says you owe me lunch.", "The cat walked on the keyboard, that's all.",
        "Translation: 'this is a translation'", "Legend says whoever reads it gets free falafel.",
    ],
    "similar length": [
        "The bus was late again this morning.", "I finally finished painting the kitchen.",
        "We are thinking about adopting a dog next spring.", "My phone battery dies by noon every day.",
        "The new bakery on the corner sells amazing bread.", "She spent the whole weekend fixing her bike.",
        "They moved the meeting to Thursday afternoon.", "Honestly the last season of that show was a mess.",
        "He forgot his keys at the office twice this week.", "It rained all day so we stayed in and played cards.",
        "Our neighbours are renovating and the noise is unbearable.", "I need to return these books to the library before Friday.",
        "The kids built a fort out of the sofa cushions.", "Traffic on the bridge was backed up for miles.",
        "My grandmother grows tomatoes on her balcony.", "We missed the last train and had to walk home.",
    ],
}


@dataclass(frozen=True)
class Variant:
    """One negative thread: its record (the translation's comment rewritten, the item expecting none), its family, mode
    and the banks' half its wording came from."""

    family: str
    mode: str
    half: int
    record: dict[str, Any]


def _negative(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The record with its translation's comment made ``text`` and its item expecting no translation."""
    item = record["items"][0]
    cid = item["expected"][0]
    comments = [[c, p, a, text if c == cid else t] for c, p, a, t in record["comments"]]
    return dict(record, kind="neg", comments=comments, items=[dict(item, expected=None, continued=[])])


def _texts(record: dict[str, Any]) -> tuple[str, str, str, str]:
    """The Arabic, and the translation's comment cut at its gold span: before it, the span, after it."""
    item = record["items"][0]
    texts = {c: t for c, _, _, t in record["comments"]}
    ac, x, y = item["arabic"]
    cid, a, b = item["expected"]
    return texts[ac][x:y], texts[cid][:a], texts[cid][a:b], texts[cid][b:]


def _filled(template: str, slots: dict[str, str]) -> str | None:
    """``template`` with its slots filled, or None when it needs a slot this thread has nothing for."""
    needed = regex.findall(r"\{(\w+)\}", template)
    if any(not slots.get(slot) for slot in needed):
        return None
    return template.format(**{slot: slots[slot] for slot in needed})


def _similar(english: str, bank: Sequence[str], rng: random.Random) -> str:
    """Sentences of ``bank`` joined until they are about as long as ``english``."""
    pool = list(bank)
    rng.shuffle(pool)
    out: list[str] = []
    while pool and len(" ".join(out)) < 0.9 * len(english):
        out.append(pool.pop())
    return " ".join(out)


def _names(arabic: str, english: str) -> list[str]:
    """The names ``english`` shares with ``arabic`` (:func:`~bilingual.pairing.evidence.shared_anchors`), as it writes them."""
    shared = set(shared_anchors((arabic,), (english,))[0])
    return list(dict.fromkeys(m.group() for m in _CAPITALISED.finditer(english) if m.group().lower() in shared))


def _named(other: tuple[str, list[str]], names: Sequence[str]) -> str | None:
    """The other passage's translation (``other``: its English and names) with its first name made this thread's first
    name, or None where either has none."""
    english, own = other
    if not names or not own or names[0] in english:
        return None
    return english.replace(own[0], names[0], 1)


def variants(record: dict[str, Any], others: Sequence[tuple[str, list[str]]], half: int, rng: random.Random) -> list[Variant]:
    """One eligible ``record``'s negatives, each family's wording drawn from the banks' ``half``; ``others``: translations of
    other passages of its data set, each with the names it shares with its Arabic (:func:`_names`)."""
    arabic, pre, span, post = _texts(record)
    names = _names(arabic, span)
    words = [w for w in _WORD.findall(span)]
    slots = {"name": names[0] if names else "", "number": next(iter(_NUMBER.findall(span)), ""), "arabic": arabic,
             "word": max(words, key=len) if words else ""}
    out: list[Variant] = []

    def add(family: str, mode: str, text: str | None) -> None:
        if text:
            out.append(Variant(family, mode, half, _negative(record, text)))

    for family in ("topic: name", "topic: number", "topic: word", "request", "tools", "rebuttal", "joke"):
        usable = [f for t in BANKS[family][half::2] if (f := _filled(t, slots))]
        add(family, "comment", rng.choice(usable) if usable else None)
    other = rng.choice([o for o in others if o[0] != span])
    add("other passage", "comment", other[0])
    add("other passage", "in place", pre + other[0] + post)
    add("other passage, name", "in place", (lambda n: n and pre + n + post)(_named(other, names)))
    similar = _similar(span, BANKS["similar length"][half::2], rng)
    add("similar length", "comment", similar)
    add("similar length", "in place", pre + similar + post)
    return out


def _paired_without(record: dict[str, Any]) -> bool:
    """Whether the thread with its translation's comment made a bare "ok" is paired: another comment translates (a
    machine's output pasted, a first try corrected), so its negatives would not be negatives."""
    negative = _negative(record, "ok")
    return bool(score_thread(negative, paired(negative))["false"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="development set files (JSONL); only their tuned threads are read")
    parser.add_argument("--threads", type=int, default=200, help="threads sampled (each gives every family's negatives, per half)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--failures", metavar="FAMILY", help="print this family's variants that were paired")
    args = parser.parse_args(argv)
    check_banks(BANKS)
    records = [r for path in args.sets for line in path.open(encoding="utf-8") if eligible(r := json.loads(line))]
    by_source: dict[str, list[tuple[str, list[str]]]] = {}
    for r in records:
        arabic, _, span, _ = _texts(r)
        by_source.setdefault(r["source"], []).append((span, _names(arabic, span)))
    rng = random.Random(args.seed)
    sample = rng.sample(records, min(args.threads, len(records)))
    tally: dict[tuple[str, str], list[int]] = {}
    skipped = 0
    for record in sample:
        if _paired_without(record):
            skipped += 1
            continue
        for half in (0, 1):
            for v in variants(record, by_source[record["source"]], half, rng):
                found = paired(v.record)
                false = score_thread(v.record, found)["false"]
                row = tally.setdefault((v.family, v.mode), [0, 0, 0, 0])
                row[2 * half] += 1
                row[2 * half + 1] += int(false)
                if false and args.failures in (v.family, "all"):
                    print(f"{v.family} / {v.mode} / half {half}: {record['id']}\n    {failure(v.record, found)}")
    print(f"{len(sample)} of {len(records)} eligible tuned threads, seed {args.seed}, {skipped} left out (paired without their "
          "translation); paired (false pairs) of the variants:")
    print(f"{'family':<22} {'mode':<9} {'half 0':>12} {'half 1':>12} {'all':>8}")
    totals = [0, 0, 0, 0]
    for (family, mode), row in tally.items():
        n0, f0, n1, f1 = row
        print(f"{family:<22} {mode:<9} {f0:>4}/{n0:<4} {f0 / max(1, n0):>5.1%} {f1:>4}/{n1:<4} {f1 / max(1, n1):>5.1%} {(f0 + f1) / max(1, n0 + n1):>8.1%}")
        totals = [t + x for t, x in zip(totals, row, strict=True)]
    n0, f0, n1, f1 = totals
    print(f"{'all':<22} {'':<9} {f0:>4}/{n0:<4} {f0 / max(1, n0):>5.1%} {f1:>4}/{n1:<4} {f1 / max(1, n1):>5.1%} {(f0 + f1) / max(1, n0 + n1):>8.1%}")


if __name__ == "__main__":
    main()
