"""Normalization: folds and profiles on real text, offset maps, Persian/Urdu protection, un-baking,
and agreement with CAMeL Tools and PyArabic on their own outputs (``../shared/data/peer-tests``)."""

from __future__ import annotations

import csv
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from bilingual.normalize import normalize
from bilingual.normalize import (
    FOLDS, PROFILES, Normalized, Normalizer, looks_baked, resolve, run_language, squeeze_repetition, unbake,
)
from bilingual.text.language import _word_evidence
from bilingual.text.script import _run_re, arabic_runs

from conftest import SEED000, SHARED_DATA

PEER = SHARED_DATA / "peer-tests"
ORACLE = PEER / "camel_tools_utils_oracle.tsv"
TATOEBA = SHARED_DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara"
TICO = SHARED_DATA / "mt" / "tico19" / "tico19-test.ar"
ARABIC_SCRIPT = regex.compile(r"\p{scx=Arab}")
HARAKAT = regex.compile("[\u064b-\u0652\u0670]")

# Characters the properties mix into arbitrary Unicode: bidi controls, ZWJ/ZWNJ and joiners, marks
# (lone or not), letters each fold is about, Persian and Urdu letters, digits, Arabic punctuation,
# presentation forms (ligatures, isolated harakat), emoji with ZWJ sequences and modifiers.
CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200d\u200c\u2060\ufeff\u00ad\u200b"
MARKS = "\u0640\u064b\u064e\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u06d6\u0300\u0301"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱؤئىة"
PERSIAN = "یکگپچژۀ"
URDU = "ٹڈڑںھہےۓ"
SIGNS = "٠١٩۰۹٫٬٪،؛؟"
FORMS = "ﻻﻷﺍﺏﺑﺒﺐﻰﷲ﷼﷽ﹰﹱﹲﹷﹼﳙﱞﱝﻼﻹ"
OTHER = " \n\t.!?-😀👍🏽👨\u200d👩\u200d👧中文Latinée\u0301"
SPECIAL = CONTROLS + MARKS + ARABIC + PERSIAN + URDU + SIGNS + FORMS + OTHER

any_char = st.one_of(st.sampled_from(SPECIAL), st.characters(blacklist_categories=("Cs",)))
any_text = st.text(any_char, max_size=40)
#: Runs of one character (elongation, laughter, a run of lam before a lam-alef ligature) mixed in.
runs_text = st.lists(st.tuples(st.one_of(any_char, st.sampled_from("لهيﻻﻷﻼ\u0640\u064e\u0651")),
                               st.sampled_from([1, 1, 1, 2, 3, 4, 6])), max_size=12).map(
    lambda parts: "".join(c * k for c, k in parts))
arabic_text = st.text(st.sampled_from(ARABIC + MARKS[:-2] + SIGNS[:-1] + FORMS + " .\u200d\u200f"), max_size=30)
MODES = [(name, mode) for name, fold in FOLDS.items() for mode in fold.modes]
#: The normalizer's properties: 50 examples each in the default run (under a minute for the whole suite), the
#: thorough profile's 1,000 in CI's second pass over these files.
PROPERTY = settings(deadline=None, suppress_health_check=list(HealthCheck), 
                    max_examples=settings.default.max_examples if settings.default.max_examples > 100 else 25)


def need(path: Path) -> Path:
    """``path``, or skip the test when the shared data is absent."""
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return path


def check_offsets(original: str, n: Normalized) -> None:
    """The offset map is exact and monotonic both ways, and everything it does not keep is a change."""
    changed = [(c.start, c.end) for c in n.changes]

    def explained(i: int) -> bool:
        return any(a <= i < b for a, b in changed)

    covered: set[int] = set()
    prev = (0, 0)
    for p in range(len(n.text)):
        a, b = n.to_original(p, p + 1)
        assert a < b and a >= prev[0] and b >= prev[1], (p, prev, (a, b))
        prev = (a, b)
        s, e = n.to_normalized(a, b)
        assert s <= p < e  # the original span maps back over the character
        # A character kept as it was maps to itself (plus the deleted characters after it); any
        # other mapping is explained by changes.
        rest = range(a + 1, b) if original[a] == n.text[p] else range(a, b)
        assert all(explained(i) for i in rest), (p, a, b, n.changes)
        covered.update(range(a, b))
    assert all(explained(i) for i in range(len(original)) if i not in covered)
    empty = [n.to_normalized(i, i) for i in range(len(original) + 1)]
    assert all(a == b for a, b in empty), empty  # a place between two characters stays a place
    starts = [a for a, _ in empty]
    assert starts == sorted(starts) and starts[-1] == len(n.text)
    back = [n.to_original(i, i)[0] for i in range(len(n.text) + 1)]
    assert back == sorted(back) and back[0] >= 0 and back[-1] <= len(original)


# ---------------------------------------------------------------------------------------------
# Folds and profiles on real text.


