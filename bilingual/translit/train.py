"""Learning the character statistics of transliteration from ``latin<TAB>arabic`` pairs.

Everything learned is character statistics (no word of the data is kept):

* the *channel*: how often each Latin unit of :mod:`bilingual.translit.rules` is written as each
  of its Arabic readings, by position in the word (first, middle, last, whole word), found by
  aligning every training pair to the unit lattice (hard EM, a few rounds);
* the *joint model*: a 3-gram model of the aligned ``unit:reading`` tokens;
* the *letter model*: a character 4-gram model of Arabic-script words (Witten-Bell interpolation),
  from the Arabic side of the pairs and from wordfreq's word list of the language;
* per region (Levant, Maghreb), when the data has two: a channel and joint model of its own, and a
  character 3-gram model of its Latin words, which guesses the region of a text.

Used by ``scripts/build_translit_model.py`` (the shipped file), ``scripts/tune_translit.py`` and
``bench/bench_translit.py`` (the same recipe on part of the data, scored on another part).
"""

from __future__ import annotations

import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .rules import AR, FA, units_for

__all__ = [
    "JOINT_ORDER", "LATIN_ORDER", "ORDER", "PARTS", "SOURCES", "build_model", "clean_arabic", "dev_fold", "dev_fold_of",
    "development_pairs",
    "fit_ranker", "held_out", "in_part", "ngram_model", "read_tsv", "split_key", "train_channel", "train_letters", "word_pairs", "wordfreq_words",
]

ORDER = 4
"""Letters of context plus one: the letter model is a character 4-gram model."""
JOINT_ORDER = 3
"""The joint model (``unit:reading`` tokens, the Latin and Arabic sides together) is a 3-gram model."""

