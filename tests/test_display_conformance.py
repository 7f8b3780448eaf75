"""Display conformance on real data: the Unicode bidi test files and arabic-reshaper's own cases.

Skipped when ``../shared/data`` is absent. BidiCharacterTest runs in full; BidiTest (770,000 cases)
runs on every 32nd data line in the default run, every 4th in the slow pass, in full in ``bench/bench_display.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from bilingual.display import bidi as display_bidi
from bilingual.display import display_width, mirror_pairs, reorder, shape

# Representative characters for the bidi classes of BidiTest.txt. ON is "<": mirrored but not a
# paired bracket, so the file's no-bracket assumption holds and mirroring (L4) is exercised too.
CLASS_CHARS = {
    "L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "ES": "+", "ET": "$", "AN": "\u0660", "CS": ",",
    "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ", "ON": "<",
    "LRE": "\u202a", "LRO": "\u202d", "RLE": "\u202b", "RLO": "\u202e", "PDF": "\u202c",
    "LRI": "\u2066", "RLI": "\u2067", "FSI": "\u2068", "PDI": "\u2069",
}
#: Every 32nd data line of BidiTest.txt in the default run, every 4th in the slow pass (all in the bench).
BIDI_TEST_STRIDE = 64
BIDI_TEST_SLOW_STRIDE = 4


def read_mirroring(path: Path) -> dict[str, str]:
    """BidiMirroring.txt as a dict."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        data = line.split("#", 1)[0].strip()
        if data:
            a, b = data.split(";")
            pairs[chr(int(a, 16))] = chr(int(b, 16))
    return pairs


def expected_visual(text: str, levels: list[str], order: list[int], mirrors: dict[str, str]) -> str:
    """The visual string a test line's order describes, with rule L4 applied by its levels."""
    return "".join(mirrors.get(text[i], text[i]) if int(levels[i]) & 1 else text[i] for i in order)


def check(text: str, base: int | None, para: int, levels: list[str], order: list[int], mirrors: dict[str, str]) -> bool:
    """Our reordering of one test case against the expected levels, order and mirrored text."""
    r = reorder(text, base, marks_after_base=False)  # the files leave rule L3 out
    kept = [v for v, i in enumerate(r.order) if levels[i] != "x"]
    return (
        r.base == para
        and all(e == "x" or int(e) == got for e, got in zip(levels, r.levels))
        and [r.order[v] for v in kept] == order
        and "".join(r.text[v] for v in kept) == expected_visual(text, levels, order, mirrors)
    )


def test_mirror_table_is_bidimirroring(shared_data):
    assert mirror_pairs() == read_mirroring(shared_data / "unicode" / "BidiMirroring.txt")


@pytest.mark.slow
def test_bidi_character_test_passes_in_full_with_mirroring(shared_data):
    mirrors = read_mirroring(shared_data / "unicode" / "BidiMirroring.txt")
    total = passed = probed = 0
    for line in (shared_data / "unicode" / "BidiCharacterTest.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        codes, direction, para, levels, order = line.split(";")
        text = "".join(chr(int(c, 16)) for c in codes.split())
        base = (0, 1, None)[int(direction)]
        total += 1
        passed += check(text, base, int(para), levels.split(), [int(i) for i in order.split()], mirrors)
        if total % 16 == 0:  # render's get_display-and-probes path gives the same text
            assert display_bidi.visual_text(text, int(para)) == reorder(text, int(para)).text, line
            probed += 1
    assert total > 90_000 and probed > 5_000
    assert passed == total, f"{passed}/{total}"


def bidi_test_cases(path: Path, stride: int = 1) -> Iterator[tuple[str, int | None, int, list[str], list[int]]]:
    """``(text, base, paragraph level, levels, order)`` of every ``stride``-th data line of BidiTest.txt,
    each class stood for by a character of :data:`CLASS_CHARS`, one case per paragraph direction it names."""
    levels: list[str] = []
    order: list[int] = []
    data_lines = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("@Levels:"):
            levels = line.split(":", 1)[1].split()
        elif line.startswith("@Reorder:"):
            order = [int(i) for i in line.split(":", 1)[1].split()]
        elif not line.startswith("@"):
            data_lines += 1
            if data_lines % stride:
                continue
            classes, bitset = line.split(";")
            text = "".join(CLASS_CHARS[c] for c in classes.split())
            for bit, base in ((1, None), (2, 0), (4, 1)):
                if int(bitset, 16) & bit:
                    yield text, base, display_bidi.paragraph_level(text) if base is None else base, levels, order


def bidi_test_pass_rate(path: Path, stride: int) -> tuple[int, int]:
    """``(passed, total)`` over every ``stride``-th data line of BidiTest.txt."""
    mirrors = {"<": ">"}
    total = passed = 0
    for text, base, para, levels, order in bidi_test_cases(path, stride):
        total += 1
        passed += check(text, base, para, levels, order, mirrors)
    return passed, total


@pytest.mark.slow  # the larger sample below is slow too: the terminal and display tests cover bidi in the default run
def test_bidi_test_sample_passes(shared_data):
    passed, total = bidi_test_pass_rate(shared_data / "unicode" / "BidiTest.txt", BIDI_TEST_STRIDE)
    assert total > 10_000
    assert passed / total >= 0.998, f"{passed}/{total}"


@pytest.mark.slow
def test_bidi_test_larger_sample_passes(shared_data):
    passed, total = bidi_test_pass_rate(shared_data / "unicode" / "BidiTest.txt", BIDI_TEST_SLOW_STRIDE)
    assert total > 160_000
    assert passed / total >= 0.998, f"{passed}/{total}"


def test_rtl_pattern_covers_derived_bidi_class(shared_data):
    """Every code point of class R, AL or AN in Unicode 15.0 (listed, or unlisted in an R/AL block) is right-to-left."""
    rtl = {"R", "AL", "AN", "Right_To_Left", "Arabic_Letter"}
    listed: dict[int, str] = {}
    defaults: list[range] = []
    for line in (shared_data / "unicode" / "extracted" / "DerivedBidiClass.txt").read_text(encoding="utf-8").splitlines():
        missing = line.startswith("# @missing:")
        data = line[len("# @missing:") :] if missing else line.split("#", 1)[0]
        if ";" not in data:
            continue
        codes, cls = (f.strip() for f in data.split(";"))
        first, _, last = codes.partition("..")
        span = range(int(first, 16), int(last or first, 16) + 1)
        if missing and cls in rtl:
            defaults.append(span)
        elif not missing:
            listed.update(dict.fromkeys(span, cls))
    codes = [c for c, cls in listed.items() if cls in rtl]
    codes += [c for span in defaults for c in span if c not in listed]
    assert len(codes) > 5_000
    for code in codes:
        assert display_bidi.RTL.match(chr(code)), hex(code)


def test_arabic_reshaper_cases_pass_through_our_wrapper(shared_data):
    cases = json.loads((shared_data / "peer-tests" / "arabic_reshaper_test_cases.json").read_text(encoding="utf-8"))
    assert len(cases) == 69
    for case in cases:
        config = case["config_overrides_vs_default"]
        assert shape(case["input"], pad=False, config=config) == case["expected"], case["case"]
        # Padded, each ligature gives back the cells it saved: one cell per letter kept (arabic-reshaper
        # drops ZWJ, and tatweel when configured to).
        padded = shape(case["input"], config=config)
        kept = case["input"].replace("\u200d", "")
        if config.get("delete_tatweel") == "True":
            kept = kept.replace("\u0640", "")
        assert display_width(padded) == display_width(kept), case["case"]
        assert padded.replace(" ", "") == case["expected"].replace(" ", "")
