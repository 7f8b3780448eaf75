"""Arabizi (``ar-Latn``) and Finglish (``fa-Latn``) read back into Arabic script.

``transliterate(text, lang)`` gives every word ranked candidates with a confidence, the best
sentence, and an offset map to the Latin text. See docs/TRANSLIT.md.
"""

from __future__ import annotations

from .core import Candidate, Transliteration, Weights, WordReading, read_word, transliterate
from .rules import AR, FA, LANGS, REGIONS

__all__ = ["AR", "FA", "LANGS", "REGIONS", "Candidate", "Transliteration", "Weights", "WordReading", "read_word",
           "transliterate"]
