"""The language of an Arabic-script run, decided once for every stage: ``ar``, ``fa``, ``ur``,
``ckb`` (Sorani Kurdish), ``ps`` (Pashto), or ``und`` when the letters say nothing.

Letters that only some of these languages use are weighed against each other, never decided by
one letter: Arabic typed on a Persian keyboard (``سأذهب إلی الشاطئ``) stays Arabic because its
Arabic-only letters (ة ى ي ك إ) outweigh the Persian ی, and a single ھ (used by Urdu and Kurdish
alike) does not make a text Urdu. Segment, normalize, the MT flags and the report all call
:func:`detect`, so they cannot disagree.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .script import LETTERS, MARKS, PF_MAP, ZWNJ, char_class

__all__ = ["ARABIC", "LANGUAGES", "NON_ARABIC_LETTERS", "Language", "detect", "detect_at", "is_arabic_language"]

ARABIC = "ar"
#: Every label :func:`detect` gives.
LANGUAGES = ("ar", "fa", "ur", "ckb", "ps", "und")

# Letters only Arabic orthography uses among these languages.
_ARABIC_ONLY = "\u0629\u0649\u064a\u0643\u0625"  # ة ى ي ك إ
# Letters every other language here uses and Arabic does not: Persian yeh and keheh, heh-hamza.
_SHARED = "\u06cc\u06a9\u06c0"  # ی ک ۀ
# Letters for sounds Arabic lacks: weak evidence (Maghrebi and Gulf Arabic borrow them for names).
_LOANS = "\u067e\u0686\u0698\u06af"  # پ چ ژ گ
# Letters specific to one language (Urdu and Kurdish share ھ, so it is weak evidence for both).
_SPECIFIC = {
    "ur": "\u0679\u0688\u0691\u06ba\u06c1\u06c2\u06c3\u06d2\u06d3",  # ٹ ڈ ڑ ں ہ ۂ ۃ ے ۓ
    "ckb": "\u06d5\u06c6\u06ce\u0695\u06b5\u06a4",  # ە ۆ ێ ڕ ڵ ڤ
    "ps": "\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0\u0681\u0685",  # ټ ډ ړ ږ ښ ګ ڼ ۍ ې ځ څ
}
_DO_CHASHMEH = "\u06be"  # ھ
# Word evidence, for text whose only non-Arabic letters are the Persian yeh and keheh (a Persian
# keyboard types them for Arabic ي and ك): very common words of each language, spelled with the
# Arabic letters (words are folded the same way before lookup). Written for this module.
_FOLD_KEYBOARD = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643", "\u0649": "\u064a"})
_ARABIC_WORDS = frozenset(
    "في من علي الي إلي عن هذا هذه ذلك التي الذي الذين لا ما لم لن قد ثم كان كانت قال هو هي هم مع كل بين "
    "أن إن ان بسم الله الرحمن الرحيم عليه عليها عند حتي أو او بعد قبل يا".split()
)
_PERSIAN_WORDS = frozenset(
    "است اين را كه از به با براي آن هم يك شد بود ها هاي نيست هست من تو شما او چه اما اگر خود كرد كند "
    "دارد بايد ما شده كرده مي نمي خيلي چرا".split()
)
_WORD_WEIGHT = 1.5

#: Letters whose presence means a run may not be Arabic (normalizers scan for them first).
NON_ARABIC_LETTERS = frozenset(_SHARED + _LOANS + _DO_CHASHMEH + "".join(_SPECIFIC.values()))
_EVIDENCE_LETTERS = NON_ARABIC_LETTERS | set(_ARABIC_ONLY)
_FOLD_PF = {c: t for c, t in PF_MAP.items() if not _EVIDENCE_LETTERS.isdisjoint(t)}


@functools.cache
def _pf_re() -> re.Pattern[str] | None:
    """A presentation form to fold (``None`` when there are none); compiled on first use, as only runs
    that are more than plain Arabic need it."""
    return re.compile(char_class(_FOLD_PF)) if _FOLD_PF else None


@functools.cache
def _words_re() -> re.Pattern[str]:
    """A word: a run of Arabic-script letters. Compiled on first use, like :func:`_zwnj_in_word_re`: a class
    of the script's ~1,000 letters costs ``re`` about a millisecond, and most runs are decided without it."""
    return re.compile(f"{char_class(LETTERS)}+")