def test_issue_examples() -> None:
    mt = normalize("إخاء مورىتانيا على جمييييل ههههه")
    assert mt.text == "إخاء موريتانيا على جميل هه"  # ى inside a word only; alef kept
    assert mt.summary == {"maksura": 1, "repetition": 2}
    squeezes = [c for c in mt.changes if c.fold == "repetition"]
    assert [(c.before, c.after) for c in squeezes] == [("يييي", "ي"), ("ههههه", "هه")]
    search = normalize("إخاء مورىتانيا على مدرسة مسؤول سائل ﻷن", profile="search")
    assert search.text == "اخاء موريتانيا علي مدرسه مسوول سايل لان"
    assert normalize("أؤئ", profile="none", hamza="hamza").text == "ءءء"
    assert normalize("٢٠٢٦، نعم؟", profile="search").text == "2026, نعم?"
    assert normalize("٢٠٢٦، نعم؟", profile="mt").text == "2026، نعم؟"
    assert normalize("\u200fمرحبا\u200e", profile="display").text == "مرحبا"


def test_an_empty_span_maps_to_an_empty_span() -> None:
    """Library sweep: ``to_normalized(3, 3)`` inside a squeezed run (جمييييل) was ``(2, 3)``, a character,
    where ``to_original`` of an empty span inside a ligature's letters is empty; a cursor or a highlight's
    edge is a place between characters both ways."""
    for text in ("جمييييل", "ﻻ", "ﷲ x", "مرحباَ"):
        n = normalize(text)
        check_offsets(text, n)
    n = normalize("جمييييل")
    assert [n.to_normalized(i, i) for i in range(8)] == [(0, 0), (1, 1), (2, 2), (2, 2), (2, 2), (2, 2), (3, 3), (4, 4)]


def test_changes_chain_per_place() -> None:
    n = normalize("ﻷن", profile="search")
    assert [(c.fold, c.start, c.end, c.before, c.after) for c in n.changes] == [
        ("presentation_forms", 0, 1, "ﻷ", "لأ"), ("alef", 0, 1, "لأ", "لا")]
    assert n.to_original(0, 2) == (0, 1) and n.to_normalized(0, 1) == (0, 2)


def test_seed_prayer(seed000) -> None:
    prayer = next(c.text for c in seed000 if "بلّغنا" in c.text)
    n = normalize(prayer, profile="mt")
    assert "بلغنا" in n.text and "حرية" in n.text and "موريتانيا" in n.text
    assert not HARAKAT.search(n.text)
    assert n.summary["shadda"] == prayer.count("\u0651") and n.summary["maksura"] == 1
    for word, typed in (("بلغنا", "بلّغنا"), ("حرية", "حُريّة"), ("موريتانيا", "مورىتانيا")):
        s = n.text.index(word)
        a, b = n.to_original(s, s + len(word))
        assert prayer[a:b] == typed
    assert [ln for ln in n.text.splitlines() if not ARABIC_SCRIPT.search(ln)] == [
        ln for ln in prayer.splitlines() if not ARABIC_SCRIPT.search(ln)]


def test_seed_english_comments_unchanged(seed000) -> None:
    english = [c.text for c in seed000 if not ARABIC_SCRIPT.search(c.text)]
    assert english
    for text in english:
        n = normalize(text, profile="search")
        assert n.text == text and n.changes == []


def test_whole_seed_file() -> None:
    text = SEED000.read_text(encoding="utf-8")
    n = normalize(text, profile="search")
    assert n.text == normalize(text, profile="search", track_offsets=False).text
    for c in n.changes:
        assert c.fold != "repetition" or c.before in n._folded  # squeezes are recorded on folded text
        assert ARABIC_SCRIPT.search(text[c.start:c.end])


@lru_cache(maxsize=None)
def _lines(path: Path) -> tuple[str, ...]:
    return tuple(line.rstrip("\n") for line in need(path).open(encoding="utf-8"))


@pytest.mark.parametrize("path", [TATOEBA, TICO], ids=["tatoeba", "tico19"])
@pytest.mark.parametrize("profile", ["display", "mt", "search"])
def test_real_lines(path: Path, profile: str) -> None:
    lines = _lines(path)
    for line in lines[::25]:
        n = normalize(line, profile=profile)
        assert n.text == normalize(line, profile=profile, track_offsets=False).text
        check_offsets(line, n)
        if profile != "display":
            assert not HARAKAT.search(n.text)
        else:
            assert n.text == unicodedata.normalize("NFC", line) or n.changes


# ---------------------------------------------------------------------------------------------
# Repetition: only what cannot be a word is squeezed (issue 16).


@pytest.mark.parametrize("typed, expected", [
    ("تتتبع", "تتتبع"),  # a real word with three teh: kept
    ("مممثل", "مممثل"),  # مثل and ممثل are both words: which one was meant is unknowable, kept
    ("همممم", "همم"),  # "hmmmm" -> "hmm", never هم "they"
    ("جمييييل", "جميل"),  # elongation
    ("هههههه", "هه"),  # laughter keeps two heh
    ("اللللله", "الله"),  # the article's lam twice
    ("شكراااااا", "شكرا"),
    ("ممممتاز", "ممتاز"),  # two mim make the word
])
def test_repetition_squeezes_only_non_words(typed: str, expected: str) -> None:
    for profile in ("mt", "search"):
        text = f"قال {typed} اليوم"
        n = normalize(text, profile=profile)
        assert n.text.split()[1] == (expected if profile == "mt" else normalize(expected, "search").text)
        assert n.text == resolve(profile).text(text)
        check_offsets(text, n)
    assert squeeze_repetition(typed) == expected


