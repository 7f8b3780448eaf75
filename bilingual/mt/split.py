"""Deprecated location: the model's input sentences are defined in :mod:`bilingual.text.sentences`."""

from __future__ import annotations

from ..text.sentences import CONJUNCTIONS, MAX_CHARS
from ..text.sentences import model_inputs as split_sentences

__all__ = ["CONJUNCTIONS", "MAX_CHARS", "split_sentences"]
