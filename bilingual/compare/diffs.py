"""Word-level diffs between the machine's and the commenter's translation, spelled as written."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

__all__ = ["DiffOp", "WordDiff", "tokens", "word_diff"]

# Diff tokens: words (with inner apostrophes) or single punctuation marks.
_TOKEN = regex.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


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