def test_repetition_reads_the_shipped_word_list_not_wordfreq() -> None:
    """Library sweep: the first squeeze imported wordfreq and built its Arabic dictionaries (0.35 s of CPU,
    RSS 19.6 -> 134.4 MB for the life of the process); the words it needs ship with the package."""
    import subprocess
    import sys

    code = ("import sys\nfrom bilingual import normalize\n"
            "print(normalize('جمييييل تتتبع همممم').text, 'wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["جميل", "تتتبع", "همم", "False"], out.stderr


@pytest.mark.slow
def test_shipped_word_list_is_wordfreqs() -> None:
    """``normalize_words_ar.bin`` gives wordfreq's Arabic dictionary from Zipf 3 on, frequencies and order
    included, and is the file ``scripts/build_normalize_words.py`` writes (rerun it when wordfreq changes)."""
    import importlib.util

    from wordfreq import get_frequency_dict

    from bilingual.normalize.folds import WORD_FREQUENCY, WORDS_FILE, arabic_frequencies, encode_buckets

    expected = {w: f for w, f in get_frequency_dict("ar").items() if f >= WORD_FREQUENCY}
    shipped = arabic_frequencies()
    assert shipped == expected and list(shipped) == list(expected)
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_normalize_words", root / "scripts" / "build_normalize_words.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert encode_buckets(build.buckets()) == (root / "bilingual" / WORDS_FILE).read_bytes()


def test_repetition_change_keeps_the_run() -> None:
    n = normalize("رائع جدددددا", profile="mt")
    assert n.text == "رائع جدا"
    (change,) = n.changes
    assert change == ("repetition", 6, 11, "ددددد", "د")
    assert n.to_original(6, 7) == (6, 11)


# ---------------------------------------------------------------------------------------------
# The resolved normalizer: settings merged once, then only the work on the text.


def test_resolve_is_cached_and_equivalent() -> None:
    mt = resolve("mt")
    assert mt is resolve("mt") and isinstance(mt, Normalizer)
    assert resolve("mt", alef=True) is resolve("mt", alef=True)
    text = "إخاء مورىتانيا على جمييييل ههههه\nقرأ الطالب ﻷن"
    assert mt(text).text == mt.text(text) == normalize(text).text
    assert dict(resolve("mt", alef=True).settings)["alef"] is True
    with pytest.raises(ValueError):
        resolve("loud")
    with pytest.raises(TypeError):
        resolve("mt", colour=True)
    with pytest.raises(ValueError):
        resolve("mt", hamza="sideways")
    with pytest.raises(TypeError):
        mt.text(b"bytes")  # type: ignore[arg-type]


@PROPERTY
@given(st.lists(any_text, min_size=1, max_size=4), st.sampled_from(list(PROFILES)))
def test_lines_are_independent(lines: list[str], profile: str) -> None:
    """Folds never reach past a line break: each line may take the plain or the general path."""
    lines = [ln.replace("\n", "") for ln in lines]
    whole = "\n".join(lines)
    assert resolve(profile).text(whole) == "\n".join(resolve(profile).text(ln) for ln in lines)


@PROPERTY
@given(any_text, st.integers(0, 40), st.integers(0, 40))
def test_arabic_runs_as_the_pattern_defines_them(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert list(arabic_runs(text, a, b)) == [m.span() for m in _run_re().finditer(text, a, b)]


# ---------------------------------------------------------------------------------------------
# Hostile input: time linear in the size (issue 19).

HOSTILE = {
    "zwnj": "\u200c" * 16000,  # was 3.4 s: every position tried as a run start
    "zwnj between letters": "ب\u200c" * 8000,
    "bidi marks then a letter": "\u200f" * 16000 + "ب",
    "marks": "ب" + "\u064e\u0651" * 8000,
    "tatweel": "ب" + "\u0640" * 16000,
    "presentation forms": "ﻻﺑ" * 8000,
    "one letter": "ب" * 16000,
    "persian words": "ی\u200cب " * 4000,
}


def _cpu(text: str) -> float:
    import time

    start = time.process_time()
    for profile in ("display", "mt", "search"):
        n = normalize(text, profile=profile)
        n.to_original(0, len(n.text))
        resolve(profile).text(text)
    return time.process_time() - start


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_fast(name: str) -> None:
    text = HOSTILE[name]
    assert _cpu(text) < 2.0
    n = normalize(text, profile="search")
    check_offsets(text[:300], normalize(text[:300], profile="search"))
    assert len(n.text) <= len(text) * 2


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_linear(name: str) -> None:
    import statistics

    small, big = HOSTILE[name] * 2, HOSTILE[name] * 8
    growth = statistics.median(_cpu(big) / max(_cpu(small), 1e-3) for _ in range(3))
    assert growth < 4 * 2.5, growth  # two doublings, at most 2.5x each


# ---------------------------------------------------------------------------------------------
# Properties.


@PROPERTY
@given(any_text, st.sampled_from(list(PROFILES)))
def test_offsets_exact_and_monotonic(text: str, profile: str) -> None:
    n = normalize(text, profile=profile)
    assert n.text == normalize(text, profile=profile, track_offsets=False).text
    check_offsets(text, n)


FOLD_ORDER = {name: i for i, name in enumerate(FOLDS)}


def places(original: str, n: Normalized) -> list[tuple[int, int, str]]:
    """Each place the changes name (overlapping records merged): original ``[start, end)`` and what the
    last fold over the whole of it wrote there."""
    merged: list[tuple[int, int, list]] = []
    for c in sorted(n.changes, key=lambda c: (c.start, FOLD_ORDER[c.fold])):
        if merged and (c.start < merged[-1][1] or c.start == merged[-1][0] == merged[-1][1]):
            s, e, cs = merged[-1]
            merged[-1] = (s, max(e, c.end), cs + [c])
        else:
            merged.append((c.start, c.end, [c]))
    out = []
    for s, e, cs in merged:
        whole = [c for c in cs if (c.start, c.end) == (s, e)]
        assert whole, cs
        out.append((s, e, max(whole, key=lambda c: FOLD_ORDER[c.fold]).after))
    return out


@PROPERTY
@given(st.one_of(any_text, runs_text), st.sampled_from(list(PROFILES)))
@example("لللﻻ", "mt")  # a squeeze that cuts through an expansion takes the whole ligature
@example("ﷲهههه", "mt")  # one that starts inside one (ﷲ -> الله)
@example("ب\u0651\u064e", "display")  # marks put in canonical order map to the pair as a whole
def test_changes_rebuild_the_text_and_the_map_keeps_them_whole(text: str, profile: str) -> None:
    """The change records alone rebuild the normalized text, and the offset map takes each change as
    one piece: every character it wrote maps back to the whole of what it replaced (the checks above
    held with a squeeze's widening over a ligature, or the reordered-marks atom, taken out)."""
    n = normalize(text, profile=profile)
    rebuilt, pos = [], 0
    for s, e, after in places(text, n):
        rebuilt += [text[pos:s], after]
        pos = e
        a, b = n.to_normalized(s, e)
        assert n.text[a:b] == after, (s, e, after, (a, b), n.changes)
        for p in range(a, b):
            x, y = n.to_original(p, p + 1)
            assert x == s and y >= e, ((s, e), p, (x, y), n.changes)
        if after:
            x, y = n.to_original(a, b)
            assert x == s and y >= e and n.to_normalized(x, y) == (a, b), ((s, e), (a, b), (x, y), n.changes)
    assert "".join(rebuilt) + text[pos:] == n.text, (n.text, n.changes)


@PROPERTY
@given(any_text)
def test_non_arabic_text_unchanged(text: str) -> None:
    text = ARABIC_SCRIPT.sub("", text)
    for profile in PROFILES:
        n = normalize(text, profile=profile)
        assert n.text == text and n.changes == []


@PROPERTY
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=20).map(lambda t: ARABIC_SCRIPT.sub("", t)),
       arabic_text, st.sampled_from(list(PROFILES)))
