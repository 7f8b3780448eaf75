"""A pairing development round of platform shapes: the same real translation pairs as
bench/pairing_devset.py (Tatoeba, TICO-19, ArzEn-ST, ArzEn-ST in Arabizi, a quarter held out),
set in threads as YouTube, X and Telegram write them, where replies open by naming whom they
answer ("@sarah.k ..."), YouTube's replies all sit one level deep beside the request they answer,
and some answers are written in capitals.

Each shape gives a positive (the thread holds the translation; its comment and span recorded) and a
negative (unrelated English in the same places, with the same names and requests: nothing may be
paired). The records are pairing_devset.py's, so ``bench/bench_pairing.py --devset PATH`` scores
them (default ``~/.cache/bilingual/pairing-devset-platforms.jsonl``).

Run: python3 bench/pairing_platforms.py [--per-shape 16] [--out PATH]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pairing_devset import (  # noqa: E402
    HELD_OUT, SEED, Built, Example, Row, _arabizi_lexicon, _examples, _join, _record, arabizi_pairs, load_sources, write_set,
)

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-platforms.jsonl"
REQUESTS = ("Please translate this post", "what does this mean?", "translation please?", "Can someone translate this?",
            "what does it say", "English please")
LEADS = ("it means: ", "Translation: ", "it says ", "roughly: ", "")


def _pick(options: tuple[str, ...], ex: Example, salt: int) -> str:
    return options[(len(ex.arabic[0]) + salt) % len(options)]


def _english(ex: Example, pos: bool) -> str:
    return _join(ex.english) if pos else ex.other[0]


def _youtube_named(ex: Example, pos: bool) -> Built:
    """YouTube: the author answers the asker beside her request (a reply to a reply is one level deep), naming her."""
    arabic, english = _join(ex.arabic), _english(ex, pos)
    rows: list[Row] = [("1", None, "@amir.h", arabic), ("2", "1", "@sarah.k", _pick(REQUESTS, ex, 0)), ("3", "1", "@amir.h", f"@sarah.k {english}")]
    return rows, "1", arabic, "3", english if pos else None


def _youtube_own(ex: Example, pos: bool) -> Built:
    """YouTube: the author answers under his own comment, after the request beside it, naming no one."""
    arabic, english = _join(ex.arabic), _english(ex, pos)
    rows: list[Row] = [("1", None, "@amir.h", arabic), ("2", "1", "@sarah.k", _pick(REQUESTS, ex, 1)),
                       ("3", "1", "@lina", ex.unrelated), ("4", "1", "@amir.h", english)]
    return rows, "1", arabic, "4", english if pos else None


def _youtube_third(ex: Example, pos: bool) -> Built:
    """YouTube: someone else answers the asker beside her request, naming her, with or without a lead-in."""
    arabic, english = _join(ex.arabic), _english(ex, pos)
    lead = _pick(LEADS, ex, 2) if pos else ""
    rows: list[Row] = [("1", None, "@amir.h", arabic), ("2", "1", "@sarah.k", _pick(REQUESTS, ex, 2)), ("3", "1", "@omar", f"@sarah.k {lead}{english}")]
    return rows, "1", arabic, "3", english if pos else None


def _x_chain(ex: Example, pos: bool) -> Built:
    """X: a reply chain, each reply opening with the names it answers (the author's answer names both)."""
    arabic, english = _join(ex.arabic), _english(ex, pos)
    rows: list[Row] = [("1", None, "amir", arabic), ("2", "1", "sarah", f"@amir {_pick(REQUESTS, ex, 3)}"), ("3", "2", "amir", f"@sarah @amir {english}")]
    return rows, "1", arabic, "3", english if pos else None


def _x_third(ex: Example, pos: bool) -> Built:
    """X: someone else answers the asker, naming both, with a lead-in when translating."""
    arabic, english = _join(ex.arabic), _english(ex, pos)
    lead = _pick(LEADS[:4], ex, 4) if pos else ""
    rows: list[Row] = [("1", None, "amir", arabic), ("2", "1", "sarah", f"@amir {_pick(REQUESTS, ex, 4)}"), ("3", "2", "omar", f"@sarah @amir {lead}{english}")]
    return rows, "1", arabic, "3", english if pos else None


def _shouted(ex: Example, pos: bool) -> Built:
    """The author answers the request in capitals."""
    arabic, english = _join(ex.arabic), _english(ex, pos).upper()
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", _pick(REQUESTS, ex, 5)), ("3", "2", "A", english)]
    return rows, "1", arabic, "3", english if pos else None


def _telegram(ex: Example, pos: bool) -> Built:
    """Telegram: a channel post in a discussion group, a request, and an answer that names the asker by @handle."""
    arabic, english = _join(ex.arabic), _english(ex, pos)
    lead = _pick(LEADS, ex, 6) if pos else ""
    rows: list[Row] = [("2", None, "Levant News", arabic), ("3", "2", "Sarah K", _pick(REQUESTS, ex, 6)), ("4", "3", "Omar", f"@sarah_k {lead}{english}")]
    return rows, "2", arabic, "4", english if pos else None


SHAPES: dict[str, tuple[Callable[[Example, bool], Built], int]] = {
    "youtube-named": (_youtube_named, 1), "youtube-own": (_youtube_own, 1), "youtube-third": (_youtube_third, 1),
    "x-chain": (_x_chain, 1), "x-third": (_x_third, 1), "shouted": (_shouted, 1), "telegram": (_telegram, 1),
}


def build(per_shape: int = 16) -> list[dict[str, object]]:
    """For every shape and data set, ``per_shape`` tuned positives and as many negatives, and a quarter as many held out."""
    sources = load_sources()
    latin = arabizi_pairs(_arabizi_lexicon())
    if latin:
        sources["ArzEn-ST in Arabizi"] = latin
    out: list[dict[str, object]] = []
    for source, pairs in sources.items():
        random.Random(SEED).shuffle(pairs)
        cut = int(len(pairs) * (1 - HELD_OUT))
        pools = {"tuned": pairs[:cut], "held-out": pairs[cut:]}
        for shape, (make, sentences) in SHAPES.items():
            draw = random.Random(f"{SEED}/platforms/{source}/{shape}")
            for split, pool in pools.items():
                count = per_shape if split == "tuned" else max(1, round(per_shape * HELD_OUT / (1 - HELD_OUT)))
                for k, ex in enumerate(_examples(pool, sentences, count, draw)):
                    for pos in (True, False):
                        out.append(_record(f"{source}/{shape}/{split}/{k}/{'pos' if pos else 'neg'}", shape, pos, split, source, make(ex, pos)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-shape", type=int, default=16, help="tuned positives per shape and data set (default 16)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    return write_set(build(args.per_shape), args.out)


if __name__ == "__main__":
    raise SystemExit(main())
