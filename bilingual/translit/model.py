"""The shipped statistics (``bilingual/data/translit_model.json.gz``) and the word lexicons, loaded once, lazily.

The model file holds, per romanization, the channel (Latin unit and position -> Arabic readings
with log probabilities) and a character 4-gram model of Arabic-script words; both are character
statistics learned by :mod:`bilingual.translit.train` (rebuild with
``scripts/build_translit_model.py``). The lexicons are wordfreq's Arabic and Persian word
frequencies, imported only when a word is first read.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from dataclasses import dataclass, field
from importlib import resources

from .rules import AR, FA, units_for

__all__ = ["LangModel", "MODEL_FILE", "lang_model", "lexicon", "lexicon_key", "load_model"]

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


@functools.cache
def lexicon(lang: str) -> dict[str, float]:
    """Folded word -> Zipf frequency (wordfreq's scale, about 1 to 8) of Arabic (``ar-Latn``) or Persian words."""
    from wordfreq import get_frequency_dict

    code = "ar" if lang == AR else "fa" if lang == FA else None
    if code is None:
        raise ValueError(f"unknown romanization {lang!r}")
    freqs = get_frequency_dict(code)  # most frequent first
    keys = "\n".join(freqs).translate(_KEY_FOLD).split("\n")  # one translate for 620,000 words
    zipfs = [math.log10(f) + 9 if f > 0 else 0.0 for f in freqs.values()]
    # Built from the rarest up, so a key shared by several words keeps the most frequent one's Zipf.
    return dict(zip(reversed(keys), reversed(zipfs)))