def test_text_around_arabic_unchanged(latin: str, arabic: str, profile: str) -> None:
    assume(not regex.search(r"\p{Cf}", latin))
    text = f"{latin}\n{arabic}\n{latin}"
    out = normalize(text, profile=profile).text
    assert out.startswith(latin + "\n") and out.endswith("\n" + latin)


@PROPERTY
@given(arabic_text, st.sampled_from(MODES))
def test_each_fold_isolated(text: str, fold_mode: tuple[str, object]) -> None:
    name, mode = fold_mode
    n = normalize(text, profile="none", **{name: mode})
    assert set(n.summary) <= {name}
    if name != "controls":  # controls are removed only inside runs (see test_issue_examples)
        assert n.text == FOLDS[name].modes[mode](text)
    check_offsets(text, n)


@PROPERTY
@given(any_text, st.sampled_from(["display", "mt", "search"]), st.sampled_from(list(FOLDS)))
def test_switching_a_fold_off(text: str, profile: str, name: str) -> None:
    n = normalize(text, profile=profile, **{name: False})
    assert name not in n.summary
    assert n.text == normalize(text, profile=profile, track_offsets=False, **{name: False}).text


persian_word = st.text(st.sampled_from("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"), min_size=2, max_size=6)


@PROPERTY
@given(st.lists(st.tuples(persian_word, persian_word), min_size=2, max_size=6))
def test_persian_protected(pairs: list[tuple[str, str]]) -> None:
    text = " ".join(f"{a}\u200c{b}" for a, b in pairs) + " کی"  # words joined with ZWNJ, as Persian writes
    assume(not regex.search(r"(.)\1\1", text))  # squeezing repetition is not a letter fold
    # Random letters can spell common Arabic words (ثم, a word with ال): several of them make the
    # text Arabic typed with ZWNJ, and detect() rightly says so (ثم‌ثم ثم‌ثم کی).
    assume(_word_evidence(text)[0] <= 1)
    assert run_language(text) == "fa"
    n = normalize(f"He wrote: {text} 😀", profile="search")
    assert n.text == f"He wrote: {text} 😀"


