"""The shipped statistics (``bilingual/data/translit_model.json.gz``) and the word lexicons, loaded once, lazily.

The model file holds, per romanization, the channel (Latin unit and position -> Arabic readings
with log probabilities) and a character 4-gram model of Arabic-script words; both are character
statistics learned by :mod:`bilingual.translit.train` (rebuild with
``scripts/build_translit_model.py``). The lexicons are wordfreq's Arabic and Persian word
frequencies, shipped as compact hash tables (``scripts/build_wordlists.py``), loaded when a word is
first read.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import json
import sys
import zlib
from array import array
from dataclasses import dataclass, field
from importlib import resources
from typing import overload

from .rules import AR, FA, units_for

__all__ = ["LEXICON_FILE", "LangModel", "Lexicon", "MODEL_FILE", "lang_model", "lexicon", "lexicon_key", "load_model"]

MODEL_FILE = "data/translit_model.json.gz"
"""Where the shipped statistics live, inside the ``bilingual`` package (gzip-compressed JSON)."""

_UNSEEN = -12.0  # log probability of a letter the letter model never saw
# Lexicon keys fold what Arabic writers (and the references) use interchangeably: alef forms,
# ة/ه, ى/ي, and Arabic/Persian yeh and kaf.
_KEY_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه"})


def lexicon_key(word: str) -> str:
    """The form a word is looked up under: alef forms, ة/ه, ى/ي and Persian yeh/kaf folded."""
    return word.translate(_KEY_FOLD)


@dataclass
class LangModel:
    """One romanization's statistics, ready for decoding."""

    lang: str
    channel: dict[str, tuple[tuple[str, float], ...]]
    letters: dict[str, float]
    backoff: dict[str, float]
    joint: dict[str, float]
    joint_backoff: dict[str, float]
    max_unit: int
    _memo: dict[str, float] = field(default_factory=dict)
    _joint_memo: dict[str, float] = field(default_factory=dict)

    def pair(self, ctx: str, token: str) -> float:
        """log P(``unit:reading`` token | the two tokens before it, ``ctx``, space-separated)."""
        key = ctx + " " + token
        v = self._joint_memo.get(key)
        if v is None:
            v = self._joint_lookup(ctx, token)
            self._joint_memo[key] = v
        return v

    def _joint_lookup(self, ctx: str, token: str) -> float:
        while True:
            v = self.joint.get(ctx + " " + token if ctx else token)
            if v is not None:
                return v
            if not ctx:
                return _UNSEEN
            b = self.joint_backoff.get(ctx)
            shorter = ctx.partition(" ")[2]
            if b is not None:
                return b + self._joint_lookup(shorter, token)
            ctx = shorter

    def letter(self, key: str) -> float:
        """log P(last letter of ``key`` | the three before it); ``key`` is four characters, ``^``-padded."""
        v = self._memo.get(key)
        if v is None:
            v = self._lookup(key[:-1], key[-1])
            self._memo[key] = v
        return v

    def _lookup(self, ctx: str, c: str) -> float:
        while True:
            v = self.letters.get(ctx + c)
            if v is not None:
                return v
            if not ctx:
                return _UNSEEN
            b = self.backoff.get(ctx)
            if b is not None:
                return b + self._lookup(ctx[1:], c)
            ctx = ctx[1:]


