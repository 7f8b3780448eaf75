"""The flags a report shows on a passage, each with the reason it was raised."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..text.language import is_arabic_language
from ..text.script import IN_WORD, LETTERS, MARKS, TATWEEL, char_class

__all__ = [
    "ARABIZI", "DIALECT", "DIALECT_CUES", "DUPLICATE", "FINGLISH", "FLAG_LABELS", "FLAG_MEANINGS", "LOW_AGREEMENT", "LOW_AGREEMENT_CHRF",
    "NO_TRANSLATION", "SUSPICIOUS_MT", "Flag", "dialect_cues", "passage_flags",
]

# Flag codes shown on a passage in every report format.
NO_TRANSLATION = "no-translation"  # nobody in the thread translated this passage
ARABIZI = "arabizi"  # Arabic written in Latin letters: the MT model was not trained on it
FINGLISH = "finglish"  # Persian written in Latin letters: never given to an Arabic model
DIALECT = "dialect"  # dialect words or a non-Arabic language in Arabic script: MT is less reliable
SUSPICIOUS_MT = "suspicious-mt"  # the engine flagged its own output (loops, copied source, odd length)
DUPLICATE = "duplicate"  # the same Arabic was posted elsewhere in the thread
LOW_AGREEMENT = "low-agreement"  # machine and commenter say very different things (low chrF)

FLAG_LABELS: dict[str, str] = {
    NO_TRANSLATION: "no translation found",
    ARABIZI: "Arabizi",
    FINGLISH: "Finglish",
    DIALECT: "dialect",
    SUSPICIOUS_MT: "suspicious machine output",
    DUPLICATE: "duplicate",
    LOW_AGREEMENT: "machine and commenter disagree",
}

#: What each flag means, for a report's legend (the same order as :data:`FLAG_LABELS`).
FLAG_MEANINGS: dict[str, str] = {
    NO_TRANSLATION: "no translation in the thread",
    ARABIZI: "Arabic typed in Latin letters (the model cannot read it)",
    FINGLISH: "Persian typed in Latin letters (shown in Arabic script; never given to the Arabic model)",
    DIALECT: "dialect words or another language in Arabic script (machine translation is weaker)",
    SUSPICIOUS_MT: "the model's output looks broken",
    DUPLICATE: "the same Arabic posted more than once",
    LOW_AGREEMENT: "machine and commenter say very different things (low chrF)",
}

# Below this passage chrF the two translations are far apart: worth a human look. Set just under
# the 27.9 of "Thanks bro" against "Thank you brother", a loose but faithful rendering.
LOW_AGREEMENT_CHRF = 25.0

# Words that do not occur in Modern Standard Arabic but are common in one dialect group. They
# are cues, not a classifier: one of them in a passage is enough reason to warn that an MT model
# trained mostly on MSA may misread it. Compared after stripping harakat and tatweel.
DIALECT_CUES: dict[str, tuple[str, ...]] = {
    "Egyptian": (
        "مش", "ازاي", "إزاي", "عايز", "عاوز", "عايزة", "كده", "كدا", "دلوقتي", "بتاع", "بتاعة", "اوي", "أوي",
        "امبارح", "ده", "عشان", "علشان", "فين", "شوية", "كويس", "كويسة", "لسه", "برضه", "بردو",
    ),
    "Levantine": ("شو", "هيك", "هلق", "هلأ", "كتير", "بدي", "بدك", "منيح", "مبارح", "ليش", "هيدا", "وين"),
    "Gulf/Iraqi": ("وايد", "شلون", "شلونك", "ابغى", "أبغى", "يبغى", "ماكو", "چذي", "شنو", "تبي"),
    "Maghrebi": (
        "بزاف", "واش", "ديال", "ديالي", "دابا", "كيفاش", "علاش", "شحال", "برشا", "موش", "راني", "راك", "راهي",
        "باش", "كاين", "بلي", "تاع", "هادا", "كيما", "أشنو", "منين",
    ),
}

#: How a flag names the languages of Arabic-script runs that are not Arabic.
LANGUAGE_NAMES = {"fa": "Persian", "ur": "Urdu", "ckb": "Sorani Kurdish", "ps": "Pashto"}
_HARAKAT = regex.compile(char_class(MARKS | {TATWEEL}))
_AR_WORD = regex.compile(char_class(LETTERS | IN_WORD) + "+")
_CUE_INDEX: dict[str, str] = {w: dialect for dialect, words in DIALECT_CUES.items() for w in words}


@dataclass(frozen=True, slots=True)
class Flag:
    """A warning on a passage: a code from this module and a note saying why it was raised."""

    code: str
    note: str = ""

    @property
    def label(self) -> str:
        """Human-readable name of the code."""
        return FLAG_LABELS.get(self.code, self.code)

    def to_dict(self) -> dict[str, str]:
        """JSON form: ``{"code", "label", "note"}``."""
        return {"code": self.code, "label": self.label, "note": self.note}


def dialect_cues(text: str) -> dict[str, list[str]]:
    """Dialect -> the cue words of :data:`DIALECT_CUES` found in ``text`` (harakat and tatweel ignored)."""
    found: dict[str, list[str]] = {}
    for word in _AR_WORD.findall(_HARAKAT.sub("", text)):
        cue = word if word in _CUE_INDEX else word[1:] if word[:1] in "وف" and word[1:] in _CUE_INDEX else None
        if cue is not None and cue not in found.get(_CUE_INDEX[cue], []):
            found.setdefault(_CUE_INDEX[cue], []).append(cue)
    return found


def passage_flags(
    *,
    kind: str,
    lang: str | None,
    text: str,
    paired: bool,
    duplicate_of: str | None = None,
    mt_flags: Iterable[str] = (),
    chrf: float | None = None,
) -> list[Flag]:
    """The flags a report shows for one passage, each with the reason it was raised."""
    flags: list[Flag] = []
    if not paired:
        flags.append(Flag(NO_TRANSLATION, "no English in the thread was found to translate it"))
    if kind == "arabizi" and lang == "fa-Latn":
        flags.append(Flag(FINGLISH, "Persian in Latin letters; not given to an Arabic translation model"))
    elif kind == "arabizi":
        flags.append(Flag(ARABIZI, "Arabic in Latin letters, read in Arabic script by the transliterator; the machine translates that reading: check it"))
    elif not is_arabic_language(lang):
        name = LANGUAGE_NAMES.get(lang or "", lang)
        flags.append(Flag(DIALECT, f"{name} letters: not Arabic; an Arabic model will misread it"))
    else:
        cues = dialect_cues(text)
        if cues:
            note = "; ".join(f"{d}: {', '.join(words)}" for d, words in cues.items())
            flags.append(Flag(DIALECT, f"dialect words ({note})"))
    mt = sorted(set(mt_flags))
    if mt:
        flags.append(Flag(SUSPICIOUS_MT, ", ".join(mt)))
    if duplicate_of is not None:
        flags.append(Flag(DUPLICATE, f"same Arabic as in comment {duplicate_of}"))
    if chrf is not None and chrf < LOW_AGREEMENT_CHRF:
        flags.append(Flag(LOW_AGREEMENT, f"chrF {chrf:.1f} < {LOW_AGREEMENT_CHRF:.0f}"))
    return flags