_HARAKAT = dict.fromkeys(map(ord, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670\u200c\u200d\u200e\u200f"))
_PERSIAN_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647"})
_EM_ROUNDS = 3
_MIN_COUNT = 2  # letter n-grams (of three letters or more) seen fewer times are left to the back-off


def held_out(key: str, folds: int = 5) -> bool:
    """Whether a unit (keyed by ``key``) is in the held-out fifth: a stable hash, the same on every machine."""
    return zlib.crc32(key.encode("utf-8")) % folds == 0


def dev_fold_of(key: str, folds: int = 5) -> int:
    """Which of ``folds`` folds of the tuning part a unit falls in (another stable hash); fold 0 is the
    development fold, the others teach the cross-fitted ranker (``scripts/build_translit_ranker.py``)."""
    return zlib.crc32(("dev:" + key).encode("utf-8")) % folds


def dev_fold(key: str, folds: int = 5) -> bool:
    """Whether a unit of the tuning part is in its development fold: settings are chosen by a model built
    from the rest of the tuning part and scored on this fold, never on the held-out part."""
    return dev_fold_of(key, folds) == 0


PARTS = ("tune", "held-out", "fit", "dev")
"""``tune``: four fifths (the shipped model); ``held-out``: the fifth scored by the bench; ``fit`` and
``dev``: the tuning part without / with only its development fold."""


def in_part(key: str, part: str) -> bool:
    """Whether a unit keyed by ``key`` belongs to ``part`` (one of :data:`PARTS`)."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}")
    if held_out(key):
        return part == "held-out"
    if part in ("tune", "held-out"):
        return part == "tune"
    return dev_fold(key) == (part == "dev")


def clean_arabic(text: str, lang: str) -> str:
    """Arabic-script text as the model writes it: no harakat, tatweel or joiners; Persian letters for ``fa-Latn``."""
    text = text.translate(_HARAKAT)
    return text.translate(_PERSIAN_LETTERS) if lang == FA else text


def word_pairs(latin: str, arabic: str) -> list[tuple[str, str]]:
    """Word pairs of one aligned unit: the words side by side when both sides have as many, else none."""
    strip = ".,!?;:\"()«»،؟؛…"
    lw = [w.strip(strip) for w in latin.split()]
    aw = [w.strip(strip) for w in arabic.split()]
    lw = [w for w in lw if w]
    aw = [w for w in aw if w]
    return list(zip(lw, aw)) if len(lw) == len(aw) else []


def _position(start: int, end: int, length: int) -> str:
    """``W`` whole word, ``B`` first unit, ``E`` last unit, ``M`` otherwise."""
    if start == 0:
        return "W" if end == length else "B"
    return "E" if end == length else "M"


def _align(latin: str, arabic: str, table: dict[str, tuple[str, ...]], logp: dict[tuple[str, str], float],
           max_unit: int) -> list[tuple[str, str, str]] | None:
    """The most likely ``(unit, position, reading)`` path that writes ``latin`` as ``arabic``, or None."""
    n, m = len(latin), len(arabic)
    best: dict[tuple[int, int], tuple[float, tuple[int, int, str, str] | None]] = {(0, 0): (0.0, None)}
    for i in range(n):
        for j in range(m + 1):
            here = best.get((i, j))
            if here is None:
                continue
            for k in range(1, min(max_unit, n - i) + 1):
                unit = latin[i : i + k]
                options = table.get(unit)
                if options is None:
                    continue
                for out in options:
                    if not arabic.startswith(out, j):
                        continue
                    score = here[0] + logp.get((unit, out), -12.0)
                    key = (i + k, j + len(out))
                    if key not in best or best[key][0] < score:
                        best[key] = (score, (i, j, unit, out))
    if (n, m) not in best:
        return None
    path: list[tuple[str, str, str]] = []
    key = (n, m)
    while True:
        back = best[key][1]
        if back is None:
            break
        i, j, unit, out = back
        path.append((unit, _position(i, i + len(unit), n), out))
        key = (i, j)
    path.reverse()
    return path


def _prior(table: dict[str, tuple[str, ...]]) -> dict[tuple[str, str], float]:
    """Before any data: each listed reading half as likely as the one before it."""
    out: dict[tuple[str, str], float] = {}
    for unit, options in table.items():
        weights = [0.5**r for r in range(len(options))]
        total = sum(weights)
        for o, w in zip(options, weights):
            out[(unit, o)] = w / total
    return out


def train_channel(pairs: Iterable[tuple[str, str]], lang: str, alpha: float = 2.0, kappa: float = 5.0,
                  ) -> tuple[dict[str, list[tuple[str, float]]], list[list[str]], int]:
    """``unit|position -> [(reading, log P)]`` best first, the aligned words as ``unit:reading`` tokens, and
    how many pairs were tried.

    Pairs are lower-cased Latin and cleaned Arabic words. Smoothing: the unit's reading counts
    over every position (plus ``alpha`` times the prior), then each position's counts plus
    ``kappa`` times that.
    """
    from .rules import prepare

    table = units_for(lang)
    max_unit = max(map(len, table))
    prior = _prior(table)
    words = [(prepare(lat)[0], ar) for lat, ar in pairs]
    logp = {k: math.log(v) for k, v in prior.items()}
    paths: list[list[str]] = []
    by_unit: Counter[tuple[str, str]] = Counter()
    by_pos: Counter[tuple[str, str, str]] = Counter()
    for _ in range(_EM_ROUNDS):
        by_unit.clear()
        by_pos.clear()
        paths = []
        for lat, ar in words:
            path = _align(lat, ar, table, logp, max_unit)
            if path is None:
                continue
            paths.append([f"{unit}:{out}" for unit, _pos, out in path])
            for unit, pos, out in path:
                by_unit[(unit, out)] += 1
                by_pos[(unit, pos, out)] += 1
        unit_total: Counter[str] = Counter()
        for (unit, _o), c in by_unit.items():
            unit_total[unit] += c
        logp = {(u, o): math.log((by_unit[(u, o)] + alpha * p) / (unit_total[u] + alpha)) for (u, o), p in prior.items()}
    pos_total: Counter[tuple[str, str]] = Counter()
    for (unit, pos, _o), c in by_pos.items():
        pos_total[(unit, pos)] += c
    channel: dict[str, list[tuple[str, float]]] = {}
    for unit, options in table.items():
        for pos in "WBME":
            n = pos_total[(unit, pos)]
            probs = [(o, (by_pos[(unit, pos, o)] + kappa * math.exp(logp[(unit, o)])) / (n + kappa)) for o in options]
            probs.sort(key=lambda x: -x[1])
            kept = [(o, round(math.log(p), 3)) for i, (o, p) in enumerate(probs) if i == 0 or p >= 0.002]
            channel[f"{unit}|{pos}"] = kept
    return channel, paths, len(words)


def ngram_model(sequences: Iterable[tuple[Sequence[str], float]], order: int, joiner: str = "",
                min_count: int = _MIN_COUNT, min_context: int = 0) -> dict[str, dict[str, float]]:
    """An n-gram model of token sequences (``(tokens, weight)``): ``{"p": {key: log P}, "b": {context: log back-off}}``.

    Witten-Bell interpolation. A sequence is padded with ``^`` before and ends with ``$``; a key is
    the context and the token joined by ``joiner``. N-grams of three tokens or more seen fewer
    than ``min_count`` times are dropped (the back-off then gives their probability), and so are
    contexts of two tokens or more seen fewer than ``min_context`` times (the shorter context
    stands in for them), which keeps the shipped file small.
    """
    counts: list[defaultdict[str, defaultdict[str, float]]] = [defaultdict(lambda: defaultdict(float)) for _ in range(order)]
    for tokens, weight in sequences:
        padded = ["^"] * (order - 1) + list(tokens) + ["$"]
        for i in range(order - 1, len(padded)):
            for n in range(order):
                counts[n][joiner.join(padded[i - n : i])][padded[i]] += weight
    unigrams = counts[0][""]
    total = sum(unigrams.values())
    logp: dict[str, float] = {c: round(math.log((k + 1) / (total + len(unigrams) + 1)), 3) for c, k in unigrams.items()}
    backoff: dict[str, float] = {}
    for n in range(1, order):
        for ctx, following in counts[n].items():
            seen = sum(following.values())
            if n >= 2 and seen < min_context:
                continue
            lam = seen / (seen + len(following))
            backoff[ctx] = round(math.log(1 - lam), 3)
            shorter = joiner.join(ctx.split(joiner)[1:]) if joiner else ctx[1:]
            for c, k in following.items():
                if n >= 2 and k < min_count:
                    continue
                lower = _lookup(logp, backoff, shorter, c, joiner)
                logp[ctx + joiner + c if joiner else ctx + c] = round(math.log(lam * k / seen + (1 - lam) * math.exp(lower)), 3)
    return {"p": logp, "b": backoff}


def _lookup(logp: dict[str, float], backoff: dict[str, float], ctx: str, c: str, joiner: str) -> float:
    """log P(c | ctx) with back-off to shorter contexts."""
    v = logp.get(ctx + joiner + c if ctx and joiner else ctx + c)
    if v is not None:
        return v
    if not ctx:
        return -12.0
    shorter = joiner.join(ctx.split(joiner)[1:]) if joiner else ctx[1:]
    return backoff.get(ctx, 0.0) + _lookup(logp, backoff, shorter, c, joiner)


_LETTERS_MIN_COUNT = 5  # letter n-grams and contexts (of 3 letters or more) seen fewer times are left to shorter ones


def train_letters(words: Iterable[tuple[str, float]]) -> dict[str, dict[str, float]]:
    """The character 4-gram model of Arabic-script words (``(word, weight)``)."""
    return ngram_model(((list(w), k) for w, k in words), ORDER, min_count=_LETTERS_MIN_COUNT, min_context=_LETTERS_MIN_COUNT)


def wordfreq_words(lang: str, n: int) -> list[tuple[str, float]]:
    """wordfreq's ``n`` most frequent words of ``ar`` or ``fa`` (Arabic-script only), each weighted 1."""
    import wordfreq

    code = "ar" if lang == AR else "fa"
    out = []
    for w in wordfreq.top_n_list(code, n):
        if all("\u0621" <= c <= "\u06ff" for c in w):
            out.append((clean_arabic(w, lang), 1.0))
    return out


_JOINT_MIN_COUNT = 1
LATIN_ORDER = 3
"""The region guesser's models are character 3-gram models of the Latin words of each region."""


def _model_part(cleaned: list[tuple[str, str]], lang: str) -> tuple[dict[str, object], list[list[str]]]:
    """Channel and joint model learned from ``(latin, arabic)`` pairs (lower case, cleaned), and the aligned
    words as ``unit:reading`` tokens."""
    channel, paths, tried = train_channel(cleaned, lang)
    joint = ngram_model(((p, 1.0) for p in paths), JOINT_ORDER, " ", min_count=_JOINT_MIN_COUNT)
    return {"channel": channel, "joint": joint, "aligned": [len(paths), tried]}, paths


# How Maghrebi writers, schooled in French, spell Arabic letters (general knowledge of the convention, not
# learned from any data: ou for و, ch for ش, dj for ج, 9 or k for ق, a plain letter for the emphatics, a silent
# e, ss for س or ص after the word's first letter as French writes a voiceless s, nssa نسى, a g written ڨ, a first
# alef said with i written i or e, imta امتى): each letter's spellings, one picked per word by a
# stable hash so that each is taught.
_MAGHREB_CONSONANTS: dict[str, tuple[str, ...]] = {
    "ش": ("ch",), "س": ("s", "ss"), "ج": ("dj", "j"), "ق": ("9", "k", "q", "g"), "ص": ("s", "ss"), "ض": ("d", "dh"), "ط": ("t",),
    "ظ": ("dh",), "ذ": ("dh",), "ث": ("th",), "خ": ("kh",), "غ": ("gh",), "ح": ("h", "7"), "ع": ("3",), "ك": ("k",),
    "ه": ("h",), "ا": ("a",), "ء": ("'",), "أ": ("a",), "إ": ("i",), "ئ": ("2",), "ؤ": ("2",),
}
_MAGHREB_VOWELS = {"و": "ou", "ي": "i", "ى": "a", "ا": "a", "آ": "a", "ة": "a", "ه": "a", "ع": "a"}
_SHORT_VOWELS = {"a": ("a",), "aa": ("a",), "e": ("e", "i"), "ee": ("e", "i"), "i": ("e", "i"), "ii": ("e", "i"),
                 "ei": ("e", "i"), "o": ("ou", "o"), "oo": ("ou", "o"), "ou": ("ou", "o"), "u": ("ou", "o")}


def respell_maghreb(tokens: Sequence[str]) -> str:
    """The Latin spelling a Maghrebi writer would give an aligned word (``unit:reading`` tokens of another
    region's writer): the region's conventions for each letter, vowels as French spells them (``ou``, in a third
    of the words a plain ``o``), and, for a third of the words ending in a consonant, the silent final ``e``
    (``nasse`` ناس)."""
    return respell_maghreb_pair(tokens)[0]


def respell_maghreb_pair(tokens: Sequence[str]) -> tuple[str, str]:
    """:func:`respell_maghreb`'s spelling and the Arabic a Maghrebi writer would write for it: the word's own, but
    for a ``g`` spelling ق, which half the words write ڨ, the Maghreb's letter for that ``g`` (``ygol`` يڨول): the
    unseen-Maghrebi model can then read ``g`` as ڨ (its channel kept none, its letter model knew no ڨ)."""
    arabic = "".join(t.partition(":")[2] for t in tokens)
    pick = zlib.crc32(arabic.encode("utf-8"))
    ou = "o" if (pick >> 12) % 3 == 0 else "ou"  # a third of the words write و and u with a plain o (kont, rojala)
    out: list[str] = []
    written: list[str] = []
    for token in tokens:
        unit, _, reading = token.partition(":")
        if unit in _SHORT_VOWELS:
            short = _SHORT_VOWELS[unit]
            spelled = _MAGHREB_VOWELS.get(reading, unit) if reading else short[(pick >> 4) % len(short)]
            if not out and unit in ("e", "i") and reading in ("ا", "إ"):
                spelled = short[(pick >> 4) % len(short)]  # a first alef said with i stays i or e (imta امتى)
            # the plain o only where it can read the same letters (o never spells the alef of "ou:او")
            out.append(ou if spelled == "ou" and reading in ("", "و") else spelled)
        elif reading[:1] in _MAGHREB_CONSONANTS and len(set(reading)) == 1 and unit not in ("w", "y", "l"):
            options = _MAGHREB_CONSONANTS[reading[0]]
            spelled = options[pick % len(options)]
            if spelled == "ss" and not out:
                spelled = "s"  # a word-initial s is voiceless in French already
            doubled = len(unit) == 2 and unit[0] == unit[1] and len(spelled) == 1
            out.append(spelled * 2 if doubled else spelled)
            if spelled == "g" and len(reading) == 1 and (pick >> 8) % 2 == 0:
                reading = "ڨ"
        else:
            out.append(unit)
        written.append(reading)
    word = "".join(out)
    if word and word[-1] not in "aeiouy" and pick % 3 == 0:
        word += "e"
    return word, "".join(written)


def _respelled(paths: Iterable[list[str]]) -> list[tuple[str, str]]:
    """``(latin, arabic)`` pairs of aligned words respelled the Maghrebi way (:func:`respell_maghreb_pair`)."""
    out = []
    for tokens in paths:
        latin, arabic = respell_maghreb_pair(tokens)
        if any(c.isalpha() for c in latin):
            out.append((latin, arabic))
    return out


def build_model(pairs: Mapping[str, Mapping[str, Sequence[tuple[str, str]]]], lexicon_words: int = 60000,
                respell: bool = True) -> dict[str, object]:
    """The whole model for every romanization with pairs, as plain JSON data.

    ``pairs`` maps ``ar-Latn`` / ``fa-Latn`` to regions (``""`` for none) to ``(latin word, arabic word)``
    pairs. Per romanization: a letter model (all its Arabic-script words and wordfreq's), a channel and
    joint model learned from all its pairs (``models["all"]``), and, when there are pairs of two regions
    or more, a channel and joint model per region and a character model of each region's Latin words
    (to guess the region of a text). Arabizi with Levantine pairs and no Maghrebi ones (``respell``): the
    Levantine words respelled by the Maghreb's conventions (:func:`respell_maghreb_pair`) stand in for the
    Maghreb's pairs (in the letter model too, which learns ڨ from them), so a Maghrebi writer the data never saw is
    still read with ``ou``, ``ch``, ``9`` = ق, ``g`` = ڨ and a silent ``e`` (the bench's unseen-Maghrebi rows).
    """
    from .rules import prepare

    model: dict[str, object] = {"version": 3, "order": ORDER}
    for lang, by_region in pairs.items():
        cleaned = {region: [(lat.lower(), clean_arabic(ar, lang)) for lat, ar in p] for region, p in by_region.items()}
        if respell and lang == AR and cleaned.get("levant") and not cleaned.get("maghreb"):
            cleaned["maghreb"] = _respelled(_model_part(cleaned["levant"], lang)[1])
        letters = train_letters([(ar, 1.0) for region in sorted(cleaned) for _, ar in cleaned[region]]
                                + wordfreq_words(lang, lexicon_words))
        everything = [pair for region in sorted(cleaned) for pair in cleaned[region]]
        parts: dict[str, object] = {"all": _model_part(everything, lang)[0]}
        latin: dict[str, object] = {}
        regions = sorted(r for r in cleaned if r and cleaned[r])
        if len(regions) > 1:
            for region in regions:
                parts[region] = _model_part(cleaned[region], lang)[0]
                words = [(list(prepare(lat)[0]), 1.0) for lat, _ in cleaned[region]]
                latin[region] = ngram_model(words, LATIN_ORDER, min_count=2, min_context=2)
        model[lang] = {"letters": letters, "models": parts, "latin": latin}
    return model


#: The development files (under ``../shared/data/translit``): the romanization and region of each.
SOURCES = {
    "atar": ("atar_jordanian.words.tsv", AR, "words", "levant"),
    "narabizi": ("narabizi_algerian.words.tsv", AR, "words", "maghreb"),
    "finglish": ("finglish_persian.sentences.tsv", FA, "sentences", ""),
}


def read_tsv(path: str) -> list[tuple[str, str]]:
    """``latin<TAB>arabic`` lines of a development file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
                out.append((parts[0].strip(), parts[1].strip()))
    return out


def split_key(latin: str, arabic: str, unit: str) -> str:
    """What decides a unit's part: the Arabic word for word files (every spelling of a word falls on one
    side, so held-out words are unseen words), the Latin sentence for sentence files."""
    return arabic if unit == "words" else latin


def development_pairs(folder: str, sources: Iterable[str] = tuple(SOURCES),
                      part: str = "tune") -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Word pairs of one part (:data:`PARTS`) of the named development files, by romanization and region."""
    import os

    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for name in sources:
        filename, lang, unit, region = SOURCES[name]
        pairs = out.setdefault(lang, {}).setdefault(region, [])
        for latin, arabic in read_tsv(os.path.join(folder, filename)):
            if not in_part(split_key(latin, arabic, unit), part):
                continue
            if unit == "words":
                pairs.append((latin, arabic))
            else:
                pairs.extend(word_pairs(latin, arabic))
    return out


def fit_ranker(groups: Sequence[tuple[Sequence[Sequence[float]], Sequence[bool]]], l2: float = 0.1,
               rounds: int = 300) -> tuple[float, ...]:
    """Weights of a conditional logit over each word's candidates (``Weights.ranker``).

    ``groups``: per word, the features of its candidates (:func:`bilingual.translit.core.candidate_features`)
    and which of them are right; words with no right candidate teach nothing and are skipped. It maximizes
    the probability the softmax of ``features . weights`` gives the right candidates (their mean when
    several are right), with an L2 penalty on standardized features, by ``rounds`` Adam steps from zero:
    the same weights on every run.
    """
    import numpy as np

    kept = [(np.asarray(f, dtype=float), np.asarray(ok, dtype=float)) for f, ok in groups if any(ok)]
    if not kept:
        raise ValueError("fit_ranker: no word has a right candidate")
    x = np.vstack([f for f, _ in kept])
    target = np.concatenate([ok / ok.sum() for _, ok in kept])
    starts = np.cumsum([0] + [len(ok) for _, ok in kept[:-1]])
    owner = np.repeat(np.arange(len(kept)), [len(ok) for _, ok in kept])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    x = (x - mean) / scale
    w, m, v = np.zeros(x.shape[1]), np.zeros(x.shape[1]), np.zeros(x.shape[1])
    for t in range(1, rounds + 1):
        s = x @ w
        s = np.exp(s - np.maximum.reduceat(s, starts)[owner])
        p = s / np.add.reduceat(s, starts)[owner]
        grad = l2 * w + x.T @ (p - target) / len(kept)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return tuple(round(float(c), 4) for c in w / scale)
