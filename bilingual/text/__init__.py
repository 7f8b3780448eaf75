"""One definition of each basic notion of text: the Arabic script (:mod:`.script`), the language of an
Arabic-script run (:mod:`.language`), and sentences and clauses (:mod:`.sentences`)."""

from __future__ import annotations

from .language import Language, detect
from .script import arabic_runs, has_arabic
from .sentences import clauses, model_inputs, sentences

__all__ = ["Language", "arabic_runs", "clauses", "detect", "has_arabic", "model_inputs", "sentences"]