@pytest.mark.parametrize("text", [
    "این کتاب‌ها را می‌خواهم، خانه‌ی ما.",  # Persian: ی ک ZWNJ stay (arclean: ی -> ى, ZWNJ -> space)
    "میں نے کتاب پڑھی ہے اور یہ اچھی ہے۔",  # Urdu
])
def test_persian_and_urdu_sentences(text: str) -> None:
    n = normalize(text, profile="search")
    assert n.text == text.replace("،", ",")
    assert set(n.summary) <= {"punctuation"}


def test_arabic_beside_persian_still_folded() -> None:
    n = normalize("این کتاب‌ها.\nإخاء مورىتانيا", profile="search")  # a line break ends a run
    assert n.text == "این کتاب‌ها.\nاخاء موريتانيا"
    assert run_language("سأذهب إلی الشاطئ.") == "ar"  # Arabic typed with a Persian ی (Tatoeba)


# ---------------------------------------------------------------------------------------------
# Un-baking.


def bake(text: str) -> str:
    """What a renderer that cannot shape is fed: reshaped (arabic-reshaper), then reordered (python-bidi)."""
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


word = st.text(st.sampled_from(ARABIC), min_size=1, max_size=8)


@PROPERTY
@given(st.lists(word, min_size=1, max_size=8).map(" ".join), st.sampled_from(["", ".", "!", "؟", "،"]))
def test_unbake_round_trip(text: str, end: str) -> None:
    text += end
    baked = bake(text)
    # Words of letters that never join (ءآ) read the same either way: with no full stop to
    # tell, the order cannot be recovered.
    assume(end or any(" FORM" in unicodedata.name(c) and "ISOLATED" not in unicodedata.name(c) for c in baked))
    assert looks_baked(baked)
    assert unbake(baked) == text


def test_unbake_real_lines() -> None:
    lines = [normalize(ln, profile="none", diacritics=True, shadda=True).text
             for ln in _lines(TATOEBA)[::10] + _lines(TICO)[::10]]
    restored = sum(unbake(bake(ln)) == ln for ln in lines)
    assert restored / len(lines) >= 0.995, restored / len(lines)


def test_unbake_leaves_logical_text() -> None:
    import arabic_reshaper

    shaped = arabic_reshaper.reshape("السلام عليكم يا صديقي")  # presentation forms, logical order
    assert not looks_baked(shaped)
    assert unbake(shaped) == "السلام عليكم يا صديقي"
    plain = "Hello السلام عليكم 😀"
    assert unbake(plain) is plain
    with pytest.raises(ValueError):
        unbake(shaped, base_dir="up")


def test_unbake_mixed_lines() -> None:
    text = "السلام عليكم\nhello world\nكيف حالك؟"
    baked = "\n".join(bake(ln) for ln in text.split("\n"))
    assert unbake(baked) == text


# ---------------------------------------------------------------------------------------------
# Agreement with peers.

#: CAMeL Tools function -> the toggles doing the same on our side. CAMeL's ``dediac_ar`` keeps
#: tatweel; ``normalize_unicode`` is NFKC over everything (we touch Arabic runs only).
CAMEL_FOLDS: dict[str, dict[str, object]] = {
    "normalize_unicode": {"presentation_forms": True, "compose": True},
    "dediac_ar": {"diacritics": True, "shadda": True},
    "normalize_alef_ar": {"alef": True},
    "normalize_alef_maksura_ar": {"maksura": "all"},
    "normalize_teh_marbuta_ar": {"teh_marbuta": True},
}


@lru_cache(maxsize=None)
def _oracle() -> list[dict[str, str]]:
    with need(ORACLE).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_oracle_is_whole() -> None:
    rows = _oracle()
    assert len(rows) == 12398 and sum(r["dediac_ar"] != r["input"] for r in rows) == 4234


@pytest.mark.parametrize("function", list(CAMEL_FOLDS))
def test_camel_tools_agreement(function: str) -> None:
    rows = _oracle()
    differ = [r for r in rows
              if normalize(r["input"], profile="none", track_offsets=False, **CAMEL_FOLDS[function]).text != r[function]]
    assert 1 - len(differ) / len(rows) >= 0.999, [r["input"] for r in differ[:3]]
    if function == "normalize_unicode":  # NFKC outside Arabic (¾ -> 3⁄4, no-break space): not ours
        for r in differ:
            assert unicodedata.normalize("NFKC", normalize(r["input"], profile="display").text) == r[function]


#: PyArabic test vectors whose function is one of our folds: call -> (toggles, kwargs it must have).
PYARABIC_FOLDS: dict[str, tuple[dict[str, object], dict[str, object]]] = {
    "strip_tashkeel": ({"diacritics": True, "shadda": True}, {}),
    "strip_harakat": ({"diacritics": True}, {}),
    "strip_tatweel": ({"tatweel": True}, {}),
    "strip_shadda": ({"shadda": True}, {}),
    "normalize_hamza": ({"hamza": "hamza"}, {}),
    "normalize_hamza tasheel": ({"hamza": "carriers", "alef": True}, {"method": "tasheel"}),
    "normalize_alef": ({"alef": True}, {}),
    "normalize_teh": ({"teh_marbuta": True}, {}),
    "normalize_digits": ({"digits": True}, {"source": "all", "out": "west"}),
}
#: Our deliberate differences from PyArabic (docs/NORMALIZATION.md): input -> what PyArabic gives.
PYARABIC_DIFFERENCES = {
    "بِٱلْهُدَىٰ": "بِالْهُدَا",  # normalize_alef turns ى into ا
    "جاء سؤال الأئمة عن الإسلام آجلا": "جاء سءال الءءمة عن الءسلام ءءجلا",  # آ -> ءء (we: ءا)
}


