"""bench/pairing_reworded.py: the variants keep the gold span's text at the offsets they record, each family gives one,
and only tuned positive threads with the translation in a comment of its own, holding no Arabic, are reworded."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import pairing_reworded as rw  # noqa: E402

ENGLISH = "What if I'm right?"
RECORD = {
    "id": "t/0", "split": "tuned", "kind": "pos", "shape": "s",
    "comments": [["1", None, "a", "ماذا إذا كنت على حق؟"], ["2", "1", "b", "facts."],
                 ["3", "1", "c", f"she's saying: {ENGLISH} (my own translation)"]],
    "items": [{"arabic": ["1", 0, 20], "expected": ["3", 14, 14 + len(ENGLISH)], "continued": []}],
}


def test_every_variant_keeps_the_gold_text_at_its_new_offsets():
    variants = rw.variants(RECORD, random.Random(1))
    assert {v.family for v in variants} == {"(as is)", "(no lead)", *rw.LEADS, *rw.TAILS}
    for v in variants:
        cid, a, b = v.item["expected"]
        text = next(t for c, _, _, t in v.record["comments"] if c == cid)
        want = ENGLISH[:1].lower() + ENGLISH[1:] if (v.family, v.mode) == ("run-in", "replace") else ENGLISH
        assert text[a:b] == want, v
        assert v.record["comments"][0] == RECORD["comments"][0]  # the Arabic is left as it is
    prefixed = [v for v in variants if v.mode == "prefix"]
    assert prefixed and all("she's saying: " in v.record["comments"][2][3] for v in prefixed)


def test_only_tuned_positives_with_the_translation_apart_are_eligible():
    assert rw.eligible(RECORD)
    assert not rw.eligible({**RECORD, "split": "held-out"}) and not rw.eligible({**RECORD, "kind": "neg"})
    same = {**RECORD, "items": [{"arabic": ["3", 0, 5], "expected": ["3", 14, 20], "continued": []}]}
    assert not rw.eligible(same)
