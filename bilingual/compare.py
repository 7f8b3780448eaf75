"""Compare machine output with a commenter's translation: sacrebleu chrF and TER, word diffs, flags.

Scores come from sacrebleu so that they match what everyone else reports, and each comes with
sacrebleu's signature string. There is deliberately no sentence-level BLEU: on short comment
segments it is 0 for "Thanks bro" against "Thank you brother" and says nothing.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import regex

# Flag codes shown on a passage in every report format.
NO_TRANSLATION = "no-translation"  # nobody in the thread translated this passage
ARABIZI = "arabizi"  # Arabic written in Latin letters: the MT model was not trained on it
DIALECT = "dialect"  # dialect words or a non-Arabic language in Arabic script: MT is less reliable
SUSPICIOUS_MT = "suspicious-mt"  # the engine flagged its own output (loops, copied source, odd length)
DUPLICATE = "duplicate"  # the same Arabic was posted elsewhere in the thread
LOW_AGREEMENT = "low-agreement"  # machine and commenter say very different things (low chrF)

FLAG_LABELS: dict[str, str] = {
    NO_TRANSLATION: "no translation found",
    ARABIZI: "Arabizi",
    DIALECT: "dialect",
    SUSPICIOUS_MT: "suspicious machine output",
    DUPLICATE: "duplicate",
    LOW_AGREEMENT: "machine and commenter disagree",
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

_HARAKAT = regex.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_AR_WORD = regex.compile(r"[\p{Script=Arabic}\u200c]+")
_CUE_INDEX: dict[str, str] = {w: dialect for dialect, words in DIALECT_CUES.items() for w in words}
# Diff tokens: words (with inner apostrophes) or single punctuation marks.
_TOKEN = regex.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


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


@dataclass(frozen=True, slots=True)
class PairScore:
    """chrF and TER of one machine segment against one human segment (sacrebleu, 0-100)."""

    chrf: float
    ter: float

    def to_dict(self) -> dict[str, float]:
        """JSON form, rounded to two decimals as sacrebleu prints them."""
        return {"chrf": round(self.chrf, 2), "ter": round(self.ter, 2)}


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Corpus-level chrF and TER over ``n`` segment pairs (``None`` when there is none)."""

    chrf: float | None
    ter: float | None
    n: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form, rounded to two decimals."""
        return {"chrf": _round(self.chrf), "ter": _round(self.ter), "pairs": self.n}


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step from the machine words to the human words: ``equal``, ``insert``, ``delete`` or ``replace``.

    ``insert`` words are in the human translation only, ``delete`` words in the machine output only.
    ``machine_text``/``human_text`` are the words with their original spacing, and ``space`` says
    whether a space preceded the step, so a diff reads like the text ("Somalia," not "Somalia ,").
    """

    op: str
    machine: tuple[str, ...]
    human: tuple[str, ...]
    machine_text: str = ""
    human_text: str = ""
    space: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"op", "machine", "human"}`` with the words as they are written."""
        return {"op": self.op, "machine": self.machine_text, "human": self.human_text}


@dataclass(frozen=True, slots=True)
class WordDiff:
    """A word-level diff between machine and human text, with edit counts."""

    ops: tuple[DiffOp, ...]

    @property
    def insertions(self) -> int:
        """Words only the human translation has."""
        return sum(len(o.human) for o in self.ops if o.op == "insert")

    @property
    def deletions(self) -> int:
        """Words only the machine output has."""
        return sum(len(o.machine) for o in self.ops if o.op == "delete")

    @property
    def substitutions(self) -> int:
        """Replaced stretches, counted by the longer side's words."""
        return sum(max(len(o.machine), len(o.human)) for o in self.ops if o.op == "replace")

    def counts(self) -> dict[str, int]:
        """``{"insertions", "deletions", "substitutions"}``."""
        return {"insertions": self.insertions, "deletions": self.deletions, "substitutions": self.substitutions}

    def to_dict(self) -> dict[str, Any]:
        """JSON form: counts plus the non-trivial ops."""
        return {**self.counts(), "ops": [o.to_dict() for o in self.ops]}


@functools.cache
def _chrf() -> Any:
    from sacrebleu.metrics import CHRF

    return CHRF()


@functools.cache
def _ter() -> Any:
    from sacrebleu.metrics import TER

    return TER()


def signatures() -> dict[str, str]:
    """sacrebleu's signature strings for the chrF and TER used here, e.g. ``nrefs:1|case:mixed|...``.

    Built from the metric objects' settings with one reference (every score here has exactly one),
    so they are known before anything is scored: a report with no pair still says what it would use.
    """
    from sacrebleu.metrics.chrf import CHRFSignature
    from sacrebleu.metrics.ter import TERSignature

    return {
        "chrF2": str(CHRFSignature({**vars(_chrf()), "num_refs": 1})),
        "TER": str(TERSignature({**vars(_ter()), "num_refs": 1})),
    }


def score_pair(machine: str, human: str) -> PairScore:
    """Sentence-level chrF and TER of ``machine`` against the single reference ``human``."""
    return PairScore(
        _chrf().sentence_score(machine, [human]).score,
        _ter().sentence_score(machine, [human]).score,
    )


def corpus_score(machine: Sequence[str], human: Sequence[str]) -> CorpusScore:
    """Corpus chrF and TER over aligned lists (one reference each); ``None`` scores when empty."""
    if len(machine) != len(human):
        raise ValueError(f"{len(machine)} machine segments against {len(human)} human segments")
    if not machine:
        return CorpusScore(None, None, 0)
    refs = [list(human)]
    return CorpusScore(
        _chrf().corpus_score(list(machine), refs).score,
        _ter().corpus_score(list(machine), refs).score,
        len(machine),
    )


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of ``text``, as the word diff sees them."""
    return _TOKEN.findall(text)


def _spaced_tokens(text: str) -> list[tuple[str, bool]]:
    """Each token of ``text`` with whether whitespace precedes it."""
    return [(m.group(), m.start() > 0 and text[m.start() - 1].isspace()) for m in _TOKEN.finditer(text)]


def _written(toks: Sequence[tuple[str, bool]]) -> str:
    """Tokens joined back with their own spacing (none before the first)."""
    return "".join((" " if space and i else "") + tok for i, (tok, space) in enumerate(toks))


def word_diff(machine: str, human: str) -> WordDiff:
    """Word-level diff (case-insensitive matching, original spelling kept) from machine to human text."""
    a, b = _spaced_tokens(machine), _spaced_tokens(human)
    matcher = difflib.SequenceMatcher(
        None, [w.casefold() for w, _ in a], [w.casefold() for w, _ in b], autojunk=False
    )
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        space = (j2 > j1 and b[j1][1]) or (i2 > i1 and a[i1][1])
        ops.append(DiffOp(
            tag, tuple(w for w, _ in a[i1:i2]), tuple(w for w, _ in b[j1:j2]),
            _written(a[i1:i2]), _written(b[j1:j2]), bool(ops) and space,
        ))
    return WordDiff(tuple(ops))


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
    if kind == "arabizi":
        flags.append(Flag(ARABIZI, "Arabic in Latin letters; the machine translation expects Arabic script"))
    elif lang in ("fa", "ur"):
        name = {"fa": "Persian", "ur": "Urdu"}[lang]
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