@functools.cache
def _zwnj_in_word_re() -> re.Pattern[str]:
    """A ZWNJ between two letters of one word (marks around it allowed)."""
    letter, marks = char_class(LETTERS), char_class(MARKS)
    return re.compile(f"(?<={letter}){marks}*{ZWNJ}(?={marks}*{letter})")


# Each evidence letter and its class, so a run is counted at C speed (findall, translate, count).
_CLASS = {
    **{c: "a" for c in _ARABIC_ONLY}, **{c: "s" for c in _SHARED}, **{c: "l" for c in _LOANS}, _DO_CHASHMEH: "h",
    **{c: "u" for c in _SPECIFIC["ur"]}, **{c: "k" for c in _SPECIFIC["ckb"]}, **{c: "p" for c in _SPECIFIC["ps"]},
}


@functools.cache
def _evidence_re() -> re.Pattern[str]:
    """An evidence letter (a key of ``_CLASS``); compiled on first use, like :func:`_pf_re`."""
    return re.compile(char_class(_CLASS))


_CLASS_TABLE = str.maketrans(_CLASS)
# What makes a run more than the common case (Arabic-only letters or none): a letter of another
# language, ZWNJ, or a presentation form that folds to an evidence letter. Most runs have none, and
# one scan and a count of each Arabic-only letter decide them.
_NOT_PLAIN_ARABIC_RE = re.compile(char_class({*_CLASS, *_FOLD_PF, ZWNJ} - set(_ARABIC_ONLY)))


class Language(NamedTuple):
    """A detected language and how sure the letters make it (``None`` when they say nothing)."""

    code: str
    confidence: float | None


def _word_evidence(run: str, words: list[str] | None = None) -> tuple[int, int]:
    """How many words of ``run`` are common Arabic words (or carry the article ال) and how many are
    common Persian words (or carry the prefix می), with Persian yeh and keheh read as Arabic. ``words``:
    the run's words when the caller found them (folding changes letters into letters, so not where words
    end: they are folded one by one)."""
    arabic = persian = 0
    if words is None:
        words = _words_re().findall(run)
    if "\u06cc" in run or "\u06a9" in run or "\u0649" in run:  # copies only when a letter folds
        words = [word.translate(_FOLD_KEYBOARD) for word in words]
    for word in words:
        if word in _ARABIC_WORDS or (word.startswith("\u0627\u0644") and len(word) > 3):
            arabic += 1
        elif word in _PERSIAN_WORDS or (word.startswith("\u0645\u064a") and len(word) > 4):
            persian += 1
    return arabic, persian


def is_arabic_language(code: str | None) -> bool:
    """True when letter folds made for Arabic may apply: Arabic itself, or undecided text."""
    return code in (None, "ar", "und")


def _plain_arabic(run: str, arabic: float) -> Language:
    """A run whose only evidence is ``arabic`` Arabic-only letters: Arabic; with none, or one in fewer
    than three words, Arabic when at least two of its words are common Arabic words (or carry the
    article) and none a Persian one (``أنا لا أفهم هذا``, ``ما شاء الله``), else ``und`` (``الله``)."""
    if arabic > 1:
        return Language("ar", round(arabic / (arabic + 1), 3))
    words = _words_re().findall(run)
    if arabic and len(words) >= 3:
        return Language("ar", round(arabic / (arabic + 1), 3))
    if len(words) < 2:
        return _UNDECIDED  # a single word cannot be two common Arabic words
    ar_words, fa_words = _word_evidence(run, words)
    if ar_words >= 2 and not fa_words:
        weight = _WORD_WEIGHT * ar_words + arabic
        return Language("ar", round(weight / (weight + 1), 3))
    return _UNDECIDED