def _pyarabic_vectors() -> list[tuple[str, dict[str, object], str, str]]:
    """(name, toggles, input, expected) for each PyArabic vector of a function we also have."""
    vectors = json.loads(need(PEER / "pyarabic_test_vectors.json").read_text(encoding="utf-8"))
    out = []
    for v in vectors:
        name = v["call"].rsplit(".", 1)[1]
        for key, (toggles, kwargs) in PYARABIC_FOLDS.items():
            if key.split()[0] == name and v["kwargs"] == kwargs and v["check"] == "eq":
                out.append((key, toggles, v["args"][0], v["expected"]))
    return out


def test_pyarabic_vectors() -> None:
    vectors = _pyarabic_vectors()
    assert len(vectors) == 11
    for name, toggles, text, expected in vectors:
        ours = normalize(text, profile="none", **toggles).text
        if text in PYARABIC_DIFFERENCES and name != "normalize_hamza tasheel":
            assert expected == PYARABIC_DIFFERENCES[text] and ours != expected, name
        else:
            assert ours == expected, (name, text, ours, expected)
    assert normalize("بِٱلْهُدَىٰ", profile="none", alef=True).text == "بِالْهُدَىٰ"
    assert normalize("آجلا", profile="none", hamza="hamza").text == "ءاجلا"


@pytest.mark.parametrize("name", [k for k in PYARABIC_FOLDS if k != "normalize_digits"])
def test_pyarabic_agreement_on_real_lines(name: str) -> None:
    araby = pytest.importorskip("pyarabic.araby")
    toggles, kwargs = PYARABIC_FOLDS[name]
    fn = getattr(araby, name.split()[0])
    # Lines where a documented difference applies: ى for normalize_alef, آ for normalize_hamza.
    exempt = {"normalize_alef": "ى", "normalize_hamza": "آ"}.get(name)
    rows = [r["input"] for r in _oracle() if exempt is None or exempt not in r["input"]]
    same = sum(normalize(t, profile="none", track_offsets=False, **toggles).text == fn(t, **kwargs) for t in rows)
    assert same / len(rows) >= 0.999, same / len(rows)
    assert len(rows) > 2000


# ---------------------------------------------------------------------------------------------
# The command.


def test_cli_normalizes_a_text_file(capsys) -> None:
    from bilingual.cli import main

    assert main(["normalize", str(SEED000), "--profile", "search"]) == 0
    out = capsys.readouterr().out
    original = SEED000.read_text(encoding="utf-8")
    assert out == normalize(original, profile="search").text
    assert "اخاء موريتانيا" in out and "Please translate this post" in out


