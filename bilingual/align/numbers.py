"""Numbers written as words, in Arabic and in English, read as their values: "الثامنة و النصف" and
"8:30" (or "half past eight") show the same 8 and 30, "ثلاثة عشر" and "13" the same 13. The anchors
(:mod:`.anchors`) count each value as they count digits, so a number both sides have is evidence for a
pair and a number on one side only evidence against it.

Ones and twos are left out ("one", واحد, "first", أول: the common-word concept "one" counts them, and
"the first time" says no number; Arabic says two by the dual, عامين "two years", and الإثنين is Monday),
as are the Arabic words a number shares with an everyday word (ست "lady", ميه "water" as well as
"hundred", ميت "dead"). A half (نص, نصف) and a quarter (ربع) are minutes only after an hour (an ordinal or
الساعة), since نص is also "text"; "half past" and "quarter past/to" likewise in English.
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_WORDS", "arabic_numbers", "english_numbers"]

# Folded Arabic (:func:`.names.fold`: ة as ه, ى as ي, hamza seats folded) -> value. Cardinals and ordinals.
_AR_UNITS: dict[str, int] = {}
for _value, _forms in (
    (3, "ثلاث ثلاثه تلاته تلات ثالث ثالثه"),
    (4, "اربع اربعه رابع رابعه"),
    (5, "خمس خمسه خامس خامسه"),
    (6, "سته سادس سادسه"),
    (7, "سبعه سابع سابعه"),
    (8, "ثمان ثماني ثمانيه تمانيه تمن تمانه ثامن ثامنه"),
    (9, "تسع تسعه تاسع تاسعه"),
):
    _AR_UNITS.update(dict.fromkeys(_forms.split(), _value))
_AR_TEN = frozenset("عشر عشره".split())
_AR_WORDS: dict[str, int] = {
    **dict.fromkeys("عاشر عاشره".split(), 10),
    **{w: 10 * (k + 2) for k, forms in enumerate((
        "عشرين عشرون", "ثلاثين ثلاثون تلاتين", "اربعين اربعون", "خمسين خمسون", "ستين ستون", "سبعين سبعون",
        "ثمانين ثمانون تمانين", "تسعين تسعون",
    )) for w in forms.split()},
    **dict.fromkeys("مايه مئه".split(), 100),
    **dict.fromkeys("مايتين مئتين مئتان".split(), 200),
    # Egyptian teens in one word, as written and as the Arabizi reading spells them (tltashr تلتاشر).
    **{w: k + 11 for k, forms in enumerate((
        "حداشر احداشر", "اتناشر", "تلتاشر", "اربعتاشر اربعتشر", "خمستاشر", "ستاشر سيتشر", "سبعتاشر سابعتشر",
        "تمنتاشر", "تسعتاشر",
    )) for w in forms.split()},
    "الاف": 1000,  # not الف: the letter alif too, and the Arabizi reading's "alf" (لفيت, toured)
}
#: Words after which a half or a quarter is minutes: an hour as a feminine ordinal or cardinal (الثامنة), "the hour".
_AR_HOURS = frozenset(w for w in _AR_UNITS if w.endswith("ه")) | {"عاشره", "ساعه"}
_AR_FRACTIONS = {"نص": 30, "نصف": 30, "ربع": 15}
_AR_PREFIXES = ("", "و", "ال", "وال", "بال", "لل", "ب")


def _kinds() -> dict[str, tuple[str, str]]:
    """Every number word with each clitic prefix -> (the word without it, its kind): ``unit``, ``ten``
    (عشر), ``word`` (another number), ``fraction`` or ``hour`` (ساعة); one look-up a word."""
    kinds = [(_AR_UNITS, "unit"), (_AR_TEN, "ten"), (_AR_WORDS, "word"), (_AR_FRACTIONS, "fraction"), (("ساعه",), "hour")]
    out: dict[str, tuple[str, str]] = {}
    for prefix in reversed(_AR_PREFIXES):  # the shortest prefix wins where two readings spell one word
        for stems, kind in reversed(kinds):
            for stem in stems:
                out[prefix + stem] = (stem, kind)
    out["و"] = ("و", "and")
    return out


_AR_KINDS = _kinds()


def _arabic_word(word: str) -> tuple[str, str]:
    """The word without a clitic prefix, and its kind (:func:`_kinds`; ``and`` for a lone و), or ``""``."""
    return _AR_KINDS.get(word, (word, ""))


def arabic_numbers(words: list[str]) -> list[int]:
    """The values of the number words among folded Arabic ``words`` (:func:`.names.fold`), in order: a
    unit before عشر is a teen (ثلاثة عشر 13), a half or quarter after an hour its minutes (الثامنة و النصف:
    8 and 30); a half with no hour before it is no number."""
    if _AR_KINDS.keys().isdisjoint(words):  # most text: no number word
        return []
    out: list[int] = []
    after_hour = False
    for k, word in enumerate(words):
        stem, kind = _arabic_word(word)
        if kind == "and":
            continue
        if kind == "unit":
            value = _AR_UNITS[stem]
            if k + 1 < len(words) and _arabic_word(words[k + 1])[1] == "ten":
                value += 10
            out.append(value)
        elif kind == "ten":
            if not (k and _arabic_word(words[k - 1])[1] == "unit"):
                out.append(10)
        elif kind == "word":
            out.append(_AR_WORDS[stem])
        elif kind == "fraction" and after_hour:
            out.append(_AR_FRACTIONS[stem])
        after_hour = stem in _AR_HOURS
    return out


_EN_VALUES: dict[str, int] = {
    **{w: k + 3 for k, w in enumerate(
        "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split())},
    **{w: k + 3 for k, w in enumerate("third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())},
    **{w: 10 * (k + 2) for k, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())},
    "hundred": 100, "thousand": 1000,
}
_EN_NUMBER = re.compile(
    r"\b(?:(half|quarter) (?:past|to) )?(" + "|".join(sorted(_EN_VALUES, key=len, reverse=True)) + r")\b"
    r"|\b(half|quarter) (?:past|to) \d", re.IGNORECASE,
)


#: Every word :data:`_EN_NUMBER` needs one of: a caller that has the text's words skips the pattern without one.
NUMBER_WORDS = frozenset(_EN_VALUES)


def english_numbers(text: str) -> list[int]:
    """The values of the number words of English ``text``, in order ("twenty five" is 20 and 5, as
    خمسة وعشرين is); "half past eight" is 30 and 8, "quarter to 9" 15 and 9 (the 9 counted as digits)."""
    out: list[int] = []
    for m in _EN_NUMBER.finditer(text):
        fraction = m.group(1) or m.group(3)
        if fraction:
            out.append(30 if fraction.lower() == "half" else 15)
        if m.group(2):
            out.append(_EN_VALUES[m.group(2).lower()])
    return out