def detect(run: str) -> Language:
    """The language of one Arabic-script run, from the letters only some of its languages use.

    Persian, Urdu, Kurdish and Pashto evidence (ی ک ۀ, ZWNJ inside words, پ چ ژ گ at half weight,
    each language's own letters) is weighed against Arabic-only letters (ة ى ي ك إ); with none
    of either, or a single letter in a run of fewer than three words, the run is ``und`` unless two
    of its words are common Arabic words and none a Persian one.
    """
    return detect_at(run, 0, len(run))


# The answer for a run with ``n`` Arabic-only letters (n >= 2) and no other evidence, made once; for a run
# the letters say nothing about.
_PLAIN = tuple(Language("ar", round(n / (n + 1), 3)) for n in range(256))
_UNDECIDED = Language("und", None)
_not_plain_arabic = _NOT_PLAIN_ARABIC_RE.search


def detect_at(text: str, start: int, end: int) -> Language:
    """:func:`detect` of the run ``text[start:end]``, copied only when it is more than the common case
    (Arabic-only letters or none: one scan and five counts in place decide it)."""
    if _not_plain_arabic(text, start, end) is None:
        count = text.count
        arabic = (
            count("\u0629", start, end) + count("\u0649", start, end) + count("\u064a", start, end)
            + count("\u0643", start, end) + count("\u0625", start, end)
        )  # ة ى ي ك إ: _ARABIC_ONLY
        if 1 < arabic < 256:
            return _PLAIN[arabic]
        return _plain_arabic(text[start:end], float(arabic))
    return _weigh(text[start:end])


def _weigh(run: str) -> Language:
    """:func:`detect` for any run: every evidence letter counted by class (presentation forms folded
    first) and the classes weighed."""
    pf_re = _pf_re()
    if pf_re is not None and pf_re.search(run):
        run = pf_re.sub(lambda m: _FOLD_PF[m.group()], run)
    classes = "".join(_evidence_re().findall(run)).translate(_CLASS_TABLE)
    arabic = float(classes.count("a"))
    if arabic == len(classes) and (ZWNJ not in run):  # only Arabic-only letters once folded
        return _plain_arabic(run, arabic)
    specific = {"ur": float(classes.count("u")), "ckb": float(classes.count("k")), "ps": float(classes.count("p"))}
    heh = float(classes.count("h"))
    # ZWNJ inside a word is Persian (Kurdish, Urdu) spelling that Arabic never uses: double weight
    zwnj = 2 * len(_zwnj_in_word_re().findall(run)) if ZWNJ in run else 0
    shared = classes.count("s")
    other = shared + zwnj + 0.5 * classes.count("l") + sum(specific.values()) + 0.5 * heh
    if shared and other - shared - zwnj == 0:
        # Only Persian yeh/keheh (and ZWNJ): the keyboard, or Persian? The words decide.
        ar_words, fa_words = _word_evidence(run)
        arabic += _WORD_WEIGHT * ar_words
        other += _WORD_WEIGHT * fa_words
        if ar_words > fa_words and not zwnj:
            other -= shared  # Arabic words typed on a Persian keyboard: its letters say nothing
    total = arabic + other
    if total == 0 or (total <= 1 and len(_words_re().findall(run)) < 3):
        return _UNDECIDED
    if other <= arabic:
        return Language("ar", round(arabic / (total + 1), 3))
    specific["ur"] += 0.5 * heh
    specific["ckb"] += 0.5 * heh
    lang, best = max(specific.items(), key=lambda kv: kv[1])
    ranked = sorted(specific.values(), reverse=True)
    if best == 0 or best <= ranked[1] or (best < 2 and best < 0.2 * other) or best < 0.05 * other:
        lang = "fa"  # no letter of one language stands out: Persian, the most common of them
    return Language(lang, round(other / (total + 1), 3))
