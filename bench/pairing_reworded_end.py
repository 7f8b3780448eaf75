"""Where a translation ends, on wordings the development set does not hold: each tuned positive thread whose one
translation the pairing finds exactly gets the text after its span replaced by a remark from a small grammar written
here (hedges, thanks, sign-offs, notes about the translation, emoji, a question back, a second topic, words to the
reader), set off by a sentence's end, a line, a paragraph, a bracket or a dash; the share whose span still ends within
3 characters of the translation's end is printed by family (and the share still exact at both ends).

The grammar was written from how people close an answer, not from the pairing's cue lists, so a rule that only knows
the development set's phrases does not pass it.

Run: python3 bench/pairing_reworded_end.py [--sets '/tmp/sets/pairing-devset*.jsonl'] [--per-set 40] [--show 0]
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import regex


sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pairing import SLACK, _parts, _wanted, paired, score_thread  # noqa: E402

# Each family: sentences built from slots ({part}, {who}, ...), filled by a hash of the thread, so a run is repeatable.
SLOTS: dict[str, list[str]] = {
    "part": ["the last bit", "the second line", "the ending", "the middle part", "that last word", "the first half"],
    "lang": ["Arabic", "Egyptian", "my dialect", "my MSA", "my reading"],
    "state": ["rusty", "not great", "pretty basic", "a bit shaky", "out of practice"],
    "who": ["anyone", "someone", "a native speaker", "others", "people who know better"],
    "kind": ["slang", "an idiom", "a pun", "colloquial", "really old-fashioned", "a regional thing"],
    "thing": ["the video", "this clip", "the song", "the caption", "the pic", "the show"],
    "name": ["Maya", "Jonas", "R.", "Tom", "Leila"],
}
FAMILIES: dict[str, list[str]] = {
    "hedge": [
        "Not totally certain about {part} though.",
        "I might be off on {part}.",
        "Could be wrong, {lang} is {state}.",
        "Take it with a pinch of salt.",
        "That's my best guess anyway.",
        "Don't hold me to {part}.",
        "Somewhat unsure here.",
        "{who} can double check me.",
    ],
    "thanks": [
        "Thanks for posting this!",
        "Thank you for sharing it, made my day.",
        "Appreciate you asking.",
        "Ty for tagging me.",
        "Many thanks to whoever posted the original.",
    ],
    "signoff": ["Cheers!", "Take care all.", "Best,\n{name}", "Peace.", "All the best, {name}", "Have a good one."],
    "meta": [
        "That's a loose rendering, not word for word.",
        "{part} is {kind} so I smoothed it over.",
        "Did it quickly on my lunch break.",
        "Translated from memory, so the wording may differ.",
        "The original sounds much more poetic.",
        "Kept the word order close to the original.",
        "{part} doesn't really translate well.",
    ],
    "emoji": ["😂😂", "🙏❤️", "🔥🔥🔥", "✨", "💯", "🥲"],
    "question": [
        "Where did you find this?",
        "Is this from {thing}?",
        "Does that make sense?",
        "Want me to do the rest too?",
        "Who wrote it originally?",
    ],
    "topic": [
        "Anyway, the match last night was unreal.",
        "Unrelated but {thing} is gorgeous.",
        "Also, happy Friday everyone.",
        "Btw the link in your bio is broken.",
        "On another note, the weather here is awful.",
    ],
    "reader": [
        "Hope this clears it up for you.",
        "Let me know if you need more.",
        "Feel free to ask if anything's unclear.",
        "You're welcome to message me about it.",
        "Enjoy your trip!",
    ],
}
# How each family may be set off from the translation: after its sentence, on a line, a paragraph, in brackets, after a dash.
SEPARATORS: dict[str, list[str]] = {
    "hedge": ["sentence", "line", "bracket", "dash"],
    "thanks": ["sentence", "line", "paragraph"],
    "signoff": ["line", "paragraph"],
    "meta": ["sentence", "line", "paragraph", "bracket"],
    "emoji": ["space", "line"],
    "question": ["sentence", "line", "paragraph"],
    "topic": ["sentence", "paragraph"],
    "reader": ["sentence", "line", "paragraph"],
}
_CLOSER = regex.compile(r"[\"”’')\]*_]*")
_ARABIC = regex.compile(r"\p{Arabic}")
_ENDED = regex.compile(r"[.!?…][\"”’')\]*_]*$")


def _pick(options: list[str], key: str) -> str:
    """One of ``options``, chosen by a hash of ``key``."""
    return options[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(options)]


def remark(family: str, key: str) -> str:
    """A remark of ``family`` with its slots filled, chosen by ``key``."""
    text = _pick(FAMILIES[family], key)
    for slot, options in SLOTS.items():
        text = text.replace("{" + slot + "}", _pick(options, key + slot))
    return text[0].upper() + text[1:]


def reworded(record: dict[str, Any], family: str) -> dict[str, Any] | None:
    """``record`` with the text after its translation's span replaced by a remark of ``family``, or None when the
    thread has more than one translation, one split over comments, or Arabic after the translation in its comment."""
    items = [item for item in record["items"] if item["expected"] is not None]
    if len(items) != 1 or items[0].get("continued") or len(record["items"]) != 1:
        return None
    cid, a, b = items[0]["expected"]
    comments = [list(c) for c in record["comments"]]
    row = next(c for c in comments if c[0] == cid)
    text = row[3]
    if _ARABIC.search(text, b):
        return None  # the Arabic (or another passage) after the translation: not replaced
    found = _CLOSER.match(text, b)
    closer = found.group() if found is not None else ""
    kept = text[: b + len(closer)]
    key = record["id"] + family
    words = remark(family, key)
    how = _pick(SEPARATORS[family], key + "sep")
    if how == "sentence" and not _ENDED.search(kept):
        how = "line"  # an unpunctuated translation: the remark goes on its own line
    if how == "bracket":
        words = " (" + words.rstrip(".!") + ")"
    elif how == "dash":
        words = " - " + words[0].lower() + words[1:]
    else:
        words = {"sentence": " ", "space": " ", "line": "\n", "paragraph": "\n\n"}[how] + words
    row[3] = kept + words
    return dict(record, comments=comments)


def ends(record: dict[str, Any]) -> tuple[bool, bool]:
    """Whether the pairing's span for ``record``'s one translation ends within :data:`SLACK` of the expected end, and whether it is exact."""
    found = paired(record)
    item = next(item for item in record["items"] if item["expected"] is not None)
    _, got = _parts(found, item)
    want = _wanted(item)
    cid = item["expected"][0]
    end = cid in got and abs(got[cid][1] - want[cid][1]) <= SLACK
    return end, bool(score_thread(record, found)["exact"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="/tmp/sets/pairing-devset*.jsonl")
    parser.add_argument("--per-set", type=int, default=40, help="tuned positive threads taken from each set, at most")
    parser.add_argument("--show", type=int, default=0, help="print this many failing rewordings per family")
    args = parser.parse_args()
    records: list[dict[str, Any]] = []
    for path in sorted(glob.glob(args.sets)):
        taken = 0
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            if record["split"] != "tuned" or record["kind"] != "pos" or taken >= args.per_set:
                continue
            if reworded(record, "hedge") is None:
                continue
            records.append(record)
            taken += 1
    base = [ends(r) for r in records]
    kept = [r for r, (end, exact) in zip(records, base) if exact]
    print(f"{len(records)} threads, {len(kept)} exact as written ({len(kept) / max(1, len(records)):.3f}); reworded:")
    total = [0, 0]
    for family in FAMILIES:
        hits = exact = 0
        shown = 0
        for record in kept:
            changed = reworded(record, family)
            assert changed is not None
            end, whole = ends(changed)
            hits += end
            exact += whole
            if not end and shown < args.show:
                shown += 1
                cid = changed["items"][0]["expected"][0]
                text = next(c[3] for c in changed["comments"] if c[0] == cid)
                print(f"   miss {family}: {record['id']}: ...{text[max(0, changed['items'][0]['expected'][2] - 60):]!r}")
        total[0] += hits
        total[1] += exact
        print(f"  {family:9} end {hits}/{len(kept)} = {hits / max(1, len(kept)):.3f}   exact {exact / max(1, len(kept)):.3f}")
    n = len(kept) * len(FAMILIES)
    print(f"  {'all':9} end {total[0]}/{n} = {total[0] / max(1, n):.3f}   exact {total[1] / max(1, n):.3f}")


if __name__ == "__main__":
    main()