def test_cli_diff(capsys) -> None:
    from bilingual.cli import main

    assert main(["normalize", str(SEED000), "--diff"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{SEED000}:43:13 shadda: U+0651 ARABIC SHADDA -> (nothing) in «بلّغنا»" in lines
    assert f"{SEED000}:45:83 maksura: «ى» -> «ي» in «مورىتانيا»" in lines
    assert lines[-1] == "12 changes (mt profile): diacritics 3, shadda 6, maksura 3"


def test_cli_jsonl_and_toggles(tmp_path, capsys) -> None:
    from bilingual.cli import main

    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "7", "parent": null, "author": "a", "text": "مدرسة مورىتانيا\u200f ok"}\n', encoding="utf-8")
    assert main(["normalize", str(path), "--set", "teh_marbuta=on", "--set", "controls=off"]) == 0
    assert json.loads(capsys.readouterr().out) == {"comment": "7", "text": "مدرسه موريتانيا\u200f ok"}
    assert main(["normalize", str(path), "--profile", "none", "--set", "maksura=All"]) == 0  # modes in any case
    assert json.loads(capsys.readouterr().out)["text"] == "مدرسة موريتانيا\u200f ok"
    assert main(["normalize", str(path), "--diff", "--profile", "none", "--set", "maksura=all", "--set", "alef=on"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 change (none profile, maksura=all, alef=on): maksura 1"  # the toggles named
    assert main(["normalize", str(path), "--diff", "--profile", "display"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{path} comment 7 1:16 controls: U+200F RIGHT-TO-LEFT MARK -> (nothing) in «مورىتانيا⟨RLM⟩»",
        "1 change (display profile): controls 1",
    ]


@pytest.mark.parametrize("args, message", [
    (["--set", "colour=on"], "bilingual: error: --set: unknown fold 'colour'"),
    (["--set", "hamza=sideways"], "bilingual: error: --set: bad value 'sideways' for fold 'hamza'; choose one of off, carriers, hamza"),
    (["--set", "alef=maybe"], "bilingual: error: --set: bad value 'maybe' for fold 'alef'; choose one of off, on"),
    (["--set", "hamza"], "error: argument --set: expected FOLD=VALUE"),
])
def test_cli_bad_toggles(args: list[str], message: str, capsys, monkeypatch) -> None:
    """Run in this process: the exit status and the streams are :func:`main`'s (a real process's one-line errors are
    test_cli's test_errors_are_one_line)."""
    code, out, err = _main_in_process(capsys, monkeypatch, "normalize", str(SEED000), *args)
    assert code == 2 and out == ""
    assert message in err.splitlines()[-1] and "Traceback" not in err


@pytest.mark.parametrize("content, message", [(None, "no such file"), (b"\xff\xfe\x00", "bilingual: error: "),
                                              (b"  \n", "empty input")])
def test_cli_bad_input(tmp_path, content: bytes | None, message: str, capsys, monkeypatch) -> None:
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    code, _, err = _main_in_process(capsys, monkeypatch, "normalize", str(path))
    assert code == 2 and len(err.splitlines()) == 1 and message in err


def _main_in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    """``bilingual ARGS`` in this process (test_cli's :func:`main_in_process`) with no debug tracebacks and the output
    printed before dropped: exit status, stdout, stderr."""
    from test_cli import main_in_process

    monkeypatch.delenv("BILINGUAL_DEBUG", raising=False)
    capsys.readouterr()
    return main_in_process(capsys, *args)


def test_offsets_must_be_ints() -> None:
    """New-user sweep: ``to_original(0.5, 2)`` answered ``(0.5, 2)`` and ``to_original("a", 2)`` failed
    inside a comparison; numpy's integers still work."""
    import numpy as np

    n = normalize("إخاء مورىتانيا", profile="search")
    assert n.to_original(np.int64(5), np.int64(14)) == (5, 14) and n.to_normalized(np.int32(0), 4) == (0, 4)
    for start in (0.5, True, "a"):
        with pytest.raises(TypeError, match="offsets must be ints"):
            n.to_original(start, 2)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="offsets must be ints"):
            n.to_normalized(start, 2)  # type: ignore[arg-type]


def test_unbake_and_looks_baked_need_a_str() -> None:
    from bilingual.normalize import looks_baked, unbake

    with pytest.raises(TypeError, match=r"unbake\(\) needs a str, not NoneType"):
        unbake(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"looks_baked\(\) needs a str, not bytes"):
        looks_baked(b"x")  # type: ignore[arg-type]
    # Library sweep: the direction's error did not name unbake().
    with pytest.raises(ValueError, match=r"^unbake\(\) base_dir must be 'auto', 'R' or 'L', not 'rtl'$"):
        unbake("x", base_dir="rtl")


@pytest.mark.parametrize("call, error, message", [
    (lambda: normalize("x", profile="foo"), ValueError,
     "normalize(): unknown profile 'foo'; choose one of none, display, mt, search"),
    (lambda: resolve("MT"), ValueError, "normalize(): unknown profile 'MT'; choose one of none, display, mt, search"),
    (lambda: normalize("x", profile=["mt"]), TypeError,
     "normalize(): the profile is a str (none, display, mt, search), not list"),
    (lambda: resolve(None), TypeError, "normalize(): the profile is a str (none, display, mt, search), not NoneType"),
    (lambda: normalize("x", "mt", alef=True, colour=True), TypeError, "normalize(): unknown fold 'colour'; folds are "),
    (lambda: normalize("x", hamza="sideways"), ValueError,
     "normalize(): bad value 'sideways' for fold 'hamza'; choose one of False, 'carriers', 'hamza'"),
    (lambda: normalize("x", alef=[1]), ValueError, "normalize(): bad value [1] for fold 'alef'; choose one of False, True"),
    (lambda: normalize("x", "search", maksura={}), ValueError,
     "normalize(): bad value {} for fold 'maksura'; choose one of False, 'inside', 'all'"),
    (lambda: normalize("إخاء").to_original(0, 99), ValueError,
     "Normalized.to_original(): bad span [0, 99) for a text of length 4"),
    (lambda: normalize("إخاء").to_normalized(3, 1), ValueError,
     "Normalized.to_normalized(): bad span [3, 1) for a text of length 4"),
    (lambda: normalize("إخاء").to_original(0.5, 2), TypeError, "Normalized.to_original(): offsets must be ints, not float and int"),
])
def test_wrong_arguments_are_one_line_naming_the_function(call, error, message: str) -> None:
    """Library sweep: a bad profile or fold value said neither which function refused it nor, for a list,
    what it takes ('unhashable type: list'); a bad span did not name the method."""
    with pytest.raises(error) as info:
        call()
    assert str(info.value).startswith(message) and "\n" not in str(info.value), str(info.value)


def test_a_result_pickles_with_its_changes_and_map() -> None:
    """Library sweep: ``pickle.dumps(normalize(t))`` (and so of a pipeline ``Result``, or a result sent to
    another process) failed with "cannot pickle 'EncodingMap' object": the result held its normalizer's
    compiled tables to work out ``.changes`` later."""
    import pickle

    text = "إخاء مورىتانيا جمييييل ﻷن"
    for n in (normalize(text, profile="search"), normalize(text, "mt", track_offsets=False)):
        back = pickle.loads(pickle.dumps(n))
        assert (back.text, back.original, back.profile, back.settings) == (n.text, n.original, n.profile, n.settings)
        if n.tracked:
            assert back.changes == n.changes and back.summary == n.summary
            assert [back.to_original(p, p + 1) for p in range(len(n.text))] == [
                n.to_original(p, p + 1) for p in range(len(n.text))]
        else:
            assert not back.tracked


def test_a_normalizer_pickles_for_another_process() -> None:
    """Library sweep: ``Pool().map(resolve("search").text, texts)`` failed once the normalizer had run
    ("cannot pickle 'EncodingMap' object"): it pickled its compiled tables; it is now sent as its
    profile and settings and resolved again on the other side (the same cached object in one process)."""
    import pickle

    search = resolve("search", repetition=False)
    assert search.text("إخاء مورىتانيا") == "اخاء موريتانيا"
    assert pickle.loads(pickle.dumps(search)) is search
    assert pickle.loads(pickle.dumps(search.text))("إخاء مورىتانيا") == "اخاء موريتانيا"


def test_repr_names_the_toggles() -> None:
    """Library sweep: ``normalize(t, "mt", alef=True)`` showed as ``Normalized('...', profile='mt')``, as if
    the profile alone had made it."""
    assert repr(normalize("إخاء", "mt", alef=True, repetition=False, maksura="all")) == (
        "Normalized('اخاء', profile='mt', alef=True, maksura='all', repetition=False)")
    assert repr(normalize("إخاء", "search")) == "Normalized('اخاء', profile='search')"


def test_a_fold_switched_off_with_zero_is_off() -> None:
    """``alef=1`` switched the fold on but ``alef=0`` was a bad value ('choose one of False, True')."""
    assert normalize("أ", "search", alef=0).text == "أ" and normalize("أ", "none", alef=1).text == "ا"
    assert resolve("search", alef=0).settings == resolve("search", alef=False).settings


def test_cli_shows_controls_on_a_terminal_and_passes_them_to_a_pipe(tmp_path, monkeypatch, capsys) -> None:
    """New-user sweep: ``bilingual normalize FILE`` printed a file's escape sequences and bidi overrides
    raw to the terminal (every other command shows them as markers); a pipe or file still gets the text as is."""
    import io
    import sys

    from bilingual.cli import main

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    path = tmp_path / "in.txt"
    path.write_text("كتابٌ \x1b]0;pwned\x07 \u202e abc\n", encoding="utf-8")
    assert main(["normalize", str(path)]) == 0
    assert capsys.readouterr().out == "كتاب \x1b]0;pwned\x07 \u202e abc\n"
    tty = Tty()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(["normalize", str(path)]) == 0
    assert tty.getvalue() == "كتاب ⟨^[⟩]0;pwned⟨^G⟩ ⟨RLO⟩ abc\n"


def test_cli_diff_is_linear_in_a_long_word_and_many_lines(tmp_path, capsys) -> None:
    """New-user sweep: --diff counted the line of each change from the file's start and copied the whole
    word around it for each change: quadratic (Tatoeba's 10,305 lines, 25,596 changes: 4.0 s of CPU,
    now 0.78 s; one 100,000-letter word with 50,000 harakat did not finish in 10 minutes). The word is
    shown at most WORD_REACH characters each side, cut with an ellipsis; a long squeezed run by its count."""
    from bilingual.cli import main
    from bilingual.cli.normalize import WORD_REACH, _shown

    path = tmp_path / "long.txt"
    path.write_text("x\n" * 3 + "كَتَ" * 300 + " بَ\n", encoding="utf-8")
    assert main(["normalize", str(path), "--diff", "--set", "repetition=off"]) == 0  # no word list to load
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "601 changes (mt profile, repetition=off): diacritics 601"
    word = "كَتَ" * 300
    assert lines[0] == f"{path}:4:2 diacritics: U+064E ARABIC FATHA -> (nothing) in «{word[: 2 + WORD_REACH]}…»"
    assert lines[300] == f"{path}:4:602 diacritics: U+064E ARABIC FATHA -> (nothing) in «…{word[601 - WORD_REACH : 602 + WORD_REACH]}…»"
    assert lines[-2] == f"{path}:4:1203 diacritics: U+064E ARABIC FATHA -> (nothing) in «بَ»"
    assert _shown("ي" * 101) == "«ي» × 101" and _shown("ي" * 3) == "«ييي»"


def test_cli_diff_shows_a_hostile_comment_id_escaped(tmp_path, capsys) -> None:
    """New-user sweep: --diff printed a comment id's ESC ] 0; ... BEL and RLO raw (segment, pairs and
    transliterate show them as markers)."""
    from bilingual.cli import main

    path = tmp_path / "evil.jsonl"
    path.write_text('{"id": "x\\u001b]0;pwn\\u0007\\u202e", "text": "كتابٌ"}\n', encoding="utf-8")
    assert main(["normalize", str(path), "--diff"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{path} comment x⟨^[⟩]0;pwn⟨^G⟩⟨RLO⟩ 1:5 diacritics")