def load_model(text: str | None = None) -> dict[str, object]:
    """The model as JSON data: ``text`` when given, else the shipped file."""
    if text is None:
        text = gzip.decompress(resources.files("bilingual").joinpath(MODEL_FILE).read_bytes()).decode("utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("translit model: not a JSON object")
    return data


def make_lang_model(data: dict[str, object], lang: str) -> LangModel:
    """A :class:`LangModel` from the JSON data of a whole model."""
    part = data.get(lang)
    if not isinstance(part, dict):
        raise ValueError(f"translit model has no statistics for {lang}")
    channel = {k: tuple((o, float(p)) for o, p in v) for k, v in part["channel"].items()}
    letters, joint = part["letters"], part["joint"]
    return LangModel(lang, channel, dict(letters["p"]), dict(letters["b"]), dict(joint["p"]), dict(joint["b"]),
                     max(map(len, units_for(lang))))


@functools.cache
def lang_model(lang: str) -> LangModel:
    """The shipped statistics for ``lang`` (``ar-Latn`` or ``fa-Latn``), loaded on first use."""
    units_for(lang)  # raises ValueError for an unknown romanization
    return make_lang_model(_shipped(), lang)


@functools.cache
def _shipped() -> dict[str, object]:
    return load_model()


class Lexicon:
    """Folded word -> Zipf frequency, for a few hundred thousand words, that loads in milliseconds.

    Each key is stored as its 32-bit CRC: the top 16 bits pick one of 65,536 buckets (a count per
    bucket), the low 16 bits are kept sorted within the bucket, beside the Zipf value in 1/25 steps
    (one byte). A lookup is one CRC and one C-level bisection; nothing is built per word at load
    time. Two keys may share a hash (46 of 503,075 Arabic keys do; they keep the higher Zipf), and a
    word that is not listed is taken for a listed one about once in 8,000 lookups (the share of the
    hash space in use): harmless for re-ranking candidates.
    """

    _MAGIC = b"BLX1"
    _BUCKETS = 1 << 16

    __slots__ = ("_offsets", "_low", "_zipf", "size")

    def __init__(self, data: bytes) -> None:
        if data[:4] != self._MAGIC:
            raise ValueError("translit lexicon: not a lexicon file")
        n = int.from_bytes(data[4:8], "little")
        counts_end = 8 + self._BUCKETS
        low_end = counts_end + 2 * n
        if len(data) != low_end + n:
            raise ValueError("translit lexicon: truncated file")
        self._offsets = array("I", itertools.accumulate(data[8:counts_end], initial=0))
        self._low = array("H")
        self._low.frombytes(data[counts_end:low_end])
        if sys.byteorder != "little":
            self._low.byteswap()
        self._zipf = data[low_end:]
        self.size = n

    @overload
    def get(self, key: str) -> float | None: ...

    @overload
    def get(self, key: str, default: float) -> float: ...

    def get(self, key: str, default: float | None = None) -> float | None:
        """The Zipf value of a folded word (:func:`lexicon_key`), or ``default`` when it is not listed."""
        h = zlib.crc32(key.encode("utf-8"))
        bucket = h >> 16
        start, end = self._offsets[bucket], self._offsets[bucket + 1]
        low = h & 0xFFFF
        i = bisect.bisect_left(self._low, low, start, end)
        if i < end and self._low[i] == low:
            return 1.0 + self._zipf[i] / 25
        return default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return self.size

    @classmethod
    def encode(cls, zipfs: dict[str, float]) -> bytes:
        """The file for folded words and their Zipf values (1 to 11.2; a shared hash keeps the higher value)."""
        best: dict[int, int] = {}
        for key, zipf in zipfs.items():
            h = zlib.crc32(key.encode("utf-8"))
            q = min(255, max(0, round((zipf - 1.0) * 25)))
            best[h] = max(q, best.get(h, 0))
        hashes = sorted(best)
        counts = bytearray(cls._BUCKETS)
        for h in hashes:
            counts[h >> 16] += 1  # at most 23 keys share a bucket in wordfreq's lists: bytes suffice
        low = array("H", (h & 0xFFFF for h in hashes))
        if sys.byteorder != "little":
            low.byteswap()
        return cls._MAGIC + len(hashes).to_bytes(4, "little") + bytes(counts) + low.tobytes() + bytes(best[h] for h in hashes)


LEXICON_FILE = "data/translit_lexicon_{}.bin.gz"
"""The lexicons inside the ``bilingual`` package (``ar``, ``fa``), built by ``scripts/build_wordlists.py``."""


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """Folded word -> Zipf frequency (wordfreq's scale, about 1 to 8) of Arabic (``ar-Latn``) or Persian words,
    from the shipped lexicon (loaded once, in a few milliseconds)."""
    code = "ar" if lang == AR else "fa" if lang == FA else None
    if code is None:
        raise ValueError(f"unknown romanization {lang!r}")
    return Lexicon(gzip.decompress(resources.files("bilingual").joinpath(LEXICON_FILE.format(code)).read_bytes()))
