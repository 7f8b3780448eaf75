"""The same pairs whatever the process did before and however many jobs did the work (README: "the output is the
same with any number of jobs"): a pair's evidence is listed in one order whatever the last bits of its shares, the
English two passages claim goes to the same one whichever was settled first, and a process that loaded numpy and
aligned a large table first writes the report a fresh one writes."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bilingual.pairing import find, pairs
from bilingual.threads import read

# A prayer, a request, and its author's translation (the shape of seed 000's thread), as JSONL rows.
_ROWS = [
    {"id": "1", "parent": None, "author": "omar_k", "text": "اللهم احفظ مصر وأهلها من كل سوء، وارزقنا الأمن والسلام في عام 2024."},
    {"id": "2", "parent": "1", "author": "jess_w", "text": "Beautiful. Could you translate it please?"},
    {"id": "3", "parent": "2", "author": "omar_k", "text": "O God, protect Egypt and its people from all harm, and grant us safety and peace in 2024."},
]


def _thread_file(tmp_path: Path, rows: list[dict[str, str | None]]) -> Path:
    path = tmp_path / "thread.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[find._Scored]:
    """The accepted candidates of :data:`_ROWS`' thread with their shares, as pairing words them."""
    seen: list[find._Scored] = []
    words = find._evidence_words

    def spy(scored: find._Scored) -> tuple[str, ...]:
        if scored.shares is not None:
            seen.append(dataclasses.replace(scored, shares=dict(scored.shares)))
        return words(scored)

    monkeypatch.setattr(find, "_evidence_words", spy)
    found = pairs(read(_thread_file(tmp_path, _ROWS)))
    assert found[0].translation is not None and found[0].translation.comment == "3"
    return seen


def test_evidence_is_listed_in_one_order_whatever_the_last_bits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two kinds of evidence that gave the same share but for a unit in the last place (a sum taken in another order:
    # numpy's or another process's arithmetic) were listed one way or the other.
    scored = _accepted(tmp_path, monkeypatch)[0]
    assert scored.shares is not None
    listed = [key for key, _ in find._PHRASES.items() if scored.shares.get(key, 0.0) > 0.3]
    assert len(listed) >= 2, scored.shares
    a, b = listed[0], listed[1]
    orders = set()
    for step in (-2, -1, 0, 1, 2):
        shares = dict(scored.shares)
        value = shares[b] = max(shares[a], shares[b])
        shares[a] = value + step * math.ulp(value)
        orders.add(find._evidence_words(dataclasses.replace(scored, shares=shares)))
    assert len(orders) == 1, orders
    order = orders.pop()
    assert order.index(find._PHRASES[a]) < order.index(find._PHRASES[b])  # equal shares in the fixed order


def test_english_two_passages_claim_goes_to_the_first_whichever_was_settled_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Forked workers settle the passages in another order than one process (copies of one Arabic together): of two
    # passages given the same English with the same evidence, the one settled first kept it.
    scored = _accepted(tmp_path, monkeypatch)[0]
    other = dataclasses.replace(scored)
    related = find._Related(["اللهم احفظ مصر", "ربنا يحفظ مصر"])  # two passages, no copies of each other
    for chosen in ({0: scored, 1: other}, {1: other, 0: scored}):
        assert find._contested(chosen, related) == {1: 0}


# A song of twenty lines translated line by line under a request: its pair's alignment is a table past the plain ones
# (:data:`bilingual.align.dp._PLAIN_CELLS`), which the aligner scores with numpy.
_SONG = [
    ("يا ليل يا عين.", "Oh night, oh eye."), ("زرت القاهرة مع أخي سامي.", "I visited Cairo with my brother Sami."),
    ("شربنا الشاي على النيل.", "We drank tea on the Nile."), ("ذهبنا إلى الأهرامات.", "We went to the pyramids."),
    ("أكلنا الكشري في وسط البلد.", "We ate koshary downtown."), ("في المساء جلسنا في المقهى.", "In the evening we sat in the cafe."),
    ("تكلمنا عن أمي وأبي.", "We talked about my mother and father."), ("تذكرنا أيام المدرسة.", "We remembered our school days."),
    ("رجعنا إلى البيت متأخرين.", "We went back home late."), ("نمنا حتى الظهر.", "We slept until noon."),
    ("في اليوم التالي سافرنا إلى الإسكندرية.", "The next day we traveled to Alexandria."), ("مشينا على الكورنيش.", "We walked on the corniche."),
    ("أكلنا السمك.", "We ate fish."), ("رجعنا إلى القاهرة بالقطار.", "We went back to Cairo by train."),
    ("كانت رحلة جميلة.", "It was a beautiful trip."), ("لن أنساها أبدا.", "I will never forget it."), ("شكرا يا سامي.", "Thank you, Sami."),
    ("أحبك يا أخي.", "I love you, brother."), ("إلى اللقاء في العام القادم.", "See you next year."), ("إن شاء الله.", "God willing."),
]
_SONG_ROWS = [
    {"id": "1", "parent": None, "author": "layla_m", "text": "\n".join(ar for ar, _ in _SONG)},
    {"id": "2", "parent": "1", "author": "dan_r", "text": "What does it say? English please"},
    {"id": "3", "parent": "2", "author": "layla_m", "text": "\n".join(en for _, en in _SONG)},
]

# The command in a process that loaded numpy and aligned a table of 41 x 45 cells first (``warm``), or in a fresh one;
# whether numpy was loaded at its end on stderr's last line.
_RUN = r"""
import runpy, sys
if sys.argv[1] == "warm":
    import numpy  # noqa: F401
    from bilingual.align import align
    align([f"طالما أننا نعيش {n}، علينا أن نعمل في لبنان." for n in range(40)],
          [f"As long as we live {n}, we have to work in Lebanon." for n in range(44)])
sys.argv = ["bilingual", *sys.argv[2:]]
try:
    runpy.run_module("bilingual", run_name="__main__")
finally:
    print("numpy" in sys.modules, file=sys.stderr)
"""


def test_a_process_that_loaded_numpy_and_aligned_a_large_table_writes_the_same_report(tmp_path: Path) -> None:
    path = _thread_file(tmp_path, _SONG_ROWS)
    args = ["report", str(path), "--no-mt", "-f", "json", "-o", "-"]
    fresh, warmed = (subprocess.run([sys.executable, "-c", _RUN, how, *args], capture_output=True, text=True) for how in ("fresh", "warm"))
    assert fresh.returncode == warmed.returncode == 0, fresh.stderr + warmed.stderr
    assert fresh.stderr.split()[-1] == "True"  # the fresh process reached the aligner's numpy table too
    assert warmed.stdout == fresh.stdout
    assert json.loads(fresh.stdout)["passages"][0]["translation"]["comment"] == "3"
